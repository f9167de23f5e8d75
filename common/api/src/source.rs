//! Kinds of the `source.toolkit.fluxcd.io/v1` API group: [`GitRepository`], [`OCIRepository`],
//! [`HelmRepository`], [`HelmChart`] and [`Bucket`].
//!
//! Each kind fetches content from somewhere (a Git server, an OCI registry, a Helm repository,
//! an object storage bucket) and publishes it as an [`Artifact`] that other controllers
//! download. The types serialise to exactly the JSON of Flux's source-controller
//! (`api/v1/*_types.go`): same field names, same omit-when-empty rules, same enum values.
//! Defaults live in the CRD schema only, so an object read from the API server round-trips
//! unchanged. [`crds`] returns the CustomResourceDefinitions of the five kinds.

use crate::meta::{Artifact, Condition, DURATION_PATTERN, LocalObjectReference};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::{CustomResource, CustomResourceExt};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// API group of the source kinds.
pub const GROUP: &str = "source.toolkit.fluxcd.io";

/// API version of the source kinds served by ferroflux.
pub const VERSION: &str = "v1";

/// Regular expression for the `timeout` fields of the source kinds: a duration without hours,
/// e.g. `60s` or `1m30s`.
pub const TIMEOUT_PATTERN: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m))+$";

/// Condition types specific to the source kinds (besides `Ready`, `Reconciling`, `Stalled`).
pub mod conditions {
    /// The artifact of the object is present in storage.
    pub const ARTIFACT_IN_STORAGE: &str = "ArtifactInStorage";
    /// The artifact in storage is older than what the spec asks for (negative polarity).
    pub const ARTIFACT_OUTDATED: &str = "ArtifactOutdated";
    /// The signature of the source was verified.
    pub const SOURCE_VERIFIED: &str = "SourceVerified";
    /// Fetching the source failed (negative polarity).
    pub const FETCH_FAILED: &str = "FetchFailed";
    /// Building the artifact failed (negative polarity).
    pub const BUILD_FAILED: &str = "BuildFailed";
    /// A storage operation failed (negative polarity).
    pub const STORAGE_OPERATION_FAILED: &str = "StorageOperationFailed";
    /// One of the GitRepository includes has no artifact (negative polarity).
    pub const INCLUDE_UNAVAILABLE: &str = "IncludeUnavailable";
}

