//! Kinds of the `image.toolkit.fluxcd.io/v1` API group: [`ImageRepository`] and [`ImagePolicy`]
//! (image-reflector-controller) and [`ImageUpdateAutomation`] (image-automation-controller).
//!
//! The JSON form of every type matches Flux's `api/v1` packages field for field. [`crds`] returns
//! the group's CustomResourceDefinitions.

use crate::meta::{Condition, DURATION_PATTERN, LocalObjectReference, NamespacedObjectReference};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;
use kube::{CustomResource, CustomResourceExt};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// API group of the image kinds.
pub const GROUP: &str = "image.toolkit.fluxcd.io";
/// API version of the image kinds.
pub const VERSION: &str = "v1";

/// Regular expression for timeouts, which unlike intervals do not accept hours.
pub const TIMEOUT_PATTERN: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m))+$";

/// Tag exclusion list applied when `spec.exclusionList` is empty: Cosign signature tags.
pub const DEFAULT_EXCLUSION_LIST: &[&str] = &[r"^.*\.sig$"];

/// Interval of an ImagePolicy with `digestReflectionPolicy: Always` when `spec.interval` is unset.
pub const DEFAULT_POLICY_INTERVAL: &str = "10m";

/// Commit message used when `spec.git.commit.messageTemplate` is empty.
pub const DEFAULT_COMMIT_MESSAGE: &str = "Update from image update automation";

/// Condition reasons specific to the image controllers.
pub mod reasons {
    /// The image URL of an ImageRepository is invalid.
    pub const IMAGE_URL_INVALID: &str = "ImageURLInvalid";
    /// A dependency, e.g. the referenced ImageRepository, is not ready.
    pub const DEPENDENCY_NOT_READY: &str = "DependencyNotReady";
    /// Credentials are missing from a Secret or were rejected by the registry.
    pub const AUTHENTICATION_FAILED: &str = "AuthenticationFailed";
    /// Reading tags from the tag database failed.
    pub const READ_OPERATION_FAILED: &str = "ReadOperationFailed";
    /// An ImagePolicy reflecting digests `Always` has no interval.
    pub const INTERVAL_NOT_CONFIGURED: &str = "IntervalNotConfigured";
    /// The update strategy of an ImageUpdateAutomation is not supported.
    pub const INVALID_UPDATE_STRATEGY: &str = "InvalidUpdateStrategy";
    /// The source reference of an ImageUpdateAutomation is invalid.
    pub const INVALID_SOURCE_CONFIGURATION: &str = "InvalidSourceConfiguration";
    /// Preparing the Git checkout failed.
    pub const SOURCE_MANAGER_FAILED: &str = "SourceManagerFailed";
    /// A Git operation (clone, commit, push) failed.
    pub const GIT_OPERATION_FAILED: &str = "GitOperationFailed";
    /// Updating the manifests failed.
    pub const UPDATE_FAILED: &str = "UpdateFailed";
    /// The policy selector is not a valid label selector.
    pub const INVALID_POLICY_SELECTOR: &str = "InvalidPolicySelector";
    /// The commit message template uses a field that no longer exists (`.Updated`).
    pub const REMOVED_TEMPLATE_FIELD: &str = "RemovedTemplateField";
}

// ---------------------------------------------------------------------------------------------
// ImageRepository
// ---------------------------------------------------------------------------------------------

