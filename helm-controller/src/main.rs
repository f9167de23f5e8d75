//! The `helm-controller` binary: parses flags and runs the controller.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = helm_controller::cli::Cli::parse();
    helm_controller::run(cli).await
}
