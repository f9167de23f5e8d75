//! The reconcile harness shared by every Flux kind.
//!
//! [`run`] watches one kind and drives a [`Reconciler`] through Flux's lifecycle: objects are
//! read as untyped JSON first, so a spec the typed API cannot read becomes a `Stalled`
//! condition instead of a crash loop; the `finalizers.fluxcd.io` finalizer is added and, on
//! deletion, removed after [`Reconciler::finalize`]; suspended objects are left alone; the
//! outcome is written to `.status` in one server-side apply of the status subresource (skipped
//! when nothing changed), with kstatus conditions, `observedGeneration` and
//! `lastHandledReconcileAt`; events go out when `Ready` changes or a reconcile fails; the
//! object is requeued after its jittered interval, its retry interval, or not at all.
//!
//! Only changes of `metadata.generation`, of the `reconcile.fluxcd.io/requestedAt` annotation
//! and of the deletion timestamp trigger a reconcile, so our own status writes do not.

use crate::conditions::Conditions;
use crate::duration::{jitter, parse_duration};
use crate::error::{ErrorClass, ReconcileError, RuntimeError};
use crate::events::{EventRecorder, Severity};
use crate::metrics::Metrics;
use ferroflux_api::FluxObject;
use ferroflux_api::meta::Condition;
use ferroflux_api::meta::{FINALIZER, READY, RECONCILE_REQUEST_ANNOTATION, reasons};
use futures::StreamExt;
use futures::stream::BoxStream;
use kube::api::{ApiResource, DynamicObject, Patch, PatchParams};
use kube::runtime::controller::{Action, Config as ControllerConfig, Controller};
use kube::runtime::reflector;
use kube::runtime::reflector::ObjectRef;
use kube::runtime::watcher;
use kube::runtime::{PredicateConfig, WatchStreamExt};
use kube::{Api, ResourceExt};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::future::Future;
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// How long in-flight reconciles may run on after shutdown is requested.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Settings of one kind's controller loop.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Controller name: event `reportingController` and SSA field manager (`kustomize-controller`).
    pub controller: String,
    /// Objects reconciled at once.
    pub concurrency: u16,
    /// Interval jitter in percent.
    pub jitter_percent: u8,
    /// Namespace to watch; `None` watches all namespaces.
    pub namespace: Option<String>,
    /// Label selector limiting the watch (sharding).
    pub label_selector: Option<String>,
}

impl Settings {
    /// The field manager of status writes: `gotk-<controller>`, like Flux.
    pub fn status_manager(&self) -> String {
        format!("gotk-{}", self.controller)
    }
}

/// What a controller shares across reconciles.
#[derive(Clone)]
pub struct Context {
    /// Kubernetes client.
    pub client: kube::Client,
    /// Event recorder.
    pub events: EventRecorder,
    /// Metrics.
    pub metrics: Metrics,
    /// Loop settings.
    pub settings: Settings,
}

/// The status being built during a reconcile: conditions plus the kind's own status fields,
/// starting from what the object's status holds now.
#[derive(Clone, Debug)]
pub struct StatusDraft {
    /// kstatus conditions.
    pub conditions: Conditions,
    /// Kind-specific status fields (everything but conditions, observedGeneration and
    /// lastHandledReconcileAt), by JSON name.
    pub fields: Map<String, Value>,
}

impl StatusDraft {
    /// Sets a kind-specific status field from any serialisable value.
    pub fn set<T: serde::Serialize>(&mut self, field: &str, value: &T) -> Result<(), serde_json::Error> {
        self.fields.insert(field.to_owned(), serde_json::to_value(value)?);
        Ok(())
    }

    /// Removes a kind-specific status field.
    pub fn remove(&mut self, field: &str) {
        self.fields.remove(field);
    }
}

/// A successful reconcile.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// `Ready=True` reason, e.g. `Succeeded`.
    pub reason: String,
    /// `Ready=True` message.
    pub message: String,
    /// An event to emit even when `Ready` did not change (e.g. a new artifact).
    pub event: Option<OutcomeEvent>,
    /// Requeue after this instead of the jittered interval.
    pub requeue_after: Option<Duration>,
}

