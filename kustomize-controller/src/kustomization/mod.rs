//! The Kustomization reconciler: source artifact → kustomize build → decrypt → substitute →
//! staged server-side apply → prune → health checks → status.
//!
//! Entry points: [`KustomizationReconciler`] (the [`Reconciler`] the runtime harness drives) and
//! [`triggers`] (source artifacts and watched ConfigMaps/Secrets that reconcile their dependents
//! at once). The phases live in their own modules: [`source`], [`dependencies`], [`generate`],
//! [`postbuild`], [`clients`], [`status`], [`cel`] (readyExpr and healthCheckExprs), [`ignore`]
//! (drift ignore rules).

pub mod cel;
pub mod clients;
pub mod dependencies;
pub mod generate;
pub mod ignore;
pub mod postbuild;
pub mod source;
pub mod status;

use crate::NAME;
use clients::Clients;
use ferroflux_api::kustomize::{DeletionPolicy, Kustomization};
use ferroflux_api::meta::{HEALTHY, reasons};
use ferroflux_runtime::apply::object::has_policy;
use ferroflux_runtime::apply::prune::{RECONCILE_KEY, delete_owned, stale, wait_deleted};
use ferroflux_runtime::apply::wait::wait_for_with;
use ferroflux_runtime::apply::{Applier, ApplyMode, ApplyOptions, ChangeSet, ObjMeta};
use ferroflux_runtime::duration::{format_duration, parse_duration};
use ferroflux_runtime::events::Severity;
use ferroflux_runtime::reconcile::{Trigger, watch_trigger};
use ferroflux_runtime::{Context, Outcome, ReconcileError, Reconciler, StatusDraft};
use kube::ResourceExt;
use kube::api::{ApiResource, DynamicObject};
use serde_json::Value;
use sha2::{Digest, Sha256};
use source::ArtifactCache;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Label naming the Kustomization that applied an object.
pub const OWNER_NAME_LABEL: &str = "kustomize.toolkit.fluxcd.io/name";
/// Label naming the namespace of the Kustomization that applied an object.
pub const OWNER_NAMESPACE_LABEL: &str = "kustomize.toolkit.fluxcd.io/namespace";

/// Settings from the command line.
#[derive(Clone, Debug)]
pub struct Settings {
    /// `--requeue-dependency`.
    pub requeue_dependency: Duration,
    /// `--no-cross-namespace-refs`.
    pub no_cross_namespace_refs: bool,
    /// `--concurrent-ssa`.
    pub concurrent_ssa: usize,
}

/// A build kept for the next reconcile: same inputs, same objects.
struct CachedBuild {
    key: u64,
    objects: Arc<Vec<Value>>,
    digest: String,
}

/// Reconciles Kustomizations.
#[derive(Clone)]
pub struct KustomizationReconciler {
    inner: Arc<Inner>,
}

struct Inner {
    clients: Clients,
    artifacts: ArtifactCache,
    builds: Mutex<HashMap<String, CachedBuild>>,
    settings: Settings,
}

impl KustomizationReconciler {
    /// Creates the reconciler.
    pub fn new(clients: Clients, artifacts: ArtifactCache, settings: Settings) -> Self {
        Self {
            inner: Arc::new(Inner {
                clients,
                artifacts,
                builds: Mutex::new(HashMap::new()),
                settings,
            }),
        }
    }
}

/// Owner labels put on every applied object.
pub fn owner_labels(ks: &Kustomization) -> BTreeMap<String, String> {
    BTreeMap::from([
        (OWNER_NAME_LABEL.to_owned(), ks.name_any()),
        (OWNER_NAMESPACE_LABEL.to_owned(), ks.namespace().unwrap_or_default()),
    ])
}

fn timeout_of(ks: &Kustomization) -> Duration {
    ks.spec
        .timeout
        .as_deref()
        .and_then(|t| parse_duration(t).ok())
        .or_else(|| parse_duration(&ks.spec.interval).ok())
        .unwrap_or(Duration::from_secs(300))
}

