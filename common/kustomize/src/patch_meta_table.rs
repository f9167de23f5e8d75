//! Strategic-merge-patch metadata of the built-in Kubernetes kinds (generated, do not edit).
//!
//! Regenerate from the workspace root with
//! `cargo run -p ferroflux-kustomize --bin gen-patch-meta -- ../shared/conformance/k8s-openapi/patch-meta.json`;
//! add `--check` to compare instead of writing.
//!
//! Source: kubernetes/kubernetes api/openapi-spec/swagger.json, branch release-1.36 (spec info.version = 'unversioned')
//! via github.com/kubernetes-client/javascript @ 072811b3615b6d97a56448c89f6674574cebd0bb, src/gen/swagger.json.unprocessed
//! (sha256 c316f6e232c666148076e82e20371ff656ffbb12e59d8953e6d94ec7685bc75c).
//! `DEFINITIONS` holds every OpenAPI definition that is a resource, is referenced by another
//! definition, or carries patch metadata, sorted by name; each lists, sorted by name, the
//! properties that lead to another definition or carry `x-kubernetes-*` patch extensions.
//! `RESOURCES` maps `apiVersion`/`kind` to a definition index, sorted.

use crate::schema::{Definition, FieldMeta, ListType, MapType, Property, Resource, Shape, Strategy};

