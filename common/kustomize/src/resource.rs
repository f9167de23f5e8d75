//! Resources and their ids: [`Resource`] (an object plus the names it had, for name
//! references, and generator flags) and [`ResMap`], the ordered list a build accumulates.

use std::sync::Arc;

use serde_json::Value;

use crate::error::{Error, Result};

/// What a generated object does to an existing one with the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Behavior {
    /// Adds a new object (the default); an existing one is an error.
    #[default]
    Create,
    /// Merges data and metadata into the existing object.
    Merge,
    /// Replaces the existing object.
    Replace,
}

/// One object of a build.
#[derive(Debug, Clone)]
pub struct Resource {
    /// The object.
    pub object: Value,
    /// Every (namespace, name) the object had, the original first.
    pub(crate) history: Vec<(String, String)>,
    /// The name prefixes and suffixes added so far, oldest first (kustomize's
    /// `internal.config.kubernetes.io/prefixes`/`suffixes`), to tell apart referral candidates
    /// with the same original name.
    pub(crate) affixes: Option<Box<Affixes>>,
    /// The kind before a patch changed it (`allowKindChange`), for patches that name the
    /// object by its original id.
    pub(crate) original_kind: Option<Box<str>>,
    /// Whether a transformer stored the current id as a previous one without changing it
    /// (the namespace transformer does for every object): kustomize then counts the current
    /// name among the previous ones, which makes the object a name-reference candidate.
    pub(crate) id_stored: bool,
    /// Whether a content hash is appended to the name at the end of the build.
    pub(crate) needs_hash: bool,
    /// How a generated object combines with an existing one.
    pub(crate) behavior: Behavior,
    /// The vars that refer to this object.
    pub(crate) ref_vars: Vec<String>,
    /// Where the object came from (`buildMetadata: [originAnnotations]`).
    pub(crate) origin: Option<Origin>,
    /// The transformers that ran over the object (`buildMetadata: [transformerAnnotations]`),
    /// shared by every object they ran over.
    pub(crate) transformations: Vec<Arc<ConfiguredBy>>,
}

/// The name prefixes and suffixes of a resource.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Affixes {
    /// Prefixes, oldest first.
    pub(crate) prefixes: Vec<String>,
    /// Suffixes, oldest first.
    pub(crate) suffixes: Vec<String>,
}

/// A built-in generator or transformer and where it was configured, as kustomize names it in
/// `configuredIn`/`configuredBy` of origin and transformer annotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ConfiguredBy {
    /// The kustomization file (fields, inline plugin configs) or plugin config file; absolute.
    pub(crate) configured_in: String,
    /// The plugin kind (`ConfigMapGenerator`, `NamespaceTransformer`, …).
    pub(crate) kind: String,
    /// The plugin config's `metadata.name` (empty for kustomization fields).
    pub(crate) name: String,
    /// The plugin config's `metadata.namespace` (empty when unset).
    pub(crate) namespace: String,
}

/// Where a resource came from; paths are absolute and made relative to the build root on
/// output (kustomize's `config.kubernetes.io/origin` annotation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Loaded from this file (shared by every object of the file).
    File(Arc<str>),
    /// Made by a built-in generator.
    Generator(Arc<ConfiguredBy>),
}

/// Kinds that are not namespaced (Kubernetes built-ins).
const CLUSTER_SCOPED: [&str; 27] = [
    "APIService",
    "CSIDriver",
    "CSINode",
    "CertificateSigningRequest",
    "ClusterRole",
    "ClusterRoleBinding",
    "ComponentStatus",
    "CustomResourceDefinition",
    "FlowSchema",
    "IngressClass",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding",
    "MutatingWebhookConfiguration",
    "Namespace",
    "Node",
    "PersistentVolume",
    "PodSecurityPolicy",
    "PriorityClass",
    "PriorityLevelConfiguration",
    "RuntimeClass",
    "SelfSubjectAccessReview",
    "SelfSubjectRulesReview",
    "StorageClass",
    "SubjectAccessReview",
    "TokenReview",
    "ValidatingAdmissionPolicy",
    "ValidatingWebhookConfiguration",
];

/// Tells whether a kind is cluster-scoped.
pub fn is_cluster_scoped(kind: &str) -> bool {
    CLUSTER_SCOPED.contains(&kind) || kind == "ValidatingAdmissionPolicyBinding" || kind == "VolumeAttachment"
}

fn text<'a>(value: &'a Value, path: &[&str]) -> &'a str {
    let mut v = value;
    for key in path {
        match v.get(key) {
            Some(next) => v = next,
            None => return "",
        }
    }
    v.as_str().unwrap_or("")
}

impl Resource {
    /// Wraps a loaded object.
    pub fn new(mut object: Value) -> Self {
        for field in ["labels", "annotations"] {
            if let Some(Value::Object(map)) = object.get_mut("metadata").and_then(|m| m.get_mut(field)) {
                for value in map.values_mut() {
                    match value {
                        Value::String(_) => {}
                        Value::Null => *value = Value::String(String::new()),
                        other => *other = Value::String(other.to_string()),
                    }
                }
            }
        }
        let history = vec![(
            text(&object, &["metadata", "namespace"]).to_owned(),
            text(&object, &["metadata", "name"]).to_owned(),
        )];
        Self {
            object,
            history,
            affixes: None,
            original_kind: None,
            id_stored: false,
            needs_hash: false,
            behavior: Behavior::Create,
            ref_vars: Vec::new(),
            origin: None,
            transformations: Vec::new(),
        }
    }

    /// `apiVersion`.
    pub fn api_version(&self) -> &str {
        text(&self.object, &["apiVersion"])
    }

