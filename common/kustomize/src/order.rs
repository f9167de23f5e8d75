//! Output order: kustomize's legacy order ([`legacy_sort`]) — kinds in a fixed order first and
//! last, the rest by group/version/kind, then by namespace and name.

use crate::kustomization::LegacySortOptions;
use crate::resource::{ResMap, Resource};

const ORDER_FIRST: [&str; 22] = [
    "Namespace",
    "ResourceQuota",
    "StorageClass",
    "CustomResourceDefinition",
    "ServiceAccount",
    "PodSecurityPolicy",
    "Role",
    "ClusterRole",
    "RoleBinding",
    "ClusterRoleBinding",
    "ConfigMap",
    "Secret",
    "Endpoints",
    "Service",
    "LimitRange",
    "PriorityClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
];

const ORDER_LAST: [&str; 2] = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

fn or<'a>(s: &'a str, d: &'a str) -> &'a str {
    if s.is_empty() { d } else { s }
}

fn gvk_string(r: &Resource) -> String {
    format!(
        "{}_{}_{}",
        or(r.group(), "~G"),
        or(r.version(), "~V"),
        or(r.kind(), "~K")
    )
}

/// Sorts resources in kustomize's legacy order (stable).
pub fn legacy_sort(map: &mut ResMap, options: Option<&LegacySortOptions>) {
    let (first, last): (Vec<String>, Vec<String>) = match options {
        Some(o) => (o.order_first.clone(), o.order_last.clone()),
        None => (
            ORDER_FIRST.iter().map(|s| (*s).to_owned()).collect(),
            ORDER_LAST.iter().map(|s| (*s).to_owned()).collect(),
        ),
    };
    let rank = |kind: &str| -> i64 {
        // Later entries win, as with a Go map filled in order.
        let mut value = 0;
        for (i, k) in first.iter().enumerate() {
            if k == kind {
                value = i as i64 - first.len() as i64;
            }
        }
        for (i, k) in last.iter().enumerate() {
            if k == kind {
                value = 1 + i as i64;
            }
        }
        value
    };
    map.resources.sort_by(|a, b| {
        let (ga, gb) = (gvk_string(a), gvk_string(b));
        if ga != gb {
            let (ra, rb) = (rank(a.kind()), rank(b.kind()));
            if ra != rb {
                return ra.cmp(&rb);
            }
            if a.kind() == "Namespace" && b.kind() == "Namespace" && (a.group().is_empty() || b.group().is_empty()) {
                return gb.cmp(&ga);
            }
            return ga.cmp(&gb);
        }
        let id = |r: &Resource| format!("{}|{}|{}", gvk_string(r), or(r.namespace(), "~X"), or(r.name(), "~N"));
        id(a).cmp(&id(b))
    });
}
