//! Serialisation and CRD tests for the `image.toolkit.fluxcd.io` and
//! `notification.toolkit.fluxcd.io` kinds: every documented example round-trips unchanged
//! through the typed kinds, and the generated CRDs carry Flux's names, columns and subresources.

// Test helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::panic)]

use ferroflux_api::FluxObject;
use ferroflux_api::image::{ImagePolicy, ImageRepository, ImageUpdateAutomation};
use ferroflux_api::notification::{Alert, Provider, Receiver};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::{CustomResourceDefinition, JSONSchemaProps};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn fixtures(group: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(group);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
}

/// Parses `value` as `K`, serialises it back and asserts nothing was added, dropped or changed.
fn assert_round_trip<K: DeserializeOwned + Serialize>(origin: &str, value: &Value) {
    let typed: K = serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{origin}: does not parse as the typed kind: {e}"));
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(&back, value, "{origin}: re-serialised object differs from the input");
}

fn round_trip_fixture(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let value: Value = yaml_serde::from_str(&text).unwrap_or_else(|e| panic!("{}: invalid YAML: {e}", path.display()));
    let kind = value["kind"].as_str().unwrap_or_default().to_owned();
    let origin = path.display().to_string();
    match kind.as_str() {
        "ImageRepository" => assert_round_trip::<ImageRepository>(&origin, &value),
        "ImagePolicy" => assert_round_trip::<ImagePolicy>(&origin, &value),
        "ImageUpdateAutomation" => assert_round_trip::<ImageUpdateAutomation>(&origin, &value),
        "Receiver" => assert_round_trip::<Receiver>(&origin, &value),
        "Alert" => assert_round_trip::<Alert>(&origin, &value),
        "Provider" => assert_round_trip::<Provider>(&origin, &value),
        other => panic!("{origin}: unexpected kind {other:?}"),
    }
    kind
}

#[test]
fn documented_image_examples_round_trip_unchanged() {
    let kinds: Vec<String> = fixtures("image").iter().map(|p| round_trip_fixture(p)).collect();
    for kind in ["ImageRepository", "ImagePolicy", "ImageUpdateAutomation"] {
        assert!(kinds.iter().any(|k| k == kind), "no fixture for {kind}");
    }
}

#[test]
fn documented_notification_examples_round_trip_unchanged() {
    let kinds: Vec<String> = fixtures("notification").iter().map(|p| round_trip_fixture(p)).collect();
    for kind in ["Receiver", "Alert", "Provider"] {
        assert!(kinds.iter().any(|k| k == kind), "no fixture for {kind}");
    }
}

