//! `vars` (deprecated in kustomize, still supported): a var names a field of one object;
//! `$(NAME)` in the var reference fields of every object is replaced by that field's value.
//! Entry points: [`merge`], run at the end of each kustomization (it ties each var to the one
//! object it refers to and collects the vars of the whole build), and [`resolve`], run once
//! at the end of the build, after hashes and name references.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::resource::{ResMap, Resource, effective_ns, is_cluster_scoped};
use crate::transformers::fieldspec::{FieldSpec, table, visit};

/// Where `$(VAR)` is replaced (kustomize's built-in `varReference` field specs).
pub const VAR_REFERENCE: &str = "
spec/jobTemplate/spec/template/spec/containers/args k=CronJob
spec/jobTemplate/spec/template/spec/containers/command k=CronJob
spec/jobTemplate/spec/template/spec/containers/env/value k=CronJob
spec/jobTemplate/spec/template/spec/containers/volumeMounts/mountPath k=CronJob
spec/jobTemplate/spec/template/spec/initContainers/args k=CronJob
spec/jobTemplate/spec/template/spec/initContainers/command k=CronJob
spec/jobTemplate/spec/template/spec/initContainers/env/value k=CronJob
spec/jobTemplate/spec/template/spec/initContainers/volumeMounts/mountPath k=CronJob
spec/jobTemplate/spec/template/volumes/nfs/server k=CronJob
spec/template/spec/containers/args k=DaemonSet
spec/template/spec/containers/command k=DaemonSet
spec/template/spec/containers/env/value k=DaemonSet
spec/template/spec/containers/volumeMounts/mountPath k=DaemonSet
spec/template/spec/initContainers/args k=DaemonSet
spec/template/spec/initContainers/command k=DaemonSet
spec/template/spec/initContainers/env/value k=DaemonSet
spec/template/spec/initContainers/volumeMounts/mountPath k=DaemonSet
spec/template/spec/volumes/nfs/server k=DaemonSet
spec/template/spec/containers/args k=Deployment
spec/template/spec/containers/command k=Deployment
spec/template/spec/containers/env/value k=Deployment
spec/template/spec/containers/volumeMounts/mountPath k=Deployment
spec/template/spec/initContainers/args k=Deployment
spec/template/spec/initContainers/command k=Deployment
spec/template/spec/initContainers/env/value k=Deployment
spec/template/spec/initContainers/volumeMounts/mountPath k=Deployment
spec/template/spec/volumes/nfs/server k=Deployment
spec/template/metadata/annotations k=Deployment
spec/rules/host k=Ingress
spec/tls/hosts k=Ingress
spec/tls/secretName k=Ingress
spec/template/spec/containers/args k=Job
spec/template/spec/containers/command k=Job
spec/template/spec/containers/env/value k=Job
spec/template/spec/containers/volumeMounts/mountPath k=Job
spec/template/spec/initContainers/args k=Job
spec/template/spec/initContainers/command k=Job
spec/template/spec/initContainers/env/value k=Job
spec/template/spec/initContainers/volumeMounts/mountPath k=Job
spec/template/spec/volumes/nfs/server k=Job
spec/containers/args k=Pod
spec/containers/command k=Pod
spec/containers/env/value k=Pod
spec/containers/volumeMounts/mountPath k=Pod
spec/initContainers/args k=Pod
spec/initContainers/command k=Pod
spec/initContainers/env/value k=Pod
spec/initContainers/volumeMounts/mountPath k=Pod
spec/volumes/nfs/server k=Pod
spec/template/spec/containers/args k=ReplicaSet
spec/template/spec/containers/command k=ReplicaSet
spec/template/spec/containers/env/value k=ReplicaSet
spec/template/spec/containers/volumeMounts/mountPath k=ReplicaSet
spec/template/spec/initContainers/args k=ReplicaSet
spec/template/spec/initContainers/command k=ReplicaSet
spec/template/spec/initContainers/env/value k=ReplicaSet
spec/template/spec/initContainers/volumeMounts/mountPath k=ReplicaSet
spec/template/spec/volumes/nfs/server k=ReplicaSet
spec/ports/port k=Service
spec/ports/targetPort k=Service
spec/template/spec/containers/args k=StatefulSet
spec/template/spec/containers/command k=StatefulSet
spec/template/spec/containers/env/value k=StatefulSet
spec/template/spec/containers/volumeMounts/mountPath k=StatefulSet
spec/template/spec/initContainers/args k=StatefulSet
spec/template/spec/initContainers/command k=StatefulSet
spec/template/spec/initContainers/env/value k=StatefulSet
spec/template/spec/initContainers/volumeMounts/mountPath k=StatefulSet
spec/volumeClaimTemplates/spec/nfs/server k=StatefulSet
spec/nfs/server k=PersistentVolume
metadata/labels
metadata/annotations
";

/// A var's object reference as a resource id.
struct Target {
    group: String,
    version: String,
    kind: String,
    name: String,
    namespace: String,
}

