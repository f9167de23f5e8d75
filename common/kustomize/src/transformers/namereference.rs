//! Name references: after names changed (prefix, suffix, hash), every field that refers to an
//! object by name (kustomize's nameReference rules, [`super::fieldspec::name_references`]) is
//! set to the referred object's current name. Candidates are narrowed as kustomize's nameref
//! filter does: objects the referrer can see (same namespace, cluster-scoped, or a namespace its
//! RoleBinding subjects name), that had the referenced name, then those whose name prefixes and
//! suffixes match the referrer's (diamonds: one base under two prefixes).

use serde_json::Value;

use super::fieldspec::{FieldSpec, NameReference, name_references, visit};
use super::is_certainly_cluster_scoped;
use crate::error::{Error, Result};
use crate::resource::{ResMap, effective_ns};

/// A referral candidate.
struct Candidate {
    name: String,
    namespace: String,
    group: String,
    version: String,
    kind: String,
    /// Certainly cluster-scoped.
    cluster: bool,
    history: Vec<(String, String)>,
    /// The names kustomize counts as previous ones; an object never renamed or moved has
    /// none and is never a referral (there is nothing to update).
    previous: Vec<String>,
    prefixes: Vec<String>,
    suffixes: Vec<String>,
}

impl Candidate {
    fn id(&self) -> String {
        format!(
            "{}.{}.{}/{}.{}",
            self.kind,
            self.version,
            if self.group.is_empty() { "[noGrp]" } else { &self.group },
            self.name,
            if self.namespace.is_empty() {
                "[noNs]"
            } else {
                &self.namespace
            }
        )
    }
}

/// The referrer of a name reference, as the selection needs it.
struct Referrer<'a> {
    namespace: &'a str,
    cluster: bool,
    prefixes: &'a [String],
    suffixes: &'a [String],
}

/// Whether the shorter list is the end of the longer one (kustomize's `SameEndingSubSlice`).
fn same_ending(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return long.is_empty();
    }
    long.ends_with(short)
}

/// Whether a candidate has the referrer's prefixes and suffixes (with `allow_empty`, a side
/// without any matches everything).
fn affixes_match(c: &Candidate, referrer: &Referrer<'_>, allow_empty: bool) -> bool {
    let part = |mine: &[String], theirs: &[String]| {
        (allow_empty && (mine.is_empty() || theirs.is_empty())) || same_ending(mine, theirs)
    };
    part(&c.prefixes, referrer.prefixes) && part(&c.suffixes, referrer.suffixes)
}

/// Picks the referral for `old` among `candidates` (kustomize's nameref sieve: the previous
/// name, the referrer's namespace, then its name prefixes and suffixes); `identical` tells
/// whether several remaining candidates amount to one.
fn select<'a>(
    candidates: &[&'a Candidate],
    old: &str,
    referrer: &Referrer<'_>,
    identical: fn(&[&Candidate]) -> bool,
) -> Result<Option<&'a Candidate>> {
    let mut matching: Vec<&Candidate> = candidates
        .iter()
        .copied()
        .filter(|c| c.previous.iter().any(|n| n == old))
        .filter(|c| {
            referrer.cluster
                || c.cluster
                || c.kind == "ServiceAccount"
                || effective_ns(&c.namespace) == effective_ns(referrer.namespace)
        })
        .collect();
    if matching.len() != 1 {
        matching.retain(|c| affixes_match(c, referrer, true));
        if matching.len() > 1 {
            matching.retain(|c| affixes_match(c, referrer, false));
        }
    }
    match matching.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        many if identical(many) => Ok(Some(many[0])),
        many => {
            let ids: Vec<String> = many.iter().map(|c| c.id()).collect();
            Err(Error::Other(format!(
                "found multiple possible referrals: {} (for name '{old}')",
                ids.join(", ")
            )))
        }
    }
}

fn same_names(many: &[&Candidate]) -> bool {
    many.iter().all(|c| c.name == many[0].name)
}

fn same_names_and_namespaces(many: &[&Candidate]) -> bool {
    many.iter()
        .all(|c| c.name == many[0].name && c.namespace == many[0].namespace)
}

/// Updates every reference to a renamed object; an ambiguous reference is an error. Runs once,
/// at the end of the build (as kustomize's `FixBackReferences`).
pub fn fix(map: &mut ResMap) -> Result<()> {
    let mut rules = name_references();
    rules.extend(map.config.name_reference.iter().cloned());
    for rule in rules {
        fix_rule(map, &rule)?;
    }
    Ok(())
}

