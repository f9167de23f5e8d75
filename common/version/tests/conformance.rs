//! Conformance against the Masterminds/semver v3 corpus in `../shared/conformance/semver`
//! (and the `ParseVersion`/`Sort` rows of `../shared/conformance/policy/flux-version.json`).
//!
//! Every row is run; a row that fails must be listed with a reason in
//! `tests/known-failures.txt`, and a listed row that passes (or no longer exists) fails the
//! test, so the list stays honest. When the corpus is absent the test says so and skips.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use ferroflux_version::{
    Constraint, Constraints, Error, Op, ParseOptions, Version, is_wildcard, parse_flux_version, rewrite_hyphen_ranges,
    sort_descending, validate_metadata, validate_prerelease,
};
use serde_json::Value;

/// The outcome of one row: `Err` explains the mismatch.
type Outcome = Result<(), String>;

fn conformance_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/conformance")
}

/// Reads `tests/known-failures.txt`: one case id per line, then whitespace and `# reason`.
fn known_failures() -> Result<BTreeSet<String>, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/known-failures.txt");
    let text = fs::read_to_string(&path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    // Ids contain `#` themselves (`TestCompare#3`), so a comment is a line starting with
    // `#` and the id is the first word of any other line.
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect::<BTreeSet<_>>())
}

fn field<'a>(row: &'a Value, name: &str) -> Result<&'a Value, String> {
    row.get(name).ok_or_else(|| format!("row has no {name:?}"))
}

fn text<'a>(row: &'a Value, name: &str) -> Result<&'a str, String> {
    field(row, name)?
        .as_str()
        .ok_or_else(|| format!("{name:?} is not a string"))
}

fn flag(row: &Value, name: &str) -> Result<bool, String> {
    field(row, name)?
        .as_bool()
        .ok_or_else(|| format!("{name:?} is not a bool"))
}

fn number(row: &Value, name: &str) -> Result<u64, String> {
    let value = field(row, name)?;
    value
        .as_u64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
        .ok_or_else(|| format!("{name:?} is not a number"))
}

fn strings(row: &Value, name: &str) -> Result<Vec<String>, String> {
    field(row, name)?
        .as_array()
        .ok_or_else(|| format!("{name:?} is not an array"))?
        .iter()
        .map(|v| v.as_str().map(str::to_owned).ok_or("non-string item".to_owned()))
        .collect()
}

fn expect<T: PartialEq + std::fmt::Debug>(what: &str, got: T, want: T) -> Outcome {
    if got == want {
        Ok(())
    } else {
        Err(format!("{what}: got {got:?}, want {want:?}"))
    }
}

fn version(text: &str) -> Result<Version, String> {
    Version::parse(text).map_err(|err| format!("version {text:?} does not parse: {err}"))
}

fn constraints(text: &str, include_prerelease: bool) -> Result<Constraints, String> {
    Constraints::parse(text)
        .map(|c| c.with_include_prerelease(include_prerelease))
        .map_err(|err| format!("constraint {text:?} does not parse: {err}"))
}

/// Parses a version with the parser a row names (`NewVersion` or `StrictNewVersion`).
fn version_by(row: &Value, default: &str) -> Result<Version, String> {
    let text = text(row, "version")?;
    let parser = row.get("versionParser").and_then(Value::as_str).unwrap_or(default);
    match parser {
        "NewVersion" => version(text),
        "StrictNewVersion" => {
            Version::parse_strict(text).map_err(|err| format!("version {text:?} does not parse strictly: {err}"))
        }
        other => Err(format!("unknown versionParser {other:?}")),
    }
}

/// Masterminds' name for an error, as the corpus spells it.
fn error_name(error: &Error) -> &'static str {
    match error {
        Error::InvalidSemVer => "ErrInvalidSemVer",
        Error::EmptyString => "ErrEmptyString",
        Error::InvalidCharacters => "ErrInvalidCharacters",
        Error::SegmentStartsZero => "ErrSegmentStartsZero",
        Error::InvalidMetadata => "ErrInvalidMetadata",
        Error::InvalidPrerelease => "ErrInvalidPrerelease",
        _ => "other",
    }
}

