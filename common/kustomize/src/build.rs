//! `kustomize build`: [`build`] loads a kustomization directory (resources, generators,
//! components, transformers, recursively), then adds content hashes, fixes name references
//! and orders the result.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::fs::{FileSystem, is_within, join};
use crate::generators::{self, FileReader};
use crate::kustomization::{DEFERRED, FILE_NAMES, Kustomization};
use crate::openapi::CustomSchema;
use crate::plugins::Plugin;
use crate::resource::{Behavior, ConfiguredBy, Origin, ResMap, Resource};
use crate::transformers::{self, namereference, patches, replacements, vars};

/// Where files may be loaded from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LoadRestrictor {
    /// Only files in or below the kustomization's directory (the default).
    #[default]
    RootOnly,
    /// Anywhere.
    None,
}

/// The output order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Reorder {
    /// No flag: `sortOptions` decides, legacy order when absent.
    #[default]
    Unspecified,
    /// `--reorder none`: input order (unless `sortOptions` says otherwise).
    None,
    /// `--reorder legacy`.
    Legacy,
}

/// Options of a build (the CLI flags).
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// `--load-restrictor`.
    pub load_restrictor: LoadRestrictor,
    /// `--reorder`.
    pub reorder: Reorder,
}

/// The result of a build.
#[derive(Debug, Clone)]
pub struct Output {
    /// The objects, in output order.
    pub objects: Vec<Value>,
}

impl Output {
    /// The YAML stream `kustomize build` prints.
    pub fn to_yaml(&self) -> String {
        crate::yaml::to_yaml(&self.objects)
    }

    /// Writes the YAML stream `kustomize build` prints to `out` one document at a time,
    /// without holding the whole text.
    pub fn write_yaml(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        crate::yaml::write_yaml(&self.objects, out)
    }
}

/// Builds the kustomization in directory `path` of `fs`.
pub fn build(fs: &dyn FileSystem, path: &str, options: &BuildOptions) -> Result<Output> {
    let root = if path.starts_with('/') {
        crate::fs::clean(path)
    } else {
        join("/", path)
    };
    if !fs.is_dir(&root) {
        return Err(Error::NotFound { path: root });
    }
    let builder = Builder {
        fs,
        options,
        schema: RefCell::new(SchemaState::Unset),
    };
    let mut stack = Vec::new();
    let (mut map, kustomization) = builder.accumulate(&root, ResMap::default(), &mut stack, false)?;
    transformers::add_hashes(&mut map)?;
    namereference::fix(&mut map)?;
    let mut var_specs = vars::default_specs();
    var_specs.extend(map.config.var_reference.iter().cloned());
    vars::resolve(&mut map, &var_specs)?;
    // Local configuration objects serve as name-reference sources but are not output.
    map.resources.retain(|r| {
        r.object
            .pointer("/metadata/annotations/config.kubernetes.io~1local-config")
            .and_then(Value::as_str)
            != Some("true")
    });
    if let Some(sort) = &kustomization.sort_options {
        if sort.order != "fifo" && sort.order != "legacy" {
            return Err(Error::Other(
                "the field 'sortOptions.order' must be one of [fifo, legacy]".to_owned(),
            ));
        }
        if sort.order == "fifo" && sort.legacy_sort_options.is_some() {
            return Err(Error::Other(
                "the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'"
                    .to_owned(),
            ));
        }
    }
    let legacy = match kustomization.sort_options.as_ref().map(|s| s.order.as_str()) {
        Some("legacy") => true,
        Some("fifo") => false,
        Some(other) if !other.is_empty() => {
            return Err(Error::Other(
                "the field 'sortOptions.order' must be one of [fifo, legacy]".to_owned(),
            ));
        }
        _ => options.reorder != Reorder::None,
    };
    if legacy {
        let sort = kustomization
            .sort_options
            .as_ref()
            .and_then(|s| s.legacy_sort_options.clone());
        crate::order::legacy_sort(&mut map, sort.as_ref());
    }
    build_metadata(&mut map, &kustomization, &root)?;
    // The objects move out (no copy): each resource's bookkeeping is freed as it goes.
    Ok(Output {
        objects: map.resources.into_iter().map(|r| r.object).collect(),
    })
}

