//! The local control plane: etcd + kube-apiserver + kube-controller-manager on loopback.

use crate::{pki, procs};
use k8s_openapi::api::core::v1::Namespace;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, DeleteParams, Patch, PatchParams, PostParams};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Returns the workspace root (the directory holding the top-level Cargo.toml).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn k8s_bin_dir() -> PathBuf {
    if let Ok(d) = std::env::var("FERROFLUX_K8S_BIN") {
        return PathBuf::from(d);
    }
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    PathBuf::from(home).join(".cache/ferroflux/k8s-v1.20.2")
}

/// A running control plane. Its processes stop when the process exits.
pub struct ControlPlane {
    dir: PathBuf,
    api_port: u16,
    children: Mutex<Vec<Child>>,
}

impl ControlPlane {
    /// Returns this process's control plane, starting it (and installing the CRDs) on first use.
    /// Panics with instructions when the binaries are missing: tests need a real API server.
    #[allow(clippy::panic)] // test support: a test without its control plane cannot run
    pub fn shared() -> &'static ControlPlane {
        static CP: OnceLock<ControlPlane> = OnceLock::new();
        CP.get_or_init(|| {
            // Start on a plain thread: this may be called from inside a tokio runtime.
            let handle = std::thread::spawn(|| {
                let cp = ControlPlane::start(true)?;
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
                rt.block_on(cp.install_crds())?;
                Ok::<_, anyhow::Error>(cp)
            });
            match handle.join() {
                Ok(Ok(cp)) => cp,
                Ok(Err(e)) => panic!("testenv: cannot start the local control plane: {e:#}"),
                Err(_) => panic!("testenv: control plane start-up panicked"),
            }
        })
    }

    /// Starts etcd, kube-apiserver and (when `controller_manager`) kube-controller-manager in a
    /// fresh directory and waits until the API server is ready.
    pub fn start(controller_manager: bool) -> anyhow::Result<Self> {
        let bin = k8s_bin_dir();
        let kas = bin.join("kube-apiserver");
        let kcm = bin.join("kube-controller-manager");
        if !kas.exists() || !kcm.exists() {
            anyhow::bail!(
                "kube-apiserver/kube-controller-manager v1.20.2 not found in {} — run hack/install-test-deps.sh (builds them once per machine)",
                bin.display()
            );
        }
        let etcd = which("etcd")
            .ok_or_else(|| anyhow::anyhow!("etcd not found — run hack/install-test-deps.sh (Debian etcd-server)"))?;
        let base = std::env::temp_dir().join("ferroflux-testenv");
        reap_stale(&base);
        let dir = base.join(format!("{}-{:08x}", std::process::id(), rand::random::<u32>()));
        std::fs::create_dir_all(&dir)?;
        let pki_dir = dir.join("pki");
        pki::generate(&pki_dir)?;
        std::fs::write(pki_dir.join("tokens.csv"), "admin-token,admin,1000,system:masters\n")?;
        let (ep, epp, ap, kp) = (
            procs::free_port()?,
            procs::free_port()?,
            procs::free_port()?,
            procs::free_port()?,
        );
        let cp = ControlPlane {
            dir: dir.clone(),
            api_port: ap,
            children: Mutex::new(Vec::new()),
        };
        let started = Instant::now();
        let mut c = Command::new(etcd);
        c.args([
            "--name=testenv".to_owned(),
            format!("--data-dir={}", dir.join("etcd").display()),
            format!("--listen-client-urls=http://127.0.0.1:{ep}"),
            format!("--advertise-client-urls=http://127.0.0.1:{ep}"),
            format!("--listen-peer-urls=http://127.0.0.1:{epp}"),
            format!("--initial-advertise-peer-urls=http://127.0.0.1:{epp}"),
            format!("--initial-cluster=testenv=http://127.0.0.1:{epp}"),
            "--unsafe-no-fsync".to_owned(),
            "--log-level=warn".to_owned(),
        ]);
        cp.push(procs::spawn(c, &dir.join("etcd.log"))?);
        let p = |f: &str| pki_dir.join(f).display().to_string();
        let mut c = Command::new(&kas);
        c.args([
            format!("--etcd-servers=http://127.0.0.1:{ep}"),
            "--bind-address=127.0.0.1".to_owned(),
            "--advertise-address=127.0.0.1".to_owned(),
            format!("--secure-port={ap}"),
            format!("--tls-cert-file={}", p("apiserver.crt")),
            format!("--tls-private-key-file={}", p("apiserver.key")),
            format!("--client-ca-file={}", p("ca.crt")),
            format!("--token-auth-file={}", p("tokens.csv")),
            "--authorization-mode=RBAC".to_owned(),
            "--allow-privileged=true".to_owned(),
            format!("--service-account-key-file={}", p("sa.pub")),
            format!("--service-account-signing-key-file={}", p("sa.key")),
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local".to_owned(),
            "--api-audiences=https://kubernetes.default.svc.cluster.local".to_owned(),
            "--service-cluster-ip-range=10.0.0.0/24".to_owned(),
            "--disable-admission-plugins=ServiceAccount".to_owned(),
        ]);
        cp.push(procs::spawn(c, &dir.join("kube-apiserver.log"))?);
        cp.write_kubeconfig()?;
        cp.wait_ready(Duration::from_secs(60))?;
        if controller_manager {
            let kc = cp.kubeconfig().display().to_string();
            let mut c = Command::new(&kcm);
            c.args([
                format!("--kubeconfig={kc}"),
                format!("--authentication-kubeconfig={kc}"),
                format!("--authorization-kubeconfig={kc}"),
                "--bind-address=127.0.0.1".to_owned(),
                format!("--secure-port={kp}"),
                format!("--service-account-private-key-file={}", p("sa.key")),
                format!("--root-ca-file={}", p("ca.crt")),
                "--use-service-account-credentials=false".to_owned(),
                "--leader-elect=false".to_owned(),
                "--controllers=*,-nodeipam,-nodelifecycle,-cloud-node-lifecycle,-service,-route,-attachdetach,-persistentvolume-binder,-pvc-protection,-pv-protection".to_owned(),
            ]);
            cp.push(procs::spawn(c, &dir.join("kube-controller-manager.log"))?);
        }
        eprintln!(
            "testenv: control plane ready in {:.1}s at https://127.0.0.1:{ap} (state in {})",
            started.elapsed().as_secs_f64(),
            dir.display()
        );
        Ok(cp)
    }

    fn push(&self, child: Child) {
        if let Ok(mut c) = self.children.lock() {
            c.push(child);
        }
    }

    /// Returns the admin kubeconfig path.
    pub fn kubeconfig(&self) -> PathBuf {
        self.dir.join("admin.kubeconfig")
    }

    /// Returns the directory holding the PKI, logs and etcd data.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Returns the API server URL.
    pub fn server(&self) -> String {
        format!("https://127.0.0.1:{}", self.api_port)
    }

    fn write_kubeconfig(&self) -> anyhow::Result<()> {
        let p = |f: &str| self.dir.join("pki").join(f).display().to_string();
        let text = format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: testenv\n  cluster:\n    server: {}\n    certificate-authority: {}\nusers:\n- name: admin\n  user:\n    client-certificate: {}\n    client-key: {}\ncontexts:\n- name: testenv\n  context:\n    cluster: testenv\n    user: admin\n    namespace: default\ncurrent-context: testenv\n",
            self.server(),
            p("ca.crt"),
            p("admin.crt"),
            p("admin.key")
        );
        std::fs::write(self.kubeconfig(), text)?;
        Ok(())
    }

    fn wait_ready(&self, timeout: Duration) -> anyhow::Result<()> {
        let deadline = Instant::now() + timeout;
        let ca = self.dir.join("pki/ca.crt");
        while Instant::now() < deadline {
            let ok = Command::new("curl")
                .args(["-sf", "--max-time", "2", "--cacert"])
                .arg(&ca)
                .arg(format!("{}/readyz", self.server()))
                .output()
                .map(|o| o.status.success())
                .unwrap_or(false);
            if ok {
                return Ok(());
            }
            if let Ok(mut ch) = self.children.lock() {
                for c in ch.iter_mut() {
                    if let Ok(Some(status)) = c.try_wait() {
                        let log = std::fs::read_to_string(self.dir.join("kube-apiserver.log")).unwrap_or_default();
                        let tail: Vec<&str> = log.lines().rev().take(20).collect();
                        anyhow::bail!(
                            "a control plane process exited ({status}); kube-apiserver log tail:\n{}",
                            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
                        );
                    }
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        anyhow::bail!("kube-apiserver not ready after {timeout:?}; see {}", self.dir.display())
    }

    /// Returns a client configuration for the admin user.
    pub async fn config(&self) -> anyhow::Result<kube::Config> {
        let kc = kube::config::Kubeconfig::read_from(self.kubeconfig())?;
        Ok(kube::Config::from_custom_kubeconfig(kc, &kube::config::KubeConfigOptions::default()).await?)
    }

    /// Returns an admin client.
    pub async fn client(&self) -> anyhow::Result<kube::Client> {
        ferroflux_runtime::tls::install_crypto_provider();
        Ok(kube::Client::try_from(self.config().await?)?)
    }

    /// Applies the generated CRDs from `charts/ferroflux/crds/` and waits until all are
    /// established.
    pub async fn install_crds(&self) -> anyhow::Result<()> {
        let client = self.client().await?;
        let api: Api<CustomResourceDefinition> = Api::all(client);
        let crds = load_crds(&workspace_root().join("charts/ferroflux/crds"))?;
        let pp = PatchParams::apply("ferroflux-testenv").force();
        for crd in &crds {
            let name = crd.metadata.name.clone().unwrap_or_default();
            api.patch(&name, &pp, &Patch::Apply(crd))
                .await
                .map_err(|e| anyhow::anyhow!("install CRD {name}: {e}"))?;
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        for crd in &crds {
            let name = crd.metadata.name.clone().unwrap_or_default();
            loop {
                let c = api.get(&name).await?;
                let established = c
                    .status
                    .and_then(|s| s.conditions)
                    .unwrap_or_default()
                    .iter()
                    .any(|c| c.type_ == "Established" && c.status == "True");
                if established {
                    break;
                }
                if Instant::now() > deadline {
                    anyhow::bail!("CRD {name} not established");
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        Ok(())
    }

    /// Creates a throw-away namespace, deleted when the returned guard drops.
    pub async fn namespace(&self, prefix: &str) -> anyhow::Result<TestNamespace> {
        let client = self.client().await?;
        let name = format!("{prefix}-{:06x}", rand::random::<u32>() & 0xff_ffff);
        let ns = Namespace {
            metadata: kube::api::ObjectMeta {
                name: Some(name.clone()),
                ..Default::default()
            },
            ..Default::default()
        };
        Api::<Namespace>::all(client.clone())
            .create(&PostParams::default(), &ns)
            .await?;
        Ok(TestNamespace { name, client })
    }
}

/// Loads every CRD document from a directory of YAML files.
pub fn load_crds(dir: &Path) -> anyhow::Result<Vec<CustomResourceDefinition>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f)?;
        let crd: CustomResourceDefinition =
            yaml_serde::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
        out.push(crd);
    }
    if out.is_empty() {
        anyhow::bail!(
            "no CRDs in {} — run: cargo run -p ferroflux-api --bin crdgen",
            dir.display()
        );
    }
    Ok(out)
}

/// A namespace that is deleted (in the background) when dropped.
pub struct TestNamespace {
    /// The namespace name.
    pub name: String,
    client: kube::Client,
}

impl Drop for TestNamespace {
    fn drop(&mut self) {
        let (client, name) = (self.client.clone(), self.name.clone());
        if let Ok(h) = tokio::runtime::Handle::try_current() {
            h.spawn(async move {
                let _ = Api::<Namespace>::all(client)
                    .delete(&name, &DeleteParams::default())
                    .await;
            });
        }
    }
}

fn which(bin: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(bin)).find(|p| p.is_file()))
}

/// Removes state directories of earlier test processes that are gone.
fn reap_stale(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else { return };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

impl Drop for ControlPlane {
    fn drop(&mut self) {
        if let Ok(mut ch) = self.children.lock() {
            for c in ch.iter_mut().rev() {
                let _ = c.kill();
                let _ = c.wait();
            }
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
