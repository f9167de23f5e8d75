//! SOPS decryption with age keys, as Flux's kustomize-controller does for
//! `spec.decryption.provider: sops`.
//!
//! Keys come from the Secret named by `spec.decryption.secretRef`: every data key ending in
//! `.agekey` holds age identities ([`AgeKeys::parse`]). After the build, each Secret carrying a
//! `sops` section ([`is_encrypted`]) is decrypted in place ([`decrypt_object`]); files that
//! secretGenerator `envs`/`files` refer to are decrypted before the build ([`decrypt_bytes`]),
//! and Secret data entries that are whole SOPS files are decrypted by
//! [`decrypt_secret_data_entries`].
//!
//! The file format follows getsops/sops: values are `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]`
//! bound to their key path, the data key is age-encrypted (armored) to every recipient, and a
//! MAC (SHA-512 over the plaintext values in document order) is stored encrypted. YAML, JSON,
//! dotenv and binary (`{"data": …, "sops": …}`) files are supported; pgp, KMS, Vault, Azure
//! and GCP keys, Shamir key groups and comment-regex rules are not.
//!
//! [`encrypt_bytes`] / [`encrypt_bytes_with`] produce SOPS files; they exist for tests, fixtures
//! and tools (the controller never encrypts).
//!
//! MAC checks: [`decrypt_bytes`] verifies the MAC; [`decrypt_object`] does not, like Flux
//! (whose integrity check is off by default): kustomize transformers (namespace, labels,
//! annotations) change the object after encryption, and the build output no longer has the
//! file's key order the MAC is computed in. Every encrypted value is still authenticated by
//! its own AES-GCM tag and key path. [`DecryptOptions`] turns the check on or off.

mod cipher;
mod crypt;
mod keys;
mod metadata;
mod tree;

use serde_json::Value;

pub use keys::{AGE_KEY_SUFFIX, AgeKeys};

use metadata::{DOTENV_PREFIX, Metadata, Rule};
use tree::{Entry, Node};

/// Errors of SOPS decryption and encryption. Messages never contain secret material.
#[derive(Debug, thiserror::Error)]
pub enum SopsError {
    /// The input has no `sops` metadata.
    #[error("no sops metadata found")]
    NotEncrypted,
    /// The `sops` metadata is malformed.
    #[error("invalid sops metadata: {0}")]
    InvalidMetadata(String),
    /// A feature of the file (key type, key groups, rule) is not supported.
    #[error("not supported: {0}")]
    Unsupported(String),
    /// A `.agekey` entry of the decryption Secret has a line that is not an age identity.
    #[error("invalid age identity in '{name}' at line {line}")]
    InvalidIdentity {
        /// The Secret data key.
        name: String,
        /// 1-based line number (0: the value is not UTF-8).
        line: usize,
    },
    /// None of the identities unwraps the data key.
    #[error("no age identity matches the recipients {recipients} ({available} identities available)")]
    NoMatchingIdentity {
        /// The recipients the file is encrypted for.
        recipients: String,
        /// How many identities were tried.
        available: usize,
    },
    /// The unwrapped data key is not 32 bytes.
    #[error("the decrypted data key does not have 32 bytes")]
    DataKeyLength,
    /// A value is not a well-formed `ENC[AES256_GCM,…]` string of a known type.
    #[error("malformed encrypted value at '{path}'")]
    MalformedValue {
        /// Key path of the value.
        path: String,
    },
    /// A value failed AES-GCM authentication (modified, moved to another key, or another key).
    #[error("cannot decrypt the value at '{path}': authentication failed")]
    DecryptValue {
        /// Key path of the value.
        path: String,
    },
    /// The MAC does not match the decrypted content.
    #[error("mac mismatch: the file was modified or the key is wrong")]
    MacMismatch,
    /// The input cannot be parsed in its format.
    #[error("cannot parse {format} input: {message}")]
    Parse {
        /// Format name.
        format: &'static str,
        /// Parser message.
        message: String,
    },
    /// The output cannot be written in the requested format.
    #[error("cannot write {format} output: {message}")]
    Emit {
        /// Format name.
        format: &'static str,
        /// Reason.
        message: String,
    },
    /// Encryption failed.
    #[error("cannot encrypt: {0}")]
    Encrypt(String),
}

/// The SOPS file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// YAML (one or more documents).
    Yaml,
    /// JSON.
    Json,
    /// dotenv (`KEY=value` lines).
    Dotenv,
    /// Any other file, stored as `{"data": "<file>", "sops": …}` JSON.
    Binary,
}

