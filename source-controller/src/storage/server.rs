//! The plain HTTP file server for artifacts on `--storage-addr` (Flux: `:9090`): [`serve`].
//!
//! It answers `GET` and `HEAD` for regular files below the storage root with their exact
//! `Content-Length`, streaming the body. `GET /` answers 200 (Flux's readiness probe). Anything
//! else is 404 — missing files, directories (there are no listings), lock and hidden temporary
//! files, and every path that could escape the root: `..` and `.` segments (also percent-encoded),
//! NUL bytes, backslashes, and symlinks whose target resolves outside the root. Symlinks inside
//! the root (the `latest.tar.gz` pointer) are followed. Other methods get 405.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use bytes::BytesMut;
use tokio::io::AsyncReadExt as _;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

use super::StorageError;
use super::atomic::LOCK_SUFFIX;

/// Size of the chunks a file body is streamed in.
const CHUNK: usize = 64 * 1024;

/// What every request handler shares: the canonical storage root.
#[derive(Debug)]
struct Root {
    dir: PathBuf,
}

/// Returns a router serving the files below `root` (which must exist).
pub fn router(root: &Path) -> Result<Router, StorageError> {
    let dir = std::fs::canonicalize(root).map_err(|source| StorageError::Stat {
        path: root.display().to_string(),
        source,
    })?;
    Ok(Router::new().fallback(handle).with_state(Arc::new(Root { dir })))
}

/// Binds `addr` (`host:port`, or `:port` for all IPv4 interfaces as Go allows).
pub async fn bind(addr: &str) -> Result<TcpListener, StorageError> {
    let sock = ferroflux_runtime::cli::RuntimeArgs::socket_addr(addr);
    TcpListener::bind(&sock).await.map_err(|source| StorageError::Bind {
        addr: addr.to_owned(),
        source,
    })
}

/// Serves the files below `root` on `listener` until `shutdown` is cancelled, then finishes the
/// requests in flight and returns.
pub async fn serve(listener: TcpListener, root: &Path, shutdown: CancellationToken) -> Result<(), StorageError> {
    let app = router(root)?;
    axum::serve(listener, app)
        .with_graceful_shutdown(async move { shutdown.cancelled().await })
        .await
        .map_err(StorageError::Serve)
}

async fn handle(State(root): State<Arc<Root>>, method: Method, uri: Uri) -> Response {
    let head = match method {
        Method::GET => false,
        Method::HEAD => true,
        _ => {
            return (
                StatusCode::METHOD_NOT_ALLOWED,
                [(header::ALLOW, HeaderValue::from_static("GET, HEAD"))],
            )
                .into_response();
        }
    };
    if uri.path() == "/" {
        return StatusCode::OK.into_response();
    }
    let Some(rel) = request_path(uri.path()) else {
        return not_found();
    };
    let Some((file, len)) = open(&root.dir, &rel).await else {
        return not_found();
    };
    let mut response = if head {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from_stream(file_stream(file, len)))
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(&rel)));
    response
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "404 page not found\n").into_response()
}

/// Decodes a request path into a safe relative path, or `None` when it could escape the root or
/// names something that is never served.
fn request_path(raw: &str) -> Option<PathBuf> {
    let decoded = percent_decode(raw.strip_prefix('/')?)?;
    let decoded = String::from_utf8(decoded).ok()?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut rel = PathBuf::new();
    for seg in decoded.split('/').filter(|s| !s.is_empty()) {
        if seg.starts_with('.') {
            return None; // `.`, `..` and hidden temporary files
        }
        rel.push(seg);
    }
    let last = rel.file_name()?.to_str()?;
    if last.ends_with(LOCK_SUFFIX) {
        return None;
    }
    Some(rel)
}

