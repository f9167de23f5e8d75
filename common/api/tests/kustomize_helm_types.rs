//! Round-trip and CRD tests for the Kustomization (`kustomize.toolkit.fluxcd.io/v1`) and
//! HelmRelease (`helm.toolkit.fluxcd.io/v2`) types.
//!
//! Every fixture under `tests/fixtures/{kustomize,helm}` (examples from Flux's docs/spec pages) is
//! parsed both as untyped JSON and as the typed kind; serialising the typed object must give back
//! exactly the untyped JSON, so no field is lost, renamed or added.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ferroflux_api::FluxObject;
use ferroflux_api::helm::{self, HelmRelease};
use ferroflux_api::kustomize::{self, Kustomization};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Returns the YAML files of a fixture directory, sorted by name.
fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("read {}: {e}", root.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
}

/// Parses `text` as untyped JSON and as `K`, and asserts that re-serialising the typed object
/// yields the untyped JSON. Returns the typed object.
fn assert_round_trip<K: Serialize + DeserializeOwned>(name: &str, text: &str) -> K {
    let untyped: Value = yaml_serde::from_str(text).unwrap_or_else(|e| panic!("{name}: not YAML: {e}"));
    let typed: K = yaml_serde::from_str(text).unwrap_or_else(|e| panic!("{name}: does not parse as the kind: {e}"));
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(
        back,
        untyped,
        "{name}: typed round trip differs\n typed:   {}\n fixture: {}",
        serde_json::to_string(&back).unwrap(),
        serde_json::to_string(&untyped).unwrap()
    );
    typed
}

#[test]
fn every_kustomization_fixture_round_trips_unchanged() {
    let files = fixtures("kustomize");
    assert!(
        files.len() >= 10,
        "expected the Kustomization fixtures, found {files:?}"
    );
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("kustomization-"), "{name}: unexpected fixture name");
        let text = std::fs::read_to_string(&path).unwrap();
        let ks: Kustomization = assert_round_trip(&name, &text);
        assert!(!ks.spec.interval.is_empty(), "{name}: interval");
        assert!(ks.status.is_none(), "{name}: fixtures carry no status");
    }
}

#[test]
fn every_helmrelease_fixture_round_trips_unchanged() {
    let files = fixtures("helm");
    assert!(files.len() >= 10, "expected the HelmRelease fixtures, found {files:?}");
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("helmrelease-"), "{name}: unexpected fixture name");
        let text = std::fs::read_to_string(&path).unwrap();
        let hr: HelmRelease = assert_round_trip(&name, &text);
        assert!(
            hr.spec.chart.is_some() != hr.spec.chart_ref.is_some(),
            "{name}: exactly one of chart and chartRef"
        );
        assert!(hr.status.is_none(), "{name}: fixtures carry no status");
    }
}

#[test]
fn kustomization_fields_map_to_flux_json_names() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kustomize/kustomization-5.yaml"),
    )
    .unwrap();
    let ks: Kustomization = yaml_serde::from_str(&text).unwrap();
    assert_eq!(ks.spec.retry_interval.as_deref(), Some("2m0s"));
    assert_eq!(ks.spec.force, Some(false));
    assert_eq!(ks.spec.source_ref.kind, kustomize::SourceKind::GitRepository);
    assert_eq!(ks.spec.source_ref.namespace.as_deref(), Some("apps"));
    // FluxObject accessors read the spec as written.
    assert_eq!(ks.interval(), "60m0s");
    assert_eq!(ks.retry_interval(), Some("2m0s"));
    assert!(!ks.suspended());
    assert!(ks.conditions().is_empty());
    assert_eq!(ks.observed_generation(), None);
}