/// Desired state of an ImageRepository: which image repository to scan for tags, and how.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "image.toolkit.fluxcd.io",
    version = "v1",
    kind = "ImageRepository",
    plural = "imagerepositories",
    namespaced,
    status = "ImageRepositoryStatus",
    shortname = "imgrepo",
    shortname = "imagerepo",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-images",
    doc = "ImageRepository scans a container image repository for tags at a regular interval.",
    printcolumn = r#"{"name":"Image","type":"string","jsonPath":".spec.image"}"#,
    printcolumn = r#"{"name":"Tags","type":"string","jsonPath":".status.lastScanResult.tagCount"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#,
    printcolumn = r#"{"name":"Last scan","type":"string","jsonPath":".status.lastScanResult.scanTime","priority":1}"#,
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct ImageRepositorySpec {
    /// Name of the image repository to scan, e.g. `ghcr.io/stefanprodan/podinfo`.
    pub image: String,
    /// Time to wait between scans of the image repository, e.g. `5m`.
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: String,
    /// Timeout for a scan; defaults to the interval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = TIMEOUT_PATTERN))]
    pub timeout: Option<String>,
    /// Secret with registry credentials, as created by `kubectl create secret docker-registry`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// Secret with the proxy settings (`address`, optional `username` and `password`) used to
    /// reach the registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// ServiceAccount whose image pull secrets (provider `generic`) or workload identity (cloud
    /// providers) authenticate the scan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 253))]
    pub service_account_name: Option<String>,
    /// Secret with TLS material for the registry connection: a client certificate and key
    /// (`tls.crt`, `tls.key`) and/or a CA certificate (`ca.crt`). The Secret must be of type
    /// `Opaque` or `kubernetes.io/tls`. The `caFile`, `certFile` and `keyFile` keys are deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Suspends subsequent scans; a scan already running is not affected. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// ACL allowing ImagePolicies in other namespaces to reference this ImageRepository, by the
    /// labels of their namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_from: Option<AccessFrom>,
    /// Regular expressions of tags excluded from the scan result (at most 25). Defaults to
    /// `^.*\.sig$`, which excludes Cosign signatures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 25), extend("default" = [r"^.*\.sig$"]))]
    pub exclusion_list: Option<Vec<String>>,
    /// Provider used to authenticate with the registry: `generic` (default), `aws`, `azure` or
    /// `gcp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "generic"))]
    pub provider: Option<RegistryProvider>,
    /// Allows connecting to a registry over plain HTTP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,
}

/// Authentication provider of an ImageRepository.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = keep_field_description)]
pub enum RegistryProvider {
    /// Static credentials from `secretRef` or the ServiceAccount's pull secrets, or anonymous.
    #[default]
    Generic,
    /// Amazon ECR, authenticated with the controller's or the ServiceAccount's AWS identity.
    Aws,
    /// Azure Container Registry, authenticated with Azure workload or managed identity.
    Azure,
    /// Google Artifact Registry / GCR, authenticated with GCP workload identity.
    Gcp,
}

impl RegistryProvider {
    /// Returns the provider name as written in the spec.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Generic => "generic",
            Self::Aws => "aws",
            Self::Azure => "azure",
            Self::Gcp => "gcp",
        }
    }
}

/// Access control list for cross-namespace references (`spec.accessFrom`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct AccessFrom {
    /// Namespace selectors, ORed: a namespace matching any of them is granted access.
    pub namespace_selectors: Vec<NamespaceSelector>,
}

/// Selects namespaces by label; an empty `matchLabels` selects every namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct NamespaceSelector {
    /// Labels a namespace must all carry to be selected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<BTreeMap<String, String>>,
}

/// Observed state of an ImageRepository.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ImageRepositoryStatus {
    /// Conditions of the ImageRepository (`Ready`, `Reconciling`, `Stalled`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Last reconciled `.metadata.generation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Image repository name with all implied parts made explicit, e.g.
    /// `docker.io/library/alpine` for `alpine`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical_image_name: Option<String>,
    /// Summary of the last successful scan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_scan_result: Option<ScanResult>,
    /// Exclusion list that produced the last scan result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_exclusion_list: Option<Vec<String>>,
    /// The last `reconcile.fluxcd.io/requestedAt` value handled by the controller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

/// Summary of a scan of an image repository.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ScanResult {
    /// Stable hash of the scanned tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// Number of tags found.
    pub tag_count: i64,
    /// Time the scan was performed (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub scan_time: Option<String>,
    /// Sample of the tags found: the first 10 in descending alphabetical order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_tags: Option<Vec<String>>,
}

impl ImageRepository {
    /// Returns the scan timeout: `spec.timeout`, else `spec.interval`.
    pub fn timeout(&self) -> &str {
        self.spec.timeout.as_deref().unwrap_or(&self.spec.interval)
    }

