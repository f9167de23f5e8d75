//! Sprig's defaults and flow functions: `default`, `empty`, `coalesce`, `all`, `any`,
//! `ternary` and `fail`.

use super::convert::is_empty;
use super::{A, B, Reg, S, arg, str_arg};
use crate::func::FuncError;
use crate::value::Value;

pub(crate) fn register(r: &mut Reg<'_>) {
    r.addv("default", &[A], A, A, |a| {
        let given = arg(a, 1);
        if a.len() < 2 || is_empty(given) {
            return Ok(arg(a, 0).clone());
        }
        Ok(given.clone())
    });
    r.add("empty", &[A], B, |a| Ok(Value::Bool(is_empty(arg(a, 0)))));
    r.addv("coalesce", &[], A, A, |a| {
        Ok(a.iter().find(|v| !is_empty(v)).cloned().unwrap_or(Value::Nil))
    });
    r.addv("all", &[], A, B, |a| Ok(Value::Bool(a.iter().all(|v| !is_empty(v)))));
    r.addv("any", &[], A, B, |a| Ok(Value::Bool(a.iter().any(|v| !is_empty(v)))));
    r.add("ternary", &[A, A, B], A, |a| {
        Ok(arg(a, if matches!(arg(a, 2), Value::Bool(true)) { 0 } else { 1 }).clone())
    });
    r.add("fail", &[S], S, |a| Err(FuncError::new(str_arg(a, 0))));
}
