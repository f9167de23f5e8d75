//! Resolves group/version/kind to API resources (plural, scope), with a cache.
//!
//! [`Discovery::resolve`] asks the API server once per group version and remembers every kind
//! it serves; a kind the server does not know is not cached, so a CRD applied a moment ago is
//! found on the next call.

use kube::api::{ApiResource, GroupVersionKind};
use kube::discovery::{ApiCapabilities, Scope};
use std::collections::HashMap;
use std::sync::Mutex;

/// What the API server serves for one kind.
#[derive(Clone, Debug)]
pub struct Resolved {
    /// The resource (plural, group, version).
    pub resource: ApiResource,
    /// True for namespaced kinds.
    pub namespaced: bool,
}

/// Why a kind could not be resolved.
#[derive(Debug, thiserror::Error)]
pub enum DiscoveryError {
    /// The server does not serve the kind.
    #[error("no matches for kind \"{kind}\" in version \"{api_version}\"")]
    NoMatch {
        /// Kind.
        kind: String,
        /// `group/version`.
        api_version: String,
    },
    /// The server could not be asked.
    #[error("discovery failed: {0}")]
    Api(#[source] kube::Error),
}

/// A cache of resolved kinds for one cluster.
pub struct Discovery {
    client: kube::Client,
    cache: Mutex<HashMap<(String, String, String), Resolved>>,
}

impl Discovery {
    /// Creates an empty cache over `client`.
    pub fn new(client: kube::Client) -> Self {
        Self {
            client,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// Resolves `group`/`version`/`kind`.
    pub async fn resolve(&self, group: &str, version: &str, kind: &str) -> Result<Resolved, DiscoveryError> {
        let key = (group.to_owned(), version.to_owned(), kind.to_owned());
        if let Some(hit) = self.cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
            return Ok(hit);
        }
        let gvk = GroupVersionKind::gvk(group, version, kind);
        let api_version = if group.is_empty() {
            version.to_owned()
        } else {
            format!("{group}/{version}")
        };
        let (resource, caps): (ApiResource, ApiCapabilities) =
            match kube::discovery::pinned_kind(&self.client, &gvk).await {
                Ok(found) => found,
                Err(kube::Error::Discovery(_)) => {
                    return Err(DiscoveryError::NoMatch {
                        kind: kind.to_owned(),
                        api_version,
                    });
                }
                Err(kube::Error::Api(s)) if s.code == 404 => {
                    return Err(DiscoveryError::NoMatch {
                        kind: kind.to_owned(),
                        api_version,
                    });
                }
                Err(e) => return Err(DiscoveryError::Api(e)),
            };
        let resolved = Resolved {
            resource,
            namespaced: matches!(caps.scope, Scope::Namespaced),
        };
        if let Ok(mut c) = self.cache.lock() {
            c.insert(key, resolved.clone());
        }
        Ok(resolved)
    }

    /// Forgets everything (e.g. after CRDs changed).
    pub fn invalidate(&self) {
        if let Ok(mut c) = self.cache.lock() {
            c.clear();
        }
    }
}
