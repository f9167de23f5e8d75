//! The `helm.toolkit.fluxcd.io/v2` API group: the [`HelmRelease`] kind, which installs, upgrades,
//! tests, rolls back and uninstalls a Helm release from a chart provided by a source, and corrects
//! drift of the released objects.
//!
//! The types serialise to exactly the JSON of Flux's helm-controller (`api/v2`), so objects
//! written by Flux are read unchanged and vice versa. [`crds`] returns the
//! CustomResourceDefinition.

use crate::kustomize::{CustomHealthCheck, DependencyReference, IgnoreRule, ResourceInventory};
use crate::meta::{
    CommonMetadata, Condition, DURATION_PATTERN, Image, KubeConfigReference, LocalObjectReference, Patch,
};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::{CustomResource, CustomResourceExt};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Condition types set on a HelmRelease in addition to the kstatus ones (`Ready`,
/// `Reconciling`, `Stalled`).
pub mod conditions {
    /// Outcome of the last release attempt (install or upgrade, including tests).
    pub const RELEASED: &str = "Released";
    /// Outcome of the last Helm test run.
    pub const TEST_SUCCESS: &str = "TestSuccess";
    /// Outcome of the last remediation (rollback or uninstall) after a failed release.
    pub const REMEDIATED: &str = "Remediated";
    /// Whether the released objects have drifted from the release manifest.
    pub const DRIFTED: &str = "Drifted";
}

/// Condition reasons specific to HelmRelease (the shared ones are in [`crate::meta::reasons`]).
pub mod reasons {
    /// The Helm install succeeded.
    pub const INSTALL_SUCCEEDED: &str = "InstallSucceeded";
    /// The Helm install failed.
    pub const INSTALL_FAILED: &str = "InstallFailed";
    /// The Helm upgrade succeeded.
    pub const UPGRADE_SUCCEEDED: &str = "UpgradeSucceeded";
    /// The Helm upgrade failed.
    pub const UPGRADE_FAILED: &str = "UpgradeFailed";
    /// The Helm tests succeeded.
    pub const TEST_SUCCEEDED: &str = "TestSucceeded";
    /// The Helm tests failed.
    pub const TEST_FAILED: &str = "TestFailed";
    /// The Helm rollback succeeded.
    pub const ROLLBACK_SUCCEEDED: &str = "RollbackSucceeded";
    /// The Helm rollback failed.
    pub const ROLLBACK_FAILED: &str = "RollbackFailed";
    /// The Helm uninstall succeeded.
    pub const UNINSTALL_SUCCEEDED: &str = "UninstallSucceeded";
    /// The Helm uninstall failed.
    pub const UNINSTALL_FAILED: &str = "UninstallFailed";
    /// The release objects could not be listed into the inventory.
    pub const INVENTORY_BUILD_FAILED: &str = "InventoryBuildFailed";
    /// The namespace scope check of an object was skipped because its kind is unknown.
    pub const NAMESPACE_CHECK_SKIPPED: &str = "NamespaceCheckSkipped";
    /// The cluster state differs from the release manifest.
    pub const DRIFT_DETECTED: &str = "DriftDetected";
    /// The cluster state matches the release manifest.
    pub const NO_DRIFT_DETECTED: &str = "NoDriftDetected";
}

/// Label or annotation that, set to [`DRIFT_DETECTION_DISABLED`] on a released object, excludes
/// it from drift detection.
pub const DRIFT_DETECTION_ANNOTATION: &str = "helm.toolkit.fluxcd.io/driftDetection";
/// Value of [`DRIFT_DETECTION_ANNOTATION`] that disables drift detection for an object.
pub const DRIFT_DETECTION_DISABLED: &str = "disabled";
/// Version written to `status.history[].apiVersion` by the current snapshot digest method.
pub const SNAPSHOT_API_VERSION: &str = "v2";

/// The desired state of a Helm release: the chart, its values, and how each Helm action is
/// performed and remediated.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "helm.toolkit.fluxcd.io",
    version = "v2",
    kind = "HelmRelease",
    plural = "helmreleases",
    singular = "helmrelease",
    namespaced,
    status = "HelmReleaseStatus",
    derive = "PartialEq",
    shortname = "hr",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-appliers",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "HelmRelease reconciles a Helm release: it installs, upgrades, tests and remediates the release of a chart with the given values.",
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct HelmReleaseSpec {
    /// Template of the HelmChart object the controller creates (in the namespace of the chart's
    /// source) to fetch the chart. Exactly one of `chart` and `chartRef` must be set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chart: Option<HelmChartTemplate>,

    /// Reference to a source object (OCIRepository, HelmChart or ExternalArtifact) whose artifact
    /// is the chart. Exactly one of `chart` and `chartRef` must be set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chart_ref: Option<CrossNamespaceSourceReference>,

    /// How often the release is reconciled, e.g. `10m`. Every run also checks for drift when
    /// drift detection is enabled.
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: String,

    /// Kubeconfig used to manage the release on a remote cluster. When combined with
    /// `serviceAccountName`, that account is impersonated on the remote cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<KubeConfigReference>,

    /// Suspends reconciliation of this HelmRelease. A reconciliation already in progress is not
    /// interrupted. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,

    /// Name of the Helm release. Defaults to `[<targetNamespace>-]<name>`, shortened with a hash
    /// when longer than 53 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 53))]
    pub release_name: Option<String>,

    /// Namespace the release is installed into. Defaults to the HelmRelease's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub target_namespace: Option<String>,

    /// Namespace where Helm stores the release. Defaults to the HelmRelease's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub storage_namespace: Option<String>,

    /// HelmReleases that must be ready before this one is reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<DependencyReference>>,

    /// Time to wait for any single Kubernetes operation (such as a hook Job) during a Helm
    /// action. Defaults to `5m0s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub timeout: Option<String>,

    /// Number of release revisions Helm keeps in storage; `0` keeps all. Defaults to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_history: Option<i64>,

    /// Name of a ServiceAccount in the HelmRelease's namespace that is impersonated for every
    /// operation on the cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 253))]
    pub service_account_name: Option<String>,

    /// Reuses one Kubernetes client for the whole reconciliation instead of one per Helm action
    /// step. Faster, but charts that create CRDs outside Helm's CRD handling may need it off.
    /// Defaults to true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistent_client: Option<bool>,

    /// Detection (and optional correction) of differences between the release manifest and the
    /// objects in the cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drift_detection: Option<DriftDetection>,

    /// Configuration of Helm install actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub install: Option<Install>,

    /// Configuration of Helm upgrade actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade: Option<Upgrade>,

    /// Configuration of Helm test actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test: Option<Test>,

    /// Configuration of Helm rollback actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Rollback>,

    /// Configuration of Helm uninstall actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uninstall: Option<Uninstall>,

    /// ConfigMaps and Secrets holding values, merged in order; inline `values` are merged last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values_from: Option<Vec<ValuesReference>>,

    /// Inline Helm values for the release (any YAML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "free_form_values_schema")]
    pub values: Option<serde_json::Value>,

    /// Labels and annotations added to every object of the release (through a post-renderer). A
    /// key that is already set on an object is overwritten with the value given here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_metadata: Option<CommonMetadata>,

    /// Post-renderers applied, in order, to the rendered manifests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_renderers: Option<Vec<PostRenderer>>,

    /// Which manifests are sent to the post-renderers: `nohooks` (templates only, Helm 3
    /// behaviour), `combined` (templates and hooks in one stream, the default) or `separate`
    /// (templates and hooks in separate streams).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_render_strategy: Option<PostRenderStrategy>,

    /// How Helm waits for released objects to become ready.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_strategy: Option<WaitStrategy>,

    /// CEL expressions that decide the health of custom resources of a given kind. They are only
    /// used when the Helm action waits and the `poller` wait strategy is in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_exprs: Option<Vec<CustomHealthCheck>>,
}

/// Schema of `spec.values`: any JSON value, kept as written
/// (`x-kubernetes-preserve-unknown-fields`).
fn free_form_values_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({ "x-kubernetes-preserve-unknown-fields": true })
}

