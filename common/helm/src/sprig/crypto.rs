//! Sprig's hash and crypto functions: `sha1sum`, `sha256sum`, `sha512sum`, `adler32sum`,
//! `bcrypt`, `htpasswd`, `derivePassword` (Master Password: scrypt + HMAC-SHA256),
//! `encryptAES`/`decryptAES` (AES-256-CBC, PKCS#7, random IV, base64), `randBytes`, `uuidv4`
//! `buildCustomCert` (base64 PEM certificate and key, checked for shape), and the key and
//! certificate generators `genPrivateKey`, `genCA`, `genCAWithKey`, `genSelfSignedCert`,
//! `genSelfSignedCertWithKey`, `genSignedCert`, `genSignedCertWithKey` (see [`super::x509`];
//! they return a map with `Cert` and `Key` where Sprig returns a struct with those fields).

use aes::Aes256;
use aes::cipher::generic_array::GenericArray;
use aes::cipher::{BlockDecrypt, BlockEncrypt, KeyInit};
use hmac::Mac;
use rand::RngCore;
use sha1::Digest;

use super::strings::{b64_decode_bytes, b64_encode};
use super::x509::{self, pem_decode};
use super::{A, I, L, M, Reg, S, arg, int_arg, str_arg};
use crate::func::{FuncError, FuncResult, Type};
use crate::value::{Map, UintKind, Value};

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// Go's `hash/adler32` checksum.
fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    b << 16 | a
}

/// Go's `bcrypt.DefaultCost` (the Rust crate's default is 12).
const GO_BCRYPT_DEFAULT_COST: u32 = 10;

fn bcrypt_hash(password: &str) -> String {
    match bcrypt::hash_with_result(password, GO_BCRYPT_DEFAULT_COST) {
        Ok(h) => h.format_for_version(bcrypt::Version::TwoA),
        Err(e) => format!("failed to encrypt string with bcrypt: {e}"),
    }
}

/// A key passed to a `...WithKey` function (Sprig's `parsing private key: ...` on error).
fn given_key(pem: &str) -> Result<x509::PrivateKey, FuncError> {
    x509::parse_private_key_pem(pem).map_err(|e| FuncError::new(format!("parsing private key: {e}")))
}

/// The certificate template from the arguments `cn`, [`ips`, `alternateDNS`,] `daysValid`.
fn cert_request(a: &[Value], with_names: bool, is_ca: bool) -> Result<x509::CertRequest, FuncError> {
    let mut req = x509::CertRequest {
        cn: str_arg(a, 0).to_string(),
        ips: Vec::new(),
        dns: Vec::new(),
        days_valid: int_arg(a, if with_names { 3 } else { 1 }),
        is_ca,
    };
    if with_names {
        for ip in list_items(arg(a, 1)) {
            let Some(text) = ip.as_str() else {
                return Err(FuncError::new(format!(
                    "error parsing ip: {} is not a string",
                    crate::fmt::sprint(std::slice::from_ref(&ip))
                )));
            };
            let parsed: std::net::IpAddr = text
                .parse()
                .map_err(|_| FuncError::new(format!("error parsing ip: {text}")))?;
            req.ips.push(match parsed {
                std::net::IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(parsed, std::net::IpAddr::V4),
                v4 => v4,
            });
        }
        for name in list_items(arg(a, 2)) {
            let Some(text) = name.as_str() else {
                return Err(FuncError::new(format!(
                    "error processing alternate dns name: {} is not a string",
                    crate::fmt::sprint(std::slice::from_ref(&name))
                )));
            };
            req.dns.push(text.to_string());
        }
    }
    Ok(req)
}

fn list_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.to_vec(),
        _ => Vec::new(),
    }
}

/// Sprig's `certificate` value: `.Cert` and `.Key`.
fn cert_value(made: Result<(String, String), String>) -> FuncResult {
    let (cert, key) = made.map_err(FuncError::new)?;
    let m = Map::new();
    m.insert("Cert", Value::string(cert));
    m.insert("Key", Value::string(key));
    Ok(Value::Map(m))
}

