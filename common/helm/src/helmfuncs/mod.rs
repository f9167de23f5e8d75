//! Helm's own template functions, added on top of Sprig the way Helm's engine does
//! (`pkg/engine/funcs.go` and the closures of `pkg/engine/engine.go`): `include` (with
//! Helm's per-name nesting limit), `tpl`, `required`, `fail`, `toYaml`, `mustToYaml`,
//! `toYamlPretty`, `fromYaml`, `fromYamlArray`, `toJson`, `mustToJson`, `fromJson`,
//! `fromJsonArray`, `toToml`, `mustToToml`, `fromToml` and `lookup`; `getHostByName`
//! returns "" unless [`HelmFuncOptions::enable_dns`] is set (Helm's `EnableDNS`).
//!
//! Entry point: [`helm_funcs`] returns the full function map a chart template sees (Sprig
//! without `env`/`expandenv`, plus the functions above), configured by [`HelmFuncOptions`]:
//! lint mode (`required` and `fail` do not stop rendering) and a [`Lookup`] hook that answers
//! `lookup` calls (without one, `lookup` returns an empty map, as `helm template` does).
//!
//! `required` and `fail` wrap their message in [`ERR_START`]/[`ERR_END`] markers like Helm,
//! so the engine can report `execution error at (<template>:<line>:<col>): <message>`.

pub(crate) mod fastyaml;
mod toml;
pub(crate) mod yaml;

use std::sync::{Arc, Mutex};

use crate::func::{CallContext, Func, FuncError, FuncMap, FuncResult, NameMap, Signature, Type};
use crate::sprig::{JsonStyle, sprig_funcs, to_json};
use crate::strconv;
use crate::value::{Map, Value};

pub use self::toml::{from_toml, to_toml};
pub use self::yaml::{to_yaml, to_yaml_pretty};

/// How deeply one template name may be nested through `include` (Helm's `recursionMaxNums`).
pub const INCLUDE_MAX_NESTING: usize = 1000;

/// Start marker of a `required`/`fail` message inside an error text.
pub const ERR_START: &str = "HELM_ERR_START";
/// End marker of a `required`/`fail` message inside an error text.
pub const ERR_END: &str = "HELM_ERR_END";

/// Answers the `lookup` template function: `lookup apiVersion kind namespace name`.
///
/// An implementation returns the object as a map, a list object (`{"items": [...]}`) when
/// `name` is empty, or an empty map when nothing is found. A controller supplies one backed
/// by the Kubernetes API; offline rendering uses none.
pub trait Lookup: Send + Sync {
    /// Looks the object up; an error stops rendering with `error calling lookup: <error>`.
    fn lookup(&self, api_version: &str, kind: &str, namespace: &str, name: &str) -> Result<Value, String>;
}

/// Options of Helm's function map.
#[derive(Clone, Default)]
pub struct HelmFuncOptions {
    /// Lint mode: `required` yields "" for a missing value and `fail` yields "" instead of
    /// stopping (Helm's `Engine.LintMode`).
    pub lint_mode: bool,
    /// Answers `lookup`; `None` makes `lookup` return an empty map.
    pub lookup: Option<Arc<dyn Lookup>>,
    /// Lets `getHostByName` resolve names (Helm's `EnableDNS`, `--enable-dns`); without it
    /// the function returns "".
    pub enable_dns: bool,
}

impl std::fmt::Debug for HelmFuncOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HelmFuncOptions")
            .field("lint_mode", &self.lint_mode)
            .field("lookup", &self.lookup.is_some())
            .field("enable_dns", &self.enable_dns)
            .finish()
    }
}

const S: Type = Type::String;
const A: Type = Type::Any;

fn sig(params: &[Type], result: Type) -> Signature {
    Signature::new(params.to_vec(), result)
}

fn arg(a: &[Value], i: usize) -> Value {
    a.get(i).cloned().unwrap_or_default()
}

fn str_arg(a: &[Value], i: usize) -> String {
    a.get(i).and_then(Value::as_str).unwrap_or("").to_string()
}

/// Wraps a message the way Helm's `required` and `fail` do.
pub fn wrap_err(msg: &str) -> String {
    format!("{ERR_START}{msg}{ERR_END}")
}

