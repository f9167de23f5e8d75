//! Strategic merge with kustomize's semantics: the kyaml `merge2` walk
//! (sigs.k8s.io/kustomize/kyaml `yaml/merge2`, `yaml/walk`), re-expressed on JSON values.
//!
//! The walk visits every field of the original and of the patch (fields in sorted order), with
//! the schema of each value. Maps merge; a `null` in the patch clears the field; scalars and lists
//! without a `merge` strategy take the patch's value; lists with a `merge` strategy are merged
//! item by item, items matched by their list-map keys (or merge key, or for scalars by value).
//!
//! kyaml works on shared YAML nodes: it merges into the original's nodes in place, merges a value
//! only the patch has "with itself", and strips `$patch` from the patch's nodes as it reads them.
//! That identity is modelled by [`Walker::normalize`] and by writing merged items back into the
//! list they came from, because kyaml's odd corners depend on it: a `$patch: replace` on a list
//! item the original has is undone when the original item is put back, a `null` item in a
//! merged list drops the items before it, and items with equal keys collapse into one. The goal
//! is the output of `kustomize build`, odd corners included; randomised comparisons with
//! `kubectl kustomize` (kyaml as in kustomize 5.5–5.8.1) agreed on every case.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::{DIRECTIVE, Directive, Path, SmpError, kind_name, remove_ordered, scalar_text};
use crate::schema::{PatchSchema, Strategy};

/// The result of walking one value.
enum Out {
    /// The field or item goes away (kyaml: nil, or a node tagged null).
    Clear,
    /// An explicit `null` of the original is kept.
    KeptNull,
    /// The merged value.
    Val(Value),
}

/// The merge, bound to a schema and a list direction.
pub(super) struct Walker<'s, S: PatchSchema> {
    pub(super) schema: &'s S,
    /// Items of the patch go first in merged lists (kustomize's patches).
    pub(super) prepend: bool,
}

/// What a list is merged with.
enum Origin {
    /// The list is merged with itself (kyaml: both sources are the same node).
    Same,
    /// The patch's list, if the patch has one.
    Patch(Option<Vec<Value>>),
}

impl Origin {
    fn item(&self, index: usize) -> Option<&Value> {
        match self {
            Origin::Patch(Some(list)) => list.get(index),
            Origin::Same | Origin::Patch(None) => None,
        }
    }

    fn item_mut(&mut self, index: usize) -> Option<&mut Value> {
        match self {
            Origin::Patch(Some(list)) => list.get_mut(index),
            Origin::Same | Origin::Patch(None) => None,
        }
    }
}

/// Whose list item a merged item is (kyaml merges into nodes in place).
#[derive(Clone, Copy)]
enum Owner {
    /// The original's item at this index.
    Dest(usize),
    /// The patch's item at this index.
    Patch(usize),
    /// A node of neither list.
    None,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Seq,
    Scalar,
}

fn kind_of(value: &Value) -> Option<Kind> {
    match value {
        Value::Null => None,
        Value::Object(_) => Some(Kind::Map),
        Value::Array(_) => Some(Kind::Seq),
        Value::Bool(_) | Value::Number(_) | Value::String(_) => Some(Kind::Scalar),
    }
}

fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Map => "map",
        Kind::Seq => "list",
        Kind::Scalar => "scalar",
    }
}

fn is_null(value: Option<&Value>) -> bool {
    value.is_none_or(Value::is_null)
}

fn is_empty_map(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Object(map) => map.is_empty(),
        _ => false,
    }
}

/// The text kyaml compares merge keys by: empty for null, empty maps/lists and non-scalars.
fn key_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        other => scalar_text(other),
    }
}

/// Resolves a plain YAML scalar written by kyaml from text (a merge key it adds to an item).
fn plain_scalar(text: &str) -> Value {
    match text {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "null" | "~" => Value::Null,
        _ => match text.parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => Value::String(text.to_owned()),
        },
    }
}

fn wrong_kind(path: &Path<'_>, expected: &'static str, found: &Value) -> SmpError {
    SmpError::WrongKind {
        path: path.to_string(),
        expected,
        found: kind_name(found),
    }
}

