//! Go's built-in template functions: `and`, `or`, `not`, `len`, `index`, `slice`, `print`,
//! `printf`, `println`, `html`, `js`, `urlquery`, `call` and the comparisons `eq`, `ne`,
//! `lt`, `le`, `gt`, `ge` with Go's basic-kind rules. `and`, `or` and `call` need the
//! executor (short-circuiting, the callee's name) and are implemented there; they are listed
//! here so the parser knows them and user functions can shadow them.

use std::sync::OnceLock;

use crate::fmt;
use crate::func::{Func, FuncError, FuncMap, FuncResult, Signature, Type};
use crate::value::{GoKind, IntKind, UintKind, Value};

/// Returns the built-in functions.
pub(crate) fn builtins() -> &'static FuncMap {
    static BUILTINS: OnceLock<FuncMap> = OnceLock::new();
    BUILTINS.get_or_init(|| {
        let mut m = FuncMap::new();
        let any1 = || Signature::variadic(vec![Type::Any], Type::Any, Type::Any);
        let special = |name: &'static str| {
            Func::new(Signature::variadic(vec![Type::Any], Type::Any, Type::Any), move |_| {
                Err(FuncError::new(format!("{name} is evaluated by the executor")))
            })
        };
        m.insert("and", special("and"));
        m.insert("or", special("or"));
        m.insert("call", special("call"));
        m.insert(
            "not",
            Func::new(Signature::new(vec![Type::Any], Type::Bool), |a| {
                Ok(Value::Bool(!arg(a, 0).truth()))
            }),
        );
        m.insert(
            "len",
            Func::new(Signature::new(vec![Type::Any], Type::Int(IntKind::Int)), length),
        );
        m.insert("index", Func::new(any1(), index));
        m.insert("slice", Func::new(any1(), slice));
        m.insert(
            "print",
            Func::new(Signature::variadic(vec![], Type::Any, Type::String), |a| {
                Ok(Value::string(fmt::sprint(a)))
            }),
        );
        m.insert(
            "println",
            Func::new(Signature::variadic(vec![], Type::Any, Type::String), |a| {
                Ok(Value::string(fmt::sprintln(a)))
            }),
        );
        m.insert(
            "printf",
            Func::new(Signature::variadic(vec![Type::String], Type::Any, Type::String), |a| {
                let format = arg(a, 0).as_str().unwrap_or("").to_string();
                Ok(Value::string(fmt::sprintf(&format, a.get(1..).unwrap_or(&[]))))
            }),
        );
        m.insert(
            "html",
            Func::new(Signature::variadic(vec![], Type::Any, Type::String), |a| {
                Ok(Value::string(html_escape(&eval_args(a))))
            }),
        );
        m.insert(
            "js",
            Func::new(Signature::variadic(vec![], Type::Any, Type::String), |a| {
                Ok(Value::string(js_escape(&eval_args(a))))
            }),
        );
        m.insert(
            "urlquery",
            Func::new(Signature::variadic(vec![], Type::Any, Type::String), |a| {
                Ok(Value::string(query_escape(&eval_args(a))))
            }),
        );
        m.insert(
            "eq",
            Func::new(Signature::variadic(vec![Type::Any], Type::Any, Type::Bool), |a| {
                eq(arg(a, 0), a.get(1..).unwrap_or(&[]))
                    .map(Value::Bool)
                    .map_err(FuncError::new)
            }),
        );
        let cmp2 = |f: fn(&Value, &Value) -> Result<bool, String>| {
            Func::new(Signature::new(vec![Type::Any, Type::Any], Type::Bool), move |a| {
                f(arg(a, 0), arg(a, 1)).map(Value::Bool).map_err(FuncError::new)
            })
        };
        m.insert("ne", cmp2(|a, b| eq(a, std::slice::from_ref(b)).map(|t| !t)));
        m.insert("lt", cmp2(lt));
        m.insert("le", cmp2(le));
        m.insert("gt", cmp2(|a, b| le(a, b).map(|t| !t)));
        m.insert("ge", cmp2(|a, b| lt(a, b).map(|t| !t)));
        m
    })
}

static NIL: Value = Value::Nil;

fn arg(a: &[Value], i: usize) -> &Value {
    a.get(i).unwrap_or(&NIL)
}

fn length(a: &[Value]) -> FuncResult {
    let v = arg(a, 0);
    if let Value::Object(o) = v
        && o.is_nil()
    {
        return Err(FuncError::new("len of nil pointer"));
    }
    match v.kind_value() {
        Value::String(s) => Ok(Value::int(s.len() as i64)),
        Value::List(l) => Ok(Value::int(l.len() as i64)),
        Value::Map(m) => Ok(Value::int(m.len() as i64)),
        Value::Nil => Err(FuncError::new("len of untyped nil")),
        _ => Err(FuncError::new(format!("len of type {}", v.type_name()))),
    }
}