/// Returns the message between [`ERR_START`] and [`ERR_END`] in `text`, if any.
pub fn unwrap_err(text: &str) -> Option<&str> {
    let start = text.find(ERR_START)? + ERR_START.len();
    let end = text.rfind(ERR_END)?;
    (end >= start).then(|| &text[start..end])
}

/// Returns Sprig's functions plus Helm's own, as a chart template sees them.
///
/// Each call returns fresh `include` state (the per-name nesting counters), so build one map
/// per render.
pub fn helm_funcs(opts: &HelmFuncOptions) -> FuncMap {
    let mut m = sprig_funcs();
    m.extend(&helm_only_funcs(opts));
    m
}

/// Returns only Helm's own functions (see [`helm_funcs`]).
pub fn helm_only_funcs(opts: &HelmFuncOptions) -> FuncMap {
    let mut m = FuncMap::new();
    let included: Arc<Mutex<NameMap<usize>>> = Arc::new(Mutex::new(NameMap::default()));
    m.insert(
        "include",
        Func::with_context(sig(&[S, A], S), move |ctx, a| include(ctx, &included, a)),
    );
    m.insert("tpl", Func::with_context(sig(&[S, A], S), tpl));
    let lint = opts.lint_mode;
    m.insert(
        "required",
        Func::new(sig(&[S, A], A), move |a| {
            let val = arg(a, 1);
            let missing = val.is_nil() || val.as_str() == Some("");
            if !missing {
                return Ok(val);
            }
            if lint {
                return Ok(Value::string(""));
            }
            Err(FuncError::new(wrap_err(&str_arg(a, 0))))
        }),
    );
    m.insert(
        "fail",
        Func::new(sig(&[S], S), move |a| {
            if lint {
                return Ok(Value::string(""));
            }
            Err(FuncError::new(wrap_err(&str_arg(a, 0))))
        }),
    );
    m.insert(
        "toYaml",
        Func::new(sig(&[A], S), |a| {
            Ok(Value::string(to_yaml(&arg(a, 0)).map(trim_nl).unwrap_or_default()))
        }),
    );
    m.insert(
        "mustToYaml",
        Func::new(sig(&[A], S), |a| {
            to_yaml(&arg(a, 0))
                .map(|s| Value::string(trim_nl(s)))
                .map_err(FuncError::new)
        }),
    );
    m.insert(
        "toYamlPretty",
        Func::new(sig(&[A], S), |a| {
            Ok(Value::string(
                to_yaml_pretty(&arg(a, 0)).map(trim_nl).unwrap_or_default(),
            ))
        }),
    );
    m.insert(
        "fromYaml",
        Func::new(sig(&[S], A), |a| {
            let r = yaml::from_yaml(&str_arg(a, 0))
                .and_then(|v| into_map(v).map_err(|e| format!("error unmarshaling JSON: while decoding JSON: {e}")));
            Ok(map_or_error(r))
        }),
    );
    m.insert(
        "fromYamlArray",
        Func::new(sig(&[S], A), |a| {
            let r = yaml::from_yaml(&str_arg(a, 0))
                .and_then(|v| into_list(v).map_err(|e| format!("error unmarshaling JSON: while decoding JSON: {e}")));
            Ok(list_or_error(r))
        }),
    );
    m.insert(
        "toJson",
        Func::new(sig(&[A], S), |a| {
            Ok(Value::string(
                to_json(&arg(a, 0), JsonStyle::Compact).unwrap_or_default(),
            ))
        }),
    );
    m.insert(
        "mustToJson",
        Func::new(sig(&[A], S), |a| {
            to_json(&arg(a, 0), JsonStyle::Compact)
                .map(Value::string)
                .map_err(FuncError::new)
        }),
    );
    m.insert(
        "fromJson",
        Func::new(sig(&[S], A), |a| {
            Ok(map_or_error(json_decode(&str_arg(a, 0)).and_then(into_map)))
        }),
    );
    m.insert(
        "fromJsonArray",
        Func::new(sig(&[S], A), |a| {
            Ok(list_or_error(json_decode(&str_arg(a, 0)).and_then(into_list)))
        }),
    );
    m.insert(
        "toToml",
        Func::new(sig(&[A], S), |a| {
            Ok(Value::string(to_toml(&arg(a, 0)).unwrap_or_else(|e| e)))
        }),
    );
    m.insert(
        "mustToToml",
        Func::new(sig(&[A], S), |a| {
            to_toml(&arg(a, 0)).map(Value::string).map_err(FuncError::new)
        }),
    );
    m.insert(
        "fromToml",
        Func::new(sig(&[S], A), |a| Ok(map_or_error(from_toml(&str_arg(a, 0))))),
    );
    // Helm answers DNS lookups only with `EnableDNS`; otherwise Sprig's function is replaced.
    if !opts.enable_dns {
        m.insert("getHostByName", Func::new(sig(&[S], S), |_| Ok(Value::string(""))));
    }
    let lookup = opts.lookup.clone();
    m.insert(
        "lookup",
        Func::new(sig(&[S, S, S, S], Type::Map), move |a| match &lookup {
            None => Ok(Value::Map(Map::new())),
            Some(l) => l
                .lookup(&str_arg(a, 0), &str_arg(a, 1), &str_arg(a, 2), &str_arg(a, 3))
                .map_err(FuncError::new),
        }),
    );
    m
}

