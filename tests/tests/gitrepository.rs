//! source-controller's GitRepository reconciler against real peers: Git over HTTP (anonymous
//! and basic auth), HTTPS with a private CA, SSH with key auth and known_hosts, and the real
//! kube-apiserver. The artifact is downloaded from the controller's own file server and checked
//! against the digest in status.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use clap::Parser;
use ferroflux_api::source::GitRepository;
use ferroflux_runtime::Manager;
use ferroflux_testenv::git::{GitServer, Repo};
use ferroflux_testenv::{ControlPlane, TestNamespace};
use k8s_openapi::api::core::v1::Secret;
use kube::api::{Api, Patch, PatchParams, PostParams};
use serde_json::json;
use sha2::Digest;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// One source-controller per test process, watching objects labelled for this test binary.
struct Controller {
    storage: PathBuf,
}

const SHARD: &str = "gitrepository-tests";

fn controller() -> &'static Controller {
    static C: OnceLock<Controller> = OnceLock::new();
    C.get_or_init(|| {
        let storage = std::env::temp_dir().join(format!("ferroflux-gitrepo-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&storage);
        let port = ferroflux_testenv::procs::free_port().unwrap();
        let args = vec![
            "source-controller".to_owned(),
            "--metrics-addr=127.0.0.1:0".into(),
            "--health-addr=127.0.0.1:0".into(),
            format!("--watch-label-selector=test-shard={SHARD}"),
            format!("--storage-path={}", storage.display()),
            format!("--storage-addr=127.0.0.1:{port}"),
            "--artifact-retention-ttl=0s".into(),
            "--log-encoding=console".into(),
        ];
        let cli = source_controller::cli::Cli::parse_from(args);
        // The controller runs on its own runtime thread for the whole test process.
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let cp = ControlPlane::shared();
                let config = cp.config().await.unwrap();
                let mgr = Manager::start_with(
                    "source-controller",
                    cli.runtime.clone(),
                    2,
                    CancellationToken::new(),
                    Some(config),
                )
                .await
                .unwrap();
                source_controller::run_with_manager(mgr, &cli).await.unwrap();
            });
        });
        Controller { storage }
    })
}

async fn setup(prefix: &str) -> (kube::Client, TestNamespace, &'static GitServer) {
    let cp = ControlPlane::shared();
    let git = GitServer::shared();
    controller();
    let client = cp.client().await.unwrap();
    let ns = cp.namespace(prefix).await.unwrap();
    (client, ns, git)
}

fn gitrepo(name: &str, spec: serde_json::Value) -> GitRepository {
    serde_json::from_value(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "GitRepository",
        "metadata": { "name": name, "labels": { "test-shard": SHARD } },
        "spec": spec,
    }))
    .unwrap()
}

async fn secret(client: &kube::Client, ns: &str, name: &str, data: &[(&str, &[u8])]) {
    let data: BTreeMap<String, k8s_openapi::ByteString> = data
        .iter()
        .map(|(k, v)| (k.to_string(), k8s_openapi::ByteString(v.to_vec())))
        .collect();
    let s = Secret {
        metadata: kube::api::ObjectMeta {
            name: Some(name.into()),
            ..Default::default()
        },
        data: Some(data),
        ..Default::default()
    };
    Api::<Secret>::namespaced(client.clone(), ns)
        .create(&PostParams::default(), &s)
        .await
        .unwrap();
}

fn ready(o: &GitRepository) -> Option<(String, String, String)> {
    let c = o
        .status
        .as_ref()?
        .conditions
        .as_ref()?
        .iter()
        .find(|c| c.type_ == "Ready")?;
    Some((c.status.clone(), c.reason.clone(), c.message.clone()))
}

fn condition(o: &GitRepository, t: &str) -> Option<(String, String, String)> {
    let c = o.status.as_ref()?.conditions.as_ref()?.iter().find(|c| c.type_ == t)?;
    Some((c.status.clone(), c.reason.clone(), c.message.clone()))
}