fn old_inventory(ks: &Kustomization) -> Vec<ObjMeta> {
    ks.status
        .as_ref()
        .and_then(|s| s.inventory.as_ref())
        .map(|inv| {
            inv.entries
                .iter()
                .filter_map(|e| ObjMeta::from_inventory(&e.id, &e.version))
                .collect()
        })
        .unwrap_or_default()
}

impl Reconciler<Kustomization> for KustomizationReconciler {
    async fn reconcile(
        &self,
        ks: &Kustomization,
        draft: &mut StatusDraft,
        ctx: &Context,
    ) -> Result<Outcome, ReconcileError> {
        let started = Instant::now();
        let inner = &self.inner;
        let generation = ks.metadata.generation;
        let requeue = inner.settings.requeue_dependency;
        let src = source::get_source(&ctx.client, ks, inner.settings.no_cross_namespace_refs, requeue).await?;
        let revision = src.artifact.revision.clone();
        draft
            .set("lastAttemptedRevision", &revision)
            .map_err(|e| ReconcileError::transient(reasons::FAILED, e.to_string()))?;

        match dependencies::check(&ctx.client, ks, &revision).await {
            Ok(()) => {}
            Err(dependencies::DependencyError::NotReady(message)) => {
                let msg = format!("{message}; retrying in {}", format_duration(requeue));
                return Err(ReconcileError::waiting(reasons::DEPENDENCY_NOT_READY, msg, requeue));
            }
            Err(dependencies::DependencyError::InvalidExpression(message)) => {
                return Err(ReconcileError::stalled(reasons::INVALID_CEL_EXPRESSION, message));
            }
        }
        let health_exprs = cel::HealthExprs::compile(ks.spec.health_check_exprs.as_deref().unwrap_or_default())
            .map_err(|e| ReconcileError::stalled(reasons::INVALID_CEL_EXPRESSION, e.to_string()))?;

        let applier = inner.clients.for_kustomization(ks, &ctx.client).await?;
        let inputs = postbuild::Inputs::read(&ctx.client, ks).await?;
        let key = build_key(ks, &src.artifact, &inputs);
        let cache_id = format!("{}/{}", ks.namespace().unwrap_or_default(), ks.name_any());
        let cached = inner.builds.lock().ok().and_then(|b| {
            b.get(&cache_id)
                .filter(|c| c.key == key)
                .map(|c| (c.objects.clone(), c.digest.clone()))
        });
        let (objects, digest) = match cached {
            Some(hit) => hit,
            None => {
                let tree = inner.artifacts.get(&src.artifact, requeue).await?;
                let spec = ks.spec.clone();
                let owner = owner_labels(ks);
                let inputs2 = inputs.clone();
                let built = tokio::task::spawn_blocking(move || postbuild::render(tree, &spec, &inputs2, &owner))
                    .await
                    .map_err(|e| ReconcileError::transient(reasons::BUILD_FAILED, format!("build task failed: {e}")))?;
                let objects = built.map_err(|e| ReconcileError::transient(reasons::BUILD_FAILED, e))?;
                let digest = manifests_digest(&objects);
                let objects = Arc::new(objects);
                if let Ok(mut b) = inner.builds.lock() {
                    b.insert(
                        cache_id.clone(),
                        CachedBuild {
                            key,
                            objects: objects.clone(),
                            digest: digest.clone(),
                        },
                    );
                }
                (objects, digest)
            }
        };

        // Same content as the last successful apply: only drift needs correcting.
        let status_now = ks.status.clone().unwrap_or_default();
        let same_as_last =
            status_now.last_applied_revision.as_deref() == Some(revision.as_str())
                && status_now.history.as_ref().and_then(|h| h.first()).is_some_and(|s| {
                    s.digest == digest && s.last_reconciled_status == reasons::RECONCILIATION_SUCCEEDED
                });
        let options = ApplyOptions {
            field_manager: NAME.to_owned(),
            force: ks.spec.force.unwrap_or(false),
            concurrency: inner.settings.concurrent_ssa,
            stage_timeout: timeout_of(ks),
            mode: if same_as_last {
                ApplyMode::IfDrifted
            } else {
                ApplyMode::Always
            },
        };
        let desired: Vec<ObjMeta> = objects.iter().filter_map(|o| ObjMeta::from_object(o).ok()).collect();
        let mut to_apply: Vec<Value> = objects
            .iter()
            .filter(|o| !has_policy(o, RECONCILE_KEY, "disabled"))
            .cloned()
            .collect();
        if let Some(rules) = ks.spec.ignore.as_deref().filter(|r| !r.is_empty()) {
            ignore::apply(rules, &mut to_apply).map_err(|e| ReconcileError::stalled(reasons::BUILD_FAILED, e))?;
        }
        let old = old_inventory(ks);
        let mut changes = ChangeSet::default();
        match applier.apply_all_staged(to_apply, &options).await {
            Ok(c) => changes.extend(c),
            Err(failure) => {
                // Keep track of everything that may now exist: the old inventory plus what was applied.
                let mut inv = old.clone();
                for c in &failure.changes.entries {
                    if !inv.iter().any(|o| o.same_object(&c.meta)) {
                        inv.push(c.meta.clone());
                    }
                }
                status::set_inventory(draft, &inv)?;
                status::record_history(
                    draft,
                    ks,
                    &digest,
                    &revision,
                    started.elapsed(),
                    reasons::RECONCILIATION_FAILED,
                );
                if failure.changes.has_changes() {
                    record_changes(ctx, ks, &failure.changes, &revision).await;
                }
                return Err(ReconcileError::transient(
                    reasons::RECONCILIATION_FAILED,
                    failure.error.to_string(),
                ));
            }
        }
        status::set_inventory(draft, &desired)?;

        if ks.spec.prune {
            let gone = stale(&old, &desired);
            if !gone.is_empty() {
                match delete_owned(&applier, &gone, &owner_labels(ks)).await {
                    Ok(c) => changes.extend(c),
                    Err(e) => {
                        record_changes(ctx, ks, &changes, &revision).await;
                        return Err(ReconcileError::transient(reasons::PRUNE_FAILED, e.to_string()));
                    }
                }
            }
        }
        if changes.has_changes() {
            record_changes(ctx, ks, &changes, &revision).await;
        }

        // Health checks: kstatus, or the spec's CEL expressions for the kinds they name.
        let checks: Vec<ObjMeta> = if ks.spec.wait.unwrap_or(false) {
            changes
                .entries
                .iter()
                .filter(|c| {
                    c.action != ferroflux_runtime::apply::Action::Skipped
                        && c.action != ferroflux_runtime::apply::Action::Deleted
                })
                .map(|c| c.meta.clone())
                .collect()
        } else {
            health_check_refs(ks)
        };
        if checks.is_empty() {
            draft.conditions.remove(HEALTHY);
        } else {
            let timeout = timeout_of(ks);
            let t0 = Instant::now();
            let custom = |obj: &Value| health_exprs.status(obj).map(|r| r.map_err(|e| e.to_string()));
            if let Err(e) = wait_for_with(&applier, &checks, timeout, Duration::from_secs(2), &custom).await {
                let msg = format!("health check failed after {}: {e}", format_duration(t0.elapsed()));
                draft
                    .conditions
                    .set(HEALTHY, false, reasons::HEALTH_CHECK_FAILED, &msg, generation);
                status::record_history(
                    draft,
                    ks,
                    &digest,
                    &revision,
                    started.elapsed(),
                    reasons::HEALTH_CHECK_FAILED,
                );
                return Err(ReconcileError::transient(reasons::HEALTH_CHECK_FAILED, msg));
            }
            let msg = format!("Health check passed in {}", format_duration(t0.elapsed()));
            draft
                .conditions
                .set(HEALTHY, true, reasons::SUCCEEDED, &msg, generation);
        }

        let field_err = |e: serde_json::Error| ReconcileError::transient(reasons::FAILED, e.to_string());
        draft.set("lastAppliedRevision", &revision).map_err(field_err)?;
        match src.origin_revision() {
            Some(o) => draft.set("lastAppliedOriginRevision", &o).map_err(field_err)?,
            None => draft.remove("lastAppliedOriginRevision"),
        }
        status::record_history(
            draft,
            ks,
            &digest,
            &revision,
            started.elapsed(),
            reasons::RECONCILIATION_SUCCEEDED,
        );
        Ok(Outcome {
            reason: reasons::RECONCILIATION_SUCCEEDED.to_owned(),
            message: format!("Applied revision: {revision}"),
            event: None,
            requeue_after: None,
        })
    }

