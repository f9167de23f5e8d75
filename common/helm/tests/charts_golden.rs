#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The fixture charts in `tests/charts/<name>/` rendered by ferroflux and compared with
//! goldens produced by the real Helm v4 library (`tests/charts/regenerate.sh`, PyPI
//! `helm-python-sdk==0.2.2`, Helm v4.2.3).
//!
//! The SDK's `Chart.render` returns Helm's engine output (one entry per rendered template,
//! after dependency processing and value coalescing; partials left out, `NOTES.txt` and empty
//! renders kept), not the `helm template` text. So `expected.yaml` holds that map with sorted
//! keys, each entry as `---\n# Source: <path>\n<text>\n`, and this test prints ferroflux's
//! output at the same stage (`process_dependencies`, `to_render_values`, `Engine::render`) the
//! same way and compares byte for byte. It also checks that `action::template` succeeds and
//! prints every non-empty document of that map, and, where a chart has `error-values.yaml`,
//! that rendering with it fails with the message in `expected-error.txt`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ferroflux_helm::action::{process_dependencies, to_render_values};
use ferroflux_helm::loader::parse_values_file;
use ferroflux_helm::{Engine, Map, ReleaseOptions, TemplateOptions, load_dir, render_release, template};

fn charts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/charts")
}

fn options() -> TemplateOptions {
    TemplateOptions {
        release: ReleaseOptions {
            name: "golden".into(),
            namespace: "golden-ns".into(),
            ..Default::default()
        },
        ..Default::default()
    }
}

fn values(path: &Path) -> Map {
    match std::fs::read_to_string(path) {
        Ok(text) => parse_values_file(&text).unwrap(),
        Err(_) => Map::new(),
    }
}

/// Helm's engine output for the chart at `dir` with the user values in `values_file`.
fn engine_render(dir: &Path, values_file: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut chart = load_dir(dir).map_err(|e| e.to_string())?;
    let vals = values(values_file);
    let opts = options();
    process_dependencies(&mut chart, &vals).map_err(|e| e.to_string())?;
    let top = to_render_values(&chart, &vals, &opts.release, &opts.capabilities).map_err(|e| e.to_string())?;
    let engine = Engine {
        strict: false,
        lint_mode: false,
        lookup: None,
        enable_dns: false,
    };
    engine.render(&chart, &top).map_err(|e| e.to_string())
}

fn golden_text(files: &BTreeMap<String, String>) -> String {
    files
        .iter()
        .map(|(path, text)| format!("---\n# Source: {path}\n{text}\n"))
        .collect()
}

fn chart_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(charts_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("Chart.yaml").is_file())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn fixture_charts_match_helm_v4_goldens() {
    let dirs = chart_dirs();
    assert!(dirs.len() >= 3, "fixture charts missing: {dirs:?}");
    let mut failures = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let expected = std::fs::read_to_string(dir.join("expected.yaml")).unwrap();
        let files = match engine_render(dir, &dir.join("test-values.yaml")) {
            Ok(files) => files,
            Err(e) => {
                failures.push(format!("{name}: render failed: {e}"));
                continue;
            }
        };
        let got = golden_text(&files);
        if got != expected {
            failures.push(format!(
                "{name}: output differs\n--- expected\n{expected}\n--- got\n{got}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn helm_template_prints_every_rendered_document() {
    for dir in chart_dirs() {
        let vals = values(&dir.join("test-values.yaml"));
        let chart = load_dir(&dir).unwrap();
        let out = template(&chart, &vals, &options()).unwrap();
        let printed: Vec<(String, String)> = out
            .split("---\n# Source: ")
            .filter(|d| !d.is_empty())
            .map(|d| {
                let (path, body) = d.split_once('\n').unwrap_or((d, ""));
                (path.to_string(), body.trim().to_string())
            })
            .collect();
        let rel = render_release(&chart, &vals, &options()).unwrap();
        let files = engine_render(&dir, &dir.join("test-values.yaml")).unwrap();
        for (path, text) in &files {
            if path.ends_with("NOTES.txt") {
                assert_eq!(rel.notes, *text, "{path}");
                continue;
            }
            for doc in text.split("\n---") {
                let doc = doc.trim();
                if doc.is_empty()
                    || doc
                        .lines()
                        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
                {
                    continue;
                }
                assert!(
                    printed.iter().any(|(p, body)| p == path && body == doc),
                    "{path}: document missing from helm template output:\n{doc}\n--- output\n{out}"
                );
            }
        }
    }
}

#[test]
fn failing_values_give_helms_error() {
    let mut checked = 0;
    for dir in chart_dirs() {
        let Ok(expected) = std::fs::read_to_string(dir.join("expected-error.txt")) else {
            continue;
        };
        let chart = load_dir(&dir).unwrap();
        let vals = values(&dir.join("error-values.yaml"));
        let err = render_release(&chart, &vals, &options()).unwrap_err().to_string();
        assert_eq!(err, expected.trim_end(), "{}", dir.display());
        checked += 1;
    }
    assert!(checked >= 1);
}
