//! What `helm template` does with a loaded chart (Helm's `pkg/action` install path and
//! `pkg/release/util` sorting): dependencies processed (`condition`, `tags`, `alias`,
//! `import-values`), values coalesced under `.Values` next to `.Release` and
//! `.Capabilities`, every template rendered, and the output split into CRDs, manifests and
//! hooks sorted in Helm's install order.
//!
//! Entry points: [`render_release`] (structured result, [`RenderedRelease`]) and [`template`]
//! (the text `helm template` prints). Lower-level steps: [`process_dependencies`],
//! [`to_render_values`], [`validate_schema`] (`values.schema.json`), [`sort_manifests`],
//! [`merge_maps`] (how values files combine).

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::coalesce::{coalesce_tables, coalesce_values, deep_copy_map, merge_tables, merge_values};
use crate::engine::{Chart, Engine, ImportValue};
use crate::func::{Func, Signature, Type};
use crate::helmfuncs::Lookup;
use crate::helmfuncs::fastyaml;
use crate::helmfuncs::yaml::from_yaml;
use crate::loader::{ChartError, glob_match};
use crate::value::{Map, Object, Value};

/// The Kubernetes version `.Capabilities` reports when none is given: what a release build of
/// Helm v4.2.3 reports (its client-go minor version plus one).
pub const DEFAULT_KUBE_VERSION: &str = "v1.36.0";
/// The Helm version `.Capabilities.HelmVersion` reports.
pub const HELM_VERSION: &str = "v4.2.3";

/// Kubernetes' kinds in the order Helm installs them; other kinds follow, by name.
pub const INSTALL_ORDER: &[&str] = &[
    "PriorityClass",
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "IngressClass",
    "Ingress",
    "APIService",
    "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration",
];

/// The API versions `.Capabilities.APIVersions` holds by default: the built-in
/// group/versions and group/version/kinds of Kubernetes.
pub const DEFAULT_API_VERSIONS: &[&str] = &[
    "v1",
    "admissionregistration.k8s.io/v1",
    "apiextensions.k8s.io/v1",
    "apiregistration.k8s.io/v1",
    "apps/v1",
    "authentication.k8s.io/v1",
    "authorization.k8s.io/v1",
    "autoscaling/v1",
    "autoscaling/v2",
    "batch/v1",
    "certificates.k8s.io/v1",
    "coordination.k8s.io/v1",
    "discovery.k8s.io/v1",
    "events.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1",
    "networking.k8s.io/v1",
    "node.k8s.io/v1",
    "policy/v1",
    "rbac.authorization.k8s.io/v1",
    "scheduling.k8s.io/v1",
    "storage.k8s.io/v1",
    "v1/ConfigMap",
    "v1/Namespace",
    "v1/PersistentVolumeClaim",
    "v1/Pod",
    "v1/Secret",
    "v1/Service",
    "v1/ServiceAccount",
    "apps/v1/DaemonSet",
    "apps/v1/Deployment",
    "apps/v1/StatefulSet",
    "batch/v1/CronJob",
    "batch/v1/Job",
    "networking.k8s.io/v1/Ingress",
    "networking.k8s.io/v1/NetworkPolicy",
    "policy/v1/PodDisruptionBudget",
    "rbac.authorization.k8s.io/v1/ClusterRole",
    "rbac.authorization.k8s.io/v1/ClusterRoleBinding",
    "rbac.authorization.k8s.io/v1/Role",
    "rbac.authorization.k8s.io/v1/RoleBinding",
    "autoscaling/v2/HorizontalPodAutoscaler",
    "apiextensions.k8s.io/v1/CustomResourceDefinition",
];

/// `.Capabilities`: the cluster the chart is rendered for.
#[derive(Clone, Debug, PartialEq)]
pub struct Capabilities {
    /// `KubeVersion.Version`, with a leading `v` (`v1.20.0`).
    pub kube_version: String,
    /// `KubeVersion.Major`.
    pub kube_major: String,
    /// `KubeVersion.Minor`.
    pub kube_minor: String,
    /// `APIVersions`.
    pub api_versions: Vec<String>,
}

