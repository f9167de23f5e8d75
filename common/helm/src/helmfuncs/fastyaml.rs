//! A fast path for the YAML that charts mostly hold: block mappings and sequences, one-line
//! plain and quoted scalars, one-line flow collections, literal block scalars and comments.
//!
//! Entry point: [`parse`]. It returns `None` whenever the text leaves that subset (anchors,
//! tags, multi-line plain or quoted scalars, document markers, tabs, duplicate keys, numbers
//! that need more than 64 bits, …), and the caller then parses with `yaml_serde`; when it
//! returns a value, that value is the one `yaml_serde` plus [`super::yaml`]'s conversion
//! would give (plain scalars are resolved with the same rules: `null`/`~`, `true`/`false`
//! in three casings, decimal/hex/octal/binary integers, floats, and strings otherwise). It
//! is what makes loading large `values.yaml` files and sorting thousands of rendered
//! manifests cheap. [`Want`] limits which parts of the tree are built (the rest is only
//! checked), so reading `kind` and the hook annotation of a manifest allocates little.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

use crate::entries::Entries;
use crate::value::{Map, Value};

/// Which parts of a document [`parse`] builds; the rest is validated and dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Want {
    /// The whole tree.
    All,
    /// Nothing below this point.
    Skip,
    /// A manifest's head: `kind` and `metadata.annotations["helm.sh/hook"]`.
    Head,
    HeadMeta,
    HeadAnnotations,
}

impl Want {
    fn child(self, key: &str) -> Want {
        match self {
            Want::All => Want::All,
            Want::Skip => Want::Skip,
            Want::Head => match key {
                "kind" => Want::All,
                "metadata" => Want::HeadMeta,
                _ => Want::Skip,
            },
            Want::HeadMeta if key == "annotations" => Want::HeadAnnotations,
            Want::HeadAnnotations if key == "helm.sh/hook" => Want::All,
            _ => Want::Skip,
        }
    }

    fn builds(self) -> bool {
        self != Want::Skip
    }
}

/// Parses one YAML document in the fast subset, or returns `None` (use the full parser).
pub(crate) fn parse(s: &str, want: Want) -> Option<Value> {
    if !clean(s) {
        return None;
    }
    let ends_nl = s.ends_with('\n');
    let body = s.strip_suffix('\n').unwrap_or(s);
    let lines: Vec<&str> = body.split('\n').collect();
    if lines
        .iter()
        .any(|l| l.starts_with("---") || l.starts_with("...") || l.starts_with('%'))
    {
        return None;
    }
    let mut p = Parser {
        lines,
        li: 0,
        depth: 0,
        ends_nl,
        keys: KeyCache::default(),
    };
    p.skip_blank();
    if p.eof() {
        return None;
    }
    let col = indent(p.line());
    let v = p.node_at(col, -1, want)?;
    p.skip_blank();
    if !p.eof() {
        return None;
    }
    Some(v)
}

/// Checks for characters the fast path does not handle: tabs, carriage returns, control
/// characters, BOMs, Unicode line breaks and non-characters.
fn clean(s: &str) -> bool {
    let mut ascii = true;
    for &b in s.as_bytes() {
        if (b < 0x20 && b != b'\n') || b == 0x7f {
            return false;
        }
        ascii &= b < 0x80;
    }
    ascii
        || s.chars().all(|c| {
            !matches!(
                c,
                '\u{80}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
            )
        })
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_seq_entry(rest: &str) -> bool {
    rest.starts_with('-') && (rest.len() == 1 || rest.as_bytes()[1] == b' ')
}

/// The rest of a line after a node is empty or a comment (`#` after a space).
fn tail_ok(tail: &str) -> bool {
    let t = tail.trim_start_matches(' ');
    t.is_empty() || (t.starts_with('#') && t.len() < tail.len())
}

const MAX_DEPTH: usize = 64;
const MAX_KEY: usize = 1000;

struct Parser<'a> {
    lines: Vec<&'a str>,
    li: usize,
    depth: usize,
    ends_nl: bool,
    keys: KeyCache<'a>,
}

