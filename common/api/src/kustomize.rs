//! The `kustomize.toolkit.fluxcd.io/v1` API group: the [`Kustomization`] kind, which builds a
//! kustomize overlay (or a plain directory of manifests) from a source artifact and applies the
//! result to the cluster with server-side apply, pruning what was removed.
//!
//! The types serialise to exactly the JSON of Flux's kustomize-controller (`api/v1`), so objects
//! written by Flux are read unchanged and vice versa. [`crds`] returns the
//! CustomResourceDefinition.
//!
//! Some building blocks are shared with the helm-controller API ([`DependencyReference`],
//! [`CustomHealthCheck`], [`IgnoreRule`], [`ResourceInventory`]), exactly as in Flux where both
//! controllers use the same `fluxcd/pkg` types.

use crate::meta::{
    CommonMetadata, Condition, DURATION_PATTERN, Image, KubeConfigReference, LocalObjectReference,
    NamespacedObjectKindReference, Patch, Selector,
};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::{CustomResource, CustomResourceExt};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The desired state of a Kustomization: which source artifact to build, how to build it and
/// how to apply, check and garbage-collect the resulting objects.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "kustomize.toolkit.fluxcd.io",
    version = "v1",
    kind = "Kustomization",
    plural = "kustomizations",
    singular = "kustomization",
    namespaced,
    status = "KustomizationStatus",
    derive = "PartialEq",
    shortname = "ks",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-appliers",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "Kustomization builds a set of Kubernetes manifests from a source artifact with kustomize and reconciles them with the cluster.",
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct KustomizationSpec {
    /// Labels and annotations added to every object applied by this Kustomization. A key that is
    /// already set on an object is overwritten with the value given here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_metadata: Option<CommonMetadata>,

    /// Kustomizations that must be ready before this one is reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<DependencyReference>>,

    /// Decrypts SOPS-encrypted Secrets in the build output before they are applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decryption: Option<Decryption>,

    /// How often the Kustomization is reconciled, e.g. `10m`. Every run re-applies the manifests,
    /// which corrects drift in the cluster. The actual period may include a small jitter.
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: String,

    /// How often a failed reconciliation is retried. When not set, failures are retried at
    /// `interval`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub retry_interval: Option<String>,

    /// Kubeconfig used to apply the manifests to a remote cluster instead of the local one. When
    /// combined with `serviceAccountName`, that account is impersonated on the remote cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kube_config: Option<KubeConfigReference>,

    /// Path inside the source artifact of the directory to build: either a directory with a
    /// `kustomization.yaml`, or plain manifests for which one is generated. Defaults to the root
    /// of the artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,

    /// Actions performed on the built manifests before they are applied, such as variable
    /// substitution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_build: Option<PostBuild>,

    /// Enables garbage collection: objects applied by a previous revision and missing from the
    /// current one are deleted from the cluster.
    pub prune: bool,

    /// What happens to the applied objects when the Kustomization itself is deleted:
    /// `MirrorPrune` (default; delete them when `prune` is true, keep them otherwise), `Delete`,
    /// `WaitForTermination` (delete them and wait until they are gone) or `Orphan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletion_policy: Option<DeletionPolicy>,

    /// Objects whose health is checked after every apply; the Kustomization only becomes ready
    /// when all of them are healthy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_checks: Option<Vec<NamespacedObjectKindReference>>,

    /// Prefix added to the names of all objects built by this Kustomization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 200))]
    pub name_prefix: Option<String>,

    /// Suffix added to the names of all objects built by this Kustomization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 200))]
    pub name_suffix: Option<String>,

    /// Strategic merge or JSON 6902 patches, written inline, each applied to the objects its
    /// target selects (by group, version, kind, name, namespace, labels or annotations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patches: Option<Vec<Patch>>,

    /// Image overrides: replace the name, tag or digest of container images without writing a
    /// patch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<Image>>,

    /// Name of a ServiceAccount in the Kustomization's namespace that is impersonated for
    /// every operation on the cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,

    /// The source (GitRepository, OCIRepository, Bucket or ExternalArtifact) whose artifact holds
    /// the manifests.
    pub source_ref: CrossNamespaceSourceReference,

    /// Suspends reconciliation of this Kustomization. A reconciliation already in progress is not
    /// interrupted. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,

    /// Namespace set on all namespaced objects built by this Kustomization, overriding the one in
    /// the manifests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 63))]
    pub target_namespace: Option<String>,

    /// Time limit for the build, apply and health-check operations of one reconciliation.
    /// Defaults to `interval`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub timeout: Option<String>,

    /// Recreates objects whose update fails because an immutable field changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub force: Option<bool>,

    /// Waits for every applied object to become healthy before the Kustomization is marked
    /// ready. When true, `healthChecks` is ignored. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait: Option<bool>,

    /// Kustomize build metadata added to the built objects: `originAnnotations` records the file
    /// each object came from, `transformerAnnotations` the transformers that changed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build_metadata: Option<Vec<BuildMetadataOption>>,

    /// Paths, relative to `path`, of kustomize Components included in the build.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<String>>,

    /// Leaves out Components that do not exist in the source instead of failing the build.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_missing_components: Option<bool>,

    /// CEL expressions that decide the health of custom resources of a given kind. They are only
    /// evaluated when `wait` or `healthChecks` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check_exprs: Option<Vec<CustomHealthCheck>>,

    /// Rules naming fields (JSON pointers) of applied objects that are neither corrected when
    /// they drift nor overwritten on apply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<Vec<IgnoreRule>>,
}

