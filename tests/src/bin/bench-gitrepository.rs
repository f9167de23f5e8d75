//! `bench-gitrepository N`: measures source-controller (the release binary, as its own process)
//! reconciling N GitRepositories that point at one local Git repository over HTTP, against the
//! real local control plane. Reports wall time to all Ready (first run), wall time for N
//! reconcile requests with an unchanged remote (steady state), and the controller's peak RSS
//! and CPU time read from /proc.

use ferroflux_api::source::GitRepository;
use ferroflux_testenv::ControlPlane;
use ferroflux_testenv::git::GitServer;
use kube::api::{Api, ListParams, Patch, PatchParams, PostParams};
use serde_json::json;
use std::process::Command;
use std::time::{Duration, Instant};

use ferroflux_testenv::procs::{cpu_seconds, status_kib as proc_status};

async fn wait_all<F: Fn(&GitRepository) -> bool>(api: &Api<GitRepository>, n: usize, done: F) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        let list = api.list(&ListParams::default()).await?;
        let count = list.items.iter().filter(|o| done(o)).count();
        if count >= n {
            return Ok(());
        }
        anyhow::ensure!(Instant::now() < deadline, "only {count}/{n} done after 600s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(100);
    let bin = ferroflux_testenv::workspace_root().join("target/release/source-controller");
    anyhow::ensure!(
        bin.exists(),
        "{} missing: cargo build --release -p source-controller",
        bin.display()
    );
    let cp = tokio::task::spawn_blocking(|| ControlPlane::start(false)).await??;
    cp.install_crds().await?;
    let git = tokio::task::spawn_blocking(GitServer::start).await??;
    let repo = git.create_repo("bench")?;
    let files: Vec<(String, String)> = (0..50)
        .map(|i| {
            (
                format!("apps/app{i}/deploy.yaml"),
                format!("kind: ConfigMap\nmetadata:\n  name: app{i}\n"),
            )
        })
        .collect();
    repo.commit("main", files, &[], "bench content")?;
    let client = cp.client().await?;
    let ns = cp.namespace("bench").await?;
    let storage = std::env::temp_dir().join(format!("ferroflux-bench-storage-{}", std::process::id()));
    let port = ferroflux_testenv::procs::free_port()?;
    let log = std::env::temp_dir().join(format!("ferroflux-bench-{}.log", std::process::id()));
    let mut cmd = Command::new(&bin);
    cmd.env("KUBECONFIG", cp.kubeconfig()).args([
        "--metrics-addr=127.0.0.1:0".to_owned(),
        "--health-addr=127.0.0.1:0".to_owned(),
        format!("--storage-path={}", storage.display()),
        format!("--storage-addr=127.0.0.1:{port}"),
        "--log-level=error".to_owned(),
    ]);
    let child = ferroflux_testenv::procs::spawn(cmd, &log)?;
    let pid = child.id();
    let api: Api<GitRepository> = Api::namespaced(client.clone(), &ns.name);
    let started = Instant::now();
    for i in 0..n {
        let o: GitRepository = serde_json::from_value(json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": format!("app{i}")},
            "spec": {"url": repo.http_url(), "interval": "60m", "ref": {"branch": "main"}}
        }))?;
        api.create(&PostParams::default(), &o).await?;
    }
    let ready = |o: &GitRepository| {
        o.status
            .as_ref()
            .and_then(|s| s.conditions.as_ref())
            .is_some_and(|c| c.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
    };
    wait_all(&api, n, ready).await?;
    let first = started.elapsed();
    let rss_first = proc_status(pid, "VmHWM:").unwrap_or(0);
    let cpu_first = cpu_seconds(pid).unwrap_or(0.0);

    let started = Instant::now();
    let token = "bench-steady";
    for i in 0..n {
        let patch = json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": token}}});
        api.patch(&format!("app{i}"), &PatchParams::default(), &Patch::Merge(&patch))
            .await?;
    }
    wait_all(&api, n, |o| {
        o.status.as_ref().and_then(|s| s.last_handled_reconcile_at.as_deref()) == Some(token)
    })
    .await?;
    let steady = started.elapsed();
    let rss_peak = proc_status(pid, "VmHWM:").unwrap_or(0);
    let rss_now = proc_status(pid, "VmRSS:").unwrap_or(0);
    let cpu_total = cpu_seconds(pid).unwrap_or(0.0);
    println!("source-controller, {n} GitRepositories -> one local repo (50 files) over HTTP, 2 cores:");
    println!(
        "  first run (create -> all Ready):        {:>7.2}s  cpu {:.2}s  peak RSS {:.1} MiB",
        first.as_secs_f64(),
        cpu_first,
        rss_first as f64 / 1024.0
    );
    println!(
        "  steady state ({n} requests, no change): {:>7.2}s  cpu {:.2}s  peak RSS {:.1} MiB (now {:.1} MiB)",
        steady.as_secs_f64(),
        cpu_total - cpu_first,
        rss_peak as f64 / 1024.0,
        rss_now as f64 / 1024.0
    );
    drop(child);
    let _ = std::fs::remove_dir_all(&storage);
    Ok(())
}
