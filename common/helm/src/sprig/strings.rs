//! Sprig's string functions: trimming, case, `substr`/`trunc`/`abbrev`, quoting, `cat`,
//! `indent`, `replace`, `plural`, `split`/`join`/`sortAlpha`/`toStrings`, word case
//! conversions (`snakecase`, `camelcase`, `kebabcase`, `swapcase`), `wrap`, random strings,
//! and the base64/base32 encodings.
//!
//! Byte-oriented Go functions (`trunc`, `substr`, `wrap`, `nospace`, `initials`) work on
//! bytes like Go; where Go would produce invalid UTF-8, the result is made valid with
//! replacement characters. Go's `unicode.IsPunct` is applied exactly for ASCII only.

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use rand::Rng;

use super::convert::{list_items, strval};
use super::{A, B, I, L, M, Reg, S, arg, int_arg, str_arg, str_list};
use crate::fmt;
use crate::func::{FuncError, FuncResult};
use crate::value::{Map, Value};

/// The largest string the repeating functions build (Go would run out of memory instead).
const MAX_OUTPUT: usize = 1 << 28;

pub(crate) fn register(r: &mut Reg<'_>) {
    r.add("abbrev", &[I, S], S, |a| {
        Ok(Value::string(abbrev(int_arg(a, 0), str_arg(a, 1))))
    });
    r.add("abbrevboth", &[I, I, S], S, |a| {
        let (left, right, s) = (int_arg(a, 0), int_arg(a, 1), str_arg(a, 2));
        if right < 4 || left > 0 && right < 7 {
            return Ok(Value::string(s));
        }
        Ok(Value::string(abbreviate_full(s, left, right).unwrap_or_default()))
    });
    r.add("trunc", &[I, S], S, |a| {
        Ok(Value::string(trunc(int_arg(a, 0), str_arg(a, 1))))
    });
    r.add("trim", &[S], S, |a| {
        Ok(Value::string(str_arg(a, 0).trim_matches(is_space)))
    });
    r.add("upper", &[S], S, |a| {
        let s = str_arg(a, 0);
        Ok(Value::build_string(|out| {
            if s.is_ascii() {
                let start = out.len();
                out.push_str(s);
                if let Some(tail) = out.get_mut(start..) {
                    tail.make_ascii_uppercase();
                }
            } else {
                for c in s.chars() {
                    out.extend(c.to_uppercase());
                }
            }
        }))
    });
    r.add("lower", &[S], S, |a| Ok(Value::string(str_arg(a, 0).to_lowercase())));
    r.add("title", &[S], S, |a| Ok(Value::string(title(str_arg(a, 0)))));
    r.add("untitle", &[S], S, |a| Ok(Value::string(untitle(str_arg(a, 0)))));
    r.add("substr", &[I, I, S], S, |a| {
        substr(int_arg(a, 0), int_arg(a, 1), str_arg(a, 2))
    });
    r.add("repeat", &[I, S], S, |a| {
        repeat(str_arg(a, 1), int_arg(a, 0)).map(Value::string)
    });
    r.add("trimAll", &[S, S], S, |a| {
        let cut: Vec<char> = str_arg(a, 0).chars().collect();
        Ok(Value::string(str_arg(a, 1).trim_matches(cut.as_slice())))
    });
    r.alias("trimall", "trimAll");
    r.add("trimSuffix", &[S, S], S, |a| {
        let (suf, s) = (str_arg(a, 0), str_arg(a, 1));
        Ok(Value::string(s.strip_suffix(suf).unwrap_or(s)))
    });
    r.add("trimPrefix", &[S, S], S, |a| {
        let (pre, s) = (str_arg(a, 0), str_arg(a, 1));
        Ok(Value::string(s.strip_prefix(pre).unwrap_or(s)))
    });
    r.add("nospace", &[S], S, |a| Ok(Value::string(nospace(str_arg(a, 0)))));
    r.add("initials", &[S], S, |a| Ok(Value::string(initials(str_arg(a, 0)))));
    r.add("randAlphaNum", &[I], S, |a| {
        random_string(
            int_arg(a, 0),
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        )
    });
    r.add("randAlpha", &[I], S, |a| {
        random_string(int_arg(a, 0), b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    });
    r.add("randNumeric", &[I], S, |a| random_string(int_arg(a, 0), b"0123456789"));
    r.add("randAscii", &[I], S, |a| {
        let printable: Vec<u8> = (32u8..=126).collect();
        random_string(int_arg(a, 0), &printable)
    });
    r.add("swapcase", &[S], S, |a| Ok(Value::string(swapcase(str_arg(a, 0)))));
    r.add("shuffle", &[S], S, |a| {
        let mut chars: Vec<char> = str_arg(a, 0).chars().collect();
        let mut rng = rand::rng();
        for i in (1..chars.len()).rev() {
            let j = rng.random_range(0..=i);
            chars.swap(i, j);
        }
        Ok(Value::string(chars.into_iter().collect::<String>()))
    });
    r.add("snakecase", &[S], S, |a| {
        Ok(Value::string(to_lower_case(str_arg(a, 0), '_')))
    });
    r.add("kebabcase", &[S], S, |a| {
        Ok(Value::string(to_lower_case(str_arg(a, 0), '-')))
    });
    r.add("camelcase", &[S], S, |a| Ok(Value::string(pascal_case(str_arg(a, 0)))));
    r.add("wrap", &[I, S], S, |a| {
        Ok(Value::string(wrap(str_arg(a, 1), int_arg(a, 0), "", false)))
    });
    r.add("wrapWith", &[I, S, S], S, |a| {
        Ok(Value::string(wrap(str_arg(a, 2), int_arg(a, 0), str_arg(a, 1), true)))
    });
    r.add("contains", &[S, S], B, |a| {
        Ok(Value::Bool(str_arg(a, 1).contains(str_arg(a, 0))))
    });
    r.add("hasPrefix", &[S, S], B, |a| {
        Ok(Value::Bool(str_arg(a, 1).starts_with(str_arg(a, 0))))
    });
    r.add("hasSuffix", &[S, S], B, |a| {
        Ok(Value::Bool(str_arg(a, 1).ends_with(str_arg(a, 0))))
    });
    r.addv("quote", &[], A, S, |a| {
        if let [v] = a {
            return Ok(match v {
                Value::Nil => Value::string(""),
                Value::String(s) => Value::build_string(|out| crate::strconv::push_quoted(out, s, false)),
                _ => Value::build_string(|out| crate::strconv::push_quoted(out, &strval(v), false)),
            });
        }
        let parts: Vec<String> = a
            .iter()
            .filter(|v| !v.is_nil())
            .map(|v| crate::strconv::quote(&strval(v)))
            .collect();
        Ok(Value::string(parts.join(" ")))
    });
    r.addv("squote", &[], A, S, |a| {
        let parts: Vec<String> = a
            .iter()
            .filter(|v| !v.is_nil())
            .map(|v| format!("'{}'", fmt::format_value(v)))
            .collect();
        Ok(Value::string(parts.join(" ")))
    });
    r.addv("cat", &[], A, S, |a| {
        let parts: Vec<String> = a.iter().filter(|v| !v.is_nil()).map(fmt::format_value).collect();
        Ok(Value::string(parts.join(" ")))
    });
    r.add("indent", &[I, S], S, |a| indent_value(int_arg(a, 0), str_arg(a, 1), ""));
    r.add("nindent", &[I, S], S, |a| {
        indent_value(int_arg(a, 0), str_arg(a, 1), "\n")
    });
    r.add("replace", &[S, S, S], S, |a| {
        Ok(Value::string(go_replace(str_arg(a, 2), str_arg(a, 0), str_arg(a, 1))))
    });
    r.add("plural", &[S, S, I], S, |a| {
        Ok(arg(a, if int_arg(a, 2) == 1 { 0 } else { 1 }).clone())
    });
    r.add("toString", &[A], S, |a| Ok(Value::string(strval(arg(a, 0)))));
    r.add("atoi", &[S], I, |a| {
        Ok(Value::int(str_arg(a, 0).parse::<i64>().unwrap_or(0)))
    });
    r.add("split", &[S, S], M, |a| {
        Ok(index_map(go_split(str_arg(a, 1), str_arg(a, 0), -1)))
    });
    r.add("splitList", &[S, S], L, |a| {
        Ok(str_list(go_split(str_arg(a, 1), str_arg(a, 0), -1)))
    });
    r.add("splitn", &[S, I, S], M, |a| {
        Ok(index_map(go_split(str_arg(a, 2), str_arg(a, 0), int_arg(a, 1))))
    });
    r.add("toStrings", &[A], L, |a| Ok(str_list(strslice(arg(a, 0)))));
    r.add("join", &[S, A], S, |a| {
        Ok(Value::string(strslice(arg(a, 1)).join(str_arg(a, 0))))
    });
    r.add("sortAlpha", &[A], L, |a| {
        let v = arg(a, 0);
        if list_items(v).is_some() {
            let mut items = strslice(v);
            items.sort();
            Ok(str_list(items))
        } else {
            Ok(str_list([strval(v)]))
        }
    });
    r.add("b64enc", &[S], S, |a| {
        Ok(Value::string(base64_std().encode(str_arg(a, 0))))
    });
    r.add("b64dec", &[S], S, |a| Ok(Value::string(b64_decode(str_arg(a, 0)))));
    r.add("b32enc", &[S], S, |a| {
        Ok(Value::string(base32_encode(str_arg(a, 0).as_bytes())))
    });
    r.add("b32dec", &[S], S, |a| {
        Ok(Value::string(match base32_decode(str_arg(a, 0)) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => e,
        }))
    });
}

