//! Kinds of the `notification.toolkit.fluxcd.io` API group: [`Receiver`] (`v1`), and
//! [`Alert`] and [`Provider`] (`v1beta3`, still their storage version in Flux).
//!
//! The JSON form of every type matches Flux's `api/v1` and `api/v1beta3` packages field for
//! field. Alerts and Providers are static objects in `v1beta3`: they have no status and are not
//! reconciled periodically. [`crds`] returns the group's CustomResourceDefinitions.

use crate::meta::{Condition, DURATION_PATTERN, LocalObjectReference};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::{CustomResource, CustomResourceExt};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// API group of the notification kinds.
pub const GROUP: &str = "notification.toolkit.fluxcd.io";
/// API version of Receiver.
pub const RECEIVER_VERSION: &str = "v1";
/// API version of Alert and Provider.
pub const ALERT_PROVIDER_VERSION: &str = "v1beta3";

/// Path prefix of the webhook addresses served for Receivers.
pub const RECEIVER_WEBHOOK_PATH_PREFIX: &str = "/hook/";
/// Interval of a Receiver when `spec.interval` is unset.
pub const DEFAULT_RECEIVER_INTERVAL: &str = "10m";
/// Interval reported for Providers without `spec.interval` and for Alerts, which have none
/// (Flux's `Provider.GetInterval` default; neither kind is reconciled periodically in `v1beta3`).
pub const DEFAULT_NOTIFICATION_INTERVAL: &str = "10m";
/// Timeout for sending an event to a Provider when `spec.timeout` is unset.
pub const DEFAULT_PROVIDER_TIMEOUT: &str = "15s";
/// Audience expected in tokens of a `generic-oidc` Receiver provider without `audience`.
pub const DEFAULT_OIDC_AUDIENCE: &str = "notification-controller";

/// Regular expression for Provider timeouts, which unlike intervals do not accept hours.
pub const TIMEOUT_PATTERN: &str = r"^([0-9]+(\.[0-9]+)?(ms|s|m))+$";

/// Condition reasons specific to notification-controller.
pub mod reasons {
    /// The object has been initialized.
    pub const INITIALIZED: &str = "Initialized";
    /// Part of the spec could not be validated.
    pub const VALIDATION_FAILED: &str = "ValidationFailed";
    /// The Receiver token Secret or its `token` key was not found.
    pub const TOKEN_NOT_FOUND: &str = "TokenNotFound";
}

/// Kinds of Flux objects that Alerts watch and Receivers trigger.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
pub enum FluxResourceKind {
    /// `source.toolkit.fluxcd.io` Bucket.
    Bucket,
    /// `source.toolkit.fluxcd.io` GitRepository.
    GitRepository,
    /// `kustomize.toolkit.fluxcd.io` Kustomization.
    Kustomization,
    /// `helm.toolkit.fluxcd.io` HelmRelease.
    HelmRelease,
    /// `source.toolkit.fluxcd.io` HelmChart.
    HelmChart,
    /// `source.toolkit.fluxcd.io` HelmRepository.
    HelmRepository,
    /// `image.toolkit.fluxcd.io` ImageRepository.
    ImageRepository,
    /// `image.toolkit.fluxcd.io` ImagePolicy.
    ImagePolicy,
    /// `image.toolkit.fluxcd.io` ImageUpdateAutomation.
    ImageUpdateAutomation,
    /// `source.toolkit.fluxcd.io` OCIRepository.
    #[serde(rename = "OCIRepository")]
    OciRepository,
    /// `source.extensions.fluxcd.io` ArtifactGenerator.
    ArtifactGenerator,
    /// `source.toolkit.fluxcd.io` ExternalArtifact.
    ExternalArtifact,
}

