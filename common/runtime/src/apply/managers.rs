//! Taking over fields set by `kubectl` before the object came under server-side apply.
//!
//! Fields written by client-side `kubectl apply`/`edit` (or by older Flux versions with plain
//! updates) are owned by those managers, so removing them from Git would leave them behind:
//! server-side apply only deletes fields its own manager owned. With the default
//! `kustomize.toolkit.fluxcd.io/ssa: Override` policy, Flux hands those managers' fields to the
//! controller before applying; [`takeover_patch`] computes that JSON patch: the listed managers'
//! `managedFields` entries are merged into the controller's `Apply` entry, and kubectl's
//! `last-applied-configuration` annotation is dropped. `Merge` leaves them alone.

use serde_json::{Map, Value, json};

/// Managers whose fields the controller takes over: `(name, operation)`.
pub const TAKEOVER_MANAGERS: &[(&str, &str)] = &[
    ("kubectl", "Apply"),
    ("kubectl", "Update"),
    ("kubectl-client-side-apply", "Update"),
    ("kubectl-edit", "Update"),
    ("before-first-apply", "Update"),
];

/// kubectl's client-side apply annotation.
pub const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// Returns the JSON patch handing the fields of [`TAKEOVER_MANAGERS`] to `manager`, or `None`
/// when there is nothing to take over.
pub fn takeover_patch(live: &Value, manager: &str) -> Option<Value> {
    let entries = live.pointer("/metadata/managedFields")?.as_array()?;
    let takes = |e: &Value| {
        let name = e.get("manager").and_then(Value::as_str).unwrap_or_default();
        let op = e.get("operation").and_then(Value::as_str).unwrap_or_default();
        TAKEOVER_MANAGERS.iter().any(|(n, o)| *n == name && *o == op)
    };
    let has_annotation = live
        .pointer("/metadata/annotations")
        .and_then(Value::as_object)
        .is_some_and(|a| a.contains_key(LAST_APPLIED));
    if !entries.iter().any(takes) {
        return None;
    }
    let mut merged = Value::Object(Map::new());
    let mut kept = Vec::new();
    let mut ours: Option<Value> = None;
    for e in entries {
        let is_ours = e.get("manager").and_then(Value::as_str) == Some(manager)
            && e.get("operation").and_then(Value::as_str) == Some("Apply");
        if takes(e) || is_ours {
            if let Some(f) = e.get("fieldsV1") {
                merge_fields(&mut merged, f);
            }
            if is_ours {
                ours = Some(e.clone());
            } else if ours.is_none() {
                // Keep the API version of the first taken entry for a new Apply entry.
                ours = Some(
                    json!({"manager": manager, "operation": "Apply", "apiVersion": e.get("apiVersion").cloned().unwrap_or(Value::Null), "fieldsType": "FieldsV1"}),
                );
            }
        } else {
            kept.push(e.clone());
        }
    }
    let mut entry = ours?;
    if let Some(m) = entry.as_object_mut() {
        m.insert("manager".into(), manager.into());
        m.insert("operation".into(), "Apply".into());
        m.insert("fieldsType".into(), "FieldsV1".into());
        m.insert("fieldsV1".into(), merged);
        m.remove("time");
    }
    kept.push(entry);
    let mut ops = vec![json!({"op": "replace", "path": "/metadata/managedFields", "value": kept})];
    if has_annotation {
        ops.push(json!({"op": "remove", "path": format!("/metadata/annotations/{}", LAST_APPLIED.replace('~', "~0").replace('/', "~1"))}));
    }
    Some(Value::Array(ops))
}

/// Unions two `fieldsV1` trees.
fn merge_fields(into: &mut Value, from: &Value) {
    match (into, from) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.get_mut(k) {
                    Some(existing) => merge_fields(existing, v),
                    None => {
                        a.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (slot, from) => {
            if slot.is_null() {
                *slot = from.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn kubectl_fields_are_merged_into_the_controllers_apply_entry() {
        let live = json!({"metadata": {
        "annotations": {LAST_APPLIED: "{}", "keep": "x"},
        "managedFields": [
            {"manager": "kubectl-client-side-apply", "operation": "Update", "apiVersion": "v1", "fieldsType": "FieldsV1",
             "fieldsV1": {"f:data": {"f:a": {}, "f:b": {}}}},
            {"manager": "kube-controller-manager", "operation": "Update", "apiVersion": "v1", "fieldsType": "FieldsV1",
             "fieldsV1": {"f:metadata": {"f:ownerReferences": {}}}},
            {"manager": "kustomize-controller", "operation": "Apply", "apiVersion": "v1", "fieldsType": "FieldsV1",
             "fieldsV1": {"f:data": {"f:c": {}}}}
        ]}});
        let patch = takeover_patch(&live, "kustomize-controller").unwrap();
        let entries = patch[0]["value"].as_array().unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0]["manager"], "kube-controller-manager");
        assert_eq!(entries[1]["manager"], "kustomize-controller");
        assert_eq!(
            entries[1]["fieldsV1"],
            json!({"f:data": {"f:a": {}, "f:b": {}, "f:c": {}}})
        );
        assert_eq!(
            patch[1]["path"],
            "/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration"
        );
    }

    #[test]
    fn nothing_to_take_over_is_no_patch() {
        let live = json!({"metadata": {"managedFields": [
            {"manager": "kustomize-controller", "operation": "Apply", "fieldsV1": {"f:data": {}}}]}});
        assert!(takeover_patch(&live, "kustomize-controller").is_none());
    }
}
