//! Custom OpenAPI schemas (the kustomization `openapi` field): a Swagger 2 document (JSON or
//! YAML) whose `definitions` give merge keys and patch strategies for strategic merge patches,
//! typically for custom resources.
//!
//! [`CustomSchema`] implements [`PatchSchema`] on top of [`BuiltinSchema`]: a kind is looked up
//! by the `x-kubernetes-group-version-kind` of the custom definitions first, then in the
//! built-in table, and a `$ref` to a definition the document does not hold resolves to the
//! built-in definition of that name (kyaml adds the custom definitions to the ones it has).
//!
//! Which schema a build uses follows kustomize: the top kustomization's `openapi` field wins;
//! otherwise the first kustomization (or component) loaded that has one sets it. `version`
//! selects the built-in schema (only `v1.21.2` is built in); `path` and `version` together are
//! an error.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::schema::{BuiltinNode, BuiltinSchema, KeyList, PatchMeta, PatchSchema, Strategy};

/// The built-in OpenAPI versions `openapi.version` may name.
pub const BUILTIN_VERSIONS: [&str; 1] = ["v1.21.2"];

/// How deep `$ref` chains are followed.
const MAX_REFS: usize = 32;

/// One schema object of the document, flattened.
#[derive(Debug, Default)]
struct SchemaNode {
    /// `properties`, by name, as node indices.
    properties: BTreeMap<String, usize>,
    /// `items`.
    items: Option<usize>,
    /// `additionalProperties` (the values of a map).
    additional: Option<usize>,
    /// `$ref`, as the definition name.
    reference: Option<String>,
    /// `x-kubernetes-patch-strategy`.
    strategy: Strategy,
    /// `x-kubernetes-patch-merge-key`.
    merge_key: Option<String>,
    /// `x-kubernetes-list-map-keys`.
    list_map_keys: Vec<String>,
}

/// A custom OpenAPI schema, overlaid on the built-in one.
#[derive(Debug, Default)]
pub struct CustomSchema {
    nodes: Vec<SchemaNode>,
    /// Definition name to node.
    definitions: BTreeMap<String, usize>,
    /// (`apiVersion`, kind) to node.
    resources: BTreeMap<(String, String), usize>,
}

/// What a [`CustomNode`] stands for.
#[derive(Clone, Copy, Debug)]
enum Part {
    /// Nothing known.
    Unknown,
    /// A node of the built-in table.
    Builtin(BuiltinNode),
    /// A node of the custom document.
    Custom(usize),
}

/// A position in a [`CustomSchema`]: the type of the value and the field metadata that
/// came with it (these differ when a field is a `$ref`).
#[derive(Clone, Copy, Debug)]
pub struct CustomNode {
    shape: Part,
    meta: Part,
}

impl CustomSchema {
    /// Parses a schema document (JSON or YAML).
    pub fn parse(text: &str) -> Result<Self, String> {
        let docs = crate::yaml::parse_documents(text)?;
        let doc = docs.into_iter().next().unwrap_or(Value::Null);
        let mut schema = CustomSchema::default();
        if let Some(Value::Object(definitions)) = doc.get("definitions") {
            for (name, definition) in definitions {
                let index = schema.add(definition);
                schema.definitions.insert(name.clone(), index);
                if let Some(Value::Array(gvks)) = definition.get("x-kubernetes-group-version-kind") {
                    for gvk in gvks {
                        let text = |key: &str| gvk.get(key).and_then(Value::as_str).unwrap_or("").to_owned();
                        let (group, version, kind) = (text("group"), text("version"), text("kind"));
                        let api_version = if group.is_empty() {
                            version
                        } else {
                            format!("{group}/{version}")
                        };
                        schema.resources.insert((api_version, kind), index);
                    }
                }
            }
        }
        Ok(schema)
    }