    /// The API group (empty for the core group).
    pub fn group(&self) -> &str {
        self.api_version().split_once('/').map(|(g, _)| g).unwrap_or("")
    }

    /// The API version without the group.
    pub fn version(&self) -> &str {
        let av = self.api_version();
        av.split_once('/').map(|(_, v)| v).unwrap_or(av)
    }

    /// `kind`.
    pub fn kind(&self) -> &str {
        text(&self.object, &["kind"])
    }

    /// `metadata.name`.
    pub fn name(&self) -> &str {
        text(&self.object, &["metadata", "name"])
    }

    /// `metadata.namespace`.
    pub fn namespace(&self) -> &str {
        text(&self.object, &["metadata", "namespace"])
    }

    /// The original name (before prefixes, suffixes and hashes).
    pub fn original_name(&self) -> &str {
        self.history.first().map(|(_, n)| n.as_str()).unwrap_or("")
    }

    /// The original namespace.
    pub fn original_namespace(&self) -> &str {
        self.history.first().map(|(n, _)| n.as_str()).unwrap_or("")
    }

    /// Sets the name, remembering the old one.
    pub fn set_name(&mut self, name: &str) {
        if let Some(meta) = metadata_mut(&mut self.object) {
            meta.insert("name".to_owned(), Value::String(name.to_owned()));
        }
        self.remember();
    }

    /// Sets the namespace, remembering the old one.
    pub fn set_namespace(&mut self, namespace: &str) {
        if let Some(meta) = metadata_mut(&mut self.object) {
            meta.insert("namespace".to_owned(), Value::String(namespace.to_owned()));
        }
        self.remember();
    }

    /// Records a name prefix (`prefix`) or suffix added to the name; empty ones are ignored.
    pub(crate) fn add_affix(&mut self, value: &str, prefix: bool) {
        if value.is_empty() {
            return;
        }
        let affixes = self.affixes.get_or_insert_with(Box::default);
        let list = if prefix {
            &mut affixes.prefixes
        } else {
            &mut affixes.suffixes
        };
        list.push(value.to_owned());
    }

    /// The name prefixes added so far, oldest first.
    pub(crate) fn prefixes(&self) -> &[String] {
        self.affixes.as_ref().map_or(&[], |a| &a.prefixes)
    }

    /// The name suffixes added so far, oldest first.
    pub(crate) fn suffixes(&self) -> &[String] {
        self.affixes.as_ref().map_or(&[], |a| &a.suffixes)
    }

    /// Records the current (namespace, name) in the history.
    pub(crate) fn remember(&mut self) {
        let current = (self.namespace().to_owned(), self.name().to_owned());
        if self.history.last() != Some(&current) {
            self.history.push(current);
        }
    }

    /// The names kustomize counts as previous ones (`PrevIds`): every earlier name, and the
    /// current one too once a transformer stored it.
    pub(crate) fn previous_names(&self) -> impl Iterator<Item = &str> {
        let n = if self.id_stored {
            self.history.len()
        } else {
            self.history.len().saturating_sub(1)
        };
        self.history[..n].iter().map(|(_, name)| name.as_str())
    }

    /// Whether the object had `name` at some point.
    pub(crate) fn had_name(&self, name: &str) -> bool {
        self.history.iter().any(|(_, n)| n == name)
    }

    /// The id kustomize prints: `<kind>.<version>.<group>/<name>.<namespace>`.
    pub fn id(&self) -> String {
        let or = |s: &str, d: &str| if s.is_empty() { d.to_owned() } else { s.to_owned() };
        format!(
            "{}.{}.{}/{}.{}",
            self.kind(),
            self.version(),
            or(self.group(), "[noGrp]"),
            self.name(),
            or(self.namespace(), "[noNs]")
        )
    }

    /// Whether two resources have the same current group, kind, name and namespace.
    pub(crate) fn same_id(&self, other: &Resource) -> bool {
        self.group() == other.group()
            && self.kind() == other.kind()
            && self.name() == other.name()
            && effective_ns(self.namespace()) == effective_ns(other.namespace())
    }
}

/// `default` and the empty namespace are the same.
pub(crate) fn effective_ns(ns: &str) -> &str {
    if ns.is_empty() { "default" } else { ns }
}

/// The object's `metadata` map, created when missing.
pub(crate) fn metadata_mut(object: &mut Value) -> Option<&mut serde_json::Map<String, Value>> {
    let map = object.as_object_mut()?;
    let meta = map
        .entry("metadata")
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    if !meta.is_object() {
        *meta = Value::Object(serde_json::Map::new());
    }
    meta.as_object_mut()
}

/// The ordered resources of a build.
#[derive(Debug, Clone, Default)]
pub struct ResMap {
    /// The resources, in order.
    pub resources: Vec<Resource>,
    /// The vars of the build so far.
    pub(crate) vars: Vec<Value>,
    /// The transformer configuration (`configurations`) of the build so far.
    pub(crate) config: crate::transformers::config::TransformerConfig,
}

impl ResMap {
    /// Appends a resource, failing when one with the same id is already there.
    pub fn append(&mut self, resource: Resource) -> Result<()> {
        if self.resources.iter().any(|r| r.same_id(&resource)) {
            return Err(Error::Conflict { id: resource.id() });
        }
        self.resources.push(resource);
        Ok(())
    }

    /// Appends every resource of `other`.
    pub fn append_all(&mut self, other: ResMap) -> Result<()> {
        crate::transformers::vars::add_vars(self, other.vars)?;
        self.config.merge(other.config);
        for r in other.resources {
            self.append(r)?;
        }
        Ok(())
    }

    /// The objects, in order.
    pub fn objects(&self) -> Vec<Value> {
        self.resources.iter().map(|r| r.object.clone()).collect()
    }
}