    /// Returns the tag exclusion list in effect: `spec.exclusionList` when non-empty, else
    /// [`DEFAULT_EXCLUSION_LIST`].
    pub fn exclusion_list(&self) -> Vec<String> {
        match &self.spec.exclusion_list {
            Some(list) if !list.is_empty() => list.clone(),
            _ => DEFAULT_EXCLUSION_LIST.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Returns the authentication provider in effect (`generic` when unset).
    pub fn provider(&self) -> RegistryProvider {
        self.spec.provider.unwrap_or_default()
    }
}

crate::impl_flux_object!(ImageRepository);

// ---------------------------------------------------------------------------------------------
// ImagePolicy
// ---------------------------------------------------------------------------------------------

/// Desired state of an ImagePolicy: how to elect the latest image from an ImageRepository's tags.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "image.toolkit.fluxcd.io",
    version = "v1",
    kind = "ImagePolicy",
    plural = "imagepolicies",
    namespaced,
    status = "ImagePolicyStatus",
    shortname = "imgpol",
    shortname = "imagepol",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-images",
    doc = "ImagePolicy elects the latest image among the tags scanned by an ImageRepository.",
    printcolumn = r#"{"name":"Image","type":"string","jsonPath":".status.latestRef.name"}"#,
    printcolumn = r#"{"name":"Tag","type":"string","jsonPath":".status.latestRef.tag"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#,
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct ImagePolicySpec {
    /// ImageRepository whose scanned tags the policy selects from; it may be in another
    /// namespace if its `accessFrom` allows it.
    pub image_repository_ref: NamespacedObjectReference,
    /// Rule used to order the tags and elect the latest one.
    pub policy: ImagePolicyChoice,
    /// Filter applied to the tags before the policy; without it all tags are considered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_tags: Option<TagFilter>,
    /// When to set `.status.latestRef.digest`: `Never` (default) leaves it empty, `IfNotPresent`
    /// sets it once per elected tag, `Always` refreshes it from the registry every interval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "Never"))]
    pub digest_reflection_policy: Option<ReflectionPolicy>,
    /// Time between refreshes of the latest tag's digest; only accepted, and then required, with
    /// `digestReflectionPolicy: Always`. Defaults to 10m.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: Option<String>,
    /// Suspends subsequent policy evaluations. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// When the digest of the elected image is reflected in the ImagePolicy status.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = keep_field_description)]
pub enum ReflectionPolicy {
    /// The digest is refreshed from the registry on every reconcile, even for an unchanged tag.
    Always,
    /// The digest is recorded when the elected tag changes and kept afterwards.
    IfNotPresent,
    /// The digest is never recorded.
    #[default]
    Never,
}

/// The policy used to elect the latest tag; exactly one member is expected to be set.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ImagePolicyChoice {
    /// Elects the highest semantic version within a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semver: Option<SemVerPolicy>,
    /// Elects the last tag in alphabetical order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alphabetical: Option<AlphabeticalPolicy>,
    /// Elects the last tag in numerical order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerical: Option<NumericalPolicy>,
}

/// Semantic-version policy.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct SemVerPolicy {
    /// Semver constraint (Masterminds syntax, e.g. `>=1.0.0 <2.0.0` or `5.1.x`); the highest
    /// tag within it is elected.
    pub range: String,
}

/// Alphabetical ordering policy.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct AlphabeticalPolicy {
    /// Sort order: `asc` (default) elects Z among A-Z, `desc` elects A.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "asc"))]
    pub order: Option<SortOrder>,
}

/// Numerical ordering policy.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct NumericalPolicy {
    /// Sort order: `asc` (default) elects 9 among 0-9, `desc` elects 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "asc"))]
    pub order: Option<SortOrder>,
}

/// Sort order of an alphabetical or numerical policy.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = keep_field_description)]
pub enum SortOrder {
    /// Ascending: the greatest value is elected.
    #[default]
    Asc,
    /// Descending: the smallest value is elected.
    Desc,
}

/// Tag filter applied before the policy.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct TagFilter {
    /// Regular expression (Go RE2 syntax) a tag must match to be considered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Template expanded with the pattern's capture groups (e.g. `$timestamp` or `$1`); the
    /// result, not the tag, is what the policy orders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extract: Option<String>,
}

/// A reference to an image: name, tag and optionally digest.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct ImageRef {
    /// Image name without tag or digest, e.g. `ghcr.io/stefanprodan/podinfo`.
    pub name: String,
    /// Image tag.
    pub tag: String,
    /// Image digest, e.g. `sha256:...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

