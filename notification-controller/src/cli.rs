//! Command-line flags of notification-controller: Flux's shared runtime flags.

use clap::Parser;
use ferroflux_runtime::cli::RuntimeArgs;

/// Flags of notification-controller.
#[derive(Parser, Debug)]
#[command(
    name = "notification-controller",
    version,
    about = "ferroflux notification-controller (Flux-compatible)",
    args_override_self = true
)]
pub struct Cli {
    /// Flags shared by every ferroflux controller.
    #[command(flatten)]
    pub runtime: RuntimeArgs,
    /// Address the webhook receiver (`/hook/...`) binds to (used once Receivers are reconciled).
    #[arg(long = "receiverAddr", default_value = ":9292")]
    pub receiver_addr: String,
    /// Window in which identical events are deduplicated (answered with 429).
    #[arg(long, default_value = "5m")]
    pub rate_limit_interval: String,
}

impl Cli {
    /// Returns the address the event server binds to. For notification-controller, Flux's
    /// `--events-addr` is its own listen address (default `:9090`), not a URL to post to.
    pub fn event_server_addr(&self) -> &str {
        if self.runtime.events_addr.is_empty() {
            ":9090"
        } else {
            &self.runtime.events_addr
        }
    }
}
