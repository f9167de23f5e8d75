//! kustomize-controller against the real kube-apiserver + kube-controller-manager, with source
//! artifacts produced and served by the real source-controller from a real Git server.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use clap::Parser;
use ferroflux_api::kustomize::Kustomization;
use ferroflux_api::source::GitRepository;
use ferroflux_runtime::Manager;
use ferroflux_testenv::git::{GitServer, Repo};
use ferroflux_testenv::{ControlPlane, TestNamespace};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Secret, ServiceAccount};
use kube::api::{Api, DeleteParams, Patch, PatchParams, PostParams};
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

const SHARD: &str = "kustomization-tests";

fn start_controllers() {
    static STARTED: OnceLock<()> = OnceLock::new();
    STARTED.get_or_init(|| {
        let storage = std::env::temp_dir().join(format!("ferroflux-ks-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&storage);
        let port = ferroflux_testenv::procs::free_port().unwrap();
        let src_cli = source_controller::cli::Cli::parse_from([
            "source-controller".to_owned(),
            "--metrics-addr=127.0.0.1:0".into(),
            "--health-addr=127.0.0.1:0".into(),
            format!("--watch-label-selector=test-shard={SHARD}"),
            format!("--storage-path={}", storage.display()),
            format!("--storage-addr=127.0.0.1:{port}"),
            "--log-encoding=console".into(),
        ]);
        let ks_cli = kustomize_controller::cli::Cli::parse_from([
            "kustomize-controller".to_owned(),
            "--metrics-addr=127.0.0.1:0".into(),
            "--health-addr=127.0.0.1:0".into(),
            format!("--watch-label-selector=test-shard={SHARD}"),
            "--requeue-dependency=2s".into(),
            "--log-encoding=console".into(),
        ]);
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let cp = ControlPlane::shared();
                let config = cp.config().await.unwrap();
                let src = Manager::start_with(
                    "source-controller",
                    src_cli.runtime.clone(),
                    2,
                    CancellationToken::new(),
                    Some(config.clone()),
                )
                .await
                .unwrap();
                let ks = Manager::start_with(
                    "kustomize-controller",
                    ks_cli.runtime.clone(),
                    4,
                    CancellationToken::new(),
                    Some(config),
                )
                .await
                .unwrap();
                let a = tokio::spawn(async move { source_controller::run_with_manager(src, &src_cli).await });
                let b = tokio::spawn(async move { kustomize_controller::run_with_manager(ks, &ks_cli).await });
                let _ = futures::join!(a, b);
            });
        });
    });
}

struct Env {
    client: kube::Client,
    ns: TestNamespace,
    repo: Repo,
}

impl Env {
    /// Commits to main and asks the GitRepository to fetch at once (its interval is an hour).
    async fn commit(&self, files: Vec<(&str, String)>, delete: &[&str]) -> String {
        let sha = self
            .repo
            .commit("main", files.iter().map(|(k, v)| (*k, v.as_str())), delete, "change")
            .unwrap();
        let token = format!("{}", rand::random::<u32>());
        Api::<GitRepository>::namespaced(self.client.clone(), self.ns())
            .patch(
                "repo",
                &PatchParams::default(),
                &Patch::Merge(&json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": token}}})),
            )
            .await
            .unwrap();
        sha
    }

    /// Asks for a reconcile of a Kustomization now.
    async fn request_reconcile(&self, name: &str, token: &str) {
        self.ks()
            .patch(
                name,
                &PatchParams::default(),
                &Patch::Merge(&json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": token}}})),
            )
            .await
            .unwrap();
    }

    fn ns(&self) -> &str {
        &self.ns.name
    }
    fn ks(&self) -> Api<Kustomization> {
        Api::namespaced(self.client.clone(), self.ns())
    }
    fn cms(&self) -> Api<ConfigMap> {
        Api::namespaced(self.client.clone(), self.ns())
    }
}

async fn setup(prefix: &str, files: &[(&str, String)]) -> Env {
    let cp = ControlPlane::shared();
    let git = GitServer::shared();
    start_controllers();
    let client = cp.client().await.unwrap();
    let ns = cp.namespace(prefix).await.unwrap();
    let repo = git.create_unique_repo(prefix).unwrap();
    repo.commit("main", files.iter().map(|(k, v)| (*k, v.as_str())), &[], "initial")
        .unwrap();
    let gr: GitRepository = serde_json::from_value(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "GitRepository",
        "metadata": { "name": "repo", "labels": { "test-shard": SHARD } },
        "spec": { "url": repo.http_url(), "interval": "1h", "ref": { "branch": "main" } },
    }))
    .unwrap();
    Api::<GitRepository>::namespaced(client.clone(), &ns.name)
        .create(&PostParams::default(), &gr)
        .await
        .unwrap();
    Env { client, ns, repo }
}