/// Defines a closed string enum with exact wire values, plus `as_str` and `Display`.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $value:tt, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
        // The type doc stays out of the schema: for optional fields it would replace the
        // field's own doc, which is what `kubectl explain` should show.
        #[schemars(description = "")]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $value)] $variant, )+
        }

        impl $name {
            /// Returns the value as written in the object's JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( Self::$variant => $value, )+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// Read access to the artifact every source kind publishes in `.status.artifact`.
pub trait Source {
    /// Returns the artifact of the last successful reconcile, if any.
    fn artifact(&self) -> Option<&Artifact>;
}

// ---------------------------------------------------------------------------------------------
// GitRepository
// ---------------------------------------------------------------------------------------------

string_enum! {
    /// Authentication provider of a GitRepository.
    #[derive(Default)]
    pub enum GitProvider {
        /// Credentials from `spec.secretRef`, or none.
        #[default]
        Generic = "generic",
        /// AWS CodeCommit with IAM credentials (workload identity).
        Aws = "aws",
        /// Azure DevOps with a managed identity (workload identity).
        Azure = "azure",
        /// GitHub App authentication with the app credentials in `spec.secretRef`.
        Github = "github",
    }
}

string_enum! {
    /// Which Git objects a GitRepository verifies the signature of.
    #[derive(Default)]
    pub enum GitVerificationMode {
        /// Same as `HEAD`; accepted for backwards compatibility.
        HeadLowercase = "head",
        /// The commit HEAD points to after checkout.
        #[default]
        Head = "HEAD",
        /// The annotated tag object named in `spec.ref`.
        Tag = "Tag",
        /// Both the tag object and the commit it points to.
        TagAndHead = "TagAndHEAD",
    }
}

/// Desired state of a GitRepository: the repository to fetch, the reference to follow, how to
/// authenticate and verify, and how often to look for changes.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "GitRepository",
    namespaced,
    status = "GitRepositoryStatus",
    shortname = "gitrepo",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "GitRepository fetches a Git repository at a branch, tag, SemVer range, reference or commit and publishes the checked-out tree as an artifact.",
    printcolumn = r#"{"name":"URL","type":"string","jsonPath":".spec.url"}"#,
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositorySpec {
    /// Address of the Git repository, with scheme `http`, `https` or `ssh`. SCP-like addresses
    /// such as `git@github.com:org/repo` are not accepted.
    #[schemars(regex(pattern = r"^(http|https|ssh)://.*$"))]
    pub url: String,

    /// Secret in the same namespace holding the credentials: `username` and `password`, or
    /// `bearerToken`, for HTTPS; `identity` and `known_hosts` for SSH; optionally `ca.crt`,
    /// `tls.crt` and `tls.key` for TLS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,

    /// Authentication provider: `generic` (credentials from `secretRef`; used when not set),
    /// `aws`, `azure` or `github`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<GitProvider>,

    /// ServiceAccount whose workload identity authenticates to the Git server. Only for the
    /// `azure` and `aws` providers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,

    /// How often the repository is checked for new commits, e.g. `5m`. The controller may add
    /// jitter to spread the load.
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: String,

    /// Time limit for Git operations such as clone and fetch. Defaults to `60s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = TIMEOUT_PATTERN), extend("default" = "60s"))]
    pub timeout: Option<String>,

    /// Git reference to check out and follow. Defaults to the `master` branch.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<GitRepositoryRef>,

    /// Verification of the OpenPGP or SSH signatures of the checked-out commit and/or tag.
    #[serde(rename = "verify", default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<GitRepositoryVerification>,

    /// Secret holding the proxy used to reach the Git server: `address`, and optionally
    /// `username` and `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,

    /// Exclusion patterns in `.sourceignore` (gitignore) syntax. When set, they replace the
    /// default exclusions applied when building the artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,

    /// When true, the controller stops reconciling this GitRepository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,

    /// When true, the submodules of the repository are cloned too, with their default
    /// settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurse_submodules: Option<bool>,

    /// Artifacts of other GitRepositories in the same namespace to copy into the artifact of
    /// this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<GitRepositoryInclude>>,

    /// Directories to check out. When set, the artifact contains only these directories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sparse_checkout: Option<Vec<String>>,
}

/// The Git reference a GitRepository checks out. When several fields are set the most
/// specific wins: `commit`, then `name`, `semver`, `tag`, `branch`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryRef {
    /// Branch to check out. `master` when no other field is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,

    /// Tag to check out. Takes precedence over `branch`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,

    /// SemVer range; the highest tag in the range is checked out. Takes precedence over `tag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semver: Option<String>,

    /// Full Git reference to check out, such as `refs/heads/main`, `refs/tags/v1.0.0` or
    /// `refs/pull/42/head`. Takes precedence over `branch`, `tag` and `semver`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Commit SHA to check out. Takes precedence over every other field. Together with
    /// `branch`, only that branch is cloned and it must contain the commit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
}

/// Signature verification settings of a GitRepository.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryVerification {
    /// Which Git objects to verify: `HEAD` (the checked-out commit; the default, `head` is
    /// accepted too), `Tag` (the tag object) or `TagAndHEAD` (both).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "HEAD"))]
    pub mode: Option<GitVerificationMode>,

    /// Secret holding the public keys of trusted authors: OpenPGP keys under keys ending in
    /// `.asc`, SSH keys under keys ending in `.sshpub`.
    pub secret_ref: LocalObjectReference,
}

impl GitRepositoryVerification {
    /// Returns the effective mode: `HEAD` when not set, and `head` read as `HEAD`.
    pub fn effective_mode(&self) -> GitVerificationMode {
        match self.mode {
            None | Some(GitVerificationMode::HeadLowercase) => GitVerificationMode::Head,
            Some(mode) => mode,
        }
    }

    /// Returns whether the checked-out commit must be verified.
    pub fn verify_head(&self) -> bool {
        matches!(
            self.effective_mode(),
            GitVerificationMode::Head | GitVerificationMode::TagAndHead
        )
    }

