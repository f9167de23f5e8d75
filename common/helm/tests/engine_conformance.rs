#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Helm engine conformance: runs Helm's own engine tests, extracted as data in
//! `../shared/conformance/helm/engine`, against `ferroflux_helm::Engine` and
//! `ferroflux_helm::helm_funcs`.
//!
//! `render.json` cases build a chart tree and call [`Engine::render`] with the case's
//! top-level values (or [`Engine::render_templates`] for the internal-render cases);
//! `{"$chart_metadata_of": name}` becomes that chart's `.Chart` value and
//! `{"$repeat": s, "times": n}` is expanded. `funcs.json` cases execute a template with plain
//! `text/template` semantics and Helm's function map; `{"$cyclic": …}` becomes a map that
//! contains itself. `strvals.json` runs the `--set` parsers of `ferroflux_helm::strvals` and
//! `coalesce.json` the values coalescing of `ferroflux_helm::coalesce`, both compared as JSON
//! (whole floats compare equal to integers). Failures listed in `engine-known-failures.txt` are tolerated; any other
//! failure, and any listed case that now passes, fails the test.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use ferroflux_helm::coalesce::{
    coalesce_tables, coalesce_values, coalesce_values_with_warnings, merge_tables, merge_values,
};
use ferroflux_helm::strvals;
use ferroflux_helm::{Chart, ChartFile, Engine, HelmFuncOptions, Map, Metadata, Object, Template, Value, helm_funcs};
use serde_json::Value as Json;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/conformance/helm/engine")
}

/// Converts a value to JSON for comparisons (whole floats become integers).
fn to_json(v: &Value) -> Json {
    match v {
        Value::Nil => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i, _) => Json::from(*i),
        Value::Uint(u, _) => Json::from(*u),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Json::from(*f as i64),
        Value::Float(f) => Json::from(*f),
        Value::String(s) => Json::String(s.to_string()),
        Value::List(l) => Json::Array(l.iter().map(to_json).collect()),
        Value::Map(m) => Json::Object(m.entries().into_iter().map(|(k, v)| (k, to_json(&v))).collect()),
        other => Json::String(format!("{other:?}")),
    }
}

/// Normalises JSON numbers the same way as [`to_json`].
fn norm(j: &Json) -> Json {
    to_json(&Value::from_json(j))
}

fn map_of(j: &Json) -> Map {
    match Value::from_json(j) {
        Value::Map(m) => m,
        _ => Map::new(),
    }
}

fn check_result(case: &Json, got: Result<Json, String>) -> Result<(), String> {
    match (got, case.get("expected_error")) {
        (Err(e), Some(Json::String(want))) if e != *want => Err(format!("expected error {want:?}, got {e:?}")),
        (Err(_), Some(_)) => Ok(()),
        (Err(e), None) => Err(format!("unexpected error: {e}")),
        (Ok(v), Some(_)) => Err(format!("expected an error, got {v}")),
        (Ok(v), None) => {
            let want = norm(&case["expected"]);
            if v == want {
                Ok(())
            } else {
                Err(format!("expected {want}, got {v}"))
            }
        }
    }
}