impl FluxResourceKind {
    /// Returns the kind name as written in manifests.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Bucket => "Bucket",
            Self::GitRepository => "GitRepository",
            Self::Kustomization => "Kustomization",
            Self::HelmRelease => "HelmRelease",
            Self::HelmChart => "HelmChart",
            Self::HelmRepository => "HelmRepository",
            Self::ImageRepository => "ImageRepository",
            Self::ImagePolicy => "ImagePolicy",
            Self::ImageUpdateAutomation => "ImageUpdateAutomation",
            Self::OciRepository => "OCIRepository",
            Self::ArtifactGenerator => "ArtifactGenerator",
            Self::ExternalArtifact => "ExternalArtifact",
        }
    }
}

/// Reference to Flux objects of one kind, by name (or `*` with `matchLabels`), possibly in
/// another namespace.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CrossNamespaceObjectReference {
    /// API version of the referent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the referent.
    pub kind: FluxResourceKind,
    /// Name of the referent; `*` selects all objects of the kind (filtered by `matchLabels`).
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Namespace of the referent; defaults to the namespace of the referrer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 253))]
    pub namespace: Option<String>,
    /// Labels the referents must all carry; requires `name: "*"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<BTreeMap<String, String>>,
}

// ---------------------------------------------------------------------------------------------
// Receiver
// ---------------------------------------------------------------------------------------------

/// Desired state of a Receiver: an incoming webhook that requests reconciles of Flux objects.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "notification.toolkit.fluxcd.io",
    version = "v1",
    kind = "Receiver",
    plural = "receivers",
    namespaced,
    status = "ReceiverStatus",
    category = "all",
    category = "fluxcd",
    category = "fluxcd-notifications",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "Receiver serves a webhook that, when called with a verified payload, requests a reconcile of the listed Flux objects.",
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#,
    printcolumn = r#"{"name":"Ready","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].status"}"#,
    printcolumn = r#"{"name":"Status","type":"string","jsonPath":".status.conditions[?(@.type==\"Ready\")].message"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct ReceiverSpec {
    /// Type of the webhook sender; selects how the request is verified and its payload parsed.
    #[serde(rename = "type")]
    pub type_: ReceiverType,
    /// Interval at which the Receiver is reconciled with its Secret. Defaults to 10m.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN), extend("default" = "10m"))]
    pub interval: Option<String>,
    /// Event types to act on, e.g. `push` for GitHub or `Push Hook` for GitLab; empty accepts
    /// all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    /// Flux objects to reconcile when a webhook is accepted.
    pub resources: Vec<ReceiverResource>,
    /// CEL expression returning a boolean, evaluated for every matched resource (`res`, plus the
    /// request body `req` and, for `generic-oidc`, the token `claims`); resources for which it
    /// returns false are not reconciled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_filter: Option<String>,
    /// Secret with the `token` key that salts the webhook path and verifies payloads (GCR also
    /// needs `email` and `audience`). Required for every type except `generic-oidc`, which must
    /// not set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// OIDC issuers authenticating the requests of a `generic-oidc` Receiver; only allowed, and
    /// then required, for that type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-kubernetes-list-type" = "map", "x-kubernetes-list-map-keys" = ["issuerURL"]))]
    pub oidc_providers: Option<Vec<OidcProvider>>,
    /// Suspends the handling of subsequent webhook calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// Type of a Receiver's webhook sender.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReceiverType {
    /// Any sender; the request is authenticated by the secret webhook path only.
    Generic,
    /// Any sender signing the body with HMAC in the `X-Signature` header.
    #[serde(rename = "generic-hmac")]
    GenericHmac,
    /// Any sender presenting an OIDC ID token from one of `oidcProviders`.
    #[serde(rename = "generic-oidc")]
    GenericOidc,
    /// GitHub (and Gitea) webhooks, HMAC-verified.
    GitHub,
    /// GitLab webhooks, verified with the `X-Gitlab-Token` header.
    GitLab,
    /// Bitbucket Server and Bitbucket Cloud webhooks, HMAC-verified.
    Bitbucket,
    /// Harbor webhooks, verified with the `Authorization` header.
    Harbor,
    /// Docker Hub webhooks.
    DockerHub,
    /// Quay webhooks.
    Quay,
    /// Google Container/Artifact Registry Pub/Sub push messages, verified with a Google ID token.
    Gcr,
    /// Sonatype Nexus webhooks, HMAC-verified.
    Nexus,
    /// Azure Container Registry webhooks.
    Acr,
    /// CDEvents.
    CdEvents,
}

