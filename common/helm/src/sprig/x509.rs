//! Sprig's key and certificate generators: `genPrivateKey`, `genCA`, `genCAWithKey`,
//! `genSelfSignedCert`, `genSelfSignedCertWithKey`, `genSignedCert`, `genSignedCertWithKey`.
//!
//! Entry points: [`generate_private_key`] (PEM text, or Sprig's error text) and
//! [`make_certificate`]. Keys: RSA (4096 bits from `genPrivateKey`, 2048 bits for
//! certificates without a given key), DSA (L2048N256), ECDSA P-256 and Ed25519, in Go's PEM
//! forms (`RSA PRIVATE KEY` PKCS#1, `DSA PRIVATE KEY`, `EC PRIVATE KEY` SEC 1, `PRIVATE KEY`
//! PKCS#8). Certificates are X.509 v3 as Go's `x509.CreateCertificate` builds them from
//! Sprig's template: a random 128-bit serial, subject `CN=<cn>`, validity from now for
//! `daysValid` days, key usage digital signature + key encipherment (+ certificate signing
//! for CAs), extended key usage server + client auth, basic constraints (CA or not), a
//! subject key id on CAs, the CA's key id as authority key id on signed certificates, and
//! DNS names then IP addresses as subject alternative names; signed with SHA-256 RSA
//! PKCS#1 v1.5, ECDSA P-256 SHA-256 or Ed25519. The DER is written here by hand.

use rand_core::{OsRng, RngCore};
use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey};
use rsa::traits::PublicKeyParts;
use sha1::Digest;

use super::strings::{b64_decode_bytes, b64_encode};

/// A private key of one of the types Sprig handles.
pub(crate) enum PrivateKey {
    Rsa(Box<rsa::RsaPrivateKey>),
    /// DSA keys are only generated and printed; Go cannot sign certificates with them.
    Dsa(Box<dsa::SigningKey>),
    /// A parsed DSA key (its DER), kept only to report Go's errors.
    DsaParsed,
    Ec(Box<p256::SecretKey>),
    Ed(Box<ed25519_dalek::SigningKey>),
}

// ---- DER writing ----

fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 6);
    out.push(tag);
    let n = body.len();
    if n < 0x80 {
        out.push(n as u8);
    } else {
        let bytes = n.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(body);
    out
}

fn seq(parts: &[&[u8]]) -> Vec<u8> {
    tlv(0x30, &parts.concat())
}

/// A non-negative INTEGER from big-endian magnitude bytes.
fn uint(be: &[u8]) -> Vec<u8> {
    let skip = be.iter().take_while(|b| **b == 0).count();
    let mut body = be[skip.min(be.len().saturating_sub(1))..].to_vec();
    if body.is_empty() {
        body.push(0);
    }
    if body[0] & 0x80 != 0 {
        body.insert(0, 0);
    }
    tlv(0x02, &body)
}

fn oid(body: &[u8]) -> Vec<u8> {
    tlv(0x06, body)
}

fn bit_string(bytes: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(bytes.len() + 1);
    body.push(0);
    body.extend_from_slice(bytes);
    tlv(0x03, &body)
}

const NULL: &[u8] = &[0x05, 0x00];
const OID_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OID_SHA256_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
const OID_EC_PUBLIC_KEY: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_ECDSA_SHA256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
const OID_ED25519: &[u8] = &[0x2b, 0x65, 0x70];
const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_KEY_USAGE: &[u8] = &[0x55, 0x1d, 0x0f];
const OID_EXT_KEY_USAGE: &[u8] = &[0x55, 0x1d, 0x25];
const OID_BASIC_CONSTRAINTS: &[u8] = &[0x55, 0x1d, 0x13];
const OID_SUBJECT_KEY_ID: &[u8] = &[0x55, 0x1d, 0x0e];
const OID_AUTHORITY_KEY_ID: &[u8] = &[0x55, 0x1d, 0x23];
const OID_SAN: &[u8] = &[0x55, 0x1d, 0x11];
const OID_SERVER_AUTH: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01];
const OID_CLIENT_AUTH: &[u8] = &[0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x02];