#[test]
fn helmrelease_renamed_fields_keep_flux_spelling() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/helm/helmrelease-10.yaml"))
            .unwrap();
    let hr: HelmRelease = yaml_serde::from_str(&text).unwrap();
    let install = hr.spec.install.as_ref().unwrap();
    assert_eq!(install.disable_openapi_validation, Some(true));
    assert_eq!(install.skip_crds, Some(false));
    assert_eq!(install.crds, Some(helm::CrdsPolicy::Create));
    let upgrade = hr.spec.upgrade.as_ref().unwrap();
    assert_eq!(
        upgrade.remediation.as_ref().unwrap().strategy,
        Some(helm::RemediationStrategy::Uninstall)
    );
    assert_eq!(upgrade.server_side_apply, Some(helm::ServerSideApplyMode::Auto));
    assert_eq!(
        hr.spec.uninstall.as_ref().unwrap().deletion_propagation,
        Some(helm::DeletionPropagation::Foreground)
    );
    assert_eq!(hr.interval(), "15m");
    assert_eq!(hr.retry_interval(), None);
}

#[test]
fn closed_enums_reject_values_flux_does_not_accept() {
    let bad = r#"
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: x}
spec:
  interval: 5m
  prune: true
  deletionPolicy: Sometimes
  sourceRef: {kind: GitRepository, name: x}
"#;
    assert!(yaml_serde::from_str::<Kustomization>(bad).is_err());
    let bad = r#"
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: x}
spec:
  interval: 5m
  chartRef: {kind: GitRepository, name: x}
"#;
    assert!(yaml_serde::from_str::<HelmRelease>(bad).is_err());
}

/// A Kustomization status as kustomize-controller writes it; the history entries are the ones of
/// the "History" section of the docs, the inventory the one of the "Inventory" section.
const KUSTOMIZATION_WITH_STATUS: &str = r#"
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: podinfo
  namespace: default
  generation: 3
spec:
  interval: 10m
  prune: true
  sourceRef:
    kind: OCIRepository
    name: podinfo
status:
  observedGeneration: 3
  lastHandledReconcileAt: "2025-08-15T11:11:58.123456789Z"
  conditions:
  - type: Ready
    status: "True"
    observedGeneration: 3
    lastTransitionTime: "2025-08-15T11:12:00Z"
    reason: ReconciliationSucceeded
    message: "Applied revision: v1.0.1@sha1:450796ddb2ab6724ee1cc32a4be56da032d1cca0"
  lastAppliedRevision: v1.0.1@sha1:450796ddb2ab6724ee1cc32a4be56da032d1cca0
  lastAppliedOriginRevision: v1.0.1@sha1:450796ddb2ab6724ee1cc32a4be56da032d1cca0
  lastAttemptedRevision: v1.0.1@sha1:450796ddb2ab6724ee1cc32a4be56da032d1cca0
  inventory:
    entries:
    - id: default_podinfo__Service
      v: v1
    - id: default_podinfo_apps_Deployment
      v: v1
    - id: default_podinfo_autoscaling_HorizontalPodAutoscaler
      v: v2
  history:
    - digest: sha256:43ad78c94b2655429d84f21488f29d7cca9cd45b7f54d2b27e16bbec8eff9228
      firstReconciled: "2025-08-15T10:11:00Z"
      lastReconciled: "2025-08-15T11:12:00Z"
      lastReconciledDuration: 2.818583s
      lastReconciledStatus: ReconciliationSucceeded
      totalReconciliations: 2
      metadata:
        revision: "v1.0.1@sha1:450796ddb2ab6724ee1cc32a4be56da032d1cca0"
    - digest: sha256:ec8dbfe61777b65001190260cf873ffe454451bd2e464bd6f9a154cffcdcd7e5
      firstReconciled: "2025-07-14T13:10:00Z"
      lastReconciled: "2025-08-15T10:00:00Z"
      lastReconciledDuration: 49.813292s
      lastReconciledStatus: HealthCheckFailed
      totalReconciliations: 120
      metadata:
        revision: "v1.0.0@sha1:67e2c98a60dc92283531412a9e604dd4bae005a9"
"#;

#[test]
fn kustomization_status_round_trips_unchanged() {
    let ks: Kustomization = assert_round_trip("kustomization status", KUSTOMIZATION_WITH_STATUS);
    let status = ks.status.as_ref().unwrap();
    assert_eq!(status.inventory.as_ref().unwrap().entries[2].version, "v2");
    assert_eq!(status.history.as_ref().unwrap()[1].total_reconciliations, 120);
    assert_eq!(ks.observed_generation(), Some(3));
    assert_eq!(ks.conditions()[0].reason, "ReconciliationSucceeded");
    assert_eq!(ks.last_handled_reconcile_at(), Some("2025-08-15T11:11:58.123456789Z"));
}

