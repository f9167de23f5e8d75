#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! SOPS decryption with age keys: interoperability with files written by the sops CLI (Flux's
//! published test fixtures and their test keys), round trips through our own encryption, MAC
//! and key failures, encryption rules.

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use kustomize_controller::sops::{
    AgeKeys, DecryptOptions, EncryptOptions, Format, SopsError, decrypt_bytes, decrypt_bytes_with, decrypt_object,
    decrypt_object_with, decrypt_secret_data_entries, encrypt_bytes, encrypt_bytes_with, is_encrypted,
};
use serde_json::{Value, json};

// --- Fixtures written by the sops CLI, published in fluxcd/kustomize-controller test data
// (internal/decryptor/testdata/age.txt, internal/controller/testdata/sops/...). Test keys only.

/// `internal/decryptor/testdata/age.txt` (public key age1l44xcng8…).
const FLUX_AGE_KEY_FILE: &str = "# created: 2021-03-31T09:51:59+02:00
# public key: age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29
AGE-SECRET-KEY-1RH87A5Z54ZGUR9S0AS3R6WHFSEFNPLYMAKF5Z2CEU7R06VRJ0A3Q7242AM
";
const FLUX_AGE_RECIPIENT: &str = "age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29";

/// `internal/controller/testdata/sops/keys/age-global.txt`.
const FLUX_GLOBAL_AGE_KEY_FILE: &str = "# created: 2025-07-06T17:30:37+01:00
# public key: age1henwn645drkd3fa34t27t2w2x0nsgw3w4h62gmg5x5xflyjpy38s5cncph
AGE-SECRET-KEY-10U7MAELH09KZU63F65P2TYLN7TQM5X6GSDDCQ4YMUGDS3DS6XZMSTYY2PN
";

/// `internal/controller/testdata/sops/algorithms/age.yaml` (sops 3.9.0).
const FLUX_AGE_YAML: &str = r#"apiVersion: v1
kind: Secret
metadata:
  name: age
stringData:
  key: ENC[AES256_GCM,data:mHeXsmQ=,iv:vUMpILz3xchORqkzDFvgwENY7EqIHHGJdEF6C8xqbFE=,tag:IroV7hykADvD0IUaq6kikA==,type:str]
sops:
  kms: []
  gcp_kms: []
  azure_kv: []
  hc_vault: []
  age:
    - recipient: age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBZeHVSdjJoY3ZSQjJzbk1q
        ZXFxMWJ5amkrN1VXeHI4QzQ5OHcwVGxDem1zCm8wQVEzNEUrOUhtRUFkVnFUY0tN
        aFgwaHNrWmVWY1RGWXI2YlpYbUhYMGMKLS0tIDBFSXo3cjRCMngvTXpldzhMRlVp
        TXk2d2ExSVZYNDVTV0xwVlZnQnpScG8KVpjffjtRTA7Z4Wf/l1VMLjcl16hOrRUv
        LKiZDcq+nqKDUI7owZ+xNs2w5SrQjEWVhDXRSeSSRiJrK/bCYKzRxA==
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-11-12T13:33:42Z"
  mac: ENC[AES256_GCM,data:vmrF+VgW3o8z4h/DOStCUNudz68yHEC8Mws+LPoKpM3Xc7GM0Z1CfX0TKwdLLjMuvyWa2Nx2NIxm0+MCbmR8+y2izn0hHPSWhNVCWSK+iW48M05vXhDCV0xNkqM7g0kLhQ3PiSrB69loQj8C590HIfEViEtyDCFUeynDgcC289Q=,iv:u5lhmtXMxyt+3Pw09wWvgBhmKLoOSpKNWUpu/LuCr3Y=,tag:Dg0HFdLgQltzPgnEmltAzQ==,type:str]
  pgp: []
  encrypted_regex: ^(data|stringData)$
  version: 3.9.0
"#;

/// `internal/controller/testdata/sops/global/secret.yaml` (sops 3.10.2): keys not in sorted
/// order (`type` before `stringData`).
const FLUX_GLOBAL_SECRET_YAML: &str = r#"apiVersion: v1
kind: Secret
metadata:
  name: global-age-secret
  namespace: default
type: Opaque
stringData:
  key: ENC[AES256_GCM,data:5d9WYyV8eyrOhF/m,iv:wuxE+q4pB+2cXBLcOy4/eZFSteLXJJDEI001UFAPd3A=,tag:EyM2zosBOv5/DnZMUqyNJg==,type:str]