impl Default for Capabilities {
    fn default() -> Self {
        Capabilities {
            kube_version: DEFAULT_KUBE_VERSION.to_string(),
            kube_major: "1".to_string(),
            kube_minor: "36".to_string(),
            api_versions: DEFAULT_API_VERSIONS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

impl Capabilities {
    /// Sets the Kubernetes version from a semver string (`1.16.0`, `v1.20`), like Helm's
    /// `--kube-version`.
    pub fn set_kube_version(&mut self, version: &str) -> Result<(), ChartError> {
        let v = ferroflux_version::Version::parse(version)
            .map_err(|e| ChartError::Invalid(format!("invalid kube version {version:?}: {e}")))?;
        self.kube_version = format!("v{v}");
        self.kube_major = v.major().to_string();
        self.kube_minor = v.minor().to_string();
        Ok(())
    }

    fn to_value(&self) -> Value {
        let m = Map::new();
        m.insert(
            "KubeVersion",
            Value::Object(Arc::new(KubeVersion {
                version: self.kube_version.clone(),
                major: self.kube_major.clone(),
                minor: self.kube_minor.clone(),
            })),
        );
        m.insert(
            "APIVersions",
            Value::Object(Arc::new(VersionSet(Arc::new(self.api_versions.clone())))),
        );
        let h = Map::new();
        h.insert("Version", Value::string(HELM_VERSION));
        h.insert("GitCommit", Value::string("43e8b7feece8beb0fcba47059ec9b522fd929a64"));
        h.insert("GitTreeState", Value::string("clean"));
        h.insert("GoVersion", Value::string("go1.26"));
        m.insert("HelmVersion", Value::Map(h));
        Value::Map(m)
    }
}

/// `.Capabilities.KubeVersion`: prints as its version.
struct KubeVersion {
    version: String,
    major: String,
    minor: String,
}

impl Object for KubeVersion {
    fn type_name(&self) -> String {
        "common.KubeVersion".to_string()
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "Version" | "GitVersion" => Some(Value::string(self.version.as_str())),
            "Major" => Some(Value::string(self.major.as_str())),
            "Minor" => Some(Value::string(self.minor.as_str())),
            _ => None,
        }
    }
    fn method(&self, name: &str) -> Option<Func> {
        let v = self.version.clone();
        match name {
            "String" => Some(Func::new(Signature::new(vec![], Type::String), move |_| {
                Ok(Value::string(v.as_str()))
            })),
            _ => None,
        }
    }
    fn string_method(&self) -> Option<String> {
        Some(self.version.clone())
    }
    fn struct_fields(&self) -> Option<Vec<(String, Value)>> {
        Some(vec![
            ("Version".to_string(), Value::string(self.version.as_str())),
            ("Major".to_string(), Value::string(self.major.as_str())),
            ("Minor".to_string(), Value::string(self.minor.as_str())),
        ])
    }
}

/// `.Capabilities.APIVersions`: a list of strings with a `Has` method.
struct VersionSet(Arc<Vec<String>>);

impl Object for VersionSet {
    fn type_name(&self) -> String {
        "common.VersionSet".to_string()
    }
    fn method(&self, name: &str) -> Option<Func> {
        let set = self.0.clone();
        match name {
            "Has" => Some(Func::new(Signature::new(vec![Type::String], Type::Bool), move |a| {
                let want = a.first().and_then(Value::as_str).unwrap_or("");
                Ok(Value::Bool(set.iter().any(|v| v == want)))
            })),
            _ => None,
        }
    }
    fn underlying(&self) -> Option<Value> {
        Some(Value::list(self.0.iter().map(|s| Value::string(s.as_str())).collect()))
    }
}

/// `.Release`: the release being rendered.
#[derive(Clone, Debug, PartialEq)]
pub struct ReleaseOptions {
    /// `Name`.
    pub name: String,
    /// `Namespace`.
    pub namespace: String,
    /// `Revision` (1 for an install).
    pub revision: i64,
    /// `IsUpgrade` (and `IsInstall` is its opposite).
    pub is_upgrade: bool,
}

impl Default for ReleaseOptions {
    fn default() -> Self {
        ReleaseOptions {
            name: "release-name".to_string(),
            namespace: "default".to_string(),
            revision: 1,
            is_upgrade: false,
        }
    }
}

/// The options of [`render_release`] and [`template`] (`helm template` flags).
#[derive(Clone, Default)]
pub struct TemplateOptions {
    /// `.Release`.
    pub release: ReleaseOptions,
    /// `.Capabilities`.
    pub capabilities: Capabilities,
    /// `--include-crds`: print the charts' `crds/` files first.
    pub include_crds: bool,
    /// `--skip-tests`: leave out `test` hooks.
    pub skip_tests: bool,
    /// `--show-only`: print only the documents whose template path matches one of these
    /// `filepath.Match` patterns (relative to the chart, e.g. `templates/service.yaml`).
    pub show_only: Vec<String>,
    /// Strict rendering (`missingkey=error`).
    pub strict: bool,
    /// Answers `lookup` (none: an empty map).
    pub lookup: Option<Arc<dyn Lookup>>,
    /// `--skip-schema-validation`: do not check values against `values.schema.json`.
    pub skip_schema_validation: bool,
    /// `--enable-dns`: `getHostByName` resolves names (otherwise it returns "").
    pub enable_dns: bool,
}

impl std::fmt::Debug for TemplateOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TemplateOptions")
            .field("release", &self.release)
            .field("capabilities", &self.capabilities)
            .field("include_crds", &self.include_crds)
            .field("skip_tests", &self.skip_tests)
            .field("show_only", &self.show_only)
            .field("strict", &self.strict)
            .field("skip_schema_validation", &self.skip_schema_validation)
            .field("enable_dns", &self.enable_dns)
            .finish()
    }
}

