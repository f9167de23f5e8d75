//! Field specs: where a transformer writes in which kinds ([`FieldSpec`]), kustomize's built-in
//! tables of them, and [`visit`], which walks a spec's path through an object (through every
//! item of a list on the way, creating maps when the spec says so).

use serde_json::{Map, Value};

use crate::resource::Resource;

/// A path in objects of some group/version/kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// API group, empty for any.
    pub group: String,
    /// API version, empty for any.
    pub version: String,
    /// Kind, empty for any.
    pub kind: String,
    /// `/`-separated path (`\/` escapes a slash in a key).
    pub path: String,
    /// Whether missing fields are created.
    pub create: bool,
}

impl FieldSpec {
    /// Parses the compact table form `path [create] [g=group] [v=version] [k=kind]`.
    fn parse(line: &str) -> Self {
        let mut spec = FieldSpec {
            group: String::new(),
            version: String::new(),
            kind: String::new(),
            path: String::new(),
            create: false,
        };
        for (i, word) in line.split_whitespace().enumerate() {
            if i == 0 {
                spec.path = word.to_owned();
            } else if word == "create" {
                spec.create = true;
            } else if let Some(g) = word.strip_prefix("g=") {
                spec.group = g.to_owned();
            } else if let Some(v) = word.strip_prefix("v=") {
                spec.version = v.to_owned();
            } else if let Some(k) = word.strip_prefix("k=") {
                spec.kind = k.to_owned();
            }
        }
        spec
    }

    /// Reads a user-supplied field spec (`path`, `group`, `version`, `kind`, `create`).
    pub fn from_value(value: &Value) -> Self {
        let s = |k: &str| value.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
        FieldSpec {
            group: s("group"),
            version: s("version"),
            kind: s("kind"),
            path: s("path"),
            create: value.get("create").and_then(Value::as_bool).unwrap_or(false),
        }
    }

    /// Whether the spec applies to a resource.
    pub fn applies_to(&self, resource: &Resource) -> bool {
        (self.group.is_empty() || self.group == resource.group())
            && (self.version.is_empty() || self.version == resource.version())
            && (self.kind.is_empty() || self.kind == resource.kind())
    }

    /// The path's keys.
    pub fn segments(&self) -> Vec<String> {
        split_path(&self.path)
    }
}

/// Splits a field path on unescaped `/`.
pub fn split_path(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek() == Some(&'/') {
            current.push('/');
            chars.next();
        } else if c == '/' {
            out.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    out.push(current);
    out
}

/// Parses a table in the compact form, one spec per line.
pub fn table(text: &str) -> Vec<FieldSpec> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(FieldSpec::parse)
        .collect()
}

/// Calls `f` on every value at `segments` under `value`; lists met on the way are walked item
/// by item. With `create`, missing maps (and the final field, as null) are created.
pub fn visit(value: &mut Value, segments: &[String], create: bool, f: &mut dyn FnMut(&mut Value)) {
    if let Value::Array(items) = value {
        for item in items {
            visit(item, segments, create, f);
        }
        return;
    }
    let Some((first, rest)) = segments.split_first() else {
        f(value);
        return;
    };
    let (key, is_list) = match first.strip_suffix("[]") {
        Some(k) => (k, true),
        None => (first.as_str(), false),
    };
    let Value::Object(map) = value else { return };
    if !map.contains_key(key) {
        if !create || is_list {
            return;
        }
        let new = if rest.is_empty() {
            Value::Null
        } else {
            Value::Object(Map::new())
        };
        map.insert(key.to_owned(), new);
    }
    if let Some(child) = map.get_mut(key) {
        if child.is_null() && !rest.is_empty() {
            if !create {
                return;
            }
            *child = Value::Object(Map::new());
        }
        visit(child, rest, create, f);
    }
}

/// Metadata labels (and pod template labels) — `templateLabels` in kustomize.
pub const TEMPLATE_LABELS: &str = "
metadata/labels create
spec/template/metadata/labels create v=v1 k=ReplicationController
spec/template/metadata/labels create k=Deployment
spec/template/metadata/labels create k=ReplicaSet
spec/template/metadata/labels create k=DaemonSet
spec/template/metadata/labels create g=apps k=StatefulSet
spec/template/metadata/labels create g=batch k=Job
spec/jobTemplate/metadata/labels create g=batch k=CronJob
spec/jobTemplate/spec/template/metadata/labels create g=batch k=CronJob
";

