//! The artifact fetcher: downloads a source-controller artifact over HTTP, verifies its digest
//! and optionally extracts it in memory.
//!
//! The entry point is [`ArtifactFetcher`], built from [`FetcherOptions`]. It behaves like Flux's
//! `fetch.ArchiveFetcher` as used by kustomize- and helm-controller:
//!
//! * a GET of the artifact URL, optionally with its `host:port` replaced (Flux's
//!   `SOURCE_CONTROLLER_LOCALHOST`, see [`HOSTNAME_OVERRIDE_ENV`]);
//! * 404 is [`FetchError::NotFound`] at once (controllers report "artifact not found" and
//!   requeue); 5xx (except 501), 429, connection failures, timeouts and bodies cut off
//!   mid-stream are retried with exponential backoff (a `Retry-After` in seconds on 429/503 is
//!   honoured up to the maximum backoff); any other status fails at once;
//! * the body is streamed into memory under a size cap checked against `Content-Length` first
//!   and again while reading;
//! * the digest (`<algo>:<hex>`, `sha256` assumed without a prefix) is verified over the bytes;
//! * [`ArtifactFetcher::fetch_tree`] then extracts the tarball with [`crate::untar::untar_gz`].

use std::error::Error as StdError;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use reqwest::{StatusCode, Url};
use sha2::Digest as _;

use crate::untar::{MemTree, UntarError, UntarLimits, untar_gz};

/// The environment variable Flux controllers read to replace the `host:port` of artifact URLs
/// (used to run controllers outside the cluster against a port-forwarded source-controller).
pub const HOSTNAME_OVERRIDE_ENV: &str = "SOURCE_CONTROLLER_LOCALHOST";

/// Flux's default for `--http-retry`: retries after the first attempt.
pub const DEFAULT_RETRIES: u32 = 9;

/// The most bytes reserved up front for a body, whatever its `Content-Length` says.
const MAX_PREALLOCATION: u64 = 8 * 1024 * 1024;

/// Settings of an [`ArtifactFetcher`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetcherOptions {
    /// How many times a failed download is retried after the first attempt (Flux's
    /// `--http-retry`, default 9).
    pub retries: u32,
    /// The wait before the first retry; each further retry doubles it (default 5 s).
    pub min_backoff: Duration,
    /// The longest wait between retries (default 30 s).
    pub max_backoff: Duration,
    /// The time limit of one attempt, from sending the request to the end of the body
    /// (default 5 minutes).
    pub timeout: Duration,
    /// The largest artifact accepted, in bytes; `None` means unlimited, Flux's default
    /// (default here 100 MiB).
    pub max_download_size: Option<u64>,
    /// A `host` or `host:port` that replaces the host and port of every artifact URL.
    /// Without a port, the scheme's default port is used. `None` or empty leaves URLs alone.
    pub hostname_override: Option<String>,
}

impl Default for FetcherOptions {
    fn default() -> Self {
        Self {
            retries: DEFAULT_RETRIES,
            min_backoff: Duration::from_secs(5),
            max_backoff: Duration::from_secs(30),
            timeout: Duration::from_secs(300),
            max_download_size: Some(100 * 1024 * 1024),
            hostname_override: None,
        }
    }
}

impl FetcherOptions {
    /// Returns these options with [`FetcherOptions::hostname_override`] taken from the
    /// [`HOSTNAME_OVERRIDE_ENV`] environment variable when it is set and not empty.
    pub fn with_hostname_override_from_env(mut self) -> Self {
        if let Ok(value) = std::env::var(HOSTNAME_OVERRIDE_ENV)
            && !value.is_empty()
        {
            self.hostname_override = Some(value);
        }
        self
    }
}

/// How a caller should treat a [`FetchError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchErrorKind {
    /// The artifact does not exist (HTTP 404): the source is not ready; requeue.
    NotFound,
    /// The same request may succeed later (5xx, 429, network failures, retries exhausted).
    Transient,
    /// Repeating the same request with the same URL and digest will not help (bad URL or
    /// digest, other 4xx, size cap, digest mismatch, bad archive). The source's artifact may
    /// still change, so controllers requeue after their retry interval rather than stall.
    Permanent,
}