impl ReceiverType {
    /// Returns the type name as written in the spec.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Generic => "generic",
            Self::GenericHmac => "generic-hmac",
            Self::GenericOidc => "generic-oidc",
            Self::GitHub => "github",
            Self::GitLab => "gitlab",
            Self::Bitbucket => "bitbucket",
            Self::Harbor => "harbor",
            Self::DockerHub => "dockerhub",
            Self::Quay => "quay",
            Self::Gcr => "gcr",
            Self::Nexus => "nexus",
            Self::Acr => "acr",
            Self::CdEvents => "cdevents",
        }
    }
}

/// A Flux object (or set of objects) a Receiver triggers, with an optional CEL filter.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReceiverResource {
    /// API version of the referent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Kind of the referent.
    pub kind: FluxResourceKind,
    /// Name of the referent; `*` selects all objects of the kind (filtered by `matchLabels`).
    #[schemars(length(min = 1, max = 253))]
    pub name: String,
    /// Namespace of the referent; defaults to the namespace of the Receiver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 253))]
    pub namespace: Option<String>,
    /// Labels the referents must all carry; requires `name: "*"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<BTreeMap<String, String>>,
    /// CEL expression returning a boolean, evaluated for each object matched by this entry in
    /// addition to `spec.resourceFilter`; both must return true for a reconcile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
}

/// An OIDC issuer trusted by a `generic-oidc` Receiver.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OidcProvider {
    /// Issuer URL used for discovery; must equal the token's `iss` claim.
    #[serde(rename = "issuerURL")]
    #[schemars(regex(pattern = r"^https?://"))]
    pub issuer_url: String,
    /// Expected `aud` claim; defaults to `notification-controller`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Named CEL expressions over `claims`, evaluated in order and exposed as `vars.<name>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variables: Option<Vec<OidcVariable>>,
    /// CEL boolean expressions over `claims` and `vars` that must all hold for a request to be
    /// accepted; at least one is required, since a valid signature alone proves no identity.
    #[schemars(length(min = 1))]
    pub validations: Vec<OidcValidation>,
}

impl OidcProvider {
    /// Returns the expected audience, [`DEFAULT_OIDC_AUDIENCE`] when unset or empty.
    pub fn audience(&self) -> &str {
        match self.audience.as_deref() {
            Some(a) if !a.is_empty() => a,
            _ => DEFAULT_OIDC_AUDIENCE,
        }
    }
}

/// A named CEL expression over the OIDC token claims.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema)]
pub struct OidcVariable {
    /// Variable name; must be a valid CEL identifier.
    pub name: String,
    /// CEL expression defining the value.
    pub expression: String,
}

/// A CEL boolean check over the OIDC token claims and variables.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema)]
pub struct OidcValidation {
    /// CEL boolean expression.
    pub expression: String,
    /// Message returned to the caller when the expression is false.
    pub message: String,
}

/// Observed state of a Receiver.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, JsonSchema, Default)]
#[serde(rename_all = "camelCase")]
pub struct ReceiverStatus {
    /// The last `reconcile.fluxcd.io/requestedAt` value handled by the controller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_handled_reconcile_at: Option<String>,
    /// Conditions of the Receiver (`Ready`, `Reconciling`, `Stalled`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<Condition>>,
    /// Generated webhook path, `/hook/` followed by the hex SHA-256 of token, name and
    /// namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_path: Option<String>,
    /// Last reconciled `.metadata.generation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_generation: Option<i64>,
}

