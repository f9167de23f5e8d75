//! SSH: reading `authorized_keys`-formatted public keys and checking an armored SSHSIG
//! signature (namespace `git`, SHA-256 or SHA-512) against them, as `ssh-keygen -Y verify`
//! does for `git verify-commit`. Ed25519, ECDSA (P-256/384/521), RSA and FIDO (`sk-`) keys are
//! supported. A match is reported with the key's `SHA256:` fingerprint, like Flux. Entry points:
//! [`read_authorized_keys`], [`verify`].

use ssh_key::authorized_keys::Entry;
use ssh_key::{HashAlg, PublicKey, SshSig};

use super::{ObjectKind, SignatureFormat, Verified, VerifyError};

/// The SSHSIG namespace Git signs commits and tags in.
pub const GIT_NAMESPACE: &str = "git";

/// Largest armored signature accepted; real ones are well under 2 KiB.
const MAX_SIGNATURE_LEN: usize = 64 * 1024;

/// One trusted SSH public key.
pub(crate) struct SshKey {
    /// The Secret data key it came from.
    pub(crate) name: String,
    /// The key.
    pub(crate) key: PublicKey,
}

/// Reads the keys of one Secret value in `authorized_keys` format: one key per line, optional
/// leading options, trailing comment; blank lines and `#` comments are skipped. Like Flux, one
/// unreadable line rejects the whole value.
pub(crate) fn read_authorized_keys(name: &str, data: &[u8]) -> Result<Vec<SshKey>, String> {
    let text = std::str::from_utf8(data).map_err(|_| "the value is not UTF-8 text".to_owned())?;
    let mut keys = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry: Entry = line.parse().map_err(|e| format!("line {}: {e}", index + 1))?;
        keys.push(SshKey {
            name: name.to_owned(),
            key: entry.public_key().clone(),
        });
    }
    if keys.is_empty() {
        return Err("no public keys found".to_owned());
    }
    Ok(keys)
}

/// Verifies an armored SSH signature over `payload` with the trusted keys.
pub(crate) fn verify(
    object: ObjectKind,
    signature: &[u8],
    payload: &[u8],
    keys: &[SshKey],
) -> Result<Verified, VerifyError> {
    let malformed = |message: String| VerifyError::MalformedSignature {
        object,
        format: SignatureFormat::Ssh,
        message,
    };
    let armored = signature.trim_ascii();
    if armored.len() > MAX_SIGNATURE_LEN {
        return Err(malformed(format!("larger than {MAX_SIGNATURE_LEN} bytes")));
    }
    let sig = SshSig::from_pem(armored).map_err(|e| malformed(e.to_string()))?;
    let signer = sig.public_key().fingerprint(HashAlg::Sha256).to_string();
    let Some(trusted) = keys.iter().find(|k| k.key.key_data() == sig.public_key()) else {
        return Err(VerifyError::UnknownKey {
            object,
            format: SignatureFormat::Ssh,
            signer,
        });
    };
    let bad = |message: String| VerifyError::BadSignature {
        object,
        format: SignatureFormat::Ssh,
        key: signer.clone(),
        message,
    };
    if sig.namespace() != GIT_NAMESPACE {
        return Err(bad(format!(
            "the signature is for namespace '{}', not '{GIT_NAMESPACE}'",
            sig.namespace()
        )));
    }
    trusted
        .key
        .verify(GIT_NAMESPACE, payload, &sig)
        .map_err(|e| bad(e.to_string()))?;
    Ok(Verified {
        format: SignatureFormat::Ssh,
        key_id: signer.clone(),
        fingerprint: signer,
        secret_key: trusted.name.clone(),
    })
}
