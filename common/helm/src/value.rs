//! The dynamic values templates work on: Go's `interface{}` world as a Rust enum.
//!
//! [`Value`] mirrors the Go kinds a template can meet: `nil`, booleans, the sized integer
//! kinds, `float64`, `complex128`, strings, `[]interface{}`, `map[string]interface{}`,
//! functions and host objects ([`Object`], Go structs and named types with methods).
//! Maps have reference semantics like Go maps (Sprig's `set` mutates them in place), so
//! [`Map`] is a shared, lock-protected [`Entries`] (sorted) whose iteration order is Go's sorted-key
//! order. Entry points: [`Value::from_json`], the `From` conversions, [`Value::truth`].

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

use crate::entries::Entries;
use crate::func::Func;

/// The signed integer kinds of Go (`int` is 64 bits wide, as on every platform Helm runs on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntKind {
    /// `int`
    Int,
    /// `int8`
    Int8,
    /// `int16`
    Int16,
    /// `int32` (also `rune`)
    Int32,
    /// `int64`
    Int64,
}

impl IntKind {
    /// Returns the Go spelling of the type.
    pub fn go_name(self) -> &'static str {
        match self {
            IntKind::Int => "int",
            IntKind::Int8 => "int8",
            IntKind::Int16 => "int16",
            IntKind::Int32 => "int32",
            IntKind::Int64 => "int64",
        }
    }

    /// Truncates `v` to the width of the kind, as a Go conversion does.
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntKind::Int | IntKind::Int64 => v,
            IntKind::Int8 => i64::from(v as i8),
            IntKind::Int16 => i64::from(v as i16),
            IntKind::Int32 => i64::from(v as i32),
        }
    }
}

/// The unsigned integer kinds of Go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UintKind {
    /// `uint`
    Uint,
    /// `uint8` (also `byte`)
    Uint8,
    /// `uint16`
    Uint16,
    /// `uint32`
    Uint32,
    /// `uint64`
    Uint64,
    /// `uintptr`
    Uintptr,
}

impl UintKind {
    /// Returns the Go spelling of the type.
    pub fn go_name(self) -> &'static str {
        match self {
            UintKind::Uint => "uint",
            UintKind::Uint8 => "uint8",
            UintKind::Uint16 => "uint16",
            UintKind::Uint32 => "uint32",
            UintKind::Uint64 => "uint64",
            UintKind::Uintptr => "uintptr",
        }
    }

    /// Truncates `v` to the width of the kind, as a Go conversion does.
    pub fn wrap(self, v: u64) -> u64 {
        match self {
            UintKind::Uint | UintKind::Uint64 | UintKind::Uintptr => v,
            UintKind::Uint8 => u64::from(v as u8),
            UintKind::Uint16 => u64::from(v as u16),
            UintKind::Uint32 => u64::from(v as u32),
        }
    }
}

/// A template value.
///
/// `Nil` is Go's "no value": a nil interface, a missing map key, an unset field. Typed nil
/// pointers are [`Object`]s whose [`Object::is_nil`] is true.
#[derive(Clone, Default)]
pub enum Value {
    /// The nil interface / invalid value; printed by an action as `<no value>`.
    #[default]
    Nil,
    /// `bool`
    Bool(bool),
    /// A signed integer of the given kind (already truncated to its width).
    Int(i64, IntKind),
    /// An unsigned integer of the given kind (already truncated to its width).
    Uint(u64, UintKind),
    /// `float64`
    Float(f64),
    /// `complex128` as (real, imaginary).
    Complex(f64, f64),
    /// `string`
    String(Arc<str>),
    /// `[]interface{}`
    List(Arc<Vec<Value>>),
    /// `map[string]interface{}` (shared and mutable like a Go map).
    Map(Map),
    /// A function value (see [`Func`]).
    Func(Func),
    /// A host object: a Go struct, pointer or named type with fields and methods.
    Object(Arc<dyn Object>),
}

