//! Turning an artifact tree and a Kustomization spec into built objects.
//!
//! [`build`] loads the artifact files into an in-memory filesystem, finds (or generates) the
//! `kustomization.yaml` at `spec.path`, writes the spec's `targetNamespace`, `namePrefix`,
//! `nameSuffix`, `commonMetadata`, `patches`, `images`, `components` and `buildMetadata` into it
//! as Flux's generator does, and runs the native kustomize engine. A directory without a
//! kustomization file gets one listing every Kubernetes manifest below it (a subdirectory with
//! its own kustomization file is listed as a whole).

use ferroflux_api::kustomize::{BuildMetadataOption, KustomizationSpec};
use ferroflux_kustomize::{BuildOptions, FileSystem, LoadRestrictor, Reorder};
use ferroflux_runtime::untar::MemTree;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Names a kustomization file may have, in kustomize's order of preference.
const KUSTOMIZATION_FILES: [&str; 3] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// Why a build failed; the message is the condition message.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// `spec.path` does not exist in the artifact or leaves it.
    #[error("kustomization path not found: {0}")]
    PathNotFound(String),
    /// The kustomization file is not valid YAML.
    #[error("failed to parse {file}: {message}")]
    Parse {
        /// The file.
        file: String,
        /// Parser message.
        message: String,
    },
    /// kustomize failed.
    #[error("kustomize build failed: {0}")]
    Kustomize(#[from] ferroflux_kustomize::Error),
}

/// Joins `spec.path` to the artifact root, refusing to leave it. Returns a `/`-rooted path.
pub fn secure_path(path: Option<&str>) -> Result<String, BuildError> {
    let raw = path.unwrap_or("./");
    let mut parts: Vec<&str> = Vec::new();
    for seg in raw.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(BuildError::PathNotFound(raw.to_owned()));
                }
            }
            s => parts.push(s),
        }
    }
    Ok(format!("/{}", parts.join("/")))
}

/// The artifact as a kustomize filesystem, without copying it: the shared unpacked tree plus
/// the files this build writes or replaces (the kustomization file, decrypted files).
pub struct ArtifactFs {
    tree: Arc<MemTree>,
    overrides: BTreeMap<String, Vec<u8>>,
}

impl ArtifactFs {
    /// Wraps an unpacked artifact.
    pub fn new(tree: Arc<MemTree>) -> Self {
        Self {
            tree,
            overrides: BTreeMap::new(),
        }
    }

    /// Adds or replaces a file (a `/`-rooted path) for this build only.
    pub fn add_file(&mut self, path: &str, data: Vec<u8>) {
        self.overrides.insert(ferroflux_kustomize::fs::clean(path), data);
    }

    /// The artifact's `.env` files (paths relative to the root), for decryption before a build.
    pub fn dotenv_files(&self) -> Vec<(String, Vec<u8>)> {
        self.tree
            .files()
            .filter(|(p, _)| p.ends_with(".env"))
            .map(|(p, d)| (p.to_owned(), d.to_vec()))
            .collect()
    }

    fn rel(path: &str) -> String {
        ferroflux_kustomize::fs::clean(path).trim_start_matches('/').to_owned()
    }
}

impl FileSystem for ArtifactFs {
    fn read(&self, path: &str) -> Option<Vec<u8>> {
        if let Some(d) = self.overrides.get(&ferroflux_kustomize::fs::clean(path)) {
            return Some(d.clone());
        }
        self.tree.get(&Self::rel(path)).map(<[u8]>::to_vec)
    }

    fn is_dir(&self, path: &str) -> bool {
        let rel = Self::rel(path);
        rel.is_empty() || self.tree.is_dir(&rel)
    }

    fn is_file(&self, path: &str) -> bool {
        self.overrides.contains_key(&ferroflux_kustomize::fs::clean(path)) || self.tree.get(&Self::rel(path)).is_some()
    }

