//! Go's `time` text formats: reference-time layouts (`Format` and `Parse`, e.g.
//! `2006-01-02T15:04:05Z07:00`), and `time.Duration`'s `String` and `ParseDuration`.
//!
//! The layout engine works on broken-down fields ([`Parts`]) so it does not depend on a
//! time library; [`crate::sprig::GoTime`] supplies and consumes them.

use crate::strconv::quote;

const LONG_DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const LONG_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Returns Go's English name of a month (1–12).
pub(crate) fn month_name(m: u8) -> &'static str {
    LONG_MONTHS
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("%!Month")
}

/// Returns Go's English name of a weekday (0 = Sunday).
pub(crate) fn weekday_name(d: u8) -> &'static str {
    LONG_DAYS.get(usize::from(d)).copied().unwrap_or("%!Weekday")
}

/// The broken-down fields of a time in its zone.
#[derive(Clone, Debug, Default)]
pub(crate) struct Parts {
    pub year: i64,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub nanos: u32,
    /// 0 = Sunday.
    pub weekday: u8,
    /// 1-based day of the year.
    pub yday: u16,
    /// Seconds east of UTC.
    pub offset: i32,
    /// The zone abbreviation ("" when unknown).
    pub abbrev: String,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Std {
    Month,
    LongMonth,
    NumMonth,
    ZeroMonth,
    WeekDay,
    LongWeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    Tz,
    Iso8601Tz,
    Iso8601SecondsTz,
    Iso8601ShortTz,
    Iso8601ColonTz,
    Iso8601ColonSecondsTz,
    NumTz,
    NumSecondsTz,
    NumShortTz,
    NumColonTz,
    NumColonSecondsTz,
    /// Fractional seconds: separator, digit count, whether trailing zeros are trimmed (`9`s).
    Frac(u8, usize, bool),
}

fn starts_lower(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
}

/// Go's `nextStdChunk`: the text before the next layout element, the element, and the rest.
fn next_std_chunk(layout: &str) -> (&str, Option<Std>, &str) {
    let b = layout.as_bytes();
    let at = |i: usize, s: &str| layout.get(i..).is_some_and(|r| r.starts_with(s));
    for i in 0..b.len() {
        let found: Option<(Std, usize)> = match b[i] {
            b'J' if at(i, "Jan") => {
                if at(i, "January") {
                    Some((Std::LongMonth, 7))
                } else if !starts_lower(&layout[i + 3..]) {
                    Some((Std::Month, 3))
                } else {
                    None
                }
            }
            b'M' if at(i, "Mon") => {
                if at(i, "Monday") {
                    Some((Std::LongWeekDay, 6))
                } else if !starts_lower(&layout[i + 3..]) {
                    Some((Std::WeekDay, 3))
                } else {
                    None
                }
            }
            b'M' if at(i, "MST") => Some((Std::Tz, 3)),
            b'0' => match b.get(i + 1) {
                Some(c @ b'1'..=b'6') => Some((
                    [
                        Std::ZeroMonth,
                        Std::ZeroDay,
                        Std::ZeroHour12,
                        Std::ZeroMinute,
                        Std::ZeroSecond,
                        Std::Year,
                    ][usize::from(c - b'1')],
                    2,
                )),
                Some(b'0') if b.get(i + 2) == Some(&b'2') => Some((Std::ZeroYearDay, 3)),
                _ => None,
            },
            b'1' => {
                if b.get(i + 1) == Some(&b'5') {
                    Some((Std::Hour, 2))
                } else {
                    Some((Std::NumMonth, 1))
                }
            }
            b'2' => {
                if at(i, "2006") {
                    Some((Std::LongYear, 4))
                } else {
                    Some((Std::Day, 1))
                }
            }
            b'_' => {
                if b.get(i + 1) == Some(&b'2') {
                    if at(i + 1, "2006") {
                        return (&layout[..i + 1], Some(Std::LongYear), &layout[i + 5..]);
                    }
                    Some((Std::UnderDay, 2))
                } else if b.get(i + 1) == Some(&b'_') && b.get(i + 2) == Some(&b'2') {
                    Some((Std::UnderYearDay, 3))
                } else {
                    None
                }
            }
            b'3' => Some((Std::Hour12, 1)),
            b'4' => Some((Std::Minute, 1)),
            b'5' => Some((Std::Second, 1)),
            b'P' if at(i, "PM") => Some((Std::PM, 2)),
            b'p' if at(i, "pm") => Some((Std::Pm, 2)),
            b'-' => [
                ("-07:00:00", Std::NumColonSecondsTz),
                ("-070000", Std::NumSecondsTz),
                ("-07:00", Std::NumColonTz),
                ("-0700", Std::NumTz),
                ("-07", Std::NumShortTz),
            ]
            .iter()
            .find(|(p, _)| at(i, p))
            .map(|(p, s)| (*s, p.len())),
            b'Z' => [
                ("Z07:00:00", Std::Iso8601ColonSecondsTz),
                ("Z070000", Std::Iso8601SecondsTz),
                ("Z07:00", Std::Iso8601ColonTz),
                ("Z0700", Std::Iso8601Tz),
                ("Z07", Std::Iso8601ShortTz),
            ]
            .iter()
            .find(|(p, _)| at(i, p))
            .map(|(p, s)| (*s, p.len())),
            c @ (b'.' | b',') => match b.get(i + 1) {
                Some(&d @ (b'0' | b'9')) => {
                    let mut j = i + 1;
                    while j < b.len() && b[j] == d {
                        j += 1;
                    }
                    if b.get(j).is_some_and(u8::is_ascii_digit) {
                        None
                    } else {
                        return (&layout[..i], Some(Std::Frac(c, j - i - 1, d == b'9')), &layout[j..]);
                    }
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((std, len)) = found {
            return (&layout[..i], Some(std), &layout[i + len..]);
        }
    }
    (layout, None, "")
}

fn pad(out: &mut String, v: i64, width: usize) {
    if v < 0 {
        out.push('-');
        out.push_str(&format!("{:0width$}", v.unsigned_abs()));
    } else {
        out.push_str(&format!("{v:0width$}"));
    }
}

/// Formats `p` with a Go layout (`time.Time.Format`).
pub(crate) fn format(layout: &str, p: &Parts) -> String {
    let mut out = String::with_capacity(layout.len() + 10);
    let mut layout = layout;
    loop {
        let (prefix, std, rest) = next_std_chunk(layout);
        out.push_str(prefix);
        let Some(std) = std else {
            break;
        };
        layout = rest;
        let hour12 = match p.hour % 12 {
            0 => 12,
            h => h,
        };
        match std {
            Std::Year => pad(&mut out, (p.year % 100).abs(), 2),
            Std::LongYear => pad(&mut out, p.year, 4),
            Std::Month => out.push_str(&month_name(p.month)[..3]),
            Std::LongMonth => out.push_str(month_name(p.month)),
            Std::NumMonth => pad(&mut out, i64::from(p.month), 0),
            Std::ZeroMonth => pad(&mut out, i64::from(p.month), 2),
            Std::WeekDay => out.push_str(&weekday_name(p.weekday)[..3]),
            Std::LongWeekDay => out.push_str(weekday_name(p.weekday)),
            Std::Day => pad(&mut out, i64::from(p.day), 0),
            Std::UnderDay => out.push_str(&format!("{:>2}", p.day)),
            Std::ZeroDay => pad(&mut out, i64::from(p.day), 2),
            Std::UnderYearDay => out.push_str(&format!("{:>3}", p.yday)),
            Std::ZeroYearDay => pad(&mut out, i64::from(p.yday), 3),
            Std::Hour => pad(&mut out, i64::from(p.hour), 2),
            Std::Hour12 => pad(&mut out, i64::from(hour12), 0),
            Std::ZeroHour12 => pad(&mut out, i64::from(hour12), 2),
            Std::Minute => pad(&mut out, i64::from(p.minute), 0),
            Std::ZeroMinute => pad(&mut out, i64::from(p.minute), 2),
            Std::Second => pad(&mut out, i64::from(p.second), 0),
            Std::ZeroSecond => pad(&mut out, i64::from(p.second), 2),
            Std::PM => out.push_str(if p.hour >= 12 { "PM" } else { "AM" }),
            Std::Pm => out.push_str(if p.hour >= 12 { "pm" } else { "am" }),
            Std::Tz => {
                if p.abbrev.is_empty() {
                    let zone = p.offset / 60;
                    out.push(if zone < 0 { '-' } else { '+' });
                    pad(&mut out, i64::from(zone.abs() / 60), 2);
                    pad(&mut out, i64::from(zone.abs() % 60), 2);
                } else {
                    out.push_str(&p.abbrev);
                }
            }
            Std::Frac(sep, n, trim) => {
                let digits = format!("{:09}", p.nanos);
                let mut d = &digits[..n.min(9)];
                if trim {
                    d = d.trim_end_matches('0');
                }
                if !d.is_empty() || !trim {
                    out.push(char::from(sep));
                    out.push_str(d);
                }
            }
            tz => {
                let iso = matches!(
                    tz,
                    Std::Iso8601Tz
                        | Std::Iso8601SecondsTz
                        | Std::Iso8601ShortTz
                        | Std::Iso8601ColonTz
                        | Std::Iso8601ColonSecondsTz
                );
                if p.offset == 0 && iso {
                    out.push('Z');
                    continue;
                }
                let abs = p.offset.unsigned_abs();
                let zone = abs / 60;
                out.push(if p.offset < 0 { '-' } else { '+' });
                pad(&mut out, i64::from(zone / 60), 2);
                let colon = matches!(
                    tz,
                    Std::Iso8601ColonTz | Std::NumColonTz | Std::Iso8601ColonSecondsTz | Std::NumColonSecondsTz
                );
                if colon {
                    out.push(':');
                }
                if !matches!(tz, Std::NumShortTz | Std::Iso8601ShortTz) {
                    pad(&mut out, i64::from(zone % 60), 2);
                }
                if matches!(
                    tz,
                    Std::Iso8601SecondsTz | Std::NumSecondsTz | Std::NumColonSecondsTz | Std::Iso8601ColonSecondsTz
                ) {
                    if matches!(tz, Std::NumColonSecondsTz | Std::Iso8601ColonSecondsTz) {
                        out.push(':');
                    }
                    pad(&mut out, i64::from(abs % 60), 2);
                }
            }
        }
    }
    out
}

/// The fields a layout parse found; the caller resolves the zone.
#[derive(Clone, Debug, Default)]
pub(crate) struct Parsed {
    pub year: i64,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub nanos: u32,
    /// `Z` or `UTC` was given.
    pub utc: bool,
    /// A numeric offset was given (seconds east).
    pub offset: Option<i32>,
    /// A zone abbreviation was given.
    pub zone_name: Option<String>,
}

fn get_num(v: &str, fixed: bool) -> Option<(i64, &str)> {
    let b = v.as_bytes();
    let d0 = *b.first().filter(|c| c.is_ascii_digit())?;
    match b.get(1) {
        Some(d1) if d1.is_ascii_digit() => Some((i64::from(d0 - b'0') * 10 + i64::from(d1 - b'0'), &v[2..])),
        _ if fixed => None,
        _ => Some((i64::from(d0 - b'0'), &v[1..])),
    }
}

fn get_num3(v: &str, fixed: bool) -> Option<(i64, &str)> {
    let b = v.as_bytes();
    let mut n = 0i64;
    let mut i = 0;
    while i < 3 && b.get(i).is_some_and(u8::is_ascii_digit) {
        n = n * 10 + i64::from(b[i] - b'0');
        i += 1;
    }
    if i == 0 || fixed && i != 3 {
        return None;
    }
    Some((n, &v[i..]))
}

fn lookup<'v>(names: &[&str], v: &'v str, short: bool) -> Option<(u8, &'v str)> {
    for (i, name) in names.iter().enumerate() {
        let name = if short { &name[..3] } else { name };
        if v.len() >= name.len() && v.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return Some((i as u8, &v[name.len()..]));
        }
    }
    None
}

/// Go's `skip`: matches layout text, where a space matches one or more spaces.
fn skip<'v>(mut value: &'v str, prefix: &str) -> Option<&'v str> {
    let mut prefix = prefix;
    while !prefix.is_empty() {
        if prefix.starts_with(' ') {
            if !value.is_empty() && !value.starts_with(' ') {
                return None;
            }
            prefix = prefix.trim_start_matches(' ');
            value = value.trim_start_matches(' ');
            continue;
        }
        let c = prefix.chars().next()?;
        if !value.starts_with(c) {
            return None;
        }
        prefix = &prefix[c.len_utf8()..];
        value = &value[c.len_utf8()..];
    }
    Some(value)
}

