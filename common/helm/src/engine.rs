//! Helm's rendering engine (`pkg/engine/engine.go`): every template of a chart and its
//! subcharts parsed into one template set, then each non-partial template executed with its
//! chart's view of the values, errors reworded the way Helm does.
//!
//! Entry points: [`Engine::render`] for a [`Chart`] tree and the top-level values map
//! (`Values`, `Release`, `Capabilities`, …), and [`Engine::render_templates`] for a plain
//! name-to-text map. Templates are named `<chart>/templates/<file>`, subcharts'
//! `<chart>/charts/<sub>/templates/<file>`; they are parsed deepest path first (so a parent
//! chart's `define` wins over a subchart's) with `missingkey=zero` (or `missingkey=error`
//! when strict), and `<no value>` is removed from the output. Each chart's templates see
//! `.Values` (the parent's `.Values.<chart>` for subcharts), `.Chart` (metadata plus
//! `IsRoot`), `.Files` (`Get`, `GetBytes`, `Lines`, `Glob`, `AsConfig`, `AsSecrets`),
//! `.Release`, `.Capabilities`, `.Subcharts` and `.Template`
//! (`Name`, `BasePath`).

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::error::{Error, ErrorKind};
use crate::func::{Func, Signature, Type};
use crate::helmfuncs::{HelmFuncOptions, Lookup, helm_funcs, unwrap_err};
use crate::template::{MissingKey, Template};
use crate::value::{Map, Object, Value};

/// Chart metadata (`Chart.yaml`) as templates see it through `.Chart`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    /// `name`
    pub name: String,
    /// `version`
    pub version: String,
    /// `apiVersion` (`v1` or `v2`)
    pub api_version: String,
    /// `appVersion`
    pub app_version: String,
    /// `description`
    pub description: String,
    /// `type` (`application` or `library`)
    pub chart_type: String,
    /// `kubeVersion`
    pub kube_version: String,
    /// `home`
    pub home: String,
    /// `icon`
    pub icon: String,
    /// `condition`
    pub condition: String,
    /// `tags`
    pub tags: String,
    /// `deprecated`
    pub deprecated: bool,
    /// `keywords`
    pub keywords: Vec<String>,
    /// `sources`
    pub sources: Vec<String>,
    /// `annotations`
    pub annotations: BTreeMap<String, String>,
    /// `dependencies` (or, for `apiVersion: v1`, `requirements.yaml`).
    pub dependencies: Vec<Dependency>,
}

/// One entry of a dependency's `import-values`.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportValue {
    /// A plain string `x`: the child's `exports.x` table merged into the parent's top level.
    Exports(String),
    /// `{child, parent}`: the child's table at path `child` placed at path `parent`.
    ChildParent {
        /// The dotted path in the subchart's values.
        child: String,
        /// The dotted path in the parent's values.
        parent: String,
    },
}

/// One entry of `dependencies` in `Chart.yaml`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dependency {
    /// `name`: the subchart's name in its own `Chart.yaml`.
    pub name: String,
    /// `version`: a version constraint.
    pub version: String,
    /// `repository`
    pub repository: String,
    /// `condition`: comma-separated values paths, the first boolean one decides.
    pub condition: String,
    /// `tags`: the subchart is disabled when one of its tags is false and none is true.
    pub tags: Vec<String>,
    /// `import-values`.
    pub import_values: Vec<ImportValue>,
    /// `alias`: the name the subchart is rendered under.
    pub alias: String,
}

