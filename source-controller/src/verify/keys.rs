//! The trusted keys of a GitRepository, read from the `spec.verify.secretRef` Secret with Flux's
//! key naming: values under keys ending in `.sshpub` are SSH public keys in `authorized_keys`
//! format; every other value (`.asc` by convention, any other name for backwards compatibility)
//! is an OpenPGP key ring. Entry point: [`Keys::from_secret_data`].

use std::collections::BTreeMap;
use std::fmt;

use super::pgp::{self, PgpKeyRing};
use super::ssh::{self, SshKey};
use super::{ObjectKind, SignatureFormat, VerifyError};

/// Suffix of Secret keys holding armored OpenPGP public keys.
pub const PGP_KEY_SUFFIX: &str = ".asc";
/// Suffix of Secret keys holding SSH public keys in `authorized_keys` format.
pub const SSH_KEY_SUFFIX: &str = ".sshpub";

/// A Secret value that could not be read as keys; kept so a failed verification can say why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedKey {
    /// The Secret data key.
    pub name: String,
    /// What the value was read as.
    pub format: SignatureFormat,
    /// Why it was rejected.
    pub reason: String,
}

/// The trusted public keys of one verification Secret.
///
/// Reading never fails: a value that cannot be read is set aside ([`Keys::rejected`]) and only
/// surfaces when a signature of its format finds no other key to check against — the same
/// leniency as Flux, where one broken entry does not mask a good one.
#[derive(Default)]
pub struct Keys {
    pgp: Vec<PgpKeyRing>,
    ssh: Vec<SshKey>,
    rejected: Vec<RejectedKey>,
}

impl Keys {
    /// Reads the keys of a Secret's `data` map.
    pub fn from_secret_data(data: &BTreeMap<String, Vec<u8>>) -> Keys {
        Keys::from_entries(data.iter().map(|(name, value)| (name.as_str(), value.as_slice())))
    }

    /// Reads the keys of `(Secret data key, value)` pairs, for callers holding the values in
    /// another container (e.g. `k8s_openapi::ByteString`).
    pub fn from_entries<'a>(entries: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Keys {
        let mut keys = Keys::default();
        for (name, value) in entries {
            if name.ends_with(SSH_KEY_SUFFIX) {
                match ssh::read_authorized_keys(name, value) {
                    Ok(mut read) => keys.ssh.append(&mut read),
                    Err(reason) => keys.reject(name, SignatureFormat::Ssh, reason),
                }
            } else {
                match pgp::read_key_ring(name, value) {
                    Ok(ring) => keys.pgp.push(ring),
                    Err(reason) => keys.reject(name, SignatureFormat::Pgp, reason),
                }
            }
        }
        keys
    }

    fn reject(&mut self, name: &str, format: SignatureFormat, reason: String) {
        self.rejected.push(RejectedKey {
            name: name.to_owned(),
            format,
            reason,
        });
    }

    /// Returns the number of OpenPGP public keys (certificates) read.
    pub fn pgp_key_count(&self) -> usize {
        self.pgp.iter().map(|ring| ring.keys.len()).sum()
    }

    /// Returns the number of SSH public keys read.
    pub fn ssh_key_count(&self) -> usize {
        self.ssh.len()
    }

    /// Returns whether no key at all could be read.
    pub fn is_empty(&self) -> bool {
        self.pgp.is_empty() && self.ssh.is_empty()
    }

    /// Returns the Secret values that could not be read, in Secret key order.
    pub fn rejected(&self) -> &[RejectedKey] {
        &self.rejected
    }

    /// Returns the PGP key rings, or why there are none.
    pub(crate) fn pgp_rings(&self, object: ObjectKind) -> Result<&[PgpKeyRing], VerifyError> {
        if self.pgp.is_empty() {
            return Err(self.none_of(object, SignatureFormat::Pgp));
        }
        Ok(&self.pgp)
    }

    /// Returns the SSH keys, or why there are none.
    pub(crate) fn ssh_keys(&self, object: ObjectKind) -> Result<&[SshKey], VerifyError> {
        if self.ssh.is_empty() {
            return Err(self.none_of(object, SignatureFormat::Ssh));
        }
        Ok(&self.ssh)
    }

    fn none_of(&self, object: ObjectKind, format: SignatureFormat) -> VerifyError {
        match self.rejected.iter().find(|r| r.format == format) {
            Some(r) => VerifyError::UnreadableKeys {
                object,
                format,
                name: r.name.clone(),
                message: r.reason.clone(),
            },
            None => VerifyError::NoKeys { object, format },
        }
    }
}

impl fmt::Debug for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pgp: Vec<&str> = self.pgp.iter().map(|ring| ring.name.as_str()).collect();
        let mut ssh: Vec<&str> = self.ssh.iter().map(|key| key.name.as_str()).collect();
        ssh.dedup();
        f.debug_struct("Keys")
            .field("pgp", &pgp)
            .field("ssh", &ssh)
            .field("rejected", &self.rejected)
            .finish()
    }
}