fn parse_nanos(v: &str, n: usize) -> Option<u32> {
    let digits = v.get(1..n)?;
    if !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut ns: u64 = 0;
    for (i, c) in digits.bytes().enumerate() {
        if i >= 9 {
            break;
        }
        ns = ns * 10 + u64::from(c - b'0');
    }
    for _ in digits.len()..9 {
        ns *= 10;
    }
    u32::try_from(ns).ok()
}

/// Go's `parseTimeZone`: the length of a zone abbreviation at the start of `v`.
fn parse_time_zone(v: &str) -> Option<usize> {
    let b = v.as_bytes();
    if b.len() < 3 {
        return None;
    }
    if matches!(v.get(..4), Some("ChST" | "MeST")) {
        return Some(4);
    }
    if v.get(..3) == Some("GMT") {
        let rest = &b[3..];
        if rest.first().is_some_and(|c| *c == b'+' || *c == b'-') {
            let n = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return Some(3);
            }
            return Some(4 + n);
        }
        return Some(3);
    }
    if b[0] == b'+' || b[0] == b'-' {
        let n = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        return if n > 0 { Some(1 + n) } else { None };
    }
    let upper = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    match upper {
        3 => Some(3),
        4 if b[3] == b'T' || v.get(..4) == Some("WITA") => Some(4),
        5 if b[4] == b'T' => Some(5),
        _ => None,
    }
}