impl Metadata {
    /// Returns the value `.Chart` shows: the metadata fields under their Go names, plus
    /// `IsRoot`.
    pub fn to_value(&self, is_root: bool) -> Value {
        let m = Map::new();
        let s = |v: &str| Value::string(v);
        let list = |v: &[String]| {
            if v.is_empty() {
                Value::Nil
            } else {
                Value::list(v.iter().map(|x| Value::string(x.as_str())).collect())
            }
        };
        m.insert("Name", s(&self.name));
        m.insert("Version", s(&self.version));
        m.insert("APIVersion", s(&self.api_version));
        m.insert("AppVersion", s(&self.app_version));
        m.insert("Description", s(&self.description));
        m.insert("Type", s(&self.chart_type));
        m.insert("KubeVersion", s(&self.kube_version));
        m.insert("Home", s(&self.home));
        m.insert("Icon", s(&self.icon));
        m.insert("Condition", s(&self.condition));
        m.insert("Tags", s(&self.tags));
        m.insert("Deprecated", Value::Bool(self.deprecated));
        m.insert("Keywords", list(&self.keywords));
        m.insert("Sources", list(&self.sources));
        m.insert("Maintainers", Value::Nil);
        m.insert("Dependencies", Value::Nil);
        m.insert(
            "Annotations",
            if self.annotations.is_empty() {
                Value::Nil
            } else {
                Value::map(
                    self.annotations
                        .iter()
                        .map(|(k, v)| (k.clone(), Value::string(v.as_str())))
                        .collect(),
                )
            },
        );
        m.insert("IsRoot", Value::Bool(is_root));
        Value::Map(m)
    }
}

/// A file of a chart: its path relative to the chart root and its content.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartFile {
    /// Path relative to the chart root, with `/` separators (`templates/deployment.yaml`).
    pub name: String,
    /// The content.
    pub data: Vec<u8>,
}

/// A loaded chart: metadata, templates, other files, default values and subcharts.
#[derive(Clone, Debug, Default)]
pub struct Chart {
    /// `Chart.yaml`.
    pub metadata: Metadata,
    /// The files under `templates/`.
    pub templates: Vec<ChartFile>,
    /// Every other file (what `.Files` serves).
    pub files: Vec<ChartFile>,
    /// The default values (`values.yaml`).
    pub values: Map,
    /// The subcharts, in the order they are rendered.
    pub dependencies: Vec<Chart>,
    /// `values.schema.json`, if the chart has one.
    pub schema: Option<Vec<u8>>,
}

impl Chart {
    /// Returns the chart's name.
    pub fn name(&self) -> &str {
        &self.metadata.name
    }

    /// Reports whether this is a library chart (only its partials are used).
    pub fn is_library(&self) -> bool {
        self.metadata.chart_type == "library"
    }
}

/// `.Files`: the chart's non-template files by name, with Helm's `Get`, `GetBytes`,
/// `Lines`, `Glob`, `AsConfig` and `AsSecrets` methods.
struct Files {
    files: Arc<BTreeMap<String, Arc<[u8]>>>,
}

impl Files {
    fn text(&self, key: &str) -> String {
        self.files
            .get(key)
            .map(|d| String::from_utf8_lossy(d).into_owned())
            .unwrap_or_default()
    }

    /// `AsConfig`/`AsSecrets`: a YAML map from base names to (encoded) contents.
    fn as_yaml(&self, encode: impl Fn(&[u8]) -> String) -> String {
        if self.files.is_empty() {
            return String::new();
        }
        let m: BTreeMap<String, Value> = self
            .files
            .iter()
            .map(|(k, v)| (k.rsplit('/').next().unwrap_or(k).to_string(), Value::string(encode(v))))
            .collect();
        match crate::helmfuncs::yaml::to_yaml(&Value::map(m)) {
            Ok(y) => y.strip_suffix('\n').unwrap_or(&y).to_string(),
            Err(_) => String::new(),
        }
    }
}

impl Object for Files {
    fn type_name(&self) -> String {
        "files.Files".to_string()
    }

