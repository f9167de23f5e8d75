//! Sprig's dict functions with Go map semantics: `dict`, `get`, `set` and `unset` (which
//! mutate the map in place and return it), `hasKey`, `pluck`, `keys`, `pick`, `omit`,
//! `values`, `dig`, `deepCopy`, and `merge`/`mergeOverwrite` following `mergo`: nested maps
//! are merged into the destination's own maps, missing keys take the source's value (shared,
//! not copied), and only `mergeOverwrite` replaces non-empty values.

use super::convert::{is_empty, kind_name, strval};
use super::{A, B, L, M, Reg, S, arg, str_arg};
use crate::func::{FuncError, FuncResult};
use crate::value::{Map, Value};

/// How deep `merge` and `deepCopy` follow nested maps before giving up (cyclic data).
const MAX_DEPTH: usize = 10_000;

pub(crate) fn register(r: &mut Reg<'_>) {
    r.addv("dict", &[], A, M, |a| {
        let m = Map::new();
        for pair in a.chunks(2) {
            let key = strval(&pair[0]);
            m.insert(key, pair.get(1).cloned().unwrap_or_else(|| Value::string("")));
        }
        Ok(Value::Map(m))
    });
    r.add("get", &[M, S], A, |a| {
        Ok(map_arg(a, 0)
            .and_then(|m| m.get(str_arg(a, 1)))
            .unwrap_or_else(|| Value::string("")))
    });
    r.add("set", &[M, S, A], M, |a| {
        let m = map_arg(a, 0).ok_or_else(|| FuncError::new("assignment to entry in nil map"))?;
        m.insert(str_arg(a, 1), arg(a, 2).clone());
        Ok(Value::Map(m))
    });
    r.add("unset", &[M, S], M, |a| match map_arg(a, 0) {
        Some(m) => {
            m.remove(str_arg(a, 1));
            Ok(Value::Map(m))
        }
        None => Ok(Value::Nil),
    });
    r.add("hasKey", &[M, S], B, |a| {
        Ok(Value::Bool(
            map_arg(a, 0).is_some_and(|m| m.contains_key(str_arg(a, 1))),
        ))
    });
    r.addv("pluck", &[S], M, L, |a| {
        let key = str_arg(a, 0);
        let found = a
            .get(1..)
            .unwrap_or(&[])
            .iter()
            .filter_map(|d| match d {
                Value::Map(m) => m.get(key),
                _ => None,
            })
            .collect();
        Ok(Value::list(found))
    });
    r.addv("keys", &[], M, L, |a| {
        let mut out = Vec::new();
        for d in a {
            if let Value::Map(m) = d {
                out.extend(m.keys().into_iter().map(Value::string));
            }
        }
        Ok(Value::list(out))
    });
    r.addv("pick", &[M], S, M, |a| {
        let out = Map::new();
        if let Some(m) = map_arg(a, 0) {
            for k in a.get(1..).unwrap_or(&[]) {
                let k = k.as_str().unwrap_or("");
                if let Some(v) = m.get(k) {
                    out.insert(k, v);
                }
            }
        }
        Ok(Value::Map(out))
    });
    r.addv("omit", &[M], S, M, |a| {
        let out = Map::new();
        if let Some(m) = map_arg(a, 0) {
            let omit: Vec<&str> = a
                .get(1..)
                .unwrap_or(&[])
                .iter()
                .map(|k| k.as_str().unwrap_or(""))
                .collect();
            for (k, v) in m.entries() {
                if !omit.contains(&k.as_str()) {
                    out.insert(k, v);
                }
            }
        }
        Ok(Value::Map(out))
    });
    r.add("values", &[M], L, |a| {
        Ok(Value::list(
            map_arg(a, 0)
                .map(|m| m.entries().into_iter().map(|(_, v)| v).collect())
                .unwrap_or_default(),
        ))
    });
    for (name, overwrite) in [
        ("merge", false),
        ("mustMerge", false),
        ("mergeOverwrite", true),
        ("mustMergeOverwrite", true),
    ] {
        r.addv(name, &[M], M, A, move |a| {
            let Some(dst) = map_arg(a, 0) else {
                return Err(FuncError::new("src and dst must be of same type"));
            };
            for src in a.get(1..).unwrap_or(&[]) {
                if let Value::Map(src) = src {
                    merge_into(&dst, src, overwrite, 0)?;
                }
            }
            Ok(Value::Map(dst))
        });
    }
    for name in ["deepCopy", "mustDeepCopy"] {
        r.add(name, &[A], A, |a| deep_copy(arg(a, 0), 0));
    }
    r.addv("dig", &[], A, A, dig);
}

