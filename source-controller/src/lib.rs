//! ferroflux source-controller.
//!
//! Reconciles GitRepository objects into artifacts served over HTTP (`--storage-addr`), with
//! the artifact store in [`storage`], Git reads in [`git`] and ignore rules in
//! [`sourceignore`]. OCIRepository, HelmRepository, HelmChart and Bucket are not reconciled
//! yet — they arrive with their own issues.

pub mod cli;
pub mod git;
pub mod gitrepository;
pub mod sourceignore;
pub mod storage;
pub mod verify;

/// Controller name: Deployment, field manager and event `reportingController`.
pub const NAME: &str = "source-controller";

/// Kinds this controller reconciles.
pub const KINDS: &[&str] = &["GitRepository"];

/// Kinds this controller will own but does not reconcile yet.
pub const PENDING_KINDS: &[&str] = &["OCIRepository", "HelmRepository", "HelmChart", "Bucket"];

/// Runs the controller until SIGTERM.
pub async fn run(cli: cli::Cli) -> anyhow::Result<()> {
    let manager = ferroflux_runtime::Manager::start(NAME, cli.runtime.clone(), 2).await?;
    run_with_manager(manager, &cli).await
}

/// Runs the controller's loops on an already started manager (tests start managers with their
/// own client configuration). Binds the artifact server at once; serves it once leading.
pub async fn run_with_manager(manager: ferroflux_runtime::Manager, cli: &cli::Cli) -> anyhow::Result<()> {
    use ferroflux_runtime::duration::parse_duration;
    let listener = storage::server::bind(&cli.storage_addr).await?;
    let bound = listener.local_addr()?;
    let adv = if cli.storage_adv_addr.is_empty() && bound.port() != 0 && cli.storage_addr.ends_with(":0") {
        bound.to_string()
    } else {
        storage::advertised_addr(&cli.storage_adv_addr, &cli.storage_addr)
    };
    let retention = storage::Retention {
        records: cli.artifact_retention_records as usize,
        ttl: parse_duration(&cli.artifact_retention_ttl)?,
    };
    let algo: storage::DigestAlgorithm = cli.artifact_digest_algo.parse()?;
    let store = storage::Storage::new(&cli.storage_path, adv)?
        .with_retention(retention)
        .with_digest_algorithm(algo);
    let root = store.base().to_owned();
    tracing::info!(path = %root.display(), addr = %bound, "artifact storage ready");
    tracing::warn!(pending = ?PENDING_KINDS, "these kinds are not reconciled by this build yet");
    let reconciler = gitrepository::GitRepositoryReconciler::new(store)
        .with_dependency_requeue(parse_duration(&cli.runtime.requeue_dependency)?);
    manager
        .run(|ctx, stop| async move {
            let server_stop = stop.clone();
            let server = tokio::spawn(async move { storage::server::serve(listener, &root, server_stop).await });
            ferroflux_runtime::reconcile::run::<ferroflux_api::source::GitRepository, _>(ctx, reconciler, stop).await;
            match server.await {
                Ok(Err(e)) => tracing::error!(error = %e, "artifact server failed"),
                Err(e) => tracing::error!(error = %e, "artifact server task failed"),
                Ok(Ok(())) => {}
            }
        })
        .await?;
    Ok(())
}
