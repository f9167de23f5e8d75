//! `configMapGenerator` and `secretGenerator`: objects from literals, files and env files,
//! with generator options, `behavior` (create/merge/replace) and kustomize's content hash
//! ([`content_hash`]).

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::kustomization::{GeneratorArgs, GeneratorOptions};
use crate::resource::{Behavior, Resource};

/// Reads a file relative to the kustomization; used for `files` and `envs`.
pub trait FileReader {
    /// Reads the file at `path` (relative to the kustomization directory).
    fn read_file(&self, path: &str) -> Result<Vec<u8>>;
}

fn remove_quotes(s: &str) -> &str {
    let b = s.as_bytes();
    if b.len() >= 2 && b[0] == b[b.len() - 1] && (b[0] == b'"' || b[0] == b'\'') {
        &s[1..s.len() - 1]
    } else {
        s
    }
}

/// Collects the key/value pairs of a generator: env files, then literals, then files.
fn pairs(args: &GeneratorArgs, reader: &dyn FileReader) -> Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    for env in &args.envs {
        let content = reader.read_file(env)?;
        let text = String::from_utf8_lossy(&content).into_owned();
        for (n, line) in text.lines().enumerate() {
            let line = if n == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            let line = line.trim_start();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line.split_once('=').unwrap_or((line, ""));
            if key.is_empty() || key.chars().any(char::is_whitespace) {
                return Err(Error::Other(format!(
                    "env source files: [{env}]: invalid key {key:?}: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.'"
                )));
            }
            out.push((key.to_owned(), value.as_bytes().to_vec()));
        }
    }
    for literal in &args.literals {
        match literal.split_once('=') {
            Some((key, value)) if !key.is_empty() => {
                out.push((key.to_owned(), remove_quotes(value).as_bytes().to_vec()))
            }
            _ => {
                return Err(Error::Other(format!(
                    "literal sources [{}]: invalid literal source {literal}, expected key=value",
                    args.literals.join(" ")
                )));
            }
        }
    }
    for file in &args.files {
        let (key, path) = match file.split_once('=') {
            Some((k, p)) => {
                if k.is_empty() {
                    return Err(Error::Other(format!(
                        "key names or file paths cannot be empty: {file:?}"
                    )));
                }
                (k.to_owned(), p.to_owned())
            }
            None => (crate::fs::base_name(file).to_owned(), file.clone()),
        };
        out.push((key, reader.read_file(&path)?));
    }
    Ok(out)
}

/// Encodes bytes as base64, in lines of 70 characters when longer (as kustomize does).
pub fn encode_base64(data: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut enc = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                enc.push(TABLE[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                enc.push('=');
            }
        }
    }
    const LINE: usize = 70;
    let lines = enc.len() / LINE + 1;
    if lines <= 1 {
        return enc;
    }
    let mut out = String::new();
    let mut i = 0;
    while i < enc.len() {
        let j = (i + LINE).min(enc.len());
        out.push_str(&enc[i..j]);
        out.push('\n');
        i = j;
    }
    out
}

/// Merges generator options: per-generator options win over `generatorOptions`.
fn merged_options(global: Option<&GeneratorOptions>, local: Option<&GeneratorOptions>) -> GeneratorOptions {
    let mut out = global.cloned().unwrap_or_default();
    if let Some(local) = local {
        out.labels.extend(local.labels.clone());
        out.annotations.extend(local.annotations.clone());
        if local.disable_name_suffix_hash.is_some() {
            out.disable_name_suffix_hash = local.disable_name_suffix_hash;
        }
        if local.immutable.is_some() {
            out.immutable = local.immutable;
        }
    }
    out
}

