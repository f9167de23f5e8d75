//! The parts of Go's `strconv` the template engine needs: quoting and unquoting Go string
//! and character literals, parsing Go integer and float literals (`0x1F`, `0o17`, `1_000`,
//! `0x1.8p3`), and `FormatFloat` for the `e`, `f`, `g`, `b` and `x` formats.

/// Why a number did not parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumError {
    /// Not a valid literal.
    Syntax,
    /// Valid but out of range.
    Range,
}

/// Reports whether Go's `unicode.IsPrint` holds for `c`: letters, marks, numbers,
/// punctuation, symbols and the ASCII space.
pub fn is_print(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    // Rust's debug escaping leaves exactly the graphic characters alone (marks included when
    // they do not start the string), which matches Go's definition closely.
    let mut probe = String::with_capacity(8);
    probe.push('a');
    probe.push(c);
    probe.escape_debug().eq(probe.chars())
}

fn push_escaped_rune(out: &mut String, c: char, quote: char, ascii_only: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    if c == quote || c == '\\' {
        out.push('\\');
        out.push(c);
        return;
    }
    if ascii_only {
        if c.is_ascii() && is_print(c) {
            out.push(c);
            return;
        }
    } else if is_print(c) {
        out.push(c);
        return;
    }
    match c {
        '\u{7}' => out.push_str("\\a"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{b}' => out.push_str("\\v"),
        _ => {
            let r = c as u32;
            if r < 0x20 || r == 0x7f {
                out.push_str("\\x");
                out.push(char::from(HEX[(r >> 4) as usize & 0xf]));
                out.push(char::from(HEX[r as usize & 0xf]));
            } else if r < 0x10000 {
                out.push_str("\\u");
                for shift in [12u32, 8, 4, 0] {
                    out.push(char::from(HEX[(r >> shift) as usize & 0xf]));
                }
            } else {
                out.push_str("\\U");
                for shift in [28u32, 24, 20, 16, 12, 8, 4, 0] {
                    out.push(char::from(HEX[(r >> shift) as usize & 0xf]));
                }
            }
        }
    }
}

/// Returns `s` as a double-quoted Go string literal (`strconv.Quote`).
pub fn quote(s: &str) -> String {
    quote_with(s, false)
}

/// Returns `s` as a double-quoted Go string literal with only ASCII characters
/// (`strconv.QuoteToASCII`).
pub fn quote_to_ascii(s: &str) -> String {
    quote_with(s, true)
}

fn quote_with(s: &str, ascii_only: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s, ascii_only);
    out
}

/// Appends `s` as a double-quoted Go string literal (`strconv.Quote`, or `QuoteToASCII`
/// with `ascii_only`) to `out`.
pub fn push_quoted(out: &mut String, s: &str, ascii_only: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut rest = s;
    while !rest.is_empty() {
        // Printable ASCII other than the quote and the backslash is copied as is.
        let plain = rest
            .bytes()
            .position(|b| !(b' '..=b'~').contains(&b) || b == b'"' || b == b'\\')
            .unwrap_or(rest.len());
        out.push_str(&rest[..plain]);
        rest = &rest[plain..];
        let Some(c) = rest.chars().next() else { break };
        push_escaped_rune(out, c, '"', ascii_only);
        rest = &rest[c.len_utf8()..];
    }
    out.push('"');
}

/// Returns the rune `r` as a single-quoted Go character literal (`strconv.QuoteRune`);
/// invalid code points print as `'�'`.
pub fn quote_rune(r: u64, ascii_only: bool) -> String {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{fffd}');
    let mut out = String::with_capacity(8);
    out.push('\'');
    push_escaped_rune(&mut out, c, '\'', ascii_only);
    out.push('\'');
    out
}

/// Reports whether `s` can be written as a Go raw string literal (`strconv.CanBackquote`).
pub fn can_backquote(s: &str) -> bool {
    s.chars()
        .all(|c| !((c < ' ' && c != '\t') || c == '`' || c == '\u{7f}' || c == '\u{feff}'))
}

