//! `bench-kustomization N [IDLE_SECONDS] [QPS]`: measures kustomize-controller (the release binary,
//! as its own process, next to the release source-controller) reconciling N Kustomizations
//! built from one GitRepository against the real local control plane. Each Kustomization
//! applies its own directory (a kustomization with a Deployment, a headless Service — the
//! local cluster's service range has 254 addresses — and a ConfigMap generator). Reports wall time to all Ready (first apply), wall time for N reconcile
//! requests with nothing changed, the controller's CPU time while idle with a 1m interval
//! (steady state), and its peak RSS, all read from /proc. QPS sets the controller's
//! `--kube-api-qps` (burst twice that); without it Flux's defaults (50/300) apply, and the
//! API request budget, not CPU, bounds the wall times.

use ferroflux_api::kustomize::Kustomization;
use ferroflux_api::source::GitRepository;
use ferroflux_testenv::ControlPlane;
use ferroflux_testenv::git::GitServer;
use kube::api::{Api, ListParams, Patch, PatchParams, PostParams};
use serde_json::json;
use std::process::Command;
use std::time::{Duration, Instant};

use ferroflux_testenv::procs::{cpu_seconds, status_kib as proc_status};

async fn wait_all<F: Fn(&Kustomization) -> bool>(api: &Api<Kustomization>, n: usize, done: F) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(900);
    loop {
        let list = api.list(&ListParams::default()).await?;
        let count = list.items.iter().filter(|o| done(o)).count();
        if count >= n {
            return Ok(());
        }
        anyhow::ensure!(Instant::now() < deadline, "only {count}/{n} done after 900s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn app_files(i: usize) -> Vec<(String, String)> {
    let dir = format!("apps/app{i}");
    vec![
        (
            format!("{dir}/kustomization.yaml"),
            format!(
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- deploy.yaml\n- svc.yaml\nconfigMapGenerator:\n- name: app{i}-config\n  literals:\n  - LOG_LEVEL=info\n  - APP=app{i}\nlabels:\n- pairs:\n    app: app{i}\n  includeSelectors: true\n"
            ),
        ),
        (
            format!("{dir}/deploy.yaml"),
            format!(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app{i}\nspec:\n  replicas: 0\n  template:\n    spec:\n      containers:\n      - name: app\n        image: ghcr.io/example/app:1.0.{i}\n        envFrom:\n        - configMapRef:\n            name: app{i}-config\n        ports:\n        - containerPort: 8080\n"
            ),
        ),
        (
            format!("{dir}/svc.yaml"),
            format!(
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: app{i}\nspec:\n  clusterIP: None\n  ports:\n  - port: 80\n    targetPort: 8080\n"
            ),
        ),
    ]
}

fn spawn(bin: &str, cp: &ControlPlane, args: Vec<String>) -> anyhow::Result<std::process::Child> {
    let path = ferroflux_testenv::workspace_root().join("target/release").join(bin);
    anyhow::ensure!(
        path.exists(),
        "{} missing: cargo build --release -p {bin}",
        path.display()
    );
    let log = std::env::temp_dir().join(format!("ferroflux-bench-{bin}-{}.log", std::process::id()));
    let mut cmd = Command::new(&path);
    cmd.env("KUBECONFIG", cp.kubeconfig()).args(args);
    Ok(ferroflux_testenv::procs::spawn(cmd, &log)?)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let n: usize = std::env::args().nth(1).map(|a| a.parse()).transpose()?.unwrap_or(100);
    let idle: u64 = std::env::args().nth(2).map(|a| a.parse()).transpose()?.unwrap_or(120);
    let qps: Option<u32> = std::env::args().nth(3).map(|a| a.parse()).transpose()?;
    let cp = tokio::task::spawn_blocking(|| ControlPlane::start(false)).await??;
    cp.install_crds().await?;
    let git = tokio::task::spawn_blocking(GitServer::start).await??;
    let repo = git.create_repo("bench")?;
    let files: Vec<(String, String)> = (0..n).flat_map(app_files).collect();
    repo.commit("main", files, &[], "bench content")?;
    let client = cp.client().await?;
    let ns = cp.namespace("bench").await?;

    let storage = std::env::temp_dir().join(format!("ferroflux-bench-storage-{}", std::process::id()));
    let port = ferroflux_testenv::procs::free_port()?;
    let _source = spawn(
        "source-controller",
        &cp,
        vec![
            "--metrics-addr=127.0.0.1:0".into(),
            "--health-addr=127.0.0.1:0".into(),
            format!("--storage-path={}", storage.display()),
            format!("--storage-addr=127.0.0.1:{port}"),
            "--log-level=error".into(),
        ],
    )?;
    let gr: GitRepository = serde_json::from_value(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "apps"},
        "spec": {"url": repo.http_url(), "interval": "60m", "ref": {"branch": "main"}}
    }))?;
    Api::<GitRepository>::namespaced(client.clone(), &ns.name)
        .create(&PostParams::default(), &gr)
        .await?;

    let mut args: Vec<String> = vec![
        "--metrics-addr=127.0.0.1:0".into(),
        "--health-addr=127.0.0.1:0".into(),
        "--log-level=error".into(),
    ];
    if let Some(q) = qps {
        args.push(format!("--kube-api-qps={q}"));
        args.push(format!("--kube-api-burst={}", 2 * q));
    }
    let controller = spawn("kustomize-controller", &cp, args)?;
    let pid = controller.id();
    let api: Api<Kustomization> = Api::namespaced(client.clone(), &ns.name);
    let started = Instant::now();
    for i in 0..n {
        let o: Kustomization = serde_json::from_value(json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
            "metadata": {"name": format!("app{i}")},
            "spec": {
                "interval": "1m", "path": format!("./apps/app{i}"), "prune": true,
                "targetNamespace": ns.name,
                "sourceRef": {"kind": "GitRepository", "name": "apps"},
            }
        }))?;
        api.create(&PostParams::default(), &o).await?;
    }
    let ready = |o: &Kustomization| {
        o.status.as_ref().is_some_and(|s| {
            s.last_applied_revision.is_some()
                && s.conditions
                    .as_ref()
                    .is_some_and(|c| c.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
        })
    };
    wait_all(&api, n, ready).await?;
    let first = started.elapsed();
    let cpu_first = cpu_seconds(pid).unwrap_or(0.0);
    let rss_first = proc_status(pid, "VmHWM:").unwrap_or(0);

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
    let forced = started.elapsed();
    let cpu_forced = cpu_seconds(pid).unwrap_or(0.0);

    tokio::time::sleep(Duration::from_secs(idle)).await;
    let cpu_idle = cpu_seconds(pid).unwrap_or(0.0) - cpu_forced;
    let rss_peak = proc_status(pid, "VmHWM:").unwrap_or(0);
    let rss_now = proc_status(pid, "VmRSS:").unwrap_or(0);
    let objects = 3 * n;
    let limits = match qps {
        Some(q) => format!("--kube-api-qps={q} --kube-api-burst={}", 2 * q),
        None => "default --kube-api-qps=50 --kube-api-burst=300".to_owned(),
    };
    println!("kustomize-controller, {n} Kustomizations ({objects} objects) from one GitRepository, 2 cores, {limits}:");
    println!(
        "  first apply (create -> all Ready):          {:>7.2}s  cpu {:.2}s  peak RSS {:.1} MiB",
        first.as_secs_f64(),
        cpu_first,
        rss_first as f64 / 1024.0
    );
    println!(
        "  {n} reconcile requests, nothing changed:   {:>7.2}s  cpu {:.2}s",
        forced.as_secs_f64(),
        cpu_forced - cpu_first
    );
    println!(
        "  steady state, {idle}s idle at interval 1m:    cpu {:.2}s ({:.1}% of one core)  peak RSS {:.1} MiB (now {:.1} MiB)",
        cpu_idle,
        100.0 * cpu_idle / idle as f64,
        rss_peak as f64 / 1024.0,
        rss_now as f64 / 1024.0
    );
    let _ = std::fs::remove_dir_all(&storage);
    Ok(())
}
