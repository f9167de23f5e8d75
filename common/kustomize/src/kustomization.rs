//! The kustomization file format: [`Kustomization`] (kinds `Kustomization` and `Component`),
//! read with [`Kustomization::parse`], which also folds in the legacy field names (`bases`,
//! `imageTags`, a single `env` in generators) and lists the fields this engine defers.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

/// The file names a kustomization directory may use, in the order they are looked for.
pub const FILE_NAMES: [&str; 3] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// The `apiVersion` of components.
pub const COMPONENT_API_VERSION: &str = "kustomize.config.k8s.io/v1alpha1";

/// A parsed kustomization file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Kustomization {
    /// `apiVersion`.
    pub api_version: String,
    /// `kind` (`Kustomization` when empty, or `Component`).
    pub kind: String,
    /// Files, directories and kustomizations to include (`bases` folded in).
    pub resources: Vec<String>,
    /// Legacy `bases`.
    bases: Vec<String>,
    /// Components to apply after generators.
    pub components: Vec<String>,
    /// The namespace to set.
    pub namespace: String,
    /// The name prefix.
    pub name_prefix: String,
    /// The name suffix.
    pub name_suffix: String,
    /// Labels set on metadata, selectors and templates.
    pub common_labels: BTreeMap<String, Value>,
    /// Labels with options.
    pub labels: Vec<Label>,
    /// Annotations set on metadata and templates.
    pub common_annotations: BTreeMap<String, Value>,
    /// Image overrides (`imageTags` folded in).
    pub images: Vec<Image>,
    /// Legacy `imageTags`.
    image_tags: Vec<Image>,
    /// Replica counts.
    pub replicas: Vec<Replica>,
    /// Patches (strategic merge or JSON 6902) with optional targets.
    pub patches: Vec<PatchEntry>,
    /// Legacy strategic merge patches: file paths or inline YAML.
    pub patches_strategic_merge: Vec<String>,
    /// Legacy JSON 6902 patches.
    pub patches_json6902: Vec<PatchEntry>,
    /// ConfigMap generators.
    pub config_map_generator: Vec<GeneratorArgs>,
    /// Secret generators.
    pub secret_generator: Vec<GeneratorArgs>,
    /// Options for every generator of this kustomization.
    pub generator_options: Option<GeneratorOptions>,
    /// Replacements (inline, or `path` entries naming a file).
    pub replacements: Vec<Value>,
    /// Vars: fields of objects substituted for `$(NAME)` at the end of the build.
    pub vars: Vec<Value>,
    /// OpenAPI definition files of custom kinds (name references, annotation and label fields).
    pub crds: Vec<String>,
    /// Transformer configuration files.
    pub configurations: Vec<String>,
    /// `openapi`: `path` (a custom schema file) or `version` (a built-in schema).
    pub openapi: Option<BTreeMap<String, String>>,
    /// `buildMetadata`: `originAnnotations`, `transformerAnnotations`, `managedByLabel`.
    pub build_metadata: Vec<String>,
    /// Output order.
    pub sort_options: Option<SortOptions>,
    /// Generator plugin configurations: files, directories (kustomizations) or inline YAML.
    pub generators: Vec<String>,
    /// Transformer plugin configurations, likewise.
    pub transformers: Vec<String>,
    /// Validator plugin configurations, likewise (transformers that must not change anything).
    pub validators: Vec<String>,
    /// Every top-level field, for deferred-feature checks.
    #[serde(skip)]
    pub fields: Vec<String>,
}

/// An entry of `labels`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Label {
    /// The labels.
    pub pairs: BTreeMap<String, Value>,
    /// Whether selectors get them too.
    pub include_selectors: bool,
    /// Whether pod templates get them too.
    pub include_templates: bool,
    /// Extra field specs.
    pub fields: Vec<Value>,
}

/// An entry of `images`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Image {
    /// The image name to match.
    pub name: String,
    /// The new name.
    pub new_name: String,
    /// The new tag.
    pub new_tag: Value,
    /// The digest.
    pub digest: String,
    /// A suffix for the tag.
    pub tag_suffix: String,
}

/// An entry of `replicas`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Replica {
    /// The resource name.
    pub name: String,
    /// The count.
    pub count: i64,
}

/// An entry of `patches` or `patchesJson6902`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PatchEntry {
    /// A file holding the patch.
    pub path: Option<String>,
    /// The inline patch.
    pub patch: Option<String>,
    /// Which resources to patch.
    pub target: Option<Selector>,
    /// `allowNameChange`/`allowKindChange`.
    pub options: BTreeMap<String, bool>,
}

