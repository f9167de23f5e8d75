//! Kustomization status fields: the inventory and the history of applied builds.

use ferroflux_api::kustomize::{Kustomization, ResourceInventory, ResourceRef, Snapshot};
use ferroflux_api::meta::reasons;
use ferroflux_runtime::apply::ObjMeta;
use ferroflux_runtime::conditions::now_rfc3339;
use ferroflux_runtime::duration::format_duration;
use ferroflux_runtime::{ReconcileError, StatusDraft};
use std::collections::BTreeMap;
use std::time::Duration;

/// How many history entries are kept (Flux keeps 5).
pub const HISTORY_LIMIT: usize = 5;

/// Writes `status.inventory` from `objects` (sorted by id, like Flux).
pub fn set_inventory(draft: &mut StatusDraft, objects: &[ObjMeta]) -> Result<(), ReconcileError> {
    let mut entries: Vec<ResourceRef> = objects
        .iter()
        .map(|o| ResourceRef {
            id: o.inventory_id(),
            version: o.version.clone(),
        })
        .collect();
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    entries.dedup_by(|a, b| a.id == b.id);
    draft
        .set("inventory", &ResourceInventory { entries })
        .map_err(|e| ReconcileError::transient(reasons::FAILED, e.to_string()))
}

/// Records one reconcile of the build `digest` in `status.history` (newest first, at most
/// [`HISTORY_LIMIT`] entries; a repeat of the newest digest updates it).
pub fn record_history(
    draft: &mut StatusDraft,
    ks: &Kustomization,
    digest: &str,
    revision: &str,
    took: Duration,
    outcome: &str,
) {
    let mut history: Vec<Snapshot> = ks.status.as_ref().and_then(|s| s.history.clone()).unwrap_or_default();
    let now = now_rfc3339();
    let mut metadata = BTreeMap::from([("revision".to_owned(), revision.to_owned())]);
    if let Some(existing) = history.iter().position(|s| s.digest == digest) {
        let mut s = history.remove(existing);
        s.last_reconciled = now;
        s.last_reconciled_duration = format_duration(took);
        s.last_reconciled_status = outcome.to_owned();
        s.total_reconciliations += 1;
        if let Some(m) = &s.metadata {
            metadata.extend(
                m.iter()
                    .filter(|(k, _)| *k != "revision")
                    .map(|(k, v)| (k.clone(), v.clone())),
            );
        }
        s.metadata = Some(metadata);
        history.insert(0, s);
    } else {
        history.insert(
            0,
            Snapshot {
                digest: digest.to_owned(),
                first_reconciled: now.clone(),
                last_reconciled: now,
                last_reconciled_duration: format_duration(took),
                last_reconciled_status: outcome.to_owned(),
                total_reconciliations: 1,
                metadata: Some(metadata),
            },
        );
    }
    history.truncate(HISTORY_LIMIT);
    let _ = draft.set("history", &history);
}
