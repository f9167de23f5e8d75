//! Sprig's date functions over [`GoTime`], a Go `time.Time` as a template value: `now`,
//! `date`, `dateInZone`, `htmlDate`, `htmlDateInZone`, `dateModify`, `toDate`, `unixEpoch`,
//! `ago`, `duration`, `durationRound` (with the `date_in_zone`/`date_modify` aliases and
//! `must*` variants). Layouts are Go reference-time layouts; zones come from the system
//! time zone database through `jiff`. "Local" is the process's time zone.
//!
//! Differences from Go: times carry no monotonic clock reading (so `now` prints without
//! `m=+…`), and years outside -9999..=9999 are not representable.

use std::any::Any;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::timefmt::{self, Parts, format_duration, parse_duration};
use super::{A, B, I, I64, Reg, S, arg, str_arg};
use crate::func::{Func, FuncError, FuncResult, Signature, Type};
use crate::value::{IntKind, Object, Value};

/// A host method implementation.
type MethodImpl = Box<dyn Fn(&[Value]) -> FuncResult + Send + Sync>;

/// Go's `time.Time` type name.
pub const TIME_TYPE: &str = "time.Time";

/// Where a time is shown: a zone of the time zone database (UTC and Local included), or a
/// fixed offset with a name (possibly empty), like Go's `FixedZone`.
#[derive(Clone, Debug)]
enum Loc {
    Zone(TimeZone),
    Fixed { offset: i32, name: String },
}

/// A Go `time.Time`: an instant and the location it is shown in.
#[derive(Clone, Debug)]
pub struct GoTime {
    ts: Timestamp,
    loc: Loc,
}

impl GoTime {
    /// Returns the current time in the local zone.
    pub fn now() -> GoTime {
        GoTime::from_timestamp(Timestamp::now(), TimeZone::system())
    }

    /// Returns the instant `ts` shown in `tz`.
    pub fn from_timestamp(ts: Timestamp, tz: TimeZone) -> GoTime {
        GoTime { ts, loc: Loc::Zone(tz) }
    }

    /// Returns Go's `time.Unix(sec, 0)` in the local zone (clamped to the representable range).
    pub fn from_unix(sec: i64) -> GoTime {
        let ts = Timestamp::from_second(sec).unwrap_or(if sec < 0 { Timestamp::MIN } else { Timestamp::MAX });
        GoTime::from_timestamp(ts, TimeZone::system())
    }

    /// Returns the same instant shown in a fixed zone `name` at `offset` seconds east of UTC
    /// (Go's `time.FixedZone`).
    pub fn with_fixed_zone(&self, name: &str, offset: i32) -> GoTime {
        GoTime {
            ts: self.ts,
            loc: Loc::Fixed {
                offset,
                name: name.to_string(),
            },
        }
    }

    /// Returns the same instant shown in `tz`.
    pub fn in_zone(&self, tz: TimeZone) -> GoTime {
        GoTime::from_timestamp(self.ts, tz)
    }

    /// Returns Go's zero time (January 1, year 1, 00:00:00 UTC).
    pub fn zero() -> GoTime {
        let ts = Timestamp::from_second(-62_135_596_800).unwrap_or(Timestamp::MIN);
        GoTime::from_timestamp(ts, TimeZone::UTC)
    }

    /// Returns the instant.
    pub fn timestamp(&self) -> Timestamp {
        self.ts
    }

    /// Returns the Unix time in seconds.
    pub fn unix(&self) -> i64 {
        self.ts.as_second()
    }

    fn offset_and_abbrev(&self) -> (i32, String) {
        match &self.loc {
            Loc::Zone(tz) => {
                let info = tz.to_offset_info(self.ts);
                (info.offset().seconds(), info.abbreviation().to_string())
            }
            Loc::Fixed { offset, name } => (*offset, name.clone()),
        }
    }

    fn parts(&self) -> Parts {
        let (offset, abbrev) = self.offset_and_abbrev();
        let off = jiff::tz::Offset::from_seconds(offset).unwrap_or(jiff::tz::Offset::UTC);
        let dt = off.to_datetime(self.ts);
        Parts {
            year: i64::from(dt.year()),
            month: dt.month() as u8,
            day: dt.day() as u8,
            hour: dt.hour() as u8,
            minute: dt.minute() as u8,
            second: dt.second() as u8,
            nanos: dt.subsec_nanosecond().max(0) as u32,
            weekday: dt.weekday().to_sunday_zero_offset() as u8,
            yday: dt.day_of_year() as u16,
            offset,
            abbrev,
        }
    }

