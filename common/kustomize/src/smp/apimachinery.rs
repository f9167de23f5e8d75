//! Strategic merge with the Kubernetes API server's semantics
//! (k8s.io/apimachinery `pkg/util/strategicpatch`, `StrategicMergeMapPatch`), re-expressed on
//! JSON values.
//!
//! Maps merge key by key: a `null` deletes, a `$patch: replace` map replaces, `$patch: delete`
//! empties, `$retainKeys` drops the original's fields it does not list. Lists follow the field's
//! strategy: without `merge` the patch's list replaces the original's; with `merge`, objects are
//! merged by the merge key (items with `$patch: delete` remove, a `{$patch: replace}` item makes
//! the patch's items the whole list) and scalars are united; `$deleteFromPrimitiveList/<field>`
//! removes scalars. The merged list keeps the original's order with the patch's items placed by
//! the patch's order, or by `$setElementOrder/<field>` when given. Values the original lacks are
//! taken from the patch with nulls and directives removed.
//!
//! Go iterates a map's keys in random order; here a patch's `$deleteFromPrimitiveList/…` lists
//! are applied after its other fields, which is the order that gives the intended result when a
//! patch both adds to and removes from one list.

use serde_json::{Map, Value};

use super::{DIRECTIVE, Path, SmpError, gosort, kind_name, remove_ordered, scalar_text};
use crate::schema::{PatchSchema, Strategy};

const RETAIN_KEYS: &str = "$retainKeys";
const SET_ELEMENT_ORDER: &str = "$setElementOrder";
const DELETE_FROM_PRIMITIVE_LIST: &str = "$deleteFromPrimitiveList";

/// A field of a patch map.
type Field = (String, Value);

/// The merge, bound to a schema.
pub(super) struct Merger<'s, S: PatchSchema> {
    pub(super) schema: &'s S,
}

/// The type shared by the items of the lists being merged.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ItemKind {
    Map,
    String,
    Number,
    Bool,
}

/// Go's `==` on decoded JSON scalars: numbers compare by value.
fn same_scalar(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => x == y,
            _ => x == y,
        },
        _ => a == b,
    }
}

fn same_key(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_scalar(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// Tells whether two values have the same Go type once decoded (string, float64, bool).
fn same_scalar_type(a: &Value, b: &Value) -> bool {
    matches!(
        (a, b),
        (Value::String(_), Value::String(_)) | (Value::Number(_), Value::Number(_)) | (Value::Bool(_), Value::Bool(_))
    )
}

/// Removes `$patch` maps (and the fields or items holding them) from a value taken from the
/// patch; `None` when the value itself is one.
fn remove_directives(value: Value) -> Option<Value> {
    match value {
        Value::Object(map) => {
            if map.contains_key(DIRECTIVE) {
                return None;
            }
            let mut out = Map::new();
            for (key, value) in map {
                if let Some(value) = remove_directives(value) {
                    out.insert(key, value);
                }
            }
            Some(Value::Object(out))
        }
        Value::Array(list) => Some(Value::Array(list.into_iter().filter_map(remove_directives).collect())),
        other => Some(other),
    }
}

/// Removes every null-valued field, at any depth.
fn discard_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            for v in map.values_mut() {
                discard_nulls(v);
            }
        }
        Value::Array(list) => list.iter_mut().for_each(discard_nulls),
        _ => {}
    }
}

/// The field name after a `$setElementOrder/` or `$deleteFromPrimitiveList/` prefix.
fn strip_directive<'k>(key: &'k str, prefix: &'static str, path: &Path<'_>) -> Result<&'k str, SmpError> {
    match key.split_once('/') {
        Some((head, field)) if head == prefix => Ok(field),
        _ => Err(SmpError::BadDirective {
            path: path.to_string(),
            directive: prefix,
            reason: format!("{key:?} does not name a field after a slash"),
        }),
    }
}