/// An event requested by a reconciler.
#[derive(Clone, Debug)]
pub struct OutcomeEvent {
    /// Severity.
    pub severity: Severity,
    /// Reason.
    pub reason: String,
    /// Message.
    pub message: String,
    /// Metadata suffixes under the kind's group (`revision` → `<group>/revision`).
    pub metadata: BTreeMap<String, String>,
}

/// One kind's reconcile logic; the harness does the rest.
pub trait Reconciler<K: FluxObject>: Send + Sync + 'static {
    /// Brings the world in line with `obj`'s spec, recording progress on `status`.
    fn reconcile(
        &self,
        obj: &K,
        status: &mut StatusDraft,
        ctx: &Context,
    ) -> impl Future<Output = Result<Outcome, ReconcileError>> + Send;

    /// Cleans up before the finalizer is removed (e.g. deletes stored artifacts).
    fn finalize(&self, _obj: &K, _ctx: &Context) -> impl Future<Output = Result<(), ReconcileError>> + Send {
        async { Ok(()) }
    }
}

/// Returns the hash the watch filter compares: generation, requestedAt and deletion.
fn trigger_hash(obj: &DynamicObject) -> Option<u64> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    obj.metadata.generation.hash(&mut h);
    obj.annotations().get(RECONCILE_REQUEST_ANNOTATION).hash(&mut h);
    obj.metadata.deletion_timestamp.is_some().hash(&mut h);
    Some(h.finish())
}

struct Shared<K, R> {
    reconciler: R,
    ctx: Context,
    api_resource: ApiResource,
    _kind: std::marker::PhantomData<fn() -> K>,
}

/// Extra reconcile requests for a kind: given the kind's object cache, a stream of
/// `(namespace, name)` of objects to reconcile now (e.g. the dependents of a source whose
/// artifact changed). Built with [`watch_trigger`].
pub struct Trigger {
    build: TriggerFactory,
}

type TriggerFactory = Box<dyn FnOnce(reflector::Store<DynamicObject>) -> BoxStream<'static, (String, String)> + Send>;

impl Trigger {
    /// Wraps a stream factory.
    pub fn new(
        build: impl FnOnce(reflector::Store<DynamicObject>) -> BoxStream<'static, (String, String)> + Send + 'static,
    ) -> Self {
        Self { build: Box::new(build) }
    }
}

/// A [`Trigger`] from a watch of another kind: every object of `resource` (in `namespace`, or
/// all; matching `labels`) whose `change_key` changed — the first sighting counts — is mapped
/// by `map` to the objects to reconcile, looked up in the reconciled kind's cache.
pub fn watch_trigger<F>(
    client: kube::Client,
    resource: ApiResource,
    namespace: Option<String>,
    labels: Option<String>,
    change_key: fn(&DynamicObject) -> Option<u64>,
    map: F,
) -> Trigger
where
    F: Fn(&DynamicObject, &reflector::Store<DynamicObject>) -> Vec<(String, String)> + Send + Sync + 'static,
{
    Trigger::new(move |store| {
        let api: Api<DynamicObject> = match &namespace {
            Some(ns) => Api::namespaced_with(client, ns, &resource),
            None => Api::all_with(client, &resource),
        };
        let mut wc = watcher::Config::default();
        if let Some(sel) = labels.as_deref().filter(|s| !s.is_empty()) {
            wc = wc.labels(sel);
        }
        watcher(api, wc)
            .default_backoff()
            .applied_objects()
            .predicate_filter(change_key, PredicateConfig::default())
            .filter_map(|r| async move { r.ok() })
            .flat_map(move |obj| futures::stream::iter(map(&obj, &store)))
            .boxed()
    })
}

/// Runs the controller loop for kind `K` until `shutdown` fires.
pub async fn run<K, R>(ctx: Context, reconciler: R, shutdown: CancellationToken)
where
    K: FluxObject,
    R: Reconciler<K>,
{
    run_with_triggers::<K, R>(ctx, reconciler, shutdown, Vec::new()).await;
}