sops:
  age:
    - recipient: age1henwn645drkd3fa34t27t2w2x0nsgw3w4h62gmg5x5xflyjpy38s5cncph
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBhSEJIVUQrZXpkZmJ6ek1U
        enNmL2cycGJVTUp0bGJBQmhzUms5eENWd1MwCjZtUjMvT28zWU8wVHArNDdyNG1x
        RjJCK29jNEJ5bDc5M2pNVG0rcHhFQ2cKLS0tIDkzRk5zdTZ5ek4rNzNvT2l5VDJ1
        Sk01a05sV094UjFVbkhsVUhaOFhWa3MKwVILC0MO4CPlK0kniPTxOgMxej+E1NJ3
        d1vA+h/DFoHDV6fU63n/v0BLmi7q0x10pYj95u1Ef1cP24JC/G+M4g==
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2025-07-06T17:19:51Z"
  mac: ENC[AES256_GCM,data:5vkroTHj/9sLCEb+LHZEWwbrq9amLfU9QsDE6ZmpSDa/r7T2RGzX9cAhe73s2L7E5EZblsWOGLPdQCRXP/Llp19QzEU6dYs+n0IyFprjtYpL8VEB3S2aCPzdhOrN0o/pcHGmfvp4S9gXvwki1EIYhRL7ozBHNppxQGLOdVDigjg=,iv:dCzK0olxFn4QwknnYvO4LNo7SjuX04zF6saVRFQv7wY=,tag:GwL7WDw2IBxNUdGUBpBXEQ==,type:str]
  encrypted_regex: ^(data|stringData)$
  version: 3.10.2
"#;

/// `internal/controller/testdata/sops/mix/pod.yaml` (sops 3.9.0, `encrypted_regex: env`):
/// values inside a list, map keys out of sorted order (`memory` before `cpu`).
const FLUX_POD_YAML: &str = r#"apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  containers:
    - name: main
      image: nginx:stable-alpine
      env:
        - name: ENC[AES256_GCM,data:vcqm/OT7suPAQTUDCMNw4wg=,iv:pY047fxZySu8rQ4Z/oYfZ80S7nbLUBWXHP6DU1kJMKg=,tag:xdAUqlNNdnxHxLjjl1Wyow==,type:str]
          value: ENC[AES256_GCM,data:x9nGJZnm5rSsKh2iIxT5NFjRoJg=,iv:1bSCgQIV9+Z9rRcUSEpdPVQWMDVkM4OKxk8ea1bn0pk=,tag:AcE8iVIF+QoGKPBVAhBx8A==,type:str]
      resources:
        limits:
          memory: 50Mi
          cpu: 50m
sops:
  kms: []
  gcp_kms: []
  azure_kv: []
  hc_vault: []
  age:
    - recipient: age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBORkE5Q1V6NFlHM0tRc1Bp
        aWVmTDJTZTRBZC9PczF1cE9wZlY4dGhGVmc0CndUR2FUdVhuNit1anY2ODFkQWM0
        NUtWcjF3R3gzSHQwU2tzNytGQk5CaWsKLS0tIEd2MmZ2Z3phMUd5OTdkUnRJVXpN
        U2VRS1gzcjN1N1BwdjJOdEE5Z2M3eE0KJ1ReVeaL83qTYGw/bO4nas8BQYhl1JpK
        O1AMcJ4lmH/IrSkf65UnRIdVg645UuhwhNFSEiSyIkuqkACUZeiCMg==
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-11-13T11:21:30Z"
  mac: ENC[AES256_GCM,data:sD/2WIG7KxAKV/eG2Ht2Y/iY/NBM8W21QgQYpuLVpChZSBlWEbHx14qWyH4HfMD7P53+cugCzqxbPTUZyb8yYFy0CxBbYKojAOvD3iEPDBXsdoIW00Lj8gWydibBz4CYywHdlmu1gdCjafueDeeQqe2oqPg2S4treqAE2oU4ys8=,iv:NQHfiJ7P+TcSGrvxFFPn3PIuuFuRzkS8E0JNh14ClB0=,tag:tByyknlD06zv4s7m/yXvuQ==,type:str]
  pgp: []
  encrypted_regex: env
  version: 3.9.0
"#;

/// `internal/controller/testdata/sops/component/env.env` (sops 3.9.0, dotenv).
const FLUX_ENV: &str = r"key=ENC[AES256_GCM,data:HfbmmMU=,iv:nWWqqIzzutZJBzu5PbaTPBsqvszaz2/+58mYOK7hj9Q=,tag:b+VcateAccwdb7x2dmYDrQ==,type:str]
sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBsc0Vyd25KTE1sYWM1akFH\nTUFBeHBmSmdGMnY3ZFJvazRZMUtPMFpscmhBCnVsL2Y0cUd1Nkx1Z0Q1OWpHOG0w\nNnhXSmxjbzR5NVE1NGpjR3d2SHN6SzgKLS0tIG5tdXpXK0U2SUlsQlcvY0ZvRWJB\nS2N6MS9QRVR4K2toMEg1eDR3a3ZtdzAKiliurqchsdfT4XbttES0ohnuTMNKlZy9\nefqbQO2lTLw8wUsNUunTpJBEAx9MFZ+LFHE/EZfHZqYlzxCPzfhufA==\n-----END AGE ENCRYPTED FILE-----\n
sops_age__list_0__map_recipient=age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29
sops_lastmodified=2024-11-12T13:33:42Z
sops_mac=ENC[AES256_GCM,data:kPn8FhXF7UcPbkA7gjfjfYljawfT67SQBsYbnaAgtcFAtMWTryTHSDAASp2RZiClZiWnKgOgT8NeFUC+hUvjlz/Vj3pQxl6zY+3CmlrbBiqYUwd8ksXjps8UTqcioWKc7xULLqV5GMUHpoWnDWkkt0F6F10uCL78P0JoKmIeCXM=,iv:/G3GIGXriXuoS9OhfEazEYgVBbo+XvouTGYEi5XVYqQ=,tag:80P9IXhwJzoqJ43eK2W+4g==,type:str]
sops_unencrypted_suffix=_unencrypted
sops_version=3.9.0
";

