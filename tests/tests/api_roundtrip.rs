//! The generated CRDs install on a real kube-apiserver (v1.20.2) and every example manifest from
//! Flux's docs/spec round-trips through it: nothing the example sets is pruned or changed by
//! the server, and the typed API reads back exactly what the server stored.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use ferroflux_api::{helm, image, kustomize, notification, source};
use ferroflux_testenv::{ControlPlane, workspace_root};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ApiResource, DynamicObject, PostParams};
use serde_json::Value;
use std::path::PathBuf;

fn fixtures() -> Vec<PathBuf> {
    let root = workspace_root().join("common/api/tests/fixtures");
    let mut out = Vec::new();
    for group in std::fs::read_dir(&root).expect("fixtures dir") {
        let group = group.unwrap().path();
        for f in std::fs::read_dir(&group).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "yaml") {
                out.push(f);
            }
        }
    }
    out.sort();
    out
}

/// Deserialises into the typed kind and serialises back.
fn typed_roundtrip(kind: &str, v: &Value) -> Result<Value, serde_json::Error> {
    fn rt<T: serde::de::DeserializeOwned + serde::Serialize>(v: &Value) -> Result<Value, serde_json::Error> {
        serde_json::to_value(serde_json::from_value::<T>(v.clone())?)
    }
    match kind {
        "GitRepository" => rt::<source::GitRepository>(v),
        "OCIRepository" => rt::<source::OCIRepository>(v),
        "HelmRepository" => rt::<source::HelmRepository>(v),
        "HelmChart" => rt::<source::HelmChart>(v),
        "Bucket" => rt::<source::Bucket>(v),
        "Kustomization" => rt::<kustomize::Kustomization>(v),
        "HelmRelease" => rt::<helm::HelmRelease>(v),
        "ImageRepository" => rt::<image::ImageRepository>(v),
        "ImagePolicy" => rt::<image::ImagePolicy>(v),
        "ImageUpdateAutomation" => rt::<image::ImageUpdateAutomation>(v),
        "Receiver" => rt::<notification::Receiver>(v),
        "Alert" => rt::<notification::Alert>(v),
        "Provider" => rt::<notification::Provider>(v),
        other => panic!("fixture of unknown kind {other}"),
    }
}

/// Returns the paths in `want` whose values differ in (or are missing from) `got`.
fn missing_or_changed(want: &Value, got: &Value, path: &str, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (k, wv) in w {
                match g.get(k) {
                    Some(gv) => missing_or_changed(wv, gv, &format!("{path}.{k}"), out),
                    None => out.push(format!("{path}.{k} (pruned)")),
                }
            }
        }
        // Defaults the server adds inside list items are fine; every sent field must stay.
        (Value::Array(w), Value::Array(g)) if w.len() == g.len() => {
            for (i, (wv, gv)) in w.iter().zip(g).enumerate() {
                missing_or_changed(wv, gv, &format!("{path}[{i}]"), out);
            }
        }
        (w, g) if w != g => out.push(format!("{path}: sent {w}, stored {g}")),
        _ => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crds_install_with_status_subresource_and_printer_columns() {
    let cp = ControlPlane::shared();
    let client = cp.client().await.unwrap();
    let api: Api<CustomResourceDefinition> = Api::all(client);
    for crd in ferroflux_api::crds() {
        let name = crd.metadata.name.clone().unwrap();
        let stored = api
            .get(&name)
            .await
            .unwrap_or_else(|e| panic!("{name} not installed: {e}"));
        let v = &stored.spec.versions[0];
        // Flux's v1beta3 Alert and Provider are static objects without a status.
        let static_kind = matches!(stored.spec.names.kind.as_str(), "Alert" | "Provider");
        assert_eq!(
            v.subresources.as_ref().and_then(|s| s.status.as_ref()).is_some(),
            !static_kind,
            "{name}: status subresource"
        );
        assert!(
            v.additional_printer_columns.as_ref().is_some_and(|c| !c.is_empty()),
            "{name}: printer columns"
        );
        let established = stored
            .status
            .unwrap()
            .conditions
            .unwrap()
            .iter()
            .any(|c| c.type_ == "Established" && c.status == "True");
        assert!(established, "{name} established");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flux_doc_examples_round_trip_through_the_api_server() {
    let cp = ControlPlane::shared();
    let client = cp.client().await.unwrap();
    let ns = cp.namespace("roundtrip").await.unwrap();
    let files = fixtures();
    assert!(
        files.len() >= 13,
        "expected examples of every kind, found {}",
        files.len()
    );
    let mut kinds = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let text = std::fs::read_to_string(f).unwrap();
        let mut obj: Value = yaml_serde::from_str(&text).unwrap();
        obj["metadata"]["namespace"] = Value::String(ns.name.clone());
        // Several examples share a name; keep each object distinct.
        let name = format!("{}-{i}", obj["metadata"]["name"].as_str().unwrap());
        obj["metadata"]["name"] = Value::String(name);
        let api_version = obj["apiVersion"].as_str().unwrap().to_owned();
        let kind = obj["kind"].as_str().unwrap().to_owned();
        kinds.insert(kind.clone());
        let (group, version) = api_version.split_once('/').unwrap();
        let crd = ferroflux_api::crds()
            .into_iter()
            .find(|c| c.spec.names.kind == kind)
            .unwrap();
        let ar = ApiResource {
            group: group.into(),
            version: version.into(),
            api_version: api_version.clone(),
            kind: kind.clone(),
            plural: crd.spec.names.plural.clone(),
        };
        let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns.name, &ar);
        let dynobj: DynamicObject = serde_json::from_value(obj.clone()).unwrap();
        let created = match api.create(&PostParams::default(), &dynobj).await {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{}: rejected by the API server: {e}", f.display()));
                continue;
            }
        };
        let stored = serde_json::to_value(&created).unwrap();
        let mut diffs = Vec::new();
        missing_or_changed(&obj["spec"], &stored["spec"], "spec", &mut diffs);
        if !diffs.is_empty() {
            failures.push(format!("{}: {}", f.display(), diffs.join("; ")));
        }
        match typed_roundtrip(&kind, &stored) {
            Ok(typed) => {
                if typed["spec"] != stored["spec"] {
                    failures.push(format!(
                        "{}: typed spec differs from stored\n  stored {}\n  typed  {}",
                        f.display(),
                        stored["spec"],
                        typed["spec"]
                    ));
                }
            }
            Err(e) => failures.push(format!("{}: typed API cannot read the stored object: {e}", f.display())),
        }
    }
    println!("round-tripped {} examples of {} kinds", files.len(), kinds.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(kinds.len(), 13, "examples of every kind: {kinds:?}");
}