// ---- DER reading (just enough for keys and certificates) ----

/// One TLV: its tag, its contents, and the whole encoding.
struct Tlv<'a> {
    tag: u8,
    body: &'a [u8],
    raw: &'a [u8],
}

/// Splits the first TLV off `b`.
fn read_tlv(b: &[u8]) -> Option<(Tlv<'_>, &[u8])> {
    let tag = *b.first()?;
    let first = *b.get(1)?;
    let (len, hdr) = if first < 0x80 {
        (usize::from(first), 2)
    } else {
        let k = usize::from(first & 0x7f);
        if k == 0 || k > 4 {
            return None;
        }
        let mut len = 0usize;
        for x in b.get(2..2 + k)? {
            len = len << 8 | usize::from(*x);
        }
        (len, 2 + k)
    };
    let end = hdr.checked_add(len)?;
    let raw = b.get(..end)?;
    Some((
        Tlv {
            tag,
            body: &raw[hdr..],
            raw,
        },
        &b[end..],
    ))
}

/// The elements of a constructed value's contents.
fn elements(mut b: &[u8]) -> Option<Vec<Tlv<'_>>> {
    let mut out = Vec::new();
    while !b.is_empty() {
        let (t, rest) = read_tlv(b)?;
        out.push(t);
        b = rest;
    }
    Some(out)
}

/// The whole of `b` as one SEQUENCE's elements.
fn sequence(b: &[u8]) -> Option<Vec<Tlv<'_>>> {
    let (t, rest) = read_tlv(b)?;
    if t.tag != 0x30 || !rest.is_empty() {
        return None;
    }
    elements(t.body)
}

// ---- PEM ----

