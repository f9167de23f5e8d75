//! `spec.dependsOn`: Flux's readiness checks of the Kustomizations this one depends on.
//!
//! For each dependency (namespace defaults to the dependent's): it must exist; its
//! `status.observedGeneration` must equal its generation and `Ready` be `True`; and when it
//! builds from the same source, its `lastAppliedRevision` must be the source's current revision.
//! A `readyExpr` (CEL, with `dep` and `self` bound) replaces those built-in checks; an
//! expression that does not compile is a terminal error (`InvalidCELExpression`).

use super::cel::ReadyExpr;
use ferroflux_api::kustomize::Kustomization;
use kube::{Api, ResourceExt};

/// Why the dependencies are not satisfied.
#[derive(Debug)]
pub enum DependencyError {
    /// A dependency is not ready yet (retry later).
    NotReady(String),
    /// A `readyExpr` is invalid (wait for a spec change).
    InvalidExpression(String),
}

/// Checks every dependency of `ks`; the error says which one is not ready and why.
pub async fn check(client: &kube::Client, ks: &Kustomization, source_revision: &str) -> Result<(), DependencyError> {
    check_all(client, ks, source_revision).await
}

async fn check_all(client: &kube::Client, ks: &Kustomization, source_revision: &str) -> Result<(), DependencyError> {
    use DependencyError::NotReady;
    let own_ns = ks.namespace().unwrap_or_default();
    let Some(deps) = ks.spec.depends_on.as_ref() else {
        return Ok(());
    };
    // The dependent as JSON for readyExpr's `self`, serialised at most once.
    let mut self_json: Option<serde_json::Value> = None;
    for dep in deps {
        let ns = dep
            .namespace
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| own_ns.clone());
        let id = format!("{ns}/{}", dep.name);
        let expr = match dep.ready_expr.as_deref().filter(|e| !e.is_empty()) {
            Some(e) => Some(ReadyExpr::compile(e).map_err(|e| DependencyError::InvalidExpression(e.to_string()))?),
            None => None,
        };
        let api: Api<Kustomization> = Api::namespaced(client.clone(), &ns);
        let d = match api.get_opt(&dep.name).await {
            Ok(Some(d)) => d,
            Ok(None) => return Err(NotReady(format!("unable to get '{id}' dependency: not found"))),
            Err(e) => return Err(NotReady(format!("unable to get '{id}' dependency: {e}"))),
        };
        if let Some(expr) = expr {
            let dep_json = serde_json::to_value(&d).unwrap_or_default();
            let this = self_json.get_or_insert_with(|| serde_json::to_value(ks).unwrap_or_default());
            match expr.eval(&dep_json, this) {
                Ok(true) => continue,
                Ok(false) => {
                    return Err(NotReady(format!(
                        "dependency '{id}' is not ready according to readyExpr"
                    )));
                }
                Err(e) => return Err(NotReady(format!("dependency '{id}' is not ready: {e}"))),
            }
        }
        let status = d.status.clone().unwrap_or_default();
        let ready = status
            .conditions
            .as_ref()
            .and_then(|cs| cs.iter().find(|c| c.type_ == "Ready"))
            .is_some_and(|c| c.status == "True");
        if d.metadata.generation != status.observed_generation || !ready {
            return Err(NotReady(format!("dependency '{id}' is not ready")));
        }
        if same_source(ks, &d) && status.last_applied_revision.as_deref() != Some(source_revision) {
            return Err(NotReady(format!("dependency '{id}' revision is not up to date")));
        }
    }
    Ok(())
}

fn same_source(a: &Kustomization, b: &Kustomization) -> bool {
    let ns = |k: &Kustomization| {
        k.spec
            .source_ref
            .namespace
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| k.namespace().unwrap_or_default())
    };
    a.spec.source_ref.kind == b.spec.source_ref.kind
        && a.spec.source_ref.name == b.spec.source_ref.name
        && ns(a) == ns(b)
}
