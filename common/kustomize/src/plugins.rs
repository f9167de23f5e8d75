//! Built-in plugins configured through a kustomization's `generators`, `transformers` and
//! `validators` fields: [`Plugin::parse`] reads one plugin configuration object (`apiVersion:
//! builtin`, the plugin's kind), [`Plugin::generate`] runs a generator and
//! [`Plugin::transform`] a transformer, with the same code the kustomization fields use.
//!
//! As in kustomize, a plugin configured this way gets only what its configuration says: no
//! built-in field specs, no `generatorOptions`; files it names are read relative to the
//! kustomization listing it. Exec, Go and containerized (KRM function) plugins, any kind whose
//! `apiVersion` is not `builtin`, are [`Error::Unsupported`]; `HelmChartInflationGenerator` too.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::generators::{self, FileReader};
use crate::kustomization::{GeneratorArgs, Image, PatchEntry, Replica, Selector};
use crate::openapi::CustomSchema;
use crate::resource::{ResMap, Resource};
use crate::transformers::fieldspec::FieldSpec;
use crate::transformers::{self, SubjectMode, patches, replacements};

/// The annotations that make a configuration a KRM function (containerized or exec plugin).
const FUNCTION_ANNOTATIONS: [&str; 2] = ["config.kubernetes.io/function", "config.k8s.io/function"];

/// A configured built-in plugin.
#[derive(Debug, Clone)]
pub(crate) enum Plugin {
    /// `ConfigMapGenerator` (`secret == false`) or `SecretGenerator`.
    Generator { args: GeneratorArgs, secret: bool },
    /// `IAMPolicyGenerator` (GKE only).
    IamPolicy(IamPolicyArgs),
    /// `AnnotationsTransformer`.
    Annotations {
        pairs: BTreeMap<String, Value>,
        specs: Vec<FieldSpec>,
    },
    /// `LabelTransformer`.
    Labels {
        pairs: BTreeMap<String, Value>,
        specs: Vec<FieldSpec>,
    },
    /// `NamespaceTransformer`.
    Namespace {
        namespace: String,
        specs: Vec<FieldSpec>,
        unset_only: bool,
        subjects: SubjectMode,
    },
    /// `PrefixTransformer`, `SuffixTransformer` or both (`PrefixSuffixTransformer`: the prefix
    /// first).
    Affix {
        prefix: Option<String>,
        suffix: Option<String>,
        specs: Vec<FieldSpec>,
    },
    /// `ImageTagTransformer`.
    ImageTag { image: Image, specs: Vec<FieldSpec> },
    /// `ReplicaCountTransformer`.
    ReplicaCount { replica: Replica, specs: Vec<FieldSpec> },
    /// `PatchTransformer`: an entry like one of `patches`.
    Patch(PatchEntry),
    /// `PatchStrategicMergeTransformer`: patch files and inline patches.
    StrategicMerge { paths: Vec<String>, patches: String },
    /// `PatchJson6902Transformer`.
    Json6902 {
        target: Selector,
        path: String,
        json_op: String,
    },
    /// `ReplacementTransformer`.
    Replacement(Vec<Value>),
    /// `HashTransformer`: content hashes of generated objects that want one.
    Hash,
}

