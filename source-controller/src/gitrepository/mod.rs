//! The GitRepository reconciler: resolves `spec.ref` on the remote, fetches only when the
//! commit changed, archives the commit's files (minus ignored ones) into the artifact store
//! and records Flux's status, conditions and events.
//!
//! Not supported yet, and reported as `Stalled` with reason `UnsupportedFeature` rather than
//! silently ignored: `include`, `recurseSubmodules`, `sparseCheckout`, `verify`,
//! `proxySecretRef` and non-generic `provider`s.

mod secret;

pub use secret::auth_from_secret;

use crate::git::{self, FetchOutcome, FetchRequest, RefRequest, Resolved, TreeFile};
use crate::sourceignore::{self, Ignore};
use crate::storage::{LATEST_TARBALL, MemEntry, Storage};
use ferroflux_api::meta::{Artifact, reasons};
use ferroflux_api::source::{GitProvider, GitRepository, conditions as cond};
use ferroflux_runtime::duration::{format_duration, parse_duration};
use ferroflux_runtime::events::Severity;
use ferroflux_runtime::{Context, Outcome, OutcomeEvent, ReconcileError, Reconciler, StatusDraft};
use k8s_openapi::api::core::v1::Secret;
use kube::{Api, ResourceExt};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Kind name used in storage paths and metrics.
pub const KIND: &str = "GitRepository";
/// Reason for spec features this build does not implement yet.
pub const UNSUPPORTED_FEATURE: &str = "UnsupportedFeature";

/// Reconciles GitRepository objects into artifacts.
#[derive(Clone)]
pub struct GitRepositoryReconciler {
    storage: Storage,
    cache_root: PathBuf,
    max_size: u64,
}

impl GitRepositoryReconciler {
    /// Creates a reconciler storing artifacts in `storage`; per-object clone caches live in
    /// `<storage>/.cache/gitrepository` (never served: the file server hides dot-paths).
    pub fn new(storage: Storage) -> Self {
        let cache_root = storage.base().join(".cache").join("gitrepository");
        Self {
            storage,
            cache_root,
            max_size: 512 * 1024 * 1024,
        }
    }

    fn cache_dir(&self, namespace: &str, name: &str) -> PathBuf {
        self.cache_root.join(namespace).join(name)
    }
}

fn unsupported(what: &str) -> ReconcileError {
    ReconcileError::stalled(
        UNSUPPORTED_FEATURE,
        format!("{what} is not supported by this version of ferroflux"),
    )
}

/// Rejects spec fields this build cannot honour, so nothing pretends to work.
fn check_supported(obj: &GitRepository) -> Result<(), ReconcileError> {
    let s = &obj.spec;
    if s.include.as_ref().is_some_and(|i| !i.is_empty()) {
        return Err(unsupported("spec.include"));
    }
    if s.recurse_submodules == Some(true) {
        return Err(unsupported("spec.recurseSubmodules"));
    }
    if s.sparse_checkout.as_ref().is_some_and(|v| !v.is_empty()) {
        return Err(unsupported("spec.sparseCheckout"));
    }
    if s.verification.is_some() {
        return Err(unsupported("spec.verify"));
    }
    if s.proxy_secret_ref.is_some() {
        return Err(unsupported("spec.proxySecretRef"));
    }
    if s.provider.as_ref().is_some_and(|p| *p != GitProvider::Generic) {
        return Err(unsupported("spec.provider other than 'generic'"));
    }
    Ok(())
}

/// Builds the ignore filter from the tree's `.sourceignore` files and `spec.ignore`.
fn ignore_for(files: &[TreeFile], spec_ignore: Option<&str>) -> Ignore {
    let mut patterns = Vec::new();
    // Depth-first, parents before children, siblings by name: sorted paths give that order.
    let mut ignore_files: Vec<&TreeFile> = files
        .iter()
        .filter(|f| f.path.rsplit('/').next() == Some(sourceignore::IGNORE_FILE))
        .collect();
    ignore_files.sort_by_key(|f| (f.path.matches('/').count() > 0, f.path.clone()));
    for f in ignore_files {
        let domain: Vec<String> = f
            .path
            .split('/')
            .rev()
            .skip(1)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .map(str::to_owned)
            .collect();
        patterns.extend(sourceignore::read_patterns(&String::from_utf8_lossy(&f.data), &domain));
    }
    if let Some(user) = spec_ignore {
        patterns.extend(sourceignore::read_patterns(user, &[]));
    }
    Ignore::from_user_patterns(patterns)
}

