//! Kubernetes resource status computation, as kstatus (fluxcd/cli-utils `pkg/kstatus`, v1.2.1)
//! computes it for Flux's health checks and `wait`.
//!
//! Entry points: [`compute`] (or [`compute_at`] with an explicit clock) turns any object into a
//! [`StatusResult`]; [`augment`] writes the computed `Reconciling`/`Stalled` conditions into the
//! object's `status.conditions`; [`aggregate`] folds the statuses of many objects into one.
//!
//! The order of evaluation is kstatus's:
//!
//! 1. a non-empty `metadata.deletionTimestamp` is `Terminating`;
//! 2. `metadata.generation` ≠ `status.observedGeneration` (both present) is `InProgress`;
//! 3. a `Reconciling=True` condition is `InProgress`, a `Stalled=True` one `Failed` (the first
//!    of the two in list order wins);
//! 4. built-in kinds (looked up by group and kind, never version) have their own rules;
//! 5. otherwise a `Ready` condition decides (`True` is `Current`, anything else `InProgress`);
//! 6. otherwise the object is `Current`.
//!
//! Integer fields count only when they are JSON integers, as kstatus's `GetIntField` reads
//! them; a missing or non-integer field takes the rule's default.

use std::fmt;
use std::str::FromStr;

use serde_json::{Map, Value};

/// How long after its creation an unschedulable Pod is still `InProgress` rather than `Failed`.
pub const SCHEDULE_WINDOW_SECONDS: i64 = 15;

/// The condition type kstatus sets while a resource is progressing.
pub const CONDITION_RECONCILING: &str = "Reconciling";

/// The condition type kstatus sets when a resource cannot make progress.
pub const CONDITION_STALLED: &str = "Stalled";

/// The computed status of a resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// The resource is being reconciled towards its desired state.
    InProgress,
    /// The resource failed to reach its desired state and needs attention.
    Failed,
    /// The resource has reached its desired state.
    Current,
    /// The resource is being deleted.
    Terminating,
    /// The resource does not exist.
    NotFound,
    /// The status could not be determined.
    Unknown,
}

impl Status {
    /// Returns the name kstatus uses (`InProgress`, `Current`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::InProgress => "InProgress",
            Status::Failed => "Failed",
            Status::Current => "Current",
            Status::Terminating => "Terminating",
            Status::NotFound => "NotFound",
            Status::Unknown => "Unknown",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = KstatusError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "InProgress" => Ok(Status::InProgress),
            "Failed" => Ok(Status::Failed),
            "Current" => Ok(Status::Current),
            "Terminating" => Ok(Status::Terminating),
            "NotFound" => Ok(Status::NotFound),
            "Unknown" => Ok(Status::Unknown),
            other => Err(KstatusError::InvalidStatus(other.to_owned())),
        }
    }
}

/// A condition computed by kstatus (`Reconciling` or `Stalled`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Condition {
    /// The condition type.
    pub type_: String,
    /// `True`, `False` or `Unknown`.
    pub status: String,
    /// A CamelCase reason.
    pub reason: String,
    /// A human-readable message.
    pub message: String,
}

/// The result of [`compute`]: a status, a message, and the conditions that explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusResult {
    /// The computed status.
    pub status: Status,
    /// A human-readable explanation.
    pub message: String,
    /// `Reconciling` for `InProgress`, `Stalled` for `Failed`, usually none otherwise.
    pub conditions: Vec<Condition>,
}

/// Errors from status computation: the object is malformed where kstatus reads it.
#[derive(Debug, thiserror::Error)]
pub enum KstatusError {
    /// The object is not a JSON object.
    #[error("object is not a map")]
    NotAnObject,
    /// A field kstatus reads has the wrong type.
    #[error("looking up {field} from resource: {message}")]
    Field {
        /// The dotted field path.
        field: String,
        /// What is wrong with it.
        message: String,
    },
    /// `status.conditions` does not have the shape of a condition list.
    #[error("{0}")]
    Conditions(String),
    /// A Pod reports a phase kstatus does not know.
    #[error("unknown phase {0}")]
    UnknownPhase(String),
    /// A status name that is not one of kstatus's.
    #[error("string has invalid status: {0}")]
    InvalidStatus(String),
}

