#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Sprig's key and certificate generators, checked by parsing their PEM output back with
//! an independent X.509 parser (`x509-cert`) and verifying signatures with the issuer's key.

use std::time::{SystemTime, UNIX_EPOCH};

use ferroflux_helm::{Template, Value, sprig_funcs};
use x509_cert::Certificate;
use x509_cert::der::{Decode, DecodePem, Encode};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{BasicConstraints, ExtendedKeyUsage, KeyUsage, SubjectAltName, SubjectKeyIdentifier};

fn run(src: &str) -> Result<String, String> {
    let mut t = Template::new("t");
    t.funcs(&sprig_funcs());
    t.parse(src).map_err(|e| e.to_string())?;
    t.execute(&Value::Nil).map_err(|e| e.to_string())
}

/// Runs a template that prints `<cert>@@<key>` and returns both.
fn cert_and_key(src: &str) -> (Certificate, String, String) {
    let out = run(src).unwrap();
    let (cert, key) = out.split_once("@@").unwrap();
    (
        Certificate::from_pem(cert.trim().as_bytes()).unwrap(),
        cert.trim().to_string(),
        key.trim().to_string(),
    )
}

fn ext<'a>(c: &'a Certificate, oid: &str) -> Option<&'a x509_cert::ext::Extension> {
    c.tbs_certificate
        .extensions
        .as_ref()?
        .iter()
        .find(|e| e.extn_id.to_string() == oid)
}

fn is_ca(c: &Certificate) -> bool {
    let e = ext(c, "2.5.29.19").unwrap();
    assert!(e.critical);
    BasicConstraints::from_der(e.extn_value.as_bytes()).unwrap().ca
}

fn sans(c: &Certificate) -> (Vec<String>, Vec<Vec<u8>>) {
    let Some(e) = ext(c, "2.5.29.17") else {
        return (vec![], vec![]);
    };
    let mut dns = vec![];
    let mut ips = vec![];
    for n in SubjectAltName::from_der(e.extn_value.as_bytes()).unwrap().0 {
        match n {
            GeneralName::DnsName(d) => dns.push(d.to_string()),
            GeneralName::IpAddress(ip) => ips.push(ip.as_bytes().to_vec()),
            other => panic!("unexpected name {other:?}"),
        }
    }
    (dns, ips)
}

