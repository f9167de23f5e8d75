//! Git reads with gitoxide (gix): resolving a GitRepository's `ref` against the remote's ref
//! advertisement, shallow fetches into a per-object bare cache repository, and reading a
//! commit's tree into memory (regular files only — symlinks are never read), optionally limited
//! to sparse-checkout directories and extended with the commit's submodules ([`submodule`]).
//! Transports may go through a proxy ([`ProxyAuth`]).
//!
//! A commit already in the cache is never fetched again, so rebuilding an artifact after a
//! change of `ignore`, `sparseCheckout`, `include` or `recurseSubmodules` costs one ref
//! advertisement.
//!
//! Everything here is blocking (gix's HTTP and SSH transports are); callers run it on
//! `spawn_blocking`. Entry point: [`fetch`].

mod auth;
mod proxy;
mod refs;
pub mod submodule;
mod tree;

pub use auth::{Auth, SshAuth, TlsAuth};
pub use proxy::ProxyAuth;
pub use refs::{RefRequest, Resolved};
pub use tree::{Sparse, TreeFile, normalise as normalise_path};

use gix::remote::Direction;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

/// A Git failure, classified for conditions: [`GitError::reason`] gives Flux's reason.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    /// The URL cannot be parsed or has an unsupported scheme.
    #[error("invalid url {url:?}: {message}")]
    InvalidUrl {
        /// The URL.
        url: String,
        /// Why.
        message: String,
    },
    /// The remote could not be reached or refused us.
    #[error("failed to connect to {url}: {message}")]
    Connect {
        /// The URL.
        url: String,
        /// The transport's message.
        message: String,
    },
    /// The requested reference does not exist on the remote.
    #[error("{0}")]
    RefNotFound(String),
    /// Fetching objects failed.
    #[error("failed to fetch {what}: {message}")]
    Fetch {
        /// What was fetched.
        what: String,
        /// The transport's message.
        message: String,
    },
    /// The local cache repository could not be used.
    #[error("git cache at {path}: {message}")]
    Cache {
        /// The cache path.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// Reading objects failed.
    #[error("failed to read {what}: {message}")]
    Read {
        /// What was read.
        what: String,
        /// Why.
        message: String,
    },
    /// The checkout exceeds the configured size limits.
    #[error("repository content exceeds the limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// Credentials could not be prepared.
    #[error("invalid credentials: {0}")]
    Auth(String),
    /// A `spec.sparseCheckout` directory does not exist in the commit.
    #[error("sparse checkout dir '{0}' does not exist in repository")]
    SparseCheckout(String),
    /// A submodule could not be resolved, fetched or read.
    #[error("submodule '{path}': {message}")]
    Submodule {
        /// The submodule path from the repository root.
        path: String,
        /// Why.
        message: String,
    },
    /// The proxy cannot carry the transport.
    #[error("{0}")]
    Proxy(String),
}

impl GitError {
    /// Returns Flux's condition reason for this error.
    pub fn reason(&self) -> &'static str {
        match self {
            GitError::InvalidUrl { .. } => "URLInvalid",
            GitError::Auth(_) => "AuthenticationFailed",
            _ => "GitOperationFailed",
        }
    }
}

/// What to fetch and how.
#[derive(Clone, Debug)]
pub struct FetchRequest {
    /// Remote URL (`http(s)://` or `ssh://`).
    pub url: String,
    /// The reference to resolve.
    pub reference: RefRequest,
    /// Credentials and TLS settings.
    pub auth: Auth,
    /// Per-object bare cache repository (created when missing).
    pub cache_dir: PathBuf,
    /// Scratch directory for key files; removed by the caller.
    pub scratch_dir: PathBuf,
    /// The commit of the current artifact: when the remote still points there, nothing is fetched.
    pub current_commit: Option<String>,
    /// Upper bound of the checkout's total size in bytes.
    pub max_size: u64,
    /// The directories to read (`spec.sparseCheckout`); all when empty.
    pub sparse: Sparse,
    /// Whether submodules are fetched and read too (`spec.recurseSubmodules`).
    pub recurse_submodules: bool,
}

/// What a fetch produced.
#[derive(Debug)]
pub enum FetchOutcome {
    /// The remote still points at `current_commit`; only the ref advertisement was read.
    UpToDate(Resolved),
    /// A new (or first) commit was fetched and read.
    Fetched {
        /// The resolved reference.
        resolved: Resolved,
        /// The commit message's first line.
        subject: String,
        /// Regular files of the commit's tree (and its submodules), sorted by path.
        files: Vec<TreeFile>,
    },
}

