//! JSON patch (RFC 6902) with JSON pointers (RFC 6901), as kustomize applies it.
//!
//! Entry points: [`Patch::from_value`] then [`Patch::apply`], or [`apply`] for both. kustomize
//! uses evanphx/json-patch v4, whose few departures from the RFC are kept so that builds give
//! the same objects:
//!
//! * list indices may be negative, counting from the end (`-1` is the last item; for `add`,
//!   `-1` appends), and may carry a sign or leading zeros;
//! * `replace` of a missing object member adds it;
//! * an operation without `value` uses `null`; `test` treats a `null` member like a missing one,
//!   and `copy` from a missing member copies `null`;
//! * `add` to the whole document (path `""`) fails; `replace` and `test` accept it.
//!
//! Unlike evanphx, a pointer must be empty or start with `/` (evanphx silently ignores whatever
//! precedes the first `/`), and copies are capped at [`MAX_COPIED_VALUES`] values in total, so a
//! patch cannot blow a document up exponentially. The document is consumed and returned: when an
//! operation fails, nothing of the patch is applied.

use serde_json::{Map, Value};

/// The most values (counting every nested value) that the `copy` operations of one patch may
/// copy together.
pub const MAX_COPIED_VALUES: usize = 1 << 22;

/// Why a JSON patch could not be read or applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Json6902Error {
    /// The patch is not a list.
    #[error("json patch is not a list of operations")]
    NotAList,
    /// An operation is malformed.
    #[error("json patch operation {index}: {reason}")]
    BadOperation {
        /// Position of the operation in the patch (from 0).
        index: usize,
        /// What is wrong with it.
        reason: String,
    },
    /// An operation does not apply to the document.
    #[error("json patch operation {index} ({op} {path:?}): {reason}")]
    Failed {
        /// Position of the operation in the patch (from 0).
        index: usize,
        /// The operation's name.
        op: &'static str,
        /// Its `path`.
        path: String,
        /// Why it failed.
        reason: String,
    },
    /// The document is neither an object nor a list.
    #[error("json patch target is not an object or a list")]
    BadDocument,
}

/// A parsed JSON pointer: its reference tokens, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pointer {
    text: String,
    tokens: Vec<String>,
}

impl Pointer {
    /// Parses a pointer (`""` is the whole document; otherwise it starts with `/`, and `~1` and
    /// `~0` in a token stand for `/` and `~`).
    pub fn parse(text: &str) -> Result<Self, String> {
        if text.is_empty() {
            return Ok(Self {
                text: String::new(),
                tokens: Vec::new(),
            });
        }
        let Some(rest) = text.strip_prefix('/') else {
            return Err(format!("pointer {text:?} does not start with \"/\""));
        };
        let tokens = rest
            .split('/')
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .collect();
        Ok(Self {
            text: text.to_owned(),
            tokens,
        })
    }

    /// Returns the pointer as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Returns the decoded reference tokens.
    pub fn tokens(&self) -> &[String] {
        &self.tokens
    }
}

/// One operation of a patch.
#[derive(Debug, Clone, PartialEq)]
pub enum Operation {
    /// Adds `value` at `path` (inserting into a list, setting an object member).
    Add {
        /// Where.
        path: Pointer,
        /// What.
        value: Value,
    },
    /// Removes the value at `path`.
    Remove {
        /// Where.
        path: Pointer,
    },
    /// Replaces the value at `path`.
    Replace {
        /// Where.
        path: Pointer,
        /// The new value.
        value: Value,
    },
    /// Moves the value at `from` to `path`.
    Move {
        /// The source.
        from: Pointer,
        /// The destination.
        path: Pointer,
    },
    /// Copies the value at `from` to `path`.
    Copy {
        /// The source.
        from: Pointer,
        /// The destination.
        path: Pointer,
    },
    /// Fails unless the value at `path` equals `value` (`None` when the operation has none).
    Test {
        /// Where.
        path: Pointer,
        /// The expected value.
        value: Option<Value>,
    },
}

impl Operation {
    /// Returns the operation's name (`add`, `remove`, …).
    pub fn name(&self) -> &'static str {
        match self {
            Self::Add { .. } => "add",
            Self::Remove { .. } => "remove",
            Self::Replace { .. } => "replace",
            Self::Move { .. } => "move",
            Self::Copy { .. } => "copy",
            Self::Test { .. } => "test",
        }
    }

    /// Returns the operation's `path`.
    pub fn path(&self) -> &Pointer {
        match self {
            Self::Add { path, .. }
            | Self::Remove { path }
            | Self::Replace { path, .. }
            | Self::Move { path, .. }
            | Self::Copy { path, .. }
            | Self::Test { path, .. } => path,
        }
    }
}

