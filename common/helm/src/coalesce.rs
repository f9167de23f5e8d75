//! Helm's values coalescing (`pkg/chart/common/util/coalesce.go`): chart defaults under
//! user values, subchart values scoped under the subchart's name, `global` values copied
//! down into every subchart, and a `null` user value deleting the key (coalescing) or
//! kept (merging). Entry points: [`coalesce_values`], [`merge_values`],
//! [`coalesce_values_with_warnings`], [`coalesce_tables`], [`merge_tables`], [`deep_copy`].

use crate::engine::Chart;
use crate::entries::Entries;
use crate::value::{Map, Value};

/// The key of global values.
pub const GLOBAL_KEY: &str = "global";

/// Returns a deep copy of `v`: maps and lists are copied, so the result shares nothing
/// mutable with `v`.
pub fn deep_copy(v: &Value) -> Value {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || match v {
        Value::Map(m) => Value::Map(deep_copy_map(m)),
        Value::List(l) => Value::list(l.iter().map(deep_copy).collect()),
        other => other.clone(),
    })
}

/// Returns a deep copy of a map (see [`deep_copy`]).
pub fn deep_copy_map(m: &Map) -> Map {
    let mut entries = m.with(|entries| entries.clone());
    for v in entries.values_mut() {
        if matches!(v, Value::Map(_) | Value::List(_)) {
            *v = deep_copy(v);
        }
    }
    Map::from_sorted(entries)
}

/// Coalesces `chart`'s default values (and its subcharts') under `values`, which win;
/// `null` in `values` removes the key (Helm's `CoalesceValues`). `values` is not changed.
pub fn coalesce_values(chart: &Chart, values: &Map) -> Result<Map, String> {
    coalesce_values_with_warnings(chart, values, &mut Vec::new())
}

/// Like [`coalesce_values`], also collecting Helm's warnings (`warning: skipped value for
/// <path>: Not a table.`, …) into `warnings`.
pub fn coalesce_values_with_warnings(chart: &Chart, values: &Map, warnings: &mut Vec<String>) -> Result<Map, String> {
    let dest = deep_copy_map(values);
    coalesce(chart, &dest, "", false, warnings)?;
    Ok(dest)
}

/// Like [`coalesce_values`] but keeps `null`s (Helm's `MergeValues`).
pub fn merge_values(chart: &Chart, values: &Map) -> Result<Map, String> {
    let dest = deep_copy_map(values);
    coalesce(chart, &dest, "", true, &mut Vec::new())?;
    Ok(dest)
}

fn concat_prefix(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}.{b}")
    }
}

fn coalesce(chart: &Chart, dest: &Map, prefix: &str, merge: bool, w: &mut Vec<String>) -> Result<(), String> {
    coalesce_chart_values(chart, dest, prefix, merge, w);
    coalesce_deps(chart, dest, prefix, merge, w)
}

fn coalesce_deps(chart: &Chart, dest: &Map, prefix: &str, merge: bool, w: &mut Vec<String>) -> Result<(), String> {
    for sub in &chart.dependencies {
        let name = sub.metadata.name.as_str();
        let dv = match dest.get(name) {
            None => {
                let m = Map::new();
                dest.insert(name, Value::Map(m.clone()));
                m
            }
            Some(Value::Map(m)) => m,
            Some(other) => {
                return Err(format!(
                    "type mismatch on {name}: %!t({}={})",
                    other.type_name(),
                    crate::fmt::sprint(&[other])
                ));
            }
        };
        let sub_prefix = concat_prefix(prefix, &chart.metadata.name);
        coalesce_globals(&dv, dest, &sub_prefix, w);
        coalesce(sub, &dv, &sub_prefix, merge, w)?;
    }
    Ok(())
}

fn coalesce_globals(dest: &Map, src: &Map, prefix: &str, w: &mut Vec<String>) {
    let dg = match dest.get(GLOBAL_KEY) {
        None => Map::new(),
        Some(Value::Map(m)) => m,
        Some(_) => {
            w.push(format!(
                "warning: skipping globals because destination {GLOBAL_KEY} is not a table."
            ));
            return;
        }
    };
    let sg = match src.get(GLOBAL_KEY) {
        None => Map::new(),
        Some(Value::Map(m)) => m,
        Some(_) => {
            w.push(format!(
                "warning: skipping globals because source {GLOBAL_KEY} is not a table."
            ));
            return;
        }
    };
    for (key, val) in sg.entries() {
        if let Value::Map(vm) = &val {
            let vv = deep_copy_map(vm);
            match dg.get(&key) {
                None => {
                    dg.insert(key, Value::Map(vv));
                }
                Some(Value::Map(destv)) => {
                    coalesce_tables_full_key(&vv, &destv, &concat_prefix(prefix, &key), true, w);
                    dg.insert(key, Value::Map(vv));
                }
                Some(_) => w.push(format!(
                    "Conflict: cannot merge map onto non-map for {}. Skipping.",
                    crate::strconv::quote(&key)
                )),
            }
        } else if matches!(dg.get(&key), Some(Value::Map(_))) {
            w.push(format!("key {key} is table. Skipping"));
        } else {
            dg.insert(key, val);
        }
    }
    dest.insert(GLOBAL_KEY, Value::Map(dg));
}

