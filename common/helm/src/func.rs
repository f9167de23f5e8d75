//! Functions callable from templates: [`Func`], its Go-style [`Signature`], the [`FuncMap`]
//! registry and the [`CallContext`] a function may use to execute other templates.
//!
//! A template function is a Rust closure over already-evaluated arguments. Its signature
//! tells the executor what Go would do with the arguments: how many there are, how literal
//! constants convert (`3` to an `int` parameter, `3` to a `float64` one) and which values a
//! typed parameter rejects ("wrong type for value; expected string; got int"). Functions meant
//! for any value use [`Type::Any`] (Go's `interface{}`). Sprig and Helm functions are added
//! through the same registry.

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use crate::error::Error;
use crate::template::Template;
use crate::value::{IntKind, UintKind, Value};

/// The result of a template function.
pub type FuncResult = Result<Value, FuncError>;

/// An error returned by a template function; execution stops with
/// `error calling <name>: <message>`.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{message}")]
pub struct FuncError {
    message: String,
}

impl FuncError {
    /// Returns an error with the given message.
    pub fn new(message: impl Into<String>) -> FuncError {
        FuncError {
            message: message.into(),
        }
    }

    /// Returns the message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl From<Error> for FuncError {
    fn from(err: Error) -> Self {
        FuncError::new(err.to_string())
    }
}

/// A Go parameter or result type, as far as templates can tell types apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Type {
    /// `interface{}`: accepts every value, including nil.
    Any,
    /// `bool`
    Bool,
    /// A signed integer kind.
    Int(IntKind),
    /// An unsigned integer kind.
    Uint(UintKind),
    /// `float64`
    Float64,
    /// `complex128`
    Complex128,
    /// `string`
    String,
    /// `[]interface{}`
    List,
    /// `map[string]interface{}`
    Map,
    /// A function type.
    Func,
    /// A named host type; accepts [`Value::Object`]s whose type name matches, and those of
    /// its pointer or pointee type (Go takes the address or dereferences).
    Named(Arc<str>),
}

impl Type {
    /// Reports whether an untyped nil can be assigned to the type.
    pub fn can_be_nil(&self) -> bool {
        matches!(self, Type::Any | Type::List | Type::Map | Type::Func | Type::Named(_))
    }

    /// Reports whether a (non-nil) value is assignable to the type.
    pub fn accepts(&self, v: &Value) -> bool {
        match (self, v) {
            (Type::Any, _) => true,
            (Type::Bool, Value::Bool(_)) => true,
            (Type::Int(k), Value::Int(_, vk)) => k == vk,
            (Type::Uint(k), Value::Uint(_, vk)) => k == vk,
            (Type::Float64, Value::Float(_)) => true,
            (Type::Complex128, Value::Complex(..)) => true,
            (Type::String, Value::String(_)) => true,
            (Type::List, Value::List(_)) => true,
            (Type::Map, Value::Map(_)) => true,
            (Type::Func, Value::Func(_)) => true,
            // Go passes a `T` where `*T` is wanted by taking its address, and a non-nil `*T`
            // where `T` is wanted by dereferencing it (template arguments are addressable).
            (Type::Named(n), Value::Object(o)) => {
                let have = o.type_name();
                have == **n
                    || n.strip_prefix('*') == Some(have.as_str())
                    || (have.strip_prefix('*') == Some(&**n) && !o.is_nil())
            }
            _ => false,
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Any => f.write_str("interface {}"),
            Type::Bool => f.write_str("bool"),
            Type::Int(k) => f.write_str(k.go_name()),
            Type::Uint(k) => f.write_str(k.go_name()),
            Type::Float64 => f.write_str("float64"),
            Type::Complex128 => f.write_str("complex128"),
            Type::String => f.write_str("string"),
            Type::List => f.write_str("[]interface {}"),
            Type::Map => f.write_str("map[string]interface {}"),
            Type::Func => f.write_str("func()"),
            Type::Named(n) => f.write_str(n),
        }
    }
}

/// A function's Go signature: fixed parameters, an optional variadic element type and the
/// result type (used by `%T`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// The fixed parameters.
    pub params: Vec<Type>,
    /// The element type of the trailing `...T` parameter, if the function is variadic.
    pub variadic: Option<Type>,
    /// The result type.
    pub result: Type,
}

impl Signature {
    /// Returns a signature with fixed parameters.
    pub fn new(params: Vec<Type>, result: Type) -> Signature {
        Signature {
            params,
            variadic: None,
            result,
        }
    }

    /// Returns a variadic signature: `params` then `...variadic`.
    pub fn variadic(params: Vec<Type>, variadic: Type, result: Type) -> Signature {
        Signature {
            params,
            variadic: Some(variadic),
            result,
        }
    }

    /// Returns the type of the `i`th argument (counting into the variadic part).
    pub fn arg_type(&self, i: usize) -> Option<&Type> {
        self.params.get(i).or(self.variadic.as_ref())
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("func(")?;
        let mut first = true;
        for p in &self.params {
            if !first {
                f.write_str(", ")?;
            }
            first = false;
            write!(f, "{p}")?;
        }
        if let Some(v) = &self.variadic {
            if !first {
                f.write_str(", ")?;
            }
            write!(f, "...{v}")?;
        }
        write!(f, ") {}", self.result)
    }
}

