//! `replacements`: copies a value from one field of one object (or a literal `sourceValue`)
//! into fields of other objects. Entry point: [`apply`], run after the other built-in
//! transformers of a kustomization, with the entries already loaded by [`load`].
//!
//! Semantics follow kustomize's replacement filter: the source is selected by exact
//! group/version/kind/name/namespace (current or previous ids), targets by anchored regular
//! expressions plus label and annotation selectors, minus `reject` selectors; field paths are
//! dotted (`a.b.[name=x].c`, `*`, list indexes), and `options` split/join the value on a
//! delimiter or create missing fields.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::resource::{ResMap, Resource, effective_ns, is_cluster_scoped};
use crate::transformers::patches::LabelSelector;

/// The field a source or target uses when none is given.
const DEFAULT_FIELD_PATH: &str = "metadata.name";

/// Turns the `replacements` entries of a kustomization into replacement objects, reading the
/// entries that name a `path` with `read` (a file holding one replacement or a list).
pub fn load(entries: &[Value], read: &dyn Fn(&str) -> Result<String>) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.get("path").and_then(Value::as_str).unwrap_or("");
        if path.is_empty() {
            out.push(entry.clone());
            continue;
        }
        if entry.get("source").is_some() || entry.get("targets").is_some() {
            return Err(Error::Other(
                "cannot specify both path and inline replacement".to_owned(),
            ));
        }
        let text = read(path)?;
        let docs = crate::yaml::parse_documents(&text).map_err(|message| Error::Yaml {
            file: path.to_owned(),
            message,
        })?;
        match docs.into_iter().next() {
            Some(Value::Array(items)) => out.extend(items),
            Some(item @ Value::Object(_)) => out.push(item),
            _ => {
                return Err(Error::Other(format!(
                    "unsupported replacement type encountered within replacement path: {path}"
                )));
            }
        }
    }
    Ok(out)
}

fn text(value: &Value, key: &str) -> String {
    value.get(key).and_then(Value::as_str).unwrap_or("").to_owned()
}

/// A resource id as kustomize's selectors see it.
#[derive(Debug, Clone, Default)]
struct Id {
    group: String,
    version: String,
    kind: String,
    name: String,
    namespace: String,
}

impl Id {
    fn from_selector(value: &Value) -> Self {
        Id {
            group: text(value, "group"),
            version: text(value, "version"),
            kind: text(value, "kind"),
            name: text(value, "name"),
            namespace: text(value, "namespace"),
        }
    }

    fn is_empty(&self) -> bool {
        self.group.is_empty()
            && self.version.is_empty()
            && self.kind.is_empty()
            && self.name.is_empty()
            && self.namespace.is_empty()
    }

    fn effective_namespace(&self) -> &str {
        if is_cluster_scoped(&self.kind) {
            "_non_namespaceable_"
        } else {
            effective_ns(&self.namespace)
        }
    }

    /// Exact selection (kustomize's `ResId.IsSelectedBy`).
    fn is_selected_by(&self, selector: &Id) -> bool {
        (selector.name.is_empty() || selector.name == self.name)
            && (selector.namespace.is_empty() || selector.effective_namespace() == self.effective_namespace())
            && (selector.group.is_empty() || selector.group == self.group)
            && (selector.version.is_empty() || selector.version == self.version)
            && (selector.kind.is_empty() || selector.kind == self.kind)
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let or = |s: &str, d: &'static str| if s.is_empty() { d.to_owned() } else { s.to_owned() };
        write!(
            f,
            "{}.{}.{}/{}.{}",
            or(&self.kind, "[noKind]"),
            or(&self.version, "[noVer]"),
            or(&self.group, "[noGrp]"),
            or(&self.name, "[noName]"),
            or(&self.namespace, "[noNs]")
        )
    }
}

/// The current id of a resource, then its previous ones.
fn ids(r: &Resource) -> Vec<Id> {
    let current = Id {
        group: r.group().to_owned(),
        version: r.version().to_owned(),
        kind: r.kind().to_owned(),
        name: r.name().to_owned(),
        namespace: r.namespace().to_owned(),
    };
    let mut out = vec![current.clone()];
    let len = r.history.len();
    for (i, (ns, name)) in r.history.iter().enumerate() {
        if i + 1 == len && *ns == current.namespace && *name == current.name {
            continue;
        }
        out.push(Id {
            name: name.clone(),
            namespace: ns.clone(),
            ..current.clone()
        });
    }
    out
}