/// Compares a result with the row's `expectedError` / `expectedErrorMessage`.
fn expect_error<T>(row: &Value, result: &Result<T, Error>) -> Outcome {
    let want = field(row, "expectedError")?.as_str();
    match (result, want) {
        (Ok(_), None) => Ok(()),
        (Ok(_), Some(want)) => Err(format!("succeeded, want {want}")),
        (Err(err), None) => Err(format!("failed with {err}, want success")),
        (Err(err), Some(want)) => {
            expect("error", error_name(err), want)?;
            match row.get("expectedErrorMessage").and_then(Value::as_str) {
                Some(message) => expect("error message", err.to_string().as_str(), message),
                None => Ok(()),
            }
        }
    }
}

fn operator_func(op: Op) -> &'static str {
    match op {
        Op::Eq => "constraintTildeOrEqual",
        Op::Ne => "constraintNotEqual",
        Op::Gt => "constraintGreaterThan",
        Op::Lt => "constraintLessThan",
        Op::Ge => "constraintGreaterThanEqual",
        Op::Le => "constraintLessThanEqual",
        Op::Tilde => "constraintTilde",
        Op::Caret => "constraintCaret",
    }
}

fn messages(constraints: &Constraints, version: &Version) -> Vec<String> {
    match constraints.validate(version) {
        Ok(()) => Vec::new(),
        Err(reasons) => reasons.iter().map(ToString::to_string).collect(),
    }
}

fn run_constraint_row(row: &Value) -> Outcome {
    let kind = text(row, "kind")?;
    match kind {
        "check" => {
            let c = constraints(text(row, "constraint")?, flag(row, "includePrerelease")?)?;
            let v = version(text(row, "version")?)?;
            expect("check", c.check(&v), flag(row, "expected")?)
        }
        "checkSingle" => {
            let source = text(row, "constraint")?;
            let c = Constraint::parse(source).map_err(|err| format!("constraint {source:?} does not parse: {err}"))?;
            let v = version(text(row, "version")?)?;
            let include = flag(row, "includePrerelease")?;
            expect("check", c.check(&v, include), flag(row, "expected")?)
        }
        "validate" => {
            let c = constraints(text(row, "constraint")?, flag(row, "includePrerelease")?)?;
            let v = version_by(row, "NewVersion")?;
            let reasons = messages(&c, &v);
            expect("valid", reasons.is_empty(), flag(row, "expected")?)?;
            match c.validate(&v) {
                Ok(()) => Ok(()),
                Err(list) if list.is_empty() => Err("failed without a reason".to_owned()),
                Err(_) => Ok(()),
            }
        }
        "validateFirstMessage" => {
            let c = constraints(text(row, "constraint")?, flag(row, "includePrerelease")?)?;
            let v = version_by(row, "StrictNewVersion")?;
            let reasons = messages(&c, &v);
            expect(
                "first message",
                reasons.first().map(String::as_str),
                Some(text(row, "firstMessage")?),
            )
        }
        "validateMessages" => {
            let c = constraints(text(row, "constraint")?, flag(row, "includePrerelease")?)?;
            let v = version_by(row, "StrictNewVersion")?;
            expect("messages", messages(&c, &v), strings(row, "messages")?)
        }
        "newConstraint" => {
            let result = Constraints::parse(text(row, "input")?);
            match (result, flag(row, "error")?) {
                (Err(_), true) => Ok(()),
                (Ok(c), true) => Err(format!("parsed as {c}, want an error")),
                (Err(err), false) => Err(format!("failed: {err}")),
                (Ok(c), false) => {
                    let ors = c.groups().len() as u64;
                    expect("ors", ors, number(row, "ors")?)?;
                    let first = c.groups().next().map_or(0, <[Constraint]>::len) as u64;
                    expect("first group size", first, number(row, "firstAndGroupSize")?)
                }
            }
        }
        "parseSingle" => {
            let result = Constraint::parse(text(row, "input")?);
            match (result, flag(row, "error")?) {
                (Err(_), true) => Ok(()),
                (Ok(c), true) => Err(format!("parsed as {c}, want an error")),
                (Err(err), false) => Err(format!("failed: {err}")),
                (Ok(c), false) => {
                    expect("operator", c.op().as_str(), text(row, "operator")?)?;
                    expect("func", operator_func(c.op()), text(row, "operatorFunc")?)?;
                    expect("version", c.version().to_string().as_str(), text(row, "conVersion")?)
                }
            }
        }
        "string" => {
            let c = constraints(text(row, "constraint")?, false)?;
            let rendered = c.to_string();
            expect("string", rendered.as_str(), text(row, "string")?)?;
            constraints(&rendered, false).map(drop)
        }
        "marshalText" => {
            let c = constraints(text(row, "constraint")?, false)?;
            let rendered = c.to_string();
            expect("text", rendered.as_str(), text(row, "text")?)?;
            let json = serde_json::to_string(&rendered).map_err(|err| err.to_string())?;
            expect("json", json.as_str(), text(row, "json")?)
        }
        "unmarshalText" => {
            let source = text(row, "text")?;
            let want = text(row, "string")?;
            expect("string", constraints(source, false)?.to_string().as_str(), want)?;
            let json = serde_json::to_string(source).map_err(|err| err.to_string())?;
            let decoded: String = serde_json::from_str(&json).map_err(|err| err.to_string())?;
            expect(
                "string via json",
                constraints(&decoded, false)?.to_string().as_str(),
                want,
            )
        }
        "rewriteRange" => expect(
            "rewrite",
            rewrite_hyphen_ranges(text(row, "input")?).as_str(),
            text(row, "output")?,
        ),
        "isX" => expect("is wildcard", is_wildcard(text(row, "input")?), flag(row, "expected")?),
        other => Err(format!("unknown kind {other:?}")),
    }
}

