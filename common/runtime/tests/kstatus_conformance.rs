//! Conformance of [`ferroflux_runtime::kstatus`] against the fluxcd/cli-utils kstatus corpus in
//! `../shared/conformance/kstatus/cases.json` (`compute`, `augment` and `aggregate` rows).
//!
//! Every row is run; a row that fails must be listed with a reason in
//! `tests/kstatus-known-failures.txt`, and a listed row that passes (or no longer exists) fails
//! the test, so the list stays honest. When the corpus is absent the test says so and skips.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use ferroflux_runtime::kstatus::{self, Status};
use serde_json::{Map, Value};

/// The outcome of one row: `Err` explains the mismatch.
type Outcome = Result<(), String>;

fn corpus_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/conformance/kstatus/cases.json")
}

/// Reads `tests/kstatus-known-failures.txt`: one case id per line, then whitespace and
/// `# reason`. Ids contain spaces (`TestAugmentConditions/no existing conditions`), so the id
/// is everything before the first `  #`.
/// Runs one case of a corpus section.
type CaseRunner = fn(&Value) -> Outcome;

fn known_failures() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/kstatus-known-failures.txt");
    let text = fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split("  #").next().unwrap_or(line).trim().to_owned())
        .collect()
}

fn text<'a>(row: &'a Value, name: &str) -> Result<&'a str, String> {
    row.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{name:?} is missing or not a string"))
}

fn array<'a>(row: &'a Value, name: &str) -> Result<&'a Vec<Value>, String> {
    row.get(name)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{name:?} is missing or not an array"))
}

fn status(text: &str) -> Result<Status, String> {
    text.parse().map_err(|err| format!("{err}"))
}

/// The object of a row: `objectJSON`, or for templated rows the YAML with its placeholders
/// filled and read by [`mini_yaml`].
fn object_of(row: &Value, now: jiff::Timestamp) -> Result<Value, String> {
    match row.get("objectJSON") {
        Some(Value::Object(_)) => Ok(row["objectJSON"].clone()),
        _ => {
            let yaml = text(row, "object")?.replace("{{NOW_RFC3339}}", &now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
            mini_yaml(&yaml)
        }
    }
}

fn run_compute(row: &Value) -> Outcome {
    // Seconds precision, as RFC 3339 in the template: the object is "created" at `now`.
    let now = jiff::Timestamp::from_second(jiff::Timestamp::now().as_second()).map_err(|e| e.to_string())?;
    let object = object_of(row, now)?;
    let result = kstatus::compute_at(&object, now).map_err(|err| format!("compute failed: {err}"))?;
    let want = status(text(row, "expectedStatus")?)?;
    if result.status != want {
        return Err(format!("status {}, want {want} ({})", result.status, result.message));
    }
    for expected in array(row, "expectedConditions")? {
        let type_ = text(expected, "type")?;
        let found = result.conditions.iter().find(|c| c.type_ == type_);
        let Some(found) = found else {
            return Err(format!("no {type_} condition in {:?}", result.conditions));
        };
        if found.status != text(expected, "status")? || found.reason != text(expected, "reason")? {
            return Err(format!("condition {found:?}, want {expected}"));
        }
    }
    for absent in array(row, "absentConditionTypes")? {
        let type_ = absent.as_str().ok_or("absent type is not a string")?;
        if result.conditions.iter().any(|c| c.type_ == type_) {
            return Err(format!("unexpected {type_} condition in {:?}", result.conditions));
        }
    }
    Ok(())
}

/// Resolves the corpus' `{"_call": "ConditionReconciling.String"}` placeholders and time
/// templates inside `setStatusConditions`.
fn resolve_placeholders(value: &Value, stamp: &str) -> Result<Value, String> {
    Ok(match value {
        Value::String(s) => Value::String(s.replace("{{NOW_MINUS_1M_RFC3339}}", stamp)),
        Value::Object(map) if map.contains_key("_call") => match map["_call"].as_str() {
            Some("ConditionReconciling.String") => Value::from(kstatus::CONDITION_RECONCILING),
            Some("ConditionStalled.String") => Value::from(kstatus::CONDITION_STALLED),
            other => return Err(format!("unknown _call {other:?}")),
        },
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| Ok((k.clone(), resolve_placeholders(v, stamp)?)))
                .collect::<Result<Map<_, _>, String>>()?,
        ),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| resolve_placeholders(v, stamp))
                .collect::<Result<_, _>>()?,
        ),
        other => other.clone(),
    })
}

