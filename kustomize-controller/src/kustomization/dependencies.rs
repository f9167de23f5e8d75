//! `spec.dependsOn`: Flux's readiness checks of the Kustomizations this one depends on.
//!
//! For each dependency (namespace defaults to the dependent's): it must exist; its
//! `status.observedGeneration` must equal its generation and `Ready` be `True`; and when it
//! builds from the same source, its `lastAppliedRevision` must be the source's current revision.
//! `readyExpr` (CEL) is not evaluated by this build: such a dependency is reported as
//! unsupported rather than silently treated as ready.

use ferroflux_api::kustomize::Kustomization;
use kube::{Api, ResourceExt};

/// Checks every dependency of `ks`; the error message says which one is not ready and why.
pub async fn check(client: &kube::Client, ks: &Kustomization, source_revision: &str) -> Result<(), String> {
    let own_ns = ks.namespace().unwrap_or_default();
    let Some(deps) = ks.spec.depends_on.as_ref() else {
        return Ok(());
    };
    for dep in deps {
        let ns = dep
            .namespace
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| own_ns.clone());
        let id = format!("{ns}/{}", dep.name);
        if dep.ready_expr.as_deref().is_some_and(|e| !e.is_empty()) {
            return Err(format!(
                "dependency '{id}': readyExpr (CEL) is not supported by this controller"
            ));
        }
        let api: Api<Kustomization> = Api::namespaced(client.clone(), &ns);
        let d = match api.get_opt(&dep.name).await {
            Ok(Some(d)) => d,
            Ok(None) => return Err(format!("unable to get '{id}' dependency: not found")),
            Err(e) => return Err(format!("unable to get '{id}' dependency: {e}")),
        };
        let status = d.status.clone().unwrap_or_default();
        let ready = status
            .conditions
            .as_ref()
            .and_then(|cs| cs.iter().find(|c| c.type_ == "Ready"))
            .is_some_and(|c| c.status == "True");
        if d.metadata.generation != status.observed_generation || !ready {
            return Err(format!("dependency '{id}' is not ready"));
        }
        if same_source(ks, &d) && status.last_applied_revision.as_deref() != Some(source_revision) {
            return Err(format!("dependency '{id}' revision is not up to date"));
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
