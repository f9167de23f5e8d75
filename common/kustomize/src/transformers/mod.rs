//! The built-in transformers, in the order kustomize runs them for one kustomization:
//! [`patches`] (strategic merge, then `patches`), [`namespace`], [`prefix_suffix`],
//! [`labels`], [`annotations`], JSON 6902 patches, [`replicas`], [`images`],
//! [`replacements`]; plus
//! [`namereference`], which fixes references after names changed.

pub mod config;
pub mod fieldspec;
pub mod namereference;
pub mod patches;
pub mod replacements;
pub mod vars;

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::kustomization::{Image, Replica};
use crate::resource::{ResMap, Resource, is_cluster_scoped};
use fieldspec::{FieldSpec, table, visit};

/// The built-in namespace field specs (kustomize's `namespace` table).
const NAMESPACE_SPECS: &str = "metadata/name k=Namespace create
spec/service/namespace g=apiregistration.k8s.io k=APIService create
spec/conversion/webhook/clientConfig/service/namespace g=apiextensions.k8s.io k=CustomResourceDefinition";

/// Which RoleBinding/ClusterRoleBinding subjects the namespace transformer sets the namespace
/// of (`setRoleBindingSubjects`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SubjectMode {
    /// Subjects named `default` (`defaultOnly`, the default).
    #[default]
    DefaultOnly,
    /// Every `ServiceAccount` subject (`allServiceAccounts`).
    AllServiceAccounts,
    /// None (`none`).
    None,
}

/// Sets the namespace of every namespaced object (and of the fields kustomize's namespace
/// transformer knows: Namespace names, APIService and CRD webhook services, RoleBinding
/// subjects named `default`).
pub fn namespace(map: &mut ResMap, namespace: &str) {
    namespace_with(map, namespace, &table(NAMESPACE_SPECS), false, SubjectMode::DefaultOnly);
}

/// The namespace transformer with explicit field specs (a `NamespaceTransformer` plugin):
/// `metadata/namespace` of every object not certainly cluster-scoped, then the other specs
/// (`metadata/name` only in `v1` objects), then RoleBinding subjects per `subjects`. With
/// `unset_only`, only empty fields are set.
pub fn namespace_with(map: &mut ResMap, namespace: &str, specs: &[FieldSpec], unset_only: bool, subjects: SubjectMode) {
    if namespace.is_empty() {
        return;
    }
    let ns = Value::String(namespace.to_owned());
    let mut set = |v: &mut Value| {
        if !unset_only || v.as_str().is_none_or(str::is_empty) {
            *v = ns.clone();
        }
    };
    for r in &mut map.resources {
        let kind = r.kind().to_owned();
        let v1 = r.api_version() == "v1";
        let binding = kind == "RoleBinding" || kind == "ClusterRoleBinding";
        if !is_certainly_cluster_scoped(r.api_version(), &kind) {
            let meta = crate::resource::metadata_mut(&mut r.object);
            if let Some(meta) = meta {
                set(meta.entry("namespace").or_insert(Value::Null));
            }
        }
        for spec in specs {
            if spec.path == "metadata/namespace"
                || (spec.path == "metadata/name" && !v1)
                || (binding
                    && spec.path == "subjects/namespace"
                    && (spec.kind == "RoleBinding" || spec.kind == "ClusterRoleBinding"))
                || !spec.applies_to(r)
            {
                continue;
            }
            visit(&mut r.object, &spec.segments(), spec.create, &mut set);
        }
        if binding
            && subjects != SubjectMode::None
            && let Some(Value::Array(items)) = r.object.get_mut("subjects")
        {
            for subject in items {
                let selected = match subjects {
                    SubjectMode::DefaultOnly => subject.get("name").and_then(Value::as_str) == Some("default"),
                    SubjectMode::AllServiceAccounts => {
                        subject.get("kind").and_then(Value::as_str) == Some("ServiceAccount")
                    }
                    SubjectMode::None => false,
                };
                if selected && let Some(m) = subject.as_object_mut() {
                    set(m.entry("namespace").or_insert(Value::Null));
                }
            }
        }
        r.remember();
        r.id_stored = true;
    }
}