/// Like [`run`], also reconciling the objects named by `triggers`.
pub async fn run_with_triggers<K, R>(ctx: Context, reconciler: R, shutdown: CancellationToken, triggers: Vec<Trigger>)
where
    K: FluxObject,
    R: Reconciler<K>,
{
    let ar = ApiResource::erase::<K>(&());
    let api: Api<DynamicObject> = match &ctx.settings.namespace {
        Some(ns) => Api::namespaced_with(ctx.client.clone(), ns, &ar),
        None => Api::all_with(ctx.client.clone(), &ar),
    };
    let mut wc = watcher::Config::default();
    if let Some(sel) = ctx.settings.label_selector.as_deref().filter(|s| !s.is_empty()) {
        wc = wc.labels(sel);
    }
    let writer = reflector::store::Writer::<DynamicObject>::new(ar.clone());
    let reader = writer.as_reader();
    let stream = watcher(api, wc)
        .default_backoff()
        .reflect(writer)
        .applied_objects()
        .predicate_filter(trigger_hash, PredicateConfig::default());
    let config = ControllerConfig::default().concurrency(ctx.settings.concurrency.max(1));
    let kind = K::kind(&()).to_string();
    let shared = Arc::new(Shared::<K, R> {
        reconciler,
        ctx,
        api_resource: ar.clone(),
        _kind: std::marker::PhantomData,
    });
    tracing::info!(kind = %kind, "starting controller");
    let stop = shutdown.clone();
    let mut controller = Controller::for_stream_with(stream, reader.clone(), ar.clone());
    for trigger in triggers {
        let ar = ar.clone();
        let requests =
            (trigger.build)(reader.clone()).map(move |(ns, name)| ObjectRef::new_with(&name, ar.clone()).within(&ns));
        controller = controller.reconcile_on(requests);
    }
    let controller = controller
        .with_config(config)
        .graceful_shutdown_on(shutdown.cancelled_owned())
        .run(
            |obj, shared: Arc<Shared<K, R>>| async move { reconcile_one(obj, &shared).await },
            |_obj, err: &RuntimeError, _shared| {
                tracing::warn!(error = %err, "reconcile failed to talk to the API server; retrying");
                Action::requeue(Duration::from_secs(5))
            },
            shared,
        )
        .for_each(|res| async move {
            if let Err(e) = res {
                tracing::debug!(error = %e, "controller event");
            }
        });
    // In-flight reconciles get a grace period after shutdown; kube-runtime's graceful shutdown
    // can otherwise wait forever when the signal lands while its watch is starting. Every write
    // we make is atomic, so abandoning a reconcile is safe: the next leader converges.
    let grace = async {
        stop.cancelled().await;
        tokio::time::sleep(SHUTDOWN_GRACE).await;
    };
    tokio::select! {
        () = controller => tracing::info!(kind = %kind, "controller stopped"),
        () = grace => tracing::warn!(kind = %kind, grace = ?SHUTDOWN_GRACE, "controller did not drain within the grace period; stopping anyway"),
    }
}

