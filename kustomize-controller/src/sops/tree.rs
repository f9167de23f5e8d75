//! The document tree SOPS works on: maps keep their entries in document order (the MAC is
//! computed in that order), dotenv comments are entries of their own.
//!
//! Readers: [`parse_json`] and [`parse_yaml`] (ordered, for encrypted input), [`from_value`]
//! (a `serde_json::Value`, in its iteration order), [`parse_dotenv`]. Writers: [`to_json`],
//! [`to_value`] (YAML goes through `ferroflux_kustomize::yaml::value_to_yaml`), [`to_dotenv`].

use std::fmt;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::SopsError;
use super::cipher::go_float;

/// A value of the tree.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Map(Vec<Entry>),
    List(Vec<Node>),
    Str(String),
    /// A string that is not UTF-8 (binary files).
    Bytes(Vec<u8>),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
}

/// An entry of a map.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Entry {
    Item(String, Node),
    Comment(String),
}

impl Node {
    /// The value under `key` of a map.
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().find_map(|e| match e {
                Entry::Item(k, v) if k == key => Some(v),
                _ => None,
            }),
            _ => None,
        }
    }

    /// Removes every `key` entry of a map, returning the first one's value.
    pub(crate) fn take(&mut self, key: &str) -> Option<Node> {
        let Node::Map(entries) = self else {
            return None;
        };
        let mut found = None;
        entries.retain_mut(|e| match e {
            Entry::Item(k, v) if k == key => {
                if found.is_none() {
                    found = Some(std::mem::replace(v, Node::Null));
                }
                false
            }
            _ => true,
        });
        found
    }

    /// Sorts map keys at every level (the order the YAML emitter writes them in).
    pub(crate) fn sort_keys(&mut self) {
        match self {
            Node::Map(entries) => {
                entries.sort_by(|a, b| entry_key(a).cmp(entry_key(b)));
                for e in entries {
                    if let Entry::Item(_, v) = e {
                        v.sort_keys();
                    }
                }
            }
            Node::List(items) => items.iter_mut().for_each(Node::sort_keys),
            _ => {}
        }
    }

    /// The text of a scalar as `ValToString` writes it in a dotenv file.
    pub(crate) fn scalar_text(&self) -> Option<String> {
        Some(match self {
            Node::Str(s) => s.clone(),
            Node::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            Node::Int(i) => i.to_string(),
            Node::Float(f) => {
                let s = go_float(*f);
                if s.contains('.') || !f.is_finite() {
                    s
                } else {
                    format!("{s}.0")
                }
            }
            Node::Bool(b) => b.to_string(),
            Node::Null => String::new(),
            Node::Map(_) | Node::List(_) => return None,
        })
    }
}