    fn list(&self, path: &str) -> Vec<String> {
        let rel = Self::rel(path);
        let prefix = if rel.is_empty() {
            String::new()
        } else {
            format!("{rel}/")
        };
        let mut names = BTreeSet::new();
        let mut take = |p: &str| {
            if let Some(rest) = p.strip_prefix(&prefix)
                && !rest.is_empty()
            {
                names.insert(rest.split('/').next().unwrap_or(rest).to_owned());
            }
        };
        for (p, _) in self.tree.files() {
            take(p);
        }
        for d in self.tree.dirs() {
            take(d);
        }
        for p in self.overrides.keys() {
            take(p.trim_start_matches('/'));
        }
        names.into_iter().collect()
    }
}

/// Builds the Kustomization's objects from `fs`.
pub fn build(fs: &mut ArtifactFs, spec: &KustomizationSpec) -> Result<Vec<Value>, BuildError> {
    let root = secure_path(spec.path.as_deref())?;
    if !fs.is_dir(&root) {
        return Err(BuildError::PathNotFound(
            spec.path.clone().unwrap_or_else(|| "./".to_owned()),
        ));
    }
    let existing = KUSTOMIZATION_FILES
        .iter()
        .map(|n| join(&root, n))
        .find(|p| fs.is_file(p));
    let (file, mut kus) = match existing {
        Some(file) => {
            let text = fs.read(&file).unwrap_or_default();
            let text = String::from_utf8_lossy(&text);
            let docs = ferroflux_kustomize::yaml::parse_documents(&text).map_err(|message| BuildError::Parse {
                file: file.trim_start_matches('/').to_owned(),
                message,
            })?;
            let kus = match docs.into_iter().next() {
                Some(Value::Object(m)) => m,
                Some(Value::Null) | None => Map::new(),
                Some(_) => {
                    return Err(BuildError::Parse {
                        file: file.trim_start_matches('/').to_owned(),
                        message: "not a mapping".to_owned(),
                    });
                }
            };
            (file, kus)
        }
        None => (join(&root, "kustomization.yaml"), generated(&*fs, &root)),
    };
    apply_spec(&mut kus, spec, &*fs, &root);
    fs.add_file(
        &file,
        ferroflux_kustomize::yaml::value_to_yaml(&Value::Object(kus)).into_bytes(),
    );
    let options = BuildOptions {
        load_restrictor: LoadRestrictor::None,
        // Flux builds without a reorder option: input order unless `sortOptions` says otherwise.
        reorder: Reorder::None,
    };
    Ok(ferroflux_kustomize::build(&*fs, &root, &options)?.objects)
}

/// A kustomization listing every manifest under `root`.
fn generated(fs: &dyn FileSystem, root: &str) -> Map<String, Value> {
    let mut resources = Vec::new();
    scan(fs, root, root, &mut resources);
    let mut kus = Map::new();
    kus.insert("apiVersion".into(), "kustomize.config.k8s.io/v1beta1".into());
    kus.insert("kind".into(), "Kustomization".into());
    kus.insert("resources".into(), resources.into_iter().map(Value::String).collect());
    kus
}

fn scan(fs: &dyn FileSystem, root: &str, dir: &str, out: &mut Vec<String>) {
    let mut entries = fs.list(dir);
    entries.sort();
    for name in entries {
        let path = join(dir, &name);
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .trim_start_matches('/')
            .to_owned();
        if fs.is_dir(&path) {
            if KUSTOMIZATION_FILES.iter().any(|k| fs.is_file(&join(&path, k))) {
                out.push(rel);
            } else {
                scan(fs, root, &path, out);
            }
            continue;
        }
        let lower = name.to_ascii_lowercase();
        if !(lower.ends_with(".yaml") || lower.ends_with(".yml") || lower.ends_with(".json")) {
            continue;
        }
        if is_manifest(fs, &path) {
            out.push(rel);
        }
    }
}