/// Generates one ConfigMap (`secret == false`) or Secret.
pub fn generate(
    args: &GeneratorArgs,
    secret: bool,
    global: Option<&GeneratorOptions>,
    reader: &dyn FileReader,
) -> Result<Resource> {
    let options = merged_options(global, args.options.as_ref());
    let mut data = Map::new();
    let mut binary = Map::new();
    for (key, value) in pairs(args, reader)? {
        if data.contains_key(&key) || binary.contains_key(&key) {
            return Err(Error::Other(format!(
                "configmap {} illegally repeats the key `{key}`",
                args.name
            )));
        }
        if secret {
            data.insert(key, Value::String(encode_base64(&value)));
        } else {
            match String::from_utf8(value) {
                Ok(text) => {
                    data.insert(key, Value::String(text));
                }
                Err(e) => {
                    binary.insert(key, Value::String(encode_base64(e.as_bytes())));
                }
            }
        }
    }
    let mut metadata = Map::new();
    metadata.insert("name".to_owned(), Value::String(args.name.clone()));
    if !args.namespace.is_empty() {
        metadata.insert("namespace".to_owned(), Value::String(args.namespace.clone()));
    }
    if !options.labels.is_empty() {
        metadata.insert("labels".to_owned(), json!(options.labels));
    }
    if !options.annotations.is_empty() {
        metadata.insert("annotations".to_owned(), json!(options.annotations));
    }
    let mut object = Map::new();
    object.insert("apiVersion".to_owned(), json!("v1"));
    object.insert("kind".to_owned(), json!(if secret { "Secret" } else { "ConfigMap" }));
    object.insert("metadata".to_owned(), Value::Object(metadata));
    if !data.is_empty() {
        object.insert("data".to_owned(), Value::Object(data));
    }
    if !binary.is_empty() {
        object.insert("binaryData".to_owned(), Value::Object(binary));
    }
    if secret {
        let kind = if args.kind.is_empty() { "Opaque" } else { &args.kind };
        object.insert("type".to_owned(), json!(kind));
    }
    if options.immutable == Some(true) {
        object.insert("immutable".to_owned(), json!(true));
    }
    let mut r = Resource::new(Value::Object(object));
    r.needs_hash = options.disable_name_suffix_hash != Some(true);
    r.behavior = match args.behavior.as_str() {
        "" | "create" => Behavior::Create,
        "merge" => Behavior::Merge,
        "replace" => Behavior::Replace,
        other => return Err(Error::Other(format!("unknown generator behavior '{other}'"))),
    };
    Ok(r)
}

/// Merges a generated object into an existing one (`behavior: merge`).
pub fn merge_into(existing: &mut Resource, generated: &Resource) {
    for field in ["data", "binaryData"] {
        if let Some(Value::Object(new)) = generated.object.get(field) {
            let target = existing
                .object
                .as_object_mut()
                .map(|m| m.entry(field).or_insert_with(|| Value::Object(Map::new())));
            if let Some(Value::Object(old)) = target {
                for (k, v) in new {
                    old.insert(k.clone(), v.clone());
                }
            }
        }
    }
    for field in ["labels", "annotations"] {
        if let Some(Value::Object(new)) = generated.object.pointer(&format!("/metadata/{field}")) {
            let new = new.clone();
            if let Some(meta) = crate::resource::metadata_mut(&mut existing.object) {
                let entry = meta.entry(field).or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(old) = entry {
                    old.extend(new);
                }
            }
        }
    }
    if generated.object.get("immutable").is_some()
        && let Some(m) = existing.object.as_object_mut()
    {
        m.insert("immutable".to_owned(), json!(true));
    }
    // A plain (not generated) base keeps its name; a generated one keeps hashing unless the
    // merging generator turns it off.
    existing.needs_hash = existing.needs_hash && generated.needs_hash;
}

/// kustomize's content hash of a ConfigMap or Secret (10 characters).
pub fn content_hash(object: &Value) -> Result<String> {
    let kind = object.get("kind").and_then(Value::as_str).unwrap_or("");
    // kustomize looks up `metadata/name` as a single key, which never exists: the name is "".
    let field = |k: &str| object.get(k).cloned().unwrap_or(Value::String(String::new()));
    let encoded = match kind {
        "ConfigMap" => {
            let mut m = Map::new();
            m.insert("kind".to_owned(), json!("ConfigMap"));
            m.insert("name".to_owned(), json!(""));
            m.insert("data".to_owned(), field("data"));
            if let Some(b @ Value::Object(_)) = object.get("binaryData") {
                m.insert("binaryData".to_owned(), b.clone());
            }
            go_json(&Value::Object(m))
        }
        "Secret" => {
            let mut m = Map::new();
            m.insert("kind".to_owned(), json!("Secret"));
            m.insert("type".to_owned(), field("type"));
            m.insert("name".to_owned(), json!(""));
            m.insert("data".to_owned(), field("data"));
            if let Some(b @ Value::Object(_)) = object.get("stringData") {
                m.insert("stringData".to_owned(), b.clone());
            }
            go_json(&Value::Object(m))
        }
        _ => go_json(object),
    };
    let digest = Sha256::digest(encoded.as_bytes());
    let hex: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    Ok(hex
        .chars()
        .map(|c| match c {
            '0' => 'g',
            '1' => 'h',
            '3' => 'k',
            'a' => 'm',
            'e' => 't',
            other => other,
        })
        .collect())
}

/// JSON as Go's `encoding/json` writes it (sorted keys, HTML characters escaped).
fn go_json(value: &Value) -> String {
    let mut out = String::new();
    write_go_json(value, &mut out);
    out
}

fn write_go_json(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_go_string(k, out);
                out.push(':');
                write_go_json(&map[k.as_str()], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_go_json(item, out);
            }
            out.push(']');
        }
        Value::String(s) => write_go_string(s, out),
        other => out.push_str(&other.to_string()),
    }
}

fn write_go_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