/// Field options (`delimiter`, `index`, `create`).
#[derive(Debug, Default)]
struct Options {
    delimiter: String,
    index: i64,
    create: bool,
}

impl Options {
    fn from(value: Option<&Value>) -> Self {
        let Some(v) = value else { return Self::default() };
        Options {
            delimiter: text(v, "delimiter"),
            index: v.get("index").and_then(Value::as_i64).unwrap_or(0),
            create: v.get("create").and_then(Value::as_bool).unwrap_or(false),
        }
    }

    fn describe(&self) -> String {
        if self.delimiter.is_empty() && !self.create {
            return String::new();
        }
        format!("{}({}), create={}", self.delimiter, self.index, self.create)
    }
}

/// A selector compiled to anchored regular expressions.
struct RegexSelector {
    id: Id,
    group: Option<regex::Regex>,
    version: Option<regex::Regex>,
    kind: Option<regex::Regex>,
    name: Option<regex::Regex>,
    namespace: Option<regex::Regex>,
    labels: Option<LabelSelector>,
    annotations: Option<LabelSelector>,
}

fn anchored(pattern: &str) -> Result<Option<regex::Regex>> {
    if pattern.is_empty() {
        return Ok(None);
    }
    regex::Regex::new(&format!("^(?:{pattern})$"))
        .map(Some)
        .map_err(|e| Error::Other(format!("error creating target selector: {e}")))
}

impl RegexSelector {
    fn new(value: &Value) -> Result<Self> {
        let id = Id::from_selector(value);
        let selector = |key: &str| -> Result<Option<LabelSelector>> {
            let s = text(value, key);
            if s.is_empty() {
                Ok(None)
            } else {
                LabelSelector::parse(&s).map(Some)
            }
        };
        Ok(Self {
            group: anchored(&id.group)?,
            version: anchored(&id.version)?,
            kind: anchored(&id.kind)?,
            name: anchored(&id.name)?,
            namespace: anchored(&id.namespace)?,
            labels: selector("labelSelector")?,
            annotations: selector("annotationSelector")?,
            id,
        })
    }

    fn matches_id(&self, id: &Id) -> bool {
        let ok = |re: &Option<regex::Regex>, s: &str| re.as_ref().is_none_or(|re| re.is_match(s));
        ok(&self.group, &id.group)
            && ok(&self.version, &id.version)
            && ok(&self.kind, &id.kind)
            && ok(&self.name, &id.name)
            && ok(&self.namespace, &id.namespace)
    }

    fn has_meta_selectors(&self) -> bool {
        self.labels.is_some() || self.annotations.is_some()
    }

    fn matches_meta(&self, r: &Resource) -> bool {
        self.labels
            .as_ref()
            .is_none_or(|s| s.matches(r.object.pointer("/metadata/labels")))
            && self
                .annotations
                .as_ref()
                .is_none_or(|s| s.matches(r.object.pointer("/metadata/annotations")))
    }
}

/// Splits a dotted field path: `\.` escapes a dot, `[a.b=c]` keeps its dots.
pub(crate) fn split_path(path: &str) -> Vec<String> {
    let mut raw: Vec<String> = Vec::new();
    let mut parts: Vec<&str> = path.split('.').collect();
    if parts.len() > 1 && parts.first() == Some(&"") {
        parts.remove(0);
    }
    for part in parts {
        match raw.last_mut() {
            Some(last) if last.ends_with('\\') => {
                last.pop();
                last.push('.');
                last.push_str(part);
            }
            _ => raw.push(part.to_owned()),
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let elem = &raw[i];
        if elem.starts_with('[') && !elem.ends_with(']') {
            let mut bracketed = vec![elem.clone()];
            while i + 1 < raw.len() {
                i += 1;
                bracketed.push(raw[i].clone());
                if raw[i].ends_with(']') {
                    break;
                }
            }
            let joined = bracketed.join(".");
            if joined.contains('=') {
                out.push(joined);
            } else {
                out.push(joined.trim_matches(|c| c == '[' || c == ']').to_owned());
            }
        } else {
            out.push(elem.clone());
        }
        i += 1;
    }
    out
}

/// The text of a scalar (empty for maps, lists and null).
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Object(_) | Value::Array(_))
}

