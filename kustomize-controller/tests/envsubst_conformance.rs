//! Conformance of [`kustomize_controller::envsubst`] and [`kustomize_controller::varsub`]
//! against the fluxcd/pkg corpus in `../shared/conformance/envsubst`: `cases.json` (`eval`,
//! `parse` and `func` rows) and `kustomize-varsub.json` (the post-build substitution flows,
//! replayed with the kustomize engine on an in-memory tree).
//!
//! Every row is run; a row that fails must be listed with a reason in
//! `tests/envsubst-known-failures.txt`, and a listed row that passes (or no longer exists)
//! fails the test, so the list stays honest. When the corpus is absent the test says so and
//! skips.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use ferroflux_kustomize::yaml::{parse_documents, to_yaml};
use ferroflux_kustomize::{BuildOptions, MemFs, Reorder, build};
use kustomize_controller::envsubst::{self, Node};
use kustomize_controller::varsub::{self, VarsubOptions};
use serde_json::{Value, json};

/// The outcome of one row: `Err` explains the mismatch.
type Outcome = Result<(), String>;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/conformance/envsubst")
}

/// Reads `tests/envsubst-known-failures.txt`: one case id per line, then whitespace and
/// `# reason`. Ids contain `#` (`TestExpand#3`), so the id is the first word of a line.
fn known_failures() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/envsubst-known-failures.txt");
    let text = fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

fn text<'a>(row: &'a Value, name: &str) -> Result<&'a str, String> {
    row.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{name:?} is missing or not a string"))
}

fn string_map(value: &Value) -> BTreeMap<String, String> {
    value
        .as_object()
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

fn flag(row: &Value, path: &str) -> bool {
    row.pointer(path).and_then(Value::as_bool).unwrap_or(false)
}

// ---------------------------------------------------------------------------------------------
// cases.json

fn run_eval(row: &Value) -> Outcome {
    let params = string_map(&row["params"]);
    let strict = flag(row, "/strict");
    let lookup = |name: &str| params.get(name).cloned();
    let result = envsubst::eval(text(row, "input")?, &lookup, strict);
    match (row.get("error").and_then(Value::as_str), result) {
        (None, Ok(output)) => expect_eq("output", &output, text(row, "output")?),
        (None, Err(err)) => Err(format!("failed with {err}")),
        (Some(_), Ok(output)) => Err(format!("succeeded with {output:?}, want an error")),
        (Some(_), Err(err)) => match row.get("errorMessage").and_then(Value::as_str) {
            Some(message) => expect_eq("error", &err.to_string(), message),
            None => Ok(()),
        },
    }
}

fn node_json(node: &Node) -> Value {
    match node {
        Node::Text(value) => json!({"type": "text", "value": value}),
        Node::Func { param, name, args } => {
            json!({"type": "func", "param": param, "name": name, "args": args.iter().map(node_json).collect::<Vec<_>>()})
        }
        Node::List(nodes) => json!({"type": "list", "nodes": nodes.iter().map(node_json).collect::<Vec<_>>()}),
    }
}

fn run_parse(row: &Value) -> Outcome {
    let tree = envsubst::parse(text(row, "input")?).map_err(|err| format!("parse failed: {err}"))?;
    let got = node_json(&tree.root);
    let want = row.get("ast").ok_or("no ast")?;
    if &got == want {
        Ok(())
    } else {
        Err(format!("ast {got}, want {want}"))
    }
}

fn run_func(row: &Value) -> Outcome {
    let args: Vec<&str> = row["args"]
        .as_array()
        .ok_or("no args")?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let function = text(row, "function")?;
    let output = envsubst::eval::call(function, text(row, "value")?, &args)
        .ok_or_else(|| format!("unknown function {function}"))?
        .map_err(|err| format!("failed with {err}"))?;
    expect_eq("output", &output, text(row, "output")?)
}

fn expect_eq(what: &str, got: &str, want: &str) -> Outcome {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what} {got:?}, want {want:?}"))
    }
}

// ---------------------------------------------------------------------------------------------
// kustomize-varsub.json

/// The data of a `substituteFrom` ConfigMap or Secret, as Flux reads it.
fn source_data(yaml: &str) -> Result<BTreeMap<String, String>, String> {
    let object = parse_documents(yaml)?
        .into_iter()
        .next()
        .ok_or("empty substituteFrom object")?;
    let mut data = BTreeMap::new();
    match object["kind"].as_str() {
        Some("ConfigMap") => data.extend(string_map(&object["data"])),
        Some("Secret") => {
            for (k, v) in string_map(&object["data"]) {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(v)
                    .map_err(|e| format!("secret data {k}: {e}"))?;
                data.insert(k, String::from_utf8_lossy(&bytes).into_owned());
            }
            // The API server turns stringData into data.
            data.extend(string_map(&object["stringData"]));
        }
        other => return Err(format!("unexpected substituteFrom kind {other:?}")),
    }
    Ok(data)
}