/// True when every document of the file is a Kubernetes object (apiVersion and kind).
fn is_manifest(fs: &dyn FileSystem, path: &str) -> bool {
    let Some(data) = fs.read(path) else {
        return false;
    };
    let Ok(docs) = ferroflux_kustomize::yaml::parse_documents(&String::from_utf8_lossy(&data)) else {
        // Broken YAML is listed, so the build reports it instead of skipping it silently.
        return true;
    };
    let objects: Vec<&Value> = docs.iter().filter(|d| !d.is_null()).collect();
    !objects.is_empty()
        && objects.iter().all(|d| {
            d.get("apiVersion").and_then(Value::as_str).is_some() && d.get("kind").and_then(Value::as_str).is_some()
        })
}

fn apply_spec(kus: &mut Map<String, Value>, spec: &KustomizationSpec, fs: &dyn FileSystem, root: &str) {
    if let Some(ns) = spec.target_namespace.as_deref().filter(|s| !s.is_empty()) {
        kus.insert("namespace".into(), ns.into());
    }
    if let Some(p) = spec.name_prefix.as_deref().filter(|s| !s.is_empty()) {
        kus.insert("namePrefix".into(), p.into());
    }
    if let Some(s) = spec.name_suffix.as_deref().filter(|s| !s.is_empty()) {
        kus.insert("nameSuffix".into(), s.into());
    }
    if let Some(cm) = &spec.common_metadata {
        if let Some(labels) = cm.labels.as_ref().filter(|l| !l.is_empty()) {
            append(kus, "labels", vec![json!({"pairs": labels})]);
        }
        if let Some(ann) = cm.annotations.as_ref().filter(|a| !a.is_empty()) {
            let entry = kus.entry("commonAnnotations").or_insert_with(|| json!({}));
            if let Some(m) = entry.as_object_mut() {
                for (k, v) in ann {
                    m.insert(k.clone(), v.clone().into());
                }
            }
        }
    }
    if let Some(patches) = spec.patches.as_ref().filter(|p| !p.is_empty()) {
        let items = patches
            .iter()
            .map(|p| {
                let mut m = Map::new();
                m.insert("patch".into(), p.patch.clone().into());
                if let Some(t) = &p.target {
                    m.insert("target".into(), serde_json::to_value(t).unwrap_or(Value::Null));
                }
                Value::Object(m)
            })
            .collect();
        append(kus, "patches", items);
    }
    if let Some(images) = spec.images.as_ref().filter(|i| !i.is_empty()) {
        let items = images
            .iter()
            .map(|i| serde_json::to_value(i).unwrap_or(Value::Null))
            .collect();
        append(kus, "images", items);
    }
    if let Some(components) = spec.components.as_ref().filter(|c| !c.is_empty()) {
        let ignore_missing = spec.ignore_missing_components.unwrap_or(false);
        let items = components
            .iter()
            .filter(|c| !ignore_missing || fs.is_dir(&join(root, c)))
            .map(|c| Value::String(c.clone()))
            .collect();
        append(kus, "components", items);
    }
    if let Some(meta) = spec.build_metadata.as_ref().filter(|b| !b.is_empty()) {
        let items = meta
            .iter()
            .map(|o| {
                Value::String(
                    match o {
                        BuildMetadataOption::OriginAnnotations => "originAnnotations",
                        BuildMetadataOption::TransformerAnnotations => "transformerAnnotations",
                    }
                    .to_owned(),
                )
            })
            .collect();
        append(kus, "buildMetadata", items);
    }
}

fn append(kus: &mut Map<String, Value>, field: &str, items: Vec<Value>) {
    let entry = kus.entry(field).or_insert_with(|| Value::Array(Vec::new()));
    match entry {
        Value::Array(a) => a.extend(items),
        other => *other = Value::Array(items),
    }
}

