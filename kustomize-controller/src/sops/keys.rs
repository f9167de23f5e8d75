//! Age identities from the decryption Secret ([`AgeKeys::parse`]) and the data key: unwrapped
//! from the age stanzas of a file ([`AgeKeys::data_key`]) or wrapped for recipients
//! ([`wrap_data_key`]).

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read as _;
use std::str::FromStr as _;

use age::x25519;

use super::SopsError;
use super::metadata::{AgeStanza, Metadata};

/// Data keys of the decryption Secret that hold age identities.
pub const AGE_KEY_SUFFIX: &str = ".agekey";

/// The age identities available for decryption.
///
/// `Debug` prints only how many there are.
#[derive(Clone, Default)]
pub struct AgeKeys {
    identities: Vec<x25519::Identity>,
}

impl fmt::Debug for AgeKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AgeKeys({} identities)", self.identities.len())
    }
}

impl AgeKeys {
    /// Parses the identities of every Secret data key ending in `.agekey`, as Flux does: each
    /// value holds one or more `AGE-SECRET-KEY-1…` lines; empty lines and `#` comments are
    /// skipped. Other data keys are ignored.
    pub fn parse(secret_data: &BTreeMap<String, Vec<u8>>) -> Result<AgeKeys, SopsError> {
        let mut identities = Vec::new();
        for (name, value) in secret_data {
            if !name.ends_with(AGE_KEY_SUFFIX) {
                continue;
            }
            let text = std::str::from_utf8(value).map_err(|_| SopsError::InvalidIdentity {
                name: name.clone(),
                line: 0,
            })?;
            for (n, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                if line.starts_with("AGE-PLUGIN-") {
                    return Err(SopsError::Unsupported(format!(
                        "age plugin identities (in '{name}' line {})",
                        n + 1
                    )));
                }
                if line.starts_with("AGE-SECRET-KEY-PQ-") {
                    return Err(SopsError::Unsupported(format!(
                        "post-quantum age identities (in '{name}' line {})",
                        n + 1
                    )));
                }
                let identity = x25519::Identity::from_str(line).map_err(|_| SopsError::InvalidIdentity {
                    name: name.clone(),
                    line: n + 1,
                })?;
                identities.push(identity);
            }
        }
        Ok(AgeKeys { identities })
    }

    /// Builds the set from identity strings (`AGE-SECRET-KEY-1…`); for tests and tools.
    pub fn from_identities<S: AsRef<str>>(identities: &[S]) -> Result<AgeKeys, SopsError> {
        let mut data = BTreeMap::new();
        let joined: Vec<&str> = identities.iter().map(AsRef::as_ref).collect();
        data.insert("keys.agekey".to_string(), joined.join("\n").into_bytes());
        AgeKeys::parse(&data)
    }

    /// How many identities were parsed.
    pub fn len(&self) -> usize {
        self.identities.len()
    }

    /// True when no identity was parsed.
    pub fn is_empty(&self) -> bool {
        self.identities.is_empty()
    }

    /// The public recipients (`age1…`) of the identities.
    pub fn recipients(&self) -> Vec<String> {
        self.identities.iter().map(|i| i.to_public().to_string()).collect()
    }

    /// Unwraps the armored age file of one stanza; `None` when no identity matches.
    pub(crate) fn unwrap_stanza(&self, stanza: &AgeStanza) -> Option<Vec<u8>> {
        if self.identities.is_empty() {
            return None;
        }
        let reader = age::armor::ArmoredReader::new(stanza.enc.trim_start().as_bytes());
        let decryptor = age::Decryptor::new(reader).ok()?;
        let mut out = Vec::new();
        let mut stream = decryptor
            .decrypt(self.identities.iter().map(|i| i as &dyn age::Identity))
            .ok()?;
        stream.read_to_end(&mut out).ok()?;
        Some(out)
    }