fn compare_pair(row: &Value) -> Result<Ordering, String> {
    Ok(version(text(row, "v1")?)?.cmp(&version(text(row, "v2")?)?))
}

fn optional_version(row: &Value, name: &str) -> Result<Option<Version>, String> {
    match field(row, name)? {
        Value::Null => Ok(None),
        Value::String(text) => version(text).map(Some),
        _ => Err(format!("{name:?} is neither null nor a string")),
    }
}

fn increment(v: &Version, how: &str) -> Result<Result<Version, Error>, String> {
    match how {
        "patch" => Ok(v.inc_patch()),
        "minor" => Ok(v.inc_minor()),
        "major" => Ok(v.inc_major()),
        other => Err(format!("unknown increment {other:?}")),
    }
}

/// Checks a `setPrerelease`/`setMetadata` row; `part` reads the changed part back.
fn run_setter(
    row: &Value,
    input: &str,
    set: fn(&Version, &str) -> Result<Version, Error>,
    part: fn(&Version) -> &str,
    part_field: &str,
) -> Outcome {
    let original = version(text(row, "version")?)?;
    let result = set(&original, text(row, input)?);
    expect_error(row, &result)?;
    // On failure Masterminds hands back the unchanged receiver; ours stays untouched.
    let after = result.unwrap_or(original);
    expect("string", after.to_string().as_str(), text(row, "expectedVersion")?)?;
    expect("part", part(&after), text(row, part_field)?)?;
    expect("original", after.original(), text(row, "expectedOriginal")?)
}

