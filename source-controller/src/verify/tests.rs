//! Verification against signatures made by the real tools: gpg (in a throw-away GNUPGHOME) and
//! ssh-keygen sign commits and tags in a real Git repository; the raw objects come from
//! `git cat-file`. Everything is generated once per test process, read into memory, and the
//! temporary directory (and its gpg-agent) is gone before the first assertion runs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

/// A temporary directory with a GNUPGHOME inside; dropping it stops that GNUPGHOME's agent and
/// removes everything.
struct Sandbox {
    root: PathBuf,
}

impl Sandbox {
    fn new() -> Sandbox {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        // Short path: gpg-agent's socket lives in GNUPGHOME and socket paths are limited.
        let root = std::env::temp_dir().join(format!(
            "ffv-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("home")).unwrap();
        std::fs::create_dir_all(root.join("g")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(root.join("g"), std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        Sandbox { root }
    }

    fn gnupghome(&self) -> PathBuf {
        self.root.join("g")
    }

    fn repo(&self) -> PathBuf {
        self.root.join("repo")
    }

    /// A command with HOME, GNUPGHOME and Git's configuration confined to the sandbox.
    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("HOME", self.root.join("home"))
            .env("GNUPGHOME", self.gnupghome())
            .env("XDG_CONFIG_HOME", self.root.join("home"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", self.root.join("home/gitconfig"))
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GPG_AGENT_INFO")
            .env_remove("SSH_AUTH_SOCK");
        cmd
    }

    /// Runs a command and returns its stdout; panics with its stderr on failure.
    fn run(&self, program: &str, args: &[&str]) -> Vec<u8> {
        let out = self
            .command(program)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {program} (is it installed? gnupg, openssh-client, git): {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    fn git(&self, args: &[&str]) -> Vec<u8> {
        let repo = self.repo();
        let mut all = vec![
            "-C",
            repo.to_str().unwrap(),
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "gpg.program=gpg",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "tag.gpgsign=false",
        ];
        all.extend_from_slice(args);
        self.run("git", &all)
    }

    fn gpg(&self, args: &[&str]) -> Vec<u8> {
        let mut all = vec!["--batch", "--pinentry-mode", "loopback", "--passphrase", ""];
        all.extend_from_slice(args);
        self.run("gpg", &all)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.command("gpgconf").args(["--kill", "all"]).output();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// A PGP key made by gpg: its armored export and identifiers.
struct PgpKey {
    armored: Vec<u8>,
    key_id: String,
    fingerprint: String,
    /// Fingerprint of the signing subkey, when there is one.
    subkey_fingerprint: Option<String>,
}

/// An SSH key made by ssh-keygen: its `authorized_keys` line and fingerprint.
struct SshPub {
    line: Vec<u8>,
    fingerprint: String,
}

/// Everything the tests verify, in memory.
struct Fixture {
    /// Primary key certifies only; a signing subkey (expiring in a year) signs.
    alice: PgpKey,
    /// RSA primary key that signs itself.
    bob: PgpKey,
    /// Ed25519 SSH key.
    dave: SshPub,
    /// ECDSA P-256 SSH key.
    erin: SshPub,
    /// RSA SSH key.
    frank: SshPub,
    commit_alice: Vec<u8>,
    commit_bob: Vec<u8>,
    commit_unsigned: Vec<u8>,
    commit_dave: Vec<u8>,
    commit_erin: Vec<u8>,
    commit_frank: Vec<u8>,
    /// The unsigned commit, signed by dave with `ssh-keygen -Y sign -n file`.
    commit_dave_wrong_namespace: Vec<u8>,
    /// The unsigned commit, signed by dave with `-O hashalg=sha256`.
    commit_dave_sha256: Vec<u8>,
    tag_alice: Vec<u8>,
    tag_dave: Vec<u8>,
    tag_unsigned: Vec<u8>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(make_fixture)
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap().trim().to_owned()
}

/// Reads key ID and fingerprints from `gpg --with-colons --list-keys`.
fn pgp_key(sb: &Sandbox, email: &str) -> PgpKey {
    let listing = text(sb.gpg(&["--with-colons", "--list-keys", email]));
    let mut key_id = String::new();
    let mut fingerprint = String::new();
    let mut subkey_fingerprint = None;
    let mut in_sub = false;
    for line in listing.lines() {
        let fields: Vec<&str> = line.split(':').collect();
        match fields[0] {
            "pub" => key_id = fields[4].to_owned(),
            "sub" => in_sub = true,
            "fpr" if !in_sub && fingerprint.is_empty() => fingerprint = fields[9].to_owned(),
            "fpr" if in_sub => subkey_fingerprint = Some(fields[9].to_owned()),
            _ => {}
        }
    }
    let armored = sb.gpg(&["--armor", "--export", email]);
    PgpKey {
        armored,
        key_id,
        fingerprint,
        subkey_fingerprint,
    }
}

fn ssh_key(sb: &Sandbox, name: &str, args: &[&str]) -> (PathBuf, SshPub) {
    let path = sb.root.join(name);
    let path_str = path.to_str().unwrap();
    let mut all = vec!["-q", "-N", "", "-C", name, "-f", path_str];
    all.extend_from_slice(args);
    sb.run("ssh-keygen", &all);
    let line = std::fs::read(path.with_extension("pub")).unwrap();
    let listing = text(sb.run("ssh-keygen", &["-l", "-E", "sha256", "-f", path_str]));
    let fingerprint = listing.split_whitespace().nth(1).unwrap().to_owned();
    (path, SshPub { line, fingerprint })
}

/// Inserts a `gpgsig` header (with continuation lines) before the blank line of a commit.
fn with_gpgsig(unsigned: &[u8], signature: &[u8]) -> Vec<u8> {
    let blank = unsigned.windows(2).position(|w| w == b"\n\n").unwrap() + 1;
    let mut out = unsigned[..blank].to_vec();
    let sig = String::from_utf8(signature.to_vec()).unwrap();
    for (i, line) in sig.trim_end().lines().enumerate() {
        out.extend_from_slice(if i == 0 { b"gpgsig " } else { b" " });
        out.extend_from_slice(line.as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(&unsigned[blank..]);
    out
}

/// Signs bytes with ssh-keygen directly (for namespaces and hash algorithms git does not use).
fn ssh_sign(sb: &Sandbox, key: &Path, data: &[u8], extra: &[&str]) -> Vec<u8> {
    let file = sb.root.join("to-sign");
    std::fs::write(&file, data).unwrap();
    let mut args = vec!["-Y", "sign", "-f", key.to_str().unwrap()];
    args.extend_from_slice(extra);
    args.push(file.to_str().unwrap());
    sb.run("ssh-keygen", &args);
    let sig = std::fs::read(file.with_extension("sig")).unwrap();
    std::fs::remove_file(file.with_extension("sig")).unwrap();
    sig
}

fn make_fixture() -> Fixture {
    let sb = Sandbox::new();
    sb.gpg(&[
        "--quick-gen-key",
        "Alice <alice@example.com>",
        "ed25519",
        "cert",
        "never",
    ]);
    let alice_fpr = pgp_key(&sb, "alice@example.com").fingerprint;
    sb.gpg(&["--quick-add-key", &alice_fpr, "ed25519", "sign", "1y"]);
    let alice = pgp_key(&sb, "alice@example.com");
    sb.gpg(&["--quick-gen-key", "Bob <bob@example.com>", "rsa2048", "sign", "never"]);
    let bob = pgp_key(&sb, "bob@example.com");
    let (dave_key, dave) = ssh_key(&sb, "dave", &["-t", "ed25519"]);
    let (erin_key, erin) = ssh_key(&sb, "erin", &["-t", "ecdsa", "-b", "256"]);
    let (frank_key, frank) = ssh_key(&sb, "frank", &["-t", "rsa", "-b", "2048"]);

    sb.run("git", &["init", "-q", "-b", "main", sb.repo().to_str().unwrap()]);
    let pgp_commit = |fpr: &str, msg: &str| {
        sb.git(&[
            "-c",
            &format!("user.signingkey={fpr}"),
            "commit",
            "-q",
            "--allow-empty",
            "-S",
            "-m",
            msg,
        ]);
        sb.git(&["cat-file", "commit", "HEAD"])
    };
    let ssh_commit = |key: &Path, msg: &str| {
        let signing = format!("user.signingkey={}", key.display());
        sb.git(&[
            "-c",
            "gpg.format=ssh",
            "-c",
            &signing,
            "commit",
            "-q",
            "--allow-empty",
            "-S",
            "-m",
            msg,
        ]);
        sb.git(&["cat-file", "commit", "HEAD"])
    };

    let commit_alice = pgp_commit(&alice.fingerprint, "signed by alice\n\nwith a body line");
    sb.git(&[
        "-c",
        &format!("user.signingkey={}", alice.fingerprint),
        "tag",
        "-s",
        "-m",
        "release v1",
        "v1",
    ]);
    let tag_alice = sb.git(&["cat-file", "tag", "v1"]);
    let commit_bob = pgp_commit(&bob.fingerprint, "signed by bob");
    sb.git(&["commit", "-q", "--allow-empty", "-m", "not signed"]);
    let commit_unsigned = sb.git(&["cat-file", "commit", "HEAD"]);
    sb.git(&["tag", "-a", "-m", "unsigned annotated", "v3"]);
    let tag_unsigned = sb.git(&["cat-file", "tag", "v3"]);
    let commit_dave = ssh_commit(&dave_key, "signed by dave");
    let dave_signing = format!("user.signingkey={}", dave_key.display());
    sb.git(&[
        "-c",
        "gpg.format=ssh",
        "-c",
        &dave_signing,
        "tag",
        "-s",
        "-m",
        "release v2",
        "v2",
    ]);
    let tag_dave = sb.git(&["cat-file", "tag", "v2"]);
    let commit_erin = ssh_commit(&erin_key, "signed by erin");
    let commit_frank = ssh_commit(&frank_key, "signed by frank");

    let wrong_ns = ssh_sign(&sb, &dave_key, &commit_unsigned, &["-n", "file"]);
    let commit_dave_wrong_namespace = with_gpgsig(&commit_unsigned, &wrong_ns);
    let sha256 = ssh_sign(&sb, &dave_key, &commit_unsigned, &["-n", "git", "-O", "hashalg=sha256"]);
    let commit_dave_sha256 = with_gpgsig(&commit_unsigned, &sha256);

    Fixture {
        alice,
        bob,
        dave,
        erin,
        frank,
        commit_alice,
        commit_bob,
        commit_unsigned,
        commit_dave,
        commit_erin,
        commit_frank,
        commit_dave_wrong_namespace,
        commit_dave_sha256,
        tag_alice,
        tag_dave,
        tag_unsigned,
    }
    // `sb` drops here: the agent is stopped and the directory removed.
}

fn secret_keys(entries: &[(&str, &[u8])]) -> Keys {
    let data: BTreeMap<String, Vec<u8>> = entries.iter().map(|(k, v)| (k.to_string(), v.to_vec())).collect();
    Keys::from_secret_data(&data)
}

/// Changes one byte of the commit or tag message (its last line).
fn tamper(raw: &[u8], marker: &[u8]) -> Vec<u8> {
    let at = raw.windows(marker.len()).position(|w| w == marker).unwrap();
    let mut out = raw.to_vec();
    out[at] ^= 0x01;
    out
}

#[test]
fn pgp_commit_signed_by_a_subkey_verifies_and_names_the_primary_key() {
    let f = fixture();
    assert!(f.alice.subkey_fingerprint.is_some());
    let keys = secret_keys(&[("alice.asc", &f.alice.armored), ("bob.asc", &f.bob.armored)]);
    let v = verify_commit(&f.commit_alice, &keys).unwrap();
    assert_eq!(v.format, SignatureFormat::Pgp);
    assert_eq!(v.key_id, f.alice.key_id);
    assert_eq!(v.fingerprint, f.alice.fingerprint);
    assert_eq!(v.secret_key, "alice.asc");
    assert_eq!(v.to_string(), f.alice.key_id);
}

#[test]
fn pgp_rsa_commit_verifies_with_a_key_under_a_name_without_suffix() {
    let f = fixture();
    let keys = secret_keys(&[("bob", &f.bob.armored)]);
    let v = verify_commit(&f.commit_bob, &keys).unwrap();
    assert_eq!(v.key_id, f.bob.key_id);
    assert_eq!(v.secret_key, "bob");
}

#[test]
fn pgp_commit_fails_with_another_key_naming_the_signer() {
    let f = fixture();
    let keys = secret_keys(&[("bob.asc", &f.bob.armored)]);
    let err = verify_commit(&f.commit_alice, &keys).unwrap_err();
    let signer = f.alice.subkey_fingerprint.clone().unwrap();
    assert_eq!(
        err,
        VerifyError::UnknownKey {
            object: ObjectKind::Commit,
            format: SignatureFormat::Pgp,
            signer
        }
    );
    assert_eq!(err.reason(), "InvalidCommitSignature");
    assert!(!err.is_stalling());
}

#[test]
fn unsigned_commit_fails_as_not_signed() {
    let f = fixture();
    let keys = secret_keys(&[("alice.asc", &f.alice.armored)]);
    let err = verify_commit(&f.commit_unsigned, &keys).unwrap_err();
    assert_eq!(
        err,
        VerifyError::Unsigned {
            object: ObjectKind::Commit
        }
    );
    assert_eq!(err.to_string(), "commit is not signed");
    assert_eq!(err.reason(), "InvalidCommitSignature");
}

#[test]
fn tampered_pgp_commit_fails() {
    let f = fixture();
    let keys = secret_keys(&[("alice.asc", &f.alice.armored)]);
    let tampered = tamper(&f.commit_alice, b"with a body line");
    let err = verify_commit(&tampered, &keys).unwrap_err();
    assert!(
        matches!(
            &err,
            VerifyError::BadSignature {
                format: SignatureFormat::Pgp,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().starts_with("signature by key "), "{err}");
    // The author line is payload too.
    let tampered = tamper(&f.commit_alice, b"author Test");
    assert!(verify_commit(&tampered, &keys).is_err());
}

#[test]
fn pgp_tag_verifies_and_fails_when_tampered_or_with_another_key() {
    let f = fixture();
    let good = secret_keys(&[("alice.asc", &f.alice.armored)]);
    let v = verify_tag(&f.tag_alice, &good).unwrap();
    assert_eq!(v.key_id, f.alice.key_id);
    let err = verify_tag(&tamper(&f.tag_alice, b"release v1"), &good).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::BadSignature {
                object: ObjectKind::Tag,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.reason(), "InvalidTagSignature");
    let other = secret_keys(&[("bob.asc", &f.bob.armored)]);
    let err = verify_tag(&f.tag_alice, &other).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::UnknownKey {
                object: ObjectKind::Tag,
                ..
            }
        ),
        "{err:?}"
    );
    // A commit is not a tag, and a tag is not a commit.
    assert!(matches!(
        verify_tag(&f.commit_alice, &good),
        Err(VerifyError::MalformedObject { .. })
    ));
    assert!(matches!(
        verify_commit(&f.tag_alice, &good),
        Err(VerifyError::MalformedObject { .. })
    ));
}

#[test]
fn unsigned_tag_fails_as_invalid_git_object() {
    let f = fixture();
    let keys = secret_keys(&[("alice.asc", &f.alice.armored)]);
    let err = verify_tag(&f.tag_unsigned, &keys).unwrap_err();
    assert_eq!(
        err,
        VerifyError::Unsigned {
            object: ObjectKind::Tag
        }
    );
    assert_eq!(err.reason(), "InvalidGitObject");
    assert_eq!(
        failure_message(&err, "v3@abc", "def"),
        "cannot verify signature of tag 'v3@abc' since it is not signed"
    );
}

#[test]
fn ssh_commits_verify_for_ed25519_ecdsa_and_rsa_keys() {
    let f = fixture();
    let mut authorized = Vec::new();
    for key in [&f.dave, &f.erin, &f.frank] {
        authorized.extend_from_slice(&key.line);
    }
    let keys = secret_keys(&[("team.sshpub", &authorized), ("alice.asc", &f.alice.armored)]);
    assert_eq!(keys.ssh_key_count(), 3);
    for (raw, key) in [
        (&f.commit_dave, &f.dave),
        (&f.commit_erin, &f.erin),
        (&f.commit_frank, &f.frank),
    ] {
        let v = verify_commit(raw, &keys).unwrap();
        assert_eq!(v.format, SignatureFormat::Ssh);
        assert_eq!(v.key_id, key.fingerprint);
        assert!(v.key_id.starts_with("SHA256:"));
        assert_eq!(v.secret_key, "team.sshpub");
    }
}

#[test]
fn ssh_commit_fails_with_another_key_naming_the_signer_fingerprint() {
    let f = fixture();
    let keys = secret_keys(&[("erin.sshpub", &f.erin.line)]);
    let err = verify_commit(&f.commit_dave, &keys).unwrap_err();
    assert_eq!(
        err,
        VerifyError::UnknownKey {
            object: ObjectKind::Commit,
            format: SignatureFormat::Ssh,
            signer: f.dave.fingerprint.clone()
        }
    );
    assert_eq!(
        err.to_string(),
        format!("no trusted key matches the signer {}", f.dave.fingerprint)
    );
}

#[test]
fn tampered_ssh_commit_and_tag_fail() {
    let f = fixture();
    let keys = secret_keys(&[("dave.sshpub", &f.dave.line)]);
    let err = verify_commit(&tamper(&f.commit_dave, b"signed by dave"), &keys).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::BadSignature {
                format: SignatureFormat::Ssh,
                ..
            }
        ),
        "{err:?}"
    );
    let err = verify_tag(&tamper(&f.tag_dave, b"release v2"), &keys).unwrap_err();
    assert!(
        matches!(
            err,
            VerifyError::BadSignature {
                object: ObjectKind::Tag,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn ssh_tag_verifies() {
    let f = fixture();
    let keys = secret_keys(&[("dave.sshpub", &f.dave.line)]);
    assert_eq!(verify_tag(&f.tag_dave, &keys).unwrap().key_id, f.dave.fingerprint);
}

#[test]
fn ssh_signatures_must_be_in_the_git_namespace_and_may_use_sha256() {
    let f = fixture();
    let keys = secret_keys(&[("dave.sshpub", &f.dave.line)]);
    let err = verify_commit(&f.commit_dave_wrong_namespace, &keys).unwrap_err();
    assert!(err.to_string().contains("namespace 'file'"), "{err}");
    assert_eq!(
        verify_commit(&f.commit_dave_sha256, &keys).unwrap().key_id,
        f.dave.fingerprint
    );
}

#[test]
fn authorized_keys_values_accept_comments_options_and_blank_lines() {
    let f = fixture();
    let mut value = b"# trusted signers\n\n".to_vec();
    value.extend_from_slice(b"namespaces=\"git\" ");
    value.extend_from_slice(&f.dave.line);
    value.extend_from_slice(b"\r\n");
    let keys = secret_keys(&[("dave.sshpub", &value)]);
    assert!(keys.rejected().is_empty(), "{:?}", keys.rejected());
    assert!(verify_commit(&f.commit_dave, &keys).is_ok());
}

#[test]
fn signatures_need_keys_of_their_format() {
    let f = fixture();
    let only_ssh = secret_keys(&[("dave.sshpub", &f.dave.line)]);
    let err = verify_commit(&f.commit_alice, &only_ssh).unwrap_err();
    assert_eq!(
        err,
        VerifyError::NoKeys {
            object: ObjectKind::Commit,
            format: SignatureFormat::Pgp
        }
    );
    assert_eq!(
        err.to_string(),
        "found a PGP signature but the secret holds no PGP public keys (keys with the '.asc' suffix)"
    );
    let only_pgp = secret_keys(&[("alice.asc", &f.alice.armored)]);
    let err = verify_commit(&f.commit_dave, &only_pgp).unwrap_err();
    assert_eq!(
        err,
        VerifyError::NoKeys {
            object: ObjectKind::Commit,
            format: SignatureFormat::Ssh
        }
    );
    let empty = secret_keys(&[]);
    assert!(empty.is_empty());
    assert!(matches!(
        verify_commit(&f.commit_alice, &empty),
        Err(VerifyError::NoKeys { .. })
    ));
}

#[test]
fn unreadable_keys_are_reported_only_when_no_other_key_of_the_format_exists() {
    let f = fixture();
    let broken = secret_keys(&[
        ("broken.asc", b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot base64 !!\n"),
        ("x.sshpub", b"ssh-ed25519 AAAA"),
    ]);
    assert_eq!(broken.rejected().len(), 2);
    let err = verify_commit(&f.commit_alice, &broken).unwrap_err();
    assert!(
        matches!(&err, VerifyError::UnreadableKeys { name, .. } if name == "broken.asc"),
        "{err:?}"
    );
    let err = verify_commit(&f.commit_dave, &broken).unwrap_err();
    assert!(
        matches!(&err, VerifyError::UnreadableKeys { name, .. } if name == "x.sshpub"),
        "{err:?}"
    );

    let mixed = secret_keys(&[("a-broken.asc", b"garbage"), ("b.asc", &f.alice.armored)]);
    assert_eq!(mixed.rejected().len(), 1);
    assert_eq!(verify_commit(&f.commit_alice, &mixed).unwrap().secret_key, "b.asc");
}

#[test]
fn concatenated_armored_keys_in_one_value_are_all_read() {
    let f = fixture();
    let mut both = f.bob.armored.clone();
    both.extend_from_slice(&f.alice.armored);
    let keys = secret_keys(&[("team.asc", &both)]);
    assert_eq!(keys.pgp_key_count(), 2);
    assert_eq!(verify_commit(&f.commit_alice, &keys).unwrap().key_id, f.alice.key_id);
    assert_eq!(verify_commit(&f.commit_bob, &keys).unwrap().key_id, f.bob.key_id);
}

#[test]
fn signatures_by_an_expired_subkey_are_refused() {
    let f = fixture();
    let keys = secret_keys(&[("alice.asc", &f.alice.armored)]);
    let in_two_years = now_secs() + 2 * 366 * 24 * 3600;
    let err = verify_object(ObjectKind::Commit, &f.commit_alice, &keys, in_two_years).unwrap_err();
    assert!(
        matches!(&err, VerifyError::UnusableKey { why, .. } if why == "the subkey has expired"),
        "{err:?}"
    );
    // Bob's key never expires.
    let keys = secret_keys(&[("bob.asc", &f.bob.armored)]);
    assert!(verify_object(ObjectKind::Commit, &f.commit_bob, &keys, in_two_years).is_ok());
}

#[test]
fn checkout_verification_follows_the_mode() {
    let f = fixture();
    let keys = secret_keys(&[("alice.asc", &f.alice.armored)]);
    // v1 points at alice's commit.
    let both = verify_checkout(
        VerificationMode::TagAndHead,
        &f.commit_alice,
        CheckoutTag::Annotated(&f.tag_alice),
        &keys,
    )
    .unwrap();
    assert_eq!(both.mode.as_str(), "TagAndHEAD");
    assert_eq!(
        both.message("v1@1111", "2222"),
        format!(
            "verified signature of\n\t- tag 'v1@1111' with key '{0}'\n\t- commit '2222' with key '{0}'",
            f.alice.key_id
        )
    );
    let head = verify_checkout(VerificationMode::Head, &f.commit_alice, CheckoutTag::None, &keys).unwrap();
    assert!(head.tag.is_none());
    assert_eq!(
        head.message("", "2222"),
        format!("verified signature of\n\t- commit '2222' with key '{}'", f.alice.key_id)
    );
    let tag_only = verify_checkout(
        VerificationMode::Tag,
        &f.commit_unsigned,
        CheckoutTag::Annotated(&f.tag_alice),
        &keys,
    )
    .unwrap();
    assert!(tag_only.commit.is_none());

    let err = verify_checkout(VerificationMode::Tag, &f.commit_alice, CheckoutTag::None, &keys).unwrap_err();
    assert_eq!(err, VerifyError::TagRefRequired);
    assert_eq!(failure_message(&err, "", "2222"), err.to_string());
    let err = verify_checkout(VerificationMode::Tag, &f.commit_alice, CheckoutTag::Lightweight, &keys).unwrap_err();
    assert_eq!(err.reason(), "InvalidGitObject");
    let err = verify_checkout(
        VerificationMode::TagAndHead,
        &f.commit_unsigned,
        CheckoutTag::Annotated(&f.tag_alice),
        &keys,
    )
    .unwrap_err();
    assert_eq!(err.reason(), "InvalidCommitSignature");
    assert_eq!(
        failure_message(&err, "v1", "2222"),
        "signature verification of commit '2222' failed: commit is not signed"
    );
}

#[test]
fn x509_and_unknown_signatures_are_unsupported() {
    let f = fixture();
    let keys = secret_keys(&[("alice.asc", &f.alice.armored)]);
    let x509 = with_gpgsig(
        &f.commit_unsigned,
        b"-----BEGIN SIGNED MESSAGE-----\nabc\n-----END SIGNED MESSAGE-----\n",
    );
    let err = verify_commit(&x509, &keys).unwrap_err();
    assert_eq!(err.to_string(), "unsupported signature type: x509");
    let unknown = with_gpgsig(&f.commit_unsigned, b"hello\n");
    assert!(matches!(
        verify_commit(&unknown, &keys),
        Err(VerifyError::UnsupportedSignature { .. })
    ));
}

#[test]
fn truncated_or_corrupted_objects_never_verify_and_never_panic() {
    let f = fixture();
    let keys = secret_keys(&[
        ("alice.asc", &f.alice.armored),
        ("bob.asc", &f.bob.armored),
        ("all.sshpub", &[f.dave.line.as_slice(), f.erin.line.as_slice()].concat()),
    ]);
    for raw in [&f.commit_alice, &f.commit_dave, &f.commit_erin] {
        // Every strict prefix of a commit loses part of the message or of the signature.
        for len in 0..raw.len() {
            assert!(
                verify_commit(&raw[..len], &keys).is_err(),
                "prefix of {len} bytes verified"
            );
        }
        // Flipping any byte must not panic (a flip in armor padding may still verify).
        for at in 0..raw.len() {
            let mut bad = raw.to_vec();
            bad[at] ^= 0x20;
            let _ = verify_commit(&bad, &keys);
        }
    }
    for raw in [&f.tag_alice, &f.tag_dave] {
        for len in 0..raw.len() {
            let _ = verify_tag(&raw[..len], &keys);
        }
    }
    // Garbage keys never panic either.
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let garbage = secret_keys(&[
        ("junk.asc", &junk),
        ("junk.sshpub", &junk),
        ("armor.asc", b"-----BEGIN PGP"),
    ]);
    assert!(garbage.is_empty());
    assert_eq!(garbage.rejected().len(), 3);
}

#[test]
fn verification_types_can_cross_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Keys>();
    send_sync::<Verified>();
    send_sync::<VerifyError>();
    send_sync::<Verification>();
}
