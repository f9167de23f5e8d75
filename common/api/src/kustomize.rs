//! Placeholder replaced by the kinds of this API group.

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;

/// Returns the CustomResourceDefinitions of this API group.
pub fn crds() -> Vec<CustomResourceDefinition> {
    Vec::new()
}
