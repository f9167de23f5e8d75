//! Command-line flags of image-automation-controller: Flux's shared runtime flags.

use clap::Parser;
use ferroflux_runtime::cli::RuntimeArgs;

/// Flags of image-automation-controller.
#[derive(Parser, Debug)]
#[command(
    name = "image-automation-controller",
    version,
    about = "ferroflux image-automation-controller (Flux-compatible)",
    args_override_self = true
)]
pub struct Cli {
    /// Flags shared by every ferroflux controller.
    #[command(flatten)]
    pub runtime: RuntimeArgs,
}