/// The type of the items of `lists` (Go `sliceElementType`).
fn item_kind(lists: &[&[Value]], path: &Path<'_>) -> Result<ItemKind, SmpError> {
    let bad = |reason| SmpError::BadList {
        path: path.to_string(),
        reason,
    };
    let mut kind = None;
    for value in lists.iter().flat_map(|l| l.iter()) {
        let current = match value {
            Value::Object(_) => ItemKind::Map,
            Value::String(_) => ItemKind::String,
            Value::Number(_) => ItemKind::Number,
            Value::Bool(_) => ItemKind::Bool,
            Value::Array(_) if kind.is_none() => return Err(bad("lists of lists are not supported")),
            Value::Array(_) => return Err(bad("list items are not all of one type")),
            Value::Null => return Err(bad("null list items cannot be merged")),
        };
        match kind {
            None => kind = Some(current),
            Some(k) if k != current => return Err(bad("list items are not all of one type")),
            Some(_) => {}
        }
    }
    kind.ok_or_else(|| bad("no items in any of the lists"))
}

/// The identity of a list item: its merge key's value for maps, itself for scalars.
fn identity<'v>(item: &'v Value, merge_key: &str, kind: ItemKind) -> Option<&'v Value> {
    match kind {
        ItemKind::Map => item.as_object().and_then(|m| m.get(merge_key)),
        ItemKind::String | ItemKind::Number | ItemKind::Bool => Some(item),
    }
}

/// The identities of an ordering list, each checked to be a map with the merge key (Go
/// `validateMergeKeyInLists`).
fn identities(
    list: &[Value],
    merge_key: &str,
    kind: ItemKind,
    path: &Path<'_>,
) -> Result<Vec<Option<Value>>, SmpError> {
    list.iter()
        .map(|item| {
            if kind == ItemKind::Map {
                check_merge_key(item, merge_key, path)?;
            }
            Ok(identity(item, merge_key, kind).cloned())
        })
        .collect()
}

fn check_merge_key(item: &Value, merge_key: &str, path: &Path<'_>) -> Result<(), SmpError> {
    match item {
        Value::Object(map) if map.contains_key(merge_key) => Ok(()),
        Value::Object(_) => Err(SmpError::MissingMergeKey {
            path: path.to_string(),
            key: merge_key.to_owned(),
        }),
        other => Err(SmpError::WrongKind {
            path: path.to_string(),
            expected: "map",
            found: kind_name(other),
        }),
    }
}

/// Where an identity first appears in an ordering.
fn position(order: &[Option<Value>], key: Option<&Value>) -> Option<usize> {
    order.iter().position(|k| same_key(k.as_ref(), key))
}

/// Sorts items by where their identity appears in `order`, stably (Go `normalizeSliceOrder`);
/// `$patch: delete` items go last.
fn sort_by_order(
    items: Vec<Value>,
    order: &[Option<Value>],
    merge_key: &str,
    kind: ItemKind,
    path: &Path<'_>,
) -> Result<Vec<Value>, SmpError> {
    let (mut keep, delete): (Vec<Value>, Vec<Value>) = if kind == ItemKind::Map {
        for item in &items {
            check_merge_key(item, merge_key, path)?;
        }
        items
            .into_iter()
            .partition(|item| item.get(DIRECTIVE).and_then(Value::as_str) != Some("delete"))
    } else {
        (items, Vec::new())
    };
    // Go's comparator: by position in `order`, and "less" whenever either is missing from it.
    gosort::slice_stable(&mut keep, |a, b| {
        match (
            position(order, identity(a, merge_key, kind)),
            position(order, identity(b, merge_key, kind)),
        ) {
            (Some(x), Some(y)) => x < y,
            _ => true,
        }
    });
    keep.extend(delete);
    Ok(keep)
}

/// Interleaves the original-only items (`left`) into the patch's items (`right`), keeping each
/// side's order and the original's relative order where both are known (Go `mergeSortedSlice`).
fn merge_sorted(
    left: Vec<Value>,
    right: Vec<Value>,
    server: &[Option<Value>],
    merge_key: &str,
    kind: ItemKind,
) -> Vec<Value> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    loop {
        let take_left = match (left.peek(), right.peek()) {
            (None, None) => break,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (Some(l), Some(r)) => {
                let li = position(server, identity(l, merge_key, kind));
                let ri = position(server, identity(r, merge_key, kind));
                matches!((li, ri), (Some(li), Some(ri)) if li < ri)
            }
        };
        let next = if take_left { left.next() } else { right.next() };
        out.extend(next);
    }
    out
}