pub(crate) static DEFINITIONS: [Definition; 769] = [
    Definition { name: "io.k8s.api.admissionregistration.v1.ApplyConfiguration", map_type: None, properties: &[] }, // 0
    Definition { name: "io.k8s.api.admissionregistration.v1.AuditAnnotation", map_type: None, properties: &[] }, // 1
    Definition { name: "io.k8s.api.admissionregistration.v1.ExpressionWarning", map_type: None, properties: &[] }, // 2
    Definition { name: "io.k8s.api.admissionregistration.v1.JSONPatch", map_type: None, properties: &[] }, // 3
    Definition { name: "io.k8s.api.admissionregistration.v1.MatchCondition", map_type: None, properties: &[] }, // 4
    Definition { name: "io.k8s.api.admissionregistration.v1.MatchResources", map_type: Some(MapType::Atomic), properties: &[ // 5
        Property { name: "excludeResourceRules", shape: Shape::Array(16), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.NamedRuleWithOperations
        Property { name: "namespaceSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "objectSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "resourceRules", shape: Shape::Array(16), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.NamedRuleWithOperations
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicy", map_type: None, properties: &[ // 6
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(11), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicySpec
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyBinding", map_type: None, properties: &[ // 7
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(9), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyBindingList", map_type: None, properties: &[ // 8
        Property { name: "items", shape: Shape::Array(7), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyBinding
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyBindingSpec", map_type: None, properties: &[ // 9
        Property { name: "matchResources", shape: Shape::Object(5), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MatchResources
        Property { name: "paramRef", shape: Shape::Object(18), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ParamRef
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyList", map_type: None, properties: &[ // 10
        Property { name: "items", shape: Shape::Array(6), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicy
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicySpec", map_type: None, properties: &[ // 11
        Property { name: "matchConditions", shape: Shape::Array(4), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1.MatchCondition
        Property { name: "matchConstraints", shape: Shape::Object(5), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MatchResources
        Property { name: "mutations", shape: Shape::Array(15), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.Mutation
        Property { name: "paramKind", shape: Shape::Object(17), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ParamKind
        Property { name: "variables", shape: Shape::Array(33), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.Variable
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingWebhook", map_type: None, properties: &[ // 12
        Property { name: "admissionReviewVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "clientConfig", shape: Shape::Object(34), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.WebhookClientConfig
        Property { name: "matchConditions", shape: Shape::Array(4), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1.MatchCondition
        Property { name: "namespaceSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "objectSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "rules", shape: Shape::Array(19), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.RuleWithOperations
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration", map_type: None, properties: &[ // 13
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "webhooks", shape: Shape::Array(12), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1.MutatingWebhook
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList", map_type: None, properties: &[ // 14
        Property { name: "items", shape: Shape::Array(13), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.Mutation", map_type: None, properties: &[ // 15
        Property { name: "applyConfiguration", shape: Shape::Object(0), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ApplyConfiguration
        Property { name: "jsonPatch", shape: Shape::Object(3), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.JSONPatch
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.NamedRuleWithOperations", map_type: Some(MapType::Atomic), properties: &[ // 16
        Property { name: "apiGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "apiVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "operations", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resourceNames", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resources", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ParamKind", map_type: Some(MapType::Atomic), properties: &[] }, // 17
    Definition { name: "io.k8s.api.admissionregistration.v1.ParamRef", map_type: Some(MapType::Atomic), properties: &[ // 18
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.RuleWithOperations", map_type: None, properties: &[ // 19
        Property { name: "apiGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "apiVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "operations", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resources", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ServiceReference", map_type: None, properties: &[] }, // 20
    Definition { name: "io.k8s.api.admissionregistration.v1.TypeChecking", map_type: None, properties: &[ // 21
        Property { name: "expressionWarnings", shape: Shape::Array(2), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.ExpressionWarning
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicy", map_type: None, properties: &[ // 22
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(27), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicySpec
        Property { name: "status", shape: Shape::Object(28), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyStatus
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBinding", map_type: None, properties: &[ // 23
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(25), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBindingList", map_type: None, properties: &[ // 24
        Property { name: "items", shape: Shape::Array(23), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBinding
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec", map_type: None, properties: &[ // 25
        Property { name: "matchResources", shape: Shape::Object(5), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MatchResources
        Property { name: "paramRef", shape: Shape::Object(18), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ParamRef
        Property { name: "validationActions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyList", map_type: None, properties: &[ // 26
        Property { name: "items", shape: Shape::Array(22), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicy
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicySpec", map_type: None, properties: &[ // 27
        Property { name: "auditAnnotations", shape: Shape::Array(1), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.AuditAnnotation
        Property { name: "matchConditions", shape: Shape::Array(4), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1.MatchCondition
        Property { name: "matchConstraints", shape: Shape::Object(5), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.MatchResources
        Property { name: "paramKind", shape: Shape::Object(17), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ParamKind
        Property { name: "validations", shape: Shape::Array(32), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.Validation
        Property { name: "variables", shape: Shape::Array(33), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1.Variable
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyStatus", map_type: None, properties: &[ // 28
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "typeChecking", shape: Shape::Object(21), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.TypeChecking
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingWebhook", map_type: None, properties: &[ // 29
        Property { name: "admissionReviewVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "clientConfig", shape: Shape::Object(34), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.WebhookClientConfig
        Property { name: "matchConditions", shape: Shape::Array(4), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1.MatchCondition
        Property { name: "namespaceSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "objectSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "rules", shape: Shape::Array(19), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1.RuleWithOperations
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration", map_type: None, properties: &[ // 30
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "webhooks", shape: Shape::Array(29), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1.ValidatingWebhook
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList", map_type: None, properties: &[ // 31
        Property { name: "items", shape: Shape::Array(30), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1.Validation", map_type: None, properties: &[] }, // 32
    Definition { name: "io.k8s.api.admissionregistration.v1.Variable", map_type: Some(MapType::Atomic), properties: &[] }, // 33
    Definition { name: "io.k8s.api.admissionregistration.v1.WebhookClientConfig", map_type: None, properties: &[ // 34
        Property { name: "service", shape: Shape::Object(20), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1.ServiceReference
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.ApplyConfiguration", map_type: None, properties: &[] }, // 35
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.JSONPatch", map_type: None, properties: &[] }, // 36
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.MatchCondition", map_type: None, properties: &[] }, // 37
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.MatchResources", map_type: Some(MapType::Atomic), properties: &[ // 38
        Property { name: "excludeResourceRules", shape: Shape::Array(46), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1alpha1.NamedRuleWithOperations
        Property { name: "namespaceSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "objectSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "resourceRules", shape: Shape::Array(46), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1alpha1.NamedRuleWithOperations
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicy", map_type: None, properties: &[ // 39
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(44), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding", map_type: None, properties: &[ // 40
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(42), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingSpec
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingList", map_type: None, properties: &[ // 41
        Property { name: "items", shape: Shape::Array(40), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingSpec", map_type: None, properties: &[ // 42
        Property { name: "matchResources", shape: Shape::Object(38), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.MatchResources
        Property { name: "paramRef", shape: Shape::Object(48), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.ParamRef
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyList", map_type: None, properties: &[ // 43
        Property { name: "items", shape: Shape::Array(39), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicy
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicySpec", map_type: None, properties: &[ // 44
        Property { name: "matchConditions", shape: Shape::Array(37), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1alpha1.MatchCondition
        Property { name: "matchConstraints", shape: Shape::Object(38), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.MatchResources
        Property { name: "mutations", shape: Shape::Array(45), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1alpha1.Mutation
        Property { name: "paramKind", shape: Shape::Object(47), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.ParamKind
        Property { name: "variables", shape: Shape::Array(49), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1alpha1.Variable
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.Mutation", map_type: None, properties: &[ // 45
        Property { name: "applyConfiguration", shape: Shape::Object(35), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.ApplyConfiguration
        Property { name: "jsonPatch", shape: Shape::Object(36), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1alpha1.JSONPatch
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.NamedRuleWithOperations", map_type: Some(MapType::Atomic), properties: &[ // 46
        Property { name: "apiGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "apiVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "operations", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resourceNames", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resources", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.ParamKind", map_type: Some(MapType::Atomic), properties: &[] }, // 47
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.ParamRef", map_type: Some(MapType::Atomic), properties: &[ // 48
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1alpha1.Variable", map_type: None, properties: &[] }, // 49
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.ApplyConfiguration", map_type: None, properties: &[] }, // 50
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.JSONPatch", map_type: None, properties: &[] }, // 51
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.MatchCondition", map_type: None, properties: &[] }, // 52
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.MatchResources", map_type: Some(MapType::Atomic), properties: &[ // 53
        Property { name: "excludeResourceRules", shape: Shape::Array(61), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1beta1.NamedRuleWithOperations
        Property { name: "namespaceSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "objectSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "resourceRules", shape: Shape::Array(61), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1beta1.NamedRuleWithOperations
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicy", map_type: None, properties: &[ // 54
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(59), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicySpec
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding", map_type: None, properties: &[ // 55
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(57), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList", map_type: None, properties: &[ // 56
        Property { name: "items", shape: Shape::Array(55), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec", map_type: None, properties: &[ // 57
        Property { name: "matchResources", shape: Shape::Object(53), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.MatchResources
        Property { name: "paramRef", shape: Shape::Object(63), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.ParamRef
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyList", map_type: None, properties: &[ // 58
        Property { name: "items", shape: Shape::Array(54), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicy
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicySpec", map_type: None, properties: &[ // 59
        Property { name: "matchConditions", shape: Shape::Array(52), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.admissionregistration.v1beta1.MatchCondition
        Property { name: "matchConstraints", shape: Shape::Object(53), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.MatchResources
        Property { name: "mutations", shape: Shape::Array(60), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1beta1.Mutation
        Property { name: "paramKind", shape: Shape::Object(62), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.ParamKind
        Property { name: "variables", shape: Shape::Array(64), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.admissionregistration.v1beta1.Variable
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.Mutation", map_type: None, properties: &[ // 60
        Property { name: "applyConfiguration", shape: Shape::Object(50), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.ApplyConfiguration
        Property { name: "jsonPatch", shape: Shape::Object(51), meta: FieldMeta::NONE }, // io.k8s.api.admissionregistration.v1beta1.JSONPatch
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.NamedRuleWithOperations", map_type: Some(MapType::Atomic), properties: &[ // 61
        Property { name: "apiGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "apiVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "operations", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resourceNames", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resources", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.ParamKind", map_type: Some(MapType::Atomic), properties: &[] }, // 62
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.ParamRef", map_type: Some(MapType::Atomic), properties: &[ // 63
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.admissionregistration.v1beta1.Variable", map_type: Some(MapType::Atomic), properties: &[] }, // 64
    Definition { name: "io.k8s.api.apiserverinternal.v1alpha1.ServerStorageVersion", map_type: None, properties: &[ // 65
        Property { name: "decodableVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
        Property { name: "servedVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
    ] },
    Definition { name: "io.k8s.api.apiserverinternal.v1alpha1.StorageVersion", map_type: None, properties: &[ // 66
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(69), meta: FieldMeta::NONE }, // io.k8s.api.apiserverinternal.v1alpha1.StorageVersionSpec
        Property { name: "status", shape: Shape::Object(70), meta: FieldMeta::NONE }, // io.k8s.api.apiserverinternal.v1alpha1.StorageVersionStatus
    ] },
    Definition { name: "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionCondition", map_type: None, properties: &[ // 67
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionList", map_type: None, properties: &[ // 68
        Property { name: "items", shape: Shape::Array(66), meta: FieldMeta::NONE }, // io.k8s.api.apiserverinternal.v1alpha1.StorageVersion
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionSpec", map_type: None, properties: &[] }, // 69
    Definition { name: "io.k8s.api.apiserverinternal.v1alpha1.StorageVersionStatus", map_type: None, properties: &[ // 70
        Property { name: "conditions", shape: Shape::Array(67), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["type"], None) }, // io.k8s.api.apiserverinternal.v1alpha1.StorageVersionCondition
        Property { name: "storageVersions", shape: Shape::Array(65), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["apiServerID"], None) }, // io.k8s.api.apiserverinternal.v1alpha1.ServerStorageVersion
    ] },
    Definition { name: "io.k8s.api.apps.v1.ControllerRevision", map_type: None, properties: &[ // 71
        Property { name: "data", shape: Shape::Object(761), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.runtime.RawExtension
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
    ] },
    Definition { name: "io.k8s.api.apps.v1.ControllerRevisionList", map_type: None, properties: &[ // 72
        Property { name: "items", shape: Shape::Array(71), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.ControllerRevision
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.apps.v1.DaemonSet", map_type: None, properties: &[ // 73
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(76), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.DaemonSetSpec
        Property { name: "status", shape: Shape::Object(77), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.DaemonSetStatus
    ] },
    Definition { name: "io.k8s.api.apps.v1.DaemonSetCondition", map_type: None, properties: &[ // 74
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.apps.v1.DaemonSetList", map_type: None, properties: &[ // 75
        Property { name: "items", shape: Shape::Array(73), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.DaemonSet
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.apps.v1.DaemonSetSpec", map_type: None, properties: &[ // 76
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "template", shape: Shape::Object(352), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodTemplateSpec
        Property { name: "updateStrategy", shape: Shape::Object(78), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.DaemonSetUpdateStrategy
    ] },
    Definition { name: "io.k8s.api.apps.v1.DaemonSetStatus", map_type: None, properties: &[ // 77
        Property { name: "conditions", shape: Shape::Array(74), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.apps.v1.DaemonSetCondition
    ] },
    Definition { name: "io.k8s.api.apps.v1.DaemonSetUpdateStrategy", map_type: None, properties: &[ // 78
        Property { name: "rollingUpdate", shape: Shape::Object(90), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.RollingUpdateDaemonSet
    ] },
    Definition { name: "io.k8s.api.apps.v1.Deployment", map_type: None, properties: &[ // 79
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(82), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.DeploymentSpec
        Property { name: "status", shape: Shape::Object(83), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.DeploymentStatus
    ] },
    Definition { name: "io.k8s.api.apps.v1.DeploymentCondition", map_type: None, properties: &[ // 80
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "lastUpdateTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.apps.v1.DeploymentList", map_type: None, properties: &[ // 81
        Property { name: "items", shape: Shape::Array(79), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.Deployment
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.apps.v1.DeploymentSpec", map_type: None, properties: &[ // 82
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "strategy", shape: Shape::Object(84), meta: FieldMeta::new(Strategy::RetainKeys, None, None, &[], None) }, // io.k8s.api.apps.v1.DeploymentStrategy
        Property { name: "template", shape: Shape::Object(352), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodTemplateSpec
    ] },
    Definition { name: "io.k8s.api.apps.v1.DeploymentStatus", map_type: None, properties: &[ // 83
        Property { name: "conditions", shape: Shape::Array(80), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.apps.v1.DeploymentCondition
    ] },
    Definition { name: "io.k8s.api.apps.v1.DeploymentStrategy", map_type: None, properties: &[ // 84
        Property { name: "rollingUpdate", shape: Shape::Object(91), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.RollingUpdateDeployment
    ] },
    Definition { name: "io.k8s.api.apps.v1.ReplicaSet", map_type: None, properties: &[ // 85
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(88), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.ReplicaSetSpec
        Property { name: "status", shape: Shape::Object(89), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.ReplicaSetStatus
    ] },
    Definition { name: "io.k8s.api.apps.v1.ReplicaSetCondition", map_type: None, properties: &[ // 86
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.apps.v1.ReplicaSetList", map_type: None, properties: &[ // 87
        Property { name: "items", shape: Shape::Array(85), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.ReplicaSet
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.apps.v1.ReplicaSetSpec", map_type: None, properties: &[ // 88
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "template", shape: Shape::Object(352), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodTemplateSpec
    ] },
    Definition { name: "io.k8s.api.apps.v1.ReplicaSetStatus", map_type: None, properties: &[ // 89
        Property { name: "conditions", shape: Shape::Array(86), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.apps.v1.ReplicaSetCondition
    ] },
    Definition { name: "io.k8s.api.apps.v1.RollingUpdateDaemonSet", map_type: None, properties: &[ // 90
        Property { name: "maxSurge", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
        Property { name: "maxUnavailable", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
    ] },
    Definition { name: "io.k8s.api.apps.v1.RollingUpdateDeployment", map_type: None, properties: &[ // 91
        Property { name: "maxSurge", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
        Property { name: "maxUnavailable", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
    ] },
    Definition { name: "io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy", map_type: None, properties: &[ // 92
        Property { name: "maxUnavailable", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
    ] },
    Definition { name: "io.k8s.api.apps.v1.StatefulSet", map_type: None, properties: &[ // 93
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(98), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.StatefulSetSpec
        Property { name: "status", shape: Shape::Object(99), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.StatefulSetStatus
    ] },
    Definition { name: "io.k8s.api.apps.v1.StatefulSetCondition", map_type: None, properties: &[ // 94
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.apps.v1.StatefulSetList", map_type: None, properties: &[ // 95
        Property { name: "items", shape: Shape::Array(93), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.StatefulSet
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.apps.v1.StatefulSetOrdinals", map_type: None, properties: &[] }, // 96
    Definition { name: "io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy", map_type: None, properties: &[] }, // 97
    Definition { name: "io.k8s.api.apps.v1.StatefulSetSpec", map_type: None, properties: &[ // 98
        Property { name: "ordinals", shape: Shape::Object(96), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.StatefulSetOrdinals
        Property { name: "persistentVolumeClaimRetentionPolicy", shape: Shape::Object(97), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "template", shape: Shape::Object(352), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodTemplateSpec
        Property { name: "updateStrategy", shape: Shape::Object(100), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.StatefulSetUpdateStrategy
        Property { name: "volumeClaimTemplates", shape: Shape::Array(319), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.PersistentVolumeClaim
    ] },
    Definition { name: "io.k8s.api.apps.v1.StatefulSetStatus", map_type: None, properties: &[ // 99
        Property { name: "conditions", shape: Shape::Array(94), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.apps.v1.StatefulSetCondition
    ] },
    Definition { name: "io.k8s.api.apps.v1.StatefulSetUpdateStrategy", map_type: None, properties: &[ // 100
        Property { name: "rollingUpdate", shape: Shape::Object(92), meta: FieldMeta::NONE }, // io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy
    ] },
    Definition { name: "io.k8s.api.authentication.v1.BoundObjectReference", map_type: None, properties: &[] }, // 101
    Definition { name: "io.k8s.api.authentication.v1.SelfSubjectReview", map_type: None, properties: &[ // 102
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "status", shape: Shape::Object(103), meta: FieldMeta::NONE }, // io.k8s.api.authentication.v1.SelfSubjectReviewStatus
    ] },
    Definition { name: "io.k8s.api.authentication.v1.SelfSubjectReviewStatus", map_type: None, properties: &[ // 103
        Property { name: "userInfo", shape: Shape::Object(110), meta: FieldMeta::NONE }, // io.k8s.api.authentication.v1.UserInfo
    ] },
    Definition { name: "io.k8s.api.authentication.v1.TokenRequest", map_type: None, properties: &[ // 104
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(105), meta: FieldMeta::NONE }, // io.k8s.api.authentication.v1.TokenRequestSpec
        Property { name: "status", shape: Shape::Object(106), meta: FieldMeta::NONE }, // io.k8s.api.authentication.v1.TokenRequestStatus
    ] },
    Definition { name: "io.k8s.api.authentication.v1.TokenRequestSpec", map_type: None, properties: &[ // 105
        Property { name: "audiences", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "boundObjectRef", shape: Shape::Object(101), meta: FieldMeta::NONE }, // io.k8s.api.authentication.v1.BoundObjectReference
    ] },
    Definition { name: "io.k8s.api.authentication.v1.TokenRequestStatus", map_type: None, properties: &[ // 106
        Property { name: "expirationTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.authentication.v1.TokenReview", map_type: None, properties: &[ // 107
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(108), meta: FieldMeta::NONE }, // io.k8s.api.authentication.v1.TokenReviewSpec
        Property { name: "status", shape: Shape::Object(109), meta: FieldMeta::NONE }, // io.k8s.api.authentication.v1.TokenReviewStatus
    ] },
    Definition { name: "io.k8s.api.authentication.v1.TokenReviewSpec", map_type: None, properties: &[ // 108
        Property { name: "audiences", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.authentication.v1.TokenReviewStatus", map_type: None, properties: &[ // 109
        Property { name: "audiences", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "user", shape: Shape::Object(110), meta: FieldMeta::NONE }, // io.k8s.api.authentication.v1.UserInfo
    ] },
    Definition { name: "io.k8s.api.authentication.v1.UserInfo", map_type: None, properties: &[ // 110
        Property { name: "groups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.authorization.v1.FieldSelectorAttributes", map_type: None, properties: &[ // 111
        Property { name: "requirements", shape: Shape::Array(742), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.FieldSelectorRequirement
    ] },
    Definition { name: "io.k8s.api.authorization.v1.LabelSelectorAttributes", map_type: None, properties: &[ // 112
        Property { name: "requirements", shape: Shape::Array(747), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement
    ] },
    Definition { name: "io.k8s.api.authorization.v1.LocalSubjectAccessReview", map_type: None, properties: &[ // 113
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(123), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.SubjectAccessReviewSpec
        Property { name: "status", shape: Shape::Object(124), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.SubjectAccessReviewStatus
    ] },
    Definition { name: "io.k8s.api.authorization.v1.NonResourceAttributes", map_type: None, properties: &[] }, // 114
    Definition { name: "io.k8s.api.authorization.v1.NonResourceRule", map_type: None, properties: &[ // 115
        Property { name: "nonResourceURLs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "verbs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.authorization.v1.ResourceAttributes", map_type: None, properties: &[ // 116
        Property { name: "fieldSelector", shape: Shape::Object(111), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.FieldSelectorAttributes
        Property { name: "labelSelector", shape: Shape::Object(112), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.LabelSelectorAttributes
    ] },
    Definition { name: "io.k8s.api.authorization.v1.ResourceRule", map_type: None, properties: &[ // 117
        Property { name: "apiGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resourceNames", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resources", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "verbs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.authorization.v1.SelfSubjectAccessReview", map_type: None, properties: &[ // 118
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(119), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.SelfSubjectAccessReviewSpec
        Property { name: "status", shape: Shape::Object(124), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.SubjectAccessReviewStatus
    ] },
    Definition { name: "io.k8s.api.authorization.v1.SelfSubjectAccessReviewSpec", map_type: None, properties: &[ // 119
        Property { name: "nonResourceAttributes", shape: Shape::Object(114), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.NonResourceAttributes
        Property { name: "resourceAttributes", shape: Shape::Object(116), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.ResourceAttributes
    ] },
    Definition { name: "io.k8s.api.authorization.v1.SelfSubjectRulesReview", map_type: None, properties: &[ // 120
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(121), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec
        Property { name: "status", shape: Shape::Object(125), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.SubjectRulesReviewStatus
    ] },
    Definition { name: "io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec", map_type: None, properties: &[] }, // 121
    Definition { name: "io.k8s.api.authorization.v1.SubjectAccessReview", map_type: None, properties: &[ // 122
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(123), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.SubjectAccessReviewSpec
        Property { name: "status", shape: Shape::Object(124), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.SubjectAccessReviewStatus
    ] },
    Definition { name: "io.k8s.api.authorization.v1.SubjectAccessReviewSpec", map_type: None, properties: &[ // 123
        Property { name: "groups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "nonResourceAttributes", shape: Shape::Object(114), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.NonResourceAttributes
        Property { name: "resourceAttributes", shape: Shape::Object(116), meta: FieldMeta::NONE }, // io.k8s.api.authorization.v1.ResourceAttributes
    ] },
    Definition { name: "io.k8s.api.authorization.v1.SubjectAccessReviewStatus", map_type: None, properties: &[] }, // 124
    Definition { name: "io.k8s.api.authorization.v1.SubjectRulesReviewStatus", map_type: None, properties: &[ // 125
        Property { name: "nonResourceRules", shape: Shape::Array(115), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.authorization.v1.NonResourceRule
        Property { name: "resourceRules", shape: Shape::Array(117), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.authorization.v1.ResourceRule
    ] },
    Definition { name: "io.k8s.api.autoscaling.v1.CrossVersionObjectReference", map_type: Some(MapType::Atomic), properties: &[] }, // 126
    Definition { name: "io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler", map_type: None, properties: &[ // 127
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(129), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec
        Property { name: "status", shape: Shape::Object(130), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus
    ] },
    Definition { name: "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList", map_type: None, properties: &[ // 128
        Property { name: "items", shape: Shape::Array(127), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec", map_type: None, properties: &[ // 129
        Property { name: "scaleTargetRef", shape: Shape::Object(126), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v1.CrossVersionObjectReference
    ] },
    Definition { name: "io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus", map_type: None, properties: &[ // 130
        Property { name: "lastScaleTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.autoscaling.v1.Scale", map_type: None, properties: &[ // 131
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(132), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v1.ScaleSpec
        Property { name: "status", shape: Shape::Object(133), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v1.ScaleStatus
    ] },
    Definition { name: "io.k8s.api.autoscaling.v1.ScaleSpec", map_type: None, properties: &[] }, // 132
    Definition { name: "io.k8s.api.autoscaling.v1.ScaleStatus", map_type: None, properties: &[] }, // 133
    Definition { name: "io.k8s.api.autoscaling.v2.ContainerResourceMetricSource", map_type: None, properties: &[ // 134
        Property { name: "target", shape: Shape::Object(150), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricTarget
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.ContainerResourceMetricStatus", map_type: None, properties: &[ // 135
        Property { name: "current", shape: Shape::Object(151), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricValueStatus
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.CrossVersionObjectReference", map_type: None, properties: &[] }, // 136
    Definition { name: "io.k8s.api.autoscaling.v2.ExternalMetricSource", map_type: None, properties: &[ // 137
        Property { name: "metric", shape: Shape::Object(147), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricIdentifier
        Property { name: "target", shape: Shape::Object(150), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricTarget
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.ExternalMetricStatus", map_type: None, properties: &[ // 138
        Property { name: "current", shape: Shape::Object(151), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricValueStatus
        Property { name: "metric", shape: Shape::Object(147), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricIdentifier
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.HPAScalingPolicy", map_type: None, properties: &[] }, // 139
    Definition { name: "io.k8s.api.autoscaling.v2.HPAScalingRules", map_type: None, properties: &[ // 140
        Property { name: "policies", shape: Shape::Array(139), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.autoscaling.v2.HPAScalingPolicy
        Property { name: "tolerance", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler", map_type: None, properties: &[ // 141
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(145), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec
        Property { name: "status", shape: Shape::Object(146), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior", map_type: None, properties: &[ // 142
        Property { name: "scaleDown", shape: Shape::Object(140), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.HPAScalingRules
        Property { name: "scaleUp", shape: Shape::Object(140), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.HPAScalingRules
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition", map_type: None, properties: &[ // 143
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList", map_type: None, properties: &[ // 144
        Property { name: "items", shape: Shape::Array(141), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec", map_type: None, properties: &[ // 145
        Property { name: "behavior", shape: Shape::Object(142), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior
        Property { name: "metrics", shape: Shape::Array(148), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.autoscaling.v2.MetricSpec
        Property { name: "scaleTargetRef", shape: Shape::Object(136), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.CrossVersionObjectReference
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus", map_type: None, properties: &[ // 146
        Property { name: "conditions", shape: Shape::Array(143), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition
        Property { name: "currentMetrics", shape: Shape::Array(149), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.autoscaling.v2.MetricStatus
        Property { name: "lastScaleTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.MetricIdentifier", map_type: None, properties: &[ // 147
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.MetricSpec", map_type: None, properties: &[ // 148
        Property { name: "containerResource", shape: Shape::Object(134), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.ContainerResourceMetricSource
        Property { name: "external", shape: Shape::Object(137), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.ExternalMetricSource
        Property { name: "object", shape: Shape::Object(152), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.ObjectMetricSource
        Property { name: "pods", shape: Shape::Object(154), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.PodsMetricSource
        Property { name: "resource", shape: Shape::Object(156), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.ResourceMetricSource
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.MetricStatus", map_type: None, properties: &[ // 149
        Property { name: "containerResource", shape: Shape::Object(135), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.ContainerResourceMetricStatus
        Property { name: "external", shape: Shape::Object(138), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.ExternalMetricStatus
        Property { name: "object", shape: Shape::Object(153), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.ObjectMetricStatus
        Property { name: "pods", shape: Shape::Object(155), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.PodsMetricStatus
        Property { name: "resource", shape: Shape::Object(157), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.ResourceMetricStatus
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.MetricTarget", map_type: None, properties: &[ // 150
        Property { name: "averageValue", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "value", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.MetricValueStatus", map_type: None, properties: &[ // 151
        Property { name: "averageValue", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "value", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.ObjectMetricSource", map_type: None, properties: &[ // 152
        Property { name: "describedObject", shape: Shape::Object(136), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.CrossVersionObjectReference
        Property { name: "metric", shape: Shape::Object(147), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricIdentifier
        Property { name: "target", shape: Shape::Object(150), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricTarget
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.ObjectMetricStatus", map_type: None, properties: &[ // 153
        Property { name: "current", shape: Shape::Object(151), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricValueStatus
        Property { name: "describedObject", shape: Shape::Object(136), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.CrossVersionObjectReference
        Property { name: "metric", shape: Shape::Object(147), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricIdentifier
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.PodsMetricSource", map_type: None, properties: &[ // 154
        Property { name: "metric", shape: Shape::Object(147), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricIdentifier
        Property { name: "target", shape: Shape::Object(150), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricTarget
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.PodsMetricStatus", map_type: None, properties: &[ // 155
        Property { name: "current", shape: Shape::Object(151), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricValueStatus
        Property { name: "metric", shape: Shape::Object(147), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricIdentifier
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.ResourceMetricSource", map_type: None, properties: &[ // 156
        Property { name: "target", shape: Shape::Object(150), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricTarget
    ] },
    Definition { name: "io.k8s.api.autoscaling.v2.ResourceMetricStatus", map_type: None, properties: &[ // 157
        Property { name: "current", shape: Shape::Object(151), meta: FieldMeta::NONE }, // io.k8s.api.autoscaling.v2.MetricValueStatus
    ] },
    Definition { name: "io.k8s.api.batch.v1.CronJob", map_type: None, properties: &[ // 158
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(160), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.CronJobSpec
        Property { name: "status", shape: Shape::Object(161), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.CronJobStatus
    ] },
    Definition { name: "io.k8s.api.batch.v1.CronJobList", map_type: None, properties: &[ // 159
        Property { name: "items", shape: Shape::Array(158), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.CronJob
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.batch.v1.CronJobSpec", map_type: None, properties: &[ // 160
        Property { name: "jobTemplate", shape: Shape::Object(167), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.JobTemplateSpec
    ] },
    Definition { name: "io.k8s.api.batch.v1.CronJobStatus", map_type: None, properties: &[ // 161
        Property { name: "active", shape: Shape::Array(317), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ObjectReference
        Property { name: "lastScheduleTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "lastSuccessfulTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.batch.v1.Job", map_type: None, properties: &[ // 162
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(165), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.JobSpec
        Property { name: "status", shape: Shape::Object(166), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.JobStatus
    ] },
    Definition { name: "io.k8s.api.batch.v1.JobCondition", map_type: None, properties: &[ // 163
        Property { name: "lastProbeTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.batch.v1.JobList", map_type: None, properties: &[ // 164
        Property { name: "items", shape: Shape::Array(162), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.Job
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.batch.v1.JobSpec", map_type: None, properties: &[ // 165
        Property { name: "podFailurePolicy", shape: Shape::Object(168), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.PodFailurePolicy
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "successPolicy", shape: Shape::Object(172), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.SuccessPolicy
        Property { name: "template", shape: Shape::Object(352), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodTemplateSpec
    ] },
    Definition { name: "io.k8s.api.batch.v1.JobStatus", map_type: None, properties: &[ // 166
        Property { name: "completionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "conditions", shape: Shape::Array(163), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Atomic), &[], None) }, // io.k8s.api.batch.v1.JobCondition
        Property { name: "startTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "uncountedTerminatedPods", shape: Shape::Object(174), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.UncountedTerminatedPods
    ] },
    Definition { name: "io.k8s.api.batch.v1.JobTemplateSpec", map_type: None, properties: &[ // 167
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(165), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.JobSpec
    ] },
    Definition { name: "io.k8s.api.batch.v1.PodFailurePolicy", map_type: None, properties: &[ // 168
        Property { name: "rules", shape: Shape::Array(171), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.batch.v1.PodFailurePolicyRule
    ] },
    Definition { name: "io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement", map_type: None, properties: &[ // 169
        Property { name: "values", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
    ] },
    Definition { name: "io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern", map_type: None, properties: &[] }, // 170
    Definition { name: "io.k8s.api.batch.v1.PodFailurePolicyRule", map_type: None, properties: &[ // 171
        Property { name: "onExitCodes", shape: Shape::Object(169), meta: FieldMeta::NONE }, // io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement
        Property { name: "onPodConditions", shape: Shape::Array(170), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern
    ] },
    Definition { name: "io.k8s.api.batch.v1.SuccessPolicy", map_type: None, properties: &[ // 172
        Property { name: "rules", shape: Shape::Array(173), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.batch.v1.SuccessPolicyRule
    ] },
    Definition { name: "io.k8s.api.batch.v1.SuccessPolicyRule", map_type: None, properties: &[] }, // 173
    Definition { name: "io.k8s.api.batch.v1.UncountedTerminatedPods", map_type: None, properties: &[ // 174
        Property { name: "failed", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
        Property { name: "succeeded", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
    ] },
    Definition { name: "io.k8s.api.certificates.v1.CertificateSigningRequest", map_type: None, properties: &[ // 175
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(178), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1.CertificateSigningRequestSpec
        Property { name: "status", shape: Shape::Object(179), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1.CertificateSigningRequestStatus
    ] },
    Definition { name: "io.k8s.api.certificates.v1.CertificateSigningRequestCondition", map_type: None, properties: &[ // 176
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "lastUpdateTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.certificates.v1.CertificateSigningRequestList", map_type: None, properties: &[ // 177
        Property { name: "items", shape: Shape::Array(175), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1.CertificateSigningRequest
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.certificates.v1.CertificateSigningRequestSpec", map_type: None, properties: &[ // 178
        Property { name: "groups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "usages", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.certificates.v1.CertificateSigningRequestStatus", map_type: None, properties: &[ // 179
        Property { name: "conditions", shape: Shape::Array(176), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["type"], None) }, // io.k8s.api.certificates.v1.CertificateSigningRequestCondition
    ] },
    Definition { name: "io.k8s.api.certificates.v1alpha1.ClusterTrustBundle", map_type: None, properties: &[ // 180
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(182), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1alpha1.ClusterTrustBundleSpec
    ] },
    Definition { name: "io.k8s.api.certificates.v1alpha1.ClusterTrustBundleList", map_type: None, properties: &[ // 181
        Property { name: "items", shape: Shape::Array(180), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1alpha1.ClusterTrustBundle
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.certificates.v1alpha1.ClusterTrustBundleSpec", map_type: None, properties: &[] }, // 182
    Definition { name: "io.k8s.api.certificates.v1beta1.ClusterTrustBundle", map_type: None, properties: &[ // 183
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(185), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1beta1.ClusterTrustBundleSpec
    ] },
    Definition { name: "io.k8s.api.certificates.v1beta1.ClusterTrustBundleList", map_type: None, properties: &[ // 184
        Property { name: "items", shape: Shape::Array(183), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1beta1.ClusterTrustBundle
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.certificates.v1beta1.ClusterTrustBundleSpec", map_type: None, properties: &[] }, // 185
    Definition { name: "io.k8s.api.certificates.v1beta1.PodCertificateRequest", map_type: None, properties: &[ // 186
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(188), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1beta1.PodCertificateRequestSpec
        Property { name: "status", shape: Shape::Object(189), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1beta1.PodCertificateRequestStatus
    ] },
    Definition { name: "io.k8s.api.certificates.v1beta1.PodCertificateRequestList", map_type: None, properties: &[ // 187
        Property { name: "items", shape: Shape::Array(186), meta: FieldMeta::NONE }, // io.k8s.api.certificates.v1beta1.PodCertificateRequest
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.certificates.v1beta1.PodCertificateRequestSpec", map_type: None, properties: &[] }, // 188
    Definition { name: "io.k8s.api.certificates.v1beta1.PodCertificateRequestStatus", map_type: None, properties: &[ // 189
        Property { name: "beginRefreshAt", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "notAfter", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "notBefore", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.coordination.v1.Lease", map_type: None, properties: &[ // 190
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(192), meta: FieldMeta::NONE }, // io.k8s.api.coordination.v1.LeaseSpec
    ] },
    Definition { name: "io.k8s.api.coordination.v1.LeaseList", map_type: None, properties: &[ // 191
        Property { name: "items", shape: Shape::Array(190), meta: FieldMeta::NONE }, // io.k8s.api.coordination.v1.Lease
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.coordination.v1.LeaseSpec", map_type: None, properties: &[ // 192
        Property { name: "acquireTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
        Property { name: "renewTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
    ] },
    Definition { name: "io.k8s.api.coordination.v1alpha2.LeaseCandidate", map_type: None, properties: &[ // 193
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(195), meta: FieldMeta::NONE }, // io.k8s.api.coordination.v1alpha2.LeaseCandidateSpec
    ] },
    Definition { name: "io.k8s.api.coordination.v1alpha2.LeaseCandidateList", map_type: None, properties: &[ // 194
        Property { name: "items", shape: Shape::Array(193), meta: FieldMeta::NONE }, // io.k8s.api.coordination.v1alpha2.LeaseCandidate
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.coordination.v1alpha2.LeaseCandidateSpec", map_type: None, properties: &[ // 195
        Property { name: "pingTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
        Property { name: "renewTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
    ] },
    Definition { name: "io.k8s.api.coordination.v1beta1.LeaseCandidate", map_type: None, properties: &[ // 196
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(198), meta: FieldMeta::NONE }, // io.k8s.api.coordination.v1beta1.LeaseCandidateSpec
    ] },
    Definition { name: "io.k8s.api.coordination.v1beta1.LeaseCandidateList", map_type: None, properties: &[ // 197
        Property { name: "items", shape: Shape::Array(196), meta: FieldMeta::NONE }, // io.k8s.api.coordination.v1beta1.LeaseCandidate
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.coordination.v1beta1.LeaseCandidateSpec", map_type: None, properties: &[ // 198
        Property { name: "pingTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
        Property { name: "renewTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
    ] },
    Definition { name: "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource", map_type: None, properties: &[] }, // 199
    Definition { name: "io.k8s.api.core.v1.Affinity", map_type: None, properties: &[ // 200
        Property { name: "nodeAffinity", shape: Shape::Object(299), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeAffinity
        Property { name: "podAffinity", shape: Shape::Object(331), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodAffinity
        Property { name: "podAntiAffinity", shape: Shape::Object(333), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodAntiAffinity
    ] },
    Definition { name: "io.k8s.api.core.v1.AppArmorProfile", map_type: None, properties: &[] }, // 201
    Definition { name: "io.k8s.api.core.v1.AttachedVolume", map_type: None, properties: &[] }, // 202
    Definition { name: "io.k8s.api.core.v1.AzureDiskVolumeSource", map_type: None, properties: &[] }, // 203
    Definition { name: "io.k8s.api.core.v1.AzureFilePersistentVolumeSource", map_type: None, properties: &[] }, // 204
    Definition { name: "io.k8s.api.core.v1.AzureFileVolumeSource", map_type: None, properties: &[] }, // 205
    Definition { name: "io.k8s.api.core.v1.Binding", map_type: None, properties: &[ // 206
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "target", shape: Shape::Object(317), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.CSIPersistentVolumeSource", map_type: None, properties: &[ // 207
        Property { name: "controllerExpandSecretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
        Property { name: "controllerPublishSecretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
        Property { name: "nodeExpandSecretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
        Property { name: "nodePublishSecretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
        Property { name: "nodeStageSecretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
    ] },
    Definition { name: "io.k8s.api.core.v1.CSIVolumeSource", map_type: None, properties: &[ // 208
        Property { name: "nodePublishSecretRef", shape: Shape::Object(288), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.Capabilities", map_type: None, properties: &[ // 209
        Property { name: "add", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "drop", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.CephFSPersistentVolumeSource", map_type: None, properties: &[ // 210
        Property { name: "monitors", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "secretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
    ] },
    Definition { name: "io.k8s.api.core.v1.CephFSVolumeSource", map_type: None, properties: &[ // 211
        Property { name: "monitors", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "secretRef", shape: Shape::Object(288), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.CinderPersistentVolumeSource", map_type: None, properties: &[ // 212
        Property { name: "secretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
    ] },
    Definition { name: "io.k8s.api.core.v1.CinderVolumeSource", map_type: None, properties: &[ // 213
        Property { name: "secretRef", shape: Shape::Object(288), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.ClientIPConfig", map_type: None, properties: &[] }, // 214
    Definition { name: "io.k8s.api.core.v1.ClusterTrustBundleProjection", map_type: None, properties: &[ // 215
        Property { name: "labelSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.core.v1.ComponentCondition", map_type: None, properties: &[] }, // 216
    Definition { name: "io.k8s.api.core.v1.ComponentStatus", map_type: None, properties: &[ // 217
        Property { name: "conditions", shape: Shape::Array(216), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.core.v1.ComponentCondition
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.ComponentStatusList", map_type: None, properties: &[ // 218
        Property { name: "items", shape: Shape::Array(217), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ComponentStatus
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.ConfigMap", map_type: None, properties: &[ // 219
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.ConfigMapEnvSource", map_type: None, properties: &[] }, // 220
    Definition { name: "io.k8s.api.core.v1.ConfigMapKeySelector", map_type: Some(MapType::Atomic), properties: &[] }, // 221
    Definition { name: "io.k8s.api.core.v1.ConfigMapList", map_type: None, properties: &[ // 222
        Property { name: "items", shape: Shape::Array(219), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ConfigMap
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.ConfigMapNodeConfigSource", map_type: None, properties: &[] }, // 223
    Definition { name: "io.k8s.api.core.v1.ConfigMapProjection", map_type: None, properties: &[ // 224
        Property { name: "items", shape: Shape::Array(278), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.KeyToPath
    ] },
    Definition { name: "io.k8s.api.core.v1.ConfigMapVolumeSource", map_type: None, properties: &[ // 225
        Property { name: "items", shape: Shape::Array(278), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.KeyToPath
    ] },
    Definition { name: "io.k8s.api.core.v1.Container", map_type: None, properties: &[ // 226
        Property { name: "args", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "command", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "env", shape: Shape::Array(250), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.EnvVar
        Property { name: "envFrom", shape: Shape::Array(249), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.EnvFromSource
        Property { name: "lifecycle", shape: Shape::Object(279), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Lifecycle
        Property { name: "livenessProbe", shape: Shape::Object(356), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Probe
        Property { name: "ports", shape: Shape::Array(229), meta: FieldMeta::new(Strategy::Merge, Some("containerPort"), Some(ListType::Map), &["containerPort", "protocol"], None) }, // io.k8s.api.core.v1.ContainerPort
        Property { name: "readinessProbe", shape: Shape::Object(356), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Probe
        Property { name: "resizePolicy", shape: Shape::Array(230), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerResizePolicy
        Property { name: "resources", shape: Shape::Object(373), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceRequirements
        Property { name: "restartPolicyRules", shape: Shape::Array(231), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerRestartRule
        Property { name: "securityContext", shape: Shape::Object(388), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecurityContext
        Property { name: "startupProbe", shape: Shape::Object(356), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Probe
        Property { name: "volumeDevices", shape: Shape::Array(411), meta: FieldMeta::new(Strategy::Merge, Some("devicePath"), Some(ListType::Map), &["devicePath"], None) }, // io.k8s.api.core.v1.VolumeDevice
        Property { name: "volumeMounts", shape: Shape::Array(412), meta: FieldMeta::new(Strategy::Merge, Some("mountPath"), Some(ListType::Map), &["mountPath"], None) }, // io.k8s.api.core.v1.VolumeMount
    ] },
    Definition { name: "io.k8s.api.core.v1.ContainerExtendedResourceRequest", map_type: None, properties: &[] }, // 227
    Definition { name: "io.k8s.api.core.v1.ContainerImage", map_type: None, properties: &[ // 228
        Property { name: "names", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.ContainerPort", map_type: None, properties: &[] }, // 229
    Definition { name: "io.k8s.api.core.v1.ContainerResizePolicy", map_type: None, properties: &[] }, // 230
    Definition { name: "io.k8s.api.core.v1.ContainerRestartRule", map_type: None, properties: &[ // 231
        Property { name: "exitCodes", shape: Shape::Object(232), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes
    ] },
    Definition { name: "io.k8s.api.core.v1.ContainerRestartRuleOnExitCodes", map_type: None, properties: &[ // 232
        Property { name: "values", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.ContainerState", map_type: None, properties: &[ // 233
        Property { name: "running", shape: Shape::Object(234), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ContainerStateRunning
        Property { name: "terminated", shape: Shape::Object(235), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ContainerStateTerminated
        Property { name: "waiting", shape: Shape::Object(236), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ContainerStateWaiting
    ] },
    Definition { name: "io.k8s.api.core.v1.ContainerStateRunning", map_type: None, properties: &[ // 234
        Property { name: "startedAt", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.ContainerStateTerminated", map_type: None, properties: &[ // 235
        Property { name: "finishedAt", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "startedAt", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.ContainerStateWaiting", map_type: None, properties: &[] }, // 236
    Definition { name: "io.k8s.api.core.v1.ContainerStatus", map_type: None, properties: &[ // 237
        Property { name: "allocatedResources", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "allocatedResourcesStatus", shape: Shape::Array(374), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.ResourceStatus
        Property { name: "lastState", shape: Shape::Object(233), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ContainerState
        Property { name: "resources", shape: Shape::Object(373), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceRequirements
        Property { name: "state", shape: Shape::Object(233), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ContainerState
        Property { name: "user", shape: Shape::Object(238), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ContainerUser
        Property { name: "volumeMounts", shape: Shape::Array(413), meta: FieldMeta::new(Strategy::Merge, Some("mountPath"), Some(ListType::Map), &["mountPath"], None) }, // io.k8s.api.core.v1.VolumeMountStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.ContainerUser", map_type: None, properties: &[ // 238
        Property { name: "linux", shape: Shape::Object(285), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LinuxContainerUser
    ] },
    Definition { name: "io.k8s.api.core.v1.DaemonEndpoint", map_type: None, properties: &[] }, // 239
    Definition { name: "io.k8s.api.core.v1.DownwardAPIProjection", map_type: None, properties: &[ // 240
        Property { name: "items", shape: Shape::Array(241), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.DownwardAPIVolumeFile
    ] },
    Definition { name: "io.k8s.api.core.v1.DownwardAPIVolumeFile", map_type: None, properties: &[ // 241
        Property { name: "fieldRef", shape: Shape::Object(316), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectFieldSelector
        Property { name: "resourceFieldRef", shape: Shape::Object(367), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceFieldSelector
    ] },
    Definition { name: "io.k8s.api.core.v1.DownwardAPIVolumeSource", map_type: None, properties: &[ // 242
        Property { name: "items", shape: Shape::Array(241), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.DownwardAPIVolumeFile
    ] },
    Definition { name: "io.k8s.api.core.v1.EmptyDirVolumeSource", map_type: None, properties: &[ // 243
        Property { name: "sizeLimit", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.core.v1.EndpointAddress", map_type: Some(MapType::Atomic), properties: &[ // 244
        Property { name: "targetRef", shape: Shape::Object(317), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.EndpointPort", map_type: Some(MapType::Atomic), properties: &[] }, // 245
    Definition { name: "io.k8s.api.core.v1.EndpointSubset", map_type: None, properties: &[ // 246
        Property { name: "addresses", shape: Shape::Array(244), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.EndpointAddress
        Property { name: "notReadyAddresses", shape: Shape::Array(244), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.EndpointAddress
        Property { name: "ports", shape: Shape::Array(245), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.EndpointPort
    ] },
    Definition { name: "io.k8s.api.core.v1.Endpoints", map_type: None, properties: &[ // 247
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "subsets", shape: Shape::Array(246), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.EndpointSubset
    ] },
    Definition { name: "io.k8s.api.core.v1.EndpointsList", map_type: None, properties: &[ // 248
        Property { name: "items", shape: Shape::Array(247), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Endpoints
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.EnvFromSource", map_type: None, properties: &[ // 249
        Property { name: "configMapRef", shape: Shape::Object(220), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ConfigMapEnvSource
        Property { name: "secretRef", shape: Shape::Object(382), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretEnvSource
    ] },
    Definition { name: "io.k8s.api.core.v1.EnvVar", map_type: None, properties: &[ // 250
        Property { name: "valueFrom", shape: Shape::Object(251), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.EnvVarSource
    ] },
    Definition { name: "io.k8s.api.core.v1.EnvVarSource", map_type: None, properties: &[ // 251
        Property { name: "configMapKeyRef", shape: Shape::Object(221), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ConfigMapKeySelector
        Property { name: "fieldRef", shape: Shape::Object(316), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectFieldSelector
        Property { name: "fileKeyRef", shape: Shape::Object(260), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.FileKeySelector
        Property { name: "resourceFieldRef", shape: Shape::Object(367), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceFieldSelector
        Property { name: "secretKeyRef", shape: Shape::Object(383), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretKeySelector
    ] },
    Definition { name: "io.k8s.api.core.v1.EphemeralContainer", map_type: None, properties: &[ // 252
        Property { name: "args", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "command", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "env", shape: Shape::Array(250), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.EnvVar
        Property { name: "envFrom", shape: Shape::Array(249), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.EnvFromSource
        Property { name: "lifecycle", shape: Shape::Object(279), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Lifecycle
        Property { name: "livenessProbe", shape: Shape::Object(356), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Probe
        Property { name: "ports", shape: Shape::Array(229), meta: FieldMeta::new(Strategy::Merge, Some("containerPort"), Some(ListType::Map), &["containerPort", "protocol"], None) }, // io.k8s.api.core.v1.ContainerPort
        Property { name: "readinessProbe", shape: Shape::Object(356), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Probe
        Property { name: "resizePolicy", shape: Shape::Array(230), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerResizePolicy
        Property { name: "resources", shape: Shape::Object(373), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceRequirements
        Property { name: "restartPolicyRules", shape: Shape::Array(231), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerRestartRule
        Property { name: "securityContext", shape: Shape::Object(388), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecurityContext
        Property { name: "startupProbe", shape: Shape::Object(356), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Probe
        Property { name: "volumeDevices", shape: Shape::Array(411), meta: FieldMeta::new(Strategy::Merge, Some("devicePath"), Some(ListType::Map), &["devicePath"], None) }, // io.k8s.api.core.v1.VolumeDevice
        Property { name: "volumeMounts", shape: Shape::Array(412), meta: FieldMeta::new(Strategy::Merge, Some("mountPath"), Some(ListType::Map), &["mountPath"], None) }, // io.k8s.api.core.v1.VolumeMount
    ] },
    Definition { name: "io.k8s.api.core.v1.EphemeralVolumeSource", map_type: None, properties: &[ // 253
        Property { name: "volumeClaimTemplate", shape: Shape::Object(324), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeClaimTemplate
    ] },
    Definition { name: "io.k8s.api.core.v1.Event", map_type: None, properties: &[ // 254
        Property { name: "eventTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
        Property { name: "firstTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "involvedObject", shape: Shape::Object(317), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectReference
        Property { name: "lastTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "related", shape: Shape::Object(317), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectReference
        Property { name: "series", shape: Shape::Object(256), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.EventSeries
        Property { name: "source", shape: Shape::Object(257), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.EventSource
    ] },
    Definition { name: "io.k8s.api.core.v1.EventList", map_type: None, properties: &[ // 255
        Property { name: "items", shape: Shape::Array(254), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Event
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.EventSeries", map_type: None, properties: &[ // 256
        Property { name: "lastObservedTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
    ] },
    Definition { name: "io.k8s.api.core.v1.EventSource", map_type: None, properties: &[] }, // 257
    Definition { name: "io.k8s.api.core.v1.ExecAction", map_type: None, properties: &[ // 258
        Property { name: "command", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.FCVolumeSource", map_type: None, properties: &[ // 259
        Property { name: "targetWWNs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "wwids", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.FileKeySelector", map_type: Some(MapType::Atomic), properties: &[] }, // 260
    Definition { name: "io.k8s.api.core.v1.FlexPersistentVolumeSource", map_type: None, properties: &[ // 261
        Property { name: "secretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
    ] },
    Definition { name: "io.k8s.api.core.v1.FlexVolumeSource", map_type: None, properties: &[ // 262
        Property { name: "secretRef", shape: Shape::Object(288), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.FlockerVolumeSource", map_type: None, properties: &[] }, // 263
    Definition { name: "io.k8s.api.core.v1.GCEPersistentDiskVolumeSource", map_type: None, properties: &[] }, // 264
    Definition { name: "io.k8s.api.core.v1.GRPCAction", map_type: None, properties: &[] }, // 265
    Definition { name: "io.k8s.api.core.v1.GitRepoVolumeSource", map_type: None, properties: &[] }, // 266
    Definition { name: "io.k8s.api.core.v1.GlusterfsPersistentVolumeSource", map_type: None, properties: &[] }, // 267
    Definition { name: "io.k8s.api.core.v1.GlusterfsVolumeSource", map_type: None, properties: &[] }, // 268
    Definition { name: "io.k8s.api.core.v1.HTTPGetAction", map_type: None, properties: &[ // 269
        Property { name: "httpHeaders", shape: Shape::Array(270), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.HTTPHeader
        Property { name: "port", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
    ] },
    Definition { name: "io.k8s.api.core.v1.HTTPHeader", map_type: None, properties: &[] }, // 270
    Definition { name: "io.k8s.api.core.v1.HostAlias", map_type: None, properties: &[ // 271
        Property { name: "hostnames", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.HostIP", map_type: None, properties: &[] }, // 272
    Definition { name: "io.k8s.api.core.v1.HostPathVolumeSource", map_type: None, properties: &[] }, // 273
    Definition { name: "io.k8s.api.core.v1.ISCSIPersistentVolumeSource", map_type: None, properties: &[ // 274
        Property { name: "portals", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "secretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
    ] },
    Definition { name: "io.k8s.api.core.v1.ISCSIVolumeSource", map_type: None, properties: &[ // 275
        Property { name: "portals", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "secretRef", shape: Shape::Object(288), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.ImageVolumeSource", map_type: None, properties: &[] }, // 276
    Definition { name: "io.k8s.api.core.v1.ImageVolumeStatus", map_type: None, properties: &[] }, // 277
    Definition { name: "io.k8s.api.core.v1.KeyToPath", map_type: None, properties: &[] }, // 278
    Definition { name: "io.k8s.api.core.v1.Lifecycle", map_type: None, properties: &[ // 279
        Property { name: "postStart", shape: Shape::Object(280), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LifecycleHandler
        Property { name: "preStop", shape: Shape::Object(280), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LifecycleHandler
    ] },
    Definition { name: "io.k8s.api.core.v1.LifecycleHandler", map_type: None, properties: &[ // 280
        Property { name: "exec", shape: Shape::Object(258), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ExecAction
        Property { name: "httpGet", shape: Shape::Object(269), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.HTTPGetAction
        Property { name: "sleep", shape: Shape::Object(398), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SleepAction
        Property { name: "tcpSocket", shape: Shape::Object(402), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.TCPSocketAction
    ] },
    Definition { name: "io.k8s.api.core.v1.LimitRange", map_type: None, properties: &[ // 281
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(284), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LimitRangeSpec
    ] },
    Definition { name: "io.k8s.api.core.v1.LimitRangeItem", map_type: None, properties: &[ // 282
        Property { name: "default", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "defaultRequest", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "max", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "maxLimitRequestRatio", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "min", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.core.v1.LimitRangeList", map_type: None, properties: &[ // 283
        Property { name: "items", shape: Shape::Array(281), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LimitRange
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.LimitRangeSpec", map_type: None, properties: &[ // 284
        Property { name: "limits", shape: Shape::Array(282), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.LimitRangeItem
    ] },
    Definition { name: "io.k8s.api.core.v1.LinuxContainerUser", map_type: None, properties: &[ // 285
        Property { name: "supplementalGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.LoadBalancerIngress", map_type: None, properties: &[ // 286
        Property { name: "ports", shape: Shape::Array(353), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.PortStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.LoadBalancerStatus", map_type: None, properties: &[ // 287
        Property { name: "ingress", shape: Shape::Array(286), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.LoadBalancerIngress
    ] },
    Definition { name: "io.k8s.api.core.v1.LocalObjectReference", map_type: Some(MapType::Atomic), properties: &[] }, // 288
    Definition { name: "io.k8s.api.core.v1.LocalVolumeSource", map_type: None, properties: &[] }, // 289
    Definition { name: "io.k8s.api.core.v1.ModifyVolumeStatus", map_type: None, properties: &[] }, // 290
    Definition { name: "io.k8s.api.core.v1.NFSVolumeSource", map_type: None, properties: &[] }, // 291
    Definition { name: "io.k8s.api.core.v1.Namespace", map_type: None, properties: &[ // 292
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(295), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NamespaceSpec
        Property { name: "status", shape: Shape::Object(296), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NamespaceStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.NamespaceCondition", map_type: None, properties: &[ // 293
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.NamespaceList", map_type: None, properties: &[ // 294
        Property { name: "items", shape: Shape::Array(292), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Namespace
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.NamespaceSpec", map_type: None, properties: &[ // 295
        Property { name: "finalizers", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.NamespaceStatus", map_type: None, properties: &[ // 296
        Property { name: "conditions", shape: Shape::Array(293), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.core.v1.NamespaceCondition
    ] },
    Definition { name: "io.k8s.api.core.v1.Node", map_type: None, properties: &[ // 297
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(312), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSpec
        Property { name: "status", shape: Shape::Object(313), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeAddress", map_type: None, properties: &[] }, // 298
    Definition { name: "io.k8s.api.core.v1.NodeAffinity", map_type: None, properties: &[ // 299
        Property { name: "preferredDuringSchedulingIgnoredDuringExecution", shape: Shape::Array(355), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.PreferredSchedulingTerm
        Property { name: "requiredDuringSchedulingIgnoredDuringExecution", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeAllocatableResourceClaimStatus", map_type: None, properties: &[ // 300
        Property { name: "containers", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
        Property { name: "resources", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeCondition", map_type: None, properties: &[ // 301
        Property { name: "lastHeartbeatTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeConfigSource", map_type: None, properties: &[ // 302
        Property { name: "configMap", shape: Shape::Object(223), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ConfigMapNodeConfigSource
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeConfigStatus", map_type: None, properties: &[ // 303
        Property { name: "active", shape: Shape::Object(302), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeConfigSource
        Property { name: "assigned", shape: Shape::Object(302), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeConfigSource
        Property { name: "lastKnownGood", shape: Shape::Object(302), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeConfigSource
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeDaemonEndpoints", map_type: None, properties: &[ // 304
        Property { name: "kubeletEndpoint", shape: Shape::Object(239), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.DaemonEndpoint
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeFeatures", map_type: None, properties: &[] }, // 305
    Definition { name: "io.k8s.api.core.v1.NodeList", map_type: None, properties: &[ // 306
        Property { name: "items", shape: Shape::Array(297), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Node
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeRuntimeHandler", map_type: None, properties: &[ // 307
        Property { name: "features", shape: Shape::Object(308), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeRuntimeHandlerFeatures
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeRuntimeHandlerFeatures", map_type: None, properties: &[] }, // 308
    Definition { name: "io.k8s.api.core.v1.NodeSelector", map_type: Some(MapType::Atomic), properties: &[ // 309
        Property { name: "nodeSelectorTerms", shape: Shape::Array(311), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.NodeSelectorTerm
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeSelectorRequirement", map_type: None, properties: &[ // 310
        Property { name: "values", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeSelectorTerm", map_type: Some(MapType::Atomic), properties: &[ // 311
        Property { name: "matchExpressions", shape: Shape::Array(310), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.NodeSelectorRequirement
        Property { name: "matchFields", shape: Shape::Array(310), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.NodeSelectorRequirement
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeSpec", map_type: None, properties: &[ // 312
        Property { name: "configSource", shape: Shape::Object(302), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeConfigSource
        Property { name: "podCIDRs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::Merge, None, Some(ListType::Set), &[], None) },
        Property { name: "taints", shape: Shape::Array(403), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.Taint
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeStatus", map_type: None, properties: &[ // 313
        Property { name: "addresses", shape: Shape::Array(298), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.core.v1.NodeAddress
        Property { name: "allocatable", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "capacity", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "conditions", shape: Shape::Array(301), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.core.v1.NodeCondition
        Property { name: "config", shape: Shape::Object(303), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeConfigStatus
        Property { name: "daemonEndpoints", shape: Shape::Object(304), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeDaemonEndpoints
        Property { name: "declaredFeatures", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "features", shape: Shape::Object(305), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeFeatures
        Property { name: "images", shape: Shape::Array(228), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerImage
        Property { name: "nodeInfo", shape: Shape::Object(315), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSystemInfo
        Property { name: "runtimeHandlers", shape: Shape::Array(307), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.NodeRuntimeHandler
        Property { name: "volumesAttached", shape: Shape::Array(202), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.AttachedVolume
        Property { name: "volumesInUse", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.NodeSwapStatus", map_type: None, properties: &[] }, // 314
    Definition { name: "io.k8s.api.core.v1.NodeSystemInfo", map_type: None, properties: &[ // 315
        Property { name: "swap", shape: Shape::Object(314), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSwapStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.ObjectFieldSelector", map_type: Some(MapType::Atomic), properties: &[] }, // 316
    Definition { name: "io.k8s.api.core.v1.ObjectReference", map_type: Some(MapType::Atomic), properties: &[] }, // 317
    Definition { name: "io.k8s.api.core.v1.PersistentVolume", map_type: None, properties: &[ // 318
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(327), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeSpec
        Property { name: "status", shape: Shape::Object(328), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeClaim", map_type: None, properties: &[ // 319
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(322), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeClaimSpec
        Property { name: "status", shape: Shape::Object(323), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeClaimStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeClaimCondition", map_type: None, properties: &[ // 320
        Property { name: "lastProbeTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeClaimList", map_type: None, properties: &[ // 321
        Property { name: "items", shape: Shape::Array(319), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeClaim
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeClaimSpec", map_type: None, properties: &[ // 322
        Property { name: "accessModes", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "dataSource", shape: Shape::Object(408), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.TypedLocalObjectReference
        Property { name: "dataSourceRef", shape: Shape::Object(409), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.TypedObjectReference
        Property { name: "resources", shape: Shape::Object(416), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.VolumeResourceRequirements
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeClaimStatus", map_type: None, properties: &[ // 323
        Property { name: "accessModes", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "allocatedResourceStatuses", shape: Shape::Leaf, meta: FieldMeta::new(Strategy::None, None, None, &[], Some(MapType::Granular)) },
        Property { name: "allocatedResources", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "capacity", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "conditions", shape: Shape::Array(320), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.core.v1.PersistentVolumeClaimCondition
        Property { name: "modifyVolumeStatus", shape: Shape::Object(290), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ModifyVolumeStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeClaimTemplate", map_type: None, properties: &[ // 324
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(322), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeClaimSpec
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource", map_type: None, properties: &[] }, // 325
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeList", map_type: None, properties: &[ // 326
        Property { name: "items", shape: Shape::Array(318), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolume
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeSpec", map_type: None, properties: &[ // 327
        Property { name: "accessModes", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "awsElasticBlockStore", shape: Shape::Object(199), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource
        Property { name: "azureDisk", shape: Shape::Object(203), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.AzureDiskVolumeSource
        Property { name: "azureFile", shape: Shape::Object(204), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.AzureFilePersistentVolumeSource
        Property { name: "capacity", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "cephfs", shape: Shape::Object(210), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.CephFSPersistentVolumeSource
        Property { name: "cinder", shape: Shape::Object(212), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.CinderPersistentVolumeSource
        Property { name: "claimRef", shape: Shape::Object(317), meta: FieldMeta::new(Strategy::None, None, None, &[], Some(MapType::Granular)) }, // io.k8s.api.core.v1.ObjectReference
        Property { name: "csi", shape: Shape::Object(207), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.CSIPersistentVolumeSource
        Property { name: "fc", shape: Shape::Object(259), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.FCVolumeSource
        Property { name: "flexVolume", shape: Shape::Object(261), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.FlexPersistentVolumeSource
        Property { name: "flocker", shape: Shape::Object(263), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.FlockerVolumeSource
        Property { name: "gcePersistentDisk", shape: Shape::Object(264), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.GCEPersistentDiskVolumeSource
        Property { name: "glusterfs", shape: Shape::Object(267), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.GlusterfsPersistentVolumeSource
        Property { name: "hostPath", shape: Shape::Object(273), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.HostPathVolumeSource
        Property { name: "iscsi", shape: Shape::Object(274), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ISCSIPersistentVolumeSource
        Property { name: "local", shape: Shape::Object(289), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalVolumeSource
        Property { name: "mountOptions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "nfs", shape: Shape::Object(291), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NFSVolumeSource
        Property { name: "nodeAffinity", shape: Shape::Object(414), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.VolumeNodeAffinity
        Property { name: "photonPersistentDisk", shape: Shape::Object(329), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource
        Property { name: "portworxVolume", shape: Shape::Object(354), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PortworxVolumeSource
        Property { name: "quobyte", shape: Shape::Object(358), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.QuobyteVolumeSource
        Property { name: "rbd", shape: Shape::Object(359), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.RBDPersistentVolumeSource
        Property { name: "scaleIO", shape: Shape::Object(376), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ScaleIOPersistentVolumeSource
        Property { name: "storageos", shape: Shape::Object(399), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.StorageOSPersistentVolumeSource
        Property { name: "vsphereVolume", shape: Shape::Object(418), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource
    ] },
    Definition { name: "io.k8s.api.core.v1.PersistentVolumeStatus", map_type: None, properties: &[ // 328
        Property { name: "lastPhaseTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource", map_type: None, properties: &[] }, // 329
    Definition { name: "io.k8s.api.core.v1.Pod", map_type: None, properties: &[ // 330
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(348), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodSpec
        Property { name: "status", shape: Shape::Object(349), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.PodAffinity", map_type: None, properties: &[ // 331
        Property { name: "preferredDuringSchedulingIgnoredDuringExecution", shape: Shape::Array(419), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.WeightedPodAffinityTerm
        Property { name: "requiredDuringSchedulingIgnoredDuringExecution", shape: Shape::Array(332), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.PodAffinityTerm
    ] },
    Definition { name: "io.k8s.api.core.v1.PodAffinityTerm", map_type: None, properties: &[ // 332
        Property { name: "labelSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "matchLabelKeys", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "mismatchLabelKeys", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "namespaceSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "namespaces", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.PodAntiAffinity", map_type: None, properties: &[ // 333
        Property { name: "preferredDuringSchedulingIgnoredDuringExecution", shape: Shape::Array(419), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.WeightedPodAffinityTerm
        Property { name: "requiredDuringSchedulingIgnoredDuringExecution", shape: Shape::Array(332), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.PodAffinityTerm
    ] },
    Definition { name: "io.k8s.api.core.v1.PodCertificateProjection", map_type: None, properties: &[] }, // 334
    Definition { name: "io.k8s.api.core.v1.PodCondition", map_type: None, properties: &[ // 335
        Property { name: "lastProbeTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.PodDNSConfig", map_type: None, properties: &[ // 336
        Property { name: "nameservers", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "options", shape: Shape::Array(337), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.PodDNSConfigOption
        Property { name: "searches", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.PodDNSConfigOption", map_type: None, properties: &[] }, // 337
    Definition { name: "io.k8s.api.core.v1.PodExtendedResourceClaimStatus", map_type: None, properties: &[ // 338
        Property { name: "requestMappings", shape: Shape::Array(227), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerExtendedResourceRequest
    ] },
    Definition { name: "io.k8s.api.core.v1.PodIP", map_type: None, properties: &[] }, // 339
    Definition { name: "io.k8s.api.core.v1.PodList", map_type: None, properties: &[ // 340
        Property { name: "items", shape: Shape::Array(330), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Pod
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.PodOS", map_type: None, properties: &[] }, // 341
    Definition { name: "io.k8s.api.core.v1.PodReadinessGate", map_type: None, properties: &[] }, // 342
    Definition { name: "io.k8s.api.core.v1.PodResourceClaim", map_type: None, properties: &[] }, // 343
    Definition { name: "io.k8s.api.core.v1.PodResourceClaimStatus", map_type: None, properties: &[] }, // 344
    Definition { name: "io.k8s.api.core.v1.PodSchedulingGate", map_type: None, properties: &[] }, // 345
    Definition { name: "io.k8s.api.core.v1.PodSchedulingGroup", map_type: None, properties: &[] }, // 346
    Definition { name: "io.k8s.api.core.v1.PodSecurityContext", map_type: None, properties: &[ // 347
        Property { name: "appArmorProfile", shape: Shape::Object(201), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.AppArmorProfile
        Property { name: "seLinuxOptions", shape: Shape::Object(375), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SELinuxOptions
        Property { name: "seccompProfile", shape: Shape::Object(380), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SeccompProfile
        Property { name: "supplementalGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "sysctls", shape: Shape::Array(401), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.Sysctl
        Property { name: "windowsOptions", shape: Shape::Object(420), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.WindowsSecurityContextOptions
    ] },
    Definition { name: "io.k8s.api.core.v1.PodSpec", map_type: None, properties: &[ // 348
        Property { name: "affinity", shape: Shape::Object(200), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Affinity
        Property { name: "containers", shape: Shape::Array(226), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.Container
        Property { name: "dnsConfig", shape: Shape::Object(336), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodDNSConfig
        Property { name: "ephemeralContainers", shape: Shape::Array(252), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.EphemeralContainer
        Property { name: "hostAliases", shape: Shape::Array(271), meta: FieldMeta::new(Strategy::Merge, Some("ip"), Some(ListType::Map), &["ip"], None) }, // io.k8s.api.core.v1.HostAlias
        Property { name: "imagePullSecrets", shape: Shape::Array(288), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.LocalObjectReference
        Property { name: "initContainers", shape: Shape::Array(226), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.Container
        Property { name: "nodeSelector", shape: Shape::Leaf, meta: FieldMeta::new(Strategy::None, None, None, &[], Some(MapType::Atomic)) },
        Property { name: "os", shape: Shape::Object(341), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodOS
        Property { name: "overhead", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "readinessGates", shape: Shape::Array(342), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.PodReadinessGate
        Property { name: "resourceClaims", shape: Shape::Array(343), meta: FieldMeta::new(Strategy::MergeRetainKeys, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.PodResourceClaim
        Property { name: "resources", shape: Shape::Object(373), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceRequirements
        Property { name: "schedulingGates", shape: Shape::Array(345), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.PodSchedulingGate
        Property { name: "schedulingGroup", shape: Shape::Object(346), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodSchedulingGroup
        Property { name: "securityContext", shape: Shape::Object(347), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodSecurityContext
        Property { name: "tolerations", shape: Shape::Array(404), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.Toleration
        Property { name: "topologySpreadConstraints", shape: Shape::Array(407), meta: FieldMeta::new(Strategy::Merge, Some("topologyKey"), Some(ListType::Map), &["topologyKey", "whenUnsatisfiable"], None) }, // io.k8s.api.core.v1.TopologySpreadConstraint
        Property { name: "volumes", shape: Shape::Array(410), meta: FieldMeta::new(Strategy::MergeRetainKeys, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.Volume
    ] },
    Definition { name: "io.k8s.api.core.v1.PodStatus", map_type: None, properties: &[ // 349
        Property { name: "allocatedResources", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "conditions", shape: Shape::Array(335), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.core.v1.PodCondition
        Property { name: "containerStatuses", shape: Shape::Array(237), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerStatus
        Property { name: "ephemeralContainerStatuses", shape: Shape::Array(237), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerStatus
        Property { name: "extendedResourceClaimStatus", shape: Shape::Object(338), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodExtendedResourceClaimStatus
        Property { name: "hostIPs", shape: Shape::Array(272), meta: FieldMeta::new(Strategy::Merge, Some("ip"), Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.HostIP
        Property { name: "initContainerStatuses", shape: Shape::Array(237), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ContainerStatus
        Property { name: "nodeAllocatableResourceClaimStatuses", shape: Shape::Array(300), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.NodeAllocatableResourceClaimStatus
        Property { name: "podIPs", shape: Shape::Array(339), meta: FieldMeta::new(Strategy::Merge, Some("ip"), Some(ListType::Map), &["ip"], None) }, // io.k8s.api.core.v1.PodIP
        Property { name: "resourceClaimStatuses", shape: Shape::Array(344), meta: FieldMeta::new(Strategy::MergeRetainKeys, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.PodResourceClaimStatus
        Property { name: "resources", shape: Shape::Object(373), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceRequirements
        Property { name: "startTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.PodTemplate", map_type: None, properties: &[ // 350
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "template", shape: Shape::Object(352), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodTemplateSpec
    ] },
    Definition { name: "io.k8s.api.core.v1.PodTemplateList", map_type: None, properties: &[ // 351
        Property { name: "items", shape: Shape::Array(350), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodTemplate
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.PodTemplateSpec", map_type: None, properties: &[ // 352
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(348), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodSpec
    ] },
    Definition { name: "io.k8s.api.core.v1.PortStatus", map_type: None, properties: &[] }, // 353
    Definition { name: "io.k8s.api.core.v1.PortworxVolumeSource", map_type: None, properties: &[] }, // 354
    Definition { name: "io.k8s.api.core.v1.PreferredSchedulingTerm", map_type: None, properties: &[ // 355
        Property { name: "preference", shape: Shape::Object(311), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelectorTerm
    ] },
    Definition { name: "io.k8s.api.core.v1.Probe", map_type: None, properties: &[ // 356
        Property { name: "exec", shape: Shape::Object(258), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ExecAction
        Property { name: "grpc", shape: Shape::Object(265), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.GRPCAction
        Property { name: "httpGet", shape: Shape::Object(269), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.HTTPGetAction
        Property { name: "tcpSocket", shape: Shape::Object(402), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.TCPSocketAction
    ] },
    Definition { name: "io.k8s.api.core.v1.ProjectedVolumeSource", map_type: None, properties: &[ // 357
        Property { name: "sources", shape: Shape::Array(415), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.VolumeProjection
    ] },
    Definition { name: "io.k8s.api.core.v1.QuobyteVolumeSource", map_type: None, properties: &[] }, // 358
    Definition { name: "io.k8s.api.core.v1.RBDPersistentVolumeSource", map_type: None, properties: &[ // 359
        Property { name: "monitors", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "secretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
    ] },
    Definition { name: "io.k8s.api.core.v1.RBDVolumeSource", map_type: None, properties: &[ // 360
        Property { name: "monitors", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "secretRef", shape: Shape::Object(288), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.ReplicationController", map_type: None, properties: &[ // 361
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(364), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ReplicationControllerSpec
        Property { name: "status", shape: Shape::Object(365), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ReplicationControllerStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.ReplicationControllerCondition", map_type: None, properties: &[ // 362
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.ReplicationControllerList", map_type: None, properties: &[ // 363
        Property { name: "items", shape: Shape::Array(361), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ReplicationController
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.ReplicationControllerSpec", map_type: None, properties: &[ // 364
        Property { name: "selector", shape: Shape::Leaf, meta: FieldMeta::new(Strategy::None, None, None, &[], Some(MapType::Atomic)) },
        Property { name: "template", shape: Shape::Object(352), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodTemplateSpec
    ] },
    Definition { name: "io.k8s.api.core.v1.ReplicationControllerStatus", map_type: None, properties: &[ // 365
        Property { name: "conditions", shape: Shape::Array(362), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.core.v1.ReplicationControllerCondition
    ] },
    Definition { name: "io.k8s.api.core.v1.ResourceClaim", map_type: None, properties: &[] }, // 366
    Definition { name: "io.k8s.api.core.v1.ResourceFieldSelector", map_type: Some(MapType::Atomic), properties: &[ // 367
        Property { name: "divisor", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.core.v1.ResourceHealth", map_type: None, properties: &[] }, // 368
    Definition { name: "io.k8s.api.core.v1.ResourceQuota", map_type: None, properties: &[ // 369
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(371), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceQuotaSpec
        Property { name: "status", shape: Shape::Object(372), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceQuotaStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.ResourceQuotaList", map_type: None, properties: &[ // 370
        Property { name: "items", shape: Shape::Array(369), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ResourceQuota
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.ResourceQuotaSpec", map_type: None, properties: &[ // 371
        Property { name: "hard", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "scopeSelector", shape: Shape::Object(378), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ScopeSelector
        Property { name: "scopes", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.ResourceQuotaStatus", map_type: None, properties: &[ // 372
        Property { name: "hard", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "used", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.core.v1.ResourceRequirements", map_type: None, properties: &[ // 373
        Property { name: "claims", shape: Shape::Array(366), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.ResourceClaim
        Property { name: "limits", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "requests", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.core.v1.ResourceStatus", map_type: None, properties: &[ // 374
        Property { name: "resources", shape: Shape::Array(368), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["resourceID"], None) }, // io.k8s.api.core.v1.ResourceHealth
    ] },
    Definition { name: "io.k8s.api.core.v1.SELinuxOptions", map_type: None, properties: &[] }, // 375
    Definition { name: "io.k8s.api.core.v1.ScaleIOPersistentVolumeSource", map_type: None, properties: &[ // 376
        Property { name: "secretRef", shape: Shape::Object(386), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretReference
    ] },
    Definition { name: "io.k8s.api.core.v1.ScaleIOVolumeSource", map_type: None, properties: &[ // 377
        Property { name: "secretRef", shape: Shape::Object(288), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.ScopeSelector", map_type: Some(MapType::Atomic), properties: &[ // 378
        Property { name: "matchExpressions", shape: Shape::Array(379), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.ScopedResourceSelectorRequirement
    ] },
    Definition { name: "io.k8s.api.core.v1.ScopedResourceSelectorRequirement", map_type: None, properties: &[ // 379
        Property { name: "values", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.SeccompProfile", map_type: None, properties: &[] }, // 380
    Definition { name: "io.k8s.api.core.v1.Secret", map_type: None, properties: &[ // 381
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.SecretEnvSource", map_type: None, properties: &[] }, // 382
    Definition { name: "io.k8s.api.core.v1.SecretKeySelector", map_type: Some(MapType::Atomic), properties: &[] }, // 383
    Definition { name: "io.k8s.api.core.v1.SecretList", map_type: None, properties: &[ // 384
        Property { name: "items", shape: Shape::Array(381), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Secret
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.SecretProjection", map_type: None, properties: &[ // 385
        Property { name: "items", shape: Shape::Array(278), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.KeyToPath
    ] },
    Definition { name: "io.k8s.api.core.v1.SecretReference", map_type: Some(MapType::Atomic), properties: &[] }, // 386
    Definition { name: "io.k8s.api.core.v1.SecretVolumeSource", map_type: None, properties: &[ // 387
        Property { name: "items", shape: Shape::Array(278), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.KeyToPath
    ] },
    Definition { name: "io.k8s.api.core.v1.SecurityContext", map_type: None, properties: &[ // 388
        Property { name: "appArmorProfile", shape: Shape::Object(201), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.AppArmorProfile
        Property { name: "capabilities", shape: Shape::Object(209), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Capabilities
        Property { name: "seLinuxOptions", shape: Shape::Object(375), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SELinuxOptions
        Property { name: "seccompProfile", shape: Shape::Object(380), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SeccompProfile
        Property { name: "windowsOptions", shape: Shape::Object(420), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.WindowsSecurityContextOptions
    ] },
    Definition { name: "io.k8s.api.core.v1.Service", map_type: None, properties: &[ // 389
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(395), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ServiceSpec
        Property { name: "status", shape: Shape::Object(396), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ServiceStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.ServiceAccount", map_type: None, properties: &[ // 390
        Property { name: "imagePullSecrets", shape: Shape::Array(288), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.LocalObjectReference
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "secrets", shape: Shape::Array(317), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.core.v1.ObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.ServiceAccountList", map_type: None, properties: &[ // 391
        Property { name: "items", shape: Shape::Array(390), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ServiceAccount
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.ServiceAccountTokenProjection", map_type: None, properties: &[] }, // 392
    Definition { name: "io.k8s.api.core.v1.ServiceList", map_type: None, properties: &[ // 393
        Property { name: "items", shape: Shape::Array(389), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.Service
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.core.v1.ServicePort", map_type: None, properties: &[ // 394
        Property { name: "targetPort", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
    ] },
    Definition { name: "io.k8s.api.core.v1.ServiceSpec", map_type: None, properties: &[ // 395
        Property { name: "clusterIPs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "externalIPs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "ipFamilies", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "loadBalancerSourceRanges", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "ports", shape: Shape::Array(394), meta: FieldMeta::new(Strategy::Merge, Some("port"), Some(ListType::Map), &["port", "protocol"], None) }, // io.k8s.api.core.v1.ServicePort
        Property { name: "selector", shape: Shape::Leaf, meta: FieldMeta::new(Strategy::None, None, None, &[], Some(MapType::Atomic)) },
        Property { name: "sessionAffinityConfig", shape: Shape::Object(397), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SessionAffinityConfig
    ] },
    Definition { name: "io.k8s.api.core.v1.ServiceStatus", map_type: None, properties: &[ // 396
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "loadBalancer", shape: Shape::Object(287), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LoadBalancerStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.SessionAffinityConfig", map_type: None, properties: &[ // 397
        Property { name: "clientIP", shape: Shape::Object(214), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ClientIPConfig
    ] },
    Definition { name: "io.k8s.api.core.v1.SleepAction", map_type: None, properties: &[] }, // 398
    Definition { name: "io.k8s.api.core.v1.StorageOSPersistentVolumeSource", map_type: None, properties: &[ // 399
        Property { name: "secretRef", shape: Shape::Object(317), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.StorageOSVolumeSource", map_type: None, properties: &[ // 400
        Property { name: "secretRef", shape: Shape::Object(288), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.LocalObjectReference
    ] },
    Definition { name: "io.k8s.api.core.v1.Sysctl", map_type: None, properties: &[] }, // 401
    Definition { name: "io.k8s.api.core.v1.TCPSocketAction", map_type: None, properties: &[ // 402
        Property { name: "port", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
    ] },
    Definition { name: "io.k8s.api.core.v1.Taint", map_type: None, properties: &[ // 403
        Property { name: "timeAdded", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.core.v1.Toleration", map_type: None, properties: &[] }, // 404
    Definition { name: "io.k8s.api.core.v1.TopologySelectorLabelRequirement", map_type: None, properties: &[ // 405
        Property { name: "values", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.TopologySelectorTerm", map_type: Some(MapType::Atomic), properties: &[ // 406
        Property { name: "matchLabelExpressions", shape: Shape::Array(405), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.TopologySelectorLabelRequirement
    ] },
    Definition { name: "io.k8s.api.core.v1.TopologySpreadConstraint", map_type: None, properties: &[ // 407
        Property { name: "labelSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "matchLabelKeys", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.core.v1.TypedLocalObjectReference", map_type: Some(MapType::Atomic), properties: &[] }, // 408
    Definition { name: "io.k8s.api.core.v1.TypedObjectReference", map_type: None, properties: &[] }, // 409
    Definition { name: "io.k8s.api.core.v1.Volume", map_type: None, properties: &[ // 410
        Property { name: "awsElasticBlockStore", shape: Shape::Object(199), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource
        Property { name: "azureDisk", shape: Shape::Object(203), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.AzureDiskVolumeSource
        Property { name: "azureFile", shape: Shape::Object(205), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.AzureFileVolumeSource
        Property { name: "cephfs", shape: Shape::Object(211), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.CephFSVolumeSource
        Property { name: "cinder", shape: Shape::Object(213), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.CinderVolumeSource
        Property { name: "configMap", shape: Shape::Object(225), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ConfigMapVolumeSource
        Property { name: "csi", shape: Shape::Object(208), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.CSIVolumeSource
        Property { name: "downwardAPI", shape: Shape::Object(242), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.DownwardAPIVolumeSource
        Property { name: "emptyDir", shape: Shape::Object(243), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.EmptyDirVolumeSource
        Property { name: "ephemeral", shape: Shape::Object(253), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.EphemeralVolumeSource
        Property { name: "fc", shape: Shape::Object(259), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.FCVolumeSource
        Property { name: "flexVolume", shape: Shape::Object(262), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.FlexVolumeSource
        Property { name: "flocker", shape: Shape::Object(263), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.FlockerVolumeSource
        Property { name: "gcePersistentDisk", shape: Shape::Object(264), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.GCEPersistentDiskVolumeSource
        Property { name: "gitRepo", shape: Shape::Object(266), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.GitRepoVolumeSource
        Property { name: "glusterfs", shape: Shape::Object(268), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.GlusterfsVolumeSource
        Property { name: "hostPath", shape: Shape::Object(273), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.HostPathVolumeSource
        Property { name: "image", shape: Shape::Object(276), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ImageVolumeSource
        Property { name: "iscsi", shape: Shape::Object(275), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ISCSIVolumeSource
        Property { name: "nfs", shape: Shape::Object(291), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NFSVolumeSource
        Property { name: "persistentVolumeClaim", shape: Shape::Object(325), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource
        Property { name: "photonPersistentDisk", shape: Shape::Object(329), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource
        Property { name: "portworxVolume", shape: Shape::Object(354), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PortworxVolumeSource
        Property { name: "projected", shape: Shape::Object(357), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ProjectedVolumeSource
        Property { name: "quobyte", shape: Shape::Object(358), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.QuobyteVolumeSource
        Property { name: "rbd", shape: Shape::Object(360), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.RBDVolumeSource
        Property { name: "scaleIO", shape: Shape::Object(377), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ScaleIOVolumeSource
        Property { name: "secret", shape: Shape::Object(387), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretVolumeSource
        Property { name: "storageos", shape: Shape::Object(400), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.StorageOSVolumeSource
        Property { name: "vsphereVolume", shape: Shape::Object(418), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource
    ] },
    Definition { name: "io.k8s.api.core.v1.VolumeDevice", map_type: None, properties: &[] }, // 411
    Definition { name: "io.k8s.api.core.v1.VolumeMount", map_type: None, properties: &[] }, // 412
    Definition { name: "io.k8s.api.core.v1.VolumeMountStatus", map_type: None, properties: &[ // 413
        Property { name: "volumeStatus", shape: Shape::Object(417), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.VolumeStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.VolumeNodeAffinity", map_type: None, properties: &[ // 414
        Property { name: "required", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
    ] },
    Definition { name: "io.k8s.api.core.v1.VolumeProjection", map_type: None, properties: &[ // 415
        Property { name: "clusterTrustBundle", shape: Shape::Object(215), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ClusterTrustBundleProjection
        Property { name: "configMap", shape: Shape::Object(224), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ConfigMapProjection
        Property { name: "downwardAPI", shape: Shape::Object(240), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.DownwardAPIProjection
        Property { name: "podCertificate", shape: Shape::Object(334), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodCertificateProjection
        Property { name: "secret", shape: Shape::Object(385), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.SecretProjection
        Property { name: "serviceAccountToken", shape: Shape::Object(392), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ServiceAccountTokenProjection
    ] },
    Definition { name: "io.k8s.api.core.v1.VolumeResourceRequirements", map_type: None, properties: &[ // 416
        Property { name: "limits", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "requests", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.core.v1.VolumeStatus", map_type: None, properties: &[ // 417
        Property { name: "image", shape: Shape::Object(277), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ImageVolumeStatus
    ] },
    Definition { name: "io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource", map_type: None, properties: &[] }, // 418
    Definition { name: "io.k8s.api.core.v1.WeightedPodAffinityTerm", map_type: None, properties: &[ // 419
        Property { name: "podAffinityTerm", shape: Shape::Object(332), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PodAffinityTerm
    ] },
    Definition { name: "io.k8s.api.core.v1.WindowsSecurityContextOptions", map_type: None, properties: &[] }, // 420
    Definition { name: "io.k8s.api.discovery.v1.Endpoint", map_type: None, properties: &[ // 421
        Property { name: "addresses", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
        Property { name: "conditions", shape: Shape::Object(422), meta: FieldMeta::NONE }, // io.k8s.api.discovery.v1.EndpointConditions
        Property { name: "hints", shape: Shape::Object(423), meta: FieldMeta::NONE }, // io.k8s.api.discovery.v1.EndpointHints
        Property { name: "targetRef", shape: Shape::Object(317), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectReference
    ] },
    Definition { name: "io.k8s.api.discovery.v1.EndpointConditions", map_type: None, properties: &[] }, // 422
    Definition { name: "io.k8s.api.discovery.v1.EndpointHints", map_type: None, properties: &[ // 423
        Property { name: "forNodes", shape: Shape::Array(427), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.discovery.v1.ForNode
        Property { name: "forZones", shape: Shape::Array(428), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.discovery.v1.ForZone
    ] },
    Definition { name: "io.k8s.api.discovery.v1.EndpointPort", map_type: Some(MapType::Atomic), properties: &[] }, // 424
    Definition { name: "io.k8s.api.discovery.v1.EndpointSlice", map_type: None, properties: &[ // 425
        Property { name: "endpoints", shape: Shape::Array(421), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.discovery.v1.Endpoint
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "ports", shape: Shape::Array(424), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.discovery.v1.EndpointPort
    ] },
    Definition { name: "io.k8s.api.discovery.v1.EndpointSliceList", map_type: None, properties: &[ // 426
        Property { name: "items", shape: Shape::Array(425), meta: FieldMeta::NONE }, // io.k8s.api.discovery.v1.EndpointSlice
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.discovery.v1.ForNode", map_type: None, properties: &[] }, // 427
    Definition { name: "io.k8s.api.discovery.v1.ForZone", map_type: None, properties: &[] }, // 428
    Definition { name: "io.k8s.api.events.v1.Event", map_type: None, properties: &[ // 429
        Property { name: "deprecatedFirstTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "deprecatedLastTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "deprecatedSource", shape: Shape::Object(257), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.EventSource
        Property { name: "eventTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "regarding", shape: Shape::Object(317), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectReference
        Property { name: "related", shape: Shape::Object(317), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.ObjectReference
        Property { name: "series", shape: Shape::Object(431), meta: FieldMeta::NONE }, // io.k8s.api.events.v1.EventSeries
    ] },
    Definition { name: "io.k8s.api.events.v1.EventList", map_type: None, properties: &[ // 430
        Property { name: "items", shape: Shape::Array(429), meta: FieldMeta::NONE }, // io.k8s.api.events.v1.Event
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.events.v1.EventSeries", map_type: None, properties: &[ // 431
        Property { name: "lastObservedTime", shape: Shape::Object(750), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.ExemptPriorityLevelConfiguration", map_type: None, properties: &[] }, // 432
    Definition { name: "io.k8s.api.flowcontrol.v1.FlowDistinguisherMethod", map_type: None, properties: &[] }, // 433
    Definition { name: "io.k8s.api.flowcontrol.v1.FlowSchema", map_type: None, properties: &[ // 434
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(437), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.FlowSchemaSpec
        Property { name: "status", shape: Shape::Object(438), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.FlowSchemaStatus
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.FlowSchemaCondition", map_type: None, properties: &[ // 435
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.FlowSchemaList", map_type: None, properties: &[ // 436
        Property { name: "items", shape: Shape::Array(434), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.FlowSchema
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.FlowSchemaSpec", map_type: None, properties: &[ // 437
        Property { name: "distinguisherMethod", shape: Shape::Object(433), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.FlowDistinguisherMethod
        Property { name: "priorityLevelConfiguration", shape: Shape::Object(447), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationReference
        Property { name: "rules", shape: Shape::Array(443), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.flowcontrol.v1.PolicyRulesWithSubjects
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.FlowSchemaStatus", map_type: None, properties: &[ // 438
        Property { name: "conditions", shape: Shape::Array(435), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.flowcontrol.v1.FlowSchemaCondition
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.GroupSubject", map_type: None, properties: &[] }, // 439
    Definition { name: "io.k8s.api.flowcontrol.v1.LimitResponse", map_type: None, properties: &[ // 440
        Property { name: "queuing", shape: Shape::Object(450), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.QueuingConfiguration
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.LimitedPriorityLevelConfiguration", map_type: None, properties: &[ // 441
        Property { name: "limitResponse", shape: Shape::Object(440), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.LimitResponse
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.NonResourcePolicyRule", map_type: None, properties: &[ // 442
        Property { name: "nonResourceURLs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
        Property { name: "verbs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.PolicyRulesWithSubjects", map_type: None, properties: &[ // 443
        Property { name: "nonResourceRules", shape: Shape::Array(442), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.flowcontrol.v1.NonResourcePolicyRule
        Property { name: "resourceRules", shape: Shape::Array(451), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.flowcontrol.v1.ResourcePolicyRule
        Property { name: "subjects", shape: Shape::Array(453), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.flowcontrol.v1.Subject
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.PriorityLevelConfiguration", map_type: None, properties: &[ // 444
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(448), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationSpec
        Property { name: "status", shape: Shape::Object(449), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationStatus
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationCondition", map_type: None, properties: &[ // 445
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationList", map_type: None, properties: &[ // 446
        Property { name: "items", shape: Shape::Array(444), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.PriorityLevelConfiguration
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationReference", map_type: None, properties: &[] }, // 447
    Definition { name: "io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationSpec", map_type: None, properties: &[ // 448
        Property { name: "exempt", shape: Shape::Object(432), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.ExemptPriorityLevelConfiguration
        Property { name: "limited", shape: Shape::Object(441), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.LimitedPriorityLevelConfiguration
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationStatus", map_type: None, properties: &[ // 449
        Property { name: "conditions", shape: Shape::Array(445), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationCondition
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.QueuingConfiguration", map_type: None, properties: &[] }, // 450
    Definition { name: "io.k8s.api.flowcontrol.v1.ResourcePolicyRule", map_type: None, properties: &[ // 451
        Property { name: "apiGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
        Property { name: "namespaces", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
        Property { name: "resources", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
        Property { name: "verbs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.ServiceAccountSubject", map_type: None, properties: &[] }, // 452
    Definition { name: "io.k8s.api.flowcontrol.v1.Subject", map_type: None, properties: &[ // 453
        Property { name: "group", shape: Shape::Object(439), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.GroupSubject
        Property { name: "serviceAccount", shape: Shape::Object(452), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.ServiceAccountSubject
        Property { name: "user", shape: Shape::Object(454), meta: FieldMeta::NONE }, // io.k8s.api.flowcontrol.v1.UserSubject
    ] },
    Definition { name: "io.k8s.api.flowcontrol.v1.UserSubject", map_type: None, properties: &[] }, // 454
    Definition { name: "io.k8s.api.networking.v1.HTTPIngressPath", map_type: None, properties: &[ // 455
        Property { name: "backend", shape: Shape::Object(462), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressBackend
    ] },
    Definition { name: "io.k8s.api.networking.v1.HTTPIngressRuleValue", map_type: None, properties: &[ // 456
        Property { name: "paths", shape: Shape::Array(455), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.HTTPIngressPath
    ] },
    Definition { name: "io.k8s.api.networking.v1.IPAddress", map_type: None, properties: &[ // 457
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(459), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IPAddressSpec
    ] },
    Definition { name: "io.k8s.api.networking.v1.IPAddressList", map_type: None, properties: &[ // 458
        Property { name: "items", shape: Shape::Array(457), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IPAddress
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.networking.v1.IPAddressSpec", map_type: None, properties: &[ // 459
        Property { name: "parentRef", shape: Shape::Object(483), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.ParentReference
    ] },
    Definition { name: "io.k8s.api.networking.v1.IPBlock", map_type: None, properties: &[ // 460
        Property { name: "except", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.networking.v1.Ingress", map_type: None, properties: &[ // 461
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(473), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressSpec
        Property { name: "status", shape: Shape::Object(474), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressStatus
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressBackend", map_type: None, properties: &[ // 462
        Property { name: "resource", shape: Shape::Object(408), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.TypedLocalObjectReference
        Property { name: "service", shape: Shape::Object(472), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressServiceBackend
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressClass", map_type: None, properties: &[ // 463
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(466), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressClassSpec
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressClassList", map_type: None, properties: &[ // 464
        Property { name: "items", shape: Shape::Array(463), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressClassParametersReference", map_type: None, properties: &[] }, // 465
    Definition { name: "io.k8s.api.networking.v1.IngressClassSpec", map_type: None, properties: &[ // 466
        Property { name: "parameters", shape: Shape::Object(465), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressClassParametersReference
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressList", map_type: None, properties: &[ // 467
        Property { name: "items", shape: Shape::Array(461), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.Ingress
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressLoadBalancerIngress", map_type: None, properties: &[ // 468
        Property { name: "ports", shape: Shape::Array(470), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.IngressPortStatus
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressLoadBalancerStatus", map_type: None, properties: &[ // 469
        Property { name: "ingress", shape: Shape::Array(468), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.IngressLoadBalancerIngress
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressPortStatus", map_type: None, properties: &[] }, // 470
    Definition { name: "io.k8s.api.networking.v1.IngressRule", map_type: None, properties: &[ // 471
        Property { name: "http", shape: Shape::Object(456), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.HTTPIngressRuleValue
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressServiceBackend", map_type: None, properties: &[ // 472
        Property { name: "port", shape: Shape::Object(484), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.ServiceBackendPort
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressSpec", map_type: None, properties: &[ // 473
        Property { name: "defaultBackend", shape: Shape::Object(462), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressBackend
        Property { name: "rules", shape: Shape::Array(471), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.IngressRule
        Property { name: "tls", shape: Shape::Array(475), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.IngressTLS
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressStatus", map_type: None, properties: &[ // 474
        Property { name: "loadBalancer", shape: Shape::Object(469), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IngressLoadBalancerStatus
    ] },
    Definition { name: "io.k8s.api.networking.v1.IngressTLS", map_type: None, properties: &[ // 475
        Property { name: "hosts", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.networking.v1.NetworkPolicy", map_type: None, properties: &[ // 476
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(482), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.NetworkPolicySpec
    ] },
    Definition { name: "io.k8s.api.networking.v1.NetworkPolicyEgressRule", map_type: None, properties: &[ // 477
        Property { name: "ports", shape: Shape::Array(481), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.NetworkPolicyPort
        Property { name: "to", shape: Shape::Array(480), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.NetworkPolicyPeer
    ] },
    Definition { name: "io.k8s.api.networking.v1.NetworkPolicyIngressRule", map_type: None, properties: &[ // 478
        Property { name: "from", shape: Shape::Array(480), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.NetworkPolicyPeer
        Property { name: "ports", shape: Shape::Array(481), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.NetworkPolicyPort
    ] },
    Definition { name: "io.k8s.api.networking.v1.NetworkPolicyList", map_type: None, properties: &[ // 479
        Property { name: "items", shape: Shape::Array(476), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.NetworkPolicy
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.networking.v1.NetworkPolicyPeer", map_type: None, properties: &[ // 480
        Property { name: "ipBlock", shape: Shape::Object(460), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.IPBlock
        Property { name: "namespaceSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "podSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.networking.v1.NetworkPolicyPort", map_type: None, properties: &[ // 481
        Property { name: "port", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
    ] },
    Definition { name: "io.k8s.api.networking.v1.NetworkPolicySpec", map_type: None, properties: &[ // 482
        Property { name: "egress", shape: Shape::Array(477), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.NetworkPolicyEgressRule
        Property { name: "ingress", shape: Shape::Array(478), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.networking.v1.NetworkPolicyIngressRule
        Property { name: "podSelector", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
        Property { name: "policyTypes", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.networking.v1.ParentReference", map_type: None, properties: &[] }, // 483
    Definition { name: "io.k8s.api.networking.v1.ServiceBackendPort", map_type: Some(MapType::Atomic), properties: &[] }, // 484
    Definition { name: "io.k8s.api.networking.v1.ServiceCIDR", map_type: None, properties: &[ // 485
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(487), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.ServiceCIDRSpec
        Property { name: "status", shape: Shape::Object(488), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.ServiceCIDRStatus
    ] },
    Definition { name: "io.k8s.api.networking.v1.ServiceCIDRList", map_type: None, properties: &[ // 486
        Property { name: "items", shape: Shape::Array(485), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1.ServiceCIDR
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.networking.v1.ServiceCIDRSpec", map_type: None, properties: &[ // 487
        Property { name: "cidrs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.networking.v1.ServiceCIDRStatus", map_type: None, properties: &[ // 488
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
    ] },
    Definition { name: "io.k8s.api.networking.v1beta1.IPAddress", map_type: None, properties: &[ // 489
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(491), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1beta1.IPAddressSpec
    ] },
    Definition { name: "io.k8s.api.networking.v1beta1.IPAddressList", map_type: None, properties: &[ // 490
        Property { name: "items", shape: Shape::Array(489), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1beta1.IPAddress
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.networking.v1beta1.IPAddressSpec", map_type: None, properties: &[ // 491
        Property { name: "parentRef", shape: Shape::Object(492), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1beta1.ParentReference
    ] },
    Definition { name: "io.k8s.api.networking.v1beta1.ParentReference", map_type: None, properties: &[] }, // 492
    Definition { name: "io.k8s.api.networking.v1beta1.ServiceCIDR", map_type: None, properties: &[ // 493
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(495), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1beta1.ServiceCIDRSpec
        Property { name: "status", shape: Shape::Object(496), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1beta1.ServiceCIDRStatus
    ] },
    Definition { name: "io.k8s.api.networking.v1beta1.ServiceCIDRList", map_type: None, properties: &[ // 494
        Property { name: "items", shape: Shape::Array(493), meta: FieldMeta::NONE }, // io.k8s.api.networking.v1beta1.ServiceCIDR
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.networking.v1beta1.ServiceCIDRSpec", map_type: None, properties: &[ // 495
        Property { name: "cidrs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.networking.v1beta1.ServiceCIDRStatus", map_type: None, properties: &[ // 496
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
    ] },
    Definition { name: "io.k8s.api.node.v1.Overhead", map_type: None, properties: &[ // 497
        Property { name: "podFixed", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.node.v1.RuntimeClass", map_type: None, properties: &[ // 498
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "overhead", shape: Shape::Object(497), meta: FieldMeta::NONE }, // io.k8s.api.node.v1.Overhead
        Property { name: "scheduling", shape: Shape::Object(500), meta: FieldMeta::NONE }, // io.k8s.api.node.v1.Scheduling
    ] },
    Definition { name: "io.k8s.api.node.v1.RuntimeClassList", map_type: None, properties: &[ // 499
        Property { name: "items", shape: Shape::Array(498), meta: FieldMeta::NONE }, // io.k8s.api.node.v1.RuntimeClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.node.v1.Scheduling", map_type: None, properties: &[ // 500
        Property { name: "nodeSelector", shape: Shape::Leaf, meta: FieldMeta::new(Strategy::None, None, None, &[], Some(MapType::Atomic)) },
        Property { name: "tolerations", shape: Shape::Array(404), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.Toleration
    ] },
    Definition { name: "io.k8s.api.policy.v1.Eviction", map_type: None, properties: &[ // 501
        Property { name: "deleteOptions", shape: Shape::Object(741), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
    ] },
    Definition { name: "io.k8s.api.policy.v1.PodDisruptionBudget", map_type: None, properties: &[ // 502
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(504), meta: FieldMeta::NONE }, // io.k8s.api.policy.v1.PodDisruptionBudgetSpec
        Property { name: "status", shape: Shape::Object(505), meta: FieldMeta::NONE }, // io.k8s.api.policy.v1.PodDisruptionBudgetStatus
    ] },
    Definition { name: "io.k8s.api.policy.v1.PodDisruptionBudgetList", map_type: None, properties: &[ // 503
        Property { name: "items", shape: Shape::Array(502), meta: FieldMeta::NONE }, // io.k8s.api.policy.v1.PodDisruptionBudget
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.policy.v1.PodDisruptionBudgetSpec", map_type: None, properties: &[ // 504
        Property { name: "maxUnavailable", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
        Property { name: "minAvailable", shape: Shape::Object(762), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.util.intstr.IntOrString
        Property { name: "selector", shape: Shape::Object(746), meta: FieldMeta::new(Strategy::Replace, None, None, &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.policy.v1.PodDisruptionBudgetStatus", map_type: None, properties: &[ // 505
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "disruptedPods", shape: Shape::Map(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.rbac.v1.AggregationRule", map_type: None, properties: &[ // 506
        Property { name: "clusterRoleSelectors", shape: Shape::Array(746), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.rbac.v1.ClusterRole", map_type: None, properties: &[ // 507
        Property { name: "aggregationRule", shape: Shape::Object(506), meta: FieldMeta::NONE }, // io.k8s.api.rbac.v1.AggregationRule
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "rules", shape: Shape::Array(511), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.rbac.v1.PolicyRule
    ] },
    Definition { name: "io.k8s.api.rbac.v1.ClusterRoleBinding", map_type: None, properties: &[ // 508
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "roleRef", shape: Shape::Object(516), meta: FieldMeta::NONE }, // io.k8s.api.rbac.v1.RoleRef
        Property { name: "subjects", shape: Shape::Array(517), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.rbac.v1.Subject
    ] },
    Definition { name: "io.k8s.api.rbac.v1.ClusterRoleBindingList", map_type: None, properties: &[ // 509
        Property { name: "items", shape: Shape::Array(508), meta: FieldMeta::NONE }, // io.k8s.api.rbac.v1.ClusterRoleBinding
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.rbac.v1.ClusterRoleList", map_type: None, properties: &[ // 510
        Property { name: "items", shape: Shape::Array(507), meta: FieldMeta::NONE }, // io.k8s.api.rbac.v1.ClusterRole
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.rbac.v1.PolicyRule", map_type: None, properties: &[ // 511
        Property { name: "apiGroups", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "nonResourceURLs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resourceNames", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "resources", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "verbs", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.rbac.v1.Role", map_type: None, properties: &[ // 512
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "rules", shape: Shape::Array(511), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.rbac.v1.PolicyRule
    ] },
    Definition { name: "io.k8s.api.rbac.v1.RoleBinding", map_type: None, properties: &[ // 513
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "roleRef", shape: Shape::Object(516), meta: FieldMeta::NONE }, // io.k8s.api.rbac.v1.RoleRef
        Property { name: "subjects", shape: Shape::Array(517), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.rbac.v1.Subject
    ] },
    Definition { name: "io.k8s.api.rbac.v1.RoleBindingList", map_type: None, properties: &[ // 514
        Property { name: "items", shape: Shape::Array(513), meta: FieldMeta::NONE }, // io.k8s.api.rbac.v1.RoleBinding
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.rbac.v1.RoleList", map_type: None, properties: &[ // 515
        Property { name: "items", shape: Shape::Array(512), meta: FieldMeta::NONE }, // io.k8s.api.rbac.v1.Role
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.rbac.v1.RoleRef", map_type: Some(MapType::Atomic), properties: &[] }, // 516
    Definition { name: "io.k8s.api.rbac.v1.Subject", map_type: Some(MapType::Atomic), properties: &[] }, // 517
    Definition { name: "io.k8s.api.resource.v1.AllocatedDeviceStatus", map_type: None, properties: &[ // 518
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "data", shape: Shape::Object(761), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.runtime.RawExtension
        Property { name: "networkData", shape: Shape::Object(546), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.NetworkDeviceData
    ] },
    Definition { name: "io.k8s.api.resource.v1.AllocationResult", map_type: None, properties: &[ // 519
        Property { name: "allocationTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "devices", shape: Shape::Object(528), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.DeviceAllocationResult
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1.CELDeviceSelector", map_type: None, properties: &[] }, // 520
    Definition { name: "io.k8s.api.resource.v1.CapacityRequestPolicy", map_type: None, properties: &[ // 521
        Property { name: "default", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "validRange", shape: Shape::Object(522), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.CapacityRequestPolicyRange
        Property { name: "validValues", shape: Shape::Array(734), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1.CapacityRequestPolicyRange", map_type: None, properties: &[ // 522
        Property { name: "max", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "min", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "step", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1.CapacityRequirements", map_type: None, properties: &[ // 523
        Property { name: "requests", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1.Counter", map_type: None, properties: &[ // 524
        Property { name: "value", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1.CounterSet", map_type: None, properties: &[ // 525
        Property { name: "counters", shape: Shape::Map(524), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.Counter
    ] },
    Definition { name: "io.k8s.api.resource.v1.Device", map_type: None, properties: &[ // 526
        Property { name: "attributes", shape: Shape::Map(529), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.DeviceAttribute
        Property { name: "bindingConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "bindingFailureConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "capacity", shape: Shape::Map(530), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.DeviceCapacity
        Property { name: "consumesCounters", shape: Shape::Array(538), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceCounterConsumption
        Property { name: "nodeAllocatableResourceMappings", shape: Shape::Map(547), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.NodeAllocatableResourceMapping
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
        Property { name: "taints", shape: Shape::Array(543), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceTaint
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceAllocationConfiguration", map_type: None, properties: &[ // 527
        Property { name: "opaque", shape: Shape::Object(548), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.OpaqueDeviceConfiguration
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceAllocationResult", map_type: None, properties: &[ // 528
        Property { name: "config", shape: Shape::Array(527), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceAllocationConfiguration
        Property { name: "results", shape: Shape::Array(540), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceRequestAllocationResult
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceAttribute", map_type: None, properties: &[ // 529
        Property { name: "bools", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "ints", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "strings", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "versions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceCapacity", map_type: None, properties: &[ // 530
        Property { name: "requestPolicy", shape: Shape::Object(521), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.CapacityRequestPolicy
        Property { name: "value", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceClaim", map_type: None, properties: &[ // 531
        Property { name: "config", shape: Shape::Array(532), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceClaimConfiguration
        Property { name: "constraints", shape: Shape::Array(537), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceConstraint
        Property { name: "requests", shape: Shape::Array(539), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceRequest
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceClaimConfiguration", map_type: None, properties: &[ // 532
        Property { name: "opaque", shape: Shape::Object(548), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.OpaqueDeviceConfiguration
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceClass", map_type: None, properties: &[ // 533
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(536), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.DeviceClassSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceClassConfiguration", map_type: None, properties: &[ // 534
        Property { name: "opaque", shape: Shape::Object(548), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.OpaqueDeviceConfiguration
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceClassList", map_type: None, properties: &[ // 535
        Property { name: "items", shape: Shape::Array(533), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.DeviceClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceClassSpec", map_type: None, properties: &[ // 536
        Property { name: "config", shape: Shape::Array(534), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceClassConfiguration
        Property { name: "selectors", shape: Shape::Array(541), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceConstraint", map_type: None, properties: &[ // 537
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceCounterConsumption", map_type: None, properties: &[ // 538
        Property { name: "counters", shape: Shape::Map(524), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.Counter
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceRequest", map_type: None, properties: &[ // 539
        Property { name: "exactly", shape: Shape::Object(545), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ExactDeviceRequest
        Property { name: "firstAvailable", shape: Shape::Array(542), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceSubRequest
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceRequestAllocationResult", map_type: None, properties: &[ // 540
        Property { name: "bindingConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "bindingFailureConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "consumedCapacity", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "tolerations", shape: Shape::Array(544), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceSelector", map_type: None, properties: &[ // 541
        Property { name: "cel", shape: Shape::Object(520), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.CELDeviceSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceSubRequest", map_type: None, properties: &[ // 542
        Property { name: "capacity", shape: Shape::Object(523), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.CapacityRequirements
        Property { name: "selectors", shape: Shape::Array(541), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceSelector
        Property { name: "tolerations", shape: Shape::Array(544), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceTaint", map_type: None, properties: &[ // 543
        Property { name: "timeAdded", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.resource.v1.DeviceToleration", map_type: None, properties: &[] }, // 544
    Definition { name: "io.k8s.api.resource.v1.ExactDeviceRequest", map_type: None, properties: &[ // 545
        Property { name: "capacity", shape: Shape::Object(523), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.CapacityRequirements
        Property { name: "selectors", shape: Shape::Array(541), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceSelector
        Property { name: "tolerations", shape: Shape::Array(544), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1.NetworkDeviceData", map_type: None, properties: &[ // 546
        Property { name: "ips", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1.NodeAllocatableResourceMapping", map_type: None, properties: &[ // 547
        Property { name: "allocationMultiplier", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1.OpaqueDeviceConfiguration", map_type: None, properties: &[ // 548
        Property { name: "parameters", shape: Shape::Object(761), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.runtime.RawExtension
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceClaim", map_type: None, properties: &[ // 549
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(552), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourceClaimSpec
        Property { name: "status", shape: Shape::Object(553), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourceClaimStatus
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceClaimConsumerReference", map_type: None, properties: &[] }, // 550
    Definition { name: "io.k8s.api.resource.v1.ResourceClaimList", map_type: None, properties: &[ // 551
        Property { name: "items", shape: Shape::Array(549), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourceClaim
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceClaimSpec", map_type: None, properties: &[ // 552
        Property { name: "devices", shape: Shape::Object(531), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.DeviceClaim
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceClaimStatus", map_type: None, properties: &[ // 553
        Property { name: "allocation", shape: Shape::Object(519), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.AllocationResult
        Property { name: "devices", shape: Shape::Array(518), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["driver", "device", "pool", "shareID"], None) }, // io.k8s.api.resource.v1.AllocatedDeviceStatus
        Property { name: "reservedFor", shape: Shape::Array(550), meta: FieldMeta::new(Strategy::Merge, Some("uid"), Some(ListType::Map), &["uid"], None) }, // io.k8s.api.resource.v1.ResourceClaimConsumerReference
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceClaimTemplate", map_type: None, properties: &[ // 554
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(556), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourceClaimTemplateSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceClaimTemplateList", map_type: None, properties: &[ // 555
        Property { name: "items", shape: Shape::Array(554), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourceClaimTemplate
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceClaimTemplateSpec", map_type: None, properties: &[ // 556
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(552), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourceClaimSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourcePool", map_type: None, properties: &[] }, // 557
    Definition { name: "io.k8s.api.resource.v1.ResourceSlice", map_type: None, properties: &[ // 558
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(560), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourceSliceSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceSliceList", map_type: None, properties: &[ // 559
        Property { name: "items", shape: Shape::Array(558), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourceSlice
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1.ResourceSliceSpec", map_type: None, properties: &[ // 560
        Property { name: "devices", shape: Shape::Array(526), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.Device
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
        Property { name: "pool", shape: Shape::Object(557), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1.ResourcePool
        Property { name: "sharedCounters", shape: Shape::Array(525), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1.CounterSet
    ] },
    Definition { name: "io.k8s.api.resource.v1alpha3.DeviceTaint", map_type: None, properties: &[ // 561
        Property { name: "timeAdded", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.resource.v1alpha3.DeviceTaintRule", map_type: None, properties: &[ // 562
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(564), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1alpha3.DeviceTaintRuleSpec
        Property { name: "status", shape: Shape::Object(565), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1alpha3.DeviceTaintRuleStatus
    ] },
    Definition { name: "io.k8s.api.resource.v1alpha3.DeviceTaintRuleList", map_type: None, properties: &[ // 563
        Property { name: "items", shape: Shape::Array(562), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1alpha3.DeviceTaintRule
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1alpha3.DeviceTaintRuleSpec", map_type: None, properties: &[ // 564
        Property { name: "deviceSelector", shape: Shape::Object(566), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1alpha3.DeviceTaintSelector
        Property { name: "taint", shape: Shape::Object(561), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1alpha3.DeviceTaint
    ] },
    Definition { name: "io.k8s.api.resource.v1alpha3.DeviceTaintRuleStatus", map_type: None, properties: &[ // 565
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
    ] },
    Definition { name: "io.k8s.api.resource.v1alpha3.DeviceTaintSelector", map_type: None, properties: &[] }, // 566
    Definition { name: "io.k8s.api.resource.v1alpha3.PoolStatus", map_type: None, properties: &[] }, // 567
    Definition { name: "io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequest", map_type: None, properties: &[ // 568
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(570), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequestSpec
        Property { name: "status", shape: Shape::Object(571), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequestStatus
    ] },
    Definition { name: "io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequestList", map_type: None, properties: &[ // 569
        Property { name: "items", shape: Shape::Array(568), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequest
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequestSpec", map_type: None, properties: &[] }, // 570
    Definition { name: "io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequestStatus", map_type: None, properties: &[ // 571
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "pools", shape: Shape::Array(567), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1alpha3.PoolStatus
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.AllocatedDeviceStatus", map_type: None, properties: &[ // 572
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "data", shape: Shape::Object(761), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.runtime.RawExtension
        Property { name: "networkData", shape: Shape::Object(600), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.NetworkDeviceData
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.AllocationResult", map_type: None, properties: &[ // 573
        Property { name: "allocationTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "devices", shape: Shape::Object(583), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.DeviceAllocationResult
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.BasicDevice", map_type: None, properties: &[ // 574
        Property { name: "attributes", shape: Shape::Map(584), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.DeviceAttribute
        Property { name: "bindingConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "bindingFailureConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "capacity", shape: Shape::Map(585), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.DeviceCapacity
        Property { name: "consumesCounters", shape: Shape::Array(593), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceCounterConsumption
        Property { name: "nodeAllocatableResourceMappings", shape: Shape::Map(601), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.NodeAllocatableResourceMapping
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
        Property { name: "taints", shape: Shape::Array(598), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceTaint
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.CELDeviceSelector", map_type: None, properties: &[] }, // 575
    Definition { name: "io.k8s.api.resource.v1beta1.CapacityRequestPolicy", map_type: None, properties: &[ // 576
        Property { name: "default", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "validRange", shape: Shape::Object(577), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.CapacityRequestPolicyRange
        Property { name: "validValues", shape: Shape::Array(734), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.CapacityRequestPolicyRange", map_type: None, properties: &[ // 577
        Property { name: "max", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "min", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "step", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.CapacityRequirements", map_type: None, properties: &[ // 578
        Property { name: "requests", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.Counter", map_type: None, properties: &[ // 579
        Property { name: "value", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.CounterSet", map_type: None, properties: &[ // 580
        Property { name: "counters", shape: Shape::Map(579), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.Counter
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.Device", map_type: None, properties: &[ // 581
        Property { name: "basic", shape: Shape::Object(574), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.BasicDevice
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceAllocationConfiguration", map_type: None, properties: &[ // 582
        Property { name: "opaque", shape: Shape::Object(602), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.OpaqueDeviceConfiguration
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceAllocationResult", map_type: None, properties: &[ // 583
        Property { name: "config", shape: Shape::Array(582), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceAllocationConfiguration
        Property { name: "results", shape: Shape::Array(595), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceRequestAllocationResult
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceAttribute", map_type: None, properties: &[ // 584
        Property { name: "bools", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "ints", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "strings", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "versions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceCapacity", map_type: None, properties: &[ // 585
        Property { name: "requestPolicy", shape: Shape::Object(576), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.CapacityRequestPolicy
        Property { name: "value", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceClaim", map_type: None, properties: &[ // 586
        Property { name: "config", shape: Shape::Array(587), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceClaimConfiguration
        Property { name: "constraints", shape: Shape::Array(592), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceConstraint
        Property { name: "requests", shape: Shape::Array(594), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceRequest
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceClaimConfiguration", map_type: None, properties: &[ // 587
        Property { name: "opaque", shape: Shape::Object(602), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.OpaqueDeviceConfiguration
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceClass", map_type: None, properties: &[ // 588
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(591), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.DeviceClassSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceClassConfiguration", map_type: None, properties: &[ // 589
        Property { name: "opaque", shape: Shape::Object(602), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.OpaqueDeviceConfiguration
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceClassList", map_type: None, properties: &[ // 590
        Property { name: "items", shape: Shape::Array(588), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.DeviceClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceClassSpec", map_type: None, properties: &[ // 591
        Property { name: "config", shape: Shape::Array(589), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceClassConfiguration
        Property { name: "selectors", shape: Shape::Array(596), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceConstraint", map_type: None, properties: &[ // 592
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceCounterConsumption", map_type: None, properties: &[ // 593
        Property { name: "counters", shape: Shape::Map(579), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.Counter
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceRequest", map_type: None, properties: &[ // 594
        Property { name: "capacity", shape: Shape::Object(578), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.CapacityRequirements
        Property { name: "firstAvailable", shape: Shape::Array(597), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceSubRequest
        Property { name: "selectors", shape: Shape::Array(596), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceSelector
        Property { name: "tolerations", shape: Shape::Array(599), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceRequestAllocationResult", map_type: None, properties: &[ // 595
        Property { name: "bindingConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "bindingFailureConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "consumedCapacity", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "tolerations", shape: Shape::Array(599), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceSelector", map_type: None, properties: &[ // 596
        Property { name: "cel", shape: Shape::Object(575), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.CELDeviceSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceSubRequest", map_type: None, properties: &[ // 597
        Property { name: "capacity", shape: Shape::Object(578), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.CapacityRequirements
        Property { name: "selectors", shape: Shape::Array(596), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceSelector
        Property { name: "tolerations", shape: Shape::Array(599), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceTaint", map_type: None, properties: &[ // 598
        Property { name: "timeAdded", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.DeviceToleration", map_type: None, properties: &[] }, // 599
    Definition { name: "io.k8s.api.resource.v1beta1.NetworkDeviceData", map_type: None, properties: &[ // 600
        Property { name: "ips", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.NodeAllocatableResourceMapping", map_type: None, properties: &[ // 601
        Property { name: "allocationMultiplier", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.OpaqueDeviceConfiguration", map_type: None, properties: &[ // 602
        Property { name: "parameters", shape: Shape::Object(761), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.runtime.RawExtension
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceClaim", map_type: None, properties: &[ // 603
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(606), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourceClaimSpec
        Property { name: "status", shape: Shape::Object(607), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourceClaimStatus
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceClaimConsumerReference", map_type: None, properties: &[] }, // 604
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceClaimList", map_type: None, properties: &[ // 605
        Property { name: "items", shape: Shape::Array(603), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourceClaim
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceClaimSpec", map_type: None, properties: &[ // 606
        Property { name: "devices", shape: Shape::Object(586), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.DeviceClaim
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceClaimStatus", map_type: None, properties: &[ // 607
        Property { name: "allocation", shape: Shape::Object(573), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.AllocationResult
        Property { name: "devices", shape: Shape::Array(572), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["driver", "device", "pool", "shareID"], None) }, // io.k8s.api.resource.v1beta1.AllocatedDeviceStatus
        Property { name: "reservedFor", shape: Shape::Array(604), meta: FieldMeta::new(Strategy::Merge, Some("uid"), Some(ListType::Map), &["uid"], None) }, // io.k8s.api.resource.v1beta1.ResourceClaimConsumerReference
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceClaimTemplate", map_type: None, properties: &[ // 608
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(610), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourceClaimTemplateSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceClaimTemplateList", map_type: None, properties: &[ // 609
        Property { name: "items", shape: Shape::Array(608), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourceClaimTemplate
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceClaimTemplateSpec", map_type: None, properties: &[ // 610
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(606), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourceClaimSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourcePool", map_type: None, properties: &[] }, // 611
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceSlice", map_type: None, properties: &[ // 612
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(614), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourceSliceSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceSliceList", map_type: None, properties: &[ // 613
        Property { name: "items", shape: Shape::Array(612), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourceSlice
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta1.ResourceSliceSpec", map_type: None, properties: &[ // 614
        Property { name: "devices", shape: Shape::Array(581), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.Device
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
        Property { name: "pool", shape: Shape::Object(611), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta1.ResourcePool
        Property { name: "sharedCounters", shape: Shape::Array(580), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta1.CounterSet
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.AllocatedDeviceStatus", map_type: None, properties: &[ // 615
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "data", shape: Shape::Object(761), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.runtime.RawExtension
        Property { name: "networkData", shape: Shape::Object(648), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.NetworkDeviceData
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.AllocationResult", map_type: None, properties: &[ // 616
        Property { name: "allocationTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "devices", shape: Shape::Object(625), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceAllocationResult
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.CELDeviceSelector", map_type: None, properties: &[] }, // 617
    Definition { name: "io.k8s.api.resource.v1beta2.CapacityRequestPolicy", map_type: None, properties: &[ // 618
        Property { name: "default", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "validRange", shape: Shape::Object(619), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.CapacityRequestPolicyRange
        Property { name: "validValues", shape: Shape::Array(734), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.CapacityRequestPolicyRange", map_type: None, properties: &[ // 619
        Property { name: "max", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "min", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "step", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.CapacityRequirements", map_type: None, properties: &[ // 620
        Property { name: "requests", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.Counter", map_type: None, properties: &[ // 621
        Property { name: "value", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.CounterSet", map_type: None, properties: &[ // 622
        Property { name: "counters", shape: Shape::Map(621), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.Counter
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.Device", map_type: None, properties: &[ // 623
        Property { name: "attributes", shape: Shape::Map(626), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceAttribute
        Property { name: "bindingConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "bindingFailureConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "capacity", shape: Shape::Map(627), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceCapacity
        Property { name: "consumesCounters", shape: Shape::Array(635), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceCounterConsumption
        Property { name: "nodeAllocatableResourceMappings", shape: Shape::Map(649), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.NodeAllocatableResourceMapping
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
        Property { name: "taints", shape: Shape::Array(640), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceTaint
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceAllocationConfiguration", map_type: None, properties: &[ // 624
        Property { name: "opaque", shape: Shape::Object(650), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.OpaqueDeviceConfiguration
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceAllocationResult", map_type: None, properties: &[ // 625
        Property { name: "config", shape: Shape::Array(624), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceAllocationConfiguration
        Property { name: "results", shape: Shape::Array(637), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceRequestAllocationResult
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceAttribute", map_type: None, properties: &[ // 626
        Property { name: "bools", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "ints", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "strings", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "versions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceCapacity", map_type: None, properties: &[ // 627
        Property { name: "requestPolicy", shape: Shape::Object(618), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.CapacityRequestPolicy
        Property { name: "value", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceClaim", map_type: None, properties: &[ // 628
        Property { name: "config", shape: Shape::Array(629), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceClaimConfiguration
        Property { name: "constraints", shape: Shape::Array(634), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceConstraint
        Property { name: "requests", shape: Shape::Array(636), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceRequest
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceClaimConfiguration", map_type: None, properties: &[ // 629
        Property { name: "opaque", shape: Shape::Object(650), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.OpaqueDeviceConfiguration
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceClass", map_type: None, properties: &[ // 630
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(633), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceClassSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceClassConfiguration", map_type: None, properties: &[ // 631
        Property { name: "opaque", shape: Shape::Object(650), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.OpaqueDeviceConfiguration
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceClassList", map_type: None, properties: &[ // 632
        Property { name: "items", shape: Shape::Array(630), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceClassSpec", map_type: None, properties: &[ // 633
        Property { name: "config", shape: Shape::Array(631), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceClassConfiguration
        Property { name: "selectors", shape: Shape::Array(638), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceConstraint", map_type: None, properties: &[ // 634
        Property { name: "requests", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceCounterConsumption", map_type: None, properties: &[ // 635
        Property { name: "counters", shape: Shape::Map(621), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.Counter
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceRequest", map_type: None, properties: &[ // 636
        Property { name: "exactly", shape: Shape::Object(647), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ExactDeviceRequest
        Property { name: "firstAvailable", shape: Shape::Array(639), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceSubRequest
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceRequestAllocationResult", map_type: None, properties: &[ // 637
        Property { name: "bindingConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "bindingFailureConditions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "consumedCapacity", shape: Shape::Map(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "tolerations", shape: Shape::Array(646), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceSelector", map_type: None, properties: &[ // 638
        Property { name: "cel", shape: Shape::Object(617), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.CELDeviceSelector
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceSubRequest", map_type: None, properties: &[ // 639
        Property { name: "capacity", shape: Shape::Object(620), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.CapacityRequirements
        Property { name: "selectors", shape: Shape::Array(638), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceSelector
        Property { name: "tolerations", shape: Shape::Array(646), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceTaint", map_type: None, properties: &[ // 640
        Property { name: "timeAdded", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceTaintRule", map_type: None, properties: &[ // 641
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(643), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceTaintRuleSpec
        Property { name: "status", shape: Shape::Object(644), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceTaintRuleStatus
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceTaintRuleList", map_type: None, properties: &[ // 642
        Property { name: "items", shape: Shape::Array(641), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceTaintRule
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceTaintRuleSpec", map_type: None, properties: &[ // 643
        Property { name: "deviceSelector", shape: Shape::Object(645), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceTaintSelector
        Property { name: "taint", shape: Shape::Object(640), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceTaint
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceTaintRuleStatus", map_type: None, properties: &[ // 644
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceTaintSelector", map_type: None, properties: &[] }, // 645
    Definition { name: "io.k8s.api.resource.v1beta2.DeviceToleration", map_type: None, properties: &[] }, // 646
    Definition { name: "io.k8s.api.resource.v1beta2.ExactDeviceRequest", map_type: None, properties: &[ // 647
        Property { name: "capacity", shape: Shape::Object(620), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.CapacityRequirements
        Property { name: "selectors", shape: Shape::Array(638), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceSelector
        Property { name: "tolerations", shape: Shape::Array(646), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.DeviceToleration
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.NetworkDeviceData", map_type: None, properties: &[ // 648
        Property { name: "ips", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.NodeAllocatableResourceMapping", map_type: None, properties: &[ // 649
        Property { name: "allocationMultiplier", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.OpaqueDeviceConfiguration", map_type: None, properties: &[ // 650
        Property { name: "parameters", shape: Shape::Object(761), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.runtime.RawExtension
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceClaim", map_type: None, properties: &[ // 651
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(654), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourceClaimSpec
        Property { name: "status", shape: Shape::Object(655), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourceClaimStatus
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceClaimConsumerReference", map_type: None, properties: &[] }, // 652
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceClaimList", map_type: None, properties: &[ // 653
        Property { name: "items", shape: Shape::Array(651), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourceClaim
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceClaimSpec", map_type: None, properties: &[ // 654
        Property { name: "devices", shape: Shape::Object(628), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.DeviceClaim
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceClaimStatus", map_type: None, properties: &[ // 655
        Property { name: "allocation", shape: Shape::Object(616), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.AllocationResult
        Property { name: "devices", shape: Shape::Array(615), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["driver", "device", "pool", "shareID"], None) }, // io.k8s.api.resource.v1beta2.AllocatedDeviceStatus
        Property { name: "reservedFor", shape: Shape::Array(652), meta: FieldMeta::new(Strategy::Merge, Some("uid"), Some(ListType::Map), &["uid"], None) }, // io.k8s.api.resource.v1beta2.ResourceClaimConsumerReference
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceClaimTemplate", map_type: None, properties: &[ // 656
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(658), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourceClaimTemplateSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceClaimTemplateList", map_type: None, properties: &[ // 657
        Property { name: "items", shape: Shape::Array(656), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourceClaimTemplate
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceClaimTemplateSpec", map_type: None, properties: &[ // 658
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(654), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourceClaimSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourcePool", map_type: None, properties: &[] }, // 659
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceSlice", map_type: None, properties: &[ // 660
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(662), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourceSliceSpec
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceSliceList", map_type: None, properties: &[ // 661
        Property { name: "items", shape: Shape::Array(660), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourceSlice
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.resource.v1beta2.ResourceSliceSpec", map_type: None, properties: &[ // 662
        Property { name: "devices", shape: Shape::Array(623), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.Device
        Property { name: "nodeSelector", shape: Shape::Object(309), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.NodeSelector
        Property { name: "pool", shape: Shape::Object(659), meta: FieldMeta::NONE }, // io.k8s.api.resource.v1beta2.ResourcePool
        Property { name: "sharedCounters", shape: Shape::Array(622), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.resource.v1beta2.CounterSet
    ] },
    Definition { name: "io.k8s.api.scheduling.v1.PriorityClass", map_type: None, properties: &[ // 663
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
    ] },
    Definition { name: "io.k8s.api.scheduling.v1.PriorityClassList", map_type: None, properties: &[ // 664
        Property { name: "items", shape: Shape::Array(663), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1.PriorityClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.BasicSchedulingPolicy", map_type: None, properties: &[] }, // 665
    Definition { name: "io.k8s.api.scheduling.v1alpha2.GangSchedulingPolicy", map_type: None, properties: &[] }, // 666
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroup", map_type: None, properties: &[ // 667
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(673), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.PodGroupSpec
        Property { name: "status", shape: Shape::Object(674), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.PodGroupStatus
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupList", map_type: None, properties: &[ // 668
        Property { name: "items", shape: Shape::Array(667), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.PodGroup
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupResourceClaim", map_type: None, properties: &[] }, // 669
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupResourceClaimStatus", map_type: None, properties: &[] }, // 670
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupSchedulingConstraints", map_type: None, properties: &[ // 671
        Property { name: "topology", shape: Shape::Array(677), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.scheduling.v1alpha2.TopologyConstraint
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupSchedulingPolicy", map_type: None, properties: &[ // 672
        Property { name: "basic", shape: Shape::Object(665), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.BasicSchedulingPolicy
        Property { name: "gang", shape: Shape::Object(666), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.GangSchedulingPolicy
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupSpec", map_type: None, properties: &[ // 673
        Property { name: "podGroupTemplateRef", shape: Shape::Object(676), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.PodGroupTemplateReference
        Property { name: "resourceClaims", shape: Shape::Array(669), meta: FieldMeta::new(Strategy::MergeRetainKeys, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.scheduling.v1alpha2.PodGroupResourceClaim
        Property { name: "schedulingConstraints", shape: Shape::Object(671), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.PodGroupSchedulingConstraints
        Property { name: "schedulingPolicy", shape: Shape::Object(672), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.PodGroupSchedulingPolicy
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupStatus", map_type: None, properties: &[ // 674
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
        Property { name: "resourceClaimStatuses", shape: Shape::Array(670), meta: FieldMeta::new(Strategy::MergeRetainKeys, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.scheduling.v1alpha2.PodGroupResourceClaimStatus
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupTemplate", map_type: None, properties: &[ // 675
        Property { name: "resourceClaims", shape: Shape::Array(669), meta: FieldMeta::new(Strategy::MergeRetainKeys, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.scheduling.v1alpha2.PodGroupResourceClaim
        Property { name: "schedulingConstraints", shape: Shape::Object(671), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.PodGroupSchedulingConstraints
        Property { name: "schedulingPolicy", shape: Shape::Object(672), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.PodGroupSchedulingPolicy
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.PodGroupTemplateReference", map_type: None, properties: &[ // 676
        Property { name: "workload", shape: Shape::Object(681), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.WorkloadPodGroupTemplateReference
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.TopologyConstraint", map_type: None, properties: &[] }, // 677
    Definition { name: "io.k8s.api.scheduling.v1alpha2.TypedLocalObjectReference", map_type: None, properties: &[] }, // 678
    Definition { name: "io.k8s.api.scheduling.v1alpha2.Workload", map_type: None, properties: &[ // 679
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(682), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.WorkloadSpec
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.WorkloadList", map_type: None, properties: &[ // 680
        Property { name: "items", shape: Shape::Array(679), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.Workload
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.scheduling.v1alpha2.WorkloadPodGroupTemplateReference", map_type: None, properties: &[] }, // 681
    Definition { name: "io.k8s.api.scheduling.v1alpha2.WorkloadSpec", map_type: None, properties: &[ // 682
        Property { name: "controllerRef", shape: Shape::Object(678), meta: FieldMeta::NONE }, // io.k8s.api.scheduling.v1alpha2.TypedLocalObjectReference
        Property { name: "podGroupTemplates", shape: Shape::Array(675), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["name"], None) }, // io.k8s.api.scheduling.v1alpha2.PodGroupTemplate
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSIDriver", map_type: None, properties: &[ // 683
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(685), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.CSIDriverSpec
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSIDriverList", map_type: None, properties: &[ // 684
        Property { name: "items", shape: Shape::Array(683), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.CSIDriver
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSIDriverSpec", map_type: None, properties: &[ // 685
        Property { name: "tokenRequests", shape: Shape::Array(694), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.storage.v1.TokenRequest
        Property { name: "volumeLifecycleModes", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Set), &[], None) },
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSINode", map_type: None, properties: &[ // 686
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(689), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.CSINodeSpec
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSINodeDriver", map_type: None, properties: &[ // 687
        Property { name: "allocatable", shape: Shape::Object(703), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.VolumeNodeResources
        Property { name: "topologyKeys", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSINodeList", map_type: None, properties: &[ // 688
        Property { name: "items", shape: Shape::Array(686), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.CSINode
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSINodeSpec", map_type: None, properties: &[ // 689
        Property { name: "drivers", shape: Shape::Array(687), meta: FieldMeta::new(Strategy::Merge, Some("name"), Some(ListType::Map), &["name"], None) }, // io.k8s.api.storage.v1.CSINodeDriver
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSIStorageCapacity", map_type: None, properties: &[ // 690
        Property { name: "capacity", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "maximumVolumeSize", shape: Shape::Object(734), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.api.resource.Quantity
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "nodeTopology", shape: Shape::Object(746), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector
    ] },
    Definition { name: "io.k8s.api.storage.v1.CSIStorageCapacityList", map_type: None, properties: &[ // 691
        Property { name: "items", shape: Shape::Array(690), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.CSIStorageCapacity
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.storage.v1.StorageClass", map_type: None, properties: &[ // 692
        Property { name: "allowedTopologies", shape: Shape::Array(406), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.api.core.v1.TopologySelectorTerm
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "mountOptions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.api.storage.v1.StorageClassList", map_type: None, properties: &[ // 693
        Property { name: "items", shape: Shape::Array(692), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.StorageClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.storage.v1.TokenRequest", map_type: None, properties: &[] }, // 694
    Definition { name: "io.k8s.api.storage.v1.VolumeAttachment", map_type: None, properties: &[ // 695
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(698), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.VolumeAttachmentSpec
        Property { name: "status", shape: Shape::Object(699), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.VolumeAttachmentStatus
    ] },
    Definition { name: "io.k8s.api.storage.v1.VolumeAttachmentList", map_type: None, properties: &[ // 696
        Property { name: "items", shape: Shape::Array(695), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.VolumeAttachment
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.storage.v1.VolumeAttachmentSource", map_type: None, properties: &[ // 697
        Property { name: "inlineVolumeSpec", shape: Shape::Object(327), meta: FieldMeta::NONE }, // io.k8s.api.core.v1.PersistentVolumeSpec
    ] },
    Definition { name: "io.k8s.api.storage.v1.VolumeAttachmentSpec", map_type: None, properties: &[ // 698
        Property { name: "source", shape: Shape::Object(697), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.VolumeAttachmentSource
    ] },
    Definition { name: "io.k8s.api.storage.v1.VolumeAttachmentStatus", map_type: None, properties: &[ // 699
        Property { name: "attachError", shape: Shape::Object(702), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.VolumeError
        Property { name: "detachError", shape: Shape::Object(702), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.VolumeError
    ] },
    Definition { name: "io.k8s.api.storage.v1.VolumeAttributesClass", map_type: None, properties: &[ // 700
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
    ] },
    Definition { name: "io.k8s.api.storage.v1.VolumeAttributesClassList", map_type: None, properties: &[ // 701
        Property { name: "items", shape: Shape::Array(700), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1.VolumeAttributesClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.storage.v1.VolumeError", map_type: None, properties: &[ // 702
        Property { name: "time", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.api.storage.v1.VolumeNodeResources", map_type: None, properties: &[] }, // 703
    Definition { name: "io.k8s.api.storage.v1beta1.VolumeAttributesClass", map_type: None, properties: &[ // 704
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
    ] },
    Definition { name: "io.k8s.api.storage.v1beta1.VolumeAttributesClassList", map_type: None, properties: &[ // 705
        Property { name: "items", shape: Shape::Array(704), meta: FieldMeta::NONE }, // io.k8s.api.storage.v1beta1.VolumeAttributesClass
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.storagemigration.v1beta1.StorageVersionMigration", map_type: None, properties: &[ // 706
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(708), meta: FieldMeta::NONE }, // io.k8s.api.storagemigration.v1beta1.StorageVersionMigrationSpec
        Property { name: "status", shape: Shape::Object(709), meta: FieldMeta::NONE }, // io.k8s.api.storagemigration.v1beta1.StorageVersionMigrationStatus
    ] },
    Definition { name: "io.k8s.api.storagemigration.v1beta1.StorageVersionMigrationList", map_type: None, properties: &[ // 707
        Property { name: "items", shape: Shape::Array(706), meta: FieldMeta::NONE }, // io.k8s.api.storagemigration.v1beta1.StorageVersionMigration
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.api.storagemigration.v1beta1.StorageVersionMigrationSpec", map_type: None, properties: &[ // 708
        Property { name: "resource", shape: Shape::Object(744), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.GroupResource
    ] },
    Definition { name: "io.k8s.api.storagemigration.v1beta1.StorageVersionMigrationStatus", map_type: None, properties: &[ // 709
        Property { name: "conditions", shape: Shape::Array(740), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.Condition
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition", map_type: None, properties: &[] }, // 710
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion", map_type: None, properties: &[ // 711
        Property { name: "webhook", shape: Shape::Object(733), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookConversion
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition", map_type: None, properties: &[ // 712
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(716), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec
        Property { name: "status", shape: Shape::Object(717), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition", map_type: None, properties: &[ // 713
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList", map_type: None, properties: &[ // 714
        Property { name: "items", shape: Shape::Array(712), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames", map_type: None, properties: &[ // 715
        Property { name: "categories", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "shortNames", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec", map_type: None, properties: &[ // 716
        Property { name: "conversion", shape: Shape::Object(711), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion
        Property { name: "names", shape: Shape::Object(715), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames
        Property { name: "versions", shape: Shape::Array(718), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus", map_type: None, properties: &[ // 717
        Property { name: "acceptedNames", shape: Shape::Object(715), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames
        Property { name: "conditions", shape: Shape::Array(713), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Map), &["type"], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition
        Property { name: "storedVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion", map_type: None, properties: &[ // 718
        Property { name: "additionalPrinterColumns", shape: Shape::Array(710), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition
        Property { name: "schema", shape: Shape::Object(722), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation
        Property { name: "selectableFields", shape: Shape::Array(729), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.SelectableField
        Property { name: "subresources", shape: Shape::Object(721), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceScale", map_type: None, properties: &[] }, // 719
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus", map_type: None, properties: &[] }, // 720
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources", map_type: None, properties: &[ // 721
        Property { name: "scale", shape: Shape::Object(719), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceScale
        Property { name: "status", shape: Shape::Object(720), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation", map_type: None, properties: &[ // 722
        Property { name: "openAPIV3Schema", shape: Shape::Object(725), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation", map_type: None, properties: &[] }, // 723
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON", map_type: None, properties: &[] }, // 724
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps", map_type: None, properties: &[ // 725
        Property { name: "additionalItems", shape: Shape::Object(727), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool
        Property { name: "additionalProperties", shape: Shape::Object(727), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool
        Property { name: "allOf", shape: Shape::Array(725), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps
        Property { name: "anyOf", shape: Shape::Array(725), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps
        Property { name: "default", shape: Shape::Object(724), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON
        Property { name: "definitions", shape: Shape::Map(725), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps
        Property { name: "dependencies", shape: Shape::Map(728), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray
        Property { name: "enum", shape: Shape::Array(724), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON
        Property { name: "example", shape: Shape::Object(724), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON
        Property { name: "externalDocs", shape: Shape::Object(723), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation
        Property { name: "items", shape: Shape::Object(726), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray
        Property { name: "not", shape: Shape::Object(725), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps
        Property { name: "oneOf", shape: Shape::Array(725), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps
        Property { name: "patternProperties", shape: Shape::Map(725), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps
        Property { name: "properties", shape: Shape::Map(725), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps
        Property { name: "required", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "x-kubernetes-list-map-keys", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "x-kubernetes-validations", shape: Shape::Array(731), meta: FieldMeta::new(Strategy::Merge, Some("rule"), Some(ListType::Map), &["rule"], None) }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ValidationRule
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray", map_type: None, properties: &[] }, // 726
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool", map_type: None, properties: &[] }, // 727
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray", map_type: None, properties: &[] }, // 728
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.SelectableField", map_type: None, properties: &[] }, // 729
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference", map_type: None, properties: &[] }, // 730
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ValidationRule", map_type: None, properties: &[] }, // 731
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig", map_type: None, properties: &[ // 732
        Property { name: "service", shape: Shape::Object(730), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference
    ] },
    Definition { name: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookConversion", map_type: None, properties: &[ // 733
        Property { name: "clientConfig", shape: Shape::Object(732), meta: FieldMeta::NONE }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig
        Property { name: "conversionReviewVersions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.api.resource.Quantity", map_type: None, properties: &[] }, // 734
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup", map_type: None, properties: &[ // 735
        Property { name: "preferredVersion", shape: Shape::Object(745), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery
        Property { name: "serverAddressByClientCIDRs", shape: Shape::Array(754), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR
        Property { name: "versions", shape: Shape::Array(745), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList", map_type: None, properties: &[ // 736
        Property { name: "groups", shape: Shape::Array(735), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.APIResource", map_type: None, properties: &[ // 737
        Property { name: "categories", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "shortNames", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList", map_type: None, properties: &[ // 738
        Property { name: "resources", shape: Shape::Array(737), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.APIResource
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions", map_type: None, properties: &[ // 739
        Property { name: "serverAddressByClientCIDRs", shape: Shape::Array(754), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR
        Property { name: "versions", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.Condition", map_type: None, properties: &[ // 740
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions", map_type: None, properties: &[ // 741
        Property { name: "dryRun", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "preconditions", shape: Shape::Object(753), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.FieldSelectorRequirement", map_type: None, properties: &[ // 742
        Property { name: "values", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1", map_type: None, properties: &[] }, // 743
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.GroupResource", map_type: None, properties: &[] }, // 744
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery", map_type: None, properties: &[] }, // 745
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector", map_type: Some(MapType::Atomic), properties: &[ // 746
        Property { name: "matchExpressions", shape: Shape::Array(747), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement", map_type: None, properties: &[ // 747
        Property { name: "values", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta", map_type: None, properties: &[ // 748
        Property { name: "shardInfo", shape: Shape::Object(755), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ShardInfo
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry", map_type: None, properties: &[ // 749
        Property { name: "fieldsV1", shape: Shape::Object(743), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1
        Property { name: "time", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime", map_type: None, properties: &[] }, // 750
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", map_type: None, properties: &[ // 751
        Property { name: "creationTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "deletionTimestamp", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
        Property { name: "finalizers", shape: Shape::ScalarArray, meta: FieldMeta::new(Strategy::Merge, None, Some(ListType::Set), &[], None) },
        Property { name: "managedFields", shape: Shape::Array(749), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry
        Property { name: "ownerReferences", shape: Shape::Array(752), meta: FieldMeta::new(Strategy::Merge, Some("uid"), Some(ListType::Map), &["uid"], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference", map_type: Some(MapType::Atomic), properties: &[] }, // 752
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions", map_type: None, properties: &[] }, // 753
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR", map_type: None, properties: &[] }, // 754
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.ShardInfo", map_type: None, properties: &[] }, // 755
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.Status", map_type: None, properties: &[ // 756
        Property { name: "details", shape: Shape::Object(758), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause", map_type: None, properties: &[] }, // 757
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails", map_type: None, properties: &[ // 758
        Property { name: "causes", shape: Shape::Array(757), meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) }, // io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.Time", map_type: None, properties: &[] }, // 759
    Definition { name: "io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent", map_type: None, properties: &[ // 760
        Property { name: "object", shape: Shape::Object(761), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.runtime.RawExtension
    ] },
    Definition { name: "io.k8s.apimachinery.pkg.runtime.RawExtension", map_type: None, properties: &[] }, // 761
    Definition { name: "io.k8s.apimachinery.pkg.util.intstr.IntOrString", map_type: None, properties: &[] }, // 762
    Definition { name: "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService", map_type: None, properties: &[ // 763
        Property { name: "metadata", shape: Shape::Object(751), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta
        Property { name: "spec", shape: Shape::Object(766), meta: FieldMeta::NONE }, // io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec
        Property { name: "status", shape: Shape::Object(767), meta: FieldMeta::NONE }, // io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus
    ] },
    Definition { name: "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition", map_type: None, properties: &[ // 764
        Property { name: "lastTransitionTime", shape: Shape::Object(759), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.Time
    ] },
    Definition { name: "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList", map_type: None, properties: &[ // 765
        Property { name: "items", shape: Shape::Array(763), meta: FieldMeta::NONE }, // io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
        Property { name: "metadata", shape: Shape::Object(748), meta: FieldMeta::NONE }, // io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta
    ] },
    Definition { name: "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec", map_type: None, properties: &[ // 766
        Property { name: "caBundle", shape: Shape::Leaf, meta: FieldMeta::new(Strategy::None, None, Some(ListType::Atomic), &[], None) },
        Property { name: "service", shape: Shape::Object(768), meta: FieldMeta::NONE }, // io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference
    ] },
    Definition { name: "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus", map_type: None, properties: &[ // 767
        Property { name: "conditions", shape: Shape::Array(764), meta: FieldMeta::new(Strategy::Merge, Some("type"), Some(ListType::Map), &["type"], None) }, // io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition
    ] },
    Definition { name: "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference", map_type: None, properties: &[] }, // 768
];

pub(crate) static RESOURCES: [Resource; 311] = [
    Resource { api_version: "admission.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "admission.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "admission.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "admission.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "MutatingAdmissionPolicy", definition: 6 }, // io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicy
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "MutatingAdmissionPolicyBinding", definition: 7 }, // io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyBinding
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "MutatingAdmissionPolicyBindingList", definition: 8 }, // io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyBindingList
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "MutatingAdmissionPolicyList", definition: 10 }, // io.k8s.api.admissionregistration.v1.MutatingAdmissionPolicyList
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "MutatingWebhookConfiguration", definition: 13 }, // io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "MutatingWebhookConfigurationList", definition: 14 }, // io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "ValidatingAdmissionPolicy", definition: 22 }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicy
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "ValidatingAdmissionPolicyBinding", definition: 23 }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBinding
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "ValidatingAdmissionPolicyBindingList", definition: 24 }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyBindingList
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "ValidatingAdmissionPolicyList", definition: 26 }, // io.k8s.api.admissionregistration.v1.ValidatingAdmissionPolicyList
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "ValidatingWebhookConfiguration", definition: 30 }, // io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "ValidatingWebhookConfigurationList", definition: 31 }, // io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList
    Resource { api_version: "admissionregistration.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "admissionregistration.k8s.io/v1alpha1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "admissionregistration.k8s.io/v1alpha1", kind: "MutatingAdmissionPolicy", definition: 39 }, // io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicy
    Resource { api_version: "admissionregistration.k8s.io/v1alpha1", kind: "MutatingAdmissionPolicyBinding", definition: 40 }, // io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding
    Resource { api_version: "admissionregistration.k8s.io/v1alpha1", kind: "MutatingAdmissionPolicyBindingList", definition: 41 }, // io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingList
    Resource { api_version: "admissionregistration.k8s.io/v1alpha1", kind: "MutatingAdmissionPolicyList", definition: 43 }, // io.k8s.api.admissionregistration.v1alpha1.MutatingAdmissionPolicyList
    Resource { api_version: "admissionregistration.k8s.io/v1alpha1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "admissionregistration.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "admissionregistration.k8s.io/v1beta1", kind: "MutatingAdmissionPolicy", definition: 54 }, // io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicy
    Resource { api_version: "admissionregistration.k8s.io/v1beta1", kind: "MutatingAdmissionPolicyBinding", definition: 55 }, // io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyBinding
    Resource { api_version: "admissionregistration.k8s.io/v1beta1", kind: "MutatingAdmissionPolicyBindingList", definition: 56 }, // io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList
    Resource { api_version: "admissionregistration.k8s.io/v1beta1", kind: "MutatingAdmissionPolicyList", definition: 58 }, // io.k8s.api.admissionregistration.v1beta1.MutatingAdmissionPolicyList
    Resource { api_version: "admissionregistration.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", definition: 712 }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition
    Resource { api_version: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinitionList", definition: 714 }, // io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList
    Resource { api_version: "apiextensions.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "apiextensions.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "apiextensions.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "apiextensions.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "apiregistration.k8s.io/v1", kind: "APIService", definition: 763 }, // io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService
    Resource { api_version: "apiregistration.k8s.io/v1", kind: "APIServiceList", definition: 765 }, // io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList
    Resource { api_version: "apiregistration.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "apiregistration.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "apiregistration.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "apiregistration.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "apps/v1", kind: "ControllerRevision", definition: 71 }, // io.k8s.api.apps.v1.ControllerRevision
    Resource { api_version: "apps/v1", kind: "ControllerRevisionList", definition: 72 }, // io.k8s.api.apps.v1.ControllerRevisionList
    Resource { api_version: "apps/v1", kind: "DaemonSet", definition: 73 }, // io.k8s.api.apps.v1.DaemonSet
    Resource { api_version: "apps/v1", kind: "DaemonSetList", definition: 75 }, // io.k8s.api.apps.v1.DaemonSetList
    Resource { api_version: "apps/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "apps/v1", kind: "Deployment", definition: 79 }, // io.k8s.api.apps.v1.Deployment
    Resource { api_version: "apps/v1", kind: "DeploymentList", definition: 81 }, // io.k8s.api.apps.v1.DeploymentList
    Resource { api_version: "apps/v1", kind: "ReplicaSet", definition: 85 }, // io.k8s.api.apps.v1.ReplicaSet
    Resource { api_version: "apps/v1", kind: "ReplicaSetList", definition: 87 }, // io.k8s.api.apps.v1.ReplicaSetList
    Resource { api_version: "apps/v1", kind: "StatefulSet", definition: 93 }, // io.k8s.api.apps.v1.StatefulSet
    Resource { api_version: "apps/v1", kind: "StatefulSetList", definition: 95 }, // io.k8s.api.apps.v1.StatefulSetList
    Resource { api_version: "apps/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "apps/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "apps/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "apps/v1beta2", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "apps/v1beta2", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "authentication.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "authentication.k8s.io/v1", kind: "SelfSubjectReview", definition: 102 }, // io.k8s.api.authentication.v1.SelfSubjectReview
    Resource { api_version: "authentication.k8s.io/v1", kind: "TokenRequest", definition: 104 }, // io.k8s.api.authentication.v1.TokenRequest
    Resource { api_version: "authentication.k8s.io/v1", kind: "TokenReview", definition: 107 }, // io.k8s.api.authentication.v1.TokenReview
    Resource { api_version: "authentication.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "authentication.k8s.io/v1alpha1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "authentication.k8s.io/v1alpha1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "authentication.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "authentication.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "authorization.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "authorization.k8s.io/v1", kind: "LocalSubjectAccessReview", definition: 113 }, // io.k8s.api.authorization.v1.LocalSubjectAccessReview
    Resource { api_version: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", definition: 118 }, // io.k8s.api.authorization.v1.SelfSubjectAccessReview
    Resource { api_version: "authorization.k8s.io/v1", kind: "SelfSubjectRulesReview", definition: 120 }, // io.k8s.api.authorization.v1.SelfSubjectRulesReview
    Resource { api_version: "authorization.k8s.io/v1", kind: "SubjectAccessReview", definition: 122 }, // io.k8s.api.authorization.v1.SubjectAccessReview
    Resource { api_version: "authorization.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "authorization.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "authorization.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "autoscaling/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "autoscaling/v1", kind: "HorizontalPodAutoscaler", definition: 127 }, // io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler
    Resource { api_version: "autoscaling/v1", kind: "HorizontalPodAutoscalerList", definition: 128 }, // io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList
    Resource { api_version: "autoscaling/v1", kind: "Scale", definition: 131 }, // io.k8s.api.autoscaling.v1.Scale
    Resource { api_version: "autoscaling/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "autoscaling/v2", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "autoscaling/v2", kind: "HorizontalPodAutoscaler", definition: 141 }, // io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler
    Resource { api_version: "autoscaling/v2", kind: "HorizontalPodAutoscalerList", definition: 144 }, // io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList
    Resource { api_version: "autoscaling/v2", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "batch/v1", kind: "CronJob", definition: 158 }, // io.k8s.api.batch.v1.CronJob
    Resource { api_version: "batch/v1", kind: "CronJobList", definition: 159 }, // io.k8s.api.batch.v1.CronJobList
    Resource { api_version: "batch/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "batch/v1", kind: "Job", definition: 162 }, // io.k8s.api.batch.v1.Job
    Resource { api_version: "batch/v1", kind: "JobList", definition: 164 }, // io.k8s.api.batch.v1.JobList
    Resource { api_version: "batch/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "batch/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "batch/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "certificates.k8s.io/v1", kind: "CertificateSigningRequest", definition: 175 }, // io.k8s.api.certificates.v1.CertificateSigningRequest
    Resource { api_version: "certificates.k8s.io/v1", kind: "CertificateSigningRequestList", definition: 177 }, // io.k8s.api.certificates.v1.CertificateSigningRequestList
    Resource { api_version: "certificates.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "certificates.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "certificates.k8s.io/v1alpha1", kind: "ClusterTrustBundle", definition: 180 }, // io.k8s.api.certificates.v1alpha1.ClusterTrustBundle
    Resource { api_version: "certificates.k8s.io/v1alpha1", kind: "ClusterTrustBundleList", definition: 181 }, // io.k8s.api.certificates.v1alpha1.ClusterTrustBundleList
    Resource { api_version: "certificates.k8s.io/v1alpha1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "certificates.k8s.io/v1alpha1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "certificates.k8s.io/v1beta1", kind: "ClusterTrustBundle", definition: 183 }, // io.k8s.api.certificates.v1beta1.ClusterTrustBundle
    Resource { api_version: "certificates.k8s.io/v1beta1", kind: "ClusterTrustBundleList", definition: 184 }, // io.k8s.api.certificates.v1beta1.ClusterTrustBundleList
    Resource { api_version: "certificates.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "certificates.k8s.io/v1beta1", kind: "PodCertificateRequest", definition: 186 }, // io.k8s.api.certificates.v1beta1.PodCertificateRequest
    Resource { api_version: "certificates.k8s.io/v1beta1", kind: "PodCertificateRequestList", definition: 187 }, // io.k8s.api.certificates.v1beta1.PodCertificateRequestList
    Resource { api_version: "certificates.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "coordination.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "coordination.k8s.io/v1", kind: "Lease", definition: 190 }, // io.k8s.api.coordination.v1.Lease
    Resource { api_version: "coordination.k8s.io/v1", kind: "LeaseList", definition: 191 }, // io.k8s.api.coordination.v1.LeaseList
    Resource { api_version: "coordination.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "coordination.k8s.io/v1alpha2", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "coordination.k8s.io/v1alpha2", kind: "LeaseCandidate", definition: 193 }, // io.k8s.api.coordination.v1alpha2.LeaseCandidate
    Resource { api_version: "coordination.k8s.io/v1alpha2", kind: "LeaseCandidateList", definition: 194 }, // io.k8s.api.coordination.v1alpha2.LeaseCandidateList
    Resource { api_version: "coordination.k8s.io/v1alpha2", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "coordination.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "coordination.k8s.io/v1beta1", kind: "LeaseCandidate", definition: 196 }, // io.k8s.api.coordination.v1beta1.LeaseCandidate
    Resource { api_version: "coordination.k8s.io/v1beta1", kind: "LeaseCandidateList", definition: 197 }, // io.k8s.api.coordination.v1beta1.LeaseCandidateList
    Resource { api_version: "coordination.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "discovery.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "discovery.k8s.io/v1", kind: "EndpointSlice", definition: 425 }, // io.k8s.api.discovery.v1.EndpointSlice
    Resource { api_version: "discovery.k8s.io/v1", kind: "EndpointSliceList", definition: 426 }, // io.k8s.api.discovery.v1.EndpointSliceList
    Resource { api_version: "discovery.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "discovery.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "discovery.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "events.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "events.k8s.io/v1", kind: "Event", definition: 429 }, // io.k8s.api.events.v1.Event
    Resource { api_version: "events.k8s.io/v1", kind: "EventList", definition: 430 }, // io.k8s.api.events.v1.EventList
    Resource { api_version: "events.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "events.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "events.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "extensions/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "extensions/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1", kind: "FlowSchema", definition: 434 }, // io.k8s.api.flowcontrol.v1.FlowSchema
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1", kind: "FlowSchemaList", definition: 436 }, // io.k8s.api.flowcontrol.v1.FlowSchemaList
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1", kind: "PriorityLevelConfiguration", definition: 444 }, // io.k8s.api.flowcontrol.v1.PriorityLevelConfiguration
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1", kind: "PriorityLevelConfigurationList", definition: 446 }, // io.k8s.api.flowcontrol.v1.PriorityLevelConfigurationList
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1beta2", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1beta2", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1beta3", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "flowcontrol.apiserver.k8s.io/v1beta3", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "imagepolicy.k8s.io/v1alpha1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "imagepolicy.k8s.io/v1alpha1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "internal.apiserver.k8s.io/v1alpha1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "internal.apiserver.k8s.io/v1alpha1", kind: "StorageVersion", definition: 66 }, // io.k8s.api.apiserverinternal.v1alpha1.StorageVersion
    Resource { api_version: "internal.apiserver.k8s.io/v1alpha1", kind: "StorageVersionList", definition: 68 }, // io.k8s.api.apiserverinternal.v1alpha1.StorageVersionList
    Resource { api_version: "internal.apiserver.k8s.io/v1alpha1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "networking.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "networking.k8s.io/v1", kind: "IPAddress", definition: 457 }, // io.k8s.api.networking.v1.IPAddress
    Resource { api_version: "networking.k8s.io/v1", kind: "IPAddressList", definition: 458 }, // io.k8s.api.networking.v1.IPAddressList
    Resource { api_version: "networking.k8s.io/v1", kind: "Ingress", definition: 461 }, // io.k8s.api.networking.v1.Ingress
    Resource { api_version: "networking.k8s.io/v1", kind: "IngressClass", definition: 463 }, // io.k8s.api.networking.v1.IngressClass
    Resource { api_version: "networking.k8s.io/v1", kind: "IngressClassList", definition: 464 }, // io.k8s.api.networking.v1.IngressClassList
    Resource { api_version: "networking.k8s.io/v1", kind: "IngressList", definition: 467 }, // io.k8s.api.networking.v1.IngressList
    Resource { api_version: "networking.k8s.io/v1", kind: "NetworkPolicy", definition: 476 }, // io.k8s.api.networking.v1.NetworkPolicy
    Resource { api_version: "networking.k8s.io/v1", kind: "NetworkPolicyList", definition: 479 }, // io.k8s.api.networking.v1.NetworkPolicyList
    Resource { api_version: "networking.k8s.io/v1", kind: "ServiceCIDR", definition: 485 }, // io.k8s.api.networking.v1.ServiceCIDR
    Resource { api_version: "networking.k8s.io/v1", kind: "ServiceCIDRList", definition: 486 }, // io.k8s.api.networking.v1.ServiceCIDRList
    Resource { api_version: "networking.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "networking.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "networking.k8s.io/v1beta1", kind: "IPAddress", definition: 489 }, // io.k8s.api.networking.v1beta1.IPAddress
    Resource { api_version: "networking.k8s.io/v1beta1", kind: "IPAddressList", definition: 490 }, // io.k8s.api.networking.v1beta1.IPAddressList
    Resource { api_version: "networking.k8s.io/v1beta1", kind: "ServiceCIDR", definition: 493 }, // io.k8s.api.networking.v1beta1.ServiceCIDR
    Resource { api_version: "networking.k8s.io/v1beta1", kind: "ServiceCIDRList", definition: 494 }, // io.k8s.api.networking.v1beta1.ServiceCIDRList
    Resource { api_version: "networking.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "node.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "node.k8s.io/v1", kind: "RuntimeClass", definition: 498 }, // io.k8s.api.node.v1.RuntimeClass
    Resource { api_version: "node.k8s.io/v1", kind: "RuntimeClassList", definition: 499 }, // io.k8s.api.node.v1.RuntimeClassList
    Resource { api_version: "node.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "node.k8s.io/v1alpha1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "node.k8s.io/v1alpha1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "node.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "node.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "policy/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "policy/v1", kind: "Eviction", definition: 501 }, // io.k8s.api.policy.v1.Eviction
    Resource { api_version: "policy/v1", kind: "PodDisruptionBudget", definition: 502 }, // io.k8s.api.policy.v1.PodDisruptionBudget
    Resource { api_version: "policy/v1", kind: "PodDisruptionBudgetList", definition: 503 }, // io.k8s.api.policy.v1.PodDisruptionBudgetList
    Resource { api_version: "policy/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "policy/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "policy/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", definition: 507 }, // io.k8s.api.rbac.v1.ClusterRole
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", definition: 508 }, // io.k8s.api.rbac.v1.ClusterRoleBinding
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBindingList", definition: 509 }, // io.k8s.api.rbac.v1.ClusterRoleBindingList
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleList", definition: 510 }, // io.k8s.api.rbac.v1.ClusterRoleList
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "Role", definition: 512 }, // io.k8s.api.rbac.v1.Role
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", definition: 513 }, // io.k8s.api.rbac.v1.RoleBinding
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "RoleBindingList", definition: 514 }, // io.k8s.api.rbac.v1.RoleBindingList
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "RoleList", definition: 515 }, // io.k8s.api.rbac.v1.RoleList
    Resource { api_version: "rbac.authorization.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "rbac.authorization.k8s.io/v1alpha1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "rbac.authorization.k8s.io/v1alpha1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "rbac.authorization.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "rbac.authorization.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "resource.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "resource.k8s.io/v1", kind: "DeviceClass", definition: 533 }, // io.k8s.api.resource.v1.DeviceClass
    Resource { api_version: "resource.k8s.io/v1", kind: "DeviceClassList", definition: 535 }, // io.k8s.api.resource.v1.DeviceClassList
    Resource { api_version: "resource.k8s.io/v1", kind: "ResourceClaim", definition: 549 }, // io.k8s.api.resource.v1.ResourceClaim
    Resource { api_version: "resource.k8s.io/v1", kind: "ResourceClaimList", definition: 551 }, // io.k8s.api.resource.v1.ResourceClaimList
    Resource { api_version: "resource.k8s.io/v1", kind: "ResourceClaimTemplate", definition: 554 }, // io.k8s.api.resource.v1.ResourceClaimTemplate
    Resource { api_version: "resource.k8s.io/v1", kind: "ResourceClaimTemplateList", definition: 555 }, // io.k8s.api.resource.v1.ResourceClaimTemplateList
    Resource { api_version: "resource.k8s.io/v1", kind: "ResourceSlice", definition: 558 }, // io.k8s.api.resource.v1.ResourceSlice
    Resource { api_version: "resource.k8s.io/v1", kind: "ResourceSliceList", definition: 559 }, // io.k8s.api.resource.v1.ResourceSliceList
    Resource { api_version: "resource.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "resource.k8s.io/v1alpha3", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "resource.k8s.io/v1alpha3", kind: "DeviceTaintRule", definition: 562 }, // io.k8s.api.resource.v1alpha3.DeviceTaintRule
    Resource { api_version: "resource.k8s.io/v1alpha3", kind: "DeviceTaintRuleList", definition: 563 }, // io.k8s.api.resource.v1alpha3.DeviceTaintRuleList
    Resource { api_version: "resource.k8s.io/v1alpha3", kind: "ResourcePoolStatusRequest", definition: 568 }, // io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequest
    Resource { api_version: "resource.k8s.io/v1alpha3", kind: "ResourcePoolStatusRequestList", definition: 569 }, // io.k8s.api.resource.v1alpha3.ResourcePoolStatusRequestList
    Resource { api_version: "resource.k8s.io/v1alpha3", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "DeviceClass", definition: 588 }, // io.k8s.api.resource.v1beta1.DeviceClass
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "DeviceClassList", definition: 590 }, // io.k8s.api.resource.v1beta1.DeviceClassList
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "ResourceClaim", definition: 603 }, // io.k8s.api.resource.v1beta1.ResourceClaim
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "ResourceClaimList", definition: 605 }, // io.k8s.api.resource.v1beta1.ResourceClaimList
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "ResourceClaimTemplate", definition: 608 }, // io.k8s.api.resource.v1beta1.ResourceClaimTemplate
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "ResourceClaimTemplateList", definition: 609 }, // io.k8s.api.resource.v1beta1.ResourceClaimTemplateList
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "ResourceSlice", definition: 612 }, // io.k8s.api.resource.v1beta1.ResourceSlice
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "ResourceSliceList", definition: 613 }, // io.k8s.api.resource.v1beta1.ResourceSliceList
    Resource { api_version: "resource.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "DeviceClass", definition: 630 }, // io.k8s.api.resource.v1beta2.DeviceClass
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "DeviceClassList", definition: 632 }, // io.k8s.api.resource.v1beta2.DeviceClassList
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "DeviceTaintRule", definition: 641 }, // io.k8s.api.resource.v1beta2.DeviceTaintRule
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "DeviceTaintRuleList", definition: 642 }, // io.k8s.api.resource.v1beta2.DeviceTaintRuleList
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "ResourceClaim", definition: 651 }, // io.k8s.api.resource.v1beta2.ResourceClaim
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "ResourceClaimList", definition: 653 }, // io.k8s.api.resource.v1beta2.ResourceClaimList
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "ResourceClaimTemplate", definition: 656 }, // io.k8s.api.resource.v1beta2.ResourceClaimTemplate
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "ResourceClaimTemplateList", definition: 657 }, // io.k8s.api.resource.v1beta2.ResourceClaimTemplateList
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "ResourceSlice", definition: 660 }, // io.k8s.api.resource.v1beta2.ResourceSlice
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "ResourceSliceList", definition: 661 }, // io.k8s.api.resource.v1beta2.ResourceSliceList
    Resource { api_version: "resource.k8s.io/v1beta2", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "scheduling.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "scheduling.k8s.io/v1", kind: "PriorityClass", definition: 663 }, // io.k8s.api.scheduling.v1.PriorityClass
    Resource { api_version: "scheduling.k8s.io/v1", kind: "PriorityClassList", definition: 664 }, // io.k8s.api.scheduling.v1.PriorityClassList
    Resource { api_version: "scheduling.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "scheduling.k8s.io/v1alpha2", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "scheduling.k8s.io/v1alpha2", kind: "PodGroup", definition: 667 }, // io.k8s.api.scheduling.v1alpha2.PodGroup
    Resource { api_version: "scheduling.k8s.io/v1alpha2", kind: "PodGroupList", definition: 668 }, // io.k8s.api.scheduling.v1alpha2.PodGroupList
    Resource { api_version: "scheduling.k8s.io/v1alpha2", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "scheduling.k8s.io/v1alpha2", kind: "Workload", definition: 679 }, // io.k8s.api.scheduling.v1alpha2.Workload
    Resource { api_version: "scheduling.k8s.io/v1alpha2", kind: "WorkloadList", definition: 680 }, // io.k8s.api.scheduling.v1alpha2.WorkloadList
    Resource { api_version: "scheduling.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "scheduling.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "storage.k8s.io/v1", kind: "CSIDriver", definition: 683 }, // io.k8s.api.storage.v1.CSIDriver
    Resource { api_version: "storage.k8s.io/v1", kind: "CSIDriverList", definition: 684 }, // io.k8s.api.storage.v1.CSIDriverList
    Resource { api_version: "storage.k8s.io/v1", kind: "CSINode", definition: 686 }, // io.k8s.api.storage.v1.CSINode
    Resource { api_version: "storage.k8s.io/v1", kind: "CSINodeList", definition: 688 }, // io.k8s.api.storage.v1.CSINodeList
    Resource { api_version: "storage.k8s.io/v1", kind: "CSIStorageCapacity", definition: 690 }, // io.k8s.api.storage.v1.CSIStorageCapacity
    Resource { api_version: "storage.k8s.io/v1", kind: "CSIStorageCapacityList", definition: 691 }, // io.k8s.api.storage.v1.CSIStorageCapacityList
    Resource { api_version: "storage.k8s.io/v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "storage.k8s.io/v1", kind: "StorageClass", definition: 692 }, // io.k8s.api.storage.v1.StorageClass
    Resource { api_version: "storage.k8s.io/v1", kind: "StorageClassList", definition: 693 }, // io.k8s.api.storage.v1.StorageClassList
    Resource { api_version: "storage.k8s.io/v1", kind: "VolumeAttachment", definition: 695 }, // io.k8s.api.storage.v1.VolumeAttachment
    Resource { api_version: "storage.k8s.io/v1", kind: "VolumeAttachmentList", definition: 696 }, // io.k8s.api.storage.v1.VolumeAttachmentList
    Resource { api_version: "storage.k8s.io/v1", kind: "VolumeAttributesClass", definition: 700 }, // io.k8s.api.storage.v1.VolumeAttributesClass
    Resource { api_version: "storage.k8s.io/v1", kind: "VolumeAttributesClassList", definition: 701 }, // io.k8s.api.storage.v1.VolumeAttributesClassList
    Resource { api_version: "storage.k8s.io/v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "storage.k8s.io/v1alpha1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "storage.k8s.io/v1alpha1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "storage.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "storage.k8s.io/v1beta1", kind: "VolumeAttributesClass", definition: 704 }, // io.k8s.api.storage.v1beta1.VolumeAttributesClass
    Resource { api_version: "storage.k8s.io/v1beta1", kind: "VolumeAttributesClassList", definition: 705 }, // io.k8s.api.storage.v1beta1.VolumeAttributesClassList
    Resource { api_version: "storage.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "storagemigration.k8s.io/v1beta1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "storagemigration.k8s.io/v1beta1", kind: "StorageVersionMigration", definition: 706 }, // io.k8s.api.storagemigration.v1beta1.StorageVersionMigration
    Resource { api_version: "storagemigration.k8s.io/v1beta1", kind: "StorageVersionMigrationList", definition: 707 }, // io.k8s.api.storagemigration.v1beta1.StorageVersionMigrationList
    Resource { api_version: "storagemigration.k8s.io/v1beta1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
    Resource { api_version: "v1", kind: "APIGroup", definition: 735 }, // io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup
    Resource { api_version: "v1", kind: "APIGroupList", definition: 736 }, // io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList
    Resource { api_version: "v1", kind: "APIResourceList", definition: 738 }, // io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList
    Resource { api_version: "v1", kind: "APIVersions", definition: 739 }, // io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions
    Resource { api_version: "v1", kind: "Binding", definition: 206 }, // io.k8s.api.core.v1.Binding
    Resource { api_version: "v1", kind: "ComponentStatus", definition: 217 }, // io.k8s.api.core.v1.ComponentStatus
    Resource { api_version: "v1", kind: "ComponentStatusList", definition: 218 }, // io.k8s.api.core.v1.ComponentStatusList
    Resource { api_version: "v1", kind: "ConfigMap", definition: 219 }, // io.k8s.api.core.v1.ConfigMap
    Resource { api_version: "v1", kind: "ConfigMapList", definition: 222 }, // io.k8s.api.core.v1.ConfigMapList
    Resource { api_version: "v1", kind: "DeleteOptions", definition: 741 }, // io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions
    Resource { api_version: "v1", kind: "Endpoints", definition: 247 }, // io.k8s.api.core.v1.Endpoints
    Resource { api_version: "v1", kind: "EndpointsList", definition: 248 }, // io.k8s.api.core.v1.EndpointsList
    Resource { api_version: "v1", kind: "Event", definition: 254 }, // io.k8s.api.core.v1.Event
    Resource { api_version: "v1", kind: "EventList", definition: 255 }, // io.k8s.api.core.v1.EventList
    Resource { api_version: "v1", kind: "LimitRange", definition: 281 }, // io.k8s.api.core.v1.LimitRange
    Resource { api_version: "v1", kind: "LimitRangeList", definition: 283 }, // io.k8s.api.core.v1.LimitRangeList
    Resource { api_version: "v1", kind: "Namespace", definition: 292 }, // io.k8s.api.core.v1.Namespace
    Resource { api_version: "v1", kind: "NamespaceList", definition: 294 }, // io.k8s.api.core.v1.NamespaceList
    Resource { api_version: "v1", kind: "Node", definition: 297 }, // io.k8s.api.core.v1.Node
    Resource { api_version: "v1", kind: "NodeList", definition: 306 }, // io.k8s.api.core.v1.NodeList
    Resource { api_version: "v1", kind: "PersistentVolume", definition: 318 }, // io.k8s.api.core.v1.PersistentVolume
    Resource { api_version: "v1", kind: "PersistentVolumeClaim", definition: 319 }, // io.k8s.api.core.v1.PersistentVolumeClaim
    Resource { api_version: "v1", kind: "PersistentVolumeClaimList", definition: 321 }, // io.k8s.api.core.v1.PersistentVolumeClaimList
    Resource { api_version: "v1", kind: "PersistentVolumeList", definition: 326 }, // io.k8s.api.core.v1.PersistentVolumeList
    Resource { api_version: "v1", kind: "Pod", definition: 330 }, // io.k8s.api.core.v1.Pod
    Resource { api_version: "v1", kind: "PodList", definition: 340 }, // io.k8s.api.core.v1.PodList
    Resource { api_version: "v1", kind: "PodTemplate", definition: 350 }, // io.k8s.api.core.v1.PodTemplate
    Resource { api_version: "v1", kind: "PodTemplateList", definition: 351 }, // io.k8s.api.core.v1.PodTemplateList
    Resource { api_version: "v1", kind: "ReplicationController", definition: 361 }, // io.k8s.api.core.v1.ReplicationController
    Resource { api_version: "v1", kind: "ReplicationControllerList", definition: 363 }, // io.k8s.api.core.v1.ReplicationControllerList
    Resource { api_version: "v1", kind: "ResourceQuota", definition: 369 }, // io.k8s.api.core.v1.ResourceQuota
    Resource { api_version: "v1", kind: "ResourceQuotaList", definition: 370 }, // io.k8s.api.core.v1.ResourceQuotaList
    Resource { api_version: "v1", kind: "Secret", definition: 381 }, // io.k8s.api.core.v1.Secret
    Resource { api_version: "v1", kind: "SecretList", definition: 384 }, // io.k8s.api.core.v1.SecretList
    Resource { api_version: "v1", kind: "Service", definition: 389 }, // io.k8s.api.core.v1.Service
    Resource { api_version: "v1", kind: "ServiceAccount", definition: 390 }, // io.k8s.api.core.v1.ServiceAccount
    Resource { api_version: "v1", kind: "ServiceAccountList", definition: 391 }, // io.k8s.api.core.v1.ServiceAccountList
    Resource { api_version: "v1", kind: "ServiceList", definition: 393 }, // io.k8s.api.core.v1.ServiceList
    Resource { api_version: "v1", kind: "Status", definition: 756 }, // io.k8s.apimachinery.pkg.apis.meta.v1.Status
    Resource { api_version: "v1", kind: "WatchEvent", definition: 760 }, // io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent
];