/// A parsed JSON patch: a list of operations applied in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Patch {
    /// The operations.
    pub operations: Vec<Operation>,
}

/// Reads a patch and applies it to `doc` (see [`Patch::apply`]).
pub fn apply(doc: Value, patch: &Value) -> Result<Value, Json6902Error> {
    Patch::from_value(patch)?.apply(doc)
}

impl Patch {
    /// Reads a patch from its JSON form (a list of `{op, path, from?, value?}` objects).
    pub fn from_value(patch: &Value) -> Result<Self, Json6902Error> {
        let Value::Array(items) = patch else {
            return Err(Json6902Error::NotAList);
        };
        let operations = items
            .iter()
            .enumerate()
            .map(|(index, item)| operation(item).map_err(|reason| Json6902Error::BadOperation { index, reason }))
            .collect::<Result<_, _>>()?;
        Ok(Self { operations })
    }

    /// Applies the operations in order to `doc` and returns the result; on the first failing
    /// operation, returns its error (the document is dropped).
    pub fn apply(&self, mut doc: Value) -> Result<Value, Json6902Error> {
        if !doc.is_object() && !doc.is_array() {
            return Err(Json6902Error::BadDocument);
        }
        let mut copied = 0usize;
        for (index, op) in self.operations.iter().enumerate() {
            let fail = |reason: String| Json6902Error::Failed {
                index,
                op: op.name(),
                path: op.path().as_str().to_owned(),
                reason,
            };
            match op {
                Operation::Add { path, value } => add(&mut doc, path, value.clone()).map_err(fail)?,
                Operation::Remove { path } => {
                    remove(&mut doc, path).map_err(fail)?;
                }
                Operation::Replace { path, value } => replace(&mut doc, path, value.clone()).map_err(fail)?,
                Operation::Move { from, path } => {
                    let value = remove(&mut doc, from).map_err(|e| fail(format!("from {:?}: {e}", from.as_str())))?;
                    add(&mut doc, path, value).map_err(fail)?;
                }
                Operation::Copy { from, path } => {
                    // evanphx copies a missing object member as null.
                    let value = get(&doc, from)
                        .map_err(|e| fail(format!("from {:?}: {e}", from.as_str())))?
                        .cloned()
                        .unwrap_or(Value::Null);
                    copied = copied.saturating_add(count_values(&value));
                    if copied > MAX_COPIED_VALUES {
                        return Err(fail(format!("copies exceed {MAX_COPIED_VALUES} values")));
                    }
                    add(&mut doc, path, value).map_err(fail)?;
                }
                Operation::Test { path, value } => test(&doc, path, value.as_ref()).map_err(fail)?,
            }
        }
        Ok(doc)
    }
}

fn operation(item: &Value) -> Result<Operation, String> {
    let Value::Object(map) = item else {
        return Err("it is not an object".to_owned());
    };
    let pointer = |key: &str| -> Result<Pointer, String> {
        match map.get(key) {
            Some(Value::String(text)) => Pointer::parse(text),
            Some(_) => Err(format!("{key:?} is not a string")),
            None => Err(format!("{key:?} is missing")),
        }
    };
    let value = || map.get("value").cloned().unwrap_or(Value::Null);
    let op = match map.get("op") {
        Some(Value::String(op)) => op.as_str(),
        Some(_) => return Err("\"op\" is not a string".to_owned()),
        None => return Err("\"op\" is missing".to_owned()),
    };
    Ok(match op {
        "add" => Operation::Add {
            path: pointer("path")?,
            value: value(),
        },
        "remove" => Operation::Remove { path: pointer("path")? },
        "replace" => Operation::Replace {
            path: pointer("path")?,
            value: value(),
        },
        "move" => Operation::Move {
            from: pointer("from")?,
            path: pointer("path")?,
        },
        "copy" => Operation::Copy {
            from: pointer("from")?,
            path: pointer("path")?,
        },
        "test" => Operation::Test {
            path: pointer("path")?,
            value: map.get("value").cloned(),
        },
        other => return Err(format!("unknown operation {other:?}")),
    })
}

/// Counts a value and everything in it (without recursing).
fn count_values(value: &Value) -> usize {
    let mut count = 0usize;
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        count = count.saturating_add(1);
        match value {
            Value::Object(map) => stack.extend(map.values()),
            Value::Array(list) => stack.extend(list.iter()),
            _ => {}
        }
    }
    count
}