#[test]
fn statuses_written_by_flux_round_trip_unchanged() {
    let conditions = json!([{
        "type": "Ready",
        "status": "True",
        "observedGeneration": 1,
        "lastTransitionTime": "2024-03-17T22:22:33Z",
        "reason": "Succeeded",
        "message": "repository up-to-date"
    }]);
    let repo = json!({
        "apiVersion": "image.toolkit.fluxcd.io/v1",
        "kind": "ImageRepository",
        "metadata": {"name": "podinfo", "namespace": "default"},
        "spec": {"image": "stefanprodan/podinfo", "interval": "1h"},
        "status": {
            "canonicalImageName": "index.docker.io/stefanprodan/podinfo",
            "conditions": conditions,
            "lastHandledReconcileAt": "2024-03-17T22:20:00.000000000Z",
            "lastScanResult": {
                "revision": "sha256:4f5c0e7fa0bd52ac8e8ff7a3d1b5bbf5e6f0a9ac8e0c7e0a7e52e6e1f2b3c4d5",
                "tagCount": 211,
                "scanTime": "2022-09-15T22:38:42Z",
                "latestTags": ["latest", "6.2.0", "6.1.8"]
            },
            "observedExclusionList": ["^.*\\.sig$"],
            "observedGeneration": 1
        }
    });
    assert_round_trip::<ImageRepository>("ImageRepository status", &repo);

    let policy = json!({
        "apiVersion": "image.toolkit.fluxcd.io/v1",
        "kind": "ImagePolicy",
        "metadata": {"name": "podinfo", "namespace": "default"},
        "spec": {
            "imageRepositoryRef": {"name": "podinfo"},
            "policy": {"semver": {"range": "5.1.x"}},
            "digestReflectionPolicy": "Always",
            "interval": "10m"
        },
        "status": {
            "latestRef": {
                "name": "ghcr.io/stefanprodan/podinfo",
                "tag": "5.1.4",
                "digest": "sha256:2d9a00b3981628a533ff43352193b1838b0a4bf6b0033444286f563205e51a2c"
            },
            "observedPreviousRef": {"name": "ghcr.io/stefanprodan/podinfo", "tag": "5.1.3"},
            "observedGeneration": 2,
            "conditions": conditions
        }
    });
    assert_round_trip::<ImagePolicy>("ImagePolicy status", &policy);

    let automation = json!({
        "apiVersion": "image.toolkit.fluxcd.io/v1",
        "kind": "ImageUpdateAutomation",
        "metadata": {"name": "podinfo-update", "namespace": "default"},
        "spec": {
            "interval": "30m",
            "sourceRef": {"kind": "GitRepository", "name": "podinfo", "namespace": "flux-system"},
            "git": {
                "checkout": {"ref": {"branch": "main"}},
                "commit": {
                    "author": {"email": "fluxcdbot@users.noreply.github.com"},
                    "signingKey": {"secretRef": {"name": "signing-key"}, "type": "ssh"},
                    "messageTemplateValues": {"cluster": "prod"}
                },
                "push": {"refspec": "refs/heads/main:refs/heads/auto", "options": {"merge_request.create": ""}}
            },
            "policySelector": {"matchExpressions": [
                {"key": "app.kubernetes.io/component", "operator": "In", "values": ["a", "b"]}
            ]},
            "update": {"strategy": "Setters", "path": "./clusters"},
            "suspend": false
        },
        "status": {
            "conditions": conditions,
            "lastAutomationRunTime": "2024-03-17T22:22:34Z",
            "lastPushCommit": "3ebb95cc56d2db59bc6ffbe0d9dd0ea445edeb77",
            "lastPushTime": "2024-03-17T22:22:34Z",
            "observedGeneration": 1,
            "observedPolicies": {
                "podinfo-policy": {"name": "ghcr.io/stefanprodan/podinfo", "tag": "5.0.3"}
            },
            "observedSourceRevision": "main@sha1:3ebb95cc56d2db59bc6ffbe0d9dd0ea445edeb77"
        }
    });
    assert_round_trip::<ImageUpdateAutomation>("ImageUpdateAutomation status", &automation);

    let receiver = json!({
        "apiVersion": "notification.toolkit.fluxcd.io/v1",
        "kind": "Receiver",
        "metadata": {"name": "github-receiver", "namespace": "flux-system"},
        "spec": {
            "type": "generic-hmac",
            "interval": "1h",
            "secretRef": {"name": "receiver-token"},
            "resources": [{"kind": "OCIRepository", "name": "*", "namespace": "apps", "matchLabels": {"a": "b"}}]
        },
        "status": {
            "conditions": conditions,
            "observedGeneration": 1,
            "webhookPath": "/hook/bed6d00b5555b1603e1f59b94d7fdbca58089cb5663633fb83f2815dc626d92b"
        }
    });
    assert_round_trip::<Receiver>("Receiver status", &receiver);
}

