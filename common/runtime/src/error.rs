//! Reconcile errors, classified once: [`ErrorClass::Stalled`] waits for a spec change,
//! [`ErrorClass::Waiting`] requeues after a given delay, [`ErrorClass::Transient`] retries after
//! the object's `retryInterval`.

use std::time::Duration;

/// How the harness reacts to a failed reconcile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    /// Nothing will change without a new spec: `Stalled=True`, no requeue.
    Stalled,
    /// Waiting on something outside (a dependency, a source): requeue after the delay.
    Waiting(Duration),
    /// A fault that may go away on its own: requeue after `retryInterval`.
    Transient,
}

/// A failed reconcile: Flux's condition reason, a readable message and the error class.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ReconcileError {
    /// Condition reason, e.g. `ArtifactFailed`.
    pub reason: String,
    /// Human-readable message written to the `Ready` condition and the event.
    pub message: String,
    /// What the harness does next.
    pub class: ErrorClass,
}

impl ReconcileError {
    /// A failure that needs a spec change to resolve.
    pub fn stalled(reason: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            message: message.into(),
            class: ErrorClass::Stalled,
        }
    }

    /// A wait on something outside the object; retried after `after`.
    pub fn waiting(reason: impl Into<String>, message: impl Into<String>, after: Duration) -> Self {
        Self {
            reason: reason.into(),
            message: message.into(),
            class: ErrorClass::Waiting(after),
        }
    }

    /// A fault that may go away on its own; retried after `retryInterval`.
    pub fn transient(reason: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            message: message.into(),
            class: ErrorClass::Transient,
        }
    }
}

/// Errors of the harness itself (talking to the API server), as opposed to reconcile outcomes.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    /// A call to the Kubernetes API failed.
    #[error("kubernetes api: {0}")]
    Kube(#[from] kube::Error),
    /// The object could not be (de)serialised.
    #[error("serialization: {0}")]
    Serde(#[from] serde_json::Error),
    /// An address could not be bound.
    #[error("bind {addr}: {source}")]
    Bind {
        /// The address.
        addr: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Configuration is invalid.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// Leadership was lost.
    #[error("leader election lost")]
    LeadershipLost,
}
