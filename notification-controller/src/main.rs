//! The `notification-controller` binary: parses flags and runs the controller.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = notification_controller::cli::Cli::parse();
    notification_controller::run(cli).await
}
