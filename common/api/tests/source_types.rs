//! Tests of the `source.toolkit.fluxcd.io/v1` kinds: the example manifests of Flux's docs
//! (`tests/fixtures/source/`) round-trip through the typed structs unchanged, full statuses as
//! the controller writes them round-trip too, and the CRDs carry Flux's names, columns,
//! subresources and a structural schema a Kubernetes 1.20 API server accepts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ferroflux_api::FluxObject;
use ferroflux_api::source::{
    self, Bucket, GitRepository, GitVerificationMode, HelmChart, HelmRepository, OCIRepository, OciLayerOperation,
    Source,
};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::CustomResourceExt;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/source")
}

/// Returns `(file name, text)` of every fixture, sorted by name.
fn fixtures() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(fixture_dir())
        .expect("fixture dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| {
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("read fixture");
            (name, text)
        })
        .collect();
    out.sort();
    out
}

/// Parses `text` as `K` and as untyped JSON, and asserts that re-serialising the typed object
/// gives back exactly the untyped one.
fn assert_round_trip<K: DeserializeOwned + Serialize>(name: &str, text: &str) {
    let untyped: Value = yaml_serde::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let typed: K = yaml_serde::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let again = serde_json::to_value(&typed).expect("serialise");
    assert_eq!(again, untyped, "{name} changed in a round trip");
}

/// Same as [`assert_round_trip`] for a JSON value.
fn assert_json_round_trip<K: DeserializeOwned + Serialize>(value: Value) {
    let typed: K = serde_json::from_value(value.clone()).expect("typed parse");
    assert_eq!(serde_json::to_value(&typed).expect("serialise"), value);
}

#[test]
fn every_doc_example_round_trips_unchanged() {
    let all = fixtures();
    let mut per_kind = std::collections::BTreeMap::<String, usize>::new();
    for (name, text) in &all {
        let untyped: Value = yaml_serde::from_str(text).expect("yaml");
        assert_eq!(untyped["apiVersion"], "source.toolkit.fluxcd.io/v1", "{name}");
        let kind = untyped["kind"].as_str().expect("kind").to_owned();
        assert!(
            name.starts_with(&format!("{}-", kind.to_lowercase())),
            "{name} holds a {kind}"
        );
        match kind.as_str() {
            "GitRepository" => assert_round_trip::<GitRepository>(name, text),
            "OCIRepository" => assert_round_trip::<OCIRepository>(name, text),
            "HelmRepository" => assert_round_trip::<HelmRepository>(name, text),
            "HelmChart" => assert_round_trip::<HelmChart>(name, text),
            "Bucket" => assert_round_trip::<Bucket>(name, text),
            other => panic!("{name}: unexpected kind {other}"),
        }
        *per_kind.entry(kind).or_default() += 1;
    }
    for kind in [
        "GitRepository",
        "OCIRepository",
        "HelmRepository",
        "HelmChart",
        "Bucket",
    ] {
        assert!(
            per_kind.get(kind).copied().unwrap_or(0) >= 2,
            "too few fixtures for {kind}: {per_kind:?}"
        );
    }
}

#[test]
fn doc_examples_parse_into_the_expected_fields() {
    let read = |n: &str| std::fs::read_to_string(fixture_dir().join(n)).expect("fixture");

    let git: GitRepository = yaml_serde::from_str(&read("gitrepository-2.yaml")).expect("git");
    let verify = git.spec.verification.as_ref().expect("verify");
    assert_eq!(verify.mode, Some(GitVerificationMode::Head));
    assert!(verify.verify_head() && !verify.verify_tag());
    assert_eq!(git.interval(), "1m");
    assert!(!git.suspended());
    assert!(git.artifact().is_none());

    let oci: OCIRepository = yaml_serde::from_str(&read("ocirepository-2.yaml")).expect("oci");
    let r = oci.spec.reference.as_ref().expect("ref");
    assert_eq!(r.semver.as_deref(), Some(">= 6.1.x-0"));
    assert_eq!(r.semver_filter.as_deref(), Some(".*-rc.*"));
    assert_eq!(oci.layer_operation(), OciLayerOperation::Extract);

    let repo: HelmRepository = yaml_serde::from_str(&read("helmrepository-2.yaml")).expect("helmrepo");
    assert!(repo.is_oci());

    let chart: HelmChart = yaml_serde::from_str(&read("helmchart-1.yaml")).expect("chart");
    assert_eq!(chart.spec.source_ref.kind.as_str(), "HelmRepository");
    assert_eq!(chart.version(), "5.*");

    let bucket: Bucket = yaml_serde::from_str(&read("bucket-3.yaml")).expect("bucket");
    assert_eq!(bucket.spec.sts.as_ref().expect("sts").provider.as_str(), "ldap");
}

