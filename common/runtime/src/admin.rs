//! The admin servers: Prometheus `/metrics` on `--metrics-addr`, `/healthz` and `/readyz` on
//! `--health-addr`. Both stop with the process's shutdown token.

use crate::cli::RuntimeArgs;
use crate::error::RuntimeError;
use crate::metrics::Metrics;
use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio_util::sync::CancellationToken;

/// Readiness flag shared with `/readyz`.
#[derive(Clone, Default)]
pub struct Readiness(Arc<AtomicBool>);

impl Readiness {
    /// Marks the process ready (or not).
    pub fn set(&self, ready: bool) {
        self.0.store(ready, Ordering::SeqCst);
    }
    /// Returns whether the process is ready.
    pub fn get(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// Binds the metrics and health servers and serves them in the background until `shutdown`.
/// Returns the bound addresses (useful with port 0).
pub async fn serve(
    args: &RuntimeArgs,
    metrics: Metrics,
    readiness: Readiness,
    shutdown: CancellationToken,
) -> Result<(SocketAddr, SocketAddr), RuntimeError> {
    let metrics_router = Router::new().route(
        "/metrics",
        get(move || {
            let m = metrics.clone();
            async move {
                (
                    [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
                    m.encode(),
                )
            }
        }),
    );
    let health_router = Router::new().route("/healthz", get(|| async { "ok" })).route(
        "/readyz",
        get(move || {
            let r = readiness.clone();
            async move {
                if r.get() {
                    (StatusCode::OK, "ok").into_response()
                } else {
                    (StatusCode::SERVICE_UNAVAILABLE, "not ready").into_response()
                }
            }
        }),
    );
    let m = bind(&args.metrics_addr).await?;
    let h = bind(&args.health_addr).await?;
    let (ma, ha) = (local(&m, &args.metrics_addr)?, local(&h, &args.health_addr)?);
    for (listener, router) in [(m, metrics_router), (h, health_router)] {
        let token = shutdown.clone();
        tokio::spawn(async move {
            let res = axum::serve(listener, router)
                .with_graceful_shutdown(async move { token.cancelled().await })
                .await;
            if let Err(e) = res {
                tracing::error!(error = %e, "admin server failed");
            }
        });
    }
    tracing::info!(metrics = %ma, health = %ha, "admin servers listening");
    Ok((ma, ha))
}

async fn bind(addr: &str) -> Result<tokio::net::TcpListener, RuntimeError> {
    let sock = RuntimeArgs::socket_addr(addr);
    tokio::net::TcpListener::bind(&sock)
        .await
        .map_err(|source| RuntimeError::Bind {
            addr: addr.to_owned(),
            source,
        })
}

fn local(l: &tokio::net::TcpListener, addr: &str) -> Result<SocketAddr, RuntimeError> {
    l.local_addr().map_err(|source| RuntimeError::Bind {
        addr: addr.to_owned(),
        source,
    })
}
