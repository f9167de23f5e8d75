//! ferroflux source-controller.
//!
//! Wiring only for now: the process serves `/metrics`, `/healthz` and `/readyz`, takes part
//! in leader election and shuts down on SIGTERM, but reconciles none of its kinds
//! (GitRepository OCIRepository HelmRepository HelmChart Bucket) yet — they arrive with their own issues.

pub mod cli;

/// Controller name: Deployment, field manager and event `reportingController`.
pub const NAME: &str = "source-controller";

/// Kinds this controller will own.
pub const KINDS: &[&str] = &[
    "GitRepository",
    "OCIRepository",
    "HelmRepository",
    "HelmChart",
    "Bucket",
];

/// Runs the controller until SIGTERM.
pub async fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let manager = ferroflux_runtime::Manager::start(NAME, cli.runtime, 2).await?;
    manager.run_wiring_only(KINDS).await?;
    Ok(())
}
