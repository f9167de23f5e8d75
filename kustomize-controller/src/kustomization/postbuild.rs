//! Everything between the artifact and the objects to apply: reading the `postBuild`
//! variables and the decryption keys from the cluster ([`Inputs::read`]), then, off the async
//! runtime, [`render`]: decrypt SOPS dotenv files, kustomize build, decrypt SOPS Secrets,
//! substitute variables, and put the owner labels on every object.

use super::generate;
use crate::sops::{self, AgeKeys};
use crate::varsub::{self, VarsubOptions};
use ferroflux_api::kustomize::{
    DecryptionProvider, Kustomization, KustomizationSpec, SubstituteKind, SubstituteStrategy,
};
use ferroflux_api::meta::reasons;
use ferroflux_runtime::ReconcileError;
use ferroflux_runtime::apply::object::has_policy;
use ferroflux_runtime::untar::MemTree;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::{Api, ResourceExt};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Label/annotation key that keeps an object from being decrypted.
pub const DECRYPT_KEY: &str = "kustomize.toolkit.fluxcd.io/decrypt";

/// What a build needs from the cluster besides the artifact.
#[derive(Clone)]
pub struct Inputs {
    /// Variables to substitute; `None` when substitution is off.
    pub vars: Option<BTreeMap<String, String>>,
    /// Strict substitution (`StrictPostBuildSubstitutions`).
    pub strict: bool,
    /// age identities for SOPS.
    pub age: Option<Arc<AgeKeys>>,
    fingerprint: String,
}

impl Inputs {
    /// A digest of the inputs, so a build can be reused while they stay the same.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Reads `postBuild.substituteFrom` and the decryption Secret.
    pub async fn read(client: &kube::Client, ks: &Kustomization) -> Result<Self, ReconcileError> {
        let ns = ks.namespace().unwrap_or_default();
        let mut h = Sha256::new();
        let mut vars = None;
        if let Some(pb) = &ks.spec.post_build {
            let mut from = Vec::new();
            for r in pb.substitute_from.iter().flatten() {
                let optional = r.optional.unwrap_or(false);
                let data: Option<BTreeMap<String, String>> = match r.kind {
                    SubstituteKind::ConfigMap => {
                        let api: Api<ConfigMap> = Api::namespaced(client.clone(), &ns);
                        api.get_opt(&r.name)
                            .await
                            .map_err(|e| subst_error("ConfigMap", &ns, &r.name, &e.to_string()))?
                            .map(|cm| cm.data.unwrap_or_default())
                    }
                    SubstituteKind::Secret => {
                        let api: Api<Secret> = Api::namespaced(client.clone(), &ns);
                        api.get_opt(&r.name)
                            .await
                            .map_err(|e| subst_error("Secret", &ns, &r.name, &e.to_string()))?
                            .map(|s| {
                                let mut m: BTreeMap<String, String> = s
                                    .data
                                    .unwrap_or_default()
                                    .into_iter()
                                    .map(|(k, v)| (k, String::from_utf8_lossy(&v.0).into_owned()))
                                    .collect();
                                m.extend(s.string_data.unwrap_or_default());
                                m
                            })
                    }
                };
                let kind = match r.kind {
                    SubstituteKind::ConfigMap => "ConfigMap",
                    SubstituteKind::Secret => "Secret",
                };
                match data {
                    Some(d) => from.push(d),
                    None if optional => {}
                    None => return Err(subst_error(kind, &ns, &r.name, "not found")),
                }
            }
            let inline = pb.substitute.clone().unwrap_or_default();
            let merged = varsub::merge_vars(&from, &inline)
                .map_err(|e| ReconcileError::transient(reasons::BUILD_FAILED, e.to_string()))?;
            let always = matches!(pb.substitute_strategy, Some(SubstituteStrategy::Always));
            if !merged.is_empty() || always {
                for (k, v) in &merged {
                    h.update(k.as_bytes());
                    h.update([0]);
                    h.update(v.as_bytes());
                    h.update([0]);
                }
                vars = Some(merged);
            }
        }
        let mut age = None;
        if let Some(d) = &ks.spec.decryption {
            if d.provider != DecryptionProvider::Sops {
                return Err(ReconcileError::stalled(
                    reasons::BUILD_FAILED,
                    "unsupported decryption provider",
                ));
            }
            if let Some(sr) = &d.secret_ref {
                let api: Api<Secret> = Api::namespaced(client.clone(), &ns);
                let secret = api.get_opt(&sr.name).await.map_err(|e| {
                    ReconcileError::transient(
                        reasons::BUILD_FAILED,
                        format!("cannot get decryption Secret '{ns}/{}': {e}", sr.name),
                    )
                })?;
                let Some(secret) = secret else {
                    return Err(ReconcileError::transient(
                        reasons::BUILD_FAILED,
                        format!("decryption Secret '{ns}/{}' not found", sr.name),
                    ));
                };
                let data: BTreeMap<String, Vec<u8>> = secret
                    .data
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(k, v)| (k, v.0))
                    .collect();
                for (k, v) in &data {
                    h.update(k.as_bytes());
                    h.update(v);
                }
                let keys = AgeKeys::parse(&data)
                    .map_err(|e| ReconcileError::transient(reasons::BUILD_FAILED, format!("decryption keys: {e}")))?;
                age = Some(Arc::new(keys));
            }
        }
        Ok(Self {
            vars,
            strict: true,
            age,
            fingerprint: hex::encode(h.finalize()),
        })
    }
}