fn current_artifact(status: &StatusDraft) -> Option<Artifact> {
    status
        .fields
        .get("artifact")
        .and_then(|a| serde_json::from_value(a.clone()).ok())
}

/// The commit of an artifact revision (`<ref>@sha1:<hex>` or `sha1:<hex>`).
fn commit_of(revision: &str) -> Option<String> {
    revision
        .rsplit_once("sha1:")
        .map(|(_, c)| c.to_owned())
        .filter(|c| c.len() == 40)
}

impl GitRepositoryReconciler {
    async fn auth(&self, obj: &GitRepository, ctx: &Context, timeout: Duration) -> Result<git::Auth, ReconcileError> {
        let timeout_secs = timeout.as_secs().max(1);
        let Some(sref) = &obj.spec.secret_ref else {
            return Ok(git::Auth {
                timeout_secs,
                ..Default::default()
            });
        };
        let ns = obj.namespace().unwrap_or_default();
        let secrets: Api<Secret> = Api::namespaced(ctx.client.clone(), &ns);
        let secret = secrets.get_opt(&sref.name).await.map_err(|e| {
            ReconcileError::transient(
                "AuthenticationFailed",
                format!("failed to get secret '{ns}/{}': {e}", sref.name),
            )
        })?;
        let Some(secret) = secret else {
            return Err(ReconcileError::transient(
                "AuthenticationFailed",
                format!(
                    "failed to get secret '{ns}/{}': secrets \"{}\" not found",
                    sref.name, sref.name
                ),
            ));
        };
        let data: BTreeMap<String, Vec<u8>> = secret
            .data
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, v.0))
            .collect();
        auth_from_secret(&obj.spec.url, &data, timeout_secs).map_err(|e| {
            ReconcileError::stalled(
                "AuthenticationFailed",
                format!("invalid secret '{ns}/{}': {e}", sref.name),
            )
        })
    }

    /// Archives `files` as the artifact of `resolved`, updates the latest link and collects
    /// garbage. Runs on a blocking thread.
    fn store(
        &self,
        namespace: &str,
        name: &str,
        resolved: &Resolved,
        files: &[TreeFile],
        spec_ignore: Option<&str>,
    ) -> Result<(Artifact, Vec<String>), ReconcileError> {
        let storage_err = |e: crate::storage::StorageError| ReconcileError::transient(e.reason(), e.to_string());
        let file = format!("{}.tar.gz", resolved.commit);
        let mut artifact = self
            .storage
            .new_artifact(KIND, namespace, name, &resolved.revision(), &file)
            .map_err(storage_err)?;
        let ignore = ignore_for(files, spec_ignore);
        let entries: Vec<MemEntry<'_>> = files
            .iter()
            .map(|f| MemEntry::File {
                path: &f.path,
                data: &f.data,
                executable: f.executable,
            })
            .collect();
        let filter = |p: &str, is_dir: bool| ignore.is_ignored(p, is_dir);
        self.storage
            .archive_entries(&mut artifact, &entries, Some(&filter))
            .map_err(storage_err)?;
        self.storage.symlink(&artifact, LATEST_TARBALL).map_err(storage_err)?;
        let removed = self.storage.garbage_collect(&artifact).map_err(storage_err)?;
        Ok((artifact, removed))
    }
}