/// The `app.kubernetes.io/managed-by` label value `buildMetadata: [managedByLabel]` sets.
const MANAGED_BY: &str = "kustomize-v5.8.1";

/// Applies the top kustomization's `buildMetadata`: origin and transformer annotations (paths
/// relative to the build root) and the managed-by label.
fn build_metadata(map: &mut ResMap, k: &Kustomization, root: &str) -> Result<()> {
    for option in &k.build_metadata {
        if !["originAnnotations", "transformerAnnotations", "managedByLabel"].contains(&option.as_str()) {
            return Err(Error::Other(format!("invalid buildMetadata option: {option}")));
        }
    }
    let has = |name: &str| k.build_metadata.iter().any(|o| o == name);
    let (origins, transformations, managed) = (
        has("originAnnotations"),
        has("transformerAnnotations"),
        has("managedByLabel"),
    );
    let origin_text = |by: &ConfiguredBy, indent: &str| {
        let mut text = format!(
            "configuredIn: {}\n{indent}configuredBy:\n{indent}  apiVersion: builtin\n{indent}  kind: {}\n",
            crate::fs::relative(root, &by.configured_in),
            by.kind
        );
        for (key, value) in [("name", &by.name), ("namespace", &by.namespace)] {
            if !value.is_empty() {
                text.push_str(&format!("{indent}  {key}: {value}\n"));
            }
        }
        text
    };
    for r in &mut map.resources {
        let mut annotations = Vec::new();
        if transformations && !r.transformations.is_empty() {
            let text: String = r
                .transformations
                .iter()
                .map(|by| format!("- {}", origin_text(by, "  ")))
                .collect();
            annotations.push(("alpha.config.kubernetes.io/transformations", text));
        }
        if origins {
            match &r.origin {
                Some(Origin::File(path)) => {
                    annotations.push((
                        "config.kubernetes.io/origin",
                        format!("path: {}\n", crate::fs::relative(root, path)),
                    ));
                }
                Some(Origin::Generator(by)) => {
                    annotations.push(("config.kubernetes.io/origin", origin_text(by, "")));
                }
                None => {}
            }
        }
        let mut labels = Vec::new();
        if managed {
            labels.push(("app.kubernetes.io/managed-by", MANAGED_BY.to_owned()));
        }
        for (field, pairs) in [("annotations", annotations), ("labels", labels)] {
            if pairs.is_empty() {
                continue;
            }
            let Some(meta) = crate::resource::metadata_mut(&mut r.object) else {
                continue;
            };
            let entry = meta
                .entry(field.to_owned())
                .or_insert_with(|| Value::Object(serde_json::Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(serde_json::Map::new());
            }
            if let Some(m) = entry.as_object_mut() {
                for (key, value) in pairs {
                    m.insert(key.to_owned(), Value::String(value));
                }
            }
        }
    }
    Ok(())
}

struct Builder<'a> {
    fs: &'a dyn FileSystem,
    options: &'a BuildOptions,
    /// The OpenAPI schema in use (kyaml keeps it globally; see [`crate::openapi`]).
    schema: RefCell<SchemaState>,
}

/// Which schema strategic merge patches use.
enum SchemaState {
    /// No kustomization chose one yet: the built-in schema.
    Unset,
    /// A built-in version was chosen.
    Builtin,
    /// A custom schema file was chosen.
    Custom(Rc<CustomSchema>),
}

struct DirReader<'a> {
    fs: &'a dyn FileSystem,
    dir: String,
    restrict: bool,
}

impl FileReader for DirReader<'_> {
    fn read_file(&self, path: &str) -> Result<Vec<u8>> {
        let full = join(&self.dir, path);
        if self.restrict && !is_within(&self.dir, &full) {
            return Err(Error::Restricted {
                path: full,
                root: self.dir.clone(),
            });
        }
        self.fs.read(&full).ok_or(Error::NotFound { path: full })
    }
}