    fn method(&self, name: &str) -> Option<Func> {
        let me = Files {
            files: self.files.clone(),
        };
        let arg = |a: &[Value]| a.first().and_then(Value::as_str).unwrap_or("").to_string();
        match name {
            "Get" | "GetBytes" => Some(Func::new(Signature::new(vec![Type::String], Type::String), move |a| {
                Ok(Value::string(me.text(&arg(a))))
            })),
            "Lines" => Some(Func::new(Signature::new(vec![Type::String], Type::List), move |a| {
                let key = arg(a);
                if !me.files.contains_key(&key) {
                    return Ok(Value::list(Vec::new()));
                }
                let text = me.text(&key);
                let text = text.strip_suffix('\n').unwrap_or(&text);
                Ok(Value::list(text.split('\n').map(Value::string).collect()))
            })),
            "Glob" => Some(Func::new(Signature::new(vec![Type::String], Type::Any), move |a| {
                let pattern = arg(a);
                let files: BTreeMap<String, Arc<[u8]>> = me
                    .files
                    .iter()
                    .filter(|(k, _)| glob_match_double_star(&pattern, k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                Ok(Value::Object(Arc::new(Files { files: Arc::new(files) })))
            })),
            "AsConfig" => Some(Func::new(Signature::new(vec![], Type::String), move |_| {
                Ok(Value::string(me.as_yaml(|d| String::from_utf8_lossy(d).into_owned())))
            })),
            "AsSecrets" => Some(Func::new(Signature::new(vec![], Type::String), move |_| {
                use base64::Engine as _;
                Ok(Value::string(
                    me.as_yaml(|d| base64::engine::general_purpose::STANDARD.encode(d)),
                ))
            })),
            _ => None,
        }
    }

    fn underlying(&self) -> Option<Value> {
        Some(Value::map(
            self.files
                .iter()
                .map(|(k, v)| (k.clone(), Value::string(String::from_utf8_lossy(v).into_owned())))
                .collect(),
        ))
    }
}

/// Matches a path against a `.Files.Glob` pattern (gobwas/glob with `/` as separator): `*`
/// and `?` stay within a path segment, `**` crosses segments, `[…]`/`[!…]` are classes and
/// `{a,b}` alternatives.
pub fn glob_match_double_star(pattern: &str, name: &str) -> bool {
    // Expand `{a,b}` alternatives first (no nesting beyond a small bound).
    if let Some(open) = pattern.find('{')
        && let Some(close_rel) = pattern[open..].find('}')
    {
        let close = open + close_rel;
        let (head, alts, tail) = (&pattern[..open], &pattern[open + 1..close], &pattern[close + 1..]);
        return alts
            .split(',')
            .any(|alt| glob_match_double_star(&format!("{head}{alt}{tail}"), name));
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    star_match(&p, &n)
}

fn star_match(p: &[char], n: &[char]) -> bool {
    stacker::maybe_grow(32 * 1024, 1024 * 1024, || {
        let Some((&c, rest)) = p.split_first() else {
            return n.is_empty();
        };
        match c {
            '*' if rest.first() == Some(&'*') => {
                let rest = &rest[1..];
                (0..=n.len()).any(|i| star_match(rest, &n[i..]))
            }
            '*' => {
                for i in 0..=n.len() {
                    if i > 0 && n[i - 1] == '/' {
                        return false;
                    }
                    if star_match(rest, &n[i..]) {
                        return true;
                    }
                }
                false
            }
            '?' => matches!(n.first(), Some(ch) if *ch != '/') && star_match(rest, &n[1..]),
            '[' => {
                let Some((&ch, n_rest)) = n.split_first() else {
                    return false;
                };
                let Some(end) = rest.iter().position(|c| *c == ']') else {
                    return false;
                };
                let class = &rest[..end];
                let (negated, class) = match class.first() {
                    Some('!') | Some('^') => (true, &class[1..]),
                    _ => (false, class),
                };
                let mut hit = false;
                let mut i = 0;
                while i < class.len() {
                    if i + 2 < class.len() && class[i + 1] == '-' {
                        hit |= class[i] <= ch && ch <= class[i + 2];
                        i += 3;
                    } else {
                        hit |= class[i] == ch;
                        i += 1;
                    }
                }
                hit != negated && star_match(&rest[end + 1..], n_rest)
            }
            '\\' => match rest.split_first() {
                Some((&e, rest2)) => n.first() == Some(&e) && star_match(rest2, &n[1..]),
                None => false,
            },
            _ => n.first() == Some(&c) && star_match(rest, &n[1..]),
        }
    })
}

/// Helm's rendering engine and its options.
#[derive(Clone, Default)]
pub struct Engine {
    /// Strict mode: a missing map key is an error (`missingkey=error`).
    pub strict: bool,
    /// Lint mode: `required` and `fail` do not stop rendering.
    pub lint_mode: bool,
    /// Answers `lookup` (none: an empty map, as in `helm template`).
    pub lookup: Option<Arc<dyn Lookup>>,
    /// Lets `getHostByName` resolve names (Helm's `EnableDNS`); off by default.
    pub enable_dns: bool,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("strict", &self.strict)
            .field("lint_mode", &self.lint_mode)
            .field("lookup", &self.lookup.is_some())
            .field("enable_dns", &self.enable_dns)
            .finish()
    }
}

/// One template to render: its text, its data and its `.Template.BasePath`.
struct Renderable {
    text: Arc<str>,
    vars: Map,
    base_path: String,
}

impl Engine {
    /// Renders every template of `chart` and its subcharts with `values` (the top-level map
    /// holding `Values`, `Release`, `Capabilities`, …) and returns the output of each
    /// non-partial template by name.
    pub fn render(&self, chart: &Chart, values: &Value) -> Result<BTreeMap<String, String>, Error> {
        let top = match values {
            Value::Map(m) => m.clone(),
            _ => Map::new(),
        };
        let mut tpls = BTreeMap::new();
        all_templates(chart, chart.name(), true, &top, &mut tpls);
        self.render_all(tpls).map(|(files, _)| files)
    }

    /// Renders like [`Engine::render`] and also returns the parsed template set, so that a
    /// one-shot caller can decide how (or whether) to release it.
    pub fn render_with_templates(
        &self,
        chart: &Chart,
        values: &Value,
    ) -> Result<(BTreeMap<String, String>, Template), Error> {
        let top = match values {
            Value::Map(m) => m.clone(),
            _ => Map::new(),
        };
        let mut tpls = BTreeMap::new();
        all_templates(chart, chart.name(), true, &top, &mut tpls);
        self.render_all(tpls)
    }

    /// Renders a name-to-text map of templates, each with `data` as dot (Helm's internal
    /// `render`; `.Template` is set on `data` when it is a map).
    pub fn render_templates(
        &self,
        templates: &BTreeMap<String, String>,
        data: &Value,
    ) -> Result<BTreeMap<String, String>, Error> {
        let vars = match data {
            Value::Map(m) => m.clone(),
            _ => Map::new(),
        };
        let tpls = templates
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    Renderable {
                        text: Arc::from(v.as_str()),
                        vars: vars.clone(),
                        base_path: String::new(),
                    },
                )
            })
            .collect();
        self.render_all(tpls).map(|(files, _)| files)
    }

    /// Returns the template set a render starts from: Helm's functions and missing-key mode.
    pub fn new_template(&self) -> Template {
        let mut t = Template::new("gotpl");
        t.set_missing_key(if self.strict {
            MissingKey::Error
        } else {
            MissingKey::Zero
        });
        t.funcs(&helm_funcs(&HelmFuncOptions {
            lint_mode: self.lint_mode,
            lookup: self.lookup.clone(),
            enable_dns: self.enable_dns,
        }));
        t
    }

    fn render_all(&self, tpls: BTreeMap<String, Renderable>) -> Result<(BTreeMap<String, String>, Template), Error> {
        let mut t = self.new_template();
        let keys = sort_templates(tpls.keys());
        for name in &keys {
            if let Some(r) = tpls.get(name) {
                t.parse_named_shared(name, &r.text)
                    .map_err(|e| cleanup_parse_error(name, &e))?;
            }
        }
        let mut out = BTreeMap::new();
        for name in &keys {
            let Some(r) = tpls.get(name) else { continue };
            if name.rsplit('/').next().is_some_and(|b| b.starts_with('_')) {
                continue;
            }
            let tm = Map::new();
            tm.insert("Name", Value::string(name.as_str()));
            tm.insert("BasePath", Value::string(r.base_path.as_str()));
            r.vars.insert("Template", Value::Map(tm));
            let mut text = String::with_capacity(r.text.len() + r.text.len() / 2);
            t.execute_to(name, &Value::Map(r.vars.clone()), &mut text)
                .map_err(|e| reformat_exec_error(name, e))?;
            out.insert(name.clone(), remove_no_value(text));
        }
        Ok((out, t))
    }
}

