//! Sprig's list functions: `list`/`tuple`, `append`/`push`, `prepend`, `first`, `rest`,
//! `last`, `initial`, `reverse`, `compact`, `uniq`, `without`, `has`, `slice`, `concat`,
//! `chunk`, `until`/`untilStep`, each with its `must*` variant. Lists are copied, never
//! mutated. Where Go's non-`must` function panics, both variants return the error.

use super::convert::{deep_equal, is_empty, kind_error, list_items, to_int64};
use super::{A, B, I, L, Reg, arg, int_arg};
use crate::func::{FuncError, FuncResult};
use crate::value::Value;

/// The largest list `until`/`untilStep` build.
const MAX_ITEMS: i64 = 1 << 24;

pub(crate) fn register(r: &mut Reg<'_>) {
    r.addv("list", &[], A, L, |a| Ok(Value::list(a.to_vec())));
    r.alias("tuple", "list");
    for name in ["append", "push", "mustAppend", "mustPush"] {
        r.add(name, &[A, A], L, |a| {
            let mut l = items(arg(a, 0), "Cannot push on type")?;
            l.push(arg(a, 1).clone());
            Ok(Value::list(l))
        });
    }
    for name in ["prepend", "mustPrepend"] {
        r.add(name, &[A, A], L, |a| {
            let mut l = items(arg(a, 0), "Cannot prepend on type")?;
            l.insert(0, arg(a, 1).clone());
            Ok(Value::list(l))
        });
    }
    for name in ["chunk", "mustChunk"] {
        r.add(name, &[I, A], L, |a| {
            let size = int_arg(a, 0);
            let l = items(arg(a, 1), "Cannot chunk type")?;
            if size <= 0 {
                if l.is_empty() && size < 0 {
                    return Ok(Value::list(Vec::new()));
                }
                return Err(FuncError::new("runtime error: integer divide by zero"));
            }
            Ok(Value::list(
                l.chunks(size as usize).map(|c| Value::list(c.to_vec())).collect(),
            ))
        });
    }
    for name in ["first", "mustFirst"] {
        r.add(name, &[A], A, |a| {
            Ok(items(arg(a, 0), "Cannot find first on type")?
                .first()
                .cloned()
                .unwrap_or(Value::Nil))
        });
    }
    for name in ["last", "mustLast"] {
        r.add(name, &[A], A, |a| {
            Ok(items(arg(a, 0), "Cannot find last on type")?
                .last()
                .cloned()
                .unwrap_or(Value::Nil))
        });
    }
    for name in ["rest", "mustRest"] {
        r.add(name, &[A], L, |a| {
            let l = items(arg(a, 0), "Cannot find rest on type")?;
            Ok(Value::list(l.get(1..).map(<[Value]>::to_vec).unwrap_or_default()))
        });
    }
    for name in ["initial", "mustInitial"] {
        r.add(name, &[A], L, |a| {
            let l = items(arg(a, 0), "Cannot find initial on type")?;
            let n = l.len().saturating_sub(1);
            Ok(Value::list(l[..n].to_vec()))
        });
    }
    for name in ["reverse", "mustReverse"] {
        r.add(name, &[A], L, |a| {
            let mut l = items(arg(a, 0), "Cannot find reverse on type")?;
            l.reverse();
            Ok(Value::list(l))
        });
    }
    for name in ["compact", "mustCompact"] {
        r.add(name, &[A], L, |a| {
            let l = items(arg(a, 0), "Cannot compact on type")?;
            Ok(Value::list(l.into_iter().filter(|v| !is_empty(v)).collect()))
        });
    }
    for name in ["uniq", "mustUniq"] {
        r.add(name, &[A], L, |a| {
            let l = items(arg(a, 0), "Cannot find uniq on type")?;
            let mut out: Vec<Value> = Vec::new();
            for v in l {
                if !out.iter().any(|o| deep_equal(&v, o)) {
                    out.push(v);
                }
            }
            Ok(Value::list(out))
        });
    }
    for name in ["without", "mustWithout"] {
        r.addv(name, &[A], A, L, |a| {
            let l = items(arg(a, 0), "Cannot find without on type")?;
            let omit = a.get(1..).unwrap_or(&[]);
            Ok(Value::list(
                l.into_iter()
                    .filter(|v| !omit.iter().any(|o| deep_equal(v, o)))
                    .collect(),
            ))
        });
    }
    for name in ["has", "mustHas"] {
        r.add(name, &[A, A], B, |a| {
            let hay = arg(a, 1);
            if hay.is_nil() {
                return Ok(Value::Bool(false));
            }
            let l = items(hay, "Cannot find has on type")?;
            Ok(Value::Bool(l.iter().any(|v| deep_equal(arg(a, 0), v))))
        });
    }
    for name in ["slice", "mustSlice"] {
        r.addv(name, &[A], A, A, |a| {
            let l = items(arg(a, 0), "list should be type of slice or array but")?;
            if l.is_empty() {
                return Ok(Value::Nil);
            }
            let len = l.len() as i64;
            let start = a.get(1).map(to_int64).unwrap_or(0);
            let end = a.get(2).map(to_int64).unwrap_or(len);
            if start < 0 || end < start || end > len {
                return Err(FuncError::new(format!(
                    "reflect: slice index out of range [{start}:{end}]"
                )));
            }
            Ok(Value::list(l[start as usize..end as usize].to_vec()))
        });
    }
    r.addv("concat", &[], A, A, |a| {
        let mut out = Vec::new();
        for v in a {
            match list_items(v) {
                Some(l) => out.extend(l),
                None if v.is_nil() => return Err(super::convert::nil_deref()),
                None => {
                    return Err(FuncError::new(format!(
                        "Cannot concat type {} as list",
                        super::convert::kind_name(v)
                    )));
                }
            }
        }
        Ok(Value::list(out))
    });
    r.add("until", &[I], L, |a| {
        let n = int_arg(a, 0);
        until_step(0, n, if n < 0 { -1 } else { 1 })
    });
    r.add("untilStep", &[I, I, I], L, |a| {
        until_step(int_arg(a, 0), int_arg(a, 1), int_arg(a, 2))
    });
}

/// Returns the items of a list argument, or Sprig's "Cannot … on type <kind>" error.
fn items(v: &Value, what: &str) -> Result<Vec<Value>, FuncError> {
    list_items(v).ok_or_else(|| kind_error(what, v))
}

/// Sprig's `untilStep` as integers.
pub(crate) fn until_step_ints(start: i64, stop: i64, step: i64) -> Result<Vec<i64>, FuncError> {
    let mut out = Vec::new();
    let count = if stop < start {
        if step >= 0 {
            return Ok(out);
        }
        (i128::from(start) - i128::from(stop) + i128::from(-step) - 1) / i128::from(-step)
    } else {
        if step <= 0 {
            return Ok(out);
        }
        (i128::from(stop) - i128::from(start) + i128::from(step) - 1) / i128::from(step)
    };
    if count > i128::from(MAX_ITEMS) {
        return Err(FuncError::new(format!("untilStep: too many items ({count})")));
    }
    let mut i = start;
    for _ in 0..count {
        out.push(i);
        i = i.wrapping_add(step);
    }
    Ok(out)
}

fn until_step(start: i64, stop: i64, step: i64) -> FuncResult {
    Ok(Value::list(
        until_step_ints(start, stop, step)?
            .into_iter()
            .map(Value::int)
            .collect(),
    ))
}
