//! [`Entries`]: the contents of a template map, sorted by key. Most maps of a chart are
//! small (a container's resources, one item of a list), so up to [`SMALL_MAX`] entries live
//! in one sorted vector — a single allocation of exactly the entries, searched by bisection —
//! and larger maps in a `BTreeMap`. Iteration is in key order either way (Go's sorted-key
//! order for `range` and printing). Keys are shared strings: copying a map, or handing its
//! keys to `range`, copies no text.

use std::collections::{BTreeMap, btree_map};
use std::sync::Arc;

use crate::value::Value;

/// The most entries kept in the sorted vector; a map that grows past it becomes a B-tree
/// (so building a large map key by key stays O(n log n)).
pub const SMALL_MAX: usize = 16;

/// Up to this many entries, a lookup scans instead of bisecting.
const SCAN_MAX: usize = 6;

/// The entries of a map in key order (see the module documentation).
#[derive(Clone)]
pub enum Entries {
    /// Up to `SMALL_MAX` (16) entries, sorted by key, keys unique.
    Small(Vec<(Arc<str>, Value)>),
    /// More entries.
    Large(BTreeMap<Arc<str>, Value>),
}

impl Default for Entries {
    fn default() -> Self {
        Entries::Small(Vec::new())
    }
}

impl From<BTreeMap<String, Value>> for Entries {
    fn from(map: BTreeMap<String, Value>) -> Self {
        if map.len() <= SMALL_MAX {
            Entries::Small(map.into_iter().map(|(k, v)| (Arc::from(k), v)).collect())
        } else {
            Entries::Large(map.into_iter().map(|(k, v)| (Arc::from(k), v)).collect())
        }
    }
}

impl Entries {
    /// Returns an empty map.
    pub fn new() -> Entries {
        Entries::default()
    }

    fn find(v: &[(Arc<str>, Value)], key: &str) -> Result<usize, usize> {
        v.binary_search_by(|(k, _)| (**k).cmp(key))
    }

    /// Builds the entries from pairs in any order — sorted once, which is cheaper than
    /// inserting one by one into a large map; `None` when a key occurs twice.
    pub fn from_pairs(mut pairs: Vec<(Arc<str>, Value)>) -> Option<Entries> {
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        if pairs.windows(2).any(|w| w[0].0 == w[1].0) {
            return None;
        }
        Some(if pairs.len() <= SMALL_MAX {
            Entries::Small(pairs)
        } else {
            Entries::Large(pairs.into_iter().collect())
        })
    }

    /// Returns the value stored under `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            // A few entries are scanned: string equality rejects most keys by length alone.
            Entries::Small(v) if v.len() <= SCAN_MAX => v.iter().find(|(k, _)| **k == *key).map(|(_, x)| x),
            Entries::Small(v) => Self::find(v, key).ok().and_then(|i| v.get(i)).map(|(_, x)| x),
            Entries::Large(m) => m.get(key),
        }
    }

    /// Reports whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Stores `value` under `key`, returning the previous value.
    pub fn insert(&mut self, key: impl Into<Arc<str>>, value: Value) -> Option<Value> {
        let key: Arc<str> = key.into();
        match self {
            Entries::Small(v) => match Self::find(v, &key) {
                Ok(i) => v.get_mut(i).map(|slot| std::mem::replace(&mut slot.1, value)),
                Err(i) if v.len() < SMALL_MAX => {
                    v.insert(i, (key, value));
                    None
                }
                Err(_) => {
                    let mut m: BTreeMap<Arc<str>, Value> = std::mem::take(v).into_iter().collect();
                    m.insert(key, value);
                    *self = Entries::Large(m);
                    None
                }
            },
            Entries::Large(m) => m.insert(key, value),
        }
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        match self {
            Entries::Small(v) => Self::find(v, key).ok().map(|i| v.remove(i).1),
            Entries::Large(m) => m.remove(key),
        }
    }

    /// Returns the number of entries.
    pub fn len(&self) -> usize {
        match self {
            Entries::Small(v) => v.len(),
            Entries::Large(m) => m.len(),
        }
    }

    /// Reports whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Iterates over the entries in key order.
    pub fn iter(&self) -> Iter<'_> {
        match self {
            Entries::Small(v) => Iter::Small(v.iter()),
            Entries::Large(m) => Iter::Large(m.iter()),
        }
    }

    /// Iterates over the keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &Arc<str>> {
        self.iter().map(|(k, _)| k)
    }

    /// Iterates over the values in key order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(_, v)| v)
    }

    /// Iterates over the values in key order, mutably.
    pub fn values_mut(&mut self) -> ValuesMut<'_> {
        match self {
            Entries::Small(v) => ValuesMut::Small(v.iter_mut()),
            Entries::Large(m) => ValuesMut::Large(m.values_mut()),
        }
    }

    /// Keeps the entries for which `keep` returns true.
    pub fn retain(&mut self, mut keep: impl FnMut(&Arc<str>, &mut Value) -> bool) {
        match self {
            Entries::Small(v) => v.retain_mut(|(k, x)| keep(k, x)),
            Entries::Large(m) => m.retain(|k, x| keep(k, x)),
        }
    }
}

