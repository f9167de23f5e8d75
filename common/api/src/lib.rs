//! Flux-compatible custom resource types for ferroflux.
//!
//! Every kind serialises to exactly Flux's JSON: the same field names, the same
//! omit-when-empty behaviour, the same enums. [`crds`] returns the CustomResourceDefinitions
//! for all kinds; the `crdgen` binary writes them to `charts/ferroflux/crds/`.

pub mod event;
pub mod meta;
pub mod object;

pub mod helm;
pub mod image;
pub mod kustomize;
pub mod notification;
pub mod source;

pub use object::FluxObject;

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;

/// Returns the CustomResourceDefinitions of every ferroflux kind, in a stable order.
pub fn crds() -> Vec<CustomResourceDefinition> {
    let mut all = source::crds();
    all.extend(kustomize::crds());
    all.extend(helm::crds());
    all.extend(image::crds());
    all.extend(notification::crds());
    all
}

/// Returns every CRD as `(file name, YAML text)`, post-processed the way Flux's CRDs are:
/// `status` defaults to `{"observedGeneration": -1}`.
pub fn crd_files() -> Result<Vec<(String, String)>, yaml_serde::Error> {
    crds()
        .into_iter()
        .map(|crd| {
            let name = format!("{}_{}.yaml", crd.spec.group, crd.spec.names.plural);
            let mut value = serde_json::to_value(&crd).map_err(<yaml_serde::Error as serde::ser::Error>::custom)?;
            default_observed_generation(&mut value);
            strip_nullable(&mut value);
            let text = yaml_serde::to_string(&value)?;
            Ok((name, format!("---\n{text}")))
        })
        .collect()
}

/// Removes `nullable: true` everywhere, like Flux's CRDs: the API server then drops explicit
/// nulls before defaulting, so `field: null` gets the field's default instead of being stored.
fn strip_nullable(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if map.get("nullable") == Some(&serde_json::Value::Bool(true)) {
                map.remove("nullable");
            }
            map.values_mut().for_each(strip_nullable);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_nullable),
        _ => {}
    }
}

/// Sets `default: {observedGeneration: -1}` on the status schema of every served version,
/// like Flux's `+kubebuilder:default={"observedGeneration":-1}`.
fn default_observed_generation(crd: &mut serde_json::Value) {
    let Some(versions) = crd.pointer_mut("/spec/versions").and_then(|v| v.as_array_mut()) else {
        return;
    };
    for v in versions {
        if let Some(status) = v.pointer_mut("/schema/openAPIV3Schema/properties/status")
            && let Some(obj) = status.as_object_mut()
        {
            obj.insert("default".to_owned(), serde_json::json!({ "observedGeneration": -1 }));
        }
    }
}
