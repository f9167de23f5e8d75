//! The Sprig function library (Masterminds/sprig v3) as Helm exposes it: strings, lists,
//! dicts, integer and decimal float math, defaults, type conversion, regular expressions,
//! encodings, dates with Go layouts, semver, hashes and crypto, UUIDs, paths, reflection,
//! URLs and JSON.
//!
//! Entry point: [`sprig_funcs`] returns every function in one [`FuncMap`] (Helm's view:
//! without `env` and `expandenv`, which Helm removes; [`env_funcs`] provides those with an
//! explicit variable lookup). Functions follow Sprig's Go signatures, so the executor applies
//! Go's argument checks (`repeat "x" 3` fails like in Go), and Sprig's behaviour on odd input
//! (a Go panic becomes an `error calling …` error here; nothing panics).
//!
//! Differences from Go that cannot be avoided are documented on the module concerned:
//! regular expressions (ASCII `\d`/`\w`/`\s`/`\b` and `\Q…\E` are translated for the `regex`
//! crate; it accepts a few constructs Go rejects, and its error texts differ), `[]string`
//! results (lists of strings whose `typeOf` is `[]interface {}`), time values without a
//! monotonic clock reading, `getHostByName` (the first address the system resolver gives,
//! where Sprig picks one at random) and `shuffle` (randomly seeded, as in Helm built with
//! Go ≥ 1.24, where `rand.Seed` no longer fixes the sequence).

mod convert;
mod crypto;
mod date;
mod defaults;
mod dicts;
mod json;
mod lists;
mod numeric;
mod paths;
mod reflect;
mod regex;
mod semver;
mod strings;
mod timefmt;
mod url;
mod x509;

use std::sync::Arc;

use crate::func::{Func, FuncMap, FuncResult, Signature, Type};
use crate::value::{IntKind, Value};

pub use convert::{is_empty, strval, to_float64, to_int64};
pub use date::GoTime;
pub use json::{JsonStyle, to_json};
pub use timefmt::{format_duration, parse_duration};

/// Returns every Sprig function Helm exposes, ready for [`crate::Template::funcs`].
pub fn sprig_funcs() -> FuncMap {
    let mut m = FuncMap::new();
    {
        let mut r = Reg(&mut m);
        strings::register(&mut r);
        lists::register(&mut r);
        dicts::register(&mut r);
        defaults::register(&mut r);
        numeric::register(&mut r);
        regex::register(&mut r);
        date::register(&mut r);
        semver::register(&mut r);
        crypto::register(&mut r);
        paths::register(&mut r);
        reflect::register(&mut r);
        url::register(&mut r);
        json::register(&mut r);
    }
    m
}

/// Returns Sprig's `env` and `expandenv` (which Helm removes from its function map), reading
/// variables through `lookup` instead of the process environment.
pub fn env_funcs(lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static) -> FuncMap {
    let lookup = Arc::new(lookup);
    let mut m = FuncMap::new();
    let l1 = lookup.clone();
    m.insert(
        "env",
        Func::new(Signature::new(vec![Type::String], Type::String), move |a| {
            Ok(Value::string(l1(str_arg(a, 0)).unwrap_or_default()))
        }),
    );
    m.insert(
        "expandenv",
        Func::new(Signature::new(vec![Type::String], Type::String), move |a| {
            Ok(Value::string(strings::expand_env(str_arg(a, 0), &|k| {
                lookup(k).unwrap_or_default()
            })))
        }),
    );
    m
}

// ----- registration helpers shared by the submodules -----

pub(crate) const S: Type = Type::String;
pub(crate) const A: Type = Type::Any;
pub(crate) const I: Type = Type::Int(IntKind::Int);
pub(crate) const I64: Type = Type::Int(IntKind::Int64);
pub(crate) const B: Type = Type::Bool;
pub(crate) const M: Type = Type::Map;
pub(crate) const L: Type = Type::List;
pub(crate) const F: Type = Type::Float64;

/// Adds functions to a registry with Go signatures.
pub(crate) struct Reg<'a>(&'a mut FuncMap);

impl Reg<'_> {
    /// Registers a function with fixed parameters.
    pub(crate) fn add(
        &mut self,
        name: &str,
        params: &[Type],
        result: Type,
        f: impl Fn(&[Value]) -> FuncResult + Send + Sync + 'static,
    ) {
        self.0
            .insert(name, Func::new(Signature::new(params.to_vec(), result), f));
    }

    /// Registers a variadic function (`params` then `...variadic`).
    pub(crate) fn addv(
        &mut self,
        name: &str,
        params: &[Type],
        variadic: Type,
        result: Type,
        f: impl Fn(&[Value]) -> FuncResult + Send + Sync + 'static,
    ) {
        self.0.insert(
            name,
            Func::new(Signature::variadic(params.to_vec(), variadic, result), f),
        );
    }

    /// Registers `alias` as another name for the already registered `name`.
    pub(crate) fn alias(&mut self, alias: &str, name: &str) {
        if let Some(f) = self.0.get(name).cloned() {
            self.0.insert(alias, f);
        }
    }
}

static NIL: Value = Value::Nil;

/// Returns argument `i` (nil when absent; the executor checks counts, this keeps it panic-free).
pub(crate) fn arg(a: &[Value], i: usize) -> &Value {
    a.get(i).unwrap_or(&NIL)
}

/// Returns string argument `i` ("" when absent or not a string).
pub(crate) fn str_arg(a: &[Value], i: usize) -> &str {
    arg(a, i).as_str().unwrap_or("")
}

/// Returns integer argument `i` (any integer kind; 0 otherwise).
pub(crate) fn int_arg(a: &[Value], i: usize) -> i64 {
    match arg(a, i) {
        Value::Int(v, _) => *v,
        Value::Uint(v, _) => *v as i64,
        _ => 0,
    }
}

/// Returns a list of strings (Go's `[]string`).
pub(crate) fn str_list<S2: Into<Arc<str>>>(items: impl IntoIterator<Item = S2>) -> Value {
    Value::list(items.into_iter().map(|s| Value::String(s.into())).collect())
}
