//! Waiting until objects are ready, by kstatus.
//!
//! [`wait_for`] polls each object with a GET and computes its status with
//! [`crate::kstatus::compute`] until every one is `Current`, one is `Failed` (stops early), or
//! the timeout passes. Messages follow Flux: `timeout waiting for: [Deployment/ns/x status:
//! 'InProgress']`.

use super::object::ObjMeta;
use super::ssa::Applier;
use crate::kstatus::{self, Status};
use std::time::{Duration, Instant};

/// Why waiting failed.
#[derive(Debug, thiserror::Error)]
pub enum WaitError {
    /// Some objects did not become ready in time.
    #[error("timeout waiting for: [{}]", .0.join(", "))]
    Timeout(Vec<String>),
    /// Some objects failed.
    #[error("failed early due to stalled resources: [{}]", .0.join(", "))]
    Failed(Vec<String>),
}

/// A caller's own status rule: `None` leaves the object to kstatus.
pub type CustomStatus<'a> = dyn Fn(&serde_json::Value) -> Option<Result<Status, String>> + Sync + 'a;

/// Returns the kstatus of one object; `NotFound` when it does not exist.
pub async fn status_of(applier: &Applier, meta: &ObjMeta) -> (Status, String) {
    status_with(applier, meta, &|_| None).await
}

async fn status_with(applier: &Applier, meta: &ObjMeta, custom: &CustomStatus<'_>) -> (Status, String) {
    let api = match applier.api_for(meta).await {
        Ok((api, _)) => api,
        Err(e) => return (Status::Unknown, e.to_string()),
    };
    match api.get_opt(&meta.name).await {
        Ok(Some(obj)) => match serde_json::to_value(&obj) {
            Ok(v) => match custom(&v) {
                Some(Ok(status)) => (status, String::new()),
                Some(Err(e)) => (Status::InProgress, e),
                None => match kstatus::compute(&v) {
                    Ok(r) => (r.status, r.message),
                    Err(e) => (Status::Unknown, e.to_string()),
                },
            },
            Err(e) => (Status::Unknown, e.to_string()),
        },
        Ok(None) => (Status::NotFound, String::new()),
        Err(e) => (Status::Unknown, e.to_string()),
    }
}

/// Waits until every object in `objects` is `Current`.
pub async fn wait_for(
    applier: &Applier,
    objects: &[ObjMeta],
    timeout: Duration,
    interval: Duration,
) -> Result<(), WaitError> {
    wait_for_with(applier, objects, timeout, interval, &|_| None).await
}

/// Like [`wait_for`], judging objects by `custom` first (kstatus when it returns `None`).
pub async fn wait_for_with(
    applier: &Applier,
    objects: &[ObjMeta],
    timeout: Duration,
    interval: Duration,
    custom: &CustomStatus<'_>,
) -> Result<(), WaitError> {
    let deadline = Instant::now() + timeout;
    let mut pending: Vec<ObjMeta> = objects.to_vec();
    loop {
        let mut still = Vec::new();
        let mut failed = Vec::new();
        for meta in pending {
            let (status, _message) = status_with(applier, &meta, custom).await;
            match status {
                Status::Current => {}
                Status::Failed => failed.push(format!("{} status: '{}'", meta.subject(), status)),
                _ => still.push((meta, status)),
            }
        }
        if !failed.is_empty() {
            return Err(WaitError::Failed(failed));
        }
        if still.is_empty() {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(WaitError::Timeout(
                still
                    .iter()
                    .map(|(m, s)| format!("{} status: '{}'", m.subject(), s))
                    .collect(),
            ));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        tokio::time::sleep(interval.min(left)).await;
        pending = still.into_iter().map(|(m, _)| m).collect();
    }
}
