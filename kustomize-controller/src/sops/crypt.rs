//! Walking a tree to encrypt or decrypt its values and compute the MAC, as SOPS does.
//!
//! The MAC is the upper-case hex SHA-512 over the plaintext bytes of every scalar in tree order
//! (comments and nulls excluded; only encrypted values when `mac_only_encrypted`, then seeded
//! with a fixed 32-byte prefix). Entry points: [`encrypt_tree`], [`decrypt_tree`].

use sha2::{Digest, Sha512};

use super::SopsError;
use super::cipher::{self, ValueType, go_bool, go_float};
use super::metadata::Rule;
use super::tree::{Entry, Node};

/// SHA-256 of `sops`: the MAC seed of files with `mac_only_encrypted`.
const MAC_ONLY_ENCRYPTED_SEED: [u8; 32] = [
    0x8a, 0x3f, 0xd2, 0xad, 0x54, 0xce, 0x66, 0x52, 0x7b, 0x10, 0x34, 0xf3, 0xd1, 0x47, 0xbe, 0x0b, 0x0b, 0x97, 0x5b,
    0x3b, 0xf4, 0x4f, 0x72, 0xc6, 0xfd, 0xad, 0xec, 0x81, 0x76, 0xf2, 0x7d, 0x69,
];

/// What a walk does to the values.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Encrypt,
    Decrypt,
}

struct Walk<'a> {
    mode: Mode,
    key: &'a [u8; 32],
    rule: &'a Rule,
    mac_only_encrypted: bool,
    hash: Sha512,
}

fn new_hash(mac_only_encrypted: bool) -> Sha512 {
    let mut hash = Sha512::new();
    if mac_only_encrypted {
        hash.update(MAC_ONLY_ENCRYPTED_SEED);
    }
    hash
}

/// The bytes a scalar contributes to the MAC (SOPS' `ToBytes`).
pub(crate) fn mac_bytes(node: &Node) -> Option<Vec<u8>> {
    Some(match node {
        Node::Str(s) => s.as_bytes().to_vec(),
        Node::Bytes(b) => b.clone(),
        Node::Int(i) => i.to_string().into_bytes(),
        Node::Float(f) => go_float(*f).into_bytes(),
        Node::Bool(true) => b"True".to_vec(),
        Node::Bool(false) => b"False".to_vec(),
        Node::Null | Node::Map(_) | Node::List(_) => return None,
    })
}

/// The additional data of a value at `path`.
fn aad(path: &[String]) -> String {
    let mut s = path.join(":");
    s.push(':');
    s
}

/// The path of a value for error messages.
fn shown(path: &[String]) -> String {
    if path.is_empty() {
        "(top level)".into()
    } else {
        path.join(".")
    }
}

impl Walk<'_> {
    fn map(&mut self, entries: &mut [Entry], path: &mut Vec<String>) -> Result<(), SopsError> {
        for entry in entries {
            match entry {
                Entry::Comment(c) => self.comment(c, path)?,
                Entry::Item(k, v) => {
                    path.push(k.clone());
                    let r = self.value(v, path);
                    path.pop();
                    r?;
                }
            }
        }
        Ok(())
    }

    fn comment(&mut self, comment: &mut String, path: &[String]) -> Result<(), SopsError> {
        if comment.is_empty() || !self.rule.encrypts(path) {
            return Ok(());
        }
        match self.mode {
            Mode::Encrypt => {
                *comment = cipher::encrypt(comment.as_bytes(), ValueType::Comment, self.key, &aad(path))?;
            }
            Mode::Decrypt => {
                // Like SOPS, a comment that does not decrypt is kept as it is.
                if let Ok((plain, _)) = cipher::decrypt(comment, self.key, &aad(path), "comment")
                    && let Ok(text) = String::from_utf8(plain)
                {
                    *comment = text;
                }
            }
        }
        Ok(())
    }

    fn value(&mut self, node: &mut Node, path: &mut Vec<String>) -> Result<(), SopsError> {
        match node {
            Node::Map(entries) => self.map(entries, path),
            Node::List(items) => {
                for item in items {
                    self.value(item, path)?;
                }
                Ok(())
            }
            Node::Null => Ok(()),
            _ => self.leaf(node, path),
        }
    }

    fn leaf(&mut self, node: &mut Node, path: &[String]) -> Result<(), SopsError> {
        let encrypted = self.rule.encrypts(path);
        if self.mode == Mode::Decrypt && encrypted {
            *node = decrypt_scalar(node, self.key, path)?;
        }
        if (!self.mac_only_encrypted || encrypted)
            && let Some(bytes) = mac_bytes(node)
        {
            self.hash.update(&bytes);
        }
        if self.mode == Mode::Encrypt && encrypted {
            *node = encrypt_scalar(node, self.key, path)?;
        }
        Ok(())
    }
}

fn encrypt_scalar(node: &Node, key: &[u8; 32], path: &[String]) -> Result<Node, SopsError> {
    let (bytes, kind) = match node {
        Node::Str(s) => (s.as_bytes().to_vec(), ValueType::Str),
        Node::Bytes(b) => (b.clone(), ValueType::Str),
        Node::Int(i) => (i.to_string().into_bytes(), ValueType::Int),
        Node::Float(f) => (go_float(*f).into_bytes(), ValueType::Float),
        Node::Bool(b) => (if *b { b"True".to_vec() } else { b"False".to_vec() }, ValueType::Bool),
        Node::Null | Node::Map(_) | Node::List(_) => return Ok(node.clone()),
    };
    if bytes.is_empty() {
        // SOPS leaves empty strings as they are.
        return Ok(Node::Str(String::new()));
    }
    cipher::encrypt(&bytes, kind, key, &aad(path)).map(Node::Str)
}