/// Errors from fetching an artifact.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The server answered 404.
    #[error("artifact not found at {url}")]
    NotFound {
        /// The URL requested.
        url: String,
    },
    /// The artifact URL does not parse.
    #[error("invalid artifact url '{url}'")]
    InvalidUrl {
        /// The URL as given.
        url: String,
        /// The parser's complaint.
        #[source]
        source: Box<dyn StdError + Send + Sync>,
    },
    /// The artifact URL is neither http nor https.
    #[error("unsupported scheme '{scheme}' in artifact url '{url}' (expected http or https)")]
    UnsupportedScheme {
        /// The URL as given.
        url: String,
        /// Its scheme.
        scheme: String,
    },
    /// [`FetcherOptions::hostname_override`] is not a usable `host[:port]`.
    #[error("invalid hostname override '{value}': {reason}")]
    InvalidHostnameOverride {
        /// The override as configured.
        value: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// The HTTP client could not be built.
    #[error("failed to build the http client")]
    Client {
        /// The client builder's error.
        #[source]
        source: reqwest::Error,
    },
    /// The expected digest is empty or malformed.
    #[error("invalid digest '{digest}': {reason}")]
    InvalidDigest {
        /// The digest as given.
        digest: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// The expected digest names an algorithm this fetcher cannot compute.
    #[error("unsupported digest algorithm '{algorithm}' (supported: sha256, sha384, sha512)")]
    UnsupportedDigestAlgorithm {
        /// The algorithm named by the digest.
        algorithm: String,
    },
    /// The request failed before a response arrived (connection, timeout, redirect loop).
    #[error("failed to download artifact from {url}")]
    Request {
        /// The URL requested.
        url: String,
        /// The client's error.
        #[source]
        source: reqwest::Error,
    },
    /// The server answered with a status other than 200 and 404.
    #[error("failed to download artifact from {url} (status: {status})")]
    Status {
        /// The URL requested.
        url: String,
        /// The status received.
        status: StatusCode,
    },
    /// The response body could not be read to its end.
    #[error("failed to read the artifact body from {url}")]
    Body {
        /// The URL requested.
        url: String,
        /// The client's error.
        #[source]
        source: reqwest::Error,
    },
    /// The artifact is larger than [`FetcherOptions::max_download_size`].
    #[error(
        "artifact from {url} exceeds the max download size of {limit} bytes{}",
        declared_suffix(.content_length)
    )]
    TooLarge {
        /// The URL requested.
        url: String,
        /// The cap.
        limit: u64,
        /// The `Content-Length` the server declared, when that is what tripped the cap.
        content_length: Option<u64>,
    },
    /// The downloaded bytes do not have the expected digest.
    #[error("artifact digest mismatch: expected {expected}, got {actual}")]
    DigestMismatch {
        /// The expected digest, `<algo>:<hex>`.
        expected: String,
        /// The digest of the downloaded bytes, same algorithm.
        actual: String,
    },
    /// Every attempt failed with a retryable error; the last one is the source.
    #[error("giving up on {url} after {attempts} attempts")]
    RetriesExhausted {
        /// The URL requested.
        url: String,
        /// How many requests were made.
        attempts: u32,
        /// The error of the last attempt.
        #[source]
        source: Box<FetchError>,
    },
    /// The artifact was downloaded and verified but is not a usable tarball.
    #[error("failed to extract the artifact")]
    Untar {
        /// The extractor's error.
        #[source]
        source: UntarError,
    },
    /// The blocking extraction task was cancelled or panicked.
    #[error("the artifact extraction task failed")]
    ExtractTask {
        /// The task's join error.
        #[source]
        source: tokio::task::JoinError,
    },
}

/// Formats the `Content-Length` part of [`FetchError::TooLarge`].
fn declared_suffix(content_length: &Option<u64>) -> String {
    match content_length {
        Some(length) => format!(" (content-length: {length})"),
        None => String::new(),
    }
}

impl FetchError {
    /// Classifies the error as not-found, transient or permanent.
    pub fn kind(&self) -> FetchErrorKind {
        match self {
            Self::NotFound { .. } => FetchErrorKind::NotFound,
            Self::Request { source, .. } => {
                if source.is_builder() || source.is_redirect() {
                    FetchErrorKind::Permanent
                } else {
                    FetchErrorKind::Transient
                }
            }
            Self::Status { status, .. } => {
                if is_retryable_status(*status) {
                    FetchErrorKind::Transient
                } else {
                    FetchErrorKind::Permanent
                }
            }
            Self::Body { .. } | Self::RetriesExhausted { .. } => FetchErrorKind::Transient,
            Self::ExtractTask { source } => {
                if source.is_cancelled() {
                    FetchErrorKind::Transient
                } else {
                    FetchErrorKind::Permanent
                }
            }
            Self::InvalidUrl { .. }
            | Self::UnsupportedScheme { .. }
            | Self::InvalidHostnameOverride { .. }
            | Self::Client { .. }
            | Self::InvalidDigest { .. }
            | Self::UnsupportedDigestAlgorithm { .. }
            | Self::TooLarge { .. }
            | Self::DigestMismatch { .. }
            | Self::Untar { .. } => FetchErrorKind::Permanent,
        }
    }

    /// Reports whether the artifact was not found (HTTP 404).
    pub fn is_not_found(&self) -> bool {
        self.kind() == FetchErrorKind::NotFound
    }

    /// Reports whether repeating the request later may succeed.
    pub fn is_transient(&self) -> bool {
        self.kind() == FetchErrorKind::Transient
    }
}

/// Statuses worth retrying, as go-retryablehttp's default policy: 429 and 5xx except 501.
fn is_retryable_status(status: StatusCode) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || (status.is_server_error() && status != StatusCode::NOT_IMPLEMENTED)
}

