//! ferroflux-runtime: what every ferroflux controller shares.
//!
//! * [`cli::RuntimeArgs`] — Flux's common flags; [`telemetry`] — JSON or console logs.
//! * [`manager::Manager`] — the process: Kubernetes client, admin servers ([`admin`]: `/metrics`,
//!   `/healthz`, `/readyz`), signals ([`shutdown`]) and Lease leader election ([`leader`]).
//! * [`reconcile`] — the reconcile harness: finalizer, suspend, requestedAt, kstatus
//!   [`conditions`], status SSA, [`error`] classes, [`events`], [`metrics`].
//! * [`fetch`] / [`untar`] — downloading and unpacking source artifacts safely.

pub mod admin;
pub mod apply;
pub mod cli;
pub mod conditions;
pub mod duration;
pub mod error;
pub mod events;
pub mod fetch;
pub mod kstatus;
pub mod leader;
pub mod manager;
pub mod metrics;
pub mod ratelimit;
pub mod reconcile;
pub mod shutdown;
pub mod telemetry;
pub mod tls;
pub mod untar;

pub use error::{ErrorClass, ReconcileError, RuntimeError};
pub use manager::Manager;
pub use reconcile::{Context, Outcome, OutcomeEvent, Reconciler, Settings, StatusDraft};
