//! YAML for Helm's `toYaml`, `toYamlPretty`, `fromYaml` and `fromYamlArray`.
//!
//! `toYaml` follows sigs.k8s.io/yaml: the value is encoded as JSON, decoded again by go-yaml
//! v2 (so whole floats become integers) and emitted by go-yaml v2: keys in go-yaml's
//! "natural" order, strings plain when they would not read back as another type, single
//! quoted when an indicator forbids plain style, double quoted otherwise, literal block
//! style for multi-line text, sequences in mappings not indented, and long plain and quoted
//! scalars folded after column 80. `toYamlPretty` follows go-yaml v3 with indent 2 on the
//! value itself (sequences indented, no folding). Entry points: [`to_yaml`],
//! [`to_yaml_pretty`], [`from_yaml`].

use std::cmp::Ordering;
use std::fmt::Write as _;

use crate::sprig::{JsonStyle, to_json};
use crate::strconv::format_float;
use crate::value::{Map, Value};

/// A YAML node ready for emitting.
enum Node {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(String, Node)>),
}

/// Encodes `v` as Helm's `toYaml` does (before Helm trims the final newline).
pub fn to_yaml(v: &Value) -> Result<String, String> {
    let node = match json_like(v, 0) {
        Some(node) => node,
        None => {
            let json = to_json(v, JsonStyle::Raw)?;
            let parsed: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
            from_serde_json(&parsed)
        }
    };
    let mut e = Emitter {
        out: String::new(),
        pretty: false,
    };
    e.document(&node);
    Ok(e.out)
}

/// Encodes `v` as Helm's `toYamlPretty` does (go-yaml v3, indent 2; before trimming).
pub fn to_yaml_pretty(v: &Value) -> Result<String, String> {
    let node = from_value(v, 0)?;
    let mut e = Emitter {
        out: String::new(),
        pretty: true,
    };
    e.document(&node);
    Ok(e.out)
}

/// The node `toYaml`'s JSON round trip gives for `v`, built directly when that is plain:
/// nil, bools, integers, strings, lists, maps and floats that are whole numbers JSON
/// prints without an exponent (which read back as integers). `None` for anything else
/// (other floats, objects, functions), which takes the round trip.
fn json_like(v: &Value, depth: usize) -> Option<Node> {
    if depth > 64 {
        return None;
    }
    Some(match v {
        Value::Nil => Node::Null,
        Value::Bool(b) => Node::Bool(*b),
        Value::Int(i, _) => Node::Int(i128::from(*i)),
        Value::Uint(u, _) => Node::Int(i128::from(*u)),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 && (*f != 0.0 || f.is_sign_positive()) => {
            Node::Int(*f as i128)
        }
        Value::String(s) => Node::Str(s.to_string()),
        Value::List(l) => Node::Seq(l.iter().map(|x| json_like(x, depth + 1)).collect::<Option<_>>()?),
        Value::Map(m) => {
            let mut entries = m.with(|e| {
                e.iter()
                    .map(|(k, x)| Some((k.to_string(), json_like(x, depth + 1)?)))
                    .collect::<Option<Vec<_>>>()
            })?;
            entries.sort_by(|a, b| key_cmp(&a.0, &b.0));
            Node::Map(entries)
        }
        _ => return None,
    })
}

fn from_serde_json(v: &serde_json::Value) -> Node {
    match v {
        serde_json::Value::Null => Node::Null,
        serde_json::Value::Bool(b) => Node::Bool(*b),
        serde_json::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Node::Int(i128::from(i))
            } else if let Some(u) = n.as_u64() {
                Node::Int(i128::from(u))
            } else {
                Node::Float(n.as_f64().unwrap_or(0.0))
            }
        }
        serde_json::Value::String(s) => Node::Str(s.clone()),
        serde_json::Value::Array(a) => Node::Seq(a.iter().map(from_serde_json).collect()),
        serde_json::Value::Object(o) => {
            let mut entries: Vec<(String, Node)> = o.iter().map(|(k, v)| (k.clone(), from_serde_json(v))).collect();
            entries.sort_by(|a, b| key_cmp(&a.0, &b.0));
            Node::Map(entries)
        }
    }
}