/// Go's `pem.EncodeToMemory`: base64 in lines of 64 characters.
pub(crate) fn pem_encode(label: &str, der: &[u8]) -> String {
    let b64 = b64_encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// Decodes the first PEM block of `text`: its type label and DER bytes.
pub(crate) fn pem_decode(text: &str) -> Option<(String, Vec<u8>)> {
    let start = text.find("-----BEGIN ")?;
    let rest = &text[start + 11..];
    let label_end = rest.find("-----")?;
    let label = rest[..label_end].to_string();
    let body_start = label_end + 5;
    let end_marker = format!("-----END {label}-----");
    let body_end = rest.find(&end_marker)?;
    let body: String = rest
        .get(body_start..body_end)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let der = b64_decode_bytes(&body).ok()?;
    Some((label, der))
}

// ---- keys ----

/// Sprig's `genPrivateKey`: the PEM of a new key, or Sprig's error text.
pub(crate) fn generate_private_key(typ: &str) -> String {
    let key = match typ {
        "" | "rsa" => rsa::RsaPrivateKey::new(&mut OsRng, 4096).map(|k| PrivateKey::Rsa(Box::new(k))),
        "dsa" => {
            let components = dsa::Components::generate(&mut OsRng, dsa::KeySize::DSA_2048_256);
            Ok(PrivateKey::Dsa(Box::new(dsa::SigningKey::generate(
                &mut OsRng, components,
            ))))
        }
        "ecdsa" => Ok(PrivateKey::Ec(Box::new(p256::SecretKey::random(&mut OsRng)))),
        "ed25519" => Ok(PrivateKey::Ed(Box::new(ed25519_dalek::SigningKey::generate(
            &mut OsRng,
        )))),
        other => return format!("Unknown type {other}"),
    };
    match key.map_err(|e| e.to_string()).and_then(|k| key_pem(&k)) {
        Ok(pem) => pem,
        Err(e) => format!("failed to generate private key: {e}"),
    }
}

/// A new 2048-bit RSA key (what Sprig's certificate functions make when given none).
pub(crate) fn rsa_2048() -> Result<PrivateKey, String> {
    rsa::RsaPrivateKey::new(&mut OsRng, 2048)
        .map(|k| PrivateKey::Rsa(Box::new(k)))
        .map_err(|e| format!("error generating rsa key: {e}"))
}

fn p256_point(key: &p256::SecretKey) -> Vec<u8> {
    use p256::elliptic_curve::sec1::ToEncodedPoint;
    key.public_key().to_encoded_point(false).as_bytes().to_vec()
}

/// The key in Go's PEM form (Sprig's `pemBlockForKey`).
fn key_pem(key: &PrivateKey) -> Result<String, String> {
    Ok(match key {
        PrivateKey::Rsa(k) => pem_encode(
            "RSA PRIVATE KEY",
            k.to_pkcs1_der().map_err(|e| e.to_string())?.as_bytes(),
        ),
        PrivateKey::Dsa(k) => {
            let v = k.verifying_key();
            let c = v.components();
            let der = seq(&[
                &uint(&[0]),
                &uint(&c.p().to_bytes_be()),
                &uint(&c.q().to_bytes_be()),
                &uint(&c.g().to_bytes_be()),
                &uint(&v.y().to_bytes_be()),
                &uint(&k.x().to_bytes_be()),
            ]);
            pem_encode("DSA PRIVATE KEY", &der)
        }
        PrivateKey::DsaParsed => return Err("x509: unknown key type while marshaling PKCS#8: *dsa.PrivateKey".into()),
        PrivateKey::Ec(k) => pem_encode("EC PRIVATE KEY", &sec1_der(k)),
        PrivateKey::Ed(k) => {
            let inner = tlv(0x04, k.as_bytes());
            let der = seq(&[&uint(&[0]), &seq(&[&oid(OID_ED25519)]), &tlv(0x04, &inner)]);
            pem_encode("PRIVATE KEY", &der)
        }
    })
}

/// Go's `x509.MarshalECPrivateKey` for a P-256 key.
fn sec1_der(k: &p256::SecretKey) -> Vec<u8> {
    seq(&[
        &uint(&[1]),
        &tlv(0x04, &k.to_bytes()),
        &tlv(0xa0, &oid(OID_P256)),
        &tlv(0xa1, &bit_string(&p256_point(k))),
    ])
}

/// Sprig's `parsePrivateKeyPEM`.
pub(crate) fn parse_private_key_pem(text: &str) -> Result<PrivateKey, String> {
    let (label, der) = pem_decode(text).ok_or("no PEM data in input")?;
    if label == "PRIVATE KEY" {
        return parse_pkcs8(&der).map_err(|e| format!("decoding PEM as PKCS#8: {e}"));
    }
    let Some(kind) = label.strip_suffix(" PRIVATE KEY") else {
        return Err(format!("no private key data in PEM block of type {label}"));
    };
    match kind {
        "RSA" => rsa::RsaPrivateKey::from_pkcs1_der(&der)
            .map(|k| PrivateKey::Rsa(Box::new(k)))
            .map_err(|_| "parsing RSA private key from PEM: x509: failed to parse RSA private key".to_string()),
        "EC" => parse_sec1(&der, None).map_err(|e| format!("parsing EC private key from PEM: {e}")),
        "DSA" => match sequence(&der) {
            Some(items) if items.len() == 6 && items.iter().all(|t| t.tag == 0x02) => Ok(PrivateKey::DsaParsed),
            _ => Err("parsing DSA private key from PEM: asn1: structure error".to_string()),
        },
        _ => Err(format!("invalid private key type {label}")),
    }
}

fn parse_sec1(der: &[u8], curve: Option<&[u8]>) -> Result<PrivateKey, String> {
    let items = sequence(der).ok_or("x509: failed to parse EC private key")?;
    let d = items
        .get(1)
        .filter(|t| t.tag == 0x04)
        .ok_or("x509: failed to parse EC private key")?;
    let named = items
        .iter()
        .find(|t| t.tag == 0xa0)
        .and_then(|t| read_tlv(t.body))
        .map(|(t, _)| t.body);
    match named.or(curve) {
        Some(c) if c == OID_P256 => {}
        _ => return Err("x509: unknown elliptic curve".into()),
    }
    p256::SecretKey::from_slice(d.body)
        .map(|k| PrivateKey::Ec(Box::new(k)))
        .map_err(|_| "x509: invalid elliptic curve private key value".to_string())
}

fn parse_pkcs8(der: &[u8]) -> Result<PrivateKey, String> {
    let bad = || "x509: failed to parse private key".to_string();
    let items = sequence(der).ok_or_else(bad)?;
    let alg = items.get(1).filter(|t| t.tag == 0x30).ok_or_else(bad)?;
    let key = items.get(2).filter(|t| t.tag == 0x04).ok_or_else(bad)?;
    let alg_items = elements(alg.body).ok_or_else(bad)?;
    let alg_oid = alg_items.first().filter(|t| t.tag == 0x06).ok_or_else(bad)?;
    match alg_oid.body {
        OID_RSA => rsa::RsaPrivateKey::from_pkcs1_der(key.body)
            .map(|k| PrivateKey::Rsa(Box::new(k)))
            .map_err(|_| "x509: failed to parse RSA private key embedded in PKCS#8".to_string()),
        OID_EC_PUBLIC_KEY => {
            let curve = alg_items.get(1).filter(|t| t.tag == 0x06).map(|t| t.body);
            parse_sec1(key.body, curve)
        }
        OID_ED25519 => {
            let (seed, _) = read_tlv(key.body).ok_or_else(bad)?;
            let seed: [u8; 32] = seed
                .body
                .try_into()
                .map_err(|_| "x509: invalid Ed25519 private key length".to_string())?;
            Ok(PrivateKey::Ed(Box::new(ed25519_dalek::SigningKey::from_bytes(&seed))))
        }
        _ => Err("x509: PKCS#8 wrapping contained private key with unknown algorithm".into()),
    }
}

/// The SubjectPublicKeyInfo and the raw key bytes (what the subject key id hashes).
fn public_key_info(key: &PrivateKey) -> Result<(Vec<u8>, Vec<u8>), String> {
    let (alg, raw) = match key {
        PrivateKey::Rsa(k) => {
            let raw = seq(&[&uint(&k.n().to_bytes_be()), &uint(&k.e().to_bytes_be())]);
            (seq(&[&oid(OID_RSA), NULL]), raw)
        }
        PrivateKey::Ec(k) => (seq(&[&oid(OID_EC_PUBLIC_KEY), &oid(OID_P256)]), p256_point(k)),
        PrivateKey::Ed(k) => (seq(&[&oid(OID_ED25519)]), k.verifying_key().as_bytes().to_vec()),
        PrivateKey::Dsa(_) | PrivateKey::DsaParsed => {
            return Err("x509: unsupported public key type: *dsa.PublicKey".into());
        }
    };
    Ok((seq(&[&alg, &bit_string(&raw)]), raw))
}

fn signature_algorithm(key: &PrivateKey) -> Result<Vec<u8>, String> {
    Ok(match key {
        PrivateKey::Rsa(_) => seq(&[&oid(OID_SHA256_RSA), NULL]),
        PrivateKey::Ec(_) => seq(&[&oid(OID_ECDSA_SHA256)]),
        PrivateKey::Ed(_) => seq(&[&oid(OID_ED25519)]),
        PrivateKey::Dsa(_) | PrivateKey::DsaParsed => {
            return Err("x509: certificate private key does not implement crypto.Signer".into());
        }
    })
}

fn sign(key: &PrivateKey, tbs: &[u8]) -> Result<Vec<u8>, String> {
    use rsa::signature::{SignatureEncoding, Signer};
    Ok(match key {
        PrivateKey::Rsa(k) => {
            let signer = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new((**k).clone());
            signer.try_sign(tbs).map_err(|e| e.to_string())?.to_vec()
        }
        PrivateKey::Ec(k) => {
            let signer = p256::ecdsa::SigningKey::from(&**k);
            let sig: p256::ecdsa::Signature = signer.try_sign(tbs).map_err(|e| e.to_string())?;
            sig.to_der().as_bytes().to_vec()
        }
        PrivateKey::Ed(k) => k.sign(tbs).to_bytes().to_vec(),
        PrivateKey::Dsa(_) | PrivateKey::DsaParsed => {
            return Err("x509: certificate private key does not implement crypto.Signer".into());
        }
    })
}

// ---- certificates ----

/// What a certificate is made from (Sprig's `getBaseCertTemplate` plus `IsCA`).
pub(crate) struct CertRequest {
    pub cn: String,
    pub ips: Vec<std::net::IpAddr>,
    pub dns: Vec<String>,
    pub days_valid: i64,
    pub is_ca: bool,
}

/// The parts of the signing CA certificate that go into a signed certificate.
pub(crate) struct Issuer {
    subject: Vec<u8>,
    key_id: Option<Vec<u8>>,
    spki: Vec<u8>,
}

/// Reads the subject, subject key id and public key of a PEM certificate.
pub(crate) fn parse_issuer(cert_pem: &str) -> Result<Issuer, String> {
    let (_, der) = pem_decode(cert_pem).ok_or("unable to decode certificate")?;
    let malformed = || "error parsing certificate: decodedSignerCert.Bytes: x509: malformed certificate".to_string();
    let cert = sequence(&der).ok_or_else(malformed)?;
    let tbs = cert.first().filter(|t| t.tag == 0x30).ok_or_else(malformed)?;
    let fields = elements(tbs.body).ok_or_else(malformed)?;
    let skip = usize::from(fields.first().is_some_and(|t| t.tag == 0xa0));
    let subject = fields.get(skip + 4).filter(|t| t.tag == 0x30).ok_or_else(malformed)?;
    let spki = fields.get(skip + 5).filter(|t| t.tag == 0x30).ok_or_else(malformed)?;
    let mut key_id = None;
    if let Some(exts) = fields.iter().find(|t| t.tag == 0xa3) {
        let list = read_tlv(exts.body)
            .and_then(|(t, _)| elements(t.body))
            .ok_or_else(malformed)?;
        for ext in list {
            let parts = elements(ext.body).ok_or_else(malformed)?;
            if parts.first().is_some_and(|t| t.body == OID_SUBJECT_KEY_ID)
                && let Some(value) = parts.last()
                && let Some((id, _)) = read_tlv(value.body)
            {
                key_id = Some(id.body.to_vec());
            }
        }
    }
    Ok(Issuer {
        subject: subject.raw.to_vec(),
        key_id,
        spki: spki.raw.to_vec(),
    })
}

/// Go's ASN.1 string choice for names: PrintableString when every byte allows it.
fn name_string(s: &str) -> Vec<u8> {
    let printable = s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b" '()+,-./:=?*".contains(&b));
    tlv(if printable { 0x13 } else { 0x0c }, s.as_bytes())
}

