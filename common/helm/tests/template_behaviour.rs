#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Behaviour of the template engine beyond Go's own test tables: what Helm relies on
//! (missing keys, shared maps, objects with methods, nested template calls through
//! functions), error wording and robustness against hostile input.

use std::sync::Arc;

use ferroflux_helm::{
    CallContext, ErrorKind, Func, FuncError, FuncMap, MissingKey, Object, Signature, Template, Type, Value,
};
use serde_json::json;

fn render(src: &str, data: serde_json::Value) -> Result<String, String> {
    let mut t = Template::new("t");
    t.parse(src).map_err(|e| e.to_string())?;
    t.execute(&Value::from_json(&data)).map_err(|e| e.to_string())
}

fn ok(src: &str, data: serde_json::Value) -> String {
    render(src, data).unwrap()
}

#[test]
fn missing_keys_print_no_value_by_default_and_chain_quietly() {
    assert_eq!(
        ok("{{.a}}|{{.a.b.c}}|{{.x.y}}", json!({"x": {}})),
        "<no value>|<no value>|<no value>"
    );
}

#[test]
fn missingkey_zero_makes_looking_into_a_missing_key_an_error_like_helm() {
    let mut t = Template::new("t");
    t.option("missingkey=zero").unwrap();
    t.parse("{{.a}}").unwrap();
    assert_eq!(t.execute(&Value::from_json(&json!({}))).unwrap(), "<no value>");
    t.parse("{{.a.b}}").unwrap();
    let err = t.execute(&Value::from_json(&json!({}))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "template: t:1:4: executing \"t\" at <.a.b>: nil pointer evaluating interface {}.b"
    );
}

#[test]
fn an_explicit_null_cannot_be_looked_into() {
    let err = render("{{.a.b}}", json!({"a": null})).unwrap_err();
    assert!(err.ends_with("nil pointer evaluating interface {}.b"), "{err}");
}

#[test]
fn missingkey_error_names_the_key() {
    let mut t = Template::new("t");
    t.option("missingkey=error").unwrap();
    t.parse("{{.a}}").unwrap();
    let err = t.execute(&Value::from_json(&json!({}))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "template: t:1:2: executing \"t\" at <.a>: map has no entry for key \"a\""
    );
    assert!(Template::new("t").option("missingkey=maybe").is_err());
}