    /// Recovers the 32-byte data key of a file from its age stanzas.
    pub(crate) fn data_key(&self, meta: &Metadata) -> Result<[u8; 32], SopsError> {
        if meta.age.is_empty() {
            if meta.other_key_types.is_empty() {
                return Err(SopsError::InvalidMetadata("no key entries".into()));
            }
            return Err(SopsError::Unsupported(format!(
                "the file is encrypted for {} and only age keys are supported",
                meta.other_key_types.join(", ")
            )));
        }
        for stanza in &meta.age {
            if let Some(key) = self.unwrap_stanza(stanza) {
                return <[u8; 32]>::try_from(key.as_slice()).map_err(|_| SopsError::DataKeyLength);
            }
        }
        let recipients: Vec<&str> = meta.age.iter().map(|s| s.recipient.as_str()).collect();
        Err(SopsError::NoMatchingIdentity {
            recipients: recipients.join(", "),
            available: self.identities.len(),
        })
    }
}

/// Wraps the data key for each age recipient (`age1…`), one armored age file per recipient.
pub(crate) fn wrap_data_key(key: &[u8; 32], recipients: &[String]) -> Result<Vec<AgeStanza>, SopsError> {
    if recipients.is_empty() {
        return Err(SopsError::Encrypt("no age recipients given".into()));
    }
    recipients
        .iter()
        .map(|r| {
            let recipient = x25519::Recipient::from_str(r.trim())
                .map_err(|_| SopsError::Encrypt(format!("invalid age recipient '{r}'")))?;
            let enc = age::encrypt_and_armor(&recipient, key)
                .map_err(|_| SopsError::Encrypt("age encryption of the data key failed".into()))?;
            Ok(AgeStanza {
                recipient: r.trim().to_string(),
                enc,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    // Test vectors published in getsops/sops `age/keysource_test.go`: an armored age file
    // holding "data", encrypted to the mock recipient of the mock identity.
    const SOPS_MOCK_IDENTITY: &str = "AGE-SECRET-KEY-1G0Q5K9TV4REQ3ZSQRMTMG8NSWQGYT0T7TZ33RAZEE0GZYVZN0APSU24RK7";
    const SOPS_MOCK_RECIPIENT: &str = "age1lzd99uklcjnc0e7d860axevet2cz99ce9pq6tzuzd05l5nr28ams36nvun";
    const SOPS_MOCK_OTHER_IDENTITY: &str = "AGE-SECRET-KEY-1432K5YRNSC44GC4986NXMX6GVZ52WTMT9C79CLUVWYY4DKDHD5JSNDP4MC";
    const SOPS_MOCK_ENCRYPTED_KEY: &str = "-----BEGIN AGE ENCRYPTED FILE-----
YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBvY2t2NkdLUGRvY3l2OGNy
MVJWcUhCOEZrUG8yeCtnRnhxL0I5NFk4YjJFCmE4SVQ3MEdyZkFqRWpSa2F0NVhF
VDUybzBxdS9nSGpHSVRVMUI0UEVqZkkKLS0tIGJjeGhNQ0Y5L2VZRVVYSm90djFF
bzdnQ3UwTGljMmtrbWNMV1MxYkFzUFUK4xjOZOTGdcbzuwUY/zeBXhcF+Md3e5PQ
EylloI7MNGbadPGb
-----END AGE ENCRYPTED FILE-----";

    #[test]
    fn unwraps_the_armored_age_file_of_the_sops_test_vectors() {
        let keys = AgeKeys::from_identities(&[SOPS_MOCK_IDENTITY]).unwrap();
        assert_eq!(keys.recipients(), vec![SOPS_MOCK_RECIPIENT.to_string()]);
        let stanza = AgeStanza {
            recipient: SOPS_MOCK_RECIPIENT.into(),
            enc: SOPS_MOCK_ENCRYPTED_KEY.into(),
        };
        assert_eq!(keys.unwrap_stanza(&stanza).unwrap(), b"data");
        let other = AgeKeys::from_identities(&[SOPS_MOCK_OTHER_IDENTITY]).unwrap();
        assert_eq!(other.unwrap_stanza(&stanza), None);
    }

    #[test]
    fn wrapped_data_keys_unwrap_with_the_matching_identity() {
        let keys = AgeKeys::from_identities(&[SOPS_MOCK_IDENTITY]).unwrap();
        let stanzas = wrap_data_key(&[5u8; 32], &[SOPS_MOCK_RECIPIENT.to_string()]).unwrap();
        assert!(stanzas[0].enc.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
        assert_eq!(keys.unwrap_stanza(&stanzas[0]).unwrap(), vec![5u8; 32]);
    }
}