fn trim_nl(s: String) -> String {
    match s.strip_suffix('\n') {
        Some(t) => t.to_string(),
        None => s,
    }
}

fn include(ctx: &mut CallContext<'_>, included: &Mutex<NameMap<usize>>, a: &[Value]) -> FuncResult {
    let name = a.first().and_then(Value::as_str).unwrap_or("");
    {
        let mut counts = included.lock().unwrap_or_else(|p| p.into_inner());
        // Helm counts how deeply each name is being included (a key is allocated once).
        match counts.get_mut(name) {
            Some(n) if *n > INCLUDE_MAX_NESTING => {
                return Err(FuncError::new(format!(
                    "rendering template has a nested reference name: {name}: unable to execute template"
                )));
            }
            Some(n) => *n += 1,
            None => {
                counts.insert(name.to_string(), 1);
            }
        }
    }
    let result = Value::try_build_string(|out| ctx.execute_template_into(name, &arg(a, 1), out));
    {
        let mut counts = included.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = counts.get_mut(name) {
            *n = n.saturating_sub(1);
        }
    }
    Ok(result?)
}

fn tpl(ctx: &mut CallContext<'_>, a: &[Value]) -> FuncResult {
    let text = str_arg(a, 0);
    let mut t = ctx.template().clone();
    let name = t.name().to_string();
    t.parse_named_replace(&name, &text)
        .map_err(|e| FuncError::new(format!("cannot parse template {}: {e}", strconv::quote(&text))))?;
    let out = ctx.execute_in(&t, &name, &arg(a, 1)).map_err(|e| {
        FuncError::new(format!(
            "error during tpl function execution for {}: {e}",
            strconv::quote(&text)
        ))
    })?;
    Ok(Value::string(out.replace("<no value>", "")))
}

fn json_decode(s: &str) -> Result<Value, String> {
    let v: serde_json::Value = serde_json::from_str(s).map_err(|e| e.to_string())?;
    Ok(Value::from_json_float64(&v))
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::List(_) => "array",
        Value::Map(_) => "object",
        Value::String(_) => "string",
        Value::Bool(_) => "bool",
        _ => "number",
    }
}

fn into_map(v: Value) -> Result<Value, String> {
    match v {
        Value::Map(_) => Ok(v),
        Value::Nil => Ok(Value::Map(Map::new())),
        other => Err(format!(
            "json: cannot unmarshal {} into Go value of type map[string]interface {{}}",
            json_kind(&other)
        )),
    }
}

fn into_list(v: Value) -> Result<Value, String> {
    match v {
        Value::List(_) => Ok(v),
        Value::Nil => Ok(Value::list(Vec::new())),
        other => Err(format!(
            "json: cannot unmarshal {} into Go value of type []interface {{}}",
            json_kind(&other)
        )),
    }
}

fn map_or_error(r: Result<Value, String>) -> Value {
    r.unwrap_or_else(|e| {
        let m = Map::new();
        m.insert("Error", Value::string(e));
        Value::Map(m)
    })
}

