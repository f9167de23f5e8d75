//! The process around the controllers: logging, the Kubernetes client, the admin servers,
//! signal handling and leader election. A controller binary builds a [`Manager`] from its
//! flags and hands it the kind loops to run.

use crate::admin::{self, Readiness};
use crate::cli::RuntimeArgs;
use crate::duration::parse_duration;
use crate::error::RuntimeError;
use crate::events::EventRecorder;
use crate::leader::{LeaderElector, LeaseTiming, new_identity};
use crate::metrics::Metrics;
use crate::reconcile::{Context, Settings};
use std::future::Future;
use std::net::SocketAddr;
use tokio_util::sync::CancellationToken;

/// Namespace the controller runs in, for leader election and single-namespace watches.
pub fn runtime_namespace() -> String {
    std::env::var("RUNTIME_NAMESPACE")
        .ok()
        .filter(|s| !s.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/var/run/secrets/kubernetes.io/serviceaccount/namespace")
                .ok()
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_else(|| "flux-system".to_owned())
}

/// A running controller process (before its kind loops start).
pub struct Manager {
    name: String,
    args: RuntimeArgs,
    client: kube::Client,
    config: kube::Config,
    metrics: Metrics,
    readiness: Readiness,
    shutdown: CancellationToken,
    addrs: (SocketAddr, SocketAddr),
    default_concurrency: u16,
}

impl Manager {
    /// Sets up logging, TLS, the Kubernetes client (from `KUBECONFIG` or in-cluster), signal
    /// handling and the admin servers for controller `name`.
    pub async fn start(name: &str, args: RuntimeArgs, default_concurrency: u16) -> Result<Self, RuntimeError> {
        crate::telemetry::init_logging(args.log_level, args.log_encoding);
        let shutdown = crate::shutdown::on_signals();
        Self::start_with(name, args, default_concurrency, shutdown, None).await
    }

    /// Like [`Manager::start`], with a caller-provided shutdown token instead of signals and,
    /// optionally, an explicit client configuration instead of `KUBECONFIG`/in-cluster (used to
    /// run several managers in one process, e.g. in tests).
    pub async fn start_with(
        name: &str,
        args: RuntimeArgs,
        default_concurrency: u16,
        shutdown: CancellationToken,
        config: Option<kube::Config>,
    ) -> Result<Self, RuntimeError> {
        crate::tls::install_crypto_provider();
        for (flag, v) in [
            ("requeue-dependency", &args.requeue_dependency),
            ("leader-election-lease-duration", &args.leader_election_lease_duration),
            ("leader-election-renew-deadline", &args.leader_election_renew_deadline),
            ("leader-election-retry-period", &args.leader_election_retry_period),
        ] {
            parse_duration(v).map_err(|e| RuntimeError::Config(format!("--{flag}: {e}")))?;
        }
        let mut config = match config {
            Some(c) => c,
            None => kube::Config::infer()
                .await
                .map_err(|e| RuntimeError::Config(format!("kubeconfig: {e}")))?,
        };
        config.read_timeout = Some(std::time::Duration::from_secs(295));
        let client = crate::ratelimit::client(config.clone(), args.kube_api_qps, args.kube_api_burst)?;
        let metrics = Metrics::new();
        let readiness = Readiness::default();
        let addrs = admin::serve(&args, metrics.clone(), readiness.clone(), shutdown.clone()).await?;
        Ok(Self {
            name: name.to_owned(),
            args,
            client,
            config,
            metrics,
            readiness,
            shutdown,
            addrs,
            default_concurrency,
        })
    }

    /// Returns the client configuration the manager's client was built from (controllers derive
    /// impersonating clients from it).
    pub fn kube_config(&self) -> &kube::Config {
        &self.config
    }

    /// Returns the Kubernetes client.
    pub fn client(&self) -> kube::Client {
        self.client.clone()
    }

    /// Returns the process shutdown token.
    pub fn shutdown_token(&self) -> CancellationToken {
        self.shutdown.clone()
    }

    /// Returns the bound metrics and health addresses.
    pub fn admin_addrs(&self) -> (SocketAddr, SocketAddr) {
        self.addrs
    }

    /// Returns the shared flags.
    pub fn args(&self) -> &RuntimeArgs {
        &self.args
    }

    /// Returns the context handed to every kind loop.
    pub fn context(&self) -> Context {
        let namespace = if self.args.watch_all_namespaces {
            None
        } else {
            Some(runtime_namespace())
        };
        Context {
            client: self.client.clone(),
            events: EventRecorder::new(self.client.clone(), &self.name, &self.args.events_addr),
            metrics: self.metrics.clone(),
            settings: Settings {
                controller: self.name.clone(),
                concurrency: self.args.concurrent.unwrap_or(self.default_concurrency),
                jitter_percent: self.args.interval_jitter_percentage,
                namespace,
                label_selector: Some(self.args.watch_label_selector.clone()).filter(|s| !s.is_empty()),
            },
        }
    }

    /// Waits for leadership when enabled, then runs `controllers` until shutdown or loss of
    /// leadership. `controllers` receives the context and a token to stop on.
    pub async fn run<F, Fut>(self, controllers: F) -> Result<(), RuntimeError>
    where
        F: FnOnce(Context, CancellationToken) -> Fut,
        Fut: Future<Output = ()>,
    {
        self.readiness.set(true);
        let ctx = self.context();
        if !self.args.enable_leader_election {
            controllers(ctx, self.shutdown.clone()).await;
            return Ok(());
        }
        let timing = LeaseTiming {
            lease_duration: parse_duration(&self.args.leader_election_lease_duration)
                .map_err(|e| RuntimeError::Config(e.to_string()))?,
            renew_deadline: parse_duration(&self.args.leader_election_renew_deadline)
                .map_err(|e| RuntimeError::Config(e.to_string()))?,
            retry_period: parse_duration(&self.args.leader_election_retry_period)
                .map_err(|e| RuntimeError::Config(e.to_string()))?,
        };
        let namespace = self
            .args
            .leader_election_namespace
            .clone()
            .unwrap_or_else(runtime_namespace);
        let lease = format!("{}-leader-election", self.name);
        let elector = LeaderElector::new(self.client.clone(), &namespace, &lease, &new_identity(), timing);
        tracing::info!(lease = %lease, namespace = %namespace, identity = %elector.identity(), "waiting for leadership");
        let Some(leadership) = elector.acquire(&self.shutdown).await? else {
            return Ok(());
        };
        let stop = self.shutdown.child_token();
        let (lost, s2) = (leadership.lost.clone(), stop.clone());
        tokio::spawn(async move {
            lost.cancelled().await;
            s2.cancel();
        });
        controllers(ctx, stop).await;
        let lost = leadership.lost.is_cancelled();
        leadership.step_down(self.args.leader_election_release_on_cancel).await;
        if lost {
            Err(RuntimeError::LeadershipLost)
        } else {
            Ok(())
        }
    }
}

impl Manager {
    /// Runs a controller whose kinds are not implemented yet: it serves its admin endpoints,
    /// takes part in leader election and reconciles nothing, saying so in the log, until
    /// shutdown. `pending` names the kinds still to come.
    pub async fn run_wiring_only(self, pending: &[&str]) -> Result<(), RuntimeError> {
        let name = self.name.clone();
        let pending = pending.join(", ");
        self.run(|_ctx, stop| async move {
            tracing::warn!(controller = %name, pending = %pending, "no kinds are reconciled by this build of the controller yet");
            stop.cancelled().await;
        })
        .await
    }
}