/// The arguments of an `IAMPolicyGenerator`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub(crate) struct IamPolicyArgs {
    cloud: String,
    kubernetes_service: IamKubernetesService,
    service_account: IamServiceAccount,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct IamKubernetesService {
    namespace: String,
    name: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct IamServiceAccount {
    name: String,
    project_id: String,
}

fn field_specs(config: &Value) -> Vec<FieldSpec> {
    match config.get("fieldSpecs") {
        Some(Value::Array(items)) => items.iter().map(FieldSpec::from_value).collect(),
        _ => Vec::new(),
    }
}

fn string_pairs(config: &Value, field: &str) -> BTreeMap<String, Value> {
    match config.get(field) {
        Some(Value::Object(m)) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => BTreeMap::new(),
    }
}

fn text(config: &Value, field: &str) -> String {
    match config.get(field) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn decode<T: for<'de> Deserialize<'de>>(value: Option<&Value>, what: &str) -> Result<T> {
    let value = value.cloned().unwrap_or(Value::Object(serde_json::Map::new()));
    serde_json::from_value(value).map_err(|e| Error::Other(format!("{what}: {e}")))
}

/// The id kustomize prints for a plugin configuration (`Kind.version.[noGrp]/name.[noNs]`).
fn config_id(config: &Value) -> String {
    let r = Resource::new(config.clone());
    r.id()
}

impl Plugin {
    /// Reads a plugin configuration object found in `file` (the configuration file, or the
    /// kustomization file for inline configurations).
    pub(crate) fn parse(config: &Value, file: &str) -> Result<Self> {
        let api_version = config.get("apiVersion").and_then(Value::as_str).unwrap_or("");
        let kind = config.get("kind").and_then(Value::as_str).unwrap_or("");
        if api_version != "builtin" {
            let function = FUNCTION_ANNOTATIONS.iter().any(|a| {
                config
                    .pointer(&format!("/metadata/annotations/{}", a.replace('/', "~1")))
                    .is_some()
            });
            let what = if function {
                "KRM function (containerized or exec) plugin"
            } else {
                "exec or Go plugin"
            };
            return Err(Error::Unsupported {
                feature: format!("{what} '{kind}' (apiVersion '{api_version}'; only apiVersion 'builtin' plugins are)"),
                file: file.to_owned(),
            });
        }
        let configuration = |e: Error| e.context(format!("plugin {} fails configuration", config_id(config)));
        Self::configure(kind, config, file).map_err(configuration)
    }

    fn configure(kind: &str, config: &Value, file: &str) -> Result<Self> {
        let meta = |field: &str| {
            config
                .pointer(&format!("/metadata/{field}"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        Ok(match kind {
            "ConfigMapGenerator" | "SecretGenerator" => {
                let mut args: GeneratorArgs = decode(Some(config), "generator arguments")?;
                if args.name.is_empty() {
                    args.name = meta("name");
                }
                if args.namespace.is_empty() {
                    args.namespace = meta("namespace");
                }
                if !args.env.is_empty() {
                    let env = std::mem::take(&mut args.env);
                    args.envs.push(env);
                }
                Plugin::Generator {
                    args,
                    secret: kind == "SecretGenerator",
                }
            }
            "IAMPolicyGenerator" => Plugin::IamPolicy(decode(Some(config), "IAMPolicyGenerator arguments")?),
            "AnnotationsTransformer" => Plugin::Annotations {
                pairs: string_pairs(config, "annotations"),
                specs: field_specs(config),
            },
            "LabelTransformer" => Plugin::Labels {
                pairs: string_pairs(config, "labels"),
                specs: field_specs(config),
            },
            "NamespaceTransformer" => {
                let subjects = match text(config, "setRoleBindingSubjects").as_str() {
                    "" | "defaultOnly" => SubjectMode::DefaultOnly,
                    "allServiceAccounts" => SubjectMode::AllServiceAccounts,
                    "none" => SubjectMode::None,
                    other => {
                        return Err(Error::Other(format!(
                            "invalid value \"{other}\" for setRoleBindingSubjects: must be one of \"defaultOnly\", \"none\" or \"allServiceAccounts\""
                        )));
                    }
                };
                Plugin::Namespace {
                    namespace: meta("namespace"),
                    specs: field_specs(config),
                    unset_only: config.get("unsetOnly").and_then(Value::as_bool).unwrap_or(false),
                    subjects,
                }
            }
            "PrefixSuffixTransformer" | "PrefixTransformer" | "SuffixTransformer" => {
                if config.get("fieldSpecs").is_none_or(Value::is_null) {
                    return Err(Error::Other("fieldSpecs is not expected to be nil".to_owned()));
                }
                Plugin::Affix {
                    prefix: (kind != "SuffixTransformer").then(|| text(config, "prefix")),
                    suffix: (kind != "PrefixTransformer").then(|| text(config, "suffix")),
                    specs: field_specs(config),
                }
            }
            "ImageTagTransformer" => Plugin::ImageTag {
                image: decode(config.get("imageTag"), "imageTag")?,
                specs: field_specs(config),
            },
            "ReplicaCountTransformer" => Plugin::ReplicaCount {
                replica: decode(config.get("replica"), "replica")?,
                specs: field_specs(config),
            },
            "PatchTransformer" => {
                let mut entry: PatchEntry = decode(Some(config), "patch")?;
                entry.patch = entry.patch.map(|p| p.trim().to_owned()).filter(|p| !p.is_empty());
                match (&entry.patch, &entry.path) {
                    (None, None) => return Err(Error::Other("must specify one of patch and path".to_owned())),
                    (Some(_), Some(_)) => {
                        return Err(Error::Other("patch and path can't be set at the same time".to_owned()));
                    }
                    _ => {}
                }
                Plugin::Patch(entry)
            }
            "PatchStrategicMergeTransformer" => {
                let paths: Vec<String> = decode(config.get("paths"), "paths")
                    .or_else(|_| decode::<String>(config.get("paths"), "paths").map(|p| vec![p]))?;
                let patches = text(config, "patches");
                if paths.is_empty() && patches.is_empty() {
                    return Err(Error::Other("empty file path and empty patch content".to_owned()));
                }
                Plugin::StrategicMerge { paths, patches }
            }
            "PatchJson6902Transformer" => {
                let target: Selector = decode(config.get("target"), "target")?;
                if target.name.as_deref().is_none_or(str::is_empty) {
                    return Err(Error::Other("must specify the target name".to_owned()));
                }
                let (path, json_op) = (text(config, "path"), text(config, "jsonOp"));
                match (path.is_empty(), json_op.is_empty()) {
                    (true, true) => return Err(Error::Other("empty file path and empty jsonOp".to_owned())),
                    (false, false) => {
                        return Err(Error::Other("must specify a file path or jsonOp, not both".to_owned()));
                    }
                    _ => {}
                }
                Plugin::Json6902 { target, path, json_op }
            }
            "ReplacementTransformer" => match config.get("replacements") {
                Some(Value::Array(items)) => Plugin::Replacement(items.clone()),
                _ => Plugin::Replacement(Vec::new()),
            },
            "HashTransformer" => Plugin::Hash,
            "HelmChartInflationGenerator" | "ValueAddTransformer" => {
                return Err(Error::Unsupported {
                    feature: format!("built-in plugin {kind}"),
                    file: file.to_owned(),
                });
            }
            other => {
                return Err(Error::Other(format!("unable to load builtin {other}.builtin.[noGrp]")));
            }
        })
    }

    /// Whether this plugin generates objects (rather than transforming them).
    pub(crate) fn is_generator(&self) -> bool {
        matches!(self, Plugin::Generator { .. } | Plugin::IamPolicy(_))
    }

    /// Runs a generator plugin.
    pub(crate) fn generate(&self, reader: &dyn FileReader) -> Result<Vec<Resource>> {
        match self {
            Plugin::Generator { args, secret } => Ok(vec![generators::generate(args, *secret, None, reader)?]),
            Plugin::IamPolicy(args) => {
                if args.cloud != "gke" {
                    return Err(Error::Other(format!("cloud provider {} not supported yet", args.cloud)));
                }
                let mut metadata = serde_json::Map::new();
                metadata.insert(
                    "annotations".to_owned(),
                    serde_json::json!({
                        "iam.gke.io/gcp-service-account": format!(
                            "{}@{}.iam.gserviceaccount.com",
                            args.service_account.name, args.service_account.project_id
                        )
                    }),
                );
                metadata.insert("name".to_owned(), Value::String(args.kubernetes_service.name.clone()));
                if !args.kubernetes_service.namespace.is_empty() {
                    metadata.insert(
                        "namespace".to_owned(),
                        Value::String(args.kubernetes_service.namespace.clone()),
                    );
                }
                let object = serde_json::json!({
                    "apiVersion": "v1",
                    "kind": "ServiceAccount",
                    "metadata": Value::Object(metadata),
                });
                Ok(vec![Resource::new(object)])
            }
            _ => Err(Error::Other("plugin is not a generator".to_owned())),
        }
    }

    /// Runs a transformer plugin over `map`; files are read with `reader`, strategic merge
    /// patches use `schema` (the built-in schema when `None`).
    pub(crate) fn transform(
        &self,
        map: &mut ResMap,
        reader: &dyn FileReader,
        schema: Option<&CustomSchema>,
    ) -> Result<()> {
        let read =
            |path: &str| -> Result<String> { Ok(String::from_utf8_lossy(&reader.read_file(path)?).into_owned()) };
        let parse = |text: &str, file: &str| {
            crate::yaml::parse_documents(text).map_err(|message| Error::Yaml {
                file: file.to_owned(),
                message,
            })
        };
        match self {
            Plugin::Generator { .. } | Plugin::IamPolicy(_) => {
                Err(Error::Other("plugin is not a transformer".to_owned()))
            }
            Plugin::Annotations { pairs, specs } => {
                transformers::set_map_fields(map, pairs, specs);
                Ok(())
            }
            Plugin::Labels { pairs, specs } => {
                transformers::set_map_fields(map, pairs, specs);
                Ok(())
            }
            Plugin::Namespace {
                namespace,
                specs,
                unset_only,
                subjects,
            } => {
                transformers::namespace_with(map, namespace, specs, *unset_only, *subjects);
                Ok(())
            }
            Plugin::Affix { prefix, suffix, specs } => {
                if let Some(prefix) = prefix {
                    transformers::affix(map, prefix, true, specs);
                }
                if let Some(suffix) = suffix {
                    transformers::affix(map, suffix, false, specs);
                }
                Ok(())
            }
            Plugin::ImageTag { image, specs } => transformers::images_with(map, std::slice::from_ref(image), specs),
            Plugin::ReplicaCount { replica, specs } => transformers::replicas_with(map, replica, specs),
            Plugin::Patch(entry) => {
                let docs = match (&entry.path, &entry.patch) {
                    (Some(path), _) => parse(&read(path)?, path)?,
                    (None, Some(inline)) => parse(inline, "inline patch")?,
                    (None, None) => Vec::new(),
                };
                patches::patch_entry(map, entry, docs, schema).map(|_| ())
            }
            Plugin::StrategicMerge { paths, patches: inline } => {
                let mut docs = Vec::new();
                for path in paths {
                    docs.extend(parse(&read(path)?, path)?);
                }
                if !inline.is_empty() {
                    docs.extend(parse(inline, "inline patch")?);
                }
                docs.retain(|d| d.as_object().is_some_and(|m| !m.is_empty()));
                if docs.is_empty() {
                    return Err(Error::Other(format!(
                        "patch appears to be empty; files={paths:?}, Patch={inline}"
                    )));
                }
                patches::strategic_merge(map, &docs, schema)
            }
            Plugin::Json6902 { target, path, json_op } => {
                let text = if path.is_empty() { json_op.clone() } else { read(path)? };
                let ops = match parse(&text, if path.is_empty() { "jsonOp" } else { path })?.as_slice() {
                    [ops @ Value::Array(items)] if !items.is_empty() => ops.clone(),
                    [Value::Array(_)] | [] => {
                        return Err(Error::Other(format!(
                            "patch appears to be empty; file={path}, JsonOp={json_op}"
                        )));
                    }
                    _ => return Err(Error::Other(format!("decoding {text}: not a list of operations"))),
                };
                patches::json6902_patch(map, &ops, target)
            }
            Plugin::Replacement(entries) => {
                let loaded = replacements::load(entries, &read)?;
                replacements::apply(map, &loaded)
            }
            Plugin::Hash => transformers::add_hashes(map),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use crate::{BuildOptions, Error, MemFs, build};

    fn tree(kustomization: &str, files: &[(&str, &str)]) -> MemFs {
        let mut fs = MemFs::new();
        fs.add_file("/k/kustomization.yaml", kustomization);
        fs.add_file(
            "/k/cm.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: b\n",
        );
        for (path, text) in files {
            fs.add_file(&format!("/k/{path}"), *text);
        }
        fs
    }

    #[test]
    fn exec_plugins_are_unsupported_naming_the_kind_and_file() {
        let fs = tree(
            "resources: [cm.yaml]\ntransformers: [sed.yaml]\n",
            &[(
                "sed.yaml",
                "apiVersion: someteam.example.com/v1\nkind: SedTransformer\nmetadata:\n  name: x\n",
            )],
        );
        let err = build(&fs, "/k", &BuildOptions::default()).unwrap_err();
        let Error::Unsupported { feature, file } = &err else {
            panic!("{err}");
        };
        assert!(feature.contains("SedTransformer"), "{feature}");
        assert_eq!(file, "/k/sed.yaml");
    }

    #[test]
    fn krm_function_plugins_are_unsupported() {
        let fs = tree(
            "resources: [cm.yaml]\ngenerators:\n- |-\n  apiVersion: example.com/v1\n  kind: Gen\n  metadata:\n    name: g\n    annotations:\n      config.kubernetes.io/function: |\n        container:\n          image: example.com/gen\n",
            &[],
        );
        let err = build(&fs, "/k", &BuildOptions::default()).unwrap_err();
        assert!(
            matches!(&err, Error::Unsupported { feature, file } if feature.contains("KRM function") && feature.contains("'Gen'") && file == "/k/kustomization.yaml"),
            "{err}"
        );
    }

    #[test]
    fn validators_must_not_change_objects() {
        let fs = tree(
            "resources: [cm.yaml]\nvalidators:\n- |-\n  apiVersion: builtin\n  kind: LabelTransformer\n  metadata:\n    name: v\n  labels: {a: b}\n  fieldSpecs: [{path: metadata/labels, create: true}]\n",
            &[],
        );
        let err = build(&fs, "/k", &BuildOptions::default()).unwrap_err();
        assert!(err.to_string().contains("validator shouldn't modify"), "{err}");
    }

    #[test]
    fn a_transformer_in_generators_is_an_error() {
        let fs = tree(
            "resources: [cm.yaml]\ngenerators:\n- |-\n  apiVersion: builtin\n  kind: LabelTransformer\n  metadata:\n    name: v\n",
            &[],
        );
        let err = build(&fs, "/k", &BuildOptions::default()).unwrap_err();
        assert!(err.to_string().contains("not a generator"), "{err}");
    }

    #[test]
    fn plugin_files_are_read_relative_to_the_kustomization_listing_them() {
        let fs = tree(
            "resources: [cm.yaml]\ntransformers: [t/patch.yaml]\n",
            &[
                (
                    "t/patch.yaml",
                    "apiVersion: builtin\nkind: PatchTransformer\nmetadata:\n  name: p\npath: p.yaml\n",
                ),
                (
                    "p.yaml",
                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: c\n",
                ),
            ],
        );
        let out = build(&fs, "/k", &BuildOptions::default()).unwrap().to_yaml();
        assert!(out.contains("a: c"), "{out}");
    }
}