/// Parses `value` with a Go layout (`time.Parse`), returning the fields or Go's error text.
pub(crate) fn parse(layout_in: &str, value_in: &str) -> Result<Parsed, String> {
    let (mut layout, mut value) = (layout_in, value_in);
    let mut p = Parsed {
        year: 1,
        month: 1,
        day: 1,
        ..Default::default()
    };
    let (mut pm_set, mut am_set) = (false, false);
    let mut yday: i64 = -1;
    let bad = |v: &str, stdstr: &str| {
        format!(
            "parsing time {} as {}: cannot parse {} as {}",
            quote(value_in),
            quote(layout_in),
            quote(v),
            quote(stdstr)
        )
    };
    let range = |what: &str| format!("parsing time {}: {what} out of range", quote(value_in));
    loop {
        let (prefix, std, suffix) = next_std_chunk(layout);
        let stdstr = &layout[prefix.len()..layout.len() - suffix.len()];
        value = skip(value, prefix).ok_or_else(|| bad(value, prefix))?;
        let Some(std) = std else {
            if !value.is_empty() {
                return Err(format!(
                    "parsing time {}: extra text: {}",
                    quote(value_in),
                    quote(value)
                ));
            }
            break;
        };
        layout = suffix;
        let hold = value;
        let fail = || bad(hold, stdstr);
        match std {
            Std::Year => {
                let v = value
                    .get(..2)
                    .filter(|d| d.bytes().all(|c| c.is_ascii_digit()))
                    .ok_or_else(fail)?;
                let y: i64 = v.parse().map_err(|_| fail())?;
                p.year = if y >= 69 { y + 1900 } else { y + 2000 };
                value = &value[2..];
            }
            Std::LongYear => {
                let v = value
                    .get(..4)
                    .filter(|d| d.bytes().all(|c| c.is_ascii_digit()))
                    .ok_or_else(fail)?;
                p.year = v.parse().map_err(|_| fail())?;
                value = &value[4..];
            }
            Std::Month | Std::LongMonth => {
                let (m, rest) = lookup(&LONG_MONTHS, value, std == Std::Month).ok_or_else(fail)?;
                p.month = m + 1;
                value = rest;
            }
            Std::NumMonth | Std::ZeroMonth => {
                let (m, rest) = get_num(value, std == Std::ZeroMonth).ok_or_else(fail)?;
                if !(1..=12).contains(&m) {
                    return Err(range("month"));
                }
                p.month = m as u8;
                value = rest;
            }
            Std::WeekDay | Std::LongWeekDay => {
                let (_, rest) = lookup(&LONG_DAYS, value, std == Std::WeekDay).ok_or_else(fail)?;
                value = rest;
            }
            Std::Day | Std::UnderDay | Std::ZeroDay => {
                if std == Std::UnderDay && value.starts_with(' ') {
                    value = &value[1..];
                }
                let (d, rest) = get_num(value, std == Std::ZeroDay).ok_or_else(fail)?;
                p.day = d as u8;
                value = rest;
            }
            Std::UnderYearDay | Std::ZeroYearDay => {
                for _ in 0..2 {
                    if std == Std::UnderYearDay && value.starts_with(' ') {
                        value = &value[1..];
                    }
                }
                let (d, rest) = get_num3(value, std == Std::ZeroYearDay).ok_or_else(fail)?;
                yday = d;
                value = rest;
            }
            Std::Hour => {
                let (h, rest) = get_num(value, false).ok_or_else(fail)?;
                if h > 23 {
                    return Err(range("hour"));
                }
                p.hour = h as u8;
                value = rest;
            }
            Std::Hour12 | Std::ZeroHour12 => {
                let (h, rest) = get_num(value, std == Std::ZeroHour12).ok_or_else(fail)?;
                if h > 12 {
                    return Err(range("hour"));
                }
                p.hour = h as u8;
                value = rest;
            }
            Std::Minute | Std::ZeroMinute => {
                let (m, rest) = get_num(value, std == Std::ZeroMinute).ok_or_else(fail)?;
                if m > 59 {
                    return Err(range("minute"));
                }
                p.minute = m as u8;
                value = rest;
            }
            Std::Second | Std::ZeroSecond => {
                let (s, rest) = get_num(value, std == Std::ZeroSecond).ok_or_else(fail)?;
                if s > 59 {
                    return Err(range("second"));
                }
                p.second = s as u8;
                value = rest;
                // A fractional second may follow even when the layout has none.
                let b = value.as_bytes();
                if b.len() >= 2
                    && (b[0] == b'.' || b[0] == b',')
                    && b[1].is_ascii_digit()
                    && !matches!(next_std_chunk(layout).1, Some(Std::Frac(..)))
                {
                    let n = 1 + b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                    p.nanos = parse_nanos(value, n).ok_or_else(fail)?;
                    value = &value[n..];
                }
            }
            Std::PM | Std::Pm => {
                let v = value.get(..2).ok_or_else(fail)?;
                let (pm, am) = if std == Std::PM { ("PM", "AM") } else { ("pm", "am") };
                if v == pm {
                    pm_set = true;
                } else if v == am {
                    am_set = true;
                } else {
                    return Err(fail());
                }
                value = &value[2..];
            }
            Std::Tz => {
                if value.starts_with("UTC") {
                    p.utc = true;
                    value = &value[3..];
                    continue;
                }
                let n = parse_time_zone(value).ok_or_else(fail)?;
                p.zone_name = Some(value[..n].to_string());
                value = &value[n..];
            }
            Std::Frac(_, n, trim) => {
                if trim {
                    let b = value.as_bytes();
                    if b.len() < 2 || !(b[0] == b'.' || b[0] == b',') || !b[1].is_ascii_digit() {
                        continue;
                    }
                    let k = 1 + b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                    p.nanos = parse_nanos(value, k).ok_or_else(fail)?;
                    value = &value[k..];
                } else {
                    let k = n + 1;
                    if value.len() < k || !(value.starts_with('.') || value.starts_with(',')) {
                        return Err(fail());
                    }
                    p.nanos = parse_nanos(value, k).ok_or_else(fail)?;
                    value = &value[k..];
                }
            }
            tz => {
                let iso = matches!(
                    tz,
                    Std::Iso8601Tz
                        | Std::Iso8601SecondsTz
                        | Std::Iso8601ShortTz
                        | Std::Iso8601ColonTz
                        | Std::Iso8601ColonSecondsTz
                );
                if iso && value.starts_with('Z') {
                    value = &value[1..];
                    p.utc = true;
                    continue;
                }
                let (colon, secs, short) = match tz {
                    Std::Iso8601ColonTz | Std::NumColonTz => (true, false, false),
                    Std::Iso8601ShortTz | Std::NumShortTz => (false, false, true),
                    Std::Iso8601ColonSecondsTz | Std::NumColonSecondsTz => (true, true, false),
                    Std::Iso8601SecondsTz | Std::NumSecondsTz => (false, true, false),
                    _ => (false, false, false),
                };
                let b = value.as_bytes();
                let sign = match b.first() {
                    Some(b'+') => 1,
                    Some(b'-') => -1,
                    _ => return Err(fail()),
                };
                let two = |i: usize| -> Option<i32> {
                    let d = b.get(i..i + 2)?;
                    if d.iter().all(u8::is_ascii_digit) {
                        Some(i32::from(d[0] - b'0') * 10 + i32::from(d[1] - b'0'))
                    } else {
                        None
                    }
                };
                let hh = two(1).ok_or_else(fail)?;
                let mut i = 3;
                let mut mm = 0;
                let mut ss = 0;
                if !short {
                    if colon {
                        if b.get(i) != Some(&b':') {
                            return Err(fail());
                        }
                        i += 1;
                    }
                    mm = two(i).ok_or_else(fail)?;
                    i += 2;
                    if secs {
                        if colon {
                            if b.get(i) != Some(&b':') {
                                return Err(fail());
                            }
                            i += 1;
                        }
                        ss = two(i).ok_or_else(fail)?;
                        i += 2;
                    }
                }
                if hh > 24 || mm > 60 || ss > 60 {
                    return Err(range("time zone offset"));
                }
                p.offset = Some(sign * (hh * 3600 + mm * 60 + ss));
                value = &value[i..];
            }
        }
    }
    if pm_set && p.hour < 12 {
        p.hour += 12;
    } else if am_set && p.hour == 12 {
        p.hour = 0;
    }
    if yday >= 0 {
        let leap = p.year % 4 == 0 && (p.year % 100 != 0 || p.year % 400 == 0);
        if yday < 1 || yday > if leap { 366 } else { 365 } {
            return Err(range("day-of-year"));
        }
        let mut left = yday;
        let mut month = 1u8;
        for m in 1..=12u8 {
            let dim = days_in_month(p.year, m);
            if left <= dim {
                month = m;
                break;
            }
            left -= dim;
        }
        p.month = month;
        p.day = left as u8;
    }
    if p.day < 1 || i64::from(p.day) > days_in_month(p.year, p.month) {
        return Err(range("day"));
    }
    Ok(p)
}