/// Splits `merged` into the items whose identity is in `by` and the others.
fn partition(
    merged: Vec<Value>,
    by: &[Value],
    merge_key: &str,
    kind: ItemKind,
    path: &Path<'_>,
) -> Result<(Vec<Value>, Vec<Value>), SmpError> {
    if kind == ItemKind::Map {
        for item in &merged {
            check_merge_key(item, merge_key, path)?;
        }
        for item in by {
            if !item.is_object() {
                return Err(SmpError::WrongKind {
                    path: path.to_string(),
                    expected: "map",
                    found: kind_name(item),
                });
            }
        }
    }
    let keys: Vec<Option<&Value>> = by.iter().map(|item| identity(item, merge_key, kind)).collect();
    Ok(merged.into_iter().partition(|item| {
        let id = identity(item, merge_key, kind);
        id.is_some() && keys.iter().any(|k| same_key(*k, id))
    }))
}

/// Orders a merged list: the patch's items by `patch_order`, the others by `server_order`, then
/// interleaved (Go `normalizeElementOrder`).
fn order_items(
    merged: Vec<Value>,
    patch_order: &[Value],
    server_order: &[Option<Value>],
    merge_key: &str,
    kind: ItemKind,
    path: &Path<'_>,
) -> Result<Vec<Value>, SmpError> {
    let (patch_items, server_only) = partition(merged, patch_order, merge_key, kind, path)?;
    let patch_keys = identities(patch_order, merge_key, kind, path)?;
    let patch_items = sort_by_order(patch_items, &patch_keys, merge_key, kind, path)?;
    let server_only = sort_by_order(server_only, server_order, merge_key, kind, path)?;
    Ok(merge_sorted(server_only, patch_items, server_order, merge_key, kind))
}