impl Format {
    /// Picks the format from a file name as SOPS does: `.yaml`/`.yml`, `.json`, `.env`, else
    /// binary.
    pub fn from_path(path: &str) -> Format {
        if path.ends_with(".yaml") || path.ends_with(".yml") {
            Format::Yaml
        } else if path.ends_with(".json") {
            Format::Json
        } else if path.ends_with(".env") {
            Format::Dotenv
        } else {
            Format::Binary
        }
    }

    /// Detects the format of encrypted bytes from the markers Flux looks for (`mac: ENC[`,
    /// `"mac": "ENC[`, `sops_mac=ENC[`); JSON markers are reported as [`Format::Json`] when
    /// the document has more than a `data` key, else [`Format::Binary`].
    pub fn detect(data: &[u8]) -> Option<Format> {
        let has = |marker: &[u8]| data.windows(marker.len()).any(|w| w == marker);
        if has(b"\"mac\": \"ENC[") {
            let binary = tree::parse_json(data).ok().is_some_and(|n| match n {
                Node::Map(entries) => entries
                    .iter()
                    .all(|e| matches!(e, Entry::Item(k, _) if k == "data" || k == "sops")),
                _ => false,
            });
            Some(if binary { Format::Binary } else { Format::Json })
        } else if has(b"sops_mac=ENC[") {
            Some(Format::Dotenv)
        } else if has(b"mac: ENC[") {
            Some(Format::Yaml)
        } else {
            None
        }
    }

    fn name(self) -> &'static str {
        match self {
            Format::Yaml => "yaml",
            Format::Json => "json",
            Format::Dotenv => "dotenv",
            Format::Binary => "binary",
        }
    }
}

/// Options of decryption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecryptOptions {
    /// Compare the stored MAC with the decrypted content.
    pub verify_mac: bool,
}

/// Options of encryption (for tests and tools).
#[derive(Debug, Clone, Default)]
pub struct EncryptOptions {
    /// Age recipients (`age1…`) the data key is encrypted to.
    pub recipients: Vec<String>,
    /// Leave values under keys ending with this suffix unencrypted (SOPS' default is
    /// `_unencrypted` when no rule is given).
    pub unencrypted_suffix: Option<String>,
    /// Encrypt only values under keys ending with this suffix.
    pub encrypted_suffix: Option<String>,
    /// Encrypt only values under keys matching this regex (Flux's docs use
    /// `^(data|stringData)$`).
    pub encrypted_regex: Option<String>,
    /// Leave values under keys matching this regex unencrypted.
    pub unencrypted_regex: Option<String>,
    /// Compute the MAC over encrypted values only.
    pub mac_only_encrypted: bool,
}

/// True when a built object carries SOPS metadata: a top-level `sops` mapping with a `mac` or
/// key entries.
pub fn is_encrypted(obj: &Value) -> bool {
    let Some(Value::Object(sops)) = obj.get("sops") else {
        return false;
    };
    sops.get("mac").is_some_and(Value::is_string)
        || [
            "age",
            "pgp",
            "kms",
            "gcp_kms",
            "azure_kv",
            "hc_vault",
            "hckms",
            "key_groups",
        ]
        .iter()
        .any(|k| matches!(sops.get(*k), Some(Value::Array(a)) if !a.is_empty()))
}

/// Decrypts one object (a Kubernetes Secret from the kustomize build output, as JSON value)
/// in place and removes its `sops` key.
///
/// Like Flux, the MAC is not compared (kustomize transformers change objects after
/// encryption); each value is still authenticated with its key path. Use
/// [`decrypt_object_with`] to verify it. On error the object is left unchanged.
pub fn decrypt_object(obj: &mut Value, keys: &AgeKeys) -> Result<(), SopsError> {
    decrypt_object_with(obj, keys, DecryptOptions { verify_mac: false })
}

/// [`decrypt_object`] with options. The MAC is computed in the object's map iteration order.
pub fn decrypt_object_with(obj: &mut Value, keys: &AgeKeys, options: DecryptOptions) -> Result<(), SopsError> {
    let mut node = tree::from_value(obj);
    let meta_node = node.take("sops").ok_or(SopsError::NotEncrypted)?;
    let meta = Metadata::from_node(&meta_node)?;
    let mut branches = vec![node];
    decrypt_branches(&mut branches, &meta, keys, options)?;
    if let Some(node) = branches.pop() {
        *obj = tree::to_value(&node);
    }
    Ok(())
}

