#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! `kustomize build` against kustomize's own krusty tests, read from
//! `../shared/conformance/kustomize` (see its README): every case is built from an in-memory
//! tree and compared byte for byte with the expected YAML, or checked for the expected error.
//! A failing case must be listed in `tests/kustomize-known-failures.txt` with a reason; a
//! listed case that passes fails the test. Without the corpus the test says so and skips.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use ferroflux_kustomize::{BuildOptions, LoadRestrictor, MemFs, Reorder, build};
use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/conformance/kustomize/cases")
}

fn known_failures() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kustomize-known-failures.txt");
    let text = fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (id, reason) = line.split_once('#').unwrap_or((line, ""));
            (id.trim().to_owned(), reason.trim().to_owned())
        })
        .collect()
}

fn decode_base64(text: &str) -> Vec<u8> {
    let table = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in text.bytes() {
        let Some(v) = table.iter().position(|t| *t == c) else {
            continue;
        };
        bits = (bits << 6) | v as u32;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
        }
    }
    out
}

fn documents(text: &str) -> Option<Vec<Value>> {
    ferroflux_kustomize::yaml::parse_documents(text).ok()
}

/// The outcome of one case.
enum Outcome {
    Pass,
    /// Output differs only in formatting (equal after parsing).
    ParsedEqual(String),
    Fail(String),
}

fn run(case: &Value) -> Outcome {
    let mut tree = MemFs::new();
    if let Some(files) = case["files"].as_object() {
        for (path, content) in files {
            tree.add_file(path, content.as_str().unwrap_or_default().as_bytes().to_vec());
        }
    }
    if let Some(files) = case.get("files_base64").and_then(Value::as_object) {
        for (path, content) in files {
            tree.add_file(path, decode_base64(content.as_str().unwrap_or_default()));
        }
    }
    if let Some(dirs) = case.get("dirs").and_then(Value::as_array) {
        for dir in dirs {
            tree.add_dir(dir.as_str().unwrap_or_default());
        }
    }
    let options = BuildOptions {
        load_restrictor: match case["options"]["load_restrictor"].as_str() {
            Some("none") => LoadRestrictor::None,
            _ => LoadRestrictor::RootOnly,
        },
        reorder: match case["options"]["reorder"].as_str() {
            Some("legacy") => Reorder::Legacy,
            Some("unspecified") => Reorder::Unspecified,
            _ => Reorder::None,
        },
    };
    let run = case["run"].as_str().unwrap_or(".");
    let path = if run == "." { "/".to_owned() } else { format!("/{run}") };
    let result = build(&tree, &path, &options);
    if let Some(expected) = case.get("expected").and_then(Value::as_str) {
        match result {
            Err(e) => Outcome::Fail(format!("unexpected error: {e}")),
            Ok(output) => {
                let actual = output.to_yaml();
                if actual.trim_end() == expected.trim_end() {
                    Outcome::Pass
                } else if documents(&actual).is_some() && documents(&actual) == documents(expected) {
                    Outcome::ParsedEqual(format!("--- expected\n{expected}\n--- actual\n{actual}"))
                } else {
                    Outcome::Fail(format!("--- expected\n{expected}\n--- actual\n{actual}"))
                }
            }
        }
    } else {
        let expected = case["expected_error"].as_str().unwrap_or_default();
        match result {
            Ok(_) => Outcome::Fail(format!("expected error containing {expected:?}, got output")),
            Err(e) => {
                let message = e.to_string();
                if message.contains(expected) {
                    Outcome::Pass
                } else {
                    Outcome::Fail(format!("expected error containing {expected:?}, got {message:?}"))
                }
            }
        }
    }
}

#[test]
fn kustomize_build_conformance() {
    let dir = corpus();
    if !dir.is_dir() {
        println!(
            "=== SKIPPED: kustomize conformance corpus not found at {} ===",
            dir.display()
        );
        return;
    }
    let mut paths: Vec<PathBuf> = Vec::new();
    for group in fs::read_dir(&dir).unwrap() {
        let group = group.unwrap().path();
        for case in fs::read_dir(&group).unwrap() {
            paths.push(case.unwrap().path());
        }
    }
    paths.sort();
    let known = known_failures();
    let verbose = std::env::var("KUSTOMIZE_CONFORMANCE_VERBOSE").ok();
    let (mut passed, mut failed, mut parsed_equal) = (0, 0, 0);
    let (mut unverified_passed, mut unverified_failed) = (0, 0);
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    let mut seen = BTreeSet::new();
    for path in paths {
        let case: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let id = case["id"].as_str().unwrap().to_owned();
        seen.insert(id.clone());
        let verified = case["verified"].as_bool().unwrap_or(false);
        let outcome = run(&case);
        let ok = matches!(outcome, Outcome::Pass);
        if matches!(outcome, Outcome::ParsedEqual(_)) {
            parsed_equal += 1;
        }
        match (verified, ok) {
            (true, true) => passed += 1,
            (true, false) => failed += 1,
            (false, true) => unverified_passed += 1,
            (false, false) => unverified_failed += 1,
        }
        if let Some(filter) = &verbose
            && id.contains(filter.as_str())
            && let Outcome::Fail(detail) | Outcome::ParsedEqual(detail) = &outcome
        {
            println!("#### {id}\n{detail}");
        }
        match (ok, known.contains_key(&id)) {
            (false, false) => unexpected.push(id),
            (true, true) => now_passing.push(id),
            _ => {}
        }
    }
    println!("kustomize: {passed} passed, {failed} failed");
    println!(
        "kustomize (unverified cases): {unverified_passed} passed, {unverified_failed} failed; \
         {parsed_equal} failing cases equal after parsing"
    );
    let stale: Vec<&String> = known.keys().filter(|id| !seen.contains(*id)).collect();
    assert!(stale.is_empty(), "known failures that are not cases: {stale:?}");
    assert!(
        unexpected.is_empty(),
        "unlisted failures ({}):\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(
        now_passing.is_empty(),
        "listed cases that now pass (remove them from the list):\n{}",
        now_passing.join("\n")
    );
}
