//! `configurations`: transformer configuration files that add field specs to the built-in
//! tables (`commonLabels`, `labels`, `templateLabels`, `commonAnnotations`, `images`, `varReference`, `nameReference`).
//! Entry point: [`TransformerConfig::parse`]; [`TransformerConfig::from_crds`] reads the `crds`
//! field's files (OpenAPI definitions whose `x-kubernetes-*` extensions name references,
//! annotations and label selectors in custom kinds); a build keeps the merged configuration of every
//! kustomization loaded so far in its [`ResMap`](crate::resource::ResMap).

use serde_json::Value;

use super::fieldspec::{FieldSpec, NameReference};
use crate::error::{Error, Result};

/// Field specs added to kustomize's built-in ones.
#[derive(Debug, Clone, Default)]
pub struct TransformerConfig {
    /// Extra `commonLabels` field specs (also used by `labels` with `includeSelectors`).
    pub common_labels: Vec<FieldSpec>,
    /// Extra `labels` field specs (for `labels` entries without selectors or templates).
    pub metadata_labels: Vec<FieldSpec>,
    /// Extra `templateLabels` field specs (for `labels` entries with `includeTemplates`).
    pub template_labels: Vec<FieldSpec>,
    /// Extra `commonAnnotations` field specs.
    pub common_annotations: Vec<FieldSpec>,
    /// Extra `images` field specs.
    pub images: Vec<FieldSpec>,
    /// Extra `varReference` field specs.
    pub var_reference: Vec<FieldSpec>,
    /// Extra `nameReference` rules.
    pub name_reference: Vec<NameReference>,
    /// `namePrefix` field specs; when any are given, only the objects they select get the
    /// prefix.
    pub name_prefix: Vec<FieldSpec>,
    /// `nameSuffix` field specs, likewise.
    pub name_suffix: Vec<FieldSpec>,
}

fn specs(value: Option<&Value>) -> Vec<FieldSpec> {
    match value {
        Some(Value::Array(items)) => items.iter().map(FieldSpec::from_value).collect(),
        _ => Vec::new(),
    }
}

fn add_unique(into: &mut Vec<FieldSpec>, from: Vec<FieldSpec>) {
    for spec in from {
        if !into.contains(&spec) {
            into.push(spec);
        }
    }
}

impl TransformerConfig {
    /// Parses a configuration file's text.
    pub fn parse(text: &str, file: &str) -> Result<Self> {
        let docs = crate::yaml::parse_documents(text).map_err(|message| Error::Yaml {
            file: file.to_owned(),
            message,
        })?;
        let mut config = TransformerConfig::default();
        for doc in docs {
            if doc.is_null() {
                continue;
            }
            let Value::Object(map) = &doc else {
                return Err(Error::Other(format!("invalid transformer configuration in '{file}'")));
            };
            config.common_labels.extend(specs(map.get("commonLabels")));
            config.metadata_labels.extend(specs(map.get("labels")));
            config.template_labels.extend(specs(map.get("templateLabels")));
            config.common_annotations.extend(specs(map.get("commonAnnotations")));
            config.images.extend(specs(map.get("images")));
            config.var_reference.extend(specs(map.get("varReference")));
            config.name_prefix.extend(specs(map.get("namePrefix")));
            config.name_suffix.extend(specs(map.get("nameSuffix")));
            if let Some(Value::Array(rules)) = map.get("nameReference") {
                for rule in rules {
                    let text = |k: &str| rule.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
                    config.name_reference.push(NameReference {
                        kind: text("kind"),
                        group: text("group"),
                        fields: specs(rule.get("fieldSpecs")),
                    });
                }
            }
        }
        Ok(config)
    }

    /// Reads a `crds` file: a map from OpenAPI type names (`…/v1beta1.Bee`) to `{Schema,
    /// Dependencies}`. Properties marked `x-kubernetes-object-ref-kind` and
    /// `x-kubernetes-object-ref-api-version` become name references (to the property's
    /// `x-kubernetes-object-ref-name-key`, default `name`), `x-kubernetes-annotation` ones
    /// annotation fields and `x-kubernetes-label-selector` ones label fields, in objects of the
    /// type's kind; `$ref`s to other types of the file are followed.
    pub fn from_crds(text: &str, file: &str) -> Result<Self> {
        let docs = crate::yaml::parse_documents(text).map_err(|message| Error::Yaml {
            file: file.to_owned(),
            message,
        })?;
        let mut config = TransformerConfig::default();
        let Some(Value::Object(types)) = docs.into_iter().next() else {
            return Ok(config);
        };
        for name in types.keys() {
            let kind = name.rsplit('.').next().unwrap_or(name);
            crd_type(&mut config, &types, kind, name, &mut Vec::new(), 0);
        }
        Ok(config)
    }

    /// Adds another configuration's field specs (duplicates dropped).
    pub fn merge(&mut self, other: TransformerConfig) {
        add_unique(&mut self.common_labels, other.common_labels);
        add_unique(&mut self.metadata_labels, other.metadata_labels);
        add_unique(&mut self.template_labels, other.template_labels);
        add_unique(&mut self.common_annotations, other.common_annotations);
        add_unique(&mut self.images, other.images);
        add_unique(&mut self.var_reference, other.var_reference);
        add_unique(&mut self.name_prefix, other.name_prefix);
        add_unique(&mut self.name_suffix, other.name_suffix);
        for rule in other.name_reference {
            match self
                .name_reference
                .iter_mut()
                .find(|r| r.kind == rule.kind && r.group == rule.group)
            {
                Some(existing) => add_unique(&mut existing.fields, rule.fields),
                None => self.name_reference.push(rule),
            }
        }
    }
}

/// How deep `crds` type references are followed.
const MAX_CRD_DEPTH: usize = 32;

/// Adds the field specs type `name` of a `crds` file gives objects of `kind` at `path`.
fn crd_type(
    config: &mut TransformerConfig,
    types: &serde_json::Map<String, Value>,
    kind: &str,
    name: &str,
    path: &mut Vec<String>,
    depth: usize,
) {
    if depth > MAX_CRD_DEPTH {
        return;
    }
    let Some(Value::Object(properties)) = types.get(name).and_then(|t| t.pointer("/Schema/properties")) else {
        return;
    };
    let spec = |path: &[String]| FieldSpec {
        group: String::new(),
        version: String::new(),
        kind: kind.to_owned(),
        path: path.join("/"),
        create: false,
    };
    for (property, schema) in properties {
        path.push(property.clone());
        let text = |key: &str| schema.get(key).and_then(Value::as_str);
        if text("x-kubernetes-annotation").is_some() {
            add_unique(&mut config.common_annotations, vec![spec(path)]);
        }
        if text("x-kubernetes-label-selector").is_some() {
            add_unique(&mut config.common_labels, vec![spec(path)]);
        }
        if let (Some(version), Some(target)) = (
            text("x-kubernetes-object-ref-api-version"),
            text("x-kubernetes-object-ref-kind"),
        ) {
            let key = text("x-kubernetes-object-ref-name-key").unwrap_or("name");
            let mut full = path.clone();
            full.push(key.to_owned());
            let group = version.split_once('/').map(|(g, _)| g).unwrap_or("");
            let mut one = TransformerConfig::default();
            one.name_reference.push(NameReference {
                kind: target.to_owned(),
                group: group.to_owned(),
                fields: vec![spec(&full)],
            });
            config.merge(one);
        }
        if let Some(reference) = text("$ref") {
            crd_type(config, types, kind, reference, path, depth + 1);
        }
        path.pop();
    }
}
