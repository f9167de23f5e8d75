//! OpenPGP: reading armored (or binary) public key rings and checking a detached signature
//! against them with rpgp, the way Flux's go-crypto based check does.
//!
//! A signature is accepted when a key it names as issuer (primary key or signing subkey) makes
//! it verify over the payload, and, at the time of verification, neither that key nor its
//! primary key is revoked or expired, the key is marked for signing (when the self-signature
//! says what it is for), and the signature itself has not expired. Like Flux, the match is
//! reported with the primary key's 16-digit key ID. Entry points: [`read_key_ring`], [`verify`].

use pgp::composed::{Deserializable, DetachedSignature, SignedPublicKey, SignedPublicSubKey};
use pgp::packet::{Signature, SignatureType, SubpacketData};
use pgp::types::{Duration, Fingerprint, KeyDetails, KeyId, Tag, Timestamp};

use super::{ObjectKind, SignatureFormat, Verified, VerifyError};

/// Largest armored signature accepted; real ones are a few hundred bytes to a few KiB.
const MAX_SIGNATURE_LEN: usize = 64 * 1024;

/// The public keys read from one Secret data key.
pub(crate) struct PgpKeyRing {
    /// The Secret data key they came from.
    pub(crate) name: String,
    /// The keys, in the order they were found.
    pub(crate) keys: Vec<SignedPublicKey>,
}

/// Reads every public key of one Secret value: one or more ASCII-armored `PUBLIC KEY BLOCK`s
/// (as `gpg --export --armor` writes them, possibly concatenated) or a binary key ring.
pub(crate) fn read_key_ring(name: &str, data: &[u8]) -> Result<PgpKeyRing, String> {
    let data = data.trim_ascii();
    if data.is_empty() {
        return Err("the value is empty".to_owned());
    }
    let mut keys = Vec::new();
    if data.starts_with(b"-----BEGIN ") {
        for block in armor_blocks(data) {
            let (parsed, _headers) = SignedPublicKey::from_armor_many(block).map_err(|e| e.to_string())?;
            for key in parsed {
                keys.push(key.map_err(|e| e.to_string())?);
            }
        }
    } else {
        for key in SignedPublicKey::from_bytes_many(data).map_err(|e| e.to_string())? {
            keys.push(key.map_err(|e| e.to_string())?);
        }
    }
    if keys.is_empty() {
        return Err("no public keys found".to_owned());
    }
    Ok(PgpKeyRing {
        name: name.to_owned(),
        keys,
    })
}

/// Splits concatenated armored blocks at each line that opens one.
fn armor_blocks(data: &[u8]) -> Vec<&[u8]> {
    let mut starts = Vec::new();
    let mut pos = 0;
    while pos < data.len() {
        if data[pos..].starts_with(b"-----BEGIN ") {
            starts.push(pos);
        }
        pos = match data[pos..].iter().position(|&b| b == b'\n') {
            Some(i) => pos + i + 1,
            None => data.len(),
        };
    }
    let mut blocks = Vec::with_capacity(starts.len());
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(data.len());
        blocks.push(&data[start..end]);
    }
    blocks
}