/// Go's `unicode.IsSpace`.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn abbrev(width: i64, s: &str) -> String {
    if width < 4 {
        return s.to_string();
    }
    abbreviate_full(s, 0, width).unwrap_or_default()
}

/// goutils' `AbbreviateFull` (byte offsets, like Go).
fn abbreviate_full(s: &str, offset: i64, width: i64) -> Option<String> {
    let b = s.as_bytes();
    let len = b.len() as i64;
    if s.is_empty() {
        return Some(String::new());
    }
    if width < 4 {
        return None;
    }
    if len <= width {
        return Some(s.to_string());
    }
    let mut offset = offset.min(len);
    if len - offset < width - 3 {
        offset = len - (width - 3);
    }
    if offset <= 4 {
        return Some(format!("{}...", lossy(b.get(..(width - 3) as usize)?)));
    }
    if width < 7 {
        return None;
    }
    if offset + width - 3 < len {
        let rest = lossy(b.get(offset as usize..)?);
        return Some(format!("...{}", abbreviate_full(&rest, 0, width - 3)?));
    }
    Some(format!("...{}", lossy(b.get((len - (width - 3)) as usize..)?)))
}

fn trunc(c: i64, s: &str) -> String {
    let len = s.len() as i64;
    if c < 0 && len + c > 0 {
        return lossy(&s.as_bytes()[(len + c) as usize..]);
    }
    if c >= 0 && len > c {
        return lossy(&s.as_bytes()[..c as usize]);
    }
    s.to_string()
}

