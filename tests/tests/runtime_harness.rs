//! The controller runtime against a real kube-apiserver: finalizer, status by server-side
//! apply, requestedAt handling, suspend, Stalled on a bad spec, metrics, events posted to a
//! loopback sink, and Lease leader election with takeover after the leader dies.
//!
//! The reconciler here is a test probe on GitRepository objects: it only reports who
//! reconciled, so the tests can watch the harness's behaviour.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::Json;
use axum::extract::State;
use clap::Parser;
use ferroflux_api::source::GitRepository;
use ferroflux_runtime::cli::RuntimeArgs;
use ferroflux_runtime::events::Severity;
use ferroflux_runtime::{Context, Manager, Outcome, OutcomeEvent, ReconcileError, Reconciler, StatusDraft};
use ferroflux_testenv::ControlPlane;
use kube::api::{Api, Patch, PatchParams, PostParams};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    rt: RuntimeArgs,
}

fn args(extra: &[String]) -> RuntimeArgs {
    let mut v = vec![
        "probe".to_owned(),
        "--metrics-addr=127.0.0.1:0".into(),
        "--health-addr=127.0.0.1:0".into(),
    ];
    v.extend(extra.iter().cloned());
    Cli::parse_from(v).rt
}

#[derive(Clone)]
struct Probe {
    id: String,
    count: Arc<AtomicUsize>,
}

impl Reconciler<GitRepository> for Probe {
    async fn reconcile(
        &self,
        obj: &GitRepository,
        _status: &mut StatusDraft,
        _ctx: &Context,
    ) -> Result<Outcome, ReconcileError> {
        self.count.fetch_add(1, Ordering::SeqCst);
        if obj.spec.url.contains("fail") {
            return Err(ReconcileError::transient(
                "GitOperationFailed",
                format!("probe {} cannot reach {}", self.id, obj.spec.url),
            ));
        }
        // Objects named "quiet-*" report with a trace event: recorded in Kubernetes, never posted.
        let severity = if obj.metadata.name.as_deref().is_some_and(|n| n.starts_with("quiet")) {
            Severity::Trace
        } else {
            Severity::Info
        };
        Ok(Outcome {
            reason: "Succeeded".into(),
            message: format!("reconciled by {}", self.id),
            event: Some(OutcomeEvent {
                severity,
                reason: "NewArtifact".into(),
                message: format!("stored artifact for {}", obj.spec.url),
                metadata: BTreeMap::from([(
                    "revision".to_owned(),
                    "main@sha1:0123456789abcdef0123456789abcdef01234567".to_owned(),
                )]),
            }),
            requeue_after: None,
        })
    }
}

struct Running {
    manager_addrs: (std::net::SocketAddr, std::net::SocketAddr),
    count: Arc<AtomicUsize>,
    stop: CancellationToken,
}

async fn start_probe(id: &str, extra: &[String]) -> Running {
    let cp = ControlPlane::shared();
    let config = cp.config().await.unwrap();
    let stop = CancellationToken::new();
    let mgr = Manager::start_with("probe-controller", args(extra), 2, stop.clone(), Some(config))
        .await
        .unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let probe = Probe {
        id: id.to_owned(),
        count: count.clone(),
    };
    let manager_addrs = mgr.admin_addrs();
    tokio::spawn(async move {
        mgr.run(|ctx, stop| ferroflux_runtime::reconcile::run::<GitRepository, _>(ctx, probe, stop))
            .await
    });
    Running {
        manager_addrs,
        count,
        stop,
    }
}

fn git_repo(name: &str, shard: &str, url: &str, interval: &str) -> GitRepository {
    serde_json::from_value(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "GitRepository",
        "metadata": { "name": name, "labels": { "test-shard": shard } },
        "spec": { "url": url, "interval": interval }
    }))
    .unwrap()
}

async fn wait_for<F, Fut>(what: &str, timeout: Duration, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if f().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out after {timeout:?} waiting for {what}");
}