    async fn finalize(&self, ks: &Kustomization, ctx: &Context) -> Result<(), ReconcileError> {
        if let Ok(mut b) = self.inner.builds.lock() {
            b.remove(&format!("{}/{}", ks.namespace().unwrap_or_default(), ks.name_any()));
        }
        if ks.spec.suspend.unwrap_or(false) {
            return Ok(());
        }
        let policy = ks.spec.deletion_policy.unwrap_or_default();
        let delete = match policy {
            DeletionPolicy::MirrorPrune => ks.spec.prune,
            DeletionPolicy::Delete | DeletionPolicy::WaitForTermination => true,
            DeletionPolicy::Orphan => false,
        };
        let inventory = old_inventory(ks);
        if !delete || inventory.is_empty() {
            return Ok(());
        }
        let applier: Applier = match self.inner.clients.for_kustomization(ks, &ctx.client).await {
            Ok(a) => a,
            Err(e) => {
                tracing::warn!(error = %e, "cannot build the client to garbage collect; objects are left in place");
                return Ok(());
            }
        };
        let changes = delete_owned(&applier, &inventory, &owner_labels(ks))
            .await
            .map_err(|e| ReconcileError::transient(reasons::PRUNE_FAILED, e.to_string()))?;
        if changes.has_changes() {
            ctx.events
                .record(
                    ks,
                    Severity::Info,
                    "Progressing",
                    &changes.changes_text(),
                    &BTreeMap::new(),
                )
                .await;
        }
        if policy == DeletionPolicy::WaitForTermination {
            let deleted: Vec<ObjMeta> = changes.entries.iter().map(|c| c.meta.clone()).collect();
            let left = wait_deleted(&applier, &deleted, timeout_of(ks)).await;
            if !left.is_empty() {
                let names: Vec<String> = left.iter().map(ObjMeta::subject).collect();
                return Err(ReconcileError::transient(
                    reasons::PRUNE_FAILED,
                    format!("timeout waiting for termination of: [{}]", names.join(", ")),
                ));
            }
        }
        Ok(())
    }
}