/// X.509 time: UTCTime for 1950–2049, GeneralizedTime otherwise.
fn x509_time(t: jiff::Timestamp) -> Vec<u8> {
    let dt = t.to_zoned(jiff::tz::TimeZone::UTC);
    if (1950..2050).contains(&dt.year()) {
        tlv(0x17, dt.strftime("%y%m%d%H%M%SZ").to_string().as_bytes())
    } else {
        tlv(0x18, dt.strftime("%Y%m%d%H%M%SZ").to_string().as_bytes())
    }
}

fn extension(id: &[u8], critical: bool, value: &[u8]) -> Vec<u8> {
    if critical {
        seq(&[&oid(id), &[0x01, 0x01, 0xff], &tlv(0x04, value)])
    } else {
        seq(&[&oid(id), &tlv(0x04, value)])
    }
}

/// Go's `x509.CreateCertificate` for Sprig's template: returns the certificate and key PEMs.
/// `issuer` is `None` for self-signed certificates (and CAs), where `signer` is `key`.
pub(crate) fn make_certificate(
    req: &CertRequest,
    key: &PrivateKey,
    issuer: Option<(&Issuer, &PrivateKey)>,
) -> Result<(String, String), String> {
    let wrap = |e: String| format!("error creating certificate: {e}");
    let signer = issuer.map_or(key, |(_, k)| k);
    let sig_alg = signature_algorithm(signer).map_err(wrap)?;
    let (spki, raw_key) = public_key_info(key).map_err(wrap)?;
    let subject = if req.cn.is_empty() {
        seq(&[])
    } else {
        seq(&[&tlv(0x31, &seq(&[&oid(OID_CN), &name_string(&req.cn)]))])
    };
    let (issuer_name, authority_key_id) = match issuer {
        Some((ca, ca_key)) => {
            let (ca_key_spki, _) = public_key_info(ca_key).map_err(wrap)?;
            if ca_key_spki != ca.spki {
                return Err(wrap(
                    "x509: provided PrivateKey doesn't match parent's PublicKey".into(),
                ));
            }
            let aki = if ca.subject != subject { ca.key_id.clone() } else { None };
            (ca.subject.clone(), aki)
        }
        None => (subject.clone(), None),
    };
    let mut serial = [0u8; 16];
    OsRng.fill_bytes(&mut serial);
    let now = jiff::Timestamp::now();
    let not_after = req
        .days_valid
        .checked_mul(24)
        .and_then(|h| now.checked_add(jiff::SignedDuration::from_hours(h)).ok())
        .ok_or_else(|| wrap("x509: validity period out of range".into()))?;

    let mut exts = Vec::new();
    let key_usage: &[u8] = if req.is_ca {
        &[0x03, 0x02, 0x02, 0xa4]
    } else {
        &[0x03, 0x02, 0x05, 0xa0]
    };
    exts.push(extension(OID_KEY_USAGE, true, key_usage));
    exts.push(extension(
        OID_EXT_KEY_USAGE,
        false,
        &seq(&[&oid(OID_SERVER_AUTH), &oid(OID_CLIENT_AUTH)]),
    ));
    let basic = if req.is_ca {
        seq(&[&[0x01, 0x01, 0xff]])
    } else {
        seq(&[])
    };
    exts.push(extension(OID_BASIC_CONSTRAINTS, true, &basic));
    if req.is_ca {
        exts.push(extension(
            OID_SUBJECT_KEY_ID,
            false,
            &tlv(0x04, &sha1::Sha1::digest(&raw_key)),
        ));
    }
    if let Some(id) = &authority_key_id {
        exts.push(extension(OID_AUTHORITY_KEY_ID, false, &seq(&[&tlv(0x80, id)])));
    }
    if !req.dns.is_empty() || !req.ips.is_empty() {
        let mut names = Vec::new();
        for d in &req.dns {
            names.extend(tlv(0x82, d.as_bytes()));
        }
        for ip in &req.ips {
            match ip {
                std::net::IpAddr::V4(v4) => names.extend(tlv(0x87, &v4.octets())),
                std::net::IpAddr::V6(v6) => names.extend(tlv(0x87, &v6.octets())),
            }
        }
        exts.push(extension(OID_SAN, req.cn.is_empty(), &tlv(0x30, &names)));
    }

    let tbs = seq(&[
        &tlv(0xa0, &uint(&[2])),
        &uint(&serial),
        &sig_alg,
        &issuer_name,
        &seq(&[&x509_time(now), &x509_time(not_after)]),
        &subject,
        &spki,
        &tlv(0xa3, &tlv(0x30, &exts.concat())),
    ]);
    let signature = sign(signer, &tbs).map_err(wrap)?;
    let cert = seq(&[&tbs, &sig_alg, &bit_string(&signature)]);
    let key_text = key_pem(key).map_err(|e| format!("error pem-encoding key: {e}"))?;
    Ok((pem_encode("CERTIFICATE", &cert), key_text))
}