/// An iterator over [`Entries`] in key order.
pub enum Iter<'a> {
    /// Over the sorted vector.
    Small(std::slice::Iter<'a, (Arc<str>, Value)>),
    /// Over the B-tree.
    Large(btree_map::Iter<'a, Arc<str>, Value>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a Arc<str>, &'a Value);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Small(it) => it.next().map(|(k, v)| (k, v)),
            Iter::Large(it) => it.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Iter::Small(it) => it.size_hint(),
            Iter::Large(it) => it.size_hint(),
        }
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        match self {
            Iter::Small(it) => it.next_back().map(|(k, v)| (k, v)),
            Iter::Large(it) => it.next_back(),
        }
    }
}

impl ExactSizeIterator for Iter<'_> {}

/// A mutable iterator over the values of [`Entries`] in key order.
pub enum ValuesMut<'a> {
    /// Over the sorted vector.
    Small(std::slice::IterMut<'a, (Arc<str>, Value)>),
    /// Over the B-tree.
    Large(btree_map::ValuesMut<'a, Arc<str>, Value>),
}

impl<'a> Iterator for ValuesMut<'a> {
    type Item = &'a mut Value;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            ValuesMut::Small(it) => it.next().map(|(_, v)| v),
            ValuesMut::Large(it) => it.next(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(e: &Entries) -> Vec<String> {
        e.keys().map(|k| k.to_string()).collect()
    }

    #[test]
    fn stays_sorted_and_grows_into_a_tree() {
        let mut e = Entries::new();
        for i in (0..40).rev() {
            assert!(e.insert(format!("k{i:02}").as_str(), Value::int(i)).is_none());
            assert!(keys(&e).windows(2).all(|w| w[0] < w[1]));
        }
        assert!(matches!(e, Entries::Large(_)));
        assert_eq!(e.len(), 40);
        assert!(matches!(e.get("k07"), Some(Value::Int(7, _))));
        assert!(matches!(e.insert("k07", Value::int(70)), Some(Value::Int(7, _))));
        assert!(matches!(e.remove("k07"), Some(Value::Int(70, _))));
        assert!(!e.contains_key("k07"));
    }

    #[test]
    fn small_map_operations() {
        let mut e = Entries::from(BTreeMap::from([
            ("b".to_string(), Value::int(2)),
            ("a".to_string(), Value::int(1)),
        ]));
        assert!(matches!(e, Entries::Small(_)));
        assert_eq!(keys(&e), ["a", "b"]);
        e.insert("c", Value::Nil);
        e.retain(|_, v| !v.is_nil());
        assert_eq!(keys(&e), ["a", "b"]);
        for v in e.values_mut() {
            *v = Value::int(0);
        }
        assert!(e.values().all(|v| matches!(v, Value::Int(0, _))));
        assert_eq!(e.iter().rev().map(|(k, _)| &**k).collect::<Vec<_>>(), ["b", "a"]);
        assert!(e.remove("zz").is_none());
        assert_eq!(e.len(), 2);
    }
}