/// Template of the HelmChart object created for a HelmRelease.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct HelmChartTemplate {
    /// Labels and annotations of the HelmChart object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HelmChartTemplateObjectMeta>,

    /// Specification of the HelmChart object.
    pub spec: HelmChartTemplateSpec,
}

/// Labels and annotations set on the generated HelmChart object.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct HelmChartTemplateObjectMeta {
    /// Labels of the HelmChart object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,

    /// Annotations of the HelmChart object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// Specification of the generated HelmChart object.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartTemplateSpec {
    /// Name of the chart in a HelmRepository, or path of the chart inside a GitRepository or
    /// Bucket artifact.
    #[schemars(length(min = 1, max = 2048))]
    pub chart: String,

    /// SemVer range of the chart version, e.g. `6.5.*`; ignored for GitRepository and Bucket
    /// sources. Defaults to the latest version (`*`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "*"))]
    pub version: Option<String>,

    /// The source the chart is fetched from.
    pub source_ref: CrossNamespaceObjectReference,

    /// How often the source is checked for a new chart. Defaults to the HelmRelease's
    /// `interval`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: Option<String>,

    /// What produces a new chart artifact: `ChartVersion` (default; a new chart version) or
    /// `Revision` (any new source revision).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "ChartVersion"))]
    pub reconcile_strategy: Option<ReconcileStrategy>,

    /// Values files inside the source, merged in order (later files win), used instead of the
    /// chart's `values.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values_files: Option<Vec<String>>,

    /// Ignores values files that do not exist instead of failing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_missing_values_files: Option<bool>,

    /// Signature verification of the chart; only supported for OCI sources. Dependencies not
    /// bundled in the chart are not verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<HelmChartTemplateVerification>,
}