/// Decodes one character or escape of a quoted literal: returns the value, whether it is a
/// full rune (as opposed to a raw byte from `\x` or octal), and the rest of the input.
fn unquote_char(s: &str, quote: u8) -> Result<(u32, bool, &str), NumError> {
    let bytes = s.as_bytes();
    let Some(&c) = bytes.first() else {
        return Err(NumError::Syntax);
    };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(NumError::Syntax);
    }
    if c >= 0x80 {
        let ch = s.chars().next().ok_or(NumError::Syntax)?;
        return Ok((ch as u32, true, &s[ch.len_utf8()..]));
    }
    if c != b'\\' {
        return Ok((u32::from(c), false, &s[1..]));
    }
    let Some(&esc) = bytes.get(1) else {
        return Err(NumError::Syntax);
    };
    if !esc.is_ascii() {
        return Err(NumError::Syntax);
    }
    let rest = &s[2..];
    let simple = match esc {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(u32::from(b'\\')),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((v, false, rest));
    }
    match esc {
        b'x' | b'u' | b'U' => {
            let n = match esc {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = rest.get(..n).ok_or(NumError::Syntax)?;
            let mut v: u32 = 0;
            for d in digits.chars() {
                v = v << 4 | d.to_digit(16).ok_or(NumError::Syntax)?;
            }
            if esc == b'x' {
                return Ok((v, false, &rest[n..]));
            }
            if char::from_u32(v).is_none() {
                return Err(NumError::Syntax);
            }
            Ok((v, true, &rest[n..]))
        }
        b'0'..=b'7' => {
            let digits = rest.get(..2).ok_or(NumError::Syntax)?;
            let mut v = u32::from(esc - b'0');
            for d in digits.bytes() {
                if !(b'0'..=b'7').contains(&d) {
                    return Err(NumError::Syntax);
                }
                v = v << 3 | u32::from(d - b'0');
            }
            if v > 255 {
                return Err(NumError::Syntax);
            }
            Ok((v, false, &rest[2..]))
        }
        b'\'' | b'"' => {
            if esc != quote {
                return Err(NumError::Syntax);
            }
            Ok((u32::from(esc), false, rest))
        }
        _ => Err(NumError::Syntax),
    }
}

/// Decodes the body of a character constant (the text after the opening `'`): returns the
/// rune and the remaining text, which must be `'` for a well-formed constant.
pub(crate) fn unquote_char_constant(s: &str) -> Result<(u32, &str), NumError> {
    let (v, _, rest) = unquote_char(s, b'\'')?;
    Ok((v, rest))
}

/// Interprets a Go string literal (`"..."` or `` `...` ``), as `strconv.Unquote` does.
/// Bytes that do not form UTF-8 (from `\x` or octal escapes) become U+FFFD.
pub(crate) fn unquote(s: &str) -> Result<String, NumError> {
    let bytes = s.as_bytes();
    if bytes.len() < 2 {
        return Err(NumError::Syntax);
    }
    let q = bytes[0];
    if bytes[bytes.len() - 1] != q {
        return Err(NumError::Syntax);
    }
    let body = &s[1..s.len() - 1];
    match q {
        b'`' => {
            if body.contains('`') {
                return Err(NumError::Syntax);
            }
            Ok(body.replace('\r', ""))
        }
        b'"' | b'\'' => {
            if body.contains('\n') {
                return Err(NumError::Syntax);
            }
            let mut buf: Vec<u8> = Vec::with_capacity(body.len());
            let mut rest = body;
            while !rest.is_empty() {
                let (v, multibyte, tail) = unquote_char(rest, q)?;
                rest = tail;
                if v < 0x80 || !multibyte {
                    buf.push(v as u8);
                } else {
                    let ch = char::from_u32(v).unwrap_or('\u{fffd}');
                    let mut tmp = [0u8; 4];
                    buf.extend_from_slice(ch.encode_utf8(&mut tmp).as_bytes());
                }
                if q == b'\'' {
                    break;
                }
            }
            if q == b'\'' && (!rest.is_empty() || buf.is_empty()) {
                return Err(NumError::Syntax);
            }
            Ok(String::from_utf8_lossy(&buf).into_owned())
        }
        _ => Err(NumError::Syntax),
    }
}