fn fix_rule(map: &mut ResMap, rule: &NameReference) -> Result<()> {
    let candidates: Vec<Candidate> = map
        .resources
        .iter()
        .filter(|r| r.kind() == rule.kind && (rule.group.is_empty() || r.group() == rule.group))
        .map(|r| Candidate {
            name: r.name().to_owned(),
            namespace: r.namespace().to_owned(),
            group: r.group().to_owned(),
            version: r.version().to_owned(),
            kind: r.kind().to_owned(),
            cluster: is_certainly_cluster_scoped(r.api_version(), r.kind()),
            history: r.history.clone(),
            previous: r.previous_names().map(str::to_owned).collect(),
            prefixes: r.prefixes().to_vec(),
            suffixes: r.suffixes().to_vec(),
        })
        .collect();
    if candidates.is_empty() {
        return Ok(());
    }
    let mut error = None;
    for r in &mut map.resources {
        let applicable: Vec<FieldSpec> = rule.fields.iter().filter(|s| s.applies_to(r)).cloned().collect();
        if applicable.is_empty() {
            continue;
        }
        // `roleRef.name` refers to the kind `roleRef.kind` names (Role or ClusterRole).
        let role_kind = r
            .object
            .pointer("/roleRef/kind")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let namespace = r.namespace().to_owned();
        let cluster = is_certainly_cluster_scoped(r.api_version(), r.kind());
        // The namespaces a RoleBinding's ServiceAccount subjects name.
        let binding_namespaces: Vec<String> = if r.kind() == "RoleBinding" {
            match r.object.get("subjects") {
                Some(Value::Array(subjects)) => subjects
                    .iter()
                    .filter(|s| s.get("kind").and_then(Value::as_str) == Some("ServiceAccount"))
                    .filter_map(|s| s.get("namespace").and_then(Value::as_str).map(str::to_owned))
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        // The candidates the referrer can see at all.
        let visible: Vec<&Candidate> = candidates
            .iter()
            .filter(|c| {
                cluster
                    || c.cluster
                    || effective_ns(&c.namespace) == effective_ns(&namespace)
                    || binding_namespaces.contains(&c.namespace)
            })
            .collect();
        let prefixes = r.prefixes().to_vec();
        let suffixes = r.suffixes().to_vec();
        let referrer = Referrer {
            namespace: &namespace,
            cluster,
            prefixes: &prefixes,
            suffixes: &suffixes,
        };
        for spec in applicable {
            if spec.path == "roleRef/name" && role_kind.as_deref().is_some_and(|k| k != rule.kind) {
                continue;
            }
            let segments = spec.segments();
            let last = segments.last().map(String::as_str).unwrap_or("");
            visit(&mut r.object, &segments, false, &mut |value| {
                let outcome = update(value, last, &visible, &referrer, &rule.kind);
                if let Err(e) = outcome
                    && error.is_none()
                {
                    error = Some(e);
                }
            });
        }
    }
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn update(value: &mut Value, field: &str, visible: &[&Candidate], referrer: &Referrer<'_>, kind: &str) -> Result<()> {
    match value {
        Value::String(old) => {
            if let Some(c) = select(visible, old, referrer, same_names)? {
                *old = c.name.clone();
            }
        }
        Value::Array(items) => {
            for item in items {
                update(item, field, visible, referrer, kind)?;
            }
        }
        Value::Object(map) => {
            // RBAC subjects and webhook services: {kind?, name, namespace}.
            if field == "subjects" && map.get("kind").and_then(Value::as_str) != Some(kind) {
                return Ok(());
            }
            let Some(old) = map.get("name").and_then(Value::as_str).map(str::to_owned) else {
                return Ok(());
            };
            if field == "subjects"
                && map
                    .get("namespace")
                    .is_some_and(|ns| ns.is_null() || ns.as_str() == Some(""))
            {
                return Err(Error::Other(format!(
                    "Invalid Input: namespace is blank for resource \"{kind}/{old}\""
                )));
            }
            // With a namespace, the namespaced candidates originally (else currently) in it
            // (`default` when empty).
            let narrowed: Vec<&Candidate>;
            let candidates = match map.get("namespace").and_then(Value::as_str) {
                Some(ns) => {
                    let original: Vec<&Candidate> = visible
                        .iter()
                        .copied()
                        .filter(|c| !c.cluster && c.history.first().is_some_and(|(n, _)| effective_ns(n) == ns))
                        .collect();
                    narrowed = if original.is_empty() {
                        visible
                            .iter()
                            .copied()
                            .filter(|c| !c.cluster && effective_ns(&c.namespace) == ns)
                            .collect()
                    } else {
                        original
                    };
                    &narrowed
                }
                None => visible,
            };
            if let Some(c) = select(candidates, &old, referrer, same_names_and_namespaces)? {
                map.insert("name".to_owned(), Value::String(c.name.clone()));
                if !c.namespace.is_empty() {
                    map.insert("namespace".to_owned(), Value::String(c.namespace.clone()));
                }
            }
        }
        _ => {}
    }
    Ok(())
}