fn run_strvals_case(case: &Json) -> Result<(), String> {
    let func = case["function"].as_str().unwrap_or("");
    let input = case.get("input").and_then(Json::as_str).unwrap_or("");
    let inputs: Vec<String> = case
        .get("inputs")
        .and_then(Json::as_array)
        .map(|a| a.iter().map(|s| s.as_str().unwrap_or("").to_string()).collect())
        .unwrap_or_default();
    let files: BTreeMap<String, String> = case
        .get("file_reader")
        .and_then(Json::as_object)
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                .collect()
        })
        .unwrap_or_default();
    let reader = |path: &str| -> Result<Value, String> {
        files
            .get(path)
            .map(|s| Value::string(s.as_str()))
            .ok_or_else(|| format!("open {path}: no such file"))
    };
    let into = |f: &dyn Fn(&str, &Map) -> Result<(), String>| -> Result<Json, String> {
        let dest = map_of(case.get("initial").unwrap_or(&Json::Null));
        for s in &inputs {
            f(s, &dest)?;
        }
        Ok(to_json(&Value::Map(dest)))
    };
    let got: Result<Json, String> = match func {
        "setIndex" => {
            let list = match Value::from_json(&case["initial"]) {
                Value::List(l) => (*l).clone(),
                _ => Vec::new(),
            };
            let index = case["index"].as_i64().unwrap_or(0);
            strvals::set_index(list, index, Value::from_json(&case["value"])).map(|l| to_json(&Value::list(l)))
        }
        "Parse" => strvals::parse(input).map(|m| to_json(&Value::Map(m))),
        "ParseString" => strvals::parse_string(input).map(|m| to_json(&Value::Map(m))),
        "ParseLiteral" => strvals::parse_literal(input).map(|m| to_json(&Value::Map(m))),
        "ParseFile" => strvals::parse_file(input, &reader).map(|m| to_json(&Value::Map(m))),
        "ToYAML" => strvals::to_yaml(input).map(Json::String),
        "ParseInto" => into(&|s, m| strvals::parse_into(s, m)),
        "ParseIntoString" => into(&|s, m| strvals::parse_into_string(s, m)),
        "ParseJSON" => into(&|s, m| strvals::parse_json(s, m)),
        "ParseLiteralInto" => into(&|s, m| strvals::parse_literal_into(s, m)),
        "ParseIntoFile" => into(&|s, m| strvals::parse_into_file(s, m, &reader)),
        other => return Err(format!("unknown function {other}")),
    };
    check_result(case, got)
}

fn lookup_path(v: &Json, path: &[Json]) -> Option<Json> {
    let mut cur = v.clone();
    for p in path {
        cur = cur.get(p.as_str().unwrap_or(""))?.clone();
    }
    Some(cur)
}

fn run_coalesce_case(case: &Json) -> Result<(), String> {
    let func = case["function"].as_str().unwrap_or("");
    let result: Json = match func {
        "CoalesceValues" | "MergeValues" => {
            let chart = chart_from_json(&case["chart"]);
            let user = map_of(&case["user_values"]);
            let before = to_json(&Value::Map(user.clone()));
            let out = if func == "CoalesceValues" {
                coalesce_values(&chart, &user)?
            } else {
                merge_values(&chart, &user)?
            };
            if to_json(&Value::Map(user)) != before {
                return Err("the user values were mutated".to_string());
            }
            for check in case
                .get("template_checks")
                .and_then(Json::as_array)
                .into_iter()
                .flatten()
            {
                let mut t = Template::new("check");
                t.parse(check["template"].as_str().unwrap_or(""))
                    .map_err(|e| e.to_string())?;
                let got = t.execute(&Value::Map(out.clone())).map_err(|e| e.to_string())?;
                let want = check["expected"].as_str().unwrap_or("");
                if got != want {
                    return Err(format!("{}: expected {want:?}, got {got:?}", check["template"]));
                }
            }
            let json = to_json(&Value::Map(out));
            if let Some(sdk) = case.get("sdk_result")
                && norm(sdk) != json
            {
                return Err(format!("expected {}, got {json}", norm(sdk)));
            }
            json
        }
        "CoalesceTables" | "MergeTables" => {
            let dst = map_of(&case["dst"]);
            let src = map_of(&case["src"]);
            let out = if func == "CoalesceTables" {
                coalesce_tables(&dst, &src)
            } else {
                merge_tables(&dst, &src)
            };
            to_json(&Value::Map(out))
        }
        _ if case.get("expected_warnings_contains").is_some() => {
            let chart = chart_from_json(&case["chart"]);
            let mut warnings = Vec::new();
            let out = coalesce_values_with_warnings(&chart, &map_of(&case["user_values"]), &mut warnings)?;
            for want in case["expected_warnings_contains"].as_array().into_iter().flatten() {
                let want = want.as_str().unwrap_or("");
                if !warnings.iter().any(|w| w.contains(want)) {
                    return Err(format!("missing warning {want:?} in {warnings:?}"));
                }
            }
            to_json(&Value::Map(out))
        }
        other => return Err(format!("unknown function {other}")),
    };
    for a in case.get("assertions").and_then(Json::as_array).into_iter().flatten() {
        let path = a.get("path").and_then(Json::as_array).cloned().unwrap_or_default();
        let got = lookup_path(&result, &path);
        let ok = match a["op"].as_str().unwrap_or("") {
            "absent" => got.is_none(),
            "present" => got.is_some(),
            "equals" => got.as_ref().map(norm) == Some(norm(&a["value"])),
            "equals_or_absent_nil" => got.is_none_or(|g| norm(&g) == norm(&a["value"])),
            "is_map" => got.is_some_and(|g| g.is_object()),
            _ => true,
        };
        if !ok {
            return Err(format!("assertion {a} failed on {result}"));
        }
    }
    Ok(())
}

