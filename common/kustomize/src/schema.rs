//! Patch metadata for Kubernetes types: which lists merge, by which key, and which maps are
//! replaced or trimmed when patched.
//!
//! The entry point is the [`PatchSchema`] trait, which the strategic merge patch in
//! [`crate::smp`] walks alongside the objects it merges. [`BuiltinSchema`] implements it for
//! the built-in Kubernetes kinds from a table generated from the Kubernetes OpenAPI spec
//! (`src/patch_meta_table.rs`, written by the `gen-patch-meta` binary); custom resources have no
//! entry, so lists in them are replaced and maps merged.

use crate::patch_meta_table::{DEFINITIONS, RESOURCES};

/// The `x-kubernetes-patch-strategy` of a field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Strategy {
    /// No strategy: a list is replaced by the patch's list, a map is merged.
    #[default]
    None,
    /// `merge`: list items are merged by the merge key (or, for scalars, united).
    Merge,
    /// `replace`: the patch's value replaces the whole field.
    Replace,
    /// `retainKeys`: a `$retainKeys` directive in the patch drops the fields it does not list.
    RetainKeys,
    /// `merge,retainKeys`: both of the above.
    MergeRetainKeys,
}

impl Strategy {
    /// Parses the extension's value (`merge`, `replace`, `retainKeys`, `merge,retainKeys` in
    /// either order); `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let mut merge = false;
        let mut replace = false;
        let mut retain = false;
        for part in text.split(',') {
            let flag = match part.trim() {
                "merge" => &mut merge,
                "replace" => &mut replace,
                "retainKeys" => &mut retain,
                _ => return None,
            };
            if *flag {
                return None;
            }
            *flag = true;
        }
        match (merge, replace, retain) {
            (true, false, false) => Some(Self::Merge),
            (false, true, false) => Some(Self::Replace),
            (false, false, true) => Some(Self::RetainKeys),
            (true, false, true) => Some(Self::MergeRetainKeys),
            _ => None,
        }
    }

    /// Returns the extension's text for this strategy (empty for [`Strategy::None`]).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "",
            Self::Merge => "merge",
            Self::Replace => "replace",
            Self::RetainKeys => "retainKeys",
            Self::MergeRetainKeys => "merge,retainKeys",
        }
    }

    /// Tells whether the strategy includes `merge`.
    pub fn merges(self) -> bool {
        matches!(self, Self::Merge | Self::MergeRetainKeys)
    }

    /// Tells whether the strategy includes `retainKeys`.
    pub fn retains_keys(self) -> bool {
        matches!(self, Self::RetainKeys | Self::MergeRetainKeys)
    }
}

/// The `x-kubernetes-list-type` of a list field (used by server-side apply, not by SMP).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListType {
    /// `atomic`: the list is one value.
    Atomic,
    /// `set`: unique scalars.
    Set,
    /// `map`: items identified by the list-map keys.
    Map,
}

/// The `x-kubernetes-map-type` of a map field or type (used by server-side apply, not by SMP).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MapType {
    /// `atomic`: the map is one value.
    Atomic,
    /// `granular`: each key is owned separately.
    Granular,
}

/// Patch metadata of one field, as written in the generated table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldMeta {
    /// `x-kubernetes-patch-strategy`.
    pub strategy: Strategy,
    /// `x-kubernetes-patch-merge-key`.
    pub merge_key: Option<&'static str>,
    /// `x-kubernetes-list-type`.
    pub list_type: Option<ListType>,
    /// `x-kubernetes-list-map-keys` (may name more keys than the merge key, e.g.
    /// `[containerPort, protocol]`).
    pub list_map_keys: &'static [&'static str],
    /// `x-kubernetes-map-type`.
    pub map_type: Option<MapType>,
}

impl FieldMeta {
    /// Metadata of a field that carries no patch extension.
    pub const NONE: FieldMeta = FieldMeta::new(Strategy::None, None, None, &[], None);

    /// Builds the metadata of a field (used by the generated table).
    pub const fn new(
        strategy: Strategy,
        merge_key: Option<&'static str>,
        list_type: Option<ListType>,
        list_map_keys: &'static [&'static str],
        map_type: Option<MapType>,
    ) -> Self {
        FieldMeta {
            strategy,
            merge_key,
            list_type,
            list_map_keys,
            map_type,
        }
    }
}

