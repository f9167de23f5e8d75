//! Meta types shared by every Flux kind (fluxcd/pkg `apis/meta`): conditions, artifacts,
//! object references and the reconcile-request status. Field names and omit-when-empty rules
//! match Flux's JSON exactly.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Condition type `Ready`: the object is fully reconciled (kstatus).
pub const READY: &str = "Ready";
/// Condition type `Reconciling`: present only while a reconcile is in progress (negative polarity).
pub const RECONCILING: &str = "Reconciling";
/// Condition type `Stalled`: present only when the controller cannot progress without a spec change.
pub const STALLED: &str = "Stalled";
/// Condition type `Healthy`: the applied workloads pass their health checks.
pub const HEALTHY: &str = "Healthy";

/// Annotation whose change requests a reconcile outside the interval.
pub const RECONCILE_REQUEST_ANNOTATION: &str = "reconcile.fluxcd.io/requestedAt";
/// Annotation requesting a forced one-off action (HelmRelease).
pub const FORCE_REQUEST_ANNOTATION: &str = "reconcile.fluxcd.io/forceAt";
/// Annotation requesting a failure-counter reset (HelmRelease).
pub const RESET_REQUEST_ANNOTATION: &str = "reconcile.fluxcd.io/resetAt";
/// Label marking Secrets/ConfigMaps whose changes trigger reconciles of their users.
pub const WATCH_LABEL: &str = "reconcile.fluxcd.io/watch";
/// Finalizer every Flux controller puts on its objects.
pub const FINALIZER: &str = "finalizers.fluxcd.io";

/// Flux condition reasons shared by all controllers (`pkg/apis/meta/conditions.go`).
pub mod reasons {
    /// The reconcile succeeded.
    pub const SUCCEEDED: &str = "Succeeded";
    /// The reconcile failed.
    pub const FAILED: &str = "Failed";
    /// A reconcile is in progress.
    pub const PROGRESSING: &str = "Progressing";
    /// A reconcile is in progress after a failure.
    pub const PROGRESSING_WITH_RETRY: &str = "ProgressingWithRetry";
    /// The object is suspended.
    pub const SUSPENDED: &str = "Suspended";
    /// A dependency is not ready.
    pub const DEPENDENCY_NOT_READY: &str = "DependencyNotReady";
    /// A path in the spec is invalid.
    pub const INVALID_PATH: &str = "InvalidPath";
    /// A URL in the spec is invalid.
    pub const INVALID_URL: &str = "InvalidURL";
    /// Insecure connections are not allowed.
    pub const INSECURE_CONNECTIONS_DISALLOWED: &str = "InsecureConnectionsDisallowed";
    /// The connection type is not supported.
    pub const UNSUPPORTED_CONNECTION_TYPE: &str = "UnsupportedConnectionType";
    /// Pruning failed.
    pub const PRUNE_FAILED: &str = "PruneFailed";
    /// Fetching or verifying an artifact failed.
    pub const ARTIFACT_FAILED: &str = "ArtifactFailed";
    /// Building manifests failed.
    pub const BUILD_FAILED: &str = "BuildFailed";
    /// Health checks failed.
    pub const HEALTH_CHECK_FAILED: &str = "HealthCheckFailed";
    /// Health checks were canceled.
    pub const HEALTH_CHECK_CANCELED: &str = "HealthCheckCanceled";
    /// The reconcile finished successfully.
    pub const RECONCILIATION_SUCCEEDED: &str = "ReconciliationSucceeded";
    /// The reconcile failed.
    pub const RECONCILIATION_FAILED: &str = "ReconciliationFailed";
    /// A CEL expression is invalid.
    pub const INVALID_CEL_EXPRESSION: &str = "InvalidCELExpression";
    /// A feature gate is disabled.
    pub const FEATURE_GATE_DISABLED: &str = "FeatureGateDisabled";
}