/// `internal/controller/testdata/sops/files/file.txt` (sops 3.9.0, binary).
const FLUX_BINARY: &str = "{\n\t\"data\": \"ENC[AES256_GCM,data:QNbPAYY=,iv:cMvqZZXqOFmH+bAFdzX+ORH3cnj2cgKX/f6+8q8bDlA=,tag:Pb5wsv4wq5mbccaUhjqQCA==,type:str]\",\n\t\"sops\": {\n\t\t\"kms\": null,\n\t\t\"gcp_kms\": null,\n\t\t\"azure_kv\": null,\n\t\t\"hc_vault\": null,\n\t\t\"age\": [\n\t\t\t{\n\t\t\t\t\"recipient\": \"age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29\",\n\t\t\t\t\"enc\": \"-----BEGIN AGE ENCRYPTED FILE-----\\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSAybkpYNFFjVFprQndmWklK\\nVnpyVzFjRGZ5cU5IK1NHb2t6bjhKUnZVZ24wCnZFSjBrVEJ6RmpORGMrVHRWUXA5\\nL1BMbk1jWXM2aGpVcTkzckdHYm14SmMKLS0tIDdBS2NGaWFWRlZvRktPYksvd0pa\\nRzFBRWtHcXlWcVkvK0VKQVRPRGFlYXcKeSgCitkcDxVNZSxS/TsR72xVh6iPL4l5\\nS+FP0R0wbo3LbunScvF168f4NhB5HRpS29a5onxH64HEiYdMitV8WA==\\n-----END AGE ENCRYPTED FILE-----\\n\"\n\t\t\t}\n\t\t],\n\t\t\"lastmodified\": \"2024-11-12T13:33:42Z\",\n\t\t\"mac\": \"ENC[AES256_GCM,data:8H24g0IjdODRma+52utYPlZnGEH+Oi3LiXel2JExHEd1YwbBL417lTbJpZVIfwk7+SYLWw6V4ZbPgHFUHchhRH5URNqb4I0m/FhTMyDW2h0Zm1kM1zMdE8AZTGUyNhmVkrlw7GnBwuGwWS6Usm9C9XD5O+/2Yn20YqmB2/T3a0o=,iv:0sclmOePSOpekgQLr/kNTM2xKdr7djHn2xYSNrFSGD4=,tag:6gvdsQKSqKafO6VrXqlaeA==,type:str]\",\n\t\t\"pgp\": null,\n\t\t\"unencrypted_suffix\": \"_unencrypted\",\n\t\t\"version\": \"3.9.0\"\n\t}\n}";

fn flux_keys() -> AgeKeys {
    secret_keys(&[("age.agekey", FLUX_AGE_KEY_FILE)])
}

fn secret_keys(entries: &[(&str, &str)]) -> AgeKeys {
    let data: BTreeMap<String, Vec<u8>> = entries
        .iter()
        .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
        .collect();
    AgeKeys::parse(&data).unwrap()
}

fn yaml_docs(bytes: &[u8]) -> Vec<Value> {
    ferroflux_kustomize::yaml::parse_documents(std::str::from_utf8(bytes).unwrap()).unwrap()
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap()
}

fn verify() -> DecryptOptions {
    DecryptOptions { verify_mac: true }
}

// --- Interoperability with sops CLI output -------------------------------------------------

#[test]
fn sops_cli_yaml_secret_decrypts_with_a_verified_mac() {
    let out = decrypt_bytes(FLUX_AGE_YAML.as_bytes(), Format::Yaml, &flux_keys()).unwrap();
    let doc = &yaml_docs(&out)[0];
    assert!(doc.get("sops").is_none());
    assert_eq!(doc["metadata"]["name"], "age");
    let value = doc["stringData"]["key"].as_str().unwrap();
    assert_eq!(value.len(), 5);
    assert!(!value.contains("ENC["));
}