fn join(dir: &str, name: &str) -> String {
    if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn memfs(files: &BTreeMap<String, Vec<u8>>, _dirs: impl Iterator<Item = String>) -> ArtifactFs {
        let mut tree = MemTree::new();
        for (p, d) in files {
            tree.insert_file(p, d.clone()).unwrap();
        }
        ArtifactFs::new(Arc::new(tree))
    }

    fn spec(path: &str) -> KustomizationSpec {
        serde_json::from_value(
            json!({"interval":"1m","path":path,"prune":true,"sourceRef":{"kind":"GitRepository","name":"x"}}),
        )
        .unwrap()
    }

    #[test]
    fn paths_cannot_leave_the_artifact() {
        assert_eq!(secure_path(Some("./apps/prod")).unwrap(), "/apps/prod");
        assert_eq!(secure_path(None).unwrap(), "/");
        assert_eq!(secure_path(Some("apps/../base")).unwrap(), "/base");
        assert!(secure_path(Some("../../etc")).is_err());
    }

    #[test]
    fn directories_without_kustomization_get_one_listing_their_manifests() {
        let mut files = BTreeMap::new();
        files.insert(
            "apps/cm.yaml".to_owned(),
            b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n".to_vec(),
        );
        files.insert("apps/values.yaml".to_owned(), b"replicas: 2\n".to_vec());
        files.insert("apps/README.md".to_owned(), b"# hi\n".to_vec());
        files.insert(
            "apps/sub/kustomization.yaml".to_owned(),
            b"resources: [s.yaml]\n".to_vec(),
        );
        files.insert(
            "apps/sub/s.yaml".to_owned(),
            b"apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n".to_vec(),
        );
        files.insert(
            "apps/deep/d.yml".to_owned(),
            b"apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: d\n".to_vec(),
        );
        let mut fs = memfs(&files, std::iter::empty());
        let mut s = spec("./apps");
        s.target_namespace = Some("team".into());
        s.name_prefix = Some("p-".into());
        let objects = build(&mut fs, &s).unwrap();
        let names: Vec<String> = objects
            .iter()
            .map(|o| {
                format!(
                    "{}/{}/{}",
                    o["kind"].as_str().unwrap(),
                    o["metadata"]["namespace"].as_str().unwrap(),
                    o["metadata"]["name"].as_str().unwrap()
                )
            })
            .collect();
        assert_eq!(
            names,
            vec!["ConfigMap/team/p-a", "ServiceAccount/team/p-d", "Secret/team/p-s"]
        );
    }

    #[test]
    fn spec_fields_are_written_into_an_existing_kustomization() {
        let mut files = BTreeMap::new();
        files.insert(
            "kustomization.yaml".to_owned(),
            b"resources: [cm.yaml]\nnamespace: old\n".to_vec(),
        );
        files.insert("cm.yaml".to_owned(), b"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: nginx:1.0\n".to_vec());
        let mut fs = memfs(&files, std::iter::empty());
        let s: KustomizationSpec = serde_json::from_value(json!({
            "interval":"1m","prune":true,"sourceRef":{"kind":"GitRepository","name":"x"},
            "targetNamespace":"new",
            "commonMetadata":{"labels":{"team":"a"},"annotations":{"owner":"me"}},
            "images":[{"name":"nginx","newTag":"2.0"}],
            "patches":[{"patch":"- op: add\n  path: /spec/replicas\n  value: 3\n","target":{"kind":"Deployment"}}]
        }))
        .unwrap();
        let objects = build(&mut fs, &s).unwrap();
        let d = &objects[0];
        assert_eq!(d["metadata"]["namespace"], "new");
        assert_eq!(d["metadata"]["labels"]["team"], "a");
        assert_eq!(d["spec"]["replicas"], 3);
        assert_eq!(d["metadata"]["annotations"]["owner"], "me");
        assert_eq!(d["spec"]["template"]["spec"]["containers"][0]["image"], "nginx:2.0");
        assert!(
            d["spec"].get("selector").is_none(),
            "commonMetadata labels must not touch selectors"
        );
    }

    #[test]
    fn missing_paths_and_broken_yaml_are_build_errors() {
        let mut files = BTreeMap::new();
        files.insert(
            "app/broken.yaml".to_owned(),
            b"apiVersion: v1\nkind: ConfigMap\nmetadata: [\n".to_vec(),
        );
        let mut fs = memfs(&files, std::iter::empty());
        assert!(matches!(
            build(&mut fs, &spec("./nope")),
            Err(BuildError::PathNotFound(_))
        ));
        assert!(build(&mut fs, &spec("./app")).is_err());
    }
}
