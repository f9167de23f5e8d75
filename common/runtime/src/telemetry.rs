//! Logging: `tracing` with JSON (default) or console output, at Flux's `--log-level`.

use crate::cli::{LogEncoding, LogLevel};
use tracing_subscriber::EnvFilter;

/// Installs the global tracing subscriber. `RUST_LOG` overrides `level` when set. Calling it
/// twice is harmless (the second call does nothing).
pub fn init_logging(level: LogLevel, encoding: LogEncoding) {
    let level = match level {
        LogLevel::Trace => "trace",
        LogLevel::Debug => "debug",
        LogLevel::Info => "info",
        LogLevel::Error => "error",
    };
    // Our crates at the chosen level; noisy dependencies one notch quieter.
    let default = format!("{level},hyper=warn,h2=warn,tower=warn,rustls=warn,kube_client=warn,kube_runtime=warn");
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match encoding {
        LogEncoding::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
        LogEncoding::Console => builder.compact().try_init(),
    };
}
