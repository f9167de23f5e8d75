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

    // Dropping spec.ignore removes observedIgnore, even though a plain update (the patches
    // above) co-owns status fields on this API server.
    let patch = json!({"spec": {"ignore": null}});
    api.patch("app", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    let o = wait(&api, "app", "observedIgnore removed", |o| {
        o.status
            .as_ref()
            .is_some_and(|s| s.observed_ignore.is_none() && s.observed_generation == o.metadata.generation)
    })
    .await;
    assert!(download(&o).await.contains_key("deploy/new.yaml"));
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
            json!({"url": repo.http_url(), "interval": "1h", "provider": "azure"}),
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

/// The number of pack files in the controller's clone cache of `ns/name` (a new fetch adds one).
fn cached_packs(ns: &str, name: &str) -> usize {
    let dir = controller()
        .storage
        .join(".cache/gitrepository")
        .join(ns)
        .join(name)
        .join("objects/pack");
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "pack"))
                .count()
        })
        .unwrap_or(0)
}

fn artifact_of(o: &GitRepository) -> ferroflux_api::meta::Artifact {
    o.status.as_ref().unwrap().artifact.clone().unwrap()
}

fn keys(files: &BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    files.keys().map(String::as_str).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sparse_checkout_keeps_only_the_listed_directories_and_rebuilds_without_fetching() {
    let (client, ns, git) = setup("gitsparse").await;
    let repo = git.create_unique_repo("sparse").unwrap();
    let sha = repo
        .commit(
            "main",
            [
                ("charts/podinfo/Chart.yaml", "name: podinfo\n"),
                ("charts-old/x.yaml", "x: 1\n"),
                ("kustomize/kustomization.yaml", "resources: []\n"),
                ("deploy/prod/app.yaml", "a: 1\n"),
                ("deploy/staging/app.yaml", "a: 2\n"),
                ("README.md", "# sparse\n"),
            ],
            &[],
            "layout",
        )
        .unwrap();
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    api.create(
        &PostParams::default(),
        &gitrepo(
            "sparse",
            json!({"url": repo.http_url(), "interval": "1h", "ref": {"branch": "main"},
                   "sparseCheckout": ["./charts", "deploy/prod"]}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "sparse", "ready", |o| ready(o).is_some_and(|r| r.0 == "True")).await;
    assert_eq!(artifact_of(&o).revision, format!("main@sha1:{sha}"));
    let files = download(&o).await;
    assert_eq!(keys(&files), ["charts/podinfo/Chart.yaml", "deploy/prod/app.yaml"]);
    assert_eq!(
        o.status.as_ref().unwrap().observed_sparse_checkout,
        Some(vec!["./charts".to_owned(), "deploy/prod".to_owned()])
    );
    let packs = cached_packs(&ns.name, "sparse");
    assert!(packs >= 1);

    // Another list rebuilds the artifact from the cached commit: no new pack is fetched.
    let patch = json!({"spec": {"sparseCheckout": ["kustomize"]}});
    api.patch("sparse", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    let o = wait(&api, "sparse", "observedSparseCheckout", |o| {
        o.status.as_ref().and_then(|s| s.observed_sparse_checkout.clone()) == Some(vec!["kustomize".to_owned()])
    })
    .await;
    assert_eq!(keys(&download(&o).await), ["kustomize/kustomization.yaml"]);
    assert_eq!(artifact_of(&o).revision, format!("main@sha1:{sha}"));
    assert_eq!(cached_packs(&ns.name, "sparse"), packs, "rebuilt without fetching");

    // A directory that does not exist fails like Flux and keeps the last artifact.
    let patch = json!({"spec": {"sparseCheckout": ["kustomize", "nope"]}});
    api.patch("sparse", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    let o = wait(&api, "sparse", "failure", |o| ready(o).is_some_and(|r| r.0 == "False")).await;
    let (_, reason, message) = ready(&o).unwrap();
    assert_eq!(reason, "GitOperationFailed");
    assert_eq!(
        message,
        "failed to sparse checkout directories : sparse checkout dir 'nope' does not exist in repository"
    );
    assert_eq!(condition(&o, "FetchFailed").unwrap().0, "True");
    assert_eq!(keys(&download(&o).await), ["kustomize/kustomization.yaml"]);

    // No list: everything again (minus the default exclusions).
    let patch = json!({"spec": {"sparseCheckout": null}});
    api.patch("sparse", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    let o = wait(&api, "sparse", "full checkout", |o| {
        ready(o).is_some_and(|r| r.0 == "True")
            && o.status
                .as_ref()
                .is_some_and(|s| s.observed_sparse_checkout.as_ref().is_none_or(Vec::is_empty))
    })
    .await;
    assert_eq!(download(&o).await.len(), 6);
    assert!(condition(&o, "FetchFailed").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submodules_are_fetched_recursively_with_the_parent_credentials() {
    let (client, ns, git) = setup("gitsubmodules").await;
    let leaf = git.create_unique_repo("leaf").unwrap();
    leaf.commit("main", [("leaf.txt", "leaf\n")], &[], "leaf").unwrap();
    let lib = git.create_unique_repo("lib").unwrap();
    lib.commit("main", [("lib.yaml", "lib: 1\n")], &[], "lib").unwrap();
    lib.commit_submodule("main", "nested", &format!("../{}.git", leaf.name()), "nest leaf")
        .unwrap();
    let app = git.create_unique_repo("app").unwrap();
    app.commit("main", [("app.yaml", "app: 1\n")], &[], "app").unwrap();
    let sha = app
        .commit_submodule("main", "vendor/lib", &format!("../{}.git", lib.name()), "add lib")
        .unwrap();
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
        "ssh",
        &[
            ("identity", git.ssh_key().private_key.as_bytes()),
            ("known_hosts", git.known_hosts().as_bytes()),
        ],
    )
    .await;
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    // Relative submodule URLs resolve against the parent's: over basic-auth HTTP the submodules
    // need the parent's credentials, over SSH its key.
    for (name, url, secret) in [("app", app.auth_http_url(), "basic"), ("app-ssh", app.ssh_url(), "ssh")] {
        api.create(
            &PostParams::default(),
            &gitrepo(
                name,
                json!({"url": url, "interval": "1h", "ref": {"branch": "main"},
                       "secretRef": {"name": secret}, "recurseSubmodules": true}),
            ),
        )
        .await
        .unwrap();
    }
    api.create(
        &PostParams::default(),
        &gitrepo(
            "app-sparse",
            json!({"url": app.http_url(), "interval": "1h", "ref": {"branch": "main"},
                   "recurseSubmodules": true, "sparseCheckout": ["vendor"]}),
        ),
    )
    .await
    .unwrap();
    api.create(
        &PostParams::default(),
        &gitrepo(
            "app-flat",
            json!({"url": app.http_url(), "interval": "1h", "ref": {"branch": "main"}}),
        ),
    )
    .await
    .unwrap();
    let done = |o: &GitRepository| ready(o).is_some_and(|r| r.0 == "True");
    for name in ["app", "app-ssh"] {
        let o = wait(&api, name, "ready", done).await;
        assert_eq!(artifact_of(&o).revision, format!("main@sha1:{sha}"));
        let files = download(&o).await;
        assert_eq!(
            keys(&files),
            ["app.yaml", "vendor/lib/lib.yaml", "vendor/lib/nested/leaf.txt"],
            "{name}"
        );
        assert_eq!(files["vendor/lib/nested/leaf.txt"], b"leaf\n");
        assert_eq!(o.status.as_ref().unwrap().observed_recurse_submodules, Some(true));
    }
    // Sparse directories may hold submodules (.gitmodules is read from the root anyway).
    let o = wait(&api, "app-sparse", "ready", done).await;
    assert_eq!(
        keys(&download(&o).await),
        ["vendor/lib/lib.yaml", "vendor/lib/nested/leaf.txt"]
    );
    let o = wait(&api, "app-flat", "ready", done).await;
    assert_eq!(
        keys(&download(&o).await),
        ["app.yaml"],
        "submodules only with recurseSubmodules"
    );
    assert!(o.status.as_ref().unwrap().observed_recurse_submodules.is_none());

    // A new commit of the parent keeps the (cached) submodules.
    let second = app.commit("main", [("more.yaml", "more: 1\n")], &[], "more").unwrap();
    request_reconcile(&api, "app", "second").await;
    let o = wait(&api, "app", "second commit", |o| {
        o.status
            .as_ref()
            .and_then(|s| s.artifact.as_ref())
            .is_some_and(|a| a.revision.ends_with(&second))
    })
    .await;
    let files = download(&o).await;
    assert!(files.contains_key("more.yaml") && files.contains_key("vendor/lib/nested/leaf.txt"));

    // Turning recursion off rebuilds the artifact without the submodules.
    let patch = json!({"spec": {"recurseSubmodules": false}});
    api.patch("app", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    let o = wait(&api, "app", "no submodules", |o| {
        o.status.as_ref().is_some_and(|s| {
            s.observed_recurse_submodules != Some(true) && s.observed_generation == o.metadata.generation
        })
    })
    .await;
    assert_eq!(keys(&download(&o).await), ["app.yaml", "more.yaml"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn included_artifacts_are_copied_and_their_changes_propagate() {
    let (client, ns, git) = setup("gitinclude").await;
    let lib = git.create_unique_repo("lib").unwrap();
    lib.commit(
        "main",
        [("deploy/lib.yaml", "lib: 1\n"), ("README.md", "# lib\n")],
        &[],
        "lib",
    )
    .unwrap();
    let app = git.create_unique_repo("app").unwrap();
    let app_sha = app.commit("main", [("app.yaml", "app: 1\n")], &[], "app").unwrap();
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    let include = json!([
        {"repository": {"name": "lib"}, "fromPath": "deploy", "toPath": "vendor/lib"},
        {"repository": {"name": "lib"}},
    ]);
    api.create(
        &PostParams::default(),
        &gitrepo(
            "app",
            json!({"url": app.http_url(), "interval": "1h", "ref": {"branch": "main"}, "include": include}),
        ),
    )
    .await
    .unwrap();

    // The included GitRepository does not exist yet.
    let o = wait(&api, "app", "include unavailable", |o| {
        condition(o, "IncludeUnavailable").is_some_and(|c| c.0 == "True")
    })
    .await;
    let (_, reason, message) = condition(&o, "IncludeUnavailable").unwrap();
    assert_eq!(reason, "NotFound");
    assert!(
        message.starts_with("could not get resource for include 'lib'"),
        "{message}"
    );
    assert_eq!(ready(&o).unwrap().0, "False");
    assert_eq!(ready(&o).unwrap().1, "NotFound");
    assert!(o.status.as_ref().unwrap().artifact.is_none());

    // Once it has an artifact, its contents are copied in.
    api.create(
        &PostParams::default(),
        &gitrepo(
            "lib",
            json!({"url": lib.http_url(), "interval": "3s", "ref": {"branch": "main"}}),
        ),
    )
    .await
    .unwrap();
    let lib_obj = wait(&api, "lib", "ready", |o| ready(o).is_some_and(|r| r.0 == "True")).await;
    request_reconcile(&api, "app", "lib-ready").await;
    let o = wait(&api, "app", "ready", |o| ready(o).is_some_and(|r| r.0 == "True")).await;
    assert!(condition(&o, "IncludeUnavailable").is_none());
    assert_eq!(artifact_of(&o).revision, format!("main@sha1:{app_sha}"));
    let files = download(&o).await;
    assert_eq!(
        keys(&files),
        [
            "app.yaml",
            "lib/README.md",
            "lib/deploy/lib.yaml",
            "vendor/lib/lib.yaml"
        ]
    );
    let st = o.status.as_ref().unwrap();
    let lib_art = artifact_of(&lib_obj);
    assert_eq!(st.included_artifacts, Some(vec![lib_art.clone(), lib_art.clone()]));
    let observed = serde_json::to_value(st.observed_include.as_ref().unwrap()).unwrap();
    assert_eq!(observed, include);
    let first_digest = artifact_of(&o).digest;

    // A new commit of the included repository produces a new artifact of the including one,
    // without any request: the including object is requeued at the include's interval.
    let lib_sha = lib
        .commit("main", [("deploy/new.yaml", "new: 1\n")], &[], "new")
        .unwrap();
    let o = wait(&api, "app", "included change", |o| {
        o.status
            .as_ref()
            .and_then(|s| s.included_artifacts.as_ref())
            .and_then(|a| a.first())
            .is_some_and(|a| a.revision.ends_with(&lib_sha))
    })
    .await;
    assert_ne!(artifact_of(&o).digest, first_digest);
    assert_eq!(artifact_of(&o).revision, format!("main@sha1:{app_sha}"));
    assert!(download(&o).await.contains_key("vendor/lib/new.yaml"));

    // An include without an artifact, a destination that exists, and a self-include.
    api.create(
        &PostParams::default(),
        &gitrepo(
            "nothing",
            json!({"url": lib.http_url(), "interval": "1h", "ref": {"branch": "nope"}}),
        ),
    )
    .await
    .unwrap();
    api.create(
        &PostParams::default(),
        &gitrepo(
            "app-nothing",
            json!({"url": app.http_url(), "interval": "1h", "include": [{"repository": {"name": "nothing"}}], "ref": {"branch": "main"}}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "app-nothing", "no artifact", |o| {
        condition(o, "IncludeUnavailable").is_some_and(|c| c.0 == "True")
    })
    .await;
    assert_eq!(
        condition(&o, "IncludeUnavailable").unwrap(),
        (
            "True".into(),
            "NoArtifact".into(),
            "no artifact available for include 'nothing'".into()
        )
    );
    api.create(
        &PostParams::default(),
        &gitrepo(
            "app-clash",
            json!({"url": app.http_url(), "interval": "1h", "ref": {"branch": "main"},
                   "include": [{"repository": {"name": "lib"}, "toPath": "./"}]}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "app-clash", "copy failure", |o| {
        ready(o).is_some_and(|r| r.0 == "False")
    })
    .await;
    let (_, reason, message) = ready(&o).unwrap();
    assert_eq!(reason, "CopyFailure");
    assert!(
        message.starts_with("failed to copy 'lib' include from  to ./:"),
        "{message}"
    );
    assert_eq!(condition(&o, "StorageOperationFailed").unwrap().1, "CopyFailure");
    api.create(
        &PostParams::default(),
        &gitrepo(
            "selfie",
            json!({"url": app.http_url(), "interval": "1h", "include": [{"repository": {"name": "selfie"}}]}),
        ),
    )
    .await
    .unwrap();
    let o = wait(&api, "selfie", "stalled", |o| {
        condition(o, "Stalled").is_some_and(|c| c.0 == "True")
    })
    .await;
    assert_eq!(ready(&o).unwrap().1, "InvalidInclude");
}

/// A proxy process on loopback, killed when dropped.
struct ProxyProcess {
    port: u16,
    log: PathBuf,
    child: std::process::Child,
}

impl Drop for ProxyProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(dir) = self.log.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

impl ProxyProcess {
    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Starts `make(port)` on a free port and waits until it accepts connections.
    fn start(name: &str, make: impl Fn(u16, &std::path::Path) -> std::process::Command) -> ProxyProcess {
        let dir = std::env::temp_dir().join(format!("ferroflux-{name}-{:08x}", rand::random::<u32>()));
        for _ in 0..5 {
            std::fs::create_dir_all(&dir).unwrap();
            let port = ferroflux_testenv::procs::free_port().unwrap();
            let log = dir.join(format!("{name}.log"));
            let child = ferroflux_testenv::procs::spawn(make(port, &dir), &log).unwrap_or_else(|e| {
                panic!("cannot start {name} ({e}) — run hack/install-test-deps.sh (Debian tinyproxy, microsocks)")
            });
            let mut p = ProxyProcess { port, log, child };
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if p.child.try_wait().unwrap().is_some() {
                    break;
                }
                if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return p;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        panic!("{name} did not start on a free port after 5 attempts");
    }

    /// Debian's tinyproxy with basic auth, logging every request.
    fn tinyproxy(user: &str, password: &str) -> ProxyProcess {
        ProxyProcess::start("tinyproxy", |port, dir| {
            let conf = dir.join("tinyproxy.conf");
            std::fs::write(
                &conf,
                format!(
                    "Port {port}\nListen 127.0.0.1\nTimeout 60\nLogFile \"{}\"\nLogLevel Info\nMaxClients 100\nAllow 127.0.0.1\nBasicAuth {user} {password}\nDisableViaHeader Yes\n",
                    dir.join("requests.log").display()
                ),
            )
            .unwrap();
            let mut c = std::process::Command::new("tinyproxy");
            c.arg("-d").arg("-c").arg(conf);
            c
        })
    }

    /// Debian's microsocks (SOCKS5) with user/password authentication.
    fn microsocks(user: &str, password: &str) -> ProxyProcess {
        ProxyProcess::start("microsocks", |port, _| {
            let mut c = std::process::Command::new("microsocks");
            c.args(["-i", "127.0.0.1", "-p", &port.to_string(), "-u", user, "-P", password]);
            c
        })
    }

    fn requests(&self) -> String {
        let requests = self.log.with_file_name("requests.log");
        std::fs::read_to_string(requests).unwrap_or_default() + &self.log_text()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn proxies_carry_http_https_and_ssh_traffic() {
    let (client, ns, git) = setup("gitproxy").await;
    let repo = git.create_unique_repo("proxied").unwrap();
    let sha = repo.commit("main", [("a.yaml", "a: 1\n")], &[], "proxied").unwrap();
    let http = ProxyProcess::tinyproxy("proxy-user", "pr0xy");
    let socks = ProxyProcess::microsocks("socks-user", "s0cks");
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    let http_addr = format!("http://127.0.0.1:{}", http.port);
    let socks_addr = format!("socks5://127.0.0.1:{}", socks.port);
    for (name, addr, user, pass) in [
        ("http-proxy", http_addr.as_str(), "proxy-user", "pr0xy"),
        ("http-proxy-wrong", http_addr.as_str(), "proxy-user", "wr0ng-pw"),
        ("socks-proxy", socks_addr.as_str(), "socks-user", "s0cks"),
    ] {
        secret(
            &client,
            &ns.name,
            name,
            &[
                ("address", addr.as_bytes()),
                ("username", user.as_bytes()),
                ("password", pass.as_bytes()),
            ],
        )
        .await;
    }
    secret(&client, &ns.name, "no-address", &[("username", b"u")]).await;
    secret(&client, &ns.name, "ca", &[("ca.crt", git.ca_pem())]).await;
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
    let spec = |url: String, secret: Option<&str>, proxy: &str| {
        let mut s = json!({"url": url, "interval": "1h", "timeout": "20s", "ref": {"branch": "main"},
                           "proxySecretRef": {"name": proxy}});
        if let Some(secret) = secret {
            s["secretRef"] = json!({"name": secret});
        }
        s
    };
    for (name, s) in [
        ("via-http", spec(repo.http_url(), None, "http-proxy")),
        ("via-https", spec(repo.https_url(), Some("ca"), "http-proxy")),
        ("ssh-via-socks", spec(repo.ssh_url(), Some("ssh"), "socks-proxy")),
        ("https-via-socks", spec(repo.https_url(), Some("ca"), "socks-proxy")),
        ("wrong-proxy-password", spec(repo.http_url(), None, "http-proxy-wrong")),
        ("ssh-via-http", spec(repo.ssh_url(), Some("ssh"), "http-proxy")),
        ("proxy-without-address", spec(repo.http_url(), None, "no-address")),
    ] {
        api.create(&PostParams::default(), &gitrepo(name, s)).await.unwrap();
    }
    let done = |o: &GitRepository| ready(o).is_some_and(|r| r.0 == "True");
    let failed = |o: &GitRepository| ready(o).is_some_and(|r| r.0 == "False");
    for name in ["via-http", "via-https", "ssh-via-socks", "https-via-socks"] {
        let o = wait(&api, name, "ready", done).await;
        assert_eq!(artifact_of(&o).revision, format!("main@sha1:{sha}"), "{name}");
        assert!(download(&o).await.contains_key("a.yaml"));
    }
    // The traffic went through the proxies.
    let log = http.requests();
    assert!(
        log.contains(&format!("GET {}/info/refs", repo.http_url())),
        "tinyproxy saw the plain HTTP fetch: {log}"
    );
    assert!(
        log.contains(&format!("CONNECT 127.0.0.1:{}", git.https_port())),
        "tinyproxy tunnelled HTTPS: {log}"
    );
    let log = socks.requests();
    assert!(
        log.contains(&format!("connected to 127.0.0.1:{}", git.ssh_port())),
        "microsocks carried SSH: {log}"
    );
    assert!(
        log.contains(&format!("connected to 127.0.0.1:{}", git.https_port())),
        "microsocks carried HTTPS: {log}"
    );

    // A wrong proxy password is refused by the proxy.
    let o = wait(&api, "wrong-proxy-password", "failure", failed).await;
    let (_, reason, message) = ready(&o).unwrap();
    assert_eq!(reason, "GitOperationFailed");
    assert!(
        !message.contains("wr0ng-pw") && !message.contains("pr0xy"),
        "no proxy credentials in messages: {message}"
    );
    assert!(o.status.as_ref().unwrap().artifact.is_none());
    // SSH cannot go through an HTTP proxy (Flux's go-git cannot either).
    let o = wait(&api, "ssh-via-http", "failure", failed).await;
    let (_, reason, message) = ready(&o).unwrap();
    assert_eq!(reason, "GitOperationFailed");
    assert!(
        message.contains("ssh:// URLs can only be reached through a socks5 proxy, got 'http'"),
        "{message}"
    );
    // A proxy Secret without address.
    let o = wait(&api, "proxy-without-address", "failure", failed).await;
    assert_eq!(
        ready(&o).unwrap(),
        (
            "False".into(),
            "AuthenticationFailed".into(),
            format!(
                "failed to configure proxy options: secret '{}/no-address': key 'address' not found",
                ns.name
            )
        )
    );
    assert_eq!(condition(&o, "FetchFailed").unwrap().1, "AuthenticationFailed");
}

/// Runs git in `dir` (or without -C) with the server's environment plus `extra` config.
fn git_in(git: &GitServer, dir: Option<&PathBuf>, args: &[&str]) -> String {
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
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_commits_and_tags_are_verified_with_ssh_keys() {
    let (client, ns, git) = setup("gitverify").await;
    let repo = git.create_unique_repo("signed").unwrap();
    repo.commit("main", [("a.yaml", "a: 1\n")], &[], "unsigned base")
        .unwrap();
    let work = std::env::temp_dir().join(format!("ferroflux-sign-{:08x}", rand::random::<u32>()));
    std::fs::create_dir_all(&work).unwrap();
    let key = work.join("signing_ed25519");
    let out = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "signer", "-f"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success());
    let pubkey = std::fs::read_to_string(key.with_extension("pub")).unwrap();
    let wc = work.join("wc");
    git_in(
        git,
        None,
        &["clone", "-q", repo.path().to_str().unwrap(), wc.to_str().unwrap()],
    );
    let signing = ["-c", "gpg.format=ssh", "-c"];
    let key_cfg = format!("user.signingkey={}", key.display());
    std::fs::write(wc.join("b.yaml"), "b: 2\n").unwrap();
    git_in(git, Some(&wc), &["add", "b.yaml"]);
    git_in(
        git,
        Some(&wc),
        &[
            signing[0],
            signing[1],
            signing[2],
            &key_cfg,
            "commit",
            "-q",
            "-S",
            "-m",
            "signed commit",
        ],
    );
    git_in(
        git,
        Some(&wc),
        &[
            signing[0],
            signing[1],
            signing[2],
            &key_cfg,
            "tag",
            "-s",
            "-m",
            "signed tag",
            "v1.0.0",
        ],
    );
    git_in(git, Some(&wc), &["push", "-q", "origin", "HEAD:main", "v1.0.0"]);
    let signed = git_in(git, Some(&wc), &["rev-parse", "HEAD"]);

    let other = work.join("other_ed25519");
    std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(&other)
        .output()
        .unwrap();
    let other_pub = std::fs::read_to_string(other.with_extension("pub")).unwrap();
    secret(&client, &ns.name, "keys", &[("signer.sshpub", pubkey.as_bytes())]).await;
    secret(
        &client,
        &ns.name,
        "other-keys",
        &[("other.sshpub", other_pub.as_bytes())],
    )
    .await;
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    let spec = |r: serde_json::Value, mode: &str, keys: &str| json!({"url": repo.http_url(), "interval": "1h", "ref": r, "verify": {"mode": mode, "secretRef": {"name": keys}}});
    api.create(
        &PostParams::default(),
        &gitrepo("head", spec(json!({"branch": "main"}), "HEAD", "keys")),
    )
    .await
    .unwrap();
    api.create(
        &PostParams::default(),
        &gitrepo("tag", spec(json!({"tag": "v1.0.0"}), "TagAndHEAD", "keys")),
    )
    .await
    .unwrap();
    api.create(
        &PostParams::default(),
        &gitrepo("wrongkey", spec(json!({"branch": "main"}), "HEAD", "other-keys")),
    )
    .await
    .unwrap();
    api.create(
        &PostParams::default(),
        &gitrepo("tagmode-on-branch", spec(json!({"branch": "main"}), "Tag", "keys")),
    )
    .await
    .unwrap();
    let verified = |o: &GitRepository| condition(o, "SourceVerified");
    let o = wait(&api, "head", "verified", |o| ready(o).is_some_and(|r| r.0 == "True")).await;
    let (status, reason, message) = verified(&o).unwrap();
    assert_eq!((status.as_str(), reason.as_str()), ("True", "Succeeded"), "{message}");
    assert!(message.contains(&format!("commit '{signed}'")), "{message}");
    assert_eq!(
        o.status.as_ref().unwrap().artifact.as_ref().unwrap().revision,
        format!("main@sha1:{signed}")
    );
    let o = wait(&api, "tag", "verified", |o| ready(o).is_some_and(|r| r.0 == "True")).await;
    let (_, _, message) = verified(&o).unwrap();
    assert!(
        message.contains("tag 'v1.0.0@") && message.contains("commit '"),
        "{message}"
    );

    // Signed by a key that is not in the Secret: no artifact, SourceVerified=False.
    let o = wait(&api, "wrongkey", "failure", |o| {
        ready(o).is_some_and(|r| r.0 == "False")
    })
    .await;
    let (status, reason, _) = verified(&o).unwrap();
    assert_eq!((status.as_str(), reason.as_str()), ("False", "InvalidCommitSignature"));
    assert!(
        o.status.as_ref().unwrap().artifact.is_none(),
        "nothing stored from an unverified commit"
    );
    // Tag mode on a branch ref is a spec error: stalled.
    let o = wait(&api, "tagmode-on-branch", "stalled", |o| {
        condition(o, "Stalled").is_some_and(|c| c.0 == "True")
    })
    .await;
    assert_eq!(verified(&o).unwrap().1, "InvalidVerificationMode");

    // A new unsigned commit on the verified branch: the last verified artifact stays.
    repo.commit("main", [("c.yaml", "c: 3\n")], &[], "unsigned on top")
        .unwrap();
    request_reconcile(&api, "head", "after-unsigned").await;
    let o = wait(&api, "head", "failure", |o| {
        ready(o).is_some_and(|r| r.0 == "False")
            && o.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref()) == Some("after-unsigned")
    })
    .await;
    assert_eq!(verified(&o).unwrap().1, "InvalidCommitSignature");
    assert_eq!(
        o.status.as_ref().unwrap().artifact.as_ref().unwrap().revision,
        format!("main@sha1:{signed}")
    );
    let _ = std::fs::remove_dir_all(&work);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passphrase_protected_ssh_keys_work_with_the_secret_password() {
    let (client, ns, git) = setup("gitsshpass").await;
    let repo = git.create_unique_repo("sshpass").unwrap();
    let sha = repo.commit("main", [("a.yaml", "a: 1\n")], &[], "x").unwrap();
    let key = git.ssh_encrypted_key();
    let pass = key.passphrase.clone().expect("the encrypted key has a passphrase");
    secret(
        &client,
        &ns.name,
        "ssh-pass",
        &[
            ("identity", key.private_key.as_bytes()),
            ("known_hosts", git.known_hosts().as_bytes()),
            ("password", pass.as_bytes()),
        ],
    )
    .await;
    secret(
        &client,
        &ns.name,
        "ssh-nopass",
        &[
            ("identity", key.private_key.as_bytes()),
            ("known_hosts", git.known_hosts().as_bytes()),
        ],
    )
    .await;
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    for (name, s) in [("with-password", "ssh-pass"), ("without-password", "ssh-nopass")] {
        let spec = json!({"url": repo.ssh_url(), "interval": "1h", "ref": {"branch": "main"}, "timeout": "10s", "secretRef": {"name": s}});
        api.create(&PostParams::default(), &gitrepo(name, spec)).await.unwrap();
    }
    let o = wait(&api, "with-password", "ready", |o| {
        ready(o).is_some_and(|r| r.0 == "True")
    })
    .await;
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
    let o = wait(&api, "without-password", "failure", |o| {
        ready(o).is_some_and(|r| r.0 == "False")
    })
    .await;
    assert_eq!(ready(&o).unwrap().1, "GitOperationFailed");
}