#[test]
fn image_policy_latest_ref_uses_the_name_key() {
    let policy: ImagePolicy = serde_json::from_value(json!({
        "apiVersion": "image.toolkit.fluxcd.io/v1",
        "kind": "ImagePolicy",
        "metadata": {"name": "p"},
        "spec": {"imageRepositoryRef": {"name": "r"}, "policy": {"numerical": {}}},
        "status": {"latestRef": {"name": "ghcr.io/org/app", "tag": "1.2.3"}}
    }))
    .unwrap();
    let latest = policy.status.and_then(|s| s.latest_ref).unwrap();
    assert_eq!(latest.to_string(), "ghcr.io/org/app:1.2.3");
}

#[test]
fn closed_enums_reject_unknown_values() {
    let provider = json!({
        "apiVersion": "notification.toolkit.fluxcd.io/v1beta3",
        "kind": "Provider",
        "metadata": {"name": "p"},
        "spec": {"type": "carrier-pigeon"}
    });
    assert!(serde_json::from_value::<Provider>(provider).is_err());
    let incident = json!({
        "apiVersion": "notification.toolkit.fluxcd.io/v1beta3",
        "kind": "Provider",
        "metadata": {"name": "p"},
        "spec": {"type": "incident.io"}
    });
    assert_round_trip::<Provider>("incident.io Provider", &incident);
}

fn crd<'a>(crds: &'a [CustomResourceDefinition], kind: &str) -> &'a CustomResourceDefinition {
    crds.iter()
        .find(|c| c.spec.names.kind == kind)
        .unwrap_or_else(|| panic!("no CRD for {kind}"))
}

/// Asserts the CRD's names, version, status subresource and printer columns
/// (`(name, type, jsonPath, priority)`) equal Flux's.
fn assert_crd(
    crd: &CustomResourceDefinition,
    version: &str,
    short_names: &[&str],
    categories: &[&str],
    has_status: bool,
    columns: &[(&str, &str, &str, Option<i32>)],
) {
    let kind = &crd.spec.names.kind;
    assert_eq!(crd.spec.scope, "Namespaced", "{kind}");
    assert_eq!(crd.spec.versions.len(), 1, "{kind}");
    let v = &crd.spec.versions[0];
    assert_eq!(v.name, version, "{kind}");
    assert!(v.served && v.storage, "{kind}");
    let shorts: Vec<&str> = crd
        .spec
        .names
        .short_names
        .iter()
        .flatten()
        .map(String::as_str)
        .collect();
    assert_eq!(shorts, short_names, "{kind} short names");
    let cats: Vec<&str> = crd.spec.names.categories.iter().flatten().map(String::as_str).collect();
    assert_eq!(cats, categories, "{kind} categories");
    let status = v.subresources.as_ref().and_then(|s| s.status.as_ref()).is_some();
    assert_eq!(status, has_status, "{kind} status subresource");
    let got: Vec<(&str, &str, &str, Option<i32>)> = v
        .additional_printer_columns
        .iter()
        .flatten()
        .map(|c| (c.name.as_str(), c.type_.as_str(), c.json_path.as_str(), c.priority))
        .collect();
    assert_eq!(got, columns, "{kind} printer columns");
}

const READY: (&str, &str, &str, Option<i32>) = (
    "Ready",
    "string",
    ".status.conditions[?(@.type==\"Ready\")].status",
    None,
);
const STATUS: (&str, &str, &str, Option<i32>) = (
    "Status",
    "string",
    ".status.conditions[?(@.type==\"Ready\")].message",
    None,
);
const AGE: (&str, &str, &str, Option<i32>) = ("Age", "date", ".metadata.creationTimestamp", None);

