//! The `sops` metadata section: key stanzas, `lastmodified`, `mac`, the rule choosing which
//! values are encrypted, `mac_only_encrypted`, `version`.
//!
//! [`Metadata::from_node`] reads it from a tree (YAML/JSON: the `sops` map; dotenv: the
//! `sops_` entries after [`unflatten`]); [`Metadata::to_node`] and [`flatten`] write it back.

use std::collections::BTreeMap;

use regex::Regex;

use super::SopsError;
use super::tree::{Entry, Node};

/// The suffix SOPS leaves unencrypted when a file names no rule.
pub(crate) const DEFAULT_UNENCRYPTED_SUFFIX: &str = "_unencrypted";
/// The format version written into the metadata of files this module encrypts.
pub(crate) const VERSION: &str = "3.11.0";
/// Prefix of the flattened metadata entries in dotenv files.
pub(crate) const DOTENV_PREFIX: &str = "sops_";

/// Key types other than age that a file may be encrypted for.
const OTHER_KEY_TYPES: &[&str] = &["pgp", "kms", "gcp_kms", "azure_kv", "hc_vault", "hckms"];

/// One age stanza: the recipient and the armored age file holding the data key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AgeStanza {
    pub recipient: String,
    pub enc: String,
}

/// Which values of the tree are encrypted.
#[derive(Debug, Clone)]
pub(crate) enum Rule {
    UnencryptedSuffix(String),
    EncryptedSuffix(String),
    UnencryptedRegex(Regex),
    EncryptedRegex(Regex),
}

impl Rule {
    /// Whether the value at `path` (map keys) is encrypted.
    pub(crate) fn encrypts(&self, path: &[String]) -> bool {
        match self {
            Rule::UnencryptedSuffix(s) => !path.iter().any(|p| p.ends_with(s.as_str())),
            Rule::EncryptedSuffix(s) => path.iter().any(|p| p.ends_with(s.as_str())),
            Rule::UnencryptedRegex(r) => !path.iter().any(|p| r.is_match(p)),
            Rule::EncryptedRegex(r) => path.iter().any(|p| r.is_match(p)),
        }
    }

    fn key_and_text(&self) -> (&'static str, &str) {
        match self {
            Rule::UnencryptedSuffix(s) => ("unencrypted_suffix", s),
            Rule::EncryptedSuffix(s) => ("encrypted_suffix", s),
            Rule::UnencryptedRegex(r) => ("unencrypted_regex", r.as_str()),
            Rule::EncryptedRegex(r) => ("encrypted_regex", r.as_str()),
        }
    }
}

/// The parsed `sops` section.
#[derive(Debug, Clone)]
pub(crate) struct Metadata {
    pub age: Vec<AgeStanza>,
    /// Non-age key types present (for the "not supported" error).
    pub other_key_types: Vec<String>,
    pub lastmodified: String,
    pub mac: String,
    pub rule: Rule,
    pub mac_only_encrypted: bool,
    pub version: String,
}

fn invalid(message: impl Into<String>) -> SopsError {
    SopsError::InvalidMetadata(message.into())
}

/// A scalar as text, weakly typed (dotenv stores everything as strings).
fn text(node: &Node) -> Option<String> {
    match node {
        Node::Null => None,
        other => other.scalar_text(),
    }
}

fn field(meta: &Node, key: &str) -> Option<String> {
    meta.get(key).and_then(text).filter(|s| !s.is_empty())
}

fn is_nonempty_list(node: Option<&Node>) -> bool {
    matches!(node, Some(Node::List(items)) if !items.is_empty())
}