fn is_index(part: &str) -> Option<usize> {
    if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn split_index(part: &str) -> Result<(&str, &str)> {
    let inner = part.trim_start_matches('[').trim_end_matches(']');
    inner.split_once('=').ok_or_else(|| {
        Error::Other("list path element must contain fieldName=fieldValue for element to match".to_owned())
    })
}

/// Looks a dotted path up (exact `[k=v]` matches), as kustomize reads a source.
pub(crate) fn lookup<'a>(value: &'a Value, path: &[String]) -> Option<&'a Value> {
    let Some((first, rest)) = path.split_first() else {
        return Some(value);
    };
    if first.starts_with('[') && first.ends_with(']') {
        let (field, wanted) = split_index(first).ok()?;
        let items = value.as_array()?;
        let found = items.iter().find(|item| {
            if field.is_empty() {
                scalar_text(item) == wanted
            } else {
                item.get(field)
                    .is_some_and(|v| is_scalar(v) && scalar_text(v) == wanted)
            }
        })?;
        return lookup(found, rest);
    }
    if let Some(i) = is_index(first)
        && let Value::Array(items) = value
    {
        return lookup(items.get(i)?, rest);
    }
    lookup(value.as_object()?.get(first.as_str())?, rest)
}

/// The kind of node a created field gets.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Scalar,
    Map,
    Seq,
}

fn kind_of(value: &Value) -> Kind {
    match value {
        Value::Object(_) => Kind::Map,
        Value::Array(_) => Kind::Seq,
        _ => Kind::Scalar,
    }
}

/// A new node for the path part that comes next (a created scalar is null, meaning untyped).
fn fresh(next: Option<&String>, default: Kind) -> Value {
    let kind = match next {
        Some(p) if (p.starts_with('[') && p.ends_with(']')) || is_index(p).is_some() => Kind::Seq,
        Some(p) if !p.is_empty() => Kind::Map,
        _ => default,
    };
    match kind {
        Kind::Scalar => Value::Null,
        Kind::Map => Value::Object(Map::new()),
        Kind::Seq => Value::Array(Vec::new()),
    }
}

fn wrong_kind(expected: &str) -> Error {
    Error::Other(format!("wrong node kind: expected {expected}"))
}

/// Calls `f` on every node a path matches (kustomize's path matcher: `[k=v]` matches by an
/// unanchored regular expression, `*` every item, numbers an index), creating missing fields
/// when `create` is set. Returns how many nodes matched.
fn path_match(
    node: &mut Value,
    path: &[String],
    create: Option<Kind>,
    f: &mut dyn FnMut(&mut Value) -> Result<()>,
) -> Result<usize> {
    let Some((first, rest)) = path.split_first() else {
        f(node)?;
        return Ok(1);
    };
    if let Some(idx) = is_index(first) {
        let Value::Array(items) = node else {
            return Err(wrong_kind("SequenceNode"));
        };
        if let Some(kind) = create
            && items.len() == idx
        {
            items.push(fresh(rest.first(), kind));
        }
        let len = items.len();
        let Some(item) = items.get_mut(idx) else {
            return Err(Error::Other(format!(
                "index {idx} specified but only {len} elements found"
            )));
        };
        return path_match(item, rest, create, f);
    }
    if first.starts_with('[') && first.ends_with(']') {
        let (field, pattern) = split_index(first)?;
        let re = regex::Regex::new(pattern).map_err(|e| Error::Other(e.to_string()))?;
        let Value::Array(items) = node else {
            return Err(wrong_kind("SequenceNode"));
        };
        let mut count = 0;
        for item in items.iter_mut() {
            if field.is_empty() {
                if is_scalar(item) && re.is_match(&scalar_text(item)) {
                    f(item)?;
                    count += 1;
                }
            } else if item
                .get(field)
                .is_some_and(|v| !v.is_null() && re.is_match(&scalar_text(v)))
            {
                count += path_match(item, rest, create, f)?;
            }
        }
        if count > 0 {
            return Ok(count);
        }
        let Some(kind) = create else { return Ok(0) };
        let elem = if field.is_empty() {
            Value::String(pattern.to_owned())
        } else {
            let mut m = Map::new();
            m.insert(field.to_owned(), Value::String(pattern.to_owned()));
            Value::Object(m)
        };
        items.push(elem);
        let Some(item) = items.last_mut() else { return Ok(0) };
        if field.is_empty() {
            f(item)?;
            return Ok(1);
        }
        return path_match(item, rest, Some(kind), f);
    }
    if first == "*" {
        let Value::Array(items) = node else {
            return Err(wrong_kind("SequenceNode"));
        };
        let mut count = 0;
        for item in items.iter_mut() {
            count += path_match(item, rest, create, f)?;
        }
        return Ok(count);
    }
    let Value::Object(map) = node else { return Ok(0) };
    let absent = match map.get(first.as_str()) {
        None => true,
        Some(Value::Null) => !rest.is_empty(),
        Some(_) => false,
    };
    if absent {
        let Some(kind) = create else { return Ok(0) };
        map.insert(first.clone(), fresh(rest.first(), kind));
    }
    match map.get_mut(first.as_str()) {
        Some(child) => path_match(child, rest, create, f),
        None => Ok(0),
    }
}