#[test]
fn helm_repository_without_interval_reconciles_every_minute() {
    let repo: HelmRepository = serde_json::from_value(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": "HelmRepository",
        "metadata": {"name": "podinfo", "namespace": "default"},
        "spec": {"url": "oci://ghcr.io/stefanprodan/charts", "type": "oci"}
    }))
    .expect("parse");
    assert_eq!(repo.interval(), "1m");
    assert!(repo.conditions().is_empty());
    assert_eq!(repo.observed_generation(), None);
}

fn artifact() -> Value {
    json!({
        "digest": "sha256:e750c7a46724acaef8f8aa926259af30bbd9face2ae065ae8896ba5ee5ab832b",
        "lastUpdateTime": "2022-01-29T06:59:23Z",
        "path": "gitrepository/default/podinfo/363a6a8f.tar.gz",
        "revision": "master@sha1:363a6a8fe6a7f13e05d34c163b0ef02a777da20a",
        "size": 91318,
        "url": "http://source-controller.flux-system.svc.cluster.local./gitrepository/default/podinfo/363a6a8f.tar.gz",
        "metadata": {"org.opencontainers.image.source": "https://github.com/stefanprodan/podinfo"}
    })
}

fn ready() -> Value {
    json!([{
        "type": "Ready",
        "status": "True",
        "observedGeneration": 3,
        "lastTransitionTime": "2024-02-01T23:43:38Z",
        "reason": "Succeeded",
        "message": "stored artifact for revision 'master@sha1:363a6a8f'"
    }])
}

fn object(kind: &str, spec: Value, status: Value) -> Value {
    json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1",
        "kind": kind,
        "metadata": {"name": "podinfo", "namespace": "default", "generation": 3},
        "spec": spec,
        "status": status
    })
}

#[test]
fn full_statuses_round_trip_unchanged() {
    assert_json_round_trip::<GitRepository>(object(
        "GitRepository",
        json!({
            "url": "ssh://git@github.com/stefanprodan/podinfo",
            "interval": "5m",
            "timeout": "60s",
            "provider": "github",
            "ref": {"branch": "main", "commit": "363a6a8fe6a7f13e05d34c163b0ef02a777da20a"},
            "verify": {"mode": "TagAndHEAD", "secretRef": {"name": "keys"}},
            "recurseSubmodules": true,
            "include": [{"repository": {"name": "other"}, "fromPath": "deploy", "toPath": "base"}],
            "ignore": "/*\n!/deploy\n",
            "suspend": false
        }),
        json!({
            "observedGeneration": 3,
            "conditions": ready(),
            "artifact": artifact(),
            "includedArtifacts": [artifact()],
            "observedIgnore": "/*\n!/deploy\n",
            "observedRecurseSubmodules": true,
            "observedInclude": [{"repository": {"name": "other"}, "toPath": "base"}],
            "observedSparseCheckout": ["charts"],
            "sourceVerificationMode": "TagAndHEAD",
            "lastHandledReconcileAt": "2024-02-01T23:43:38.123456789Z"
        }),
    ));
    assert_json_round_trip::<OCIRepository>(object(
        "OCIRepository",
        json!({
            "url": "oci://ghcr.io/stefanprodan/manifests/podinfo",
            "interval": "5m",
            "provider": "gcp",
            "ref": {"digest": "sha256:abc"},
            "layerSelector": {"mediaType": "application/vnd.cncf.helm.chart.content.v1.tar+gzip", "operation": "copy"},
            "verify": {"provider": "notation", "secretRef": {"name": "notation-config"}},
            "insecure": true
        }),
        json!({
            "observedGeneration": 3,
            "conditions": ready(),
            "url": "http://source-controller.flux-system.svc.cluster.local./ocirepository/default/podinfo/latest.tar.gz",
            "artifact": artifact(),
            "observedIgnore": "",
            "observedLayerSelector": {"mediaType": "application/vnd.cncf.helm.chart.content.v1.tar+gzip", "operation": "copy"},
            "lastHandledReconcileAt": "now"
        }),
    ));
    assert_json_round_trip::<HelmRepository>(object(
        "HelmRepository",
        json!({
            "url": "https://stefanprodan.github.io/podinfo",
            "interval": "10m",
            "timeout": "1m",
            "passCredentials": true,
            "certSecretRef": {"name": "tls"},
            "accessFrom": {"namespaceSelectors": [{"matchLabels": {"team": "a"}}, {}]},
            "type": "default",
            "provider": "generic"
        }),
        json!({
            "observedGeneration": 3,
            "conditions": ready(),
            "url": "http://source-controller.flux-system.svc.cluster.local./helmrepository/default/podinfo/index.yaml",
            "artifact": artifact(),
            "lastHandledReconcileAt": "now"
        }),
    ));
    assert_json_round_trip::<HelmChart>(object(
        "HelmChart",
        json!({
            "chart": "./charts/podinfo",
            "sourceRef": {"apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository", "name": "podinfo"},
            "interval": "5m",
            "reconcileStrategy": "Revision",
            "valuesFiles": ["values.yaml", "values-prod.yaml"],
            "ignoreMissingValuesFiles": true
        }),
        json!({
            "observedGeneration": 3,
            "observedSourceArtifactRevision": "main@sha1:363a6a8f",
            "observedChartName": "podinfo",
            "observedValuesFiles": ["values.yaml", "values-prod.yaml"],
            "conditions": ready(),
            "url": "http://source-controller.flux-system.svc.cluster.local./helmchart/default/podinfo/latest.tar.gz",
            "artifact": artifact(),
            "lastHandledReconcileAt": "now"
        }),
    ));
    assert_json_round_trip::<Bucket>(object(
        "Bucket",
        json!({
            "provider": "aws",
            "bucketName": "podinfo",
            "endpoint": "s3.amazonaws.com",
            "sts": {"provider": "aws", "endpoint": "https://sts.amazonaws.com"},
            "region": "us-east-1",
            "prefix": "deploy/",
            "proxySecretRef": {"name": "proxy"},
            "interval": "5m"
        }),
        json!({
            "observedGeneration": 3,
            "conditions": ready(),
            "url": "http://source-controller.flux-system.svc.cluster.local./bucket/default/podinfo/latest.tar.gz",
            "artifact": artifact(),
            "observedIgnore": "",
            "lastHandledReconcileAt": "now"
        }),
    ));
}