impl Reconciler<GitRepository> for GitRepositoryReconciler {
    async fn reconcile(
        &self,
        obj: &GitRepository,
        status: &mut StatusDraft,
        ctx: &Context,
    ) -> Result<Outcome, ReconcileError> {
        let generation = obj.metadata.generation;
        let (namespace, name) = (obj.namespace().unwrap_or_default(), obj.name_any());
        check_supported(obj)?;
        let url = obj.spec.url.trim().to_owned();
        if !(url.starts_with("http://") || url.starts_with("https://") || url.starts_with("ssh://")) {
            return Err(ReconcileError::stalled(
                "URLInvalid",
                format!("invalid url '{url}': scheme must be http, https or ssh"),
            ));
        }
        let r = obj.spec.reference.clone().unwrap_or_default();
        let reference = RefRequest::from_spec(
            r.branch.as_deref(),
            r.tag.as_deref(),
            r.semver.as_deref(),
            r.name.as_deref(),
            r.commit.as_deref(),
        )
        .map_err(|e| ReconcileError::stalled("GitOperationFailed", e.to_string()))?;
        let timeout = match obj.spec.timeout.as_deref().map(parse_duration) {
            None => Duration::from_secs(60),
            Some(Ok(d)) if !d.is_zero() => d,
            Some(_) => return Err(ReconcileError::stalled(reasons::FAILED, "invalid spec.timeout")),
        };

        let current = current_artifact(status).filter(|a| self.storage.artifact_exists(a));
        if let Some(a) = &current {
            status.conditions.set(
                cond::ARTIFACT_IN_STORAGE,
                true,
                reasons::SUCCEEDED,
                &format!("stored artifact for revision '{}'", a.revision),
                generation,
            );
        }
        let auth = match self.auth(obj, ctx, timeout).await {
            Ok(a) => a,
            Err(e) => {
                status
                    .conditions
                    .set(cond::FETCH_FAILED, true, &e.reason, &e.message, generation);
                return Err(e);
            }
        };
        let spec_ignore = obj.spec.ignore.clone();
        let ignore_unchanged = status.fields.get("observedIgnore").and_then(|v| v.as_str()) == spec_ignore.as_deref();
        let scratch = std::env::temp_dir().join(format!("ferroflux-git-{}", obj.uid().unwrap_or_default()));
        let req = FetchRequest {
            url: url.clone(),
            reference,
            auth,
            cache_dir: self.cache_dir(&namespace, &name),
            scratch_dir: scratch.clone(),
            current_commit: current
                .as_ref()
                .filter(|_| ignore_unchanged)
                .and_then(|a| commit_of(&a.revision)),
            max_size: self.max_size,
        };
        let fetched = {
            let req = req.clone();
            let task = tokio::task::spawn_blocking(move || git::fetch(&req));
            let res = tokio::time::timeout(timeout, task).await;
            let _ = std::fs::remove_dir_all(&scratch);
            match res {
                Err(_) => Err(ReconcileError::transient(
                    "GitOperationFailed",
                    format!(
                        "failed to checkout and determine revision: timeout after {}",
                        format_duration(timeout)
                    ),
                )),
                Ok(Err(join)) => Err(ReconcileError::transient(
                    "GitOperationFailed",
                    format!("git task failed: {join}"),
                )),
                Ok(Ok(Err(e))) => Err(ReconcileError::transient(
                    e.reason(),
                    format!("failed to checkout and determine revision: {e}"),
                )),
                Ok(Ok(Ok(o))) => Ok(o),
            }
        };
        let fetched = match fetched {
            Ok(f) => f,
            Err(e) => {
                status
                    .conditions
                    .set(cond::FETCH_FAILED, true, &e.reason, &e.message, generation);
                return Err(e);
            }
        };
        status.conditions.remove(cond::FETCH_FAILED);

        let (resolved, subject, files, is_new) = match fetched {
            FetchOutcome::UpToDate(resolved) => {
                // current_commit is only set when an artifact exists and the ignore rules are unchanged.
                let mut artifact = current.unwrap_or_default();
                self.storage.refresh_url(&mut artifact);
                status
                    .set("artifact", &artifact)
                    .map_err(|e| ReconcileError::transient(reasons::FAILED, e.to_string()))?;
                let revision = resolved.revision();
                return Ok(Outcome {
                    reason: reasons::SUCCEEDED.into(),
                    message: format!("stored artifact for revision '{revision}'"),
                    event: Some(OutcomeEvent {
                        severity: Severity::Trace,
                        reason: "ArtifactUpToDate".into(),
                        message: format!("artifact up-to-date with remote revision: '{revision}'"),
                        metadata: BTreeMap::new(),
                    }),
                    requeue_after: None,
                });
            }
            FetchOutcome::Fetched {
                resolved,
                subject,
                files,
            } => {
                let is_new = current.as_ref().map(|a| a.revision.as_str()) != Some(resolved.revision().as_str());
                (resolved, subject, files, is_new)
            }
        };

        let this = self.clone();
        let (ns2, name2, res2, ignore2) = (namespace.clone(), name.clone(), resolved.clone(), spec_ignore.clone());
        let files = Arc::new(files);
        let stored = tokio::task::spawn_blocking(move || this.store(&ns2, &name2, &res2, &files, ignore2.as_deref()))
            .await
            .map_err(|e| ReconcileError::transient("ArchiveOperationFailed", format!("archive task failed: {e}")))?;
        let (artifact, removed) = match stored {
            Ok(s) => s,
            Err(e) => {
                status
                    .conditions
                    .set(cond::STORAGE_OPERATION_FAILED, true, &e.reason, &e.message, generation);
                return Err(e);
            }
        };
        status.conditions.remove(cond::STORAGE_OPERATION_FAILED);
        let revision = resolved.revision();
        let msg = format!("stored artifact for revision '{revision}'");
        status
            .conditions
            .set(cond::ARTIFACT_IN_STORAGE, true, reasons::SUCCEEDED, &msg, generation);
        status
            .set("artifact", &artifact)
            .map_err(|e| ReconcileError::transient(reasons::FAILED, e.to_string()))?;
        match &spec_ignore {
            Some(i) => status.fields.insert("observedIgnore".into(), i.clone().into()),
            None => status.fields.remove("observedIgnore"),
        };
        if !removed.is_empty() {
            tracing::debug!(removed = ?removed, "garbage collected artifacts");
        }
        let mut metadata = BTreeMap::from([("revision".to_owned(), revision.clone())]);
        if let Some(d) = &artifact.digest {
            metadata.insert("digest".into(), d.clone());
        }
        Ok(Outcome {
            reason: reasons::SUCCEEDED.into(),
            message: msg,
            event: Some(OutcomeEvent {
                severity: if is_new { Severity::Info } else { Severity::Trace },
                reason: "NewArtifact".into(),
                message: format!("stored artifact for commit '{subject}'"),
                metadata,
            }),
            requeue_after: None,
        })
    }