#[test]
fn image_crds_match_flux_names_columns_and_subresources() {
    let crds = ferroflux_api::image::crds();
    assert_eq!(crds.len(), 3);
    let cats = ["all", "fluxcd", "fluxcd-images"];
    assert_crd(
        crd(&crds, "ImageRepository"),
        "v1",
        &["imgrepo", "imagerepo"],
        &cats,
        true,
        &[
            ("Image", "string", ".spec.image", None),
            ("Tags", "string", ".status.lastScanResult.tagCount", None),
            READY,
            STATUS,
            ("Last scan", "string", ".status.lastScanResult.scanTime", Some(1)),
            AGE,
        ],
    );
    assert_crd(
        crd(&crds, "ImagePolicy"),
        "v1",
        &["imgpol", "imagepol"],
        &cats,
        true,
        &[
            ("Image", "string", ".status.latestRef.name", None),
            ("Tag", "string", ".status.latestRef.tag", None),
            READY,
            STATUS,
            AGE,
        ],
    );
    let iua = crd(&crds, "ImageUpdateAutomation");
    assert_crd(
        iua,
        "v1",
        &["iua", "imgupd", "imgauto"],
        &cats,
        true,
        &[
            READY,
            STATUS,
            ("Last run", "string", ".status.lastAutomationRunTime", Some(1)),
            AGE,
        ],
    );
    let annotations = iua.metadata.annotations.clone().unwrap_or_default();
    assert_eq!(
        annotations
            .get("kustomize.toolkit.fluxcd.io/substitute")
            .map(String::as_str),
        Some("disabled")
    );
}

#[test]
fn notification_crds_match_flux_names_columns_and_subresources() {
    let crds = ferroflux_api::notification::crds();
    assert_eq!(crds.len(), 3);
    let cats = ["all", "fluxcd", "fluxcd-notifications"];
    // Flux gives none of the notification kinds short names. Alert and Provider are static
    // objects in v1beta3: no status, so no status subresource and only the Age column.
    assert_crd(crd(&crds, "Receiver"), "v1", &[], &cats, true, &[AGE, READY, STATUS]);
    assert_crd(crd(&crds, "Alert"), "v1beta3", &[], &cats, false, &[AGE]);
    assert_crd(crd(&crds, "Provider"), "v1beta3", &[], &cats, false, &[AGE]);
    for c in &crds {
        let annotations = c.metadata.annotations.clone().unwrap_or_default();
        assert_eq!(
            annotations
                .get("kustomize.toolkit.fluxcd.io/substitute")
                .map(String::as_str),
            Some("disabled"),
            "{}",
            c.spec.names.kind
        );
    }
}

/// Collects violations of the structural-schema rules: untyped properties and any
/// anyOf/oneOf/allOf/not (CEL-free, so the CRDs install on Kubernetes 1.20).
fn structural_violations(s: &JSONSchemaProps, path: &str, out: &mut Vec<String>) {
    if s.type_.is_none()
        && s.x_kubernetes_int_or_string != Some(true)
        && s.x_kubernetes_preserve_unknown_fields != Some(true)
    {
        out.push(format!("{path}: no type"));
    }
    if s.any_of.is_some() || s.one_of.is_some() || s.all_of.is_some() || s.not.is_some() {
        out.push(format!("{path}: anyOf/oneOf/allOf/not"));
    }
    if s.x_kubernetes_validations.is_some() {
        out.push(format!("{path}: x-kubernetes-validations"));
    }
    for (name, p) in s.properties.iter().flatten() {
        structural_violations(p, &format!("{path}.{name}"), out);
    }
    if let Some(k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::JSONSchemaPropsOrArray::Schema(
        items,
    )) = &s.items
    {
        structural_violations(items, &format!("{path}[]"), out);
    }
    if let Some(k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::JSONSchemaPropsOrBool::Schema(m)) =
        &s.additional_properties
    {
        structural_violations(m, &format!("{path}{{}}"), out);
    }
}

#[test]
fn crd_schemas_are_structural() {
    let crds = ferroflux_api::image::crds()
        .into_iter()
        .chain(ferroflux_api::notification::crds());
    for c in crds {
        let schema = c.spec.versions[0]
            .schema
            .as_ref()
            .and_then(|s| s.open_api_v3_schema.as_ref())
            .unwrap();
        let mut out = Vec::new();
        structural_violations(schema, "", &mut out);
        assert!(out.is_empty(), "{}: {out:?}", c.spec.names.kind);
    }
}

