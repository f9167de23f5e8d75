//! The `source-controller` binary: parses flags and runs the controller.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = source_controller::cli::Cli::parse();
    source_controller::run(cli).await
}
