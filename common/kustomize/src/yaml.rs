//! YAML in and out: [`parse_documents`] reads a stream into JSON values, [`to_yaml`] writes
//! objects the way `kustomize build` prints them.
//!
//! kustomize passes every resource through a JSON round trip and then go-yaml v3's encoder
//! (indent 2, sequences not indented under their key, line width 80), so the output has sorted
//! map keys and go-yaml's scalar styles: strings that would read back as something else
//! (`"true"`, `"1"`, `""`, `"yes"`, dates) are double quoted, strings with line breaks use a
//! literal block (`|`, `|-`, `|+`, with an indentation indicator when they start with a space or
//! a break), strings that cannot be plain are single quoted, and long plain or quoted strings
//! are folded at spaces past column 80.

use serde::Deserialize;
use serde_json::{Map, Value};

/// Parses a YAML stream into its documents, dropping empty (null) ones.
pub fn parse_documents(text: &str) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for document in yaml_serde::Deserializer::from_str(text) {
        let value = Value::deserialize(document).map_err(|e| e.to_string())?;
        if !value.is_null() {
            out.push(value);
        }
    }
    Ok(out)
}

/// Rejects a YAML stream whose maps repeat a key, as kustomize does for resource files
/// (kustomization files may repeat keys; the last wins).
pub fn check_unique_keys(text: &str) -> Result<(), String> {
    for document in yaml_serde::Deserializer::from_str(text) {
        UniqueKeys::deserialize(document).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// A YAML value walked only to reject maps that repeat a key (go-yaml v3's "mapping key
/// already defined").
struct UniqueKeys;

/// A map key, as text.
struct KeyText(String);

impl<'de> Deserialize<'de> for UniqueKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueKeysVisitor)
    }
}

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Value::deserialize(deserializer).map(|v| {
            KeyText(match v {
                Value::String(s) => s,
                other => other.to_string(),
            })
        })
    }
}

struct UniqueKeysVisitor;

impl<'de> serde::de::Visitor<'de> for UniqueKeysVisitor {
    type Value = UniqueKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_i64<E>(self, _: i64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_u64<E>(self, _: u64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_f64<E>(self, _: f64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_str<E>(self, _: &str) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_unit<E>(self) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_none<E>(self) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<UniqueKeys, D::Error> {
        UniqueKeys::deserialize(d)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<UniqueKeys, A::Error> {
        while seq.next_element::<UniqueKeys>()?.is_some() {}
        Ok(UniqueKeys)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<UniqueKeys, A::Error> {
        let mut seen = std::collections::BTreeSet::new();
        while let Some(KeyText(key)) = map.next_key::<KeyText>()? {
            map.next_value::<UniqueKeys>()?;
            if key != "<<" && !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(format!(
                    "mapping key \"{key}\" already defined"
                )));
            }
        }
        Ok(UniqueKeys)
    }
}

/// Writes objects as a YAML stream separated by `---` lines, as `kustomize build` does.
pub fn to_yaml(objects: &[Value]) -> String {
    let mut out = String::new();
    for (i, object) in objects.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        let mut emitter = Emitter { out: String::new() };
        emitter.document(object);
        out.push_str(&emitter.out);
    }
    out
}

/// Writes objects as [`to_yaml`] does, one document at a time, to `out`.
pub fn write_yaml(objects: &[Value], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut emitter = Emitter { out: String::new() };
    for (i, object) in objects.iter().enumerate() {
        emitter.out.clear();
        if i > 0 {
            out.write_all(b"---\n")?;
        }
        emitter.document(object);
        out.write_all(emitter.out.as_bytes())?;
    }
    Ok(())
}

/// Writes one value as a YAML document.
pub fn value_to_yaml(value: &Value) -> String {
    let mut emitter = Emitter { out: String::new() };
    emitter.document(value);
    emitter.out
}

const WIDTH: usize = 80;

struct Emitter {
    out: String,
}

/// The style go-yaml picks for a string.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

impl Emitter {
    fn column(&self) -> usize {
        let line = self.out.rsplit('\n').next().unwrap_or("");
        line.chars().count()
    }

    fn document(&mut self, value: &Value) {
        match value {
            Value::Object(map) if !map.is_empty() => self.map(map, 0),
            Value::Array(items) if !items.is_empty() => self.seq(items, 0),
            other => {
                self.scalar(other, 0, false);
                self.out.push('\n');
            }
        }
    }

    /// Writes a block mapping whose keys start at `indent` (the first key at the current
    /// position, which is already at `indent`, or at the start of a line).
    fn map(&mut self, map: &Map<String, Value>, indent: usize) {
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort();
        for (i, key) in keys.into_iter().enumerate() {
            if i > 0 || self.out.ends_with('\n') || self.out.is_empty() {
                if !(self.out.ends_with('\n') || self.out.is_empty()) {
                    self.out.push('\n');
                }
                self.pad(indent);
            }
            self.key(key);
            self.out.push(':');
            let value = &map[key.as_str()];
            match value {
                Value::Object(inner) if !inner.is_empty() => {
                    self.out.push('\n');
                    self.map(inner, indent + 2);
                }
                Value::Array(items) if !items.is_empty() => {
                    self.out.push('\n');
                    self.seq(items, indent);
                }
                other => {
                    self.out.push(' ');
                    self.scalar(other, indent + 2, false);
                    self.out.push('\n');
                }
            }
        }
    }

    fn seq(&mut self, items: &[Value], indent: usize) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 || self.out.ends_with('\n') || self.out.is_empty() {
                if !(self.out.ends_with('\n') || self.out.is_empty()) {
                    self.out.push('\n');
                }
                self.pad(indent);
            }
            self.out.push_str("- ");
            match item {
                Value::Object(inner) if !inner.is_empty() => self.map(inner, indent + 2),
                Value::Array(inner) if !inner.is_empty() => self.seq(inner, indent + 2),
                other => {
                    self.scalar(other, indent + 2, false);
                    self.out.push('\n');
                }
            }
        }
    }