/// One rendered document: the template (or CRD file) it came from and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct Manifest {
    /// The source path (`<chart>/templates/<file>`, `<chart>/crds/<file>`).
    pub path: String,
    /// The document text.
    pub content: String,
    /// Its `kind`, if it has one.
    pub kind: String,
    /// For hooks, the events of `helm.sh/hook` (`pre-install`, `test`, …); empty otherwise.
    pub hook_events: Vec<String>,
}

/// The result of rendering a release.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RenderedRelease {
    /// The CRDs from the `crds/` directories of the chart and its enabled subcharts.
    pub crds: Vec<Manifest>,
    /// The manifests, in install order.
    pub manifests: Vec<Manifest>,
    /// The hooks, in install order.
    pub hooks: Vec<Manifest>,
    /// The root chart's rendered `NOTES.txt`.
    pub notes: String,
}

/// The hook events Helm knows (`test-success` is the old name of `test`).
const HOOK_EVENTS: &[&str] = &[
    "pre-install",
    "post-install",
    "pre-delete",
    "post-delete",
    "pre-upgrade",
    "post-upgrade",
    "pre-rollback",
    "post-rollback",
    "test",
];

/// Merges `overlay` into `base` the way Helm combines values files: nested maps merge, any
/// other value of `overlay` replaces the one in `base`.
pub fn merge_maps(base: &Map, overlay: &Map) {
    for (k, v) in overlay.entries() {
        if let Value::Map(ov) = &v
            && let Some(Value::Map(bv)) = base.get(&k)
        {
            merge_maps(&bv, ov);
            continue;
        }
        base.insert(k, v);
    }
}

/// Returns the table at the dotted `path` of `m`, if every step is a map.
fn table_at(m: &Map, path: &str) -> Option<Map> {
    let mut cur = m.clone();
    for part in path.split('.') {
        match cur.get(part) {
            Some(Value::Map(next)) => cur = next,
            _ => return None,
        }
    }
    Some(cur)
}

/// Returns the non-map value at the dotted `path` of `m`.
fn path_value(m: &Map, path: &str) -> Option<Value> {
    let (parent, last) = match path.rsplit_once('.') {
        Some((p, l)) => (table_at(m, p)?, l),
        None => (m.clone(), path),
    };
    match parent.get(last) {
        Some(Value::Map(_)) | None => None,
        v => v,
    }
}

/// Nests `data` under the dotted `path` (`.` means the top level).
fn path_to_map(path: &str, data: Map) -> Map {
    if path == "." {
        return data;
    }
    let mut out = data;
    for part in path.rsplit('.') {
        let m = Map::new();
        m.insert(part, Value::Map(out));
        out = m;
    }
    out
}