impl crate::object::FluxObject for Receiver {
    /// Returns `spec.interval`, or [`DEFAULT_RECEIVER_INTERVAL`] when unset.
    fn interval(&self) -> &str {
        self.spec.interval.as_deref().unwrap_or(DEFAULT_RECEIVER_INTERVAL)
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
// Alert
// ---------------------------------------------------------------------------------------------

/// Desired state of an Alert: which events of which Flux objects are forwarded to a Provider.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "notification.toolkit.fluxcd.io",
    version = "v1beta3",
    kind = "Alert",
    plural = "alerts",
    namespaced,
    category = "all",
    category = "fluxcd",
    category = "fluxcd-notifications",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "Alert forwards the events of selected Flux objects to a notification Provider.",
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct AlertSpec {
    /// Provider the events are sent to.
    pub provider_ref: LocalObjectReference,
    /// Minimum severity of forwarded events: `info` (default, no filtering) or `error`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "info"))]
    pub event_severity: Option<EventSeverity>,
    /// Flux objects whose events are forwarded, by kind, name and namespace.
    pub event_sources: Vec<CrossNamespaceObjectReference>,
    /// Go regular expressions; when set, only events whose message matches one are forwarded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inclusion_list: Option<Vec<String>>,
    /// Metadata added to every forwarded event; keys already set by the emitter are kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_metadata: Option<BTreeMap<String, String>>,
    /// Go regular expressions; events whose message matches one are dropped (takes precedence
    /// over `inclusionList`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusion_list: Option<Vec<String>>,
    /// Short description of the impact and affected cluster. Deprecated: use `eventMetadata`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 255))]
    pub summary: Option<String>,
    /// Suspends the forwarding of subsequent events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
}

/// Severity filter of an Alert.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
#[schemars(transform = keep_field_description)]
pub enum EventSeverity {
    /// Forward events of every severity.
    #[default]
    Info,
    /// Forward error events only.
    Error,
}

impl EventSeverity {
    /// Returns the severity name as written in the spec.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Error => "error",
        }
    }
}

impl Alert {
    /// Returns the severity filter in effect (`info` when unset).
    pub fn event_severity(&self) -> EventSeverity {
        self.spec.event_severity.unwrap_or_default()
    }
}

