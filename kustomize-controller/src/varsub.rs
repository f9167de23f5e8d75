//! Post-build variable substitution on built objects, as Flux's `kustomize.SubstituteVariables`
//! (fluxcd/pkg `kustomize` v1.39.0) does it.
//!
//! Entry points: [`merge_vars`] folds the `substituteFrom` data and the inline `substitute`
//! map into the variables; [`substitute`] expands them in every object.
//!
//! Substitution works on text, as upstream: each object is serialised as kustomize prints it,
//! expanded with [`crate::envsubst`], and the text is read back as YAML. Quoting therefore
//! comes from the serialiser: `"${v}"` in a source file was re-emitted plain, so an empty `v`
//! reads back as `null`, and a value containing quotes (`'"true"'`) reads back as a string.
//! Objects labelled or annotated `kustomize.toolkit.fluxcd.io/substitute: disabled` are left
//! alone.
//!
//! Known difference: upstream reads the text back with a YAML 1.1 parser, so a substituted
//! plain `yes`/`on`/`off` becomes a boolean and `0755` an octal number there; here the YAML
//! reader of `ferroflux_kustomize` applies YAML 1.2 rules (`true`/`false` only).

use std::collections::BTreeMap;

use ferroflux_kustomize::yaml::{parse_documents, value_to_yaml};
use serde_json::Value;

use crate::envsubst::{self, EnvsubstError};

/// The label or annotation that turns substitution off for one object.
pub const SUBSTITUTE_KEY: &str = "kustomize.toolkit.fluxcd.io/substitute";

/// The value of [`SUBSTITUTE_KEY`] that turns substitution off.
pub const DISABLED_VALUE: &str = "disabled";

/// The pattern variable names must match (POSIX classes, ASCII only).
pub const VAR_NAME_PATTERN: &str = "^[_[:alpha:]][_[:alpha:][:digit:]]*$";

/// How [`substitute`] treats variables that are not set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VarsubOptions {
    /// Fails on a `${var}` whose variable is not set and has no default operator
    /// (`--feature-gates=StrictPostBuildSubstitutions`); otherwise it expands to `""`.
    pub strict: bool,
}

/// Errors of variable substitution; the object errors read like Flux's
/// (`post build failed for 'Kind.version.group/name': envsubst error: …`).
#[derive(Debug, thiserror::Error)]
pub enum VarsubError {
    /// A variable name that does not match [`VAR_NAME_PATTERN`].
    #[error("'{name}' var name is invalid, must match '{VAR_NAME_PATTERN}'")]
    InvalidVarName {
        /// The variable name.
        name: String,
    },
    /// Expanding an object's text failed (a parse error, or a missing variable in strict mode).
    #[error("post build failed for '{gvk}/{name}': envsubst error: variable substitution failed: {source}")]
    Substitution {
        /// The object's kind, version and group as kustomize prints them (`Deployment.v1.apps`).
        gvk: String,
        /// The object's namespace.
        namespace: String,
        /// The object's name.
        name: String,
        /// The expansion error.
        source: EnvsubstError,
    },
    /// The expanded text is no longer a YAML object.
    #[error("post build failed for '{gvk}/{name}': envsubst error: YAMLToJSON: {message}")]
    Yaml {
        /// The object's kind, version and group as kustomize prints them.
        gvk: String,
        /// The object's namespace.
        namespace: String,
        /// The object's name.
        name: String,
        /// What is wrong with the text.
        message: String,
    },
}

/// Merges variables as Flux does: the `substituteFrom` maps in order (a later one overrides an
/// earlier one), then the inline `substitute` map over all of them. Newlines are removed from
/// every value, and every name must match [`VAR_NAME_PATTERN`].
pub fn merge_vars(
    from: &[BTreeMap<String, String>],
    inline: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>, VarsubError> {
    let mut vars = BTreeMap::new();
    for (name, value) in from.iter().flatten().chain(inline) {
        vars.insert(name.clone(), value.replace('\n', ""));
    }
    validate_names(&vars)?;
    Ok(vars)
}

/// Substitutes `vars` into every object not labelled or annotated
/// `kustomize.toolkit.fluxcd.io/substitute: disabled`; each object is serialised as kustomize
/// would, substituted as text, and parsed back. The caller decides whether substitution runs
/// at all (Flux skips it when there are no variables, unless `substituteStrategy: Always`).
pub fn substitute(
    objects: &mut [Value],
    vars: &BTreeMap<String, String>,
    options: &VarsubOptions,
) -> Result<(), VarsubError> {
    for object in objects.iter_mut() {
        if is_disabled(object) {
            continue;
        }
        validate_names(vars)?;
        let text = value_to_yaml(object);
        let lookup = |name: &str| vars.get(name).cloned();
        let output = envsubst::eval(&text, &lookup, options.strict).map_err(|source| VarsubError::Substitution {
            gvk: gvk(object),
            namespace: field(object, "namespace"),
            name: field(object, "name"),
            source,
        })?;
        let yaml_error = |message: String| VarsubError::Yaml {
            gvk: gvk(object),
            namespace: field(object, "namespace"),
            name: field(object, "name"),
            message,
        };
        // Like sigs.k8s.io/yaml's YAMLToJSON, only the first document counts.
        let parsed = parse_documents(&output)
            .map_err(yaml_error)?
            .into_iter()
            .next()
            .ok_or_else(|| yaml_error("the substituted object is empty".to_owned()))?;
        if !parsed.is_object() {
            return Err(yaml_error(format!("the substituted object is not a map: {parsed}")));
        }
        *object = parsed;
    }
    Ok(())
}

fn validate_names(vars: &BTreeMap<String, String>) -> Result<(), VarsubError> {
    match vars.keys().find(|name| !is_valid_name(name)) {
        Some(name) => Err(VarsubError::InvalidVarName { name: name.clone() }),
        None => Ok(()),
    }
}

/// Whether `name` matches `^[_[:alpha:]][_[:alpha:][:digit:]]*$`.
fn is_valid_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes
        .next()
        .is_some_and(|first| first == b'_' || first.is_ascii_alphabetic())
        && bytes.all(|b| b == b'_' || b.is_ascii_alphanumeric())
}

