//! `local-cluster`: starts the local control plane (etcd, kube-apiserver, kube-controller-manager
//! v1.20.2), installs the ferroflux CRDs and, with `--controllers DIR`, runs the five controller
//! binaries from DIR against it. Writes the admin kubeconfig to `.local/kubeconfig` and runs until
//! Ctrl-C; everything it started stops with it.

use ferroflux_testenv::ControlPlane;
use std::process::Command;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut controllers_dir = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--controllers" => controllers_dir = args.next(),
            "-h" | "--help" => {
                println!("usage: local-cluster [--controllers DIR]");
                return Ok(());
            }
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    let cp = tokio::task::spawn_blocking(|| ControlPlane::start(true)).await??;
    cp.install_crds().await?;
    let local = ferroflux_testenv::workspace_root().join(".local");
    std::fs::create_dir_all(&local)?;
    let kubeconfig = local.join("kubeconfig");
    std::fs::copy(cp.kubeconfig(), &kubeconfig)?;
    println!("local cluster ready: export KUBECONFIG={}", kubeconfig.display());
    if let Some(dir) = controllers_dir {
        let names = [
            "source-controller",
            "kustomize-controller",
            "helm-controller",
            "image-automation-controller",
            "notification-controller",
        ];
        for (i, name) in names.iter().enumerate() {
            let metrics = 18080 + i as u16;
            let health = 19440 + i as u16;
            let mut c = Command::new(std::path::Path::new(&dir).join(name));
            c.env("KUBECONFIG", &kubeconfig)
                .env("RUNTIME_NAMESPACE", "flux-system")
                .arg(format!("--metrics-addr=127.0.0.1:{metrics}"))
                .arg(format!("--health-addr=127.0.0.1:{health}"))
                .arg("--log-encoding=console");
            if *name == "source-controller" {
                c.arg(format!("--storage-path={}", local.join("storage").display()))
                    .arg("--storage-addr=127.0.0.1:19090")
                    .arg("--storage-adv-addr=127.0.0.1:19090");
            }
            let log = local.join(format!("{name}.log"));
            ferroflux_testenv::procs::spawn(c, &log)?;
            println!(
                "{name}: metrics http://127.0.0.1:{metrics}/metrics, health http://127.0.0.1:{health}/healthz, log {}",
                log.display()
            );
        }
    }
    println!("press Ctrl-C to stop");
    tokio::signal::ctrl_c().await?;
    drop(cp);
    Ok(())
}