    /// Formats the time with a Go layout (`time.Time.Format`).
    pub fn format(&self, layout: &str) -> String {
        timefmt::format(layout, &self.parts())
    }

    /// Parses `value` with a Go layout the way `time.ParseInLocation` does; `local` is the
    /// zone used when the text has none (and whose offsets and abbreviations are recognised).
    pub fn parse_in(layout: &str, value: &str, local: &TimeZone) -> Result<GoTime, String> {
        let p = timefmt::parse(layout, value)?;
        let dt = jiff::civil::DateTime::new(
            i16::try_from(p.year).map_err(|_| format!("parsing time {value:?}: year out of range"))?,
            p.month as i8,
            p.day as i8,
            p.hour as i8,
            p.minute as i8,
            p.second as i8,
            p.nanos as i32,
        )
        .map_err(|e| format!("parsing time {value:?}: {e}"))?;
        let as_utc = |offset: i32| -> Result<Timestamp, String> {
            let off = jiff::tz::Offset::from_seconds(offset).map_err(|e| e.to_string())?;
            off.to_timestamp(dt).map_err(|e| e.to_string())
        };
        if p.utc {
            return Ok(GoTime::from_timestamp(as_utc(0)?, TimeZone::UTC));
        }
        if let Some(offset) = p.offset {
            let ts = as_utc(offset)?;
            if local.to_offset(ts).seconds() == offset {
                return Ok(GoTime::from_timestamp(ts, local.clone()));
            }
            return Ok(GoTime {
                ts,
                loc: Loc::Fixed {
                    offset,
                    name: String::new(),
                },
            });
        }
        if let Some(name) = p.zone_name {
            let guess = as_utc(0)?;
            // The local zone knows the abbreviation at (about) that time.
            for probe in [
                guess,
                guess.checked_sub(jiff::SignedDuration::from_hours(12)).unwrap_or(guess),
            ] {
                let info = local.to_offset_info(probe);
                if info.abbreviation() == name {
                    let ts = as_utc(info.offset().seconds())?;
                    return Ok(GoTime::from_timestamp(ts, local.clone()));
                }
            }
            let mut offset = 0;
            if name.len() > 3 && name.starts_with("GMT") {
                offset = name[3..].parse::<i32>().unwrap_or(0) * 3600;
            }
            let ts = as_utc(offset)?;
            return Ok(GoTime {
                ts,
                loc: Loc::Fixed { offset, name },
            });
        }
        let ts = local
            .to_ambiguous_timestamp(dt)
            .compatible()
            .map_err(|e| e.to_string())?;
        Ok(GoTime::from_timestamp(ts, local.clone()))
    }

    /// Returns the time `nanos` nanoseconds later (saturating at the representable range).
    pub fn add_nanos(&self, nanos: i64) -> GoTime {
        let ts = self
            .ts
            .checked_add(jiff::SignedDuration::from_nanos(nanos))
            .unwrap_or(if nanos < 0 { Timestamp::MIN } else { Timestamp::MAX });
        GoTime {
            ts,
            loc: self.loc.clone(),
        }
    }

    /// Returns Go's `String()` form: `2006-01-02 15:04:05.999999999 -0700 MST`.
    pub fn go_string(&self) -> String {
        self.format("2006-01-02 15:04:05.999999999 -0700 MST")
    }

    /// Wraps the time as a template value.
    pub fn into_value(self) -> Value {
        Value::Object(std::sync::Arc::new(self))
    }

    /// Returns the time held by a template value (a `time.Time` object), if any.
    pub fn from_value(v: &Value) -> Option<GoTime> {
        match v {
            Value::Object(o) => o.as_any().and_then(|a| a.downcast_ref::<GoTime>()).cloned(),
            _ => None,
        }
    }

    fn nanos_since(&self, now: Timestamp) -> i64 {
        let d = now.as_nanosecond() - self.ts.as_nanosecond();
        d.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
    }
}

impl Object for GoTime {
    fn type_name(&self) -> String {
        TIME_TYPE.to_string()
    }