fn is_disabled(object: &Value) -> bool {
    ["labels", "annotations"].iter().any(|map| {
        object
            .get("metadata")
            .and_then(|m| m.get(*map))
            .and_then(|m| m.get(SUBSTITUTE_KEY))
            .and_then(Value::as_str)
            == Some(DISABLED_VALUE)
    })
}

fn field(object: &Value, name: &str) -> String {
    object
        .get("metadata")
        .and_then(|m| m.get(name))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// kustomize's `Gvk.String()`: `Kind.version.group`, with `[noKind]`, `[noVer]`, `[noGrp]`
/// for the missing parts.
fn gvk(object: &Value) -> String {
    let api_version = object.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
    let (group, version) = match api_version.rsplit_once('/') {
        Some((group, version)) => (group, version),
        None => ("", api_version),
    };
    let kind = object.get("kind").and_then(Value::as_str).unwrap_or_default();
    let or = |s: &str, missing: &str| if s.is_empty() { missing.to_owned() } else { s.to_owned() };
    format!(
        "{}.{}.{}",
        or(kind, "[noKind]"),
        or(version, "[noVer]"),
        or(group, "[noGrp]")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn vars(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn inline_variables_override_later_sources_override_earlier_ones() {
        let from = [vars(&[("a", "1"), ("b", "1")]), vars(&[("b", "2\n"), ("c", "2")])];
        let merged = merge_vars(&from, &vars(&[("c", "inline")])).unwrap();
        assert_eq!(merged, vars(&[("a", "1"), ("b", "2"), ("c", "inline")]));
    }

    #[test]
    fn invalid_variable_names_are_rejected() {
        let err = merge_vars(&[], &vars(&[("bad-name", "x")])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "'bad-name' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'"
        );
        assert!(merge_vars(&[], &vars(&[("_ok9", "x")])).is_ok());
        assert!(merge_vars(&[], &vars(&[("9no", "x")])).is_err());
    }

    #[test]
    fn substitution_reparses_the_text() {
        let mut objects = vec![json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "c", "annotations": {"a": "${quoted}"}},
            "data": {"replicas": "${n}", "empty": "${none}"}
        })];
        substitute(
            &mut objects,
            &vars(&[("n", "3"), ("quoted", "\"true\"")]),
            &VarsubOptions::default(),
        )
        .unwrap();
        assert_eq!(objects[0]["metadata"]["annotations"]["a"], "true");
        assert_eq!(objects[0]["data"]["replicas"], 3);
        assert_eq!(objects[0]["data"]["empty"], Value::Null);
    }

    #[test]
    fn disabled_objects_are_skipped() {
        let original = json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "c", "labels": {SUBSTITUTE_KEY: "disabled"}},
            "data": {"x": "${n}"}
        });
        let mut objects = vec![original.clone()];
        substitute(&mut objects, &vars(&[("n", "3")]), &VarsubOptions { strict: true }).unwrap();
        assert_eq!(objects[0], original);
    }

    #[test]
    fn strict_errors_name_the_object_as_flux_does() {
        let mut objects = vec![json!({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "app", "namespace": "ns"},
            "spec": {"x": "${missing}"}
        })];
        let err = substitute(&mut objects, &vars(&[("n", "3")]), &VarsubOptions { strict: true }).unwrap_err();
        assert_eq!(
            err.to_string(),
            "post build failed for 'Deployment.v1.apps/app': envsubst error: variable substitution failed: \
             variable not set (strict mode): \"missing\""
        );
        let mut core =
            vec![json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"x": "${a"}})];
        let err = substitute(&mut core, &vars(&[("n", "3")]), &VarsubOptions::default()).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("post build failed for 'ConfigMap.v1.[noGrp]/c': "),
            "{err}"
        );
    }
}