#[test]
fn sops_cli_yaml_with_unsorted_keys_verifies_in_document_order() {
    let keys = secret_keys(&[("global.agekey", FLUX_GLOBAL_AGE_KEY_FILE)]);
    let out = decrypt_bytes(FLUX_GLOBAL_SECRET_YAML.as_bytes(), Format::Yaml, &keys).unwrap();
    let doc = &yaml_docs(&out)[0];
    assert_eq!(doc["type"], "Opaque");
    assert!(!doc["stringData"]["key"].as_str().unwrap().contains("ENC["));
}

#[test]
fn sops_cli_values_inside_lists_decrypt_with_a_verified_mac() {
    let out = decrypt_bytes(FLUX_POD_YAML.as_bytes(), Format::Yaml, &flux_keys()).unwrap();
    let doc = &yaml_docs(&out)[0];
    let container = &doc["spec"]["containers"][0];
    assert_eq!(container["image"], "nginx:stable-alpine");
    assert_eq!(container["resources"]["limits"]["memory"], "50Mi");
    let env = &container["env"][0];
    assert!(!env["name"].as_str().unwrap().contains("ENC["));
    assert!(!env["value"].as_str().unwrap().contains("ENC["));
}

#[test]
fn sops_cli_dotenv_file_decrypts_with_a_verified_mac() {
    let out = decrypt_bytes(FLUX_ENV.as_bytes(), Format::Dotenv, &flux_keys()).unwrap();
    let out = text(&out);
    assert_eq!(out.lines().count(), 1, "{out:?} has no metadata left");
    let value = out.strip_prefix("key=").unwrap().trim_end();
    assert_eq!(value.len(), 5);
    assert!(!value.contains("ENC["));
}

#[test]
fn sops_cli_binary_file_decrypts_with_a_verified_mac() {
    let out = decrypt_bytes(FLUX_BINARY.as_bytes(), Format::Binary, &flux_keys()).unwrap();
    assert_eq!(out.len(), 5);
    assert!(!text(&out).contains("ENC["));
    assert_eq!(Format::detect(FLUX_BINARY.as_bytes()), Some(Format::Binary));
    assert_eq!(Format::detect(FLUX_ENV.as_bytes()), Some(Format::Dotenv));
    assert_eq!(Format::detect(FLUX_AGE_YAML.as_bytes()), Some(Format::Yaml));
}

#[test]
fn built_secret_decrypts_in_place_and_loses_its_sops_key() {
    let keys = secret_keys(&[("global.agekey", FLUX_GLOBAL_AGE_KEY_FILE)]);
    let mut obj = yaml_docs(FLUX_GLOBAL_SECRET_YAML.as_bytes()).remove(0);
    // What a kustomize `namespace:` transformer does to the object after encryption.
    obj["metadata"]["namespace"] = json!("apps");
    assert!(is_encrypted(&obj));
    decrypt_object(&mut obj, &keys).unwrap();
    assert!(obj.get("sops").is_none());
    assert!(!is_encrypted(&obj));
    assert_eq!(obj["metadata"]["namespace"], "apps");
    assert!(!obj["stringData"]["key"].as_str().unwrap().contains("ENC["));
}

#[test]
fn mac_of_a_built_object_is_only_checked_on_request() {
    let keys = secret_keys(&[("global.agekey", FLUX_GLOBAL_AGE_KEY_FILE)]);
    let mut obj = yaml_docs(FLUX_GLOBAL_SECRET_YAML.as_bytes()).remove(0);
    let before = obj.clone();
    // The build output has sorted keys: the MAC, computed in file order, no longer matches.
    let err = decrypt_object_with(&mut obj, &keys, verify()).unwrap_err();
    assert!(matches!(err, SopsError::MacMismatch), "{err}");
    assert_eq!(obj, before, "the object is unchanged on error");
}

#[test]
fn pgp_only_files_are_rejected_as_unsupported() {
    let mut obj = json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "data": {"key": "ENC[AES256_GCM,data:AAAA,iv:AAAA,tag:AAAA,type:str]"},
        "sops": {
            "pgp": [{"fp": "35C1A64CD7FC0AB6EB66756B2445463C3234ECE1", "enc": "-----BEGIN PGP MESSAGE-----\n...", "created_at": "2021-05-31T11:27:34Z"}],
            "kms": [{"arn": "arn:aws:kms:eu-west-1:000000000000:key/x", "enc": "x", "created_at": "2021-05-31T11:27:34Z"}],
            "age": [],
            "lastmodified": "2021-05-31T11:27:34Z",
            "mac": "ENC[AES256_GCM,data:AAAA,iv:AAAA,tag:AAAA,type:str]",
            "version": "3.7.1"
        }
    });
    assert!(is_encrypted(&obj));
    let err = decrypt_object(&mut obj, &flux_keys()).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, SopsError::Unsupported(_)));
    assert!(message.starts_with("not supported:"), "{message}");
    assert!(message.contains("pgp") && message.contains("kms"), "{message}");
    assert!(message.contains("only age keys"), "{message}");
}

