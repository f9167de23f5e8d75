//! Command-line flags of helm-controller: Flux's shared runtime flags.

use clap::Parser;
use ferroflux_runtime::cli::RuntimeArgs;

/// Flags of helm-controller.
#[derive(Parser, Debug)]
#[command(
    name = "helm-controller",
    version,
    about = "ferroflux helm-controller (Flux-compatible)",
    args_override_self = true
)]
pub struct Cli {
    /// Flags shared by every ferroflux controller.
    #[command(flatten)]
    pub runtime: RuntimeArgs,
}
