//! Conformance against the fluxcd/pkg `sourceignore` corpus in
//! `../shared/conformance/sourceignore/cases.json`.
//!
//! Every case is run; a case that fails must be listed with a reason in
//! `tests/sourceignore-known-failures.txt`, and a listed case that passes (or no longer exists)
//! fails the test, so the list stays honest. When the corpus is absent the test says so and
//! skips.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use source_controller::sourceignore::{
    EXCLUDE_CI, EXCLUDE_EXT, EXCLUDE_EXTRA, EXCLUDE_VCS, MatchResult, Matcher, Pattern, load_ignore_patterns,
    read_patterns,
};

/// The outcome of one case: `Err` explains the mismatch.
type Outcome = Result<(), String>;

fn corpus_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/conformance/sourceignore/cases.json")
}

/// Reads the known-failures list: one case id per line, then whitespace and `# reason`.
/// Ids contain spaces and `#` themselves, so the reason starts at the first `#` that follows
/// whitespace.
fn known_failures() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sourceignore-known-failures.txt");
    let text = fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let end = line
                .char_indices()
                .zip(line.chars().skip(1))
                .find(|((_, c), next)| c.is_whitespace() && *next == '#')
                .map_or(line.len(), |((i, _), _)| i);
            line[..end].trim().to_owned()
        })
        .collect()
}

fn field<'a>(case: &'a Value, name: &str) -> Result<&'a Value, String> {
    case.get(name).ok_or_else(|| format!("case has no {name:?}"))
}

fn text<'a>(case: &'a Value, name: &str) -> Result<&'a str, String> {
    field(case, name)?
        .as_str()
        .ok_or_else(|| format!("{name:?} is not a string"))
}

fn flag(case: &Value, name: &str) -> Result<bool, String> {
    field(case, name)?
        .as_bool()
        .ok_or_else(|| format!("{name:?} is not a bool"))
}

/// A list of strings; `null` (or a missing field) is the empty list, as in the corpus.
fn strings(case: &Value, name: &str) -> Result<Vec<String>, String> {
    match case.get(name) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("{name:?} has a non-string item"))
            })
            .collect(),
        Some(_) => Err(format!("{name:?} is not an array")),
    }
}

/// `{pattern, domain}` rows as `(text, domain)` pairs.
fn pattern_rows(case: &Value, name: &str) -> Result<Vec<(String, Vec<String>)>, String> {
    match case.get(name) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(rows)) => rows
            .iter()
            .map(|row| Ok((text(row, "pattern")?.to_owned(), strings(row, "domain")?)))
            .collect(),
        Some(_) => Err(format!("{name:?} is not an array")),
    }
}

fn parse_rows(rows: &[(String, Vec<String>)]) -> Vec<Pattern> {
    rows.iter().map(|(p, d)| Pattern::parse(p, d)).collect()
}

fn listed(patterns: &[Pattern]) -> Vec<(String, Vec<String>)> {
    patterns
        .iter()
        .map(|p| (p.text().to_owned(), p.domain().to_vec()))
        .collect()
}

fn expect<T: PartialEq + std::fmt::Debug>(what: &str, got: T, want: T) -> Outcome {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}: got {got:?}, want {want:?}"))
    }
}

fn run_pattern(case: &Value) -> Outcome {
    let pattern = Pattern::parse(text(case, "pattern")?, &strings(case, "domain")?);
    let got = pattern.matches(&strings(case, "pathSegments")?, flag(case, "isDir")?);
    let want = match text(case, "expected")? {
        "Exclude" => MatchResult::Exclude,
        "Include" => MatchResult::Include,
        "NoMatch" => MatchResult::NoMatch,
        other => return Err(format!("unknown expected result {other:?}")),
    };
    expect("match", got, want)
}

fn run_matcher(case: &Value) -> Outcome {
    let matcher = match text(case, "matcher")? {
        "NewMatcher" => Matcher::new(parse_rows(&pattern_rows(case, "patterns")?)),
        "NewMatcher(ReadPatterns(ignoreFileContent, patternDomain))" => Matcher::new(read_patterns(
            text(case, "ignoreFileContent")?,
            &strings(case, "patternDomain")?,
        )),
        "NewDefaultMatcher(patterns, defaultMatcherDomain)" => Matcher::with_defaults(
            parse_rows(&pattern_rows(case, "patterns")?),
            &strings(case, "defaultMatcherDomain")?,
        ),
        other => return Err(format!("unknown matcher construction {other:?}")),
    };
    let got = matcher.matches(&strings(case, "pathSegments")?, flag(case, "isDir")?);
    expect("ignored", got, flag(case, "expectedIgnored")?)
}