/// Verifies an armored detached signature over `payload` with the key rings, at `now` (Unix
/// seconds).
pub(crate) fn verify(
    object: ObjectKind,
    signature: &[u8],
    payload: &[u8],
    rings: &[PgpKeyRing],
    now: u64,
) -> Result<Verified, VerifyError> {
    let malformed = |message: String| VerifyError::MalformedSignature {
        object,
        format: SignatureFormat::Pgp,
        message,
    };
    let armored = signature.trim_ascii();
    if armored.len() > MAX_SIGNATURE_LEN {
        return Err(malformed(format!("larger than {MAX_SIGNATURE_LEN} bytes")));
    }
    let (detached, _headers) = DetachedSignature::from_armor_single(armored).map_err(|e| malformed(e.to_string()))?;
    let sig = detached.signature;
    match sig.typ() {
        Some(SignatureType::Binary | SignatureType::Text) => {}
        other => return Err(malformed(format!("not a document signature (type {other:?})"))),
    }

    let issuer_fps: Vec<Fingerprint> = sig.issuer_fingerprint().into_iter().cloned().collect();
    let issuer_ids: Vec<KeyId> = sig.issuer_key_id().into_iter().copied().collect();
    let names_issuer = |key: &dyn KeyDetails| {
        (issuer_fps.is_empty() && issuer_ids.is_empty())
            || issuer_fps.contains(&key.fingerprint())
            || issuer_ids.contains(&key.legacy_key_id())
    };

    let mut bad: Option<VerifyError> = None;
    let mut unusable: Option<VerifyError> = None;
    for ring in rings {
        for key in &ring.keys {
            let primary_id = key_id_hex(&key.primary_key.legacy_key_id());
            if names_issuer(&key.primary_key) {
                match sig.verify(&key.primary_key, payload) {
                    Ok(()) => match primary_usable(key, true, now)
                        .and_then(|()| signature_usable(&sig, key.primary_key.created_at(), now))
                    {
                        Ok(()) => return Ok(verified(ring, key)),
                        Err(why) => {
                            unusable.get_or_insert(unusable_error(object, &primary_id, why));
                        }
                    },
                    Err(e) => {
                        bad.get_or_insert(bad_error(object, &primary_id, e.to_string()));
                    }
                }
            }
            for sub in &key.public_subkeys {
                if !names_issuer(&sub.key) {
                    continue;
                }
                let sub_id = key_id_hex(&sub.key.legacy_key_id());
                match sig.verify(&sub.key, payload) {
                    Ok(()) => match subkey_usable(key, sub, now)
                        .and_then(|()| signature_usable(&sig, sub.key.created_at(), now))
                    {
                        Ok(()) => return Ok(verified(ring, key)),
                        Err(why) => {
                            unusable.get_or_insert(unusable_error(object, &sub_id, why));
                        }
                    },
                    Err(e) => {
                        bad.get_or_insert(bad_error(object, &sub_id, e.to_string()));
                    }
                }
            }
        }
    }
    if let Some(err) = unusable.or(bad) {
        return Err(err);
    }
    let signer = match (issuer_fps.first(), issuer_ids.first()) {
        (Some(fp), _) => format!("{fp:X}"),
        (None, Some(id)) => key_id_hex(id),
        (None, None) => "(no issuer in signature)".to_owned(),
    };
    Err(VerifyError::UnknownKey {
        object,
        format: SignatureFormat::Pgp,
        signer,
    })
}

fn verified(ring: &PgpKeyRing, key: &SignedPublicKey) -> Verified {
    Verified {
        format: SignatureFormat::Pgp,
        key_id: key_id_hex(&key.primary_key.legacy_key_id()),
        fingerprint: format!("{:X}", key.primary_key.fingerprint()),
        secret_key: ring.name.clone(),
    }
}

fn unusable_error(object: ObjectKind, key: &str, why: String) -> VerifyError {
    VerifyError::UnusableKey {
        object,
        format: SignatureFormat::Pgp,
        key: key.to_owned(),
        why,
    }
}

fn bad_error(object: ObjectKind, key: &str, message: String) -> VerifyError {
    VerifyError::BadSignature {
        object,
        format: SignatureFormat::Pgp,
        key: key.to_owned(),
        message,
    }
}

/// Formats a key ID the way gpg and Flux print it: 16 upper-case hex digits.
fn key_id_hex(id: &KeyId) -> String {
    hex::encode_upper(id.as_ref())
}

fn created_secs(sig: &Signature) -> u64 {
    sig.created().map(|t| u64::from(t.as_secs())).unwrap_or(0)
}

/// Whether something created at `created` with a validity period of `validity` (none or zero:
/// forever) has run out at `now`.
fn has_expired(created: Timestamp, validity: Option<Duration>, now: u64) -> bool {
    match validity {
        Some(d) if d.as_secs() > 0 => u64::from(created.as_secs()) + u64::from(d.as_secs()) <= now,
        _ => false,
    }
}

/// Whether the self-signature states key flags at all (keys without them may do anything).
fn states_key_flags(sig: &Signature) -> bool {
    sig.config().is_some_and(|c| {
        c.hashed_subpackets()
            .any(|p| matches!(p.data, SubpacketData::KeyFlags(_)))
    })
}