/// Decrypts a whole file's bytes in the given format, verifying the MAC, and writes it back in
/// the same format (used for files referenced by secretGenerator envs/files before the build).
pub fn decrypt_bytes(data: &[u8], format: Format, keys: &AgeKeys) -> Result<Vec<u8>, SopsError> {
    decrypt_bytes_with(data, format, format, keys, DecryptOptions { verify_mac: true })
}

/// Decrypts a file's bytes read as `input` and writes the plaintext as `output`.
pub fn decrypt_bytes_with(
    data: &[u8],
    input: Format,
    output: Format,
    keys: &AgeKeys,
    options: DecryptOptions,
) -> Result<Vec<u8>, SopsError> {
    let (mut branches, meta) = load_encrypted(data, input)?;
    decrypt_branches(&mut branches, &meta, keys, options)?;
    emit(&branches, output)
}

/// Decrypts the `data` entries of a Secret (no `sops` section of its own) whose decoded value
/// is a whole SOPS file (detected with [`Format::detect`]), writing each back base64-encoded in
/// the format of its key name, as Flux does for generated Secrets. Returns how many entries
/// were decrypted; entries that are not base64 or not SOPS files are left alone.
pub fn decrypt_secret_data_entries(obj: &mut Value, keys: &AgeKeys) -> Result<usize, SopsError> {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD as B64;
    let Some(Value::Object(data)) = obj.get_mut("data") else {
        return Ok(0);
    };
    let mut count = 0;
    for (key, value) in data.iter_mut() {
        let Some(Ok(bytes)) = value.as_str().map(|s| B64.decode(s)) else {
            continue;
        };
        let Some(input) = Format::detect(&bytes) else {
            continue;
        };
        let plain = decrypt_bytes_with(
            &bytes,
            input,
            Format::from_path(key),
            keys,
            DecryptOptions { verify_mac: false },
        )?;
        *value = Value::String(B64.encode(plain));
        count += 1;
    }
    Ok(count)
}

/// Encrypts a file to age recipients (for fixtures, tests and tools).
pub fn encrypt_bytes(data: &[u8], format: Format, recipients: &[String]) -> Result<Vec<u8>, SopsError> {
    encrypt_bytes_with(
        data,
        format,
        &EncryptOptions {
            recipients: recipients.to_vec(),
            ..EncryptOptions::default()
        },
    )
}

/// Encrypts a file with options (rules, `mac_only_encrypted`); for fixtures, tests and tools.
///
/// YAML comments are not kept (the YAML reader drops them); dotenv comments are encrypted.
pub fn encrypt_bytes_with(data: &[u8], format: Format, options: &EncryptOptions) -> Result<Vec<u8>, SopsError> {
    let mut branches = load_plain(data, format)?;
    let rule = rule_of(options)?;
    let mut key = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut key);
    let age = keys::wrap_data_key(&key, &options.recipients)?;
    let mac = crypt::encrypt_tree(&mut branches, &key, &rule, options.mac_only_encrypted)?;
    let lastmodified = now_rfc3339();
    let meta = Metadata {
        age,
        other_key_types: Vec::new(),
        mac: crypt::seal_mac(&mac, &key, &lastmodified)?,
        lastmodified,
        rule,
        mac_only_encrypted: options.mac_only_encrypted,
        version: metadata::VERSION.to_string(),
    };
    emit_encrypted(branches, &meta, format)
}

fn rule_of(options: &EncryptOptions) -> Result<Rule, SopsError> {
    let regex = |p: &str| {
        regex::Regex::new(p).map_err(|_| SopsError::Encrypt("the rule is not a valid regular expression".into()))
    };
    let mut rules = Vec::new();
    if let Some(s) = &options.unencrypted_suffix {
        rules.push(Rule::UnencryptedSuffix(s.clone()));
    }
    if let Some(s) = &options.encrypted_suffix {
        rules.push(Rule::EncryptedSuffix(s.clone()));
    }
    if let Some(s) = &options.unencrypted_regex {
        rules.push(Rule::UnencryptedRegex(regex(s)?));
    }
    if let Some(s) = &options.encrypted_regex {
        rules.push(Rule::EncryptedRegex(regex(s)?));
    }
    if rules.len() > 1 {
        return Err(SopsError::Encrypt("give at most one encryption rule".into()));
    }
    Ok(rules
        .pop()
        .unwrap_or_else(|| Rule::UnencryptedSuffix(metadata::DEFAULT_UNENCRYPTED_SUFFIX.to_string())))
}

fn now_rfc3339() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