impl Default for FieldMeta {
    fn default() -> Self {
        Self::NONE
    }
}

/// A list of key names, borrowed from a static table or from a schema's own storage.
#[derive(Clone, Copy, Debug)]
pub enum KeyList<'a> {
    /// Keys from a `'static` table.
    Static(&'static [&'static str]),
    /// Keys owned by the schema.
    Owned(&'a [String]),
}

impl<'a> KeyList<'a> {
    /// Returns the number of keys.
    pub fn len(&self) -> usize {
        match self {
            Self::Static(keys) => keys.len(),
            Self::Owned(keys) => keys.len(),
        }
    }

    /// Tells whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Iterates over the keys in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + 'a {
        let (statics, owned): (&'static [&'static str], &'a [String]) = match *self {
            Self::Static(keys) => (keys, &[]),
            Self::Owned(keys) => (&[], keys),
        };
        statics.iter().copied().chain(owned.iter().map(String::as_str))
    }
}

impl Default for KeyList<'_> {
    fn default() -> Self {
        Self::Static(&[])
    }
}

/// Patch metadata of the value at a schema position, as the merge reads it.
#[derive(Clone, Copy, Debug, Default)]
pub struct PatchMeta<'a> {
    /// The patch strategy.
    pub strategy: Strategy,
    /// The merge key of a list of objects.
    pub merge_key: Option<&'a str>,
    /// The list-map keys of a list (server-side apply identity; kustomize merges by them).
    pub list_map_keys: KeyList<'a>,
}

impl From<&FieldMeta> for PatchMeta<'static> {
    fn from(meta: &FieldMeta) -> Self {
        PatchMeta {
            strategy: meta.strategy,
            merge_key: meta.merge_key,
            list_map_keys: KeyList::Static(meta.list_map_keys),
        }
    }
}

/// A schema that a strategic merge patch walks alongside the objects.
///
/// A `Node` stands for the schema of one value: an object, a field's value, a list's items.
pub trait PatchSchema {
    /// A position in the schema.
    type Node: Copy;

    /// Returns the schema of a whole object of this `apiVersion` and `kind`, if known.
    fn resource(&self, api_version: &str, kind: &str) -> Option<Self::Node>;

    /// Returns the schema of field `name` of an object (or of any value of a map) at `node`.
    fn field(&self, node: Self::Node, name: &str) -> Option<Self::Node>;

    /// Returns the schema of the items of the list at `node`.
    fn elements(&self, node: Self::Node) -> Option<Self::Node>;

    /// Returns the patch metadata of the value at `node`.
    fn meta(&self, node: Self::Node) -> PatchMeta<'_>;
}

/// The built-in Kubernetes kinds, from the generated table (Kubernetes OpenAPI, release-1.36).
#[derive(Clone, Copy, Debug, Default)]
pub struct BuiltinSchema;

/// A position in [`BuiltinSchema`].
#[derive(Clone, Copy, Debug)]
pub struct BuiltinNode {
    meta: &'static FieldMeta,
    shape: Shape,
}

impl BuiltinNode {
    /// Returns the metadata of the field this value belongs to.
    pub fn field_meta(&self) -> &'static FieldMeta {
        self.meta
    }

    /// Returns the OpenAPI definition name of this value's type, when it is an object.
    pub fn definition(&self) -> Option<&'static str> {
        match self.shape {
            Shape::Object(index) => DEFINITIONS.get(usize::from(index)).map(|d| d.name),
            _ => None,
        }
    }
}

impl BuiltinSchema {
    /// Looks up the node at a field path of a resource, e.g.
    /// `("apps/v1", "Deployment", &["spec", "template", "spec", "containers"])`; `"[]"` in the
    /// path steps into list items.
    pub fn lookup(&self, api_version: &str, kind: &str, path: &[&str]) -> Option<BuiltinNode> {
        let mut node = self.resource(api_version, kind)?;
        for step in path {
            node = if *step == "[]" {
                self.elements(node)?
            } else {
                self.field(node, step)?
            };
        }
        Some(node)
    }

