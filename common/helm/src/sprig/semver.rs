//! Sprig's `semver` and `semverCompare`, backed by `ferroflux-version` (Masterminds/semver v3
//! compatible). `semver` returns a `*semver.Version` object with Go's methods (`Major`,
//! `Minor`, `Patch`, `Prerelease`, `Metadata`, `Original`, `String`, `Compare`, `LessThan`,
//! `GreaterThan`, `Equal`, `IncMajor`, `IncMinor`, `IncPatch`).

use std::any::Any;
use std::cmp::Ordering;
use std::sync::Arc;

use ferroflux_version::{Constraints, Version};

use super::{B, I, Reg, S, arg, str_arg};
use crate::func::{Func, FuncError, FuncResult, Signature, Type};
use crate::value::{Object, UintKind, Value};

/// A host method implementation.
type MethodImpl = Box<dyn Fn(&[Value]) -> FuncResult + Send + Sync>;

/// Go's type name of Sprig's version values.
pub const VERSION_TYPE: &str = "*semver.Version";

/// A semantic version as a template value.
#[derive(Clone, Debug)]
pub struct SemverValue(pub Version);

impl SemverValue {
    fn from_value(v: &Value) -> Option<Version> {
        match v {
            Value::Object(o) => o
                .as_any()
                .and_then(|a| a.downcast_ref::<SemverValue>())
                .map(|s| s.0.clone()),
            _ => None,
        }
    }

    fn into_value(v: Version) -> Value {
        Value::Object(Arc::new(SemverValue(v)))
    }
}

impl Object for SemverValue {
    fn type_name(&self) -> String {
        VERSION_TYPE.to_string()
    }

    fn method(&self, name: &str) -> Option<Func> {
        let v = self.0.clone();
        let vt = || Type::Named(VERSION_TYPE.into());
        let f = |params: Vec<Type>, result: Type, imp: MethodImpl| Some(Func::new(Signature::new(params, result), imp));
        let u64v = |n: u64| Ok(Value::Uint(n, UintKind::Uint64));
        let cmp_with = |v: Version, which: &'static str| -> MethodImpl {
            Box::new(move |a| {
                let other = SemverValue::from_value(arg(a, 0)).ok_or_else(|| {
                    FuncError::new("runtime error: invalid memory address or nil pointer dereference")
                })?;
                let o = v.cmp(&other);
                Ok(match which {
                    "Compare" => Value::int(match o {
                        Ordering::Less => -1,
                        Ordering::Equal => 0,
                        Ordering::Greater => 1,
                    }),
                    "LessThan" => Value::Bool(o == Ordering::Less),
                    "GreaterThan" => Value::Bool(o == Ordering::Greater),
                    _ => Value::Bool(o == Ordering::Equal),
                })
            })
        };
        match name {
            "Major" => f(vec![], Type::Uint(UintKind::Uint64), Box::new(move |_| u64v(v.major()))),
            "Minor" => f(vec![], Type::Uint(UintKind::Uint64), Box::new(move |_| u64v(v.minor()))),
            "Patch" => f(vec![], Type::Uint(UintKind::Uint64), Box::new(move |_| u64v(v.patch()))),
            "Prerelease" => f(vec![], S, Box::new(move |_| Ok(Value::string(v.prerelease())))),
            "Metadata" => f(vec![], S, Box::new(move |_| Ok(Value::string(v.metadata())))),
            "Original" => f(vec![], S, Box::new(move |_| Ok(Value::string(v.original())))),
            "String" => f(vec![], S, Box::new(move |_| Ok(Value::string(v.to_string())))),
            "MarshalJSON" => f(vec![], S, Box::new(move |_| Ok(Value::string(format!("\"{v}\""))))),
            "Compare" => f(vec![vt()], I, cmp_with(v, "Compare")),
            "LessThan" => f(vec![vt()], B, cmp_with(v, "LessThan")),
            "GreaterThan" => f(vec![vt()], B, cmp_with(v, "GreaterThan")),
            "Equal" => f(vec![vt()], B, cmp_with(v, "Equal")),
            "IncMajor" | "IncMinor" | "IncPatch" => {
                let which = name.to_string();
                f(
                    vec![],
                    vt(),
                    Box::new(move |_| {
                        let next = match which.as_str() {
                            "IncMajor" => v.inc_major(),
                            "IncMinor" => v.inc_minor(),
                            _ => v.inc_patch(),
                        };
                        next.map(SemverValue::into_value)
                            .map_err(|e| FuncError::new(e.to_string()))
                    }),
                )
            }
            _ => None,
        }
    }

    fn string_method(&self) -> Option<String> {
        Some(self.0.to_string())
    }

    fn is_pointer(&self) -> bool {
        true
    }

    fn as_any(&self) -> Option<&dyn Any> {
        Some(self)
    }
}

pub(crate) fn register(r: &mut Reg<'_>) {
    r.add("semver", &[S], Type::Named(VERSION_TYPE.into()), |a| {
        Version::parse(str_arg(a, 0))
            .map(SemverValue::into_value)
            .map_err(|e| FuncError::new(e.to_string()))
    });
    r.add("semverCompare", &[S, S], B, |a| {
        let c = Constraints::parse(str_arg(a, 0)).map_err(|e| FuncError::new(e.to_string()))?;
        let v = Version::parse(str_arg(a, 1)).map_err(|e| FuncError::new(e.to_string()))?;
        Ok(Value::Bool(c.check(&v)))
    });
}