impl Value {
    /// Returns a Go `int`.
    pub fn int(v: i64) -> Value {
        Value::Int(v, IntKind::Int)
    }

    /// Returns a Go `int64`.
    pub fn int64(v: i64) -> Value {
        Value::Int(v, IntKind::Int64)
    }

    /// Returns a Go `uint`.
    pub fn uint(v: u64) -> Value {
        Value::Uint(v, UintKind::Uint)
    }

    /// Returns a Go `string`.
    pub fn string(s: impl Into<Arc<str>>) -> Value {
        Value::String(s.into())
    }

    /// Returns a string value written by `write` into a reused per-thread buffer and then
    /// copied once into the shared string: one allocation, where building a `String` and
    /// converting it takes two and a copy (for the functions templates call most).
    pub fn build_string(write: impl FnOnce(&mut String)) -> Value {
        with_scratch(|buf| {
            write(buf);
            Value::string(buf.as_str())
        })
    }

    /// Like [`Value::build_string`] for a writer that can fail.
    pub fn try_build_string<E>(write: impl FnOnce(&mut String) -> Result<(), E>) -> Result<Value, E> {
        with_scratch(|buf| {
            write(buf)?;
            Ok(Value::string(buf.as_str()))
        })
    }

    /// Returns a Go `[]interface{}` holding `items`.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(items))
    }

    /// Returns a fresh Go `map[string]interface{}` holding `entries`.
    pub fn map(entries: BTreeMap<String, Value>) -> Value {
        Value::Map(Map::from_entries(entries))
    }

    /// Converts JSON into template values the way the Go conformance data means it:
    /// integral numbers become `int` (or `uint` above `i64::MAX`), other numbers `float64`.
    pub fn from_json(json: &serde_json::Value) -> Value {
        Self::from_json_with(json, false)
    }

    /// Converts JSON into template values the way Go's `encoding/json` (and Helm's values)
    /// do: every number becomes a `float64`.
    pub fn from_json_float64(json: &serde_json::Value) -> Value {
        Self::from_json_with(json, true)
    }

    fn from_json_with(json: &serde_json::Value, all_float: bool) -> Value {
        match json {
            serde_json::Value::Null => Value::Nil,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => {
                if all_float {
                    Value::Float(n.as_f64().unwrap_or(0.0))
                } else if let Some(i) = n.as_i64() {
                    Value::int(i)
                } else if let Some(u) = n.as_u64() {
                    Value::uint(u)
                } else {
                    Value::Float(n.as_f64().unwrap_or(0.0))
                }
            }
            serde_json::Value::String(s) => Value::string(s.as_str()),
            serde_json::Value::Array(items) => {
                Value::list(items.iter().map(|v| Self::from_json_with(v, all_float)).collect())
            }
            serde_json::Value::Object(entries) => Value::map(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), Self::from_json_with(v, all_float)))
                    .collect(),
            ),
        }
    }

    /// Reports whether the value is Go's nil interface (`Value::Nil`).
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// Returns the string if the value is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Returns the value Go's `if` tests: false for nil, zero numbers, empty strings, lists
    /// and maps, nil objects and `false`; true for everything else (structs, functions).
    pub fn truth(&self) -> bool {
        match self {
            Value::Nil => false,
            Value::Bool(b) => *b,
            Value::Int(i, _) => *i != 0,
            Value::Uint(u, _) => *u != 0,
            Value::Float(f) => *f != 0.0,
            Value::Complex(re, im) => *re != 0.0 || *im != 0.0,
            Value::String(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Map(m) => !m.is_empty(),
            Value::Func(_) => true,
            Value::Object(o) => {
                if o.is_nil() {
                    false
                } else if o.is_pointer() {
                    true
                } else {
                    match o.underlying() {
                        Some(v) => v.truth(),
                        None => true,
                    }
                }
            }
        }
    }

    /// Reports whether the value is nil in Go's sense: the nil interface or a nil object.
    pub fn is_go_nil(&self) -> bool {
        match self {
            Value::Nil => true,
            Value::Object(o) => o.is_nil(),
            _ => false,
        }
    }

    /// Returns Go's reflection kind of the value.
    pub fn go_kind(&self) -> GoKind {
        match self {
            Value::Nil => GoKind::Invalid,
            Value::Bool(_) => GoKind::Bool,
            Value::Int(..) => GoKind::Int,
            Value::Uint(..) => GoKind::Uint,
            Value::Float(_) => GoKind::Float,
            Value::Complex(..) => GoKind::Complex,
            Value::String(_) => GoKind::String,
            Value::List(_) => GoKind::Slice,
            Value::Map(_) => GoKind::Map,
            Value::Func(_) => GoKind::Func,
            Value::Object(o) => {
                if o.is_pointer() {
                    GoKind::Pointer
                } else {
                    match o.underlying() {
                        Some(u) => u.go_kind(),
                        None => GoKind::Struct,
                    }
                }
            }
        }
    }

    /// Returns Go's name of the value's dynamic type, as `%T` prints it.
    pub fn type_name(&self) -> String {
        match self {
            Value::Nil => "<nil>".to_string(),
            Value::Bool(_) => "bool".to_string(),
            Value::Int(_, k) => k.go_name().to_string(),
            Value::Uint(_, k) => k.go_name().to_string(),
            Value::Float(_) => "float64".to_string(),
            Value::Complex(..) => "complex128".to_string(),
            Value::String(_) => "string".to_string(),
            Value::List(_) => "[]interface {}".to_string(),
            Value::Map(m) if m.is_typed() => format!("map[string]{}", m.zero_value().type_name()),
            Value::Map(_) => "map[string]interface {}".to_string(),
            Value::Func(f) => f.signature().to_string(),
            Value::Object(o) => o.type_name(),
        }
    }
}