// --- Keys ----------------------------------------------------------------------------------

#[test]
fn only_agekey_entries_are_read_and_may_hold_several_identities_with_comments() {
    let two = format!("{FLUX_AGE_KEY_FILE}\n\n{FLUX_GLOBAL_AGE_KEY_FILE}");
    let keys = secret_keys(&[
        ("identities.agekey", two.as_str()),
        ("other.txt", "not a key"),
        ("sops.vault-token", "s.token"),
    ]);
    assert_eq!(keys.len(), 2);
    assert_eq!(keys.recipients()[0], FLUX_AGE_RECIPIENT);
    assert_eq!(format!("{keys:?}"), "AgeKeys(2 identities)");
}

#[test]
fn invalid_identity_lines_are_reported_by_name_and_line_without_content() {
    let mut data = BTreeMap::new();
    data.insert(
        "bad.agekey".to_string(),
        b"# comment\nAGE-SECRET-KEY-1NOTAKEY\n".to_vec(),
    );
    let err = AgeKeys::parse(&data).unwrap_err();
    let message = err.to_string();
    assert_eq!(message, "invalid age identity in 'bad.agekey' at line 2");
    data.insert("bad.agekey".to_string(), b"AGE-PLUGIN-YUBIKEY-1XYZ\n".to_vec());
    let err = AgeKeys::parse(&data).unwrap_err();
    assert!(err.to_string().starts_with("not supported: age plugin"));
}

#[test]
fn a_key_for_other_recipients_fails_naming_the_recipients_only() {
    let (_, other_recipient) = fresh_identity();
    let encrypted = encrypt_bytes(b"a: secret\n", Format::Yaml, std::slice::from_ref(&other_recipient)).unwrap();
    let err = decrypt_bytes(&encrypted, Format::Yaml, &flux_keys()).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, SopsError::NoMatchingIdentity { .. }));
    assert!(message.starts_with("no age identity matches the recipients"));
    assert!(message.contains(&other_recipient));
    assert!(!message.contains("AGE-SECRET-KEY"));
    assert!(!message.contains("secret\n"));
    let none = AgeKeys::default();
    assert!(decrypt_bytes(&encrypted, Format::Yaml, &none).is_err());
}

fn fresh_identity() -> (AgeKeys, String) {
    let identity = age::x25519::Identity::generate();
    let secret = age::secrecy::ExposeSecret::expose_secret(&identity.to_string()).to_string();
    let keys = AgeKeys::from_identities(&[secret]).unwrap();
    let recipient = identity.to_public().to_string();
    (keys, recipient)
}

// --- Round trips ---------------------------------------------------------------------------

const NESTED_YAML: &str = "apiVersion: v1
kind: Config
count: 42
ratio: 1.5
whole: 2.0
negative: -7
enabled: true
disabled: false
name: plain text
empty: ''
nothing: null
nested:
  list:
    - one
    - 2
    - nested_map:
        deep: value
    - [x, y]
  map:
    b: 1
    a: two
---
second: document
";

#[test]
fn yaml_round_trips_with_types_nested_maps_lists_and_documents() {
    let (keys, recipient) = fresh_identity();
    let encrypted = encrypt_bytes(NESTED_YAML.as_bytes(), Format::Yaml, &[recipient]).unwrap();
    let encrypted_text = text(&encrypted);
    for tag in ["type:int]", "type:float]", "type:bool]", "type:str]"] {
        assert!(encrypted_text.contains(tag), "{tag} in {encrypted_text}");
    }
    assert!(!encrypted_text.contains("plain text"));
    let docs = yaml_docs(&encrypted);
    assert_eq!(docs.len(), 2);
    assert!(docs.iter().all(|d| d.get("sops").is_some()));
    assert_eq!(docs[0]["empty"], "", "empty strings stay unencrypted");
    assert_eq!(docs[0]["nothing"], Value::Null);

    let mut want = yaml_docs(NESTED_YAML.as_bytes());
    // Objects keep the exact types: 2.0 stays a float.
    let mut first = docs[0].clone();
    decrypt_object(&mut first, &keys).unwrap();
    assert!(first["whole"].is_f64());
    assert_eq!(first, want[0]);

    let decrypted = decrypt_bytes(&encrypted, Format::Yaml, &keys).unwrap();
    // The YAML writer prints the float 2.0 as `2`, as go-yaml does for sops.
    want[0]["whole"] = json!(2);
    assert_eq!(yaml_docs(&decrypted), want);
}