/// Verifies `c`'s signature with the public key of `issuer`.
fn verify(c: &Certificate, issuer: &Certificate) {
    use rsa::signature::Verifier;
    let tbs = c.tbs_certificate.to_der().unwrap();
    let sig = c.signature.raw_bytes();
    let spki = &issuer.tbs_certificate.subject_public_key_info;
    let spki_der = spki.to_der().unwrap();
    match spki.algorithm.oid.to_string().as_str() {
        "1.2.840.113549.1.1.1" => {
            use rsa::pkcs8::DecodePublicKey;
            assert_eq!(c.signature_algorithm.oid.to_string(), "1.2.840.113549.1.1.11");
            let key = rsa::RsaPublicKey::from_public_key_der(&spki_der).unwrap();
            let vk = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(key);
            vk.verify(&tbs, &rsa::pkcs1v15::Signature::try_from(sig).unwrap())
                .unwrap();
        }
        "1.2.840.10045.2.1" => {
            use p256::pkcs8::DecodePublicKey;
            assert_eq!(c.signature_algorithm.oid.to_string(), "1.2.840.10045.4.3.2");
            let vk = p256::ecdsa::VerifyingKey::from_public_key_der(&spki_der).unwrap();
            let s = p256::ecdsa::Signature::from_der(sig).unwrap();
            vk.verify(&tbs, &s).unwrap();
        }
        "1.3.101.112" => {
            assert_eq!(c.signature_algorithm.oid.to_string(), "1.3.101.112");
            let raw: [u8; 32] = spki.subject_public_key.raw_bytes().try_into().unwrap();
            let vk = ed25519_dalek::VerifyingKey::from_bytes(&raw).unwrap();
            vk.verify(&tbs, &ed25519_dalek::Signature::from_slice(sig).unwrap())
                .unwrap();
        }
        other => panic!("unexpected key algorithm {other}"),
    }
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

fn validity_days(c: &Certificate) -> u64 {
    let v = &c.tbs_certificate.validity;
    let from = v.not_before.to_unix_duration().as_secs();
    let to = v.not_after.to_unix_duration().as_secs();
    assert!(from <= unix_now() && from + 60 > unix_now(), "not before is now");
    (to - from) / 86_400
}

#[test]
fn generated_private_keys_use_sprigs_pem_forms() {
    let ec = run(r#"{{ genPrivateKey "ecdsa" }}"#).unwrap();
    assert!(ec.starts_with("-----BEGIN EC PRIVATE KEY-----\n"));
    let der = pem_body(&ec);
    let key = p256::SecretKey::from_sec1_der(&der).unwrap();
    assert_eq!(key.to_bytes().len(), 32);

    let ed = run(r#"{{ genPrivateKey "ed25519" }}"#).unwrap();
    assert!(ed.starts_with("-----BEGIN PRIVATE KEY-----\n"));
    let der = pem_body(&ed);
    // Go's PKCS#8 for Ed25519: version 0, id-Ed25519, the 32-byte seed.
    assert_eq!(der.len(), 48);
    assert_eq!(
        &der[..16],
        &[
            0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20
        ]
    );

    assert_eq!(run(r#"{{ genPrivateKey "foo" }}"#).unwrap(), "Unknown type foo");
    // Every line of the PEM body is at most 64 characters, as Go writes it.
    assert!(ec.lines().all(|l| l.len() <= 64));
}

fn pem_body(pem: &str) -> Vec<u8> {
    use base64::Engine;
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD.decode(body).unwrap()
}

#[test]
fn ca_with_given_keys_signs_leaf_certificates_with_names_and_key_ids() {
    for (ca_type, leaf_type) in [("ecdsa", "ed25519"), ("ed25519", "ecdsa")] {
        let src = format!(
            r#"{{{{- $ca := genPrivateKey "{ca_type}" | genCAWithKey "foo-ca" 30 -}}}}
{{{{- $cert := genPrivateKey "{leaf_type}" | genSignedCertWithKey "foo.com" (list "10.0.0.1" "::1") (list "bar.com" "bat.com") 365 $ca -}}}}
{{{{ $ca.Cert }}}}@@{{{{ $cert.Cert }}}}@@{{{{ $cert.Key }}}}"#
        );
        let out = run(&src).unwrap();
        let parts: Vec<&str> = out.split("@@").collect();
        let ca = Certificate::from_pem(parts[0].as_bytes()).unwrap();
        let leaf = Certificate::from_pem(parts[1].as_bytes()).unwrap();
        assert!(parts[2].contains("PRIVATE KEY"));

        assert_eq!(ca.tbs_certificate.subject.to_string(), "CN=foo-ca");
        assert_eq!(ca.tbs_certificate.issuer, ca.tbs_certificate.subject);
        assert!(is_ca(&ca));
        assert_eq!(validity_days(&ca), 30);
        verify(&ca, &ca);

        assert_eq!(leaf.tbs_certificate.subject.to_string(), "CN=foo.com");
        assert_eq!(leaf.tbs_certificate.issuer, ca.tbs_certificate.subject);
        assert!(!is_ca(&leaf));
        assert_eq!(validity_days(&leaf), 365);
        assert_eq!(
            sans(&leaf),
            (
                vec!["bar.com".to_string(), "bat.com".to_string()],
                vec![vec![10, 0, 0, 1], std::net::Ipv6Addr::LOCALHOST.octets().to_vec()]
            )
        );
        verify(&leaf, &ca);

        // Serial numbers are positive and at most 128 bits.
        let serial = leaf.tbs_certificate.serial_number.as_bytes();
        assert!(serial[0] & 0x80 == 0 && serial.len() <= 17);

        // The CA carries a subject key id; the leaf names it as its authority key id.
        let ski = SubjectKeyIdentifier::from_der(ext(&ca, "2.5.29.14").unwrap().extn_value.as_bytes()).unwrap();
        let aki = ext(&leaf, "2.5.29.35").unwrap().extn_value.as_bytes().to_vec();
        assert!(aki.ends_with(ski.0.as_bytes()));
        assert!(ext(&leaf, "2.5.29.14").is_none());

        let ku = KeyUsage::from_der(ext(&ca, "2.5.29.15").unwrap().extn_value.as_bytes()).unwrap();
        assert!(ku.key_cert_sign() && ku.digital_signature() && ku.key_encipherment());
        let ku = KeyUsage::from_der(ext(&leaf, "2.5.29.15").unwrap().extn_value.as_bytes()).unwrap();
        assert!(!ku.key_cert_sign() && ku.digital_signature() && ku.key_encipherment());
        let eku = ExtendedKeyUsage::from_der(ext(&leaf, "2.5.29.37").unwrap().extn_value.as_bytes()).unwrap();
        let eku: Vec<String> = eku.0.iter().map(ToString::to_string).collect();
        assert_eq!(eku, ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]);
    }
}

#[test]
fn rsa_ca_and_self_signed_certificates_use_2048_bit_keys() {
    let (ca, _, ca_key) = cert_and_key(r#"{{- $ca := genCA "rsa-ca" 10 -}}{{ $ca.Cert }}@@{{ $ca.Key }}"#);
    assert!(is_ca(&ca));
    verify(&ca, &ca);
    assert!(ca_key.starts_with("-----BEGIN RSA PRIVATE KEY-----"));
    {
        use rsa::pkcs1::DecodeRsaPrivateKey;
        use rsa::traits::PublicKeyParts;
        let key = rsa::RsaPrivateKey::from_pkcs1_pem(&ca_key).unwrap();
        assert_eq!(key.size(), 256);
    }

    let (cert, _, _) = cert_and_key(
        r#"{{- $c := genPrivateKey "ecdsa" | genSelfSignedCertWithKey "self.example" (list "192.168.0.1") nil 2 -}}{{ $c.Cert }}@@{{ $c.Key }}"#,
    );
    assert!(!is_ca(&cert));
    assert_eq!(cert.tbs_certificate.issuer, cert.tbs_certificate.subject);
    assert_eq!(sans(&cert), (vec![], vec![vec![192, 168, 0, 1]]));
    assert!(ext(&cert, "2.5.29.35").is_none());
    verify(&cert, &cert);
}

#[test]
fn bad_arguments_fail_with_sprigs_messages() {
    let err =
        run(r#"{{ genSelfSignedCertWithKey "x" (list "not-an-ip") nil 1 (genPrivateKey "ecdsa") }}"#).unwrap_err();
    assert!(err.contains("error parsing ip: not-an-ip"), "{err}");
    let err = run(r#"{{ genSelfSignedCertWithKey "x" (list 1) nil 1 (genPrivateKey "ecdsa") }}"#).unwrap_err();
    assert!(err.contains("error parsing ip: 1 is not a string"), "{err}");
    let err = run(r#"{{ genCAWithKey "x" 1 "garbage" }}"#).unwrap_err();
    assert!(err.contains("parsing private key: no PEM data in input"), "{err}");
    // A (tiny, hand-made) DSA key parses, but Go cannot sign certificates with DSA.
    let dsa = "-----BEGIN DSA PRIVATE KEY-----\nMBICAQACAQECAQECAQECAQECAQE=\n-----END DSA PRIVATE KEY-----\n";
    let err = run(&format!(
        r#"{{{{ genCAWithKey "x" 1 "{}" }}}}"#,
        dsa.replace('\n', "\\n")
    ))
    .unwrap_err();
    assert!(
        err.contains("error creating certificate: x509: certificate private key does not implement crypto.Signer"),
        "{err}"
    );
    // A CA whose key is not the one in its certificate cannot sign.
    let err = run(
        r#"{{- $a := genPrivateKey "ecdsa" | genCAWithKey "a" 1 -}}{{- $b := genPrivateKey "ecdsa" | genCAWithKey "b" 1 -}}{{ genPrivateKey "ecdsa" | genSignedCertWithKey "c" nil nil 1 (dict "Cert" $a.Cert "Key" $b.Key) }}"#,
    )
    .unwrap_err();
    assert!(err.contains("doesn't match parent's PublicKey"), "{err}");
}