    async fn finalize(&self, obj: &GitRepository, _ctx: &Context) -> Result<(), ReconcileError> {
        let (namespace, name) = (obj.namespace().unwrap_or_default(), obj.name_any());
        let storage = self.storage.clone();
        let cache = self.cache_dir(&namespace, &name);
        tokio::task::spawn_blocking(move || {
            storage
                .remove_all(KIND, &namespace, &name)
                .map_err(|e| ReconcileError::transient(e.reason(), e.to_string()))?;
            match std::fs::remove_dir_all(&cache) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(ReconcileError::transient(
                    "StorageOperationFailed",
                    format!("remove git cache: {e}"),
                )),
            }
        })
        .await
        .map_err(|e| ReconcileError::transient("StorageOperationFailed", e.to_string()))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_is_parsed_from_revisions() {
        let c = "a".repeat(40);
        assert_eq!(commit_of(&format!("main@sha1:{c}")), Some(c.clone()));
        assert_eq!(commit_of(&format!("sha1:{c}")), Some(c));
        assert_eq!(commit_of("main/abc"), None);
    }

    #[test]
    fn sourceignore_files_in_the_tree_and_spec_ignore_apply() {
        let f = |p: &str, d: &str| TreeFile {
            path: p.into(),
            data: d.as_bytes().to_vec(),
            executable: false,
        };
        let files = vec![
            f(".sourceignore", "*.txt\n"),
            f("sub/.sourceignore", "secret.yaml\n"),
            f("a.yaml", ""),
        ];
        let ig = ignore_for(&files, Some("/docs/\n"));
        assert!(ig.is_ignored("notes.txt", false));
        assert!(ig.is_ignored("sub/secret.yaml", false));
        assert!(!ig.is_ignored("secret.yaml", false));
        assert!(ig.is_ignored("docs", true));
        assert!(!ig.is_ignored("a.yaml", false));
        // Default exclusions apply when there are no user patterns at all.
        let ig = ignore_for(&[f("a.yaml", "")], None);
        assert!(ig.is_ignored("logo.png", false));
        assert!(ig.is_ignored(".git", true));
    }
}