/// Recently seen mapping keys of one document, shared instead of allocated again: values
/// files repeat the same few keys (`name`, `port`, `enabled`, …) in every item. A small
/// direct-mapped table (slot by length and end bytes): a hit costs a comparison, a miss an
/// allocation, and it never grows.
struct KeyCache<'a> {
    slots: [Option<(&'a str, Arc<str>)>; KEY_SLOTS],
}

const KEY_SLOTS: usize = 64;

impl Default for KeyCache<'_> {
    fn default() -> Self {
        KeyCache {
            slots: std::array::from_fn(|_| None),
        }
    }
}

impl<'a> KeyCache<'a> {
    fn get(&mut self, key: Cow<'a, str>) -> Arc<str> {
        let k = match key {
            Cow::Borrowed(k) => k,
            Cow::Owned(k) => return Arc::from(k),
        };
        let b = k.as_bytes();
        let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
        let slot = (b.len().wrapping_mul(31) ^ usize::from(first).wrapping_mul(7) ^ usize::from(last)) % KEY_SLOTS;
        match self.slots.get_mut(slot) {
            Some(Some((seen, shared))) if *seen == k => Arc::clone(shared),
            Some(entry) => {
                let shared: Arc<str> = Arc::from(k);
                *entry = Some((k, Arc::clone(&shared)));
                shared
            }
            None => Arc::from(k),
        }
    }
}

/// The value of a mapping whose built entries are `entries`: null when `want` builds nothing.
fn map_value(want: Want, entries: Entries) -> Value {
    if want.builds() {
        Value::Map(Map::from_sorted(entries))
    } else {
        Value::Nil
    }
}

/// Keys seen in one mapping whose values are not built; the built ones are checked for
/// duplicates as they go into the mapping (duplicates send the document to the full parser).
#[derive(Default)]
struct KeySet<'a> {
    few: Vec<Cow<'a, str>>,
    many: Option<HashSet<Cow<'a, str>>>,
}

impl<'a> KeySet<'a> {
    /// Adds `k`; false when it was there already.
    fn add(&mut self, k: Cow<'a, str>) -> bool {
        if let Some(set) = &mut self.many {
            return set.insert(k);
        }
        if self.few.contains(&k) {
            return false;
        }
        self.few.push(k);
        if self.few.len() > 16 {
            self.many = Some(self.few.drain(..).collect());
        }
        true
    }
}

impl<'a> Parser<'a> {
    fn eof(&self) -> bool {
        self.li >= self.lines.len()
    }