impl<S: PatchSchema> Merger<'_, S> {
    /// Applies `patch` to `original` (Go `StrategicMergeMapPatch`).
    pub(super) fn merge(&self, original: Value, patch: Value) -> Result<Value, SmpError> {
        let node = [&original, &patch].into_iter().find_map(|v| {
            let api_version = v.get("apiVersion")?.as_str()?;
            let kind = v.get("kind")?.as_str()?;
            self.schema.resource(api_version, kind)
        });
        let original = match original {
            Value::Object(map) => map,
            Value::Null => Map::new(),
            other => {
                return Err(SmpError::WrongKind {
                    path: Path::ROOT.to_string(),
                    expected: "map",
                    found: kind_name(&other),
                });
            }
        };
        let Value::Object(patch) = patch else {
            return Err(SmpError::WrongKind {
                path: Path::ROOT.to_string(),
                expected: "map",
                found: kind_name(&patch),
            });
        };
        Ok(Value::Object(self.merge_map(original, patch, node, &Path::ROOT)?))
    }

    /// The patch strategy of the field at `node`, without `retainKeys`.
    fn strategy(&self, node: Option<S::Node>) -> (Strategy, Option<&str>) {
        match node {
            None => (Strategy::None, None),
            Some(n) => {
                let meta = self.schema.meta(n);
                let strategy = match meta.strategy {
                    Strategy::Merge | Strategy::MergeRetainKeys => Strategy::Merge,
                    Strategy::Replace => Strategy::Replace,
                    Strategy::None | Strategy::RetainKeys => Strategy::None,
                };
                (strategy, meta.merge_key)
            }
        }
    }

    /// Go `mergeMap`.
    fn merge_map(
        &self,
        mut original: Map<String, Value>,
        mut patch: Map<String, Value>,
        node: Option<S::Node>,
        path: &Path<'_>,
    ) -> Result<Map<String, Value>, SmpError> {
        if let Some(directive) = patch.get(DIRECTIVE) {
            return match directive.as_str() {
                Some("replace") => {
                    remove_ordered(&mut patch, DIRECTIVE);
                    Ok(patch)
                }
                Some("delete") => Ok(Map::new()),
                _ => Err(SmpError::UnknownDirective {
                    path: path.to_string(),
                    value: scalar_text(directive),
                }),
            };
        }
        self.retain_keys(&mut original, &mut patch, path)?;
        self.set_element_order(&mut original, &mut patch, node, path)?;

        let (deletions, fields): (Vec<Field>, Vec<Field>) = patch
            .into_iter()
            .partition(|(k, _)| k.starts_with(DELETE_FROM_PRIMITIVE_LIST));
        for (key, change) in fields.into_iter().chain(deletions) {
            let (key, deletion) = if key.starts_with(DELETE_FROM_PRIMITIVE_LIST) {
                (
                    strip_directive(&key, DELETE_FROM_PRIMITIVE_LIST, path)?.to_owned(),
                    true,
                )
            } else {
                (key, false)
            };
            let field_path = path.field(&key);
            if change.is_null() {
                remove_ordered(&mut original, &key);
                continue;
            }
            let Some(current) = original.get_mut(&key) else {
                if !deletion {
                    let mut change = change;
                    discard_nulls(&mut change);
                    if let Some(value) = remove_directives(change) {
                        original.insert(key, value);
                    }
                }
                continue;
            };
            let child = node.and_then(|n| self.schema.field(n, &key));
            match (current, change) {
                (Value::Object(current), Value::Object(change)) => {
                    let merged = match self.strategy(child).0 {
                        Strategy::Replace => change,
                        _ => self.merge_map(std::mem::take(current), change, child, &field_path)?,
                    };
                    *current = merged;
                }
                (Value::Array(current), Value::Array(change)) => {
                    let (strategy, merge_key) = self.strategy(child);
                    let merged = if strategy == Strategy::Merge || deletion {
                        let elements = child.and_then(|n| self.schema.elements(n));
                        let merge_key = merge_key.unwrap_or_default();
                        self.merge_list(
                            std::mem::take(current),
                            change,
                            elements,
                            merge_key,
                            deletion,
                            &field_path,
                        )?
                    } else {
                        change
                    };
                    *current = merged;
                }
                (current, change) if same_scalar_type(current, &change) => *current = change,
                (_, mut change) => {
                    if !deletion {
                        discard_nulls(&mut change);
                        match remove_directives(change) {
                            Some(value) => {
                                original.insert(key, value);
                            }
                            None => {
                                remove_ordered(&mut original, &key);
                            }
                        }
                    }
                }
            }
        }
        Ok(original)
    }

    /// Go `applyRetainKeysDirective`.
    fn retain_keys(
        &self,
        original: &mut Map<String, Value>,
        patch: &mut Map<String, Value>,
        path: &Path<'_>,
    ) -> Result<(), SmpError> {
        let Some(retain) = patch.remove(RETAIN_KEYS) else {
            return Ok(());
        };
        let bad = |reason: String| SmpError::BadDirective {
            path: path.to_string(),
            directive: RETAIN_KEYS,
            reason,
        };
        let Value::Array(retain) = retain else {
            return Err(bad("it is not a list".to_owned()));
        };
        let listed = |key: &str| retain.iter().any(|v| v.as_str() == Some(key));
        for (key, value) in patch.iter() {
            if value.is_null() || key.starts_with(DELETE_FROM_PRIMITIVE_LIST) || key.starts_with(SET_ELEMENT_ORDER) {
                continue;
            }
            if !listed(key) {
                return Err(bad(format!("the patch sets {key:?}, which it does not list")));
            }
        }
        original.retain(|key, _| listed(key));
        Ok(())
    }

    /// Go `mergePatchIntoOriginal`: merges each list named by a `$setElementOrder/<field>` and
    /// orders it by that directive.
    fn set_element_order(
        &self,
        original: &mut Map<String, Value>,
        patch: &mut Map<String, Value>,
        node: Option<S::Node>,
        path: &Path<'_>,
    ) -> Result<(), SmpError> {
        let keys: Vec<String> = patch
            .keys()
            .filter(|k| k.starts_with(SET_ELEMENT_ORDER))
            .cloned()
            .collect();
        for key in keys {
            let Some(order) = patch.remove(&key) else { continue };
            let field = strip_directive(&key, SET_ELEMENT_ORDER, path)?.to_owned();
            let field_path = path.field(&field);
            let bad = |reason: &str| SmpError::BadDirective {
                path: field_path.to_string(),
                directive: SET_ELEMENT_ORDER,
                reason: reason.to_owned(),
            };
            let Value::Array(order) = order else {
                return Err(bad("it is not a list"));
            };
            let current = match original.get(&field) {
                None => None,
                Some(Value::Array(list)) => Some(list.clone()),
                Some(_) => return Err(bad("the original's field is not a list")),
            };
            let change = match patch.remove(&field) {
                None => None,
                Some(Value::Array(list)) => Some(list),
                Some(_) => return Err(bad("the patch's field is not a list")),
            };
            let child = node.and_then(|n| self.schema.field(n, &field));
            let (strategy, merge_key) = self.strategy(child);
            let merge_key = merge_key.unwrap_or_default();
            check_order(change.as_deref().unwrap_or_default(), &order, merge_key, &field_path)?;
            let server: Vec<Value> = current.clone().unwrap_or_default();
            let patch_items: Vec<Value> = change.clone().unwrap_or_default();
            let merged = match (current, change) {
                (Some(current), None) => current,
                (None, Some(change)) => match remove_directives(Value::Array(change)) {
                    Some(Value::Array(list)) => list,
                    _ => Vec::new(),
                },
                (Some(current), Some(change)) => {
                    if strategy == Strategy::Merge {
                        let elements = child.and_then(|n| self.schema.elements(n));
                        self.merge_list(current, change, elements, merge_key, false, &field_path)?
                    } else {
                        change
                    }
                }
                (None, None) => continue,
            };
            let kind = item_kind(&[&server, &patch_items], &field_path)?;
            let merge_key_for_order = if kind == ItemKind::Map { merge_key } else { "" };
            if kind != ItemKind::Map && !merge_key.is_empty() {
                return Err(SmpError::WrongKind {
                    path: field_path.to_string(),
                    expected: "map",
                    found: "scalar",
                });
            }
            let server_order = identities(&server, merge_key_for_order, kind, &field_path)?;
            let ordered = order_items(merged, &order, &server_order, merge_key_for_order, kind, &field_path)?;
            original.insert(field, Value::Array(ordered));
        }
        Ok(())
    }

    /// Go `mergeSlice` for a list with the `merge` strategy (or a deletion list).
    fn merge_list(
        &self,
        original: Vec<Value>,
        patch: Vec<Value>,
        elements: Option<S::Node>,
        merge_key: &str,
        deletion: bool,
        path: &Path<'_>,
    ) -> Result<Vec<Value>, SmpError> {
        if original.is_empty() && patch.is_empty() {
            return Ok(original);
        }
        let kind = item_kind(&[&original, &patch], path)?;
        let (original, patch, merged) = if kind != ItemKind::Map {
            if deletion {
                return Ok(original
                    .into_iter()
                    .filter(|v| !patch.iter().any(|d| same_scalar(v, d)))
                    .collect());
            }
            let mut merged: Vec<Value> = Vec::with_capacity(original.len() + patch.len());
            for value in original.iter().chain(&patch) {
                if !merged.iter().any(|m| same_scalar(m, value)) {
                    merged.push(value.clone());
                }
            }
            (original, patch, merged)
        } else {
            if merge_key.is_empty() {
                return Err(SmpError::NoMergeKey { path: path.to_string() });
            }
            let (original, patch) = self.special_items(original, patch, merge_key, path)?;
            let merged = self.merge_items(original.clone(), &patch, elements, merge_key, path)?;
            (original, patch, merged)
        };
        let key = if kind == ItemKind::Map { merge_key } else { "" };
        if kind != ItemKind::Map && !merge_key.is_empty() {
            return Err(SmpError::WrongKind {
                path: path.to_string(),
                expected: "map",
                found: "scalar",
            });
        }
        let server_order = identities(&original, key, kind, path)?;
        order_items(merged, &patch, &server_order, key, kind, path)
    }

    /// Go `mergeSliceWithSpecialElements`: applies `$patch: delete` and `$patch: replace` items.
    fn special_items(
        &self,
        mut original: Vec<Value>,
        patch: Vec<Value>,
        merge_key: &str,
        path: &Path<'_>,
    ) -> Result<(Vec<Value>, Vec<Value>), SmpError> {
        let mut plain = Vec::with_capacity(patch.len());
        let mut replace = false;
        for item in patch {
            let Some(directive) = item.get(DIRECTIVE) else {
                plain.push(item);
                continue;
            };
            match directive.as_str() {
                Some("delete") => {
                    let Some(value) = item.get(merge_key) else {
                        return Err(SmpError::MissingMergeKey {
                            path: path.to_string(),
                            key: merge_key.to_owned(),
                        });
                    };
                    for existing in &original {
                        if !existing.is_object() {
                            return Err(SmpError::WrongKind {
                                path: path.to_string(),
                                expected: "map",
                                found: kind_name(existing),
                            });
                        }
                    }
                    original.retain(|existing| !existing.get(merge_key).is_some_and(|v| same_scalar(v, value)));
                }
                Some("replace") => replace = true,
                Some("merge") => return Err(SmpError::MergeDirectiveInList { path: path.to_string() }),
                _ => {
                    return Err(SmpError::UnknownDirective {
                        path: path.to_string(),
                        value: scalar_text(directive),
                    });
                }
            }
        }
        Ok(if replace {
            (plain, Vec::new())
        } else {
            (original, plain)
        })
    }

    /// Go `mergeSliceWithoutSpecialElements`: merges each patch item into the original item with
    /// the same key, or appends it.
    fn merge_items(
        &self,
        mut merged: Vec<Value>,
        patch: &[Value],
        elements: Option<S::Node>,
        merge_key: &str,
        path: &Path<'_>,
    ) -> Result<Vec<Value>, SmpError> {
        for item in patch {
            let Value::Object(change) = item else {
                return Err(SmpError::WrongKind {
                    path: path.to_string(),
                    expected: "map",
                    found: kind_name(item),
                });
            };
            let Some(value) = change.get(merge_key) else {
                return Err(SmpError::MissingMergeKey {
                    path: path.to_string(),
                    key: merge_key.to_owned(),
                });
            };
            let label = scalar_text(value);
            let item_path = path.item(&label);
            let mut found = None;
            for (i, existing) in merged.iter().enumerate() {
                let Value::Object(existing) = existing else {
                    return Err(SmpError::WrongKind {
                        path: path.to_string(),
                        expected: "map",
                        found: kind_name(existing),
                    });
                };
                if existing.get(merge_key).is_some_and(|v| same_scalar(v, value)) {
                    found = Some(i);
                    break;
                }
            }
            match found.and_then(|i| merged.get_mut(i)) {
                Some(slot) => {
                    let current = match slot.take() {
                        Value::Object(map) => map,
                        _ => Map::new(),
                    };
                    *slot = Value::Object(self.merge_map(current, change.clone(), elements, &item_path)?);
                }
                None => merged.push(item.clone()),
            }
        }
        Ok(merged)
    }
}