impl crate::object::FluxObject for Alert {
    /// Returns [`DEFAULT_NOTIFICATION_INTERVAL`]: an Alert has no interval and is not reconciled
    /// periodically.
    fn interval(&self) -> &str {
        DEFAULT_NOTIFICATION_INTERVAL
    }
    fn suspended(&self) -> bool {
        self.spec.suspend.unwrap_or(false)
    }
    /// Returns no conditions: `v1beta3` Alerts have no status.
    fn conditions(&self) -> &[Condition] {
        &[]
    }
    fn observed_generation(&self) -> Option<i64> {
        None
    }
    fn last_handled_reconcile_at(&self) -> Option<&str> {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Provider
// ---------------------------------------------------------------------------------------------

/// Desired state of a Provider: where and how Alert events are delivered.
#[derive(CustomResource, Serialize, Deserialize, Clone, Debug, PartialEq, JsonSchema)]
#[kube(
    group = "notification.toolkit.fluxcd.io",
    version = "v1beta3",
    kind = "Provider",
    plural = "providers",
    namespaced,
    category = "all",
    category = "fluxcd",
    category = "fluxcd-notifications",
    annotation("kustomize.toolkit.fluxcd.io/substitute", "disabled"),
    doc = "Provider describes a destination for Alert events: a chat service, a Git forge commit status, an event bus or a webhook.",
    printcolumn = r#"{"name":"Age","type":"date","jsonPath":".metadata.creationTimestamp"}"#
)]
#[serde(rename_all = "camelCase")]
pub struct ProviderSpec {
    /// Provider implementation events are sent with.
    #[serde(rename = "type")]
    pub type_: ProviderType,
    /// Deprecated and unused in v1beta3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = DURATION_PATTERN))]
    pub interval: Option<String>,
    /// Destination channel (or topic, room, project) of the events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub channel: Option<String>,
    /// Name under which events are posted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub username: Option<String>,
    /// Endpoint the events are sent to; its meaning depends on the type (an HTTP/S URL for
    /// `generic`, a repository URL for Git forges, a project ID for `googlepubsub`...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 2048))]
    pub address: Option<String>,
    /// Timeout for sending an event. Defaults to 15s.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = TIMEOUT_PATTERN))]
    pub timeout: Option<String>,
    /// HTTP/S address of a proxy server. Deprecated: use `proxySecretRef`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^(http|https)://.*$"), length(max = 2048))]
    pub proxy: Option<String>,
    /// Secret with the proxy settings: `address`, and optional `username` and `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_secret_ref: Option<LocalObjectReference>,
    /// Secret with the credentials of the Provider (`address`, `token`, `username`, `password`,
    /// `headers`... depending on the type).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// ServiceAccount whose workload identity authenticates with the cloud service
    /// (`azureeventhub`, `azuredevops`, `googlepubsub`); must not be combined with static
    /// credentials in `secretRef`. Requires the `ObjectLevelWorkloadIdentity` feature gate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_account_name: Option<String>,
    /// Secret with TLS material: `ca.crt` alone (server authentication), `tls.crt` and `tls.key`
    /// (client authentication), or all three (mTLS). The `caFile`, `certFile` and `keyFile` keys
    /// are deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_secret_ref: Option<LocalObjectReference>,
    /// Suspends the sending of subsequent events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspend: Option<bool>,
    /// CEL expression (over `event`, `provider` and `alert`) returning the commit status
    /// identifier; only for the `github`, `gitlab`, `gitea`, `bitbucketserver`, `bitbucket` and
    /// `azuredevops` types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit_status_expr: Option<String>,
}

/// Implementation of a Provider.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ProviderType {
    /// Slack (chat.postMessage API or incoming webhook).
    Slack,
    /// Discord webhook.
    Discord,
    /// Microsoft Teams workflow or connector webhook.
    MsTeams,
    /// Rocket.Chat webhook.
    Rocket,
    /// The event JSON POSTed to an HTTP/S address.
    Generic,
    /// The event JSON POSTed with an HMAC signature in `X-Signature`.
    #[serde(rename = "generic-hmac")]
    GenericHmac,
    /// GitHub commit status.
    GitHub,
    /// GitLab commit status.
    GitLab,
    /// Gitea commit status.
    Gitea,
    /// Gitea pull request comment.
    GiteaPullRequestComment,
    /// Bitbucket Server / Data Center commit status.
    BitbucketServer,
    /// Bitbucket Cloud commit status.
    Bitbucket,
    /// Azure DevOps commit status.
    AzureDevOps,
    /// Google Chat webhook.
    GoogleChat,
    /// Google Cloud Pub/Sub topic.
    GooglePubSub,
    /// Webex room.
    Webex,
    /// Sentry.
    Sentry,
    /// Azure Event Hubs.
    AzureEventHub,
    /// Telegram chat.
    Telegram,
    /// Lark (Feishu) webhook.
    Lark,
    /// Matrix room.
    Matrix,
    /// Opsgenie alerts.
    Opsgenie,
    /// Prometheus Alertmanager.
    AlertManager,
    /// Grafana annotations.
    Grafana,
    /// GitHub repository_dispatch event.
    GitHubDispatch,
    /// GitHub pull request comment.
    GitHubPullRequestComment,
    /// GitLab merge request comment.
    GitLabMergeRequestComment,
    /// PagerDuty events.
    PagerDuty,
    /// Datadog events.
    DataDog,
    /// NATS subject.
    Nats,
    /// Zulip stream topic.
    Zulip,
    /// OpenTelemetry traces.
    Otel,
    /// Zoom chat webhook.
    Zoom,
    /// incident.io alert source.
    #[serde(rename = "incident.io")]
    IncidentIo,
}