fn substr(start: i64, end: i64, s: &str) -> FuncResult {
    let b = s.as_bytes();
    let len = b.len() as i64;
    let out = if start < 0 {
        if end < 0 || end > len {
            return Err(FuncError::new(format!(
                "runtime error: slice bounds out of range [:{end}] with length {len}"
            )));
        }
        &b[..end as usize]
    } else if end < 0 || end > len {
        if start > len {
            return Err(FuncError::new(format!(
                "runtime error: slice bounds out of range [{start}:{len}]"
            )));
        }
        &b[start as usize..]
    } else {
        if start > end {
            return Err(FuncError::new(format!(
                "runtime error: slice bounds out of range [{start}:{end}]"
            )));
        }
        &b[start as usize..end as usize]
    };
    Ok(Value::string(lossy(out)))
}

fn repeat(s: &str, count: i64) -> Result<String, FuncError> {
    if count < 0 {
        return Err(FuncError::new("strings: negative Repeat count"));
    }
    if (s.len() as u128) * (count as u128) > MAX_OUTPUT as u128 {
        return Err(FuncError::new("strings: Repeat output length overflow"));
    }
    Ok(s.repeat(count as usize))
}

/// `indent`/`nindent` as a string value.
fn indent_value(spaces: i64, v: &str, prefix: &str) -> Result<Value, FuncError> {
    let pad = indent_checked(spaces, v)?;
    Ok(Value::build_string(|out| push_indented(out, pad, v, prefix)))
}

