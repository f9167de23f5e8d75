//! Go-style duration strings (`time.ParseDuration`, as used by every Flux `interval`/`timeout`)
//! and interval jitter.

use std::time::Duration;

/// A duration string that is not a valid Go duration.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid duration {input:?}: {why}")]
pub struct DurationError {
    input: String,
    why: &'static str,
}

/// Parses a Go duration such as `1m30s`, `1.5h`, `300ms` or `0`.
///
/// Units: `ns`, `us`/`µs`, `ms`, `s`, `m`, `h`. Negative durations are rejected (Flux never
/// accepts them); so are values past ~292 years, like Go.
pub fn parse_duration(input: &str) -> Result<Duration, DurationError> {
    let err = |why| DurationError {
        input: input.to_owned(),
        why,
    };
    let s = input.strip_prefix('+').unwrap_or(input);
    if s.starts_with('-') {
        return Err(err("negative durations are not allowed"));
    }
    if s == "0" {
        return Ok(Duration::ZERO);
    }
    if s.is_empty() {
        return Err(err("empty"));
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut total: u128 = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let int_part = &s[start..i];
        let mut frac_part = "";
        if i < bytes.len() && bytes[i] == b'.' {
            i += 1;
            let fs = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            frac_part = &s[fs..i];
        }
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(err("missing number"));
        }
        let us = i;
        while i < bytes.len() && !bytes[i].is_ascii_digit() && bytes[i] != b'.' {
            i += 1;
        }
        let unit_nanos: u128 = match &s[us..i] {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            "" => return Err(err("missing unit")),
            _ => return Err(err("unknown unit")),
        };
        let whole: u128 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().map_err(|_| err("number out of range"))?
        };
        let mut nanos = whole.checked_mul(unit_nanos).ok_or_else(|| err("out of range"))?;
        if !frac_part.is_empty() {
            // Keep at most 18 fractional digits; more cannot change a nanosecond count.
            let digits = &frac_part[..frac_part.len().min(18)];
            let num: u128 = digits.parse().map_err(|_| err("number out of range"))?;
            let scale = 10u128.pow(digits.len() as u32);
            nanos += num * unit_nanos / scale;
        }
        total = total.checked_add(nanos).ok_or_else(|| err("out of range"))?;
        if total > i64::MAX as u128 {
            return Err(err("out of range"));
        }
    }
    Ok(Duration::from_nanos(total as u64))
}

/// Formats a duration the way Go's `Duration.String` does (`1h0m0s`, `1m30s`, `500ms`).
pub fn format_duration(d: Duration) -> String {
    let nanos = d.as_nanos();
    if nanos == 0 {
        return "0s".to_owned();
    }
    if nanos < 1_000_000_000 {
        let (value, unit, div) = if nanos < 1_000 {
            return format!("{nanos}ns");
        } else if nanos < 1_000_000 {
            (nanos, "µs", 1_000u128)
        } else {
            (nanos, "ms", 1_000_000u128)
        };
        return format!("{}{unit}", trim_fraction(value, div));
    }
    let secs_total = nanos / 1_000_000_000;
    let h = secs_total / 3600;
    let m = (secs_total % 3600) / 60;
    let s_nanos = nanos - (h * 3600 + m * 60) * 1_000_000_000;
    let s = trim_fraction(s_nanos, 1_000_000_000);
    if h > 0 {
        format!("{h}h{m}m{s}s")
    } else if m > 0 {
        format!("{m}m{s}s")
    } else {
        format!("{s}s")
    }
}

fn trim_fraction(value: u128, div: u128) -> String {
    let whole = value / div;
    let frac = value % div;
    if frac == 0 {
        return whole.to_string();
    }
    let width = div.to_string().len() - 1;
    let frac = format!("{frac:0width$}");
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

/// Returns `interval` changed by a random amount of at most `percent`% either way, so objects
/// created together do not reconcile in lock-step (Flux's `--interval-jitter-percentage`).
pub fn jitter(interval: Duration, percent: u8) -> Duration {
    if percent == 0 || interval.is_zero() {
        return interval;
    }
    let p = f64::from(percent.min(100)) / 100.0;
    let factor = 1.0 + rand::random_range(-p..=p);
    interval.mul_f64(factor.max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_go_durations() {
        assert_eq!(parse_duration("1m30s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("1.5h").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_duration("300ms").unwrap(), Duration::from_millis(300));
        assert_eq!(parse_duration("0").unwrap(), Duration::ZERO);
        assert_eq!(parse_duration("2h45m").unwrap(), Duration::from_secs(9900));
        assert_eq!(parse_duration(".5s").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("10us").unwrap(), Duration::from_micros(10));
    }

    #[test]
    fn rejects_bad_durations() {
        for bad in ["", "5", "-1s", "1x", "s", "1.s.", "99999999999999999999h", "3000000h"] {
            assert!(parse_duration(bad).is_err(), "{bad} should fail");
        }
    }

    #[test]
    fn formats_like_go() {
        assert_eq!(format_duration(Duration::from_secs(600)), "10m0s");
        assert_eq!(format_duration(Duration::from_secs(3600)), "1h0m0s");
        assert_eq!(format_duration(Duration::from_millis(176)), "176ms");
        assert_eq!(format_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(format_duration(Duration::ZERO), "0s");
    }

    #[test]
    fn jitter_stays_within_bounds() {
        let base = Duration::from_secs(100);
        for _ in 0..1000 {
            let j = jitter(base, 5);
            assert!(j >= Duration::from_secs(95) && j <= Duration::from_secs(105), "{j:?}");
        }
        assert_eq!(jitter(base, 0), base);
    }
}
