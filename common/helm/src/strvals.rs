//! Helm's `--set` family parsers (`pkg/strvals`): `a.b[0].c=v,d={x,y}` into a values map.
//!
//! Entry points: [`parse`] / [`parse_into`] (`--set`: `true`/`false`/`null`, integers as
//! `int64`, other text as strings), [`parse_string`] / [`parse_into_string`]
//! (`--set-string`), [`parse_json`] (`--set-json`), [`parse_file`] / [`parse_into_file`]
//! (`--set-file`, values read through a callback), [`parse_literal`] /
//! [`parse_literal_into`] (`--set-literal`: everything after the first `=` verbatim) and
//! [`to_yaml`]. `\` escapes the next character outside literal mode. Errors carry Helm's
//! wording; the limits are [`MAX_INDEX`] and [`MAX_NESTED_NAME_LEVEL`].

use crate::value::{IntKind, Map, Value};

/// The largest list index `--set` accepts.
pub const MAX_INDEX: i64 = 65536;
/// The deepest `a.b.c…` nesting `--set` accepts.
pub const MAX_NESTED_NAME_LEVEL: usize = 30;

/// Reads a `--set-file` value: receives the text after `=`, returns the value to store.
pub type FileReader<'a> = &'a dyn Fn(&str) -> Result<Value, String>;

enum Mode<'a> {
    Typed,
    Strings,
    Json,
    File(FileReader<'a>),
    Literal,
}

/// Parses `--set` text into a new map.
pub fn parse(s: &str) -> Result<Map, String> {
    let m = Map::new();
    run(s, &m, Mode::Typed)?;
    Ok(m)
}

/// Parses `--set` text into `dest`.
pub fn parse_into(s: &str, dest: &Map) -> Result<(), String> {
    run(s, dest, Mode::Typed)
}

/// Parses `--set-string` text (every value a string) into a new map.
pub fn parse_string(s: &str) -> Result<Map, String> {
    let m = Map::new();
    run(s, &m, Mode::Strings)?;
    Ok(m)
}

/// Parses `--set-string` text into `dest`.
pub fn parse_into_string(s: &str, dest: &Map) -> Result<(), String> {
    run(s, dest, Mode::Strings)
}

/// Parses `--set-json` text (`key=<json>,…`) into `dest`.
pub fn parse_json(s: &str, dest: &Map) -> Result<(), String> {
    run(s, dest, Mode::Json)
}

/// Parses `--set-file` text into a new map, reading each value through `reader`.
pub fn parse_file(s: &str, reader: FileReader<'_>) -> Result<Map, String> {
    let m = Map::new();
    run(s, &m, Mode::File(reader))?;
    Ok(m)
}

/// Parses `--set-file` text into `dest`.
pub fn parse_into_file(s: &str, dest: &Map, reader: FileReader<'_>) -> Result<(), String> {
    run(s, dest, Mode::File(reader))
}

/// Parses `--set-literal` text into a new map.
pub fn parse_literal(s: &str) -> Result<Map, String> {
    let m = Map::new();
    run(s, &m, Mode::Literal)?;
    Ok(m)
}

/// Parses `--set-literal` text into `dest`.
pub fn parse_literal_into(s: &str, dest: &Map) -> Result<(), String> {
    run(s, dest, Mode::Literal)
}

/// Parses `--set` text and returns it as YAML (Helm's `strvals.ToYAML`).
pub fn to_yaml(s: &str) -> Result<String, String> {
    let m = parse(s)?;
    let y = crate::helmfuncs::to_yaml(&Value::Map(m))?;
    Ok(y.strip_suffix('\n').unwrap_or(&y).to_string())
}

/// Sets `list[index] = value`, growing the list with nils (Helm's `setIndex`).
pub fn set_index(list: Vec<Value>, index: i64, value: Value) -> Result<Vec<Value>, String> {
    if index < 0 {
        return Err(format!("negative {index} index not allowed"));
    }
    if index > MAX_INDEX {
        return Err(format!(
            "index of {index} is greater than maximum supported index of {MAX_INDEX}"
        ));
    }
    let mut list = list;
    let i = index as usize;
    if list.len() <= i {
        list.resize(i + 1, Value::Nil);
    }
    list[i] = value;
    Ok(list)
}

