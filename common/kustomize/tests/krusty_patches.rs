//! Strategic merge and JSON 6902 patches against kustomize's own krusty tests, read from
//! `../shared/conformance/kustomize` (see its README).
//!
//! Only the cases that are nothing but resources and patches are run: a kustomization with
//! `resources` (files next to it), `patchesStrategicMerge`, `patches` and `patchesJson6902`,
//! targets by group/version/kind/name/namespace and `key=value` label selectors, no patch
//! options. The test applies the patches the way kustomize's builtin transformers do (strategic
//! merge patches first, then `patches`, then `patchesJson6902`) and compares the objects with the
//! expected output, parsed (the full `kustomize build` harness, byte for byte, comes with the
//! engine). A case that fails must be listed with a reason in
//! `tests/krusty-patches-known-failures.txt`; a listed case that passes fails the test. When
//! the corpus is absent the test says so and skips.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use ferroflux_kustomize::json6902;
use ferroflux_kustomize::smp::{self, MergeOptions};
use serde::Deserialize;
use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/conformance/kustomize/cases")
}

fn known_failures() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/krusty-patches-known-failures.txt");
    let text = fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

/// Parses a YAML stream into its non-empty documents.
fn documents(text: &str) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for document in yaml_serde::Deserializer::from_str(text) {
        let value = Value::deserialize(document).map_err(|e| format!("yaml: {e}"))?;
        if !value.is_null() {
            out.push(value);
        }
    }
    Ok(out)
}

/// Why a case is not one this harness runs.
struct Skip;

/// A `target` selector.
#[derive(Default)]
struct Target {
    group: Option<String>,
    version: Option<String>,
    kind: Option<String>,
    name: Option<String>,
    namespace: Option<String>,
    labels: Vec<(String, String)>,
}

fn text_field(map: &Value, key: &str) -> Option<String> {
    map.get(key).and_then(Value::as_str).map(str::to_owned)
}

fn target(value: Option<&Value>) -> Result<Option<Target>, Skip> {
    let Some(value) = value else { return Ok(None) };
    let Some(map) = value.as_object() else { return Err(Skip) };
    let allowed = ["group", "version", "kind", "name", "namespace", "labelSelector"];
    if map.keys().any(|k| !allowed.contains(&k.as_str())) {
        return Err(Skip);
    }
    let name = text_field(value, "name");
    if name
        .as_deref()
        .is_some_and(|n| n.contains(|c: char| "^$.*+?()[]{}|\\".contains(c)))
    {
        return Err(Skip);
    }
    let mut labels = Vec::new();
    if let Some(selector) = text_field(value, "labelSelector") {
        for term in selector.split(',') {
            let Some((key, val)) = term.split_once('=') else {
                return Err(Skip);
            };
            if key.ends_with('!') || val.starts_with('=') {
                return Err(Skip);
            }
            labels.push((key.trim().to_owned(), val.trim().to_owned()));
        }
    }
    Ok(Some(Target {
        group: text_field(value, "group"),
        version: text_field(value, "version"),
        kind: text_field(value, "kind"),
        name,
        namespace: text_field(value, "namespace"),
        labels,
    }))
}

fn group_version(object: &Value) -> (String, String) {
    let api_version = object.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
    match api_version.split_once('/') {
        Some((group, version)) => (group.to_owned(), version.to_owned()),
        None => (String::new(), api_version.to_owned()),
    }
}

fn meta<'v>(object: &'v Value, key: &str) -> Option<&'v str> {
    object.get("metadata").and_then(|m| m.get(key)).and_then(Value::as_str)
}

fn selects(target: &Target, object: &Value) -> bool {
    let (group, version) = group_version(object);
    let equal = |want: &Option<String>, have: Option<&str>| want.as_deref().is_none_or(|w| Some(w) == have);
    equal(&target.group, Some(&group))
        && equal(&target.version, Some(&version))
        && equal(&target.kind, object.get("kind").and_then(Value::as_str))
        && equal(&target.name, meta(object, "name"))
        && equal(&target.namespace, Some(meta(object, "namespace").unwrap_or_default()))
        && target.labels.iter().all(|(k, v)| {
            object
                .get("metadata")
                .and_then(|m| m.get("labels"))
                .and_then(|l| l.get(k))
                .and_then(Value::as_str)
                == Some(v.as_str())
        })
}

