//! Writes `src/patch_meta_table.rs`, the strategic-merge-patch metadata of the built-in
//! Kubernetes kinds, from `patch-meta.json` (derived from the Kubernetes OpenAPI spec, see
//! `../shared/conformance/k8s-openapi/README.md`), or with `--check` fails when the committed
//! file differs from a fresh generation.
//!
//! Usage (from the workspace root):
//! `cargo run -p ferroflux-kustomize --bin gen-patch-meta -- [--check] [--out FILE] [PATCH_META_JSON]`
//! (default input `../shared/conformance/k8s-openapi/patch-meta.json` next to the workspace,
//! default output this crate's `src/patch_meta_table.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{Map, Value};

const REGENERATE: &str = "cargo run -p ferroflux-kustomize --bin gen-patch-meta -- \
                          ../shared/conformance/k8s-openapi/patch-meta.json";

fn main() -> ExitCode {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut check = false;
    let mut input = manifest.join("../../../shared/conformance/k8s-openapi/patch-meta.json");
    let mut output = manifest.join("src/patch_meta_table.rs");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--out" => match args.next() {
                Some(path) => output = PathBuf::from(path),
                None => {
                    eprintln!("gen-patch-meta: --out needs a file");
                    return ExitCode::FAILURE;
                }
            },
            "-h" | "--help" => {
                println!("usage: gen-patch-meta [--check] [--out FILE] [PATCH_META_JSON]");
                return ExitCode::SUCCESS;
            }
            other => input = PathBuf::from(other),
        }
    }
    let text = match std::fs::read_to_string(&input) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("gen-patch-meta: read {}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    let rendered = match serde_json::from_str::<Value>(&text)
        .map_err(|e| e.to_string())
        .and_then(|v| render(&v))
    {
        Ok(rendered) => rendered,
        Err(e) => {
            eprintln!("gen-patch-meta: {}: {e}", input.display());
            return ExitCode::FAILURE;
        }
    };
    if check {
        let current = std::fs::read_to_string(&output).unwrap_or_default();
        if current == rendered {
            println!("gen-patch-meta: {} is up to date", output.display());
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "gen-patch-meta: {} differs from {}\nrun: {REGENERATE}",
            output.display(),
            input.display()
        );
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::write(&output, rendered) {
        eprintln!("gen-patch-meta: write {}: {e}", output.display());
        return ExitCode::FAILURE;
    }
    println!("gen-patch-meta: wrote {}", output.display());
    ExitCode::SUCCESS
}

/// The patch metadata of one property, as Rust expressions.
#[derive(Default)]
struct Meta {
    strategy: &'static str,
    merge_key: Option<String>,
    list_type: Option<&'static str>,
    list_map_keys: Vec<String>,
    map_type: Option<&'static str>,
}

/// What one property's value is.
#[derive(Clone, PartialEq, Eq)]
enum Shape {
    Leaf,
    Object(String),
    Array(String),
    ScalarArray,
    Map(String),
}

#[derive(Default)]
struct Property {
    shape: Option<Shape>,
    meta: Option<Meta>,
}

fn render(data: &Value) -> Result<String, String> {
    let root = data.as_object().ok_or("the document is not an object")?;
    let fields = array(root, "fields")?;
    let refs = object(root, "refs")?;
    let gvks = object(root, "gvkToDefinition")?;
    let extensions = object(root, "definitionExtensions")?;

    let mut definitions: BTreeMap<String, BTreeMap<String, Property>> = BTreeMap::new();
    let mut map_types: BTreeMap<String, &'static str> = BTreeMap::new();

    for (definition, properties) in refs {
        let properties = properties
            .as_object()
            .ok_or_else(|| format!("refs.{definition} is not an object"))?;
        for (name, edge) in properties {
            let target = string(edge, "ref").map_err(|e| format!("refs.{definition}.{name}: {e}"))?;
            let shape = match edge.get("container") {
                None | Some(Value::Null) => Shape::Object(target.to_owned()),
                Some(Value::String(c)) if c == "array" => Shape::Array(target.to_owned()),
                Some(Value::String(c)) if c == "map" => Shape::Map(target.to_owned()),
                Some(other) => return Err(format!("refs.{definition}.{name}: unknown container {other}")),
            };
            definitions.entry(target.to_owned()).or_default();
            let property = definitions
                .entry(definition.clone())
                .or_default()
                .entry(name.clone())
                .or_default();
            property.shape = Some(shape);
        }
    }

    for (i, record) in fields.iter().enumerate() {
        let at = |e: String| format!("fields[{i}]: {e}");
        let definition = string(record, "definition").map_err(at)?;
        let name = string(record, "property").map_err(at)?;
        let meta = Meta {
            strategy: match optional_string(record, "strategy").map_err(at)? {
                None => "None",
                Some("merge") => "Merge",
                Some("replace") => "Replace",
                Some("retainKeys") => "RetainKeys",
                Some("merge,retainKeys" | "retainKeys,merge") => "MergeRetainKeys",
                Some(other) => return Err(at(format!("unknown patch strategy {other:?}"))),
            },
            merge_key: optional_string(record, "mergeKey").map_err(at)?.map(str::to_owned),
            list_type: match optional_string(record, "listType").map_err(at)? {
                None => None,
                Some("atomic") => Some("Atomic"),
                Some("set") => Some("Set"),
                Some("map") => Some("Map"),
                Some(other) => return Err(at(format!("unknown list type {other:?}"))),
            },
            list_map_keys: match record.get("listMapKeys") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Array(keys)) => keys
                    .iter()
                    .map(|k| {
                        k.as_str()
                            .map(str::to_owned)
                            .ok_or_else(|| at("listMapKeys holds a non-string".into()))
                    })
                    .collect::<Result<_, _>>()?,
                Some(_) => return Err(at("listMapKeys is not a list".into())),
            },
            map_type: map_type(optional_string(record, "mapType").map_err(at)?).map_err(at)?,
        };
        let property = definitions
            .entry(definition.to_owned())
            .or_default()
            .entry(name.to_owned())
            .or_default();
        if property.meta.is_some() {
            return Err(at(format!("{definition}.{name} is listed twice")));
        }
        if property.shape.is_none() {
            property.shape = Some(match optional_string(record, "type").map_err(at)? {
                Some("array") => match optional_string(record, "itemsRef").map_err(at)? {
                    Some(target) => Shape::Array(target.to_owned()),
                    None => Shape::ScalarArray,
                },
                Some("ref") => {
                    return Err(at(format!("{definition}.{name} is a reference missing from refs")));
                }
                _ => Shape::Leaf,
            });
        }
        property.meta = Some(meta);
    }

    for (definition, ext) in extensions {
        if let Some(value) = ext.get("x-kubernetes-map-type") {
            let text = value
                .as_str()
                .ok_or_else(|| format!("definitionExtensions.{definition}: map type"))?;
            if let Some(kind) = map_type(Some(text)).map_err(|e| format!("definitionExtensions.{definition}: {e}"))? {
                map_types.insert(definition.clone(), kind);
            }
        }
    }
    for definition in map_types.keys() {
        definitions.entry(definition.clone()).or_default();
    }

    let mut resources: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (key, definition) in gvks {
        let (api_version, kind) = key
            .rsplit_once('/')
            .ok_or_else(|| format!("gvkToDefinition key {key:?}"))?;
        let definition = definition
            .as_str()
            .ok_or_else(|| format!("gvkToDefinition.{key} is not a string"))?;
        definitions.entry(definition.to_owned()).or_default();
        resources.insert((api_version.to_owned(), kind.to_owned(), definition.to_owned()));
    }

    let index: BTreeMap<&str, usize> = definitions
        .keys()
        .enumerate()
        .map(|(i, name)| (name.as_str(), i))
        .collect();
    if index.len() > usize::from(u16::MAX) {
        return Err("too many definitions for u16 indices".into());
    }
    let lookup = |name: &str| {
        index
            .get(name)
            .copied()
            .ok_or_else(|| format!("unknown definition {name}"))
    };

    let mut out = String::new();
    header(&mut out, root)?;
    let _ = writeln!(
        out,
        "pub(crate) static DEFINITIONS: [Definition; {}] = [",
        definitions.len()
    );
    for (i, (name, properties)) in definitions.iter().enumerate() {
        let map_type = option(map_types.get(name).map(|m| format!("MapType::{m}")));
        if properties.is_empty() {
            let _ = writeln!(
                out,
                "    Definition {{ name: {name:?}, map_type: {map_type}, properties: &[] }}, // {i}"
            );
            continue;
        }
        let _ = writeln!(
            out,
            "    Definition {{ name: {name:?}, map_type: {map_type}, properties: &[ // {i}"
        );
        for (property, info) in properties {
            let (shape, target) = match info.shape.as_ref().unwrap_or(&Shape::Leaf) {
                Shape::Leaf => ("Shape::Leaf".to_owned(), None),
                Shape::ScalarArray => ("Shape::ScalarArray".to_owned(), None),
                Shape::Object(t) => (format!("Shape::Object({})", lookup(t)?), Some(t)),
                Shape::Array(t) => (format!("Shape::Array({})", lookup(t)?), Some(t)),
                Shape::Map(t) => (format!("Shape::Map({})", lookup(t)?), Some(t)),
            };
            let meta = match &info.meta {
                None => "FieldMeta::NONE".to_owned(),
                Some(meta) => {
                    let keys: Vec<String> = meta.list_map_keys.iter().map(|k| format!("{k:?}")).collect();
                    format!(
                        "FieldMeta::new(Strategy::{}, {}, {}, &[{}], {})",
                        meta.strategy,
                        option(meta.merge_key.as_ref().map(|k| format!("{k:?}"))),
                        option(meta.list_type.map(|t| format!("ListType::{t}"))),
                        keys.join(", "),
                        option(meta.map_type.map(|t| format!("MapType::{t}"))),
                    )
                }
            };
            let comment = target.map(|t| format!(" // {t}")).unwrap_or_default();
            let _ = writeln!(
                out,
                "        Property {{ name: {property:?}, shape: {shape}, meta: {meta} }},{comment}"
            );
        }
        let _ = writeln!(out, "    ] }},");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out);
    let _ = writeln!(out, "pub(crate) static RESOURCES: [Resource; {}] = [", resources.len());
    for (api_version, kind, definition) in &resources {
        let _ = writeln!(
            out,
            "    Resource {{ api_version: {api_version:?}, kind: {kind:?}, definition: {} }}, // {definition}",
            lookup(definition)?
        );
    }
    let _ = writeln!(out, "];");
    Ok(out)
}

