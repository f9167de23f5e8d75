//! Sprig's JSON functions (`toJson`, `toPrettyJson`, `toRawJson`, `fromJson` and their
//! `must*` variants) with Go's `encoding/json` output: sorted map keys, HTML-safe escaping
//! (`<` as `\u003c`) except for `toRawJson`, Go's float format, and `MarshalJSON` methods of
//! host objects (times, versions) honoured. Non-`must` variants return "" (or nil) on error.

use super::{A, Reg, S, arg, str_arg};
use crate::func::{CallContext, FuncError};
use crate::template::Template;
use crate::value::Value;

/// How [`to_json`] lays out its output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonStyle {
    /// `json.Marshal`: compact, HTML characters escaped.
    Compact,
    /// `json.MarshalIndent(v, "", "  ")`.
    Pretty,
    /// An encoder with `SetEscapeHTML(false)`: compact, HTML characters kept.
    Raw,
}

const MAX_DEPTH: usize = 10_000;

/// Encodes a template value as JSON the way Go's `encoding/json` does.
pub fn to_json(v: &Value, style: JsonStyle) -> Result<String, String> {
    let mut out = String::new();
    encode(&mut out, v, style, 0)?;
    Ok(out)
}

fn indent(out: &mut String, style: JsonStyle, depth: usize) {
    if style == JsonStyle::Pretty {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
}

fn encode_str(out: &mut String, s: &str, html: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' if html => out.push_str(&format!("\\u{:04x}", c as u32)),
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn encode_float(f: f64) -> Result<String, String> {
    if !f.is_finite() {
        return Err(format!(
            "json: unsupported value: {}",
            crate::strconv::format_float(f, 'g', -1)
        ));
    }
    let abs = f.abs();
    let e = abs != 0.0 && !(1e-6..1e21).contains(&abs);
    let mut s = crate::strconv::format_float(f, if e { 'e' } else { 'f' }, -1);
    if e {
        let n = s.len();
        let b = s.as_bytes();
        if n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
            s.remove(n - 2);
        }
    }
    Ok(s)
}

fn encode(out: &mut String, v: &Value, style: JsonStyle, depth: usize) -> Result<(), String> {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || encode_inner(out, v, style, depth))
}

fn encode_inner(out: &mut String, v: &Value, style: JsonStyle, depth: usize) -> Result<(), String> {
    if depth > MAX_DEPTH {
        return Err("json: unsupported value: encountered a cycle".to_string());
    }
    let html = style != JsonStyle::Raw;
    match v {
        Value::Nil => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i, _) => out.push_str(&i.to_string()),
        Value::Uint(u, _) => out.push_str(&u.to_string()),
        Value::Float(f) => out.push_str(&encode_float(*f)?),
        Value::String(s) => encode_str(out, s, html),
        Value::List(l) => {
            out.push('[');
            for (i, x) in l.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, style, depth + 1);
                encode(out, x, style, depth + 1)?;
            }
            if !l.is_empty() {
                indent(out, style, depth);
            }
            out.push(']');
        }
        Value::Map(m) => {
            let entries = m.entries();
            out.push('{');
            for (i, (k, x)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out, style, depth + 1);
                encode_str(out, k, html);
                out.push(':');
                if style == JsonStyle::Pretty {
                    out.push(' ');
                }
                encode(out, x, style, depth + 1)?;
            }
            if !entries.is_empty() {
                indent(out, style, depth);
            }
            out.push('}');
        }
        Value::Func(f) => return Err(format!("json: unsupported type: {}", f.signature())),
        Value::Complex(..) => return Err("json: unsupported type: complex128".to_string()),
        Value::Object(o) => {
            if o.is_nil() {
                out.push_str("null");
            } else if let Some(m) = o.method("MarshalJSON") {
                let t = Template::new("json");
                let mut ctx = CallContext { tmpl: &t, depth: 0 };
                let raw = m.call(&mut ctx, &[]).map_err(|e| e.to_string())?;
                let raw = raw.as_str().unwrap_or("null").to_string();
                // Go re-compacts what MarshalJSON returns; the hosts here return compact JSON.
                out.push_str(&raw);
            } else if let Some(u) = o.underlying() {
                encode(out, &u, style, depth + 1)?;
            } else if let Some(fields) = o.struct_fields() {
                let exported: Vec<(String, Value)> = fields
                    .into_iter()
                    .filter(|(n, _)| n.chars().next().is_some_and(char::is_uppercase))
                    .collect();
                let m = crate::value::Map::new();
                for (k, x) in exported {
                    m.insert(k, x);
                }
                encode(out, &Value::Map(m), style, depth)?;
            } else {
                out.push_str("{}");
            }
        }
    }
    Ok(())
}

/// Decodes JSON the way Go's `json.Unmarshal` into `interface{}` does (numbers become
/// `float64`).
pub(crate) fn from_json(s: &str) -> Result<Value, String> {
    let v: serde_json::Value = serde_json::from_str(s).map_err(|e| e.to_string())?;
    Ok(Value::from_json_float64(&v))
}

pub(crate) fn register(r: &mut Reg<'_>) {
    for (name, style, must) in [
        ("toJson", JsonStyle::Compact, false),
        ("mustToJson", JsonStyle::Compact, true),
        ("toPrettyJson", JsonStyle::Pretty, false),
        ("mustToPrettyJson", JsonStyle::Pretty, true),
        ("toRawJson", JsonStyle::Raw, false),
        ("mustToRawJson", JsonStyle::Raw, true),
    ] {
        r.add(name, &[A], S, move |a| match to_json(arg(a, 0), style) {
            Ok(s) => Ok(Value::string(s)),
            Err(e) if must || style == JsonStyle::Raw => Err(FuncError::new(e)),
            Err(_) => Ok(Value::string("")),
        });
    }
    r.add("fromJson", &[S], A, |a| {
        Ok(from_json(str_arg(a, 0)).unwrap_or(Value::Nil))
    });
    r.add("mustFromJson", &[S], A, |a| {
        from_json(str_arg(a, 0)).map_err(FuncError::new)
    });
}
