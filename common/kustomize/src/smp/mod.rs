//! Strategic merge patch (SMP) of JSON objects, with merge keys and strategies from a
//! [`PatchSchema`] (by default the built-in Kubernetes kinds).
//!
//! Entry points: [`merge`] (built-in schema) and [`merge_with_schema`]. Two semantics are
//! offered, chosen by [`MergeOptions::semantics`]:
//!
//! * [`Semantics::Kustomize`] (the default) is what `kustomize build` 5.8.1 does for
//!   `patches`/`patchesStrategicMerge`: the kyaml `merge2` walk. Lists with a `merge` strategy
//!   are merged by their list-map keys (e.g. `containerPort` *and* `protocol`), items of the
//!   patch come first ([`ListOrder::PatchFirst`]), and only the `$patch` directive
//!   (`delete`/`replace`/`merge`, on maps and on lists) is understood; `$setElementOrder`,
//!   `$retainKeys` and `$deleteFromPrimitiveList` are copied like any other field, and the
//!   `replace`/`retainKeys` strategies are ignored, exactly as kustomize does. The whole
//!   original is walked, so merged lists are normalised even where the patch does not touch
//!   them (null or empty items dropped, items with the same key collapsed), again as kustomize.
//!   A `$patch: delete` at the top level yields `None` (kustomize drops the resource).
//! * [`Semantics::Kubernetes`] is the API server's `StrategicMergePatch`
//!   (k8s.io/apimachinery `strategicpatch`): merge by `patchMergeKey`, original items first,
//!   the order fixed by `$setElementOrder/<field>`, `$retainKeys`, `$deleteFromPrimitiveList/
//!   <field>`, `$patch` on maps and list items, and the `replace` strategy.
//!
//! In both, a `null` in the patch deletes the key, maps merge recursively, and kinds the schema
//! does not know (custom resources) have their lists replaced as a whole.
//!
//! Map key order: keys of the original keep their place and new keys are appended (kyaml
//! appends them in sorted order). This is visible only when `serde_json` keeps insertion order
//! (its `preserve_order` feature); otherwise maps are sorted anyway.

mod apimachinery;
mod gosort;
mod kyaml;
#[cfg(test)]
mod tests;

use std::fmt;

use serde_json::Value;

use crate::schema::{BuiltinSchema, PatchSchema};

/// Which implementation's behaviour a merge follows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Semantics {
    /// kustomize 5.8.1 (kyaml `merge2`), as used by `kustomize build` for strategic merge patches.
    #[default]
    Kustomize,
    /// The Kubernetes API server (apimachinery `strategicpatch.StrategicMergePatch`).
    Kubernetes,
}

/// Where items that only the patch has go in a merged list (kustomize semantics only).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListOrder {
    /// Items of the patch first, then the original's remaining items (kustomize's patches).
    #[default]
    PatchFirst,
    /// The original's items first, new items of the patch after them.
    OriginalFirst,
}

/// Options of a strategic merge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeOptions {
    /// The behaviour to follow.
    pub semantics: Semantics,
    /// The list order for [`Semantics::Kustomize`] (ignored by [`Semantics::Kubernetes`]).
    pub list_order: ListOrder,
}

impl MergeOptions {
    /// Options for kustomize's strategic merge patches.
    pub fn kustomize() -> Self {
        Self {
            semantics: Semantics::Kustomize,
            list_order: ListOrder::PatchFirst,
        }
    }

    /// Options for the Kubernetes API server's strategic merge patch.
    pub fn kubernetes() -> Self {
        Self {
            semantics: Semantics::Kubernetes,
            list_order: ListOrder::PatchFirst,
        }
    }
}

/// Why a strategic merge patch could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SmpError {
    /// The original and the patch disagree on what a value is (map, list or scalar).
    #[error("wrong node kind at {path}: expected {expected} but got {found}")]
    WrongKind {
        /// Where.
        path: String,
        /// The kind of the original's value.
        expected: &'static str,
        /// The kind found in the patch (or in a list item).
        found: &'static str,
    },
    /// A `$patch` directive with a value other than `delete`, `replace` or `merge`.
    #[error("unknown patch strategy {value:?} at {path}")]
    UnknownDirective {
        /// Where.
        path: String,
        /// The directive's value.
        value: String,
    },
    /// `$patch: merge` inside a list merged by key (the API server rejects it).
    #[error("merging lists cannot yet be specified in the patch at {path}")]
    MergeDirectiveInList {
        /// Where.
        path: String,
    },
    /// A list item lacks the list's merge key.
    #[error("list item at {path} does not contain the declared merge key {key:?}")]
    MissingMergeKey {
        /// Where (the list).
        path: String,
        /// The merge key.
        key: String,
    },
    /// A list of objects has a `merge` strategy but no merge key.
    #[error("cannot merge lists without a merge key at {path}")]
    NoMergeKey {
        /// Where.
        path: String,
    },
    /// The items of merged lists are not all of one type, or are lists.
    #[error("cannot merge the list at {path}: {reason}")]
    BadList {
        /// Where.
        path: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The original or the patch nests deeper than [`MAX_DEPTH`].
    #[error("document nests deeper than {limit} levels")]
    TooDeep {
        /// The limit.
        limit: usize,
    },
    /// A `$retainKeys`, `$setElementOrder/…` or `$deleteFromPrimitiveList/…` directive is malformed.
    #[error("invalid {directive} directive at {path}: {reason}")]
    BadDirective {
        /// Where.
        path: String,
        /// The directive.
        directive: &'static str,
        /// What is wrong with it.
        reason: String,
    },
}