#[test]
fn json_round_trips_with_types_in_document_order() {
    let (keys, recipient) = fresh_identity();
    let plain = br#"{"z": "last key first", "a": {"n": 1, "f": 0.25, "b": false, "l": ["s", 3, {"k": "v"}]}}"#;
    let encrypted = encrypt_bytes(plain, Format::Json, &[recipient]).unwrap();
    let encrypted_value: Value = serde_json::from_slice(&encrypted).unwrap();
    assert!(encrypted_value["a"]["n"].as_str().unwrap().ends_with(",type:int]"));
    assert!(encrypted_value["a"]["f"].as_str().unwrap().ends_with(",type:float]"));
    assert!(encrypted_value["a"]["b"].as_str().unwrap().ends_with(",type:bool]"));
    // Our JSON writer keeps document order; the MAC is computed in it.
    let t = text(&encrypted);
    assert!(t.find("\"z\"").unwrap() < t.find("\"a\"").unwrap());
    let decrypted = decrypt_bytes(&encrypted, Format::Json, &keys).unwrap();
    let want: Value = serde_json::from_slice(plain).unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&decrypted).unwrap(), want);
}

#[test]
fn dotenv_round_trips_with_comments_and_line_breaks() {
    let (keys, recipient) = fresh_identity();
    let plain = "# database settings\nDB_USER=admin\nDB_PASS=s3cr3t=with=equals\nMULTI=line1\\nline2\n#\nTOKEN_unencrypted=visible\n";
    let encrypted = encrypt_bytes(plain.as_bytes(), Format::Dotenv, &[recipient]).unwrap();
    let t = text(&encrypted);
    assert!(t.starts_with("#ENC[AES256_GCM,"), "comments are encrypted: {t}");
    assert!(t.contains(",type:comment]"));
    assert!(t.contains("\n#\n"), "empty comments stay as they are");
    assert!(t.contains("TOKEN_unencrypted=visible\n"));
    assert!(t.contains("sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n"));
    assert!(t.contains("sops_mac=ENC["));
    assert!(!t.contains("s3cr3t"));
    let decrypted = decrypt_bytes(&encrypted, Format::Dotenv, &keys).unwrap();
    assert_eq!(text(&decrypted), plain);
}

#[test]
fn binary_round_trips_any_bytes() {
    let (keys, recipient) = fresh_identity();
    let plain: Vec<u8> = vec![0, 159, 146, 150, b'\n', 255, b'x'];
    let encrypted = encrypt_bytes(&plain, Format::Binary, &[recipient]).unwrap();
    let envelope: Value = serde_json::from_slice(&encrypted).unwrap();
    assert!(envelope["data"].as_str().unwrap().starts_with("ENC[AES256_GCM,"));
    assert!(envelope["sops"]["mac"].as_str().unwrap().starts_with("ENC["));
    assert_eq!(decrypt_bytes(&encrypted, Format::Binary, &keys).unwrap(), plain);
}

#[test]
fn a_file_encrypted_to_several_recipients_opens_with_any_of_them() {
    let (keys_a, recipient_a) = fresh_identity();
    let (keys_b, recipient_b) = fresh_identity();
    let encrypted = encrypt_bytes(b"{\"k\": \"v\"}", Format::Json, &[recipient_a, recipient_b]).unwrap();
    for keys in [keys_a, keys_b] {
        let out = decrypt_bytes(&encrypted, Format::Json, &keys).unwrap();
        assert_eq!(serde_json::from_slice::<Value>(&out).unwrap(), json!({"k": "v"}));
    }
}

// --- Tampering -----------------------------------------------------------------------------

fn encrypted_secret(options: EncryptOptions) -> (AgeKeys, Vec<u8>) {
    let (keys, recipient) = fresh_identity();
    let plain =
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  user: admin\n  password: hunter2\n";
    let options = EncryptOptions {
        recipients: vec![recipient],
        ..options
    };
    let encrypted = encrypt_bytes_with(plain.as_bytes(), Format::Yaml, &options).unwrap();
    (keys, encrypted)
}

fn regex_options() -> EncryptOptions {
    EncryptOptions {
        encrypted_regex: Some("^(data|stringData)$".into()),
        ..EncryptOptions::default()
    }
}

#[test]
fn a_modified_ciphertext_is_detected() {
    let (keys, encrypted) = encrypted_secret(regex_options());
    let mut doc = yaml_docs(&encrypted).remove(0);
    let value = doc["stringData"]["password"].as_str().unwrap().to_string();
    let data_start = "ENC[AES256_GCM,data:".len();
    let flipped = if &value[data_start..=data_start] == "A" {
        "B"
    } else {
        "A"
    };
    let tampered = format!("{}{}{}", &value[..data_start], flipped, &value[data_start + 1..]);
    doc["stringData"]["password"] = json!(tampered);
    let file = ferroflux_kustomize::yaml::value_to_yaml(&doc);
    let err = decrypt_bytes(file.as_bytes(), Format::Yaml, &keys).unwrap_err();
    assert!(matches!(err, SopsError::DecryptValue { ref path } if path == "stringData.password"));
    assert_eq!(
        err.to_string(),
        "cannot decrypt the value at 'stringData.password': authentication failed"
    );
    // decrypt_object does not skip per-value authentication.
    assert!(decrypt_object(&mut doc, &keys).is_err());
}