fn coalesce_chart_values(chart: &Chart, v: &Map, prefix: &str, merge: bool, w: &mut Vec<String>) {
    let sub_prefix = concat_prefix(prefix, &chart.metadata.name);
    let vc = deep_copy_map(&chart.values);
    for (key, val) in vc.entries() {
        match v.get(&key) {
            Some(Value::Nil) if !merge => {
                v.remove(&key);
            }
            Some(Value::Map(dest)) => match &val {
                Value::Map(src) => {
                    let merge = merge || chart.dependencies.iter().any(|d| d.metadata.name == key);
                    coalesce_tables_full_key(&dest, src, &concat_prefix(&sub_prefix, &key), merge, w);
                }
                Value::Nil => {}
                _ => w.push(format!("warning: skipped value for {sub_prefix}.{key}: Not a table.")),
            },
            Some(_) => {}
            None => {
                // `val` comes from this function's own copy: drop its nulls in place.
                if merge {
                    v.insert(key, val);
                } else if let Some(val) = strip_nulls(val) {
                    v.insert(key, val);
                }
            }
        }
    }
}

/// Like [`default_value`] when coalescing, for a value nothing else holds: its maps lose
/// their `null`s in place instead of being copied.
fn strip_nulls(val: Value) -> Option<Value> {
    match &val {
        Value::Nil => None,
        Value::Map(m) => {
            strip_map_nulls(m);
            Some(val)
        }
        _ => Some(val),
    }
}

fn strip_map_nulls(m: &Map) {
    m.with_mut(|entries| {
        entries.retain(|_, x| !x.is_nil());
        for x in entries.values() {
            if let Value::Map(inner) = x {
                stacker::maybe_grow(64 * 1024, 1024 * 1024, || strip_map_nulls(inner));
            }
        }
    });
}

/// Returns a chart default as it enters the values: when coalescing, `null`s are dropped
/// (a `null` default never shadows anything, such as a global).
fn default_value(val: Value, merge: bool) -> Option<Value> {
    if merge {
        return Some(val);
    }
    match val {
        Value::Nil => None,
        Value::Map(m) => Some(Value::Map(Map::from_sorted(m.with(|entries| {
            let mut out = Entries::new();
            for (k, x) in entries.iter() {
                if let Some(v) = default_value(x.clone(), merge) {
                    out.insert(k.clone(), v);
                }
            }
            out
        })))),
        other => Some(other),
    }
}

/// Merges `src` into `dst`, where `dst` wins; a `null` in `dst` removes the key (Helm's
/// `CoalesceTables`). Returns `dst`.
pub fn coalesce_tables(dst: &Map, src: &Map) -> Map {
    coalesce_tables_full_key(dst, src, "", false, &mut Vec::new());
    dst.clone()
}

/// Like [`coalesce_tables`] but keeps `null`s (Helm's `MergeTables`). Returns `dst`.
pub fn merge_tables(dst: &Map, src: &Map) -> Map {
    coalesce_tables_full_key(dst, src, "", true, &mut Vec::new());
    dst.clone()
}

fn coalesce_tables_full_key(dst: &Map, src: &Map, prefix: &str, merge: bool, w: &mut Vec<String>) {
    if dst.ptr_eq(src) {
        return;
    }
    let src_non_nil: Vec<String> = src
        .entries()
        .into_iter()
        .filter(|(_, v)| !v.is_nil())
        .map(|(k, _)| k)
        .collect();
    for (key, val) in dst.entries() {
        if val.is_nil() {
            src.insert(key, Value::Nil);
        }
    }
    for (key, val) in src.entries() {
        let full = concat_prefix(prefix, &key);
        match dst.get(&key) {
            Some(Value::Nil) if !merge && src_non_nil.contains(&key) => {
                dst.remove(&key);
            }
            None => {
                if let Some(val) = default_value(val, merge) {
                    dst.insert(key, val);
                }
            }
            Some(dv) => match (&val, &dv) {
                (Value::Map(sv), Value::Map(dm)) => {
                    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
                        coalesce_tables_full_key(dm, sv, &full, merge, w)
                    });
                }
                (Value::Map(_), _) => w.push(format!(
                    "warning: cannot overwrite table with non table for {full} ({})",
                    crate::fmt::sprint(std::slice::from_ref(&val))
                )),
                (_, Value::Map(_)) if !val.is_nil() => w.push(format!(
                    "warning: destination for {full} is a table. Ignoring non-table value ({})",
                    crate::fmt::sprint(std::slice::from_ref(&val))
                )),
                _ => {}
            },
        }
    }
}