fn health_check_refs(ks: &Kustomization) -> Vec<ObjMeta> {
    let own_ns = ks.namespace().unwrap_or_default();
    ks.spec
        .health_checks
        .iter()
        .flatten()
        .map(|r| {
            let (group, version) =
                ferroflux_runtime::apply::object::split_api_version(r.api_version.as_deref().unwrap_or("v1"));
            ObjMeta {
                group: group.to_owned(),
                version: version.to_owned(),
                kind: r.kind.clone(),
                namespace: r.namespace.clone().unwrap_or_else(|| own_ns.clone()),
                name: r.name.clone(),
            }
        })
        .collect()
}

async fn record_changes(ctx: &Context, ks: &Kustomization, changes: &ChangeSet, revision: &str) {
    let text = changes.changes_text();
    if text.is_empty() {
        return;
    }
    let metadata = BTreeMap::from([("revision".to_owned(), revision.to_owned())]);
    ctx.events
        .record(ks, Severity::Info, "Progressing", &text, &metadata)
        .await;
}

/// The digest of the built manifests (`sha256:<hex>` over their YAML), the history key.
fn manifests_digest(objects: &[Value]) -> String {
    let mut h = Sha256::new();
    for o in objects {
        h.update(serde_json::to_vec(o).unwrap_or_default());
        h.update(b"\n");
    }
    format!("sha256:{}", hex::encode(h.finalize()))
}