/// Checks an index argument against a length or capacity (Go's `indexArg`).
fn index_arg(idx: &Value, cap: usize) -> Result<usize, FuncError> {
    let x: i64 = match idx {
        Value::Int(i, _) => *i,
        Value::Uint(u, _) => *u as i64,
        Value::Nil => return Err(FuncError::new("cannot index slice/array with nil")),
        other => {
            return Err(FuncError::new(format!(
                "cannot index slice/array with type {}",
                other.type_name()
            )));
        }
    };
    if x < 0 || x as u64 > cap as u64 {
        return Err(FuncError::new(format!("index out of range: {x}")));
    }
    Ok(x as usize)
}

fn map_key(idx: &Value) -> Result<&str, FuncError> {
    match idx {
        Value::String(s) => Ok(s),
        Value::Nil => Err(FuncError::new("value is nil; should be of type string")),
        other => Err(FuncError::new(format!(
            "value has type {}; should be string",
            other.type_name()
        ))),
    }
}

fn index(a: &[Value]) -> FuncResult {
    let mut item = arg(a, 0).clone();
    if item.is_nil() {
        return Err(FuncError::new("index of untyped nil"));
    }
    for idx in a.get(1..).unwrap_or(&[]) {
        if let Value::Object(o) = &item {
            if o.is_nil() {
                return Err(FuncError::new("index of nil pointer"));
            }
            if let Some(found) = o.index(idx) {
                item = found.map_err(FuncError::new)?;
                continue;
            }
        }
        item = match item.kind_value() {
            Value::List(l) => {
                let x = index_arg(idx, l.len())?;
                match l.get(x) {
                    Some(v) => v.clone(),
                    None => return Err(FuncError::new(format!("index out of range: {x}"))),
                }
            }
            Value::String(s) => {
                let x = index_arg(idx, s.len())?;
                match s.as_bytes().get(x) {
                    Some(b) => Value::Uint(u64::from(*b), UintKind::Uint8),
                    None => return Err(FuncError::new(format!("index out of range: {x}"))),
                }
            }
            // A missing key yields the element type's zero value (nil for interface{}).
            Value::Map(m) => m.get(map_key(idx)?).unwrap_or_else(|| m.zero_value()),
            Value::Nil => return Err(FuncError::new("index of nil pointer")),
            _ => return Err(FuncError::new(format!("can't index item of type {}", item.type_name()))),
        };
    }
    Ok(item)
}

fn slice(a: &[Value]) -> FuncResult {
    let item = arg(a, 0);
    if item.is_nil() {
        return Err(FuncError::new("slice of untyped nil"));
    }
    let indexes = a.get(1..).unwrap_or(&[]);
    if indexes.len() > 3 {
        return Err(FuncError::new(format!("too many slice indexes: {}", indexes.len())));
    }
    if let Value::Object(o) = item
        && let Some(sliced) = o.slice(indexes)
    {
        return sliced.map_err(FuncError::new);
    }
    let kv = item.kind_value();
    let len = match &kv {
        Value::String(s) => {
            if indexes.len() == 3 {
                return Err(FuncError::new("cannot 3-index slice a string"));
            }
            s.len()
        }
        Value::List(l) => l.len(),
        _ => return Err(FuncError::new(format!("can't slice item of type {}", item.type_name()))),
    };
    let mut idx = [0usize, len, 0];
    for (i, index) in indexes.iter().enumerate() {
        idx[i] = index_arg(index, len)?;
    }
    if idx[0] > idx[1] {
        return Err(FuncError::new(format!("invalid slice index: {} > {}", idx[0], idx[1])));
    }
    if indexes.len() == 3 && idx[1] > idx[2] {
        return Err(FuncError::new(format!("invalid slice index: {} > {}", idx[1], idx[2])));
    }
    match kv {
        Value::String(s) => {
            let bytes = &s.as_bytes()[idx[0]..idx[1]];
            Ok(Value::string(String::from_utf8_lossy(bytes).into_owned()))
        }
        Value::List(l) => Ok(Value::list(l[idx[0]..idx[1]].to_vec())),
        _ => Err(FuncError::new(format!("can't slice item of type {}", item.type_name()))),
    }
}

/// Formats arguments for `html`, `js` and `urlquery` (Go's `evalArgs`): `fmt.Sprint`, with a
/// missing value printed as `<no value>`.
fn eval_args(a: &[Value]) -> String {
    if let [Value::String(s)] = a {
        return s.to_string();
    }
    let printable: Vec<Value> = a
        .iter()
        .map(|v| {
            if v.is_nil() {
                Value::string("<no value>")
            } else {
                v.clone()
            }
        })
        .collect();
    fmt::sprint(&printable)
}