/// Applies `dependencies` to `chart` for the user `values`: aliases rename subcharts,
/// `tags` and `condition` remove disabled ones, and `import-values` copy subchart values
/// into the parent's defaults (Helm's `ProcessDependenciesWithMerge`).
pub fn process_dependencies(chart: &mut Chart, values: &Map) -> Result<(), ChartError> {
    process_enabled(chart, values, "", 0)?;
    process_imports(chart, true, 0)
}

/// Reports whether `version` satisfies the constraint `range` (Helm's `IsCompatibleRange`:
/// an unparsable range or version, including an empty range, is not compatible).
fn compatible(range: &str, version: &str) -> bool {
    match (
        ferroflux_version::Constraints::parse(range),
        ferroflux_version::Version::parse(version),
    ) {
        (Ok(c), Ok(v)) => c.check(&v),
        _ => false,
    }
}

fn process_enabled(chart: &mut Chart, values: &Map, path: &str, depth: usize) -> Result<(), ChartError> {
    if depth > 64 {
        return Err(ChartError::Invalid("dependencies are nested too deeply".to_string()));
    }
    if chart.metadata.dependencies.is_empty() && chart.dependencies.is_empty() {
        return Ok(());
    }
    // Charts that no entry of `dependencies` claims (same name, version within the entry's
    // range) stay as they are; claimed ones are taken once per entry, renamed by alias.
    let existing = std::mem::take(&mut chart.dependencies);
    let mut deps: Vec<Chart> = existing
        .iter()
        .filter(|c| {
            !chart
                .metadata
                .dependencies
                .iter()
                .any(|d| d.name == c.name() && compatible(&d.version, &c.metadata.version))
        })
        .cloned()
        .collect();
    for req in &mut chart.metadata.dependencies {
        if let Some(c) = existing
            .iter()
            .find(|c| c.name() == req.name && compatible(&req.version, &c.metadata.version))
        {
            let mut c = c.clone();
            if !req.alias.is_empty() {
                c.metadata.name = req.alias.clone();
            }
            deps.push(c);
        }
        if !req.alias.is_empty() {
            req.name = req.alias.clone();
        }
    }
    chart.dependencies = deps;
    let cvals = coalesce_values(chart, values).map_err(ChartError::Invalid)?;
    let tags = match cvals.get("tags") {
        Some(Value::Map(t)) => t,
        _ => Map::new(),
    };
    let mut disabled = BTreeSet::new();
    for req in &chart.metadata.dependencies {
        let mut enabled = true;
        let (mut has_true, mut has_false) = (false, false);
        for tag in &req.tags {
            match tags.get(tag) {
                Some(Value::Bool(true)) => has_true = true,
                Some(Value::Bool(false)) => has_false = true,
                _ => {}
            }
        }
        if !has_true && has_false {
            enabled = false;
        }
        for cond in req.condition.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            if let Some(Value::Bool(b)) = path_value(&cvals, &format!("{path}{cond}")) {
                enabled = b;
                break;
            }
        }
        if !enabled {
            disabled.insert(req.name.clone());
        }
    }
    chart.dependencies.retain(|c| !disabled.contains(c.name()));
    chart.metadata.dependencies.retain(|d| !disabled.contains(&d.name));
    for sub in &mut chart.dependencies {
        let sub_path = format!("{path}{}.", sub.name());
        process_enabled(sub, &cvals, &sub_path, depth + 1)?;
    }
    Ok(())
}

fn process_imports(chart: &mut Chart, merge: bool, depth: usize) -> Result<(), ChartError> {
    if depth > 64 {
        return Err(ChartError::Invalid("dependencies are nested too deeply".to_string()));
    }
    for sub in &mut chart.dependencies {
        process_imports(sub, merge, depth + 1)?;
    }
    if chart.metadata.dependencies.is_empty() {
        return Ok(());
    }
    let empty = Map::new();
    let cvals = if merge {
        merge_values(chart, &empty)
    } else {
        coalesce_values(chart, &empty)
    }
    .map_err(ChartError::Invalid)?;
    let mut b = Map::new();
    for req in &chart.metadata.dependencies {
        for iv in &req.import_values {
            let (table, parent) = match iv {
                ImportValue::ChildParent { child, parent } => {
                    (table_at(&cvals, &format!("{}.{child}", req.name)), parent.as_str())
                }
                ImportValue::Exports(s) => (table_at(&cvals, &format!("{}.exports.{s}", req.name)), "."),
            };
            let Some(table) = table else { continue };
            let src = path_to_map(parent, deep_copy_map(&table));
            b = if merge {
                merge_tables(&b, &src)
            } else {
                coalesce_tables(&b, &src)
            };
        }
    }
    chart.values = if merge {
        merge_tables(&deep_copy_map(&cvals), &b)
    } else {
        coalesce_tables(&cvals, &b)
    };
    Ok(())
}

