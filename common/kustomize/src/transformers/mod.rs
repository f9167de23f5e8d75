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

/// Sets the namespace of every namespaced object (and of the fields kustomize's namespace
/// transformer knows: Namespace names, APIService and CRD webhook services, RoleBinding
/// subjects named `default`).
pub fn namespace(map: &mut ResMap, namespace: &str) {
    for r in &mut map.resources {
        let kind = r.kind().to_owned();
        if !is_cluster_scoped(&kind) {
            r.set_namespace(namespace);
        }
        if kind == "Namespace" && r.api_version() == "v1" {
            r.set_name(namespace);
        }
        let ns = Value::String(namespace.to_owned());
        let specs = table(
            "spec/service/namespace g=apiregistration.k8s.io k=APIService create
spec/conversion/webhook/clientConfig/service/namespace g=apiextensions.k8s.io k=CustomResourceDefinition",
        );
        let applicable: Vec<&FieldSpec> = specs.iter().filter(|s| s.applies_to(r)).collect();
        for spec in applicable {
            visit(&mut r.object, &spec.segments(), spec.create, &mut |v| *v = ns.clone());
        }
        if (kind == "RoleBinding" || kind == "ClusterRoleBinding")
            && let Some(Value::Array(subjects)) = r.object.get_mut("subjects")
        {
            for subject in subjects {
                if subject.get("name").and_then(Value::as_str) == Some("default")
                    && let Some(m) = subject.as_object_mut()
                {
                    m.insert("namespace".to_owned(), ns.clone());
                }
            }
        }
    }
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
pub fn replicas(map: &mut ResMap, replicas: &[Replica]) {
    let specs = table(fieldspec::REPLICAS);
    for replica in replicas {
        for r in &mut map.resources {
            if r.name() != replica.name && r.original_name() != replica.name {
                continue;
            }
            let count = Value::from(replica.count);
            let applicable: Vec<&FieldSpec> = specs.iter().filter(|s| s.applies_to(r)).collect();
            for spec in applicable {
                visit(&mut r.object, &spec.segments(), spec.create, &mut |v| {
                    *v = count.clone()
                });
            }
        }
    }
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
    for image in images {
        let pattern = regex::Regex::new(&format!(
            "^{}(:[a-zA-Z0-9_.{{}}-]*)?(@[a-zA-Z0-9]+([.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{{}}-]*)?$",
            image.name
        ))
        .map_err(|e| Error::Other(format!("invalid image name {:?}: {e}", image.name)))?;
        let extra = map.config.images.clone();
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