/// Reads an untyped scalar the way YAML resolves a plain scalar.
fn resolve_plain(text: &str) -> Value {
    match crate::yaml::parse_documents(text) {
        Ok(docs) => match docs.as_slice() {
            [v @ (Value::Number(_) | Value::Bool(_))] => v.clone(),
            _ => Value::String(text.to_owned()),
        },
        Err(_) => Value::String(text.to_owned()),
    }
}

/// Writes `value` into one target field.
fn set_field(options: &Options, target: &mut Value, value: &Value) -> Result<()> {
    let mut new_text = None;
    if !options.delimiter.is_empty() {
        if !is_scalar(target) {
            return Err(Error::Other(
                "delimiter option can only be used with scalar nodes".to_owned(),
            ));
        }
        let current = scalar_text(target);
        let mut parts: Vec<String> = current.split(options.delimiter.as_str()).map(str::to_owned).collect();
        let v = scalar_text(value);
        if options.index < 0 {
            parts.insert(0, v);
        } else if options.index as usize >= parts.len() {
            parts.push(v);
        } else {
            parts[options.index as usize] = v;
        }
        new_text = Some(parts.join(&options.delimiter));
    }
    if is_scalar(target) {
        let text = new_text.unwrap_or_else(|| scalar_text(value));
        *target = match target {
            Value::Number(_) => match resolve_plain(&text) {
                n @ Value::Number(_) => n,
                _ => Value::String(text),
            },
            Value::Bool(_) => match resolve_plain(&text) {
                b @ Value::Bool(_) => b,
                _ => Value::String(text),
            },
            Value::Null => resolve_plain(&text),
            _ => Value::String(text),
        };
    } else {
        *target = match new_text {
            Some(t) => Value::String(t),
            None => value.clone(),
        };
    }
    Ok(())
}

fn source_value(map: &ResMap, replacement: &Value) -> Result<Value> {
    let source = replacement.get("source").filter(|s| !s.is_null());
    let literal = replacement.get("sourceValue").filter(|s| !s.is_null());
    match (source, literal) {
        (Some(_), Some(_)) => Err(Error::Other(
            "value and resource selectors are mutually exclusive".to_owned(),
        )),
        (None, Some(v)) => Ok(resolve_plain(&scalar_text(v))),
        (None, None) => Err(Error::Other(
            "replacements must specify a source and at least one target".to_owned(),
        )),
        (Some(source), None) => {
            let selector = Id::from_selector(source);
            let mut field_path = text(source, "fieldPath");
            if field_path.is_empty() {
                field_path = DEFAULT_FIELD_PATH.to_owned();
            }
            let options = Options::from(source.get("options"));
            let describe = || {
                let mut parts = vec![selector.to_string(), field_path.clone()];
                let o = options.describe();
                if !o.is_empty() {
                    parts.push(o);
                }
                parts.join(":")
            };
            let mut found: Option<&Resource> = None;
            for r in &map.resources {
                if ids(r).iter().any(|id| id.is_selected_by(&selector)) {
                    if found.is_some() {
                        return Err(Error::Other(format!("multiple matches for selector {}", describe())));
                    }
                    found = Some(r);
                }
            }
            let Some(r) = found else {
                return Err(Error::Other(format!("nothing selected by {}", describe())));
            };
            let value = lookup(&r.object, &split_path(&field_path)).filter(|v| match v {
                Value::Null => false,
                Value::Object(m) => !m.is_empty(),
                Value::Array(a) => !a.is_empty(),
                _ => true,
            });
            let Some(value) = value else {
                return Err(Error::Other(format!(
                    "fieldPath `{field_path}` is missing for replacement source {selector}"
                )));
            };
            if options.delimiter.is_empty() {
                return Ok(value.clone());
            }
            if !is_scalar(value) {
                return Err(Error::Other(
                    "delimiter option can only be used with scalar nodes".to_owned(),
                ));
            }
            let whole = scalar_text(value);
            let parts: Vec<&str> = whole.split(options.delimiter.as_str()).collect();
            if options.index < 0 || options.index as usize >= parts.len() {
                return Err(Error::Other(format!(
                    "options.index {} is out of bounds for value {whole}",
                    options.index
                )));
            }
            let part = parts[options.index as usize].to_owned();
            Ok(match value {
                Value::String(_) => Value::String(part),
                _ => resolve_plain(&part),
            })
        }
    }
}