/// Builds the top-level template data: `Values` (the chart's defaults coalesced under
/// `values`), `Release`, `Capabilities` and `Chart`.
pub fn to_render_values(
    chart: &Chart,
    values: &Map,
    release: &ReleaseOptions,
    caps: &Capabilities,
) -> Result<Value, ChartError> {
    let top = Map::new();
    top.insert("Chart", chart.metadata.to_value(true));
    top.insert("Capabilities", caps.to_value());
    let r = Map::new();
    r.insert("Name", Value::string(release.name.as_str()));
    r.insert("Namespace", Value::string(release.namespace.as_str()));
    r.insert("Revision", Value::int(release.revision));
    r.insert("IsUpgrade", Value::Bool(release.is_upgrade));
    r.insert("IsInstall", Value::Bool(!release.is_upgrade));
    r.insert("Service", Value::string("Helm"));
    top.insert("Release", Value::Map(r));
    let vals = coalesce_values(chart, values).map_err(ChartError::Invalid)?;
    top.insert("Values", Value::Map(vals));
    Ok(Value::Map(top))
}

/// Converts template values to JSON for schema validation.
fn to_json(v: &Value, depth: usize) -> serde_json::Value {
    use serde_json::Value as J;
    if depth > 256 {
        return J::Null;
    }
    match v {
        Value::Nil => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Int(i, _) => J::from(*i),
        Value::Uint(u, _) => J::from(*u),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => J::from(*f as i64),
        Value::Float(f) => serde_json::Number::from_f64(*f).map(J::Number).unwrap_or(J::Null),
        Value::String(s) => J::String(s.to_string()),
        Value::List(l) => J::Array(l.iter().map(|x| to_json(x, depth + 1)).collect()),
        Value::Map(m) => J::Object(
            m.entries()
                .into_iter()
                .map(|(k, x)| (k, to_json(&x, depth + 1)))
                .collect(),
        ),
        Value::Object(o) => o.underlying().map(|u| to_json(&u, depth + 1)).unwrap_or(J::Null),
        other => J::String(crate::fmt::sprint(std::slice::from_ref(other))),
    }
}

/// Checks `values` (already coalesced) against the `values.schema.json` of `chart` and, with
/// each subchart's part of the values, of its subcharts (JSON Schema, draft taken from
/// `$schema`, draft 2020-12 by default). Each failing chart contributes `<chart>:\n` and one
/// `- at '<pointer>': <message>` line per error.
pub fn validate_schema(chart: &Chart, values: &Map) -> Result<(), ChartError> {
    let mut report = String::new();
    schema_report(chart, values, &mut report, 0);
    if report.is_empty() {
        Ok(())
    } else {
        Err(ChartError::Invalid(format!(
            "values don't meet the specifications of the schema(s) in the following chart(s):\n{report}"
        )))
    }
}

fn schema_report(chart: &Chart, values: &Map, out: &mut String, depth: usize) {
    if depth > 64 {
        return;
    }
    if let Some(schema) = &chart.schema {
        let mut errors = String::new();
        match serde_json::from_slice::<serde_json::Value>(schema) {
            Err(e) => errors.push_str(&format!("- values.schema.json is not valid JSON: {e}\n")),
            Ok(schema) => match jsonschema::validator_for(&schema) {
                Err(e) => errors.push_str(&format!("- values.schema.json is not a valid schema: {e}\n")),
                Ok(validator) => {
                    let instance = to_json(&Value::Map(values.clone()), 0);
                    for e in validator.iter_errors(&instance) {
                        errors.push_str(&format!("- at '{}': {e}\n", e.instance_path().as_str()));
                    }
                }
            },
        }
        if !errors.is_empty() {
            out.push_str(&format!("{}:\n{errors}", chart.name()));
        }
    }
    for sub in &chart.dependencies {
        let sub_values = match values.get(sub.name()) {
            Some(Value::Map(m)) => m,
            _ => Map::new(),
        };
        schema_report(sub, &sub_values, out, depth + 1);
    }
}

