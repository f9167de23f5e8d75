//! The GitRepository reconciler: resolves `spec.ref` on the remote, fetches only when the
//! commit changed, archives the commit's files (minus ignored ones) into the artifact store
//! and records Flux's status, conditions and events.
//!
//! The artifact holds the commit's files, limited to `spec.sparseCheckout` directories, plus
//! the files of its submodules (`spec.recurseSubmodules`, see [`crate::git::submodule`]) and the
//! contents of included GitRepositories' artifacts (`spec.include`, see [`include`]); Git
//! traffic goes through the `spec.proxySecretRef` proxy when set. A change of any of these
//! settings, or of an included artifact, rebuilds the artifact from the cached commit.
//!
//! Not supported yet, and reported as `Stalled` with reason `UnsupportedFeature` rather than
//! silently ignored: non-generic `provider`s.

pub mod include;
mod secret;

pub use secret::{auth_from_secret, proxy_from_secret};

use crate::git::{self, FetchOutcome, FetchRequest, GitError, ProxyAuth, RefRequest, Resolved, Sparse, TreeFile};
use crate::sourceignore::{self, Ignore};
use crate::storage::{LATEST_TARBALL, MemEntry, Storage};
use crate::verify;
use ferroflux_api::meta::{Artifact, reasons};
use ferroflux_api::source::{GitProvider, GitRepository, GitRepositoryStatus, conditions as cond};
use ferroflux_runtime::duration::{format_duration, jitter, parse_duration};
use ferroflux_runtime::events::Severity;
use ferroflux_runtime::{Context, Outcome, OutcomeEvent, ReconcileError, Reconciler, StatusDraft};
use k8s_openapi::api::core::v1::Secret;
use kube::{Api, ResourceExt};
use std::collections::BTreeMap;
use std::path::PathBuf;
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
    dependency_requeue: Duration,
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
            dependency_requeue: Duration::from_secs(30),
        }
    }

    /// Returns the reconciler retrying objects whose includes are unavailable after `d`
    /// (`--requeue-dependency`, 30s by default).
    pub fn with_dependency_requeue(mut self, d: Duration) -> Self {
        if !d.is_zero() {
            self.dependency_requeue = d;
        }
        self
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

    /// Reads the `proxySecretRef` Secret. Failures are Flux's: `AuthenticationFailed`, retried.
    async fn proxy(&self, obj: &GitRepository, ctx: &Context) -> Result<Option<ProxyAuth>, ReconcileError> {
        let Some(pref) = &obj.spec.proxy_secret_ref else {
            return Ok(None);
        };
        let ns = obj.namespace().unwrap_or_default();
        let fail = |m: String| {
            ReconcileError::transient(
                "AuthenticationFailed",
                format!("failed to configure proxy options: {m}"),
            )
        };
        let secrets: Api<Secret> = Api::namespaced(ctx.client.clone(), &ns);
        let secret = secrets
            .get_opt(&pref.name)
            .await
            .map_err(|e| fail(format!("failed to get secret '{ns}/{}': {e}", pref.name)))?
            .ok_or_else(|| fail(format!("secret '{ns}/{}' not found", pref.name)))?;
        let data: BTreeMap<String, Vec<u8>> = secret
            .data
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, v.0))
            .collect();
        proxy_from_secret(&data)
            .map(Some)
            .map_err(|e| fail(format!("secret '{ns}/{}': {e}", pref.name)))
    }

    /// Copies the included artifacts into `files`, archives them as the artifact of `resolved`,
    /// updates the latest link and collects garbage. Runs on a blocking thread.
    fn store(
        &self,
        namespace: &str,
        name: &str,
        resolved: &Resolved,
        mut files: Vec<TreeFile>,
        included: &[include::Included],
        spec_ignore: Option<&str>,
    ) -> Result<(Artifact, Vec<String>), ReconcileError> {
        include::apply(&self.storage, namespace, included, &mut files)?;
        let storage_err = |e: crate::storage::StorageError| ReconcileError::transient(e.reason(), e.to_string());
        let file = format!("{}.tar.gz", resolved.commit);
        let mut artifact = self
            .storage
            .new_artifact(KIND, namespace, name, &resolved.revision(), &file)
            .map_err(storage_err)?;
        let ignore = ignore_for(&files, spec_ignore);
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

/// Records the content settings that built the current artifact (Flux's `observed*` fields and
/// `includedArtifacts`), leaving out empty ones as Flux's `omitempty` does.
///
/// A field that held a value is cleared by writing its empty value (`false`, `[]`) once rather
/// than by leaving it out: a server-side apply cannot remove a status field that another field
/// manager co-owns, which API servers before 1.22 record for every status field when the object
/// itself is patched (e.g. `kubectl patch`). A stale value would make every reconcile rebuild.
/// The next rebuild then leaves the (now solely owned) empty field out.
fn record_observed(
    status: &mut StatusDraft,
    obj: &GitRepository,
    included: &[include::Included],
) -> Result<(), ReconcileError> {
    let ser = |e: serde_json::Error| ReconcileError::transient(reasons::FAILED, e.to_string());
    let spec = &obj.spec;
    match &spec.ignore {
        Some(i) => status.fields.insert("observedIgnore".into(), i.clone().into()),
        None => status.fields.remove("observedIgnore"),
    };
    let had_value = |status: &StatusDraft, field: &str| {
        status.fields.get(field).is_some_and(|v| match v {
            serde_json::Value::Bool(b) => *b,
            serde_json::Value::Array(a) => !a.is_empty(),
            serde_json::Value::Null => false,
            _ => true,
        })
    };
    let put = |status: &mut StatusDraft, field: &str, value: serde_json::Value, empty: serde_json::Value| {
        if value != empty {
            status.fields.insert(field.to_owned(), value);
        } else if had_value(status, field) {
            status.fields.insert(field.to_owned(), empty);
        } else {
            status.fields.remove(field);
        }
    };
    let list = || serde_json::Value::Array(Vec::new());
    put(
        status,
        "observedRecurseSubmodules",
        (spec.recurse_submodules == Some(true)).into(),
        false.into(),
    );
    let includes = spec.include.clone().unwrap_or_default();
    let artifacts: Vec<&Artifact> = included.iter().map(|i| &i.artifact).collect();
    put(
        status,
        "observedInclude",
        serde_json::to_value(&includes).map_err(ser)?,
        list(),
    );
    put(
        status,
        "includedArtifacts",
        serde_json::to_value(&artifacts).map_err(ser)?,
        list(),
    );
    let sparse = spec.sparse_checkout.clone().unwrap_or_default();
    put(
        status,
        "observedSparseCheckout",
        serde_json::to_value(&sparse).map_err(ser)?,
        list(),
    );
    Ok(())
}

impl GitRepositoryReconciler {
    /// Verifies the signatures `spec.verify` asks for, recording `SourceVerified` and
    /// `sourceVerificationMode`. Without `spec.verify` both are removed.
    async fn verify(
        &self,
        obj: &GitRepository,
        ctx: &Context,
        resolved: &Resolved,
        status: &mut StatusDraft,
    ) -> Result<(), ReconcileError> {
        let generation = obj.metadata.generation;
        let Some(spec) = &obj.spec.verification else {
            status.conditions.remove(cond::SOURCE_VERIFIED);
            status.remove("sourceVerificationMode");
            return Ok(());
        };
        let fail = |status: &mut StatusDraft, e: ReconcileError| {
            status
                .conditions
                .set(cond::SOURCE_VERIFIED, false, &e.reason, &e.message, generation);
            e
        };
        let mode = spec
            .mode
            .map(verify::VerificationMode::from)
            .unwrap_or(verify::VerificationMode::Head);
        let ns = obj.namespace().unwrap_or_default();
        let secrets: Api<Secret> = Api::namespaced(ctx.client.clone(), &ns);
        let name = &spec.secret_ref.name;
        let secret = match secrets.get_opt(name).await {
            Ok(Some(s)) => s,
            Ok(None) => {
                let e = ReconcileError::transient(
                    verify::REASON_VERIFICATION_ERROR,
                    format!("PGP public keys secret error: secrets \"{name}\" not found"),
                );
                return Err(fail(status, e));
            }
            Err(e) => {
                let e = ReconcileError::transient(
                    verify::REASON_VERIFICATION_ERROR,
                    format!("get secret '{ns}/{name}': {e}"),
                );
                return Err(fail(status, e));
            }
        };
        let data: BTreeMap<String, Vec<u8>> = secret
            .data
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, v.0))
            .collect();
        let keys = verify::Keys::from_secret_data(&data);
        let cache = self.cache_dir(&obj.namespace().unwrap_or_default(), &obj.name_any());
        let via_tag = resolved.full_ref.starts_with("refs/tags/");
        let (commit_id, tag_id) = (resolved.commit.clone(), resolved.tag_object.clone());
        let read = tokio::task::spawn_blocking(move || {
            let commit = git::read_raw_object(&cache, &commit_id)?;
            let tag = tag_id.map(|t| git::read_raw_object(&cache, &t)).transpose()?;
            Ok::<_, GitError>((commit, tag))
        })
        .await
        .map_err(|e| ReconcileError::transient(verify::REASON_VERIFICATION_ERROR, e.to_string()))?;
        let (commit_raw, tag_raw) = match read {
            Ok(r) => r,
            Err(e) => {
                return Err(fail(
                    status,
                    ReconcileError::transient(verify::REASON_VERIFICATION_ERROR, e.to_string()),
                ));
            }
        };
        let checkout_tag = match (&tag_raw, via_tag) {
            (Some(raw), _) => verify::CheckoutTag::Annotated(raw),
            (None, true) => verify::CheckoutTag::Lightweight,
            (None, false) => verify::CheckoutTag::None,
        };
        let tag_label = format!(
            "{}@{}",
            resolved.display,
            resolved.tag_object.as_deref().unwrap_or(&resolved.commit)
        );
        match verify::verify_checkout(mode, &commit_raw, checkout_tag, &keys) {
            Ok(v) => {
                let msg = v.message(&tag_label, &resolved.commit);
                status
                    .conditions
                    .set(cond::SOURCE_VERIFIED, true, verify::REASON_SUCCEEDED, &msg, generation);
                status
                    .fields
                    .insert("sourceVerificationMode".into(), mode.as_str().into());
                Ok(())
            }
            Err(err) => {
                let msg = verify::failure_message(&err, &tag_label, &resolved.commit);
                let e = if err.is_stalling() {
                    ReconcileError::stalled(err.reason(), msg)
                } else {
                    ReconcileError::transient(err.reason(), msg)
                };
                Err(fail(status, e))
            }
        }
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
        let fetch_failed = |status: &mut StatusDraft, e: ReconcileError| {
            status
                .conditions
                .set(cond::FETCH_FAILED, true, &e.reason, &e.message, generation);
            e
        };
        let proxy = match self.proxy(obj, ctx).await {
            Ok(p) => p,
            Err(e) => return Err(fetch_failed(status, e)),
        };
        let mut auth = match self.auth(obj, ctx, timeout).await {
            Ok(a) => a,
            Err(e) => return Err(fetch_failed(status, e)),
        };
        auth.proxy = proxy;
        let included = match include::resolve(obj, ctx, self.dependency_requeue).await {
            Ok(i) => i,
            Err(e) => {
                status
                    .conditions
                    .set(cond::INCLUDE_UNAVAILABLE, true, &e.reason, &e.message, generation);
                return Err(e);
            }
        };
        status.conditions.remove(cond::INCLUDE_UNAVAILABLE);
        let requeue_after = parse_duration(&obj.spec.interval)
            .ok()
            .and_then(|own| include::requeue_after(own, &included))
            .map(|d| jitter(d, ctx.settings.jitter_percent));
        let included_artifacts: Vec<Artifact> = included.iter().map(|i| i.artifact.clone()).collect();
        // A status that cannot be read back says nothing reliable: rebuild.
        let unchanged = serde_json::from_value::<GitRepositoryStatus>(serde_json::Value::Object(status.fields.clone()))
            .is_ok_and(|observed| include::content_unchanged(&obj.spec, &observed, &included_artifacts));
        let spec_ignore = obj.spec.ignore.clone();
        let scratch = std::env::temp_dir().join(format!("ferroflux-git-{}", obj.uid().unwrap_or_default()));
        let req = FetchRequest {
            url: url.clone(),
            reference,
            auth,
            cache_dir: self.cache_dir(&namespace, &name),
            scratch_dir: scratch.clone(),
            current_commit: current
                .as_ref()
                .filter(|_| unchanged)
                .and_then(|a| commit_of(&a.revision)),
            max_size: self.max_size,
            sparse: Sparse::new(obj.spec.sparse_checkout.as_deref().unwrap_or_default()),
            recurse_submodules: obj.spec.recurse_submodules == Some(true),
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
                Ok(Ok(Err(e @ GitError::SparseCheckout(_)))) => Err(ReconcileError::transient(
                    e.reason(),
                    format!("failed to sparse checkout directories : {e}"),
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
            Err(e) => return Err(fetch_failed(status, e)),
        };
        status.conditions.remove(cond::FETCH_FAILED);

        let fetched_ref = match &fetched {
            FetchOutcome::UpToDate(r) => r,
            FetchOutcome::Fetched { resolved, .. } => resolved,
        };
        self.verify(obj, ctx, fetched_ref, status).await?;

        let (resolved, subject, files) = match fetched {
            FetchOutcome::UpToDate(resolved) => {
                // current_commit is only set when an artifact exists and was built from the
                // same content settings and included artifacts.
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
                    requeue_after,
                });
            }
            FetchOutcome::Fetched {
                resolved,
                subject,
                files,
            } => (resolved, subject, files),
        };

        let this = self.clone();
        let (ns2, name2, res2, ignore2, included2) = (
            namespace.clone(),
            name.clone(),
            resolved.clone(),
            spec_ignore.clone(),
            included.clone(),
        );
        let stored =
            tokio::task::spawn_blocking(move || this.store(&ns2, &name2, &res2, files, &included2, ignore2.as_deref()))
                .await
                .map_err(|e| {
                    ReconcileError::transient("ArchiveOperationFailed", format!("archive task failed: {e}"))
                })?;
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
        record_observed(status, obj, &included)?;
        if !removed.is_empty() {
            tracing::debug!(removed = ?removed, "garbage collected artifacts");
        }
        // Like Flux, a new digest (not only a new revision) is news.
        let is_new = current.as_ref().and_then(|a| a.digest.as_deref()) != artifact.digest.as_deref();
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
            requeue_after,
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

    #[test]
    fn observed_settings_are_recorded_and_cleared_once_with_empty_values() {
        let mut obj: GitRepository = serde_json::from_value(serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": "app", "namespace": "ns"},
            "spec": {"url": "https://h/r", "interval": "1m", "recurseSubmodules": true,
                     "sparseCheckout": ["charts"], "include": [{"repository": {"name": "lib"}}]},
        }))
        .unwrap();
        let included = vec![include::Included {
            include: obj.spec.include.clone().unwrap().remove(0),
            artifact: Artifact {
                revision: "main@sha1:1".into(),
                ..Default::default()
            },
            interval: None,
        }];
        let mut status = StatusDraft {
            conditions: Default::default(),
            fields: Default::default(),
        };
        record_observed(&mut status, &obj, &included).unwrap();
        let f = &status.fields;
        assert_eq!(f["observedRecurseSubmodules"], serde_json::json!(true));
        assert_eq!(f["observedSparseCheckout"], serde_json::json!(["charts"]));
        assert_eq!(
            f["observedInclude"],
            serde_json::json!([{"repository": {"name": "lib"}}])
        );
        assert_eq!(f["includedArtifacts"][0]["revision"], "main@sha1:1");
        // Turned off: empty values once, then left out.
        obj.spec.recurse_submodules = Some(false);
        obj.spec.sparse_checkout = None;
        obj.spec.include = None;
        record_observed(&mut status, &obj, &[]).unwrap();
        let f = &status.fields;
        assert_eq!(f["observedRecurseSubmodules"], serde_json::json!(false));
        assert_eq!(f["observedSparseCheckout"], serde_json::json!([]));
        assert_eq!(f["observedInclude"], serde_json::json!([]));
        assert_eq!(f["includedArtifacts"], serde_json::json!([]));
        record_observed(&mut status, &obj, &[]).unwrap();
        assert!(status.fields.is_empty(), "{:?}", status.fields);
    }
}