    /// Returns whether the tag object must be verified.
    pub fn verify_tag(&self) -> bool {
        matches!(
            self.effective_mode(),
            GitVerificationMode::Tag | GitVerificationMode::TagAndHead
        )
    }
}

/// Another GitRepository whose artifact contents are copied into this one's artifact.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryInclude {
    /// GitRepository in the same namespace whose artifact is included.
    pub repository: LocalObjectReference,

    /// Path inside the included artifact to copy from. Defaults to its root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_path: Option<String>,

    /// Path inside this artifact to copy to. Defaults to the name of the included
    /// GitRepository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_path: Option<String>,
}

impl GitRepositoryInclude {
    /// Returns the destination path, falling back to the name of the included GitRepository.
    pub fn effective_to_path(&self) -> &str {
        match self.to_path.as_deref() {
            Some(p) if !p.is_empty() => p,
            _ => &self.repository.name,
        }
    }
}

/// Observed state of a GitRepository, as recorded by the controller.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct GitRepositoryStatus {
    /// The `.metadata.generation` the controller last reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,

    /// Observations of the object's state, such as `Ready`, `Reconciling`, `Stalled` and
    /// `ArtifactInStorage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,

    /// The artifact produced by the last successful reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,

    /// The artifacts of the included GitRepositories that went into the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included_artifacts: Option<Vec<Artifact>>,

    /// The exclusion patterns used to build the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_ignore: Option<String>,

    /// The submodule setting used to build the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_recurse_submodules: Option<bool>,

    /// The includes used to build the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_include: Option<Vec<GitRepositoryInclude>>,

    /// The sparse-checkout directories used to build the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_sparse_checkout: Option<Vec<String>>,

    /// Which Git objects had their signatures verified for the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_verification_mode: Option<GitVerificationMode>,

    /// The last `reconcile.fluxcd.io/requestedAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

impl GitRepository {
    /// Returns the authentication provider, `generic` when not set.
    pub fn provider(&self) -> GitProvider {
        self.spec.provider.unwrap_or_default()
    }
}

crate::impl_flux_object!(GitRepository);

impl Source for GitRepository {
    fn artifact(&self) -> Option<&Artifact> {
        self.status.as_ref().and_then(|s| s.artifact.as_ref())
    }
}

// ---------------------------------------------------------------------------------------------
// OCIRepository
// ---------------------------------------------------------------------------------------------

string_enum! {
    /// Authentication provider for OCI registries (OCIRepository, and HelmRepository
    /// of type `oci`).
    #[derive(Default)]
    pub enum OciProvider {
        /// Static credentials from `spec.secretRef` (or none); works with any registry.
        #[default]
        Generic = "generic",
        /// Amazon ECR with workload identity.
        Aws = "aws",
        /// Azure Container Registry with workload identity.
        Azure = "azure",
        /// Google Artifact Registry with workload identity.
        Gcp = "gcp",
    }
}

string_enum! {
    /// What an OCIRepository does with the selected layer.
    #[derive(Default)]
    pub enum OciLayerOperation {
        /// Unpack the layer's tar content into the artifact.
        #[default]
        Extract = "extract",
        /// Store the compressed layer unchanged as the artifact.
        Copy = "copy",
    }
}

string_enum! {
    /// Technology used to sign an OCI artifact or Helm chart.
    #[derive(Default)]
    pub enum VerificationProvider {
        /// Sigstore cosign, with public keys or keyless (OIDC identity) signatures.
        #[default]
        Cosign = "cosign",
        /// Notary Project notation, with certificates and a trust policy.
        Notation = "notation",
    }
}