/// kustomize gives a targeted patch the object's identity, and keeps the kind, name and
/// namespace of a patched object.
fn apply_smp(resources: &mut Vec<Value>, index: usize, patch: &Value, targeted: bool) -> Result<(), String> {
    let Some(original) = resources.get(index).cloned() else {
        return Ok(());
    };
    let mut patch = patch.clone();
    if targeted && patch.is_object() {
        patch["apiVersion"] = original["apiVersion"].clone();
        patch["kind"] = original["kind"].clone();
        if patch.get("metadata").is_some_and(Value::is_object) {
            patch["metadata"]["name"] = original["metadata"]["name"].clone();
        }
    }
    let merged = smp::merge(original.clone(), &patch, &MergeOptions::kustomize()).map_err(|e| e.to_string())?;
    match merged {
        None => {
            resources.remove(index);
        }
        Some(mut object) if object.as_object().is_some_and(|m| !m.is_empty()) => {
            object["kind"] = original["kind"].clone();
            object["metadata"]["name"] = original["metadata"]["name"].clone();
            match original.get("metadata").and_then(|m| m.get("namespace")) {
                Some(ns) => object["metadata"]["namespace"] = ns.clone(),
                None => {
                    if let Some(m) = object.get_mut("metadata").and_then(Value::as_object_mut) {
                        m.remove("namespace");
                    }
                }
            }
            resources[index] = object;
        }
        Some(_) => {
            resources.remove(index);
        }
    }
    Ok(())
}

/// Applies one strategic merge patch document: to the selected objects, or to the object with
/// the patch's kind and name.
fn strategic(resources: &mut Vec<Value>, patch: &Value, target: Option<&Target>) -> Result<(), String> {
    let mut indices: Vec<usize> = match target {
        Some(target) => (0..resources.len())
            .filter(|&i| selects(target, &resources[i]))
            .collect(),
        None => {
            let kind = patch.get("kind").and_then(Value::as_str);
            let name = meta(patch, "name");
            let found: Vec<usize> = (0..resources.len())
                .filter(|&i| {
                    resources[i].get("kind").and_then(Value::as_str) == kind && meta(&resources[i], "name") == name
                })
                .collect();
            if found.len() != 1 {
                return Err(format!("no unique resource for patch {kind:?}/{name:?}"));
            }
            found
        }
    };
    indices.reverse();
    for index in indices {
        apply_smp(resources, index, patch, target.is_some())?;
    }
    Ok(())
}