fn map_arg(a: &[Value], i: usize) -> Option<Map> {
    match arg(a, i) {
        Value::Map(m) => Some(m.clone()),
        _ => None,
    }
}

/// `mergo.Merge` / `mergo.MergeWithOverwrite` for `map[string]interface{}`.
pub(crate) fn merge_into(dst: &Map, src: &Map, overwrite: bool, depth: usize) -> Result<(), FuncError> {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || merge_into_inner(dst, src, overwrite, depth))
}

fn merge_into_inner(dst: &Map, src: &Map, overwrite: bool, depth: usize) -> Result<(), FuncError> {
    if depth > MAX_DEPTH {
        return Err(FuncError::new("merge: maps are nested too deeply"));
    }
    if dst.ptr_eq(src) {
        return Ok(());
    }
    for (k, sv) in src.entries() {
        let dv = dst.get(&k);
        if sv.is_nil() {
            if overwrite {
                dst.insert(k, Value::Nil);
            }
            continue;
        }
        match (&sv, &dv) {
            (Value::Map(sm), Some(Value::Map(dm))) => {
                merge_into(dm, sm, overwrite, depth + 1)?;
                if !dm.is_empty() {
                    continue;
                }
            }
            (Value::List(_), Some(d)) if !is_empty(d) => {
                if overwrite {
                    dst.insert(k, sv);
                }
                continue;
            }
            _ => {}
        }
        let missing_or_empty = dv.as_ref().is_none_or(is_empty);
        if overwrite || missing_or_empty {
            dst.insert(k, sv);
        }
    }
    Ok(())
}

/// Copies maps and lists recursively (`copystructure.Copy`); other values are shared.
pub(crate) fn deep_copy(v: &Value, depth: usize) -> FuncResult {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || deep_copy_inner(v, depth))
}

fn deep_copy_inner(v: &Value, depth: usize) -> FuncResult {
    if depth > MAX_DEPTH {
        return Err(FuncError::new("deepCopy error: value is nested too deeply"));
    }
    Ok(match v {
        Value::Map(m) => {
            let out = Map::new();
            for (k, v) in m.entries() {
                out.insert(k, deep_copy(&v, depth + 1)?);
            }
            Value::Map(out)
        }
        Value::List(l) => Value::list(l.iter().map(|x| deep_copy(x, depth + 1)).collect::<Result<_, _>>()?),
        other => other.clone(),
    })
}

/// `dig "a" "b" default dict`: walks nested maps, giving `default` when a key is missing.
fn dig(a: &[Value]) -> FuncResult {
    if a.len() < 3 {
        return Err(FuncError::new("dig needs at least three arguments"));
    }
    let n = a.len();
    let mut cur = match &a[n - 1] {
        Value::Map(m) => m.clone(),
        other => return Err(conversion_error(other, "map[string]interface {}")),
    };
    let default = &a[n - 2];
    let keys = &a[..n - 2];
    let mut names = Vec::with_capacity(keys.len());
    for k in keys {
        match k {
            Value::String(s) => names.push(s.clone()),
            other => return Err(conversion_error(other, "string")),
        }
    }
    for (i, k) in names.iter().enumerate() {
        let Some(step) = cur.get(k) else {
            return Ok(default.clone());
        };
        if i + 1 == names.len() {
            return Ok(step);
        }
        cur = match step {
            Value::Map(m) => m,
            other => return Err(conversion_error(&other, "map[string]interface {}")),
        };
    }
    Ok(default.clone())
}

fn conversion_error(v: &Value, want: &str) -> FuncError {
    if v.is_nil() {
        return FuncError::new(format!("interface conversion: interface {{}} is nil, not {want}"));
    }
    let _ = kind_name(v);
    FuncError::new(format!(
        "interface conversion: interface {{}} is {}, not {want}",
        v.type_name()
    ))
}
