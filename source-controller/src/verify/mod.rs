//! Signature verification of Git commits and tags for `GitRepository.spec.verify`.
//!
//! Pure functions on bytes: no network, no Kubernetes, no external programs. The raw object (as
//! stored by Git, e.g. `repo.find_object(id)?.data` in gix or `git cat-file commit <id>`) is
//! split into the signed payload and its signature ([`object`]), the signature's format picks
//! the verifier — OpenPGP detached signatures with rpgp, SSHSIG signatures in
//! namespace `git` with `ssh-key` — and the keys come from the verification Secret
//! with Flux's naming ([`Keys`]: `*.sshpub` SSH `authorized_keys`, everything else OpenPGP
//! armored key rings, `*.asc` by convention).
//!
//! Entry points: [`verify_commit`] and [`verify_tag`] for one object, [`verify_checkout`] for
//! the whole of a mode ([`VerificationMode`], [`check_mode`]), and [`Verification::message`] /
//! [`failure_message`] for Flux's `SourceVerified` condition messages; [`VerifyError::reason`]
//! gives the condition reason.

mod error;
mod keys;
mod mode;
pub mod object;
mod pgp;
mod ssh;

#[cfg(test)]
mod tests;

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

pub use error::{
    REASON_INVALID_COMMIT_SIGNATURE, REASON_INVALID_GIT_OBJECT, REASON_INVALID_TAG_SIGNATURE,
    REASON_INVALID_VERIFICATION_MODE, REASON_SUCCEEDED, REASON_VERIFICATION_ERROR, VerifyError,
};
pub use keys::{Keys, PGP_KEY_SUFFIX, RejectedKey, SSH_KEY_SUFFIX};
pub use mode::{VerificationMode, check_mode, requires_verification};
pub use object::{SplitObject, signature_format, split_commit, split_tag};
pub use ssh::GIT_NAMESPACE;

/// The kind of Git object being verified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObjectKind {
    /// A commit object (signature in its `gpgsig` header).
    Commit,
    /// An annotated tag object (signature appended to its message).
    Tag,
}

impl fmt::Display for ObjectKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ObjectKind::Commit => "commit",
            ObjectKind::Tag => "tag",
        })
    }
}

/// The format of a signature, detected from its armor header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SignatureFormat {
    /// `-----BEGIN PGP SIGNATURE-----`.
    Pgp,
    /// `-----BEGIN SSH SIGNATURE-----`.
    Ssh,
    /// `-----BEGIN SIGNED MESSAGE-----` (S/MIME); detected, never verified (as in Flux).
    X509,
    /// Anything else.
    Unknown,
}

impl SignatureFormat {
    /// Returns Flux's name of the signature type: `openpgp`, `ssh`, `x509` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureFormat::Pgp => "openpgp",
            SignatureFormat::Ssh => "ssh",
            SignatureFormat::X509 => "x509",
            SignatureFormat::Unknown => "unknown",
        }
    }

    /// Returns the Secret key suffix keys of this format are read from (empty for formats that
    /// have no keys).
    pub fn secret_key_suffix(self) -> &'static str {
        match self {
            SignatureFormat::Pgp => PGP_KEY_SUFFIX,
            SignatureFormat::Ssh => SSH_KEY_SUFFIX,
            SignatureFormat::X509 | SignatureFormat::Unknown => "",
        }
    }
}

impl fmt::Display for SignatureFormat {
    /// Writes the name used in messages: `PGP`, `SSH`, `x509`, `unknown`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SignatureFormat::Pgp => "PGP",
            SignatureFormat::Ssh => "SSH",
            SignatureFormat::X509 => "x509",
            SignatureFormat::Unknown => "unknown",
        })
    }
}

/// A successful verification: which trusted key made the signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    /// The signature's format.
    pub format: SignatureFormat,
    /// What Flux reports as the key: the primary key's ID for PGP (16 upper-case hex digits,
    /// also when a signing subkey signed), the `SHA256:` fingerprint for SSH.
    pub key_id: String,
    /// The full fingerprint: the PGP primary key fingerprint (upper-case hex), or the SSH
    /// `SHA256:` fingerprint.
    pub fingerprint: String,
    /// The Secret data key the trusted key was read from.
    pub secret_key: String,
}

impl fmt::Display for Verified {
    /// Writes [`Verified::key_id`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key_id)
    }
}

/// Verifies the signature of a raw commit object against the trusted keys.
///
/// The payload is the object without its `gpgsig` header; a PGP signature must be a detached
/// signature over it by a valid signing key, an SSH signature an SSHSIG in namespace `git` by
/// one of the SSH keys. Unsigned commits fail with [`VerifyError::Unsigned`].
pub fn verify_commit(raw: &[u8], keys: &Keys) -> Result<Verified, VerifyError> {
    verify_object(ObjectKind::Commit, raw, keys, now_secs())
}