/// Sets or clears a field after its value was walked; new fields are appended.
fn set_field(map: &mut Map<String, Value>, key: String, out: Out) {
    match out {
        Out::Clear => {
            remove_ordered(map, &key);
        }
        Out::KeptNull => {
            map.insert(key, Value::Null);
        }
        Out::Val(value) => {
            map.insert(key, value);
        }
    }
}

/// Reads and removes a map's `$patch` directive (kyaml `determineMappingNodePatchStrategy`).
/// An unknown value is left in place and returned as the error.
fn map_directive(map: &mut Map<String, Value>) -> Result<Directive, String> {
    let Some(value) = map.get(DIRECTIVE) else {
        return Ok(Directive::Merge);
    };
    let text = scalar_text(value);
    match Directive::parse(&text) {
        Some(directive) => {
            remove_ordered(map, DIRECTIVE);
            Ok(directive)
        }
        None => Err(text),
    }
}

/// Reads and removes a list's `$patch` directive item (kyaml
/// `determineSequenceNodePatchStrategy`): the first map item with a `$patch` field counts only
/// when that is its only field.
fn list_directive(list: &mut Vec<Value>) -> Result<Directive, SmpError> {
    let Some(item) = list
        .iter()
        .find_map(|v| v.as_object().filter(|m| m.contains_key(DIRECTIVE)))
    else {
        return Ok(Directive::Merge);
    };
    if item.len() > 1 {
        return Ok(Directive::Merge);
    }
    let text = item.get(DIRECTIVE).map(scalar_text).unwrap_or_default();
    let Some(directive) = Directive::parse(&text) else {
        return Err(SmpError::UnknownDirective {
            path: String::new(),
            value: text,
        });
    };
    element_setter(list, None, &[DIRECTIVE], std::slice::from_ref(&text))?;
    Ok(directive)
}

/// kyaml `FieldMatcher{Name, StringValue}`: does `item` have field `name` (with text `value`
/// unless `value` is empty)? With an empty name, compares a scalar item's text.
fn field_matches(item: &Value, name: &str, value: &str) -> Result<bool, SmpError> {
    match item {
        Value::Null => Ok(false),
        Value::Object(map) if !name.is_empty() => Ok(map
            .get(name)
            .is_some_and(|v| value.is_empty() || scalar_text(v) == value)),
        Value::Object(_) | Value::Array(_) if name.is_empty() => Err(SmpError::WrongKind {
            path: String::new(),
            expected: "scalar",
            found: kind_name(item),
        }),
        _ if name.is_empty() => Ok(scalar_text(item) == value),
        _ => Err(SmpError::WrongKind {
            path: String::new(),
            expected: "map",
            found: kind_name(item),
        }),
    }
}

/// kyaml `ElementSetter`: replaces the items matching `keys`=`values` by `element` (appending it
/// when none matches), or deletes them when `element` is `None`. Like kyaml it also drops null
/// and empty-map items, and with no values keeps only the matches.
fn element_setter(
    list: &mut Vec<Value>,
    element: Option<&Value>,
    keys: &[&str],
    values: &[String],
) -> Result<(), SmpError> {
    let keys: &[&str] = if keys.is_empty() { &[""] } else { keys };
    let first_key = keys.first().copied().unwrap_or_default();
    let mapping_setter = !first_key.is_empty() && values.first().is_some_and(|v| !v.is_empty());
    let mut kept = Vec::with_capacity(list.len() + 1);
    let mut matched = false;
    for item in list.drain(..) {
        if is_empty_map(&item) {
            continue;
        }
        if !item.is_object() && mapping_setter {
            kept.push(item);
            continue;
        }
        let mut found = false;
        let mut all = true;
        for (j, key) in keys.iter().enumerate() {
            if let Some(value) = values.get(j) {
                found = field_matches(&item, key, value)?;
            }
            if !found {
                all = false;
                break;
            }
        }
        if !all {
            if !values.is_empty() {
                kept.push(item);
            }
            continue;
        }
        matched = true;
        if let Some(element) = element {
            kept.push(element.clone());
        }
    }
    *list = kept;
    if let Some(element) = element
        && !element.is_null()
        && !matched
    {
        list.push(element.clone());
    }
    Ok(())
}