/// Formats the reference as `name:tag`, followed by `@digest` when a digest is set.
impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.name, self.tag)?;
        match self.digest.as_deref() {
            Some(d) if !d.is_empty() => write!(f, "@{d}"),
            _ => Ok(()),
        }
    }
}

/// Observed state of an ImagePolicy.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ImagePolicyStatus {
    /// Latest image elected by the policy among the filtered, ordered tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_ref: Option<ImageRef>,
    /// Previously elected image, kept to tell upgrades from failure recoveries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_previous_ref: Option<ImageRef>,
    /// Last reconciled `.metadata.generation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the ImagePolicy (`Ready`, `Reconciling`, `Stalled`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// The last `reconcile.fluxcd.io/requestedAt` value handled by the controller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

impl ImagePolicy {
    /// Returns the digest reflection policy in effect (`Never` when unset).
    pub fn digest_reflection_policy(&self) -> ReflectionPolicy {
        self.spec.digest_reflection_policy.unwrap_or_default()
    }
}

impl crate::object::FluxObject for ImagePolicy {
    /// Returns `spec.interval`, or [`DEFAULT_POLICY_INTERVAL`] when unset. Flux only requeues
    /// an ImagePolicy periodically when `digestReflectionPolicy` is `Always`; otherwise it is
    /// reconciled when its ImageRepository changes.
    fn interval(&self) -> &str {
        self.spec.interval.as_deref().unwrap_or(DEFAULT_POLICY_INTERVAL)
    }
    fn suspended(&self) -> bool {
        self.spec.suspend.unwrap_or(false)
    }
    fn conditions(&self) -> &[Condition] {
        self.status
            .as_ref()
            .and_then(|s| s.conditions.as_deref())
            .unwrap_or(&[])
    }
    fn observed_generation(&self) -> Option<i64> {
        self.status.as_ref().and_then(|s| s.observed_generation)
    }
    fn last_handled_reconcile_at(&self) -> Option<&str> {
        self.status
            .as_ref()
            .and_then(|s| s.last_handled_reconcile_at.as_deref())
    }
}

// ---------------------------------------------------------------------------------------------
// ImageUpdateAutomation
// ---------------------------------------------------------------------------------------------

/// Desired state of an ImageUpdateAutomation: which Git repository to update with the latest
/// images of the ImagePolicies, and how to commit and push the change.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "image.toolkit.fluxcd.io",
    version = "v1",
    kind = "ImageUpdateAutomation",
    plural = "imageupdateautomations",
    namespaced,
    status = "ImageUpdateAutomationStatus",
    shortname = "iua",
    shortname = "imgupd",
    shortname = "imgauto",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-images",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "ImageUpdateAutomation writes the latest images elected by ImagePolicies into the manifests of a Git repository and pushes the change.",
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#,
    printcolumn = r#"{"name":"Last run","type":"string","jsonPath":".status.lastAutomationRunTime","priority":1}"#,
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct ImageUpdateAutomationSpec {
    /// Source giving access to the Git repository to update; only `GitRepository` is supported.
    pub source_ref: CrossNamespaceSourceReference,
    /// Git checkout, commit and push settings. Optional in the schema but needed in practice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git: Option<GitSpec>,
    /// Lower bound of the time between automation runs, e.g. `30m`.
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: String,
    /// Label selector of the ImagePolicies to apply; by default all ImagePolicies in the
    /// namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_selector: Option<LabelSelector>,
    /// How the files in the repository are updated; defaults to the `Setters` strategy at the
    /// repository root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = {"strategy": "Setters"}))]
    pub update: Option<UpdateStrategy>,
    /// Suspends subsequent automation runs. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// Reference to the source of an ImageUpdateAutomation, possibly in another namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceSourceReference {
    /// API version of the referent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the referent; only `GitRepository` is supported.
    #[schemars(extend("enum" = ["GitRepository"], "default" = "GitRepository"))]
    pub kind: String,
    /// Name of the referent.
    pub name: String,
    /// Namespace of the referent; defaults to the namespace of the ImageUpdateAutomation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// Git settings of an ImageUpdateAutomation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct GitSpec {
    /// Reference to clone before making changes; defaults to the GitRepository's `spec.ref`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkout: Option<GitCheckoutSpec>,
    /// How changes are committed.
    pub commit: CommitSpec,
    /// Where commits are pushed; defaults to the checked-out branch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push: Option<PushSpec>,
}