/// A field, matched case-insensitively when there is no exact match (as Go's JSON decoding
/// of a kustomization does).
fn field<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    let map = value.as_object()?;
    map.get(key)
        .or_else(|| map.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v))
}

fn text(value: Option<&Value>, key: &str) -> String {
    value
        .and_then(|v| field(v, key))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned()
}

fn var_name(var: &Value) -> String {
    text(Some(var), "name")
}

fn field_path(var: &Value) -> String {
    let path = text(field(var, "fieldref"), "fieldPath");
    if path.is_empty() {
        "metadata.name".to_owned()
    } else {
        path
    }
}

/// How kustomize prints a var in messages.
fn describe(var: &Value) -> String {
    let objref = field(var, "objref");
    format!(
        "{{{} {{{} {{{} {} {}}} {} {}}} {{{}}}}}",
        var_name(var),
        text(objref, "apiVersion"),
        text(objref, "group"),
        text(objref, "version"),
        text(objref, "kind"),
        text(objref, "name"),
        text(objref, "namespace"),
        field_path(var)
    )
}

impl Target {
    fn of(var: &Value) -> Self {
        let objref = field(var, "objref");
        let mut t = Target {
            group: text(objref, "group"),
            version: text(objref, "version"),
            kind: text(objref, "kind"),
            name: text(objref, "name"),
            namespace: text(objref, "namespace"),
        };
        let api_version = text(objref, "apiVersion");
        if !api_version.is_empty() {
            let parts: Vec<&str> = api_version.split('/').collect();
            match parts.as_slice() {
                [g, v] => {
                    t.group = (*g).to_owned();
                    t.version = (*v).to_owned();
                }
                [v] => t.version = (*v).to_owned(),
                _ => {}
            }
        }
        t
    }

    fn effective_ns<'a>(kind: &str, ns: &'a str) -> &'a str {
        if is_cluster_scoped(kind) {
            "_non_namespaceable_"
        } else {
            effective_ns(ns)
        }
    }

    /// Whether any id (current or previous) of `r` is this target's.
    fn matches(&self, r: &Resource) -> bool {
        let strict = !self.namespace.is_empty() || is_cluster_scoped(&self.kind);
        if r.group() != self.group || r.version() != self.version || r.kind() != self.kind {
            return false;
        }
        let own_ns = Self::effective_ns(&self.kind, &self.namespace);
        let id_ok =
            |ns: &str, name: &str| name == self.name && (!strict || Self::effective_ns(&self.kind, ns) == own_ns);
        id_ok(r.namespace(), r.name()) || r.history.iter().any(|(ns, name)| id_ok(ns, name))
    }
}

/// Adds a kustomization's vars to the build: each is tied to the one object it refers to
/// (several are an error); a name seen before is an error.
pub fn merge(map: &mut ResMap, incoming: &[Value]) -> Result<()> {
    for var in incoming {
        let target = Target::of(var);
        let matched: Vec<usize> = map
            .resources
            .iter()
            .enumerate()
            .filter(|(_, r)| target.matches(r))
            .map(|(i, _)| i)
            .collect();
        if matched.len() > 1 {
            return Err(Error::Other(format!(
                "found {} resId matches for var {} (unable to disambiguate)",
                matched.len(),
                describe(var)
            )));
        }
        if let Some(&i) = matched.first() {
            map.resources[i].ref_vars.push(var_name(var));
        }
    }
    add_vars(map, incoming.to_vec())
}

/// Adds vars to the build's set, failing on a name seen before.
pub(crate) fn add_vars(map: &mut ResMap, incoming: Vec<Value>) -> Result<()> {
    for var in incoming {
        let name = var_name(&var);
        if map.vars.iter().any(|v| var_name(v) == name) {
            return Err(Error::Other(format!("var '{name}' already encountered")));
        }
        map.vars.push(var);
    }
    Ok(())
}

/// Splits a var's field path (`a.b[0].c` → `a`, `b`, `0`, `c`).
fn split_field_path(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in super::replacements::split_path(path) {
        if let Some(open) = part.rfind('[')
            && part.ends_with(']')
            && open + 2 < part.len()
            && part[open + 1..part.len() - 1].bytes().all(|b| b.is_ascii_digit())
        {
            if open > 0 {
                out.push(part[..open].to_owned());
            }
            out.push(part[open + 1..part.len() - 1].to_owned());
            continue;
        }
        out.push(part);
    }
    out
}

fn find_value(map: &ResMap, var: &Value) -> Result<Value> {
    let name = var_name(var);
    let Some(r) = map.resources.iter().find(|r| r.ref_vars.contains(&name)) else {
        return Err(Error::Other(format!(
            "var '{}' cannot be mapped to a field in the set of known resources",
            describe(var)
        )));
    };
    super::replacements::lookup(&r.object, &split_field_path(&field_path(var)))
        .filter(|v| !v.is_null())
        .cloned()
        .ok_or_else(|| {
            Error::Other(format!(
                "field specified in var '{}' not found in corresponding resource",
                describe(var)
            ))
        })
}