/// Verifies the signature of a raw annotated tag object against the trusted keys.
///
/// The payload is the object up to the signature block appended to its message. Unsigned tags
/// fail with [`VerifyError::Unsigned`] (reason `InvalidGitObject`).
pub fn verify_tag(raw: &[u8], keys: &Keys) -> Result<Verified, VerifyError> {
    verify_object(ObjectKind::Tag, raw, keys, now_secs())
}

/// Verifies one object at `now` (Unix seconds): key and signature validity periods are judged
/// at that time.
pub(crate) fn verify_object(object: ObjectKind, raw: &[u8], keys: &Keys, now: u64) -> Result<Verified, VerifyError> {
    object::check_object(raw, object)?;
    let split = match object {
        ObjectKind::Commit => split_commit(raw)?,
        ObjectKind::Tag => split_tag(raw),
    };
    let signature = match &split.signature {
        Some(sig) if !sig.trim_ascii().is_empty() => sig,
        _ => return Err(VerifyError::Unsigned { object }),
    };
    match signature_format(signature) {
        SignatureFormat::Pgp => pgp::verify(object, signature, &split.payload, keys.pgp_rings(object)?, now),
        SignatureFormat::Ssh => ssh::verify(object, signature, &split.payload, keys.ssh_keys(object)?),
        format => Err(VerifyError::UnsupportedSignature { object, format }),
    }
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// How the checkout reached its commit, as far as tag verification is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckoutTag<'a> {
    /// The checkout did not go through a tag reference (branch, commit, or a non-tag
    /// `spec.ref.name`).
    None,
    /// The checkout went through a lightweight tag: there is no tag object to verify.
    Lightweight,
    /// The checkout went through an annotated tag; the raw tag object.
    Annotated(&'a [u8]),
}

/// The outcome of [`verify_checkout`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verification {
    /// The mode that was honoured (for `status.sourceVerificationMode`).
    pub mode: VerificationMode,
    /// The tag's signer, when the mode verifies the tag.
    pub tag: Option<Verified>,
    /// The commit's signer, when the mode verifies HEAD.
    pub commit: Option<Verified>,
}

impl Verification {
    /// Returns Flux's `SourceVerified=True` message, naming the tag as `<name>@<tag object id>`
    /// and the commit by its id, e.g.
    /// `verified signature of\n\t- tag 'v1@<id>' with key '<key>'\n\t- commit '<id>' with key '<key>'`.
    pub fn message(&self, tag: &str, commit: &str) -> String {
        let mut lines = vec!["verified signature of".to_owned()];
        if let Some(v) = &self.tag {
            lines.push(format!("\t- tag '{tag}' with key '{}'", v.key_id));
        }
        if let Some(v) = &self.commit {
            lines.push(format!("\t- commit '{commit}' with key '{}'", v.key_id));
        }
        lines.join("\n")
    }
}

/// Verifies what `mode` asks for: first the mode against the checkout ([`check_mode`]), then
/// the tag object (a lightweight tag fails as unsigned), then the commit.
pub fn verify_checkout(
    mode: VerificationMode,
    commit: &[u8],
    tag: CheckoutTag<'_>,
    keys: &Keys,
) -> Result<Verification, VerifyError> {
    check_mode(mode, tag != CheckoutTag::None)?;
    let tag = if mode.verifies_tag() {
        match tag {
            CheckoutTag::Annotated(raw) => Some(verify_tag(raw, keys)?),
            CheckoutTag::Lightweight | CheckoutTag::None => {
                return Err(VerifyError::Unsigned {
                    object: ObjectKind::Tag,
                });
            }
        }
    } else {
        None
    };
    let commit = if mode.verifies_head() {
        Some(verify_commit(commit, keys)?)
    } else {
        None
    };
    Ok(Verification { mode, tag, commit })
}

/// Returns Flux's `SourceVerified=False` message for an error: the error itself for mode
/// errors, `cannot verify signature of tag '<tag>' since it is not signed` for an unsigned tag,
/// otherwise `signature verification of tag '<tag>' failed: <error>` (or of commit `<commit>`).
pub fn failure_message(err: &VerifyError, tag: &str, commit: &str) -> String {
    match err.object() {
        None => err.to_string(),
        Some(ObjectKind::Tag) if matches!(err, VerifyError::Unsigned { .. }) => {
            format!("cannot verify signature of tag '{tag}' since it is not signed")
        }
        Some(ObjectKind::Tag) => format!("signature verification of tag '{tag}' failed: {err}"),
        Some(ObjectKind::Commit) => format!("signature verification of commit '{commit}' failed: {err}"),
    }
}
