//! The one error type of signature verification, [`VerifyError`], and its mapping to Flux's
//! `SourceVerified` condition reasons ([`VerifyError::reason`]).

use super::{ObjectKind, SignatureFormat};

/// Reason of a `SourceVerified=False` condition when the verification Secret cannot be read
/// (Flux's `VerificationError`); the reconciler uses it for Secret look-up failures.
pub const REASON_VERIFICATION_ERROR: &str = "VerificationError";
/// Reason when a tag mode is requested but the checkout did not go through a tag reference.
pub const REASON_INVALID_VERIFICATION_MODE: &str = "InvalidVerificationMode";
/// Reason when the tag to verify carries no signature (a lightweight or unsigned tag).
pub const REASON_INVALID_GIT_OBJECT: &str = "InvalidGitObject";
/// Reason when the tag's signature cannot be verified.
pub const REASON_INVALID_TAG_SIGNATURE: &str = "InvalidTagSignature";
/// Reason when the commit's signature cannot be verified.
pub const REASON_INVALID_COMMIT_SIGNATURE: &str = "InvalidCommitSignature";
/// Reason of `SourceVerified=True`.
pub const REASON_SUCCEEDED: &str = "Succeeded";

/// Everything that can make a signature verification fail.
///
/// Messages are lowercase and describe this layer only; the reconciler prefixes the object
/// (see [`super::failure_message`]). Nothing here carries key material beyond public key IDs
/// and fingerprints.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The bytes are not a commit or tag object as Git writes them.
    #[error("malformed {object} object: {why}")]
    MalformedObject {
        /// The kind of object that was expected.
        object: ObjectKind,
        /// What is wrong with it.
        why: &'static str,
    },
    /// The object carries no signature.
    #[error("{object} is not signed")]
    Unsigned {
        /// The unsigned object.
        object: ObjectKind,
    },
    /// The signature is of a kind that cannot be verified (x509, or not recognised at all).
    #[error("unsupported signature type: {}", .format.as_str())]
    UnsupportedSignature {
        /// The signed object.
        object: ObjectKind,
        /// The detected format.
        format: SignatureFormat,
    },
    /// The Secret holds no keys of the signature's format.
    #[error("found a {format} signature but the secret holds no {format} public keys (keys with the '{}' suffix)", .format.secret_key_suffix())]
    NoKeys {
        /// The signed object.
        object: ObjectKind,
        /// The signature's format.
        format: SignatureFormat,
    },
    /// The Secret holds keys of the signature's format, but none of them could be read.
    #[error("unable to read {format} public keys from secret key '{name}': {message}")]
    UnreadableKeys {
        /// The signed object.
        object: ObjectKind,
        /// The signature's format.
        format: SignatureFormat,
        /// The first Secret data key that could not be read.
        name: String,
        /// Why it could not be read.
        message: String,
    },
    /// The signature block cannot be decoded.
    #[error("malformed {format} signature: {message}")]
    MalformedSignature {
        /// The signed object.
        object: ObjectKind,
        /// The signature's format.
        format: SignatureFormat,
        /// What the decoder said.
        message: String,
    },
    /// No trusted key is the one that made the signature.
    #[error("no trusted key matches the signer {signer}")]
    UnknownKey {
        /// The signed object.
        object: ObjectKind,
        /// The signature's format.
        format: SignatureFormat,
        /// The signer as named by the signature: PGP issuer fingerprint or key ID (upper-case
        /// hex), or the SSH key's `SHA256:` fingerprint.
        signer: String,
    },
    /// A trusted key made the signature, but it does not verify: the object was changed after
    /// signing, or the signature is corrupt.
    #[error("signature by key {key} does not verify: {message}")]
    BadSignature {
        /// The signed object.
        object: ObjectKind,
        /// The signature's format.
        format: SignatureFormat,
        /// The trusted key (PGP key ID or SSH fingerprint).
        key: String,
        /// What the verifier said.
        message: String,
    },
    /// The signature verifies, but the key may not be used for it (revoked, expired, not a
    /// signing key) or the signature itself has expired.
    #[error("signature by key {key} is not acceptable: {why}")]
    UnusableKey {
        /// The signed object.
        object: ObjectKind,
        /// The signature's format.
        format: SignatureFormat,
        /// The key (PGP key ID or SSH fingerprint).
        key: String,
        /// Why it is not acceptable.
        why: String,
    },
    /// A tag verification mode was requested but the checkout did not resolve a tag reference.
    #[error("cannot verify tag object's signature if a tag reference is not specified")]
    TagRefRequired,
    /// `spec.verify.mode` is none of Flux's values.
    #[error("invalid verification mode '{0}': must be one of HEAD, head, Tag, TagAndHEAD")]
    InvalidMode(String),
}

impl VerifyError {
    /// Returns Flux's `SourceVerified` condition reason for this error: `InvalidVerificationMode`
    /// for mode errors, `InvalidGitObject` for an unsigned tag, `InvalidTagSignature` for any
    /// other tag failure and `InvalidCommitSignature` for any commit failure.
    pub fn reason(&self) -> &'static str {
        match self {
            VerifyError::TagRefRequired | VerifyError::InvalidMode(_) => REASON_INVALID_VERIFICATION_MODE,
            VerifyError::Unsigned {
                object: ObjectKind::Tag,
            } => REASON_INVALID_GIT_OBJECT,
            other => match other.object() {
                Some(ObjectKind::Tag) => REASON_INVALID_TAG_SIGNATURE,
                _ => REASON_INVALID_COMMIT_SIGNATURE,
            },
        }
    }

    /// Returns whether only a spec change can fix this (Flux marks the object Stalled): true for
    /// mode errors, false for everything that a new commit, tag or Secret can fix.
    pub fn is_stalling(&self) -> bool {
        matches!(self, VerifyError::TagRefRequired | VerifyError::InvalidMode(_))
    }

    /// Returns the object the error is about, `None` for mode errors.
    pub fn object(&self) -> Option<ObjectKind> {
        match self {
            VerifyError::MalformedObject { object, .. }
            | VerifyError::Unsigned { object }
            | VerifyError::UnsupportedSignature { object, .. }
            | VerifyError::NoKeys { object, .. }
            | VerifyError::UnreadableKeys { object, .. }
            | VerifyError::MalformedSignature { object, .. }
            | VerifyError::UnknownKey { object, .. }
            | VerifyError::BadSignature { object, .. }
            | VerifyError::UnusableKey { object, .. } => Some(*object),
            VerifyError::TagRefRequired | VerifyError::InvalidMode(_) => None,
        }
    }
}