impl Metadata {
    /// Reads the metadata from the `sops` map.
    pub(crate) fn from_node(meta: &Node) -> Result<Metadata, SopsError> {
        if !matches!(meta, Node::Map(_)) {
            return Err(invalid("the sops entry is not a map"));
        }
        let mut groups: Vec<&Node> = vec![meta];
        if let Some(Node::List(kg)) = meta.get("key_groups") {
            match kg.len() {
                0 => {}
                1 => groups = vec![&kg[0]],
                n => {
                    return Err(SopsError::Unsupported(format!(
                        "{n} key groups (shamir secret sharing); only a single group of age keys is supported"
                    )));
                }
            }
        }
        let mut age = Vec::new();
        let mut other_key_types = Vec::new();
        for group in groups {
            if let Some(Node::List(stanzas)) = group.get("age") {
                for stanza in stanzas {
                    let recipient = stanza.get("recipient").and_then(text).unwrap_or_default();
                    let enc = stanza
                        .get("enc")
                        .and_then(text)
                        .ok_or_else(|| invalid("an age entry has no 'enc'"))?;
                    age.push(AgeStanza { recipient, enc });
                }
            }
            for kind in OTHER_KEY_TYPES {
                if is_nonempty_list(group.get(kind)) && !other_key_types.iter().any(|k| k == kind) {
                    other_key_types.push((*kind).to_string());
                }
            }
        }
        let lastmodified = field(meta, "lastmodified").unwrap_or_default();
        let mac = field(meta, "mac").unwrap_or_default();
        for unsupported in ["unencrypted_comment_regex", "encrypted_comment_regex"] {
            if field(meta, unsupported).is_some() {
                return Err(SopsError::Unsupported(format!(
                    "{unsupported} (comments are not kept by this implementation)"
                )));
            }
        }
        let mut rules = Vec::new();
        if let Some(s) = field(meta, "unencrypted_suffix") {
            rules.push(Rule::UnencryptedSuffix(s));
        }
        if let Some(s) = field(meta, "encrypted_suffix") {
            rules.push(Rule::EncryptedSuffix(s));
        }
        if let Some(s) = field(meta, "unencrypted_regex") {
            rules.push(Rule::UnencryptedRegex(compile(&s, "unencrypted_regex")?));
        }
        if let Some(s) = field(meta, "encrypted_regex") {
            rules.push(Rule::EncryptedRegex(compile(&s, "encrypted_regex")?));
        }
        if rules.len() > 1 {
            return Err(invalid(
                "more than one of unencrypted_suffix, encrypted_suffix, unencrypted_regex, encrypted_regex",
            ));
        }
        let rule = rules
            .pop()
            .unwrap_or_else(|| Rule::UnencryptedSuffix(DEFAULT_UNENCRYPTED_SUFFIX.into()));
        let mac_only_encrypted = match meta.get("mac_only_encrypted") {
            None | Some(Node::Null) => false,
            Some(Node::Bool(b)) => *b,
            Some(other) => text(other)
                .and_then(|s| super::cipher::go_bool(&s))
                .ok_or_else(|| invalid("mac_only_encrypted is not a boolean"))?,
        };
        Ok(Metadata {
            age,
            other_key_types,
            lastmodified,
            mac,
            rule,
            mac_only_encrypted,
            version: field(meta, "version").unwrap_or_default(),
        })
    }

    /// Writes the metadata as a map with sorted keys, as SOPS does.
    pub(crate) fn to_node(&self) -> Node {
        let mut map: BTreeMap<&str, Node> = BTreeMap::new();
        map.insert(
            "age",
            Node::List(
                self.age
                    .iter()
                    .map(|s| {
                        Node::Map(vec![
                            Entry::Item("enc".into(), Node::Str(s.enc.clone())),
                            Entry::Item("recipient".into(), Node::Str(s.recipient.clone())),
                        ])
                    })
                    .collect(),
            ),
        );
        map.insert("lastmodified", Node::Str(self.lastmodified.clone()));
        map.insert("mac", Node::Str(self.mac.clone()));
        if self.mac_only_encrypted {
            map.insert("mac_only_encrypted", Node::Bool(true));
        }
        let (key, rule) = self.rule.key_and_text();
        map.insert(key, Node::Str(rule.to_string()));
        map.insert("version", Node::Str(self.version.clone()));
        Node::Map(map.into_iter().map(|(k, v)| Entry::Item(k.to_string(), v)).collect())
    }
}

fn compile(pattern: &str, name: &str) -> Result<Regex, SopsError> {
    Regex::new(pattern).map_err(|_| invalid(format!("{name} is not a valid regular expression")))
}

const MAP_SEP: &str = "__map_";
const LIST_SEP: &str = "__list_";

/// Flattens a metadata map into `prefix`-ed dotenv entries (`__map_` / `__list_` separators).
pub(crate) fn flatten(node: &Node, prefix: &str, out: &mut Vec<Entry>) {
    match node {
        Node::Map(entries) => {
            for e in entries {
                if let Entry::Item(k, v) = e {
                    flatten_value(v, format!("{prefix}{k}"), out);
                }
            }
        }
        other => flatten_value(other, prefix.to_string(), out),
    }
}

fn flatten_value(node: &Node, key: String, out: &mut Vec<Entry>) {
    match node {
        Node::Map(_) => flatten(node, &format!("{key}{MAP_SEP}"), out),
        Node::List(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten_value(item, format!("{key}{LIST_SEP}{i}"), out);
            }
        }
        leaf => out.push(Entry::Item(key, leaf.clone())),
    }
}

/// A partially rebuilt metadata value.
enum Slot {
    Empty,
    Leaf(Node),
    Map(BTreeMap<String, Slot>),
    List(BTreeMap<usize, Slot>),
}

enum Token {
    Key(String),
    Index(usize),
}