/// Checkout settings of an ImageUpdateAutomation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct GitCheckoutSpec {
    /// Branch, tag or commit to clone.
    #[serde(rename = "ref")]
    pub reference: GitRepositoryRef,
}

/// A Git reference to check out: the same type as GitRepository's `spec.ref`.
pub use crate::source::GitRepositoryRef;

/// Commit settings of an ImageUpdateAutomation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct CommitSpec {
    /// Author of the commits.
    pub author: CommitUser,
    /// Key used to sign the commits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<SigningKey>,
    /// Go text/template (with Sprig functions) rendering the commit message from the
    /// `AutomationObject`, `Changed` and `Values` data. The `Updated` field has been removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_template: Option<String>,
    /// Extra values available to the message template as `.Values`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_template_values: Option<BTreeMap<String, String>>,
}

/// Identity used for commits.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct CommitUser {
    /// Name of the commit author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email of the commit author.
    pub email: String,
}

/// Secret holding a key that signs the commits.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct SigningKey {
    /// Secret in the automation's namespace with the key: for `gpg`, an ASCII-armored OpenPGP
    /// key under `git.asc` and optional `passphrase`; for `ssh`, an OpenSSH private key under
    /// `identity` and optional `password`.
    pub secret_ref: LocalObjectReference,
    /// Format of the signing key: `gpg` (the default when unset) or `ssh`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<SigningKeyType>,
}

/// Format of a commit signing key.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = keep_field_description)]
pub enum SigningKeyType {
    /// An OpenPGP key (`git.asc`).
    #[default]
    Gpg,
    /// An SSH key (`identity`).
    Ssh,
}

/// Push settings of an ImageUpdateAutomation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct PushSpec {
    /// Branch to push to, created from the checked-out branch if missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Refspec to push, e.g. `refs/heads/main:refs/heads/auto`; with `branch` set both pushes
    /// are made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refspec: Option<String>,
    /// Push options sent to the Git server, e.g. `merge_request.create` for GitLab.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
}

/// How the files of the repository are updated.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct UpdateStrategy {
    /// Name of the strategy; only `Setters` (the default) exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "Setters"))]
    pub strategy: Option<UpdateStrategyName>,
    /// Directory holding the manifests to update; defaults to the repository root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// Name of an update strategy.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[schemars(transform = keep_field_description)]
pub enum UpdateStrategyName {
    /// Rewrites fields marked with `$imagepolicy` setter comments.
    #[default]
    Setters,
}

/// Observed state of an ImageUpdateAutomation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ImageUpdateAutomationStatus {
    /// Last time an automation run completed, whether or not it changed anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub last_automation_run_time: Option<String>,
    /// SHA of the last commit pushed by this automation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_push_commit: Option<String>,
    /// Time of the last push.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub last_push_time: Option<String>,
    /// Last reconciled `.metadata.generation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
    /// Conditions of the ImageUpdateAutomation (`Ready`, `Reconciling`, `Stalled`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Latest images of the ImagePolicies considered by the last run, by policy name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_policies: Option<BTreeMap<String, ImageRef>>,
    /// Source revision seen by the last run, e.g. `main@sha1:<hex>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_source_revision: Option<String>,
    /// The last `reconcile.fluxcd.io/requestedAt` value handled by the controller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

crate::impl_flux_object!(ImageUpdateAutomation);

/// Drops the type-level description from an enum's schema. kube flattens an `Option<enum>`
/// property into the enum's schema, whose description would otherwise replace the field's own
/// (the one `kubectl explain` should show).
fn keep_field_description(schema: &mut schemars::Schema) {
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("description");
    }
}

/// Returns the CustomResourceDefinitions of the `image.toolkit.fluxcd.io` group: ImageRepository,
/// ImagePolicy and ImageUpdateAutomation.
pub fn crds() -> Vec<CustomResourceDefinition> {
    vec![ImageRepository::crd(), ImagePolicy::crd(), ImageUpdateAutomation::crd()]
}