/// Computes the status of an object, using the current time for time-dependent rules.
pub fn compute(obj: &Value) -> Result<StatusResult, KstatusError> {
    compute_at(obj, jiff::Timestamp::now())
}

/// Computes the status of an object with `now` as the current time (used only by the Pod
/// scheduling window).
pub fn compute_at(obj: &Value, now: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    let map = obj.as_object().ok_or(KstatusError::NotAnObject)?;
    if let Some(result) = generic_properties(map)? {
        return Ok(result);
    }
    if let Some(rule) = builtin_rule(map) {
        return rule(map, now);
    }
    if let Some(result) = ready_condition(map)? {
        return Ok(result);
    }
    Ok(current("Resource is current"))
}

/// Computes the status of an object and records its conditions in `status.conditions`:
/// a condition of the same type is updated (its `lastTransitionTime` only when the status
/// changes), a new one is appended.
pub fn augment(obj: &mut Value) -> Result<(), KstatusError> {
    augment_at(obj, jiff::Timestamp::now())
}

/// [`augment`] with `now` as the current time.
pub fn augment_at(obj: &mut Value, now: jiff::Timestamp) -> Result<(), KstatusError> {
    let result = compute_at(obj, now)?;
    let map = obj.as_object_mut().ok_or(KstatusError::NotAnObject)?;
    let mut conditions = match nested(map, &["status", "conditions"])? {
        None => Vec::new(),
        Some(Value::Array(items)) => items.clone(),
        Some(other) => return Err(type_error("status.conditions", other, "[]interface {}")),
    };
    let stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    for computed in &result.conditions {
        let mut present = false;
        for item in &mut conditions {
            let condition = item
                .as_object_mut()
                .ok_or_else(|| KstatusError::Conditions("condition does not have the expected structure".to_owned()))?;
            let type_ = condition
                .get("type")
                .and_then(Value::as_str)
                .ok_or_else(|| KstatusError::Conditions("condition type does not have the expected type".to_owned()))?;
            if type_ != computed.type_ {
                continue;
            }
            let status = condition.get("status").and_then(Value::as_str).ok_or_else(|| {
                KstatusError::Conditions("condition status does not have the expected type".to_owned())
            })?;
            if status != computed.status {
                condition.insert("lastTransitionTime".to_owned(), Value::from(stamp.as_str()));
            }
            condition.insert("status".to_owned(), Value::from(computed.status.as_str()));
            condition.insert("lastUpdateTime".to_owned(), Value::from(stamp.as_str()));
            condition.insert("reason".to_owned(), Value::from(computed.reason.as_str()));
            condition.insert("message".to_owned(), Value::from(computed.message.as_str()));
            present = true;
        }
        if !present {
            let mut condition = Map::new();
            condition.insert("lastTransitionTime".to_owned(), Value::from(stamp.as_str()));
            condition.insert("lastUpdateTime".to_owned(), Value::from(stamp.as_str()));
            condition.insert("message".to_owned(), Value::from(computed.message.as_str()));
            condition.insert("reason".to_owned(), Value::from(computed.reason.as_str()));
            condition.insert("status".to_owned(), Value::from(computed.status.as_str()));
            condition.insert("type".to_owned(), Value::from(computed.type_.as_str()));
            conditions.push(Value::Object(condition));
        }
    }
    let status = match map.entry("status").or_insert_with(|| Value::Object(Map::new())) {
        Value::Object(status) => status,
        other => {
            return Err(KstatusError::Field {
                field: "status.conditions".to_owned(),
                message: format!("value cannot be set because {other} is not a map[string]interface{{}}"),
            });
        }
    };
    status.insert("conditions".to_owned(), Value::Array(conditions));
    Ok(())
}