/// How deeply the original and the patch may nest (Kubernetes objects stay far below it); the
/// merge recurses along the documents.
pub const MAX_DEPTH: usize = 256;

/// Applies a strategic merge `patch` to `original`, with merge keys of the built-in Kubernetes
/// kinds (looked up by the original's, else the patch's, `apiVersion` and `kind`).
///
/// Returns `None` when the patch deletes the whole object (`$patch: delete` at the top level,
/// kustomize semantics).
pub fn merge(original: Value, patch: &Value, options: &MergeOptions) -> Result<Option<Value>, SmpError> {
    merge_with_schema(original, patch, &BuiltinSchema, options)
}

/// Applies a strategic merge `patch` to `original` with merge keys from `schema`.
///
/// See [`merge`].
pub fn merge_with_schema<S: PatchSchema>(
    original: Value,
    patch: &Value,
    schema: &S,
    options: &MergeOptions,
) -> Result<Option<Value>, SmpError> {
    if deeper_than(&original, MAX_DEPTH) || deeper_than(patch, MAX_DEPTH) {
        return Err(SmpError::TooDeep { limit: MAX_DEPTH });
    }
    match options.semantics {
        Semantics::Kustomize => kyaml::Walker {
            schema,
            prepend: options.list_order == ListOrder::PatchFirst,
        }
        .merge(original, patch.clone()),
        Semantics::Kubernetes => apimachinery::Merger { schema }.merge(original, patch.clone()).map(Some),
    }
}

/// Tells whether `value` nests more than `limit` levels (without recursing).
fn deeper_than(value: &Value, limit: usize) -> bool {
    let mut stack = vec![(value, 0usize)];
    while let Some((value, depth)) = stack.pop() {
        if depth > limit {
            return true;
        }
        match value {
            Value::Object(map) => stack.extend(map.values().map(|v| (v, depth + 1))),
            Value::Array(list) => stack.extend(list.iter().map(|v| (v, depth + 1))),
            _ => {}
        }
    }
    false
}

/// One step of a path into a document, for error messages.
#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Field(&'a str),
    Item(&'a str),
}

/// A path into a document, built on the stack as the merge descends.
#[derive(Clone, Copy)]
struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    step: Step<'a>,
}

impl<'a> Path<'a> {
    const ROOT: Path<'static> = Path {
        parent: None,
        step: Step::Root,
    };

    fn field(&'a self, name: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            step: Step::Field(name),
        }
    }

    fn item(&'a self, label: &'a str) -> Path<'a> {
        Path {
            parent: Some(self),
            step: Step::Item(label),
        }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut steps = Vec::new();
        let mut at = Some(self);
        while let Some(path) = at {
            steps.push(path.step);
            at = path.parent;
        }
        let mut wrote = false;
        for step in steps.iter().rev() {
            match step {
                Step::Root => {}
                Step::Field(name) => {
                    if wrote {
                        f.write_str(".")?;
                    }
                    f.write_str(name)?;
                    wrote = true;
                }
                Step::Item(label) => {
                    write!(f, "[{label}]")?;
                    wrote = true;
                }
            }
        }
        if !wrote {
            f.write_str("the top level")?;
        }
        Ok(())
    }
}

/// Names the JSON kind of a value the way the error messages do.
fn kind_name(value: &Value) -> &'static str {
    match value {
        Value::Object(_) => "map",
        Value::Array(_) => "list",
        Value::Null => "null",
        Value::Bool(_) | Value::Number(_) | Value::String(_) => "scalar",
    }
}

/// The text of a scalar as YAML would carry it; empty for maps and lists.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_owned(),
        Value::Object(_) | Value::Array(_) => String::new(),
    }
}

/// Removes a key keeping the order of the others, whether or not `serde_json` preserves
/// insertion order (its plain `remove` swaps the last key into the hole when it does).
fn remove_ordered(map: &mut serde_json::Map<String, Value>, key: &str) -> Option<Value> {
    let value = map.get_mut(key).map(Value::take)?;
    map.retain(|k, _| k != key);
    Some(value)
}

/// The `$patch` directive key.
const DIRECTIVE: &str = "$patch";

/// A `$patch` directive's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Directive {
    Delete,
    Replace,
    Merge,
}

impl Directive {
    fn parse(text: &str) -> Option<Self> {
        match text {
            "delete" => Some(Self::Delete),
            "replace" => Some(Self::Replace),
            "merge" => Some(Self::Merge),
            _ => None,
        }
    }
}