/// Runs `f` with an empty buffer from a small per-thread pool (a buffer is taken out while in
/// use, so nested calls — an `include` whose template quotes — each get their own).
fn with_scratch<R>(f: impl FnOnce(&mut String) -> R) -> R {
    /// Buffers that grew past this are dropped rather than kept.
    const KEEP: usize = 64 * 1024;
    /// How many idle buffers a thread keeps.
    const POOL: usize = 8;
    thread_local!(static BUFFERS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) });
    let mut buf = BUFFERS.with(|b| b.borrow_mut().pop()).unwrap_or_default();
    buf.clear();
    let r = f(&mut buf);
    if buf.capacity() <= KEEP {
        BUFFERS.with(|b| {
            let mut b = b.borrow_mut();
            if b.len() < POOL {
                b.push(buf);
            }
        });
    }
    r
}

/// Go's reflection kinds, as far as template values have them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoKind {
    /// No value (nil interface).
    Invalid,
    /// `bool`
    Bool,
    /// Signed integers.
    Int,
    /// Unsigned integers.
    Uint,
    /// Floats.
    Float,
    /// Complex numbers.
    Complex,
    /// Strings.
    String,
    /// Slices and arrays.
    Slice,
    /// Maps.
    Map,
    /// Functions.
    Func,
    /// Structs (objects without an underlying value).
    Struct,
    /// Pointers.
    Pointer,
}

impl Value {
    /// Returns the value `len`, `index`, `slice` and `range` look at: an object's underlying
    /// value (pointers are followed, as Go's `indirect` does), or the value itself.
    pub fn kind_value(&self) -> Value {
        match self {
            Value::Object(o) if !o.is_nil() => o.underlying().unwrap_or_else(|| self.clone()),
            _ => self.clone(),
        }
    }

    /// Returns the value comparisons look at: like [`Value::kind_value`], but pointers are
    /// compared as pointers.
    pub fn cmp_value(&self) -> Value {
        match self {
            Value::Object(o) if !o.is_nil() && !o.is_pointer() => o.underlying().unwrap_or_else(|| self.clone()),
            _ => self.clone(),
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}({})",
            self.type_name(),
            crate::fmt::sprint(std::slice::from_ref(self))
        )
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::int(v)
    }
}