fn collect_crds(chart: &Chart, path: &str, out: &mut Vec<Manifest>) {
    for f in &chart.files {
        let is_manifest = [".yaml", ".yml", ".json"].iter().any(|e| f.name.ends_with(e));
        if f.name.starts_with("crds/") && is_manifest {
            out.push(Manifest {
                path: format!("{path}/{}", f.name),
                content: String::from_utf8_lossy(&f.data).into_owned(),
                kind: "CustomResourceDefinition".to_string(),
                hook_events: Vec::new(),
            });
        }
    }
    for d in &chart.dependencies {
        collect_crds(d, &format!("{path}/charts/{}", d.name()), out);
    }
}

/// Splits a rendered file into its YAML documents on Helm's separator
/// `(?:^|\s*\n)---\s*` (which also eats the whitespace around it), dropping documents that
/// are only whitespace.
fn split_documents(text: &str) -> Vec<String> {
    static SEP: std::sync::LazyLock<Option<regex::Regex>> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(?:^|[\t\n\x0C\r ]*\n)---[\t\n\x0C\r ]*").ok());
    let Some(sep) = SEP.as_ref() else {
        return vec![text.to_string()];
    };
    sep.split(text)
        .filter(|d| !d.trim().is_empty())
        .map(str::to_string)
        .collect()
}

fn kind_rank(kind: &str) -> Option<usize> {
    INSTALL_ORDER.iter().position(|k| *k == kind)
}

/// Stable-sorts documents in Helm's install order: known kinds by [`INSTALL_ORDER`], unknown
/// kinds after them in alphabetical order.
pub fn sort_by_kind(docs: &mut [Manifest]) {
    docs.sort_by(|a, b| match (kind_rank(&a.kind), kind_rank(&b.kind)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.kind.cmp(&b.kind),
    });
}

/// Splits rendered templates (name to text, as [`Engine::render`] returns them) into
/// manifests and hooks, each sorted in install order. Partials and empty documents are
/// dropped; a document whose `helm.sh/hook` annotation names no known event is dropped.
pub fn sort_manifests(
    files: &std::collections::BTreeMap<String, String>,
) -> Result<(Vec<Manifest>, Vec<Manifest>), ChartError> {
    let mut manifests = Vec::new();
    let mut hooks = Vec::new();
    for (path, text) in files {
        if path.rsplit('/').next().is_some_and(|b| b.starts_with('_')) || text.trim().is_empty() {
            continue;
        }
        for doc in split_documents(text) {
            let head = match fastyaml::parse(&doc, fastyaml::Want::Head) {
                Some(head) => head,
                None => from_yaml(&doc).map_err(|e| ChartError::Invalid(format!("YAML parse error on {path}: {e}")))?,
            };
            let (kind, hook) = match &head {
                Value::Map(m) => {
                    let kind = m
                        .get("kind")
                        .and_then(|k| k.as_str().map(str::to_string))
                        .unwrap_or_default();
                    let hook = match m.get("metadata") {
                        Some(Value::Map(md)) => match md.get("annotations") {
                            Some(Value::Map(a)) => a.get("helm.sh/hook").map(|h| h.as_str().unwrap_or("").to_string()),
                            _ => None,
                        },
                        _ => None,
                    };
                    (kind, hook)
                }
                _ => (String::new(), None),
            };
            let Some(hook) = hook else {
                manifests.push(Manifest {
                    path: path.clone(),
                    content: doc,
                    kind,
                    hook_events: Vec::new(),
                });
                continue;
            };
            let events: Vec<String> = hook
                .split(',')
                .map(|e| e.trim().to_lowercase())
                .map(|e| if e == "test-success" { "test".to_string() } else { e })
                .filter(|e| HOOK_EVENTS.contains(&e.as_str()))
                .collect();
            if events.is_empty() {
                continue;
            }
            hooks.push(Manifest {
                path: path.clone(),
                content: doc,
                kind,
                hook_events: events,
            });
        }
    }
    sort_by_kind(&mut manifests);
    sort_by_kind(&mut hooks);
    Ok((manifests, hooks))
}