/// Folds the statuses of a set of resources: none is `desired`; any `Failed` is `Failed`;
/// otherwise any `Unknown` is `Unknown`; all equal to `desired` is `desired`; else `InProgress`.
pub fn aggregate(statuses: &[Status], desired: Status) -> Status {
    if statuses.is_empty() {
        return desired;
    }
    if statuses.contains(&Status::Failed) {
        return Status::Failed;
    }
    if statuses.contains(&Status::Unknown) {
        return Status::Unknown;
    }
    if statuses.iter().all(|s| *s == desired) {
        desired
    } else {
        Status::InProgress
    }
}

// ---------------------------------------------------------------------------------------------
// Field access with the semantics of apimachinery's unstructured helpers.

/// Walks `path` through nested maps. A missing key or a null map on the way is "not found";
/// a non-map on the way is an error.
fn nested<'a>(obj: &'a Map<String, Value>, path: &[&str]) -> Result<Option<&'a Value>, KstatusError> {
    let mut current = obj;
    for (i, key) in path.iter().enumerate() {
        let Some(value) = current.get(*key) else {
            return Ok(None);
        };
        if i + 1 == path.len() {
            return Ok(Some(value));
        }
        match value {
            Value::Object(map) => current = map,
            Value::Null => return Ok(None),
            other => {
                return Err(type_error(&path[..=i + 1].join("."), other, "map[string]interface {}"));
            }
        }
    }
    Ok(None)
}

fn type_error(field: &str, value: &Value, expected: &str) -> KstatusError {
    KstatusError::Field {
        field: field.to_owned(),
        message: format!("{value} is of the type {}, expected {expected}", go_type(value)),
    }
}

fn go_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_i64() || n.is_u64() => "int64",
        Value::Number(_) => "float64",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

/// `NestedInt64`: absent is `None`, present but not an integer is an error.
fn nested_int(obj: &Map<String, Value>, path: &[&str]) -> Result<Option<i64>, KstatusError> {
    match nested(obj, path)? {
        None => Ok(None),
        Some(value) => value
            .as_i64()
            .map(Some)
            .ok_or_else(|| type_error(&path.join("."), value, "int64")),
    }
}

/// `GetIntField`: an integer at `path`, or `default` when it is absent, unreadable or not an
/// integer.
fn int_field(obj: &Map<String, Value>, path: &[&str], default: i64) -> i64 {
    match nested(obj, path) {
        Ok(Some(value)) => value.as_i64().unwrap_or(default),
        _ => default,
    }
}

/// `GetStringField`: a string at `path`, or `default`.
fn string_field<'a>(obj: &'a Map<String, Value>, path: &[&str], default: &'a str) -> &'a str {
    match nested(obj, path) {
        Ok(Some(Value::String(s))) => s,
        _ => default,
    }
}

/// A condition as kstatus reads `status.conditions` (missing string fields are empty).
#[derive(Default)]
struct BasicCondition {
    type_: String,
    status: String,
    reason: String,
    message: String,
}

/// Reads `status.conditions` the way the unstructured converter fills kstatus's
/// `ObjWithConditions`: null and absent are empty, wrong types are errors.
fn conditions(obj: &Map<String, Value>) -> Result<Vec<BasicCondition>, KstatusError> {
    let status = match obj.get("status") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Object(status)) => status,
        Some(other) => return Err(convert_error("status", other)),
    };
    let items = match status.get("conditions") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(other) => return Err(convert_error("status.conditions", other)),
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let fields = match item {
            Value::Null => {
                out.push(BasicCondition::default());
                continue;
            }
            Value::Object(fields) => fields,
            other => return Err(convert_error("status.conditions[]", other)),
        };
        let text = |name: &str| -> Result<String, KstatusError> {
            match fields.get(name) {
                None | Some(Value::Null) => Ok(String::new()),
                Some(Value::String(s)) => Ok(s.clone()),
                Some(other) => Err(convert_error(&format!("status.conditions[].{name}"), other)),
            }
        };
        out.push(BasicCondition {
            type_: text("type")?,
            status: text("status")?,
            reason: text("reason")?,
            message: text("message")?,
        });
    }
    Ok(out)
}