/// Downloads, verifies and extracts source-controller artifacts. Cheap to clone (the HTTP
/// client's connection pool is shared).
#[derive(Clone, Debug)]
pub struct ArtifactFetcher {
    client: reqwest::Client,
    options: FetcherOptions,
    host_override: Option<HostOverride>,
}

impl ArtifactFetcher {
    /// Builds a fetcher, installing the process's rustls crypto provider first. Fails when the
    /// hostname override is malformed or the HTTP client cannot be built.
    pub fn new(options: FetcherOptions) -> Result<Self, FetchError> {
        let host_override = match options.hostname_override.as_deref() {
            Some(value) if !value.is_empty() => Some(HostOverride::parse(value)?),
            _ => None,
        };
        crate::tls::install_crypto_provider();
        let client = reqwest::Client::builder()
            .timeout(options.timeout)
            .user_agent(concat!("ferroflux/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|source| FetchError::Client { source })?;
        Ok(Self {
            client,
            options,
            host_override,
        })
    }

    /// Returns the options the fetcher was built with.
    pub fn options(&self) -> &FetcherOptions {
        &self.options
    }

    /// Downloads the artifact at `url` and verifies it against `digest` (`<algo>:<hex>`, or a
    /// bare hex string taken as sha256). The digest and URL are checked before any request.
    pub async fn fetch(&self, url: &str, digest: &str) -> Result<Bytes, FetchError> {
        let expected = ExpectedDigest::parse(digest)?;
        let url = self.resolve_url(url)?;
        let body = self.download(&url).await?;
        expected.verify(&body)?;
        Ok(body)
    }

    /// Downloads and verifies the artifact like [`ArtifactFetcher::fetch`], then extracts it as
    /// a gzip'd tarball into memory under `limits` (on a blocking thread).
    pub async fn fetch_tree(&self, url: &str, digest: &str, limits: &UntarLimits) -> Result<MemTree, FetchError> {
        let data = self.fetch(url, digest).await?;
        let limits = *limits;
        tokio::task::spawn_blocking(move || untar_gz(&data, &limits))
            .await
            .map_err(|source| FetchError::ExtractTask { source })?
            .map_err(|source| FetchError::Untar { source })
    }

    /// Parses `raw`, checks its scheme and applies the hostname override.
    fn resolve_url(&self, raw: &str) -> Result<Url, FetchError> {
        let mut url = Url::parse(raw).map_err(|source| FetchError::InvalidUrl {
            url: raw.to_owned(),
            source: Box::new(source),
        })?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(FetchError::UnsupportedScheme {
                url: raw.to_owned(),
                scheme: url.scheme().to_owned(),
            });
        }
        if let Some(host_override) = &self.host_override {
            host_override.apply(&mut url)?;
        }
        Ok(url)
    }

    /// Runs attempts until one succeeds, one fails for good, or the retries are used up.
    async fn download(&self, url: &Url) -> Result<Bytes, FetchError> {
        let mut retry: u32 = 0;
        loop {
            let failure = match self.attempt(url).await {
                Ok(body) => return Ok(body),
                Err(failure) => failure,
            };
            if failure.error.kind() != FetchErrorKind::Transient {
                return Err(failure.error);
            }
            if retry >= self.options.retries {
                if retry == 0 {
                    return Err(failure.error);
                }
                return Err(FetchError::RetriesExhausted {
                    url: url.to_string(),
                    attempts: retry.saturating_add(1),
                    source: Box::new(failure.error),
                });
            }
            let wait = self.backoff(retry, failure.retry_after);
            tracing::debug!(
                url = %url,
                attempt = retry + 1,
                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                error = %failure.error,
                "retrying artifact download"
            );
            tokio::time::sleep(wait).await;
            retry += 1;
        }
    }

    /// Makes one request and reads the body under the size cap.
    async fn attempt(&self, url: &Url) -> Result<Bytes, Failure> {
        let mut response = self
            .client
            .get(url.clone())
            .send()
            .await
            .map_err(|source| FetchError::Request {
                url: url.to_string(),
                source,
            })?;
        let status = response.status();
        if status == StatusCode::NOT_FOUND {
            return Err(FetchError::NotFound { url: url.to_string() }.into());
        }
        if status != StatusCode::OK {
            let retry_after = if status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE {
                parse_retry_after(response.headers())
            } else {
                None
            };
            return Err(Failure {
                error: FetchError::Status {
                    url: url.to_string(),
                    status,
                },
                retry_after,
            });
        }

        let limit = self.options.max_download_size;
        let declared = response.content_length();
        if let (Some(limit), Some(length)) = (limit, declared)
            && length > limit
        {
            return Err(FetchError::TooLarge {
                url: url.to_string(),
                limit,
                content_length: Some(length),
            }
            .into());
        }
        let reserve = declared
            .unwrap_or(0)
            .min(limit.unwrap_or(u64::MAX))
            .min(MAX_PREALLOCATION);
        let mut body = BytesMut::with_capacity(usize::try_from(reserve).unwrap_or(0));
        while let Some(chunk) = response.chunk().await.map_err(|source| FetchError::Body {
            url: url.to_string(),
            source,
        })? {
            if let Some(limit) = limit {
                let total = u64::try_from(body.len().saturating_add(chunk.len())).unwrap_or(u64::MAX);
                if total > limit {
                    return Err(FetchError::TooLarge {
                        url: url.to_string(),
                        limit,
                        content_length: None,
                    }
                    .into());
                }
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    }

    /// Returns the wait before retry number `retry + 1`: the server's `Retry-After` if it gave
    /// one, else `min_backoff * 2^retry`; never more than `max_backoff`.
    fn backoff(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        let max = self.options.max_backoff.max(self.options.min_backoff);
        if let Some(wait) = retry_after {
            return wait.min(max);
        }
        let factor = 1u32.checked_shl(retry).unwrap_or(u32::MAX);
        self.options.min_backoff.saturating_mul(factor).min(max)
    }
}

/// A failed attempt, with the server's requested wait when it sent one.
struct Failure {
    error: FetchError,
    retry_after: Option<Duration>,
}

impl From<FetchError> for Failure {
    fn from(error: FetchError) -> Self {
        Self {
            error,
            retry_after: None,
        }
    }
}

/// Reads a `Retry-After` header given in seconds (HTTP dates are ignored).
fn parse_retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// A parsed [`FetcherOptions::hostname_override`].
#[derive(Clone, Debug)]
struct HostOverride {
    value: String,
    host: String,
    port: Option<u16>,
}

impl HostOverride {
    /// Parses `host`, `host:port`, `[v6]` or `[v6]:port`, and checks that the host is
    /// acceptable in an http URL.
    fn parse(value: &str) -> Result<Self, FetchError> {
        let invalid = |reason| FetchError::InvalidHostnameOverride {
            value: value.to_owned(),
            reason,
        };
        if value
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '/' | '?' | '#' | '@'))
        {
            return Err(invalid("expected host or host:port"));
        }
        let (host, port) = if value.starts_with('[') {
            let (host, rest) = match value.find(']') {
                Some(end) => value.split_at(end + 1),
                None => return Err(invalid("unclosed ipv6 bracket")),
            };
            match rest {
                "" => (host, None),
                _ => match rest.strip_prefix(':') {
                    Some(port) => (host, Some(port)),
                    None => return Err(invalid("expected host or host:port")),
                },
            }
        } else {
            match value.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (value, None),
            }
        };
        if host.is_empty() {
            return Err(invalid("empty host"));
        }
        let port = match port {
            Some(port) => Some(port.parse::<u16>().map_err(|_| invalid("invalid port"))?),
            None => None,
        };
        let parsed = Self {
            value: value.to_owned(),
            host: host.to_owned(),
            port,
        };
        // Validate once against a throwaway URL so fetches cannot fail on it later.
        let mut probe = Url::parse("http://example.invalid/").map_err(|_| invalid("invalid host"))?;
        parsed.apply(&mut probe)?;
        Ok(parsed)
    }