fn spec_property(crd: &CustomResourceDefinition, pointer: &str) -> Value {
    let schema = serde_json::to_value(&crd.spec.versions[0].schema).unwrap();
    schema
        .pointer(&format!("/openAPIV3Schema/properties/spec{pointer}"))
        .cloned()
        .unwrap_or_else(|| panic!("{}: no spec{pointer}", crd.spec.names.kind))
}

#[test]
fn closed_enums_and_defaults_are_in_the_schema() {
    let crds = ferroflux_api::notification::crds();
    let provider_types = spec_property(crd(&crds, "Provider"), "/properties/type/enum");
    assert_eq!(provider_types.as_array().map(Vec::len), Some(34));
    assert_eq!(provider_types[33], "incident.io");
    let receiver_types = spec_property(crd(&crds, "Receiver"), "/properties/type/enum");
    assert_eq!(receiver_types.as_array().map(Vec::len), Some(13));
    assert_eq!(
        spec_property(crd(&crds, "Receiver"), "/properties/interval/default"),
        "10m"
    );
    assert_eq!(
        spec_property(crd(&crds, "Alert"), "/properties/eventSeverity/default"),
        "info"
    );

    let crds = ferroflux_api::image::crds();
    assert_eq!(
        spec_property(crd(&crds, "ImageRepository"), "/properties/exclusionList/default"),
        json!(["^.*\\.sig$"])
    );
    assert_eq!(
        spec_property(crd(&crds, "ImagePolicy"), "/properties/digestReflectionPolicy/default"),
        "Never"
    );
    assert_eq!(
        spec_property(crd(&crds, "ImageUpdateAutomation"), "/properties/update/default"),
        json!({"strategy": "Setters"})
    );
    // A field of enum type keeps its own description, not the enum type's.
    let order = spec_property(
        crd(&crds, "ImagePolicy"),
        "/properties/policy/properties/alphabetical/properties/order/description",
    );
    assert!(
        order.as_str().unwrap().starts_with("Sort order: `asc` (default)"),
        "{order}"
    );
}

#[test]
fn optional_intervals_fall_back_to_flux_defaults() {
    let policy: ImagePolicy = serde_json::from_value(json!({
        "apiVersion": "image.toolkit.fluxcd.io/v1", "kind": "ImagePolicy",
        "metadata": {"name": "p"},
        "spec": {"imageRepositoryRef": {"name": "r"}, "policy": {"semver": {"range": "1.x"}}}
    }))
    .unwrap();
    assert_eq!(policy.interval(), "10m");
    assert!(!policy.suspended());
    assert!(policy.conditions().is_empty());

    let receiver: Receiver = serde_json::from_value(json!({
        "apiVersion": "notification.toolkit.fluxcd.io/v1", "kind": "Receiver",
        "metadata": {"name": "r"},
        "spec": {"type": "generic", "resources": []}
    }))
    .unwrap();
    assert_eq!(receiver.interval(), "10m");

    let alert: Alert = serde_json::from_value(json!({
        "apiVersion": "notification.toolkit.fluxcd.io/v1beta3", "kind": "Alert",
        "metadata": {"name": "a"},
        "spec": {"providerRef": {"name": "p"}, "eventSources": [], "suspend": true}
    }))
    .unwrap();
    assert_eq!(alert.interval(), "10m");
    assert!(alert.suspended());
    assert_eq!(alert.observed_generation(), None);

    let provider: Provider = serde_json::from_value(json!({
        "apiVersion": "notification.toolkit.fluxcd.io/v1beta3", "kind": "Provider",
        "metadata": {"name": "p"},
        "spec": {"type": "slack", "interval": "5m"}
    }))
    .unwrap();
    assert_eq!(provider.interval(), "5m");
    assert_eq!(provider.timeout(), "15s");
}