fn decrypt_branches(
    branches: &mut [Node],
    meta: &Metadata,
    keys: &AgeKeys,
    options: DecryptOptions,
) -> Result<(), SopsError> {
    let key = keys.data_key(meta)?;
    let mac = crypt::decrypt_tree(branches, &key, &meta.rule, meta.mac_only_encrypted)?;
    if options.verify_mac {
        crypt::verify_mac(&meta.mac, &mac, &key, &meta.lastmodified)?;
    }
    Ok(())
}

/// Reads an encrypted file into its documents and metadata.
fn load_encrypted(data: &[u8], format: Format) -> Result<(Vec<Node>, Metadata), SopsError> {
    match format {
        Format::Yaml | Format::Json | Format::Binary => {
            let mut branches = match format {
                Format::Yaml => tree::parse_yaml(data)?,
                _ => vec![tree::parse_json(data)?],
            };
            let mut meta_node = None;
            for (i, branch) in branches.iter_mut().enumerate() {
                if !matches!(branch, Node::Map(_)) {
                    return Err(SopsError::Parse {
                        format: format.name(),
                        message: "a document is not a map".into(),
                    });
                }
                let taken = branch.take("sops");
                if i == 0 {
                    meta_node = taken;
                }
            }
            let meta_node = meta_node.ok_or(SopsError::NotEncrypted)?;
            Ok((branches, Metadata::from_node(&meta_node)?))
        }
        Format::Dotenv => {
            let mut node = tree::parse_dotenv(data)?;
            let mut flat = Vec::new();
            if let Node::Map(entries) = &mut node {
                entries.retain(|e| match e {
                    Entry::Item(k, v) => match k.strip_prefix(DOTENV_PREFIX) {
                        Some(rest) => {
                            flat.push((rest.to_string(), v.clone()));
                            false
                        }
                        None => true,
                    },
                    Entry::Comment(_) => true,
                });
            }
            if flat.is_empty() {
                return Err(SopsError::NotEncrypted);
            }
            let meta = Metadata::from_node(&metadata::unflatten(flat)?)?;
            Ok((vec![node], meta))
        }
    }
}

/// Reads a plaintext file into its documents.
fn load_plain(data: &[u8], format: Format) -> Result<Vec<Node>, SopsError> {
    let branches = match format {
        Format::Yaml => {
            let text = std::str::from_utf8(data).map_err(|_| SopsError::Parse {
                format: "yaml",
                message: "input is not utf-8".into(),
            })?;
            let values = ferroflux_kustomize::yaml::parse_documents(text).map_err(|message| SopsError::Parse {
                format: "yaml",
                message,
            })?;
            let mut branches: Vec<Node> = values.iter().map(tree::from_value).collect();
            // The YAML writer sorts keys: compute the MAC in the order the file is written.
            branches.iter_mut().for_each(Node::sort_keys);
            branches
        }
        Format::Json => vec![tree::parse_json(data)?],
        Format::Dotenv => vec![tree::parse_dotenv(data)?],
        Format::Binary => vec![Node::Map(vec![Entry::Item(
            "data".into(),
            match String::from_utf8(data.to_vec()) {
                Ok(s) => Node::Str(s),
                Err(e) => Node::Bytes(e.into_bytes()),
            },
        )])],
    };
    if branches.is_empty() {
        return Err(SopsError::Parse {
            format: format.name(),
            message: "no documents".into(),
        });
    }
    for branch in &branches {
        let Node::Map(entries) = branch else {
            return Err(SopsError::Parse {
                format: format.name(),
                message: "a document is not a map".into(),
            });
        };
        let reserved = entries.iter().any(|e| match e {
            Entry::Item(k, _) if format == Format::Dotenv => k.starts_with(DOTENV_PREFIX),
            Entry::Item(k, _) => k == "sops",
            Entry::Comment(_) => false,
        });
        if reserved {
            return Err(SopsError::Encrypt(
                "the input already has sops metadata (or a key reserved for it)".into(),
            ));
        }
    }
    Ok(branches)
}

/// Writes plaintext documents.
fn emit(branches: &[Node], format: Format) -> Result<Vec<u8>, SopsError> {
    let single = || -> Result<&Node, SopsError> {
        match branches {
            [one] => Ok(one),
            _ => Err(SopsError::Emit {
                format: format.name(),
                message: format!("expected one document, found {}", branches.len()),
            }),
        }
    };
    match format {
        Format::Yaml => {
            let docs: Vec<String> = branches
                .iter()
                .map(|b| ferroflux_kustomize::yaml::value_to_yaml(&tree::to_value(b)))
                .collect();
            Ok(docs.join("---\n").into_bytes())
        }
        Format::Json => tree::to_json(single()?),
        Format::Dotenv => tree::to_dotenv(single()?),
        Format::Binary => match single()?.get("data") {
            Some(Node::Str(s)) => Ok(s.clone().into_bytes()),
            Some(Node::Bytes(b)) => Ok(b.clone()),
            _ => Err(SopsError::Emit {
                format: "binary",
                message: "no string 'data' entry".into(),
            }),
        },
    }
}