    /// Returns the node of an object of the OpenAPI definition `name` (e.g.
    /// `io.k8s.api.core.v1.PodSpec`), if the table has it.
    pub fn definition_node(&self, name: &str) -> Option<BuiltinNode> {
        let index = DEFINITIONS.binary_search_by(|d| d.name.cmp(name)).ok()?;
        Some(BuiltinNode {
            meta: &FieldMeta::NONE,
            shape: Shape::Object(u16::try_from(index).ok()?),
        })
    }

    /// Returns the map type declared on an OpenAPI definition itself (e.g. `LabelSelector` is
    /// atomic).
    pub fn definition_map_type(&self, definition: &str) -> Option<MapType> {
        let index = DEFINITIONS.binary_search_by(|d| d.name.cmp(definition)).ok()?;
        DEFINITIONS.get(index).and_then(|d| d.map_type)
    }
}

impl PatchSchema for BuiltinSchema {
    type Node = BuiltinNode;

    fn resource(&self, api_version: &str, kind: &str) -> Option<BuiltinNode> {
        let index = RESOURCES
            .binary_search_by(|r| (r.api_version, r.kind).cmp(&(api_version, kind)))
            .ok()?;
        let resource = RESOURCES.get(index)?;
        Some(BuiltinNode {
            meta: &FieldMeta::NONE,
            shape: Shape::Object(resource.definition),
        })
    }

    fn field(&self, node: BuiltinNode, name: &str) -> Option<BuiltinNode> {
        match node.shape {
            Shape::Object(index) => {
                let properties = DEFINITIONS.get(usize::from(index))?.properties;
                let at = properties.binary_search_by(|p| p.name.cmp(name)).ok()?;
                let property = properties.get(at)?;
                Some(BuiltinNode {
                    meta: &property.meta,
                    shape: property.shape,
                })
            }
            Shape::Map(index) => Some(BuiltinNode {
                meta: &FieldMeta::NONE,
                shape: Shape::Object(index),
            }),
            Shape::Leaf | Shape::Array(_) | Shape::ScalarArray => None,
        }
    }

    fn elements(&self, node: BuiltinNode) -> Option<BuiltinNode> {
        match node.shape {
            Shape::Array(index) => Some(BuiltinNode {
                meta: &FieldMeta::NONE,
                shape: Shape::Object(index),
            }),
            Shape::ScalarArray => Some(BuiltinNode {
                meta: &FieldMeta::NONE,
                shape: Shape::Leaf,
            }),
            Shape::Leaf | Shape::Object(_) | Shape::Map(_) => None,
        }
    }

    fn meta(&self, node: BuiltinNode) -> PatchMeta<'_> {
        PatchMeta::from(node.meta)
    }
}

/// What a value of a field is, as far as walking the schema goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A scalar, or an object without known properties.
    Leaf,
    /// An object of the definition at this index.
    Object(u16),
    /// A list of objects of the definition at this index.
    Array(u16),
    /// A list of scalars.
    ScalarArray,
    /// A map whose values are objects of the definition at this index.
    Map(u16),
}

/// One OpenAPI definition (one Go type) in the generated table.
#[derive(Debug)]
pub(crate) struct Definition {
    /// The definition name, e.g. `io.k8s.api.core.v1.PodSpec`.
    pub(crate) name: &'static str,
    /// `x-kubernetes-map-type` on the definition itself.
    pub(crate) map_type: Option<MapType>,
    /// Properties that lead to other definitions or carry patch metadata, sorted by name.
    pub(crate) properties: &'static [Property],
}

/// One property of a [`Definition`].
#[derive(Debug)]
pub(crate) struct Property {
    /// The JSON field name.
    pub(crate) name: &'static str,
    /// What the value is.
    pub(crate) shape: Shape,
    /// Its patch metadata.
    pub(crate) meta: FieldMeta,
}