impl ProviderType {
    /// Returns the type name as written in the spec.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Slack => "slack",
            Self::Discord => "discord",
            Self::MsTeams => "msteams",
            Self::Rocket => "rocket",
            Self::Generic => "generic",
            Self::GenericHmac => "generic-hmac",
            Self::GitHub => "github",
            Self::GitLab => "gitlab",
            Self::Gitea => "gitea",
            Self::GiteaPullRequestComment => "giteapullrequestcomment",
            Self::BitbucketServer => "bitbucketserver",
            Self::Bitbucket => "bitbucket",
            Self::AzureDevOps => "azuredevops",
            Self::GoogleChat => "googlechat",
            Self::GooglePubSub => "googlepubsub",
            Self::Webex => "webex",
            Self::Sentry => "sentry",
            Self::AzureEventHub => "azureeventhub",
            Self::Telegram => "telegram",
            Self::Lark => "lark",
            Self::Matrix => "matrix",
            Self::Opsgenie => "opsgenie",
            Self::AlertManager => "alertmanager",
            Self::Grafana => "grafana",
            Self::GitHubDispatch => "githubdispatch",
            Self::GitHubPullRequestComment => "githubpullrequestcomment",
            Self::GitLabMergeRequestComment => "gitlabmergerequestcomment",
            Self::PagerDuty => "pagerduty",
            Self::DataDog => "datadog",
            Self::Nats => "nats",
            Self::Zulip => "zulip",
            Self::Otel => "otel",
            Self::Zoom => "zoom",
            Self::IncidentIo => "incident.io",
        }
    }

    /// Returns whether the type reports commit statuses on a Git forge (and so accepts
    /// `commitStatusExpr`).
    pub fn is_commit_status(self) -> bool {
        matches!(
            self,
            Self::GitHub | Self::GitLab | Self::Gitea | Self::BitbucketServer | Self::Bitbucket | Self::AzureDevOps
        )
    }

    /// Returns whether the type comments on pull or merge requests.
    pub fn is_change_request_comment(self) -> bool {
        matches!(
            self,
            Self::GitHubPullRequestComment | Self::GiteaPullRequestComment | Self::GitLabMergeRequestComment
        )
    }
}

impl Provider {
    /// Returns the send timeout: `spec.timeout`, else [`DEFAULT_PROVIDER_TIMEOUT`].
    pub fn timeout(&self) -> &str {
        self.spec.timeout.as_deref().unwrap_or(DEFAULT_PROVIDER_TIMEOUT)
    }
}

impl crate::object::FluxObject for Provider {
    /// Returns `spec.interval` (deprecated), else [`DEFAULT_NOTIFICATION_INTERVAL`]; a `v1beta3`
    /// Provider is not reconciled periodically.
    fn interval(&self) -> &str {
        self.spec.interval.as_deref().unwrap_or(DEFAULT_NOTIFICATION_INTERVAL)
    }
    fn suspended(&self) -> bool {
        self.spec.suspend.unwrap_or(false)
    }
    /// Returns no conditions: `v1beta3` Providers have no status.
    fn conditions(&self) -> &[Condition] {
        &[]
    }
    fn observed_generation(&self) -> Option<i64> {
        None
    }
    fn last_handled_reconcile_at(&self) -> Option<&str> {
        None
    }
}

/// Drops the type-level description from an enum's schema. kube flattens an `Option<enum>`
/// property into the enum's schema, whose description would otherwise replace the field's own
/// (the one `kubectl explain` should show).
fn keep_field_description(schema: &mut schemars::Schema) {
    if let Some(obj) = schema.as_object_mut() {
        obj.remove("description");
    }
}

/// Returns the CustomResourceDefinitions of the `notification.toolkit.fluxcd.io` group:
/// Receiver, Alert and Provider.
pub fn crds() -> Vec<CustomResourceDefinition> {
    vec![Receiver::crd(), Alert::crd(), Provider::crd()]
}