/// `genSignedCert`/`genSignedCertWithKey`: a certificate for `key` signed by the CA in
/// argument 4 (a value with `.Cert` and `.Key`).
fn signed_cert(a: &[Value], key: &x509::PrivateKey) -> FuncResult {
    let (ca_cert, ca_key) = match arg(a, 4) {
        Value::Map(m) => (
            m.get("Cert")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            m.get("Key")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
        ),
        other => {
            return Err(FuncError::new(format!(
                "wrong type for value; expected sprig.certificate; got {}",
                other.type_name()
            )));
        }
    };
    let issuer = x509::parse_issuer(&ca_cert).map_err(FuncError::new)?;
    let signer =
        x509::parse_private_key_pem(&ca_key).map_err(|e| FuncError::new(format!("error parsing private key: {e}")))?;
    let req = cert_request(a, true, false)?;
    cert_value(x509::make_certificate(&req, key, Some((&issuer, &signer))))
}

pub(crate) fn register(r: &mut Reg<'_>) {
    r.add("sha1sum", &[S], S, |a| {
        Ok(Value::string(hex(&sha1::Sha1::digest(str_arg(a, 0)))))
    });
    r.add("sha256sum", &[S], S, |a| {
        Ok(Value::string(hex(&sha2::Sha256::digest(str_arg(a, 0)))))
    });
    r.add("sha512sum", &[S], S, |a| {
        Ok(Value::string(hex(&sha2::Sha512::digest(str_arg(a, 0)))))
    });
    r.add("adler32sum", &[S], S, |a| {
        Ok(Value::string(adler32(str_arg(a, 0).as_bytes()).to_string()))
    });
    r.add("bcrypt", &[S], S, |a| Ok(Value::string(bcrypt_hash(str_arg(a, 0)))));
    // Sprig v3.3 has `htpasswd user pass`; later versions add the hash algorithm.
    r.addv("htpasswd", &[S, S], S, S, |a| {
        let (user, pass) = (str_arg(a, 0), str_arg(a, 1));
        if user.contains(':') {
            return Ok(Value::string(format!("invalid username: {user}")));
        }
        if str_arg(a, 2) == "sha" {
            let sum = sha1::Sha1::digest(pass);
            return Ok(Value::string(format!("{user}:{{SHA}}{}", b64_encode(&sum))));
        }
        Ok(Value::string(format!("{user}:{}", bcrypt_hash(pass))))
    });
    r.add("derivePassword", &[Type::Uint(UintKind::Uint32), S, S, S, S], S, |a| {
        let counter = match arg(a, 0) {
            Value::Uint(u, _) => *u as u32,
            Value::Int(i, _) => *i as u32,
            _ => 0,
        };
        Ok(Value::string(derive_password(
            counter,
            str_arg(a, 1),
            str_arg(a, 2),
            str_arg(a, 3),
            str_arg(a, 4),
        )))
    });
    r.add("genPrivateKey", &[S], S, |a| {
        Ok(Value::string(x509::generate_private_key(str_arg(a, 0))))
    });
    r.add("buildCustomCert", &[S, S], M, |a| {
        build_custom_cert(str_arg(a, 0), str_arg(a, 1))
    });
    r.add("genCA", &[S, I], M, |a| {
        let req = cert_request(a, false, true)?;
        cert_value(x509::make_certificate(
            &req,
            &x509::rsa_2048().map_err(FuncError::new)?,
            None,
        ))
    });
    r.add("genCAWithKey", &[S, I, S], M, |a| {
        let req = cert_request(a, false, true)?;
        let key = given_key(str_arg(a, 2))?;
        cert_value(x509::make_certificate(&req, &key, None))
    });
    r.add("genSelfSignedCert", &[S, L, L, I], M, |a| {
        let req = cert_request(a, true, false)?;
        cert_value(x509::make_certificate(
            &req,
            &x509::rsa_2048().map_err(FuncError::new)?,
            None,
        ))
    });
    r.add("genSelfSignedCertWithKey", &[S, L, L, I, S], M, |a| {
        let key = given_key(str_arg(a, 4))?;
        let req = cert_request(a, true, false)?;
        cert_value(x509::make_certificate(&req, &key, None))
    });
    r.add("genSignedCert", &[S, L, L, I, A], M, |a| {
        let key = x509::rsa_2048().map_err(FuncError::new)?;
        signed_cert(a, &key)
    });
    r.add("genSignedCertWithKey", &[S, L, L, I, A, S], M, |a| {
        let key = given_key(str_arg(a, 5))?;
        signed_cert(a, &key)
    });
    r.add("encryptAES", &[S, S], S, |a| encrypt_aes(str_arg(a, 0), str_arg(a, 1)));
    r.add("decryptAES", &[S, S], S, |a| decrypt_aes(str_arg(a, 0), str_arg(a, 1)));
    r.add("randBytes", &[I], S, |a| {
        let n = int_arg(a, 0);
        if !(0..=1 << 26).contains(&n) {
            return Err(FuncError::new("randBytes: count out of range"));
        }
        let mut buf = vec![0u8; n as usize];
        rand::rng().fill_bytes(&mut buf);
        Ok(Value::string(b64_encode(&buf)))
    });
    r.add("uuidv4", &[], S, |_| {
        let mut b = [0u8; 16];
        rand::rng().fill_bytes(&mut b);
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let h = hex(&b);
        Ok(Value::string(format!(
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        )))
    });
}