/// One `apiVersion`/`kind` and the definition of its objects.
#[derive(Debug)]
pub(crate) struct Resource {
    /// `v1` for the core group, else `group/version`.
    pub(crate) api_version: &'static str,
    /// The kind.
    pub(crate) kind: &'static str,
    /// Index into the definitions.
    pub(crate) definition: u16,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_at(api_version: &str, kind: &str, path: &[&str]) -> FieldMeta {
        *BuiltinSchema
            .lookup(api_version, kind, path)
            .expect("path is in the schema")
            .field_meta()
    }

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(DEFINITIONS.windows(2).all(|w| w[0].name < w[1].name));
        assert!(
            RESOURCES
                .windows(2)
                .all(|w| (w[0].api_version, w[0].kind) < (w[1].api_version, w[1].kind))
        );
        for d in &DEFINITIONS {
            assert!(d.properties.windows(2).all(|w| w[0].name < w[1].name), "{}", d.name);
        }
    }

    #[test]
    fn every_index_points_into_the_definitions() {
        let len = DEFINITIONS.len();
        for r in &RESOURCES {
            assert!(usize::from(r.definition) < len);
        }
        for d in &DEFINITIONS {
            for p in d.properties {
                if let Shape::Object(i) | Shape::Array(i) | Shape::Map(i) = p.shape {
                    assert!(usize::from(i) < len, "{}.{}", d.name, p.name);
                }
            }
        }
    }

    #[test]
    fn deployment_containers_merge_by_name() {
        let meta = meta_at("apps/v1", "Deployment", &["spec", "template", "spec", "containers"]);
        assert_eq!(meta.strategy, Strategy::Merge);
        assert_eq!(meta.merge_key, Some("name"));
        assert_eq!(meta.list_type, Some(ListType::Map));
        let node = BuiltinSchema.lookup(
            "apps/v1",
            "Deployment",
            &["spec", "template", "spec", "containers", "[]"],
        );
        assert_eq!(node.and_then(|n| n.definition()), Some("io.k8s.api.core.v1.Container"));
    }

    #[test]
    fn container_ports_merge_by_container_port_with_two_list_map_keys() {
        let meta = meta_at("v1", "Pod", &["spec", "containers", "[]", "ports"]);
        assert_eq!(meta.merge_key, Some("containerPort"));
        assert_eq!(meta.list_map_keys, &["containerPort", "protocol"]);
    }

    #[test]
    fn strategies_of_special_fields_come_from_the_spec() {
        assert_eq!(
            meta_at("apps/v1", "Deployment", &["spec", "strategy"]).strategy,
            Strategy::RetainKeys
        );
        assert_eq!(
            meta_at("apps/v1", "Deployment", &["spec", "template", "spec", "volumes"]).strategy,
            Strategy::MergeRetainKeys
        );
        assert_eq!(
            meta_at("policy/v1", "PodDisruptionBudget", &["spec", "selector"]).strategy,
            Strategy::Replace
        );
        let finalizers = meta_at("v1", "ConfigMap", &["metadata", "finalizers"]);
        assert_eq!((finalizers.strategy, finalizers.merge_key), (Strategy::Merge, None));
        assert_eq!(meta_at("v1", "Pod", &["spec", "tolerations"]).strategy, Strategy::None);
    }

    #[test]
    fn map_valued_fields_step_into_their_value_type() {
        let node = BuiltinSchema.lookup("v1", "Pod", &["spec", "overhead", "cpu"]);
        assert_eq!(
            node.and_then(|n| n.definition()),
            Some("io.k8s.apimachinery.pkg.api.resource.Quantity")
        );
    }

    #[test]
    fn unknown_kinds_and_fields_have_no_schema() {
        assert!(BuiltinSchema.resource("example.com/v1", "Widget").is_none());
        assert!(
            BuiltinSchema
                .lookup("apps/v1", "Deployment", &["spec", "noSuchField"])
                .is_none()
        );
    }

    #[test]
    fn definition_map_types_are_kept() {
        assert_eq!(
            BuiltinSchema.definition_map_type("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"),
            Some(MapType::Atomic)
        );
    }

    #[test]
    fn strategy_text_round_trips() {
        for s in [
            Strategy::Merge,
            Strategy::Replace,
            Strategy::RetainKeys,
            Strategy::MergeRetainKeys,
        ] {
            assert_eq!(Strategy::parse(s.as_str()), Some(s));
        }
        assert_eq!(Strategy::parse("retainKeys,merge"), Some(Strategy::MergeRetainKeys));
        assert_eq!(Strategy::parse("merge,merge"), None);
        assert_eq!(Strategy::parse("concat"), None);
    }
}