    fn method(&self, name: &str) -> Option<Func> {
        let t = self.clone();
        let f = |params: Vec<Type>, result: Type, imp: MethodImpl| Some(Func::new(Signature::new(params, result), imp));
        let int = |v: i64| Ok(Value::int(v));
        match name {
            "Format" => f(
                vec![S],
                S,
                Box::new(move |a| Ok(Value::string(t.format(str_arg(a, 0))))),
            ),
            "String" => f(vec![], S, Box::new(move |_| Ok(Value::string(t.go_string())))),
            "Unix" => f(vec![], I64, Box::new(move |_| Ok(Value::int64(t.unix())))),
            "UnixMilli" => f(vec![], I64, Box::new(move |_| Ok(Value::int64(t.ts.as_millisecond())))),
            "UnixNano" => f(
                vec![],
                I64,
                Box::new(move |_| {
                    Ok(Value::int64(
                        t.ts.as_nanosecond().clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64,
                    ))
                }),
            ),
            "Year" => f(vec![], I, Box::new(move |_| int(t.parts().year))),
            "Month" => f(
                vec![],
                S,
                Box::new(move |_| Ok(Value::string(timefmt::month_name(t.parts().month)))),
            ),
            "Day" => f(vec![], I, Box::new(move |_| int(i64::from(t.parts().day)))),
            "Hour" => f(vec![], I, Box::new(move |_| int(i64::from(t.parts().hour)))),
            "Minute" => f(vec![], I, Box::new(move |_| int(i64::from(t.parts().minute)))),
            "Second" => f(vec![], I, Box::new(move |_| int(i64::from(t.parts().second)))),
            "Nanosecond" => f(vec![], I, Box::new(move |_| int(i64::from(t.parts().nanos)))),
            "YearDay" => f(vec![], I, Box::new(move |_| int(i64::from(t.parts().yday)))),
            "Weekday" => f(
                vec![],
                S,
                Box::new(move |_| Ok(Value::string(timefmt::weekday_name(t.parts().weekday)))),
            ),
            "UTC" => f(
                vec![],
                Type::Named(TIME_TYPE.into()),
                Box::new(move |_| Ok(t.in_zone(TimeZone::UTC).into_value())),
            ),
            "Local" => f(
                vec![],
                Type::Named(TIME_TYPE.into()),
                Box::new(move |_| Ok(t.in_zone(TimeZone::system()).into_value())),
            ),
            "Add" => f(
                vec![I64],
                Type::Named(TIME_TYPE.into()),
                Box::new(move |a| Ok(t.add_nanos(super::int_arg(a, 0)).into_value())),
            ),
            "IsZero" => f(vec![], B, Box::new(move |_| Ok(Value::Bool(t.ts == GoTime::zero().ts)))),
            "Before" | "After" | "Equal" => {
                let which = name.to_string();
                f(
                    vec![Type::Named(TIME_TYPE.into())],
                    B,
                    Box::new(move |a| {
                        let o = GoTime::from_value(arg(a, 0)).map(|o| o.ts).unwrap_or(t.ts);
                        Ok(Value::Bool(match which.as_str() {
                            "Before" => t.ts < o,
                            "After" => t.ts > o,
                            _ => t.ts == o,
                        }))
                    }),
                )
            }
            "MarshalJSON" => f(
                vec![],
                S,
                Box::new(move |_| {
                    Ok(Value::string(format!(
                        "\"{}\"",
                        t.format("2006-01-02T15:04:05.999999999Z07:00")
                    )))
                }),
            ),
            _ => None,
        }
    }

    fn string_method(&self) -> Option<String> {
        Some(self.go_string())
    }

    fn as_any(&self) -> Option<&dyn Any> {
        Some(self)
    }
}

/// Sprig's time argument: `time.Time`, or Unix seconds as `int`, `int32` or `int64`;
/// anything else means now.
fn time_arg(v: &Value, int32_ok: bool) -> GoTime {
    if let Some(t) = GoTime::from_value(v) {
        return t;
    }
    match v {
        Value::Int(i, IntKind::Int | IntKind::Int64) => GoTime::from_unix(*i),
        Value::Int(i, IntKind::Int32) if int32_ok => GoTime::from_unix(*i),
        _ => GoTime::now(),
    }
}

fn load_zone(name: &str) -> TimeZone {
    match name {
        "" | "UTC" => TimeZone::UTC,
        "Local" => TimeZone::system(),
        other => TimeZone::get(other).unwrap_or(TimeZone::UTC),
    }
}

fn date_in_zone(layout: &str, date: &Value, zone: &str) -> Value {
    Value::string(time_arg(date, true).in_zone(load_zone(zone)).format(layout))
}