fn looks_remote(entry: &str) -> bool {
    entry.contains("://")
        || entry.starts_with("git@")
        || entry.starts_with("github.com/")
        || entry.starts_with("gitlab.com/")
        || entry.contains("?ref=")
        || entry.contains(".git/")
        || entry.ends_with(".git")
}

/// Parses a file into objects, expanding `List` kinds.
pub(crate) fn objects_from(text: &str, file: &str) -> Result<Vec<Value>> {
    crate::yaml::check_unique_keys(text).map_err(|message| Error::Yaml {
        file: file.to_owned(),
        message,
    })?;
    let docs = crate::yaml::parse_documents(text).map_err(|message| Error::Yaml {
        file: file.to_owned(),
        message,
    })?;
    let mut out = Vec::new();
    for doc in docs {
        let Value::Object(map) = &doc else {
            return Err(Error::Yaml {
                file: file.to_owned(),
                message: "document is not an object".to_owned(),
            });
        };
        if map.is_empty() {
            continue;
        }
        let kind = map.get("kind").and_then(Value::as_str).unwrap_or("");
        if kind.ends_with("List")
            && let Some(Value::Array(items)) = map.get("items")
        {
            for item in items {
                if item.as_object().is_some_and(|m| !m.is_empty()) {
                    out.push(item.clone());
                }
            }
            continue;
        }
        if !map.contains_key("kind") {
            return Err(Error::Other(format!("missing kind in object from '{file}'")));
        }
        out.push(doc);
    }
    Ok(out)
}