fn convert_error(field: &str, value: &Value) -> KstatusError {
    KstatusError::Conditions(format!(
        "cannot convert {field}: unexpected value {value} of type {}",
        go_type(value)
    ))
}

fn has_condition(conditions: &[BasicCondition], type_: &str, status: &str) -> bool {
    find_condition(conditions, type_, status).is_some()
}

fn find_condition<'a>(conditions: &'a [BasicCondition], type_: &str, status: &str) -> Option<&'a BasicCondition> {
    conditions.iter().find(|c| c.type_ == type_ && c.status == status)
}

// ---------------------------------------------------------------------------------------------
// Results.

fn current(message: &str) -> StatusResult {
    StatusResult {
        status: Status::Current,
        message: message.to_owned(),
        conditions: Vec::new(),
    }
}

fn true_condition(type_: &str, reason: &str, message: &str) -> Condition {
    Condition {
        type_: type_.to_owned(),
        status: "True".to_owned(),
        reason: reason.to_owned(),
        message: message.to_owned(),
    }
}

fn in_progress(reason: &str, message: &str) -> StatusResult {
    StatusResult {
        status: Status::InProgress,
        message: message.to_owned(),
        conditions: vec![true_condition(CONDITION_RECONCILING, reason, message)],
    }
}

fn failed(reason: &str, message: &str) -> StatusResult {
    StatusResult {
        status: Status::Failed,
        message: message.to_owned(),
        conditions: vec![true_condition(CONDITION_STALLED, reason, message)],
    }
}

fn kind(obj: &Map<String, Value>) -> &str {
    obj.get("kind").and_then(Value::as_str).unwrap_or("")
}

// ---------------------------------------------------------------------------------------------
// Generic rules.

fn generic_properties(obj: &Map<String, Value>) -> Result<Option<StatusResult>, KstatusError> {
    match nested(obj, &["metadata", "deletionTimestamp"])? {
        Some(Value::String(stamp)) if !stamp.is_empty() => {
            return Ok(Some(StatusResult {
                status: Status::Terminating,
                message: "Resource scheduled for deletion".to_owned(),
                conditions: Vec::new(),
            }));
        }
        None | Some(Value::String(_)) => {}
        Some(other) => return Err(type_error("metadata.deletionTimestamp", other, "string")),
    }

    if let Some(generation) = nested_int(obj, &["metadata", "generation"])?
        && let Some(observed) = nested_int(obj, &["status", "observedGeneration"])?
        && observed != generation
    {
        let message = format!(
            "{} generation is {generation}, but latest observed generation is {observed}",
            kind(obj)
        );
        return Ok(Some(in_progress("LatestGenerationNotObserved", &message)));
    }

    for c in conditions(obj)? {
        if c.type_ == CONDITION_RECONCILING && c.status == "True" {
            return Ok(Some(in_progress(&c.reason, &c.message)));
        }
        if c.type_ == CONDITION_STALLED && c.status == "True" {
            return Ok(Some(failed(&c.reason, &c.message)));
        }
    }
    Ok(None)
}

fn ready_condition(obj: &Map<String, Value>) -> Result<Option<StatusResult>, KstatusError> {
    for c in conditions(obj)? {
        if c.type_ != "Ready" {
            continue;
        }
        match c.status.as_str() {
            "True" => return Ok(Some(current("Resource is Ready"))),
            "False" | "Unknown" => return Ok(Some(in_progress(&c.reason, &c.message))),
            _ => {}
        }
    }
    Ok(None)
}

// ---------------------------------------------------------------------------------------------
// Built-in kinds.

type Rule = fn(&Map<String, Value>, jiff::Timestamp) -> Result<StatusResult, KstatusError>;