/// Checks `indent`'s count and output size like Go's `strings.Repeat`; returns the padding.
fn indent_checked(spaces: i64, v: &str) -> Result<usize, FuncError> {
    if spaces < 0 {
        return Err(FuncError::new("strings: negative Repeat count"));
    }
    let lines = v.bytes().filter(|&b| b == b'\n').count() as u128 + 1;
    let total = lines * spaces as u128 + v.len() as u128;
    if spaces as u128 > MAX_OUTPUT as u128 || total > MAX_OUTPUT as u128 {
        return Err(FuncError::new("strings: Repeat output length overflow"));
    }
    Ok(spaces as usize)
}

/// Appends `prefix` and every line of `v` indented by `pad` spaces to `out`.
fn push_indented(out: &mut String, pad: usize, v: &str, prefix: &str) {
    out.reserve(prefix.len() + v.len() + pad * (1 + v.bytes().filter(|&b| b == b'\n').count()));
    out.push_str(prefix);
    for (i, line) in v.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(line);
    }
}

/// Go's `strings.Replace(s, old, new, -1)` (an empty `old` inserts between runes).
fn go_replace(s: &str, old: &str, new: &str) -> String {
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
        out.push_str(new);
        for c in s.chars() {
            out.push(c);
            out.push_str(new);
        }
        return out;
    }
    s.replace(old, new)
}

/// Go's `strings.SplitN` (`n < 0` splits everything, `n == 0` gives nothing).
pub(crate) fn go_split(s: &str, sep: &str, n: i64) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    if sep.is_empty() {
        let chars: Vec<char> = s.chars().collect();
        let limit = if n < 0 || n as usize > chars.len() {
            chars.len()
        } else {
            n as usize
        };
        let mut out: Vec<String> = chars
            .iter()
            .take(limit.saturating_sub(1))
            .map(|c| c.to_string())
            .collect();
        if limit > 0 {
            out.push(chars[limit - 1..].iter().collect());
        }
        return out;
    }
    if n < 0 {
        s.split(sep).map(str::to_string).collect()
    } else {
        s.splitn(n as usize, sep).map(str::to_string).collect()
    }
}

fn index_map(parts: Vec<String>) -> Value {
    let m = Map::new();
    for (i, p) in parts.into_iter().enumerate() {
        m.insert(format!("_{i}"), Value::string(p));
    }
    Value::Map(m)
}

/// Sprig's `strslice`: the string forms of a list's non-nil items, or of a single value.
pub(crate) fn strslice(v: &Value) -> Vec<String> {
    match list_items(v) {
        Some(items) => items.iter().filter(|x| !x.is_nil()).map(strval).collect(),
        None if v.is_nil() => Vec::new(),
        None => vec![strval(v)],
    }
}

/// Go's deprecated `strings.Title`: upper-cases the first letter of each word.
fn title(s: &str) -> String {
    let mut prev = ' ';
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_separator(prev) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev = c;
    }
    out
}

fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || c == '_');
    }
    if c.is_alphanumeric() {
        return false;
    }
    c.is_whitespace()
}

fn untitle(s: &str) -> String {
    let mut next = true;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_space(c) {
            next = true;
            out.push(c);
        } else if next {
            out.extend(c.to_lowercase());
            next = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// goutils' `DeleteWhiteSpace`, which looks at single bytes like the Go original.
fn nospace(s: &str) -> String {
    let kept: Vec<u8> = s.bytes().filter(|b| !is_space(char::from(*b))).collect();
    if kept.len() == s.len() {
        return s.to_string();
    }
    kept.into_iter().map(char::from).collect()
}

/// goutils' `Initials` (byte-wise, like the Go original).
fn initials(s: &str) -> String {
    let mut out = String::new();
    let mut gap = true;
    for b in s.bytes() {
        let c = char::from(b);
        if is_space(c) {
            gap = true;
        } else if gap {
            out.push(c);
            gap = false;
        }
    }
    out
}

fn swapcase(s: &str) -> String {
    let mut ws = true;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
            ws = false;
        } else if c.is_lowercase() {
            if ws {
                out.extend(c.to_uppercase());
                ws = false;
            } else {
                out.extend(c.to_uppercase());
            }
        } else {
            ws = is_space(c);
            out.push(c);
        }
    }
    out
}