/// Reports whether the underscores in a Go number literal are placed legally: only between
/// digits, or between a base prefix and a digit.
fn underscore_ok(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+') | Some(b'-')) {
        i = 1;
    }
    let mut saw = b'^';
    let mut hex = false;
    if b.len() >= i + 2 && b[i] == b'0' && matches!(b[i + 1] | 0x20, b'b' | b'o' | b'x') {
        hex = b[i + 1] | 0x20 == b'x';
        i += 2;
        saw = b'0';
    }
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() || (hex && (c | 0x20).is_ascii_hexdigit()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// Parses an unsigned Go integer literal with base prefixes (`strconv.ParseUint(s, 0, 64)`).
pub(crate) fn parse_uint(s: &str) -> Result<u64, NumError> {
    if s.is_empty() {
        return Err(NumError::Syntax);
    }
    let b = s.as_bytes();
    let (base, digits): (u64, &[u8]) = if b[0] == b'0' && b.len() >= 3 && (b[1] | 0x20) == b'b' {
        (2, &b[2..])
    } else if b[0] == b'0' && b.len() >= 3 && (b[1] | 0x20) == b'o' {
        (8, &b[2..])
    } else if b[0] == b'0' && b.len() >= 3 && (b[1] | 0x20) == b'x' {
        (16, &b[2..])
    } else if b[0] == b'0' {
        (8, &b[1..])
    } else {
        (10, b)
    };
    let mut n: u64 = 0;
    let mut underscores = false;
    for &c in digits {
        if c == b'_' {
            underscores = true;
            continue;
        }
        let d = match c {
            b'0'..=b'9' => u64::from(c - b'0'),
            b'a'..=b'z' => u64::from(c - b'a') + 10,
            b'A'..=b'Z' => u64::from(c - b'A') + 10,
            _ => return Err(NumError::Syntax),
        };
        if d >= base {
            return Err(NumError::Syntax);
        }
        n = n
            .checked_mul(base)
            .and_then(|n| n.checked_add(d))
            .ok_or(NumError::Range)?;
    }
    if underscores && !underscore_ok(s) {
        return Err(NumError::Syntax);
    }
    Ok(n)
}

/// Parses a signed Go integer literal with base prefixes (`strconv.ParseInt(s, 0, 64)`).
pub(crate) fn parse_int(s: &str) -> Result<i64, NumError> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let u = parse_uint(body)?;
    if neg {
        if u > 1 << 63 {
            return Err(NumError::Range);
        }
        Ok((u as i64).wrapping_neg())
    } else {
        i64::try_from(u).map_err(|_| NumError::Range)
    }
}

/// Multiplies `x` by 2^`e` without intermediate overflow.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e as i32)
}

/// Parses a Go float literal, decimal or hexadecimal (`strconv.ParseFloat(s, 64)`).
pub(crate) fn parse_float(s: &str) -> Result<f64, NumError> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut neg = false;
    if matches!(b.first(), Some(b'+') | Some(b'-')) {
        neg = b[0] == b'-';
        i = 1;
    }
    let rest = &s[i..];
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    if s.contains('_') && !underscore_ok(s) {
        return Err(NumError::Syntax);
    }
    let clean: String = rest.chars().filter(|&c| c != '_').collect();
    let cb = clean.as_bytes();
    let v = if cb.len() >= 2 && cb[0] == b'0' && (cb[1] | 0x20) == b'x' {
        parse_hex_float(&clean[2..])?
    } else {
        if clean.is_empty()
            || !clean
                .bytes()
                .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
        {
            return Err(NumError::Syntax);
        }
        if !clean.bytes().any(|c| c.is_ascii_digit()) {
            return Err(NumError::Syntax);
        }
        let v: f64 = clean.parse().map_err(|_| NumError::Syntax)?;
        if v.is_infinite() {
            return Err(NumError::Range);
        }
        v
    };
    Ok(if neg { -v } else { v })
}