fn from_value(v: &Value, depth: usize) -> Result<Node, String> {
    if depth > 10_000 {
        return Err("yaml: value nested too deeply".to_string());
    }
    Ok(match v {
        Value::Nil => Node::Null,
        Value::Bool(b) => Node::Bool(*b),
        Value::Int(i, _) => Node::Int(i128::from(*i)),
        Value::Uint(u, _) => Node::Int(i128::from(*u)),
        Value::Float(f) => Node::Float(*f),
        Value::String(s) => Node::Str(s.to_string()),
        Value::List(l) => Node::Seq(l.iter().map(|x| from_value(x, depth + 1)).collect::<Result<_, _>>()?),
        Value::Map(m) => {
            let mut entries = Vec::new();
            for (k, x) in m.entries() {
                entries.push((k, from_value(&x, depth + 1)?));
            }
            entries.sort_by(|a, b| key_cmp(&a.0, &b.0));
            Node::Map(entries)
        }
        Value::Complex(..) | Value::Func(_) | Value::Object(_) => {
            let json = to_json(v, JsonStyle::Raw)?;
            let parsed: serde_json::Value = serde_json::from_str(&json).map_err(|e| e.to_string())?;
            from_serde_json(&parsed)
        }
    })
}

/// go-yaml's ordering of string map keys: letters by code point, other characters before
/// letters, and runs of digits compared as numbers.
fn key_cmp(a: &str, b: &str) -> Ordering {
    if key_less(a, b) {
        Ordering::Less
    } else if key_less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

fn key_less(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return key_less_in(a.as_bytes(), b.as_bytes());
    }
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    key_less_in(&ar, &br)
}

/// [`key_less`] over the characters of both keys (bytes when both are ASCII).
fn key_less_in<T: Copy + Into<char>>(a: &[T], b: &[T]) -> bool {
    let ch = |s: &[T], i: usize| -> char { s[i].into() };
    let mut i = 0;
    while i < a.len() && i < b.len() {
        let (ac, bc) = (ch(a, i), ch(b, i));
        if ac == bc {
            i += 1;
            continue;
        }
        let al = ac.is_alphabetic();
        let bl = bc.is_alphabetic();
        if al && bl {
            return ac < bc;
        }
        if al || bl {
            return bl;
        }
        let (mut an, mut bn): (i64, i64) = (0, 0);
        if ac == '0' || bc == '0' {
            let mut j = i;
            while j > 0 && ch(a, j - 1).is_ascii_digit() {
                if ch(a, j - 1) != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
                j -= 1;
            }
        }
        let mut ai = i;
        while ai < a.len() && ch(a, ai).is_ascii_digit() {
            an = an.wrapping_mul(10).wrapping_add(i64::from(ch(a, ai) as u8 - b'0'));
            ai += 1;
        }
        let mut bi = i;
        while bi < b.len() && ch(b, bi).is_ascii_digit() {
            bn = bn.wrapping_mul(10).wrapping_add(i64::from(ch(b, bi) as u8 - b'0'));
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return ac < bc;
    }
    a.len() < b.len()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

/// Reports whether go-yaml would read the plain scalar `s` as something other than a string.
fn resolves_non_string(s: &str) -> bool {
    match s {
        "" | "~" | "null" | "Null" | "NULL" | "<<" => return true,
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => return true,
        "y" | "Y" | "yes" | "Yes" | "YES" | "n" | "N" | "no" | "No" | "NO" | "on" | "On" | "ON" | "off" | "Off"
        | "OFF" => return true,
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF" | ".nan" | ".NaN"
        | ".NAN" => return true,
        _ => {}
    }
    let first = s.as_bytes()[0];
    if !(first.is_ascii_digit() || first == b'+' || first == b'-' || first == b'.') {
        return false;
    }
    let plain: std::borrow::Cow<'_, str> = if s.contains('_') {
        s.chars().filter(|&c| c != '_').collect::<String>().into()
    } else {
        s.into()
    };
    if parses_go_int(&plain) || is_yaml_float(&plain) || is_base60_float(s) {
        return true;
    }
    if let Some(rest) = plain.strip_prefix("0b").or_else(|| plain.strip_prefix("-0b"))
        && !rest.is_empty()
        && rest.bytes().all(|b| b == b'0' || b == b'1')
    {
        return true;
    }
    first.is_ascii_digit() && is_timestamp(s)
}

/// Go's `strconv.ParseInt(s, 0, 64)` / `ParseUint` acceptance (ignoring range).
fn parses_go_int(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body.is_empty() {
        return false;
    }
    let (digits, radix) = if let Some(r) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        (r, 16)
    } else if let Some(r) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
        (r, 8)
    } else if let Some(r) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
        (r, 2)
    } else if body.len() > 1 && body.starts_with('0') {
        (&body[1..], 8)
    } else {
        (body, 10)
    };
    !digits.is_empty() && digits.chars().all(|c| c.is_digit(radix)) && u128::from_str_radix(digits, radix).is_ok()
}