fn run_augment(row: &Value) -> Outcome {
    let now = jiff::Timestamp::now();
    let mut object = object_of(row, now)?;
    if text(row, "kind")? == "augment" {
        let minus = now
            .checked_sub(jiff::SignedDuration::from_secs(60))
            .map_err(|e| e.to_string())?
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string();
        let conditions = resolve_placeholders(&row["setStatusConditions"], &minus)?;
        let map = object.as_object_mut().ok_or("object is not a map")?;
        let status = map.entry("status").or_insert_with(|| Value::Object(Map::new()));
        status
            .as_object_mut()
            .ok_or("status is not a map")?
            .insert("conditions".to_owned(), conditions);
    }
    kstatus::augment_at(&mut object, now).map_err(|err| format!("augment failed: {err}"))?;
    match text(row, "kind")? {
        "augmentExact" => {
            let want = row.get("expectedObjectJSON").ok_or("no expectedObjectJSON")?;
            if &object != want {
                return Err(format!("object {object}, want {want}"));
            }
        }
        _ => {
            let conditions = object
                .pointer("/status/conditions")
                .and_then(Value::as_array)
                .ok_or("no status.conditions after augment")?;
            let count = row
                .get("expectedConditionCount")
                .and_then(Value::as_u64)
                .ok_or("no expectedConditionCount")?;
            if conditions.len() as u64 != count {
                return Err(format!("{} conditions, want {count}: {conditions:?}", conditions.len()));
            }
            for expected in array(row, "expectedConditions")? {
                let type_ = text(expected, "type")?;
                let found = conditions
                    .iter()
                    .find(|c| c["type"] == type_)
                    .ok_or_else(|| format!("no {type_} condition"))?;
                if found["reason"] != expected["reason"] {
                    return Err(format!("condition {found}, want reason {}", expected["reason"]));
                }
            }
        }
    }
    Ok(())
}

fn run_aggregate(row: &Value) -> Outcome {
    let statuses = array(row, "statuses")?
        .iter()
        .map(|s| status(s.as_str().ok_or("status is not a string")?))
        .collect::<Result<Vec<_>, _>>()?;
    let desired = status(text(row, "desiredStatus")?)?;
    let want = status(text(row, "expected")?)?;
    let got = kstatus::aggregate(&statuses, desired);
    if got == want {
        Ok(())
    } else {
        Err(format!("aggregate {got}, want {want}"))
    }
}

#[test]
fn kstatus_corpus() {
    let path = corpus_path();
    if !path.is_file() {
        eprintln!(
            "SKIPPED: kstatus corpus not found at {} -- kstatus conformance NOT checked",
            path.display()
        );
        return;
    }
    let corpus: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let known = known_failures();
    let mut ids = BTreeSet::new();
    let mut failing = BTreeSet::new();
    let mut unexpected = Vec::new();
    let mut passed = 0;

    let sections: [(&str, CaseRunner); 3] = [
        ("compute", run_compute),
        ("augment", run_augment),
        ("aggregate", run_aggregate),
    ];
    for (section, runner) in sections {
        let rows = corpus[section]
            .as_array()
            .unwrap_or_else(|| panic!("no {section} rows"));
        assert!(!rows.is_empty(), "{section} has no rows");
        for row in rows {
            let id = text(row, "id").unwrap().to_owned();
            ids.insert(id.clone());
            match runner(row) {
                Ok(()) => passed += 1,
                Err(reason) => {
                    failing.insert(id.clone());
                    if known.contains(&id) {
                        println!("  known failure {id}: {reason}");
                    } else {
                        unexpected.push(format!("{id}: {reason}"));
                    }
                }
            }
        }
    }
    for id in known.difference(&failing) {
        unexpected.push(if ids.contains(id) {
            format!("{id} passes now; remove it from tests/kstatus-known-failures.txt")
        } else {
            format!("{id} is not a case of the corpus; remove it from tests/kstatus-known-failures.txt")
        });
    }
    println!("kstatus: {passed} passed, {} failed", failing.len());
    assert!(
        unexpected.is_empty(),
        "kstatus conformance mismatches:\n{}",
        unexpected.iter().map(|line| format!("  {line}\n")).collect::<String>()
    );
}

