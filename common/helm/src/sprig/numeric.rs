//! Sprig's math: integer arithmetic over `int64` (`add`, `sub`, `mul`, `div`, `mod`,
//! `max`, `min`, …), decimal float arithmetic (`addf`, `subf`, `mulf`, `divf`, like
//! `shopspring/decimal`: operands are taken at their shortest decimal form and combined
//! exactly, division rounded to 16 places), `ceil`/`floor`/`round`, the `cast`
//! conversions `int`, `int64`, `float64`, `toDecimal`, and `seq`/`randInt`.

use rand::Rng;

use super::convert::{to_float64, to_int64};
use super::lists::until_step_ints;
use super::{A, F, I, I64, Reg, S, arg, int_arg};
use crate::fmt;
use crate::func::{FuncError, FuncResult};
use crate::value::Value;

pub(crate) fn register(r: &mut Reg<'_>) {
    r.add("int64", &[A], I64, |a| Ok(Value::int64(to_int64(arg(a, 0)))));
    r.add("int", &[A], I, |a| Ok(Value::int(to_int64(arg(a, 0)))));
    r.add("float64", &[A], F, |a| Ok(Value::Float(to_float64(arg(a, 0)))));
    r.add("toDecimal", &[A], I64, |a| {
        let s = fmt::format_value(arg(a, 0));
        Ok(Value::int64(parse_octal(&s).unwrap_or(0)))
    });
    r.addv("seq", &[], I, S, |a| {
        let p: Vec<i64> = a
            .iter()
            .map(|v| if let Value::Int(i, _) = v { *i } else { 0 })
            .collect();
        seq(&p)
    });
    r.add("add1", &[A], I64, |a| {
        Ok(Value::int64(to_int64(arg(a, 0)).wrapping_add(1)))
    });
    r.addv("add", &[], A, I64, |a| {
        Ok(Value::int64(
            a.iter().fold(0i64, |acc, v| acc.wrapping_add(to_int64(v))),
        ))
    });
    r.add("sub", &[A, A], I64, |a| {
        Ok(Value::int64(to_int64(arg(a, 0)).wrapping_sub(to_int64(arg(a, 1)))))
    });
    r.add("div", &[A, A], I64, |a| {
        let d = to_int64(arg(a, 1));
        if d == 0 {
            return Err(divide_by_zero());
        }
        Ok(Value::int64(to_int64(arg(a, 0)).wrapping_div(d)))
    });
    r.add("mod", &[A, A], I64, |a| {
        let d = to_int64(arg(a, 1));
        if d == 0 {
            return Err(divide_by_zero());
        }
        Ok(Value::int64(to_int64(arg(a, 0)).wrapping_rem(d)))
    });
    r.addv("mul", &[A], A, I64, |a| {
        Ok(Value::int64(
            a.iter().fold(1i64, |acc, v| acc.wrapping_mul(to_int64(v))),
        ))
    });
    r.add("randInt", &[I, I], I, |a| {
        let (min, max) = (int_arg(a, 0), int_arg(a, 1));
        let n = max.wrapping_sub(min);
        if n <= 0 {
            return Err(FuncError::new("invalid argument to Intn"));
        }
        Ok(Value::int(rand::rng().random_range(0..n).wrapping_add(min)))
    });
    r.add("add1f", &[A], F, |a| decimal_op(arg(a, 0), &[Value::int(1)], Op::Add));
    r.addv("addf", &[], A, F, |a| decimal_op(&Value::Float(0.0), a, Op::Add));
    r.addv("subf", &[A], A, F, |a| {
        decimal_op(arg(a, 0), a.get(1..).unwrap_or(&[]), Op::Sub)
    });
    r.addv("divf", &[A], A, F, |a| {
        decimal_op(arg(a, 0), a.get(1..).unwrap_or(&[]), Op::Div)
    });
    r.addv("mulf", &[A], A, F, |a| {
        decimal_op(arg(a, 0), a.get(1..).unwrap_or(&[]), Op::Mul)
    });
    r.addv("max", &[A], A, I64, |a| {
        Ok(Value::int64(a.iter().map(to_int64).max().unwrap_or(0)))
    });
    r.alias("biggest", "max");
    r.addv("min", &[A], A, I64, |a| {
        Ok(Value::int64(a.iter().map(to_int64).min().unwrap_or(0)))
    });
    r.addv("maxf", &[A], A, F, |a| {
        let mut it = a.iter().map(to_float64);
        let first = it.next().unwrap_or(0.0);
        Ok(Value::Float(it.fold(first, go_max)))
    });
    r.addv("minf", &[A], A, F, |a| {
        let mut it = a.iter().map(to_float64);
        let first = it.next().unwrap_or(0.0);
        Ok(Value::Float(it.fold(first, go_min)))
    });
    r.add("ceil", &[A], F, |a| Ok(Value::Float(to_float64(arg(a, 0)).ceil())));
    r.add("floor", &[A], F, |a| Ok(Value::Float(to_float64(arg(a, 0)).floor())));
    r.addv("round", &[A, I], F, F, |a| {
        let round_on = match a.get(2) {
            Some(Value::Float(f)) => *f,
            _ => 0.5,
        };
        let val = to_float64(arg(a, 0));
        let pow = 10f64.powf(int_arg(a, 1) as f64);
        let digit = pow * val;
        let frac = digit - digit.trunc();
        let rounded = if frac >= round_on { digit.ceil() } else { digit.floor() };
        Ok(Value::Float(rounded / pow))
    });
}