fn run_read_patterns(case: &Value) -> Outcome {
    let got = read_patterns(text(case, "content")?, &strings(case, "domain")?);
    expect("patterns", listed(&got), pattern_rows(case, "expectedPatterns")?)
}

fn run_load_ignore_patterns(case: &Value, scratch: &Path) -> Outcome {
    let files = field(case, "files")?
        .as_object()
        .ok_or("\"files\" is not an object")?
        .iter()
        .map(|(path, content)| {
            Ok((
                path.clone(),
                content.as_str().ok_or("non-string file content")?.to_owned(),
            ))
        })
        .collect::<Result<BTreeMap<String, String>, String>>()?;
    let _ = fs::remove_dir_all(scratch);
    for (path, content) in &files {
        let path = scratch.join(path);
        fs::create_dir_all(path.parent().ok_or("file without a parent")?).map_err(|e| e.to_string())?;
        fs::write(&path, content).map_err(|e| e.to_string())?;
    }
    let result = load_ignore_patterns(scratch, &strings(case, "domain")?);
    let _ = fs::remove_dir_all(scratch);
    let got = result.map_err(|err| format!("load failed: {err}"))?;
    expect("patterns", listed(&got), pattern_rows(case, "expectedPatterns")?)
}

fn check_default_constants(corpus: &Value) -> Outcome {
    let constants = field(corpus, "defaultPatternConstants")?;
    for (name, ours) in [
        ("ExcludeVCS", EXCLUDE_VCS),
        ("ExcludeExt", EXCLUDE_EXT),
        ("ExcludeCI", EXCLUDE_CI),
        ("ExcludeExtra", EXCLUDE_EXTRA),
    ] {
        expect(name, ours, text(constants, name)?)?;
    }
    Ok(())
}

#[test]
fn sourceignore_conformance() {
    let path = corpus_path();
    let Ok(raw) = fs::read_to_string(&path) else {
        println!("SKIPPED: conformance corpus not found at {}", path.display());
        eprintln!("SKIPPED: conformance corpus not found at {}", path.display());
        return;
    };
    let corpus: Value = serde_json::from_str(&raw).expect("cases.json is JSON");
    let known = known_failures();

    if let Err(err) = check_default_constants(&corpus) {
        panic!("defaultPatternConstants differ from the module's constants: {err}");
    }

    let scratch = std::env::temp_dir().join(format!("ferroflux-sourceignore-conformance-{}", std::process::id()));
    let cases = corpus["cases"].as_array().expect("cases is an array");
    let mut per_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failed_ids = BTreeSet::new();
    let mut all_ids = BTreeSet::new();
    for case in cases {
        let id = case["id"].as_str().unwrap_or("<no id>").to_owned();
        let kind = case["kind"].as_str().unwrap_or("<no kind>").to_owned();
        let outcome = match kind.as_str() {
            "pattern" => run_pattern(case),
            "matcher" => run_matcher(case),
            "readPatterns" => run_read_patterns(case),
            "loadIgnorePatterns" => run_load_ignore_patterns(case, &scratch),
            other => Err(format!("unknown kind {other:?}")),
        };
        let tally = per_kind.entry(kind.clone()).or_default();
        match outcome {
            Ok(()) => tally.0 += 1,
            Err(why) => {
                tally.1 += 1;
                let listed = if known.contains(&id) { " (known)" } else { "" };
                println!("FAIL{listed} [{kind}] {id}: {why}");
                failed_ids.insert(id.clone());
            }
        }
        all_ids.insert(id);
    }

    for (kind, (passed, failed)) in &per_kind {
        println!("sourceignore {kind}: {passed} passed, {failed} failed");
    }
    let passed: usize = per_kind.values().map(|t| t.0).sum();
    let failed: usize = per_kind.values().map(|t| t.1).sum();
    println!("sourceignore: {passed} passed, {failed} failed");

    let unexpected: Vec<_> = failed_ids.difference(&known).collect();
    let now_passing: Vec<_> = known
        .iter()
        .filter(|id| all_ids.contains(*id) && !failed_ids.contains(*id))
        .collect();
    let stale: Vec<_> = known.difference(&all_ids).collect();
    assert!(
        unexpected.is_empty(),
        "failing cases not in the known-failures list: {unexpected:?}"
    );
    assert!(
        now_passing.is_empty(),
        "known failures that now pass (remove them from the list): {now_passing:?}"
    );
    assert!(stale.is_empty(), "known failures that are not in the corpus: {stale:?}");
}