/// Parses a list index the way Go's `strconv.Atoi` does (optional sign, decimal digits).
fn parse_index(token: &str) -> Result<i64, String> {
    let digits = token.strip_prefix(['+', '-']).unwrap_or(token);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{token:?} is not a list index"));
    }
    token
        .parse::<i64>()
        .map_err(|_| format!("{token:?} is not a list index"))
}

/// Resolves an index into a list of `len` items; negative indices count from the end.
fn resolve_index(token: &str, len: usize) -> Result<usize, String> {
    let index = parse_index(token)?;
    let len_i = i64::try_from(len).unwrap_or(i64::MAX);
    let resolved = if index < 0 { index + len_i } else { index };
    if resolved < 0 || resolved >= len_i {
        return Err(format!("index {index} is out of range for a list of {len}"));
    }
    usize::try_from(resolved).map_err(|_| format!("index {index} is out of range"))
}

/// The container that holds the last token of `path` (evanphx `findObject`): every earlier
/// token must lead to an object or a list.
fn parent_mut<'d>(doc: &'d mut Value, path: &Pointer) -> Result<&'d mut Value, String> {
    let Some((_, parents)) = path.tokens.split_last() else {
        return Err("the path is the whole document".to_owned());
    };
    let mut at = doc;
    for token in parents {
        at = match at {
            Value::Object(map) => map.get_mut(token.as_str()),
            Value::Array(list) => {
                let index = resolve_index(token, list.len()).map_err(|_| "the path does not exist".to_owned())?;
                list.get_mut(index)
            }
            _ => None,
        }
        .filter(|v| v.is_object() || v.is_array())
        .ok_or_else(|| "the path does not exist".to_owned())?;
    }
    Ok(at)
}

fn last_token(path: &Pointer) -> &str {
    path.tokens.last().map(String::as_str).unwrap_or_default()
}

fn add(doc: &mut Value, path: &Pointer, value: Value) -> Result<(), String> {
    let parent = parent_mut(doc, path)?;
    let key = last_token(path);
    match parent {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
            Ok(())
        }
        Value::Array(list) => {
            if key == "-" {
                list.push(value);
                return Ok(());
            }
            let index = parse_index(key)?;
            let len = i64::try_from(list.len()).unwrap_or(i64::MAX);
            let resolved = if index < 0 { index + len + 1 } else { index };
            if resolved < 0 || resolved > len {
                return Err(format!("index {index} is out of range for adding to a list of {len}"));
            }
            let at = usize::try_from(resolved).map_err(|_| format!("index {index} is out of range"))?;
            list.insert(at, value);
            Ok(())
        }
        _ => Err("the path does not exist".to_owned()),
    }
}

fn remove(doc: &mut Value, path: &Pointer) -> Result<Value, String> {
    let parent = parent_mut(doc, path)?;
    let key = last_token(path);
    match parent {
        Value::Object(map) => remove_member(map, key).ok_or_else(|| format!("there is no member {key:?} to remove")),
        Value::Array(list) => {
            let index = resolve_index(key, list.len())?;
            Ok(list.remove(index))
        }
        _ => Err("the path does not exist".to_owned()),
    }
}

/// Removes an object member keeping the other members' order.
fn remove_member(map: &mut Map<String, Value>, key: &str) -> Option<Value> {
    let value = map.get_mut(key).map(Value::take)?;
    map.retain(|k, _| k != key);
    Some(value)
}

fn replace(doc: &mut Value, path: &Pointer, value: Value) -> Result<(), String> {
    if path.tokens.is_empty() {
        if !value.is_object() && !value.is_array() {
            return Err("the whole document can only be replaced by an object or a list".to_owned());
        }
        *doc = value;
        return Ok(());
    }
    let parent = parent_mut(doc, path)?;
    let key = last_token(path);
    match parent {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
            Ok(())
        }
        Value::Array(list) => {
            let index = resolve_index(key, list.len())?;
            if let Some(slot) = list.get_mut(index) {
                *slot = value;
            }
            Ok(())
        }
        _ => Err("the path does not exist".to_owned()),
    }
}

/// The value at `path`: `Ok(None)` for a missing (or null) object member.
fn get<'d>(doc: &'d Value, path: &Pointer) -> Result<Option<&'d Value>, String> {
    let mut at = doc;
    let Some((last, parents)) = path.tokens.split_last() else {
        return Ok(Some(doc));
    };
    for token in parents {
        at = match at {
            Value::Object(map) => map.get(token.as_str()),
            Value::Array(list) => {
                let index = resolve_index(token, list.len()).map_err(|_| "the path does not exist".to_owned())?;
                list.get(index)
            }
            _ => None,
        }
        .filter(|v| v.is_object() || v.is_array())
        .ok_or_else(|| "the path does not exist".to_owned())?;
    }
    match at {
        Value::Object(map) => Ok(map.get(last.as_str()).filter(|v| !v.is_null())),
        Value::Array(list) => {
            let index = resolve_index(last, list.len())?;
            Ok(list.get(index))
        }
        _ => Err("the path does not exist".to_owned()),
    }
}