/// Finds the rule of a built-in kind by `group/kind` (`kind` alone for the core group).
fn builtin_rule(obj: &Map<String, Value>) -> Option<Rule> {
    let api_version = obj.get("apiVersion").and_then(Value::as_str).unwrap_or("");
    let group = match api_version.split_once('/') {
        None => "",
        // More than one slash is not a group/version: kstatus then sees an empty kind.
        Some((_, version)) if version.contains('/') => return None,
        Some((group, _)) => group,
    };
    let rule: Rule = match (group, kind(obj)) {
        ("", "Service") => service,
        ("", "Pod") => pod,
        ("", "Secret" | "ConfigMap") | ("batch", "CronJob") => always_ready,
        ("", "PersistentVolumeClaim") => pvc,
        ("apps", "StatefulSet") => statefulset,
        ("apps" | "extensions", "DaemonSet") => daemonset,
        ("apps" | "extensions", "Deployment") => deployment,
        ("apps" | "extensions", "ReplicaSet") => replicaset,
        ("policy", "PodDisruptionBudget") => pdb,
        ("batch", "Job") => job,
        ("apiextensions.k8s.io", "CustomResourceDefinition") => crd,
        _ => return None,
    };
    Some(rule)
}

fn always_ready(_: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    Ok(current("Resource is always ready"))
}

fn statefulset(obj: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    if string_field(obj, &["spec", "updateStrategy", "type"], "") == "OnDelete" {
        return Ok(current("StatefulSet is using the ondelete update strategy"));
    }
    let spec_replicas = int_field(obj, &["spec", "replicas"], 1);
    let ready = int_field(obj, &["status", "readyReplicas"], 0);
    let current_replicas = int_field(obj, &["status", "currentReplicas"], 0);
    let updated = int_field(obj, &["status", "updatedReplicas"], 0);
    let status_replicas = int_field(obj, &["status", "replicas"], 0);
    let partition = int_field(obj, &["spec", "updateStrategy", "rollingUpdate", "partition"], -1);

    if spec_replicas > status_replicas {
        return Ok(in_progress(
            "LessReplicas",
            &format!("Replicas: {status_replicas}/{spec_replicas}"),
        ));
    }
    if spec_replicas > ready {
        return Ok(in_progress("LessReady", &format!("Ready: {ready}/{spec_replicas}")));
    }
    if status_replicas > spec_replicas {
        return Ok(in_progress(
            "ExtraPods",
            &format!("Pending termination: {}", status_replicas - spec_replicas),
        ));
    }
    if partition != -1 {
        if updated < spec_replicas - partition {
            return Ok(in_progress(
                "PartitionRollout",
                &format!("updated: {updated}/{}", spec_replicas - partition),
            ));
        }
        return Ok(current(&format!("Partition rollout complete. updated: {updated}")));
    }
    if spec_replicas > current_replicas {
        return Ok(in_progress(
            "LessCurrent",
            &format!("current: {current_replicas}/{spec_replicas}"),
        ));
    }
    let current_revision = string_field(obj, &["status", "currentRevision"], "");
    let update_revision = string_field(obj, &["status", "updateRevision"], "");
    if current_revision != update_revision {
        return Ok(in_progress(
            "RevisionMismatch",
            "Waiting for updated revision to match current",
        ));
    }
    Ok(current(&format!(
        "All replicas scheduled as expected. Replicas: {status_replicas}"
    )))
}

