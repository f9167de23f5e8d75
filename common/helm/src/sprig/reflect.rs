//! Sprig's reflection functions: `typeOf` (Go's `%T`), `typeIs`, `typeIsLike`, `kindOf`,
//! `kindIs` and `deepEqual` (Go's `reflect.DeepEqual`). Type names are those of the template
//! value model (`[]interface {}` for every list, `map[string]interface {}` for every map).

use super::convert::{deep_equal, kind_name};
use super::{A, B, Reg, S, arg, str_arg};
use crate::value::Value;

pub(crate) fn register(r: &mut Reg<'_>) {
    r.add("typeOf", &[A], S, |a| Ok(Value::string(arg(a, 0).type_name())));
    r.add("typeIs", &[S, A], B, |a| {
        Ok(Value::Bool(str_arg(a, 0) == arg(a, 1).type_name()))
    });
    r.add("typeIsLike", &[S, A], B, |a| {
        let (target, t) = (str_arg(a, 0), arg(a, 1).type_name());
        Ok(Value::Bool(target == t || format!("*{target}") == t))
    });
    r.add("kindOf", &[A], S, |a| Ok(Value::string(kind_name(arg(a, 0)))));
    r.add("kindIs", &[S, A], B, |a| {
        Ok(Value::Bool(str_arg(a, 0) == kind_name(arg(a, 1))))
    });
    r.add("deepEqual", &[A, A], B, |a| {
        Ok(Value::Bool(deep_equal(arg(a, 0), arg(a, 1))))
    });
}