/// Resolves the reference on the remote and, unless it still points at the current commit,
/// fetches it shallowly into the cache (when not there yet) and reads its tree, the sparse
/// selection and the submodules.
pub fn fetch(req: &FetchRequest) -> Result<FetchOutcome, GitError> {
    let ssh = auth::prepare(&req.auth, &req.url, &req.scratch_dir)?;
    let proxied = |e: GitError| with_proxy_error(e, ssh.as_ref());
    let repo = open_with(&req.cache_dir, ssh.as_ref())?;
    // One connection lists the refs; a second fetches only when the commit is not cached.
    let resolved = {
        let prepare = connect(&repo, &req.url, &req.auth, &req.reference.listing_refspecs()).map_err(proxied)?;
        refs::resolve(&req.reference, &prepare.ref_map().remote_refs)?
    };
    if req.current_commit.as_deref() == Some(resolved.commit.as_str()) {
        return Ok(FetchOutcome::UpToDate(resolved));
    }
    let repo = if has_commit(&repo, &resolved.commit) {
        repo
    } else {
        let spec = format!("+{}:refs/ferroflux/fetched", resolved.full_ref);
        // A pinned commit may be anywhere in the history: fetch all of it; otherwise one commit.
        let shallow = match req.reference {
            RefRequest::Commit { .. } => gix::remote::fetch::Shallow::NoChange,
            _ => gix::remote::fetch::Shallow::DepthAtRemote(std::num::NonZeroU32::MIN),
        };
        receive(&repo, &req.url, &req.auth, &[spec], shallow)
            .map_err(|e| match e {
                GitError::Fetch { message, .. } => GitError::Fetch {
                    what: resolved.display_or_commit(),
                    message,
                },
                other => other,
            })
            .map_err(proxied)?;
        open_cache(&req.cache_dir)?
    };
    let mut total = 0u64;
    let tree = tree::read_commit(&repo, &resolved.commit, &req.sparse, &mut total, req.max_size)?;
    if let Some(missing) = tree.missing.first() {
        return Err(GitError::SparseCheckout(missing.clone()));
    }
    let mut files = Vec::new();
    if req.recurse_submodules {
        let mut walker = submodule::Walker {
            top_url: &req.url,
            auth: &req.auth,
            scratch: &req.scratch_dir,
            max_size: req.max_size,
            total,
            files: Vec::new(),
        };
        walker.walk(&req.url, &req.cache_dir, &tree, "", 0)?;
        files = walker.files;
    }
    let subject = tree.subject;
    files.extend(tree.files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(FetchOutcome::Fetched {
        resolved,
        subject,
        files,
    })
}

/// Makes sure the cache at `cache_dir` holds `commit` of the repository at `url` (a submodule):
/// nothing happens when it is cached already; otherwise the commit alone is asked for, and when
/// the server refuses to hand out an unadvertised object, all branches and tags are fetched
/// with full history and the commit must be among them.
pub(crate) fn fetch_commit(
    cache_dir: &Path,
    url: &str,
    auth: &Auth,
    scratch: &Path,
    commit: &str,
) -> Result<(), GitError> {
    let repo = open_cache(cache_dir)?;
    if has_commit(&repo, commit) {
        return Ok(());
    }
    let ssh = auth::prepare(auth, url, scratch)?;
    let proxied = |e: GitError| with_proxy_error(e, ssh.as_ref());
    let repo = open_with(cache_dir, ssh.as_ref())?;
    let one = gix::remote::fetch::Shallow::DepthAtRemote(std::num::NonZeroU32::MIN);
    let direct = receive(&repo, url, auth, &[format!("{commit}:refs/ferroflux/fetched")], one);
    if direct.is_ok() && has_commit(&open_cache(cache_dir)?, commit) {
        return Ok(());
    }
    if let Err(e) = &direct {
        tracing::debug!(error = %e, url = %redact(url), "fetching a commit by id was refused; fetching all refs");
    }
    let all = [
        "+refs/heads/*:refs/ferroflux/heads/*".to_owned(),
        "+refs/tags/*:refs/ferroflux/tags/*".to_owned(),
    ];
    receive(&repo, url, auth, &all, gix::remote::fetch::Shallow::undo()).map_err(proxied)?;
    if has_commit(&open_cache(cache_dir)?, commit) {
        Ok(())
    } else {
        Err(GitError::RefNotFound(format!(
            "commit {commit} not found in {}",
            redact(url)
        )))
    }
}

/// Appends what the SOCKS5 forwarder saw to a transport error: ssh itself only reports a
/// closed connection.
fn with_proxy_error(e: GitError, ssh: Option<&auth::SshSetup>) -> GitError {
    let Some(proxy_err) = ssh.and_then(|s| s.forwarder.as_ref()).and_then(|f| f.last_error()) else {
        return e;
    };
    match e {
        GitError::Connect { url, message } => GitError::Connect {
            url,
            message: format!("{message} ({proxy_err})"),
        },
        GitError::Fetch { what, message } => GitError::Fetch {
            what,
            message: format!("{message} ({proxy_err})"),
        },
        other => other,
    }
}

/// Reports whether the cache holds `commit` (and hence its tree: packs are complete).
fn has_commit(repo: &gix::Repository, commit: &str) -> bool {
    gix::ObjectId::from_hex(commit.as_bytes())
        .ok()
        .is_some_and(|id| repo.find_commit(id).is_ok())
}

/// Opens the cache with the SSH command of `ssh` configured.
fn open_with(cache_dir: &Path, ssh: Option<&auth::SshSetup>) -> Result<gix::Repository, GitError> {
    let mut repo = open_cache(cache_dir)?;
    if let Some(setup) = ssh {
        let mut cfg = repo.config_snapshot_mut();
        cfg.append_config(
            [format!("core.sshCommand={}", setup.command).as_str()],
            gix::config::Source::Api,
        )
        .map_err(|e| GitError::Auth(e.to_string()))?;
        cfg.commit().map_err(|e| GitError::Auth(e.to_string()))?;
    }
    Ok(repo)
}

/// Fetches `refspecs` from `url` into `repo` with the given shallow setting.
fn receive(
    repo: &gix::Repository,
    url: &str,
    auth: &Auth,
    refspecs: &[String],
    shallow: gix::remote::fetch::Shallow,
) -> Result<(), GitError> {
    let prepare = connect(repo, url, auth, refspecs)?.with_shallow(shallow);
    let interrupt = AtomicBool::new(false);
    prepare
        .receive(gix::progress::Discard, &interrupt)
        .map_err(|e| GitError::Fetch {
            what: redact(url),
            message: e.to_string(),
        })?;
    Ok(())
}

type Prepared<'repo> = gix::remote::fetch::Prepare<
    'static,
    'repo,
    Box<dyn gix::protocol::transport::client::blocking_io::Transport + Send>,
>;

/// Connects to `url` with `refspecs` and performs the handshake (the ref advertisement is in
/// the returned value's `ref_map()`).
fn connect<'repo>(
    repo: &'repo gix::Repository,
    url: &str,
    auth: &Auth,
    refspecs: &[String],
) -> Result<Prepared<'repo>, GitError> {
    let invalid = |e: &dyn std::fmt::Display| GitError::InvalidUrl {
        url: redact(url),
        message: e.to_string(),
    };
    let connect_err = |e: &dyn std::fmt::Display| GitError::Connect {
        url: redact(url),
        message: e.to_string(),
    };
    let remote = repo
        .remote_at(url)
        .map_err(|e| invalid(&e))?
        .with_refspecs(refspecs.iter().map(String::as_str), Direction::Fetch)
        .map_err(|e| invalid(&e))?;
    let conn = remote.connect(Direction::Fetch).map_err(|e| connect_err(&e))?;
    let creds = auth.clone();
    let mut conn = conn.with_credentials(move |action| auth::answer(&creds, action));
    if let Some(opts) = auth::http_options(auth) {
        conn.set_transport_options(Box::new(opts));
    }
    conn.prepare_fetch(gix::progress::Discard, gix::remote::ref_map::Options::default())
        .map_err(|e| connect_err(&e))
}