async fn reconcile_one<K: FluxObject, R: Reconciler<K>>(
    dynobj: Arc<DynamicObject>,
    shared: &Shared<K, R>,
) -> Result<Action, RuntimeError> {
    let ctx = &shared.ctx;
    let kind = shared.api_resource.kind.clone();
    let name = dynobj.name_any();
    let namespace = dynobj.namespace().unwrap_or_default();
    let span = tracing::info_span!("reconcile", kind = %kind, name = %name, namespace = %namespace);
    let _enter = span.enter();
    let started = Instant::now();
    let api: Api<K> = Api::namespaced(ctx.client.clone(), &namespace);
    let generation = dynobj.metadata.generation;

    // A spec the typed API cannot read: Stalled, with the parser's message.
    let obj: K = match serde_json::to_value(dynobj.as_ref()).and_then(serde_json::from_value) {
        Ok(o) => o,
        Err(e) => {
            let message = format!("invalid {kind} spec: {e}");
            tracing::error!(error = %e, "cannot decode object");
            let old = dynobj.data.get("status").cloned().unwrap_or(Value::Null);
            let mut draft = draft_from_status(&old);
            draft.conditions.mark_not_ready(reasons::FAILED, &message, generation);
            draft.conditions.mark_stalled(reasons::FAILED, &message, generation);
            let status = finish_status(
                draft,
                generation,
                dynobj.annotations().get(RECONCILE_REQUEST_ANNOTATION),
            );
            write_status_dynamic(ctx, &shared.api_resource, &namespace, &name, &old, status).await?;
            ctx.metrics.record_result(&kind.to_lowercase(), "error");
            return Ok(Action::await_change());
        }
    };

    if obj.meta().deletion_timestamp.is_some() {
        if obj.finalizers().iter().any(|f| f == FINALIZER) {
            if let Err(e) = shared.reconciler.finalize(&obj, ctx).await {
                tracing::warn!(error = %e, "finalize failed");
                ctx.events
                    .record(&obj, Severity::Error, &e.reason, &e.message, &BTreeMap::new())
                    .await;
                return Ok(Action::requeue(Duration::from_secs(5)));
            }
            let remaining: Vec<&String> = obj.finalizers().iter().filter(|f| *f != FINALIZER).collect();
            let patch = serde_json::json!({ "metadata": { "finalizers": remaining, "resourceVersion": obj.resource_version() } });
            match api.patch(&name, &PatchParams::default(), &Patch::Merge(&patch)).await {
                Ok(_) => {}
                Err(kube::Error::Api(s)) if s.code == 404 => {}
                Err(e) => return Err(e.into()),
            }
        }
        ctx.metrics.forget(&kind, &namespace, &name);
        return Ok(Action::await_change());
    }

    if !obj.finalizers().iter().any(|f| f == FINALIZER) {
        let mut fins: Vec<String> = obj.finalizers().to_vec();
        fins.push(FINALIZER.to_owned());
        let patch =
            serde_json::json!({ "metadata": { "finalizers": fins, "resourceVersion": obj.resource_version() } });
        api.patch(&name, &PatchParams::default(), &Patch::Merge(&patch)).await?;
    }

    if obj.suspended() {
        tracing::info!("reconciliation is suspended for this object");
        return Ok(Action::await_change());
    }

    let request = obj.annotations().get(RECONCILE_REQUEST_ANNOTATION).cloned();
    let old_status = serde_json::to_value(&obj)?
        .get("status")
        .cloned()
        .unwrap_or(Value::Null);
    let mut draft = draft_from_status(&old_status);
    let old_ready = draft
        .conditions
        .get(READY)
        .map(|c| (c.status.clone(), c.reason.clone()));

    let interval = match parse_duration(obj.interval()) {
        Ok(d) if !d.is_zero() => Ok(d),
        Ok(_) => Err(ReconcileError::stalled(
            reasons::FAILED,
            "invalid spec.interval: must be greater than zero",
        )),
        Err(e) => Err(ReconcileError::stalled(
            reasons::FAILED,
            format!("invalid spec.interval: {e}"),
        )),
    };
    let retry = match obj.retry_interval().map(parse_duration) {
        Some(Ok(d)) if !d.is_zero() => Some(d),
        Some(Err(e)) => {
            return finish(
                shared,
                &obj,
                draft,
                old_status,
                old_ready,
                Err(ReconcileError::stalled(
                    reasons::FAILED,
                    format!("invalid spec.retryInterval: {e}"),
                )),
                Duration::ZERO,
                None,
                request,
                started,
            )
            .await;
        }
        _ => None,
    };
    let (result, interval) = match interval {
        Ok(d) => (shared.reconciler.reconcile(&obj, &mut draft, ctx).await, d),
        Err(e) => (Err(e), Duration::from_secs(600)),
    };
    finish(
        shared, &obj, draft, old_status, old_ready, result, interval, retry, request, started,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn finish<K: FluxObject, R: Reconciler<K>>(
    shared: &Shared<K, R>,
    obj: &K,
    mut draft: StatusDraft,
    old_status: Value,
    old_ready: Option<(String, String)>,
    result: Result<Outcome, ReconcileError>,
    interval: Duration,
    retry: Option<Duration>,
    request: Option<String>,
    started: Instant,
) -> Result<Action, RuntimeError> {
    let ctx = &shared.ctx;
    let kind = K::kind(&()).to_string();
    let generation = obj.meta().generation;
    let (action, observed, event) = match &result {
        Ok(o) => {
            draft.conditions.mark_ready(&o.reason, &o.message, generation);
            let after = o
                .requeue_after
                .unwrap_or_else(|| jitter(interval, ctx.settings.jitter_percent));
            (Action::requeue(after), true, o.event.clone())
        }
        Err(e) => {
            draft.conditions.mark_not_ready(&e.reason, &e.message, generation);
            let ev = OutcomeEvent {
                severity: Severity::Error,
                reason: e.reason.clone(),
                message: e.message.clone(),
                metadata: BTreeMap::new(),
            };
            match e.class {
                ErrorClass::Stalled => {
                    draft.conditions.mark_stalled(&e.reason, &e.message, generation);
                    (Action::await_change(), true, Some(ev))
                }
                ErrorClass::Waiting(d) => {
                    draft
                        .conditions
                        .mark_reconciling(reasons::PROGRESSING_WITH_RETRY, &e.message, generation);
                    let ev = OutcomeEvent {
                        severity: Severity::Info,
                        ..ev
                    };
                    (Action::requeue(d), false, Some(ev))
                }
                ErrorClass::Transient => {
                    draft
                        .conditions
                        .mark_reconciling(reasons::PROGRESSING_WITH_RETRY, &e.message, generation);
                    (Action::requeue(retry.unwrap_or(interval)), false, Some(ev))
                }
            }
        }
    };
    let new_ready = draft
        .conditions
        .get(READY)
        .map(|c| (c.status.clone(), c.reason.clone()));
    let observed_generation = if observed {
        generation
    } else {
        old_status.get("observedGeneration").and_then(Value::as_i64)
    };
    let status = finish_status(draft, observed_generation, request.as_ref());
    let name = obj.name_any();
    let namespace = obj.namespace().unwrap_or_default();
    write_status_dynamic(ctx, &shared.api_resource, &namespace, &name, &old_status, status).await?;

    let took = started.elapsed();
    ctx.metrics.record_duration(&kind, &namespace, &name, took);
    ctx.metrics
        .record_result(&kind.to_lowercase(), if result.is_ok() { "success" } else { "error" });
    match &result {
        Ok(o) => {
            tracing::info!(took_ms = took.as_millis() as u64, reason = %o.reason, "{}", o.message);
        }
        Err(e) => tracing::error!(took_ms = took.as_millis() as u64, reason = %e.reason, "{}", e.message),
    }
    let ready_changed = old_ready != new_ready;
    if let Some(ev) = event {
        // Successful reconciles only speak when something changed; failures always do.
        if ev.severity == Severity::Error || ready_changed || result.as_ref().is_ok_and(|o| o.event.is_some()) {
            ctx.events
                .record(obj, ev.severity, &ev.reason, &ev.message, &ev.metadata)
                .await;
        }
    } else if ready_changed && let Ok(o) = &result {
        ctx.events
            .record(obj, Severity::Info, &o.reason, &o.message, &BTreeMap::new())
            .await;
    }
    Ok(action)
}

/// Splits a status object into conditions and the kind's own fields.
fn draft_from_status(status: &Value) -> StatusDraft {
    let mut fields = status.as_object().cloned().unwrap_or_default();
    let conditions = fields
        .remove("conditions")
        .and_then(|c| serde_json::from_value::<Vec<Condition>>(c).ok())
        .unwrap_or_default();
    fields.remove("observedGeneration");
    fields.remove("lastHandledReconcileAt");
    StatusDraft {
        conditions: Conditions::from_existing(&conditions),
        fields,
    }
}

fn finish_status(draft: StatusDraft, observed_generation: Option<i64>, request: Option<&String>) -> Value {
    let mut status = draft.fields;
    if let Some(g) = observed_generation {
        status.insert("observedGeneration".into(), g.into());
    }
    let conditions = draft.conditions.into_vec();
    if !conditions.is_empty() {
        status.insert(
            "conditions".into(),
            serde_json::to_value(conditions).unwrap_or(Value::Null),
        );
    }
    if let Some(r) = request {
        status.insert("lastHandledReconcileAt".into(), Value::String(r.clone()));
    }
    Value::Object(status)
}

/// Writes `status` with one server-side apply of the status subresource, unless it equals `old`.
async fn write_status_dynamic(
    ctx: &Context,
    ar: &ApiResource,
    namespace: &str,
    name: &str,
    old: &Value,
    status: Value,
) -> Result<(), RuntimeError> {
    if &status == old {
        return Ok(());
    }
    let api: Api<DynamicObject> = Api::namespaced_with(ctx.client.clone(), namespace, ar);
    let body = serde_json::json!({ "apiVersion": ar.api_version, "kind": ar.kind, "status": &status });
    let pp = PatchParams::apply(&ctx.settings.status_manager()).force();
    match api.patch_status(name, &pp, &Patch::Apply(&body)).await {
        Ok(_) => {}
        // Deleted meanwhile: nothing left to record.
        Err(kube::Error::Api(s)) if s.code == 404 => return Ok(()),
        Err(e) => return Err(e.into()),
    }
    // Server-side apply cannot drop a field another manager also owns (on 1.20 any plain
    // update of the object co-owns status), so fields that went away are removed explicitly.
    let removed = removed_fields(old, &status);
    if removed.is_empty() {
        return Ok(());
    }
    let nulls: Map<String, Value> = removed.into_iter().map(|k| (k, Value::Null)).collect();
    let patch = serde_json::json!({ "status": nulls });
    let pp = PatchParams {
        field_manager: Some(ctx.settings.status_manager()),
        ..Default::default()
    };
    match api.patch_status(name, &pp, &Patch::Merge(&patch)).await {
        Ok(_) => Ok(()),
        Err(kube::Error::Api(s)) if s.code == 404 => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Top-level status fields present in `old` and absent from `new`.
fn removed_fields(old: &Value, new: &Value) -> Vec<String> {
    let (Some(old), Some(new)) = (old.as_object(), new.as_object()) else {
        return Vec::new();
    };
    old.keys().filter(|k| !new.contains_key(*k)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_keeps_kind_fields_and_splits_conditions() {
        let status = serde_json::json!({
            "observedGeneration": 3,
            "lastHandledReconcileAt": "x",
            "artifact": {"path": "p"},
            "conditions": [{"type": "Ready", "status": "True", "reason": "Succeeded", "message": "m", "lastTransitionTime": "2020-01-01T00:00:00Z"}]
        });
        let d = draft_from_status(&status);
        assert!(d.conditions.is_true(READY));
        assert_eq!(d.fields.len(), 1);
        let out = finish_status(d, Some(4), Some(&"y".to_owned()));
        assert_eq!(out["observedGeneration"], 4);
        assert_eq!(out["lastHandledReconcileAt"], "y");
        assert_eq!(out["artifact"]["path"], "p");
    }

    #[test]
    fn removed_status_fields_are_found() {
        let old = serde_json::json!({"a": 1, "b": 2, "conditions": []});
        let new = serde_json::json!({"a": 1, "conditions": []});
        assert_eq!(removed_fields(&old, &new), vec!["b".to_owned()]);
        assert!(removed_fields(&Value::Null, &new).is_empty());
    }

    #[test]
    fn trigger_hash_ignores_status_and_tracks_requests() {
        let mut o = DynamicObject::new("a", &ApiResource::erase::<k8s_openapi::api::core::v1::ConfigMap>(&()));
        o.metadata.generation = Some(1);
        let h1 = trigger_hash(&o);
        o.data = serde_json::json!({"status": {"x": 1}});
        assert_eq!(h1, trigger_hash(&o));
        o.metadata.annotations = Some([(RECONCILE_REQUEST_ANNOTATION.to_owned(), "now".to_owned())].into());
        assert_ne!(h1, trigger_hash(&o));
    }
}