type FuncImpl = dyn Fn(&mut CallContext<'_>, &[Value]) -> FuncResult + Send + Sync;

/// A function value: a signature and an implementation. Cheap to clone.
#[derive(Clone)]
pub struct Func {
    inner: Arc<FuncInner>,
}

struct FuncInner {
    sig: Signature,
    imp: Box<FuncImpl>,
}

impl Func {
    /// Returns a function with the given signature. The executor has already checked the
    /// argument count and types against it when `f` runs.
    pub fn new(sig: Signature, f: impl Fn(&[Value]) -> FuncResult + Send + Sync + 'static) -> Func {
        Func {
            inner: Arc::new(FuncInner {
                sig,
                imp: Box::new(move |_: &mut CallContext<'_>, args: &[Value]| f(args)),
            }),
        }
    }

    /// Returns a function that also receives the [`CallContext`] (for `include`-like
    /// functions that execute templates).
    pub fn with_context(
        sig: Signature,
        f: impl Fn(&mut CallContext<'_>, &[Value]) -> FuncResult + Send + Sync + 'static,
    ) -> Func {
        Func {
            inner: Arc::new(FuncInner { sig, imp: Box::new(f) }),
        }
    }

    /// Returns a `func(...interface{}) interface{}`.
    pub fn variadic_any(f: impl Fn(&[Value]) -> FuncResult + Send + Sync + 'static) -> Func {
        Func::new(Signature::variadic(vec![], Type::Any, Type::Any), f)
    }

    /// Returns the signature.
    pub fn signature(&self) -> &Signature {
        &self.inner.sig
    }

    /// Calls the function. The caller is responsible for the argument checks.
    pub fn call(&self, ctx: &mut CallContext<'_>, args: &[Value]) -> FuncResult {
        (self.inner.imp)(ctx, args)
    }

    /// Reports whether both handles refer to the same function.
    pub fn ptr_eq(&self, other: &Func) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }

    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.inner) as *const () as usize
    }
}

impl fmt::Debug for Func {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Func({})", self.inner.sig)
    }
}

/// A small, fast hasher for the short names of functions and templates: a word at a time,
/// multiply and rotate. Not resistant to chosen collisions, which names written by chart
/// authors do not need.
#[derive(Default, Clone, Copy)]
pub(crate) struct NameHasher(u64);

const NAME_HASH_K: u64 = 0x517c_c1b7_2722_0a95;

impl NameHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(NAME_HASH_K);
    }
}

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` keyed by names, hashed with [`NameHasher`].
pub(crate) type NameMap<V> = HashMap<String, V, BuildHasherDefault<NameHasher>>;

/// A registry of named template functions (Go's `template.FuncMap`).
#[derive(Clone, Default, Debug)]
pub struct FuncMap {
    funcs: NameMap<Func>,
}

impl FuncMap {
    /// Returns an empty registry.
    pub fn new() -> FuncMap {
        FuncMap::default()
    }

    /// Registers `func` under `name`, replacing an earlier one.
    pub fn insert(&mut self, name: impl Into<String>, func: Func) -> &mut Self {
        self.funcs.insert(name.into(), func);
        self
    }

    /// Returns the function registered under `name`.
    pub fn get(&self, name: &str) -> Option<&Func> {
        self.funcs.get(name)
    }

    /// Reports whether `name` is registered.
    pub fn contains(&self, name: &str) -> bool {
        self.funcs.contains_key(name)
    }

    /// Adds every function of `other`, replacing same-named ones.
    pub fn extend(&mut self, other: &FuncMap) {
        for (k, v) in &other.funcs {
            self.funcs.insert(k.clone(), v.clone());
        }
    }

    /// Returns the registered names in sorted order.
    pub fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.funcs.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    /// Returns the number of functions.
    pub fn len(&self) -> usize {
        self.funcs.len()
    }

    /// Reports whether the registry is empty.
    pub fn is_empty(&self) -> bool {
        self.funcs.is_empty()
    }
}

/// What a running function may see of the execution that called it.
pub struct CallContext<'a> {
    pub(crate) tmpl: &'a Template,
    pub(crate) depth: usize,
}

impl<'a> CallContext<'a> {
    /// Returns the template set being executed.
    pub fn template(&self) -> &'a Template {
        self.tmpl
    }

    /// Returns the current template call depth.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Executes the named template of the current set with `data` one level deeper and
    /// returns its output (Helm's `include`).
    pub fn execute_template(&self, name: &str, data: &Value) -> Result<String, Error> {
        self.execute_in(self.tmpl, name, data)
    }

    /// Executes the named template of `tmpl` (for example a clone with extra definitions,
    /// Helm's `tpl`) with `data` one level deeper and returns its output.
    pub fn execute_in(&self, tmpl: &Template, name: &str, data: &Value) -> Result<String, Error> {
        let mut out = String::new();
        tmpl.execute_nested(name, data, self.depth + 1, &mut out)?;
        Ok(out)
    }

    /// Like [`CallContext::execute_template`], appending the output to `out`.
    pub fn execute_template_into(&self, name: &str, data: &Value, out: &mut String) -> Result<(), Error> {
        self.tmpl.execute_nested(name, data, self.depth + 1, out)
    }
}
