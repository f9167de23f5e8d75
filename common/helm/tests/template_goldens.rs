#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! `helm template` conformance: runs the Helm v4.2.3 `TestTemplateCmd` goldens, extracted as
//! data in `../shared/conformance/helm/template-goldens`, through `ferroflux_helm::load_dir`
//! (the chart is written to a temporary directory) or `ferroflux_helm::load_files` (in
//! memory, every other case) and `ferroflux_helm::template`, comparing the output byte for
//! byte (or the error text; YAML parser details are compared up to the file path).
//! Failures listed in `template-goldens-known-failures.txt` are tolerated; any other failure,
//! and any listed case that now passes, fails the test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use ferroflux_helm::loader::parse_values_file;
use ferroflux_helm::{
    ChartFile, HelmFuncOptions, Map, Template, TemplateOptions, Value, helm_funcs, load_dir, load_files, strvals,
    template,
};
use serde_json::Value as Json;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/conformance/helm/template-goldens")
}

fn known_failures() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/template-goldens-known-failures.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('#') {
            Some((id, reason)) => (id.trim().to_string(), reason.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

fn strs(j: &Json, key: &str) -> Vec<String> {
    j.get(key)
        .and_then(Json::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn chart_files(case: &Json) -> Vec<ChartFile> {
    let mut files = Vec::new();
    if let Some(o) = case.get("chart_files").and_then(Json::as_object) {
        for (k, v) in o {
            files.push(ChartFile {
                name: k.clone(),
                data: v.as_str().unwrap_or("").as_bytes().to_vec(),
            });
        }
    }
    if let Some(o) = case.get("chart_files_base64").and_then(Json::as_object) {
        for (k, v) in o {
            let data = base64::engine::general_purpose::STANDARD
                .decode(v.as_str().unwrap_or(""))
                .unwrap();
            files.push(ChartFile { name: k.clone(), data });
        }
    }
    files
}

/// Loads the chart from a temporary directory (even-numbered cases) or from memory.
fn load(case: &Json, index: usize) -> Result<ferroflux_helm::Chart, String> {
    let files = chart_files(case);
    if index % 2 == 1 {
        return load_files(files).map_err(|e| e.to_string());
    }
    let dir = std::env::temp_dir().join(format!("ferroflux-helm-goldens-{}-{index}", std::process::id()));
    let root = dir.join(case["args"]["chart_dir_name"].as_str().unwrap_or("chart"));
    for f in &files {
        let p = root.join(&f.name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, &f.data).unwrap();
    }
    let chart = load_dir(&root).map_err(|e| e.to_string());
    let _ = std::fs::remove_dir_all(&dir);
    chart
}

fn run_case(case: &Json, index: usize) -> Result<String, String> {
    let args = &case["args"];
    // `helm template [NAME] [CHART]`: the goldens give the chart (and never a positional name).
    let positional: Vec<&str> = args["chart_path"].as_str().into_iter().collect();
    ferroflux_helm::action::template_positional_args(&positional).map_err(|e| e.to_string())?;
    let chart = load(case, index)?;
    let values = Map::new();
    if let Some(vf) = args.get("values_files").and_then(Json::as_array) {
        for f in vf {
            let m = parse_values_file(f["content"].as_str().unwrap_or("")).map_err(|e| e.to_string())?;
            ferroflux_helm::action::merge_maps(&values, &m);
        }
    }
    for s in strs(args, "set") {
        strvals::parse_into(&s, &values)?;
    }
    for s in strs(args, "set_string") {
        strvals::parse_into_string(&s, &values)?;
    }
    let mut opts = TemplateOptions::default();
    opts.release.name = match args.get("name_template").and_then(Json::as_str) {
        Some(nt) => {
            let mut t = Template::new("name-template");
            t.funcs(&helm_funcs(&HelmFuncOptions::default()));
            t.parse(nt).map_err(|e| e.to_string())?;
            t.execute(&Value::Nil).map_err(|e| e.to_string())?
        }
        None => args["release_name"].as_str().unwrap_or("release-name").to_string(),
    };
    opts.release.namespace = args["namespace"].as_str().unwrap_or("default").to_string();
    let kube = args
        .get("kube_version")
        .and_then(Json::as_str)
        .or_else(|| case["environment"]["kube_version_default"].as_str())
        .unwrap_or("v1.20.0");
    opts.capabilities.set_kube_version(kube).map_err(|e| e.to_string())?;
    opts.capabilities.api_versions.extend(strs(args, "api_versions"));
    opts.include_crds = args.get("include_crds").and_then(Json::as_bool).unwrap_or(false);
    opts.skip_tests = args.get("skip_tests").and_then(Json::as_bool).unwrap_or(false);
    opts.release.is_upgrade = args.get("is_upgrade").and_then(Json::as_bool).unwrap_or(false);
    opts.show_only = strs(args, "show_only");
    let debug = args.get("debug").and_then(Json::as_bool).unwrap_or(false);
    template(&chart, &values, &opts).map_err(|e| {
        let msg = e.to_string();
        if msg.starts_with("YAML parse error on ") && !debug {
            format!("{msg}\n\nUse --debug flag to render out invalid YAML")
        } else {
            msg
        }
    })
}

fn check(case: &Json, index: usize) -> Result<(), String> {
    let times = 1 + case.get("repeat").and_then(Json::as_u64).unwrap_or(0);
    for _ in 0..times {
        let got = run_case(case, index);
        match (
            got,
            case.get("expected").and_then(Json::as_str),
            case.get("expected_error").and_then(Json::as_str),
        ) {
            (Ok(out), Some(want), _) if out == want => {}
            (Ok(out), Some(want), _) => return Err(format!("output differs:\n--- want\n{want}\n--- got\n{out}")),
            (Ok(out), None, _) => return Err(format!("expected an error, got output:\n{out}")),
            (Err(e), _, Some(want)) => {
                let yaml_prefix = |s: &str| s.split(": error converting").next().unwrap_or(s).to_string();
                // Command-line errors carry cobra's usage line, which the golden keeps in the
                // whole output rather than in the error.
                let whole_output = case["expected_output"].as_str() == Some(format!("Error: {e}\n").as_str());
                let same = if want.starts_with("YAML parse error on ") {
                    yaml_prefix(want) == yaml_prefix(&e)
                } else {
                    e == want || whole_output
                };
                if !same {
                    return Err(format!("expected error {want:?}, got {e:?}"));
                }
            }
            (Err(e), _, None) => return Err(format!("unexpected error: {e}")),
        }
    }
    Ok(())
}

#[test]
fn helm_template_goldens() {
    let dir = corpus_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!(
            "SKIPPED: helm template goldens not found at {} (../shared is absent)",
            dir.display()
        );
        eprintln!(
            "SKIPPED: helm template goldens not found at {} (../shared is absent)",
            dir.display()
        );
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "json"));
    paths.sort();
    let known = known_failures();
    let (mut passed, mut failed) = (0, 0);
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    for (index, path) in paths.iter().enumerate() {
        let case: Json = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let id = case["id"].as_str().unwrap_or("").to_string();
        seen.push(id.clone());
        match check(&case, index) {
            Ok(()) => {
                passed += 1;
                if known.contains_key(&id) {
                    problems.push(format!("{id}: listed as a known failure but passes"));
                }
            }
            Err(e) => {
                failed += 1;
                if !known.contains_key(&id) {
                    problems.push(format!("{id}: {e}"));
                }
            }
        }
    }
    for id in known.keys() {
        if !seen.contains(id) {
            problems.push(format!("{id}: listed as a known failure but not in the corpus"));
        }
    }
    println!("helm template goldens: {passed} passed, {failed} failed");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
