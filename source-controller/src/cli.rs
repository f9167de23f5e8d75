//! Command-line flags of source-controller: Flux's shared runtime flags.

use clap::Parser;
use ferroflux_runtime::cli::RuntimeArgs;

/// Flags of source-controller.
#[derive(Parser, Debug, Clone)]
#[command(
    name = "source-controller",
    version,
    about = "ferroflux source-controller (Flux-compatible)",
    args_override_self = true
)]
pub struct Cli {
    /// Flags shared by every ferroflux controller.
    #[command(flatten)]
    pub runtime: RuntimeArgs,
    /// Local directory where artifacts are stored (used once source kinds are reconciled).
    #[arg(long, env = "STORAGE_PATH", default_value = "/data")]
    pub storage_path: String,
    /// Address the artifact file server binds to (used once source kinds are reconciled).
    #[arg(long, env = "STORAGE_ADDRESS", default_value = ":9090")]
    pub storage_addr: String,
    /// Advertised address of the artifact file server, used in artifact URLs.
    #[arg(long, env = "STORAGE_ADV_ADDRESS", default_value = "")]
    pub storage_adv_addr: String,
    /// How long superseded artifacts are kept.
    #[arg(long, default_value = "60s")]
    pub artifact_retention_ttl: String,
    /// How many artifacts are kept per object.
    #[arg(long, default_value_t = 2)]
    pub artifact_retention_records: u32,
    /// Digest algorithm of artifacts.
    #[arg(long, default_value = "sha256")]
    pub artifact_digest_algo: String,
}