fn header(out: &mut String, root: &Map<String, Value>) -> Result<(), String> {
    let source = object(root, "source")?;
    let get = |key: &str| source.get(key).and_then(Value::as_str).unwrap_or("?");
    let _ = writeln!(
        out,
        "//! Strategic-merge-patch metadata of the built-in Kubernetes kinds (generated, do not edit)."
    );
    let _ = writeln!(out, "//!");
    let _ = writeln!(out, "//! Regenerate from the workspace root with");
    let _ = writeln!(out, "//! `{REGENERATE}`;");
    let _ = writeln!(out, "//! add `--check` to compare instead of writing.");
    let _ = writeln!(out, "//!");
    let _ = writeln!(out, "//! Source: {}", get("upstream"));
    let _ = writeln!(out, "//! via {} @ {}, {}", get("repo"), get("commit"), get("path"));
    let _ = writeln!(out, "//! (sha256 {}).", get("sha256OfSourceFile"));
    let _ = writeln!(
        out,
        "//! `DEFINITIONS` holds every OpenAPI definition that is a resource, is referenced by another"
    );
    let _ = writeln!(
        out,
        "//! definition, or carries patch metadata, sorted by name; each lists, sorted by name, the"
    );
    let _ = writeln!(
        out,
        "//! properties that lead to another definition or carry `x-kubernetes-*` patch extensions."
    );
    let _ = writeln!(
        out,
        "//! `RESOURCES` maps `apiVersion`/`kind` to a definition index, sorted."
    );
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "use crate::schema::{{Definition, FieldMeta, ListType, MapType, Property, Resource, Shape, Strategy}};"
    );
    let _ = writeln!(out);
    Ok(())
}

fn option(value: Option<String>) -> String {
    match value {
        Some(v) => format!("Some({v})"),
        None => "None".to_owned(),
    }
}

fn map_type(text: Option<&str>) -> Result<Option<&'static str>, String> {
    match text {
        None => Ok(None),
        Some("atomic") => Ok(Some("Atomic")),
        Some("granular") => Ok(Some("Granular")),
        Some(other) => Err(format!("unknown map type {other:?}")),
    }
}

fn array<'a>(root: &'a Map<String, Value>, key: &str) -> Result<&'a Vec<Value>, String> {
    root.get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{key} is missing or not a list"))
}

fn object<'a>(root: &'a Map<String, Value>, key: &str) -> Result<&'a Map<String, Value>, String> {
    root.get(key)
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{key} is missing or not an object"))
}

fn string<'a>(record: &'a Value, key: &str) -> Result<&'a str, String> {
    record
        .get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{key} is missing or not a string"))
}

fn optional_string<'a>(record: &'a Value, key: &str) -> Result<Option<&'a str>, String> {
    match record.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("{key} is not a string")),
    }
}