fn apply_target(map: &mut ResMap, value: &Value, target: &Value) -> Result<()> {
    let Some(select) = target.get("select").filter(|s| !s.is_null()) else {
        return Err(Error::Other("target must specify resources to select".to_owned()));
    };
    let select = RegexSelector::new(select)?;
    let rejects = match target.get("reject") {
        Some(Value::Array(items)) => items.iter().map(RegexSelector::new).collect::<Result<Vec<_>>>()?,
        _ => Vec::new(),
    };
    let mut field_paths: Vec<String> = match target.get("fieldPaths") {
        Some(Value::Array(items)) => items.iter().map(scalar_text).collect(),
        _ => Vec::new(),
    };
    if field_paths.is_empty() {
        field_paths.push(DEFAULT_FIELD_PATH.to_owned());
    }
    let options = Options::from(target.get("options"));
    for r in &mut map.resources {
        if !select.matches_meta(r) {
            continue;
        }
        if rejects
            .iter()
            .any(|rej| rej.has_meta_selectors() && rej.matches_meta(r))
        {
            continue;
        }
        let ids = ids(r);
        if rejects
            .iter()
            .any(|rej| !rej.id.is_empty() && ids.iter().any(|id| rej.matches_id(id)))
        {
            continue;
        }
        if !ids.iter().any(|id| select.matches_id(id)) {
            continue;
        }
        for fp in &field_paths {
            let create = options.create.then(|| kind_of(value));
            let count = path_match(&mut r.object, &split_path(fp), create, &mut |t| {
                set_field(&options, t, value)
            });
            let what = if create.is_some() {
                format!("unable to find or create field {fp:?} in replacement target")
            } else {
                format!("unable to find field {fp:?} in replacement target")
            };
            match count {
                Ok(0) => return Err(Error::Other(what)),
                Ok(_) => {}
                Err(e) => return Err(e.context(what)),
            }
        }
    }
    Ok(())
}

/// Applies replacements (already loaded with [`load`]) in order.
pub fn apply(map: &mut ResMap, replacements: &[Value]) -> Result<()> {
    for replacement in replacements {
        let targets = match replacement.get("targets") {
            Some(Value::Array(items)) => items.clone(),
            _ => {
                return Err(Error::Other(
                    "replacements must specify a source and at least one target".to_owned(),
                ));
            }
        };
        let value = source_value(map, replacement)?;
        for target in &targets {
            apply_target(map, &value, target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_keep_bracketed_dots_and_escaped_dots() {
        assert_eq!(
            split_path("spec.[name=a.b].x\\.y"),
            vec!["spec".to_owned(), "[name=a.b]".to_owned(), "x.y".to_owned()]
        );
    }

    #[test]
    fn delimiter_with_negative_index_prefixes_a_created_field() {
        let mut target = Value::Null;
        let options = Options {
            delimiter: ",".to_owned(),
            index: -1,
            create: true,
        };
        set_field(&options, &mut target, &Value::String("cm1".to_owned())).unwrap();
        assert_eq!(target, Value::String("cm1,".to_owned()));
    }

    #[test]
    fn a_scalar_target_keeps_its_type() {
        let mut target = Value::from(1);
        set_field(&Options::default(), &mut target, &Value::String("5".to_owned())).unwrap();
        assert_eq!(target, Value::from(5));
        let mut target = Value::String("x".to_owned());
        set_field(&Options::default(), &mut target, &Value::from(5)).unwrap();
        assert_eq!(target, Value::String("5".to_owned()));
    }
}