fn deployment(obj: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    const MAX_INT32: i64 = i32::MAX as i64;
    let mut progressing = int_field(obj, &["spec", "progressDeadlineSeconds"], MAX_INT32) == MAX_INT32;
    let mut available = false;
    for c in conditions(obj)? {
        match c.type_.as_str() {
            "Progressing" => {
                if c.reason == "ProgressDeadlineExceeded" {
                    return Ok(StatusResult {
                        status: Status::Failed,
                        message: "Progress deadline exceeded".to_owned(),
                        conditions: vec![true_condition(CONDITION_STALLED, &c.reason, &c.message)],
                    });
                }
                if c.status == "True" && c.reason == "NewReplicaSetAvailable" {
                    progressing = true;
                }
            }
            "Available" if c.status == "True" => available = true,
            _ => {}
        }
    }

    let spec_replicas = int_field(obj, &["spec", "replicas"], 1);
    let status_replicas = int_field(obj, &["status", "replicas"], 0);
    let updated = int_field(obj, &["status", "updatedReplicas"], 0);
    let ready = int_field(obj, &["status", "readyReplicas"], 0);
    let available_replicas = int_field(obj, &["status", "availableReplicas"], 0);

    if spec_replicas > status_replicas {
        return Ok(in_progress(
            "LessReplicas",
            &format!("Replicas: {status_replicas}/{spec_replicas}"),
        ));
    }
    if spec_replicas > updated {
        return Ok(in_progress(
            "LessUpdated",
            &format!("Updated: {updated}/{spec_replicas}"),
        ));
    }
    if status_replicas > spec_replicas {
        return Ok(in_progress(
            "ExtraPods",
            &format!("Pending termination: {}", status_replicas - spec_replicas),
        ));
    }
    if updated > available_replicas {
        return Ok(in_progress(
            "LessAvailable",
            &format!("Available: {available_replicas}/{updated}"),
        ));
    }
    if spec_replicas > ready {
        return Ok(in_progress("LessReady", &format!("Ready: {ready}/{spec_replicas}")));
    }
    if !progressing {
        return Ok(in_progress("ReplicaSetNotAvailable", "ReplicaSet not Available"));
    }
    if !available {
        return Ok(in_progress("DeploymentNotAvailable", "Deployment not Available"));
    }
    Ok(current(&format!(
        "Deployment is available. Replicas: {status_replicas}"
    )))
}

fn replicaset(obj: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    if has_condition(&conditions(obj)?, "ReplicaFailure", "True") {
        return Ok(in_progress("ReplicaFailure", "Replica Failure condition. Check Pods"));
    }
    let spec_replicas = int_field(obj, &["spec", "replicas"], 1);
    let status_replicas = int_field(obj, &["status", "replicas"], 0);
    let ready = int_field(obj, &["status", "readyReplicas"], 0);
    let available = int_field(obj, &["status", "availableReplicas"], 0);
    let labelled = int_field(obj, &["status", "fullyLabeledReplicas"], 0);

    if spec_replicas > labelled {
        return Ok(in_progress(
            "LessLabelled",
            &format!("Labelled: {labelled}/{spec_replicas}"),
        ));
    }
    if spec_replicas > available {
        return Ok(in_progress(
            "LessAvailable",
            &format!("Available: {available}/{spec_replicas}"),
        ));
    }
    if spec_replicas > ready {
        return Ok(in_progress("LessReady", &format!("Ready: {ready}/{spec_replicas}")));
    }
    if status_replicas > spec_replicas {
        return Ok(in_progress(
            "ExtraPods",
            &format!("Pending termination: {}", status_replicas - spec_replicas),
        ));
    }
    Ok(current(&format!(
        "ReplicaSet is available. Replicas: {status_replicas}"
    )))
}

fn daemonset(obj: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    if nested_int(obj, &["metadata", "generation"])?.is_none() {
        let message = format!("{} metadata.generation not found", kind(obj));
        return Ok(in_progress("NoGeneration", &message));
    }
    if nested_int(obj, &["status", "observedGeneration"])?.is_none() {
        let message = format!("{} status.observedGeneration not found", kind(obj));
        return Ok(in_progress("NoObservedGeneration", &message));
    }

    let desired = int_field(obj, &["status", "desiredNumberScheduled"], -1);
    let current_scheduled = int_field(obj, &["status", "currentNumberScheduled"], 0);
    let updated = int_field(obj, &["status", "updatedNumberScheduled"], 0);
    let available = int_field(obj, &["status", "numberAvailable"], 0);
    let ready = int_field(obj, &["status", "numberReady"], 0);

    if desired == -1 {
        return Ok(in_progress("NoDesiredNumber", "Missing .status.desiredNumberScheduled"));
    }
    if desired > current_scheduled {
        return Ok(in_progress(
            "LessCurrent",
            &format!("Current: {current_scheduled}/{desired}"),
        ));
    }
    if desired > updated {
        return Ok(in_progress("LessUpdated", &format!("Updated: {updated}/{desired}")));
    }
    if desired > available {
        return Ok(in_progress(
            "LessAvailable",
            &format!("Available: {available}/{desired}"),
        ));
    }
    if desired > ready {
        return Ok(in_progress("LessReady", &format!("Ready: {ready}/{desired}")));
    }
    Ok(current(&format!(
        "All replicas scheduled as expected. Replicas: {desired}"
    )))
}

