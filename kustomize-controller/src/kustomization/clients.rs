//! The client a Kustomization applies with: the controller's own, one impersonating
//! `spec.serviceAccountName` (or `--default-service-account`), or one for a remote cluster from
//! `spec.kubeConfig.secretRef`.
//!
//! Impersonating clients and their kind caches are kept per service account; remote clients are
//! built per reconcile from the Secret (it may have changed).

use ferroflux_api::kustomize::Kustomization;
use ferroflux_api::meta::reasons;
use ferroflux_runtime::ReconcileError;
use ferroflux_runtime::apply::{Applier, Discovery};
use k8s_openapi::api::core::v1::Secret;
use kube::{Api, ResourceExt};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Builds and caches the clients Kustomizations apply with.
pub struct Clients {
    config: kube::Config,
    base: Applier,
    qps: f32,
    burst: u32,
    default_service_account: Option<String>,
    impersonating: Mutex<HashMap<String, Applier>>,
}

impl Clients {
    /// Creates the cache over the controller's own client and configuration.
    pub fn new(config: kube::Config, client: kube::Client, qps: f32, burst: u32, default_sa: Option<String>) -> Self {
        let discovery = Arc::new(Discovery::new(client.clone()));
        Self {
            config,
            base: Applier::new(client, discovery),
            qps,
            burst,
            default_service_account: default_sa.filter(|s| !s.is_empty()),
            impersonating: Mutex::new(HashMap::new()),
        }
    }

    /// The controller's own applier.
    pub fn base(&self) -> &Applier {
        &self.base
    }

    /// Returns the applier for `ks`.
    pub async fn for_kustomization(
        &self,
        ks: &Kustomization,
        client: &kube::Client,
    ) -> Result<Applier, ReconcileError> {
        let namespace = ks.namespace().unwrap_or_default();
        let sa = ks
            .spec
            .service_account_name
            .clone()
            .filter(|s| !s.is_empty())
            .or_else(|| self.default_service_account.clone());
        if let Some(secret_ref) = ks.spec.kube_config.as_ref().and_then(|k| k.secret_ref.as_ref()) {
            let secrets: Api<Secret> = Api::namespaced(client.clone(), &namespace);
            let secret = secrets.get_opt(&secret_ref.name).await.map_err(|e| {
                ReconcileError::transient(
                    reasons::RECONCILIATION_FAILED,
                    format!("failed to get kubeconfig secret: {e}"),
                )
            })?;
            let Some(secret) = secret else {
                return Err(ReconcileError::transient(
                    reasons::RECONCILIATION_FAILED,
                    format!("kubeconfig secret '{namespace}/{}' not found", secret_ref.name),
                ));
            };
            let data = secret.data.unwrap_or_default();
            let keys: Vec<String> = match &secret_ref.key {
                Some(k) if !k.is_empty() => vec![k.clone()],
                _ => vec!["value".to_owned(), "value.yaml".to_owned()],
            };
            let Some(bytes) = keys.iter().find_map(|k| data.get(k)) else {
                return Err(ReconcileError::stalled(
                    reasons::RECONCILIATION_FAILED,
                    format!(
                        "kubeconfig secret '{namespace}/{}' has no key {}",
                        secret_ref.name,
                        keys.join(" or ")
                    ),
                ));
            };
            let text = String::from_utf8_lossy(&bytes.0).into_owned();
            let kubeconfig = kube::config::Kubeconfig::from_yaml(&text).map_err(|e| {
                ReconcileError::stalled(reasons::RECONCILIATION_FAILED, format!("invalid kubeconfig: {e}"))
            })?;
            let mut config =
                kube::Config::from_custom_kubeconfig(kubeconfig, &kube::config::KubeConfigOptions::default())
                    .await
                    .map_err(|e| {
                        ReconcileError::stalled(reasons::RECONCILIATION_FAILED, format!("invalid kubeconfig: {e}"))
                    })?;
            if let Some(sa) = &sa {
                config.auth_info.impersonate = Some(format!("system:serviceaccount:{namespace}:{sa}"));
            }
            let client = ferroflux_runtime::ratelimit::client(config, self.qps, self.burst).map_err(|e| {
                ReconcileError::transient(reasons::RECONCILIATION_FAILED, format!("remote cluster client: {e}"))
            })?;
            let discovery = Arc::new(Discovery::new(client.clone()));
            return Ok(Applier::new(client, discovery));
        }
        let Some(sa) = sa else {
            return Ok(self.base.clone());
        };
        let user = format!("system:serviceaccount:{namespace}:{sa}");
        if let Some(a) = self.impersonating.lock().ok().and_then(|m| m.get(&user).cloned()) {
            return Ok(a);
        }
        let mut config = self.config.clone();
        config.auth_info.impersonate = Some(user.clone());
        config.auth_info.impersonate_groups = None;
        let client = ferroflux_runtime::ratelimit::client(config, self.qps, self.burst).map_err(|e| {
            ReconcileError::transient(reasons::RECONCILIATION_FAILED, format!("impersonating client: {e}"))
        })?;
        // Kinds are the same cluster-wide; resolve them with the controller's own discovery rights
        // is not possible through `Applier`, so the impersonating client gets its own cache.
        let applier = Applier::new(client.clone(), Arc::new(Discovery::new(client)));
        if let Ok(mut m) = self.impersonating.lock() {
            m.insert(user, applier.clone());
        }
        Ok(applier)
    }
}