/// End of input, as Go's `io.EOF` (ends parsing without an error at the top level).
const EOF: &str = "EOF";

fn run(s: &str, data: &Map, mode: Mode<'_>) -> Result<(), String> {
    let mut p = Parser {
        s: s.chars().collect(),
        i: 0,
        mode,
    };
    loop {
        match p.key(data, 0) {
            Ok(()) => {}
            Err(e) if e == EOF => return Ok(()),
            Err(e) => return Err(e),
        }
    }
}

struct Parser<'a> {
    s: Vec<char>,
    i: usize,
    mode: Mode<'a>,
}

fn go_type(v: &Value) -> String {
    match v {
        Value::Nil => "nil".to_string(),
        Value::Int(_, IntKind::Int64) => "int64".to_string(),
        other => other.type_name(),
    }
}

fn as_map(v: &Value) -> Result<Map, String> {
    match v {
        Value::Map(m) => Ok(m.clone()),
        other => Err(format!(
            "unable to parse key: interface conversion: interface {{}} is {}, not map[string]interface {{}}",
            go_type(other)
        )),
    }
}

fn as_list(v: &Value) -> Result<Vec<Value>, String> {
    match v {
        Value::List(l) => Ok((**l).clone()),
        other => Err(format!(
            "unable to parse key: interface conversion: interface {{}} is {}, not []interface {{}}",
            go_type(other)
        )),
    }
}

fn set(data: &Map, key: &str, v: Value) {
    if !key.is_empty() {
        data.insert(key, v);
    }
}

fn go_quote_runes(r: &[char]) -> String {
    let items: Vec<String> = r
        .iter()
        .map(|c| crate::strconv::quote_rune(u64::from(*c as u32), false))
        .collect();
    format!("[{}]", items.join(" "))
}

fn typed_val(v: &[char], strings: bool) -> Value {
    let s: String = v.iter().collect();
    if v.is_empty() || strings {
        return Value::string(s);
    }
    if s.eq_ignore_ascii_case("true") {
        return Value::Bool(true);
    }
    if s.eq_ignore_ascii_case("false") {
        return Value::Bool(false);
    }
    if s.eq_ignore_ascii_case("null") {
        return Value::Nil;
    }
    if s == "0" {
        return Value::Int(0, IntKind::Int64);
    }
    if v[0] != '0'
        && let Some(i) = go_parse_int(&s)
    {
        return Value::Int(i, IntKind::Int64);
    }
    Value::string(s)
}

/// Go's `strconv.ParseInt(s, 10, 64)`: optional sign, ASCII digits, in range.
fn go_parse_int(s: &str) -> Option<i64> {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<i64>().ok()
}

