//! Patches: `patchesStrategicMerge`, `patches` (strategic merge or JSON 6902, chosen by the
//! patch's shape) and `patchesJson6902`, with kustomize's `target` selectors.

use serde_json::Value;

use crate::error::{Error, Result};
use crate::json6902;
use crate::kustomization::Selector;
use crate::openapi::CustomSchema;
use crate::resource::{ResMap, Resource};
use crate::smp::{self, MergeOptions};

/// A compiled `target`.
pub struct Target {
    group: Option<String>,
    version: Option<String>,
    kind: Option<String>,
    name: Option<regex::Regex>,
    namespace: Option<regex::Regex>,
    labels: Option<LabelSelector>,
    annotations: Option<LabelSelector>,
}

fn anchored(pattern: &str) -> Result<regex::Regex> {
    regex::Regex::new(&format!("^(?:{pattern})$")).map_err(|e| Error::Other(format!("invalid regex {pattern:?}: {e}")))
}

impl Target {
    /// Compiles a selector.
    pub fn new(selector: &Selector) -> Result<Self> {
        let nonempty = |s: &Option<String>| s.clone().filter(|s| !s.is_empty());
        Ok(Self {
            group: selector.group.clone(),
            version: nonempty(&selector.version),
            kind: nonempty(&selector.kind),
            name: nonempty(&selector.name).map(|n| anchored(&n)).transpose()?,
            namespace: nonempty(&selector.namespace).map(|n| anchored(&n)).transpose()?,
            labels: nonempty(&selector.label_selector)
                .map(|s| LabelSelector::parse(&s))
                .transpose()?,
            annotations: nonempty(&selector.annotation_selector)
                .map(|s| LabelSelector::parse(&s))
                .transpose()?,
        })
    }

    /// Whether the target selects a resource.
    pub fn selects(&self, r: &Resource) -> bool {
        let group_ok = match &self.group {
            None => true,
            Some(g) if g.is_empty() => true,
            Some(g) => g == r.group(),
        };
        group_ok
            && self.version.as_deref().is_none_or(|v| v == r.version())
            && self.kind.as_deref().is_none_or(|k| k == r.kind())
            && self
                .name
                .as_ref()
                .is_none_or(|n| n.is_match(r.name()) || r.history.iter().any(|(_, h)| n.is_match(h)))
            && self.namespace.as_ref().is_none_or(|n| n.is_match(r.namespace()))
            && self
                .labels
                .as_ref()
                .is_none_or(|s| s.matches(r.object.pointer("/metadata/labels")))
            && self
                .annotations
                .as_ref()
                .is_none_or(|s| s.matches(r.object.pointer("/metadata/annotations")))
    }
}

/// A Kubernetes label selector (`a=b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`).
pub struct LabelSelector {
    terms: Vec<Term>,
}

enum Term {
    Equals(String, String),
    NotEquals(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

/// Splits on commas outside parentheses.
fn split_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    out.push(current);
    out
}

impl LabelSelector {
    /// Parses a selector.
    pub fn parse(text: &str) -> Result<Self> {
        let mut terms = Vec::new();
        for raw in split_terms(text) {
            let term = raw.trim();
            if term.is_empty() {
                continue;
            }
            let set = |rest: &str| -> Vec<String> {
                rest.trim()
                    .trim_start_matches('(')
                    .trim_end_matches(')')
                    .split(',')
                    .map(|s| s.trim().to_owned())
                    .collect()
            };
            if let Some((k, v)) = term.split_once("!=") {
                terms.push(Term::NotEquals(k.trim().to_owned(), v.trim().to_owned()));
            } else if let Some((k, v)) = term.split_once("==") {
                terms.push(Term::Equals(k.trim().to_owned(), v.trim().to_owned()));
            } else if let Some((k, v)) = term.split_once('=') {
                terms.push(Term::Equals(k.trim().to_owned(), v.trim().to_owned()));
            } else if let Some((k, rest)) = term.split_once(" notin ") {
                terms.push(Term::NotIn(k.trim().to_owned(), set(rest)));
            } else if let Some((k, rest)) = term.split_once(" in ") {
                terms.push(Term::In(k.trim().to_owned(), set(rest)));
            } else if let Some(k) = term.strip_prefix('!') {
                terms.push(Term::NotExists(k.trim().to_owned()));
            } else if term.chars().all(|c| c.is_alphanumeric() || "-_./".contains(c)) {
                terms.push(Term::Exists(term.to_owned()));
            } else {
                return Err(Error::Other(format!("unable to parse requirement: {term:?}")));
            }
        }
        Ok(Self { terms })
    }