    fn line(&self) -> &'a str {
        self.lines.get(self.li).copied().unwrap_or("")
    }

    /// Skips empty lines and comment lines.
    fn skip_blank(&mut self) {
        while let Some(l) = self.lines.get(self.li) {
            let t = l.trim_start_matches(' ');
            if !(t.is_empty() || t.starts_with('#')) {
                break;
            }
            self.li += 1;
        }
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    /// The node on the following lines, if indented at least `min` (or a sequence at
    /// `seq_at`, the column of the mapping key it belongs to); null otherwise.
    fn block_node(&mut self, min: usize, seq_at: Option<usize>, want: Want) -> Option<Value> {
        self.skip_blank();
        if self.eof() {
            return Some(Value::Nil);
        }
        let line = self.line();
        let ind = indent(line);
        if ind >= min {
            self.node_at(ind, min as isize - 1, want)
        } else if seq_at == Some(ind) && is_seq_entry(&line[ind..]) {
            self.block_seq(ind, want)
        } else {
            Some(Value::Nil)
        }
    }

    /// The node starting at column `col` of the current line: a block sequence, a block
    /// mapping, or an inline value. `parent` is the indentation of the enclosing node.
    fn node_at(&mut self, col: usize, parent: isize, want: Want) -> Option<Value> {
        let rest = &self.line()[col..];
        if is_seq_entry(rest) {
            return self.block_seq(col, want);
        }
        if self.key_split(rest)?.is_some() {
            return self.block_map(col, want);
        }
        self.inline_value(col, parent, want)
    }

    /// Splits `key: ...` at the start of `rest`: `Some(Some((key, after_colon)))` for a
    /// mapping entry, `Some(None)` when `rest` is no entry, `None` when unsure.
    fn key_split(&self, rest: &'a str) -> Option<Option<(Cow<'a, str>, usize)>> {
        let b = rest.as_bytes();
        let first = *b.first()?;
        if first == b'"' || first == b'\'' {
            let (k, end) = quoted(rest)?;
            let after = &rest[end..];
            let t = after.trim_start_matches(' ');
            if t.starts_with(':') && (t.len() == 1 || t.as_bytes()[1] == b' ') {
                return Some(Some((k, end + (after.len() - t.len()) + 1)));
            }
            return Some(None);
        }
        if starts_no_plain_key(first) || is_seq_entry(rest) {
            return Some(None);
        }
        for i in 0..b.len() {
            match b[i] {
                b'#' if i > 0 && b[i - 1] == b' ' => return Some(None),
                b':' if i + 1 == b.len() || b[i + 1] == b' ' => {
                    let raw = rest[..i].trim_end_matches(' ');
                    if raw.is_empty() || raw.len() > MAX_KEY {
                        return None;
                    }
                    return Some(Some((plain_key(raw)?, i + 1)));
                }
                _ => {}
            }
        }
        Some(None)
    }

    fn block_map(&mut self, col: usize, want: Want) -> Option<Value> {
        self.enter()?;
        let mut pairs = Vec::new();
        let mut keys = KeySet::default();
        loop {
            let line = self.line();
            let rest = &line[col..];
            let (key, vstart) = self.key_split(rest)??;
            let cw = want.child(&key);
            let built = want.builds() && cw.builds();
            if !built && !keys.add(key.clone()) {
                return None;
            }
            let after = &rest[vstart..];
            let t = after.trim_start_matches(' ');
            let value = if t.is_empty() || t.starts_with('#') {
                self.li += 1;
                self.block_node(col + 1, Some(col), cw)?
            } else {
                self.inline_value(col + vstart + (after.len() - t.len()), col as isize, cw)?
            };
            if built {
                pairs.push((self.keys.get(key), value));
            }
            self.skip_blank();
            if self.eof() {
                break;
            }
            let ind = indent(self.line());
            if ind < col {
                break;
            }
            if ind > col {
                return None;
            }
        }
        self.depth -= 1;
        // Duplicate keys send the document to the full parser.
        Some(map_value(want, Entries::from_pairs(pairs)?))
    }

    fn block_seq(&mut self, col: usize, want: Want) -> Option<Value> {
        self.enter()?;
        let mut items = Vec::new();
        loop {
            let after = &self.line()[col + 1..];
            let t = after.trim_start_matches(' ');
            let item = if t.is_empty() || t.starts_with('#') {
                self.li += 1;
                self.block_node(col + 1, None, want)?
            } else {
                self.node_at(col + 1 + (after.len() - t.len()), col as isize, want)?
            };
            if want.builds() {
                items.push(item);
            }
            self.skip_blank();
            if self.eof() {
                break;
            }
            let line = self.line();
            let ind = indent(line);
            if ind > col {
                return None;
            }
            if ind < col || !is_seq_entry(&line[col..]) {
                break;
            }
        }
        self.depth -= 1;
        Some(if want.builds() { Value::list(items) } else { Value::Nil })
    }

    /// A value that starts at `col` of the current line and is no block collection: a
    /// flow collection, a quoted or plain scalar, or a block scalar.
    fn inline_value(&mut self, col: usize, parent: isize, want: Want) -> Option<Value> {
        let text = &self.line()[col..];
        let first = *text.as_bytes().first()?;
        let v = match first {
            b'[' | b'{' => {
                let mut pos = 0;
                let v = flow_node(text, &mut pos, want, 0, &mut self.keys)?;
                if !tail_ok(&text[pos..]) {
                    return None;
                }
                v
            }
            b'"' | b'\'' => {
                let (s, end) = quoted(text)?;
                if !tail_ok(&text[end..]) {
                    return None;
                }
                if want.builds() {
                    Value::string(s.as_ref())
                } else {
                    Value::Nil
                }
            }
            b'|' | b'>' => return self.block_scalar(text, parent, want),
            b'-' if is_seq_entry(text) => return None,
            b'?' | b':' | b',' | b']' | b'}' | b'#' | b'&' | b'*' | b'!' | b'%' | b'@' | b'`' => return None,
            _ => {
                let b = text.as_bytes();
                let mut end = b.len();
                for i in 0..b.len() {
                    match b[i] {
                        b'#' if b[i - 1] == b' ' => {
                            end = i;
                            break;
                        }
                        b':' if i + 1 == b.len() || b[i + 1] == b' ' => return None,
                        _ => {}
                    }
                }
                let s = text[..end].trim_end_matches(' ');
                let v = resolve_plain(s)?;
                if want.builds() { v } else { Value::Nil }
            }
        };
        self.li += 1;
        Some(v)
    }

    /// A `|` or `>` block scalar whose header is `header`, inside a node indented `parent`.
    fn block_scalar(&mut self, header: &str, parent: isize, want: Want) -> Option<Value> {
        let literal = header.starts_with('|');
        let mut chomp = b' ';
        let mut rest = &header[1..];
        if let Some(c) = rest.bytes().next().filter(|c| *c == b'-' || *c == b'+') {
            chomp = c;
            rest = &rest[1..];
        }
        if !tail_ok(rest) || (!literal && want.builds()) {
            return None;
        }
        self.li += 1;
        let mut widest_blank = 0;
        while !self.eof() && self.line().trim_start_matches(' ').is_empty() {
            widest_blank = widest_blank.max(self.line().len());
            self.li += 1;
        }
        if self.eof() {
            return None;
        }
        let n = indent(self.line());
        if (n as isize) <= parent || widest_blank > n {
            return None;
        }
        let first = self.li;
        let mut last_content = first;
        while !self.eof() {
            let l = self.line();
            if l.trim_start_matches(' ').is_empty() {
                if l.len() > n && want.builds() {
                    return None;
                }
            } else if indent(l) >= n {
                last_content = self.li;
            } else {
                break;
            }
            self.li += 1;
        }
        if !want.builds() {
            return Some(Value::Nil);
        }
        if self.eof() && !self.ends_nl {
            return None;
        }
        let mut out = String::new();
        for (i, l) in self.lines[first..=last_content].iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(l.get(n..).unwrap_or(""));
        }
        match chomp {
            b'-' => {}
            b'+' => {
                out.push('\n');
                for _ in last_content + 1..self.li {
                    out.push('\n');
                }
            }
            _ => out.push('\n'),
        }
        Some(Value::string(out))
    }
}