pub(crate) fn register(r: &mut Reg<'_>) {
    let time_t = Type::Named(TIME_TYPE.into());
    r.add("now", &[], time_t.clone(), |_| Ok(GoTime::now().into_value()));
    r.add("date", &[S, A], S, |a| {
        Ok(date_in_zone(str_arg(a, 0), arg(a, 1), "Local"))
    });
    r.add("dateInZone", &[S, A, S], S, |a| {
        Ok(date_in_zone(str_arg(a, 0), arg(a, 1), str_arg(a, 2)))
    });
    r.alias("date_in_zone", "dateInZone");
    r.add("htmlDate", &[A], S, |a| {
        Ok(date_in_zone("2006-01-02", arg(a, 0), "Local"))
    });
    r.add("htmlDateInZone", &[A, S], S, |a| {
        Ok(date_in_zone("2006-01-02", arg(a, 0), str_arg(a, 1)))
    });
    r.add("dateModify", &[S, time_t.clone()], time_t.clone(), |a| {
        let t = GoTime::from_value(arg(a, 1)).unwrap_or_else(GoTime::zero);
        Ok(match parse_duration(str_arg(a, 0)) {
            Ok(d) => t.add_nanos(d),
            Err(_) => t,
        }
        .into_value())
    });
    r.alias("date_modify", "dateModify");
    r.add("mustDateModify", &[S, time_t.clone()], time_t.clone(), |a| {
        let t = GoTime::from_value(arg(a, 1)).unwrap_or_else(GoTime::zero);
        let d = parse_duration(str_arg(a, 0)).map_err(FuncError::new)?;
        Ok(t.add_nanos(d).into_value())
    });
    r.alias("must_date_modify", "mustDateModify");
    r.add("toDate", &[S, S], time_t.clone(), |a| {
        Ok(GoTime::parse_in(str_arg(a, 0), str_arg(a, 1), &TimeZone::system())
            .unwrap_or_else(|_| GoTime::zero())
            .into_value())
    });
    r.add("mustToDate", &[S, S], time_t.clone(), |a| {
        GoTime::parse_in(str_arg(a, 0), str_arg(a, 1), &TimeZone::system())
            .map(GoTime::into_value)
            .map_err(FuncError::new)
    });
    r.add("unixEpoch", &[time_t], S, |a| {
        let t = GoTime::from_value(arg(a, 0)).unwrap_or_else(GoTime::zero);
        Ok(Value::string(t.unix().to_string()))
    });
    r.add("ago", &[A], S, |a| {
        let t = time_arg(arg(a, 0), false);
        let d = t.nanos_since(Timestamp::now());
        Ok(Value::string(format_duration(round_to_second(d))))
    });
    r.add("duration", &[A], S, |a| {
        let n = match arg(a, 0) {
            Value::String(s) => s.parse::<i64>().unwrap_or(0),
            Value::Int(i, IntKind::Int64) => *i,
            _ => 0,
        };
        Ok(Value::string(format_duration(n.wrapping_mul(1_000_000_000))))
    });
    r.add("durationRound", &[A], S, |a| {
        let v = arg(a, 0);
        let d: i64 = if let Some(t) = GoTime::from_value(v) {
            t.nanos_since(Timestamp::now())
        } else {
            match v {
                Value::String(s) => parse_duration(s).unwrap_or(0),
                Value::Int(i, IntKind::Int64) => *i,
                _ => 0,
            }
        };
        Ok(Value::string(duration_round(d)))
    });
}

/// Go's `Duration.Round(time.Second)`: halves away from zero.
fn round_to_second(d: i64) -> i64 {
    let m = 1_000_000_000i64;
    let r = d % m;
    if d < 0 {
        let r = -r;
        if r + r < m { d + r } else { d.saturating_sub(m - r) }
    } else if r + r < m {
        d - r
    } else {
        d.saturating_add(m - r)
    }
}

fn duration_round(d: i64) -> String {
    let u = d.unsigned_abs();
    let second = 1_000_000_000u64;
    let (minute, hour) = (60 * second, 3600 * second);
    let (day, month, year) = (24 * hour, 30 * 24 * hour, 365 * 24 * hour);
    for (unit, suffix) in [
        (year, "y"),
        (month, "mo"),
        (day, "d"),
        (hour, "h"),
        (minute, "m"),
        (second, "s"),
    ] {
        if u > unit {
            return format!("{}{suffix}", u / unit);
        }
    }
    "0s".to_string()
}