impl From<i32> for Value {
    fn from(v: i32) -> Self {
        Value::int(i64::from(v))
    }
}

impl From<u64> for Value {
    fn from(v: u64) -> Self {
        Value::uint(v)
    }
}

impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Value::Float(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::string(v)
    }
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::string(v)
    }
}

impl From<Vec<Value>> for Value {
    fn from(v: Vec<Value>) -> Self {
        Value::list(v)
    }
}

impl From<Map> for Value {
    fn from(v: Map) -> Self {
        Value::Map(v)
    }
}

impl From<Func> for Value {
    fn from(v: Func) -> Self {
        Value::Func(v)
    }
}

/// A Go `map[string]interface{}` (or, for host data, a `map[string]T` whose element type has
/// a zero value of its own): shared between every value that holds it, mutable through any
/// of them, iterated in sorted key order.
#[derive(Clone, Default)]
pub struct Map(Arc<MapCell>);

#[derive(Default)]
struct MapCell {
    entries: RwLock<Entries>,
    /// The element type's zero value when it is not `interface{}` (whose zero is nil).
    zero: Option<Value>,
}

impl Map {
    /// Returns a new empty map.
    pub fn new() -> Map {
        Map::default()
    }

    /// Returns a new map holding `entries`.
    pub fn from_entries(entries: BTreeMap<String, Value>) -> Map {
        Map::from_sorted(Entries::from(entries))
    }

    /// Returns a new map holding `entries`.
    pub fn from_sorted(entries: Entries) -> Map {
        Map(Arc::new(MapCell {
            entries: RwLock::new(entries),
            zero: None,
        }))
    }

    /// Returns a typed Go map (`map[string]int`, …) holding `entries`: `zero` is its element
    /// type's zero value, what `index` and `missingkey=zero` yield for a missing key.
    pub fn typed(entries: BTreeMap<String, Value>, zero: Value) -> Map {
        Map(Arc::new(MapCell {
            entries: RwLock::new(Entries::from(entries)),
            zero: Some(zero),
        }))
    }

    /// Returns the zero value of the element type: nil for `map[string]interface{}`.
    pub fn zero_value(&self) -> Value {
        self.0.zero.clone().unwrap_or(Value::Nil)
    }

    /// Reports whether the element type is not `interface{}` (see [`Map::typed`]).
    pub fn is_typed(&self) -> bool {
        self.0.zero.is_some()
    }

    fn read(&self) -> RwLockReadGuard<'_, Entries> {
        self.0.entries.read().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, Entries> {
        self.0.entries.write().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Returns the value stored under `key`.
    pub fn get(&self, key: &str) -> Option<Value> {
        self.read().get(key).cloned()
    }

    /// Reports whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.read().contains_key(key)
    }

    /// Stores `value` under `key`, returning the previous value.
    pub fn insert(&self, key: impl Into<Arc<str>>, value: Value) -> Option<Value> {
        self.write().insert(key.into(), value)
    }

    /// Removes `key`, returning its value.
    pub fn remove(&self, key: &str) -> Option<Value> {
        self.write().remove(key)
    }

    /// Returns the number of entries.
    pub fn len(&self) -> usize {
        self.read().len()
    }

    /// Reports whether the map has no entries.
    pub fn is_empty(&self) -> bool {
        self.read().is_empty()
    }

    /// Returns the keys in sorted order.
    pub fn keys(&self) -> Vec<String> {
        self.read().keys().map(|k| k.to_string()).collect()
    }

    /// Returns a snapshot of the entries in sorted key order, keys as string values (what
    /// `range` binds; the keys are shared, not copied).
    pub fn value_entries(&self) -> Vec<(Value, Value)> {
        self.read()
            .iter()
            .map(|(k, v)| (Value::String(k.clone()), v.clone()))
            .collect()
    }