#[test]
fn maps_are_shared_so_a_set_function_mutates_what_every_reference_sees() {
    let mut t = Template::new("t");
    t.add_func(
        "set",
        Func::new(
            Signature::new(vec![Type::Map, Type::String, Type::Any], Type::Map),
            |a| {
                let Value::Map(m) = &a[0] else {
                    return Err(FuncError::new("not a map"));
                };
                m.insert(a[1].as_str().unwrap_or(""), a[2].clone());
                Ok(a[0].clone())
            },
        ),
    );
    t.parse(r#"{{$d := .d}}{{$_ := set $d "k" 42}}{{.d.k}} {{$d.k}}"#)
        .unwrap();
    assert_eq!(t.execute(&Value::from_json(&json!({"d": {}}))).unwrap(), "42 42");
}

#[test]
fn range_walks_maps_in_key_order_with_break_continue_and_else() {
    assert_eq!(
        ok(
            "{{range $k, $v := .}}{{$k}}={{$v}};{{end}}",
            json!({"b": 2, "a": 1, "c": 3})
        ),
        "a=1;b=2;c=3;"
    );
    assert_eq!(
        ok(
            "{{range .}}{{if eq . 2}}{{continue}}{{end}}{{if eq . 4}}{{break}}{{end}}{{.}}{{end}}",
            json!([1, 2, 3, 4, 5])
        ),
        "13"
    );
    assert_eq!(ok("{{range .}}x{{else}}empty{{end}}", json!([])), "empty");
    assert_eq!(ok("{{range $i := 3}}{{$i}}{{end}}", json!(null)), "012");
    assert!(
        render("{{range $i, $v := 3}}{{end}}", json!(null))
            .unwrap_err()
            .contains("can't use 3 to iterate over more than one variable")
    );
    assert!(
        render("{{range true}}{{end}}", json!(null))
            .unwrap_err()
            .contains("range can't iterate over true")
    );
}

#[test]
fn if_else_if_and_with_else_with_pick_the_first_true_branch() {
    let src = "{{if .a}}a{{else if .b}}b{{else}}c{{end}}|{{with .a}}{{.}}{{else with .b}}{{.}}{{else}}none{{end}}";
    assert_eq!(ok(src, json!({"b": "B"})), "b|B");
    assert_eq!(ok(src, json!({})), "c|none");
}

#[test]
fn variables_are_scoped_and_templates_see_only_their_own_dollar() {
    let src = r#"{{define "inner"}}{{$}}{{end}}{{$x := 1}}{{if true}}{{$x = 2}}{{$y := 3}}{{end}}{{$x}}{{template "inner" "dot"}}"#;
    assert_eq!(ok(src, json!(null)), "2dot");
    let err = render("{{if true}}{{$y := 1}}{{end}}{{$y}}", json!(null)).unwrap_err();
    assert_eq!(err, "template: t:1: undefined variable \"$y\"");
}

#[test]
fn blocks_define_defaults_that_later_definitions_override() {
    let mut t = Template::new("page");
    t.parse(r#"<{{block "body" .}}default {{.}}{{end}}>"#).unwrap();
    let data = Value::string("x");
    assert_eq!(t.execute(&data).unwrap(), "<default x>");
    let mut overlay = t.clone();
    overlay.parse(r#"{{define "body"}}custom {{.}}{{end}}"#).unwrap();
    assert_eq!(overlay.execute(&data).unwrap(), "<custom x>");
    assert_eq!(t.execute(&data).unwrap(), "<default x>");
}

#[test]
fn trim_markers_and_comments_shape_whitespace() {
    assert_eq!(ok("a  {{- /* c */ -}}  b\n{{- 1 }}\n", json!(null)), "ab1\n");
}

#[test]
fn custom_delimiters_replace_braces() {
    let mut t = Template::new("t");
    t.delims("[[", "]]").parse("{{.}} [[.]]").unwrap();
    assert_eq!(t.execute(&Value::string("v")).unwrap(), "{{.}} v");
}

#[test]
fn parse_errors_carry_name_and_line() {
    let err = Template::new("f.yaml").parse("a\nb\n{{ if }}").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Parse);
    assert_eq!(err.to_string(), "template: f.yaml:3: missing value for if");
    let err = Template::new("f.yaml").parse("{{ nosuch }}").unwrap_err();
    assert_eq!(err.to_string(), "template: f.yaml:1: function \"nosuch\" not defined");
}

#[test]
fn exec_errors_carry_location_template_and_node() {
    let err = render("line1\n  {{ index .l 5 }}", json!({"l": [1]})).unwrap_err();
    assert_eq!(
        err,
        "template: t:2:5: executing \"t\" at <index .l 5>: error calling index: index out of range: 5"
    );
    let err = render("{{ template \"nope\" }}", json!(null)).unwrap_err();
    assert_eq!(
        err,
        "template: t:1:12: executing \"t\" at <{{template \"nope\"}}>: template \"nope\" not defined"
    );
    let t = Template::new("t");
    assert_eq!(
        t.execute_template("x", &Value::Nil).unwrap_err().kind(),
        ErrorKind::NoTemplate
    );
}

#[test]
fn comparisons_follow_go_basic_kinds() {
    assert_eq!(
        ok(
            "{{eq 1 1 2}} {{lt 1 2}} {{eq .u 3}} {{ne \"a\" \"b\"}}",
            json!({"u": 3u64})
        ),
        "true true true true"
    );
    assert!(
        render("{{eq 1 1.0}}", json!(null))
            .unwrap_err()
            .ends_with("incompatible types for comparison")
    );
    assert_eq!(ok("{{eq .missing \"x\"}}", json!({})), "false");
    assert!(
        render("{{lt true false}}", json!(null))
            .unwrap_err()
            .ends_with("invalid type for comparison")
    );
}

#[test]
fn printf_and_print_follow_go_fmt() {
    assert_eq!(
        ok(
            r#"{{printf "%5.2f|%-4s|%03d|%x|%q|%v|%T" 3.14159 "ab" 7 255 "q" .m .f}}"#,
            json!({"m": {"b": 1, "a": [1, "x"]}, "f": 1.5})
        ),
        " 3.14|ab  |007|ff|\"q\"|map[a:[1 x] b:1]|float64"
    );
    assert_eq!(ok("{{.}}", json!(1000000.0)), "1e+06");
    assert_eq!(ok("{{print 1 2 \"a\" 3}} {{println \"x\"}}", json!(null)), "1 2a3 x\n");
    assert_eq!(
        ok("{{html \"<a&b>\"}} {{js \"it's\"}} {{urlquery \"a b/c\"}}", json!(null)),
        "&lt;a&amp;b&gt; it\\'s a+b%2Fc"
    );
}

#[test]
fn and_or_short_circuit_and_return_the_deciding_value() {
    let mut t = Template::new("t");
    t.add_func(
        "boom",
        Func::new(Signature::new(vec![], Type::Any), |_| Err(FuncError::new("evaluated"))),
    );
    t.parse("{{or 0 \"x\" (boom)}} {{and 1 0 (boom)}} {{or .a .b}}")
        .unwrap();
    assert_eq!(t.execute(&Value::from_json(&json!({"b": "B"}))).unwrap(), "x 0 B");
}

#[test]
fn typed_parameters_convert_constants_and_reject_wrong_values_like_go() {
    let mut t = Template::new("t");
    t.add_func(
        "half",
        Func::new(Signature::new(vec![Type::Float64], Type::Float64), |a| match a[0] {
            Value::Float(f) => Ok(Value::Float(f / 2.0)),
            _ => Err(FuncError::new("not a float")),
        }),
    );
    t.add_func(
        "upper",
        Func::new(Signature::new(vec![Type::String], Type::String), |a| {
            Ok(Value::string(a[0].as_str().unwrap_or("").to_uppercase()))
        }),
    );
    t.parse("{{half 3}} {{upper \"a\"}} {{\"b\" | upper}}").unwrap();
    assert_eq!(t.execute(&Value::Nil).unwrap(), "1.5 A B");
    t.parse("{{upper 3}}").unwrap();
    assert!(
        t.execute(&Value::Nil)
            .unwrap_err()
            .to_string()
            .ends_with("expected string; found 3")
    );
    t.parse("{{upper .}}").unwrap();
    assert!(
        t.execute(&Value::int(1))
            .unwrap_err()
            .to_string()
            .ends_with("wrong type for value; expected string; got int")
    );
    t.parse("{{upper 1 2}}").unwrap();
    assert!(
        t.execute(&Value::Nil)
            .unwrap_err()
            .to_string()
            .ends_with("wrong number of args for upper: want 1 got 2")
    );
}

/// A Helm-like `.Capabilities` object: a field, a named slice with a `Has` method.
struct Capabilities;

struct VersionSet(Vec<&'static str>);

impl Object for VersionSet {
    fn type_name(&self) -> String {
        "chartutil.VersionSet".into()
    }
    fn underlying(&self) -> Option<Value> {
        Some(Value::list(self.0.iter().map(|s| Value::string(*s)).collect()))
    }
    fn method(&self, name: &str) -> Option<Func> {
        let versions: Vec<String> = self.0.iter().map(|s| s.to_string()).collect();
        (name == "Has").then(|| {
            Func::new(Signature::new(vec![Type::String], Type::Bool), move |a| {
                Ok(Value::Bool(versions.iter().any(|v| Some(v.as_str()) == a[0].as_str())))
            })
        })
    }
}

impl Object for Capabilities {
    fn type_name(&self) -> String {
        "*chartutil.Capabilities".into()
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "APIVersions" => Some(Value::Object(Arc::new(VersionSet(vec!["v1", "apps/v1"])))),
            "KubeVersion" => Some(Value::string("v1.20.0")),
            _ => None,
        }
    }
    fn is_pointer(&self) -> bool {
        true
    }
}

#[test]
fn host_objects_expose_fields_and_methods() {
    let mut t = Template::new("t");
    t.parse(r#"{{.KubeVersion}} {{.APIVersions.Has "apps/v1"}} {{.APIVersions.Has "x"}} {{len .APIVersions}} {{range .APIVersions}}[{{.}}]{{end}} {{.APIVersions}}"#)
        .unwrap();
    let caps = Value::Object(Arc::new(Capabilities));
    assert_eq!(
        t.execute(&caps).unwrap(),
        "v1.20.0 true false 2 [v1][apps/v1] [v1 apps/v1]"
    );
    t.parse("{{.Nope}}").unwrap();
    assert!(
        t.execute(&caps)
            .unwrap_err()
            .to_string()
            .ends_with("can't evaluate field Nope in type *chartutil.Capabilities")
    );
}

fn include_func() -> Func {
    Func::with_context(
        Signature::new(vec![Type::String, Type::Any], Type::String),
        |ctx: &mut CallContext<'_>, a| {
            let name = a[0].as_str().unwrap_or("");
            Ok(Value::string(ctx.execute_template(name, &a[1])?))
        },
    )
}

#[test]
fn functions_can_execute_templates_through_the_call_context() {
    let mut t = Template::new("t");
    t.add_func("include", include_func());
    t.parse(r#"{{define "x"}}[{{.}}]{{end}}{{include "x" "a" | printf "%s!"}}"#)
        .unwrap();
    assert_eq!(t.execute(&Value::Nil).unwrap(), "[a]!");
}

#[test]
fn runaway_recursion_stops_with_an_error() {
    let mut t = Template::new("t");
    t.add_func("include", include_func());
    t.set_max_depth(200);
    t.parse(r#"{{define "loop"}}{{include "loop" .}}{{end}}{{include "loop" .}}"#)
        .unwrap();
    let err = t.execute(&Value::Nil).unwrap_err().to_string();
    assert!(err.contains("exceeded maximum template depth (200)"), "{err}");
    let mut t = Template::new("t");
    t.parse(r#"{{define "loop"}}{{template "loop" .}}{{end}}{{template "loop" .}}"#)
        .unwrap();
    let err = t.execute(&Value::Nil).unwrap_err().to_string();
    assert!(err.contains("exceeded maximum template depth"), "{err}");
}

#[test]
fn deep_nesting_is_refused_instead_of_overflowing_the_stack() {
    let deep_parens = format!("{{{{{}1{}}}}}", "(".repeat(5000), ")".repeat(5000));
    let err = Template::new("t").parse(&deep_parens).unwrap_err().to_string();
    assert!(err.contains("max expression depth exceeded"), "{err}");
    let deep_ifs = format!("{}x{}", "{{if true}}".repeat(5000), "{{end}}".repeat(5000));
    assert!(
        Template::new("t")
            .parse(&deep_ifs)
            .unwrap_err()
            .to_string()
            .contains("max nesting depth exceeded")
    );
    let ok_ifs = format!("{}x{}", "{{if true}}".repeat(500), "{{end}}".repeat(500));
    let mut t = Template::new("t");
    t.parse(&ok_ifs).unwrap();
    assert_eq!(t.execute(&Value::Nil).unwrap(), "x");
}

#[test]
fn templates_parse_once_and_execute_concurrently() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Template>();
    assert_send_sync::<Value>();
    let mut t = Template::new("t");
    t.parse("{{range .}}{{.}}{{end}}").unwrap();
    let t = Arc::new(t);
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let t = t.clone();
            std::thread::spawn(move || t.execute(&Value::from_json(&json!([i, i]))).unwrap())
        })
        .collect();
    let outs: Vec<String> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(outs, vec!["00", "11", "22", "33"]);
}

#[test]
fn missing_key_mode_is_settable_directly() {
    let mut t = Template::new("t");
    t.set_missing_key(MissingKey::Error).parse("{{.a}}").unwrap();
    assert!(t.execute(&Value::from_json(&json!({}))).is_err());
}

#[test]
fn funcs_registered_through_a_map_shadow_builtins() {
    let mut m = FuncMap::new();
    m.insert("len", Func::variadic_any(|_| Ok(Value::string("mine"))));
    let mut t = Template::new("t");
    t.funcs(&m).parse("{{len 3}}").unwrap();
    assert_eq!(t.execute(&Value::Nil).unwrap(), "mine");
}

/// A small deterministic generator of hostile template text.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn arbitrary_input_never_panics() {
    const PIECES: &[&str] = &[
        "{{",
        "}}",
        "{{-",
        "-}}",
        " ",
        "\n",
        ".",
        ".a",
        ".b.c",
        "$",
        "$x",
        ":=",
        "=",
        "|",
        "(",
        ")",
        "if",
        "else",
        "end",
        "range",
        "with",
        "define",
        "template",
        "block",
        "break",
        "continue",
        "\"s\"",
        "`r`",
        "'c'",
        "1",
        "-2",
        "0x1p3",
        "1e400",
        "9223372036854775808",
        "nil",
        "true",
        "index",
        "slice",
        "len",
        "printf",
        "\"%d%s%v%q%x\"",
        "and",
        "or",
        "not",
        "eq",
        "lt",
        "call",
        "print",
        "html",
        "js",
        "urlquery",
        "/*",
        "*/",
        ",",
        "é",
        "\\",
        "\"\\xff\"",
        "text",
    ];
    let data = Value::from_json(&json!({"a": [1, "two", {"b": {"c": null}}], "b": {"c": 3.5}, "x": ""}));
    let mut rng = XorShift(0x9e3779b97f4a7c15);
    for _ in 0..50_000 {
        let n = 1 + (rng.next() % 14) as usize;
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
        }
        let mut t = Template::new("fuzz");
        if t.parse(&src).is_ok() {
            let _ = t.execute(&data);
        }
    }
}