/// kyaml `ElementMatcher` (`ElementList`): the index of the first item whose `keys` have exactly
/// the texts `values` (for an empty key, whose own text is `values[0]`).
fn element_list(list: &[Value], keys: &[&str], values: &[String]) -> Result<Option<usize>, SmpError> {
    let first_key = keys.first().copied().unwrap_or_default();
    let empty = String::new();
    if first_key.is_empty() {
        let wanted = values.first().unwrap_or(&empty);
        return Ok(list.iter().position(|item| match item {
            Value::Object(_) | Value::Array(_) => wanted.is_empty(),
            other => &scalar_text(other) == wanted,
        }));
    }
    if keys.len() != values.len() {
        return Err(SmpError::BadList {
            path: String::new(),
            reason: "merge keys and values differ in number",
        });
    }
    Ok(list.iter().position(|item| match item {
        Value::Object(map) => keys
            .iter()
            .zip(values)
            .all(|(key, value)| map.get(*key).is_some_and(|v| &scalar_text(v) == value)),
        _ => false,
    }))
}

/// kyaml `validateKeys`: keeps the keys that have a value in any of `all`, and the matching
/// values of `values`; all keys when none has.
fn validate_keys<'k>(all: &[Vec<String>], values: &[String], keys: &[&'k str]) -> (Vec<&'k str>, Vec<String>) {
    let mut valid = BTreeSet::new();
    for tuple in all {
        for (i, value) in tuple.iter().enumerate() {
            if !value.is_empty()
                && let Some(key) = keys.get(i)
            {
                valid.insert(*key);
            }
        }
    }
    if valid.is_empty() {
        return (keys.to_vec(), values.to_vec());
    }
    let valid_keys = keys.iter().copied().filter(|k| valid.contains(k)).collect();
    let valid_values = values
        .iter()
        .enumerate()
        .filter(|(i, v)| !v.is_empty() || keys.get(*i).is_some_and(|k| valid.contains(k)))
        .map(|(_, v)| v.clone())
        .collect();
    (valid_keys, valid_values)
}

/// kyaml `match`: two key tuples are the same item when they share a value and differ only
/// where one is empty; returns the combined tuple.
fn match_tuples(a: &[String], b: &[String]) -> Option<Vec<String>> {
    if a.len() != b.len() {
        return None;
    }
    let mut common = false;
    let mut out = Vec::with_capacity(a.len());
    for (x, y) in a.iter().zip(b) {
        if x == y {
            common = true;
            out.push(x.clone());
        } else if !x.is_empty() && !y.is_empty() {
            return None;
        } else if !x.is_empty() {
            out.push(x.clone());
        } else {
            out.push(y.clone());
        }
    }
    common.then_some(out)
}

/// kyaml `mergeValues`: unifies tuples that name the same item (e.g. a port with and without
/// `protocol`).
fn merge_tuples(list: &mut [Vec<String>]) {
    for i in 0..list.len() {
        let Some(first) = list.get(i).cloned() else { continue };
        for j in 0..list.len() {
            let Some(second) = list.get(j) else { continue };
            if let Some(merged) = match_tuples(&first, second) {
                if let Some(slot) = list.get_mut(i) {
                    slot.clone_from(&merged);
                }
                if let Some(slot) = list.get_mut(j) {
                    *slot = merged;
                }
            }
        }
    }
}

/// kyaml `appendListNode`: adds `src`'s items to `dst`, replacing items with the same keys.
fn append_list_node(mut dst: Vec<Value>, src: &[Value], keys: &[&str]) -> Result<Vec<Value>, SmpError> {
    let primitive = keys.first().is_none_or(|k| k.is_empty());
    for item in src {
        if primitive {
            element_setter(&mut dst, Some(item), &[""], &[scalar_text(item)])?;
            continue;
        }
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            let field = match item {
                Value::Null => None,
                Value::Object(map) => map.get(*key),
                other => {
                    return Err(SmpError::WrongKind {
                        path: String::new(),
                        expected: "map",
                        found: kind_name(other),
                    });
                }
            };
            match field {
                Some(value) => values.push(scalar_text(value)),
                None => dst.push(item.clone()),
            }
        }
        if keys.len() > 1 {
            element_setter(&mut dst, None, keys, &values)?;
        }
        element_setter(&mut dst, Some(item), keys, &values)?;
    }
    Ok(dst)
}

