//! The SOPS value cipher: AES-256-GCM with a 32-byte IV, values written as
//! `ENC[AES256_GCM,data:<b64>,iv:<b64>,tag:<b64>,type:<str|int|float|bool|bytes|time|comment>]`.
//!
//! The additional authenticated data of a tree value is the path of map keys leading to it
//! joined with `:` plus a trailing `:` (list positions are not part of the path); the MAC is
//! encrypted with the `lastmodified` timestamp as additional data. Entry points: [`encrypt`],
//! [`decrypt`], [`parse`].

use aes_gcm::aead::consts::{U12, U32};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::aes::Aes256;
use aes_gcm::{AesGcm, Nonce};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

use super::SopsError;

/// Length of the IVs SOPS generates.
pub(crate) const IV_LEN: usize = 32;
/// Length of the GCM tag.
const TAG_LEN: usize = 16;

/// The type tag of an encrypted value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ValueType {
    Str,
    Int,
    Float,
    Bool,
    Bytes,
    Time,
    Comment,
}

impl ValueType {
    fn as_str(self) -> &'static str {
        match self {
            ValueType::Str => "str",
            ValueType::Int => "int",
            ValueType::Float => "float",
            ValueType::Bool => "bool",
            ValueType::Bytes => "bytes",
            ValueType::Time => "time",
            ValueType::Comment => "comment",
        }
    }

    fn parse(s: &str) -> Option<ValueType> {
        Some(match s {
            "str" => ValueType::Str,
            "int" => ValueType::Int,
            "float" => ValueType::Float,
            "bool" => ValueType::Bool,
            "bytes" => ValueType::Bytes,
            "time" => ValueType::Time,
            "comment" => ValueType::Comment,
            _ => return None,
        })
    }
}

/// The parts of an `ENC[...]` string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EncValue {
    pub data: Vec<u8>,
    pub iv: Vec<u8>,
    pub tag: Vec<u8>,
    pub kind: ValueType,
}

/// Parses an `ENC[AES256_GCM,...]` string; `None` when it is not one or a part is malformed.
pub(crate) fn parse(value: &str) -> Option<EncValue> {
    let body = value.strip_prefix("ENC[AES256_GCM,data:")?;
    let (data, rest) = body.split_once(",iv:")?;
    let (iv, rest) = rest.split_once(",tag:")?;
    let (tag, rest) = rest.split_once(",type:")?;
    let (kind, _) = rest.split_once(']')?;
    Some(EncValue {
        data: B64.decode(data).ok()?,
        iv: B64.decode(iv).ok()?,
        tag: B64.decode(tag).ok()?,
        kind: ValueType::parse(kind)?,
    })
}

/// Writes the `ENC[...]` string for its parts.
pub(crate) fn format(value: &EncValue) -> String {
    format!(
        "ENC[AES256_GCM,data:{},iv:{},tag:{},type:{}]",
        B64.encode(&value.data),
        B64.encode(&value.iv),
        B64.encode(&value.tag),
        value.kind.as_str()
    )
}

/// Encrypts `plaintext` with a fresh random IV.
pub(crate) fn encrypt(plaintext: &[u8], kind: ValueType, key: &[u8; 32], aad: &str) -> Result<String, SopsError> {
    let mut iv = [0u8; IV_LEN];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut iv);
    encrypt_with_iv(plaintext, kind, key, &iv, aad)
}