/// Escapes text for HTML like Go's `template.HTMLEscapeString`.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\0' => out.push('\u{fffd}'),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for JavaScript like Go's `template.JSEscapeString`.
pub fn js_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c if !c.is_ascii() && !crate::strconv::is_print(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a URL query like Go's `url.QueryEscape`.
pub fn query_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(char::from(b)),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BasicKind {
    Invalid,
    Bool,
    Complex,
    Int,
    Float,
    String,
    Uint,
}

fn basic_kind(v: &Value) -> BasicKind {
    match v {
        Value::Bool(_) => BasicKind::Bool,
        Value::Int(..) => BasicKind::Int,
        Value::Uint(..) => BasicKind::Uint,
        Value::Float(_) => BasicKind::Float,
        Value::Complex(..) => BasicKind::Complex,
        Value::String(_) => BasicKind::String,
        _ => BasicKind::Invalid,
    }
}

const ERR_BAD_COMPARISON_TYPE: &str = "invalid type for comparison";
const ERR_BAD_COMPARISON: &str = "incompatible types for comparison";
const ERR_NO_COMPARISON: &str = "missing argument for comparison";

/// Compares two values of the same non-basic kind (Go's `eq` fallback).
fn eq_other(v1: &Value, v2: &Value, orig1: &Value, orig2: &Value) -> Result<bool, String> {
    let (k1, k2) = (v1.go_kind(), v2.go_kind());
    if k1 != k2 && k1 != GoKind::Invalid && k2 != GoKind::Invalid {
        return Err(format!(
            "non-comparable types {}: {}, {}: {}",
            fmt::format_value(orig1),
            orig1.type_name(),
            orig2.type_name(),
            fmt::format_value(orig2)
        ));
    }
    if v1.is_go_nil() || v2.is_go_nil() {
        return Ok(v1.is_go_nil() == v2.is_go_nil());
    }
    match (v1, v2) {
        (Value::Object(a), Value::Object(b)) if k1 == GoKind::Pointer || k1 == GoKind::Struct => {
            if std::sync::Arc::ptr_eq(a, b) {
                return Ok(true);
            }
            if k1 == GoKind::Pointer || a.type_name() != b.type_name() {
                return Ok(false);
            }
            let (fa, fb) = (
                a.struct_fields().unwrap_or_default(),
                b.struct_fields().unwrap_or_default(),
            );
            if fa.len() != fb.len() {
                return Ok(false);
            }
            for ((_, x), (_, y)) in fa.iter().zip(fb.iter()) {
                if !eq(x, std::slice::from_ref(y))? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        _ => Err(format!(
            "non-comparable type {}: {}",
            fmt::format_value(orig2),
            orig2.type_name()
        )),
    }
}

/// Go's `eq`: whether `a1` equals any of `rest`.
pub(crate) fn eq(a1: &Value, rest: &[Value]) -> Result<bool, String> {
    let v1 = a1.cmp_value();
    if rest.is_empty() {
        return Err(ERR_NO_COMPARISON.to_string());
    }
    let k1 = basic_kind(&v1);
    for a in rest {
        let v2 = a.cmp_value();
        let k2 = basic_kind(&v2);
        let truth = if k1 != k2 {
            match (&v1, &v2) {
                (Value::Int(i, _), Value::Uint(u, _)) => *i >= 0 && *i as u64 == *u,
                (Value::Uint(u, _), Value::Int(i, _)) => *i >= 0 && *u == *i as u64,
                _ => {
                    if !v1.is_nil() && !v2.is_nil() {
                        return Err(ERR_BAD_COMPARISON.to_string());
                    }
                    false
                }
            }
        } else {
            match (&v1, &v2) {
                (Value::Bool(x), Value::Bool(y)) => x == y,
                (Value::Complex(a, b), Value::Complex(c, d)) => a == c && b == d,
                (Value::Float(x), Value::Float(y)) => x == y,
                (Value::Int(x, _), Value::Int(y, _)) => x == y,
                (Value::String(x), Value::String(y)) => x == y,
                (Value::Uint(x, _), Value::Uint(y, _)) => x == y,
                _ => eq_other(&v1, &v2, a1, a)?,
            }
        };
        if truth {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Go's `lt`.
pub(crate) fn lt(a1: &Value, a2: &Value) -> Result<bool, String> {
    let v1 = a1.cmp_value();
    let v2 = a2.cmp_value();
    let k1 = basic_kind(&v1);
    let k2 = basic_kind(&v2);
    if k1 == BasicKind::Invalid || k2 == BasicKind::Invalid {
        return Err(ERR_BAD_COMPARISON_TYPE.to_string());
    }
    if k1 != k2 {
        return match (&v1, &v2) {
            (Value::Int(i, _), Value::Uint(u, _)) => Ok(*i < 0 || (*i as u64) < *u),
            (Value::Uint(u, _), Value::Int(i, _)) => Ok(*i >= 0 && *u < *i as u64),
            _ => Err(ERR_BAD_COMPARISON.to_string()),
        };
    }
    match (&v1, &v2) {
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Int(x, _), Value::Int(y, _)) => Ok(x < y),
        (Value::String(x), Value::String(y)) => Ok(x < y),
        (Value::Uint(x, _), Value::Uint(y, _)) => Ok(x < y),
        _ => Err(ERR_BAD_COMPARISON_TYPE.to_string()),
    }
}

/// Go's `le`: `lt` or `eq`.
pub(crate) fn le(a1: &Value, a2: &Value) -> Result<bool, String> {
    if lt(a1, a2)? {
        return Ok(true);
    }
    eq(a1, std::slice::from_ref(a2))
}