/// Fills in the path of an error raised by a helper that does not know it.
fn at<'p>(path: &'p Path<'p>) -> impl Fn(SmpError) -> SmpError + 'p {
    move |error| match error {
        SmpError::WrongKind {
            path: p,
            expected,
            found,
        } if p.is_empty() => SmpError::WrongKind {
            path: path.to_string(),
            expected,
            found,
        },
        SmpError::UnknownDirective { path: p, value } if p.is_empty() => SmpError::UnknownDirective {
            path: path.to_string(),
            value,
        },
        SmpError::BadList { path: p, reason } if p.is_empty() => SmpError::BadList {
            path: path.to_string(),
            reason,
        },
        other => other,
    }
}

impl<S: PatchSchema> Walker<'_, S> {
    /// Merges `patch` into `original` (kyaml `merge2.Merge(patch, original)`).
    pub(super) fn merge(&self, original: Value, patch: Value) -> Result<Option<Value>, SmpError> {
        Ok(match self.walk(Some(original), Some(patch), None, &Path::ROOT)? {
            Out::Clear => None,
            Out::KeptNull => Some(Value::Null),
            Out::Val(value) => Some(value),
        })
    }

    /// kyaml `GetSchema`: without a schema from the parent, a map with `apiVersion` and `kind`
    /// brings its own.
    fn schema_for(&self, node: Option<S::Node>, sources: [Option<&Value>; 2]) -> Option<S::Node> {
        if node.is_some() {
            return node;
        }
        for source in sources.into_iter().flatten() {
            if let Value::Object(map) = source
                && let (Some(Value::String(api_version)), Some(Value::String(kind))) =
                    (map.get("apiVersion"), map.get("kind"))
                && !api_version.is_empty()
                && !kind.is_empty()
                && let Some(found) = self.schema.resource(api_version, kind)
            {
                return Some(found);
            }
        }
        None
    }

    /// Does the list at `node` merge item by item (its strategy includes `merge`)?
    fn associative(&self, node: Option<S::Node>) -> bool {
        node.is_some_and(|n| self.schema.meta(n).strategy.merges())
    }

    /// Walks a value of the original (`dest`) and of the patch.
    fn walk(
        &self,
        dest: Option<Value>,
        patch: Option<Value>,
        node: Option<S::Node>,
        path: &Path<'_>,
    ) -> Result<Out, SmpError> {
        let node = self.schema_for(node, [dest.as_ref(), patch.as_ref()]);
        let kind = dest
            .as_ref()
            .and_then(kind_of)
            .or_else(|| patch.as_ref().and_then(kind_of));
        let Some(kind) = kind else {
            return self.walk_map(dest, patch, node, path);
        };
        for source in [dest.as_ref(), patch.as_ref()].into_iter().flatten() {
            if let Some(found) = kind_of(source)
                && found != kind
            {
                return Err(SmpError::WrongKind {
                    path: path.to_string(),
                    expected: kind_label(kind),
                    found: kind_label(found),
                });
            }
        }
        match kind {
            Kind::Map => self.walk_map(dest, patch, node, path),
            Kind::Seq if self.associative(node) => self.walk_associative(dest, patch, node, path),
            Kind::Seq | Kind::Scalar => Ok(match patch.or(dest) {
                None | Some(Value::Null) => Out::Clear,
                Some(value) => Out::Val(value),
            }),
        }
    }

    /// Walks a value merged with itself (kyaml: both sources are the same node), which applies
    /// the directives and nulls inside a value only the patch has.
    fn normalize(&self, value: Value, node: Option<S::Node>, path: &Path<'_>) -> Result<Out, SmpError> {
        let node = self.schema_for(node, [Some(&value), None]);
        match value {
            Value::Null => Ok(Out::Clear),
            Value::Object(mut map) => match map_directive(&mut map) {
                Ok(Directive::Delete) => Ok(Out::Clear),
                Ok(_) => self.fields_of_one(map, node, path),
                Err(value) => Err(SmpError::UnknownDirective {
                    path: path.to_string(),
                    value,
                }),
            },
            Value::Array(mut list) if self.associative(node) => match list_directive(&mut list).map_err(at(path))? {
                Directive::Delete => Ok(Out::Clear),
                Directive::Replace | Directive::Merge => self.merge_list(list, Origin::Same, node, path),
            },
            other => Ok(Out::Val(other)),
        }
    }

    /// kyaml `VisitMap` and `walkMap`.
    fn walk_map(
        &self,
        dest: Option<Value>,
        patch: Option<Value>,
        node: Option<S::Node>,
        path: &Path<'_>,
    ) -> Result<Out, SmpError> {
        if is_null(dest.as_ref()) {
            // The original has nothing here: take the patch's value, merged with itself.
            let mut patch = patch;
            let directive = match &mut patch {
                None => Some(Directive::Merge),
                Some(Value::Object(map)) => map_directive(map).ok(),
                Some(_) => None,
            };
            if directive == Some(Directive::Delete) {
                return Ok(Out::Clear);
            }
            return Ok(match (dest, patch) {
                (Some(Value::Null), None) => Out::KeptNull,
                (_, None | Some(Value::Null)) => Out::Clear,
                (_, Some(Value::Object(map))) => self.fields_of_one(map, node, path)?,
                (_, Some(other)) => Out::Val(other),
            });
        }
        let Some(Value::Object(dest)) = dest else {
            return Ok(Out::Clear);
        };
        let patch = match patch {
            Some(Value::Null) => return Ok(Out::Clear),
            Some(Value::Object(mut map)) => match map_directive(&mut map) {
                Ok(Directive::Delete) => return Ok(Out::Clear),
                Ok(Directive::Replace) => return self.fields_of_one(map, node, path),
                Ok(Directive::Merge) => Some(map),
                Err(value) => {
                    return Err(SmpError::UnknownDirective {
                        path: path.to_string(),
                        value,
                    });
                }
            },
            Some(other) => return Err(wrong_kind(path, "map", &other)),
            None => None,
        };
        self.fields_of_two(dest, patch, node, path)
    }

    /// Walks every field of a map merged with itself, in sorted order.
    fn fields_of_one(
        &self,
        mut map: Map<String, Value>,
        node: Option<S::Node>,
        path: &Path<'_>,
    ) -> Result<Out, SmpError> {
        let mut keys: Vec<String> = map.keys().cloned().collect();
        keys.sort();
        for key in keys {
            let value = map.get_mut(&key).map(Value::take).unwrap_or_default();
            let child = node.and_then(|n| self.schema.field(n, &key));
            let out = self.normalize(value, child, &path.field(&key))?;
            set_field(&mut map, key, out);
        }
        Ok(Out::Val(Value::Object(map)))
    }

    /// Walks every field of the original's and the patch's maps, in sorted order.
    fn fields_of_two(
        &self,
        mut dest: Map<String, Value>,
        mut patch: Option<Map<String, Value>>,
        node: Option<S::Node>,
        path: &Path<'_>,
    ) -> Result<Out, SmpError> {
        let mut keys: BTreeSet<String> = dest.keys().cloned().collect();
        if let Some(patch) = &patch {
            keys.extend(patch.keys().cloned());
        }
        for key in keys {
            let original = dest.get_mut(&key).map(Value::take);
            let change = patch.as_mut().and_then(|p| p.remove(&key));
            let child = node.and_then(|n| self.schema.field(n, &key));
            let out = self.walk(original, change, child, &path.field(&key))?;
            set_field(&mut dest, key, out);
        }
        Ok(Out::Val(Value::Object(dest)))
    }

    /// kyaml `VisitList` for a list with a `merge` strategy, then `walkAssociativeSequence`.
    fn walk_associative(
        &self,
        dest: Option<Value>,
        patch: Option<Value>,
        node: Option<S::Node>,
        path: &Path<'_>,
    ) -> Result<Out, SmpError> {
        if is_null(dest.as_ref()) {
            return match patch {
                Some(Value::Array(list)) => self.merge_list(list, Origin::Same, node, path),
                None | Some(Value::Null) => Ok(Out::Clear),
                Some(other) => Ok(Out::Val(other)),
            };
        }
        let Some(Value::Array(dest)) = dest else {
            return Ok(Out::Clear);
        };
        let mut patch = match patch {
            None => None,
            Some(Value::Null) => return Ok(Out::Clear),
            Some(Value::Array(list)) => Some(list),
            Some(other) => return Err(wrong_kind(path, "list", &other)),
        };
        let directive = match &mut patch {
            None => Directive::Merge,
            Some(list) => list_directive(list).map_err(at(path))?,
        };
        match (directive, patch) {
            (Directive::Delete, _) => Ok(Out::Clear),
            (Directive::Replace, Some(list)) => self.merge_list(list, Origin::Same, node, path),
            (_, patch) => self.merge_list(dest, Origin::Patch(patch), node, path),
        }
    }

    /// The lists to read items from, in kyaml's order.
    fn sources<'v>(&self, dest: &'v [Value], origin: &'v Origin) -> Vec<&'v [Value]> {
        match origin {
            Origin::Same => vec![dest, dest],
            Origin::Patch(None) => vec![dest],
            Origin::Patch(Some(patch)) if self.prepend => vec![patch.as_slice(), dest],
            Origin::Patch(Some(patch)) => vec![dest, patch.as_slice()],
        }
    }

    /// kyaml `walkAssociativeSequence` and `setAssociativeSequenceElements`.
    fn merge_list(
        &self,
        mut dest: Vec<Value>,
        mut origin: Origin,
        node: Option<S::Node>,
        path: &Path<'_>,
    ) -> Result<Out, SmpError> {
        let meta = node.map(|n| self.schema.meta(n)).unwrap_or_default();
        let keys: Vec<&str> = if meta.strategy == Strategy::None {
            Vec::new()
        } else if !meta.list_map_keys.is_empty() {
            meta.list_map_keys.iter().collect()
        } else {
            meta.merge_key.into_iter().collect()
        };
        let element_node = node.and_then(|n| self.schema.elements(n));

        // Without keys the items are scalars, identified by their text.
        let primitive = keys.is_empty();
        let keys: Vec<&str> = if primitive { vec![""] } else { keys };

        // The key tuples of all items, first occurrence first.
        let mut tuples: Vec<Vec<String>> = Vec::new();
        let mut seen: BTreeSet<Vec<String>> = BTreeSet::new();
        for list in self.sources(&dest, &origin) {
            for item in list {
                let tuple: Vec<String> = if primitive {
                    vec![scalar_text(item)]
                } else {
                    keys.iter()
                        .map(|k| {
                            item.as_object()
                                .and_then(|m| m.get(*k))
                                .map(key_text)
                                .unwrap_or_default()
                        })
                        .collect()
                };
                if seen.insert(tuple.clone()) {
                    tuples.push(tuple);
                }
            }
        }
        if keys.len() > 1 {
            merge_tuples(&mut tuples);
        }

        let mut added: Vec<Value> = Vec::new();
        let mut valid_keys: Vec<&str> = Vec::new();
        for tuple in &tuples {
            if tuple.is_empty() {
                continue;
            }
            let (vk, vv) = validate_keys(&tuples, tuple, &keys);
            valid_keys = vk;
            let (match_keys, match_values) = validate_keys(std::slice::from_ref(&vv), &vv, &valid_keys);
            let label = vv.join(",");
            let item_path = path.item(&label);

            let dest_at = element_list(&dest, &match_keys, &match_values).map_err(at(path))?;
            let patch_at = match &origin {
                Origin::Patch(Some(list)) => element_list(list, &match_keys, &match_values).map_err(at(path))?,
                Origin::Same | Origin::Patch(None) => None,
            };
            let patch_item = patch_at.and_then(|j| origin.item(j)).cloned();
            let directive = patch_item
                .as_ref()
                .and_then(|p| p.get(DIRECTIVE))
                .and_then(Value::as_str)
                .and_then(Directive::parse);
            // kyaml reads the directive off the patch's own node: a later item with the same
            // keys finds the patch item without it.
            if directive.is_some()
                && let Some(Value::Object(map)) = patch_at.and_then(|j| origin.item_mut(j))
            {
                remove_ordered(map, DIRECTIVE);
            }
            let dest_is_map = dest_at.and_then(|i| dest.get(i)).is_some_and(Value::is_object);
            let is_delete = |v: &Value| v.get(DIRECTIVE).and_then(Value::as_str) == Some("delete");
            // Which node kyaml's result is: the original's item, the patch's, or neither.
            let (out, owner) = match (&origin, dest_at) {
                // The directive is dropped from the shared node before it is cleared, so the
                // item stays in the list (without `$patch`) unless the keys match it below.
                (Origin::Same, Some(i)) if dest.get(i).is_some_and(is_delete) => {
                    if let Some(Value::Object(map)) = dest.get_mut(i) {
                        remove_ordered(map, DIRECTIVE);
                    }
                    (Out::Clear, Owner::None)
                }
                (Origin::Same, Some(i)) => {
                    let item = dest.get_mut(i).map(Value::take).unwrap_or_default();
                    (self.normalize(item, element_node, &item_path)?, Owner::Dest(i))
                }
                (Origin::Same, None) => (Out::Clear, Owner::None),
                // Cleared by the patch: the original's item is left as it was.
                (Origin::Patch(_), Some(_))
                    if dest_is_map
                        && (directive == Some(Directive::Delete)
                            || patch_item.as_ref().is_some_and(Value::is_null)) =>
                {
                    (Out::Clear, Owner::None)
                }
                // `$patch: replace` on an item the original has: the result is the patch's item,
                // and the original's item stays as it was (and wins again if still in the list).
                (Origin::Patch(_), Some(_)) if dest_is_map && directive == Some(Directive::Replace) => {
                    let out = self.walk(None, patch_item, element_node, &item_path)?;
                    (out, patch_at.map_or(Owner::None, Owner::Patch))
                }
                (Origin::Patch(_), Some(i)) if dest_is_map => {
                    let original = dest.get_mut(i).map(Value::take);
                    (
                        self.walk(original, patch_item, element_node, &item_path)?,
                        Owner::Dest(i),
                    )
                }
                (Origin::Patch(_), Some(i)) => {
                    let original = dest.get(i).cloned();
                    (self.walk(original, patch_item, element_node, &item_path)?, Owner::None)
                }
                (Origin::Patch(_), None) => {
                    let out = self.walk(None, patch_item, element_node, &item_path)?;
                    (out, patch_at.map_or(Owner::None, Owner::Patch))
                }
            };
            let mut value = match out {
                Out::Val(value) if !is_empty_map(&value) => value,
                Out::Val(_) | Out::Clear | Out::KeptNull => {
                    element_setter(&mut dest, None, &valid_keys, &vv).map_err(at(path))?;
                    continue;
                }
            };
            // kyaml makes sure the item carries its keys (for a scalar item: sets its text).
            for (i, key) in valid_keys.iter().enumerate() {
                let Some(text) = vv.get(i).filter(|t| !t.is_empty()) else {
                    continue;
                };
                match (&mut value, key.is_empty()) {
                    (Value::Object(_) | Value::Array(_), true) => {
                        return Err(wrong_kind(&item_path, "scalar", &value));
                    }
                    (_, true) => {}
                    (Value::Object(map), false) => {
                        if !map.contains_key(*key) {
                            map.insert((*key).to_owned(), plain_scalar(text));
                        }
                    }
                    (other, false) => return Err(wrong_kind(&item_path, "map", other)),
                }
            }
            // kyaml merged into that node in place: its list sees the result.
            let slot = match owner {
                Owner::Dest(i) => dest.get_mut(i),
                Owner::Patch(j) => origin.item_mut(j),
                Owner::None => None,
            };
            if let Some(slot) = slot {
                slot.clone_from(&value);
            }
            element_setter(&mut added, Some(&value), &valid_keys, &vv).map_err(at(path))?;
        }

        if tuples.is_empty() {
            return Ok(Out::Val(Value::Array(dest)));
        }
        let merged = if self.prepend {
            append_list_node(added, &dest, &valid_keys).map_err(at(path))?
        } else {
            append_list_node(dest, &added, &valid_keys).map_err(at(path))?
        };
        Ok(Out::Val(Value::Array(merged)))
    }
}