/// Encrypts `plaintext` with the given 32-byte IV (deterministic; for fixtures).
pub(crate) fn encrypt_with_iv(
    plaintext: &[u8],
    kind: ValueType,
    key: &[u8; 32],
    iv: &[u8; IV_LEN],
    aad: &str,
) -> Result<String, SopsError> {
    let cipher = AesGcm::<Aes256, U32>::new(key.into());
    let sealed = cipher
        .encrypt(
            Nonce::<U32>::from_slice(iv),
            Payload {
                msg: plaintext,
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| SopsError::Encrypt("aes-gcm encryption failed".into()))?;
    let split = sealed.len().saturating_sub(TAG_LEN);
    Ok(format(&EncValue {
        data: sealed[..split].to_vec(),
        iv: iv.to_vec(),
        tag: sealed[split..].to_vec(),
        kind,
    }))
}

/// Decrypts an `ENC[...]` string, returning the plaintext bytes and the type tag.
///
/// `what` names the value in errors (a key path, never the value).
pub(crate) fn decrypt(value: &str, key: &[u8; 32], aad: &str, what: &str) -> Result<(Vec<u8>, ValueType), SopsError> {
    let enc = parse(value).ok_or_else(|| SopsError::MalformedValue { path: what.to_string() })?;
    let mut sealed = enc.data.clone();
    sealed.extend_from_slice(&enc.tag);
    let payload = Payload {
        msg: &sealed,
        aad: aad.as_bytes(),
    };
    let opened = match enc.iv.len() {
        IV_LEN => AesGcm::<Aes256, U32>::new(key.into()).decrypt(Nonce::<U32>::from_slice(&enc.iv), payload),
        12 => AesGcm::<Aes256, U12>::new(key.into()).decrypt(Nonce::<U12>::from_slice(&enc.iv), payload),
        _ => {
            return Err(SopsError::MalformedValue { path: what.to_string() });
        }
    };
    let plaintext = opened.map_err(|_| SopsError::DecryptValue { path: what.to_string() })?;
    Ok((plaintext, enc.kind))
}

/// Formats a float as Go's `strconv.FormatFloat(f, 'f', -1, 64)` does (the MAC and the
/// plaintext of `float` values).
pub(crate) fn go_float(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 { "+Inf".into() } else { "-Inf".into() }
    } else {
        // Rust's Display is the shortest round-tripping decimal, never in exponent form.
        format!("{f}")
    }
}

/// Parses a boolean as Go's `strconv.ParseBool` does.
pub(crate) fn go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn enc_value_layout_matches_the_sops_format() {
        let key = [7u8; 32];
        let iv = [9u8; 32];
        let s = encrypt_with_iv(b"hello", ValueType::Str, &key, &iv, "a:b:").unwrap();
        assert!(s.starts_with("ENC[AES256_GCM,data:"));
        assert!(s.ends_with(",type:str]"));
        let parsed = parse(&s).unwrap();
        assert_eq!(parsed.data.len(), 5);
        assert_eq!(parsed.iv, iv.to_vec());
        assert_eq!(parsed.tag.len(), 16);
        assert_eq!(format(&parsed), s);
        let (plain, kind) = decrypt(&s, &key, "a:b:", "a.b").unwrap();
        assert_eq!(plain, b"hello");
        assert_eq!(kind, ValueType::Str);
        // The additional data binds the value to its path.
        assert!(matches!(
            decrypt(&s, &key, "a:c:", "a.c"),
            Err(SopsError::DecryptValue { .. })
        ));
    }

    #[test]
    fn malformed_values_are_reported_without_content() {
        let key = [0u8; 32];
        for bad in [
            "plain",
            "ENC[AES256_GCM,data:!!,iv:AA==,tag:AA==,type:str]",
            "ENC[AES256_GCM,data:AA==,iv:AA==,tag:AA==,type:weird]",
            "ENC[AES256_GCM,data:AA==,iv:AA==,tag:AA==,type:str]",
        ] {
            let err = decrypt(bad, &key, ":", "x").unwrap_err();
            assert!(matches!(err, SopsError::MalformedValue { .. }), "{bad}");
            assert!(!err.to_string().contains(bad));
        }
    }

    #[test]
    fn floats_format_like_go() {
        assert_eq!(go_float(1.0), "1");
        assert_eq!(go_float(1.5), "1.5");
        assert_eq!(go_float(1e21), "1000000000000000000000");
        assert_eq!(go_float(1e-7), "0.0000001");
        assert_eq!(go_float(f64::INFINITY), "+Inf");
    }
}
