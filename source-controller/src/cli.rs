//! Command-line flags of source-controller: Flux's shared runtime flags.

use clap::Parser;
use ferroflux_runtime::cli::RuntimeArgs;

/// Flags of source-controller.
#[derive(Parser, Debug)]
#[command(
    name = "source-controller",
    version,
    about = "ferroflux source-controller (Flux-compatible)"
)]
pub struct Cli {
    /// Flags shared by every ferroflux controller.
    #[command(flatten)]
    pub runtime: RuntimeArgs,
}