impl Parser<'_> {
    fn literal(&self) -> bool {
        matches!(self.mode, Mode::Literal)
    }

    fn read(&mut self) -> Option<char> {
        let c = self.s.get(self.i).copied();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    /// Reads up to a stop character (consumed and returned); `None` at end of input.
    fn until(&mut self, stop: &[char]) -> (Vec<char>, Option<char>) {
        let literal = self.literal();
        let mut v = Vec::new();
        loop {
            let Some(c) = self.read() else { return (v, None) };
            if stop.contains(&c) {
                return (v, Some(c));
            }
            if c == '\\' && !literal {
                match self.read() {
                    Some(n) => v.push(n),
                    None => return (v, None),
                }
            } else {
                v.push(c);
            }
        }
    }

    fn reader(&self, rs: &[char]) -> Result<Value, String> {
        match &self.mode {
            Mode::Strings => Ok(typed_val(rs, true)),
            Mode::File(f) => f(&rs.iter().collect::<String>()),
            _ => Ok(typed_val(rs, false)),
        }
    }

    fn key(&mut self, data: &Map, level: usize) -> Result<(), String> {
        let stop: &[char] = if self.literal() {
            &['=', '[', '.']
        } else {
            &['=', '[', ',', '.']
        };
        let (k, last) = self.until(stop);
        let key: String = k.iter().collect();
        match last {
            None => {
                if k.is_empty() {
                    Err(EOF.to_string())
                } else {
                    Err(format!("key {} has no value", crate::strconv::quote(&key)))
                }
            }
            Some('[') => {
                let i = self.key_index()?;
                let list = match data.get(&key) {
                    Some(v) => as_list(&v)?,
                    None => Vec::new(),
                };
                let (list, err) = self.list_item(list, i, level);
                set(data, &key, Value::list(list));
                err.map_or(Ok(()), Err)
            }
            Some('=') => {
                if self.literal() {
                    let v: String = self.s[self.i..].iter().collect();
                    self.i = self.s.len();
                    set(data, &key, Value::string(v));
                    return Ok(());
                }
                if matches!(self.mode, Mode::Json) {
                    if self.empty_val() {
                        set(data, &key, Value::Nil);
                        return Ok(());
                    }
                    let v = self.json_value()?;
                    set(data, &key, v);
                    self.empty_val();
                    return Ok(());
                }
                match self.val_list() {
                    Ok(Some(vl)) => {
                        set(data, &key, Value::list(vl));
                        Ok(())
                    }
                    Err(e) if e == EOF => {
                        set(data, &key, Value::string(""));
                        Err(e)
                    }
                    Err(e) => Err(e),
                    Ok(None) => {
                        let (rs, _) = self.until(&[',']);
                        let v = self.reader(&rs)?;
                        set(data, &key, v);
                        Ok(())
                    }
                }
            }
            Some(',') => {
                set(data, &key, Value::string(""));
                Err(format!(
                    "key {} has no value (cannot end with ,)",
                    crate::strconv::quote(&key)
                ))
            }
            Some(_) => {
                let level = level + 1;
                if level > MAX_NESTED_NAME_LEVEL {
                    return Err(format!(
                        "value name nested level is greater than maximum supported nested level of {MAX_NESTED_NAME_LEVEL}"
                    ));
                }
                let inner = match data.get(&key) {
                    Some(v) => as_map(&v)?,
                    None => Map::new(),
                };
                let e = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.key(&inner, level));
                if e.is_ok() && inner.is_empty() {
                    return Err(format!("key map {} has no value", crate::strconv::quote(&key)));
                }
                if !inner.is_empty() {
                    set(data, &key, Value::Map(inner));
                }
                e
            }
        }
    }

    fn key_index(&mut self) -> Result<i64, String> {
        let (v, last) = self.until(&[']']);
        if last.is_none() {
            return Err(format!("error parsing index: {EOF}"));
        }
        let s: String = v.iter().collect();
        go_parse_int(&s).ok_or_else(|| {
            format!(
                "error parsing index: strconv.Atoi: parsing {}: invalid syntax",
                crate::strconv::quote(&s)
            )
        })
    }

    /// Returns the (possibly updated) list and the error that ended the item, if any.
    fn list_item(&mut self, list: Vec<Value>, i: i64, level: usize) -> (Vec<Value>, Option<String>) {
        if i < 0 {
            return (list, Some(format!("negative {i} index not allowed")));
        }
        let (k, last) = self.until(&['[', '.', '=']);
        if !k.is_empty() {
            return (
                list,
                Some(format!("unexpected data at end of array index: {}", go_quote_runes(&k))),
            );
        }
        let fin = |list: Vec<Value>, r: Result<Vec<Value>, String>| match r {
            Ok(l) => (l, None),
            Err(e) => (list, Some(e)),
        };
        match last {
            None => (list, Some(EOF.to_string())),
            Some('=') => {
                if self.literal() {
                    let v: String = self.s[self.i..].iter().collect();
                    self.i = self.s.len();
                    let r = set_index(list.clone(), i, Value::string(v));
                    return fin(list, r);
                }
                if matches!(self.mode, Mode::Json) {
                    if self.empty_val() {
                        let r = set_index(list.clone(), i, Value::Nil);
                        return fin(list, r);
                    }
                    let v = match self.json_value() {
                        Ok(v) => v,
                        Err(e) => return (list, Some(e)),
                    };
                    let r = set_index(list.clone(), i, v);
                    self.empty_val();
                    return fin(list, r);
                }
                match self.val_list() {
                    Ok(Some(vl)) => {
                        let r = set_index(list.clone(), i, Value::list(vl));
                        fin(list, r)
                    }
                    Err(e) if e == EOF => {
                        let r = set_index(list.clone(), i, Value::string(""));
                        fin(list, r)
                    }
                    Err(e) => (list, Some(e)),
                    Ok(None) => {
                        let (rs, _) = self.until(&[',']);
                        match self.reader(&rs) {
                            Ok(v) => {
                                let r = set_index(list.clone(), i, v);
                                fin(list, r)
                            }
                            Err(e) => (list, Some(e)),
                        }
                    }
                }
            }
            Some('[') => {
                let next = match self.key_index() {
                    Ok(n) => n,
                    Err(e) => return (list, Some(e)),
                };
                let mut crt = Vec::new();
                if let Some(existing) = list.get(i as usize)
                    && !existing.is_nil()
                {
                    match as_list(existing) {
                        Ok(l) => crt = l,
                        Err(e) => return (list, Some(e)),
                    }
                }
                let (l2, err) = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.list_item(crt, next, level));
                if let Some(e) = err {
                    return (list, Some(e));
                }
                let r = set_index(list.clone(), i, Value::list(l2));
                fin(list, r)
            }
            Some(_) => {
                let mut list = list;
                let inner = match list.get(i as usize) {
                    Some(Value::Map(m)) => m.clone(),
                    Some(_) => {
                        let m = Map::new();
                        list[i as usize] = Value::Map(m.clone());
                        m
                    }
                    None => Map::new(),
                };
                if let Err(e) = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.key(&inner, level)) {
                    return (list, Some(e));
                }
                let r = set_index(list.clone(), i, Value::Map(inner));
                fin(list, r)
            }
        }
    }

    /// Consumes blanks and one comma; reports whether the value is empty.
    fn empty_val(&mut self) -> bool {
        loop {
            match self.s.get(self.i) {
                None => return true,
                Some(',') => {
                    self.i += 1;
                    return true;
                }
                Some(c) if c.is_whitespace() => self.i += 1,
                Some(_) => return false,
            }
        }
    }

    /// Decodes one JSON value from the remaining input (like Go's `json.Decoder`).
    fn json_value(&mut self) -> Result<Value, String> {
        let rest: String = self.s[self.i..].iter().collect();
        let mut stream = serde_json::Deserializer::from_str(&rest).into_iter::<serde_json::Value>();
        match stream.next() {
            Some(Ok(v)) => {
                let used = stream.byte_offset();
                self.i += rest[..used].chars().count();
                Ok(Value::from_json_float64(&v))
            }
            Some(Err(e)) => Err(e.to_string()),
            None => Err(EOF.to_string()),
        }
    }

    /// Reads `{a,b}`; `Ok(None)` when the value is not a list.
    fn val_list(&mut self) -> Result<Option<Vec<Value>>, String> {
        match self.s.get(self.i) {
            None => return Err(EOF.to_string()),
            Some('{') => self.i += 1,
            Some(_) => return Ok(None),
        }
        let mut list = Vec::new();
        loop {
            let (rs, last) = self.until(&[',', '}']);
            match last {
                None => return Err("list must terminate with '}'".to_string()),
                Some('}') => {
                    if self.s.get(self.i) == Some(&',') {
                        self.i += 1;
                    }
                    list.push(self.reader(&rs)?);
                    return Ok(Some(list));
                }
                Some(_) => list.push(self.reader(&rs)?),
            }
        }
    }
}