// ---------------------------------------------------------------------------------------------
// A reader for the block-style YAML of the corpus' templated rows (maps, sequences of maps,
// plain/quoted scalars). The runtime crate has no YAML dependency, and only one row needs it.

fn mini_yaml(text: &str) -> Result<Value, String> {
    let lines: Vec<(usize, String)> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| (l.len() - l.trim_start().len(), l.trim_end().to_owned()))
        .collect();
    let mut pos = 0;
    let value = block(&lines, &mut pos, 0)?;
    if pos != lines.len() {
        return Err(format!("unparsed YAML from line {pos}"));
    }
    Ok(value)
}

fn block(lines: &[(usize, String)], pos: &mut usize, indent: usize) -> Result<Value, String> {
    let Some((first, line)) = lines.get(*pos) else {
        return Ok(Value::Null);
    };
    if *first < indent {
        return Ok(Value::Null);
    }
    let indent = *first;
    if line.trim_start().starts_with("- ") {
        let mut items = Vec::new();
        while let Some((i, line)) = lines.get(*pos) {
            if *i != indent || !line.trim_start().starts_with("- ") {
                break;
            }
            // Re-read the item as a map whose first key sits two columns further in.
            let rest = line.trim_start()[2..].to_owned();
            let mut sub = vec![(indent + 2, format!("{}{rest}", " ".repeat(indent + 2)))];
            *pos += 1;
            while let Some((j, more)) = lines.get(*pos) {
                if *j <= indent {
                    break;
                }
                sub.push((*j, more.clone()));
                *pos += 1;
            }
            let mut sub_pos = 0;
            items.push(block(&sub, &mut sub_pos, indent + 2)?);
        }
        return Ok(Value::Array(items));
    }
    let mut map = Map::new();
    while let Some((i, line)) = lines.get(*pos) {
        if *i != indent {
            if *i > indent {
                return Err(format!("unexpected indentation: {line:?}"));
            }
            break;
        }
        let (key, rest) = line
            .trim_start()
            .split_once(':')
            .ok_or_else(|| format!("not a map entry: {line:?}"))?;
        *pos += 1;
        let rest = rest.trim();
        let value = if rest.is_empty() {
            block(lines, pos, indent + 1)?
        } else {
            scalar(rest)
        };
        map.insert(key.trim().to_owned(), value);
    }
    Ok(Value::Object(map))
}

fn scalar(text: &str) -> Value {
    if let Some(inner) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        return Value::from(inner);
    }
    if let Some(inner) = text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
        return Value::from(inner);
    }
    if let Ok(n) = text.parse::<i64>() {
        return Value::from(n);
    }
    match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" | "~" => Value::Null,
        _ => Value::from(text),
    }
}

#[test]
fn mini_yaml_reads_the_corpus_objects_like_the_corpus_json() {
    let path = corpus_path();
    if !path.is_file() {
        eprintln!("SKIPPED: kstatus corpus not found at {}", path.display());
        return;
    }
    let corpus: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    for row in corpus["compute"].as_array().unwrap() {
        let Some(want) = row.get("objectJSON").filter(|v| v.is_object()) else {
            continue;
        };
        let got = mini_yaml(row["object"].as_str().unwrap()).unwrap();
        assert_eq!(&got, want, "{}", row["id"]);
    }
}