const MP_SEED: &str = "com.lyndir.masterpassword";

fn templates(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "maximum" => &["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        "long" => &[
            "CvcvnoCvcvCvcv",
            "CvcvCvcvnoCvcv",
            "CvcvCvcvCvcvno",
            "CvccnoCvcvCvcv",
            "CvccCvcvnoCvcv",
            "CvccCvcvCvcvno",
            "CvcvnoCvccCvcv",
            "CvcvCvccnoCvcv",
            "CvcvCvccCvcvno",
            "CvcvnoCvcvCvcc",
            "CvcvCvcvnoCvcc",
            "CvcvCvcvCvccno",
            "CvccnoCvccCvcv",
            "CvccCvccnoCvcv",
            "CvccCvccCvcvno",
            "CvcvnoCvccCvcc",
            "CvcvCvccnoCvcc",
            "CvcvCvccCvccno",
            "CvccnoCvcvCvcc",
            "CvccCvcvnoCvcc",
            "CvccCvcvCvccno",
        ],
        "medium" => &["CvcnoCvc", "CvcCvcno"],
        "short" => &["Cvcn"],
        "basic" => &["aaanaaan", "aannaaan", "aaannaaa"],
        "pin" => &["nnnn"],
        _ => return None,
    })
}

fn template_chars(c: u8) -> &'static [u8] {
    match c {
        b'V' => b"AEIOU",
        b'C' => b"BCDFGHJKLMNPQRSTVWXYZ",
        b'v' => b"aeiou",
        b'c' => b"bcdfghjklmnpqrstvwxyz",
        b'A' => b"AEIOUBCDFGHJKLMNPQRSTVWXYZ",
        b'a' => b"AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
        b'n' => b"0123456789",
        b'o' => b"@&%?,=[]_:-+*$#!'^~;()/.",
        _ => b"AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()",
    }
}

/// The Master Password algorithm behind Sprig's `derivePassword`.
fn derive_password(counter: u32, kind: &str, password: &str, user: &str, site: &str) -> String {
    let Some(tpls) = templates(kind) else {
        return format!("cannot find password template {kind}");
    };
    let mut salt = MP_SEED.as_bytes().to_vec();
    salt.extend_from_slice(&(user.len() as u32).to_be_bytes());
    salt.extend_from_slice(user.as_bytes());
    let mut key = [0u8; 64];
    let params = match scrypt::Params::new(15, 8, 2, 64) {
        Ok(p) => p,
        Err(e) => return format!("failed to derive password: {e}"),
    };
    if let Err(e) = scrypt::scrypt(password.as_bytes(), &salt, &params, &mut key) {
        return format!("failed to derive password: {e}");
    }
    let mut msg = MP_SEED.as_bytes().to_vec();
    msg.extend_from_slice(&(site.len() as u32).to_be_bytes());
    msg.extend_from_slice(site.as_bytes());
    msg.extend_from_slice(&counter.to_be_bytes());
    let Ok(mut mac) = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(&key) else {
        return "failed to derive password: bad key".to_string();
    };
    mac.update(&msg);
    let seed = mac.finalize().into_bytes();
    let tpl = tpls[usize::from(seed[0]) % tpls.len()].as_bytes();
    tpl.iter()
        .enumerate()
        .map(|(i, c)| {
            let chars = template_chars(*c);
            char::from(chars[usize::from(seed.get(i + 1).copied().unwrap_or(0)) % chars.len()])
        })
        .collect()
}

fn aes_key(password: &str) -> Aes256 {
    let mut key = [0u8; 32];
    let p = password.as_bytes();
    let n = p.len().min(32);
    key[..n].copy_from_slice(&p[..n]);
    Aes256::new(GenericArray::from_slice(&key))
}

