//! Command-line flags every controller shares, with Flux's names and defaults. Each
//! controller flattens [`RuntimeArgs`] into its own clap parser.

use clap::{Args, ValueEnum};

/// Log output format (`--log-encoding`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum LogEncoding {
    /// One JSON object per line (the default, like Flux).
    #[default]
    Json,
    /// Human-readable lines.
    Console,
}

/// Log verbosity (`--log-level`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Default)]
pub enum LogLevel {
    /// Everything, including per-request detail.
    Trace,
    /// Debug messages and above.
    Debug,
    /// Informational messages and above (default).
    #[default]
    Info,
    /// Errors only.
    Error,
}

/// Flags shared by all ferroflux controllers (Flux's flag names).
#[derive(Args, Clone, Debug)]
pub struct RuntimeArgs {
    /// The address the Prometheus metrics endpoint binds to.
    #[arg(long, default_value = ":8080")]
    pub metrics_addr: String,
    /// The address the health endpoints (/healthz, /readyz) bind to.
    #[arg(long, default_value = ":9440")]
    pub health_addr: String,
    /// The URL of notification-controller's event server; events are not posted when empty.
    #[arg(long, default_value = "")]
    pub events_addr: String,
    /// The number of objects reconciled concurrently (default depends on the controller).
    #[arg(long)]
    pub concurrent: Option<u16>,
    /// The interval at which objects with failing dependencies are requeued.
    #[arg(long, default_value = "30s")]
    pub requeue_dependency: String,
    /// Watch objects in all namespaces; when false only the runtime namespace is watched.
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub watch_all_namespaces: bool,
    /// Only watch objects matching this label selector (sharding), e.g. `sharding.fluxcd.io/key=shard1`.
    #[arg(long, default_value = "")]
    pub watch_label_selector: String,
    /// Run several replicas; only the one holding the Lease reconciles.
    #[arg(long, default_value_t = false, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub enable_leader_election: bool,
    /// How long a Lease is valid without renewal.
    #[arg(long, default_value = "35s")]
    pub leader_election_lease_duration: String,
    /// How long the leader keeps trying to renew before giving up leadership.
    #[arg(long, default_value = "30s")]
    pub leader_election_renew_deadline: String,
    /// How often candidates try to acquire or renew the Lease.
    #[arg(long, default_value = "5s")]
    pub leader_election_retry_period: String,
    /// Release the Lease on graceful shutdown so a standby takes over at once.
    #[arg(long, default_value_t = true, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub leader_election_release_on_cancel: bool,
    /// Namespace of the leader-election Lease (default: $RUNTIME_NAMESPACE, then the pod's namespace).
    #[arg(long)]
    pub leader_election_namespace: Option<String>,
    /// Log verbosity.
    #[arg(long, value_enum, default_value_t = LogLevel::Info)]
    pub log_level: LogLevel,
    /// Log format.
    #[arg(long, value_enum, default_value_t = LogEncoding::Json)]
    pub log_encoding: LogEncoding,
    /// Maximum queries per second to the Kubernetes API server.
    #[arg(long, default_value_t = 50.0)]
    pub kube_api_qps: f32,
    /// Maximum burst of queries to the Kubernetes API server.
    #[arg(long, default_value_t = 300)]
    pub kube_api_burst: u32,
    /// Percentage of jitter added to every reconcile interval.
    #[arg(long, default_value_t = 5)]
    pub interval_jitter_percentage: u8,
}

impl RuntimeArgs {
    /// Returns `addr` with an empty host (`:8080`) turned into the IPv4 wildcard, as Go allows.
    pub fn socket_addr(addr: &str) -> String {
        if addr.starts_with(':') {
            format!("0.0.0.0{addr}")
        } else {
            addr.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        rt: RuntimeArgs,
    }

    #[test]
    fn defaults_match_flux() {
        let c = Cli::parse_from(["x"]);
        assert_eq!(c.rt.metrics_addr, ":8080");
        assert_eq!(c.rt.health_addr, ":9440");
        assert_eq!(c.rt.requeue_dependency, "30s");
        assert!(c.rt.watch_all_namespaces);
        assert!(!c.rt.enable_leader_election);
        assert_eq!(c.rt.log_encoding, LogEncoding::Json);
    }

    #[test]
    fn go_style_booleans_parse() {
        let c = Cli::parse_from(["x", "--watch-all-namespaces=false", "--enable-leader-election"]);
        assert!(!c.rt.watch_all_namespaces);
        assert!(c.rt.enable_leader_election);
        let c = Cli::parse_from(["x", "--log-encoding=console", "--log-level=debug", "--concurrent=8"]);
        assert_eq!(c.rt.log_encoding, LogEncoding::Console);
        assert_eq!(c.rt.concurrent, Some(8));
    }
}