async fn wait<F>(api: &Api<GitRepository>, name: &str, what: &str, mut done: F) -> GitRepository
where
    F: FnMut(&GitRepository) -> bool,
{
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(o) = api.get(name).await
            && done(&o)
        {
            return o;
        }
        if Instant::now() > deadline {
            let o = api.get(name).await.ok();
            panic!(
                "timed out waiting for {name}: {what}; last status: {:?}",
                o.and_then(|o| o.status)
            );
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

async fn request_reconcile(api: &Api<GitRepository>, name: &str, token: &str) {
    let patch = json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": token}}});
    api.patch(name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
}

/// Downloads the artifact, checks its digest and returns its files.
async fn download(o: &GitRepository) -> BTreeMap<String, Vec<u8>> {
    let a = o.status.as_ref().unwrap().artifact.as_ref().unwrap();
    let bytes = reqwest::get(&a.url)
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let digest = format!("sha256:{}", hex::encode(sha2::Sha256::digest(&bytes)));
    assert_eq!(Some(digest), a.digest, "served bytes match the digest in status");
    assert_eq!(a.size, Some(bytes.len() as i64));
    let tree = ferroflux_runtime::untar::untar_gz(&bytes, &Default::default()).unwrap();
    assert_eq!(tree.skipped().total(), 0, "artifacts never contain links");
    tree.into_files()
}

fn sha_of(o: &GitRepository) -> String {
    o.status
        .as_ref()
        .unwrap()
        .artifact
        .as_ref()
        .unwrap()
        .revision
        .rsplit_once("sha1:")
        .unwrap()
        .1
        .to_owned()
}

fn commit_symlink(git: &GitServer, repo: &Repo, link: &str, target: &str) -> String {
    let wc = std::env::temp_dir().join(format!("ferroflux-wc-{:08x}", rand::random::<u32>()));
    let run = |args: &[&str], dir: Option<&PathBuf>| {
        let mut c = git.git();
        if let Some(d) = dir {
            c.arg("-C").arg(d);
        }
        let out = c.args(args).output().unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    run(
        &["clone", "-q", repo.path().to_str().unwrap(), wc.to_str().unwrap()],
        None,
    );
    std::os::unix::fs::symlink(target, wc.join(link)).unwrap();
    run(&["add", link], Some(&wc));
    run(&["commit", "-qm", "add a symlink"], Some(&wc));
    run(&["push", "-q", "origin", "HEAD:main"], Some(&wc));
    let sha = run(&["rev-parse", "HEAD"], Some(&wc));
    let _ = std::fs::remove_dir_all(&wc);
    sha
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn branch_artifacts_follow_new_commits_and_unchanged_remotes_cost_nothing() {
    let (client, ns, git) = setup("gitbranch").await;
    let repo = git.create_unique_repo("app").unwrap();
    let first = repo
        .commit(
            "main",
            [
                ("deploy/app.yaml", "kind: ConfigMap\n"),
                ("logo.png", "png"),
                (".github/workflows/ci.yaml", "on: push\n"),
                ("run.sh", "#!/bin/sh\n"),
            ],
            &[],
            "first commit\n\nbody",
        )
        .unwrap();
    let linked = commit_symlink(git, &repo, "leak", "/etc/passwd");
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    api.create(
        &PostParams::default(),
        &gitrepo(
            "app",
            json!({"url": repo.http_url(), "interval": "1h", "ref": {"branch": "main"}}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "app", "Ready=True", |o| ready(o).is_some_and(|r| r.0 == "True")).await;
    let art = o.status.as_ref().unwrap().artifact.clone().unwrap();
    assert_eq!(art.revision, format!("main@sha1:{linked}"));
    assert_eq!(art.path, format!("gitrepository/{}/app/{linked}.tar.gz", ns.name));
    assert_eq!(
        ready(&o).unwrap(),
        (
            "True".into(),
            "Succeeded".into(),
            format!("stored artifact for revision 'main@sha1:{linked}'")
        )
    );
    assert_eq!(condition(&o, "ArtifactInStorage").unwrap().0, "True");
    let files = download(&o).await;
    assert!(
        files.contains_key("deploy/app.yaml") && files.contains_key("run.sh"),
        "{:?}",
        files.keys()
    );
    assert!(!files.contains_key("leak"), "symlinks are never archived");
    assert!(
        !files.contains_key("logo.png") && !files.keys().any(|k| k.starts_with(".github")),
        "default exclusions apply"
    );
    assert_ne!(first, linked);
    let first_file = controller().storage.join(&art.path);
    assert!(first_file.exists());

    // An unchanged remote: no new artifact, the same file and timestamp.
    request_reconcile(&api, "app", "unchanged").await;
    let o = wait(&api, "app", "request handled", |o| {
        o.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref()) == Some("unchanged")
    })
    .await;
    assert_eq!(
        o.status.as_ref().unwrap().artifact.as_ref().unwrap(),
        &art,
        "artifact untouched"
    );

    // A new commit: a new artifact, and the old one is garbage collected.
    let second = repo
        .commit("main", [("deploy/new.yaml", "kind: Secret\n")], &[], "second")
        .unwrap();
    request_reconcile(&api, "app", "after-commit").await;
    let o = wait(&api, "app", "new revision", |o| {
        o.status
            .as_ref()
            .and_then(|s| s.artifact.as_ref())
            .is_some_and(|a| a.revision.ends_with(&second))
    })
    .await;
    assert!(download(&o).await.contains_key("deploy/new.yaml"));
    assert!(!first_file.exists(), "the superseded artifact was garbage collected");

    // spec.ignore changes rebuild the artifact from the cached commit.
    let patch = json!({"spec": {"ignore": "/deploy/new.yaml\n"}});
    api.patch("app", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    let o = wait(&api, "app", "observedIgnore", |o| {
        o.status.as_ref().and_then(|s| s.observed_ignore.as_deref()) == Some("/deploy/new.yaml\n")
    })
    .await;
    let files = download(&o).await;
    assert!(!files.contains_key("deploy/new.yaml") && files.contains_key("deploy/app.yaml"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tag_semver_and_commit_refs_resolve_like_flux() {
    let (client, ns, git) = setup("gitrefs").await;
    let repo = git.create_unique_repo("refs").unwrap();
    let c1 = repo.commit("main", [("v", "1.0.0")], &[], "one").unwrap();
    repo.tag("v1.0.0", &c1).unwrap();
    let c2 = repo.commit("main", [("v", "1.2.0")], &[], "two").unwrap();
    repo.annotated_tag("v1.2.0", &c2, "release 1.2.0").unwrap();
    let c3 = repo.commit("main", [("v", "2.0.0")], &[], "three").unwrap();
    repo.tag("v2.0.0", &c3).unwrap();
    repo.tag("not-a-version", &c3).unwrap();
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    let url = repo.http_url();
    for (name, r) in [
        ("tag", json!({"tag": "v1.0.0"})),
        ("annotated", json!({"tag": "v1.2.0"})),
        ("semver", json!({"semver": ">=1.0.0 <2.0.0"})),
        ("commit", json!({"branch": "main", "commit": c1})),
        ("name", json!({"name": "refs/tags/v2.0.0"})),
    ] {
        api.create(
            &PostParams::default(),
            &gitrepo(name, json!({"url": url, "interval": "1h", "ref": r})),
        )
        .await
        .unwrap();
    }
    let rev = |o: &GitRepository| o.status.as_ref().unwrap().artifact.as_ref().unwrap().revision.clone();
    let done = |o: &GitRepository| ready(o).is_some_and(|r| r.0 == "True");
    assert_eq!(
        rev(&wait(&api, "tag", "ready", done).await),
        format!("v1.0.0@sha1:{c1}")
    );
    assert_eq!(
        rev(&wait(&api, "annotated", "ready", done).await),
        format!("v1.2.0@sha1:{c2}")
    );
    let o = wait(&api, "semver", "ready", done).await;
    assert_eq!(rev(&o), format!("v1.2.0@sha1:{c2}"));
    assert_eq!(download(&o).await["v"], b"1.2.0");
    let o = wait(&api, "commit", "ready", done).await;
    assert_eq!(rev(&o), format!("main@sha1:{c1}"));
    assert_eq!(download(&o).await["v"], b"1.0.0");
    assert_eq!(
        rev(&wait(&api, "name", "ready", done).await),
        format!("refs/tags/v2.0.0@sha1:{c3}")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn basic_auth_https_and_ssh_work_and_failures_keep_the_last_artifact() {
    let (client, ns, git) = setup("gitauth").await;
    let repo = git.create_unique_repo("private").unwrap();
    let sha = repo.commit("main", [("a.yaml", "a: 1\n")], &[], "private").unwrap();
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    let done = |o: &GitRepository| ready(o).is_some_and(|r| r.0 == "True");
    let failed = |o: &GitRepository| ready(o).is_some_and(|r| r.0 == "False");

    // Basic auth over plain HTTP, then over HTTPS with the server's CA.
    secret(
        &client,
        &ns.name,
        "basic",
        &[
            ("username", git.username().as_bytes()),
            ("password", git.password().as_bytes()),
        ],
    )
    .await;
    secret(
        &client,
        &ns.name,
        "basic-tls",
        &[
            ("username", git.username().as_bytes()),
            ("password", git.password().as_bytes()),
            ("ca.crt", git.ca_pem()),
        ],
    )
    .await;
    let spec = |url: String, secret: &str| json!({"url": url, "interval": "1h", "ref": {"branch": "main"}, "secretRef": {"name": secret}});
    api.create(
        &PostParams::default(),
        &gitrepo("http-basic", spec(repo.auth_http_url(), "basic")),
    )
    .await
    .unwrap();
    api.create(
        &PostParams::default(),
        &gitrepo("https-basic", spec(repo.auth_https_url(), "basic-tls")),
    )
    .await
    .unwrap();
    for name in ["http-basic", "https-basic"] {
        let o = wait(&api, name, "ready", done).await;
        assert!(
            o.status
                .as_ref()
                .unwrap()
                .artifact
                .as_ref()
                .unwrap()
                .revision
                .ends_with(&sha)
        );
        assert!(download(&o).await.contains_key("a.yaml"));
    }

    // SSH with key auth and a known_hosts entry.
    secret(
        &client,
        &ns.name,
        "ssh",
        &[
            ("identity", git.ssh_key().private_key.as_bytes()),
            ("known_hosts", git.known_hosts().as_bytes()),
        ],
    )
    .await;
    api.create(&PostParams::default(), &gitrepo("ssh", spec(repo.ssh_url(), "ssh")))
        .await
        .unwrap();
    let o = wait(&api, "ssh", "ready", done).await;
    assert!(download(&o).await.contains_key("a.yaml"));

    // Wrong password: Ready=False, FetchFailed, and the last good artifact is still served.
    let wrong = json!({"data": {"password": k8s_openapi::ByteString(b"wrong".to_vec())}});
    Api::<Secret>::namespaced(client.clone(), &ns.name)
        .patch("basic", &PatchParams::default(), &Patch::Merge(&wrong))
        .await
        .unwrap();
    request_reconcile(&api, "http-basic", "wrong-password").await;
    let o = wait(&api, "http-basic", "failure", |o| {
        failed(o) && o.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref()) == Some("wrong-password")
    })
    .await;
    let (_, reason, message) = ready(&o).unwrap();
    assert_eq!(reason, "GitOperationFailed");
    assert!(
        message.contains("failed to checkout and determine revision"),
        "{message}"
    );
    assert!(
        !message.contains("s3cr3t") && !message.contains("wrong"),
        "no secrets in messages: {message}"
    );
    assert_eq!(condition(&o, "FetchFailed").unwrap().0, "True");
    assert_eq!(condition(&o, "Reconciling").unwrap().1, "ProgressingWithRetry");
    assert!(
        download(&o).await.contains_key("a.yaml"),
        "the last artifact is still served"
    );

    // An unknown host key: refused, never accepted.
    let other = "[127.0.0.1]:1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n";
    let known = git.known_hosts().split_whitespace().next().unwrap().to_owned();
    let unknown = format!("{known} {}", other.split_once(' ').unwrap().1);
    secret(
        &client,
        &ns.name,
        "ssh-unknown",
        &[
            ("identity", git.ssh_key().private_key.as_bytes()),
            ("known_hosts", unknown.as_bytes()),
        ],
    )
    .await;
    api.create(
        &PostParams::default(),
        &gitrepo("ssh-unknown", spec(repo.ssh_url(), "ssh-unknown")),
    )
    .await
    .unwrap();
    let o = wait(&api, "ssh-unknown", "failure", failed).await;
    assert_eq!(ready(&o).unwrap().1, "GitOperationFailed");
    assert!(o.status.as_ref().unwrap().artifact.is_none());

    // A missing secret and a missing branch.
    api.create(
        &PostParams::default(),
        &gitrepo("nosecret", spec(repo.auth_http_url(), "does-not-exist")),
    )
    .await
    .unwrap();
    let o = wait(&api, "nosecret", "failure", failed).await;
    assert_eq!(ready(&o).unwrap().1, "AuthenticationFailed");
    assert!(ready(&o).unwrap().2.contains("does-not-exist"));
    api.create(
        &PostParams::default(),
        &gitrepo(
            "nobranch",
            json!({"url": repo.http_url(), "interval": "1h", "ref": {"branch": "nope"}}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "nobranch", "failure", failed).await;
    assert!(
        ready(&o)
            .unwrap()
            .2
            .contains("couldn't find remote ref for branch 'nope'"),
        "{:?}",
        ready(&o)
    );

    // An unreachable host.
    api.create(
        &PostParams::default(),
        &gitrepo(
            "unreachable",
            json!({"url": "http://127.0.0.1:1/x.git", "interval": "1h", "timeout": "5s"}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "unreachable", "failure", failed).await;
    assert_eq!(ready(&o).unwrap().1, "GitOperationFailed");

    // A feature this build does not implement stalls instead of pretending.
    api.create(
        &PostParams::default(),
        &gitrepo(
            "submodules",
            json!({"url": repo.http_url(), "interval": "1h", "recurseSubmodules": true}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "submodules", "stalled", |o| {
        condition(o, "Stalled").is_some_and(|c| c.0 == "True")
    })
    .await;
    assert_eq!(ready(&o).unwrap().1, "UnsupportedFeature");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_a_gitrepository_removes_its_artifacts() {
    let (client, ns, git) = setup("gitdelete").await;
    let repo = git.create_unique_repo("gone").unwrap();
    repo.commit("main", [("x", "y")], &[], "x").unwrap();
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    api.create(
        &PostParams::default(),
        &gitrepo(
            "gone",
            json!({"url": repo.http_url(), "interval": "1h", "ref": {"branch": "main"}}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "gone", "ready", |o| ready(o).is_some_and(|r| r.0 == "True")).await;
    let dir = controller().storage.join(format!("gitrepository/{}/gone", ns.name));
    assert!(dir.exists());
    let _ = sha_of(&o);
    api.delete("gone", &Default::default()).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while api.get_opt("gone").await.unwrap().is_some() {
        assert!(Instant::now() < deadline, "finalizer not removed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(!dir.exists(), "artifacts removed with the object");
}
