//! Server-side apply of a set of objects in Flux's stages, with change detection.
//!
//! [`Applier::apply_all_staged`] applies (1) CustomResourceDefinitions, Namespaces and
//! ClusterRoles, then waits until they are ready; (2) every kind whose name ends in `Class`,
//! then waits; (3) everything else. Each stage applies up to `concurrency` objects at once and
//! stops at the first failure (nothing of a later stage is applied). Per object:
//! `kustomize.toolkit.fluxcd.io/ssa: Ignore` skips it, `IfNotPresent` only creates it; an
//! immutable-field error recreates it when forced (`force` or the object's
//! `kustomize.toolkit.fluxcd.io/force: Enabled`). With [`ApplyMode::IfDrifted`] an object
//! whose live state already contains every field of the desired one is left alone (no write);
//! otherwise it is applied and reported `created`, `configured` or `unchanged` from what the
//! server returned.

use super::discovery::{Discovery, DiscoveryError, Resolved};
use super::object::{InvalidObject, ObjMeta, has_policy, policy};
use super::wait::{WaitError, wait_for};
use futures::StreamExt;
use kube::api::{Api, DeleteParams, DynamicObject, Patch, PatchParams, PropagationPolicy};
use serde_json::Value;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// Label/annotation key selecting the server-side apply policy.
pub const SSA_KEY: &str = "kustomize.toolkit.fluxcd.io/ssa";
/// Label/annotation key forcing recreation on immutable-field errors.
pub const FORCE_KEY: &str = "kustomize.toolkit.fluxcd.io/force";

/// What happened to one object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// It did not exist and was created.
    Created,
    /// It existed and changed.
    Configured,
    /// It existed and is as desired.
    Unchanged,
    /// It was deleted.
    Deleted,
    /// It was left alone by policy.
    Skipped,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::Created => "created",
            Action::Configured => "configured",
            Action::Unchanged => "unchanged",
            Action::Deleted => "deleted",
            Action::Skipped => "skipped",
        })
    }
}

/// One object and what happened to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The object.
    pub meta: ObjMeta,
    /// What happened.
    pub action: Action,
}

/// What an apply or prune did, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeSet {
    /// One entry per object.
    pub entries: Vec<Change>,
}

impl ChangeSet {
    /// True when something was created, configured or deleted.
    pub fn has_changes(&self) -> bool {
        self.entries
            .iter()
            .any(|c| matches!(c.action, Action::Created | Action::Configured | Action::Deleted))
    }

    /// Adds the entries of `other`.
    pub fn extend(&mut self, other: ChangeSet) {
        self.entries.extend(other.entries);
    }