/// A reference to the source of a chart template (`chart.spec.sourceRef`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceObjectReference {
    /// API version of the source; defaults to the version the controller uses for its kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,

    /// Kind of the source.
    pub kind: ChartSourceKind,

    /// Name of the source.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,

    /// Namespace of the source; defaults to the HelmRelease's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub namespace: Option<String>,
}

/// Source kinds a chart template can reference.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum ChartSourceKind {
    /// A Helm repository (HTTP index or OCI registry). Used by `Default` in Rust; the API
    /// itself has no default.
    #[default]
    HelmRepository,
    /// A Git repository containing the chart directory.
    GitRepository,
    /// A bucket containing the chart directory.
    Bucket,
}

/// A reference to a source object whose artifact is a chart (`spec.chartRef`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceSourceReference {
    /// API version of the source; defaults to the version the controller uses for its kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,

    /// Kind of the source.
    pub kind: ChartRefKind,

    /// Name of the source.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,

    /// Namespace of the source; defaults to the HelmRelease's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub namespace: Option<String>,
}

/// Source kinds `spec.chartRef` can reference.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum ChartRefKind {
    /// An OCI artifact holding a chart. Used by `Default` in Rust; the API itself has no default.
    #[default]
    #[serde(rename = "OCIRepository")]
    OciRepository,
    /// A HelmChart object.
    HelmChart,
    /// An artifact produced by a third-party controller.
    ExternalArtifact,
}

/// What produces a new artifact of a generated HelmChart.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum ReconcileStrategy {
    /// A new chart version. The default.
    #[default]
    ChartVersion,
    /// Any new revision of the source.
    Revision,
}

/// Signature verification of an OCI chart.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartTemplateVerification {
    /// Signing technology: `cosign` (default) or `notation`.
    #[schemars(extend("default" = "cosign"))]
    pub provider: VerificationProvider,

    /// Secret holding the trusted public keys, in the HelmRelease's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
}

/// Signing technologies for OCI charts.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum VerificationProvider {
    /// Sigstore cosign. The default.
    #[default]
    #[serde(rename = "cosign")]
    Cosign,
    /// Notary Project notation.
    #[serde(rename = "notation")]
    Notation,
}

/// A ConfigMap or Secret providing Helm values.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ValuesReference {
    /// Kind of the object: `Secret` or `ConfigMap`.
    pub kind: ValuesKind,

    /// Name of the object, in the HelmRelease's namespace.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,

    /// Data key holding the values (a YAML document, or a single value with `targetPath`).
    /// Defaults to `values.yaml`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 253), regex(pattern = r"^[\-._a-zA-Z0-9]+$"))]
    pub values_key: Option<String>,

    /// Path, in Helm `--set` notation, at which the single value found under `valuesKey` is
    /// placed. When not set, the values are merged at the root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 250), regex(pattern = r"^([a-zA-Z0-9_\-.\\\/]|\[[0-9]{1,5}\])+$"))]
    pub target_path: Option<String>,

    /// Tolerates a missing object or key: no values are taken from it then. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optional: Option<bool>,

    /// With `targetPath`, places the value as a literal string without interpreting `--set`
    /// syntax (like `helm --set-literal`), so arbitrary file content can be injected. No effect
    /// without `targetPath`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literal: Option<bool>,
}

