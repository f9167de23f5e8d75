//! `configurations`: transformer configuration files that add field specs to the built-in
//! tables (`commonLabels`, `labels`, `templateLabels`, `commonAnnotations`, `images`, `varReference`, `nameReference`).
//! Entry point: [`TransformerConfig::parse`]; a build keeps the merged configuration of every
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

    /// Adds another configuration's field specs (duplicates dropped).
    pub fn merge(&mut self, other: TransformerConfig) {
        add_unique(&mut self.common_labels, other.common_labels);
        add_unique(&mut self.metadata_labels, other.metadata_labels);
        add_unique(&mut self.template_labels, other.template_labels);
        add_unique(&mut self.common_annotations, other.common_annotations);
        add_unique(&mut self.images, other.images);
        add_unique(&mut self.var_reference, other.var_reference);
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