/// Renders `chart` with the user `values` as `helm install --dry-run` / `helm template`
/// would: checks the chart is installable, processes dependencies, coalesces values,
/// renders, and sorts the result.
pub fn render_release(chart: &Chart, values: &Map, opts: &TemplateOptions) -> Result<RenderedRelease, ChartError> {
    if !matches!(chart.metadata.chart_type.as_str(), "" | "application") {
        return Err(ChartError::Invalid(format!(
            "{} charts are not installable",
            chart.metadata.chart_type
        )));
    }
    let mut chart = chart.clone();
    process_dependencies(&mut chart, values)?;
    if !chart.metadata.kube_version.is_empty()
        && let Ok(c) = ferroflux_version::Constraints::parse(&chart.metadata.kube_version)
        && let Ok(v) = ferroflux_version::Version::parse(&opts.capabilities.kube_version)
        && !c.check(&v)
    {
        return Err(ChartError::Invalid(format!(
            "chart requires kubeVersion: {} which is incompatible with Kubernetes {}",
            chart.metadata.kube_version, opts.capabilities.kube_version
        )));
    }
    let top = to_render_values(&chart, values, &opts.release, &opts.capabilities)?;
    if !opts.skip_schema_validation
        && let Value::Map(t) = &top
        && let Some(Value::Map(vals)) = t.get("Values")
    {
        validate_schema(&chart, &vals)?;
    }
    let engine = Engine {
        strict: opts.strict,
        lint_mode: false,
        lookup: opts.lookup.clone(),
        enable_dns: opts.enable_dns,
    };
    let mut files = engine.render(&chart, &top).map_err(traceable)?;
    let notes_key = format!("{}/templates/NOTES.txt", chart.name());
    let notes = files.get(&notes_key).cloned().unwrap_or_default();
    files.retain(|k, _| !k.ends_with("NOTES.txt"));
    let (manifests, hooks) = sort_manifests(&files)?;
    let mut crds = Vec::new();
    collect_crds(&chart, chart.name(), &mut crds);
    Ok(RenderedRelease {
        crds,
        manifests,
        hooks,
        notes,
    })
}

/// Rewrites a single-level execution error the way Helm v4 prints it (`TraceableError`):
/// `<location>\n  executing "<name>" at <node>:\n    <message>`. Other errors are kept.
fn traceable(err: crate::error::Error) -> ChartError {
    let text = err.message();
    let parsed = (|| {
        let rest = text.strip_prefix("template: ")?;
        let (location, rest) = rest.split_once(": executing \"")?;
        let at = rest.find("\" at <")?;
        let close = rest[at..].find(">: ")? + at;
        let message = &rest[close + 3..];
        if message.contains("template: ") || location.contains(' ') {
            return None;
        }
        Some(format!("{location}\n  executing \"{}>:\n    {message}", &rest[..close]))
    })();
    match parsed {
        Some(msg) => ChartError::Invalid(msg),
        None => ChartError::Render(err),
    }
}

/// `helm template [NAME] [CHART]`: splits the positional arguments into the release name
/// (`None` when only the chart is given: Helm's default `release-name`, or the name template)
/// and the chart, with Helm's errors for missing and surplus arguments.
pub fn template_positional_args<'a>(args: &[&'a str]) -> Result<(Option<&'a str>, &'a str), ChartError> {
    match args {
        [] => Err(ChartError::Invalid(
            "\"helm template\" requires at least 1 argument\n\nUsage:  helm template [NAME] [CHART] [flags]"
                .to_string(),
        )),
        [chart] => Ok((None, chart)),
        [name, chart] => Ok((Some(name), chart)),
        [_, _, rest @ ..] => Err(ChartError::Invalid(format!(
            "expected at most two arguments, unexpected arguments: {}",
            rest.join(", ")
        ))),
    }
}