    /// Returns a snapshot of the entries in sorted key order.
    pub fn entries(&self) -> Vec<(String, Value)> {
        self.read().iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    /// Runs `f` on the entries while holding the read lock. `f` must not touch this map.
    pub fn with<R>(&self, f: impl FnOnce(&Entries) -> R) -> R {
        f(&self.read())
    }

    /// Runs `f` on the entries while holding the write lock. `f` must not touch this map.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Entries) -> R) -> R {
        f(&mut self.write())
    }

    /// Reports whether both handles refer to the same Go map.
    pub fn ptr_eq(&self, other: &Map) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }

    pub(crate) fn addr(&self) -> usize {
        Arc::as_ptr(&self.0) as *const () as usize
    }
}

impl fmt::Debug for Map {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", Value::Map(self.clone()))
    }
}

/// A host object: the template view of a Go struct, pointer or named type.
///
/// Field access `.Name` first looks for a method (called with the action's arguments), then a
/// struct field, then — when [`Object::underlying`] is a map — a map key. `len`, `index`,
/// `range`, `slice` and comparisons use the underlying value.
pub trait Object: Send + Sync {
    /// Returns the Go type name, as `%T` prints it (e.g. `*chartutil.Capabilities`).
    fn type_name(&self) -> String;

    /// Returns the method `name` bound to this object, if there is one.
    fn method(&self, name: &str) -> Option<Func> {
        let _ = name;
        None
    }

    /// Returns the exported field `name`, if there is one.
    fn field(&self, name: &str) -> Option<Value> {
        let _ = name;
        None
    }

    /// Returns the value of the underlying kind for named slices, maps, strings and numbers.
    fn underlying(&self) -> Option<Value> {
        None
    }

    /// Returns the result of the `String()` (or `Error()`) method used for printing.
    fn string_method(&self) -> Option<String> {
        None
    }

    /// Returns the struct fields in declaration order for `%v` printing (`{a b}`).
    fn struct_fields(&self) -> Option<Vec<(String, Value)>> {
        None
    }

    /// Reports whether this is a typed nil (pointer, map, …): false in `if`, `<nil>` when
    /// printed, equal to `nil` in `eq`.
    fn is_nil(&self) -> bool {
        false
    }

    /// Reports whether this is a pointer: true in `if` when not nil, compared by identity in
    /// `eq`, followed by `len`, `index`, `range` and printing through [`Object::underlying`].
    fn is_pointer(&self) -> bool {
        false
    }

    /// Returns the object as `Any`, so functions can recognise their own host types (Sprig's
    /// time values and semantic versions).
    fn as_any(&self) -> Option<&dyn std::any::Any> {
        None
    }

    /// Go's `index` on this object, for host data the value model has no form for (a map
    /// with integer keys, …): the element under `key`, or the error Go reports. `None` (the
    /// default) when the object indexes like its underlying value.
    fn index(&self, key: &Value) -> Option<Result<Value, String>> {
        let _ = key;
        None
    }

    /// Go's `slice` on this object (a slice with capacity beyond its length, …), given the
    /// one to three indexes; `None` (the default) when it slices like its underlying value.
    fn slice(&self, indexes: &[Value]) -> Option<Result<Value, String>> {
        let _ = indexes;
        None
    }

    /// What ranging over this object yields when it is a Go iterator function (`iter.Seq`,
    /// `iter.Seq2`); `None` (the default) otherwise.
    fn iterate(&self) -> Option<Iteration> {
        None
    }
}

/// The values a Go iterator function yields (see [`Object::iterate`]).
#[derive(Clone, Debug)]
pub enum Iteration {
    /// `iter.Seq[V]`: one value per step.
    Seq(Vec<Value>),
    /// `iter.Seq2[K, V]`: a pair per step.
    Seq2(Vec<(Value, Value)>),
}