/// Kinds of objects that can provide Helm values.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum ValuesKind {
    /// A Secret.
    Secret,
    /// A ConfigMap. Used by `Default` in Rust; the API itself has no default.
    #[default]
    ConfigMap,
}

/// A Helm post-renderer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct PostRenderer {
    /// Kustomize patches and image overrides applied to the rendered manifests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kustomize: Option<KustomizePostRenderer>,
}

/// Kustomize transformations applied by a post-renderer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct KustomizePostRenderer {
    /// Strategic merge or JSON 6902 patches, written inline, each applied to the objects its
    /// target selects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patches: Option<Vec<Patch>>,

    /// Image overrides: replace the name, tag or digest of container images.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<Image>>,
}

/// Which manifests are sent to the post-renderers.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum PostRenderStrategy {
    /// Templates only; hooks are not post-rendered (Helm 3 behaviour).
    #[serde(rename = "nohooks")]
    NoHooks,
    /// Templates and hooks in one stream (Helm 4 default).
    #[serde(rename = "combined")]
    Combined,
    /// Templates and hooks in separate streams.
    #[serde(rename = "separate")]
    Separate,
}

/// How Helm waits for released objects to become ready.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema)]
pub struct WaitStrategy {
    /// `poller` (kstatus-based polling, the default) or `legacy` (Helm 3 wait logic).
    pub name: WaitStrategyName,
}

/// Helm wait strategies.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum WaitStrategyName {
    /// Poll object statuses with kstatus.
    #[serde(rename = "poller")]
    Poller,
    /// Helm 3's wait logic.
    #[serde(rename = "legacy")]
    Legacy,
}

/// Detection of differences between the release manifest and the cluster.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct DriftDetection {
    /// `enabled` (detect and correct with an upgrade), `warn` (detect and report only) or
    /// `disabled` (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<DriftDetectionMode>,

    /// Rules naming fields (JSON pointers) of selected objects that are ignored when comparing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<Vec<IgnoreRule>>,
}

/// How drift is handled.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum DriftDetectionMode {
    /// Detect drift and correct it with a Helm upgrade.
    #[serde(rename = "enabled")]
    Enabled,
    /// Detect drift and report it without correcting it.
    #[serde(rename = "warn")]
    Warn,
    /// Do not detect drift. The default.
    #[default]
    #[serde(rename = "disabled")]
    Disabled,
}

/// Configuration of Helm install actions.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Install {
    /// Time to wait for any single Kubernetes operation during the install. Defaults to
    /// `spec.timeout`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub timeout: Option<String>,

    /// What happens after a failed install: `RemediateOnFailure` (the default) or
    /// `RetryOnFailure`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<ActionStrategy>,

    /// Remediation of failed installs. By default nothing is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<InstallRemediation>,

    /// Does not take ownership of existing objects during the install.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_take_ownership: Option<bool>,

    /// Does not wait for the objects to become ready after the install.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_wait: Option<bool>,

    /// Does not wait for Jobs to complete after the install.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_wait_for_jobs: Option<bool>,

    /// Does not run hooks during the install.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_hooks: Option<bool>,

    /// Does not validate the rendered manifests against the Kubernetes OpenAPI schema.
    #[serde(
        rename = "disableOpenAPIValidation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_openapi_validation: Option<bool>,

    /// Does not validate the values against the chart's JSON schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_schema_validation: Option<bool>,

    /// Reuses the release name when it belongs to a deleted release kept in the history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replace: Option<bool>,

    /// Does not install CRDs. Deprecated: use `crds: Skip`.
    #[serde(rename = "skipCRDs", default, skip_serializing_if = "Option::is_none")]
    pub skip_crds: Option<bool>,

    /// What is done with the CRDs in the chart's `crds` directory: `Skip`, `Create` (the default;
    /// create missing ones, leave existing ones) or `CreateReplace` (also update existing ones).
    /// CRDs are never deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crds: Option<CrdsPolicy>,

    /// Creates the target namespace when it does not exist. It is not deleted on uninstall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_namespace: Option<bool>,

    /// Applies the objects with server-side apply. Defaults to true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_side_apply: Option<bool>,
}