/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn is_yaml_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
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
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if i >= b.len() || !b[i].is_ascii_digit() {
        return false;
    }
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
        let n = i - start;
        if n == 0 || (n == 2 && b[start] > b'5') {
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

/// go-yaml's timestamp forms (`2006-1-2`, optionally followed by a time).
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 8 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return false;
    }
    let mut i = 5;
    for part in 0..2 {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() && i - start < 2 {
            i += 1;
        }
        if i == start {
            return false;
        }
        if part == 0 {
            if i >= b.len() || b[i] != b'-' {
                return false;
            }
            i += 1;
        }
    }
    i == b.len() || matches!(b[i], b'T' | b't' | b' ')
}

struct Analysis {
    multiline: bool,
    block_plain: bool,
    single: bool,
    block: bool,
}

fn is_printable(c: char) -> bool {
    let u = c as u32;
    u == 0x0A
        || (0x20..=0x7E).contains(&u)
        || u == 0x85
        || (0xA0..=0xD7FF).contains(&u)
        || ((0xE000..=0xFFFD).contains(&u) && u != 0xFEFF)
        || (0x10000..=0x10FFFF).contains(&u)
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn analyze(s: &str) -> Analysis {
    // Words of letters and digits with inner `-_./` (most keys and values) contain no
    // indicator, space, break or special character: every style is allowed.
    let b = s.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'/'))
    {
        return Analysis {
            multiline: false,
            block_plain: true,
            single: true,
            block: true,
        };
    }
    if s.is_empty() {
        return Analysis {
            multiline: false,
            block_plain: true,
            single: true,
            block: false,
        };
    }
    let chars: Vec<char> = s.chars().collect();
    let mut block_ind = s.starts_with("---") || s.starts_with("...");
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) = (false, false, false, false);
    let (mut break_space, mut space_break, mut special, mut line_breaks) = (false, false, false, false);
    let (mut prev_space, mut prev_break) = (false, false);
    let mut preceded_ws = true;
    let n = chars.len();
    for i in 0..n {
        let c = chars[i];
        let followed_ws = i + 1 >= n || matches!(chars[i + 1], ' ' | '\t') || is_break(chars[i + 1]);
        if i == 0 {
            match c {
                '#' | ',' | '[' | ']' | '{' | '}' | '&' | '*' | '!' | '|' | '>' | '\'' | '"' | '%' | '@' | '`' => {
                    block_ind = true
                }
                '?' | ':' | '-' if followed_ws => block_ind = true,
                _ => {}
            }
        } else {
            match c {
                ':' if followed_ws => block_ind = true,
                '#' if preceded_ws => block_ind = true,
                _ => {}
            }
        }
        if !is_printable(c) {
            special = true;
        }
        if c == ' ' {
            if i == 0 {
                leading_space = true;
            }
            if i + 1 == n {
                trailing_space = true;
            }
            if prev_break {
                break_space = true;
            }
            prev_space = true;
            prev_break = false;
        } else if is_break(c) {
            line_breaks = true;
            if i == 0 {
                leading_break = true;
            }
            if i + 1 == n {
                trailing_break = true;
            }
            if prev_space {
                space_break = true;
            }
            prev_space = false;
            prev_break = true;
        } else {
            prev_space = false;
            prev_break = false;
        }
        preceded_ws = matches!(c, ' ' | '\t' | '\0') || is_break(c);
    }
    let mut a = Analysis {
        multiline: line_breaks,
        block_plain: true,
        single: true,
        block: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.block_plain = false;
    }
    if trailing_space {
        a.block = false;
    }
    if break_space {
        a.block_plain = false;
        a.single = false;
    }
    if space_break || special {
        a.block_plain = false;
        a.single = false;
        a.block = false;
    }
    if line_breaks {
        a.block_plain = false;
    }
    if block_ind {
        a.block_plain = false;
    }
    a
}