/// A HelmRelease status as helm-controller writes it; the history entries are the ones of the
/// "History example" section of the docs, the inventory the one of the "Inventory example".
const HELMRELEASE_WITH_STATUS: &str = r#"
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: podinfo
  namespace: podinfo
spec:
  interval: 10m
  chartRef:
    kind: OCIRepository
    name: podinfo
status:
  observedGeneration: 2
  lastAttemptedGeneration: 2
  observedPostRenderersDigest: sha256:1a2b3c
  observedCommonMetadataDigest: sha256:4d5e6f
  conditions:
  - type: Ready
    status: "True"
    observedGeneration: 2
    lastTransitionTime: "2024-05-07T04:55:11Z"
    reason: UpgradeSucceeded
    message: "Helm upgrade succeeded for release podinfo/podinfo.v2 with chart podinfo@6.6.1+0cc9a8446c95"
  - type: Released
    status: "True"
    observedGeneration: 2
    lastTransitionTime: "2024-05-07T04:55:11Z"
    reason: UpgradeSucceeded
    message: "Helm upgrade succeeded for release podinfo/podinfo.v2 with chart podinfo@6.6.1+0cc9a8446c95"
  helmChart: podinfo/podinfo-podinfo
  storageNamespace: podinfo
  history:
    - appVersion: 6.6.1
      chartName: podinfo
      chartVersion: 6.6.1+0cc9a8446c95
      configDigest: sha256:e15c415d62760896bd8bec192a44c5716dc224db9e0fc609b9ac14718f8f9e56
      digest: sha256:e59349a6d8cf01d625de9fe73efd94b5e2a8cc8453d1b893ec367cfa2105bae9
      firstDeployed: "2024-05-07T04:54:21Z"
      lastDeployed: "2024-05-07T04:54:55Z"
      name: podinfo
      namespace: podinfo
      ociDigest: sha256:0cc9a8446c95009ef382f5eade883a67c257f77d50f84e78ecef2aac9428d1e5
      status: deployed
      action: upgrade
      testHooks:
        podinfo-grpc-test-goyey:
          lastCompleted: "2024-05-07T04:55:11Z"
          lastStarted: "2024-05-07T04:55:09Z"
          phase: Succeeded
      version: 2
    - apiVersion: v2
      appVersion: 6.6.0
      chartName: podinfo
      chartVersion: 6.6.0+cdd538a0167e
      configDigest: sha256:e15c415d62760896bd8bec192a44c5716dc224db9e0fc609b9ac14718f8f9e56
      digest: sha256:9be0d34ced6b890a72026749bc0f1f9e3c1a89673e17921bbcc0f27774f31c3a
      firstDeployed: "2024-05-07T04:54:21Z"
      lastDeployed: "2024-05-07T04:54:21Z"
      deleted: "2024-05-08T00:00:00Z"
      name: podinfo
      namespace: podinfo
      ociDigest: sha256:cdd538a0167e4b51152b71a477e51eb6737553510ce8797dbcc537e1342311bb
      status: superseded
      action: install
      testHooks: {}
      version: 1
  inventory:
    entries:
      - id: default_podinfo__Service
        v: v1
      - id: default_podinfo_apps_Deployment
        v: v1
  lastAttemptedReleaseAction: upgrade
  lastAttemptedReleaseActionDuration: 34.5s
  failures: 1
  installFailures: 0
  upgradeFailures: 2
  lastAttemptedRevision: 6.6.1+0cc9a8446c95
  lastAttemptedRevisionDigest: sha256:0cc9a8446c95009ef382f5eade883a67c257f77d50f84e78ecef2aac9428d1e5
  lastAttemptedValuesChecksum: 3b2c1a
  lastReleaseRevision: 2
  lastAttemptedConfigDigest: sha256:e15c415d62760896bd8bec192a44c5716dc224db9e0fc609b9ac14718f8f9e56
  lastHandledReconcileAt: "1715057700"
  lastHandledForceAt: "1715057600"
  lastHandledResetAt: "1715057500"