/// Renders `chart` and returns what `helm template` prints: CRDs (with `include_crds`),
/// then manifests, then hooks (without test hooks when `skip_tests`), each as
/// `---\n# Source: <path>\n<document>`; with `show_only`, only the matching documents.
pub fn template(chart: &Chart, values: &Map, opts: &TemplateOptions) -> Result<String, ChartError> {
    let rel = render_release(chart, values, opts)?;
    let mut block = String::new();
    if opts.include_crds {
        for c in &rel.crds {
            block.push_str(&format!("---\n# Source: {}\n{}\n", c.path, c.content));
        }
    }
    for m in &rel.manifests {
        block.push_str(&format!("---\n# Source: {}\n{}\n", m.path, m.content));
    }
    let mut out = block.trim().to_string();
    out.push('\n');
    for h in &rel.hooks {
        if opts.skip_tests && h.hook_events.iter().any(|e| e == "test") {
            continue;
        }
        out.push_str(&format!("---\n# Source: {}\n{}\n", h.path, h.content));
    }
    if opts.show_only.is_empty() {
        return Ok(out);
    }
    let docs: Vec<String> = split_for_show_only(&out);
    let mut shown = String::new();
    for pattern in &opts.show_only {
        let mut missing = true;
        for d in &docs {
            let Some(rest) = d.find("# Source: ").map(|i| &d[i + "# Source: ".len()..]) else {
                continue;
            };
            let line = rest.lines().next().unwrap_or("");
            let Some((_, rel_path)) = line.split_once('/') else {
                continue;
            };
            if glob_match(pattern, rel_path) {
                shown.push_str(&format!("---\n{d}\n"));
                missing = false;
            }
        }
        if missing {
            return Err(ChartError::Invalid(format!(
                "could not find template {pattern} in chart"
            )));
        }
    }
    Ok(shown)
}

/// Helm's `SplitManifests`: documents split on `---` lines, trimmed, empty ones dropped.
fn split_for_show_only(text: &str) -> Vec<String> {
    let mut docs = Vec::new();
    let mut cur = String::new();
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        if bare.starts_with("---") && bare[3..].trim().is_empty() {
            docs.push(std::mem::take(&mut cur));
            continue;
        }
        cur.push_str(line);
    }
    docs.push(cur);
    docs.into_iter()
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_takes_a_chart_and_an_optional_name_like_helm() {
        let e = template_positional_args(&[]).unwrap_err().to_string();
        assert!(e.starts_with("\"helm template\" requires at least 1 argument\n\nUsage:  helm template"));
        assert_eq!(template_positional_args(&["./c"]).unwrap(), (None, "./c"));
        assert_eq!(template_positional_args(&["r", "./c"]).unwrap(), (Some("r"), "./c"));
        assert_eq!(
            template_positional_args(&["r", "./c", "x", "y"])
                .unwrap_err()
                .to_string(),
            "expected at most two arguments, unexpected arguments: x, y"
        );
    }

    #[test]
    fn unknown_kinds_follow_known_ones_alphabetically() {
        let m = |k: &str| Manifest {
            path: String::new(),
            content: String::new(),
            kind: k.into(),
            hook_events: vec![],
        };
        let mut docs = vec![m("Zed"), m("Deployment"), m("Alpha"), m("Namespace")];
        sort_by_kind(&mut docs);
        let kinds: Vec<_> = docs.iter().map(|d| d.kind.as_str()).collect();
        assert_eq!(kinds, ["Namespace", "Deployment", "Alpha", "Zed"]);
    }

    #[test]
    fn values_are_checked_against_the_schema() {
        let chart = Chart {
            metadata: crate::engine::Metadata {
                name: "c".into(),
                ..Default::default()
            },
            schema: Some(br#"{"type":"object","properties":{"port":{"type":"integer"}},"required":["port"]}"#.to_vec()),
            ..Default::default()
        };
        let good = Map::new();
        good.insert("port", Value::Float(80.0));
        assert!(validate_schema(&chart, &good).is_ok());
        let bad = Map::new();
        bad.insert("port", Value::string("http"));
        let err = validate_schema(&chart, &bad).unwrap_err().to_string();
        assert!(
            err.starts_with(
                "values don't meet the specifications of the schema(s) in the following chart(s):\nc:\n- at '/port': "
            ),
            "{err}"
        );
    }

    #[test]
    fn documents_split_on_separator_lines() {
        // Like Go's regexp split: the whitespace after a separator is eaten, so a directly
        // following `---` is not preceded by a newline and stays in the document.
        let docs = split_documents("a: 1\n---\n\n---\nb: 2\n");
        assert_eq!(docs, ["a: 1", "---\nb: 2\n"]);
        let docs = split_documents("---\nx: 1\n\n---   \n\n---\ny: 2\n");
        assert_eq!(docs, ["x: 1", "---\ny: 2\n"]);
    }
}