/// Reads a commit already in the cache without touching the network.
pub fn read_cached(cache_dir: &Path, commit: &str, max_size: u64) -> Result<(String, Vec<TreeFile>), GitError> {
    let repo = open_cache(cache_dir)?;
    let mut total = 0;
    let tree = tree::read_commit(&repo, commit, &Sparse::all(), &mut total, max_size)?;
    Ok((tree.subject, tree.files))
}

fn open_cache(dir: &Path) -> Result<gix::Repository, GitError> {
    let err = |e: &dyn std::fmt::Display| GitError::Cache {
        path: dir.to_owned(),
        message: e.to_string(),
    };
    if dir.join("HEAD").exists() {
        gix::open_opts(dir, gix::open::Options::isolated()).map_err(|e| err(&e))
    } else {
        std::fs::create_dir_all(dir).map_err(|e| err(&e))?;
        gix::init_bare(dir).map_err(|e| err(&e))?;
        gix::open_opts(dir, gix::open::Options::isolated()).map_err(|e| err(&e))
    }
}

/// Removes user information from a URL for messages.
pub fn redact(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.split_once('@') {
            Some((_, host)) if !rest.split('/').next().unwrap_or("").is_empty() && rest.find('@') < rest.find('/') => {
                format!("{scheme}://{host}")
            }
            _ => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

/// Returns the raw bytes of an object in the cache (a commit or tag, for signature checks).
pub fn read_raw_object(cache_dir: &Path, id: &str) -> Result<Vec<u8>, GitError> {
    let repo = open_cache(cache_dir)?;
    let err = |e: &dyn std::fmt::Display| GitError::Read {
        what: format!("object {id}"),
        message: e.to_string(),
    };
    let oid = gix::ObjectId::from_hex(id.as_bytes()).map_err(|e| err(&e))?;
    let obj = repo.find_object(oid).map_err(|e| err(&e))?;
    Ok(obj.data.clone())
}