/// Generates templates from a small grammar so most of them parse and run.
struct Gen(XorShift);

impl Gen {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.0.next() % items.len() as u64) as usize]
    }

    fn operand(&mut self, depth: usize) -> String {
        match self.0.next() % 8 {
            0 => self
                .pick(&[".", "$", ".a", ".b.c", ".a.x", "$.b", ".missing.deep"])
                .to_string(),
            1 => self.pick(&["1", "-2", "3.5", "0x10", "'a'", "1e3", "2i"]).to_string(),
            2 => self.pick(&["\"s\"", "`raw`", "\"%d-%v\"", "\"\""]).to_string(),
            3 => self.pick(&["true", "false", "nil"]).to_string(),
            4 if depth < 4 => format!("({})", self.pipeline(depth + 1)),
            5 if depth < 4 => {
                let f = self.pick(&[
                    "index", "slice", "len", "not", "and", "or", "eq", "lt", "printf", "print", "html",
                ]);
                format!("({f} {} {})", self.operand(depth + 1), self.operand(depth + 1))
            }
            _ => self.pick(&[".a", ".b", "$x"]).to_string(),
        }
    }

    fn pipeline(&mut self, depth: usize) -> String {
        let mut p = self.operand(depth);
        for _ in 0..(self.0.next() % 3) {
            let f = self.pick(&[
                "print",
                "printf \"%v\"",
                "len",
                "not",
                "html",
                "js",
                "urlquery",
                "eq 1",
                "index .a",
            ]);
            p = format!("{p} | {f}");
        }
        p
    }

    fn body(&mut self, depth: usize) -> String {
        let mut out = String::new();
        for _ in 0..(1 + self.0.next() % 4) {
            let item = match self.0.next() % 9 {
                0 => "text ".to_string(),
                1 | 2 => format!("{{{{{}}}}}", self.pipeline(0)),
                3 if depth < 5 => format!(
                    "{{{{if {}}}}}{}{{{{else}}}}{}{{{{end}}}}",
                    self.pipeline(0),
                    self.body(depth + 1),
                    self.body(depth + 1)
                ),
                4 if depth < 5 => format!("{{{{with {}}}}}{}{{{{end}}}}", self.pipeline(0), self.body(depth + 1)),
                5 if depth < 5 => format!(
                    "{{{{range $i, $v := {}}}}}{{{{if $i}}}}{{{{continue}}}}{{{{end}}}}{}{{{{break}}}}{{{{end}}}}",
                    self.pipeline(0),
                    self.body(depth + 1)
                ),
                6 => format!("{{{{$x = {}}}}}", self.pipeline(0)),
                7 => "{{template \"t\" .a}}".to_string(),
                _ => "{{- \" \" -}}".to_string(),
            };
            out.push_str(&item);
        }
        out
    }
}

#[test]
fn generated_templates_run_without_panicking() {
    let data =
        Value::from_json(&json!({"a": [1, "two", {"b": {"c": null}}, 4.5], "b": {"c": 3.5, "d": [true]}, "x": ""}));
    let mut g = Gen(XorShift(0x2545f4914f6cdd1d));
    let mut parsed = 0;
    for _ in 0..5_000 {
        let src = format!("{{{{define \"t\"}}}}[{{{{.}}}}]{{{{end}}}}{{{{$x := 0}}}}{}", g.body(0));
        let mut t = Template::new("gen");
        if t.parse(&src).is_ok() {
            parsed += 1;
            let _ = t.execute(&data);
        }
    }
    assert!(parsed > 2_500, "only {parsed} generated templates parsed");
}