/// Collects the templates of `chart` (named under `path`) and returns the chart's data map.
fn all_templates(
    chart: &Chart,
    path: &str,
    is_root: bool,
    parent: &Map,
    out: &mut BTreeMap<String, Renderable>,
) -> Map {
    let subcharts = Map::new();
    let next = Map::new();
    next.insert("Chart", chart.metadata.to_value(is_root));
    let files: BTreeMap<String, Arc<[u8]>> = chart
        .files
        .iter()
        .map(|f| (f.name.clone(), Arc::from(f.data.as_slice())))
        .collect();
    next.insert("Files", Value::Object(Arc::new(Files { files: Arc::new(files) })));
    next.insert("Release", parent.get("Release").unwrap_or_default());
    next.insert("Capabilities", parent.get("Capabilities").unwrap_or_default());
    let values = if is_root {
        parent.get("Values").unwrap_or_default()
    } else {
        match parent.get("Values") {
            Some(Value::Map(pv)) => match pv.get(chart.name()) {
                Some(Value::Map(v)) => Value::Map(v),
                _ => Value::Map(Map::new()),
            },
            _ => Value::Map(Map::new()),
        }
    };
    next.insert("Values", values);
    next.insert("Subcharts", Value::Map(subcharts.clone()));
    for dep in &chart.dependencies {
        let sub_path = format!("{path}/charts/{}", dep.name());
        let sub = all_templates(dep, &sub_path, false, &next, out);
        subcharts.insert(dep.name(), Value::Map(sub));
    }
    for t in &chart.templates {
        if chart.is_library() && !t.name.rsplit('/').next().is_some_and(|b| b.starts_with('_')) {
            continue;
        }
        out.insert(
            format!("{path}/{}", t.name),
            Renderable {
                text: utf8_lossy(&t.data),
                vars: next.clone(),
                base_path: format!("{path}/templates"),
            },
        );
    }
    next
}

