//! The `kustomize-controller` binary: parses flags and runs the controller.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = kustomize_controller::cli::Cli::parse();
    kustomize_controller::run(cli).await
}