impl Builder<'_> {
    fn restrict(&self) -> bool {
        self.options.load_restrictor == LoadRestrictor::RootOnly
    }

    fn reader(&self, dir: &str) -> DirReader<'_> {
        DirReader {
            fs: self.fs,
            dir: dir.to_owned(),
            restrict: self.restrict(),
        }
    }

    fn load_kustomization(&self, dir: &str) -> Result<(Kustomization, String)> {
        let mut found = None;
        for name in FILE_NAMES {
            let path = join(dir, name);
            if self.fs.is_file(&path) {
                if found.is_some() {
                    return Err(Error::Other(format!("Found multiple kustomization files under: {dir}")));
                }
                found = Some(path);
            }
        }
        let Some(file) = found else {
            return Err(Error::MissingKustomization { dir: dir.to_owned() });
        };
        let bytes = self.fs.read(&file).ok_or(Error::NotFound { path: file.clone() })?;
        let text = String::from_utf8_lossy(&bytes);
        let k = Kustomization::parse(&text).map_err(|message| Error::Kustomization {
            file: file.clone(),
            message,
        })?;
        for field in &k.fields {
            if DEFERRED.contains(&field.as_str()) {
                return Err(Error::Unsupported {
                    feature: field.clone(),
                    file: file.clone(),
                });
            }
        }
        Ok((k, file))
    }

    /// Applies a kustomization's `openapi` field: the top kustomization's always, any other's
    /// only while no schema was chosen.
    fn set_schema(&self, dir: &str, k: &Kustomization, top: bool) -> Result<()> {
        let Some(openapi) = &k.openapi else {
            return Ok(());
        };
        if !top && !matches!(*self.schema.borrow(), SchemaState::Unset) {
            return Ok(());
        }
        let state = match (openapi.get("path"), openapi.get("version")) {
            (Some(path), version) => {
                let bytes = self.reader(dir).read_file(path)?;
                if version.is_some() {
                    return Err(Error::Other(
                        "builtin version and custom schema provided, cannot use both".to_owned(),
                    ));
                }
                let schema = CustomSchema::parse(&String::from_utf8_lossy(&bytes)).map_err(|message| Error::Yaml {
                    file: join(dir, path),
                    message,
                })?;
                SchemaState::Custom(Rc::new(schema))
            }
            (None, Some(version)) => {
                if !crate::openapi::BUILTIN_VERSIONS.contains(&version.as_str()) {
                    return Err(Error::Other(format!(
                        "the specified OpenAPI version is not built in: {version}"
                    )));
                }
                SchemaState::Builtin
            }
            (None, None) => return Ok(()),
        };
        *self.schema.borrow_mut() = state;
        Ok(())
    }

    /// Loads a kustomization (or component) directory on top of `input`.
    fn accumulate(
        &self,
        dir: &str,
        input: ResMap,
        stack: &mut Vec<String>,
        as_component: bool,
    ) -> Result<(ResMap, Kustomization)> {
        if let Some(visited) = stack.iter().find(|v| v.as_str() == dir) {
            return Err(Error::Cycle {
                dir: dir.to_owned(),
                visited: visited.clone(),
            });
        }
        let (k, file) = self.load_kustomization(dir)?;
        if as_component && !k.is_component() {
            return Err(Error::Other(format!(
                "accumulating components: accumulateDirectory: \"expected kind 'Component' for path '{dir}' but got '{}'\"",
                k.kind
            )));
        }
        // A component may be built directly, but not included as a resource.
        if !as_component && k.is_component() && !stack.is_empty() {
            return Err(Error::Other(format!("expected kind != 'Component' for path '{dir}'")));
        }
        self.set_schema(dir, &k, stack.is_empty())?;
        stack.push(dir.to_owned());
        let result = self.accumulate_inner(dir, &file, &k, input, stack);
        stack.pop();
        Ok((result?, k))
    }

    /// Loads `entries` (files, directories holding kustomizations) of the kustomization in
    /// `dir` into `map`, as the `resources` field does.
    fn load_entries(&self, dir: &str, entries: &[String], map: &mut ResMap, stack: &mut Vec<String>) -> Result<()> {
        for entry in entries {
            let path = join(dir, entry);
            if self.fs.is_dir(&path) {
                let (sub, _) = self
                    .accumulate(&path, ResMap::default(), stack, false)
                    .map_err(|e| e.context(format!("accumulating resources from '{entry}'")))?;
                map.append_all(sub)?;
            } else if self.fs.is_file(&path) {
                if self.restrict() && !is_within(dir, &path) {
                    let inner = Error::Restricted {
                        path,
                        root: dir.to_owned(),
                    };
                    return Err(Error::Other(format!(
                        "accumulating resources: accumulation err='accumulating resources from '{entry}': {inner}': must build at directory: not a valid directory"
                    )));
                }
                let bytes = self.fs.read(&path).ok_or(Error::NotFound { path: path.clone() })?;
                let text = String::from_utf8_lossy(&bytes);
                let objects = objects_from(&text, &path).map_err(|e| match e {
                    Error::Yaml { .. } => {
                        e.context(format!("accumulating resources: accumulating resources from '{entry}'"))
                    }
                    other => other,
                })?;
                let origin: Arc<str> = Arc::from(path.as_str());
                for object in objects {
                    let mut r = Resource::new(object);
                    r.origin = Some(Origin::File(Arc::clone(&origin)));
                    map.append(r)?;
                }
            } else if looks_remote(entry) {
                return Err(Error::Remote { url: entry.clone() });
            } else {
                let missing = format!("evalsymlink failure on '{path}' : lstat {path}: no such file or directory");
                return Err(Error::Other(format!(
                    "accumulating resources: accumulation err='accumulating resources from '{entry}': {missing}': must build at directory: not a valid directory: {missing}"
                )));
            }
        }
        Ok(())
    }

    /// The plugin configurations of a `generators`, `transformers` or `validators` field:
    /// inline YAML entries (configured in the kustomization file), then the objects of the
    /// files and kustomization directories the other entries name.
    fn plugin_configs(
        &self,
        dir: &str,
        file: &str,
        entries: &[String],
        stack: &mut Vec<String>,
    ) -> Result<Vec<(Plugin, Arc<ConfiguredBy>)>> {
        if entries.is_empty() {
            return Ok(Vec::new());
        }
        let mut configs = ResMap::default();
        let mut paths = Vec::new();
        for entry in entries {
            let inline = crate::yaml::parse_documents(entry)
                .ok()
                .filter(|docs| docs.iter().any(Value::is_object) && docs.iter().all(|d| d.is_object() || d.is_null()));
            let Some(docs) = inline else {
                paths.push(entry.clone());
                continue;
            };
            let origin: Arc<str> = Arc::from(file);
            for doc in docs
                .into_iter()
                .filter(|d| d.as_object().is_some_and(|m| !m.is_empty()))
            {
                let mut r = Resource::new(doc);
                r.origin = Some(Origin::File(Arc::clone(&origin)));
                configs.append(r)?;
            }
        }
        self.load_entries(dir, &paths, &mut configs, stack)?;
        let mut out = Vec::new();
        for r in configs.resources {
            let configured_in = match &r.origin {
                Some(Origin::File(path)) => path.to_string(),
                _ => file.to_owned(),
            };
            let plugin = Plugin::parse(&r.object, &configured_in)?;
            let by = ConfiguredBy {
                configured_in,
                kind: r.kind().to_owned(),
                name: r.name().to_owned(),
                namespace: r.namespace().to_owned(),
            };
            out.push((plugin, Arc::new(by)));
        }
        Ok(out)
    }

    fn accumulate_inner(
        &self,
        dir: &str,
        file: &str,
        k: &Kustomization,
        mut map: ResMap,
        stack: &mut Vec<String>,
    ) -> Result<ResMap> {
        self.load_entries(dir, &k.resources, &mut map, stack)?;
        // Transformer configurations.
        let reader = self.reader(dir);
        for entry in &k.configurations {
            let bytes = reader.read_file(entry)?;
            let config =
                transformers::config::TransformerConfig::parse(&String::from_utf8_lossy(&bytes), &join(dir, entry))?;
            map.config.merge(config);
        }
        for entry in &k.crds {
            let bytes = reader.read_file(entry)?;
            let config = transformers::config::TransformerConfig::from_crds(
                &String::from_utf8_lossy(&bytes),
                &join(dir, entry),
            )?;
            map.config.merge(config);
        }
        // Generators.
        for (secret, list) in [(false, &k.config_map_generator), (true, &k.secret_generator)] {
            for args in list.iter() {
                let mut generated = generators::generate(args, secret, k.generator_options.as_ref(), &reader)?;
                generated.origin = Some(Origin::Generator(Arc::new(ConfiguredBy {
                    configured_in: file.to_owned(),
                    kind: if secret {
                        "SecretGenerator"
                    } else {
                        "ConfigMapGenerator"
                    }
                    .to_owned(),
                    name: String::new(),
                    namespace: String::new(),
                })));
                add_generated(&mut map, generated)?;
            }
        }
        for (plugin, by) in self.plugin_configs(dir, file, &k.generators, stack)? {
            if !plugin.is_generator() {
                return Err(Error::Other(format!(
                    "failed to load generator: plugin {} not a generator",
                    by.kind
                )));
            }
            for mut generated in plugin.generate(&reader)? {
                generated.origin = Some(Origin::Generator(Arc::clone(&by)));
                add_generated(&mut map, generated)?;
            }
        }
        // Components.
        for entry in &k.components {
            let path = join(dir, entry);
            if !self.fs.is_dir(&path) {
                if looks_remote(entry) {
                    return Err(Error::Remote { url: entry.clone() });
                }
                if self.fs.is_file(&path) {
                    return Err(Error::Other(format!(
                        "accumulating components: must build at directory: '{path}': file is not directory"
                    )));
                }
                return Err(Error::NotFound { path }.context("accumulating components"));
            }
            let (out, _) = self.accumulate(&path, map, stack, true)?;
            map = out;
        }
        self.transform(dir, file, k, &mut map)?;
        let schema = self.custom_schema();
        for (plugin, by) in self.plugin_configs(dir, file, &k.transformers, stack)? {
            if plugin.is_generator() {
                return Err(Error::Other(format!("plugin {} not a transformer", by.kind)));
            }
            plugin.transform(&mut map, &reader, schema.as_deref())?;
            for r in &mut map.resources {
                r.transformations.push(Arc::clone(&by));
            }
        }
        for (plugin, by) in self.plugin_configs(dir, file, &k.validators, stack)? {
            if plugin.is_generator() {
                return Err(Error::Other(format!("plugin {} not a transformer", by.kind)));
            }
            let mut validated = map.clone();
            plugin.transform(&mut validated, &reader, schema.as_deref())?;
            let unchanged = validated.resources.len() == map.resources.len()
                && validated.resources.iter().zip(&map.resources).all(|(a, b)| {
                    let mut a = a.object.clone();
                    if let Some(Value::Object(labels)) = a.pointer_mut("/metadata/labels") {
                        labels.remove("validated-by");
                    }
                    a == b.object
                });
            if !unchanged {
                return Err(Error::Other("validator shouldn't modify the resource map".to_owned()));
            }
        }
        vars::merge(&mut map, &k.vars)?;
        Ok(map)
    }

    fn patch_docs(&self, dir: &str, path: Option<&str>, inline: Option<&str>) -> Result<Vec<Value>> {
        let (text, file) = match (path, inline) {
            (Some(p), _) => {
                let bytes = self.reader(dir).read_file(p)?;
                (String::from_utf8_lossy(&bytes).into_owned(), join(dir, p))
            }
            (None, Some(text)) => (text.to_owned(), format!("{dir} (inline patch)")),
            (None, None) => return Err(Error::Other("patch must have a path or an inline patch".to_owned())),
        };
        crate::yaml::parse_documents(&text).map_err(|message| Error::Yaml { file, message })
    }

    /// The custom OpenAPI schema in use, if any.
    fn custom_schema(&self) -> Option<Rc<CustomSchema>> {
        match &*self.schema.borrow() {
            SchemaState::Custom(schema) => Some(Rc::clone(schema)),
            SchemaState::Unset | SchemaState::Builtin => None,
        }
    }

    fn transform(&self, dir: &str, file: &str, k: &Kustomization, map: &mut ResMap) -> Result<()> {
        let schema = self.custom_schema();
        let schema = schema.as_deref();
        let ran = |map: &mut ResMap, kind: &str| {
            let by = Arc::new(ConfiguredBy {
                configured_in: file.to_owned(),
                kind: kind.to_owned(),
                name: String::new(),
                namespace: String::new(),
            });
            for r in &mut map.resources {
                r.transformations.push(Arc::clone(&by));
            }
        };
        // patchesStrategicMerge: each entry a file or inline YAML.
        let mut smp = Vec::new();
        for entry in &k.patches_strategic_merge {
            let is_inline =
                entry.contains('\n') || entry.trim_start().starts_with("apiVersion") || entry.contains(": ");
            let docs = if is_inline && !self.fs.is_file(&join(dir, entry)) {
                self.patch_docs(dir, None, Some(entry))?
            } else {
                self.patch_docs(dir, Some(entry), None)?
            };
            let docs: Vec<Value> = docs
                .into_iter()
                .filter(|d| d.as_object().is_some_and(|m| !m.is_empty()))
                .collect();
            if docs.is_empty() {
                return Err(Error::Other(format!(
                    "patch appears to be empty; found only comments or empty documents in '{entry}'"
                )));
            }
            smp.extend(docs);
        }
        patches::strategic_merge(map, &smp, schema)?;
        if !k.patches_strategic_merge.is_empty() {
            ran(map, "PatchStrategicMergeTransformer");
        }
        for entry in &k.patches {
            let docs = self.patch_docs(dir, entry.path.as_deref(), entry.patch.as_deref())?;
            if patches::patch_entry(map, entry, docs, schema)? {
                ran(map, "PatchTransformer");
            }
        }
        if !k.namespace.is_empty() {
            transformers::namespace(map, &k.namespace);
            ran(map, "NamespaceTransformer");
        }
        if !k.name_prefix.is_empty() || !k.name_suffix.is_empty() {
            transformers::prefix_suffix(map, &k.name_prefix, &k.name_suffix);
            if !k.name_prefix.is_empty() {
                ran(map, "PrefixTransformer");
            }
            if !k.name_suffix.is_empty() {
                ran(map, "SuffixTransformer");
            }
        }
        if !k.common_labels.is_empty() {
            transformers::common_labels(map, &k.common_labels);
            ran(map, "LabelTransformer");
        }
        for label in &k.labels {
            transformers::labels(map, label);
            ran(map, "LabelTransformer");
        }
        if !k.common_annotations.is_empty() {
            transformers::annotations(map, &k.common_annotations);
            ran(map, "AnnotationsTransformer");
        }
        for entry in &k.patches_json6902 {
            let docs = self.patch_docs(dir, entry.path.as_deref(), entry.patch.as_deref())?;
            let Some(target) = entry.target.as_ref() else {
                return Err(Error::Other("must specify a target for patchesJson6902".to_owned()));
            };
            let ops = match docs.as_slice() {
                [ops @ Value::Array(_)] => ops.clone(),
                [] => continue,
                _ => {
                    return Err(Error::Other(
                        "a JSON 6902 patch must be a list of operations".to_owned(),
                    ));
                }
            };
            patches::json6902_patch(map, &ops, target)?;
            ran(map, "PatchJson6902Transformer");
        }
        if !k.replicas.is_empty() {
            transformers::replicas(map, &k.replicas)?;
            ran(map, "ReplicaCountTransformer");
        }
        if !k.images.is_empty() {
            transformers::images(map, &k.images)?;
            ran(map, "ImageTagTransformer");
        }
        if !k.replacements.is_empty() {
            let reader = self.reader(dir);
            let read = |path: &str| -> Result<String> {
                let bytes = reader.read_file(path)?;
                Ok(String::from_utf8_lossy(&bytes).into_owned())
            };
            let loaded = replacements::load(&k.replacements, &read)?;
            replacements::apply(map, &loaded)?;
            ran(map, "ReplacementTransformer");
        }
        Ok(())
    }
}