/// A reference to the source object that provides the artifact to build.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceSourceReference {
    /// API version of the source; defaults to the version the controller uses for its kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,

    /// Kind of the source.
    pub kind: SourceKind,

    /// Name of the source.
    pub name: String,

    /// Namespace of the source; defaults to the Kustomization's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// The source kinds a Kustomization can build from.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum SourceKind {
    /// An OCI artifact (`source.toolkit.fluxcd.io` OCIRepository).
    #[serde(rename = "OCIRepository")]
    OciRepository,
    /// A Git repository (`source.toolkit.fluxcd.io` GitRepository). Used by `Default` in
    /// Rust; the API itself has no default.
    #[default]
    GitRepository,
    /// An S3-compatible bucket (`source.toolkit.fluxcd.io` Bucket).
    Bucket,
    /// An artifact produced by a third-party controller (`source.toolkit.fluxcd.io`
    /// ExternalArtifact).
    ExternalArtifact,
}

impl SourceKind {
    /// Returns the kind as written in `sourceRef.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OciRepository => "OCIRepository",
            Self::GitRepository => "GitRepository",
            Self::Bucket => "Bucket",
            Self::ExternalArtifact => "ExternalArtifact",
        }
    }
}

/// A dependency on another object of the same kind (Kustomization or HelmRelease) that must be
/// ready first.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct DependencyReference {
    /// Name of the dependency.
    pub name: String,

    /// Namespace of the dependency; defaults to the namespace of the dependent object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,

    /// CEL expression deciding whether the dependency is ready, replacing the built-in readiness
    /// check. The variable `dep` holds the dependency and `self` the dependent object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_expr: Option<String>,
}

/// What happens to the applied objects when a Kustomization is deleted.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum DeletionPolicy {
    /// Delete the objects when `prune` is true, leave them otherwise. The default.
    #[default]
    MirrorPrune,
    /// Delete the objects.
    Delete,
    /// Delete the objects and wait until they are gone.
    WaitForTermination,
    /// Leave the objects in the cluster.
    Orphan,
}

/// Kustomize build metadata that can be added to the built objects.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum BuildMetadataOption {
    /// Annotate each object with the file and path it was loaded from
    /// (`config.kubernetes.io/origin`).
    #[serde(rename = "originAnnotations")]
    OriginAnnotations,
    /// Annotate each object with the kustomize transformers that modified it.
    #[serde(rename = "transformerAnnotations")]
    TransformerAnnotations,
}

/// How Secrets in the build output are decrypted before they are applied.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Decryption {
    /// Decryption engine; `sops` is the only one.
    pub provider: DecryptionProvider,

    /// ServiceAccount used to authenticate to cloud KMS services (and OpenBao/Vault) without a
    /// static credential. Static credentials in `secretRef` take priority for their provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,

    /// Secret holding the decryption keys (age, OpenPGP) and/or static credentials for the KMS
    /// services, in the Kustomization's namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
}

/// Decryption engines.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum DecryptionProvider {
    /// Mozilla SOPS.
    #[default]
    #[serde(rename = "sops")]
    Sops,
}

/// Actions performed on the built manifests before they are applied.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct PostBuild {
    /// When variables are substituted: `WithVariables` (default) only when at least one variable
    /// is defined, `Always` even when none is (useful with `${var:=default}` expressions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute_strategy: Option<SubstituteStrategy>,

    /// Variables substituted in the manifests: every `${name}` whose name is a key of this map is
    /// replaced by its value. Bash-style operations such as `${var:=default}`,
    /// `${var:position}` and `${var/substring/replacement}` are supported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute: Option<BTreeMap<String, String>>,

    /// ConfigMaps and Secrets whose data keys and values are used as substitution variables.
    /// Values from later entries override earlier ones; inline `substitute` values override all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute_from: Option<Vec<SubstituteReference>>,
}