"#;

#[test]
fn helmrelease_status_round_trips_unchanged() {
    let hr: HelmRelease = assert_round_trip("helmrelease status", HELMRELEASE_WITH_STATUS);
    let status = hr.status.as_ref().unwrap();
    let history = status.history.as_ref().unwrap();
    assert_eq!(history[0].action, Some(helm::ReleaseAction::Upgrade));
    assert_eq!(
        history[0].test_hooks.as_ref().unwrap()["podinfo-grpc-test-goyey"]
            .phase
            .as_deref(),
        Some("Succeeded")
    );
    // An empty test hook map (chart without selected tests) is kept, not dropped.
    assert_eq!(history[1].test_hooks.as_ref().map(|h| h.len()), Some(0));
    assert_eq!(status.last_attempted_release_action, Some(helm::ReleaseAction::Upgrade));
    assert_eq!(status.upgrade_failures, Some(2));
    assert_eq!(hr.last_handled_reconcile_at(), Some("1715057700"));
    assert_eq!(hr.conditions().len(), 2);
}

/// Returns the only version's OpenAPI schema of a CRD as JSON.
fn schema_of(crd: &CustomResourceDefinition) -> Value {
    assert_eq!(crd.spec.versions.len(), 1);
    let schema = crd.spec.versions[0]
        .schema
        .as_ref()
        .unwrap()
        .open_api_v3_schema
        .as_ref()
        .unwrap();
    serde_json::to_value(schema).unwrap()
}

/// Asserts that `node` and everything below it is a structural schema: each node has a `type`
/// (or preserves unknown fields), arrays have typed `items`, maps have typed
/// `additionalProperties`, and no `anyOf`/`oneOf`/`allOf`/`not`/`$ref` is left.
fn assert_structural(node: &Value, path: &str) {
    let obj = node
        .as_object()
        .unwrap_or_else(|| panic!("{path}: schema is not an object"));
    for key in [
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "$ref",
        "const",
        "x-kubernetes-validations",
    ] {
        assert!(!obj.contains_key(key), "{path}: has {key}");
    }
    let preserve = obj.get("x-kubernetes-preserve-unknown-fields") == Some(&Value::Bool(true));
    let ty = obj.get("type").and_then(Value::as_str);
    assert!(ty.is_some() || preserve, "{path}: no type");
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        assert_eq!(ty, Some("object"), "{path}: properties on a non-object");
        for (name, sub) in props {
            assert_structural(sub, &format!("{path}.{name}"));
        }
    }
    if ty == Some("array") {
        assert_structural(
            obj.get("items")
                .unwrap_or_else(|| panic!("{path}: array without items")),
            &format!("{path}[]"),
        );
    }
    if let Some(extra) = obj.get("additionalProperties") {
        assert!(extra.is_object(), "{path}: additionalProperties must be a schema");
        assert_structural(extra, &format!("{path}{{}}"));
    }
    if let Some(required) = obj.get("required").and_then(Value::as_array) {
        let props = obj.get("properties").and_then(Value::as_object);
        for r in required {
            let r = r.as_str().unwrap();
            assert!(
                props.is_some_and(|p| p.contains_key(r)),
                "{path}: required {r} is not a property"
            );
        }
    }
}