fn test(doc: &Value, path: &Pointer, expected: Option<&Value>) -> Result<(), String> {
    let actual = get(doc, path)?;
    let matches = match (actual, expected) {
        (None, None | Some(Value::Null)) => true,
        (Some(actual), Some(expected)) => actual == expected,
        (None, Some(_)) | (Some(_), None) => false,
    };
    if matches {
        Ok(())
    } else {
        Err("the value differs from the expected one".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn run(doc: Value, patch: Value) -> Result<Value, Json6902Error> {
        apply(doc, &patch)
    }

    fn deployment() -> Value {
        json!({
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {"name": "web", "labels": {"app": "web"}},
            "spec": {"replicas": 1, "template": {"spec": {"containers": [
                {"name": "web", "image": "nginx:1", "args": ["a", "b"]},
                {"name": "sidecar", "image": "envoy"}
            ]}}}
        })
    }

    #[test]
    fn add_sets_members_and_inserts_into_lists() {
        let out = run(
            deployment(),
            json!([
                {"op": "add", "path": "/metadata/annotations", "value": {"a": "1"}},
                {"op": "add", "path": "/spec/template/spec/containers/0/args/1", "value": "x"},
                {"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "z"},
                {"op": "add", "path": "/spec/replicas", "value": 3}
            ]),
        )
        .unwrap();
        assert_eq!(out["metadata"]["annotations"], json!({"a": "1"}));
        assert_eq!(
            out["spec"]["template"]["spec"]["containers"][0]["args"],
            json!(["a", "x", "b", "z"])
        );
        assert_eq!(out["spec"]["replicas"], json!(3));
    }

    #[test]
    fn add_at_the_end_index_appends_and_past_it_fails() {
        let out = run(json!({"l": [1, 2]}), json!([{"op": "add", "path": "/l/2", "value": 3}])).unwrap();
        assert_eq!(out, json!({"l": [1, 2, 3]}));
        let err = run(json!({"l": [1, 2]}), json!([{"op": "add", "path": "/l/3", "value": 3}])).unwrap_err();
        assert!(err.to_string().contains("out of range"), "{err}");
    }

    #[test]
    fn negative_indices_count_from_the_end_as_in_kustomize() {
        let out = run(
            json!({"l": [1, 2, 3]}),
            json!([
                {"op": "replace", "path": "/l/-1", "value": 30},
                {"op": "remove", "path": "/l/-3"},
                {"op": "add", "path": "/l/-1", "value": 40}
            ]),
        )
        .unwrap();
        assert_eq!(out, json!({"l": [2, 30, 40]}));
    }

    #[test]
    fn remove_deletes_members_and_items() {
        let out = run(
            deployment(),
            json!([
                {"op": "remove", "path": "/metadata/labels/app"},
                {"op": "remove", "path": "/spec/template/spec/containers/1"}
            ]),
        )
        .unwrap();
        assert_eq!(out["metadata"]["labels"], json!({}));
        assert_eq!(
            out["spec"]["template"]["spec"]["containers"].as_array().unwrap().len(),
            1
        );
    }

    #[test]
    fn remove_of_a_missing_member_names_it() {
        let err = run(deployment(), json!([{"op": "remove", "path": "/metadata/nope"}])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "json patch operation 0 (remove \"/metadata/nope\"): there is no member \"nope\" to remove"
        );
    }

    #[test]
    fn replace_changes_values_and_adds_missing_members_like_evanphx_v4() {
        let out = run(
            deployment(),
            json!([
                {"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "nginx:2"},
                {"op": "replace", "path": "/spec/paused", "value": true}
            ]),
        )
        .unwrap();
        assert_eq!(
            out["spec"]["template"]["spec"]["containers"][0]["image"],
            json!("nginx:2")
        );
        assert_eq!(out["spec"]["paused"], json!(true));
        let err = run(
            json!({"l": [1]}),
            json!([{"op": "replace", "path": "/l/1", "value": 2}]),
        )
        .unwrap_err();
        assert!(err.to_string().contains("out of range"), "{err}");
    }

    #[test]
    fn replace_of_the_whole_document_needs_an_object_or_list() {
        let out = run(
            json!({"a": 1}),
            json!([{"op": "replace", "path": "", "value": {"b": 2}}]),
        )
        .unwrap();
        assert_eq!(out, json!({"b": 2}));
        assert!(run(json!({"a": 1}), json!([{"op": "replace", "path": "", "value": 3}])).is_err());
    }

    #[test]
    fn move_and_copy_take_values_from_another_path() {
        let out = run(
            deployment(),
            json!([
                {"op": "copy", "from": "/metadata/labels", "path": "/spec/template/metadata"},
                {"op": "move", "from": "/spec/replicas", "path": "/spec/count"}
            ]),
        )
        .unwrap();
        assert_eq!(out["spec"]["template"]["metadata"], json!({"app": "web"}));
        assert_eq!(out["spec"]["count"], json!(1));
        assert!(out["spec"].get("replicas").is_none());
    }

    #[test]
    fn move_into_its_own_child_fails() {
        let err = run(
            json!({"a": {"b": 1}}),
            json!([{"op": "move", "from": "/a", "path": "/a/b/c"}]),
        )
        .unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
    }

    #[test]
    fn test_compares_values_and_stops_the_patch() {
        let patch = json!([
            {"op": "test", "path": "/metadata/name", "value": "web"},
            {"op": "replace", "path": "/metadata/name", "value": "web2"}
        ]);
        assert_eq!(run(deployment(), patch).unwrap()["metadata"]["name"], json!("web2"));
        let err = run(
            deployment(),
            json!([{"op": "test", "path": "/metadata/name", "value": "x"}]),
        )
        .unwrap_err();
        assert!(err.to_string().contains("differs"), "{err}");
        run(
            deployment(),
            json!([{"op": "test", "path": "/metadata/missing", "value": null}]),
        )
        .unwrap();
    }

    #[test]
    fn pointer_escapes_decode_tilde_and_slash() {
        let doc = json!({"metadata": {"annotations": {"example.com/a~b": "1"}}});
        let out = run(
            doc,
            json!([
                {"op": "replace", "path": "/metadata/annotations/example.com~1a~0b", "value": "2"},
                {"op": "add", "path": "/metadata/annotations/x~01", "value": "3"}
            ]),
        )
        .unwrap();
        assert_eq!(
            out["metadata"]["annotations"],
            json!({"example.com/a~b": "2", "x~1": "3"})
        );
    }

    #[test]
    fn malformed_operations_are_rejected_before_anything_is_applied() {
        let cases = [
            (json!({"op": "add"}), "json patch is not a list of operations"),
            (
                json!([{"op": "frob", "path": "/a"}]),
                "json patch operation 0: unknown operation \"frob\"",
            ),
            (json!([{"path": "/a"}]), "json patch operation 0: \"op\" is missing"),
            (
                json!([{"op": "add", "path": "a"}]),
                "json patch operation 0: pointer \"a\" does not start with \"/\"",
            ),
            (
                json!([{"op": "move", "path": "/a"}]),
                "json patch operation 0: \"from\" is missing",
            ),
            (json!([1]), "json patch operation 0: it is not an object"),
        ];
        for (patch, message) in cases {
            assert_eq!(run(json!({"a": 1}), patch).unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn add_under_a_missing_parent_fails() {
        let err = run(json!({}), json!([{"op": "add", "path": "/a/b", "value": 1}])).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        let err = run(json!({"a": "s"}), json!([{"op": "add", "path": "/a/b", "value": 1}])).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        assert!(run(json!({}), json!([{"op": "add", "path": "", "value": {}}])).is_err());
    }

    #[test]
    fn bad_indices_are_errors_not_panics() {
        for path in ["/l/x", "/l/", "/l/99999999999999999999", "/l/-9", "/l/--1"] {
            for op in ["add", "remove", "replace"] {
                let patch = json!([{"op": op, "path": path, "value": 1}]);
                assert!(run(json!({"l": [1]}), patch).is_err(), "{op} {path}");
            }
        }
    }

    #[test]
    fn doubling_copies_are_capped() {
        let mut ops = vec![json!({"op": "add", "path": "/a", "value": [0]})];
        for _ in 0..40 {
            ops.push(json!({"op": "copy", "from": "/a", "path": "/a/-"}));
        }
        let err = run(json!({}), Value::Array(ops)).unwrap_err();
        assert!(err.to_string().contains("copies exceed"), "{err}");
    }

    #[test]
    fn a_scalar_document_is_rejected() {
        assert_eq!(run(json!(1), json!([])).unwrap_err(), Json6902Error::BadDocument);
    }
}