    fn pad(&mut self, indent: usize) {
        for _ in 0..indent {
            self.out.push(' ');
        }
    }

    fn key(&mut self, key: &str) {
        let style = string_style(key);
        let analysis = analyze(key);
        let style = match style {
            Style::Literal => Style::Double,
            Style::Plain if key.is_empty() => Style::Single,
            other => other,
        };
        let style = downgrade(style, &analysis);
        self.write_string(key, style, 0, false);
    }

    /// Writes a scalar value; `indent` is where continuation lines start.
    fn scalar(&mut self, value: &Value, indent: usize, _key: bool) {
        match value {
            Value::Null => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => self.out.push_str(&format_number(n)),
            Value::String(s) => {
                let style = downgrade(string_style(s), &analyze(s));
                self.write_string(s, style, indent, true);
            }
            Value::Object(_) => self.out.push_str("{}"),
            Value::Array(_) => self.out.push_str("[]"),
        }
    }

    fn write_indent(&mut self, indent: usize) {
        self.out.push('\n');
        self.pad(indent);
    }

    fn write_string(&mut self, s: &str, style: Style, indent: usize, allow_breaks: bool) {
        match style {
            Style::Plain => self.write_plain(s, indent, allow_breaks),
            Style::Single => self.write_single(s, indent, allow_breaks),
            Style::Double => self.write_double(s, indent, allow_breaks),
            Style::Literal => self.write_literal(s, indent),
        }
    }