/// Adds a generated object according to its behavior.
fn add_generated(map: &mut ResMap, generated: Resource) -> Result<()> {
    let existing = map.resources.iter().position(|r| {
        r.kind() == generated.kind()
            && (r.original_name() == generated.name() || r.name() == generated.name())
            && (generated.namespace().is_empty()
                || r.namespace() == generated.namespace()
                || r.original_namespace() == generated.namespace())
    });
    match (generated.behavior, existing) {
        (Behavior::Create, Some(_)) if map.resources.iter().any(|r| r.same_id(&generated)) => Err(Error::Other(
            format!("id {} exists; behavior must be merge or replace", generated.id()),
        )),
        (Behavior::Create, _) => map.append(generated),
        (Behavior::Merge, Some(i)) => {
            generators::merge_into(&mut map.resources[i], &generated);
            Ok(())
        }
        (Behavior::Replace, Some(i)) => {
            let old = &map.resources[i];
            let mut new = generated;
            new.history = old.history.clone();
            let name = old.name().to_owned();
            let ns = old.namespace().to_owned();
            let old_meta = old.object.get("metadata").cloned().unwrap_or(Value::Null);
            if let Some(meta) = crate::resource::metadata_mut(&mut new.object) {
                // The old object's labels and annotations stay unless the new one sets them.
                for field in ["labels", "annotations"] {
                    if let Some(Value::Object(old_map)) = old_meta.get(field) {
                        let mut merged = old_map.clone();
                        if let Some(Value::Object(new_map)) = meta.get(field) {
                            merged.extend(new_map.iter().map(|(k, v)| (k.clone(), v.clone())));
                        }
                        meta.insert(field.to_owned(), Value::Object(merged));
                    }
                }
                meta.insert("name".to_owned(), Value::String(name));
                if !ns.is_empty() {
                    meta.insert("namespace".to_owned(), Value::String(ns));
                }
            }
            map.resources[i] = new;
            Ok(())
        }
        (_, None) => Err(Error::Other(format!(
            "id {:?} does not exist; cannot merge or replace",
            format!("{}/{}", generated.kind(), generated.name())
        ))),
    }
}