fn parse_hex_float(s: &str) -> Result<f64, NumError> {
    let b = s.as_bytes();
    let mut mant: u128 = 0;
    let mut exp: i64 = 0;
    let mut saw_dot = false;
    let mut saw_digit = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'.' {
            if saw_dot {
                return Err(NumError::Syntax);
            }
            saw_dot = true;
        } else if let Some(d) = char::from(c).to_digit(16) {
            saw_digit = true;
            if mant < (1u128 << 120) {
                mant = mant * 16 + u128::from(d);
                if saw_dot {
                    exp -= 4;
                }
            } else if !saw_dot {
                exp += 4;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !saw_digit || i >= b.len() || (b[i] | 0x20) != b'p' {
        return Err(NumError::Syntax);
    }
    let e: i64 = s[i + 1..].parse().map_err(|_| NumError::Syntax)?;
    let v = ldexp(mant as f64, exp.saturating_add(e));
    if v.is_infinite() {
        return Err(NumError::Range);
    }
    Ok(v)
}

/// Decimal digits of a positive finite float: `0.d1d2d3… × 10^dp`.
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

fn digits_from_exp(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
    if d == [b'0'] {
        return Digits { d: Vec::new(), dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// The shortest digits that read back as `v`.
fn shortest_digits(v: f64) -> Digits {
    if v == 0.0 {
        return Digits { d: Vec::new(), dp: 0 };
    }
    digits_from_exp(&format!("{:e}", v.abs()))
}

/// `v` correctly rounded to `n` (at least 1) significant digits, trailing zeros removed.
fn significant_digits(v: f64, n: usize) -> Digits {
    if v == 0.0 {
        return Digits { d: Vec::new(), dp: 0 };
    }
    digits_from_exp(&format!("{:.*e}", n.max(1) - 1, v.abs()))
}

fn fmt_e(out: &mut String, dg: &Digits, prec: i32, echar: char) {
    out.push(dg.d.first().map_or('0', |&c| char::from(c)));
    if prec > 0 {
        out.push('.');
        let mut i = 1usize;
        let end = dg.d.len().min(prec as usize + 1);
        while i < end {
            out.push(char::from(dg.d[i]));
            i += 1;
        }
        while i <= prec as usize {
            out.push('0');
            i += 1;
        }
    }
    out.push(echar);
    let mut exp = if dg.d.is_empty() { 0 } else { dg.dp - 1 };
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

fn fmt_f(out: &mut String, dg: &Digits, prec: i32) {
    if dg.dp > 0 {
        let dp = dg.dp as usize;
        let m = dg.d.len().min(dp);
        out.extend(dg.d[..m].iter().map(|&c| char::from(c)));
        for _ in m..dp {
            out.push('0');
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            let j = i64::from(dg.dp) + i64::from(i) - 1;
            let ch = if j >= 0 && (j as usize) < dg.d.len() {
                char::from(dg.d[j as usize])
            } else {
                '0'
            };
            out.push(ch);
        }
    }
}

/// Formats `v` like Go's `strconv.FormatFloat(v, fmt, prec, 64)`: `fmt` is one of
/// `b e E f g G x X`, and `prec < 0` asks for the fewest digits that read back exactly.
pub fn format_float(v: f64, fmt: char, prec: i32) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".to_string()
        } else {
            "-Inf".to_string()
        };
    }
    let mut out = String::new();
    if v.is_sign_negative() {
        out.push('-');
    }
    match fmt {
        'b' => {
            let bits = v.to_bits();
            let mut exp = ((bits >> 52) & 0x7ff) as i64;
            let mut mant = bits & ((1u64 << 52) - 1);
            if exp == 0 {
                exp += 1;
            } else {
                mant |= 1u64 << 52;
            }
            exp += -1023 - 52;
            out.push_str(&mant.to_string());
            out.push('p');
            if exp >= 0 {
                out.push('+');
            }
            out.push_str(&exp.to_string());
        }
        'x' | 'X' => fmt_x(&mut out, v, prec, fmt),
        'f' if prec >= 0 => out.push_str(&format!("{:.*}", prec as usize, v.abs())),
        'e' | 'E' | 'f' | 'g' | 'G' => {
            let shortest = prec < 0;
            let dg = if shortest {
                shortest_digits(v)
            } else {
                match fmt {
                    'e' | 'E' => significant_digits(v, prec as usize + 1),
                    _ => significant_digits(v, (prec.max(1)) as usize),
                }
            };
            let nd = dg.d.len() as i32;
            let mut prec = if shortest {
                match fmt {
                    'e' | 'E' => (nd - 1).max(0),
                    'f' => (nd - dg.dp).max(0),
                    _ => nd,
                }
            } else if prec == 0 && (fmt == 'g' || fmt == 'G') {
                1
            } else {
                prec
            };
            match fmt {
                'e' | 'E' => fmt_e(&mut out, &dg, prec, fmt),
                'f' => fmt_f(&mut out, &dg, prec),
                _ => {
                    let mut eprec = prec;
                    if eprec > nd && nd >= dg.dp {
                        eprec = nd;
                    }
                    if shortest {
                        eprec = 6;
                    }
                    let exp = dg.dp - 1;
                    if exp < -4 || exp >= eprec {
                        if prec > nd {
                            prec = nd;
                        }
                        fmt_e(&mut out, &dg, prec - 1, if fmt == 'g' { 'e' } else { 'E' });
                    } else {
                        if prec > dg.dp {
                            prec = nd;
                        }
                        fmt_f(&mut out, &dg, (prec - dg.dp).max(0));
                    }
                }
            }
        }
        other => {
            out.clear();
            out.push('%');
            out.push(other);
        }
    }
    out
}

fn fmt_x(out: &mut String, v: f64, prec: i32, fmt: char) {
    let bits = v.to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << 52;
    }
    exp -= 1023;
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - 52;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1u64 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == 'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    out.push('0');
    out.push(fmt);
    out.push(char::from(b'0' + ((mant >> 60) & 1) as u8));
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(char::from(hex[((mant >> 60) & 15) as usize]));
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(char::from(hex[((mant >> 60) & 15) as usize]));
            mant <<= 4;
        }
    }
    out.push(if fmt == 'X' { 'P' } else { 'p' });
    if exp < 0 {
        out.push('-');
        exp = -exp;
    } else {
        out.push('+');
    }
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_format_like_go() {
        assert_eq!(format_float(1e6, 'g', -1), "1e+06");
        assert_eq!(format_float(123456789.0, 'g', -1), "1.23456789e+08");
        assert_eq!(format_float(100000.0, 'g', -1), "100000");
        assert_eq!(format_float(0.0001, 'g', -1), "0.0001");
        assert_eq!(format_float(0.00001, 'g', -1), "1e-05");
        assert_eq!(format_float(3.5, 'g', -1), "3.5");
        assert_eq!(format_float(0.0, 'g', -1), "0");
        assert_eq!(format_float(-0.0, 'g', -1), "-0");
        assert_eq!(format_float(1.0, 'e', 6), "1.000000e+00");
        assert_eq!(format_float(1234.5678, 'f', 2), "1234.57");
        assert_eq!(format_float(1.0, 'g', 3), "1");
        assert_eq!(format_float(100000.0, 'g', 3), "1e+05");
        assert_eq!(format_float(1.0, 'b', -1), "4503599627370496p-52");
        assert_eq!(format_float(1.0, 'x', -1), "0x1p+00");
        assert_eq!(format_float(7.5, 'x', -1), "0x1.ep+02");
        assert_eq!(format_float(1e21, 'e', -1), "1e+21");
        assert_eq!(format_float(1e100, 'e', -1), "1e+100");
    }

    #[test]
    fn literals_parse_like_go() {
        assert_eq!(parse_int("0x123"), Ok(0x123));
        assert_eq!(parse_int("0377"), Ok(255));
        assert_eq!(parse_int("0o_3_7_7"), Ok(255));
        assert_eq!(parse_int("0b_1_0_1"), Ok(5));
        assert_eq!(parse_int("12_34"), Ok(1234));
        assert_eq!(parse_int("1__2"), Err(NumError::Syntax));
        assert_eq!(parse_uint("0x8000000000000000"), Ok(1 << 63));
        assert_eq!(parse_int("0x8000000000000000"), Err(NumError::Range));
        assert_eq!(parse_float("+0x1.ep+2"), Ok(7.5));
        assert_eq!(parse_float("0x_1.e_0p+0_2"), Ok(7.5));
        assert_eq!(parse_float("0_0_1_2_3.4"), Ok(123.4));
        assert_eq!(parse_float("1e400"), Err(NumError::Range));
    }

    #[test]
    fn strings_quote_and_unquote_like_go() {
        assert_eq!(quote("a\"b\n\u{1}é"), "\"a\\\"b\\n\\x01é\"");
        assert_eq!(quote_to_ascii("é"), "\"\\u00e9\"");
        assert_eq!(unquote("\"a\\tb\\x41\\u00e9\"").as_deref(), Ok("a\tbAé"));
        assert_eq!(unquote("`a\r\nb`").as_deref(), Ok("a\nb"));
        assert_eq!(unquote("\"\\'\""), Err(NumError::Syntax));
        assert_eq!(quote_rune(u64::from(b'x'), false), "'x'");
    }
}
