//! Name references: after names changed (prefix, suffix, hash), every field that refers to an
//! object by name (kustomize's nameReference rules, [`super::fieldspec::name_references`]) is
//! set to the referred object's current name.

use serde_json::Value;

use super::fieldspec::{NameReference, name_references, visit};
use crate::error::{Error, Result};
use crate::resource::{ResMap, effective_ns, is_cluster_scoped};

/// A referral candidate: index, current name and namespace, history.
struct Candidate {
    name: String,
    namespace: String,
    history: Vec<(String, String)>,
}

/// Picks the referral for `old` seen from a referrer in `referrer_ns`.
fn select<'a>(
    candidates: &'a [Candidate],
    old: &str,
    referrer_ns: &str,
    referrer_cluster: bool,
    subject_ns: Option<&str>,
) -> Result<Option<&'a Candidate>> {
    let matching: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| c.history.iter().any(|(_, n)| n == old))
        .filter(|c| match subject_ns {
            Some(ns) => c.history.iter().any(|(n, _)| effective_ns(n) == effective_ns(ns)),
            None => {
                referrer_cluster
                    || c.namespace.is_empty() && c.history.iter().all(|(n, _)| n.is_empty())
                    || effective_ns(&c.namespace) == effective_ns(referrer_ns)
            }
        })
        .collect();
    match matching.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        many => {
            if many.iter().all(|c| c.name == many[0].name) {
                Ok(Some(many[0]))
            } else {
                let exact: Vec<&&Candidate> = many.iter().filter(|c| c.name == old).collect();
                if exact.len() == 1 {
                    return Ok(Some(exact[0]));
                }
                Err(Error::Other(format!(
                    "found multiple possible referrals for name '{old}'"
                )))
            }
        }
    }
}

/// Updates every reference to a renamed object.
///
/// With `strict`, an ambiguous reference is an error; otherwise it is left alone (used after
/// each kustomization, before the final pass).
pub fn fix(map: &mut ResMap, strict: bool) -> Result<()> {
    let mut rules = name_references();
    rules.extend(map.config.name_reference.iter().cloned());
    for rule in rules {
        match fix_rule(map, &rule) {
            Err(e) if strict => return Err(e),
            _ => {}
        }
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
            history: r.history.clone(),
        })
        .collect();
    if candidates.is_empty() {
        return Ok(());
    }
    let mut error = None;
    for r in &mut map.resources {
        let referrer_ns = r.namespace().to_owned();
        let cluster = is_cluster_scoped(r.kind());
        // `roleRef.name` refers to the kind `roleRef.kind` names (Role or ClusterRole).
        let role_kind = r
            .object
            .pointer("/roleRef/kind")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let applicable: Vec<_> = rule
            .fields
            .iter()
            .filter(|s| s.applies_to(r))
            .filter(|s| s.path != "roleRef/name" || role_kind.as_deref().is_none_or(|k| k == rule.kind))
            .collect();
        for spec in applicable {
            let segments = spec.segments();
            let last = segments.last().map(String::as_str).unwrap_or("");
            visit(&mut r.object, &segments, false, &mut |value| {
                let outcome = update(value, last, &candidates, &referrer_ns, cluster, &rule.kind);
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

fn update(
    value: &mut Value,
    field: &str,
    candidates: &[Candidate],
    referrer_ns: &str,
    cluster: bool,
    kind: &str,
) -> Result<()> {
    match value {
        Value::String(old) => {
            if let Some(c) = select(candidates, old, referrer_ns, cluster, None)? {
                *old = c.name.clone();
            }
        }
        Value::Array(items) => {
            for item in items {
                update(item, field, candidates, referrer_ns, cluster, kind)?;
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
            let ns = map.get("namespace").and_then(Value::as_str).map(str::to_owned);
            let subject_ns = ns.clone().or_else(|| Some(referrer_ns.to_owned()));
            if let Some(c) = select(candidates, &old, referrer_ns, cluster, subject_ns.as_deref())? {
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
