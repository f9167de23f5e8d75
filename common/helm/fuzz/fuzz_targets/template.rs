//! Fuzzes the template lexer, parser and executor with Helm's functions: the input is
//! `<template>\0<values YAML>` (the values part optional). Errors are fine; panics, stack
//! overflows and hangs are bugs.
#![no_main]

use std::collections::BTreeMap;

use ferroflux_helm::loader::parse_values_file;
use ferroflux_helm::{Engine, Map, Template, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (tpl, values) = text.split_once('\0').unwrap_or((&text, ""));
    let vals = parse_values_file(values).unwrap_or_else(|_| Map::new());

    // Plain Go text/template with its built-in functions.
    let mut t = Template::new("fuzz");
    if t.parse(tpl).is_ok() {
        let _ = t.execute(&Value::Map(vals.clone()));
    }

    // Helm's engine: Sprig and Helm functions, include/tpl, a second template to include.
    let top = Map::new();
    top.insert("Values", Value::Map(vals));
    let release = Map::new();
    release.insert("Name", Value::string("fuzz"));
    release.insert("Namespace", Value::string("default"));
    top.insert("Release", Value::Map(release));
    let mut templates = BTreeMap::new();
    templates.insert("c/templates/t.yaml".to_string(), tpl.to_string());
    templates.insert(
        "c/templates/_h.tpl".to_string(),
        r#"{{define "h"}}{{. | toYaml}}{{end}}"#.to_string(),
    );
    let engine = Engine {
        strict: false,
        lint_mode: false,
        lookup: None,
        enable_dns: false,
    };
    let _ = engine.render_templates(&templates, &Value::Map(top));
});