const BEST_WIDTH: usize = 80;

struct Emitter {
    out: String,
    pretty: bool,
}

impl Emitter {
    fn column(&self) -> usize {
        match self.out.rfind('\n') {
            Some(p) => self.out[p + 1..].chars().count(),
            None => self.out.chars().count(),
        }
    }

    fn newline_indent(&mut self, indent: usize) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
        for _ in 0..indent {
            self.out.push(' ');
        }
    }

    fn document(&mut self, node: &Node) {
        match node {
            Node::Map(m) if !m.is_empty() => self.mapping(m, 0, false),
            Node::Seq(s) if !s.is_empty() => self.sequence(s, 0, false),
            _ => self.scalar(node, 0, false),
        }
        if !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// Writes a block mapping whose keys sit at column `indent`; with `inline`, the first
    /// key continues the current line (after `- `).
    fn mapping(&mut self, entries: &[(String, Node)], indent: usize, inline: bool) {
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 || !inline {
                self.newline_indent(indent);
            }
            self.key(k);
            self.out.push(':');
            match v {
                Node::Map(m) if !m.is_empty() => self.mapping(m, indent + 2, false),
                Node::Seq(s) if !s.is_empty() => {
                    let seq_indent = if self.pretty { indent + 2 } else { indent };
                    self.sequence(s, seq_indent, false)
                }
                _ => {
                    self.out.push(' ');
                    self.scalar(v, indent, false);
                }
            }
        }
    }

    fn sequence(&mut self, items: &[Node], indent: usize, inline: bool) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 || !inline {
                self.newline_indent(indent);
            }
            self.out.push_str("- ");
            match item {
                Node::Map(m) if !m.is_empty() => self.mapping(m, indent + 2, true),
                Node::Seq(s) if !s.is_empty() => self.sequence(s, indent + 2, true),
                _ => self.scalar(item, indent, false),
            }
        }
    }

    fn key(&mut self, k: &str) {
        let style = self.choose_style(k, true);
        self.write_str(k, style, 0, false);
    }

    /// Writes a scalar (or an empty collection) that belongs to a node at column `indent`.
    fn scalar(&mut self, node: &Node, indent: usize, _key: bool) {
        match node {
            Node::Null => self.out.push_str("null"),
            Node::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Node::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Node::Float(f) => self.out.push_str(&yaml_float(*f)),
            Node::Str(s) => {
                let style = self.choose_style(s, false);
                self.write_str(s, style, indent + 2, true);
            }
            Node::Seq(_) => self.out.push_str("[]"),
            Node::Map(_) => self.out.push_str("{}"),
        }
    }

    fn choose_style(&self, s: &str, simple_key: bool) -> Style {
        let plain_ok = !resolves_non_string(s);
        let mut style = if s.contains('\n') && !simple_key {
            Style::Literal
        } else if plain_ok {
            Style::Plain
        } else {
            Style::Double
        };
        let a = analyze(s);
        if style == Style::Plain && (!a.block_plain || (s.is_empty() && simple_key)) {
            style = Style::Single;
        }
        if style == Style::Single && !a.single {
            style = Style::Double;
        }
        if style == Style::Literal && (!a.block || simple_key || (self.pretty && !a.multiline)) {
            style = Style::Double;
        }
        style
    }

    fn write_str(&mut self, s: &str, style: Style, indent: usize, allow_breaks: bool) {
        let allow_breaks = allow_breaks && !self.pretty;
        match style {
            Style::Plain => self.write_folded(s, indent, allow_breaks, None),
            Style::Single => {
                self.out.push('\'');
                self.write_folded(s, indent, allow_breaks, Some('\''));
                self.out.push('\'');
            }
            Style::Double => self.write_double(s, indent, allow_breaks),
            Style::Literal => self.write_literal(s, indent),
        }
    }

    /// Plain or single-quoted text: spaces past the width limit become line breaks.
    fn write_folded(&mut self, s: &str, indent: usize, allow_breaks: bool, quote: Option<char>) {
        let needs_escape = quote == Some('\'') && s.contains('\'');
        if !s.contains(' ') && !needs_escape {
            // Nothing to fold or escape.
            self.out.push_str(s);
            return;
        }
        let chars: Vec<char> = s.chars().collect();
        let mut column = self.column();
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' {
                let next_space = chars.get(i + 1) == Some(&' ');
                let inner = quote.is_none() || (i > 0 && i + 1 < chars.len());
                if allow_breaks && !spaces && column > BEST_WIDTH && inner && !next_space {
                    self.out.push('\n');
                    for _ in 0..indent {
                        self.out.push(' ');
                    }
                    column = indent;
                } else {
                    self.out.push(' ');
                    column += 1;
                }
                spaces = true;
            } else {
                if quote == Some('\'') && c == '\'' {
                    self.out.push('\'');
                    column += 1;
                }
                self.out.push(c);
                column += 1;
                spaces = false;
            }
        }
    }

    fn write_double(&mut self, s: &str, indent: usize, allow_breaks: bool) {
        let chars: Vec<char> = s.chars().collect();
        self.out.push('"');
        let mut column = self.column();
        let mut spaces = false;
        for (i, &c) in chars.iter().enumerate() {
            let printable = is_printable(c) && c != '\u{FEFF}';
            if !printable || is_break(c) || c == '"' || c == '\\' {
                let esc = match c {
                    '\0' => "\\0".to_string(),
                    '\u{7}' => "\\a".to_string(),
                    '\u{8}' => "\\b".to_string(),
                    '\t' => "\\t".to_string(),
                    '\n' => "\\n".to_string(),
                    '\u{b}' => "\\v".to_string(),
                    '\u{c}' => "\\f".to_string(),
                    '\r' => "\\r".to_string(),
                    '\u{1b}' => "\\e".to_string(),
                    '"' => "\\\"".to_string(),
                    '\\' => "\\\\".to_string(),
                    '\u{85}' => "\\N".to_string(),
                    '\u{a0}' => "\\_".to_string(),
                    '\u{2028}' => "\\L".to_string(),
                    '\u{2029}' => "\\P".to_string(),
                    c if (c as u32) <= 0xFF => format!("\\x{:02X}", c as u32),
                    c if (c as u32) <= 0xFFFF => format!("\\u{:04X}", c as u32),
                    c => format!("\\U{:08X}", c as u32),
                };
                column += esc.chars().count();
                self.out.push_str(&esc);
                spaces = false;
            } else if c == ' ' {
                if allow_breaks && !spaces && column > BEST_WIDTH && i > 0 && i + 1 < chars.len() {
                    self.out.push('\n');
                    for _ in 0..indent {
                        self.out.push(' ');
                    }
                    column = indent;
                    if chars.get(i + 1) == Some(&' ') {
                        self.out.push('\\');
                        column += 1;
                    }
                } else {
                    self.out.push(' ');
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
        if s.starts_with(' ') || s.starts_with('\n') {
            self.out.push('2');
        }
        let trailing = s.len() - s.trim_end_matches('\n').len();
        match trailing {
            0 => self.out.push('-'),
            1 => {}
            _ => self.out.push('+'),
        }
        let body = s.strip_suffix('\n').unwrap_or(s);
        for line in body.split('\n') {
            self.out.push('\n');
            if !line.is_empty() {
                for _ in 0..indent {
                    self.out.push(' ');
                }
                self.out.push_str(line);
            }
        }
        if trailing > 0 {
            self.out.push('\n');
        }
    }
}

fn yaml_float(f: f64) -> String {
    if f.is_nan() {
        ".nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { ".inf" } else { "-.inf" }.to_string()
    } else {
        format_float(f, 'g', -1)
    }
}

/// Decodes one YAML document into a template value (numbers become `float64`, as
/// sigs.k8s.io/yaml's JSON round trip makes them); the error is the parser's message.
/// Documents in [`super::fastyaml`]'s subset take that fast path.
pub(crate) fn from_yaml(s: &str) -> Result<Value, String> {
    if let Some(v) = super::fastyaml::parse(s, super::fastyaml::Want::All) {
        return Ok(v);
    }
    from_yaml_slow(s)
}

/// [`from_yaml`] with `yaml_serde` only.
pub(crate) fn from_yaml_slow(s: &str) -> Result<Value, String> {
    let parsed: yaml_serde::Value = if s.trim().is_empty() {
        yaml_serde::Value::Null
    } else {
        yaml_serde::from_str(s).map_err(|e| format!("error converting YAML to JSON: yaml: {e}"))?
    };
    Ok(yaml_to_value(&parsed))
}

fn yaml_key(v: &yaml_serde::Value) -> String {
    match v {
        yaml_serde::Value::Null => "null".to_string(),
        yaml_serde::Value::Bool(b) => b.to_string(),
        yaml_serde::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.to_string()
            } else if let Some(u) = n.as_u64() {
                u.to_string()
            } else {
                format_float(n.as_f64().unwrap_or(0.0), 'g', -1)
            }
        }
        yaml_serde::Value::String(s) => s.clone(),
        yaml_serde::Value::Tagged(t) => yaml_key(&t.value),
        other => format!("{other:?}"),
    }
}