    /// Flattens one schema object into the node list; returns its index.
    fn add(&mut self, value: &Value) -> usize {
        let index = self.nodes.len();
        self.nodes.push(SchemaNode::default());
        let mut node = SchemaNode {
            reference: value
                .get("$ref")
                .and_then(Value::as_str)
                .map(|r| r.strip_prefix("#/definitions/").unwrap_or(r).to_owned()),
            strategy: value
                .get("x-kubernetes-patch-strategy")
                .and_then(Value::as_str)
                .and_then(Strategy::parse)
                .unwrap_or_default(),
            merge_key: value
                .get("x-kubernetes-patch-merge-key")
                .and_then(Value::as_str)
                .map(str::to_owned),
            list_map_keys: value
                .get("x-kubernetes-list-map-keys")
                .and_then(Value::as_array)
                .map(|keys| keys.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                .unwrap_or_default(),
            ..SchemaNode::default()
        };
        if let Some(Value::Object(properties)) = value.get("properties") {
            for (name, property) in properties {
                let child = self.add(property);
                node.properties.insert(name.clone(), child);
            }
        }
        if let Some(items) = value.get("items").filter(|v| v.is_object()) {
            node.items = Some(self.add(items));
        }
        if let Some(additional) = value.get("additionalProperties").filter(|v| v.is_object()) {
            node.additional = Some(self.add(additional));
        }
        if let Some(slot) = self.nodes.get_mut(index) {
            *slot = node;
        }
        index
    }

    /// The node for a value described by custom node `index` (its `$ref` followed).
    fn resolve(&self, index: usize) -> CustomNode {
        let mut shape = Part::Custom(index);
        for _ in 0..MAX_REFS {
            let Part::Custom(at) = shape else { break };
            let Some(reference) = self.nodes.get(at).and_then(|n| n.reference.as_deref()) else {
                break;
            };
            shape = match self.definitions.get(reference) {
                Some(def) => Part::Custom(*def),
                None => BuiltinSchema
                    .definition_node(reference)
                    .map_or(Part::Unknown, Part::Builtin),
            };
        }
        CustomNode {
            shape,
            meta: Part::Custom(index),
        }
    }

    fn builtin(node: Option<BuiltinNode>) -> Option<CustomNode> {
        node.map(|b| CustomNode {
            shape: Part::Builtin(b),
            meta: Part::Builtin(b),
        })
    }
}

impl PatchSchema for CustomSchema {
    type Node = CustomNode;

    fn resource(&self, api_version: &str, kind: &str) -> Option<CustomNode> {
        match self.resources.get(&(api_version.to_owned(), kind.to_owned())) {
            Some(index) => Some(CustomNode {
                shape: self.resolve(*index).shape,
                meta: Part::Unknown,
            }),
            None => Self::builtin(BuiltinSchema.resource(api_version, kind)),
        }
    }

    fn field(&self, node: CustomNode, name: &str) -> Option<CustomNode> {
        match node.shape {
            Part::Unknown => None,
            Part::Builtin(b) => Self::builtin(BuiltinSchema.field(b, name)),
            Part::Custom(index) => {
                let n = self.nodes.get(index)?;
                let child = n.properties.get(name).copied().or(n.additional)?;
                Some(self.resolve(child))
            }
        }
    }

    fn elements(&self, node: CustomNode) -> Option<CustomNode> {
        match node.shape {
            Part::Unknown => None,
            Part::Builtin(b) => Self::builtin(BuiltinSchema.elements(b)),
            Part::Custom(index) => Some(self.resolve(self.nodes.get(index)?.items?)),
        }
    }

    fn meta(&self, node: CustomNode) -> PatchMeta<'_> {
        match node.meta {
            Part::Unknown => PatchMeta::default(),
            Part::Builtin(b) => BuiltinSchema.meta(b),
            Part::Custom(index) => match self.nodes.get(index) {
                Some(n) => PatchMeta {
                    strategy: n.strategy,
                    merge_key: n.merge_key.as_deref(),
                    list_map_keys: KeyList::Owned(&n.list_map_keys),
                },
                None => PatchMeta::default(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_kinds_resolve_refs_into_custom_and_builtin_definitions() {
        let schema = CustomSchema::parse(
            r##"{"definitions": {"w.Widget": {"properties": {"spec": {"properties": {
                "parts": {"type": "array", "items": {"$ref": "#/definitions/w.Part"},
                          "x-kubernetes-patch-strategy": "merge", "x-kubernetes-patch-merge-key": "id"},
                "pod": {"$ref": "#/definitions/io.k8s.api.core.v1.PodSpec"}}}},
                "x-kubernetes-group-version-kind": [{"group": "example.com", "version": "v1", "kind": "Widget"}]},
              "w.Part": {"properties": {"id": {"type": "string"}}}}}"##,
        )
        .expect("parses");
        let root = schema.resource("example.com/v1", "Widget").expect("custom kind");
        let spec = schema.field(root, "spec").expect("spec");
        let parts = schema.field(spec, "parts").expect("parts");
        assert_eq!(schema.meta(parts).merge_key, Some("id"));
        assert!(schema.meta(parts).strategy.merges());
        let pod = schema.field(spec, "pod").expect("pod");
        let containers = schema.field(pod, "containers").expect("builtin PodSpec");
        assert_eq!(schema.meta(containers).merge_key, Some("name"));
        assert!(schema.resource("apps/v1", "Deployment").is_some());
        assert!(schema.resource("example.com/v2", "Widget").is_none());
    }
}