fn divide_by_zero() -> FuncError {
    FuncError::new("runtime error: integer divide by zero")
}

/// Go's `math.Max` (NaN wins, +0 beats -0).
fn go_max(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == 0.0 && b == 0.0 {
        return if a.is_sign_negative() { b } else { a };
    }
    if a > b { a } else { b }
}

/// Go's `math.Min` (NaN wins, -0 beats +0).
fn go_min(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == 0.0 && b == 0.0 {
        return if a.is_sign_negative() { a } else { b };
    }
    if a < b { a } else { b }
}

fn parse_octal(s: &str) -> Option<i64> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        return None;
    }
    let mag = i128::from(u64::from_str_radix(digits, 8).ok()?);
    let v = if neg { -mag } else { mag };
    i64::try_from(v).ok()
}

fn seq(p: &[i64]) -> FuncResult {
    let list = match *p {
        [] => return Ok(Value::string("")),
        [end] => {
            let inc = if end < 1 { -1 } else { 1 };
            until_step_ints(1, end.wrapping_add(inc), inc)?
        }
        [start, end] => {
            let step = if end < start { -1 } else { 1 };
            until_step_ints(start, end.wrapping_add(step), step)?
        }
        [start, step, end] => {
            let mut inc = 1;
            if end < start {
                inc = -1;
                if step > 0 {
                    return Ok(Value::string(""));
                }
            }
            until_step_ints(start, end.wrapping_add(inc), step)?
        }
        _ => return Ok(Value::string("")),
    };
    let parts: Vec<String> = list.iter().map(i64::to_string).collect();
    Ok(Value::string(parts.join(" ")))
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

/// A decimal `mant × 10^exp`.
#[derive(Clone, Copy, Debug)]
struct Dec {
    mant: i128,
    exp: i32,
}

impl Dec {
    /// The shortest decimal that round-trips to `f` (`decimal.NewFromFloat`).
    fn from_f64(f: f64) -> Option<Dec> {
        if !f.is_finite() {
            return None;
        }
        let s = format!("{f:e}");
        let (m, e) = s.split_once('e')?;
        let exp: i32 = e.parse().ok()?;
        let neg = m.starts_with('-');
        let m = m.trim_start_matches('-');
        let (int, frac) = m.split_once('.').unwrap_or((m, ""));
        let digits = format!("{int}{frac}");
        let mant: i128 = digits.parse().ok()?;
        Some(Dec {
            mant: if neg { -mant } else { mant },
            exp: exp - frac.len() as i32,
        })
    }

    fn to_f64(self) -> f64 {
        format!("{}e{}", self.mant, self.exp).parse().unwrap_or(f64::NAN)
    }

    /// Rescales to a smaller exponent (`None` on overflow).
    fn rescale(self, exp: i32) -> Option<Dec> {
        let shift = u32::try_from(self.exp - exp).ok()?;
        let factor = 10i128.checked_pow(shift)?;
        Some(Dec {
            mant: self.mant.checked_mul(factor)?,
            exp,
        })
    }

    fn apply(self, other: Dec, op: Op) -> Option<Dec> {
        match op {
            Op::Add | Op::Sub => {
                let exp = self.exp.min(other.exp);
                let (a, b) = (self.rescale(exp)?, other.rescale(exp)?);
                let mant = match op {
                    Op::Add => a.mant.checked_add(b.mant)?,
                    _ => a.mant.checked_sub(b.mant)?,
                };
                Some(Dec { mant, exp })
            }
            Op::Mul => Some(Dec {
                mant: self.mant.checked_mul(other.mant)?,
                exp: self.exp.checked_add(other.exp)?,
            }),
            Op::Div => {
                // Quotient rounded half away from zero to 16 decimal places.
                let target = -16;
                let shift = self.exp - other.exp - target;
                let (num, den) = if shift >= 0 {
                    (self.mant.checked_mul(10i128.checked_pow(shift as u32)?)?, other.mant)
                } else {
                    (self.mant, other.mant.checked_mul(10i128.checked_pow((-shift) as u32)?)?)
                };
                let q = num.checked_div(den)?;
                let rem = num.checked_rem(den)?;
                let q = if rem.checked_mul(2)?.abs() >= den.abs() {
                    if (num < 0) != (den < 0) { q - 1 } else { q + 1 }
                } else {
                    q
                };
                Some(Dec { mant: q, exp: target })
            }
        }
    }
}

fn float_op(a: f64, b: f64, op: Op) -> f64 {
    match op {
        Op::Add => a + b,
        Op::Sub => a - b,
        Op::Mul => a * b,
        Op::Div => a / b,
    }
}

/// Sprig's `execDecimalOp`.
fn decimal_op(first: &Value, rest: &[Value], op: Op) -> FuncResult {
    let mut acc = to_float64(first);
    let mut dec = Dec::from_f64(acc);
    for v in rest {
        let x = to_float64(v);
        if matches!(op, Op::Div) && x == 0.0 {
            return Err(FuncError::new("decimal division by zero"));
        }
        dec = match (dec, Dec::from_f64(x)) {
            (Some(d), Some(e)) => d.apply(e, op),
            _ => None,
        };
        acc = match dec {
            Some(d) => d.to_f64(),
            None => float_op(acc, x, op),
        };
        if dec.is_none() {
            dec = Dec::from_f64(acc);
        }
    }
    Ok(Value::Float(acc))
}