/// A flow collection or scalar at `s[*pos..]` on one line.
fn flow_node<'a>(s: &'a str, pos: &mut usize, want: Want, depth: usize, cache: &mut KeyCache<'a>) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    let b = s.as_bytes();
    skip_spaces(b, pos);
    match *b.get(*pos)? {
        b'[' => {
            *pos += 1;
            let mut items = Vec::new();
            skip_spaces(b, pos);
            if b.get(*pos) == Some(&b']') {
                *pos += 1;
            } else {
                loop {
                    let v = flow_node(s, pos, want, depth + 1, cache)?;
                    if want.builds() {
                        items.push(v);
                    }
                    skip_spaces(b, pos);
                    match *b.get(*pos)? {
                        b',' => {
                            *pos += 1;
                            skip_spaces(b, pos);
                            if b.get(*pos) == Some(&b']') {
                                return None;
                            }
                        }
                        b']' => {
                            *pos += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
            }
            Some(if want.builds() { Value::list(items) } else { Value::Nil })
        }
        b'{' => {
            *pos += 1;
            let mut pairs = Vec::new();
            let mut keys = KeySet::default();
            skip_spaces(b, pos);
            if b.get(*pos) == Some(&b'}') {
                *pos += 1;
            } else {
                loop {
                    let key = flow_key(s, pos)?;
                    let cw = want.child(&key);
                    let built = want.builds() && cw.builds();
                    if !built && !keys.add(key.clone()) {
                        return None;
                    }
                    skip_spaces(b, pos);
                    if matches!(b.get(*pos), None | Some(b',' | b'}')) {
                        return None;
                    }
                    let v = flow_node(s, pos, cw, depth + 1, cache)?;
                    if built {
                        pairs.push((cache.get(key), v));
                    }
                    skip_spaces(b, pos);
                    match *b.get(*pos)? {
                        b',' => {
                            *pos += 1;
                            skip_spaces(b, pos);
                            if b.get(*pos) == Some(&b'}') {
                                return None;
                            }
                        }
                        b'}' => {
                            *pos += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
            }
            Some(map_value(want, Entries::from_pairs(pairs)?))
        }
        b'"' | b'\'' => {
            let (v, end) = quoted(&s[*pos..])?;
            *pos += end;
            Some(if want.builds() {
                Value::string(v.as_ref())
            } else {
                Value::Nil
            })
        }
        _ => {
            let start = *pos;
            let end = flow_plain_end(b, start)?;
            if b.get(end) == Some(&b':') {
                return None;
            }
            *pos = end;
            let v = resolve_plain(s[start..end].trim_end_matches(' '))?;
            Some(if want.builds() { v } else { Value::Nil })
        }
    }
}

/// YAML indicators the fast path does not take at the start of a plain key or scalar
/// (quotes are handled by the callers).
fn starts_no_plain_key(first: u8) -> bool {
    matches!(
        first,
        b'?' | b':' | b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'%' | b'@' | b'`'
    )
}

/// Where a plain scalar starting at `start` in a flow collection ends (at `,`, a bracket,
/// a comment or `:`); `None` for what the fast path does not take.
fn flow_plain_end(b: &[u8], start: usize) -> Option<usize> {
    let first = *b.get(start)?;
    let indicator = starts_no_plain_key(first) || first == b'\'' || first == b'"';
    if indicator || (first == b'-' && matches!(b.get(start + 1), None | Some(b' '))) {
        return None;
    }
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b',' | b'[' | b']' | b'{' | b'}' | b':' => break,
            b'#' if b[i - 1] == b' ' => return None,
            _ => i += 1,
        }
    }
    (i > start).then_some(i)
}

/// A key in a flow mapping, up to and including its `: `.
fn flow_key<'a>(s: &'a str, pos: &mut usize) -> Option<Cow<'a, str>> {
    let b = s.as_bytes();
    skip_spaces(b, pos);
    let key = match *b.get(*pos)? {
        b'"' | b'\'' => {
            let (k, end) = quoted(&s[*pos..])?;
            *pos += end;
            skip_spaces(b, pos);
            k
        }
        _ => {
            let start = *pos;
            let end = flow_plain_end(b, start)?;
            *pos = end;
            let raw = s[start..end].trim_end_matches(' ');
            if raw.len() > MAX_KEY {
                return None;
            }
            plain_key(raw)?
        }
    };
    if b.get(*pos) != Some(&b':') || b.get(*pos + 1) != Some(&b' ') {
        return None;
    }
    *pos += 1;
    Some(key)
}

fn skip_spaces(b: &[u8], pos: &mut usize) {
    while b.get(*pos) == Some(&b' ') {
        *pos += 1;
    }
}

/// A one-line quoted scalar at the start of `s`: its value and the index after the
/// closing quote.
fn quoted(s: &str) -> Option<(Cow<'_, str>, usize)> {
    let b = s.as_bytes();
    if b.first() == Some(&b'\'') {
        let mut i = 1;
        let mut escaped = false;
        loop {
            match *b.get(i)? {
                b'\'' if b.get(i + 1) == Some(&b'\'') => {
                    escaped = true;
                    i += 2;
                }
                b'\'' => break,
                _ => i += 1,
            }
        }
        let inner = &s[1..i];
        let v = if escaped {
            Cow::Owned(inner.replace("''", "'"))
        } else {
            Cow::Borrowed(inner)
        };
        return Some((v, i + 1));
    }
    let mut i = 1;
    let start = 1;
    let mut out: Option<String> = None;
    let mut chunk = start;
    loop {
        match *b.get(i)? {
            b'"' => break,
            b'\\' => {
                let o = out.get_or_insert_with(String::new);
                o.push_str(&s[chunk..i]);
                let (c, len) = escape(&s[i + 1..])?;
                o.push(c);
                i += 1 + len;
                chunk = i;
            }
            _ => i += 1,
        }
    }
    let v = match out {
        Some(mut o) => {
            o.push_str(&s[chunk..i]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(&s[start..i]),
    };
    Some((v, i + 1))
}

/// A double-quoted escape (after the backslash): the character and the bytes it used.
fn escape(s: &str) -> Option<(char, usize)> {
    let c = *s.as_bytes().first()?;
    let simple = match c {
        b'0' => '\0',
        b'a' => '\u{7}',
        b'b' => '\u{8}',
        b't' => '\t',
        b'n' => '\n',
        b'v' => '\u{b}',
        b'f' => '\u{c}',
        b'r' => '\r',
        b'e' => '\u{1b}',
        b' ' => ' ',
        b'"' => '"',
        b'/' => '/',
        b'\\' => '\\',
        b'N' => '\u{85}',
        b'_' => '\u{a0}',
        b'L' => '\u{2028}',
        b'P' => '\u{2029}',
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let hex = s.get(1..1 + n)?;
            if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                return None;
            }
            let ch = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
            return Some((ch, 1 + n));
        }
        _ => return None,
    };
    Some((simple, 1))
}

/// What a plain scalar resolves to, as [`super::yaml`] converts `yaml_serde`'s values:
/// null, a bool, a number (always `float64`) or a string. `None` for integers beyond 64 bits.
fn resolve_plain(s: &str) -> Option<Value> {
    Some(match classify(s)? {
        Plain::Null => Value::Nil,
        Plain::Bool(b) => Value::Bool(b),
        Plain::Uint(u) => Value::Float(u as f64),
        Plain::Int(i) => Value::Float(i as f64),
        Plain::Float(f) => Value::Float(f),
        Plain::Str => Value::string(s),
    })
}

/// A plain scalar used as a mapping key, as text (`None` for float keys: the full path
/// formats them).
fn plain_key(s: &str) -> Option<Cow<'_, str>> {
    Some(match classify(s)? {
        Plain::Null => Cow::Borrowed("null"),
        Plain::Bool(b) => Cow::Borrowed(if b { "true" } else { "false" }),
        Plain::Uint(u) => Cow::Owned(u.to_string()),
        Plain::Int(i) => Cow::Owned(i.to_string()),
        Plain::Float(_) => return None,
        Plain::Str => Cow::Borrowed(s),
    })
}