fn random_string(count: i64, alphabet: &[u8]) -> FuncResult {
    if count < 0 {
        return Err(FuncError::new(format!(
            "Requested random string length {count} is less than 0."
        )));
    }
    if count as u64 > MAX_OUTPUT as u64 {
        return Err(FuncError::new("requested random string is too long"));
    }
    let mut rng = rand::rng();
    let s: String = (0..count)
        .map(|_| char::from(alphabet[rng.random_range(0..alphabet.len())]))
        .collect();
    Ok(Value::string(s))
}

/// goutils' `WrapCustom` (byte offsets; words are separated by ' ').
fn wrap(s: &str, width: i64, newline: &str, wrap_long: bool) -> String {
    if s.is_empty() {
        return String::new();
    }
    let nl = if newline.is_empty() { "\n" } else { newline }.as_bytes();
    let width = width.max(1) as usize;
    let b = s.as_bytes();
    let len = b.len();
    let mut offset = 0usize;
    let mut out: Vec<u8> = Vec::new();
    while len - offset > width {
        if b[offset] == b' ' {
            offset += 1;
            continue;
        }
        let end = (width + offset + 1).min(len);
        let space = b[offset..end].iter().rposition(|&c| c == b' ');
        if let Some(sp) = space {
            let at = sp + offset;
            out.extend_from_slice(&b[offset..at]);
            out.extend_from_slice(nl);
            offset = at + 1;
        } else if wrap_long {
            out.extend_from_slice(&b[offset..width + offset]);
            out.extend_from_slice(nl);
            offset += width;
        } else {
            let end = width + offset;
            match b[end..].iter().position(|&c| c == b' ') {
                None => {
                    out.extend_from_slice(&b[offset..]);
                    offset = len;
                }
                Some(i) => {
                    let at = i + end;
                    out.extend_from_slice(&b[offset..at]);
                    out.extend_from_slice(nl);
                    offset = at + 1;
                }
            }
        }
    }
    out.extend_from_slice(&b[offset.min(len)..]);
    lossy(&out)
}

// ----- xstrings word case conversions -----

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Word {
    Invalid,
    Number,
    Upper,
    Alpha,
    Connector,
    Punct,
    Other,
}

fn is_connector(c: char) -> bool {
    c == '-' || c == '_' || is_space(c)
}

/// Go's `unicode.IsPunct`, exact for ASCII.
fn is_punct(c: char) -> bool {
    matches!(
        c,
        '!' | '"'
            | '#'
            | '%'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | ','
            | '-'
            | '.'
            | '/'
            | ':'
            | ';'
            | '?'
            | '@'
            | '['
            | '\\'
            | ']'
            | '_'
            | '{'
            | '}'
    ) || (!c.is_ascii()
        && matches!(c, '¡' | '§' | '«' | '¶' | '·' | '»' | '¿' | '\u{2010}'..='\u{2027}' | '\u{3001}'..='\u{3003}'))
}

fn is_alphabet(c: char) -> bool {
    if !c.is_alphabetic() {
        return false;
    }
    !matches!(c, '\u{4E00}'..='\u{9FCC}' | '\u{3400}'..='\u{4D85}' | '\u{20000}'..='\u{2B81D}')
}

/// xstrings' `nextWord`: splits off the next word and classifies it.
fn next_word(s: &str) -> (Word, &str, &str) {
    let mut it = s.char_indices().peekable();
    let Some((_, first)) = it.next() else {
        return (Word::Invalid, "", "");
    };
    let mut end = first.len_utf8();
    let take_while = |end: &mut usize, pred: &dyn Fn(char) -> bool| {
        for c in s[*end..].chars() {
            if !pred(c) {
                break;
            }
            *end += c.len_utf8();
        }
    };
    let wt = if is_connector(first) {
        take_while(&mut end, &is_connector);
        Word::Connector
    } else if is_punct(first) {
        take_while(&mut end, &is_punct);
        Word::Punct
    } else if first.is_uppercase() {
        let rest = &s[end..];
        if let Some(c) = rest.chars().next() {
            if c.is_uppercase() {
                let mut prev = c.len_utf8();
                end += prev;
                let mut stopped_on_alpha = false;
                for c2 in s[end..].chars() {
                    if !c2.is_uppercase() {
                        stopped_on_alpha = is_alphabet(c2);
                        break;
                    }
                    prev = c2.len_utf8();
                    end += prev;
                }
                if stopped_on_alpha {
                    end -= prev;
                }
            } else if is_alphabet(c) {
                take_while(&mut end, &|c| is_alphabet(c) && !c.is_uppercase());
            }
        }
        Word::Upper
    } else if is_alphabet(first) {
        take_while(&mut end, &|c| is_alphabet(c) && !c.is_uppercase());
        Word::Alpha
    } else if first.is_numeric() {
        take_while(&mut end, &char::is_numeric);
        Word::Number
    } else {
        take_while(&mut end, &|c| {
            !(is_connector(c) || is_alphabet(c) || c.is_numeric() || is_punct(c))
        });
        Word::Other
    };
    (wt, &s[..end], &s[end..])
}