    /// The text Flux puts in events: one `Kind/ns/name action` line per changed object.
    pub fn changes_text(&self) -> String {
        self.entries
            .iter()
            .filter(|c| matches!(c.action, Action::Created | Action::Configured | Action::Deleted))
            .map(|c| format!("{} {}", c.meta.subject(), c.action))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Why applying failed.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    /// A built object lacks apiVersion, kind or name.
    #[error(transparent)]
    Invalid(#[from] InvalidObject),
    /// The server does not serve the object's kind.
    #[error("{subject} failed: {source}")]
    Discovery {
        /// `Kind/ns/name`.
        subject: String,
        /// Cause.
        #[source]
        source: DiscoveryError,
    },
    /// A namespaced object without a namespace.
    #[error("{subject} namespace not specified")]
    NamespaceMissing {
        /// `Kind/name`.
        subject: String,
    },
    /// The API server refused an operation.
    #[error("{subject} {operation} failed: {message}")]
    Api {
        /// `Kind/ns/name`.
        subject: String,
        /// `apply`, `get`, `delete`.
        operation: &'static str,
        /// The server's message.
        message: String,
        /// HTTP status code, 0 when the server was not reached.
        code: u16,
    },
    /// Waiting for a stage's objects failed.
    #[error(transparent)]
    Wait(#[from] WaitError),
}

impl ApplyError {
    /// True when the server said the caller lacks permission.
    pub fn is_forbidden(&self) -> bool {
        matches!(self, ApplyError::Api { code: 403, .. })
    }

    pub(crate) fn api(subject: &ObjMeta, operation: &'static str, e: kube::Error) -> Self {
        let (message, code) = match &e {
            kube::Error::Api(s) => (s.message.clone(), s.code),
            other => (other.to_string(), 0),
        };
        ApplyError::Api {
            subject: subject.subject(),
            operation,
            message,
            code,
        }
    }
}

/// An apply that stopped part way: what was done, and why it stopped.
#[derive(Debug)]
pub struct ApplyFailure {
    /// What was applied before the failure.
    pub changes: ChangeSet,
    /// The failure.
    pub error: ApplyError,
}

/// Whether unchanged-looking objects are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApplyMode {
    /// Apply every object (new content: removed fields must be released).
    Always,
    /// Skip objects whose live state already holds every desired field (same content as the
    /// last successful apply; only drift needs correcting).
    IfDrifted,
}

/// Settings of an [`Applier`].
#[derive(Clone, Debug)]
pub struct ApplyOptions {
    /// Field manager of the apply (`kustomize-controller`).
    pub field_manager: String,
    /// Recreate objects on immutable-field errors.
    pub force: bool,
    /// Objects applied at once.
    pub concurrency: usize,
    /// How long to wait for CRDs/Namespaces/classes between stages.
    pub stage_timeout: Duration,
    /// Whether unchanged-looking objects are written.
    pub mode: ApplyMode,
}

impl Default for ApplyOptions {
    fn default() -> Self {
        Self {
            field_manager: "ferroflux".to_owned(),
            force: false,
            concurrency: 4,
            stage_timeout: Duration::from_secs(60),
            mode: ApplyMode::Always,
        }
    }
}

/// Applies, prunes and waits for objects with one client.
#[derive(Clone)]
pub struct Applier {
    client: kube::Client,
    discovery: Arc<Discovery>,
}

/// An object ready to be written: identity and JSON.
struct Prepared {
    meta: ObjMeta,
    object: Value,
}

impl Applier {
    /// Creates an applier writing with `client` and resolving kinds with `discovery`.
    pub fn new(client: kube::Client, discovery: Arc<Discovery>) -> Self {
        Self { client, discovery }
    }

    /// Returns the client.
    pub fn client(&self) -> &kube::Client {
        &self.client
    }

    /// Returns the kind resolver.
    pub fn discovery(&self) -> &Discovery {
        &self.discovery
    }

    /// Returns an API handle for the object.
    pub async fn api_for(&self, meta: &ObjMeta) -> Result<(Api<DynamicObject>, Resolved), ApplyError> {
        let resolved = self
            .discovery
            .resolve(&meta.group, &meta.version, &meta.kind)
            .await
            .map_err(|source| ApplyError::Discovery {
                subject: meta.subject(),
                source,
            })?;
        let api = if resolved.namespaced {
            if meta.namespace.is_empty() {
                return Err(ApplyError::NamespaceMissing {
                    subject: meta.subject(),
                });
            }
            Api::namespaced_with(self.client.clone(), &meta.namespace, &resolved.resource)
        } else {
            Api::all_with(self.client.clone(), &resolved.resource)
        };
        Ok((api, resolved))
    }

    /// Applies `objects` in Flux's stages.
    pub async fn apply_all_staged(
        &self,
        objects: Vec<Value>,
        options: &ApplyOptions,
    ) -> Result<ChangeSet, ApplyFailure> {
        let mut first = Vec::new();
        let mut classes = Vec::new();
        let mut rest = Vec::new();
        for obj in objects {
            let meta = ObjMeta::from_object(&obj).map_err(|e| ApplyFailure {
                changes: ChangeSet::default(),
                error: e.into(),
            })?;
            if meta.is_crd()
                || meta.is_namespace()
                || (meta.kind == "ClusterRole" && meta.group == "rbac.authorization.k8s.io")
            {
                first.push((meta, obj));
            } else if meta.kind.ends_with("Class") {
                classes.push((meta, obj));
            } else {
                rest.push((meta, obj));
            }
        }
        let mut changes = ChangeSet::default();
        let stages = [(first, true), (classes, true), (rest, false)];
        for (stage, wait) in stages {
            if stage.is_empty() {
                continue;
            }
            let metas: Vec<ObjMeta> = stage.iter().map(|(m, _)| m.clone()).collect();
            let applied = self.apply_stage(stage, options).await;
            let mut failed = None;
            for r in applied {
                match r {
                    Ok(c) => changes.entries.push(c),
                    Err(e) => {
                        if failed.is_none() {
                            failed = Some(e);
                        }
                    }
                }
            }
            if let Some(error) = failed {
                return Err(ApplyFailure { changes, error });
            }
            if wait {
                let crds_changed = metas.iter().any(ObjMeta::is_crd);
                if let Err(e) = wait_for(self, &metas, options.stage_timeout, Duration::from_millis(500)).await {
                    return Err(ApplyFailure {
                        changes,
                        error: e.into(),
                    });
                }
                if crds_changed {
                    self.discovery.invalidate();
                }
            }
        }
        Ok(changes)
    }

    async fn apply_stage(
        &self,
        stage: Vec<(ObjMeta, Value)>,
        options: &ApplyOptions,
    ) -> Vec<Result<Change, ApplyError>> {
        futures::stream::iter(stage)
            .map(|(meta, obj)| async move { self.apply_one(meta, obj, options).await })
            .buffered(options.concurrency.max(1))
            .collect()
            .await
    }

    /// Applies one object.
    pub async fn apply_one(
        &self,
        meta: ObjMeta,
        mut object: Value,
        options: &ApplyOptions,
    ) -> Result<Change, ApplyError> {
        let ssa = policy(&object, SSA_KEY).map(str::to_ascii_lowercase);
        if ssa.as_deref() == Some("ignore") {
            return Ok(Change {
                meta,
                action: Action::Skipped,
            });
        }
        let (api, resolved) = self.api_for(&meta).await?;
        if !resolved.namespaced
            && let Some(m) = object.get_mut("metadata").and_then(Value::as_object_mut)
        {
            m.remove("namespace");
        }
        super::normalize::set_native_defaults(&mut object);
        let prepared = Prepared { meta, object };
        let existing = match api.get_opt(&prepared.meta.name).await {
            Ok(o) => o,
            Err(e) => return Err(ApplyError::api(&prepared.meta, "get", e)),
        };
        if existing.is_some() && ssa.as_deref() == Some("ifnotpresent") {
            return Ok(Change {
                meta: prepared.meta,
                action: Action::Skipped,
            });
        }
        // The live object as JSON, read once for the drift check and the field takeover.
        let live = existing
            .as_ref()
            .map(|o| serde_json::to_value(o).unwrap_or(Value::Null));
        if let Some(live) = &live
            && options.mode == ApplyMode::IfDrifted
            && is_subset(&prepared.object, live, true)
        {
            return Ok(Change {
                meta: prepared.meta,
                action: Action::Unchanged,
            });
        }
        // Override (the default): fields set by kubectl become ours, so removing them from the
        // source removes them from the cluster. Merge keeps them with their managers.
        if let Some(live) = &live
            && ssa.as_deref() != Some("merge")
            && let Some(patch) = super::managers::takeover_patch(live, &options.field_manager)
        {
            let patch: json_patch::Patch = serde_json::from_value(patch).map_err(|e| ApplyError::Api {
                subject: prepared.meta.subject(),
                operation: "patch",
                message: e.to_string(),
                code: 0,
            })?;
            api.patch(&prepared.meta.name, &PatchParams::default(), &Patch::<()>::Json(patch))
                .await
                .map_err(|e| ApplyError::api(&prepared.meta, "patch", e))?;
        }
        let params = PatchParams::apply(&options.field_manager).force();
        let result = api
            .patch(&prepared.meta.name, &params, &Patch::Apply(&prepared.object))
            .await;
        let applied = match result {
            Ok(o) => o,
            Err(e) if existing.is_some() && is_immutable_error(&e) && forced(&prepared.object, options) => {
                return self.recreate(&api, &prepared, &params).await;
            }
            Err(e) => return Err(ApplyError::api(&prepared.meta, "apply", e)),
        };
        let action = match &existing {
            None => Action::Created,
            Some(old) if old.metadata.resource_version == applied.metadata.resource_version => Action::Unchanged,
            Some(_) => Action::Configured,
        };
        Ok(Change {
            meta: prepared.meta,
            action,
        })
    }

    async fn recreate(
        &self,
        api: &Api<DynamicObject>,
        prepared: &Prepared,
        params: &PatchParams,
    ) -> Result<Change, ApplyError> {
        let meta = &prepared.meta;
        let dp = DeleteParams {
            propagation_policy: Some(PropagationPolicy::Background),
            ..DeleteParams::default()
        };
        match api.delete(&meta.name, &dp).await {
            Ok(_) => {}
            Err(kube::Error::Api(s)) if s.code == 404 => {}
            Err(e) => return Err(ApplyError::api(meta, "delete", e)),
        }
        // Wait until the old object is gone (finalizers may hold it briefly).
        for _ in 0..120 {
            match api.get_opt(&meta.name).await {
                Ok(None) => break,
                Ok(Some(_)) => tokio::time::sleep(Duration::from_millis(250)).await,
                Err(e) => return Err(ApplyError::api(meta, "get", e)),
            }
        }
        api.patch(&meta.name, params, &Patch::Apply(&prepared.object))
            .await
            .map_err(|e| ApplyError::api(meta, "apply", e))?;
        Ok(Change {
            meta: meta.clone(),
            action: Action::Created,
        })
    }
}

fn forced(object: &Value, options: &ApplyOptions) -> bool {
    if has_policy(object, FORCE_KEY, "disabled") {
        return false;
    }
    options.force || has_policy(object, FORCE_KEY, "enabled")
}

/// True for the API server's "field is immutable" class of errors.
pub fn is_immutable_error(e: &kube::Error) -> bool {
    match e {
        kube::Error::Api(s) if s.code == 422 => {
            let m = s.message.to_ascii_lowercase();
            m.contains("immutable") || m.contains("may not change") || m.contains("cannot change")
        }
        _ => false,
    }
}

/// True when every field of `desired` is present in `live` with the same value (numbers compare
/// by value; lists element by element with the same length). At the top level `status` is
/// ignored, and of `metadata` only name, namespace, labels and annotations count.
pub fn is_subset(desired: &Value, live: &Value, top: bool) -> bool {
    match (desired, live) {
        (Value::Object(d), Value::Object(l)) => d.iter().all(|(k, dv)| {
            if top && k == "status" {
                return true;
            }
            if top && k == "metadata" {
                let lm = l.get("metadata").unwrap_or(&Value::Null);
                return match dv {
                    Value::Object(dm) => dm.iter().all(|(mk, mv)| match mk.as_str() {
                        "name" | "namespace" | "labels" | "annotations" => {
                            lm.get(mk).is_some_and(|lv| is_subset(mv, lv, false))
                                || (mv.as_object().is_some_and(|o| o.is_empty()) && lm.get(mk).is_none())
                        }
                        _ => true,
                    }),
                    _ => true,
                };
            }
            match l.get(k) {
                Some(lv) => is_subset(dv, lv, false),
                None => dv.is_null(),
            }
        }),
        (Value::Array(d), Value::Array(l)) => {
            d.len() == l.len() && d.iter().zip(l).all(|(a, b)| is_subset(a, b, false))
        }
        (Value::Number(a), Value::Number(b)) => a == b || a.as_f64() == b.as_f64(),
        (a, b) => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn live_objects_with_extra_server_fields_hold_the_desired_state() {
        let desired =
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","labels":{"x":"1"}},"data":{"k":"v"}});
        let live = json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","uid":"u","resourceVersion":"5","labels":{"x":"1","y":"2"}},"data":{"k":"v"}});
        assert!(is_subset(&desired, &live, true));
    }

    #[test]
    fn an_edited_or_removed_field_is_drift() {
        let desired = json!({"metadata":{"name":"a"},"spec":{"replicas":2,"ports":[{"port":80}]}});
        assert!(!is_subset(
            &desired,
            &json!({"metadata":{"name":"a"},"spec":{"replicas":3,"ports":[{"port":80}]}}),
            true
        ));
        assert!(!is_subset(
            &desired,
            &json!({"metadata":{"name":"a"},"spec":{"ports":[{"port":80}]}}),
            true
        ));
        assert!(!is_subset(
            &desired,
            &json!({"metadata":{"name":"a"},"spec":{"replicas":2,"ports":[]}}),
            true
        ));
        assert!(is_subset(
            &desired,
            &json!({"metadata":{"name":"a"},"spec":{"replicas":2.0,"ports":[{"port":80,"protocol":"TCP"}]}}),
            true
        ));
    }

    #[test]
    fn change_set_text_lists_only_changes() {
        let m = |k: &str, n: &str| ObjMeta {
            group: String::new(),
            version: "v1".into(),
            kind: k.into(),
            namespace: "default".into(),
            name: n.into(),
        };
        let cs = ChangeSet {
            entries: vec![
                Change {
                    meta: m("Service", "a"),
                    action: Action::Created,
                },
                Change {
                    meta: m("ConfigMap", "b"),
                    action: Action::Unchanged,
                },
                Change {
                    meta: m("Secret", "c"),
                    action: Action::Configured,
                },
            ],
        };
        assert!(cs.has_changes());
        assert_eq!(
            cs.changes_text(),
            "Service/default/a created\nSecret/default/c configured"
        );
    }
}