fn encrypt_aes(password: &str, plaintext: &str) -> FuncResult {
    if plaintext.is_empty() {
        return Ok(Value::string(""));
    }
    let cipher = aes_key(password);
    let mut content = plaintext.as_bytes().to_vec();
    let padding = 16 - content.len() % 16;
    content.extend(std::iter::repeat_n(padding as u8, padding));
    let mut out = vec![0u8; 16];
    rand::rng().fill_bytes(&mut out);
    let mut prev = [0u8; 16];
    prev.copy_from_slice(&out);
    for chunk in content.chunks(16) {
        let mut block = [0u8; 16];
        for i in 0..16 {
            block[i] = chunk[i] ^ prev[i];
        }
        let mut ga = GenericArray::from(block);
        cipher.encrypt_block(&mut ga);
        prev.copy_from_slice(&ga);
        out.extend_from_slice(&ga);
    }
    Ok(Value::string(b64_encode(&out)))
}

fn decrypt_aes(password: &str, crypt64: &str) -> FuncResult {
    if crypt64.is_empty() {
        return Ok(Value::string(""));
    }
    let crypt = b64_decode_bytes(crypt64).map_err(FuncError::new)?;
    if crypt.len() < 16 {
        return Err(FuncError::new(format!(
            "runtime error: slice bounds out of range [:16] with capacity {}",
            crypt.len()
        )));
    }
    let (iv, body) = crypt.split_at(16);
    if body.len() % 16 != 0 {
        return Err(FuncError::new("crypto/cipher: input not full blocks"));
    }
    let cipher = aes_key(password);
    let mut prev = [0u8; 16];
    prev.copy_from_slice(iv);
    let mut out = Vec::with_capacity(body.len());
    for chunk in body.chunks(16) {
        let mut ga = GenericArray::clone_from_slice(chunk);
        cipher.decrypt_block(&mut ga);
        for i in 0..16 {
            out.push(ga[i] ^ prev[i]);
        }
        prev.copy_from_slice(chunk);
    }
    let pad = usize::from(out.last().copied().unwrap_or(0));
    if pad > out.len() {
        return Err(FuncError::new(format!(
            "runtime error: slice bounds out of range [:{}]",
            out.len() as i64 - pad as i64
        )));
    }
    out.truncate(out.len() - pad);
    Ok(Value::string(String::from_utf8_lossy(&out).into_owned()))
}

/// Reports whether `der` is one complete DER SEQUENCE (the outer shape of certificates and
/// keys).
fn is_der_sequence(der: &[u8]) -> bool {
    if der.len() < 2 || der[0] != 0x30 {
        return false;
    }
    let (len, hdr) = match der[1] {
        n if n < 0x80 => (usize::from(n), 2),
        n => {
            let k = usize::from(n & 0x7f);
            if k == 0 || k > 4 || der.len() < 2 + k {
                return false;
            }
            let mut len = 0usize;
            for b in &der[2..2 + k] {
                len = len << 8 | usize::from(*b);
            }
            (len, 2 + k)
        }
    };
    hdr + len == der.len()
}

fn build_custom_cert(b64cert: &str, b64key: &str) -> FuncResult {
    let cert = b64_decode_bytes(b64cert).map_err(|_| FuncError::new("unable to decode base64 certificate"))?;
    let key = b64_decode_bytes(b64key).map_err(|_| FuncError::new("unable to decode base64 private key"))?;
    let cert = String::from_utf8_lossy(&cert).into_owned();
    let key = String::from_utf8_lossy(&key).into_owned();
    let (_, der) = pem_decode(&cert).ok_or_else(|| FuncError::new("unable to decode certificate"))?;
    if !is_der_sequence(&der) {
        return Err(FuncError::new(
            "error parsing certificate: decodedCert.Bytes: x509: malformed certificate",
        ));
    }
    let (label, kder) =
        pem_decode(&key).ok_or_else(|| FuncError::new("error parsing private key: no PEM data in input"))?;
    if !matches!(
        label.as_str(),
        "PRIVATE KEY" | "RSA PRIVATE KEY" | "EC PRIVATE KEY" | "DSA PRIVATE KEY"
    ) {
        return Err(FuncError::new(format!(
            "error parsing private key: invalid private key type {label}"
        )));
    }
    if !is_der_sequence(&kder) {
        return Err(FuncError::new("error parsing private key: malformed key"));
    }
    let m = Map::new();
    m.insert("Cert", Value::string(cert));
    m.insert("Key", Value::string(key));
    Ok(Value::Map(m))
}