/// Asserts the names, subresources and printer columns every Flux appliers' CRD shares.
fn assert_flux_crd(crd: &CustomResourceDefinition, plural: &str, group: &str, short: &str) {
    assert_eq!(crd.metadata.name.as_deref(), Some(format!("{plural}.{group}").as_str()));
    assert_eq!(
        crd.metadata.annotations.as_ref().unwrap()["kustomize.toolkit.fluxcd.io/substitute"],
        "disabled"
    );
    assert_eq!(crd.spec.scope, "Namespaced");
    let names = &crd.spec.names;
    assert_eq!(names.short_names.as_deref(), Some(&[short.to_owned()][..]));
    assert_eq!(
        names.categories.as_deref(),
        Some(&["all".to_owned(), "fluxcd".to_owned(), "fluxcd-appliers".to_owned()][..])
    );
    let version = &crd.spec.versions[0];
    assert!(version.served && version.storage);
    let status = version.subresources.as_ref().and_then(|s| s.status.as_ref());
    assert!(status.is_some(), "{plural}: status subresource");
    let columns: Vec<(&str, &str, &str)> = version
        .additional_printer_columns
        .as_ref()
        .unwrap()
        .iter()
        .map(|c| (c.name.as_str(), c.type_.as_str(), c.json_path.as_str()))
        .collect();
    assert_eq!(
        columns,
        [
            ("Age", "date", ".metadata.creationTimestamp"),
            ("Ready", "string", r#".status.conditions[?(@.type=="Ready")].status"#),
            ("Status", "string", r#".status.conditions[?(@.type=="Ready")].message"#),
        ]
    );
}

#[test]
fn kustomization_crd_matches_flux_names_columns_and_is_structural() {
    let crds = kustomize::crds();
    assert_eq!(crds.len(), 1);
    let crd = &crds[0];
    assert_eq!(crd.spec.names.kind, "Kustomization");
    assert_eq!(crd.spec.versions[0].name, "v1");
    assert_flux_crd(crd, "kustomizations", "kustomize.toolkit.fluxcd.io", "ks");
    let schema = schema_of(crd);
    assert_structural(&schema, "Kustomization");
    let spec = &schema["properties"]["spec"];
    let mut required: Vec<&str> = spec["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    required.sort_unstable();
    assert_eq!(required, ["interval", "prune", "sourceRef"]);
    let props = &spec["properties"];
    assert_eq!(props["force"]["default"], Value::Bool(false));
    assert_eq!(props["interval"]["pattern"], ferroflux_api::meta::DURATION_PATTERN);
    assert_eq!(
        props["deletionPolicy"]["enum"],
        serde_json::json!(["MirrorPrune", "Delete", "WaitForTermination", "Orphan"])
    );
    assert_eq!(
        props["sourceRef"]["properties"]["kind"]["enum"],
        serde_json::json!(["OCIRepository", "GitRepository", "Bucket", "ExternalArtifact"])
    );
    // Enum-typed optional fields keep their own field documentation.
    let doc = props["deletionPolicy"]["description"].as_str().unwrap();
    assert!(doc.contains("Kustomization itself is deleted"), "{doc}");
}

#[test]
fn helmrelease_crd_matches_flux_names_columns_and_is_structural() {
    let crds = helm::crds();
    assert_eq!(crds.len(), 1);
    let crd = &crds[0];
    assert_eq!(crd.spec.names.kind, "HelmRelease");
    assert_eq!(crd.spec.versions[0].name, "v2");
    assert_flux_crd(crd, "helmreleases", "helm.toolkit.fluxcd.io", "hr");
    let schema = schema_of(crd);
    assert_structural(&schema, "HelmRelease");
    let props = &schema["properties"]["spec"]["properties"];
    assert_eq!(
        props["values"]["x-kubernetes-preserve-unknown-fields"],
        Value::Bool(true)
    );
    assert!(
        props["values"].get("type").is_none(),
        "values accepts any JSON, like Flux"
    );
    let chart_spec = &props["chart"]["properties"]["spec"]["properties"];
    assert_eq!(chart_spec["version"]["default"], "*");
    assert_eq!(chart_spec["reconcileStrategy"]["default"], "ChartVersion");
    assert_eq!(
        props["uninstall"]["properties"]["deletionPropagation"]["default"],
        "background"
    );
    assert!(props["install"]["properties"].get("disableOpenAPIValidation").is_some());
    assert!(props["install"]["properties"].get("skipCRDs").is_some());
    let status = &schema["properties"]["status"]["properties"];
    assert_eq!(
        status["lastAttemptedReleaseAction"]["enum"],
        serde_json::json!(["install", "upgrade"])
    );
    let doc = props["postRenderStrategy"]["description"].as_str().unwrap();
    assert!(doc.contains("post-renderers"), "{doc}");
}
