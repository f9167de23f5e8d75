//! Command-line flags of kustomize-controller: Flux's shared runtime flags plus the
//! controller's own (`--concurrent-ssa`, `--default-service-account`,
//! `--no-cross-namespace-refs`, `--http-retry`).

use clap::Parser;
use ferroflux_runtime::cli::RuntimeArgs;

/// Flags of kustomize-controller.
#[derive(Parser, Debug, Clone)]
#[command(
    name = "kustomize-controller",
    version,
    about = "ferroflux kustomize-controller (Flux-compatible)",
    args_override_self = true
)]
pub struct Cli {
    /// Flags shared by every ferroflux controller.
    #[command(flatten)]
    pub runtime: RuntimeArgs,

    /// Objects applied at once per Kustomization.
    #[arg(long = "concurrent-ssa", default_value_t = 4)]
    pub concurrent_ssa: usize,

    /// Service account impersonated when a Kustomization names none (empty: the controller's own).
    #[arg(long = "default-service-account", default_value = "")]
    pub default_service_account: String,

    /// Refuse sources in other namespaces than the Kustomization's.
    #[arg(long = "no-cross-namespace-refs", default_value_t = false, num_args = 0..=1, default_missing_value = "true", action = clap::ArgAction::Set)]
    pub no_cross_namespace_refs: bool,

    /// Retries of artifact downloads.
    #[arg(long = "http-retry", default_value_t = 9)]
    pub http_retry: u32,
}