/// Whether kustomize knows a group/version/kind to be cluster-scoped (kyaml's
/// `IsCertainlyClusterScoped`: built-in kinds in their own API group; a `Namespace` of another
/// group is namespaced).
pub(crate) fn is_certainly_cluster_scoped(api_version: &str, kind: &str) -> bool {
    let group = api_version.rsplit_once('/').map_or("", |(g, _)| g);
    let expected = match kind {
        "ComponentStatus" | "Namespace" | "Node" | "PersistentVolume" => "",
        "APIService" => "apiregistration.k8s.io",
        "CSIDriver" | "CSINode" | "StorageClass" | "VolumeAttachment" => "storage.k8s.io",
        "CertificateSigningRequest" => "certificates.k8s.io",
        "ClusterRole" | "ClusterRoleBinding" => "rbac.authorization.k8s.io",
        "CustomResourceDefinition" => "apiextensions.k8s.io",
        "FlowSchema" | "PriorityLevelConfiguration" => "flowcontrol.apiserver.k8s.io",
        "IngressClass" => "networking.k8s.io",
        "MutatingWebhookConfiguration"
        | "ValidatingWebhookConfiguration"
        | "ValidatingAdmissionPolicy"
        | "ValidatingAdmissionPolicyBinding"
        | "MutatingAdmissionPolicy"
        | "MutatingAdmissionPolicyBinding" => "admissionregistration.k8s.io",
        "PodSecurityPolicy" => "policy",
        "PriorityClass" => "scheduling.k8s.io",
        "RuntimeClass" => "node.k8s.io",
        "SelfSubjectAccessReview" | "SelfSubjectRulesReview" | "SubjectAccessReview" => "authorization.k8s.io",
        "TokenReview" => "authentication.k8s.io",
        _ => return false,
    };
    is_cluster_scoped(kind) && group == expected
}

/// Adds a name prefix and suffix to every object but CRDs, APIServices and Namespaces (or,
/// when `configurations` give `namePrefix`/`nameSuffix` field specs, to the objects those
/// select).
pub fn prefix_suffix(map: &mut ResMap, prefix: &str, suffix: &str) {
    let selects = |specs: &[FieldSpec], r: &Resource| {
        specs.is_empty() || specs.iter().any(|s| s.path == "metadata/name" && s.applies_to(r))
    };
    let (prefix_specs, suffix_specs) = (map.config.name_prefix.clone(), map.config.name_suffix.clone());
    for r in &mut map.resources {
        let kind = r.kind();
        if kind == "CustomResourceDefinition"
            || kind == "Namespace"
            || (kind == "APIService" && r.group() == "apiregistration.k8s.io")
        {
            continue;
        }
        let prefix = if selects(&prefix_specs, r) { prefix } else { "" };
        let suffix = if selects(&suffix_specs, r) { suffix } else { "" };
        if prefix.is_empty() && suffix.is_empty() {
            continue;
        }
        let name = format!("{prefix}{}{suffix}", r.name());
        r.set_name(&name);
        r.add_affix(prefix, true);
        r.add_affix(suffix, false);
    }
}

/// A `PrefixTransformer` or `SuffixTransformer` plugin: adds `value` before (`prefix`) or
/// after each string at `specs` of every object but CRDs, APIServices and Namespaces;
/// `metadata/name` changes are remembered for name references.
pub fn affix(map: &mut ResMap, value: &str, prefix: bool, specs: &[FieldSpec]) {
    let join = |current: &str| {
        if prefix {
            format!("{value}{current}")
        } else {
            format!("{current}{value}")
        }
    };
    for r in &mut map.resources {
        let kind = r.kind();
        if kind == "CustomResourceDefinition"
            || kind == "Namespace"
            || (kind == "APIService" && r.group() == "apiregistration.k8s.io")
        {
            continue;
        }
        for spec in specs {
            if !spec.applies_to(r) {
                continue;
            }
            if spec.path == "metadata/name" {
                if !value.is_empty() {
                    let name = join(r.name());
                    r.set_name(&name);
                    r.add_affix(value, prefix);
                }
                continue;
            }
            visit(&mut r.object, &spec.segments(), spec.create, &mut |v| {
                let current = match v {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    Value::Bool(_) | Value::Number(_) => v.to_string(),
                    Value::Array(_) | Value::Object(_) => return,
                };
                *v = Value::String(join(&current));
            });
        }
    }
}

fn string_map(pairs: &BTreeMap<String, Value>) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| {
            let s = match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            };
            (k.clone(), Value::String(s))
        })
        .collect()
}