/// Selectors `commonLabels` also sets (in addition to [`TEMPLATE_LABELS`] and
/// [`CLAIM_TEMPLATE_LABELS`]).
pub const SELECTOR_LABELS: &str = "
spec/selector create v=v1 k=Service
spec/selector create v=v1 k=ReplicationController
spec/selector/matchLabels create k=Deployment
spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels g=apps k=Deployment
spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels g=apps k=Deployment
spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels g=apps k=Deployment
spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels g=apps k=Deployment
spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels g=apps k=Deployment
spec/selector/matchLabels create k=ReplicaSet
spec/selector/matchLabels create k=DaemonSet
spec/selector/matchLabels create g=apps k=StatefulSet
spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels g=apps k=StatefulSet
spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels g=apps k=StatefulSet
spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels g=apps k=StatefulSet
spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels g=apps k=StatefulSet
spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels g=apps k=StatefulSet
spec/selector/matchLabels g=batch k=Job
spec/jobTemplate/spec/selector/matchLabels g=batch k=CronJob
spec/selector/matchLabels g=policy k=PodDisruptionBudget
spec/podSelector/matchLabels g=networking.k8s.io k=NetworkPolicy
spec/ingress/from/podSelector/matchLabels g=networking.k8s.io k=NetworkPolicy
spec/egress/to/podSelector/matchLabels g=networking.k8s.io k=NetworkPolicy
";

/// Volume claim template labels of stateful sets.
pub const CLAIM_TEMPLATE_LABELS: &str = "
spec/volumeClaimTemplates[]/metadata/labels create g=apps k=StatefulSet
";

/// Where `commonAnnotations` go.
pub const ANNOTATIONS: &str = "
metadata/annotations create
spec/template/metadata/annotations create v=v1 k=ReplicationController
spec/template/metadata/annotations create k=Deployment
spec/template/metadata/annotations create k=ReplicaSet
spec/template/metadata/annotations create k=DaemonSet
spec/template/metadata/annotations create k=StatefulSet
spec/template/metadata/annotations create g=batch k=Job
spec/jobTemplate/metadata/annotations create g=batch k=CronJob
spec/jobTemplate/spec/template/metadata/annotations create g=batch k=CronJob
";

/// Where `replicas` go.
pub const REPLICAS: &str = "
spec/replicas create k=Deployment
spec/replicas create k=ReplicationController
spec/replicas create k=ReplicaSet
spec/replicas create k=StatefulSet
";

/// Pod spec paths of the workload kinds, used to build the name reference table.
const POD_SPECS: [(&str, &str); 9] = [
    ("spec", "v=v1 k=Pod"),
    ("template/spec", "k=PodTemplate"),
    ("spec/template/spec", "k=Deployment"),
    ("spec/template/spec", "k=ReplicaSet"),
    ("spec/template/spec", "k=DaemonSet"),
    ("spec/template/spec", "k=StatefulSet"),
    ("spec/template/spec", "k=Job"),
    ("spec/jobTemplate/spec/template/spec", "k=CronJob"),
    ("spec/template/spec", "k=ReplicationController"),
];

/// A referral kind and the fields (in referrer kinds) that hold its name.
#[derive(Debug, Clone)]
pub struct NameReference {
    /// The referred kind.
    pub kind: String,
    /// Its group, empty for any.
    pub group: String,
    /// The referring fields.
    pub fields: Vec<FieldSpec>,
}

fn pod_fields(suffixes: &[&str], kinds_without_rc: bool) -> Vec<FieldSpec> {
    let mut out = Vec::new();
    for (prefix, gvk) in POD_SPECS {
        if kinds_without_rc && gvk == "k=ReplicationController" {
            continue;
        }
        for suffix in suffixes {
            out.push(FieldSpec::parse(&format!("{prefix}/{suffix} {gvk}")));
        }
    }
    out
}

