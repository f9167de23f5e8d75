//! TOML for Helm's `toToml`, `mustToToml` and `fromToml`, shaped like BurntSushi/toml:
//! the encoder writes plain keys (sorted) before tables, indents each table's contents by
//! two spaces per level and writes maps inside lists as `[[array]]` tables; the decoder reads
//! the common subset charts use (bare, quoted and dotted keys, basic and literal strings,
//! integers as `int64`, floats, booleans, arrays, inline tables, `[table]` and
//! `[[array]]` headers). Entry points: [`to_toml`], [`from_toml`].

use crate::strconv::format_float;
use crate::value::{IntKind, Map, Value};

/// Encodes a map as TOML the way BurntSushi/toml's encoder does.
pub fn to_toml(v: &Value) -> Result<String, String> {
    let Value::Map(m) = v.kind_value() else {
        return Err(format!(
            "toml: top-level values must be Go maps or structs; got {}",
            v.type_name()
        ));
    };
    let mut out = String::new();
    write_table(&mut out, &m, &[], 0)?;
    Ok(out)
}

fn is_table(v: &Value) -> bool {
    matches!(v, Value::Map(_))
}

fn is_table_array(v: &Value) -> bool {
    matches!(v, Value::List(l) if !l.is_empty() && l.iter().all(is_table))
}

fn bare_key(k: &str) -> String {
    if !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        k.to_string()
    } else {
        quote(k)
    }
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn scalar(v: &Value) -> Result<String, String> {
    Ok(match v {
        Value::Bool(b) => b.to_string(),
        Value::Int(i, _) => i.to_string(),
        Value::Uint(u, _) => u.to_string(),
        Value::Float(f) => {
            if f.is_nan() {
                "nan".to_string()
            } else if f.is_infinite() {
                if *f > 0.0 { "inf" } else { "-inf" }.to_string()
            } else {
                let s = format_float(*f, 'f', -1);
                if s.contains('.') { s } else { format!("{s}.0") }
            }
        }
        Value::String(s) => quote(s),
        Value::List(l) => {
            let items: Vec<String> = l.iter().filter(|x| !x.is_nil()).map(scalar).collect::<Result<_, _>>()?;
            format!("[{}]", items.join(", "))
        }
        Value::Map(m) => {
            let mut items = Vec::new();
            for (k, x) in m.entries() {
                if !x.is_nil() {
                    items.push(format!("{} = {}", bare_key(&k), scalar(&x)?));
                }
            }
            format!("{{{}}}", items.join(", "))
        }
        Value::Object(_) => {
            let k = v.kind_value();
            if matches!(k, Value::Object(_)) {
                return Err(format!("toml: unsupported type: {}", v.type_name()));
            }
            scalar(&k)?
        }
        other => return Err(format!("toml: unsupported type: {}", other.type_name())),
    })
}