fn pvc(obj: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    let phase = string_field(obj, &["status", "phase"], "unknown");
    if phase != "Bound" {
        return Ok(in_progress("NotBound", &format!("PVC is not Bound. phase: {phase}")));
    }
    Ok(current("PVC is Bound"))
}

fn pod(obj: &Map<String, Value>, now: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    let conditions = conditions(obj)?;
    match string_field(obj, &["status", "phase"], "") {
        "Succeeded" => Ok(current("Pod has completed successfully")),
        "Failed" => Ok(current("Pod has completed, but not successfully")),
        "Running" => {
            if has_condition(&conditions, "Ready", "True") {
                return Ok(current("Pod is Ready"));
            }
            let crash_looping = crash_looping_containers(obj)?;
            if !crash_looping.is_empty() {
                return Ok(failed(
                    "ContainerCrashLooping",
                    &format!("Containers in CrashLoop state: {}", crash_looping.join(",")),
                ));
            }
            Ok(in_progress("PodRunningNotReady", "Pod is running but is not Ready"))
        }
        "Pending" => {
            let unschedulable =
                find_condition(&conditions, "PodScheduled", "False").is_some_and(|c| c.reason == "Unschedulable");
            if !unschedulable {
                return Ok(in_progress("PodPending", "Pod is in the Pending phase"));
            }
            // A missing or unparsable creationTimestamp is the zero time: long ago.
            let created = obj
                .get("metadata")
                .and_then(|m| m.get("creationTimestamp"))
                .and_then(Value::as_str)
                .and_then(|s| s.parse::<jiff::Timestamp>().ok());
            let window_start = now
                .checked_sub(jiff::SignedDuration::from_secs(SCHEDULE_WINDOW_SECONDS))
                .unwrap_or(jiff::Timestamp::MIN);
            let recent = created.is_some_and(|created| window_start < created);
            if recent {
                Ok(in_progress("PodNotScheduled", "Pod has not been scheduled"))
            } else {
                Ok(failed("PodUnschedulable", "Pod could not be scheduled"))
            }
        }
        "" => Ok(in_progress("PodNotObserved", "Pod phase not available")),
        other => Err(KstatusError::UnknownPhase(other.to_owned())),
    }
}

/// Names of the containers waiting in `CrashLoopBackOff`.
fn crash_looping_containers(obj: &Map<String, Value>) -> Result<Vec<String>, KstatusError> {
    let statuses = match nested(obj, &["status", "containerStatuses"])? {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(other) => return Err(type_error("status.containerStatuses", other, "[]interface {}")),
    };
    Ok(statuses
        .iter()
        .filter_map(|cs| {
            let name = cs.get("name")?.as_str()?;
            let reason = cs.get("state")?.get("waiting")?.get("reason")?.as_str()?;
            (reason == "CrashLoopBackOff").then(|| name.to_owned())
        })
        .collect())
}

fn pdb(_: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    Ok(current("AllowedDisruptions has been computed."))
}

fn job(obj: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    let parallelism = int_field(obj, &["spec", "parallelism"], 1);
    let completions = int_field(obj, &["spec", "completions"], parallelism);
    let succeeded = int_field(obj, &["status", "succeeded"], 0);
    let active = int_field(obj, &["status", "active"], 0);
    let failed_pods = int_field(obj, &["status", "failed"], 0);
    let start_time = string_field(obj, &["status", "startTime"], "");

    for c in conditions(obj)? {
        match c.type_.as_str() {
            "Complete" if c.status == "True" => {
                return Ok(current(&format!("Job Completed. succeeded: {succeeded}/{completions}")));
            }
            "Failed" if c.status == "True" => {
                return Ok(failed(
                    "JobFailed",
                    &format!("Job Failed. failed: {failed_pods}/{completions}"),
                ));
            }
            _ => {}
        }
    }
    if start_time.is_empty() {
        return Ok(in_progress("JobNotStarted", "Job not started"));
    }
    Ok(current(&format!(
        "Job in progress. success:{succeeded}, active: {active}, failed: {failed_pods}"
    )))
}

