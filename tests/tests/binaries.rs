//! The controller binaries as a user runs them, against the real API server: they start with
//! Flux's flags, serve `/healthz`, `/readyz` and `/metrics`, hold the leader-election Lease,
//! and on SIGTERM stop promptly with exit status 0, handing the Lease back.
//!
//! The binaries are expected in the workspace's target directory (`cargo build --bins`, which
//! `hack/test.sh` runs first).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ferroflux_testenv::{ControlPlane, workspace_root};
use k8s_openapi::api::coordination::v1::Lease;
use kube::api::Api;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CONTROLLERS: [&str; 5] = [
    "source-controller",
    "kustomize-controller",
    "helm-controller",
    "image-automation-controller",
    "notification-controller",
];

fn binary(name: &str) -> PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| workspace_root().join("target"));
    let p = target.join("debug").join(name);
    assert!(
        p.exists(),
        "{} not built — run `cargo build --bins` first (hack/test.sh does)",
        p.display()
    );
    p
}

fn free_port() -> u16 {
    ferroflux_testenv::procs::free_port().unwrap()
}

async fn get(url: &str) -> Option<(u16, String)> {
    let resp = reqwest::get(url).await.ok()?;
    let status = resp.status().as_u16();
    Some((status, resp.text().await.ok()?))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn controllers_serve_admin_endpoints_lead_and_stop_on_sigterm() {
    let cp = ControlPlane::shared();
    let client = cp.client().await.unwrap();
    let ns = cp.namespace("binaries").await.unwrap();
    let leases: Api<Lease> = Api::namespaced(client.clone(), &ns.name);
    for name in CONTROLLERS {
        let (mp, hp) = (free_port(), free_port());
        let storage = std::env::temp_dir().join(format!("ferroflux-bin-storage-{}", std::process::id()));
        let mut extra = Vec::new();
        if name == "source-controller" {
            extra.push(format!("--storage-path={}", storage.display()));
            extra.push(format!("--storage-addr=127.0.0.1:{}", free_port()));
        }
        let mut child = Command::new(binary(name))
            .env("KUBECONFIG", cp.kubeconfig())
            .env("RUNTIME_NAMESPACE", &ns.name)
            .args([
                format!("--metrics-addr=127.0.0.1:{mp}"),
                format!("--health-addr=127.0.0.1:{hp}"),
                "--enable-leader-election".to_owned(),
                "--leader-election-retry-period=500ms".to_owned(),
                "--log-encoding=json".to_owned(),
            ])
            .args(&extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let healthy = get(&format!("http://127.0.0.1:{hp}/healthz"))
                .await
                .is_some_and(|r| r.0 == 200);
            let ready = get(&format!("http://127.0.0.1:{hp}/readyz"))
                .await
                .is_some_and(|r| r.0 == 200);
            let lease = leases.get_opt(&format!("{name}-leader-election")).await.unwrap();
            let held = lease
                .and_then(|l| l.spec)
                .and_then(|s| s.holder_identity)
                .is_some_and(|h| !h.is_empty());
            if healthy && ready && held {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "{name}: healthz={healthy} readyz={ready} lease held={held}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let (status, metrics) = get(&format!("http://127.0.0.1:{mp}/metrics")).await.unwrap();
        assert_eq!(status, 200);
        assert!(metrics.contains("process_resident_memory_bytes"), "{name}: {metrics}");
        assert!(metrics.contains("process_cpu_seconds_total"), "{name}: {metrics}");

        // SIGTERM: graceful stop, Lease released for a standby.
        let stopped = Instant::now();
        let pid = child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            assert!(
                stopped.elapsed() < Duration::from_secs(10),
                "{name} did not stop within 10s of SIGTERM"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        let mut log = String::new();
        use std::io::Read;
        child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
        assert!(status.success(), "{name} exited with {status}; log:\n{log}");
        // A controller either starts its kinds' loops or says which kinds it does not reconcile yet.
        assert!(
            log.contains("no kinds are reconciled by this build")
                || log.contains("not reconciled by this build yet")
                || log.contains("\"message\":\"starting controller\""),
            "{name} must start its controllers or say what it does not reconcile yet:\n{log}"
        );
        let _ = std::fs::remove_dir_all(&storage);
        let lease = leases.get(&format!("{name}-leader-election")).await.unwrap();
        let holder = lease.spec.and_then(|s| s.holder_identity).unwrap_or_default();
        assert!(
            holder.is_empty(),
            "{name} should release its Lease on SIGTERM, still held by {holder}"
        );
        println!(
            "{name}: healthy, leading, stopped {:.2}s after SIGTERM",
            stopped.elapsed().as_secs_f64()
        );
    }
}

#[test]
fn unknown_flags_are_rejected_with_a_usage_message() {
    let out = Command::new(binary("source-controller"))
        .arg("--no-such-flag")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--no-such-flag"), "{err}");
    let out = Command::new(binary("kustomize-controller"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for flag in [
        "--metrics-addr",
        "--health-addr",
        "--events-addr",
        "--concurrent",
        "--requeue-dependency",
        "--watch-all-namespaces",
        "--watch-label-selector",
        "--enable-leader-election",
        "--log-level",
        "--log-encoding",
        "--kube-api-qps",
        "--kube-api-burst",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}:\n{help}");
    }
}
