//! Sprig's value helpers: `strval` (Go `%v` with Stringers), `empty`, the `spf13/cast`
//! conversions to `int64`/`float64`, Go's reflection kind names and `reflect.DeepEqual`.

use crate::fmt;
use crate::func::FuncError;
use crate::value::Value;

/// Converts a value to a string the way Sprig's `toString` does: strings as they are,
/// Stringers and errors through their method, everything else with Go's `%v`.
pub fn strval(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        Value::Object(o) if !o.is_nil() => match o.string_method() {
            Some(s) => s,
            None => fmt::format_value(v),
        },
        _ => fmt::format_value(v),
    }
}

/// Reports whether a value is empty in Sprig's sense (`empty`, `default`, `coalesce`):
/// nil, false, zero numbers, empty strings, lists and maps, and nil pointers.
pub fn is_empty(v: &Value) -> bool {
    match v {
        Value::Nil => true,
        Value::Bool(b) => !b,
        Value::Int(i, _) => *i == 0,
        Value::Uint(u, _) => *u == 0,
        Value::Float(f) => *f == 0.0,
        Value::Complex(re, im) => *re == 0.0 && *im == 0.0,
        Value::String(s) => s.is_empty(),
        Value::List(l) => l.is_empty(),
        Value::Map(m) => m.is_empty(),
        Value::Func(_) => false,
        Value::Object(o) => {
            if o.is_nil() {
                true
            } else if o.is_pointer() {
                false
            } else {
                match o.underlying() {
                    Some(u) => is_empty(&u),
                    None => false,
                }
            }
        }
    }
}

/// Follows pointers and named types to the underlying value (Go's `indirect` in `cast`).
fn indirect(v: &Value) -> Value {
    match v {
        Value::Object(o) if !o.is_nil() => match o.underlying() {
            Some(u) => u,
            None => v.clone(),
        },
        _ => v.clone(),
    }
}

/// Converts a value to `int64` like `spf13/cast.ToInt64` (errors give 0): numbers are
/// truncated, strings parsed with Go's base prefixes (`0x`, `0o`, `0b`, leading `0`) after a
/// trailing `.000` is trimmed, booleans give 1 or 0.
pub fn to_int64(v: &Value) -> i64 {
    match indirect(v) {
        Value::Int(i, _) => i,
        Value::Uint(u, _) => u as i64,
        Value::Float(f) => f as i64,
        Value::Bool(b) => i64::from(b),
        Value::String(s) => parse_go_int(trim_zero_decimal(&s)).unwrap_or(0),
        _ => 0,
    }
}

/// Converts a value to `float64` like `spf13/cast.ToFloat64` (errors give 0).
pub fn to_float64(v: &Value) -> f64 {
    match indirect(v) {
        Value::Int(i, _) => i as f64,
        Value::Uint(u, _) => u as f64,
        Value::Float(f) => f,
        Value::Bool(b) => f64::from(u8::from(b)),
        Value::String(s) => crate::strconv::parse_float(&s).unwrap_or(0.0),
        _ => 0.0,
    }
}

/// Trims a decimal point followed only by zeros (`"12.000"` → `"12"`), as `cast` does.
fn trim_zero_decimal(s: &str) -> &str {
    if let Some((int, frac)) = s.split_once('.')
        && !int.is_empty()
        && frac.bytes().all(|b| b == b'0')
    {
        return int;
    }
    s
}

/// Parses an integer like Go's `strconv.ParseInt(s, 0, 64)`.
pub(crate) fn parse_go_int(s: &str) -> Option<i64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits, prefixed) = if let Some(r) = lower.strip_prefix("0x") {
        (16, r.to_string(), true)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (8, r.to_string(), true)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (2, r.to_string(), true)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_string(), true)
    } else {
        (10, lower.clone(), false)
    };
    // Underscores are allowed only with a base prefix, between digits.
    let digits = if prefixed {
        if digits.starts_with('_') && radix != 8 || digits.ends_with('_') || digits.contains("__") {
            return None;
        }
        digits.replace('_', "")
    } else {
        digits
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let mag = u64::from_str_radix(&digits, radix).ok()?;
    if neg {
        if mag > i64::MAX as u64 + 1 {
            return None;
        }
        Some((mag as i64).wrapping_neg())
    } else {
        i64::try_from(mag).ok()
    }
}