/// The newest valid self-signature of the primary key: a user ID certification or a direct key
/// signature made by the primary key itself.
fn primary_self_signature(key: &SignedPublicKey) -> Option<&Signature> {
    let primary = &key.primary_key;
    let mut candidates: Vec<&Signature> = Vec::new();
    for user in &key.details.users {
        for sig in &user.signatures {
            let certification = matches!(
                sig.typ(),
                Some(
                    SignatureType::CertGeneric
                        | SignatureType::CertPersona
                        | SignatureType::CertCasual
                        | SignatureType::CertPositive
                )
            );
            if certification && sig.verify_certification(primary, Tag::UserId, &user.id).is_ok() {
                candidates.push(sig);
            }
        }
    }
    for sig in &key.details.direct_signatures {
        if sig.typ() == Some(SignatureType::Key) && sig.verify_key(primary).is_ok() {
            candidates.push(sig);
        }
    }
    let mut best: Option<&Signature> = None;
    for sig in candidates {
        if best.is_none_or(|b| created_secs(sig) >= created_secs(b)) {
            best = Some(sig);
        }
    }
    best
}

/// Checks the primary key at `now`: not revoked, not expired, and — when it is the key that
/// signed — marked for signing.
fn primary_usable(key: &SignedPublicKey, signs: bool, now: u64) -> Result<(), String> {
    let primary = &key.primary_key;
    let revoked = key
        .details
        .revocation_signatures
        .iter()
        .any(|sig| sig.typ() == Some(SignatureType::KeyRevocation) && sig.verify_key(primary).is_ok());
    if revoked {
        return Err("the key is revoked".to_owned());
    }
    let Some(self_sig) = primary_self_signature(key) else {
        return Err("the key has no valid self-signature".to_owned());
    };
    if has_expired(primary.created_at(), self_sig.key_expiration_time(), now) {
        return Err("the key has expired".to_owned());
    }
    if signs && states_key_flags(self_sig) && !self_sig.key_flags().sign() {
        return Err("the key is not marked for signing".to_owned());
    }
    Ok(())
}

/// Checks a subkey at `now`: its primary key is usable, it is not revoked, it has a valid
/// binding signature (with the subkey's back-signature when it signs), the newest binding marks
/// it for signing, and it has not expired.
fn subkey_usable(key: &SignedPublicKey, sub: &SignedPublicSubKey, now: u64) -> Result<(), String> {
    primary_usable(key, false, now)?;
    let primary = &key.primary_key;
    let revoked = sub.signatures.iter().any(|sig| {
        sig.typ() == Some(SignatureType::SubkeyRevocation) && sig.verify_subkey_binding(primary, &sub.key).is_ok()
    });
    if revoked {
        return Err("the subkey is revoked".to_owned());
    }
    let mut binding: Option<&Signature> = None;
    for sig in &sub.signatures {
        if sig.typ() != Some(SignatureType::SubkeyBinding) || sig.verify_subkey_binding(primary, &sub.key).is_err() {
            continue;
        }
        if sig.key_flags().sign() {
            let backed = sig
                .embedded_signature()
                .is_some_and(|back| back.verify_primary_key_binding(&sub.key, primary).is_ok());
            if !backed {
                continue;
            }
        }
        if binding.is_none_or(|b| created_secs(sig) >= created_secs(b)) {
            binding = Some(sig);
        }
    }
    let Some(binding) = binding else {
        return Err("the subkey has no valid binding signature".to_owned());
    };
    if !binding.key_flags().sign() {
        return Err("the subkey is not marked for signing".to_owned());
    }
    if has_expired(sub.key.created_at(), binding.key_expiration_time(), now) {
        return Err("the subkey has expired".to_owned());
    }
    Ok(())
}

/// Checks the document signature itself: not made before its key existed, not expired.
fn signature_usable(sig: &Signature, key_created: Timestamp, now: u64) -> Result<(), String> {
    let Some(created) = sig.created() else {
        return Err("the signature has no creation time".to_owned());
    };
    if created.as_secs() < key_created.as_secs() {
        return Err("the signature predates the key".to_owned());
    }
    if has_expired(created, sig.signature_expiration_time(), now) {
        return Err("the signature has expired".to_owned());
    }
    Ok(())
}