    /// Replaces the host and port of `url`, like Go's `u.Host = override`.
    fn apply(&self, url: &mut Url) -> Result<(), FetchError> {
        let invalid = |reason| FetchError::InvalidHostnameOverride {
            value: self.value.clone(),
            reason,
        };
        url.set_host(Some(&self.host)).map_err(|_| invalid("invalid host"))?;
        url.set_port(self.port).map_err(|_| invalid("invalid port"))?;
        Ok(())
    }
}

/// A digest algorithm the fetcher can compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Algorithm {
    Sha256,
    Sha384,
    Sha512,
}

impl Algorithm {
    /// The name used in `<algo>:<hex>`.
    fn name(self) -> &'static str {
        match self {
            Self::Sha256 => "sha256",
            Self::Sha384 => "sha384",
            Self::Sha512 => "sha512",
        }
    }

    /// The length of the hex encoding of a digest.
    fn hex_len(self) -> usize {
        match self {
            Self::Sha256 => 64,
            Self::Sha384 => 96,
            Self::Sha512 => 128,
        }
    }

    /// Returns the lowercase hex digest of `data`.
    fn hex_digest(self, data: &[u8]) -> String {
        match self {
            Self::Sha256 => hex::encode(sha2::Sha256::digest(data)),
            Self::Sha384 => hex::encode(sha2::Sha384::digest(data)),
            Self::Sha512 => hex::encode(sha2::Sha512::digest(data)),
        }
    }
}

/// An expected artifact digest.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ExpectedDigest {
    algorithm: Algorithm,
    hex: String,
}