/// Configuration of Helm upgrade actions.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Upgrade {
    /// Time to wait for any single Kubernetes operation during the upgrade. Defaults to
    /// `spec.timeout`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub timeout: Option<String>,

    /// What happens after a failed upgrade: `RemediateOnFailure` (the default) or
    /// `RetryOnFailure`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<ActionStrategy>,

    /// Remediation of failed upgrades. By default nothing is done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<UpgradeRemediation>,

    /// Does not take ownership of existing objects during the upgrade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_take_ownership: Option<bool>,

    /// Does not wait for the objects to become ready after the upgrade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_wait: Option<bool>,

    /// Does not wait for Jobs to complete after the upgrade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_wait_for_jobs: Option<bool>,

    /// Does not run hooks during the upgrade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_hooks: Option<bool>,

    /// Does not validate the rendered manifests against the Kubernetes OpenAPI schema.
    #[serde(
        rename = "disableOpenAPIValidation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_openapi_validation: Option<bool>,

    /// Does not validate the values against the chart's JSON schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_schema_validation: Option<bool>,

    /// Forces updates by replacing objects instead of a three-way merge. Only affects
    /// client-side apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,

    /// Reuses the values of the last release and merges `values` into them. This makes the
    /// HelmRelease non-declarative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preserve_values: Option<bool>,

    /// Deletes objects created by a failed upgrade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleanup_on_fail: Option<bool>,

    /// What is done with the CRDs in the chart's `crds` directory: `Skip` (the default),
    /// `Create` (create missing ones) or `CreateReplace` (also update existing ones). CRDs are
    /// never deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crds: Option<CrdsPolicy>,

    /// Whether objects are applied with server-side apply: `enabled`, `disabled` or `auto` (the
    /// default; as the previous release did).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_side_apply: Option<ServerSideApplyMode>,

    /// What happens when the chart name changes: `Reinstall` (the default; uninstall, then
    /// install) or `InPlaceUpdate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chart_name_change_strategy: Option<ChartNameChangeStrategy>,
}

/// What happens after a failed install or upgrade.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ActionStrategy {
    /// `RemediateOnFailure` (remediate as configured in `remediation`) or `RetryOnFailure`
    /// (retry the action every `retryInterval` without remediation).
    pub name: ActionStrategyName,

    /// How often a failed action is retried; only with `RetryOnFailure`. Defaults to `5m`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub retry_interval: Option<String>,
}

/// Strategies after a failed install or upgrade.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum ActionStrategyName {
    /// Remediate the failure as configured. The default.
    #[default]
    RemediateOnFailure,
    /// Retry the action at the retry interval.
    RetryOnFailure,
}

/// Remediation of failed installs.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct InstallRemediation {
    /// Number of retries after a failure, with an uninstall before each; negative means
    /// unlimited. Defaults to 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,

    /// Does not remediate when the tests after an install fail. Defaults to
    /// `test.ignoreFailures`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_test_failures: Option<bool>,

    /// Remediates the last failure too, when no retries remain. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediate_last_failure: Option<bool>,
}

/// Remediation of failed upgrades.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeRemediation {
    /// Number of retries after a failure, with a remediation (see `strategy`) before each;
    /// negative means unlimited. Defaults to 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,

    /// Does not remediate when the tests after an upgrade fail. Defaults to
    /// `test.ignoreFailures`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_test_failures: Option<bool>,

    /// Remediates the last failure too, when no retries remain. Defaults to true when
    /// `retries` is greater than 0, false otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediate_last_failure: Option<bool>,

    /// How a failed upgrade is remediated: `rollback` (the default) or `uninstall`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<RemediationStrategy>,
}

/// How a failed upgrade is remediated.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum RemediationStrategy {
    /// Roll back to the previous release. The default.
    #[default]
    #[serde(rename = "rollback")]
    Rollback,
    /// Uninstall the release.
    #[serde(rename = "uninstall")]
    Uninstall,
}

/// Policies for the CRDs in a chart's `crds` directory.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum CrdsPolicy {
    /// Neither create nor update CRDs.
    Skip,
    /// Create missing CRDs, leave existing ones unchanged.
    Create,
    /// Create missing CRDs and replace existing ones.
    CreateReplace,
}