/// Desired state of an OCIRepository: the repository and reference to pull, the layer to
/// publish, how to authenticate and verify, and how often to look for changes.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "OCIRepository",
    namespaced,
    status = "OCIRepositoryStatus",
    shortname = "ocirepo",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "OCIRepository pulls an OCI artifact from a container registry and publishes one of its layers as an artifact.",
    printcolumn = r#"{"name":"URL","type":"string","jsonPath":".spec.url"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#,
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositorySpec {
    /// Address of the repository in the registry, with the `oci://` scheme, e.g.
    /// `oci://ghcr.io/org/manifests/app`.
    #[schemars(regex(pattern = r"^oci://.*$"))]
    pub url: String,

    /// OCI reference to pull and follow. Defaults to the `latest` tag.
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<OCIRepositoryRef>,

    /// Which layer of the OCI artifact to use. The first layer when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer_selector: Option<OCILayerSelector>,

    /// Authentication provider: `generic` (credentials from `secretRef`; the default), `aws`,
    /// `azure` or `gcp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "generic"))]
    pub provider: Option<OciProvider>,

    /// Secret of type `kubernetes.io/dockerconfigjson` holding the registry credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,

    /// Signature verification of the OCI artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<OCIRepositoryVerification>,

    /// ServiceAccount whose image pull secrets are used to authenticate to the registry (or,
    /// with a cloud provider, whose workload identity is used).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,

    /// Secret of type `Opaque` or `kubernetes.io/tls` with a client certificate and key
    /// (`tls.crt`, `tls.key`) and/or a CA certificate (`ca.crt`) for the TLS connection to the
    /// registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,

    /// Secret holding the proxy used to reach the registry: `address`, and optionally
    /// `username` and `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,

    /// How often the registry is checked for a new artifact, e.g. `5m`. The controller may add
    /// jitter to spread the load.
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: String,

    /// Time limit for registry operations such as pulls. Defaults to `60s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = TIMEOUT_PATTERN), extend("default" = "60s"))]
    pub timeout: Option<String>,

    /// Exclusion patterns in `.sourceignore` (gitignore) syntax. When set, they replace the
    /// default exclusions applied when building the artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,

    /// Allows plain-HTTP (non-TLS) connections to the registry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,

    /// When true, the controller stops reconciling this OCIRepository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// The OCI reference an OCIRepository pulls. When several fields are set the most specific
/// wins: `digest`, then `semver`, `tag`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryRef {
    /// Digest to pull, as `sha256:<hex>`. Takes precedence over `semver` and `tag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,

    /// SemVer range; the highest tag in the range is pulled. Takes precedence over `tag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semver: Option<String>,

    /// Regular expression a tag must match to be considered for `semver`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semver_filter: Option<String>,

    /// Tag to pull. `latest` when no other field is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

/// Selects the layer of an OCI artifact an OCIRepository publishes.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct OCILayerSelector {
    /// Media type of the layer to use; the first layer with this type is selected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,

    /// What to do with the selected layer: `extract` its content (the default) or `copy` the
    /// compressed layer unchanged into storage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<OciLayerOperation>,
}

/// Signature verification settings of an OCIRepository.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryVerification {
    /// Signing technology: `cosign` (the default) or `notation`.
    #[schemars(extend("default" = "cosign"))]
    pub provider: VerificationProvider,

    /// Secret holding the trusted public keys (cosign), or the certificates and trust policy
    /// (notation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,

    /// Identities accepted for keyless cosign signatures. A signature is trusted when any of
    /// the matchers matches the identity in its certificate.
    #[serde(rename = "matchOIDCIdentity", default, skip_serializing_if = "Option::is_none")]
    pub match_oidc_identity: Option<Vec<OIDCIdentityMatch>>,

    /// Secret with a Sigstore `trusted_root.json` key, for verifying against self-hosted
    /// Sigstore infrastructure (own Fulcio CA, own Rekor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_root_secret_ref: Option<LocalObjectReference>,
}

/// An identity accepted for a keyless cosign signature: the issuer and subject of the signing
/// certificate.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
pub struct OIDCIdentityMatch {
    /// Regular expression (Go syntax) the OIDC issuer of the signing certificate must match.
    pub issuer: String,

    /// Regular expression (Go syntax) the subject of the signing certificate must match.
    pub subject: String,
}

/// Observed state of an OCIRepository, as recorded by the controller.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryStatus {
    /// The `.metadata.generation` the controller last reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,

    /// Observations of the object's state, such as `Ready`, `Reconciling`, `Stalled` and
    /// `ArtifactInStorage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,

    /// Download address of the artifact of the last successful sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// The artifact produced by the last successful sync.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,

    /// The exclusion patterns used to build the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_ignore: Option<String>,

    /// The layer selector used to build the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_layer_selector: Option<OCILayerSelector>,

    /// The last `reconcile.fluxcd.io/requestedAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