fn push_lower(buf: &mut String, wt: Word, word: &str, connector: char) {
    if wt != Word::Upper && wt != Word::Connector {
        buf.push_str(word);
        return;
    }
    for c in word.chars() {
        if is_connector(c) {
            buf.push(connector);
        } else if c.is_uppercase() {
            buf.extend(c.to_lowercase());
        } else {
            buf.push(c);
        }
    }
}

/// xstrings' `camelCaseToLowerCase` (`snakecase`, `kebabcase`).
fn to_lower_case(s: &str, connector: char) -> String {
    if s.is_empty() {
        return String::new();
    }
    let mut buf = String::with_capacity(s.len() + 4);
    let (mut wt, mut word, mut remaining) = next_word(s);
    while !remaining.is_empty() {
        if wt != Word::Connector {
            push_lower(&mut buf, wt, word, connector);
        }
        let prev = wt;
        let last = word;
        (wt, word, remaining) = next_word(remaining);
        match prev {
            Word::Number => {
                while wt == Word::Alpha || wt == Word::Number {
                    push_lower(&mut buf, wt, word, connector);
                    (wt, word, remaining) = next_word(remaining);
                }
                if wt != Word::Invalid && wt != Word::Punct && wt != Word::Connector {
                    buf.push(connector);
                }
            }
            Word::Connector => push_lower(&mut buf, prev, last, connector),
            Word::Punct => {}
            _ => {
                if wt != Word::Number {
                    if wt != Word::Connector && wt != Word::Punct {
                        buf.push(connector);
                    }
                    continue;
                }
                if remaining.is_empty() {
                    continue;
                }
                let last = word;
                (wt, word, remaining) = next_word(remaining);
                if wt != Word::Alpha {
                    push_lower(&mut buf, Word::Number, last, connector);
                    if wt != Word::Connector && wt != Word::Punct {
                        buf.push(connector);
                    }
                    continue;
                }
                buf.push(connector);
                push_lower(&mut buf, Word::Number, last, connector);
                while wt == Word::Alpha || wt == Word::Number {
                    push_lower(&mut buf, wt, word, connector);
                    (wt, word, remaining) = next_word(remaining);
                }
                if wt != Word::Invalid && wt != Word::Connector && wt != Word::Punct {
                    buf.push(connector);
                }
            }
        }
    }
    push_lower(&mut buf, wt, word, connector);
    buf
}

/// xstrings' `ToPascalCase` (Sprig's `camelcase`).
fn pascal_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    let mut r0 = None;
    for c in chars.by_ref() {
        if !is_connector(c) {
            r0 = Some(c);
            break;
        }
        out.push(c);
    }
    let Some(first) = r0 else {
        return out;
    };
    let mut r0: Vec<char> = first.to_uppercase().collect();
    for c in chars {
        let r1 = std::mem::take(&mut r0);
        let r1_conn = r1.len() == 1 && r1.first().is_some_and(|c| is_connector(*c));
        if is_connector(c) && r1_conn {
            out.extend(r1);
            r0 = vec![c];
            continue;
        }
        if r1_conn {
            r0 = c.to_uppercase().collect();
        } else {
            out.extend(r1);
            r0 = vec![c];
        }
    }
    out.extend(r0);
    out
}

// ----- encodings -----

fn base64_std() -> GeneralPurpose {
    GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(DecodePaddingMode::RequireCanonical),
    )
}

/// Decodes standard base64 like Go (newlines ignored); on error returns Go's error text.
pub(crate) fn b64_decode_bytes(s: &str) -> Result<Vec<u8>, String> {
    let cleaned: String = s.chars().filter(|c| *c != '\r' && *c != '\n').collect();
    base64_std().decode(cleaned.as_bytes()).map_err(|e| {
        let at = match e {
            base64::DecodeError::InvalidByte(off, _) | base64::DecodeError::InvalidLastSymbol(off, _) => off,
            base64::DecodeError::InvalidLength(n) => n / 4 * 4,
            base64::DecodeError::InvalidPadding => cleaned.find('=').unwrap_or(cleaned.len()),
        };
        format!("illegal base64 data at input byte {at}")
    })
}