fn build_key(ks: &Kustomization, artifact: &ferroflux_api::meta::Artifact, inputs: &postbuild::Inputs) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    artifact.digest.hash(&mut h);
    artifact.revision.hash(&mut h);
    artifact.url.hash(&mut h);
    serde_json::to_string(&ks.spec).unwrap_or_default().hash(&mut h);
    inputs.fingerprint().hash(&mut h);
    h.finish()
}

/// Triggers: a source whose artifact changed, and watched ConfigMaps/Secrets, reconcile the
/// Kustomizations that use them.
pub fn triggers(client: &kube::Client, namespace: Option<String>) -> Vec<Trigger> {
    let mut out = Vec::new();
    for kind in ["GitRepository", "OCIRepository", "Bucket"] {
        let ar = source::source_resource(kind, None);
        out.push(watch_trigger(
            client.clone(),
            ar,
            namespace.clone(),
            None,
            artifact_key,
            move |src, store| {
                let src_ns = src.namespace().unwrap_or_default();
                let src_name = src.name_any();
                store
                    .state()
                    .iter()
                    .filter(|k| {
                        let r = &k.data["spec"]["sourceRef"];
                        let ks_ns = k.namespace().unwrap_or_default();
                        let ref_ns = r["namespace"].as_str().filter(|s| !s.is_empty()).unwrap_or(&ks_ns);
                        r["kind"] == kind && r["name"] == src_name.as_str() && ref_ns == src_ns
                    })
                    .map(|k| (k.namespace().unwrap_or_default(), k.name_any()))
                    .collect()
            },
        ));
    }
    for (kind, plural) in [("ConfigMap", "configmaps"), ("Secret", "secrets")] {
        let ar = ApiResource::from_gvk_with_plural(&kube::api::GroupVersionKind::gvk("", "v1", kind), plural);
        out.push(watch_trigger(
            client.clone(),
            ar,
            namespace.clone(),
            Some(format!("{}=Enabled", ferroflux_api::meta::WATCH_LABEL)),
            data_key,
            move |obj, store| {
                let ns = obj.namespace().unwrap_or_default();
                let name = obj.name_any();
                store
                    .state()
                    .iter()
                    .filter(|k| k.namespace().unwrap_or_default() == ns)
                    .filter(|k| {
                        let spec = &k.data["spec"];
                        let in_subst = spec["postBuild"]["substituteFrom"]
                            .as_array()
                            .is_some_and(|a| a.iter().any(|r| r["kind"] == kind && r["name"] == name.as_str()));
                        let in_decrypt = kind == "Secret" && spec["decryption"]["secretRef"]["name"] == name.as_str();
                        in_subst || in_decrypt
                    })
                    .map(|k| (k.namespace().unwrap_or_default(), k.name_any()))
                    .collect()
            },
        ));
    }
    out
}

fn artifact_key(obj: &DynamicObject) -> Option<u64> {
    let a = obj.data.get("status")?.get("artifact")?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    a.get("revision").map(Value::to_string).hash(&mut h);
    a.get("digest").map(Value::to_string).hash(&mut h);
    Some(h.finish())
}

fn data_key(obj: &DynamicObject) -> Option<u64> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    obj.data.get("data").map(Value::to_string).hash(&mut h);
    obj.data.get("stringData").map(Value::to_string).hash(&mut h);
    Some(h.finish())
}
