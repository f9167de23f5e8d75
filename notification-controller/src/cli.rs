//! Command-line flags of notification-controller: Flux's shared runtime flags.

use clap::Parser;
use ferroflux_runtime::cli::RuntimeArgs;

/// Flags of notification-controller.
#[derive(Parser, Debug)]
#[command(
    name = "notification-controller",
    version,
    about = "ferroflux notification-controller (Flux-compatible)"
)]
pub struct Cli {
    /// Flags shared by every ferroflux controller.
    #[command(flatten)]
    pub runtime: RuntimeArgs,
}