/// Encodes standard base64.
pub(crate) fn b64_encode(bytes: &[u8]) -> String {
    base64_std().encode(bytes)
}

fn b64_decode(s: &str) -> String {
    match b64_decode_bytes(s) {
        Ok(b) => lossy(&b),
        Err(e) => e,
    }
}

const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

fn base32_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(5) * 8);
    for chunk in data.chunks(5) {
        let mut buf = [0u8; 5];
        buf[..chunk.len()].copy_from_slice(chunk);
        let n = u64::from(buf[0]) << 32
            | u64::from(buf[1]) << 24
            | u64::from(buf[2]) << 16
            | u64::from(buf[3]) << 8
            | u64::from(buf[4]);
        let chars = match chunk.len() {
            1 => 2,
            2 => 4,
            3 => 5,
            4 => 7,
            _ => 8,
        };
        for i in 0..8 {
            if i < chars {
                out.push(char::from(B32[((n >> (35 - 5 * i)) & 31) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn base32_decode(s: &str) -> Result<Vec<u8>, String> {
    let cleaned: Vec<u8> = s.bytes().filter(|b| *b != b'\r' && *b != b'\n').collect();
    let err = |at: usize| format!("illegal base32 data at input byte {at}");
    if !cleaned.len().is_multiple_of(8) {
        return Err(err(cleaned.len() / 8 * 8));
    }
    let mut out = Vec::with_capacity(cleaned.len() / 8 * 5);
    let quanta = cleaned.len() / 8;
    for (qi, chunk) in cleaned.chunks(8).enumerate() {
        let pad = chunk.iter().rev().take_while(|b| **b == b'=').count();
        let bytes = match pad {
            0 => 5,
            1 => 4,
            3 => 3,
            4 => 2,
            6 => 1,
            _ => return Err(err(qi * 8 + 8 - pad)),
        };
        if pad > 0 && qi + 1 != quanta {
            return Err(err(qi * 8 + 8 - pad));
        }
        let mut n: u64 = 0;
        for (i, b) in chunk.iter().enumerate() {
            let v = if i < 8 - pad {
                match B32.iter().position(|c| c == b) {
                    Some(p) => p as u64,
                    None => return Err(err(qi * 8 + i)),
                }
            } else {
                0
            };
            n = n << 5 | v;
        }
        for i in 0..bytes {
            out.push((n >> (32 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

/// Go's `os.Expand`: `$NAME` and `${NAME}` replaced through `lookup`.
pub(crate) fn expand_env(s: &str, lookup: &dyn Fn(&str) -> String) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut j = 0;
    while j < b.len() {
        if b[j] == b'$' && j + 1 < b.len() {
            out.push_str(&s[i..j]);
            let (name, w) = shell_name(&s[j + 1..]);
            if name.is_empty() && w > 0 {
                // invalid syntax: the characters are dropped
            } else if name.is_empty() {
                out.push('$');
            } else {
                out.push_str(&lookup(name));
            }
            j += w;
            i = j + 1;
        }
        j += 1;
    }
    out.push_str(s.get(i.min(s.len())..).unwrap_or(""));
    out
}

fn is_special_var(c: u8) -> bool {
    matches!(c, b'*' | b'#' | b'$' | b'@' | b'!' | b'?' | b'-' | b'0'..=b'9')
}

fn shell_name(s: &str) -> (&str, usize) {
    let b = s.as_bytes();
    if b.first() == Some(&b'{') {
        if b.len() > 2 && is_special_var(b[1]) && b[2] == b'}' {
            return (&s[1..2], 3);
        }
        for (i, c) in b.iter().enumerate().skip(1) {
            if *c == b'}' {
                if i == 1 {
                    return ("", 2);
                }
                return (&s[1..i], i + 1);
            }
        }
        return ("", 1);
    }
    if b.first().is_some_and(|c| is_special_var(*c)) {
        return (&s[0..1], 1);
    }
    let n = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
        .count();
    (&s[..n], n)
}