#[test]
fn unknown_enum_values_are_rejected() {
    let bad = object(
        "GitRepository",
        json!({"url": "https://example.com/repo", "interval": "1m", "provider": "gitlab"}),
        json!({}),
    );
    assert!(serde_json::from_value::<GitRepository>(bad).is_err());
}

/// Flux's expectations for one CRD: names, columns `(name, type, jsonPath)`.
struct Expected {
    plural: &'static str,
    kind: &'static str,
    short_names: &'static [&'static str],
    columns: &'static [(&'static str, &'static str, &'static str)],
}

const READY: (&str, &str, &str) = ("Ready", "string", r#".status.conditions[?(@.type=="Ready")].status"#);
const STATUS: (&str, &str, &str) = ("Status", "string", r#".status.conditions[?(@.type=="Ready")].message"#);
const AGE: (&str, &str, &str) = ("Age", "date", ".metadata.creationTimestamp");

const EXPECTED: [Expected; 5] = [
    Expected {
        plural: "gitrepositories",
        kind: "GitRepository",
        short_names: &["gitrepo"],
        columns: &[("URL", "string", ".spec.url"), AGE, READY, STATUS],
    },
    Expected {
        plural: "ocirepositories",
        kind: "OCIRepository",
        short_names: &["ocirepo"],
        columns: &[("URL", "string", ".spec.url"), READY, STATUS, AGE],
    },
    Expected {
        plural: "helmrepositories",
        kind: "HelmRepository",
        short_names: &["helmrepo"],
        columns: &[("URL", "string", ".spec.url"), AGE, READY, STATUS],
    },
    Expected {
        plural: "helmcharts",
        kind: "HelmChart",
        short_names: &["hc"],
        columns: &[
            ("Chart", "string", ".spec.chart"),
            ("Version", "string", ".spec.version"),
            ("Source Kind", "string", ".spec.sourceRef.kind"),
            ("Source Name", "string", ".spec.sourceRef.name"),
            AGE,
            READY,
            STATUS,
        ],
    },
    Expected {
        plural: "buckets",
        kind: "Bucket",
        short_names: &[],
        columns: &[("Endpoint", "string", ".spec.endpoint"), AGE, READY, STATUS],
    },
];

#[test]
fn crds_carry_flux_names_columns_and_status_subresource() {
    let crds = source::crds();
    assert_eq!(crds.len(), EXPECTED.len());
    for (crd, want) in crds.iter().zip(EXPECTED.iter()) {
        assert_eq!(
            crd.metadata.name.as_deref(),
            Some(format!("{}.source.toolkit.fluxcd.io", want.plural).as_str())
        );
        assert_eq!(crd.spec.group, "source.toolkit.fluxcd.io");
        assert_eq!(crd.spec.scope, "Namespaced");
        assert_eq!(crd.spec.names.kind, want.kind);
        assert_eq!(crd.spec.names.plural, want.plural);
        let short: Vec<&str> = crd
            .spec
            .names
            .short_names
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        assert_eq!(short, want.short_names, "{}", want.kind);
        assert_eq!(
            crd.spec.names.categories.as_deref(),
            Some(&["all".to_owned(), "fluxcd".to_owned(), "fluxcd-sources".to_owned()][..]),
            "{}",
            want.kind
        );
        let annotations = crd.metadata.annotations.as_ref().expect("annotations");
        assert_eq!(
            annotations
                .get("kustomize.toolkit.fluxcd.io/substitute")
                .map(String::as_str),
            Some("disabled")
        );

        assert_eq!(crd.spec.versions.len(), 1);
        let v = &crd.spec.versions[0];
        assert_eq!(v.name, "v1");
        assert!(v.served && v.storage);
        assert!(
            v.subresources.as_ref().and_then(|s| s.status.as_ref()).is_some(),
            "{} has no status subresource",
            want.kind
        );
        let columns: Vec<(&str, &str, &str)> = v
            .additional_printer_columns
            .iter()
            .flatten()
            .map(|c| (c.name.as_str(), c.type_.as_str(), c.json_path.as_str()))
            .collect();
        assert_eq!(columns, want.columns, "{}", want.kind);
    }
}

#[test]
fn crds_serialise_to_json_and_yaml() {
    for (crd, want) in [
        GitRepository::crd(),
        OCIRepository::crd(),
        HelmRepository::crd(),
        HelmChart::crd(),
        Bucket::crd(),
    ]
    .iter()
    .zip(EXPECTED.iter())
    {
        let text = serde_json::to_string(crd).expect("json");
        let back: CustomResourceDefinition = serde_json::from_str(&text).expect("parse back");
        assert_eq!(&back, crd);
        let yaml = yaml_serde::to_string(crd).expect("yaml");
        assert!(yaml.contains(want.kind));
    }
}

/// Returns the `required` list of a schema node as a set.
fn required(node: &Value) -> BTreeSet<&str> {
    node["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

fn schema(crd: &CustomResourceDefinition) -> Value {
    let v = &crd.spec.versions[0];
    serde_json::to_value(
        v.schema
            .as_ref()
            .and_then(|s| s.open_api_v3_schema.as_ref())
            .expect("schema"),
    )
    .expect("schema json")
}

/// Walks a schema and collects every violation of the structural-schema rules this project
/// relies on (and of the Kubernetes 1.20 feature set).
fn structural_violations(path: &str, node: &Value, out: &mut Vec<String>) {
    let Some(obj) = node.as_object() else {
        out.push(format!("{path}: not an object"));
        return;
    };
    for banned in ["anyOf", "oneOf", "allOf", "not", "$ref", "x-kubernetes-validations"] {
        if obj.contains_key(banned) {
            out.push(format!("{path}: has {banned}"));
        }
    }
    let preserve = obj.get("x-kubernetes-preserve-unknown-fields") == Some(&json!(true));
    let int_or_string = obj.get("x-kubernetes-int-or-string") == Some(&json!(true));
    match obj.get("type").and_then(Value::as_str) {
        Some("object") => {}
        Some("array") => match obj.get("items") {
            Some(items) => structural_violations(&format!("{path}[]"), items, out),
            None => out.push(format!("{path}: array without items")),
        },
        Some(_) => {}
        None if preserve || int_or_string => {}
        None => out.push(format!("{path}: no type")),
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            structural_violations(&format!("{path}.{k}"), v, out);
        }
    }
    if let Some(ap) = obj.get("additionalProperties")
        && ap.is_object()
    {
        structural_violations(&format!("{path}{{}}"), ap, out);
    }
}

#[test]
fn crd_schemas_are_structural_without_cel() {
    for crd in source::crds() {
        let s = schema(&crd);
        let mut violations = Vec::new();
        for part in ["spec", "status"] {
            structural_violations(
                &format!("{}.{part}", crd.spec.names.kind),
                &s["properties"][part],
                &mut violations,
            );
        }
        assert!(violations.is_empty(), "{violations:#?}");
    }
}

#[test]
fn crd_schemas_carry_flux_defaults_patterns_and_enums() {
    let git = schema(&GitRepository::crd());
    let spec = &git["properties"]["spec"];
    assert_eq!(required(spec), ["url", "interval"].into());
    assert_eq!(spec["properties"]["timeout"]["default"], "60s");
    assert_eq!(
        spec["properties"]["timeout"]["pattern"],
        r"^([0-9]+(\.[0-9]+)?(ms|s|m))+$"
    );
    assert_eq!(
        spec["properties"]["interval"]["pattern"],
        r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$"
    );
    assert_eq!(spec["properties"]["url"]["pattern"], r"^(http|https|ssh)://.*$");
    assert_eq!(
        spec["properties"]["provider"]["enum"],
        json!(["generic", "aws", "azure", "github"])
    );
    assert!(
        spec["properties"]["provider"]["description"]
            .as_str()
            .is_some_and(|d| d.starts_with("Authentication provider:")),
        "optional enum fields keep their own doc: {}",
        spec["properties"]["provider"]
    );
    let verify = &spec["properties"]["verify"]["properties"];
    assert_eq!(verify["mode"]["enum"], json!(["head", "HEAD", "Tag", "TagAndHEAD"]));
    assert_eq!(verify["mode"]["default"], "HEAD");
    assert!(
        spec["properties"]["ref"]["properties"]["semver"]["type"] == "string",
        "ref.semver is spelled semver"
    );

    let oci = schema(&OCIRepository::crd());
    let spec = &oci["properties"]["spec"]["properties"];
    assert_eq!(spec["provider"]["default"], "generic");
    assert_eq!(spec["provider"]["enum"], json!(["generic", "aws", "azure", "gcp"]));
    assert_eq!(
        spec["layerSelector"]["properties"]["operation"]["enum"],
        json!(["extract", "copy"])
    );
    assert_eq!(spec["verify"]["properties"]["provider"]["default"], "cosign");
    assert_eq!(
        spec["verify"]["properties"]["provider"]["enum"],
        json!(["cosign", "notation"])
    );
    assert_eq!(required(&spec["verify"]), ["provider"].into());
    assert_eq!(
        required(&spec["verify"]["properties"]["matchOIDCIdentity"]["items"]),
        ["issuer", "subject"].into()
    );

    let helmrepo = schema(&HelmRepository::crd());
    let spec = &helmrepo["properties"]["spec"];
    assert_eq!(required(spec), ["url"].into());
    assert_eq!(spec["properties"]["type"]["enum"], json!(["default", "oci"]));
    assert_eq!(
        required(&spec["properties"]["accessFrom"]),
        ["namespaceSelectors"].into()
    );
    assert!(spec["properties"]["timeout"].get("default").is_none());

    let chart = schema(&HelmChart::crd());
    let spec = &chart["properties"]["spec"];
    assert_eq!(required(spec), ["chart", "sourceRef", "interval"].into());
    assert_eq!(spec["properties"]["version"]["default"], "*");
    assert_eq!(spec["properties"]["reconcileStrategy"]["default"], "ChartVersion");
    assert_eq!(
        spec["properties"]["sourceRef"]["properties"]["kind"]["enum"],
        json!(["HelmRepository", "GitRepository", "Bucket"])
    );

    let bucket = schema(&Bucket::crd());
    let spec = &bucket["properties"]["spec"];
    assert_eq!(required(spec), ["bucketName", "endpoint", "interval"].into());
    assert_eq!(spec["properties"]["provider"]["default"], "generic");
    assert_eq!(
        spec["properties"]["provider"]["enum"],
        json!(["generic", "aws", "gcp", "azure"])
    );
    assert_eq!(
        spec["properties"]["sts"]["properties"]["provider"]["enum"],
        json!(["aws", "ldap"])
    );
    assert_eq!(required(&spec["properties"]["sts"]), ["provider", "endpoint"].into());
}

#[test]
fn every_schema_property_is_documented() {
    fn walk(path: &str, node: &Value, out: &mut Vec<String>) {
        if let Some(props) = node.get("properties").and_then(Value::as_object) {
            for (k, v) in props {
                let p = format!("{path}.{k}");
                match v.get("description").and_then(Value::as_str) {
                    None | Some("") => out.push(format!("{p}: no description")),
                    Some(d) if d.contains("[`") => out.push(format!("{p}: rustdoc link in {d:?}")),
                    Some(_) => {}
                }
                walk(&p, v, out);
            }
        }
        if let Some(items) = node.get("items") {
            walk(&format!("{path}[]"), items, out);
        }
    }
    for crd in source::crds() {
        let s = schema(&crd);
        let mut missing = Vec::new();
        for part in ["spec", "status"] {
            walk(
                &format!("{}.{part}", crd.spec.names.kind),
                &s["properties"][part],
                &mut missing,
            );
        }
        assert!(missing.is_empty(), "{missing:#?}");
    }
}