/// A patch target.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Selector {
    /// API group.
    pub group: Option<String>,
    /// API version.
    pub version: Option<String>,
    /// Kind.
    pub kind: Option<String>,
    /// Name (a regular expression).
    pub name: Option<String>,
    /// Namespace (a regular expression).
    pub namespace: Option<String>,
    /// A label selector.
    pub label_selector: Option<String>,
    /// An annotation selector.
    pub annotation_selector: Option<String>,
}

/// An entry of `configMapGenerator` or `secretGenerator`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GeneratorArgs {
    /// The name.
    pub name: String,
    /// The namespace.
    pub namespace: String,
    /// `create`, `merge` or `replace`.
    pub behavior: String,
    /// `key=value` literals.
    pub literals: Vec<String>,
    /// Files (`key=path` or `path`).
    pub files: Vec<String>,
    /// Env files.
    pub envs: Vec<String>,
    /// Legacy single env file.
    pub env: String,
    /// The Secret type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Per-generator options.
    pub options: Option<GeneratorOptions>,
}

/// `generatorOptions` or a generator's `options`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct GeneratorOptions {
    /// Labels.
    pub labels: BTreeMap<String, String>,
    /// Annotations.
    pub annotations: BTreeMap<String, String>,
    /// Whether names get no content hash.
    pub disable_name_suffix_hash: Option<bool>,
    /// Whether the generated object is immutable.
    pub immutable: Option<bool>,
}

/// `sortOptions`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SortOptions {
    /// `legacy` or `fifo`.
    pub order: String,
    /// Legacy order lists.
    pub legacy_sort_options: Option<LegacySortOptions>,
}

/// `sortOptions.legacySortOptions`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct LegacySortOptions {
    /// Kinds first.
    pub order_first: Vec<String>,
    /// Kinds last.
    pub order_last: Vec<String>,
}

/// The top-level fields of a kustomization, as spelled in kustomize's types.
const KNOWN_FIELDS: [&str; 35] = [
    "apiVersion",
    "kind",
    "metadata",
    "resources",
    "bases",
    "components",
    "namespace",
    "namePrefix",
    "nameSuffix",
    "commonLabels",
    "labels",
    "commonAnnotations",
    "images",
    "imageTags",
    "replicas",
    "patches",
    "patchesStrategicMerge",
    "patchesJson6902",
    "configMapGenerator",
    "secretGenerator",
    "generatorOptions",
    "sortOptions",
    "replacements",
    "vars",
    "crds",
    "openapi",
    "buildMetadata",
    "helmCharts",
    "helmGlobals",
    "helmChartInflationGenerator",
    "generators",
    "transformers",
    "validators",
    "configurations",
    "inventory",
];

/// Fields this engine does not implement yet.
pub const DEFERRED: [&str; 4] = ["helmCharts", "helmGlobals", "helmChartInflationGenerator", "inventory"];

impl Kustomization {
    /// Parses a kustomization file's text, folding legacy fields into their successors.
    pub fn parse(text: &str) -> Result<Self, String> {
        let docs = crate::yaml::parse_documents(text)?;
        let value = match docs.len() {
            0 => Value::Object(serde_json::Map::new()),
            1 => docs.into_iter().next().unwrap_or_default(),
            _ => return Err("a kustomization file must hold one document".to_owned()),
        };
        let Value::Object(raw) = value else {
            return Err("a kustomization file must hold a map".to_owned());
        };
        // Go's JSON decoding matches field names case-insensitively (`nameprefix` works).
        let mut map = serde_json::Map::new();
        for (key, v) in raw {
            let key = KNOWN_FIELDS
                .iter()
                .find(|known| **known != key && known.eq_ignore_ascii_case(&key) && !map.contains_key(**known))
                .map_or(key, |known| (*known).to_owned());
            map.insert(key, v);
        }
        let value = Value::Object(map);
        let Value::Object(map) = &value else {
            return Err("a kustomization file must hold a map".to_owned());
        };
        let fields: Vec<String> = map.keys().cloned().collect();
        let mut k: Kustomization = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
        k.fields = fields;
        let bases = std::mem::take(&mut k.bases);
        k.resources.extend(bases);
        let tags = std::mem::take(&mut k.image_tags);
        k.images.extend(tags);
        for generator in k.config_map_generator.iter_mut().chain(k.secret_generator.iter_mut()) {
            if !generator.env.is_empty() {
                let env = std::mem::take(&mut generator.env);
                generator.envs.push(env);
            }
        }
        if k.kind.is_empty() {
            k.kind = "Kustomization".to_owned();
        }
        if k.is_component() && !k.api_version.is_empty() && k.api_version != COMPONENT_API_VERSION {
            return Err(format!("apiVersion for Component should be {COMPONENT_API_VERSION}"));
        }
        Ok(k)
    }

    /// Tells whether this is a `Component`.
    pub fn is_component(&self) -> bool {
        self.kind == "Component"
    }
}