impl OCIRepository {
    /// Returns the authentication provider, `generic` when not set.
    pub fn provider(&self) -> OciProvider {
        self.spec.provider.unwrap_or_default()
    }

    /// Returns the media type of the selected layer, if one is set.
    pub fn layer_media_type(&self) -> Option<&str> {
        self.spec
            .layer_selector
            .as_ref()
            .and_then(|l| l.media_type.as_deref())
            .filter(|m| !m.is_empty())
    }

    /// Returns the operation applied to the selected layer, `extract` when not set.
    pub fn layer_operation(&self) -> OciLayerOperation {
        self.spec
            .layer_selector
            .as_ref()
            .and_then(|l| l.operation)
            .unwrap_or_default()
    }
}

crate::impl_flux_object!(OCIRepository);

impl Source for OCIRepository {
    fn artifact(&self) -> Option<&Artifact> {
        self.status.as_ref().and_then(|s| s.artifact.as_ref())
    }
}

// ---------------------------------------------------------------------------------------------
// HelmRepository
// ---------------------------------------------------------------------------------------------

string_enum! {
    /// Kind of repository a HelmRepository points at.
    #[derive(Default)]
    pub enum HelmRepositoryType {
        /// An HTTP(S) Helm repository serving an `index.yaml`.
        #[default]
        Default = "default",
        /// An OCI registry holding charts as OCI artifacts.
        Oci = "oci",
    }
}

/// Interval applied to a HelmRepository without `spec.interval`, as in Flux.
pub const HELM_REPOSITORY_DEFAULT_INTERVAL: &str = "1m";

/// Desired state of a HelmRepository: the repository address and type, and how to
/// authenticate to it.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "HelmRepository",
    namespaced,
    status = "HelmRepositoryStatus",
    shortname = "helmrepo",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "HelmRepository fetches the index of a Helm repository and publishes it as an artifact, or with type oci points HelmCharts at an OCI registry.",
    printcolumn = r#"{"name":"URL","type":"string","jsonPath":".spec.url"}"#,
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct HelmRepositorySpec {
    /// Address of the Helm repository, with scheme `http`, `https` or `oci`.
    #[schemars(regex(pattern = r"^(http|https|oci)://.*$"))]
    pub url: String,

    /// Secret holding `username` and `password` for basic authentication. TLS material under
    /// `certFile`, `keyFile` and `caFile` is still read but deprecated: use `certSecretRef`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,

    /// Secret of type `Opaque` or `kubernetes.io/tls` with a client certificate and key
    /// (`tls.crt`, `tls.key`) and/or a CA certificate (`ca.crt`) for the TLS connection to the
    /// repository. Takes precedence over TLS material in `secretRef`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,

    /// Also sends the `secretRef` credentials to hosts other than the repository's, for
    /// indexes whose chart URLs point elsewhere. Use with care: the credentials can leak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_credentials: Option<bool>,

    /// How often the repository index is fetched, e.g. `10m`. Defaults to `1m`. Ignored for
    /// `type: oci`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: Option<String>,

    /// Allows plain-HTTP (non-TLS) connections to the registry. Only used with `type: oci`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,

    /// Time limit for fetching the index, and for the registry operations of HelmCharts that
    /// use an OCI repository. Defaults to `60s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = TIMEOUT_PATTERN))]
    pub timeout: Option<String>,

    /// When true, the controller stops reconciling this HelmRepository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,

    /// Namespaces allowed to reference this object across namespaces. Provisional: not
    /// enforced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_from: Option<AccessFrom>,

    /// `default` for an HTTP(S) Helm repository with an index, `oci` for an OCI registry (the
    /// URL must then start with `oci://`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<HelmRepositoryType>,

    /// Authentication provider for `type: oci`: `generic` (credentials from `secretRef`; the
    /// default), `aws`, `azure` or `gcp`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "generic"))]
    pub provider: Option<OciProvider>,
}

/// Access control list naming the namespaces allowed to reference an object.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct AccessFrom {
    /// Selectors of the namespaces granted access; a namespace matching any of them is
    /// allowed.
    pub namespace_selectors: Vec<NamespaceSelector>,
}

