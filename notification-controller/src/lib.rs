//! ferroflux notification-controller.
//!
//! Wiring only for now: the process serves `/metrics`, `/healthz` and `/readyz`, takes part
//! in leader election and shuts down on SIGTERM, but reconciles none of its kinds
//! (Alert Provider Receiver) yet — they arrive with their own issues.

pub mod cli;

/// Controller name: Deployment, field manager and event `reportingController`.
pub const NAME: &str = "notification-controller";

/// Kinds this controller will own.
pub const KINDS: &[&str] = &["Alert", "Provider", "Receiver"];

/// Runs the controller until SIGTERM.
pub async fn run(mut cli: cli::Cli) -> anyhow::Result<()> {
    // `--events-addr` is this controller's listen address; it posts no events to itself.
    let event_server = cli.event_server_addr().to_owned();
    cli.runtime.events_addr.clear();
    let manager = ferroflux_runtime::Manager::start(NAME, cli.runtime, 4).await?;
    tracing::info!(event_server = %event_server, receiver = %cli.receiver_addr, "event server and webhook receiver are not started yet");
    manager.run_wiring_only(KINDS).await?;
    Ok(())
}
