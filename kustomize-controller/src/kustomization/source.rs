//! The Kustomization's source: looking up the source object, and fetching its artifact once
//! per digest.
//!
//! [`get_source`] reads `spec.sourceRef` (GitRepository, OCIRepository, Bucket or
//! ExternalArtifact of `source.toolkit.fluxcd.io`) and returns its artifact; a missing source or
//! one without an artifact is a `Waiting` error (retried after `--requeue-dependency`; the
//! source watch triggers sooner). [`ArtifactCache`] keeps the last unpacked trees by digest, so
//! Kustomizations sharing a source download it once.

use ferroflux_api::kustomize::Kustomization;
use ferroflux_api::meta::{Artifact, reasons};
use ferroflux_runtime::ReconcileError;
use ferroflux_runtime::fetch::ArtifactFetcher;
use ferroflux_runtime::untar::{MemTree, UntarLimits};
use kube::api::{ApiResource, DynamicObject, GroupVersionKind};
use kube::{Api, ResourceExt};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The API group of sources.
pub const SOURCE_GROUP: &str = "source.toolkit.fluxcd.io";

/// A resolved source.
#[derive(Clone, Debug)]
pub struct Source {
    /// `Kind/namespace/name`.
    pub display: String,
    /// Its artifact.
    pub artifact: Artifact,
}

impl Source {
    /// The origin revision (`org.opencontainers.image.revision` of OCI artifacts).
    pub fn origin_revision(&self) -> Option<String> {
        self.artifact
            .metadata
            .as_ref()
            .and_then(|m| m.get("org.opencontainers.image.revision").cloned())
    }
}

/// Returns the API resource of a source kind (`apiVersion` defaults to `source.toolkit.fluxcd.io/v1`).
pub fn source_resource(kind: &str, api_version: Option<&str>) -> ApiResource {
    let (group, version) = match api_version.and_then(|v| v.split_once('/')) {
        Some((g, v)) => (g.to_owned(), v.to_owned()),
        None => (SOURCE_GROUP.to_owned(), "v1".to_owned()),
    };
    let lower = kind.to_ascii_lowercase();
    let plural = match lower.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{lower}s"),
    };
    ApiResource::from_gvk_with_plural(&GroupVersionKind::gvk(&group, &version, kind), &plural)
}

/// Looks up the Kustomization's source and its artifact.
pub async fn get_source(
    client: &kube::Client,
    ks: &Kustomization,
    no_cross_namespace_refs: bool,
    requeue: Duration,
) -> Result<Source, ReconcileError> {
    let own_ns = ks.namespace().unwrap_or_default();
    let r = &ks.spec.source_ref;
    let namespace = r
        .namespace
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| own_ns.clone());
    let kind = r.kind.as_str();
    let display = format!("{kind}/{namespace}/{}", r.name);
    if no_cross_namespace_refs && namespace != own_ns {
        return Err(ReconcileError::stalled(
            "AccessDenied",
            format!("can't access '{display}', cross-namespace references have been blocked"),
        ));
    }
    let ar = source_resource(kind, r.api_version.as_deref());
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &namespace, &ar);
    let obj = match api.get_opt(&r.name).await {
        Ok(Some(o)) => o,
        Ok(None) => {
            return Err(ReconcileError::waiting(
                reasons::ARTIFACT_FAILED,
                format!("Source '{display}' not found"),
                requeue,
            ));
        }
        Err(e) => {
            return Err(ReconcileError::transient(
                reasons::ARTIFACT_FAILED,
                format!("failed to get source '{display}': {e}"),
            ));
        }
    };
    let artifact = obj
        .data
        .get("status")
        .and_then(|s| s.get("artifact"))
        .cloned()
        .and_then(|a| serde_json::from_value::<Artifact>(a).ok());
    match artifact {
        Some(artifact) => Ok(Source { display, artifact }),
        None => Err(ReconcileError::waiting(
            reasons::ARTIFACT_FAILED,
            format!("Source '{display}' is not ready, artifact not found"),
            requeue,
        )),
    }
}

/// The last unpacked artifacts, by digest.
pub struct ArtifactCache {
    fetcher: ArtifactFetcher,
    limits: UntarLimits,
    capacity: usize,
    entries: Mutex<VecDeque<(String, Arc<MemTree>)>>,
}

impl ArtifactCache {
    /// Creates a cache of `capacity` trees over `fetcher`.
    pub fn new(fetcher: ArtifactFetcher, limits: UntarLimits, capacity: usize) -> Self {
        Self {
            fetcher,
            limits,
            capacity: capacity.max(1),
            entries: Mutex::new(VecDeque::new()),
        }
    }

    /// Returns the unpacked artifact, downloading and verifying it when not cached.
    pub async fn get(&self, artifact: &Artifact, requeue: Duration) -> Result<Arc<MemTree>, ReconcileError> {
        let key = artifact
            .digest
            .clone()
            .unwrap_or_else(|| format!("{}#{}", artifact.url, artifact.revision));
        if let Some(tree) = self.lookup(&key) {
            return Ok(tree);
        }
        let digest = artifact.digest.clone().unwrap_or_default();
        let tree = self
            .fetcher
            .fetch_tree(&artifact.url, &digest, &self.limits)
            .await
            .map_err(|e| {
                if e.is_not_found() {
                    ReconcileError::waiting(
                        reasons::ARTIFACT_FAILED,
                        "Source is not ready, artifact not found".to_owned(),
                        requeue,
                    )
                } else {
                    ReconcileError::transient(reasons::ARTIFACT_FAILED, format!("failed to fetch artifact: {e}"))
                }
            })?;
        let tree = Arc::new(tree);
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|(k, _)| k != &key);
            entries.push_front((key, tree.clone()));
            entries.truncate(self.capacity);
        }
        Ok(tree)
    }

    fn lookup(&self, key: &str) -> Option<Arc<MemTree>> {
        let mut entries = self.entries.lock().ok()?;
        let pos = entries.iter().position(|(k, _)| k == key)?;
        let hit = entries.remove(pos)?;
        let tree = hit.1.clone();
        entries.push_front(hit);
        Some(tree)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn source_kinds_map_to_their_plurals() {
        assert_eq!(super::source_resource("GitRepository", None).plural, "gitrepositories");
        assert_eq!(super::source_resource("OCIRepository", None).plural, "ocirepositories");
        assert_eq!(super::source_resource("Bucket", None).plural, "buckets");
        assert_eq!(
            super::source_resource("ExternalArtifact", None).plural,
            "externalartifacts"
        );
    }
}