#[test]
fn a_value_moved_to_another_key_is_detected() {
    let (keys, encrypted) = encrypted_secret(regex_options());
    let mut doc = yaml_docs(&encrypted).remove(0);
    let user = doc["stringData"]["user"].clone();
    doc["stringData"]["password"] = user;
    let err = decrypt_object(&mut doc, &keys).unwrap_err();
    assert!(matches!(err, SopsError::DecryptValue { .. }), "{err}");
}

#[test]
fn a_modified_plaintext_value_fails_the_mac() {
    let (keys, encrypted) = encrypted_secret(regex_options());
    let mut doc = yaml_docs(&encrypted).remove(0);
    doc["metadata"]["name"] = json!("other");
    let file = ferroflux_kustomize::yaml::value_to_yaml(&doc);
    let err = decrypt_bytes(file.as_bytes(), Format::Yaml, &keys).unwrap_err();
    assert!(matches!(err, SopsError::MacMismatch));
    assert_eq!(
        err.to_string(),
        "mac mismatch: the file was modified or the key is wrong"
    );
    // Without the check (Flux's default for built objects) it decrypts.
    let unchecked = decrypt_bytes_with(
        file.as_bytes(),
        Format::Yaml,
        Format::Yaml,
        &keys,
        DecryptOptions { verify_mac: false },
    )
    .unwrap();
    assert_eq!(yaml_docs(&unchecked)[0]["stringData"]["password"], "hunter2");
    assert!(decrypt_object_with(&mut doc.clone(), &keys, verify()).is_err());
    decrypt_object(&mut doc, &keys).unwrap();
    assert_eq!(doc["stringData"]["password"], "hunter2");
}

#[test]
fn a_modified_lastmodified_fails_the_mac() {
    let (keys, encrypted) = encrypted_secret(EncryptOptions::default());
    let mut doc = yaml_docs(&encrypted).remove(0);
    doc["sops"]["lastmodified"] = json!("2001-01-01T00:00:00Z");
    let file = ferroflux_kustomize::yaml::value_to_yaml(&doc);
    let err = decrypt_bytes(file.as_bytes(), Format::Yaml, &keys).unwrap_err();
    assert!(matches!(err, SopsError::MacMismatch));
}

#[test]
fn mac_only_encrypted_ignores_changes_to_plain_values() {
    let options = EncryptOptions {
        mac_only_encrypted: true,
        ..regex_options()
    };
    let (keys, encrypted) = encrypted_secret(options);
    let mut doc = yaml_docs(&encrypted).remove(0);
    assert_eq!(doc["sops"]["mac_only_encrypted"], true);
    doc["metadata"]["name"] = json!("renamed");
    let file = ferroflux_kustomize::yaml::value_to_yaml(&doc);
    let out = decrypt_bytes(file.as_bytes(), Format::Yaml, &keys).unwrap();
    assert_eq!(yaml_docs(&out)[0]["metadata"]["name"], "renamed");
}

// --- Rules ---------------------------------------------------------------------------------

#[test]
fn encrypted_regex_encrypts_only_matching_subtrees() {
    let (keys, encrypted) = encrypted_secret(regex_options());
    let doc = &yaml_docs(&encrypted)[0];
    assert_eq!(doc["kind"], "Secret");
    assert_eq!(doc["metadata"]["name"], "app");
    assert!(doc["stringData"]["user"].as_str().unwrap().starts_with("ENC["));
    assert_eq!(doc["sops"]["encrypted_regex"], "^(data|stringData)$");
    assert!(doc["sops"].get("unencrypted_suffix").is_none());
    let out = decrypt_bytes(&encrypted, Format::Yaml, &keys).unwrap();
    assert_eq!(yaml_docs(&out)[0]["stringData"]["user"], "admin");
}

#[test]
fn unencrypted_suffix_is_the_default_rule() {
    let (keys, recipient) = fresh_identity();
    let plain = b"{\"secret\": \"x\", \"public_unencrypted\": {\"inner\": \"y\"}}";
    let encrypted = encrypt_bytes(plain, Format::Json, &[recipient]).unwrap();
    let v: Value = serde_json::from_slice(&encrypted).unwrap();
    assert!(v["secret"].as_str().unwrap().starts_with("ENC["));
    assert_eq!(v["public_unencrypted"]["inner"], "y");
    assert_eq!(v["sops"]["unencrypted_suffix"], "_unencrypted");
    let out = decrypt_bytes(&encrypted, Format::Json, &keys).unwrap();
    let want: Value = serde_json::from_slice(plain).unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&out).unwrap(), want);
}