/// Returns the number of days in a month of the proleptic Gregorian calendar.
pub(crate) fn days_in_month(year: i64, month: u8) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) {
                29
            } else {
                28
            }
        }
    }
}

// ----- durations -----

fn frac(v: u64, prec: u32) -> (String, u64) {
    let p = 10u64.pow(prec);
    let digits = format!("{:0width$}", v % p, width = prec as usize);
    let trimmed = digits.trim_end_matches('0');
    let s = if trimmed.is_empty() {
        String::new()
    } else {
        format!(".{trimmed}")
    };
    (s, v / p)
}

/// Formats nanoseconds like Go's `time.Duration.String` (`1h2m3.5s`, `150ms`, `0s`).
pub fn format_duration(d: i64) -> String {
    let neg = d < 0;
    let u = d.unsigned_abs();
    let mut out = if u < 1_000_000_000 {
        let (unit, prec) = match u {
            0 => return "0s".to_string(),
            1..=999 => ("ns", 0),
            1_000..=999_999 => ("µs", 3),
            _ => ("ms", 6),
        };
        let (f, int) = frac(u, prec);
        format!("{int}{f}{unit}")
    } else {
        let (f, secs) = frac(u, 9);
        let (s, m) = (secs % 60, secs / 60);
        if m > 0 {
            let (mi, h) = (m % 60, m / 60);
            if h > 0 {
                format!("{h}h{mi}m{s}{f}s")
            } else {
                format!("{mi}m{s}{f}s")
            }
        } else {
            format!("{s}{f}s")
        }
    };
    if neg {
        out.insert(0, '-');
    }
    out
}