fn service(obj: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    let type_ = string_field(obj, &["spec", "type"], "ClusterIP");
    let cluster_ip = string_field(obj, &["spec", "clusterIP"], "");
    if type_ == "LoadBalancer" && cluster_ip.is_empty() {
        return Ok(in_progress(
            "NoIPAssigned",
            "ClusterIP not set. Service type: LoadBalancer",
        ));
    }
    Ok(current("Service is ready"))
}

fn crd(obj: &Map<String, Value>, _: jiff::Timestamp) -> Result<StatusResult, KstatusError> {
    for c in conditions(obj)? {
        if c.type_ == "NamesAccepted" && c.status == "False" {
            return Ok(failed(&c.reason, &c.message));
        }
        if c.type_ == "Established" {
            if c.status == "False" && c.reason != "Installing" {
                return Ok(failed(&c.reason, &c.message));
            }
            if c.status == "True" {
                return Ok(current("CRD is established"));
            }
        }
    }
    Ok(in_progress("Installing", "Install in progress"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn non_integer_replicas_take_the_default() {
        let obj = json!({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"generation": 1},
            "spec": {"replicas": 64.02},
            "status": {"observedGeneration": 1, "replicas": 1, "updatedReplicas": 1,
                       "readyReplicas": 1, "availableReplicas": 1,
                       "conditions": [{"type": "Available", "status": "True"}]}
        });
        let result = compute(&obj).unwrap();
        assert_eq!(result.status, Status::Current);
    }

    #[test]
    fn a_non_integer_generation_is_an_error() {
        let obj = json!({"apiVersion": "v1", "kind": "Widget", "metadata": {"generation": "1"}});
        assert!(compute(&obj).is_err());
    }

    #[test]
    fn unschedulable_pods_fail_after_the_schedule_window() {
        let obj = json!({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"creationTimestamp": "2024-01-01T00:00:00Z"},
            "status": {"phase": "Pending",
                       "conditions": [{"type": "PodScheduled", "status": "False", "reason": "Unschedulable"}]}
        });
        let created: jiff::Timestamp = "2024-01-01T00:00:00Z".parse().unwrap();
        let soon = created.checked_add(jiff::SignedDuration::from_secs(14)).unwrap();
        let later = created.checked_add(jiff::SignedDuration::from_secs(15)).unwrap();
        assert_eq!(compute_at(&obj, soon).unwrap().status, Status::InProgress);
        assert_eq!(compute_at(&obj, later).unwrap().status, Status::Failed);
    }

    #[test]
    fn augment_updates_an_existing_condition_and_keeps_its_transition_time() {
        let mut obj = json!({
            "apiVersion": "v1", "kind": "Pod",
            "status": {"phase": "Running", "conditions": [
                {"type": "Reconciling", "status": "True", "reason": "Old", "lastTransitionTime": "x"}]}
        });
        // Reconciling=True makes the generic rule win with the existing reason.
        augment(&mut obj).unwrap();
        let conditions = obj["status"]["conditions"].as_array().unwrap();
        assert_eq!(conditions.len(), 1);
        assert_eq!(conditions[0]["reason"], "Old");
        assert_eq!(conditions[0]["lastTransitionTime"], "x");
    }

    #[test]
    fn status_names_round_trip() {
        for status in [
            Status::InProgress,
            Status::Failed,
            Status::Current,
            Status::Terminating,
            Status::NotFound,
            Status::Unknown,
        ] {
            assert_eq!(status.to_string().parse::<Status>().unwrap(), status);
        }
    }
}