/// Go `validatePatchWithSetOrderList`: the patch's items must appear in the
/// `$setElementOrder` list, in the same relative order.
fn check_order(patch: &[Value], order: &[Value], merge_key: &str, path: &Path<'_>) -> Result<(), SmpError> {
    if order.is_empty() || patch.is_empty() {
        return Ok(());
    }
    let items: Vec<&Value> = if merge_key.is_empty() {
        patch.iter().collect()
    } else {
        let mut kept = Vec::with_capacity(patch.len());
        for item in patch {
            if !item.is_object() {
                return Err(SmpError::WrongKind {
                    path: path.to_string(),
                    expected: "map",
                    found: kind_name(item),
                });
            }
            if item.get(DIRECTIVE).and_then(Value::as_str) != Some("delete") {
                kept.push(item);
            }
        }
        kept
    };
    let (mut p, mut o) = (0, 0);
    while let (Some(item), Some(wanted)) = (items.get(p), order.get(o)) {
        if item.get(DIRECTIVE).is_some() {
            p += 1;
            continue;
        }
        let equal = if merge_key.is_empty() {
            same_scalar(item, wanted)
        } else {
            let (Some(a), Some(b)) = (item.get(merge_key), wanted.get(merge_key)) else {
                return Err(SmpError::MissingMergeKey {
                    path: path.to_string(),
                    key: merge_key.to_owned(),
                });
            };
            same_scalar(a, b)
        };
        if equal {
            p += 1;
        }
        o += 1;
    }
    if p < items.len() && o >= order.len() {
        return Err(SmpError::BadDirective {
            path: path.to_string(),
            directive: SET_ELEMENT_ORDER,
            reason: "the patch's items are missing from it or in another order".to_owned(),
        });
    }
    Ok(())
}
