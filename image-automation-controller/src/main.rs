//! The `image-automation-controller` binary: parses flags and runs the controller.

use clap::Parser;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = image_automation_controller::cli::Cli::parse();
    image_automation_controller::run(cli).await
}