/// Returns the items of a slice-kind value (lists, and objects whose underlying value is a
/// list), or `None`.
pub(crate) fn list_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.to_vec()),
        Value::Object(o) if !o.is_nil() => match o.underlying() {
            Some(Value::List(l)) => Some(l.to_vec()),
            _ => None,
        },
        _ => None,
    }
}

/// Returns Go's `reflect.Kind` name of a value (`invalid` for nil, `ptr`, `slice`, `int64`…).
pub(crate) fn kind_name(v: &Value) -> String {
    match v {
        Value::Nil => "invalid".to_string(),
        Value::Bool(_) => "bool".to_string(),
        Value::Int(_, k) => k.go_name().to_string(),
        Value::Uint(_, k) => k.go_name().to_string(),
        Value::Float(_) => "float64".to_string(),
        Value::Complex(..) => "complex128".to_string(),
        Value::String(_) => "string".to_string(),
        Value::List(_) => "slice".to_string(),
        Value::Map(_) => "map".to_string(),
        Value::Func(_) => "func".to_string(),
        Value::Object(o) => {
            if o.is_pointer() {
                "ptr".to_string()
            } else {
                match o.underlying() {
                    Some(u) => kind_name(&u),
                    None => "struct".to_string(),
                }
            }
        }
    }
}

/// The error Sprig's list functions produce (as a Go panic) when given a non-list.
pub(crate) fn kind_error(what: &str, v: &Value) -> FuncError {
    if v.is_nil() {
        return nil_deref();
    }
    FuncError::new(format!("{what} {}", kind_name(v)))
}

/// Go's runtime error for `reflect.TypeOf(nil).Kind()`.
pub(crate) fn nil_deref() -> FuncError {
    FuncError::new("runtime error: invalid memory address or nil pointer dereference")
}

/// Go's `reflect.DeepEqual` over template values: same dynamic type and deeply equal contents.
pub(crate) fn deep_equal(a: &Value, b: &Value) -> bool {
    deep_equal_at(a, b, 0)
}

fn deep_equal_at(a: &Value, b: &Value, depth: usize) -> bool {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || deep_equal_inner(a, b, depth))
}

fn deep_equal_inner(a: &Value, b: &Value, depth: usize) -> bool {
    if depth > 1000 {
        return false;
    }
    match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x, kx), Value::Int(y, ky)) => kx == ky && x == y,
        (Value::Uint(x, kx), Value::Uint(y, ky)) => kx == ky && x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Complex(a1, b1), Value::Complex(a2, b2)) => a1 == a2 && b1 == b2,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| deep_equal_at(p, q, depth + 1))
        }
        (Value::Map(x), Value::Map(y)) => {
            if x.ptr_eq(y) {
                return true;
            }
            let (ex, ey) = (x.entries(), y.entries());
            ex.len() == ey.len()
                && ex
                    .iter()
                    .zip(ey.iter())
                    .all(|((k1, v1), (k2, v2))| k1 == k2 && deep_equal_at(v1, v2, depth + 1))
        }
        (Value::Func(_), Value::Func(_)) => false,
        (Value::Object(x), Value::Object(y)) => {
            if x.type_name() != y.type_name() {
                return false;
            }
            if x.is_nil() || y.is_nil() {
                return x.is_nil() && y.is_nil();
            }
            if let (Some(u1), Some(u2)) = (x.underlying(), y.underlying()) {
                return deep_equal_at(&u1, &u2, depth + 1);
            }
            match (x.struct_fields(), y.struct_fields()) {
                (Some(f1), Some(f2)) => {
                    f1.len() == f2.len()
                        && f1
                            .iter()
                            .zip(f2.iter())
                            .all(|((n1, v1), (n2, v2))| n1 == n2 && deep_equal_at(v1, v2, depth + 1))
                }
                _ => x.string_method() == y.string_method() && x.string_method().is_some(),
            }
        }
        _ => false,
    }
}