/// kustomize's built-in name reference rules.
pub fn name_references() -> Vec<NameReference> {
    let mut out = Vec::new();
    let hpa = table("spec/scaleTargetRef/name k=HorizontalPodAutoscaler");
    for kind in ["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"] {
        out.push(NameReference {
            kind: kind.to_owned(),
            group: String::new(),
            fields: hpa.clone(),
        });
    }
    let mut config_map = pod_fields(
        &[
            "volumes/configMap/name",
            "containers/env/valueFrom/configMapKeyRef/name",
            "initContainers/env/valueFrom/configMapKeyRef/name",
            "containers/envFrom/configMapRef/name",
            "initContainers/envFrom/configMapRef/name",
            "volumes/projected/sources/configMap/name",
        ],
        true,
    );
    config_map.extend(table(
        "spec/configSource/configMap k=Node
rules/resourceNames k=Role
rules/resourceNames k=ClusterRole
metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap k=Ingress",
    ));
    out.push(NameReference {
        kind: "ConfigMap".to_owned(),
        group: String::new(),
        fields: config_map,
    });
    let mut secret = pod_fields(
        &[
            "volumes/secret/secretName",
            "containers/env/valueFrom/secretKeyRef/name",
            "initContainers/env/valueFrom/secretKeyRef/name",
            "containers/envFrom/secretRef/name",
            "initContainers/envFrom/secretRef/name",
            "imagePullSecrets/name",
            "volumes/projected/sources/secret/name",
        ],
        true,
    );
    secret.extend(table(
        "spec/tls/secretName k=Ingress
metadata/annotations/ingress.kubernetes.io\\/auth-secret k=Ingress
metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret k=Ingress
metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret k=Ingress
imagePullSecrets/name k=ServiceAccount
parameters/secretName k=StorageClass
parameters/adminSecretName k=StorageClass
parameters/userSecretName k=StorageClass
parameters/secretRef k=StorageClass
rules/resourceNames k=Role
rules/resourceNames k=ClusterRole
spec/template/spec/containers/env/valueFrom/secretKeyRef/name k=Service g=serving.knative.dev v=v1
spec/azureFile/secretName k=PersistentVolume",
    ));
    out.push(NameReference {
        kind: "Secret".to_owned(),
        group: String::new(),
        fields: secret,
    });
    out.push(NameReference {
        kind: "Service".to_owned(),
        group: String::new(),
        fields: table(
            "spec/serviceName k=StatefulSet g=apps
spec/rules/http/paths/backend/serviceName k=Ingress
spec/backend/serviceName k=Ingress
spec/rules/http/paths/backend/service/name k=Ingress
spec/defaultBackend/service/name k=Ingress
spec/service/name k=APIService g=apiregistration.k8s.io
webhooks/clientConfig/service k=ValidatingWebhookConfiguration g=admissionregistration.k8s.io
webhooks/clientConfig/service k=MutatingWebhookConfiguration g=admissionregistration.k8s.io",
        ),
    });
    out.push(NameReference {
        kind: "Role".to_owned(),
        group: "rbac.authorization.k8s.io".to_owned(),
        fields: table("roleRef/name k=RoleBinding g=rbac.authorization.k8s.io"),
    });
    out.push(NameReference {
        kind: "ClusterRole".to_owned(),
        group: "rbac.authorization.k8s.io".to_owned(),
        fields: table(
            "roleRef/name k=RoleBinding g=rbac.authorization.k8s.io
roleRef/name k=ClusterRoleBinding g=rbac.authorization.k8s.io",
        ),
    });
    let mut sa = table(
        "subjects k=RoleBinding g=rbac.authorization.k8s.io
subjects k=ClusterRoleBinding g=rbac.authorization.k8s.io",
    );
    sa.extend(
        pod_fields(&["serviceAccountName"], false)
            .into_iter()
            .filter(|f| f.kind != "ReplicaSet" && f.kind != "PodTemplate"),
    );
    out.push(NameReference {
        kind: "ServiceAccount".to_owned(),
        group: String::new(),
        fields: sa,
    });
    out.push(NameReference {
        kind: "PersistentVolumeClaim".to_owned(),
        group: String::new(),
        fields: pod_fields(&["volumes/persistentVolumeClaim/claimName"], false)
            .into_iter()
            .filter(|f| f.kind != "ReplicaSet" && f.kind != "PodTemplate")
            .collect(),
    });
    out.push(NameReference {
        kind: "PersistentVolume".to_owned(),
        group: String::new(),
        fields: table(
            "spec/volumeName k=PersistentVolumeClaim
rules/resourceNames k=ClusterRole",
        ),
    });
    out.push(NameReference {
        kind: "StorageClass".to_owned(),
        group: "storage.k8s.io".to_owned(),
        fields: table(
            "spec/storageClassName k=PersistentVolume
spec/storageClassName k=PersistentVolumeClaim
spec/volumeClaimTemplates/spec/storageClassName k=StatefulSet",
        ),
    });
    out.push(NameReference {
        kind: "PriorityClass".to_owned(),
        group: "scheduling.k8s.io".to_owned(),
        fields: pod_fields(&["priorityClassName"], false)
            .into_iter()
            .filter(|f| f.kind != "ReplicaSet" && f.kind != "PodTemplate")
            .collect(),
    });
    out.push(NameReference {
        kind: "IngressClass".to_owned(),
        group: "networking.k8s.io".to_owned(),
        fields: table("spec/ingressClassName k=Ingress"),
    });
    out.push(NameReference {
        kind: "ValidatingAdmissionPolicy".to_owned(),
        group: "admissionregistration.k8s.io".to_owned(),
        fields: table("spec/policyName k=ValidatingAdmissionPolicyBinding g=admissionregistration.k8s.io"),
    });
    out
}