fn json_patch(resources: &mut [Value], patch: &Value, target: &Target) -> Result<(), String> {
    let patch = json6902::Patch::from_value(patch).map_err(|e| e.to_string())?;
    for object in resources.iter_mut().filter(|o| selects(target, o)) {
        *object = patch.apply(object.take()).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Reads a patch entry's content: inline `patch` or the file at `path`.
fn content(case: &Value, dir: &str, entry: &Value) -> Result<String, Skip> {
    if let Some(text) = entry.get("patch").and_then(Value::as_str) {
        return Ok(text.to_owned());
    }
    let path = entry.get("path").and_then(Value::as_str).ok_or(Skip)?;
    file(case, dir, path)
}

fn file(case: &Value, dir: &str, path: &str) -> Result<String, Skip> {
    let full = if dir == "." {
        path.to_owned()
    } else {
        format!("{dir}/{path}")
    };
    case["files"]
        .get(&full)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or(Skip)
}

/// Runs one case; `Err(Skip)` when it is more than resources and patches.
fn run(case: &Value) -> Result<Result<Vec<Value>, String>, Skip> {
    let dir = case["run"].as_str().ok_or(Skip)?;
    let kustomization = documents(&file(case, dir, "kustomization.yaml")?).map_err(|_| Skip)?;
    let [kustomization] = kustomization.as_slice() else {
        return Err(Skip);
    };
    let fields = kustomization.as_object().ok_or(Skip)?;
    let allowed = [
        "apiVersion",
        "kind",
        "resources",
        "patches",
        "patchesStrategicMerge",
        "patchesJson6902",
    ];
    if fields.keys().any(|k| !allowed.contains(&k.as_str())) {
        return Err(Skip);
    }
    let list = |key: &str| fields.get(key).and_then(Value::as_array).cloned().unwrap_or_default();

    let mut resources = Vec::new();
    for resource in list("resources") {
        let text = file(case, dir, resource.as_str().ok_or(Skip)?)?;
        resources.extend(documents(&text).map_err(|_| Skip)?);
    }
    // kustomize splits `kind: *List` objects into their items when loading.
    if resources.iter().any(|r| {
        r.get("kind")
            .and_then(Value::as_str)
            .is_some_and(|k| k.ends_with("List"))
    }) {
        return Err(Skip);
    }
    let mut steps: Vec<(Value, Option<Target>, bool)> = Vec::new();
    for entry in list("patchesStrategicMerge") {
        let text = match entry.as_str() {
            Some(text) if text.contains('\n') => text.to_owned(),
            Some(path) => file(case, dir, path)?,
            None => return Err(Skip),
        };
        for document in documents(&text).map_err(|_| Skip)? {
            steps.push((document, None, false));
        }
    }
    for entry in list("patches") {
        if entry.get("options").is_some() {
            return Err(Skip);
        }
        let target = target(entry.get("target"))?;
        let text = content(case, dir, &entry)?;
        let parsed = documents(&text).map_err(|_| Skip)?;
        match parsed.as_slice() {
            [Value::Array(_)] => steps.push((parsed.into_iter().next().ok_or(Skip)?, Some(target.ok_or(Skip)?), true)),
            _ => {
                for document in parsed {
                    steps.push((document, target.as_ref().map(clone_target), false));
                }
            }
        }
    }
    for entry in list("patchesJson6902") {
        let target = target(entry.get("target"))?.ok_or(Skip)?;
        let text = content(case, dir, &entry)?;
        let parsed = documents(&text).map_err(|_| Skip)?;
        let [patch] = parsed.as_slice() else { return Err(Skip) };
        steps.push((patch.clone(), Some(target), true));
    }

    for (patch, target, is_json) in &steps {
        let outcome = match (is_json, target) {
            (true, Some(target)) => json_patch(&mut resources, patch, target),
            (true, None) => return Err(Skip),
            (false, target) => strategic(&mut resources, patch, target.as_ref()),
        };
        if let Err(e) = outcome {
            return Ok(Err(e));
        }
    }
    Ok(Ok(resources))
}

fn clone_target(t: &Target) -> Target {
    Target {
        group: t.group.clone(),
        version: t.version.clone(),
        kind: t.kind.clone(),
        name: t.name.clone(),
        namespace: t.namespace.clone(),
        labels: t.labels.clone(),
    }
}

/// kustomize writes annotations and labels as strings.
fn canonical(mut objects: Vec<Value>, sort: bool) -> Vec<Value> {
    for object in &mut objects {
        for key in ["labels", "annotations"] {
            if let Some(map) = object
                .get_mut("metadata")
                .and_then(|m| m.get_mut(key))
                .and_then(Value::as_object_mut)
            {
                for value in map.values_mut() {
                    if !value.is_string() {
                        *value = Value::String(value.to_string());
                    }
                }
            }
        }
    }
    if sort {
        objects.sort_by_key(|o| o.to_string());
    }
    objects
}

#[test]
fn krusty_cases_made_of_resources_and_patches() {
    let root = corpus();
    let Ok(groups) = fs::read_dir(&root) else {
        eprintln!("SKIPPED: kustomize conformance corpus not found at {}", root.display());
        return;
    };
    let known = known_failures();
    let mut files: Vec<PathBuf> = groups
        .flatten()
        .flat_map(|group| fs::read_dir(group.path()).into_iter().flatten().flatten())
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();

    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    let mut problems = Vec::new();
    for path in files {
        let case: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let id = case["id"].as_str().unwrap_or_default().to_owned();
        let Some(expected) = case.get("expected").and_then(Value::as_str) else {
            skipped += 1;
            continue;
        };
        if case.get("verified") != Some(&Value::Bool(true)) {
            skipped += 1;
            continue;
        }
        let outcome = match run(&case) {
            Err(Skip) => {
                skipped += 1;
                continue;
            }
            Ok(outcome) => outcome,
        };
        let sort = case["options"]["reorder"].as_str() != Some("none");
        let verdict = match (outcome, documents(expected)) {
            (Ok(got), Ok(want)) if canonical(got.clone(), sort) == canonical(want.clone(), sort) => Ok(()),
            (Ok(got), Ok(want)) => Err(format!(
                "got {}\nwant {}",
                serde_json::to_string(&canonical(got, sort)).unwrap(),
                serde_json::to_string(&canonical(want, sort)).unwrap()
            )),
            (Err(e), _) => Err(format!("error: {e}")),
            (_, Err(e)) => Err(format!("expected output: {e}")),
        };
        match (verdict, known.contains(&id)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => problems.push(format!("{id}: passes but is listed as a known failure")),
            (Err(_), true) => failed += 1,
            (Err(why), false) => {
                failed += 1;
                problems.push(format!("{id}: {why}"));
            }
        }
    }
    println!("krusty patch cases: {passed} passed, {failed} failed ({skipped} not patch-only, skipped)");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
