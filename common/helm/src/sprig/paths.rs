//! Sprig's path functions: `base`, `dir`, `clean`, `ext`, `isAbs` (Go's `path`, slash
//! separated) and the `os*` variants (Go's `path/filepath` on Linux, which is the same).

use super::{B, Reg, S, str_arg};
use crate::value::Value;

pub(crate) fn register(r: &mut Reg<'_>) {
    for prefix in ["", "os"] {
        let name = |n: &str| {
            if prefix.is_empty() {
                n.to_string()
            } else {
                format!("os{}{}", n[..1].to_uppercase(), &n[1..])
            }
        };
        r.add(&name("base"), &[S], S, |a| Ok(Value::string(base(str_arg(a, 0)))));
        r.add(&name("dir"), &[S], S, |a| Ok(Value::string(dir(str_arg(a, 0)))));
        r.add(&name("clean"), &[S], S, |a| Ok(Value::string(clean(str_arg(a, 0)))));
        r.add(&name("ext"), &[S], S, |a| Ok(Value::string(ext(str_arg(a, 0)))));
        r.add(&name("isAbs"), &[S], B, |a| {
            Ok(Value::Bool(str_arg(a, 0).starts_with('/')))
        });
    }
}

/// Go's `path.Clean`.
pub(crate) fn clean(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let joined = parts.join("/");
    if rooted {
        format!("/{joined}")
    } else if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

/// Go's `path.Base`.
fn base(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let trimmed = p.trim_end_matches('/');
    if trimmed.is_empty() {
        return "/".to_string();
    }
    trimmed.rsplit('/').next().unwrap_or(trimmed).to_string()
}

/// Go's `path.Dir`.
fn dir(p: &str) -> String {
    let cut = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    clean(&p[..cut])
}

/// Go's `path.Ext`.
fn ext(p: &str) -> String {
    for (i, c) in p.char_indices().rev() {
        if c == '/' {
            break;
        }
        if c == '.' {
            return p[i..].to_string();
        }
    }
    String::new()
}