/// Decodes `%XX` escapes; `None` on a malformed escape.
fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hi = hex_val(*bytes.get(i + 1)?)?;
            let lo = hex_val(*bytes.get(i + 2)?)?;
            out.push((hi << 4) | lo);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    Some(out)
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Opens `root/rel` if it resolves to a regular file inside `root`; returns it with its length.
async fn open(root: &Path, rel: &Path) -> Option<(tokio::fs::File, u64)> {
    let resolved = tokio::fs::canonicalize(root.join(rel)).await.ok()?;
    if !resolved.starts_with(root) {
        return None;
    }
    let file = tokio::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(&resolved)
        .await
        .ok()?;
    let meta = file.metadata().await.ok()?;
    meta.is_file().then_some((file, meta.len()))
}

/// Streams exactly `len` bytes of `file`, failing (and so aborting the response) if it is
/// shorter.
fn file_stream(
    file: tokio::fs::File,
    len: u64,
) -> impl futures::Stream<Item = io::Result<bytes::Bytes>> + Send + 'static {
    futures::stream::try_unfold((file, len), |(mut file, remaining)| async move {
        if remaining == 0 {
            return Ok(None);
        }
        let want = usize::try_from(remaining).unwrap_or(usize::MAX).min(CHUNK);
        let mut buf = BytesMut::with_capacity(want);
        let n = file.read_buf(&mut buf).await?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "file shrank while being served",
            ));
        }
        buf.truncate(want);
        let sent = buf.len() as u64;
        Ok(Some((buf.freeze(), (file, remaining - sent))))
    })
}