fn write_table(out: &mut String, m: &Map, path: &[String], level: usize) -> Result<(), String> {
    let indent = "  ".repeat(level);
    let entries = m.entries();
    for (k, v) in &entries {
        let v = v.kind_value();
        if v.is_nil() || is_table(&v) || is_table_array(&v) {
            continue;
        }
        out.push_str(&format!("{indent}{} = {}\n", bare_key(k), scalar(&v)?));
    }
    for (k, v) in &entries {
        let v = v.kind_value();
        let mut sub = path.to_vec();
        sub.push(bare_key(k));
        let header_indent = "  ".repeat(sub.len() - 1);
        match &v {
            Value::Map(sm) => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(&format!("{header_indent}[{}]\n", sub.join(".")));
                write_table(out, sm, &sub, sub.len())?;
            }
            Value::List(l) if is_table_array(&v) => {
                for item in l.iter() {
                    if let Value::Map(sm) = item {
                        if !out.is_empty() {
                            out.push('\n');
                        }
                        out.push_str(&format!("{header_indent}[[{}]]\n", sub.join(".")));
                        write_table(out, sm, &sub, sub.len())?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Decodes TOML into a map (integers as `int64`, floats as `float64`).
pub fn from_toml(text: &str) -> Result<Value, String> {
    let root = Map::new();
    let mut current = root.clone();
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = strip_comment(raw).trim().to_string();
        if line.is_empty() {
            continue;
        }
        if let Some(h) = line.strip_prefix("[[") {
            let name = h
                .strip_suffix("]]")
                .ok_or(format!("toml: line {line_no}: expected ']]'"))?;
            let keys = split_key(name.trim(), line_no)?;
            let (last, parents) = keys
                .split_last()
                .ok_or(format!("toml: line {line_no}: empty table name"))?;
            let parent = descend(&root, parents, line_no)?;
            let table = Map::new();
            let list = match parent.get(last) {
                Some(Value::List(l)) => {
                    let mut v = (*l).clone();
                    v.push(Value::Map(table.clone()));
                    v
                }
                None => vec![Value::Map(table.clone())],
                Some(_) => return Err(format!("toml: line {line_no}: key {last:?} is not an array of tables")),
            };
            parent.insert(last.clone(), Value::list(list));
            current = table;
        } else if let Some(h) = line.strip_prefix('[') {
            let name = h
                .strip_suffix(']')
                .ok_or(format!("toml: line {line_no}: expected ']'"))?;
            let keys = split_key(name.trim(), line_no)?;
            current = descend(&root, &keys, line_no)?;
        } else {
            let Some(eq) = find_unquoted(&line, '=') else {
                return Err(format!(
                    "toml: line {line_no}: unexpected EOF; expected key separator '='"
                ));
            };
            let keys = split_key(line[..eq].trim(), line_no)?;
            let (last, parents) = keys.split_last().ok_or(format!("toml: line {line_no}: empty key"))?;
            let table = descend(&current, parents, line_no)?;
            let mut p = Parser {
                s: line[eq + 1..].trim().chars().collect(),
                i: 0,
                line: line_no,
            };
            let v = p.value()?;
            p.ws();
            if p.i < p.s.len() {
                return Err(format!(
                    "toml: line {line_no}: expected a top-level item to end with a newline"
                ));
            }
            table.insert(last.clone(), v);
        }
    }
    Ok(Value::Map(root))
}

fn strip_comment(line: &str) -> &str {
    match find_unquoted(line, '#') {
        Some(i) => &line[..i],
        None => line,
    }
}

fn find_unquoted(s: &str, target: char) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == target => return Some(i),
            None => {}
        }
    }
    None
}

fn split_key(s: &str, line: usize) -> Result<Vec<String>, String> {
    let mut p = Parser {
        s: s.chars().collect(),
        i: 0,
        line,
    };
    let mut keys = Vec::new();
    loop {
        p.ws();
        let k = match p.peek() {
            Some('"') | Some('\'') => match p.value()? {
                Value::String(s) => s.to_string(),
                _ => String::new(),
            },
            _ => {
                let start = p.i;
                while p
                    .peek()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                {
                    p.i += 1;
                }
                if p.i == start {
                    return Err(format!("toml: line {line}: invalid bare key"));
                }
                p.s[start..p.i].iter().collect()
            }
        };
        keys.push(k);
        p.ws();
        match p.peek() {
            Some('.') => p.i += 1,
            None => return Ok(keys),
            Some(c) => return Err(format!("toml: line {line}: unexpected character {c:?} in key")),
        }
    }
}

fn descend(root: &Map, keys: &[String], line: usize) -> Result<Map, String> {
    let mut cur = root.clone();
    for k in keys {
        let next = match cur.get(k) {
            Some(Value::Map(m)) => m,
            Some(Value::List(l)) => match l.last() {
                Some(Value::Map(m)) => m.clone(),
                _ => return Err(format!("toml: line {line}: key {k:?} is not a table")),
            },
            None => {
                let m = Map::new();
                cur.insert(k.clone(), Value::Map(m.clone()));
                m
            }
            Some(_) => return Err(format!("toml: line {line}: key {k:?} is not a table")),
        };
        cur = next;
    }
    Ok(cur)
}

struct Parser {
    s: Vec<char>,
    i: usize,
    line: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\t') {
            self.i += 1;
        }
    }

    fn err(&self, what: &str) -> String {
        format!("toml: line {}: {what}", self.line)
    }

    fn value(&mut self) -> Result<Value, String> {
        self.ws();
        match self.peek() {
            Some('"') => {
                self.i += 1;
                let mut out = String::new();
                loop {
                    let c = self.peek().ok_or(self.err("unexpected EOF in string"))?;
                    self.i += 1;
                    match c {
                        '"' => break,
                        '\\' => {
                            let e = self.peek().ok_or(self.err("unexpected EOF in string"))?;
                            self.i += 1;
                            match e {
                                'n' => out.push('\n'),
                                't' => out.push('\t'),
                                'r' => out.push('\r'),
                                'b' => out.push('\u{8}'),
                                'f' => out.push('\u{c}'),
                                '"' => out.push('"'),
                                '\\' => out.push('\\'),
                                'u' | 'U' => {
                                    let n = if e == 'u' { 4 } else { 8 };
                                    let hex: String = self.s.iter().skip(self.i).take(n).collect();
                                    self.i += n;
                                    let c = u32::from_str_radix(&hex, 16)
                                        .ok()
                                        .and_then(char::from_u32)
                                        .ok_or(self.err("invalid escape"))?;
                                    out.push(c);
                                }
                                _ => return Err(self.err("invalid escape in string")),
                            }
                        }
                        c => out.push(c),
                    }
                }
                Ok(Value::string(out))
            }
            Some('\'') => {
                self.i += 1;
                let mut out = String::new();
                loop {
                    let c = self.peek().ok_or(self.err("unexpected EOF in string"))?;
                    self.i += 1;
                    if c == '\'' {
                        break;
                    }
                    out.push(c);
                }
                Ok(Value::string(out))
            }
            Some('[') => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    match self.peek() {
                        Some(']') => {
                            self.i += 1;
                            break;
                        }
                        Some(',') => self.i += 1,
                        None => return Err(self.err("unexpected EOF in array")),
                        _ => items.push(self.value()?),
                    }
                }
                Ok(Value::list(items))
            }
            Some('{') => {
                self.i += 1;
                let m = Map::new();
                loop {
                    self.ws();
                    match self.peek() {
                        Some('}') => {
                            self.i += 1;
                            break;
                        }
                        Some(',') => self.i += 1,
                        None => return Err(self.err("unexpected EOF in inline table")),
                        _ => {
                            let start = self.i;
                            while self.peek().is_some_and(|c| c != '=') {
                                self.i += 1;
                            }
                            let key: String = self.s[start..self.i].iter().collect();
                            self.i += 1;
                            let keys = split_key(key.trim(), self.line)?;
                            let (last, parents) = keys.split_last().ok_or(self.err("empty key"))?;
                            let t = descend(&m, parents, self.line)?;
                            let v = self.value()?;
                            t.insert(last.clone(), v);
                        }
                    }
                }
                Ok(Value::Map(m))
            }
            Some(_) => {
                let start = self.i;
                while self.peek().is_some_and(|c| !matches!(c, ',' | ']' | '}' | ' ' | '\t')) {
                    self.i += 1;
                }
                let word: String = self.s[start..self.i].iter().collect();
                scalar_word(&word).ok_or_else(|| self.err(&format!("expected value but found {word:?} instead")))
            }
            None => Err(self.err("unexpected EOF; expected value")),
        }
    }
}