fn entry_key(e: &Entry) -> &str {
    match e {
        Entry::Item(k, _) => k,
        Entry::Comment(c) => c,
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

/// A map key of any scalar type, as text.
struct KeyText(String);

impl<'de> Deserialize<'de> for KeyText {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let node = Node::deserialize(deserializer)?;
        node.scalar_text()
            .map(KeyText)
            .ok_or_else(|| de::Error::custom("map keys must be scalars"))
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        // Go's JSON store falls back to float64 past int64.
        Ok(i64::try_from(v).map_or(Node::Float(v as f64), Node::Int))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(KeyText(key)) = map.next_key::<KeyText>()? {
            let value = map.next_value::<Node>()?;
            entries.push(Entry::Item(key, value));
        }
        Ok(Node::Map(entries))
    }
}

/// Parses a JSON document keeping map order.
pub(crate) fn parse_json(data: &[u8]) -> Result<Node, SopsError> {
    serde_json::from_slice(data).map_err(|e| SopsError::Parse {
        format: "json",
        message: e.to_string(),
    })
}

/// Parses a YAML stream keeping map order, dropping empty documents.
pub(crate) fn parse_yaml(data: &[u8]) -> Result<Vec<Node>, SopsError> {
    let text = std::str::from_utf8(data).map_err(|_| SopsError::Parse {
        format: "yaml",
        message: "input is not utf-8".into(),
    })?;
    let mut out = Vec::new();
    for document in yaml_serde::Deserializer::from_str(text) {
        let node = Node::deserialize(document).map_err(|e| SopsError::Parse {
            format: "yaml",
            message: e.to_string(),
        })?;
        if node != Node::Null {
            out.push(node);
        }
    }
    Ok(out)
}

/// Converts a JSON value, keeping its map iteration order.
pub(crate) fn from_value(value: &Value) -> Node {
    match value {
        Value::Null => Node::Null,
        Value::Bool(b) => Node::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Node::Int(i),
            None => Node::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Node::Str(s.clone()),
        Value::Array(items) => Node::List(items.iter().map(from_value).collect()),
        Value::Object(map) => Node::Map(map.iter().map(|(k, v)| Entry::Item(k.clone(), from_value(v))).collect()),
    }
}

/// Converts to a JSON value (comments are dropped; non-finite floats become strings).
pub(crate) fn to_value(node: &Node) -> Value {
    match node {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(*b),
        Node::Int(i) => Value::from(*i),
        Node::Float(f) => serde_json::Number::from_f64(*f).map_or_else(|| Value::String(go_float(*f)), Value::Number),
        Node::Str(s) => Value::String(s.clone()),
        Node::Bytes(b) => Value::String(String::from_utf8_lossy(b).into_owned()),
        Node::List(items) => Value::Array(items.iter().map(to_value).collect()),
        Node::Map(entries) => Value::Object(
            entries
                .iter()
                .filter_map(|e| match e {
                    Entry::Item(k, v) => Some((k.clone(), to_value(v))),
                    Entry::Comment(_) => None,
                })
                .collect(),
        ),
    }
}

/// Writes a document as indented JSON in tree order.
pub(crate) fn to_json(node: &Node) -> Result<Vec<u8>, SopsError> {
    let mut out = String::new();
    write_json(node, 0, &mut out)?;
    out.push('\n');
    Ok(out.into_bytes())
}

fn json_string(s: &str) -> Result<String, SopsError> {
    serde_json::to_string(s).map_err(|e| SopsError::Emit {
        format: "json",
        message: e.to_string(),
    })
}

fn write_json(node: &Node, depth: usize, out: &mut String) -> Result<(), SopsError> {
    let pad = |n: usize| "\t".repeat(n);
    match node {
        Node::Map(entries) => {
            let items: Vec<(&String, &Node)> = entries
                .iter()
                .filter_map(|e| match e {
                    Entry::Item(k, v) => Some((k, v)),
                    Entry::Comment(_) => None,
                })
                .collect();
            if items.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            out.push_str("{\n");
            for (i, (k, v)) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                out.push_str(&json_string(k)?);
                out.push_str(": ");
                write_json(v, depth + 1, out)?;
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
        Node::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write_json(v, depth + 1, out)?;
                if i + 1 < items.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        other => out.push_str(&serde_json::to_string(&to_value(other)).map_err(|e| SopsError::Emit {
            format: "json",
            message: e.to_string(),
        })?),
    }
    Ok(())
}

/// Parses a dotenv file as SOPS does: one `KEY=value` per line (`\n` in a value stands for a
/// line break), `#` lines are comments, empty lines are skipped.
pub(crate) fn parse_dotenv(data: &[u8]) -> Result<Node, SopsError> {
    let text = std::str::from_utf8(data).map_err(|_| SopsError::Parse {
        format: "dotenv",
        message: "input is not utf-8".into(),
    })?;
    let mut entries = Vec::new();
    for (n, line) in text.split('\n').enumerate() {
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            entries.push(Entry::Comment(comment.to_string()));
        } else {
            let (key, value) = line.split_once('=').ok_or_else(|| SopsError::Parse {
                format: "dotenv",
                message: format!("line {} has no '='", n + 1),
            })?;
            entries.push(Entry::Item(key.to_string(), Node::Str(value.replace("\\n", "\n"))));
        }
    }
    Ok(Node::Map(entries))
}

/// Writes a flat map as a dotenv file.
pub(crate) fn to_dotenv(node: &Node) -> Result<Vec<u8>, SopsError> {
    let Node::Map(entries) = node else {
        return Err(SopsError::Emit {
            format: "dotenv",
            message: "the document is not a map".into(),
        });
    };
    let mut out = String::new();
    for e in entries {
        match e {
            Entry::Comment(c) => {
                out.push('#');
                out.push_str(c);
            }
            Entry::Item(k, v) => {
                let text = v.scalar_text().ok_or_else(|| SopsError::Emit {
                    format: "dotenv",
                    message: format!("cannot use a nested value in a dotenv file (key '{k}')"),
                })?;
                out.push_str(k);
                out.push('=');
                out.push_str(&text.replace('\n', "\\n"));
            }
        }
        out.push('\n');
    }
    Ok(out.into_bytes())
}
