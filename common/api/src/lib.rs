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
