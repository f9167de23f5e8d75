//! Object identities as Flux records them, and the per-object policies read from labels and
//! annotations.
//!
//! [`ObjMeta`] is the identity of an applied object (group, version, kind, namespace, name);
//! [`ObjMeta::inventory_id`] is Flux's inventory id `<namespace>_<name>_<group>_<kind>` (colons in
//! names written as `__`, as cli-utils does) and [`ObjMeta::subject`] the change-set text
//! `Kind/namespace/name`. [`policy`] reads `kustomize.toolkit.fluxcd.io/*` style keys from labels
//! or annotations, case-insensitively on the value.

use serde_json::Value;
use std::fmt;

/// The identity of one Kubernetes object.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjMeta {
    /// API group, empty for the core group.
    pub group: String,
    /// API version within the group (`v1`).
    pub version: String,
    /// Kind.
    pub kind: String,
    /// Namespace, empty for cluster-scoped objects.
    pub namespace: String,
    /// Name.
    pub name: String,
}

/// A built object that lacks what every object needs.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[error("invalid object: {0}")]
pub struct InvalidObject(pub String);

impl ObjMeta {
    /// Reads the identity of an object given as JSON.
    pub fn from_object(obj: &Value) -> Result<Self, InvalidObject> {
        let api_version = obj
            .get("apiVersion")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| InvalidObject("object has no apiVersion".to_owned()))?;
        let kind = obj
            .get("kind")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| InvalidObject(format!("object of apiVersion {api_version} has no kind")))?;
        let meta = obj.get("metadata");
        let name = meta
            .and_then(|m| m.get("name"))
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| InvalidObject(format!("{kind} object has no metadata.name")))?;
        let namespace = meta
            .and_then(|m| m.get("namespace"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let (group, version) = split_api_version(api_version);
        Ok(Self {
            group: group.to_owned(),
            version: version.to_owned(),
            kind: kind.to_owned(),
            namespace: namespace.to_owned(),
            name: name.to_owned(),
        })
    }

    /// Returns `group/version`, or `version` for the core group.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// Returns Flux's inventory id: `<namespace>_<name>_<group>_<kind>`.
    pub fn inventory_id(&self) -> String {
        format!(
            "{}_{}_{}_{}",
            self.namespace,
            self.name.replace(':', "__"),
            self.group,
            self.kind
        )
    }

    /// Parses an inventory entry (`id` and version `v`).
    pub fn from_inventory(id: &str, version: &str) -> Option<Self> {
        let (rest, kind) = id.rsplit_once('_')?;
        let (rest, group) = rest.rsplit_once('_')?;
        let (namespace, name) = rest.split_once('_')?;
        if kind.is_empty() || name.is_empty() {
            return None;
        }
        Some(Self {
            group: group.to_owned(),
            version: version.to_owned(),
            kind: kind.to_owned(),
            namespace: namespace.to_owned(),
            name: name.replace("__", ":"),
        })
    }

    /// True when both name the same object, whatever the version.
    pub fn same_object(&self, other: &ObjMeta) -> bool {
        self.group == other.group
            && self.kind == other.kind
            && self.namespace == other.namespace
            && self.name == other.name
    }

    /// The change-set subject: `Kind/namespace/name`, or `Kind/name` when cluster-scoped.
    pub fn subject(&self) -> String {
        if self.namespace.is_empty() {
            format!("{}/{}", self.kind, self.name)
        } else {
            format!("{}/{}/{}", self.kind, self.namespace, self.name)
        }
    }

    /// True for CustomResourceDefinitions.
    pub fn is_crd(&self) -> bool {
        self.kind == "CustomResourceDefinition" && self.group == "apiextensions.k8s.io"
    }

    /// True for Namespaces.
    pub fn is_namespace(&self) -> bool {
        self.kind == "Namespace" && self.group.is_empty()
    }
}

impl fmt::Display for ObjMeta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.subject())
    }
}

/// Splits `group/version` (`v1` for the core group).
pub fn split_api_version(api_version: &str) -> (&str, &str) {
    match api_version.split_once('/') {
        Some((g, v)) => (g, v),
        None => ("", api_version),
    }
}

/// Returns the value of `key` from the object's labels or annotations (labels first).
pub fn policy<'a>(obj: &'a Value, key: &str) -> Option<&'a str> {
    let meta = obj.get("metadata")?;
    ["labels", "annotations"]
        .iter()
        .find_map(|field| meta.get(*field)?.get(key)?.as_str())
}

/// True when the object's labels or annotations carry `key` with `value` (case-insensitive value).
pub fn has_policy(obj: &Value, key: &str, value: &str) -> bool {
    let Some(meta) = obj.get("metadata") else {
        return false;
    };
    ["labels", "annotations"].iter().any(|field| {
        meta.get(*field)
            .and_then(|m| m.get(key))
            .and_then(Value::as_str)
            .is_some_and(|v| v.eq_ignore_ascii_case(value))
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    #[test]
    fn inventory_ids_follow_flux_and_round_trip() {
        let d = ObjMeta::from_object(
            &json!({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"apps"}}),
        )
        .unwrap();
        assert_eq!(d.inventory_id(), "apps_web_apps_Deployment");
        assert_eq!(ObjMeta::from_inventory("apps_web_apps_Deployment", "v1").unwrap(), d);
        let ns =
            ObjMeta::from_object(&json!({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"apps"}})).unwrap();
        assert_eq!(ns.inventory_id(), "_apps__Namespace");
        assert_eq!(ObjMeta::from_inventory("_apps__Namespace", "v1").unwrap(), ns);
        assert_eq!(ns.subject(), "Namespace/apps");
        let cr = ObjMeta::from_object(&json!({"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"system:flux"}})).unwrap();
        assert_eq!(cr.inventory_id(), "_system__flux_rbac.authorization.k8s.io_ClusterRole");
        assert_eq!(ObjMeta::from_inventory(&cr.inventory_id(), "v1").unwrap(), cr);
    }

    #[test]
    fn objects_without_identity_are_invalid() {
        assert!(ObjMeta::from_object(&json!({"kind":"ConfigMap","metadata":{"name":"x"}})).is_err());
        assert!(ObjMeta::from_object(&json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{}})).is_err());
    }

    #[test]
    fn policies_are_read_from_labels_or_annotations_case_insensitively() {
        let o = json!({"metadata":{"annotations":{"kustomize.toolkit.fluxcd.io/prune":"disabled"},"labels":{"kustomize.toolkit.fluxcd.io/ssa":"IfNotPresent"}}});
        assert!(has_policy(&o, "kustomize.toolkit.fluxcd.io/prune", "Disabled"));
        assert!(has_policy(&o, "kustomize.toolkit.fluxcd.io/ssa", "ifnotpresent"));
        assert!(!has_policy(&o, "kustomize.toolkit.fluxcd.io/reconcile", "disabled"));
        assert_eq!(policy(&o, "kustomize.toolkit.fluxcd.io/ssa"), Some("IfNotPresent"));
    }
}