fn yaml_to_value(v: &yaml_serde::Value) -> Value {
    match v {
        yaml_serde::Value::Null => Value::Nil,
        yaml_serde::Value::Bool(b) => Value::Bool(*b),
        yaml_serde::Value::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
        yaml_serde::Value::String(s) => Value::string(s.as_str()),
        yaml_serde::Value::Sequence(items) => Value::list(items.iter().map(yaml_to_value).collect()),
        yaml_serde::Value::Mapping(m) => {
            let out = Map::new();
            for (k, x) in m {
                out.insert(yaml_key(k), yaml_to_value(x));
            }
            Value::Map(out)
        }
        yaml_serde::Value::Tagged(t) => yaml_to_value(&t.value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn y(j: serde_json::Value) -> String {
        to_yaml(&Value::from_json(&j)).unwrap_or_default()
    }

    #[test]
    fn to_yaml_quotes_strings_that_read_back_as_other_types() {
        let out =
            y(serde_json::json!({"a": "true", "b": "1.5", "c": "", "d": "x: y", "e": "plain", "f": "2021-01-02"}));
        assert_eq!(
            out,
            "a: \"true\"\nb: \"1.5\"\nc: \"\"\nd: 'x: y'\ne: plain\nf: \"2021-01-02\"\n"
        );
    }

    #[test]
    fn to_yaml_keeps_sequences_in_mappings_unindented_and_uses_literal_blocks() {
        let out = y(serde_json::json!({"l": [1, {"a": 1, "b": [true]}], "t": "a\nb\n", "u": "x\ny"}));
        assert_eq!(
            out,
            "l:\n- 1\n- a: 1\n  b:\n  - true\nt: |\n  a\n  b\nu: |-\n  x\n  y\n"
        );
    }

    #[test]
    fn yaml_key_order_compares_digit_runs_as_numbers() {
        let out = y(serde_json::json!({"a10": 1, "a9": 2, "B": 3, "_": 4}));
        assert_eq!(out, "_: 4\nB: 3\na9: 2\na10: 1\n");
    }
}