/// Merges `pairs` into the maps at `specs` of every object.
pub fn set_map_fields(map: &mut ResMap, pairs: &BTreeMap<String, Value>, specs: &[FieldSpec]) {
    let pairs = string_map(pairs);
    if pairs.is_empty() {
        return;
    }
    for r in &mut map.resources {
        let applicable: Vec<&FieldSpec> = specs.iter().filter(|s| s.applies_to(r)).collect();
        for spec in applicable {
            visit(&mut r.object, &spec.segments(), spec.create, &mut |v| {
                if !v.is_object() {
                    if !v.is_null() {
                        return;
                    }
                    *v = Value::Object(Map::new());
                }
                if let Some(m) = v.as_object_mut() {
                    for (k, val) in &pairs {
                        m.insert(k.clone(), val.clone());
                    }
                }
            });
        }
    }
}

/// `commonLabels`: metadata, selectors and templates.
pub fn common_labels(map: &mut ResMap, pairs: &BTreeMap<String, Value>) {
    let mut specs = table(fieldspec::TEMPLATE_LABELS);
    specs.extend(table(fieldspec::SELECTOR_LABELS));
    specs.extend(table(fieldspec::CLAIM_TEMPLATE_LABELS));
    specs.extend(map.config.common_labels.iter().cloned());
    set_map_fields(map, pairs, &specs);
}

/// One `labels` entry.
pub fn labels(map: &mut ResMap, label: &crate::kustomization::Label) {
    let mut specs = if label.include_selectors {
        let mut s = table(fieldspec::TEMPLATE_LABELS);
        s.extend(table(fieldspec::SELECTOR_LABELS));
        s.extend(table(fieldspec::CLAIM_TEMPLATE_LABELS));
        s.extend(map.config.common_labels.iter().cloned());
        s
    } else if label.include_templates {
        let mut s = table(fieldspec::TEMPLATE_LABELS);
        s.extend(table(fieldspec::CLAIM_TEMPLATE_LABELS));
        s.extend(map.config.template_labels.iter().cloned());
        s
    } else {
        let mut s = table("metadata/labels create");
        s.extend(map.config.metadata_labels.iter().cloned());
        s
    };
    specs.extend(label.fields.iter().map(FieldSpec::from_value));
    set_map_fields(map, &label.pairs, &specs);
}

/// `commonAnnotations`.
pub fn annotations(map: &mut ResMap, pairs: &BTreeMap<String, Value>) {
    let mut specs = table(fieldspec::ANNOTATIONS);
    specs.extend(map.config.common_annotations.iter().cloned());
    set_map_fields(map, pairs, &specs);
}

/// `replicas`: sets `spec.replicas` of the workloads with the given (current or original) name.
pub fn replicas(map: &mut ResMap, replicas: &[Replica]) -> Result<()> {
    let specs = table(fieldspec::REPLICAS);
    for replica in replicas {
        replicas_with(map, replica, &specs)?;
    }
    Ok(())
}

/// One replica count at explicit field specs (a `ReplicaCountTransformer` plugin): the objects
/// that had the name and match a spec's group/version/kind; none is an error.
pub fn replicas_with(map: &mut ResMap, replica: &Replica, specs: &[FieldSpec]) -> Result<()> {
    let count = Value::from(replica.count);
    let mut found = false;
    for spec in specs {
        for r in &mut map.resources {
            if !r.had_name(&replica.name) || !spec.applies_to(r) {
                continue;
            }
            found = true;
            visit(&mut r.object, &spec.segments(), spec.create, &mut |v| {
                *v = count.clone()
            });
        }
    }
    if !found {
        let gvks: Vec<String> = specs
            .iter()
            .map(|s| {
                let or = |v: &str, d: &str| if v.is_empty() { d.to_owned() } else { v.to_owned() };
                format!("{}.{}.{}", or(&s.kind, "~K"), or(&s.version, "~V"), or(&s.group, "~G"))
            })
            .collect();
        return Err(Error::Other(format!(
            "resource with name {} does not match a config with the following GVK [{}]",
            replica.name,
            gvks.join(" ")
        )));
    }
    Ok(())
}