/// Returns the content type served for a file name.
fn content_type(rel: &Path) -> &'static str {
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    if name.ends_with(".tar.gz") || name.ends_with(".tgz") || name.ends_with(".gz") {
        "application/gzip"
    } else if name.ends_with(".yaml") || name.ends_with(".yml") {
        "application/x-yaml"
    } else if name.ends_with(".json") {
        "application/json"
    } else {
        "application/octet-stream"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::tests::{TempDir, storage};
    use crate::storage::{DigestAlgorithm, LATEST_TARBALL};
    use std::net::SocketAddr;
    use tokio::io::AsyncWriteExt as _;

    struct Reply {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    }

    impl Reply {
        fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        }
    }

    /// Sends a raw HTTP/1.1 request (the path is not normalised by any client library).
    async fn request(addr: SocketAddr, method: &str, path: &str) -> Reply {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        let req = format!("{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
        s.write_all(req.as_bytes()).await.unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).await.unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8(raw[..split].to_vec()).unwrap();
        let mut lines = head.split("\r\n");
        let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
        let headers = lines
            .map(|l| {
                let (k, v) = l.split_once(':').unwrap();
                (k.trim().to_owned(), v.trim().to_owned())
            })
            .collect();
        Reply {
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        }
    }

    async fn start(root: &Path) -> (SocketAddr, CancellationToken, tokio::task::JoinHandle<()>) {
        let listener = bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let token = CancellationToken::new();
        let (root, t) = (root.to_owned(), token.clone());
        let task = tokio::spawn(async move { serve(listener, &root, t).await.unwrap() });
        (addr, token, task)
    }

    #[tokio::test]
    async fn served_bytes_match_the_artifact_digest_and_head_reports_the_length() {
        let t = TempDir::new("server-serve");
        let s = storage(&t);
        let tree = crate::storage::archive::tests::sample_tree(&t);
        // Big enough to span several chunks.
        std::fs::write(tree.join("big.bin"), vec![7u8; 300_000]).unwrap();
        let mut a = s
            .new_artifact("GitRepository", "ns", "app", "main@sha1:1", "1.tar.gz")
            .unwrap();
        s.archive_dir(&mut a, &tree, None).unwrap();
        s.symlink(&a, LATEST_TARBALL).unwrap();
        let (addr, token, task) = start(s.base()).await;

        let r = request(addr, "GET", &format!("/{}", a.path)).await;
        assert_eq!(r.status, 200);
        assert_eq!(DigestAlgorithm::Sha256.digest(&r.body), a.digest.clone().unwrap());
        assert_eq!(r.header("content-length").unwrap(), a.size.unwrap().to_string());
        assert_eq!(r.header("content-type"), Some("application/gzip"));

        let latest = request(addr, "GET", "/gitrepository/ns/app/latest.tar.gz").await;
        assert_eq!(latest.status, 200);
        assert_eq!(latest.body, r.body);

        let h = request(addr, "HEAD", &format!("/{}", a.path)).await;
        assert_eq!(h.status, 200);
        assert_eq!(h.header("content-length").unwrap(), a.size.unwrap().to_string());
        assert!(h.body.is_empty());

        assert_eq!(request(addr, "GET", "/").await.status, 200);
        assert_eq!(request(addr, "HEAD", "/").await.status, 200);
        let post = request(addr, "POST", &format!("/{}", a.path)).await;
        assert_eq!(post.status, 405);
        assert_eq!(post.header("allow"), Some("GET, HEAD"));

        token.cancel();
        task.await.unwrap();
    }

    #[tokio::test]
    async fn missing_files_directories_and_escapes_are_not_found() {
        let t = TempDir::new("server-escape");
        let s = storage(&t);
        let mut a = s.new_artifact("Bucket", "ns", "b", "r", "x.tar.gz").unwrap();
        s.write_bytes(&mut a, b"data").unwrap();
        // A secret next to the store and symlinks reaching for it.
        std::fs::write(t.path().join("secret"), b"top secret").unwrap();
        let dir = s.base().join("bucket/ns/b");
        std::os::unix::fs::symlink(t.path().join("secret"), dir.join("abs-out")).unwrap();
        std::os::unix::fs::symlink("../../../../secret", dir.join("rel-out")).unwrap();
        std::os::unix::fs::symlink(t.path(), s.base().join("outdir")).unwrap();
        std::fs::write(dir.join(".x.tar.gz.1.2.tmp"), b"partial").unwrap();
        let (addr, token, task) = start(s.base()).await;

        assert_eq!(
            request(addr, "GET", "/bucket/ns/b/x.tar.gz?query=1").await.body,
            b"data"
        );
        for path in [
            "/bucket/ns/b/missing.tar.gz",
            "/bucket/ns/b",
            "/bucket/ns/b/",
            "/../etc/passwd",
            "/../secret",
            "/%2e%2e/secret",
            "/%2E%2E/%2e%2e/etc/passwd",
            "/bucket/%2e%2e/%2e%2e/%2e%2e/secret",
            "/bucket/ns/b/..%2f..%2f..%2f..%2fsecret",
            "/bucket/ns/b/abs-out",
            "/bucket/ns/b/rel-out",
            "/outdir/secret",
            "/bucket/ns/b/x.tar.gz.lock",
            "/bucket/ns/b/.x.tar.gz.1.2.tmp",
            "/bucket/ns/b/x.tar.gz%00",
            "/bucket%5cns",
            "/bucket/ns/b/%zz",
            "//etc/passwd",
        ] {
            let r = request(addr, "GET", path).await;
            assert_eq!(r.status, 404, "{path}");
            assert!(!r.body.windows(6).any(|w| w == b"secret"), "{path}");
            assert_eq!(request(addr, "HEAD", path).await.status, 404, "{path}");
        }
        token.cancel();
        task.await.unwrap();
    }

    #[test]
    fn request_paths_are_decoded_and_checked() {
        assert_eq!(request_path("/a/b%2Dc.tgz"), Some(PathBuf::from("a/b-c.tgz")));
        assert_eq!(request_path("/a//b"), Some(PathBuf::from("a/b")));
        assert_eq!(request_path("/a/%2e%2e/b"), None);
        assert_eq!(request_path("/a/%ff"), None);
        assert_eq!(request_path("no-slash"), None);
        assert_eq!(request_path("/"), None);
    }

    #[tokio::test]
    async fn binding_a_busy_address_fails_clearly() {
        let held = bind("127.0.0.1:0").await.unwrap();
        let addr = held.local_addr().unwrap().to_string();
        let e = bind(&addr).await.unwrap_err();
        assert_eq!(e.to_string(), format!("failed to bind the artifact server to '{addr}'"));
    }
}
