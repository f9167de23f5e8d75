//! Flux's event payload (`pkg/apis/event/v1beta1`): what every controller POSTs to
//! notification-controller's event server and what providers forward.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Severity `info` (Normal Kubernetes events).
pub const SEVERITY_INFO: &str = "info";
/// Severity `error` (Warning Kubernetes events).
pub const SEVERITY_ERROR: &str = "error";
/// Severity `trace`: recorded as a Kubernetes Event only, never posted.
pub const SEVERITY_TRACE: &str = "trace";

/// Largest message Flux sends in an event, in bytes.
pub const MAX_MESSAGE_LEN: usize = 39_000;

/// Metadata key suffixes Flux puts under `<api-group>/`.
pub mod metadata {
    /// The source revision the event is about.
    pub const REVISION: &str = "revision";
    /// The origin revision (OCI `org.opencontainers.image.revision`).
    pub const ORIGIN_REVISION: &str = "originRevision";
    /// The artifact digest.
    pub const DIGEST: &str = "digest";
    /// A checksum.
    pub const CHECKSUM: &str = "checksum";
    /// A token used to deduplicate events.
    pub const TOKEN: &str = "token";
    /// The commit status kind for commit-status providers (`update`).
    pub const COMMIT_STATUS: &str = "commit_status";
}

/// The object an event is about (`corev1.ObjectReference` subset Flux fills in).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase")]
pub struct InvolvedObject {
    /// API version of the object, e.g. `kustomize.toolkit.fluxcd.io/v1`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub api_version: String,
    /// Kind of the object.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    /// Name of the object.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Namespace of the object.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    /// UID of the object.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
    /// Resource version of the object.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resource_version: String,
}

/// A Flux event as posted to `--events-addr`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// The object the event is about.
    pub involved_object: InvolvedObject,
    /// `info`, `error` or `trace`.
    pub severity: String,
    /// When the event was recorded (RFC 3339, seconds precision).
    pub timestamp: String,
    /// Human-readable message, at most [`MAX_MESSAGE_LEN`] bytes.
    pub message: String,
    /// Machine-readable reason, e.g. `ReconciliationSucceeded`.
    pub reason: String,
    /// Extra metadata such as `<group>/revision`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// Name of the controller that emitted the event.
    pub reporting_controller: String,
    /// Instance (host name) of the controller that emitted the event.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reporting_instance: String,
}