/// Splits an image reference into name, tag and digest (kustomize's rules).
fn split_image(image: &str) -> (String, String, String) {
    let (slash, search) = match image.find('/') {
        Some(i) if i > 0 => (i, &image[i..]),
        _ => (0, image),
    };
    let id = search.find('@');
    let ic = search.find(':');
    match (id, ic) {
        (None, None) => (image.to_owned(), String::new(), String::new()),
        (Some(d), c) if c.is_none_or(|c| d < c) => {
            let d = d + slash;
            (image[..d].to_owned(), String::new(), image[d + 1..].to_owned())
        }
        (Some(d), Some(c)) => {
            let (d, c) = (d + slash, c + slash);
            (
                image[..c].to_owned(),
                image[c + 1..d].to_owned(),
                image[d + 1..].to_owned(),
            )
        }
        (_, Some(c)) => {
            let c = c + slash;
            (image[..c].to_owned(), image[c + 1..].to_owned(), String::new())
        }
        _ => (image.to_owned(), String::new(), String::new()),
    }
}

fn update_image(value: &mut Value, image: &Image, pattern: &regex::Regex) {
    let Some(current) = value.as_str() else { return };
    if !pattern.is_match(current) {
        return;
    }
    let (mut name, mut tag, mut digest) = split_image(current);
    if !image.new_name.is_empty() {
        name = image.new_name.clone();
    }
    let new_tag = match &image.new_tag {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    if !new_tag.is_empty() && !image.digest.is_empty() {
        tag = new_tag;
        digest = image.digest.clone();
    } else if !new_tag.is_empty() {
        tag = new_tag;
        digest.clear();
    } else if !image.digest.is_empty() {
        tag.clear();
        digest = image.digest.clone();
    } else if !image.tag_suffix.is_empty() {
        tag.push_str(&image.tag_suffix);
        digest.clear();
    }
    if !tag.is_empty() {
        name = format!("{name}:{tag}");
    }
    if !digest.is_empty() {
        name = format!("{name}@{digest}");
    }
    *value = Value::String(name);
}

fn walk_containers(value: &mut Value, image: &Image, pattern: &regex::Regex) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                walk_containers(child, image, pattern);
                if (key == "containers" || key == "initContainers")
                    && let Value::Array(items) = child
                {
                    for item in items {
                        if let Some(img) = item.get_mut("image") {
                            update_image(img, image, pattern);
                        }
                    }
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                walk_containers(item, image, pattern);
            }
        }
        _ => {}
    }
}

/// `images`: rewrites container images (anywhere under `containers`/`initContainers`) and
/// image volume references.
pub fn images(map: &mut ResMap, images: &[Image]) -> Result<()> {
    let extra = map.config.images.clone();
    images_with(map, images, &extra)
}

/// `images` with explicit extra field specs (an `ImageTagTransformer` plugin's).
pub fn images_with(map: &mut ResMap, images: &[Image], extra: &[FieldSpec]) -> Result<()> {
    for image in images {
        let pattern = regex::Regex::new(&format!(
            "^{}(:[a-zA-Z0-9_.{{}}-]*)?(@[a-zA-Z0-9]+([.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{{}}-]*)?$",
            image.name
        ))
        .map_err(|e| Error::Other(format!("invalid image name {:?}: {e}", image.name)))?;
        for r in &mut map.resources {
            let applicable: Vec<&FieldSpec> = extra.iter().filter(|s| s.applies_to(r)).collect();
            for spec in applicable {
                visit(&mut r.object, &spec.segments(), false, &mut |v| {
                    update_image(v, image, &pattern)
                });
            }
            if r.kind() == "CustomResourceDefinition" {
                continue;
            }
            walk_containers(&mut r.object, image, &pattern);
            for path in [
                "spec/volumes[]/image/reference",
                "spec/template/spec/volumes[]/image/reference",
            ] {
                let segments = fieldspec::split_path(path);
                visit(&mut r.object, &segments, false, &mut |v| {
                    update_image(v, image, &pattern)
                });
            }
        }
    }
    Ok(())
}

/// Applies the content hash suffix to generated objects that want one.
pub fn add_hashes(map: &mut ResMap) -> Result<()> {
    for r in &mut map.resources {
        if r.needs_hash {
            let hash = crate::generators::content_hash(&r.object)?;
            let name = format!("{}-{hash}", r.name());
            r.set_name(&name);
            r.needs_hash = false;
        }
    }
    Ok(())
}

/// Drops a resource from `map` (used by patches that delete).
pub(crate) fn remove(map: &mut ResMap, index: usize) -> Resource {
    map.resources.remove(index)
}
