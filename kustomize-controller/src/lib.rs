//! ferroflux kustomize-controller.
//!
//! Wiring only for now: the process serves `/metrics`, `/healthz` and `/readyz`, takes part
//! in leader election and shuts down on SIGTERM, but reconciles none of its kinds
//! (Kustomization) yet — they arrive with their own issues.

pub mod cli;
pub mod envsubst;
pub mod sops;
pub mod varsub;

/// Controller name: Deployment, field manager and event `reportingController`.
pub const NAME: &str = "kustomize-controller";

/// Kinds this controller will own.
pub const KINDS: &[&str] = &["Kustomization"];

/// Runs the controller until SIGTERM.
pub async fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let manager = ferroflux_runtime::Manager::start(NAME, cli.runtime, 4).await?;
    manager.run_wiring_only(KINDS).await?;
    Ok(())
}
