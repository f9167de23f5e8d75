//! Command-line flags of kustomize-controller: Flux's shared runtime flags.

use clap::Parser;
use ferroflux_runtime::cli::RuntimeArgs;

/// Flags of kustomize-controller.
#[derive(Parser, Debug)]
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
}