/// Server-side apply modes for upgrades and rollbacks.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum ServerSideApplyMode {
    /// Use server-side apply.
    #[serde(rename = "enabled")]
    Enabled,
    /// Use client-side apply.
    #[serde(rename = "disabled")]
    Disabled,
    /// Use whatever the previous release used. The default.
    #[default]
    #[serde(rename = "auto")]
    Auto,
}

/// What happens when the chart name of a release changes.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum ChartNameChangeStrategy {
    /// Update the release in place.
    InPlaceUpdate,
    /// Uninstall the release, then install it with the new chart. The default.
    #[default]
    Reinstall,
}

/// Configuration of Helm test actions.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Test {
    /// Runs the chart's tests after every install or upgrade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,

    /// Time to wait for any single Kubernetes operation during the tests. Defaults to
    /// `spec.timeout`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub timeout: Option<String>,

    /// Does not remediate when tests fail, and does not let test failures affect readiness. Can
    /// be overridden per action in `install.remediation` and `upgrade.remediation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_failures: Option<bool>,

    /// Tests to run or to leave out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<TestFilter>>,
}

/// Selection of one Helm test.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct TestFilter {
    /// Name of the test.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,

    /// Leaves the test out instead of selecting it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclude: Option<bool>,
}

/// Configuration of Helm rollback actions (used when an upgrade is remediated by rollback).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Rollback {
    /// Time to wait for any single Kubernetes operation during the rollback. Defaults to
    /// `spec.timeout`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub timeout: Option<String>,

    /// Does not wait for the objects to become ready after the rollback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_wait: Option<bool>,

    /// Does not wait for Jobs to complete after the rollback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_wait_for_jobs: Option<bool>,

    /// Does not run hooks during the rollback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_hooks: Option<bool>,

    /// Restarted the pods of managed workloads. Deprecated and without effect since Helm 4; a
    /// warning is emitted when set to true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recreate: Option<bool>,

    /// Forces updates by replacing objects instead of a three-way merge. Only affects
    /// client-side apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,

    /// Deletes objects created by a failed rollback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleanup_on_fail: Option<bool>,

    /// Whether objects are applied with server-side apply: `enabled`, `disabled` or `auto` (the
    /// default; as the release rolled back to did).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_side_apply: Option<ServerSideApplyMode>,
}

/// Configuration of Helm uninstall actions.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Uninstall {
    /// Time to wait for any single Kubernetes operation during the uninstall. Defaults to
    /// `spec.timeout`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub timeout: Option<String>,

    /// Does not run hooks during the uninstall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_hooks: Option<bool>,

    /// Deletes the objects but keeps the release history, marking the release as uninstalled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_history: Option<bool>,

    /// Does not wait for the objects to be deleted after the uninstall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_wait: Option<bool>,

    /// Deletion propagation policy of the uninstall: `background` (the default), `foreground`
    /// or `orphan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "background"))]
    pub deletion_propagation: Option<DeletionPropagation>,
}

/// Deletion propagation policies.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum DeletionPropagation {
    /// Delete dependents in the background. The default.
    #[default]
    #[serde(rename = "background")]
    Background,
    /// Delete dependents before the owner.
    #[serde(rename = "foreground")]
    Foreground,
    /// Leave dependents in place.
    #[serde(rename = "orphan")]
    Orphan,
}

/// Helm actions performed on a release.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum ReleaseAction {
    /// A Helm install.
    #[serde(rename = "install")]
    Install,
    /// A Helm upgrade.
    #[serde(rename = "upgrade")]
    Upgrade,
    /// A Helm rollback.
    #[serde(rename = "rollback")]
    Rollback,
    /// A Helm uninstall.
    #[serde(rename = "uninstall")]
    Uninstall,
    /// A Helm uninstall performed to remediate a failed install.
    #[serde(rename = "uninstall-remediation")]
    UninstallRemediation,
}