/// Selects namespaces by label; an empty selector matches every namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct NamespaceSelector {
    /// Labels a namespace must all carry, as `{key: value}` pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<BTreeMap<String, String>>,
}

/// Observed state of a HelmRepository, as recorded by the controller.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct HelmRepositoryStatus {
    /// The `.metadata.generation` the controller last reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,

    /// Observations of the object's state, such as `Ready`, `Reconciling`, `Stalled` and
    /// `ArtifactInStorage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,

    /// Stable download address of the latest index artifact, on a best-effort basis; prefer
    /// `artifact.url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// The index artifact produced by the last successful reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,

    /// The last `reconcile.fluxcd.io/requestedAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

impl HelmRepository {
    /// Returns the repository type, `default` when not set.
    pub fn repository_type(&self) -> HelmRepositoryType {
        self.spec.type_.unwrap_or_default()
    }

    /// Returns whether the repository is an OCI registry (`type: oci`).
    pub fn is_oci(&self) -> bool {
        self.repository_type() == HelmRepositoryType::Oci
    }

    /// Returns the authentication provider, `generic` when not set.
    pub fn provider(&self) -> OciProvider {
        self.spec.provider.unwrap_or_default()
    }
}

/// `spec.interval` is optional on HelmRepository, so the trait is implemented by hand:
/// an unset interval reads as [`HELM_REPOSITORY_DEFAULT_INTERVAL`], like Flux's
/// `GetRequeueAfter`.
impl crate::object::FluxObject for HelmRepository {
    fn interval(&self) -> &str {
        match self.spec.interval.as_deref() {
            Some(i) if !i.is_empty() => i,
            _ => HELM_REPOSITORY_DEFAULT_INTERVAL,
        }
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

impl Source for HelmRepository {
    fn artifact(&self) -> Option<&Artifact> {
        self.status.as_ref().and_then(|s| s.artifact.as_ref())
    }
}

// ---------------------------------------------------------------------------------------------
// HelmChart
// ---------------------------------------------------------------------------------------------

string_enum! {
    /// What makes a HelmChart produce a new artifact.
    #[derive(Default)]
    pub enum ReconcileStrategy {
        /// A new chart version.
        #[default]
        ChartVersion = "ChartVersion",
        /// A new revision of the source (for charts from GitRepository or Bucket).
        Revision = "Revision",
    }
}

string_enum! {
    /// Kinds of source a HelmChart can take its chart from.
    pub enum HelmChartSourceKind {
        /// A Helm repository (HTTP(S) index or OCI registry).
        HelmRepository = "HelmRepository",
        /// A chart directory in a Git repository.
        GitRepository = "GitRepository",
        /// A chart directory in an object storage bucket.
        Bucket = "Bucket",
    }
}

/// Desired state of a HelmChart: the chart, its version range, the source it comes from and the
/// values files packaged with it.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "HelmChart",
    namespaced,
    status = "HelmChartStatus",
    shortname = "hc",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "HelmChart fetches a Helm chart from a HelmRepository, GitRepository or Bucket and publishes the packaged chart as an artifact.",
    printcolumn = r#"{"name":"Chart","type":"string","jsonPath":".spec.chart"}"#,
    printcolumn = r#"{"name":"Version","type":"string","jsonPath":".spec.version"}"#,
    printcolumn = r#"{"name":"Source Kind","type":"string","jsonPath":".spec.sourceRef.kind"}"#,
    printcolumn = r#"{"name":"Source Name","type":"string","jsonPath":".spec.sourceRef.name"}"#,
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartSpec {
    /// Name of the chart in a HelmRepository, or path of the chart directory in a
    /// GitRepository or Bucket.
    pub chart: String,

    /// SemVer range of the chart version. Defaults to `*` (the latest). Ignored for charts
    /// from GitRepository and Bucket sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "*"))]
    pub version: Option<String>,

    /// The source, in the same namespace, that provides the chart.
    pub source_ref: LocalHelmChartSourceReference,

    /// How often the source is checked for a new chart, e.g. `5m`. The controller may add
    /// jitter to spread the load.
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: String,

    /// What produces a new artifact: `ChartVersion` (the default) a new chart version,
    /// `Revision` a new revision of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "ChartVersion"))]
    pub reconcile_strategy: Option<ReconcileStrategy>,

    /// Values files, as paths relative to the source, merged in order (later files override
    /// earlier ones) into the packaged chart's values. `values.yaml` is only used when listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values_files: Option<Vec<String>>,

    /// When true, missing values files are skipped instead of failing the reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_missing_values_files: Option<bool>,

    /// When true, the controller stops reconciling this HelmChart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,

    /// Signature verification of the chart. Only for HelmRepository sources of type `oci`;
    /// dependencies that are not bundled into the chart are not verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify: Option<HelmChartVerification>,
}

/// The source a HelmChart takes its chart from, in the same namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalHelmChartSourceReference {
    /// API version of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,

    /// Kind of the source: `HelmRepository`, `GitRepository` or `Bucket`.
    pub kind: HelmChartSourceKind,

    /// Name of the source.
    pub name: String,
}

/// Signature verification settings of a HelmChart.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartVerification {
    /// Signing technology: `cosign` (the default) or `notation`.
    #[schemars(extend("default" = "cosign"))]
    pub provider: VerificationProvider,

