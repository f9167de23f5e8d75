//! Git reads with gitoxide (gix): resolving a GitRepository's `ref` against the remote's ref
//! advertisement, shallow fetches into a per-object bare cache repository, and reading a
//! commit's tree into memory (regular files only — symlinks and submodules are never read).
//!
//! Everything here is blocking (gix's HTTP and SSH transports are); callers run it on
//! `spawn_blocking`. Entry point: [`fetch`].

mod auth;
mod refs;
mod tree;

pub use auth::{Auth, SshAuth, TlsAuth};
pub use refs::{RefRequest, Resolved};
pub use tree::TreeFile;

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
        /// Regular files of the commit's tree, sorted by path.
        files: Vec<TreeFile>,
    },
}

/// Resolves the reference on the remote and, unless it still points at the current commit,
/// fetches it shallowly into the cache and reads its tree.
pub fn fetch(req: &FetchRequest) -> Result<FetchOutcome, GitError> {
    let mut repo = open_cache(&req.cache_dir)?;
    let ssh_command = auth::prepare(&req.auth, &req.url, &req.scratch_dir)?;
    if let Some(cmd) = &ssh_command {
        let mut cfg = repo.config_snapshot_mut();
        cfg.append_config([format!("core.sshCommand={cmd}").as_str()], gix::config::Source::Api)
            .map_err(|e| GitError::Auth(e.to_string()))?;
        cfg.commit().map_err(|e| GitError::Auth(e.to_string()))?;
    }
    // One connection lists the refs; a second fetches only when the commit changed.
    let resolved = {
        let (resolved, _prepare) = connect(&repo, req, &req.reference.listing_refspecs(), None)?;
        resolved
    };
    if req.current_commit.as_deref() == Some(resolved.commit.as_str()) {
        return Ok(FetchOutcome::UpToDate(resolved));
    }
    let spec = format!("+{}:refs/ferroflux/fetched", resolved.full_ref);
    let pinned = matches!(req.reference, RefRequest::Commit { .. });
    let (_, prepare) = connect(&repo, req, &[spec], Some(&req.reference))?;
    // A pinned commit may be anywhere in the history: fetch all of it; otherwise one commit.
    let prepare = if pinned {
        prepare
    } else {
        prepare.with_shallow(gix::remote::fetch::Shallow::DepthAtRemote(std::num::NonZeroU32::MIN))
    };
    let interrupt = AtomicBool::new(false);
    prepare
        .receive(gix::progress::Discard, &interrupt)
        .map_err(|e| GitError::Fetch {
            what: resolved.display_or_commit(),
            message: e.to_string(),
        })?;
    let repo = open_cache(&req.cache_dir)?;
    let (subject, files) = tree::read_commit(&repo, &resolved.commit, req.max_size)?;
    Ok(FetchOutcome::Fetched {
        resolved,
        subject,
        files,
    })
}

type Prepared<'repo> = gix::remote::fetch::Prepare<
    'static,
    'repo,
    Box<dyn gix::protocol::transport::client::blocking_io::Transport + Send>,
>;

/// Connects with `refspecs`, performs the handshake and resolves the request against the
/// advertised refs. `reference` re-resolves with the same request (for the fetch phase).
fn connect<'repo>(
    repo: &'repo gix::Repository,
    req: &FetchRequest,
    refspecs: &[String],
    reference: Option<&RefRequest>,
) -> Result<(Resolved, Prepared<'repo>), GitError> {
    let invalid = |e: &dyn std::fmt::Display| GitError::InvalidUrl {
        url: redact(&req.url),
        message: e.to_string(),
    };
    let connect_err = |e: &dyn std::fmt::Display| GitError::Connect {
        url: redact(&req.url),
        message: e.to_string(),
    };
    let remote = repo
        .remote_at(req.url.as_str())
        .map_err(|e| invalid(&e))?
        .with_refspecs(refspecs.iter().map(String::as_str), Direction::Fetch)
        .map_err(|e| invalid(&e))?;
    let conn = remote.connect(Direction::Fetch).map_err(|e| connect_err(&e))?;
    let creds = req.auth.clone();
    let mut conn = conn.with_credentials(move |action| auth::answer(&creds, action));
    if let Some(opts) = auth::http_options(&req.auth) {
        conn.set_transport_options(Box::new(opts));
    }
    let prepare = conn
        .prepare_fetch(gix::progress::Discard, gix::remote::ref_map::Options::default())
        .map_err(|e| connect_err(&e))?;
    let resolved = refs::resolve(reference.unwrap_or(&req.reference), &prepare.ref_map().remote_refs)?;
    Ok((resolved, prepare))
}

/// Reads a commit already in the cache (e.g. to rebuild an artifact after `spec.ignore`
/// changed) without touching the network.
pub fn read_cached(cache_dir: &Path, commit: &str, max_size: u64) -> Result<(String, Vec<TreeFile>), GitError> {
    let repo = open_cache(cache_dir)?;
    tree::read_commit(&repo, commit, max_size)
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