fn decrypt_scalar(node: &Node, key: &[u8; 32], path: &[String]) -> Result<Node, SopsError> {
    let Node::Str(text) = node else {
        return Err(SopsError::MalformedValue { path: shown(path) });
    };
    if text.is_empty() {
        return Ok(Node::Str(String::new()));
    }
    let (plain, kind) = cipher::decrypt(text, key, &aad(path), &shown(path))?;
    let malformed = || SopsError::MalformedValue { path: shown(path) };
    let as_text = |bytes: Vec<u8>| String::from_utf8(bytes).map_err(|_| malformed());
    Ok(match kind {
        ValueType::Str | ValueType::Bytes | ValueType::Time | ValueType::Comment => match String::from_utf8(plain) {
            Ok(s) => Node::Str(s),
            Err(e) => Node::Bytes(e.into_bytes()),
        },
        ValueType::Int => Node::Int(as_text(plain)?.parse().map_err(|_| malformed())?),
        ValueType::Float => Node::Float(as_text(plain)?.parse().map_err(|_| malformed())?),
        ValueType::Bool => Node::Bool(go_bool(&as_text(plain)?).ok_or_else(malformed)?),
    })
}

/// Encrypts every selected value of the documents in place; returns the MAC (upper-case hex).
pub(crate) fn encrypt_tree(
    branches: &mut [Node],
    key: &[u8; 32],
    rule: &Rule,
    mac_only_encrypted: bool,
) -> Result<String, SopsError> {
    walk(Mode::Encrypt, branches, key, rule, mac_only_encrypted)
}

/// Decrypts every selected value of the documents in place; returns the MAC of the plaintext.
pub(crate) fn decrypt_tree(
    branches: &mut [Node],
    key: &[u8; 32],
    rule: &Rule,
    mac_only_encrypted: bool,
) -> Result<String, SopsError> {
    walk(Mode::Decrypt, branches, key, rule, mac_only_encrypted)
}

fn walk(
    mode: Mode,
    branches: &mut [Node],
    key: &[u8; 32],
    rule: &Rule,
    mac_only_encrypted: bool,
) -> Result<String, SopsError> {
    let mut w = Walk {
        mode,
        key,
        rule,
        mac_only_encrypted,
        hash: new_hash(mac_only_encrypted),
    };
    for branch in branches {
        w.value(branch, &mut Vec::new())?;
    }
    Ok(hex::encode_upper(w.hash.finalize()))
}

/// Normalizes `lastmodified` the way Go re-formats a parsed RFC 3339 time (the additional
/// data of the MAC): fractional seconds dropped, a zero offset written as `Z`.
pub(crate) fn normalize_lastmodified(s: &str) -> String {
    let (datetime, zone) = match s.find(['Z', 'z']) {
        Some(i) => (&s[..i], "Z"),
        None => match s.rfind(['+', '-']).filter(|&i| i > 10) {
            Some(i) => (&s[..i], &s[i..]),
            None => (s, ""),
        },
    };
    let datetime = datetime.split('.').next().unwrap_or(datetime);
    let zone = if zone == "+00:00" || zone == "-00:00" {
        "Z"
    } else {
        zone
    };
    format!("{datetime}{zone}")
}

/// Encrypts the MAC with `lastmodified` as additional data.
pub(crate) fn seal_mac(mac: &str, key: &[u8; 32], lastmodified: &str) -> Result<String, SopsError> {
    cipher::encrypt(
        mac.as_bytes(),
        ValueType::Str,
        key,
        &normalize_lastmodified(lastmodified),
    )
}

/// Decrypts the stored MAC and compares it with the computed one.
pub(crate) fn verify_mac(stored: &str, computed: &str, key: &[u8; 32], lastmodified: &str) -> Result<(), SopsError> {
    if stored.is_empty() {
        return Err(SopsError::MacMismatch);
    }
    let (plain, _) =
        cipher::decrypt(stored, key, &normalize_lastmodified(lastmodified), "mac").map_err(|e| match e {
            SopsError::DecryptValue { .. } => SopsError::MacMismatch,
            other => other,
        })?;
    if plain != computed.as_bytes() {
        return Err(SopsError::MacMismatch);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lastmodified_is_normalized_like_go() {
        assert_eq!(normalize_lastmodified("2024-11-12T13:33:42Z"), "2024-11-12T13:33:42Z");
        assert_eq!(
            normalize_lastmodified("2024-11-12T13:33:42.123456Z"),
            "2024-11-12T13:33:42Z"
        );
        assert_eq!(
            normalize_lastmodified("2024-11-12T13:33:42+00:00"),
            "2024-11-12T13:33:42Z"
        );
        assert_eq!(
            normalize_lastmodified("2024-11-12T13:33:42.5+02:00"),
            "2024-11-12T13:33:42+02:00"
        );
    }

    #[test]
    fn mac_only_encrypted_seed_is_sha256_of_sops() {
        use sha2::Sha256;
        assert_eq!(Sha256::digest(b"sops").as_slice(), MAC_ONLY_ENCRYPTED_SEED.as_slice());
    }
}