fn kustomization(name: &str, spec: serde_json::Value) -> Kustomization {
    let mut full = json!({
        "interval": "1h",
        "prune": true,
        "sourceRef": { "kind": "GitRepository", "name": "repo" },
    });
    for (k, v) in spec.as_object().unwrap() {
        full[k] = v.clone();
    }
    serde_json::from_value(json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1",
        "kind": "Kustomization",
        "metadata": { "name": name, "labels": { "test-shard": SHARD } },
        "spec": full,
    }))
    .unwrap()
}

fn cm(name: &str, data: &str, extra_meta: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n{extra_meta}data:\n  key: {data}\n")
}

fn condition(k: &Kustomization, t: &str) -> Option<(String, String, String)> {
    let c = k.status.as_ref()?.conditions.as_ref()?.iter().find(|c| c.type_ == t)?;
    Some((c.status.clone(), c.reason.clone(), c.message.clone()))
}

fn ready(k: &Kustomization) -> Option<(String, String, String)> {
    condition(k, "Ready")
}

async fn wait_ks<F: FnMut(&Kustomization) -> bool>(
    api: &Api<Kustomization>,
    name: &str,
    what: &str,
    mut done: F,
) -> Kustomization {
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if let Ok(k) = api.get(name).await
            && done(&k)
        {
            return k;
        }
        if Instant::now() > deadline {
            let k = api.get(name).await.ok();
            panic!(
                "timed out waiting for {name}: {what}; status: {:?}",
                k.and_then(|k| k.status)
            );
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn wait_until<F, Fut>(what: &str, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(90);
    while !f().await {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn applied(k: &Kustomization, rev_contains: &str) -> bool {
    ready(k).is_some_and(|r| r.0 == "True")
        && k.status
            .as_ref()
            .and_then(|s| s.last_applied_revision.as_deref())
            .is_some_and(|r| r.contains(rev_contains))
}

fn inventory(k: &Kustomization) -> Vec<String> {
    k.status
        .as_ref()
        .and_then(|s| s.inventory.as_ref())
        .map(|i| i.entries.iter().map(|e| e.id.clone()).collect())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn applies_updates_prunes_and_reverts_drift() {
    let env = setup(
        "ks-basic",
        &[
            ("app/a.yaml", cm("a", "one", "")),
            ("app/b.yaml", cm("b", "one", "")),
            (
                "app/svc.yaml",
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n".to_owned(),
            ),
            (
                "app/keep.yaml",
                cm(
                    "keep",
                    "one",
                    "  annotations:\n    kustomize.toolkit.fluxcd.io/prune: disabled\n",
                ),
            ),
        ],
    )
    .await;
    let ns = env.ns().to_owned();
    let ks = kustomization("app", json!({ "path": "./app", "targetNamespace": ns }));
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    let k = wait_ks(&env.ks(), "app", "first apply", |k| applied(k, "main@sha1:")).await;
    let rev1 = k.status.as_ref().unwrap().last_applied_revision.clone().unwrap();
    assert_eq!(ready(&k).unwrap().1, "ReconciliationSucceeded");
    assert_eq!(ready(&k).unwrap().2, format!("Applied revision: {rev1}"));
    let mut inv = inventory(&k);
    inv.sort();
    assert_eq!(
        inv,
        vec![
            format!("{ns}_a__ConfigMap"),
            format!("{ns}_b__ConfigMap"),
            format!("{ns}_keep__ConfigMap"),
            format!("{ns}_web__Service")
        ]
    );
    let a = env.cms().get("a").await.unwrap();
    let labels = a.metadata.labels.clone().unwrap();
    assert_eq!(labels["kustomize.toolkit.fluxcd.io/name"], "app");
    assert_eq!(labels["kustomize.toolkit.fluxcd.io/namespace"], ns);
    assert!(
        a.metadata
            .managed_fields
            .unwrap()
            .iter()
            .any(|m| m.manager.as_deref() == Some("kustomize-controller") && m.operation.as_deref() == Some("Apply")),
        "applied with server-side apply by kustomize-controller"
    );
    let history = k.status.as_ref().unwrap().history.clone().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].metadata.as_ref().unwrap()["revision"], rev1);

    // Update a, remove b and keep: the new commit triggers the Kustomization through the source.
    let sha2 = env
        .commit(
            vec![("app/a.yaml", cm("a", "two", ""))],
            &["app/b.yaml", "app/keep.yaml"],
        )
        .await;
    let k = wait_ks(&env.ks(), "app", "second revision applied", |k| applied(k, &sha2)).await;
    assert_eq!(env.cms().get("a").await.unwrap().data.unwrap()["key"], "two");
    assert!(env.cms().get_opt("b").await.unwrap().is_none(), "b was pruned");
    assert!(
        env.cms().get_opt("keep").await.unwrap().is_some(),
        "prune: disabled object kept"
    );
    assert_eq!(
        inventory(&k),
        vec![format!("{ns}_a__ConfigMap"), format!("{ns}_web__Service")]
    );

    // Drift: someone edits a managed field; the next reconcile puts it back.
    env.cms()
        .patch(
            "a",
            &PatchParams::default(),
            &Patch::Merge(&json!({"data": {"key": "edited"}})),
        )
        .await
        .unwrap();
    env.request_reconcile("app", "drift-1").await;
    let cms = env.cms();
    wait_until("the edited field is reverted", || {
        let cms = cms.clone();
        async move { cms.get("a").await.unwrap().data.unwrap()["key"] == "two" }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_yaml_applies_nothing_and_keeps_the_inventory() {
    let env = setup(
        "ks-broken",
        &[("app/a.yaml", cm("a", "one", "")), ("app/b.yaml", cm("b", "one", ""))],
    )
    .await;
    let ns = env.ns().to_owned();
    let ks = kustomization("app", json!({ "path": "./app", "targetNamespace": ns }));
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    let before = wait_ks(&env.ks(), "app", "first apply", |k| applied(k, "main@sha1:")).await;
    let sha = env
        .commit(
            vec![(
                "app/a.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: [\n".to_owned(),
            )],
            &["app/b.yaml"],
        )
        .await;
    let k = wait_ks(&env.ks(), "app", "build failure reported", |k| {
        ready(k).is_some_and(|r| r.0 == "False" && r.1 == "BuildFailed")
            && k.status
                .as_ref()
                .and_then(|s| s.last_attempted_revision.as_deref())
                .is_some_and(|r| r.contains(&sha))
    })
    .await;
    assert!(
        ready(&k).unwrap().2.contains("a.yaml") || ready(&k).unwrap().2.contains("yaml"),
        "message names the problem: {:?}",
        ready(&k)
    );
    assert_eq!(inventory(&k), inventory(&before), "inventory intact");
    assert_eq!(
        k.status.as_ref().unwrap().last_applied_revision,
        before.status.as_ref().unwrap().last_applied_revision
    );
    assert!(
        env.cms().get_opt("b").await.unwrap().is_some(),
        "nothing pruned on a failed build"
    );
    assert_eq!(
        env.cms().get("a").await.unwrap().data.unwrap()["key"],
        "one",
        "nothing applied"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dependents_wait_for_their_dependencies() {
    let env = setup(
        "ks-deps",
        &[
            ("first/a.yaml", cm("first", "x", "")),
            ("second/b.yaml", cm("second", "y", "")),
        ],
    )
    .await;
    let ns = env.ns().to_owned();
    // The dependent is created first; its dependency does not exist yet.
    let second = kustomization(
        "second",
        json!({ "path": "./second", "targetNamespace": ns, "dependsOn": [{ "name": "first" }] }),
    );
    env.ks().create(&PostParams::default(), &second).await.unwrap();
    let k = wait_ks(&env.ks(), "second", "dependency not ready", |k| {
        ready(k).is_some_and(|r| r.0 == "False" && r.1 == "DependencyNotReady")
    })
    .await;
    assert!(ready(&k).unwrap().2.contains("first"), "{:?}", ready(&k));
    assert!(
        env.cms().get_opt("second").await.unwrap().is_none(),
        "nothing applied before the dependency is ready"
    );
    let first = kustomization("first", json!({ "path": "./first", "targetNamespace": ns }));
    env.ks().create(&PostParams::default(), &first).await.unwrap();
    wait_ks(&env.ks(), "second", "applied after its dependency", |k| {
        applied(k, "main@sha1:")
    })
    .await;
    let f = env.cms().get("first").await.unwrap();
    let s = env.cms().get("second").await.unwrap();
    assert!(f.metadata.creation_timestamp.unwrap().0 <= s.metadata.creation_timestamp.unwrap().0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn impersonation_without_rbac_is_denied_and_applies_nothing() {
    let env = setup("ks-sa", &[("app/a.yaml", cm("a", "one", ""))]).await;
    let ns = env.ns().to_owned();
    let sa = ServiceAccount {
        metadata: kube::api::ObjectMeta {
            name: Some("deployer".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    Api::<ServiceAccount>::namespaced(env.client.clone(), &ns)
        .create(&PostParams::default(), &sa)
        .await
        .unwrap();
    let ks = kustomization(
        "app",
        json!({ "path": "./app", "targetNamespace": ns, "serviceAccountName": "deployer" }),
    );
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    let k = wait_ks(&env.ks(), "app", "access denied", |k| {
        ready(k).is_some_and(|r| r.0 == "False" && r.1 == "ReconciliationFailed")
    })
    .await;
    let msg = ready(&k).unwrap().2;
    assert!(
        msg.contains("forbidden") && msg.contains("system:serviceaccount:"),
        "{msg}"
    );
    assert!(env.cms().get_opt("a").await.unwrap().is_none());

    // Grant the service account edit rights in the namespace: the same Kustomization applies.
    let rb: k8s_openapi::api::rbac::v1::RoleBinding = serde_json::from_value(json!({
        "metadata": { "name": "deployer-edit" },
        "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "admin" },
        "subjects": [{ "kind": "ServiceAccount", "name": "deployer", "namespace": ns }],
    }))
    .unwrap();
    ensure_admin_clusterrole(&env.client).await;
    Api::<k8s_openapi::api::rbac::v1::RoleBinding>::namespaced(env.client.clone(), &ns)
        .create(&PostParams::default(), &rb)
        .await
        .unwrap();
    env.request_reconcile("app", "granted").await;
    wait_ks(&env.ks(), "app", "applied once allowed", |k| applied(k, "main@sha1:")).await;
    assert!(env.cms().get_opt("a").await.unwrap().is_some());
}

/// The bootstrap "admin" ClusterRole exists once the API server's RBAC bootstrap ran; make sure.
async fn ensure_admin_clusterrole(client: &kube::Client) {
    let api: Api<k8s_openapi::api::rbac::v1::ClusterRole> = Api::all(client.clone());
    wait_until("the admin ClusterRole exists", || {
        let api = api.clone();
        async move { api.get_opt("admin").await.unwrap().is_some() }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wait_follows_the_deployment_rollout_reported_by_kube_controller_manager() {
    let deploy = |replicas: u32| {
        format!(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {replicas}\n  progressDeadlineSeconds: 600\n  selector:\n    matchLabels: {{app: web}}\n  template:\n    metadata:\n      labels: {{app: web}}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.25\n"
        )
    };
    let env = setup("ks-wait", &[("app/d.yaml", deploy(0))]).await;
    let ns = env.ns().to_owned();
    let ks = kustomization(
        "app",
        json!({ "path": "./app", "targetNamespace": ns, "wait": true, "timeout": "8s" }),
    );
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    let k = wait_ks(&env.ks(), "app", "healthy", |k| applied(k, "main@sha1:")).await;
    assert_eq!(condition(&k, "Healthy").unwrap().0, "True");
    let d: Deployment = Api::namespaced(env.client.clone(), &ns).get("web").await.unwrap();
    assert!(
        d.status
            .unwrap()
            .conditions
            .unwrap()
            .iter()
            .any(|c| c.type_ == "Available" && c.status == "True"),
        "kcm reported the rollout"
    );

    // One replica can never become available (no nodes): the health check fails with kstatus' view.
    let sha = env.commit(vec![("app/d.yaml", deploy(1))], &[]).await;
    let k = wait_ks(&env.ks(), "app", "health check failure", |k| {
        ready(k).is_some_and(|r| r.0 == "False" && r.1 == "HealthCheckFailed")
            && k.status
                .as_ref()
                .and_then(|s| s.last_attempted_revision.as_deref())
                .is_some_and(|r| r.contains(&sha))
    })
    .await;
    let msg = ready(&k).unwrap().2;
    assert!(
        msg.contains(&format!("Deployment/{ns}/web status: 'InProgress'")),
        "{msg}"
    );
    assert_eq!(condition(&k, "Healthy").unwrap().1, "HealthCheckFailed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deletion_policies_decide_what_happens_to_applied_objects() {
    let files: Vec<(String, String)> = ["mirror", "orphan", "delete", "wait", "noprune"]
        .iter()
        .map(|n| (format!("{n}/cm.yaml"), cm(&format!("cm-{n}"), "v", "")))
        .collect();
    let refs: Vec<(&str, String)> = files.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let env = setup("ks-del", &refs).await;
    let ns = env.ns().to_owned();
    let cases = [
        ("mirror", json!({}), false),
        ("orphan", json!({"deletionPolicy": "Orphan"}), true),
        ("delete", json!({"deletionPolicy": "Delete", "prune": false}), false),
        ("wait", json!({"deletionPolicy": "WaitForTermination"}), false),
        ("noprune", json!({"prune": false}), true),
    ];
    for (name, extra, _) in &cases {
        let mut spec = json!({ "path": format!("./{name}"), "targetNamespace": ns });
        for (k, v) in extra.as_object().unwrap() {
            spec[k] = v.clone();
        }
        env.ks()
            .create(&PostParams::default(), &kustomization(name, spec))
            .await
            .unwrap();
    }
    for (name, _, _) in &cases {
        wait_ks(&env.ks(), name, "applied", |k| applied(k, "main@sha1:")).await;
    }
    for (name, _, _) in &cases {
        env.ks().delete(name, &DeleteParams::default()).await.unwrap();
    }
    for (name, _, kept) in &cases {
        let ks = env.ks();
        let n = name.to_string();
        wait_until(&format!("{name} is gone"), || {
            let ks = ks.clone();
            let n = n.clone();
            async move { ks.get_opt(&n).await.unwrap().is_none() }
        })
        .await;
        let exists = env.cms().get_opt(&format!("cm-{name}")).await.unwrap().is_some();
        assert_eq!(exists, *kept, "{name}: object kept = {kept}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn post_build_substitution_and_sops_decryption() {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let secret_yaml = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  password: s3cr3t\n";
    // Encrypted like Flux's docs recommend: only the Secret's payload.
    let encrypted = kustomize_controller::sops::encrypt_bytes_with(
        secret_yaml.as_bytes(),
        kustomize_controller::sops::Format::Yaml,
        &kustomize_controller::sops::EncryptOptions {
            recipients: vec![recipient],
            encrypted_regex: Some("^(data|stringData)$".to_owned()),
            ..Default::default()
        },
    )
    .unwrap();
    let env = setup(
        "ks-post",
        &[
            ("app/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: vars\ndata:\n  env: ${cluster_env}\n  region: ${region:=eu-west-1}\n".to_owned()),
            ("app/secret.yaml", String::from_utf8(encrypted).unwrap()),
        ],
    )
    .await;
    let ns = env.ns().to_owned();
    let keys = Secret {
        metadata: kube::api::ObjectMeta {
            name: Some("sops-age".into()),
            ..Default::default()
        },
        string_data: Some(BTreeMap::from([(
            "identity.agekey".to_owned(),
            format!("# test key\n{}\n", secrecy_string(&identity)),
        )])),
        ..Default::default()
    };
    Api::<Secret>::namespaced(env.client.clone(), &ns)
        .create(&PostParams::default(), &keys)
        .await
        .unwrap();
    let vars = ConfigMap {
        metadata: kube::api::ObjectMeta {
            name: Some("cluster-vars".into()),
            ..Default::default()
        },
        data: Some(BTreeMap::from([("cluster_env".to_owned(), "prod".to_owned())])),
        ..Default::default()
    };
    env.cms().create(&PostParams::default(), &vars).await.unwrap();
    let ks = kustomization(
        "app",
        json!({
            "path": "./app", "targetNamespace": ns,
            "postBuild": { "substituteFrom": [{ "kind": "ConfigMap", "name": "cluster-vars" }] },
            "decryption": { "provider": "sops", "secretRef": { "name": "sops-age" } },
        }),
    );
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    wait_ks(&env.ks(), "app", "applied", |k| applied(k, "main@sha1:")).await;
    let cm = env.cms().get("vars").await.unwrap().data.unwrap();
    assert_eq!(cm["env"], "prod");
    assert_eq!(cm["region"], "eu-west-1");
    let s: Secret = Api::namespaced(env.client.clone(), &ns).get("creds").await.unwrap();
    assert_eq!(s.data.unwrap()["password"].0, b"s3cr3t");

    // A key that does not match: decryption fails, nothing else is applied or pruned.
    let other = age::x25519::Identity::generate();
    let wrong = Secret {
        metadata: kube::api::ObjectMeta {
            name: Some("sops-age".into()),
            ..Default::default()
        },
        string_data: Some(BTreeMap::from([("identity.agekey".to_owned(), secrecy_string(&other))])),
        data: Some(BTreeMap::new()),
        ..Default::default()
    };
    Api::<Secret>::namespaced(env.client.clone(), &ns)
        .replace("sops-age", &PostParams::default(), &wrong)
        .await
        .unwrap();
    let sha = env
        .commit(
            vec![(
                "app/cm.yaml",
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: vars\ndata:\n  env: changed\n".to_owned(),
            )],
            &[],
        )
        .await;
    let k = wait_ks(&env.ks(), "app", "decryption failure", |k| {
        ready(k).is_some_and(|r| r.0 == "False" && r.1 == "BuildFailed")
            && k.status
                .as_ref()
                .and_then(|s| s.last_attempted_revision.as_deref())
                .is_some_and(|r| r.contains(&sha))
    })
    .await;
    assert!(ready(&k).unwrap().2.contains("decrypt"), "{:?}", ready(&k));
    assert_eq!(
        env.cms().get("vars").await.unwrap().data.unwrap()["env"],
        "prod",
        "nothing applied"
    );
}

fn secrecy_string(identity: &age::x25519::Identity) -> String {
    use age::secrecy::ExposeSecret;
    identity.to_string().expose_secret().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn immutable_changes_fail_until_force_recreates_the_object() {
    let immutable = |v: &str| {
        format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frozen\nimmutable: true\ndata:\n  key: {v}\n")
    };
    let env = setup("ks-force", &[("app/cm.yaml", immutable("one"))]).await;
    let ns = env.ns().to_owned();
    let ks = kustomization("app", json!({ "path": "./app", "targetNamespace": ns }));
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    wait_ks(&env.ks(), "app", "first apply", |k| applied(k, "main@sha1:")).await;
    let uid = env.cms().get("frozen").await.unwrap().metadata.uid;

    let sha = env.commit(vec![("app/cm.yaml", immutable("two"))], &[]).await;
    let k = wait_ks(&env.ks(), "app", "immutable error", |k| {
        ready(k).is_some_and(|r| r.0 == "False" && r.1 == "ReconciliationFailed")
            && k.status
                .as_ref()
                .and_then(|s| s.last_attempted_revision.as_deref())
                .is_some_and(|r| r.contains(&sha))
    })
    .await;
    let msg = ready(&k).unwrap().2;
    assert!(
        msg.contains(&format!("ConfigMap/{ns}/frozen")) && msg.contains("immutable"),
        "{msg}"
    );
    assert_eq!(env.cms().get("frozen").await.unwrap().data.unwrap()["key"], "one");

    env.ks()
        .patch(
            "app",
            &PatchParams::default(),
            &Patch::Merge(&json!({"spec": {"force": true}})),
        )
        .await
        .unwrap();
    wait_ks(&env.ks(), "app", "applied with force", |k| applied(k, &sha)).await;
    let cm = env.cms().get("frozen").await.unwrap();
    assert_eq!(cm.data.unwrap()["key"], "two");
    assert_ne!(cm.metadata.uid, uid, "the object was recreated");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kubeconfig_secret_targets_a_cluster_through_its_own_credentials() {
    let env = setup("ks-remote", &[("app/cm.yaml", cm("remote", "x", ""))]).await;
    let ns = env.ns().to_owned();
    let kubeconfig = std::fs::read_to_string(ControlPlane::shared().kubeconfig()).unwrap();
    let secret = Secret {
        metadata: kube::api::ObjectMeta {
            name: Some("cluster-kubeconfig".into()),
            ..Default::default()
        },
        string_data: Some(BTreeMap::from([("value".to_owned(), kubeconfig)])),
        ..Default::default()
    };
    Api::<Secret>::namespaced(env.client.clone(), &ns)
        .create(&PostParams::default(), &secret)
        .await
        .unwrap();
    let ks = kustomization(
        "app",
        json!({ "path": "./app", "targetNamespace": ns, "kubeConfig": { "secretRef": { "name": "cluster-kubeconfig" } } }),
    );
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    wait_ks(&env.ks(), "app", "applied through the kubeconfig", |k| {
        applied(k, "main@sha1:")
    })
    .await;
    assert!(env.cms().get_opt("remote").await.unwrap().is_some());

    // A missing kubeconfig Secret is reported, not a crash.
    let broken = kustomization(
        "broken",
        json!({ "path": "./app", "targetNamespace": ns, "kubeConfig": { "secretRef": { "name": "nope" } } }),
    );
    env.ks().create(&PostParams::default(), &broken).await.unwrap();
    let k = wait_ks(&env.ks(), "broken", "missing kubeconfig reported", |k| {
        ready(k).is_some_and(|r| r.0 == "False")
    })
    .await;
    assert!(ready(&k).unwrap().2.contains("kubeconfig secret"), "{:?}", ready(&k));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watched_configmaps_reconcile_their_kustomizations_at_once() {
    let env = setup(
        "ks-watch",
        &[(
            "app/cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: out\ndata:\n  color: ${color}\n".to_owned(),
        )],
    )
    .await;
    let ns = env.ns().to_owned();
    let vars = |color: &str| ConfigMap {
        metadata: kube::api::ObjectMeta {
            name: Some("vars".into()),
            labels: Some(BTreeMap::from([(
                "reconcile.fluxcd.io/watch".to_owned(),
                "Enabled".to_owned(),
            )])),
            ..Default::default()
        },
        data: Some(BTreeMap::from([("color".to_owned(), color.to_owned())])),
        ..Default::default()
    };
    env.cms().create(&PostParams::default(), &vars("blue")).await.unwrap();
    let ks = kustomization(
        "app",
        json!({ "path": "./app", "targetNamespace": ns,
                "postBuild": { "substituteFrom": [{ "kind": "ConfigMap", "name": "vars" }] } }),
    );
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    wait_ks(&env.ks(), "app", "applied", |k| applied(k, "main@sha1:")).await;
    assert_eq!(env.cms().get("out").await.unwrap().data.unwrap()["color"], "blue");
    // No requestedAt and an hour-long interval: only the watch can bring the change in.
    env.cms()
        .patch(
            "vars",
            &PatchParams::default(),
            &Patch::Merge(&json!({"data": {"color": "green"}})),
        )
        .await
        .unwrap();
    let cms = env.cms();
    wait_until("the new variable value is applied", || {
        let cms = cms.clone();
        async move { cms.get("out").await.unwrap().data.unwrap()["color"] == "green" }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_object_policies_and_change_set_events() {
    let env = setup(
        "ks-policy",
        &[
            ("app/plain.yaml", cm("plain", "git", "  annotations:\n    owner: git\n")),
            (
                "app/once.yaml",
                cm(
                    "once",
                    "git",
                    "  annotations:\n    kustomize.toolkit.fluxcd.io/ssa: IfNotPresent\n",
                ),
            ),
            (
                "app/ignored.yaml",
                cm(
                    "ignored",
                    "git",
                    "  labels:\n    kustomize.toolkit.fluxcd.io/ssa: ignore\n",
                ),
            ),
            (
                "app/frozen.yaml",
                cm(
                    "frozen",
                    "git",
                    "  annotations:\n    kustomize.toolkit.fluxcd.io/reconcile: disabled\n",
                ),
            ),
        ],
    )
    .await;
    let ns = env.ns().to_owned();
    // "once" already exists with other data: IfNotPresent leaves it alone.
    let existing = ConfigMap {
        metadata: kube::api::ObjectMeta {
            name: Some("once".into()),
            ..Default::default()
        },
        data: Some(BTreeMap::from([("key".to_owned(), "cluster".to_owned())])),
        ..Default::default()
    };
    env.cms().create(&PostParams::default(), &existing).await.unwrap();
    let ks = kustomization(
        "app",
        json!({ "path": "./app", "targetNamespace": ns,
                "ignore": [{ "paths": ["/metadata/annotations/owner"], "target": { "kind": "ConfigMap", "name": "pla.*" } }] }),
    );
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    let k = wait_ks(&env.ks(), "app", "applied", |k| applied(k, "main@sha1:")).await;
    assert_eq!(env.cms().get("plain").await.unwrap().data.unwrap()["key"], "git");
    let plain = env.cms().get("plain").await.unwrap();
    assert!(
        !plain.metadata.annotations.unwrap_or_default().contains_key("owner"),
        "an ignored field is not applied"
    );
    // An in-cluster value of the ignored field survives the next reconcile.
    env.cms()
        .patch(
            "plain",
            &PatchParams::default(),
            &Patch::Merge(&json!({"metadata": {"annotations": {"owner": "ops"}}})),
        )
        .await
        .unwrap();
    env.request_reconcile("app", "ignore-1").await;
    wait_ks(&env.ks(), "app", "reconciled again", |k| {
        k.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref()) == Some("ignore-1")
    })
    .await;
    assert_eq!(
        env.cms().get("plain").await.unwrap().metadata.annotations.unwrap()["owner"],
        "ops"
    );
    assert_eq!(
        env.cms().get("once").await.unwrap().data.unwrap()["key"],
        "cluster",
        "IfNotPresent"
    );
    assert!(
        env.cms().get_opt("ignored").await.unwrap().is_none(),
        "ssa: ignore is never applied"
    );
    assert!(
        env.cms().get_opt("frozen").await.unwrap().is_none(),
        "reconcile: disabled is never applied"
    );
    let inv = inventory(&k);
    assert!(inv.contains(&format!("{ns}_plain__ConfigMap")));

    // The change set is published as a Kubernetes Event of the Kustomization.
    let events: Api<k8s_openapi::api::events::v1::Event> = Api::namespaced(env.client.clone(), &ns);
    wait_until("a Progressing event with the change set", || {
        let events = events.clone();
        let want = format!("ConfigMap/{ns}/plain created");
        async move {
            events.list(&Default::default()).await.unwrap().items.iter().any(|e| {
                e.reason.as_deref() == Some("Progressing") && e.note.as_deref().is_some_and(|n| n.contains(&want))
            })
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cel_ready_and_health_expressions() {
    let env = setup(
        "ks-cel",
        &[
            ("first/cm.yaml", cm("gate", "no", "")),
            ("second/cm.yaml", cm("after", "x", "")),
        ],
    )
    .await;
    let ns = env.ns().to_owned();
    // Health of ConfigMaps decided by an expression: data.key must be 'yes'.
    let first = kustomization(
        "first",
        json!({ "path": "./first", "targetNamespace": ns, "wait": true, "timeout": "4s",
                "healthCheckExprs": [{ "apiVersion": "v1", "kind": "ConfigMap", "current": "data.key == 'yes'" }] }),
    );
    env.ks().create(&PostParams::default(), &first).await.unwrap();
    let k = wait_ks(&env.ks(), "first", "health expression not satisfied", |k| {
        ready(k).is_some_and(|r| r.1 == "HealthCheckFailed")
    })
    .await;
    assert!(
        ready(&k)
            .unwrap()
            .2
            .contains(&format!("ConfigMap/{ns}/gate status: 'InProgress'")),
        "{:?}",
        ready(&k)
    );

    // The dependent waits on its own expression over the dependency, not on its Ready condition.
    let second = kustomization(
        "second",
        json!({ "path": "./second", "targetNamespace": ns,
                "dependsOn": [{ "name": "first", "readyExpr": "dep.metadata.labels['approved'] == 'true' && self.metadata.name == 'second'" }] }),
    );
    env.ks().create(&PostParams::default(), &second).await.unwrap();
    wait_ks(&env.ks(), "second", "not ready by expression", |k| {
        ready(k).is_some_and(|r| r.1 == "DependencyNotReady")
    })
    .await;
    env.ks()
        .patch(
            "first",
            &PatchParams::default(),
            &Patch::Merge(&json!({"metadata": {"labels": {"approved": "true"}}})),
        )
        .await
        .unwrap();
    wait_ks(&env.ks(), "second", "applied once the expression holds", |k| {
        applied(k, "main@sha1:")
    })
    .await;

    // An expression that does not compile stalls with Flux's reason.
    let bad = kustomization(
        "bad",
        json!({ "path": "./second", "targetNamespace": ns, "dependsOn": [{ "name": "first", "readyExpr": "deps.nope ==" }] }),
    );
    env.ks().create(&PostParams::default(), &bad).await.unwrap();
    wait_ks(&env.ks(), "bad", "invalid expression", |k| {
        ready(k).is_some_and(|r| r.1 == "InvalidCELExpression") && condition(k, "Stalled").is_some()
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn override_takes_over_kubectl_fields_and_merge_keeps_them() {
    let env = setup(
        "ks-takeover",
        &[
            ("app/over.yaml", cm("over", "git", "")),
            (
                "app/merged.yaml",
                cm(
                    "merged",
                    "git",
                    "  annotations:\n    kustomize.toolkit.fluxcd.io/ssa: Merge\n",
                ),
            ),
        ],
    )
    .await;
    let ns = env.ns().to_owned();
    // Both objects were created by `kubectl apply` (client side) with an extra key.
    for name in ["over", "merged"] {
        let cm = ConfigMap {
            metadata: kube::api::ObjectMeta {
                name: Some(name.into()),
                annotations: Some(BTreeMap::from([(
                    "kubectl.kubernetes.io/last-applied-configuration".to_owned(),
                    "{}".to_owned(),
                )])),
                ..Default::default()
            },
            data: Some(BTreeMap::from([
                ("key".to_owned(), "kubectl".to_owned()),
                ("extra".to_owned(), "kubectl".to_owned()),
            ])),
            ..Default::default()
        };
        let pp = PostParams {
            field_manager: Some("kubectl-client-side-apply".into()),
            ..Default::default()
        };
        env.cms().create(&pp, &cm).await.unwrap();
    }
    let ks = kustomization("app", json!({ "path": "./app", "targetNamespace": ns }));
    env.ks().create(&PostParams::default(), &ks).await.unwrap();
    wait_ks(&env.ks(), "app", "applied", |k| applied(k, "main@sha1:")).await;
    let over = env.cms().get("over").await.unwrap();
    assert_eq!(
        over.data.clone().unwrap(),
        BTreeMap::from([("key".to_owned(), "git".to_owned())]),
        "Override: the field only kubectl had set is gone"
    );
    assert!(
        !over
            .metadata
            .annotations
            .unwrap_or_default()
            .contains_key("kubectl.kubernetes.io/last-applied-configuration")
    );
    let merged = env.cms().get("merged").await.unwrap().data.unwrap();
    assert_eq!(merged["key"], "git");
    assert_eq!(merged["extra"], "kubectl", "Merge: kubectl's field stays");
}
