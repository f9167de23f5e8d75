//! ferroflux kustomize-controller.
//!
//! Reconciles Flux Kustomizations ([`kustomization`]): the source artifact is built with the
//! native kustomize engine, SOPS Secrets are decrypted ([`sops`]), `postBuild` variables are
//! substituted ([`envsubst`], [`varsub`]), and the objects are applied with server-side apply in
//! Flux's stages, pruned and health-checked by the runtime's `apply` module.

pub mod cli;
pub mod envsubst;
pub mod kustomization;
pub mod sops;
pub mod varsub;

use ferroflux_runtime::duration::parse_duration;
use ferroflux_runtime::fetch::{ArtifactFetcher, FetcherOptions};
use ferroflux_runtime::untar::UntarLimits;

/// Controller name: Deployment, field manager and event `reportingController`.
pub const NAME: &str = "kustomize-controller";

/// Kinds this controller reconciles.
pub const KINDS: &[&str] = &["Kustomization"];

/// Runs the controller until SIGTERM.
pub async fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let manager = ferroflux_runtime::Manager::start(NAME, cli.runtime.clone(), 4).await?;
    run_with_manager(manager, &cli).await
}

/// Runs the controller's loop on an already started manager (tests start managers with their
/// own client configuration).
pub async fn run_with_manager(manager: ferroflux_runtime::Manager, cli: &cli::Cli) -> anyhow::Result<()> {
    let fetcher = ArtifactFetcher::new(
        FetcherOptions {
            retries: cli.http_retry,
            ..FetcherOptions::default()
        }
        .with_hostname_override_from_env(),
    )?;
    let clients = kustomization::clients::Clients::new(
        manager.kube_config().clone(),
        manager.client(),
        cli.runtime.kube_api_qps,
        cli.runtime.kube_api_burst,
        Some(cli.default_service_account.clone()),
    );
    let settings = kustomization::Settings {
        requeue_dependency: parse_duration(&cli.runtime.requeue_dependency)?,
        no_cross_namespace_refs: cli.no_cross_namespace_refs,
        concurrent_ssa: cli.concurrent_ssa.max(1),
    };
    let artifacts = kustomization::source::ArtifactCache::new(fetcher, UntarLimits::default(), 16);
    let reconciler = kustomization::KustomizationReconciler::new(clients, artifacts, settings);
    manager
        .run(|ctx, stop| async move {
            let triggers = kustomization::triggers(&ctx.client, ctx.settings.namespace.clone());
            ferroflux_runtime::reconcile::run_with_triggers::<ferroflux_api::kustomize::Kustomization, _>(
                ctx, reconciler, stop, triggers,
            )
            .await;
        })
        .await?;
    Ok(())
}