enum Plain {
    Null,
    Bool(bool),
    Uint(u64),
    Int(i64),
    Float(f64),
    Str,
}

/// Characters that can appear in a plain scalar resolving to something other than a string.
fn maybe_not_string(s: &str) -> bool {
    s.bytes().all(|c| {
        c.is_ascii_digit()
            || matches!(
                c,
                b'+' | b'-'
                    | b'.'
                    | b'~'
                    | b'a'..=b'f'
                    | b'A'..=b'F'
                    | b'x'
                    | b'X'
                    | b'o'
                    | b'O'
                    | b'n'
                    | b'N'
                    | b'u'
                    | b'U'
                    | b'l'
                    | b'L'
                    | b't'
                    | b'T'
                    | b'r'
                    | b'R'
                    | b's'
                    | b'S'
                    | b'i'
                    | b'I'
                    | b'y'
                    | b'Y'
            )
    })
}

/// Resolves a plain scalar with `yaml_serde`'s rules for untagged scalars; `None` when
/// the integer needs 128 bits.
fn classify(s: &str) -> Option<Plain> {
    // A letter other than the first of null/true/false starts no number, null or boolean
    // (`inf`/`nan` are no YAML floats).
    let starts_as_string = s
        .as_bytes()
        .first()
        .is_some_and(|c| c.is_ascii_alphabetic() && !matches!(c, b'n' | b'N' | b't' | b'T' | b'f' | b'F'));
    if starts_as_string || !maybe_not_string(s) {
        return Some(Plain::Str);
    }
    match s {
        "~" | "null" | "Null" | "NULL" => return Some(Plain::Null),
        "true" | "True" | "TRUE" => return Some(Plain::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Plain::Bool(false)),
        _ => {}
    }
    if let Some(u) = unsigned(s, u64::from_str_radix) {
        return Some(Plain::Uint(u));
    }
    if let Some(i) = negative(s, i64::from_str_radix) {
        return Some(Plain::Int(i));
    }
    if unsigned(s, u128::from_str_radix).is_some() || negative(s, i128::from_str_radix).is_some() {
        return None;
    }
    if !leading_zero_digits(s)
        && let Some(f) = float(s)
    {
        return Some(Plain::Float(f));
    }
    Some(Plain::Str)
}