#[test]
fn encrypted_suffix_and_unencrypted_regex_select_values() {
    let (keys, recipient) = fresh_identity();
    let plain = b"{\"a_enc\": \"x\", \"b\": \"y\", \"meta\": {\"c\": \"z\"}}";
    let suffix = EncryptOptions {
        recipients: vec![recipient.clone()],
        encrypted_suffix: Some("_enc".into()),
        ..EncryptOptions::default()
    };
    let v: Value = serde_json::from_slice(&encrypt_bytes_with(plain, Format::Json, &suffix).unwrap()).unwrap();
    assert!(v["a_enc"].as_str().unwrap().starts_with("ENC["));
    assert_eq!(v["b"], "y");
    let regex = EncryptOptions {
        recipients: vec![recipient],
        unencrypted_regex: Some("^meta$".into()),
        ..EncryptOptions::default()
    };
    let encrypted = encrypt_bytes_with(plain, Format::Json, &regex).unwrap();
    let v: Value = serde_json::from_slice(&encrypted).unwrap();
    assert!(v["b"].as_str().unwrap().starts_with("ENC["));
    assert_eq!(v["meta"]["c"], "z");
    assert!(decrypt_bytes(&encrypted, Format::Json, &keys).is_ok());
}

// --- Formats and detection -----------------------------------------------------------------

#[test]
fn formats_follow_file_extensions_like_sops() {
    assert_eq!(Format::from_path("secret.yaml"), Format::Yaml);
    assert_eq!(Format::from_path("dir/secret.yml"), Format::Yaml);
    assert_eq!(Format::from_path("config.json"), Format::Json);
    assert_eq!(Format::from_path("app.env"), Format::Dotenv);
    assert_eq!(Format::from_path("key.pem"), Format::Binary);
    assert_eq!(Format::from_path("settings.ini"), Format::Binary);
    assert_eq!(Format::from_path("SECRET.YAML"), Format::Binary);
}

#[test]
fn is_encrypted_needs_a_sops_mapping_with_a_mac_or_keys() {
    assert!(!is_encrypted(&json!({"kind": "Secret"})));
    assert!(!is_encrypted(&json!({"sops": "x"})));
    assert!(!is_encrypted(&json!({"sops": {}})));
    assert!(is_encrypted(&json!({"sops": {"mac": "ENC[...]"}})));
    assert!(is_encrypted(
        &json!({"sops": {"age": [{"recipient": "age1", "enc": "x"}]}})
    ));
}

#[test]
fn generated_secret_entries_holding_sops_files_are_decrypted() {
    let (keys, recipient) = fresh_identity();
    let env = encrypt_bytes(b"USER=admin\n", Format::Dotenv, std::slice::from_ref(&recipient)).unwrap();
    let json_file = encrypt_bytes(b"{\"a\": 1}", Format::Json, &[recipient]).unwrap();
    let mut secret = json!({
        "apiVersion": "v1",
        "kind": "Secret",
        "data": {
            "app.env": B64.encode(&env),
            "config.json": B64.encode(&json_file),
            "plain.txt": B64.encode("hello"),
            "not-base64": "%%%"
        }
    });
    assert_eq!(decrypt_secret_data_entries(&mut secret, &keys).unwrap(), 2);
    let get = |k: &str| B64.decode(secret["data"][k].as_str().unwrap()).unwrap();
    assert_eq!(get("app.env"), b"USER=admin\n");
    assert_eq!(
        serde_json::from_slice::<Value>(&get("config.json")).unwrap(),
        json!({"a": 1})
    );
    assert_eq!(get("plain.txt"), b"hello");
}

#[test]
fn yaml_input_is_decrypted_into_another_format_on_request() {
    let (keys, recipient) = fresh_identity();
    let encrypted = encrypt_bytes(b"A: one\nB: 2\n", Format::Yaml, &[recipient]).unwrap();
    let out = decrypt_bytes_with(&encrypted, Format::Yaml, Format::Dotenv, &keys, verify()).unwrap();
    assert_eq!(text(&out), "A=one\nB=2\n");
}

#[test]
fn plaintext_input_is_not_decryptable_and_encrypted_input_is_not_re_encrypted() {
    let (keys, recipient) = fresh_identity();
    let err = decrypt_bytes(b"a: b\n", Format::Yaml, &keys).unwrap_err();
    assert!(matches!(err, SopsError::NotEncrypted));
    let encrypted = encrypt_bytes(b"a: b\n", Format::Yaml, std::slice::from_ref(&recipient)).unwrap();
    assert!(encrypt_bytes(&encrypted, Format::Yaml, &[recipient]).is_err());
}

#[test]
fn empty_input_is_not_encrypted() {
    let (_, recipient) = fresh_identity();
    let err = encrypt_bytes(b"", Format::Yaml, &[recipient]).unwrap_err();
    assert_eq!(err.to_string(), "cannot parse yaml input: no documents");
}