    /// Secret holding the trusted public keys (cosign), or the certificates and trust policy
    /// (notation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,

    /// Identities accepted for keyless cosign signatures. A signature is trusted when any of
    /// the matchers matches the identity in its certificate.
    #[serde(rename = "matchOIDCIdentity", default, skip_serializing_if = "Option::is_none")]
    pub match_oidc_identity: Option<Vec<OIDCIdentityMatch>>,
}

/// Observed state of a HelmChart, as recorded by the controller.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartStatus {
    /// The `.metadata.generation` the controller last reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,

    /// Revision of the source artifact the current chart artifact was built from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_source_artifact_revision: Option<String>,

    /// Chart name resolved from the chart reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_chart_name: Option<String>,

    /// Values files merged into the current chart artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_values_files: Option<Vec<String>>,

    /// Observations of the object's state, such as `Ready`, `Reconciling`, `Stalled` and
    /// `ArtifactInStorage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,

    /// Stable download address of the latest chart artifact, on a best-effort basis; prefer
    /// `artifact.url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// The chart artifact produced by the last successful reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,

    /// The last `reconcile.fluxcd.io/requestedAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

impl HelmChart {
    /// Returns the reconcile strategy, `ChartVersion` when not set.
    pub fn reconcile_strategy(&self) -> ReconcileStrategy {
        self.spec.reconcile_strategy.unwrap_or_default()
    }

    /// Returns the version range, `*` when not set or empty.
    pub fn version(&self) -> &str {
        match self.spec.version.as_deref() {
            Some(v) if !v.is_empty() => v,
            _ => "*",
        }
    }
}

crate::impl_flux_object!(HelmChart);

impl Source for HelmChart {
    fn artifact(&self) -> Option<&Artifact> {
        self.status.as_ref().and_then(|s| s.artifact.as_ref())
    }
}

// ---------------------------------------------------------------------------------------------
// Bucket
// ---------------------------------------------------------------------------------------------

string_enum! {
    /// Object storage provider of a Bucket.
    #[derive(Default)]
    pub enum BucketProvider {
        /// Any storage with an S3-compatible API (e.g. MinIO), with credentials from
        /// `spec.secretRef`.
        #[default]
        Generic = "generic",
        /// Amazon S3, with static credentials or workload identity.
        Aws = "aws",
        /// Google Cloud Storage, with a service account key or workload identity.
        Gcp = "gcp",
        /// Azure Blob Storage, with a service principal, shared key, SAS token or managed
        /// identity.
        Azure = "azure",
    }
}

string_enum! {
    /// Security Token Service a Bucket fetches temporary credentials from.
    pub enum StsProvider {
        /// AWS STS (for the `aws` bucket provider).
        Aws = "aws",
        /// An LDAP-backed STS such as MinIO's (for the `generic` bucket provider).
        Ldap = "ldap",
    }
}