    fn write_plain(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        let mut column = self.column();
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                if allow_breaks && !spaces && column > WIDTH && chars.get(i + 1) != Some(&' ') {
                    self.write_indent(indent);
                    column = indent;
                } else {
                    self.out.push(c);
                    column += 1;
                }
                spaces = true;
            } else {
                self.out.push(c);
                column += 1;
                spaces = false;
            }
        }
    }

    fn write_single(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        self.out.push('\'');
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        let mut breaks = false;
        let mut column = self.column();
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                if allow_breaks
                    && !spaces
                    && column > WIDTH
                    && i > 0
                    && i + 1 < chars.len()
                    && chars.get(i + 1) != Some(&' ')
                {
                    self.write_indent(indent);
                    column = indent;
                } else {
                    self.out.push(c);
                    column += 1;
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.out.push('\n');
                }
                self.out.push('\n');
                column = 0;
                breaks = true;
            } else {
                if breaks {
                    self.pad(indent);
                    column = indent;
                }
                if c == '\'' {
                    self.out.push('\'');
                    column += 1;
                }
                self.out.push(c);
                column += 1;
                spaces = false;
                breaks = false;
            }
        }
        self.out.push('\'');
    }

    fn write_double(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        self.out.push('"');
        let chars: Vec<char> = s.chars().collect();
        let mut spaces = false;
        let mut column = self.column();
        for (i, &c) in chars.iter().enumerate() {
            if !is_printable(c) || c == '\u{feff}' || is_break(c) || c == '"' || c == '\\' {
                let escaped = match c {
                    '\0' => "\\0".to_owned(),
                    '\u{7}' => "\\a".to_owned(),
                    '\u{8}' => "\\b".to_owned(),
                    '\t' => "\\t".to_owned(),
                    '\n' => "\\n".to_owned(),
                    '\u{b}' => "\\v".to_owned(),
                    '\u{c}' => "\\f".to_owned(),
                    '\r' => "\\r".to_owned(),
                    '\u{1b}' => "\\e".to_owned(),
                    '"' => "\\\"".to_owned(),
                    '\\' => "\\\\".to_owned(),
                    '\u{85}' => "\\N".to_owned(),
                    '\u{a0}' => "\\_".to_owned(),
                    '\u{2028}' => "\\L".to_owned(),
                    '\u{2029}' => "\\P".to_owned(),
                    other => {
                        let v = other as u32;
                        if v <= 0xff {
                            format!("\\x{v:02X}")
                        } else if v <= 0xffff {
                            format!("\\u{v:04X}")
                        } else {
                            format!("\\U{v:08X}")
                        }
                    }
                };
                column += escaped.len();
                self.out.push_str(&escaped);
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && column > WIDTH && i > 0 && i + 1 < chars.len() {
                    self.write_indent(indent);
                    column = indent;
                    if chars.get(i + 1) == Some(&' ') {
                        self.out.push('\\');
                        column += 1;
                    }
                } else {
                    self.out.push(c);
                    column += 1;
                }
                spaces = true;
            } else {
                self.out.push(c);
                column += 1;
                spaces = false;
            }
        }
        self.out.push('"');
    }

    fn write_literal(&mut self, s: &str, indent: usize) {
        self.out.push('|');
        let first = s.chars().next();
        if first.is_some_and(|c| c == ' ' || is_break(c)) {
            self.out.push('2');
        }
        let chars: Vec<char> = s.chars().collect();
        match chars.last() {
            Some(c) if !is_break(*c) => self.out.push('-'),
            None => self.out.push('-'),
            Some(_) => {
                if chars.len() == 1 || is_break(chars[chars.len() - 2]) {
                    self.out.push('+');
                }
            }
        }
        self.out.push('\n');
        let mut breaks = true;
        for &c in &chars {
            if is_break(c) {
                self.out.push('\n');
                breaks = true;
            } else {
                if breaks {
                    self.pad(indent);
                }
                self.out.push(c);
                breaks = false;
            }
        }
        // The caller writes the final line break; a literal already ends with one.
        if self.out.ends_with('\n') {
            self.out.pop();
        }
    }
}

/// Formats a number as Go's JSON round trip and go-yaml print it.
fn format_number(n: &serde_json::Number) -> String {
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    format_go_float(f)
}