fn run_version_row(row: &Value) -> Outcome {
    let kind = text(row, "kind")?;
    match kind {
        "newVersion" => {
            let options = ParseOptions {
                coerce: flag(row, "coerceNewVersion")?,
                detailed_errors: true,
            };
            let result = Version::parse_with(text(row, "version")?, options);
            expect("fails", result.is_err(), flag(row, "error")?)
        }
        "strictNewVersion" => {
            let result = Version::parse_strict(text(row, "version")?);
            expect("fails", result.is_err(), flag(row, "error")?)
        }
        "newVersionError" => {
            let options = ParseOptions {
                coerce: flag(row, "coerceNewVersion")?,
                detailed_errors: flag(row, "detailedNewVersionErrors")?,
            };
            expect_error(row, &Version::parse_with(text(row, "version")?, options))
        }
        "compare" => {
            let want = field(row, "expected")?.as_i64().ok_or("expected is not a number")?;
            let got = match compare_pair(row)? {
                Ordering::Less => -1,
                Ordering::Equal => 0,
                Ordering::Greater => 1,
            };
            expect("compare", got, want)
        }
        "lessThan" => expect("<", compare_pair(row)?.is_lt(), flag(row, "expected")?),
        "lessThanEqual" => expect("<=", compare_pair(row)?.is_le(), flag(row, "expected")?),
        "greaterThan" => expect(">", compare_pair(row)?.is_gt(), flag(row, "expected")?),
        "greaterThanEqual" => expect(">=", compare_pair(row)?.is_ge(), flag(row, "expected")?),
        "equal" => {
            let got = optional_version(row, "v1")? == optional_version(row, "v2")?;
            expect("equal", got, flag(row, "expected")?)
        }
        "string" => expect(
            "string",
            version(text(row, "version")?)?.to_string().as_str(),
            text(row, "string")?,
        ),
        "original" => expect(
            "original",
            version(text(row, "version")?)?.original(),
            text(row, "original")?,
        ),
        "inc" => {
            let v = version(text(row, "version")?)?;
            let next = increment(&v, text(row, "how")?)?.map_err(|err| err.to_string())?;
            expect("string", next.to_string().as_str(), text(row, "expectedString")?)?;
            expect("original", next.original(), text(row, "expectedOriginal")?)
        }
        "incOverflow" => {
            let v = Version::new(number(row, "major")?, number(row, "minor")?, number(row, "patch")?);
            match increment(&v, text(row, "how")?)? {
                Err(Error::IncrementOverflow { .. }) => Ok(()),
                other => Err(format!("got {other:?}, want an overflow error")),
            }
        }
        "setPrerelease" => run_setter(
            row,
            "prerelease",
            Version::set_prerelease,
            Version::prerelease,
            "expectedPrerelease",
        ),
        "setMetadata" => run_setter(
            row,
            "metadata",
            Version::set_metadata,
            Version::metadata,
            "expectedMetadata",
        ),
        "validatePrerelease" => expect_error(row, &validate_prerelease(text(row, "input")?)),
        "validateMetadata" => expect_error(row, &validate_metadata(text(row, "input")?)),
        "new" => {
            let (prerelease, metadata) = (text(row, "prerelease")?, text(row, "metadata")?);
            let v = Version::new(number(row, "major")?, number(row, "minor")?, number(row, "patch")?)
                .set_prerelease(prerelease)
                .and_then(|v| v.set_metadata(metadata))
                .map_err(|err| err.to_string())?;
            expect("string", v.to_string().as_str(), text(row, "string")?)
        }
        "parts" => {
            let v = version(text(row, "version")?)?;
            expect("major", v.major(), number(row, "major")?)?;
            expect("minor", v.minor(), number(row, "minor")?)?;
            expect("patch", v.patch(), number(row, "patch")?)?;
            expect("prerelease", v.prerelease(), text(row, "prerelease")?)?;
            expect("metadata", v.metadata(), text(row, "metadata")?)
        }
        "originalVPrefix" => {
            let v = version(text(row, "version")?)?;
            let prefix = if v.has_v_prefix() { "v" } else { "" };
            expect("prefix", prefix, text(row, "vprefix")?)
        }
        "jsonMarshal" => {
            let v = version(text(row, "version")?)?;
            let json = serde_json::to_string(&v.to_string()).map_err(|err| err.to_string())?;
            expect("json", json.as_str(), text(row, "json")?)
        }
        "jsonUnmarshal" => {
            let decoded: String = serde_json::from_str(text(row, "json")?).map_err(|err| err.to_string())?;
            let v = version(&decoded)?;
            expect("string", v.to_string().as_str(), text(row, "string")?)
        }
        "textMarshal" => expect(
            "text",
            version(text(row, "version")?)?.to_string().as_str(),
            text(row, "text")?,
        ),
        "textUnmarshal" => expect(
            "string",
            version(text(row, "text")?)?.to_string().as_str(),
            text(row, "string")?,
        ),
        "sortAscending" => {
            let mut versions = strings(row, "input")?
                .iter()
                .map(|s| version(s))
                .collect::<Result<Vec<_>, _>>()?;
            versions.sort();
            let got: Vec<String> = versions.iter().map(ToString::to_string).collect();
            expect("sorted", got, strings(row, "expected")?)
        }
        other => Err(format!("unknown kind {other:?}")),
    }
}