fn known_failures() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/engine-known-failures.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, reason) = match line.split_once('#') {
            Some((id, reason)) => (id.trim(), reason.trim()),
            None => (line, ""),
        };
        out.insert(id.to_string(), reason.to_string());
    }
    out
}

/// Expands `{"$repeat": s, "times": n}`.
fn text(j: &Json) -> String {
    match j {
        Json::String(s) => s.clone(),
        Json::Object(o) if o.contains_key("$repeat") => {
            let s = o["$repeat"].as_str().unwrap_or("");
            s.repeat(o["times"].as_u64().unwrap_or(0) as usize)
        }
        other => other.to_string(),
    }
}

fn chart_from_json(j: &Json) -> Chart {
    let files = |key: &str| -> Vec<ChartFile> {
        j.get(key)
            .and_then(Json::as_object)
            .map(|o| {
                o.iter()
                    .map(|(k, v)| ChartFile {
                        name: k.clone(),
                        data: text(v).into_bytes(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let values = match j.get("values").map(Value::from_json) {
        Some(Value::Map(m)) => m,
        _ => Map::new(),
    };
    Chart {
        metadata: Metadata {
            name: j["name"].as_str().unwrap_or("").to_string(),
            api_version: j["apiVersion"].as_str().unwrap_or("").to_string(),
            chart_type: j.get("type").and_then(Json::as_str).unwrap_or("").to_string(),
            ..Metadata::default()
        },
        templates: files("templates"),
        files: files("files"),
        values,
        dependencies: j
            .get("dependencies")
            .and_then(Json::as_array)
            .map(|d| d.iter().map(chart_from_json).collect())
            .unwrap_or_default(),
        ..Chart::default()
    }
}

fn find_chart<'a>(c: &'a Chart, name: &str) -> Option<&'a Chart> {
    if c.metadata.name == name {
        return Some(c);
    }
    c.dependencies.iter().find_map(|d| find_chart(d, name))
}

/// Converts case values, replacing `{"$chart_metadata_of": name}`.
fn values_from_json(j: &Json, chart: Option<&Chart>) -> Value {
    match j {
        Json::Object(o) => {
            if let Some(name) = o.get("$chart_metadata_of").and_then(Json::as_str) {
                let c = chart.and_then(|c| find_chart(c, name)).unwrap();
                return c.metadata.to_value(chart.is_some_and(|r| r.metadata.name == name));
            }
            let m = Map::new();
            for (k, v) in o {
                m.insert(k.clone(), values_from_json(v, chart));
            }
            Value::Map(m)
        }
        Json::Array(a) => Value::list(a.iter().map(|v| values_from_json(v, chart)).collect()),
        other => Value::from_json(other),
    }
}

fn run_render_case(case: &Json) -> Result<(), String> {
    let engine_opts = case.get("engine");
    let engine = Engine {
        strict: engine_opts
            .and_then(|e| e.get("strict"))
            .and_then(Json::as_bool)
            .unwrap_or(false),
        lint_mode: engine_opts
            .and_then(|e| e.get("lint_mode"))
            .and_then(Json::as_bool)
            .unwrap_or(false),
        lookup: None,
        enable_dns: false,
    };
    let result = if let Some(internal) = case.get("internal_templates").and_then(Json::as_object) {
        let tpls: BTreeMap<String, String> = internal.iter().map(|(k, v)| (k.clone(), text(v))).collect();
        let data = values_from_json(&case["render_values"], None);
        engine.render_templates(&tpls, &data)
    } else {
        let chart = chart_from_json(&case["chart"]);
        let data = if let Some(user) = case.get("user_values") {
            let Value::Map(user) = Value::from_json(user) else {
                return Err("user_values is not a map".to_string());
            };
            let coalesced = coalesce_values(&chart, &user)?;
            let m = Map::new();
            m.insert("Values", Value::Map(coalesced));
            m.insert("Chart", chart.metadata.to_value(true));
            m.insert("Release", values_from_json(&case["release"], None));
            Value::Map(m)
        } else {
            values_from_json(&case["render_values"], Some(&chart))
        };
        engine.render(&chart, &data)
    };
    match result {
        Ok(out) => {
            if case.get("expected_error").is_some() || case.get("expected_error_suffix").is_some() {
                return Err(format!("expected an error, got {out:?}"));
            }
            if case.get("expected_error_contains").is_some() {
                // The strict-mode case tolerates success (as the upstream test does).
                if case["id"] == "tpl-missing-key-strict" {
                    return Ok(());
                }
                return Err(format!("expected an error, got {out:?}"));
            }
            if let Some(n) = case.get("expected_count").and_then(Json::as_u64)
                && out.len() as u64 != n
            {
                return Err(format!("expected {n} outputs, got {}: {:?}", out.len(), out.keys()));
            }
            for (k, v) in case["expected"].as_object().into_iter().flatten() {
                let want = text(v);
                match out.get(k) {
                    Some(got) if *got == want => {}
                    Some(got) => return Err(format!("{k}: expected {want:?}, got {got:?}")),
                    None => return Err(format!("{k}: missing from output {:?}", out.keys())),
                }
            }
            Ok(())
        }
        Err(e) => {
            let msg = e.to_string();
            if let Some(want) = case.get("expected_error").and_then(Json::as_str) {
                return if msg == want {
                    Ok(())
                } else {
                    Err(format!("expected error {want:?}, got {msg:?}"))
                };
            }
            if let Some(want) = case.get("expected_error_contains").and_then(Json::as_str) {
                return if msg.contains(want) {
                    Ok(())
                } else {
                    Err(format!("expected error containing {want:?}, got {msg:?}"))
                };
            }
            if let Some(want) = case.get("expected_error_suffix").and_then(Json::as_str) {
                return if msg.ends_with(want) {
                    Ok(())
                } else {
                    Err(format!("expected error ending in {want:?}, got {:?}", tail(&msg)))
                };
            }
            Err(format!("unexpected error: {}", tail(&msg)))
        }
    }
}

fn tail(s: &str) -> &str {
    let n = s.len();
    let mut start = n.saturating_sub(400);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// Builds `loopMap := {"foo": "bar"}; loopMap["loop"] = []any{loopMap}`.
fn cyclic_map() -> Value {
    let m = Map::new();
    m.insert("foo", Value::string("bar"));
    m.insert("loop", Value::list(vec![Value::Map(m.clone())]));
    Value::Map(m)
}

/// A Go map with integer keys (`map[int]string`), which template maps (string keys) cannot
/// hold: a host object that indexes by integer.
struct IntKeyMap {
    entries: Vec<(i64, Value)>,
}

impl Object for IntKeyMap {
    fn type_name(&self) -> String {
        "map[int]string".to_string()
    }
    fn index(&self, key: &Value) -> Option<Result<Value, String>> {
        let Value::Int(k, _) = key else {
            return Some(Err(format!("value has type {}; should be int", key.type_name())));
        };
        let found = self.entries.iter().find(|(x, _)| x == k).map(|(_, v)| v.clone());
        Some(Ok(found.unwrap_or_else(|| Value::string(""))))
    }
}

/// The data of a funcs case: JSON, or the Go-typed value `vars_go_types` names.
fn funcs_case_data(case: &Json) -> Value {
    let vars = &case["vars"];
    if vars.get("$cyclic").is_some() {
        return cyclic_map();
    }
    let go_type = case["vars_go_types"]
        .as_array()
        .and_then(|t| t.first())
        .and_then(Json::as_str);
    if go_type == Some("map[int]string")
        && let Some(obj) = vars.as_object()
    {
        let entries = obj
            .iter()
            .map(|(k, v)| (k.parse().unwrap(), Value::from_json(v)))
            .collect();
        return Value::Object(std::sync::Arc::new(IntKeyMap { entries }));
    }
    Value::from_json(vars)
}

fn run_funcs_case(case: &Json) -> Result<(), String> {
    let data = funcs_case_data(case);
    let mut t = Template::new("test");
    t.funcs(&helm_funcs(&HelmFuncOptions::default()));
    let res = t
        .parse(case["template"].as_str().unwrap_or(""))
        .map_err(|e| e.to_string())
        .and_then(|t| t.execute(&data).map_err(|e| e.to_string()));
    if let Value::Map(m) = &data {
        // Break the cycle so the test does not leak it.
        m.remove("loop");
    }
    match (res, case.get("expected_error")) {
        (Ok(out), None) => {
            let want = case["expected"].as_str().unwrap_or("");
            if out == want {
                Ok(())
            } else {
                Err(format!("expected {want:?}, got {out:?}"))
            }
        }
        (Ok(out), Some(_)) => Err(format!("expected an error, got {out:?}")),
        (Err(_), Some(_)) => Ok(()),
        (Err(e), None) => Err(format!("unexpected error: {}", tail(&e))),
    }
}

fn run_corpus(
    label: &str,
    path: &Path,
    run: fn(&Json) -> Result<(), String>,
    known: &BTreeMap<String, String>,
    seen: &mut BTreeSet<String>,
    problems: &mut Vec<String>,
) {
    let corpus: Json = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (mut passed, mut failed) = (0, 0);
    for case in corpus["cases"].as_array().unwrap() {
        let id = case["id"].as_str().unwrap().to_string();
        seen.insert(id.clone());
        let outcome = std::panic::catch_unwind(|| run(case)).unwrap_or_else(|_| Err("panicked".to_string()));
        match outcome {
            Ok(()) => {
                passed += 1;
                if known.contains_key(&id) {
                    problems.push(format!("{id}: listed as a known failure but passes"));
                }
            }
            Err(why) => {
                failed += 1;
                if !known.contains_key(&id) {
                    problems.push(format!("{id}: {why}"));
                }
            }
        }
    }
    println!("{label}: {passed} passed, {failed} failed");
}

#[test]
fn helm_engine_conformance() {
    let dir = corpus_dir();
    let render = dir.join("render.json");
    let funcs = dir.join("funcs.json");
    if !render.exists() || !funcs.exists() {
        println!(
            "SKIPPED: engine corpus not found at {} (../shared is absent)",
            dir.display()
        );
        eprintln!(
            "SKIPPED: engine corpus not found at {} (../shared is absent)",
            dir.display()
        );
        return;
    }
    let known = known_failures();
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    run_corpus(
        "engine/render",
        &render,
        run_render_case,
        &known,
        &mut seen,
        &mut problems,
    );
    run_corpus("engine/funcs", &funcs, run_funcs_case, &known, &mut seen, &mut problems);
    for (label, file, run) in [
        (
            "strvals",
            "strvals.json",
            run_strvals_case as fn(&Json) -> Result<(), String>,
        ),
        ("coalesce", "coalesce.json", run_coalesce_case),
    ] {
        let path = dir.join("..").join(file);
        if path.exists() {
            run_corpus(label, &path, run, &known, &mut seen, &mut problems);
        } else {
            println!("SKIPPED: {label} corpus not found at {}", path.display());
        }
    }
    for id in known.keys() {
        if !seen.contains(id) {
            problems.push(format!("{id}: listed as a known failure but not in the corpus"));
        }
    }
    assert!(
        problems.is_empty(),
        "engine conformance problems:\n{}",
        problems.join("\n")
    );
}