/// Go's `fmt.Sprint` of a var value.
fn sprint(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(f)) => crate::yaml::format_go_float(f),
            _ => n.to_string(),
        },
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

/// Expands `$(NAME)` in `input` (`$$` escapes a `$`); a whole-string reference keeps the
/// value's type. Unknown names and non-scalar values are left as written.
fn expand(input: &str, vars: &BTreeMap<String, Value>, used: &mut bool) -> Value {
    let bytes = input.as_bytes();
    let mut buf = String::new();
    let mut checkpoint = 0;
    let mut cursor = 0;
    while cursor < bytes.len() {
        if bytes[cursor] == b'$' && cursor + 1 < bytes.len() {
            buf.push_str(&input[checkpoint..cursor]);
            let rest = &input[cursor + 1..];
            let advance;
            match rest.as_bytes()[0] {
                b'$' => {
                    buf.push('$');
                    advance = 1;
                }
                b'(' => match rest.find(')') {
                    Some(close) => {
                        let name = &rest[1..close];
                        let mapped = match vars.get(name) {
                            Some(v @ (Value::String(_) | Value::Number(_) | Value::Bool(_))) => {
                                *used = true;
                                v.clone()
                            }
                            _ => Value::String(format!("$({name})")),
                        };
                        if input.len() == name.len() + 3 && cursor == 0 {
                            return mapped;
                        }
                        buf.push_str(&sprint(&mapped));
                        advance = close + 1;
                    }
                    None => {
                        buf.push_str("$(");
                        advance = 1;
                    }
                },
                _ => {
                    let c = rest.chars().next().unwrap_or_default();
                    buf.push('$');
                    buf.push(c);
                    advance = c.len_utf8();
                }
            }
            cursor += advance;
            checkpoint = cursor + 1;
        }
        cursor += 1;
    }
    if checkpoint < input.len() {
        buf.push_str(&input[checkpoint..]);
    }
    Value::String(buf)
}

fn expand_node(node: &mut Value, vars: &BTreeMap<String, Value>) -> Result<()> {
    let mut used = false;
    match node {
        Value::String(s) => {
            let new = expand(s, vars, &mut used);
            *node = new;
        }
        Value::Object(map) => {
            for value in map.values_mut() {
                if let Value::String(s) = value {
                    let new = expand(s, vars, &mut used);
                    *value = new;
                }
            }
        }
        Value::Array(items) => {
            for item in items.iter_mut() {
                let Value::String(s) = item else {
                    return Err(Error::Other("invalid value type expect a string".to_owned()));
                };
                let new = expand(s, vars, &mut used);
                *item = new;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Replaces `$(NAME)` references of every var in the var reference fields (`specs`) of
/// every object.
pub fn resolve(map: &mut ResMap, specs: &[FieldSpec]) -> Result<()> {
    let mut values = BTreeMap::new();
    for var in &map.vars {
        values.insert(var_name(var), find_value(map, var)?);
    }
    if values.is_empty() {
        return Ok(());
    }
    for r in &mut map.resources {
        let applicable: Vec<&FieldSpec> = specs.iter().filter(|s| s.applies_to(r)).collect();
        for spec in applicable {
            let mut result = Ok(());
            visit_lists_whole(&mut r.object, &spec.segments(), &mut |v| {
                if result.is_ok() {
                    result = expand_node(v, &values);
                }
            });
            result?;
        }
    }
    Ok(())
}

/// Like [`visit`], but a list at the end of the path is handed over whole.
fn visit_lists_whole(value: &mut Value, segments: &[String], f: &mut dyn FnMut(&mut Value)) {
    match segments.split_last() {
        None => f(value),
        Some((last, parents)) => visit(value, parents, false, &mut |parent| {
            if let Some(child) = parent.as_object_mut().and_then(|m| m.get_mut(last.as_str())) {
                f(child);
            }
        }),
    }
}

/// The built-in var reference field specs.
pub fn default_specs() -> Vec<FieldSpec> {
    table(VAR_REFERENCE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> BTreeMap<String, Value> {
        let mut m = BTreeMap::new();
        m.insert("NAME".to_owned(), Value::String("svc".to_owned()));
        m.insert("PORT".to_owned(), Value::from(8080));
        m
    }

    #[test]
    fn a_whole_string_reference_keeps_the_value_type() {
        let mut used = false;
        assert_eq!(expand("$(PORT)", &vars(), &mut used), Value::from(8080));
        assert!(used);
    }

    #[test]
    fn references_inside_text_are_rendered_and_unknown_ones_kept() {
        let mut used = false;
        assert_eq!(
            expand("http://$(NAME):$(PORT)/$(OTHER) $$(NAME) $x $(", &vars(), &mut used),
            Value::String("http://svc:8080/$(OTHER) $(NAME) $x $(".to_owned())
        );
    }

    #[test]
    fn var_field_paths_split_slice_indexes() {
        assert_eq!(
            split_field_path("spec.ports[0].port"),
            vec!["spec", "ports", "0", "port"]
        );
    }
}