type Radix<T> = fn(&str, u32) -> Result<T, std::num::ParseIntError>;

const PREFIXES: [(&str, u32); 3] = [("0x", 16), ("0o", 8), ("0b", 2)];

fn unsigned<T>(s: &str, parse: Radix<T>) -> Option<T> {
    let u = s.strip_prefix('+').unwrap_or(s);
    for (prefix, radix) in PREFIXES {
        if let Some(rest) = u.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(v) = parse(rest, radix) {
                return Some(v);
            }
        }
    }
    if u.starts_with(['+', '-']) || leading_zero_digits(s) {
        return None;
    }
    parse(u, 10).ok()
}

fn negative<T>(s: &str, parse: Radix<T>) -> Option<T> {
    for (prefix, radix) in PREFIXES {
        if let Some(rest) = s.strip_prefix('-').and_then(|r| r.strip_prefix(prefix))
            && let Ok(v) = parse(&format!("-{rest}"), radix)
        {
            return Some(v);
        }
    }
    if leading_zero_digits(s) {
        return None;
    }
    parse(s, 10).ok()
}

/// `0` followed by more digits (optionally signed): a string in YAML 1.2.
fn leading_zero_digits(s: &str) -> bool {
    let d = s.strip_prefix(['-', '+']).unwrap_or(s);
    d.len() > 1 && d.starts_with('0') && d[1..].bytes().all(|b| b.is_ascii_digit())
}