fn subst_error(kind: &str, ns: &str, name: &str, cause: &str) -> ReconcileError {
    ReconcileError::transient(
        reasons::BUILD_FAILED,
        format!("substitute from '{kind}/{ns}/{name}' error: {cause}"),
    )
}

/// Builds, decrypts, substitutes and labels the objects of one Kustomization.
pub fn render(
    tree: Arc<MemTree>,
    spec: &KustomizationSpec,
    inputs: &Inputs,
    owner: &BTreeMap<String, String>,
) -> Result<Vec<Value>, String> {
    let mut fs = generate::ArtifactFs::new(tree);
    if let Some(keys) = &inputs.age {
        // SOPS-encrypted dotenv files (secretGenerator `envs`) are decrypted before the build.
        let encrypted: Vec<(String, Vec<u8>)> = fs
            .dotenv_files()
            .into_iter()
            .filter(|(p, d)| p.ends_with(".env") && is_sops_dotenv(d))
            .collect();
        for (path, data) in encrypted {
            let plain = sops::decrypt_bytes(&data, sops::Format::Dotenv, keys)
                .map_err(|e| format!("failed to decrypt {path}: {e}"))?;
            fs.add_file(&format!("/{path}"), plain);
        }
    }
    let mut objects = generate::build(&mut fs, spec).map_err(|e| e.to_string())?;
    for obj in objects.iter_mut() {
        // Like Flux, only v1 Secrets are decrypted.
        let secret = obj.get("kind").and_then(Value::as_str) == Some("Secret")
            && obj.get("apiVersion").and_then(Value::as_str) == Some("v1");
        if secret && sops::is_encrypted(obj) && !has_policy(obj, DECRYPT_KEY, "disabled") {
            let Some(keys) = &inputs.age else {
                return Err(format!(
                    "{} is SOPS-encrypted but spec.decryption is not set",
                    describe(obj)
                ));
            };
            sops::decrypt_object(obj, keys).map_err(|e| format!("failed to decrypt {}: {e}", describe(obj)))?;
        }
    }
    if let Some(vars) = &inputs.vars {
        varsub::substitute(&mut objects, vars, &VarsubOptions { strict: inputs.strict }).map_err(|e| e.to_string())?;
    }
    for obj in objects.iter_mut() {
        let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) else {
            continue;
        };
        let labels = meta
            .entry("labels")
            .or_insert_with(|| Value::Object(Default::default()));
        if !labels.is_object() {
            *labels = Value::Object(Default::default());
        }
        if let Some(l) = labels.as_object_mut() {
            for (k, v) in owner {
                l.insert(k.clone(), Value::String(v.clone()));
            }
        }
    }
    Ok(objects)
}

fn is_sops_dotenv(data: &[u8]) -> bool {
    String::from_utf8_lossy(data)
        .lines()
        .any(|l| l.starts_with("sops_mac=") || l.starts_with("sops_version="))
}

fn describe(obj: &Value) -> String {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or("object");
    let meta = obj.get("metadata");
    let name = meta.and_then(|m| m.get("name")).and_then(Value::as_str).unwrap_or("");
    match meta.and_then(|m| m.get("namespace")).and_then(Value::as_str) {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    }
}