impl ExpectedDigest {
    /// Parses `<algo>:<hex>`, or a bare hex string as sha256 (as Flux does). The hex must be
    /// lowercase and of the algorithm's length, as in OCI digests.
    fn parse(digest: &str) -> Result<Self, FetchError> {
        let invalid = |reason| FetchError::InvalidDigest {
            digest: digest.to_owned(),
            reason,
        };
        if digest.is_empty() {
            return Err(invalid("empty digest"));
        }
        let (algorithm, hex) = digest.split_once(':').unwrap_or(("sha256", digest));
        let algorithm = match algorithm {
            "sha256" => Algorithm::Sha256,
            "sha384" => Algorithm::Sha384,
            "sha512" => Algorithm::Sha512,
            "" => return Err(invalid("empty algorithm")),
            other => {
                return Err(FetchError::UnsupportedDigestAlgorithm {
                    algorithm: other.to_owned(),
                });
            }
        };
        if hex.len() != algorithm.hex_len() {
            return Err(invalid("wrong length for the algorithm"));
        }
        if !hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(invalid("expected lowercase hex"));
        }
        Ok(Self {
            algorithm,
            hex: hex.to_owned(),
        })
    }

    /// Checks `data` against the digest.
    fn verify(&self, data: &[u8]) -> Result<(), FetchError> {
        let actual = self.algorithm.hex_digest(data);
        if actual == self.hex {
            return Ok(());
        }
        Err(FetchError::DigestMismatch {
            expected: format!("{}:{}", self.algorithm.name(), self.hex),
            actual: format!("{}:{}", self.algorithm.name(), actual),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::body::Body;
    use axum::http::header;
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;
    use std::net::SocketAddr;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const PATH: &str = "/gitrepository/flux-system/app/abc.tar.gz";

    async fn serve(router: Router) -> SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        addr
    }

    /// Serves `respond(n)` at [`PATH`], where `n` counts requests from 0; returns the address
    /// and the request counter.
    async fn serve_counted<F>(respond: F) -> (SocketAddr, Arc<AtomicUsize>)
    where
        F: Fn(usize) -> Response + Clone + Send + Sync + 'static,
    {
        let hits = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&hits);
        let router = Router::new().route(
            PATH,
            get(move || {
                let respond = respond.clone();
                let n = counter.fetch_add(1, Ordering::SeqCst);
                async move { respond(n) }
            }),
        );
        (serve(router).await, hits)
    }

    fn test_options() -> FetcherOptions {
        FetcherOptions {
            retries: 3,
            min_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(5),
            timeout: Duration::from_secs(10),
            max_download_size: Some(1024 * 1024),
            hostname_override: None,
        }
    }

    fn fetcher(options: FetcherOptions) -> ArtifactFetcher {
        ArtifactFetcher::new(options).unwrap()
    }

    fn url(addr: SocketAddr) -> String {
        format!("http://{addr}{PATH}")
    }

    fn sha256(data: &[u8]) -> String {
        format!("sha256:{}", hex::encode(sha2::Sha256::digest(data)))
    }

    fn tarball(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (name, data) in files {
            let mut header = tar::Header::new_gnu();
            header.set_size(data.len() as u64);
            header.set_mode(0o600);
            header.set_cksum();
            builder.append_data(&mut header, name, *data).unwrap();
        }
        let raw = builder.into_inner().unwrap();
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut encoder, &raw).unwrap();
        encoder.finish().unwrap()
    }

    #[tokio::test]
    async fn fetch_returns_the_body_when_the_digest_matches() {
        let body = b"artifact bytes".to_vec();
        let served = body.clone();
        let (addr, hits) = serve_counted(move |_| served.clone().into_response()).await;

        let got = fetcher(test_options()).fetch(&url(addr), &sha256(&body)).await.unwrap();
        assert_eq!(got.as_ref(), body.as_slice());
        assert_eq!(hits.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_digest_mismatch_shows_both_digests() {
        let (addr, _) = serve_counted(|_| "tampered".into_response()).await;
        let expected = sha256(b"original");

        let err = fetcher(test_options()).fetch(&url(addr), &expected).await.unwrap_err();
        let actual = sha256(b"tampered");
        assert!(
            matches!(&err, FetchError::DigestMismatch { expected: e, actual: a } if *e == expected && *a == actual),
            "{err:?}"
        );
        assert_eq!(
            err.to_string(),
            format!("artifact digest mismatch: expected {expected}, got {actual}")
        );
        assert_eq!(err.kind(), FetchErrorKind::Permanent);
    }

    #[tokio::test]
    async fn a_digest_without_an_algorithm_is_taken_as_sha256() {
        let (addr, _) = serve_counted(|_| "payload".into_response()).await;
        let fetcher = fetcher(test_options());
        let bare = hex::encode(sha2::Sha256::digest(b"payload"));
        assert!(fetcher.fetch(&url(addr), &bare).await.is_ok());

        let wrong = hex::encode(sha2::Sha256::digest(b"other"));
        let err = fetcher.fetch(&url(addr), &wrong).await.unwrap_err();
        assert!(
            matches!(&err, FetchError::DigestMismatch { expected, .. } if *expected == format!("sha256:{wrong}")),
            "{err:?}"
        );
    }

    #[tokio::test]
    async fn sha384_and_sha512_digests_are_verified() {
        let (addr, _) = serve_counted(|_| "payload".into_response()).await;
        let fetcher = fetcher(test_options());
        let sha384 = format!("sha384:{}", hex::encode(sha2::Sha384::digest(b"payload")));
        let sha512 = format!("sha512:{}", hex::encode(sha2::Sha512::digest(b"payload")));
        assert!(fetcher.fetch(&url(addr), &sha384).await.is_ok());
        assert!(fetcher.fetch(&url(addr), &sha512).await.is_ok());
    }

    #[tokio::test]
    async fn bad_digests_fail_before_any_request() {
        let (addr, hits) = serve_counted(|_| "payload".into_response()).await;
        let fetcher = fetcher(test_options());
        let blake3 = format!("blake3:{}", "a".repeat(64));
        let err = fetcher.fetch(&url(addr), &blake3).await.unwrap_err();
        assert!(matches!(&err, FetchError::UnsupportedDigestAlgorithm { algorithm } if algorithm == "blake3"));
        assert_eq!(
            err.to_string(),
            "unsupported digest algorithm 'blake3' (supported: sha256, sha384, sha512)"
        );
        for bad in [
            "",
            "sha256:",
            ":abc",
            "sha256:abc",
            &format!("sha256:{}", "A".repeat(64)),
            &format!("sha256:{}", "g".repeat(64)),
        ] {
            let err = fetcher.fetch(&url(addr), bad).await.unwrap_err();
            assert!(matches!(err, FetchError::InvalidDigest { .. }), "{bad}: {err:?}");
            assert_eq!(err.kind(), FetchErrorKind::Permanent);
        }
        assert_eq!(hits.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn not_found_is_returned_at_once_without_retries() {
        let (addr, hits) = serve_counted(|_| (StatusCode::NOT_FOUND, "no such file").into_response()).await;
        let err = fetcher(test_options())
            .fetch(&url(addr), &sha256(b"x"))
            .await
            .unwrap_err();
        assert!(matches!(err, FetchError::NotFound { .. }), "{err:?}");
        assert!(err.is_not_found());
        assert_eq!(err.kind(), FetchErrorKind::NotFound);
        assert_eq!(err.to_string(), format!("artifact not found at {}", url(addr)));
        assert_eq!(hits.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn server_errors_are_retried_until_the_download_succeeds() {
        let (addr, hits) = serve_counted(|n| {
            if n < 2 {
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            } else {
                "finally".into_response()
            }
        })
        .await;
        let got = fetcher(test_options())
            .fetch(&url(addr), &sha256(b"finally"))
            .await
            .unwrap();
        assert_eq!(got.as_ref(), b"finally");
        assert_eq!(hits.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn retries_stop_after_the_configured_count() {
        let (addr, hits) = serve_counted(|_| StatusCode::SERVICE_UNAVAILABLE.into_response()).await;
        let options = FetcherOptions {
            retries: 2,
            ..test_options()
        };
        let err = fetcher(options).fetch(&url(addr), &sha256(b"x")).await.unwrap_err();
        assert_eq!(hits.load(Ordering::SeqCst), 3);
        assert!(err.is_transient());
        let FetchError::RetriesExhausted { attempts, source, .. } = &err else {
            panic!("expected RetriesExhausted, got {err:?}");
        };
        assert_eq!(*attempts, 3);
        assert!(matches!(
            **source,
            FetchError::Status {
                status: StatusCode::SERVICE_UNAVAILABLE,
                ..
            }
        ));
        assert_eq!(err.to_string(), format!("giving up on {} after 3 attempts", url(addr)));

        // With no retries the status error comes back unwrapped.
        let (addr, hits) = serve_counted(|_| StatusCode::BAD_GATEWAY.into_response()).await;
        let options = FetcherOptions {
            retries: 0,
            ..test_options()
        };
        let err = fetcher(options).fetch(&url(addr), &sha256(b"x")).await.unwrap_err();
        assert!(matches!(err, FetchError::Status { .. }), "{err:?}");
        assert_eq!(hits.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn other_client_errors_and_501_fail_at_once() {
        for status in [
            StatusCode::FORBIDDEN,
            StatusCode::UNAUTHORIZED,
            StatusCode::GONE,
            StatusCode::NOT_IMPLEMENTED,
        ] {
            let (addr, hits) = serve_counted(move |_| status.into_response()).await;
            let err = fetcher(test_options())
                .fetch(&url(addr), &sha256(b"x"))
                .await
                .unwrap_err();
            assert!(
                matches!(&err, FetchError::Status { status: s, .. } if *s == status),
                "{err:?}"
            );
            assert_eq!(err.kind(), FetchErrorKind::Permanent);
            assert_eq!(hits.load(Ordering::SeqCst), 1, "{status}");
        }
    }

    #[tokio::test]
    async fn too_many_requests_is_retried() {
        let (addr, hits) = serve_counted(|n| {
            if n == 0 {
                (StatusCode::TOO_MANY_REQUESTS, [(header::RETRY_AFTER, "0")], "slow down").into_response()
            } else {
                "ok".into_response()
            }
        })
        .await;
        assert!(fetcher(test_options()).fetch(&url(addr), &sha256(b"ok")).await.is_ok());
        assert_eq!(hits.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn connection_failures_are_retried_then_reported() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        let options = FetcherOptions {
            retries: 2,
            ..test_options()
        };
        let err = fetcher(options).fetch(&url(addr), &sha256(b"x")).await.unwrap_err();
        assert!(err.is_transient());
        assert!(
            matches!(&err, FetchError::RetriesExhausted { attempts: 3, source, .. }
                if matches!(**source, FetchError::Request { .. })),
            "{err:?}"
        );
    }

    #[tokio::test]
    async fn a_slow_server_hits_the_request_timeout() {
        let router = Router::new().route(
            PATH,
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        );
        let addr = serve(router).await;
        let options = FetcherOptions {
            retries: 0,
            timeout: Duration::from_millis(200),
            ..test_options()
        };
        let err = fetcher(options).fetch(&url(addr), &sha256(b"late")).await.unwrap_err();
        assert!(
            matches!(&err, FetchError::Request { source, .. } if source.is_timeout()),
            "{err:?}"
        );
        assert!(err.is_transient());
    }

    #[tokio::test]
    async fn a_content_length_over_the_cap_is_rejected() {
        let (addr, _) = serve_counted(|_| vec![7u8; 2000].into_response()).await;
        let options = FetcherOptions {
            max_download_size: Some(1000),
            ..test_options()
        };
        let err = fetcher(options)
            .fetch(&url(addr), &sha256(&[7u8; 2000]))
            .await
            .unwrap_err();
        assert!(
            matches!(
                err,
                FetchError::TooLarge {
                    limit: 1000,
                    content_length: Some(2000),
                    ..
                }
            ),
            "{err:?}"
        );
        assert_eq!(err.kind(), FetchErrorKind::Permanent);
        assert!(
            err.to_string()
                .ends_with("exceeds the max download size of 1000 bytes (content-length: 2000)")
        );
    }

    #[tokio::test]
    async fn a_chunked_body_over_the_cap_is_rejected_while_streaming() {
        fn chunked() -> Response {
            let chunks = (0..10).map(|_| Ok::<_, std::io::Error>(Bytes::from(vec![1u8; 300])));
            Body::from_stream(futures::stream::iter(chunks)).into_response()
        }
        let (addr, _) = serve_counted(|_| chunked()).await;
        let digest = sha256(&[1u8; 3000]);

        let capped = FetcherOptions {
            max_download_size: Some(1000),
            ..test_options()
        };
        let err = fetcher(capped).fetch(&url(addr), &digest).await.unwrap_err();
        assert!(
            matches!(
                err,
                FetchError::TooLarge {
                    limit: 1000,
                    content_length: None,
                    ..
                }
            ),
            "{err:?}"
        );

        let roomy = FetcherOptions {
            max_download_size: Some(3000),
            ..test_options()
        };
        assert_eq!(
            fetcher(roomy.clone()).fetch(&url(addr), &digest).await.unwrap().len(),
            3000
        );
        let unlimited = FetcherOptions {
            max_download_size: None,
            ..roomy
        };
        assert!(fetcher(unlimited).fetch(&url(addr), &digest).await.is_ok());
    }

    #[tokio::test]
    async fn the_hostname_override_replaces_host_and_port() {
        let (addr, hits) = serve_counted(|_| "payload".into_response()).await;
        let options = FetcherOptions {
            hostname_override: Some(addr.to_string()),
            ..test_options()
        };
        let artifact_url = format!("http://source-controller.flux-system.svc.cluster.local.{PATH}");
        let got = fetcher(options)
            .fetch(&artifact_url, &sha256(b"payload"))
            .await
            .unwrap();
        assert_eq!(got.as_ref(), b"payload");
        assert_eq!(hits.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn hostname_overrides_are_parsed_and_validated() {
        let mut url = Url::parse("http://source-controller.flux-system.svc:9090/a/b.tar.gz?x=1").unwrap();
        HostOverride::parse("localhost:8080").unwrap().apply(&mut url).unwrap();
        assert_eq!(url.as_str(), "http://localhost:8080/a/b.tar.gz?x=1");
        HostOverride::parse("localhost").unwrap().apply(&mut url).unwrap();
        assert_eq!(url.as_str(), "http://localhost/a/b.tar.gz?x=1");
        HostOverride::parse("[::1]:9090").unwrap().apply(&mut url).unwrap();
        assert_eq!(url.as_str(), "http://[::1]:9090/a/b.tar.gz?x=1");

        for bad in [
            "host:port",
            "host:99999",
            ":8080",
            "a b",
            "http://host",
            "user@host",
            "[::1",
            "[::1]x",
        ] {
            let err = ArtifactFetcher::new(FetcherOptions {
                hostname_override: Some(bad.to_owned()),
                ..test_options()
            })
            .unwrap_err();
            assert!(
                matches!(err, FetchError::InvalidHostnameOverride { .. }),
                "{bad}: {err:?}"
            );
        }
        // Empty means no override, as in Flux.
        assert!(
            ArtifactFetcher::new(FetcherOptions {
                hostname_override: Some(String::new()),
                ..test_options()
            })
            .is_ok()
        );
    }

    #[tokio::test]
    async fn urls_that_are_not_http_are_rejected() {
        let fetcher = fetcher(test_options());
        let digest = sha256(b"x");
        assert!(matches!(
            fetcher.fetch("not a url", &digest).await,
            Err(FetchError::InvalidUrl { .. })
        ));
        assert!(matches!(
            fetcher.fetch("file:///etc/passwd", &digest).await,
            Err(FetchError::UnsupportedScheme { .. })
        ));
    }

    #[tokio::test]
    async fn fetch_tree_extracts_a_verified_tarball() {
        let archive = tarball(&[
            ("kustomization.yaml", b"resources:\n- deploy.yaml\n"),
            ("apps/deploy.yaml", b"kind: Deployment\n"),
        ]);
        let digest = sha256(&archive);
        let (addr, _) = serve_counted(move |_| archive.clone().into_response()).await;

        let tree = fetcher(test_options())
            .fetch_tree(&url(addr), &digest, &UntarLimits::default())
            .await
            .unwrap();
        assert_eq!(tree.len(), 2);
        assert_eq!(tree.get("apps/deploy.yaml"), Some(&b"kind: Deployment\n"[..]));
        assert!(tree.is_dir("apps"));
    }

    #[tokio::test]
    async fn fetch_tree_reports_archives_that_break_the_limits() {
        let archive = tarball(&[("a.yaml", &[b'a'; 500]), ("b.yaml", &[b'b'; 500])]);
        let digest = sha256(&archive);
        let (addr, _) = serve_counted(move |_| archive.clone().into_response()).await;
        let limits = UntarLimits {
            max_total_bytes: 999,
            ..UntarLimits::default()
        };
        let err = fetcher(test_options())
            .fetch_tree(&url(addr), &digest, &limits)
            .await
            .unwrap_err();
        assert!(
            matches!(
                err,
                FetchError::Untar {
                    source: UntarError::TotalTooLarge { limit: 999 }
                }
            ),
            "{err:?}"
        );
        assert_eq!(err.kind(), FetchErrorKind::Permanent);

        let (addr, _) = serve_counted(|_| "not gzip".into_response()).await;
        let err = fetcher(test_options())
            .fetch_tree(&url(addr), &sha256(b"not gzip"), &UntarLimits::default())
            .await
            .unwrap_err();
        assert!(
            matches!(
                err,
                FetchError::Untar {
                    source: UntarError::NotGzip
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn backoff_doubles_from_the_minimum_up_to_the_maximum() {
        let fetcher = fetcher(FetcherOptions {
            min_backoff: Duration::from_secs(5),
            max_backoff: Duration::from_secs(30),
            ..test_options()
        });
        let waits: Vec<_> = (0..6).map(|r| fetcher.backoff(r, None).as_secs()).collect();
        assert_eq!(waits, [5, 10, 20, 30, 30, 30]);
        assert_eq!(fetcher.backoff(40, None), Duration::from_secs(30));
        assert_eq!(fetcher.backoff(0, Some(Duration::from_secs(2))), Duration::from_secs(2));
        assert_eq!(
            fetcher.backoff(0, Some(Duration::from_secs(3600))),
            Duration::from_secs(30)
        );
    }

    #[test]
    fn errors_are_classified() {
        let status = |status| FetchError::Status {
            url: String::new(),
            status,
        };
        assert!(status(StatusCode::INTERNAL_SERVER_ERROR).is_transient());
        assert!(status(StatusCode::GATEWAY_TIMEOUT).is_transient());
        assert!(status(StatusCode::TOO_MANY_REQUESTS).is_transient());
        assert!(!status(StatusCode::NOT_IMPLEMENTED).is_transient());
        assert!(!status(StatusCode::BAD_REQUEST).is_transient());
        assert_eq!(
            FetchError::NotFound { url: String::new() }.kind(),
            FetchErrorKind::NotFound
        );
    }

    #[test]
    fn default_options_match_flux() {
        let options = FetcherOptions::default();
        assert_eq!(options.retries, 9);
        assert_eq!(options.min_backoff, Duration::from_secs(5));
        assert_eq!(options.max_backoff, Duration::from_secs(30));
    }
}