/// The variables of a flow, from its Kustomization and sources, checked against
/// `resolvedVars`.
fn flow_vars(row: &Value) -> Result<BTreeMap<String, String>, String> {
    let want = string_map(&row["resolvedVars"]);
    let Some(kustomization) = row.get("kustomizationObject").and_then(Value::as_str) else {
        return Ok(want);
    };
    let kustomization = parse_documents(kustomization)?
        .into_iter()
        .next()
        .ok_or("empty Kustomization")?;
    let from = match row.get("substituteFromObjects").and_then(Value::as_array) {
        Some(objects) => objects
            .iter()
            .map(|o| source_data(o.as_str().unwrap_or_default()))
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let inline = string_map(&kustomization["spec"]["postBuild"]["substitute"]);
    let merged = varsub::merge_vars(&from, &inline).map_err(|e| e.to_string())?;
    if merged != want {
        return Err(format!("merged vars {merged:?}, want resolvedVars {want:?}"));
    }
    Ok(merged)
}

/// Substitutes as Flux's `SubstituteVariables` call does: only with variables or `always`.
fn substitute(objects: &mut [Value], vars: &BTreeMap<String, String>, row: &Value) -> Result<(), String> {
    if vars.is_empty() && !flag(row, "/options/always") {
        return Ok(());
    }
    let options = VarsubOptions {
        strict: flag(row, "/options/strict"),
    };
    varsub::substitute(objects, vars, &options).map_err(|e| e.to_string())
}

fn run_build_flow(row: &Value) -> Outcome {
    let mut fs = MemFs::new();
    for (path, content) in row["kustomizeDir"].as_object().ok_or("no kustomizeDir")? {
        fs.add_file(&format!("/app/{path}"), content.as_str().unwrap_or_default());
    }
    // Flux builds without reordering: the output keeps the order of the resources.
    let options = BuildOptions {
        reorder: Reorder::None,
        ..BuildOptions::default()
    };
    let mut objects = build(&fs, "/app", &options)
        .map_err(|e| format!("kustomize build failed: {e}"))?
        .objects;
    let vars = flow_vars(row)?;
    substitute(&mut objects, &vars, row)?;
    expect_eq("output", &to_yaml(&objects), text(row, "expectedOutputYAML")?)
}

/// Runs a resource flow: its YAML output, or the error message.
fn resource_output(row: &Value) -> Result<Result<String, String>, String> {
    let mut objects = parse_documents(text(row, "resourceYAML")?)?;
    let vars = flow_vars(row)?;
    Ok(substitute(&mut objects, &vars, row).map(|()| to_yaml(&objects)))
}

fn run_resource_flow(row: &Value, rows: &[Value]) -> Outcome {
    let result = resource_output(row)?;
    if flag(row, "/expectError") {
        return match result {
            Ok(output) => Err(format!("succeeded with {output:?}, want an error")),
            Err(message) => match row.get("errorContains").and_then(Value::as_str) {
                Some(part) if !message.contains(part) => Err(format!("error {message:?} lacks {part:?}")),
                _ => Ok(()),
            },
        };
    }
    let output = result.map_err(|e| format!("failed with {e}"))?;
    for part in row["outputContains"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if !output.contains(part) {
            return Err(format!("output {output:?} lacks {part:?}"));
        }
    }
    for part in row["outputNotContains"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        if output.contains(part) {
            return Err(format!("output {output:?} contains {part:?}"));
        }
    }
    if let Some(other) = row.get("expectedSameOutputAs").and_then(Value::as_str) {
        let other_row = rows
            .iter()
            .find(|r| r["id"] == other)
            .ok_or_else(|| format!("no row {other}"))?;
        let other_output = resource_output(other_row)?.map_err(|e| format!("{other} failed with {e}"))?;
        expect_eq("output (same as other row)", &output, &other_output)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------

#[test]
fn envsubst_corpus() {
    let dir = corpus_dir();
    if !dir.join("cases.json").is_file() {
        eprintln!(
            "SKIPPED: envsubst corpus not found at {} -- envsubst conformance NOT checked",
            dir.display()
        );
        return;
    }
    let known = known_failures();
    let mut ids = BTreeSet::new();
    let mut failing = BTreeSet::new();
    let mut unexpected = Vec::new();
    let mut passed = 0;
    let mut record = |id: String, outcome: Outcome| {
        ids.insert(id.clone());
        match outcome {
            Ok(()) => passed += 1,
            Err(reason) => {
                if known.contains(&id) {
                    println!("  known failure {id}: {reason}");
                } else {
                    unexpected.push(format!("{id}: {reason}"));
                }
                failing.insert(id);
            }
        }
    };

    let cases: Value = serde_json::from_str(&fs::read_to_string(dir.join("cases.json")).unwrap()).unwrap();
    let cases = cases.as_array().expect("cases.json is an array");
    assert!(!cases.is_empty(), "cases.json has no rows");
    for row in cases {
        let id = text(row, "id").unwrap().to_owned();
        let outcome = match text(row, "kind") {
            Ok("eval") => run_eval(row),
            Ok("parse") => run_parse(row),
            Ok("func") => run_func(row),
            other => Err(format!("unknown kind {other:?}")),
        };
        record(id, outcome);
    }

    let varsub_path = dir.join("kustomize-varsub.json");
    if varsub_path.is_file() {
        let flows: Value = serde_json::from_str(&fs::read_to_string(&varsub_path).unwrap()).unwrap();
        let rows = flows["cases"].as_array().expect("kustomize-varsub.json has cases");
        for row in rows {
            let id = text(row, "id").unwrap().to_owned();
            let outcome = match text(row, "kind") {
                Ok("varsub-build") => run_build_flow(row),
                Ok("varsub-resource") => run_resource_flow(row, rows),
                other => Err(format!("unknown kind {other:?}")),
            };
            record(id, outcome);
        }
    } else {
        eprintln!(
            "SKIPPED: {} not found -- varsub flows NOT checked",
            varsub_path.display()
        );
    }

    for id in known.difference(&failing) {
        unexpected.push(if ids.contains(id) {
            format!("{id} passes now; remove it from tests/envsubst-known-failures.txt")
        } else {
            format!("{id} is not a case of the corpus; remove it from tests/envsubst-known-failures.txt")
        });
    }
    println!("envsubst: {passed} passed, {} failed", failing.len());
    assert!(
        unexpected.is_empty(),
        "envsubst conformance mismatches:\n{}",
        unexpected.iter().map(|line| format!("  {line}\n")).collect::<String>()
    );
}
