//! The test Git servers, exercised with the real `git` command: anonymous and basic-auth smart
//! HTTP, HTTPS verified against the generated CA, SSH with strict host-key checking, pushes over
//! every transport, and branches and tags written by the repository helpers.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ferroflux_testenv::git::{GitServer, Repo, with_credentials};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn server() -> &'static GitServer {
    GitServer::shared()
}

fn scratch(name: &str) -> PathBuf {
    let d = server()
        .dir()
        .join("scratch")
        .join(format!("{name}-{:08x}", rand::random::<u32>()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn git(configure: impl FnOnce(&mut Command)) -> Output {
    let mut cmd = server().git();
    configure(&mut cmd);
    cmd.output().unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "git failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn clone(url: &str, dest: &Path, extra_env: &[(&str, &str)]) -> Output {
    git(|c| {
        c.args(["clone", "-q", url]).arg(dest).envs(extra_env.iter().copied());
    })
}

fn ls_remote(url: &str, extra_env: &[(&str, &str)]) -> BTreeMap<String, String> {
    let text = ok(git(|c| {
        c.args(["ls-remote", url]).envs(extra_env.iter().copied());
    }));
    text.lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(sha, r)| (r.to_owned(), sha.to_owned()))
        .collect()
}

fn seeded(prefix: &str) -> (Repo, String) {
    let repo = server().create_unique_repo(prefix).unwrap();
    let sha = repo
        .commit(
            "main",
            [("README.md", "hello\n"), ("deploy/app.yaml", "kind: ConfigMap\n")],
            &[],
            "initial",
        )
        .unwrap();
    (repo, sha)
}

/// Commits a new file in a clone and pushes it to `main` over the clone's remote.
fn push_from_clone(dir: &Path, file: &str, extra_env: &[(&str, &str)]) -> String {
    std::fs::write(dir.join(file), file).unwrap();
    ok(git(|c| {
        c.arg("-C").arg(dir).args(["add", "-A"]);
    }));
    ok(git(|c| {
        c.arg("-C").arg(dir).args(["commit", "-q", "-m", file]);
    }));
    ok(git(|c| {
        c.arg("-C")
            .arg(dir)
            .args(["push", "-q", "origin", "HEAD:refs/heads/main"])
            .envs(extra_env.iter().copied());
    }));
    ok(git(|c| {
        c.arg("-C").arg(dir).args(["rev-parse", "HEAD"]);
    }))
    .trim()
    .to_owned()
}

#[test]
fn anonymous_http_clone_and_push() {
    let (repo, sha) = seeded("http");
    assert!(repo.http_url().starts_with("http://127.0.0.1:"));
    assert!(repo.http_url().ends_with(&format!("/git/{}.git", repo.name())));
    let d = scratch("http");
    ok(clone(&repo.http_url(), &d.join("c"), &[]));
    let c = d.join("c");
    assert_eq!(std::fs::read_to_string(c.join("README.md")).unwrap(), "hello\n");
    assert_eq!(
        std::fs::read_to_string(c.join("deploy/app.yaml")).unwrap(),
        "kind: ConfigMap\n"
    );
    let head = ok(git(|cmd| {
        cmd.arg("-C").arg(&c).args(["rev-parse", "HEAD"]);
    }));
    assert_eq!(head.trim(), sha);

    let pushed = push_from_clone(&c, "pushed-over-http", &[]);
    assert_ne!(pushed, sha);
    assert_eq!(ls_remote(&repo.http_url(), &[])["refs/heads/main"], pushed);
    assert_eq!(repo.head("main").unwrap(), pushed);

    // The anonymous path stays anonymous; the auth path needs credentials.
    let denied = clone(&repo.auth_http_url(), &d.join("denied"), &[]);
    assert!(!denied.status.success(), "auth path served without credentials");
    let with = with_credentials(&repo.auth_http_url(), server().username(), server().password());
    ok(clone(&with, &d.join("auth"), &[]));
}

#[test]
fn basic_auth_https_clone_with_ca() {
    let s = server();
    let (repo, sha) = seeded("https");
    let ca = s.ca_path().display().to_string();
    assert!(String::from_utf8_lossy(s.ca_pem()).starts_with("-----BEGIN CERTIFICATE-----"));
    assert_eq!(std::fs::read(s.ca_path()).unwrap(), s.ca_pem());
    let d = scratch("https");
    let env = [("GIT_SSL_CAINFO", ca.as_str())];

    let good = with_credentials(&repo.auth_https_url(), s.username(), s.password());
    ok(clone(&good, &d.join("ok"), &env));
    let head = ok(git(|c| {
        c.arg("-C").arg(d.join("ok")).args(["rev-parse", "HEAD"]);
    }));
    assert_eq!(head.trim(), sha);

    let bad = with_credentials(&repo.auth_https_url(), s.username(), "wrong-password");
    let out = clone(&bad, &d.join("bad"), &env);
    assert!(!out.status.success(), "clone with a wrong password succeeded");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Authentication failed") || err.contains("401"),
        "unexpected error: {err}"
    );

    // Without the CA the server certificate is not trusted.
    let out = clone(&good, &d.join("noca"), &[]);
    assert!(!out.status.success(), "clone without the CA succeeded");

    // The anonymous HTTPS path and a push over HTTPS with credentials.
    ok(clone(&repo.https_url(), &d.join("anon"), &env));
    let pushed = push_from_clone(&d.join("ok"), "pushed-over-https", &env);
    assert_eq!(ls_remote(&repo.https_url(), &env)["refs/heads/main"], pushed);
}

#[test]
fn ssh_clone_with_strict_host_key_checking() {
    let s = server();
    let (repo, sha) = seeded("ssh");
    let url = repo.ssh_url();
    assert_eq!(
        url,
        format!(
            "ssh://{}@127.0.0.1:{}{}",
            s.ssh_user(),
            s.ssh_port(),
            repo.path().display()
        )
    );
    assert!(
        s.known_hosts()
            .starts_with(&format!("[127.0.0.1]:{} ssh-ed25519 ", s.ssh_port()))
    );
    assert!(
        s.ssh_key()
            .private_key
            .starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
    );
    assert!(s.ssh_key().public_key.starts_with("ssh-ed25519 "));
    assert!(
        s.ssh_rsa_key()
            .private_key
            .starts_with("-----BEGIN RSA PRIVATE KEY-----")
    );
    let d = scratch("ssh");

    // The default GIT_SSH_COMMAND: the ed25519 key and the server's known_hosts.
    ok(clone(&url, &d.join("ok"), &[]));
    let head = ok(git(|c| {
        c.arg("-C").arg(d.join("ok")).args(["rev-parse", "HEAD"]);
    }));
    assert_eq!(head.trim(), sha);

    // An empty known_hosts: the host key cannot be verified.
    let empty = d.join("empty_known_hosts");
    std::fs::write(&empty, "").unwrap();
    let cmd = s.ssh_command_with(&s.ssh_key().path, &empty);
    let out = clone(&url, &d.join("nohost"), &[("GIT_SSH_COMMAND", cmd.as_str())]);
    assert!(!out.status.success(), "clone with an empty known_hosts succeeded");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Host key verification failed"), "unexpected error: {err}");

    // A key the server does not know.
    let stranger = d.join("stranger");
    ok(Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(&stranger)
        .output()
        .unwrap());
    let cmd = s.ssh_command_with(&stranger, &s.known_hosts_path());
    let out = clone(&url, &d.join("stranger-clone"), &[("GIT_SSH_COMMAND", cmd.as_str())]);
    assert!(!out.status.success(), "clone with an unknown key succeeded");

    // The RSA (PEM) key is authorized too.
    let cmd = s.ssh_command_with(&s.ssh_rsa_key().path, &s.known_hosts_path());
    ok(clone(&url, &d.join("rsa"), &[("GIT_SSH_COMMAND", cmd.as_str())]));

    // Push over SSH; ls-remote over SSH and HTTP see it.
    let pushed = push_from_clone(&d.join("ok"), "pushed-over-ssh", &[]);
    assert_eq!(ls_remote(&url, &[])["refs/heads/main"], pushed);
    assert_eq!(ls_remote(&repo.http_url(), &[])["refs/heads/main"], pushed);
}

#[test]
fn encrypted_key_is_protected() {
    let s = server();
    let key = s.ssh_encrypted_key();
    assert!(key.passphrase.as_deref().is_some_and(|p| !p.is_empty()));
    // Decrypting with the passphrase yields the public key; without it fails.
    let out = Command::new("ssh-keygen")
        .args(["-y", "-P", key.passphrase.as_deref().unwrap(), "-f"])
        .arg(&key.path)
        .output()
        .unwrap();
    let public = ok(out);
    assert_eq!(
        public.split_whitespace().take(2).collect::<Vec<_>>(),
        key.public_key.split_whitespace().take(2).collect::<Vec<_>>()
    );
    let out = Command::new("ssh-keygen")
        .args(["-y", "-P", "", "-f"])
        .arg(&key.path)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn helpers_write_commits_branches_and_tags() {
    let s = server();
    let (repo, first) = seeded("helpers");
    let second = repo
        .commit(
            "main",
            BTreeMap::from([("deploy/app.yaml", "kind: Secret\n"), ("new/file.txt", "x")]),
            &["README.md"],
            "second",
        )
        .unwrap();
    assert_ne!(first, second);
    assert_eq!(repo.head("main").unwrap(), second);
    assert_eq!(repo.rev_parse(&format!("{second}^")).unwrap(), first);

    // Lightweight and annotated tags.
    assert_eq!(repo.tag("v1.0.0", &first).unwrap(), first);
    let tag_obj = repo.annotated_tag("v2.0.0", "main", "release 2").unwrap();
    assert_ne!(tag_obj, second);
    assert_eq!(repo.rev_parse("v2.0.0^{commit}").unwrap(), second);

    // A branch forked from the first commit, then advanced.
    assert_eq!(repo.create_branch("dev", &first).unwrap(), first);
    let dev = repo.commit("dev", [("dev.txt", "dev")], &[], "on dev").unwrap();
    assert_eq!(repo.rev_parse(&format!("{dev}^")).unwrap(), first);
    // An orphan branch starts from an empty tree.
    let orphan = repo.commit("orphan", [("only.txt", "only")], &[], "orphan").unwrap();

    for (url, env) in [
        (repo.http_url(), vec![]),
        (
            with_credentials(&repo.auth_https_url(), s.username(), s.password()),
            vec![("GIT_SSL_CAINFO", s.ca_path().display().to_string())],
        ),
        (repo.ssh_url(), vec![]),
    ] {
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refs = ls_remote(&url, &env);
        assert_eq!(refs["HEAD"], second, "{url}");
        assert_eq!(refs["refs/heads/main"], second, "{url}");
        assert_eq!(refs["refs/heads/dev"], dev, "{url}");
        assert_eq!(refs["refs/heads/orphan"], orphan, "{url}");
        assert_eq!(refs["refs/tags/v1.0.0"], first, "{url}");
        assert_eq!(refs["refs/tags/v2.0.0"], tag_obj, "{url}");
        assert_eq!(refs["refs/tags/v2.0.0^{}"], second, "{url}");
    }

    // Cloned trees reflect writes and deletes.
    let d = scratch("helpers");
    ok(clone(&repo.http_url(), &d.join("main"), &[]));
    assert!(!d.join("main/README.md").exists());
    assert_eq!(
        std::fs::read_to_string(d.join("main/deploy/app.yaml")).unwrap(),
        "kind: Secret\n"
    );
    assert_eq!(std::fs::read_to_string(d.join("main/new/file.txt")).unwrap(), "x");
    ok(git(|c| {
        c.args(["clone", "-q", "-b", "orphan", &repo.http_url()])
            .arg(d.join("orphan"));
    }));
    let mut names: Vec<String> = std::fs::read_dir(d.join("orphan"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != ".git")
        .collect();
    names.sort();
    assert_eq!(names, ["only.txt"]);

    // Deleting refs and moving the default branch.
    repo.delete_tag("v1.0.0").unwrap();
    repo.delete_branch("orphan").unwrap();
    repo.set_default_branch("dev").unwrap();
    let refs = ls_remote(&repo.http_url(), &[]);
    assert!(!refs.contains_key("refs/tags/v1.0.0"));
    assert!(!refs.contains_key("refs/heads/orphan"));
    assert_eq!(refs["HEAD"], dev);

    // Invalid input is an error, not a panic.
    assert!(repo.commit("main", [("../escape", "x")], &[], "bad").is_err());
    assert!(repo.commit("main", [("a", "x")], &["missing"], "bad").is_err());
    assert!(s.create_repo(repo.name()).is_err());
}

#[test]
fn large_push_over_http() {
    // More than git's 1 MiB http.postBuffer: the push body is sent chunked.
    let (repo, _) = seeded("large");
    let d = scratch("large");
    ok(clone(&repo.http_url(), &d.join("c"), &[]));
    let mut data = Vec::with_capacity(3 << 20);
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    while data.len() < 3 << 20 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        data.extend_from_slice(&x.to_le_bytes());
    }
    std::fs::write(d.join("c/blob.bin"), &data).unwrap();
    let pushed = push_from_clone(&d.join("c"), "after-blob", &[]);
    assert_eq!(ls_remote(&repo.http_url(), &[])["refs/heads/main"], pushed);
}

#[test]
fn private_server_starts_and_stops() {
    let own = GitServer::start().unwrap();
    assert_ne!(own.dir(), server().dir());
    let repo = own.create_repo("app").unwrap();
    let sha = repo.commit("main", [("a", "b")], &[], "a").unwrap();
    assert_eq!(ls_remote(&repo.http_url(), &[])["refs/heads/main"], sha);
    let dir = own.dir().to_path_buf();
    let port = own.http_port();
    drop(own);
    assert!(!dir.exists());
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err());
}