/// Desired state of a Bucket: the storage provider, endpoint and bucket to download, how to
/// authenticate, and how often to look for changes.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "source.toolkit.fluxcd.io",
    version = "v1",
    kind = "Bucket",
    namespaced,
    status = "BucketStatus",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-sources",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "Bucket downloads the objects of an object storage bucket and publishes them as an artifact.",
    printcolumn = r#"{"name":"Endpoint","type":"string","jsonPath":".spec.endpoint"}"#,
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct BucketSpec {
    /// Object storage provider: `generic` (any S3-compatible API; the default), `aws`, `gcp`
    /// or `azure`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "generic"))]
    pub provider: Option<BucketProvider>,

    /// Name of the bucket.
    pub bucket_name: String,

    /// Address of the storage service, e.g. `s3.amazonaws.com` or `minio.example.com:9000`.
    pub endpoint: String,

    /// Security Token Service to fetch temporary credentials from. Only for the `aws` and
    /// `generic` providers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sts: Option<BucketStsSpec>,

    /// Allows plain-HTTP (non-TLS) connections to the endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,

    /// Region of the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,

    /// Only objects whose key starts with this prefix are fetched (filtered by the server).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,

    /// Secret holding the credentials for the bucket; the keys depend on the provider, e.g.
    /// `accesskey` and `secretkey` for S3. Cannot be combined with `serviceAccountName`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,

    /// ServiceAccount whose workload identity authenticates to the bucket. Not supported for
    /// the `generic` provider; cannot be combined with `secretRef`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,

    /// Secret of type `Opaque` or `kubernetes.io/tls` with a client certificate and key
    /// (`tls.crt`, `tls.key`) and/or a CA certificate (`ca.crt`) for the TLS connection to the
    /// endpoint. Only for the `generic` provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,

    /// Secret holding the proxy used to reach the endpoint: `address`, and optionally
    /// `username` and `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,

    /// How often the bucket is checked for changes, e.g. `5m`. The controller may add jitter to
    /// spread the load.
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: String,

    /// Time limit for listing and downloading objects. Defaults to `60s`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = TIMEOUT_PATTERN), extend("default" = "60s"))]
    pub timeout: Option<String>,

    /// Exclusion patterns in `.sourceignore` (gitignore) syntax. When set, they replace the
    /// default exclusions applied when building the artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore: Option<String>,

    /// When true, the controller stops reconciling this Bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// Security Token Service settings of a Bucket.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BucketStsSpec {
    /// Kind of STS: `aws` (with the `aws` provider) or `ldap` (with the `generic` provider).
    pub provider: StsProvider,

    /// HTTP(S) address of the STS.
    #[schemars(regex(pattern = r"^(http|https)://.*$"))]
    pub endpoint: String,

    /// Secret holding `username` and `password` for the STS. Only for the `ldap` STS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,

    /// Secret of type `Opaque` or `kubernetes.io/tls` with a client certificate and key
    /// (`tls.crt`, `tls.key`) and/or a CA certificate (`ca.crt`) for the TLS connection to the
    /// STS. Only for the `ldap` STS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
}

/// Observed state of a Bucket, as recorded by the controller.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct BucketStatus {
    /// The `.metadata.generation` the controller last reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,

    /// Observations of the object's state, such as `Ready`, `Reconciling`, `Stalled` and
    /// `ArtifactInStorage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,

    /// Stable download address of the latest artifact, on a best-effort basis; prefer
    /// `artifact.url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,

    /// The artifact produced by the last successful reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact: Option<Artifact>,

    /// The exclusion patterns used to build the current artifact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_ignore: Option<String>,

    /// The last `reconcile.fluxcd.io/requestedAt` annotation value the controller acted on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
}

impl Bucket {
    /// Returns the storage provider, `generic` when not set.
    pub fn provider(&self) -> BucketProvider {
        self.spec.provider.unwrap_or_default()
    }
}

crate::impl_flux_object!(Bucket);

impl Source for Bucket {
    fn artifact(&self) -> Option<&Artifact> {
        self.status.as_ref().and_then(|s| s.artifact.as_ref())
    }
}

/// Returns the CustomResourceDefinitions of this API group: GitRepository, OCIRepository,
/// HelmRepository, HelmChart and Bucket, in that order.
pub fn crds() -> Vec<CustomResourceDefinition> {
    vec![
        GitRepository::crd(),
        OCIRepository::crd(),
        HelmRepository::crd(),
        HelmChart::crd(),
        Bucket::crd(),
    ]
}