fn scalar_word(w: &str) -> Option<Value> {
    match w {
        "true" => return Some(Value::Bool(true)),
        "false" => return Some(Value::Bool(false)),
        "inf" | "+inf" => return Some(Value::Float(f64::INFINITY)),
        "-inf" => return Some(Value::Float(f64::NEG_INFINITY)),
        "nan" | "+nan" | "-nan" => return Some(Value::Float(f64::NAN)),
        _ => {}
    }
    let clean: String = w.chars().filter(|&c| c != '_').collect();
    let (sign, body) = match clean.strip_prefix('-') {
        Some(b) => (-1i64, b.to_string()),
        None => (1, clean.strip_prefix('+').unwrap_or(&clean).to_string()),
    };
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(d) = body.strip_prefix(prefix) {
            return i64::from_str_radix(d, radix)
                .ok()
                .map(|v| Value::Int(sign * v, IntKind::Int64));
        }
    }
    if let Ok(i) = clean.parse::<i64>() {
        return Some(Value::Int(i, IntKind::Int64));
    }
    clean.parse::<f64>().ok().map(Value::Float)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_toml_writes_values_before_indented_tables() {
        let v = Value::from_json(&serde_json::json!({"mast": {"sail": "white"}, "foo": "bar"}));
        assert_eq!(
            to_toml(&v).unwrap_or_default(),
            "foo = \"bar\"\n\n[mast]\n  sail = \"white\"\n"
        );
    }

    #[test]
    fn from_toml_reads_tables_and_arrays_of_tables() {
        let v = from_toml("[[a]]\nx = 1\n[[a]]\ny = 'z'\n[t.u]\nk = \"v\"").unwrap_or_default();
        assert_eq!(crate::fmt::sprint(&[v]), "map[a:[map[x:1] map[y:z]] t:map[u:map[k:v]]]");
    }
}