/// A Kubernetes `metav1.Condition` as Flux writes it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    /// Type of condition in CamelCase, e.g. `Ready`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Status of the condition: `True`, `False` or `Unknown`.
    pub status: String,
    /// The `.metadata.generation` the condition was set for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Last time the condition changed status (RFC 3339).
    pub last_transition_time: String,
    /// Programmatic identifier of the reason for the last transition, CamelCase.
    pub reason: String,
    /// Human-readable message about the transition (may be empty).
    pub message: String,
}

/// An artifact produced by a source (`status.artifact`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Artifact {
    /// Relative file path of the artifact in the storage root (`<kind>/<namespace>/<name>/<file>`).
    pub path: String,
    /// HTTP address of the artifact as served by the controller that produced it.
    pub url: String,
    /// Human-readable identifier of the artifact source, e.g. `main@sha1:<hex>`.
    pub revision: String,
    /// Digest of the artifact file in the form `<algorithm>:<checksum>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"))]
    pub digest: Option<String>,
    /// Time the artifact was last updated (RFC 3339).
    pub last_update_time: String,
    /// Size of the artifact file in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Additional metadata, e.g. OCI annotations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
}

/// A reference to an object in the same namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct LocalObjectReference {
    /// Name of the referent.
    pub name: String,
}

/// A reference to an object, optionally in another namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct NamespacedObjectReference {
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent; defaults to the referrer's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// A reference to an object of a given kind, optionally in another namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct NamespacedObjectKindReference {
    /// API version of the referent; defaults to the kind's preferred version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the referent.
    pub kind: String,
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent; defaults to the referrer's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// A reference to a key of a Secret in the same namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct SecretKeyReference {
    /// Name of the Secret.
    pub name: String,
    /// Key in the Secret; when not set the reference is to the whole Secret or a default key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// A reference to a key of a ConfigMap or Secret in the same namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct ValuesReference {
    /// Kind of the values referent: `Secret` or `ConfigMap`.
    pub kind: String,
    /// Name of the values referent.
    pub name: String,
    /// Data key where the values are found.
    #[serde(rename = "valuesKey", default, skip_serializing_if = "Option::is_none")]
    pub values_key: Option<String>,
    /// Path at which the values are merged.
    #[serde(rename = "targetPath", default, skip_serializing_if = "Option::is_none")]
    pub target_path: Option<String>,
    /// Marks the reference as optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,
}

/// A kubeconfig for a remote cluster, read from a Secret or ConfigMap (`spec.kubeConfig`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct KubeConfigReference {
    /// Secret holding a kubeconfig under `value` or `value.yaml` (or `key`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<SecretKeyReference>,
    /// ConfigMap describing a kubeconfig-less workload-identity connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_map_ref: Option<LocalObjectReference>,
}

/// The `lastHandledReconcileAt` status field every Flux status carries (inlined).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ReconcileRequestStatus {
    /// The last `reconcile.fluxcd.io/requestedAt` value handled by the controller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

/// A selector of objects by kind, name, namespace, labels and annotations (kustomize-style).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Selector {
    /// API group of the objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// API version of the objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Kind of the objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Name of the objects (regular expression).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Namespace of the objects (regular expression).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Label selector string, e.g. `app=web,tier!=db`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<String>,
    /// Annotation selector string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotation_selector: Option<String>,
}

/// A patch together with the objects it applies to (`spec.patches[]`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct Patch {
    /// Strategic merge patch or JSON 6902 patch, as YAML or JSON text.
    pub patch: String,
    /// Objects the patch applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

/// An image override applied by kustomize (`spec.images[]`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Image {
    /// Image name to match in the manifests.
    pub name: String,
    /// Replacement image name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_name: Option<String>,
    /// Replacement tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_tag: Option<String>,
    /// Replacement digest; takes precedence over `newTag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

/// Labels and annotations applied to every object a controller creates (`spec.commonMetadata`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct CommonMetadata {
    /// Annotations added to every object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    /// Labels added to every object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
}

/// Regular expression for Flux duration strings such as `1m30s` (`metav1.Duration`).
pub const DURATION_PATTERN: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$";