    /// Whether a label (or annotation) map matches.
    pub fn matches(&self, labels: Option<&Value>) -> bool {
        let get = |k: &str| labels.and_then(|l| l.get(k)).and_then(Value::as_str);
        self.terms.iter().all(|t| match t {
            Term::Equals(k, v) => get(k) == Some(v.as_str()),
            Term::NotEquals(k, v) => get(k) != Some(v.as_str()),
            Term::In(k, vs) => get(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Term::NotIn(k, vs) => get(k).is_none_or(|x| !vs.iter().any(|v| v == x)),
            Term::Exists(k) => get(k).is_some(),
            Term::NotExists(k) => get(k).is_none(),
        })
    }
}

/// Applies one strategic merge patch document to the resource at `index`.
fn apply_smp(
    map: &mut ResMap,
    index: usize,
    patch: &Value,
    targeted: bool,
    options: &PatchOptions,
    schema: Option<&CustomSchema>,
) -> Result<()> {
    let original = map.resources[index].object.clone();
    let mut patch = patch.clone();
    if targeted && let Some(p) = patch.as_object_mut() {
        if !options.allow_kind_change {
            p.insert("kind".to_owned(), original["kind"].clone());
        }
        if let Some(av) = original.get("apiVersion") {
            p.insert("apiVersion".to_owned(), av.clone());
        }
        if !options.allow_name_change
            && let Some(meta) = p.get_mut("metadata").and_then(Value::as_object_mut)
            && let Some(name) = original.pointer("/metadata/name")
        {
            meta.insert("name".to_owned(), name.clone());
        }
    }
    let merged = match schema {
        Some(schema) => smp::merge_with_schema(original.clone(), &patch, schema, &MergeOptions::kustomize()),
        None => smp::merge(original.clone(), &patch, &MergeOptions::kustomize()),
    };
    let merged = merged.map_err(|e| {
        Error::Other(format!(
            "strategic merge patch failed on {}: {e}",
            map.resources[index].id()
        ))
    })?;
    match merged {
        Some(mut object) if object.as_object().is_some_and(|m| !m.is_empty()) => {
            if object.get("metadata").is_some_and(|m| !m.is_object() && !m.is_null()) {
                return Err(Error::Other(format!(
                    "strategic merge patch failed on {}: metadata is not a map after the patch",
                    map.resources[index].id()
                )));
            }
            if !options.allow_kind_change {
                object["kind"] = original["kind"].clone();
            }
            if !options.allow_name_change {
                object["metadata"]["name"] = original["metadata"]["name"].clone();
            }
            match original.pointer("/metadata/namespace") {
                Some(ns) => object["metadata"]["namespace"] = ns.clone(),
                None => {
                    if let Some(m) = object.get_mut("metadata").and_then(Value::as_object_mut) {
                        m.remove("namespace");
                    }
                }
            }
            let r = &mut map.resources[index];
            r.object = object;
            if r.original_kind.is_none()
                && let Some(kind) = original.get("kind").and_then(Value::as_str)
                && kind != r.kind()
            {
                r.original_kind = Some(kind.into());
            }
            r.remember();
        }
        _ => {
            super::remove(map, index);
        }
    }
    Ok(())
}

/// Patch options (`allowNameChange`, `allowKindChange`).
#[derive(Debug, Clone, Copy, Default)]
pub struct PatchOptions {
    /// Whether the patch may rename.
    pub allow_name_change: bool,
    /// Whether the patch may change the kind.
    pub allow_kind_change: bool,
}

/// Finds the one resource a strategic merge patch without target applies to.
fn find_by_id(map: &ResMap, patch: &Value) -> Result<usize> {
    let kind = patch.get("kind").and_then(Value::as_str).unwrap_or("");
    let name = patch.pointer("/metadata/name").and_then(Value::as_str).unwrap_or("");
    let namespace = patch.pointer("/metadata/namespace").and_then(Value::as_str);
    let api = patch.get("apiVersion").and_then(Value::as_str).unwrap_or("");
    let group = api.split_once('/').map(|(g, _)| g).unwrap_or("");
    let candidates: Vec<usize> = (0..map.resources.len())
        .filter(|&i| {
            let r = &map.resources[i];
            r.group() == group
                && ((r.kind() == kind && (r.name() == name || r.had_name(name)))
                    || (r.original_kind.as_deref() == Some(kind) && r.original_name() == name))
                && namespace.is_none_or(|ns| {
                    crate::resource::effective_ns(r.namespace()) == crate::resource::effective_ns(ns)
                        || r.history.iter().any(|(n, _)| n == ns)
                })
        })
        .collect();
    match candidates.as_slice() {
        [one] => Ok(*one),
        [] => Err(Error::Other(format!(
            "no resource matches strategic merge patch \"{kind}.{}.[noGrp]/{name}.[noNs]\"",
            api.split_once('/').map(|(_, v)| v).unwrap_or(api)
        ))),
        _ => {
            let (group, version) = match api.split_once('/') {
                Some((g, v)) => (g, v),
                None => ("[noGrp]", api),
            };
            let ns = namespace.filter(|n| !n.is_empty()).unwrap_or("[noNs]");
            let id = format!("{kind}.{version}.{group}/{name}.{ns}");
            Err(Error::Other(format!(
                "multiple matches for Id {id}; failed to find unique target for patch {id}"
            )))
        }
    }
}

/// Applies strategic merge patch documents, each to the resource with its id, with merge keys
/// from `schema` (the built-in schema when `None`).
pub fn strategic_merge(map: &mut ResMap, patches: &[Value], schema: Option<&CustomSchema>) -> Result<()> {
    for patch in patches {
        let index = find_by_id(map, patch)?;
        apply_smp(map, index, patch, false, &PatchOptions::default(), schema)?;
    }
    Ok(())
}

/// Tells whether a parsed patch is a JSON 6902 operation list.
pub fn is_json6902(patch: &[Value]) -> bool {
    matches!(patch, [Value::Array(_)])
}

/// Applies a `patches` entry: parsed documents and an optional target (strategic merge patches
/// use `schema`, the built-in schema when `None`).
pub fn patch(
    map: &mut ResMap,
    docs: &[Value],
    target: Option<&Selector>,
    options: &PatchOptions,
    schema: Option<&CustomSchema>,
) -> Result<()> {
    if is_json6902(docs) {
        let Some(selector) = target else {
            return Err(Error::Other("must specify a target for JSON patch".to_owned()));
        };
        return json6902_patch(map, &docs[0], selector);
    }
    match target {
        None => {
            for doc in docs {
                let index = find_by_id(map, doc)?;
                apply_smp(map, index, doc, false, options, schema)?;
            }
            Ok(())
        }
        Some(selector) => {
            let target = Target::new(selector)?;
            for doc in docs {
                let mut indices: Vec<usize> = (0..map.resources.len())
                    .filter(|&i| target.selects(&map.resources[i]))
                    .collect();
                indices.reverse();
                for index in indices {
                    apply_smp(map, index, doc, true, options, schema)?;
                }
            }
            Ok(())
        }
    }
}

/// Applies one `patches` entry (or `PatchTransformer` plugin) whose patch text parsed to
/// `docs`; empty documents are skipped. Tells whether anything was applied.
pub fn patch_entry(
    map: &mut ResMap,
    entry: &crate::kustomization::PatchEntry,
    docs: Vec<Value>,
    schema: Option<&CustomSchema>,
) -> Result<bool> {
    let options = PatchOptions {
        allow_name_change: entry.options.get("allowNameChange").copied().unwrap_or(false),
        allow_kind_change: entry.options.get("allowKindChange").copied().unwrap_or(false),
    };
    let docs: Vec<Value> = docs
        .into_iter()
        .filter(|d| !d.as_object().is_some_and(|m| m.is_empty()))
        .collect();
    if docs.is_empty() {
        return Ok(false);
    }
    patch(map, &docs, entry.target.as_ref(), &options, schema)?;
    Ok(true)
}

/// Applies a JSON 6902 operation list to every selected resource.
pub fn json6902_patch(map: &mut ResMap, ops: &Value, selector: &Selector) -> Result<()> {
    let target = Target::new(selector)?;
    let patch = json6902::Patch::from_value(ops).map_err(|e| Error::Other(e.to_string()))?;
    for r in map.resources.iter_mut().filter(|r| target.selects(r)) {
        let object = std::mem::take(&mut r.object);
        r.object = patch.apply(object).map_err(|e| Error::Other(e.to_string()))?;
        r.remember();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use crate::{BuildOptions, MemFs, build};

    /// Found by the `patch` fuzz target: a strategic merge patch turning `metadata` into a
    /// scalar panicked (indexing a string) instead of failing the build.
    #[test]
    fn smp_replacing_metadata_with_a_scalar_is_an_error() {
        let mut fs = MemFs::new();
        fs.add_file(
            "/k/kustomization.yaml",
            "resources: [res.yaml]\npatches:\n- path: patch.yaml\n  target: {kind: Deployment}\n",
        );
        // (the resource has no metadata, so the patch's scalar replaces it)
        fs.add_file("/k/res.yaml", "apiVersion: apps/v1\nkind: Deployment\nspec: {}\n");
        fs.add_file("/k/patch.yaml", "kind: Deployment\nmetadata: x\n");
        let result = build(&fs, "/k", &BuildOptions::default());
        assert!(result.is_err(), "{:?}", result.map(|o| o.to_yaml()));
    }
}