/// Formats a float like Go's `strconv.FormatFloat(f, 'g', -1, 64)`.
pub(crate) fn format_go_float(f: f64) -> String {
    if f.is_nan() {
        return ".nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+.inf".to_owned()
        } else {
            "-.inf".to_owned()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".to_owned()
        } else {
            "0".to_owned()
        };
    }
    // Shortest round-trip digits via Rust's `{:e}` formatting.
    let sci = format!("{f:e}");
    let (mantissa, exp) = match sci.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (sci.as_str(), 0),
    };
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if negative { "-" } else { "" };
    if !(-4..21).contains(&exp) {
        let mut m = digits[..1].to_owned();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{esign}{:02}", exp.abs());
    }
    if exp < 0 {
        let zeros = "0".repeat((-exp - 1) as usize);
        return format!("{sign}0.{zeros}{digits}");
    }
    let point = exp as usize + 1;
    if digits.len() <= point {
        format!("{sign}{digits}{}", "0".repeat(point - digits.len()))
    } else {
        format!("{sign}{}.{}", &digits[..point], &digits[point..])
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_printable(c: char) -> bool {
    let v = c as u32;
    v == 0x0a
        || (0x20..=0x7e).contains(&v)
        || v == 0x85
        || (0xa0..=0xd7ff).contains(&v)
        || ((0xe000..=0xfffd).contains(&v) && v != 0xfeff)
        || (0x10000..=0x10ffff).contains(&v)
}

/// What the emitter's scalar analysis allows.
struct Analysis {
    block_plain: bool,
    single: bool,
    block: bool,
}

fn analyze(s: &str) -> Analysis {
    if s.is_empty() {
        return Analysis {
            block_plain: true,
            single: true,
            block: false,
        };
    }
    let chars: Vec<char> = s.chars().collect();
    let mut block_indicators = false;
    let mut flow_indicators = false;
    let mut line_breaks = false;
    let mut special = false;
    let mut tabs = false;
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) = (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    if s.starts_with("---") || s.starts_with("...") {
        block_indicators = true;
        flow_indicators = true;
    }
    let blankz = |i: usize| chars.get(i).is_none_or(|c| *c == ' ' || *c == '\t' || is_break(*c));
    let mut preceded_by_whitespace = true;
    for (i, &c) in chars.iter().enumerate() {
        let followed_by_whitespace = blankz(i + 1);
        let first = i == 0;
        let last = i + 1 == chars.len();
        if first {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%' | '@' | '`' => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                '?' | ':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                '-' if followed_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        } else {
            match c {
                ',' | '?' | '[' | ']' | '{' | '}' => flow_indicators = true,
                ':' => {
                    flow_indicators = true;
                    if followed_by_whitespace {
                        block_indicators = true;
                    }
                }
                '#' if preceded_by_whitespace => {
                    flow_indicators = true;
                    block_indicators = true;
                }
                _ => {}
            }
        }
        if c == '\t' {
            tabs = true;
        } else if !is_printable(c) {
            special = true;
        }
        if is_break(c) {
            line_breaks = true;
        }
        if c == ' ' {
            if first {
                leading_space = true;
            }
            if last {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            if first {
                leading_break = true;
            }
            if last {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_break = true;
            previous_space = false;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = c == ' ' || c == '\t' || is_break(c);
    }
    let mut block_plain = true;
    let mut single = true;
    let mut block = true;
    if leading_space || leading_break || trailing_space || trailing_break {
        block_plain = false;
    }
    if trailing_space {
        block = false;
    }
    if break_space {
        block_plain = false;
        single = false;
    }
    if space_break || tabs || special {
        block_plain = false;
        single = false;
    }
    if space_break || special {
        block = false;
    }
    if line_breaks {
        block_plain = false;
    }
    if block_indicators {
        block_plain = false;
    }
    let _ = flow_indicators;
    Analysis {
        block_plain,
        single,
        block,
    }
}

fn downgrade(style: Style, analysis: &Analysis) -> Style {
    let mut style = style;
    if style == Style::Plain && !analysis.block_plain {
        style = Style::Single;
    }
    if style == Style::Single && !analysis.single {
        style = Style::Double;
    }
    if style == Style::Literal && !analysis.block {
        style = Style::Double;
    }
    style
}

/// The style go-yaml's encoder asks for a Go string.
fn string_style(s: &str) -> Style {
    if s.contains('\n') {
        Style::Literal
    } else if resolves_to_string(s) && !is_base60_float(s) && !is_old_bool(s) {
        Style::Plain
    } else {
        Style::Double
    }
}

fn is_old_bool(s: &str) -> bool {
    matches!(
        s,
        "y" | "Y" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" | "n" | "N" | "no" | "No" | "NO" | "off" | "Off" | "OFF"
    )
}

fn is_base60_float(s: &str) -> bool {
    // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        i += 1;
    }
    if i >= b.len() || !b[i].is_ascii_digit() {
        return false;
    }
    i += 1;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while i < b.len() && b[i] == b':' {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() && i - start < 2 {
            i += 1;
        }
        let group = &s[start..i];
        let ok = match group.len() {
            1 => true,
            2 => group.as_bytes()[0] <= b'5',
            _ => false,
        };
        if !ok {
            return false;
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

/// Whether go-yaml v3 resolves the plain scalar `s` to a string.
fn resolves_to_string(s: &str) -> bool {
    if matches!(
        s,
        "" | "~"
            | "null"
            | "Null"
            | "NULL"
            | "true"
            | "True"
            | "TRUE"
            | "false"
            | "False"
            | "FALSE"
            | ".inf"
            | ".Inf"
            | ".INF"
            | "+.inf"
            | "+.Inf"
            | "+.INF"
            | "-.inf"
            | "-.Inf"
            | "-.INF"
            | ".nan"
            | ".NaN"
            | ".NAN"
            | "<<"
    ) {
        return false;
    }
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !(first.is_ascii_digit() || first == '+' || first == '-' || first == '.') {
        return true;
    }
    if is_timestamp(s) {
        return false;
    }
    let plain: String = s.chars().filter(|c| *c != '_').collect();
    if go_parse_int(&plain) {
        return false;
    }
    if is_yaml_float(&plain) {
        return false;
    }
    true
}

fn go_parse_int(s: &str) -> bool {
    let body = s.strip_prefix('-').or_else(|| s.strip_prefix('+')).unwrap_or(s);
    if body.is_empty() {
        return false;
    }
    let lower = body.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest.to_owned(), 16)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest.to_owned(), 2)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest.to_owned(), 8)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_owned(), 8)
    } else {
        (lower, 10)
    };
    !digits.is_empty() && u128::from_str_radix(&digits, radix).is_ok_and(|v| v <= u64::MAX as u128)
}

fn is_yaml_float(s: &str) -> bool {
    // ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            digits(&mut i);
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// go-yaml's timestamp formats: `2006-1-2`, with `T`/`t`/` ` and a time, optional zone.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let num = |i: &mut usize, min: usize, max: usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - start < max {
            *i += 1;
        }
        *i - start >= min
    };
    if !num(&mut i, 4, 4) || b.get(i) != Some(&b'-') {
        return false;
    }
    i += 1;
    if !num(&mut i, 1, 2) || b.get(i) != Some(&b'-') {
        return false;
    }
    i += 1;
    if !num(&mut i, 1, 2) {
        return false;
    }
    if i == b.len() {
        return true;
    }
    if !matches!(b[i], b'T' | b't' | b' ') {
        return false;
    }
    i += 1;
    if !num(&mut i, 1, 2) || b.get(i) != Some(&b':') {
        return false;
    }
    i += 1;
    if !num(&mut i, 1, 2) || b.get(i) != Some(&b':') {
        return false;
    }
    i += 1;
    if !num(&mut i, 1, 2) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        num(&mut i, 1, 9);
    }
    if i == b.len() {
        return true;
    }
    match b[i] {
        b'Z' => i + 1 == b.len(),
        b'+' | b'-' => {
            i += 1;
            num(&mut i, 2, 2) && b.get(i) == Some(&b':') && {
                i += 1;
                num(&mut i, 2, 2) && i == b.len()
            }
        }
        _ => false,
    }
}