fn list_or_error(r: Result<Value, String>) -> Value {
    r.unwrap_or_else(|e| Value::list(vec![Value::string(e)]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{MissingKey, Template};

    fn render(text: &str, data: serde_json::Value) -> Result<String, String> {
        let mut t = Template::new("gotpl");
        t.set_missing_key(MissingKey::Zero);
        t.funcs(&helm_funcs(&HelmFuncOptions::default()));
        t.parse(text).map_err(|e| e.to_string())?;
        t.execute(&Value::from_json_float64(&data)).map_err(|e| e.to_string())
    }

    #[test]
    fn include_renders_a_named_template_with_the_given_dot() {
        let out = render(
            r#"{{define "x"}}[{{.a}}]{{end}}{{include "x" . | upper}}"#,
            serde_json::json!({"a": "b"}),
        );
        assert_eq!(out.as_deref(), Ok("[B]"));
    }

    #[test]
    fn include_stops_runaway_recursion_with_helms_message() {
        let err = render(
            r#"{{define "r"}}{{include "r" .}}{{end}}{{include "r" .}}"#,
            serde_json::json!({}),
        )
        .err()
        .unwrap_or_default();
        assert!(err.ends_with("rendering template has a nested reference name: r: unable to execute template"));
    }

    #[test]
    fn tpl_sees_the_current_defines_and_strips_no_value() {
        let out = render(
            r#"{{define "d"}}D{{end}}{{tpl "{{include \"d\" .}}-{{.missing}}" .}}"#,
            serde_json::json!({}),
        );
        assert_eq!(out.as_deref(), Ok("D-"));
    }

    #[test]
    fn required_and_fail_wrap_their_message_for_the_engine() {
        let err = render(r#"{{required "need x" .x}}"#, serde_json::json!({}))
            .err()
            .unwrap_or_default();
        assert_eq!(unwrap_err(&err), Some("need x"));
        let err = render(r#"{{fail "boom"}}"#, serde_json::json!({}))
            .err()
            .unwrap_or_default();
        assert_eq!(unwrap_err(&err), Some("boom"));
    }

    #[test]
    fn to_yaml_and_from_yaml_round_trip_helm_style() {
        let out = render(
            r#"{{toYaml .}}|{{(fromYaml "a: 1\nb: [x]").b}}|{{fromYaml "- 1"}}"#,
            serde_json::json!({"n": 1.0, "num": 2.5, "s": "on", "l": []}),
        );
        assert_eq!(
            out.as_deref(),
            Ok(
                "l: []\n\"n\": 1\nnum: 2.5\ns: \"on\"|[x]|map[Error:error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}]"
            )
        );
    }

    #[test]
    fn to_yaml_folds_long_plain_strings_like_go_yaml_v2() {
        let long = "word ".repeat(20).trim_end().to_string();
        let out = to_yaml(&Value::from_json(&serde_json::json!({ "k": long }))).unwrap_or_default();
        let first = out.lines().next().unwrap_or("");
        assert!(first.len() > 80 && out.lines().nth(1).is_some_and(|l| l.starts_with("  word")));
    }

    #[test]
    fn lookup_returns_an_empty_map_offline_and_asks_the_hook_otherwise() {
        struct One;
        impl Lookup for One {
            fn lookup(&self, _: &str, kind: &str, _: &str, name: &str) -> Result<Value, String> {
                Ok(Value::string(format!("{kind}/{name}")))
            }
        }
        assert_eq!(
            render(r#"{{lookup "v1" "Secret" "ns" "s"}}"#, serde_json::json!({})).as_deref(),
            Ok("map[]")
        );
        let mut t = Template::new("t");
        t.funcs(&helm_funcs(&HelmFuncOptions {
            lint_mode: false,
            lookup: Some(Arc::new(One)),
            enable_dns: false,
        }));
        let out = t
            .parse(r#"{{lookup "v1" "Secret" "ns" "s"}}"#)
            .and_then(|t| t.execute(&Value::Nil));
        assert_eq!(out.ok().as_deref(), Some("Secret/s"));
    }

    #[test]
    fn get_host_by_name_resolves_only_with_dns_enabled() {
        let text = r#"{{getHostByName "localhost"}}"#;
        assert_eq!(render(text, serde_json::json!({})).as_deref(), Ok(""));
        let mut t = Template::new("t");
        t.funcs(&helm_funcs(&HelmFuncOptions {
            enable_dns: true,
            ..Default::default()
        }));
        let out = t.parse(text).and_then(|t| t.execute(&Value::Nil)).unwrap_or_default();
        assert!(
            out.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback()),
            "{out}"
        );
    }
}