/// Runs the `parseVersion` and `sort` rows of Flux's version corpus; other kinds belong
/// to other crates and are not counted.
fn run_flux_row(row: &Value) -> Option<Outcome> {
    match text(row, "kind").ok()? {
        "parseVersion" => Some((|| {
            let result = parse_flux_version(text(row, "version")?);
            expect("fails", result.is_err(), flag(row, "error")?)
        })()),
        "sort" => Some((|| {
            let c = constraints(text(row, "constraint")?, false)?;
            let sorted: Vec<String> = sort_descending(Some(&c), &strings(row, "input")?)
                .iter()
                .map(|v| v.original().to_owned())
                .collect();
            expect("sorted", sorted, strings(row, "expected")?)
        })()),
        _ => None,
    }
}

/// The tally of one corpus file.
struct Tally {
    /// Ids of every row that was run.
    ids: BTreeSet<String>,
    passed: usize,
    failed: Vec<(String, String)>,
}

fn run_file(path: &Path, run: impl Fn(&Value) -> Option<Outcome>) -> Result<Tally, String> {
    let data = fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let rows: Vec<Value> =
        serde_json::from_str(&data).map_err(|err| format!("{} is not a JSON array: {err}", path.display()))?;
    let mut tally = Tally {
        ids: BTreeSet::new(),
        passed: 0,
        failed: Vec::new(),
    };
    for row in &rows {
        let id = row.get("id").and_then(Value::as_str).unwrap_or("<no id>").to_owned();
        let Some(outcome) = run(row) else {
            continue;
        };
        tally.ids.insert(id.clone());
        match outcome {
            Ok(()) => tally.passed += 1,
            Err(reason) => tally.failed.push((id, reason)),
        }
    }
    Ok(tally)
}

#[test]
fn masterminds_semver_corpus() {
    let root = conformance_root();
    let semver = root.join("semver");
    if !semver.is_dir() {
        println!(
            "SKIPPED: conformance corpus not found at {} -- semver conformance NOT checked",
            semver.display()
        );
        return;
    }
    let known = known_failures().unwrap();
    let mut all_ids = BTreeSet::new();
    let mut failing = BTreeSet::new();
    let mut unexpected = Vec::new();

    let mut record = |label: &str, tally: Tally| {
        println!("{label}: {} passed, {} failed", tally.passed, tally.failed.len());
        for (id, reason) in &tally.failed {
            failing.insert(id.clone());
            if known.contains(id) {
                println!("  known failure {id}: {reason}");
            } else {
                unexpected.push(format!("{id}: {reason}"));
            }
        }
        all_ids.extend(tally.ids);
    };

    let flux = root.join("policy/flux-version.json");
    if flux.is_file() {
        record(
            "flux-version (parseVersion, sort)",
            run_file(&flux, run_flux_row).unwrap(),
        );
    }

    let mut totals = (0, 0);
    for (file, runner) in [
        ("constraints.json", run_constraint_row as fn(&Value) -> Outcome),
        ("versions.json", run_version_row),
    ] {
        let tally = run_file(&semver.join(file), |row| Some(runner(row))).unwrap();
        totals.0 += tally.passed;
        totals.1 += tally.failed.len();
        record(&format!("semver {file}"), tally);
    }

    for id in known.difference(&failing) {
        unexpected.push(if all_ids.contains(id) {
            format!("{id} passes now; remove it from tests/known-failures.txt")
        } else {
            format!("{id} is not a case of the corpus; remove it from tests/known-failures.txt")
        });
    }

    println!("semver: {} passed, {} failed", totals.0, totals.1);
    assert!(
        unexpected.is_empty(),
        "conformance mismatches:\n{}",
        unexpected.iter().map(|line| format!("  {line}\n")).collect::<String>()
    );
}