fn float(s: &str) -> Option<f64> {
    let u = match s.strip_prefix('+') {
        Some(u) if u.starts_with(['+', '-']) => return None,
        Some(u) => u,
        None => s,
    };
    match u {
        ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
        _ => {}
    }
    match s {
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    u.parse::<f64>().ok().filter(|f| f.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An exact rendering of a value tree (types, float bits, key order).
    fn dump(v: &Value) -> String {
        match v {
            Value::Nil => "nil".into(),
            Value::Bool(b) => format!("bool:{b}"),
            Value::Float(f) => format!("float:{:x}", f.to_bits()),
            Value::String(s) => format!("str:{s:?}"),
            Value::List(l) => format!("[{}]", l.iter().map(dump).collect::<Vec<_>>().join(",")),
            Value::Map(m) => format!(
                "{{{}}}",
                m.entries()
                    .iter()
                    .map(|(k, v)| format!("{k:?}={}", dump(v)))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            other => format!("other:{other:?}"),
        }
    }

    fn full(s: &str) -> String {
        let v = super::super::yaml::from_yaml_slow(s).map(|v| dump(&v));
        v.unwrap_or_else(|e| format!("error: {e}"))
    }

    fn fast(s: &str) -> Option<String> {
        parse(s, Want::All).map(|v| dump(&v))
    }

    #[test]
    fn the_fast_path_agrees_with_yaml_serde() {
        let docs = [
            "a: 1\nb: two\nc: [1, '2', \"3\\n\"]\nd: {x: true, y: ~}\n",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x # c\n  labels:\n    a: b\ndata:\n  k: |\n    line1\n\n    line2\n  j: |-\n    x\n  l: |+\n    y\n\n",
            "list:\n- a\n- b: 1\n  c: 2\n-   - x\n    - y\n- \nafter: 0x1F\n",
            "n: [-1, +2, 0o17, 0b11, 1e3, .5, 012, -0, .inf, -.Inf, .nan, 1.0.0, 100m]\n",
            "keys:\n  1: a\n  true: b\n  ~: c\n  'q': d\n  \"e\\u00e9\": e\n",
            "  indented: top\n  more: 1\n",
            "s: 'it''s'\nt: \"a\\\"b\\\\c\"\nu: a#b\nv: x #y\nw: http://h:80/p\n",
        ];
        for d in docs {
            assert_eq!(fast(d).as_deref(), Some(full(d).as_str()), "{d}");
        }
    }

    #[test]
    fn unusual_yaml_goes_to_the_full_parser() {
        let docs = [
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "a: b\n  c\n",
            "a: 'b\n  c'\n",
            "a: 1\na: 2\n",
            "a: {b: 1, c: 2, b: 3}\n",
            "a: b: c\n",
            "---\na: 1\n",
            "a:\tb\n",
            "a: 99999999999999999999999\n",
            "? a\n: b\n",
            "a: >\n  folded\n",
            "a: [b,\n  c]\n",
            "a: {b: 1,}\n",
            "- a\nb: 1\n",
            "a: |\n  x",
            "# only a comment\n",
        ];
        for d in docs {
            assert_eq!(fast(d), None, "{d}");
        }
    }

    #[test]
    fn heads_keep_only_kind_and_hook() {
        let d = "kind: Job\nmetadata:\n  name: x\n  annotations:\n    helm.sh/hook: pre-install\n    other: y\nspec: {a: 1}\n";
        let v = parse(d, Want::Head).map(|v| dump(&v));
        let expect = r#"{"kind"=str:"Job","metadata"={"annotations"={"helm.sh/hook"=str:"pre-install"}}}"#;
        assert_eq!(v.as_deref(), Some(expect));
    }

    fn strings_in(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.contains(':') => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings_in(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| strings_in(x, out)),
            _ => {}
        }
    }

    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if let Ok(text) = std::fs::read_to_string(&p) {
                let name = p.to_string_lossy();
                if name.ends_with(".json") {
                    if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
                        strings_in(&v, out);
                    }
                } else if name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".golden") {
                    out.push(text);
                }
            }
        }
    }

    #[test]
    fn the_fast_path_agrees_with_yaml_serde_on_corpus_documents() {
        let mut texts = Vec::new();
        for dir in ["../../../shared/conformance", "tests/charts", "../../../shared/bench"] {
            walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut texts);
        }
        let (mut fast_n, mut total) = (0, 0);
        for t in &texts {
            for doc in t.split("\n---") {
                total += 1;
                if let Some(f) = fast(doc) {
                    fast_n += 1;
                    assert_eq!(f, full(doc), "{doc}");
                }
                if let Some(h) = parse(doc, Want::Head) {
                    assert!(super::super::yaml::from_yaml_slow(doc).is_ok(), "{doc} {h:?}");
                }
            }
        }
        eprintln!("{fast_n} of {total} documents took the fast path");
    }
}