/// Writes encrypted documents with their metadata.
fn emit_encrypted(mut branches: Vec<Node>, meta: &Metadata, format: Format) -> Result<Vec<u8>, SopsError> {
    let meta_node = meta.to_node();
    for branch in &mut branches {
        if let Node::Map(entries) = branch {
            if format == Format::Dotenv {
                metadata::flatten(&meta_node, DOTENV_PREFIX, entries);
            } else {
                entries.push(Entry::Item("sops".into(), meta_node.clone()));
            }
        }
    }
    match format {
        Format::Binary => match branches.as_slice() {
            [one] => tree::to_json(one),
            _ => Err(SopsError::Emit {
                format: "binary",
                message: "expected one document".into(),
            }),
        },
        other => emit(&branches, other),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use sha2::{Digest, Sha512};

    /// A file assembled by hand from the format description: values sealed with a known data
    /// key and IVs under their `key:path:` additional data, the MAC as upper-case hex SHA-512
    /// of the plaintexts in document order, sealed with `lastmodified` as additional data.
    #[test]
    fn a_hand_assembled_file_decrypts_and_verifies() {
        let identity = age::x25519::Identity::generate();
        let secret = age::secrecy::ExposeSecret::expose_secret(&identity.to_string()).to_string();
        let keys = AgeKeys::from_identities(&[secret]).unwrap();
        let recipient = identity.to_public().to_string();
        let data_key = [0x11u8; 32];
        let stanza = keys::wrap_data_key(&data_key, std::slice::from_ref(&recipient))
            .unwrap()
            .remove(0);

        let seal = |plain: &str, kind, iv: u8, aad: &str| {
            cipher::encrypt_with_iv(plain.as_bytes(), kind, &data_key, &[iv; 32], aad).unwrap()
        };
        let a = seal("hello", cipher::ValueType::Str, 1, "top:a:");
        let n = seal("7", cipher::ValueType::Int, 2, "top:n:");
        let b = seal("True", cipher::ValueType::Bool, 3, "list:");
        let mac_hex = hex::encode_upper(Sha512::digest(b"hello7Trueplain"));
        let lastmodified = "2024-01-02T03:04:05Z";
        let mac = seal(&mac_hex, cipher::ValueType::Str, 4, lastmodified);
        let enc = stanza.enc.replace('\n', "\n        ");
        let file = format!(
            "top:\n  a: {a}\n  n: {n}\nlist:\n  - {b}\nkeep_unencrypted: plain\nsops:\n  age:\n    - recipient: {recipient}\n      enc: |\n        {enc}\n  lastmodified: \"{lastmodified}\"\n  mac: {mac}\n  unencrypted_suffix: _unencrypted\n  version: 3.9.0\n"
        );

        let out = decrypt_bytes(file.as_bytes(), Format::Yaml, &keys).unwrap();
        let doc = &ferroflux_kustomize::yaml::parse_documents(std::str::from_utf8(&out).unwrap()).unwrap()[0];
        assert_eq!(
            doc,
            &serde_json::json!({"top": {"a": "hello", "n": 7}, "list": [true], "keep_unencrypted": "plain"})
        );

        // The ENC layout: base64 ciphertext as long as the plaintext, 32-byte IV, 16-byte tag.
        let parts = cipher::parse(&a).unwrap();
        assert_eq!(parts.data.len(), 5);
        assert_eq!(parts.iv, vec![1u8; 32]);
        assert_eq!(parts.tag.len(), 16);
        assert_eq!(parts.kind, cipher::ValueType::Str);

        // A MAC over another order of the same values does not verify.
        let wrong = seal(
            &hex::encode_upper(Sha512::digest(b"7helloTrueplain")),
            cipher::ValueType::Str,
            5,
            lastmodified,
        );
        let tampered = file.replace(&mac, &wrong);
        assert!(matches!(
            decrypt_bytes(tampered.as_bytes(), Format::Yaml, &keys),
            Err(SopsError::MacMismatch)
        ));
    }
}
