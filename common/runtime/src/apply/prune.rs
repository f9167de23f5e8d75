//! Garbage collection: deleting objects that left the desired set.
//!
//! [`delete_owned`] deletes exactly the given objects that still exist, still carry every owner
//! label, and are not marked `kustomize.toolkit.fluxcd.io/prune: disabled` or
//! `kustomize.toolkit.fluxcd.io/reconcile: disabled` — nothing else. Namespaces and CRDs go
//! last, so their contents are deleted first. [`stale`] computes which inventory entries left
//! the desired set.

use super::discovery::DiscoveryError;
use super::object::{ObjMeta, has_policy};
use super::ssa::{Action, Applier, ApplyError, Change, ChangeSet};
use kube::api::{DeleteParams, PropagationPolicy};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Label/annotation key that keeps an object from being pruned.
pub const PRUNE_KEY: &str = "kustomize.toolkit.fluxcd.io/prune";
/// Label/annotation key that takes an object out of reconciliation altogether.
pub const RECONCILE_KEY: &str = "kustomize.toolkit.fluxcd.io/reconcile";

/// Returns the entries of `old` that no object of `new` names (versions are ignored).
pub fn stale(old: &[ObjMeta], new: &[ObjMeta]) -> Vec<ObjMeta> {
    old.iter()
        .filter(|o| !new.iter().any(|n| n.same_object(o)))
        .cloned()
        .collect()
}

/// Deletes the objects in `objects` that exist and carry all of `owner_labels`.
pub async fn delete_owned(
    applier: &Applier,
    objects: &[ObjMeta],
    owner_labels: &BTreeMap<String, String>,
) -> Result<ChangeSet, ApplyError> {
    let mut ordered: Vec<&ObjMeta> = objects.iter().collect();
    // Namespaced content first, then Namespaces, then CRDs.
    ordered.sort_by_key(|m| (m.is_crd(), m.is_namespace()));
    let mut changes = ChangeSet::default();
    let dp = DeleteParams {
        propagation_policy: Some(PropagationPolicy::Background),
        ..DeleteParams::default()
    };
    for meta in ordered {
        let api = match applier.api_for(meta).await {
            Ok((api, _)) => api,
            // The kind is gone (its CRD was deleted): so are its objects.
            Err(ApplyError::Discovery {
                source: DiscoveryError::NoMatch { .. },
                ..
            }) => continue,
            Err(e) => return Err(e),
        };
        let live = match api.get_opt(&meta.name).await {
            Ok(Some(o)) => o,
            Ok(None) => continue,
            Err(e) => return Err(ApplyError::api(meta, "get", e)),
        };
        let labels = live.metadata.labels.clone().unwrap_or_default();
        if owner_labels.iter().any(|(k, v)| labels.get(k) != Some(v)) {
            tracing::info!(object = %meta, "not pruned: owner labels do not match");
            continue;
        }
        let value = serde_json::to_value(&live).unwrap_or_default();
        if has_policy(&value, PRUNE_KEY, "disabled") || has_policy(&value, RECONCILE_KEY, "disabled") {
            changes.entries.push(Change {
                meta: meta.clone(),
                action: Action::Skipped,
            });
            continue;
        }
        if live.metadata.deletion_timestamp.is_some() {
            continue;
        }
        match api.delete(&meta.name, &dp).await {
            Ok(_) => changes.entries.push(Change {
                meta: meta.clone(),
                action: Action::Deleted,
            }),
            Err(kube::Error::Api(s)) if s.code == 404 => {}
            Err(e) => return Err(ApplyError::api(meta, "delete", e)),
        }
    }
    Ok(changes)
}

/// Waits until none of `objects` exists any more; returns the ones still there at the timeout.
pub async fn wait_deleted(applier: &Applier, objects: &[ObjMeta], timeout: Duration) -> Vec<ObjMeta> {
    let deadline = Instant::now() + timeout;
    let mut left: Vec<ObjMeta> = objects.to_vec();
    loop {
        let mut still = Vec::new();
        for meta in left {
            let exists = match applier.api_for(&meta).await {
                Ok((api, _)) => !matches!(api.get_opt(&meta.name).await, Ok(None)),
                Err(_) => false,
            };
            if exists {
                still.push(meta);
            }
        }
        if still.is_empty() || Instant::now() >= deadline {
            return still;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
        left = still;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn m(kind: &str, name: &str, version: &str) -> ObjMeta {
        ObjMeta {
            group: "apps".into(),
            version: version.into(),
            kind: kind.into(),
            namespace: "default".into(),
            name: name.into(),
        }
    }

    #[test]
    fn stale_objects_are_only_those_missing_from_the_new_set() {
        let old = vec![
            m("Deployment", "a", "v1"),
            m("Deployment", "b", "v1"),
            m("StatefulSet", "a", "v1"),
        ];
        let new = vec![m("Deployment", "a", "v2"), m("StatefulSet", "a", "v1")];
        assert_eq!(stale(&old, &new), vec![m("Deployment", "b", "v1")]);
        assert!(stale(&[], &new).is_empty());
    }
}