fn ready(obj: &GitRepository) -> Option<(String, String, String)> {
    let c = obj
        .status
        .as_ref()?
        .conditions
        .as_ref()?
        .iter()
        .find(|c| c.type_ == "Ready")?;
    Some((c.status.clone(), c.reason.clone(), c.message.clone()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconcile_lifecycle_status_by_ssa_requested_at_and_suspend() {
    let cp = ControlPlane::shared();
    let client = cp.client().await.unwrap();
    let ns = cp.namespace("harness").await.unwrap();
    let shard = ns.name.clone();
    let run = start_probe("solo", &[format!("--watch-label-selector=test-shard={shard}")]).await;
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    api.create(
        &PostParams::default(),
        &git_repo("app", &shard, "https://example.invalid/app", "1h"),
    )
    .await
    .unwrap();

    // First reconcile: finalizer added, Ready=True, observedGeneration recorded.
    wait_for("Ready=True", Duration::from_secs(20), || async {
        api.get("app")
            .await
            .ok()
            .and_then(|o| ready(&o))
            .is_some_and(|r| r.0 == "True")
    })
    .await;
    let obj = api.get("app").await.unwrap();
    assert!(
        obj.metadata
            .finalizers
            .as_ref()
            .unwrap()
            .contains(&"finalizers.fluxcd.io".to_owned())
    );
    assert_eq!(
        ready(&obj).unwrap(),
        ("True".into(), "Succeeded".into(), "reconciled by solo".into())
    );
    assert_eq!(obj.status.as_ref().unwrap().observed_generation, Some(1));
    // The status was written by server-side apply under Flux's status field manager.
    let managers: Vec<(String, String)> = obj
        .metadata
        .managed_fields
        .unwrap()
        .into_iter()
        .map(|m| (m.manager.unwrap_or_default(), m.operation.unwrap_or_default()))
        .collect();
    assert!(
        managers.contains(&("gotk-probe-controller".into(), "Apply".into())),
        "{managers:?}"
    );

    // Our own status write does not trigger another reconcile.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        run.count.load(Ordering::SeqCst),
        1,
        "status writes must not retrigger reconciles"
    );

    // A reconcile request is handled and recorded.
    let token = "2026-11-21T12:00:00.000000000Z";
    let patch = json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": token}}});
    api.patch("app", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    wait_for("lastHandledReconcileAt", Duration::from_secs(20), || async {
        api.get("app")
            .await
            .unwrap()
            .status
            .unwrap()
            .last_handled_reconcile_at
            .as_deref()
            == Some(token)
    })
    .await;
    assert_eq!(run.count.load(Ordering::SeqCst), 2);

    // Suspended: further requests are not reconciled.
    let patch = json!({"spec": {"suspend": true}});
    api.patch("app", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let before = run.count.load(Ordering::SeqCst);
    let patch = json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": "again"}}});
    api.patch("app", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        run.count.load(Ordering::SeqCst),
        before,
        "a suspended object is not reconciled"
    );
    assert_eq!(
        api.get("app")
            .await
            .unwrap()
            .status
            .unwrap()
            .last_handled_reconcile_at
            .as_deref(),
        Some(token)
    );

    // Resumed: reconciled again, the pending request recorded.
    let patch = json!({"spec": {"suspend": false}});
    api.patch("app", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    wait_for("resume", Duration::from_secs(20), || async {
        api.get("app")
            .await
            .unwrap()
            .status
            .unwrap()
            .last_handled_reconcile_at
            .as_deref()
            == Some("again")
    })
    .await;

    // Deletion: the finalizer is removed and the object goes away.
    api.delete("app", &Default::default()).await.unwrap();
    wait_for("deletion", Duration::from_secs(20), || async {
        api.get_opt("app").await.unwrap().is_none()
    })
    .await;
    run.stop.cancel();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_set_flux_conditions_and_bad_specs_stall() {
    let cp = ControlPlane::shared();
    let client = cp.client().await.unwrap();
    let ns = cp.namespace("failures").await.unwrap();
    let shard = ns.name.clone();
    let run = start_probe("solo", &[format!("--watch-label-selector=test-shard={shard}")]).await;
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);

    // A transient failure: Ready=False with the reconciler's reason, Reconciling=True.
    api.create(
        &PostParams::default(),
        &git_repo("broken", &shard, "https://fail.invalid/x", "1h"),
    )
    .await
    .unwrap();
    wait_for("Ready=False", Duration::from_secs(20), || async {
        api.get("broken")
            .await
            .ok()
            .and_then(|o| ready(&o))
            .is_some_and(|r| r.0 == "False")
    })
    .await;
    let obj = api.get("broken").await.unwrap();
    let (_, reason, message) = ready(&obj).unwrap();
    assert_eq!(reason, "GitOperationFailed");
    assert!(message.contains("cannot reach https://fail.invalid/x"), "{message}");
    let conds = obj.status.unwrap().conditions.unwrap();
    let reconciling = conds
        .iter()
        .find(|c| c.type_ == "Reconciling")
        .expect("Reconciling present while retrying");
    assert_eq!(
        (reconciling.status.as_str(), reconciling.reason.as_str()),
        ("True", "ProgressingWithRetry")
    );
    assert!(conds.iter().all(|c| c.type_ != "Stalled"));

    // A spec the pattern admits but Go's duration parser rejects: Stalled, no crash loop.
    api.create(
        &PostParams::default(),
        &git_repo("badinterval", &shard, "https://example.invalid/x", "99999999999999h"),
    )
    .await
    .unwrap();
    wait_for("Stalled=True", Duration::from_secs(20), || async {
        api.get("badinterval")
            .await
            .ok()
            .and_then(|o| o.status)
            .and_then(|s| s.conditions)
            .is_some_and(|c| c.iter().any(|c| c.type_ == "Stalled" && c.status == "True"))
    })
    .await;
    let obj = api.get("badinterval").await.unwrap();
    let (status, _, message) = ready(&obj).unwrap();
    assert_eq!(status, "False");
    assert!(message.contains("invalid spec.interval"), "{message}");
    assert_eq!(obj.status.unwrap().observed_generation, Some(1));

    // The controller is still healthy after both.
    let health = format!("http://{}/healthz", run.manager_addrs.1);
    assert_eq!(reqwest::get(&health).await.unwrap().status(), 200);
    run.stop.cancel();
}

#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<Value>>>);

async fn sink_handler(State(s): State<Sink>, Json(body): Json<Value>) -> axum::http::StatusCode {
    s.0.lock().unwrap().push(body);
    axum::http::StatusCode::ACCEPTED
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_and_events_reach_prometheus_and_a_loopback_sink() {
    let cp = ControlPlane::shared();
    let client = cp.client().await.unwrap();
    let ns = cp.namespace("telemetry").await.unwrap();
    let shard = ns.name.clone();

    let sink = Sink::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let sink_addr = listener.local_addr().unwrap();
    let app = axum::Router::new()
        .route("/", axum::routing::post(sink_handler))
        .with_state(sink.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let run = start_probe(
        "solo",
        &[
            format!("--watch-label-selector=test-shard={shard}"),
            format!("--events-addr=http://{sink_addr}/"),
        ],
    )
    .await;
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    // A trace event first: it must never reach the sink.
    api.create(
        &PostParams::default(),
        &git_repo("quiet", &shard, "https://example.invalid/quiet", "1h"),
    )
    .await
    .unwrap();
    wait_for("quiet reconciled", Duration::from_secs(20), || async {
        api.get("quiet")
            .await
            .ok()
            .and_then(|o| ready(&o))
            .is_some_and(|r| r.0 == "True")
    })
    .await;
    api.create(
        &PostParams::default(),
        &git_repo("podinfo", &shard, "https://example.invalid/podinfo", "1h"),
    )
    .await
    .unwrap();
    wait_for("event posted", Duration::from_secs(20), || {
        let s = sink.clone();
        async move { !s.0.lock().unwrap().is_empty() }
    })
    .await;
    let uid = api.get("podinfo").await.unwrap().metadata.uid.unwrap();
    let posted = sink.0.lock().unwrap().clone();
    assert!(
        posted.iter().all(|e| e["involvedObject"]["name"] != "quiet"),
        "trace events are not posted: {posted:?}"
    );
    let ev = posted[0].clone();
    assert_eq!(ev["involvedObject"]["kind"], "GitRepository");
    assert_eq!(ev["involvedObject"]["apiVersion"], "source.toolkit.fluxcd.io/v1");
    assert_eq!(ev["involvedObject"]["name"], "podinfo");
    assert_eq!(ev["involvedObject"]["namespace"], ns.name.as_str());
    assert_eq!(ev["involvedObject"]["uid"], uid.as_str());
    assert_eq!(ev["severity"], "info");
    assert_eq!(ev["reason"], "NewArtifact");
    assert_eq!(ev["message"], "stored artifact for https://example.invalid/podinfo");
    assert_eq!(ev["reportingController"], "probe-controller");
    assert_eq!(
        ev["metadata"]["source.toolkit.fluxcd.io/revision"],
        "main@sha1:0123456789abcdef0123456789abcdef01234567"
    );
    let ts = ev["timestamp"].as_str().unwrap();
    assert!(ts.ends_with('Z') && ts.len() == 20, "RFC 3339 seconds: {ts}");
    assert!(ev["reportingInstance"].as_str().is_some_and(|s| !s.is_empty()));

    // The Kubernetes Event was recorded as well.
    let events: Api<k8s_openapi::api::events::v1::Event> = Api::namespaced(client.clone(), &ns.name);
    wait_for("kubernetes event", Duration::from_secs(10), || async {
        events
            .list(&Default::default())
            .await
            .unwrap()
            .items
            .iter()
            .any(|e| e.reason.as_deref() == Some("NewArtifact"))
    })
    .await;

    // /metrics has the duration histogram for the reconciled object, and process metrics.
    let url = format!("http://{}/metrics", run.manager_addrs.0);
    let text = reqwest::get(&url).await.unwrap().text().await.unwrap();
    let series = format!(
        r#"gotk_reconcile_duration_seconds_count{{kind="GitRepository",name="podinfo",namespace="{}"}} 1"#,
        ns.name
    );
    assert!(text.contains(&series), "missing {series} in:\n{text}");
    assert!(
        text.contains(r#"gotk_reconcile_duration_seconds_bucket{le="1799.99999999999"#),
        "{text}"
    );
    assert!(text.contains("process_resident_memory_bytes"));
    let ready = format!("http://{}/readyz", run.manager_addrs.1);
    assert_eq!(reqwest::get(&ready).await.unwrap().status(), 200);
    run.stop.cancel();
}

/// Runs a probe replica on its own tokio runtime, so dropping the runtime kills it outright
/// (no lease release), like a crashed pod.
fn start_replica(id: &str, extra: Vec<String>) -> (tokio::runtime::Runtime, Arc<AtomicUsize>) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let (id, c) = (id.to_owned(), count.clone());
    rt.spawn(async move {
        let cp = ControlPlane::shared();
        let config = cp.config().await.unwrap();
        let mgr = Manager::start_with(
            "probe-controller",
            args(&extra),
            2,
            CancellationToken::new(),
            Some(config),
        )
        .await
        .unwrap();
        let probe = Probe { id, count: c };
        let _ = mgr
            .run(|ctx, stop| ferroflux_runtime::reconcile::run::<GitRepository, _>(ctx, probe, stop))
            .await;
    });
    (rt, count)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_leader_reconciles_and_a_standby_takes_over_when_it_dies() {
    let cp = ControlPlane::shared();
    let client = cp.client().await.unwrap();
    let ns = cp.namespace("leader").await.unwrap();
    let shard = ns.name.clone();
    let flags = |_: &str| {
        vec![
            format!("--watch-label-selector=test-shard={shard}"),
            "--enable-leader-election".to_owned(),
            format!("--leader-election-namespace={}", ns.name),
            "--leader-election-lease-duration=4s".to_owned(),
            "--leader-election-renew-deadline=3s".to_owned(),
            "--leader-election-retry-period=500ms".to_owned(),
        ]
    };
    let (rt_a, count_a) = start_replica("replica-a", flags("a"));
    let leases: Api<k8s_openapi::api::coordination::v1::Lease> = Api::namespaced(client.clone(), &ns.name);
    wait_for("replica-a leads", Duration::from_secs(15), || async {
        leases
            .get_opt("probe-controller-leader-election")
            .await
            .unwrap()
            .is_some()
    })
    .await;
    let (rt_b, count_b) = start_replica("replica-b", flags("b"));

    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    api.create(
        &PostParams::default(),
        &git_repo("app", &shard, "https://example.invalid/app", "1h"),
    )
    .await
    .unwrap();
    wait_for("reconciled by replica-a", Duration::from_secs(20), || async {
        api.get("app")
            .await
            .ok()
            .and_then(|o| ready(&o))
            .is_some_and(|r| r.2 == "reconciled by replica-a")
    })
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(count_a.load(Ordering::SeqCst) >= 1);
    assert_eq!(count_b.load(Ordering::SeqCst), 0, "the standby must not reconcile");

    // Kill the leader: its runtime and every task (renewal included) stop at once.
    let killed = Instant::now();
    rt_a.shutdown_background();
    let patch = json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": "after-failover"}}});
    api.patch("app", &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .unwrap();
    wait_for(
        "replica-b takes over and reconciles",
        Duration::from_secs(15),
        || async {
            api.get("app")
                .await
                .ok()
                .and_then(|o| ready(&o))
                .is_some_and(|r| r.2 == "reconciled by replica-b")
        },
    )
    .await;
    let took = killed.elapsed();
    println!(
        "standby took over and reconciled {:.1}s after the leader was killed",
        took.as_secs_f64()
    );
    assert!(took < Duration::from_secs(15));
    let lease = leases.get("probe-controller-leader-election").await.unwrap();
    let spec = lease.spec.unwrap();
    assert!(spec.holder_identity.unwrap().len() > 1);
    assert_eq!(spec.lease_transitions, Some(1));
    rt_b.shutdown_background();
}