/// Parses a Go duration string (`time.ParseDuration`: `1h30m`, `-1.5s`, `300ms`) into
/// nanoseconds, or returns Go's error text.
pub fn parse_duration(orig: &str) -> Result<i64, String> {
    let invalid = || format!("time: invalid duration {}", quote(orig));
    let mut s = orig;
    let mut neg = false;
    if let Some(c) = s.chars().next()
        && (c == '-' || c == '+')
    {
        neg = c == '-';
        s = &s[1..];
    }
    if s == "0" {
        return Ok(0);
    }
    if s.is_empty() {
        return Err(invalid());
    }
    let mut d: u128 = 0;
    while !s.is_empty() {
        let b = s.as_bytes();
        if !(b[0] == b'.' || b[0].is_ascii_digit()) {
            return Err(invalid());
        }
        let n_int = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let mut v: u128 = 0;
        for c in &b[..n_int] {
            v = v * 10 + u128::from(c - b'0');
            if v > 1 << 63 {
                return Err(invalid());
            }
        }
        s = &s[n_int..];
        let pre = n_int > 0;
        let mut post = false;
        let (mut f, mut scale) = (0u128, 1f64);
        if s.starts_with('.') {
            s = &s[1..];
            let n_frac = s.bytes().take_while(u8::is_ascii_digit).count();
            let mut overflow = false;
            for c in s[..n_frac].bytes() {
                if overflow {
                    continue;
                }
                if f > (1u128 << 63) / 10 {
                    overflow = true;
                    continue;
                }
                f = f * 10 + u128::from(c - b'0');
                scale *= 10.0;
            }
            post = n_frac > 0;
            s = &s[n_frac..];
        }
        if !pre && !post {
            return Err(invalid());
        }
        let n_unit = s.bytes().take_while(|c| !(*c == b'.' || c.is_ascii_digit())).count();
        if n_unit == 0 {
            return Err(format!("time: missing unit in duration {}", quote(orig)));
        }
        let u = &s[..n_unit];
        s = &s[n_unit..];
        let unit: u128 = match u {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60_000_000_000,
            "h" => 3_600_000_000_000,
            _ => return Err(format!("time: unknown unit {} in duration {}", quote(u), quote(orig))),
        };
        if v > (1u128 << 63) / unit {
            return Err(invalid());
        }
        v *= unit;
        if f > 0 {
            v += (f as f64 * (unit as f64 / scale)) as u128;
            if v > 1 << 63 {
                return Err(invalid());
            }
        }
        d += v;
        if d > 1 << 63 {
            return Err(invalid());
        }
    }
    if neg {
        return Ok((d as i128).wrapping_neg() as i64);
    }
    i64::try_from(d).map_err(|_| invalid())
}