fn tokenize(path: &str) -> Result<Vec<Token>, SopsError> {
    let mut tokens = Vec::new();
    let mut rest = path;
    let mut is_index = false;
    loop {
        let next = [
            (rest.find(MAP_SEP), MAP_SEP, false),
            (rest.find(LIST_SEP), LIST_SEP, true),
        ]
        .into_iter()
        .filter_map(|(pos, sep, list)| pos.map(|p| (p, sep.len(), list)))
        .min_by_key(|(p, _, _)| *p);
        let cut = next.map_or(rest.len(), |(p, _, _)| p);
        let piece = &rest[..cut];
        tokens.push(if is_index {
            Token::Index(
                piece
                    .parse()
                    .map_err(|_| invalid(format!("bad list index in '{path}'")))?,
            )
        } else {
            Token::Key(piece.to_string())
        });
        let Some((pos, len, list)) = next else {
            break;
        };
        rest = &rest[pos + len..];
        is_index = list;
    }
    Ok(tokens)
}

fn place(root: &mut Slot, tokens: &[Token], value: Node, path: &str) -> Result<(), SopsError> {
    let Some((first, rest)) = tokens.split_first() else {
        return match root {
            Slot::Empty => {
                *root = Slot::Leaf(value);
                Ok(())
            }
            _ => Err(invalid(format!("duplicate metadata entry '{path}'"))),
        };
    };
    let next = match first {
        Token::Key(k) => {
            if matches!(root, Slot::Empty) {
                *root = Slot::Map(BTreeMap::new());
            }
            let Slot::Map(map) = root else {
                return Err(invalid(format!("type mismatch at '{path}'")));
            };
            map.entry(k.clone()).or_insert(Slot::Empty)
        }
        Token::Index(i) => {
            if matches!(root, Slot::Empty) {
                *root = Slot::List(BTreeMap::new());
            }
            let Slot::List(list) = root else {
                return Err(invalid(format!("type mismatch at '{path}'")));
            };
            list.entry(*i).or_insert(Slot::Empty)
        }
    };
    place(next, rest, value, path)
}

fn build(slot: Slot) -> Result<Node, SopsError> {
    Ok(match slot {
        Slot::Empty => Node::Map(Vec::new()),
        Slot::Leaf(n) => n,
        Slot::Map(map) => Node::Map(
            map.into_iter()
                .map(|(k, v)| Ok(Entry::Item(k, build(v)?)))
                .collect::<Result<_, SopsError>>()?,
        ),
        Slot::List(list) => {
            if list.keys().copied().ne(0..list.len()) {
                return Err(invalid("incomplete list in flattened metadata"));
            }
            Node::List(list.into_values().map(build).collect::<Result<_, _>>()?)
        }
    })
}

/// Rebuilds the metadata map from flattened `key → value` entries (prefix already removed).
pub(crate) fn unflatten(entries: Vec<(String, Node)>) -> Result<Node, SopsError> {
    let mut root = Slot::Map(BTreeMap::new());
    for (key, value) in entries {
        let tokens = tokenize(&key)?;
        place(&mut root, &tokens, value, &key)?;
    }
    build(root)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn flattened_metadata_round_trips() {
        let meta = Metadata {
            age: vec![
                AgeStanza {
                    recipient: "age1a".into(),
                    enc: "x\ny".into(),
                },
                AgeStanza {
                    recipient: "age1b".into(),
                    enc: "z".into(),
                },
            ],
            other_key_types: vec![],
            lastmodified: "2024-01-01T00:00:00Z".into(),
            mac: "ENC[...]".into(),
            rule: Rule::EncryptedRegex(Regex::new("^data$").unwrap()),
            mac_only_encrypted: true,
            version: VERSION.into(),
        };
        let mut flat = Vec::new();
        flatten(&meta.to_node(), DOTENV_PREFIX, &mut flat);
        let keys: Vec<&str> = flat
            .iter()
            .filter_map(|e| match e {
                Entry::Item(k, _) => Some(k.as_str()),
                Entry::Comment(_) => None,
            })
            .collect();
        assert_eq!(keys[0], "sops_age__list_0__map_enc");
        assert_eq!(keys[1], "sops_age__list_0__map_recipient");
        assert!(keys.contains(&"sops_encrypted_regex"));
        let pairs = flat
            .into_iter()
            .filter_map(|e| match e {
                Entry::Item(k, v) => Some((k.strip_prefix(DOTENV_PREFIX)?.to_string(), v)),
                Entry::Comment(_) => None,
            })
            .collect();
        let back = Metadata::from_node(&unflatten(pairs).unwrap()).unwrap();
        assert_eq!(back.age, meta.age);
        assert!(back.mac_only_encrypted);
        assert_eq!(back.rule.key_and_text(), ("encrypted_regex", "^data$"));
    }

    #[test]
    fn rules_follow_sops_semantics() {
        let path = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let suffix = Rule::UnencryptedSuffix("_unencrypted".into());
        assert!(suffix.encrypts(&path(&["a", "b"])));
        assert!(!suffix.encrypts(&path(&["a_unencrypted", "b"])));
        let re = Rule::EncryptedRegex(Regex::new("^(data|stringData)$").unwrap());
        assert!(re.encrypts(&path(&["stringData", "key"])));
        assert!(!re.encrypts(&path(&["metadata", "name"])));
    }
}