/// The observed state of a HelmRelease.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct HelmReleaseStatus {
    /// The last `metadata.generation` that was reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,

    /// Digest of `spec.postRenderers` at the last successful reconciliation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_post_renderers_digest: Option<String>,

    /// Digest of `spec.commonMetadata` at the last successful reconciliation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_common_metadata_digest: Option<String>,

    /// The last `metadata.generation` the controller attempted to reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempted_generation: Option<i64>,

    /// Conditions of the HelmRelease: `Ready`, `Reconciling`, `Stalled`, `Released`,
    /// `TestSuccess`, `Remediated` and `Drifted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,

    /// `<namespace>/<name>` of the HelmChart object created for `spec.chart`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helm_chart: Option<String>,

    /// Namespace where Helm stores the current release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub storage_namespace: Option<String>,

    /// Releases made for this HelmRelease, newest first, back to the last successful one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<Snapshot>>,

    /// The objects of the current release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inventory: Option<ResourceInventory>,

    /// The last release action attempted, `install` or `upgrade`; decides which retry or
    /// remediation configuration applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "install_or_upgrade_schema")]
    pub last_attempted_release_action: Option<ReleaseAction>,

    /// Duration of the last release action, e.g. `12.5s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempted_release_action_duration: Option<String>,

    /// Failed reconciliations against the current desired state; reset on success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<i64>,

    /// Failed installs against the current desired state; reset on success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub install_failures: Option<i64>,

    /// Failed upgrades against the current desired state; reset on success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgrade_failures: Option<i64>,

    /// Chart revision of the last reconciliation attempt. For OCI sources the first 12
    /// characters of the artifact digest are appended, e.g. `1.2.3+1234567890ab`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempted_revision: Option<String>,

    /// Digest of the chart artifact of the last reconciliation attempt (OCI sources only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempted_revision_digest: Option<String>,

    /// SHA-1 checksum of the values of the last reconciliation attempt. Deprecated: see
    /// `lastAttemptedConfigDigest`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempted_values_checksum: Option<String>,

    /// Revision of the last successful Helm release. Deprecated: see `history`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_release_revision: Option<i64>,

    /// Digest of the values of the last reconciliation attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempted_config_digest: Option<String>,

    /// The last `reconcile.fluxcd.io/resetAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reset_at: Option<String>,

    /// The last `reconcile.fluxcd.io/requestedAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,

    /// The last `reconcile.fluxcd.io/forceAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_force_at: Option<String>,
}

/// Schema of `status.lastAttemptedReleaseAction`: only installs and upgrades are recorded there.
fn install_or_upgrade_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "string",
        "enum": ["install", "upgrade"],
        "nullable": true,
    })
}

/// A point-in-time copy of a Helm release made by the controller (`status.history[]`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Version of the digest calculation method, e.g. `v2`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,

    /// Digest (`<algorithm>:<hex>`) of the release object in Helm storage.
    pub digest: String,

    /// Name of the release.
    pub name: String,

    /// Namespace the release is deployed to.
    pub namespace: String,

    /// Version (revision number) of the release in Helm storage.
    pub version: i64,

    /// Status of the release, e.g. `deployed`, `superseded` or `failed`.
    pub status: String,

    /// The action that created this snapshot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<ReleaseAction>,

    /// Name of the released chart.
    pub chart_name: String,

    /// Version of the released chart.
    pub chart_version: String,

    /// App version of the released chart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,

    /// Digest (`<algorithm>:<hex>`) of the release's values.
    pub config_digest: String,

    /// When the release was first deployed (RFC 3339).
    #[schemars(extend("format" = "date-time"))]
    pub first_deployed: String,

    /// When the release was last deployed (RFC 3339).
    #[schemars(extend("format" = "date-time"))]
    pub last_deployed: String,

    /// When the release was deleted (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub deleted: Option<String>,

    /// Test hooks observed to run for the release, by name. An empty map means the chart has no
    /// selected tests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test_hooks: Option<BTreeMap<String, TestHookStatus>>,

    /// Digest of the OCI artifact the chart came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oci_digest: Option<String>,
}

/// The observed state of one Helm test hook.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct TestHookStatus {
    /// When the test hook was last started (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub last_started: Option<String>,

    /// When the test hook last completed (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub last_completed: Option<String>,

    /// Phase the test hook was observed in, e.g. `Succeeded` or `Failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
}

crate::impl_flux_object!(HelmRelease);

/// Returns the CustomResourceDefinition of the HelmRelease kind.
pub fn crds() -> Vec<CustomResourceDefinition> {
    vec![HelmRelease::crd()]
}