/// When post-build variable substitution runs.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum SubstituteStrategy {
    /// Substitute only when at least one variable is defined. The default.
    #[default]
    WithVariables,
    /// Always substitute, even when no variable is defined.
    Always,
}

/// A ConfigMap or Secret providing substitution variables.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct SubstituteReference {
    /// Kind of the object: `Secret` or `ConfigMap`.
    pub kind: SubstituteKind,

    /// Name of the object, in the Kustomization's namespace.
    #[schemars(length(min = 1, max = 253))]
    pub name: String,

    /// Tolerates a missing object: it is then treated as empty. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = false))]
    pub optional: Option<bool>,
}

/// Kinds of objects that can provide substitution variables.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = crate::kustomize::field_docs_only)]
pub enum SubstituteKind {
    /// A Secret (its decoded data).
    Secret,
    /// A ConfigMap (its data). Used by `Default` in Rust; the API itself has no default.
    #[default]
    ConfigMap,
}

/// CEL expressions deciding the health of custom resources of one kind.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct CustomHealthCheck {
    /// API version of the custom resources, e.g. `bitnami.com/v1alpha1`.
    pub api_version: String,

    /// Kind of the custom resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,

    /// Expression that is true when the resource has reached its desired state.
    pub current: String,

    /// Expression that is true while the resource is still progressing. Evaluated first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress: Option<String>,

    /// Expression that is true when the resource has failed to reach its desired state.
    /// Evaluated after `inProgress` and before `current`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
}

/// A rule excluding fields of selected objects from drift detection and correction.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct IgnoreRule {
    /// JSON pointers (RFC 6901) of the ignored fields, e.g. `/spec/replicas`. A `/` inside a key
    /// is written `~1`.
    pub paths: Vec<String>,

    /// Objects the rule applies to; all objects when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Selector>,
}

/// The observed state of a Kustomization.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct KustomizationStatus {
    /// The last `reconcile.fluxcd.io/requestedAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,

    /// The last `metadata.generation` that was reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,

    /// Conditions of the Kustomization: `Ready`, `Reconciling`, `Stalled` and `Healthy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,

    /// Revision of the source artifact that was last applied successfully.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_applied_revision: Option<String>,

    /// Origin revision (e.g. the `org.opencontainers.image.revision` annotation of an OCI
    /// artifact) of the source artifact that was last applied successfully.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_applied_origin_revision: Option<String>,

    /// Revision of the source artifact of the last reconciliation attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_attempted_revision: Option<String>,

    /// The objects applied by the last successful reconciliation, used for pruning and drift
    /// detection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inventory: Option<ResourceInventory>,

    /// The most recent reconciliations (up to 5, newest first), each with the digest of the
    /// applied manifests, its timing, outcome and how often it ran.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<Snapshot>>,
}

/// The list of objects applied by a Kustomization or HelmRelease.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct ResourceInventory {
    /// The applied objects.
    pub entries: Vec<ResourceRef>,
}

/// An applied object in an inventory.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema, Default)]
pub struct ResourceRef {
    /// Identifier of the object in the form `<namespace>_<name>_<group>_<kind>` (namespace and
    /// group are empty for cluster-scoped objects and the core group).
    pub id: String,

    /// API version of the object's kind, e.g. `v1`.
    #[serde(rename = "v")]
    pub version: String,
}

/// A record of the reconciliations of one set of manifests (`status.history[]`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Digest (`<algorithm>:<hex>`) of the applied manifests.
    pub digest: String,

    /// When these manifests were first reconciled (RFC 3339).
    #[schemars(extend("format" = "date-time"))]
    pub first_reconciled: String,

    /// When these manifests were last reconciled (RFC 3339).
    #[schemars(extend("format" = "date-time"))]
    pub last_reconciled: String,

    /// Duration of the last reconciliation, e.g. `2.818583s`.
    pub last_reconciled_duration: String,

    /// Reason of the Ready condition after the last reconciliation, e.g.
    /// `ReconciliationSucceeded` or `HealthCheckFailed`.
    pub last_reconciled_status: String,

    /// How many times these manifests were reconciled.
    pub total_reconciliations: i64,

    /// Extra information about the reconciliation, e.g. `revision` and `originRevision` of the
    /// source artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
}

/// Drops the type-level description from an enum's schema, so that the CRD shows the doc of the
/// field using the enum (kube hoists an optional enum's schema over the field's own description).
pub(crate) fn field_docs_only(schema: &mut schemars::Schema) {
    schema.remove("description");
}

crate::impl_flux_object!(Kustomization, retry = |s| s.retry_interval.as_deref());

/// Returns the CustomResourceDefinition of the Kustomization kind.
pub fn crds() -> Vec<CustomResourceDefinition> {
    vec![Kustomization::crd()]
}