/// Returns `data` as text, invalid UTF-8 replaced (checked with the fast validator first).
pub(crate) fn utf8_lossy(data: &[u8]) -> Arc<str> {
    match std::str::from_utf8(data) {
        Ok(s) => Arc::from(s),
        Err(_) => Arc::from(String::from_utf8_lossy(data).as_ref()),
    }
}

/// Removes every `<no value>` from an output (Helm's `strings.ReplaceAll`), without copying
/// when there is none.
pub(crate) fn remove_no_value(text: String) -> String {
    const NO_VALUE: &str = "<no value>";
    if crate::lex::find_str(&text, NO_VALUE).is_none() {
        return text;
    }
    text.replace(NO_VALUE, "")
}

/// Helm's parse order: more path segments first, then reverse lexical order.
fn sort_templates<'a>(names: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut keys: Vec<String> = names.cloned().collect();
    keys.sort_by(|a, b| {
        let (ca, cb) = (a.matches('/').count(), b.matches('/').count());
        cb.cmp(&ca).then_with(|| b.cmp(a))
    });
    keys
}

/// Rewords a parse error as `parse error at (<location>): <message>`.
fn cleanup_parse_error(name: &str, err: &Error) -> Error {
    let text = err.message();
    let tokens: Vec<&str> = text.split(": ").collect();
    let msg = if tokens.len() == 1 {
        format!("parse error in ({name}): {text}")
    } else {
        format!("parse error at ({}): {}", tokens[1], tokens[tokens.len() - 1])
    };
    Error::new(ErrorKind::Parse, msg)
}

/// Rewords an execution error whose cause is `required` or `fail` as
/// `execution error at (<location>): <message>`; other errors are returned unchanged.
fn reformat_exec_error(name: &str, err: Error) -> Error {
    if err.kind() != ErrorKind::Exec {
        return err;
    }
    let text = err.message().to_string();
    let tokens: Vec<&str> = text.splitn(3, ": ").collect();
    if tokens.len() != 3 {
        return Error::new(ErrorKind::Exec, format!("execution error in ({name}): {text}"));
    }
    match unwrap_err(tokens[2]) {
        Some(msg) => Error::new(ErrorKind::Exec, format!("execution error at ({}): {msg}", tokens[1])),
        None => err,
    }
}

#[cfg(test)]
mod glob_tests {
    use super::glob_match_double_star as g;

    #[test]
    fn files_glob_follows_gobwas_rules() {
        assert!(g("config/*.toml", "config/a.toml"));
        assert!(!g("config/*.toml", "config/sub/a.toml"));
        assert!(g("config/**.toml", "config/sub/a.toml"));
        assert!(g("**/*.{yaml,json}", "a/b/c.json"));
        assert!(g("f[0-9].txt", "f3.txt"));
    }
}
