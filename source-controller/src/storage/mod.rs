//! The artifact store of source-controller: where every source kind keeps its tarballs and how
//! they are named, written, pointed at, collected and served.
//!
//! The entry point is [`Storage`], rooted at `--storage-path` and advertising
//! `--storage-adv-addr`. An artifact lives at `<kind-lowercase>/<namespace>/<name>/<file>` below
//! the root and is reachable at `http://<adv-addr>/<path>` through the file server in
//! [`server`]. A reconcile typically:
//!
//! 1. creates the status record with [`Storage::new_artifact`];
//! 2. writes the file with [`Storage::archive_dir`], [`Storage::archive_entries`] or
//!    [`Storage::write_from`] — a reproducible archive ([`archive`]) or copied bytes, digest
//!    computed while writing, made visible by an atomic rename;
//! 3. points the `latest.tar.gz` (or `index.yaml`) link at it with [`Storage::symlink`];
//! 4. prunes older artifacts with [`Storage::garbage_collect`] ([`gc`]);
//! 5. on object deletion, removes everything with [`Storage::remove_all`].
//!
//! Writers of one artifact are serialised by an exclusive `flock` on `<path>.lock`
//! ([`atomic::FileLock`]), which holds across threads and across processes sharing the volume.
//! All methods of [`Storage`] do blocking file I/O; call them from `spawn_blocking` in async
//! code. Paths read back from `status.artifact` are untrusted and validated before use.

pub mod archive;
pub mod atomic;
pub mod digest;
mod error;
pub mod gc;
pub mod server;

use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use ferroflux_api::meta::Artifact;

pub use archive::{ArchiveLimits, ArchiveStats, Filter, MemEntry};
pub use digest::DigestAlgorithm;
pub use error::StorageError;

use atomic::{FileLock, LOCK_SUFFIX, TempFile};
use digest::HashingWriter;

/// Name of the link next to tarball artifacts that points at the newest one.
pub const LATEST_TARBALL: &str = "latest.tar.gz";
/// Name of the link next to HelmRepository index artifacts that points at the newest one.
pub const LATEST_INDEX: &str = "index.yaml";

/// How long a writer waits for the `<path>.lock` of an artifact by default.
const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(30);

/// How many superseded artifacts are kept and for how long (`--artifact-retention-records`,
/// `--artifact-retention-ttl`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    /// The most artifact files kept per object, the current one included (default 2).
    pub records: usize,
    /// Age after which a superseded artifact is deleted regardless of `records` (default 60s).
    pub ttl: Duration,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            records: 2,
            ttl: Duration::from_secs(60),
        }
    }
}

/// The artifact store: a base directory plus the address its files are advertised at.
#[derive(Clone, Debug)]
pub struct Storage {
    base: PathBuf,
    adv_addr: String,
    retention: Retention,
    limits: ArchiveLimits,
    algorithm: DigestAlgorithm,
    lock_timeout: Duration,
}

impl Storage {
    /// Opens the store at `base` (created if missing), advertising files at `adv_addr` (a
    /// `host[:port]`, or a URL prefix with scheme used verbatim). Defaults: [`Retention`],
    /// [`ArchiveLimits`] and SHA-256 digests.
    pub fn new(base: impl Into<PathBuf>, adv_addr: impl Into<String>) -> Result<Self, StorageError> {
        let base = base.into();
        fs::create_dir_all(&base).map_err(|source| StorageError::DirectoryCreation {
            path: base.display().to_string(),
            source,
        })?;
        Ok(Self {
            base,
            adv_addr: adv_addr.into(),
            retention: Retention::default(),
            limits: ArchiveLimits::default(),
            algorithm: DigestAlgorithm::default(),
            lock_timeout: DEFAULT_LOCK_TIMEOUT,
        })
    }

    /// Returns the store with garbage collection governed by `retention`.
    pub fn with_retention(mut self, retention: Retention) -> Self {
        self.retention = retention;
        self
    }

    /// Returns the store with archives capped by `limits`.
    pub fn with_limits(mut self, limits: ArchiveLimits) -> Self {
        self.limits = limits;
        self
    }

    /// Returns the store computing digests with `algorithm`.
    pub fn with_digest_algorithm(mut self, algorithm: DigestAlgorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    /// Returns the store waiting at most `timeout` for an artifact's lock.
    pub fn with_lock_timeout(mut self, timeout: Duration) -> Self {
        self.lock_timeout = timeout;
        self
    }

    /// Returns the base directory.
    pub fn base(&self) -> &Path {
        &self.base
    }

    /// Returns the advertised address.
    pub fn adv_addr(&self) -> &str {
        &self.adv_addr
    }

    /// Returns the retention settings.
    pub fn retention(&self) -> Retention {
        self.retention
    }

    /// Returns the archive limits.
    pub fn limits(&self) -> ArchiveLimits {
        self.limits
    }

    /// Returns the digest algorithm.
    pub fn digest_algorithm(&self) -> DigestAlgorithm {
        self.algorithm
    }

    /// Returns the storage-relative path `<kind-lowercase>/<namespace>/<name>/<file>`, refusing
    /// segments that are empty, contain `/`, `\` or NUL, start with a dot or end in `.lock`.
    pub fn artifact_path(kind: &str, namespace: &str, name: &str, file: &str) -> Result<String, StorageError> {
        let kind = kind.to_ascii_lowercase();
        for seg in [kind.as_str(), namespace, name, file] {
            check_segment(seg)?;
        }
        Ok(format!("{kind}/{namespace}/{name}/{file}"))
    }

    /// Returns the URL of the storage-relative `path`: `http://<adv-addr>/<path>`, or
    /// `<adv-addr>/<path>` when the advertised address already has a scheme.
    pub fn url_for(&self, path: &str) -> String {
        let path = path.trim_start_matches('/');
        let host = self.adv_addr.trim_end_matches('/');
        if host.starts_with("http://") || host.starts_with("https://") {
            format!("{host}/{path}")
        } else {
            format!("http://{host}/{path}")
        }
    }

    /// Returns a new artifact record for an object's `file` with path, URL and revision set;
    /// digest, size and update time are filled in when the file is written.
    pub fn new_artifact(
        &self,
        kind: &str,
        namespace: &str,
        name: &str,
        revision: &str,
        file: &str,
    ) -> Result<Artifact, StorageError> {
        let path = Self::artifact_path(kind, namespace, name, file)?;
        Ok(Artifact {
            url: self.url_for(&path),
            path,
            revision: revision.to_owned(),
            ..Artifact::default()
        })
    }

    /// Rewrites `artifact.url` from its path and the current advertised address (Flux does this
    /// on every reconcile so that a changed `--storage-adv-addr` takes effect).
    pub fn refresh_url(&self, artifact: &mut Artifact) {
        artifact.url = self.url_for(&artifact.path);
    }

    /// Returns the local file of `artifact`, after checking that its path has the shape
    /// `<kind>/<namespace>/<name>/<file>` with safe segments.
    pub fn local_path(&self, artifact: &Artifact) -> Result<PathBuf, StorageError> {
        let segments: Vec<&str> = artifact.path.split('/').collect();
        let [kind, namespace, name, file] = segments.as_slice() else {
            return Err(StorageError::InvalidPath {
                path: artifact.path.clone(),
                why: "expected <kind>/<namespace>/<name>/<file>",
            });
        };
        for seg in [kind, namespace, name, file] {
            check_segment(seg)?;
        }
        Ok(self.base.join(&artifact.path))
    }

    /// Reports whether the file of `artifact` exists as a regular file.
    pub fn artifact_exists(&self, artifact: &Artifact) -> bool {
        self.local_path(artifact)
            .ok()
            .and_then(|p| fs::symlink_metadata(p).ok())
            .is_some_and(|m| m.is_file())
    }

    /// Recomputes the digest of the stored file and compares it with `artifact.digest`; returns
    /// `false` when the file is missing or differs, so a restarted controller rebuilds it.
    pub fn verify(&self, artifact: &Artifact) -> Result<bool, StorageError> {
        let Some(want) = artifact.digest.as_deref() else {
            return Ok(false);
        };
        let (algo, want_hex) = digest::parse_digest(want)?;
        let path = self.local_path(artifact)?;
        let mut file = match File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(source) => {
                return Err(StorageError::Read {
                    path: artifact.path.clone(),
                    source,
                });
            }
        };
        let mut w = HashingWriter::new(io::sink(), algo);
        io::copy(&mut file, &mut w).map_err(|source| StorageError::Read {
            path: artifact.path.clone(),
            source,
        })?;
        let (_, got, _) = w.finish();
        Ok(got == format!("{}:{want_hex}", algo.as_str()))
    }

    /// Archives the tree under `dir` as the file of `artifact` (see [`archive`]), honouring
    /// `filter` and the store's limits, and records digest, size and update time.
    pub fn archive_dir(
        &self,
        artifact: &mut Artifact,
        dir: &Path,
        filter: Option<Filter<'_>>,
    ) -> Result<ArchiveStats, StorageError> {
        let limits = self.limits;
        self.store(artifact, |w| {
            archive::write_dir(w, dir, filter, &limits).map(|(_, s)| s)
        })
    }

    /// Archives in-memory `entries` as the file of `artifact` (byte-identical to archiving the
    /// equivalent directory tree) and records digest, size and update time.
    pub fn archive_entries(
        &self,
        artifact: &mut Artifact,
        entries: &[MemEntry<'_>],
        filter: Option<Filter<'_>>,
    ) -> Result<ArchiveStats, StorageError> {
        let limits = self.limits;
        self.store(artifact, |w| {
            archive::write_entries(w, entries, filter, &limits).map(|(_, s)| s)
        })
    }

    /// Copies everything `reader` yields into the file of `artifact` (a Helm index or chart, an
    /// OCI layer) and records digest, size and update time; fails without touching the stored
    /// file when more than `max_bytes` arrive.
    pub fn write_from(
        &self,
        artifact: &mut Artifact,
        reader: impl Read,
        max_bytes: Option<u64>,
    ) -> Result<(), StorageError> {
        let path = artifact.path.clone();
        self.store(artifact, |w| {
            let limit = max_bytes.unwrap_or(u64::MAX);
            let mut limited = reader.take(limit.saturating_add(1));
            let n = io::copy(&mut limited, w).map_err(|source| StorageError::Archive {
                path: path.clone(),
                source,
            })?;
            if n > limit {
                return Err(StorageError::ArtifactTooLarge { path, limit });
            }
            Ok(())
        })
    }

    /// Stores `data` as the file of `artifact`; see [`Storage::write_from`].
    pub fn write_bytes(&self, artifact: &mut Artifact, data: &[u8]) -> Result<(), StorageError> {
        self.write_from(artifact, data, None)
    }

    /// Points the link `link_name` (e.g. [`LATEST_TARBALL`], [`LATEST_INDEX`]) next to the file of
    /// `artifact` at that file, atomically, and returns the link's URL. The link target is the
    /// bare file name, so the store can be moved.
    pub fn symlink(&self, artifact: &Artifact, link_name: &str) -> Result<String, StorageError> {
        check_segment(link_name)?;
        let target = self.local_path(artifact)?;
        let (dir, file) = split_file(&target)?;
        if file == link_name {
            return Err(StorageError::InvalidPath {
                path: link_name.to_owned(),
                why: "link would replace the artifact itself",
            });
        }
        let meta = fs::symlink_metadata(&target).map_err(|source| StorageError::Stat {
            path: artifact.path.clone(),
            source,
        })?;
        if !meta.is_file() {
            return Err(StorageError::Stat {
                path: artifact.path.clone(),
                source: io::Error::other("not a regular file"),
            });
        }
        let link = dir.join(link_name);
        let rel_link = relative_sibling(&artifact.path, link_name);
        atomic::replace_symlink(Path::new(file), &link).map_err(|source| StorageError::Symlink {
            path: rel_link.clone(),
            source,
        })?;
        Ok(self.url_for(&rel_link))
    }

    /// Removes the whole directory of an object (on deletion) and returns its storage-relative
    /// path if there was one.
    pub fn remove_all(&self, kind: &str, namespace: &str, name: &str) -> Result<Option<String>, StorageError> {
        let kind = kind.to_ascii_lowercase();
        for seg in [kind.as_str(), namespace, name] {
            check_segment(seg)?;
        }
        let rel = format!("{kind}/{namespace}/{name}");
        let dir = self.base.join(&rel);
        let meta = match fs::symlink_metadata(&dir) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(StorageError::Stat { path: rel, source }),
            Ok(meta) => meta,
        };
        let removed = if meta.is_dir() {
            fs::remove_dir_all(&dir)
        } else {
            fs::remove_file(&dir)
        };
        removed.map_err(|source| StorageError::Remove {
            path: rel.clone(),
            source,
        })?;
        Ok(Some(rel))
    }

    /// Writes the file of `artifact` through `produce` into a locked temporary file, renames it
    /// into place and records digest, size and update time.
    fn store<T>(
        &self,
        artifact: &mut Artifact,
        produce: impl FnOnce(&mut dyn Write) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        let dest = self.local_path(artifact)?;
        let (dir, file) = split_file(&dest)?;
        let rel_dir = artifact.path.rsplit_once('/').map(|(d, _)| d).unwrap_or_default();
        fs::create_dir_all(dir).map_err(|source| StorageError::DirectoryCreation {
            path: rel_dir.to_owned(),
            source,
        })?;
        let _lock = FileLock::acquire(&dest, self.lock_timeout).map_err(|source| StorageError::AcquireLock {
            path: artifact.path.clone(),
            source,
        })?;
        let io_err = |source| StorageError::Archive {
            path: artifact.path.clone(),
            source,
        };
        let mut tmp = TempFile::create(dir, file).map_err(io_err)?;
        let mut w = HashingWriter::new(BufWriter::new(tmp.file().map_err(io_err)?), self.algorithm);
        let out = produce(&mut w)?;
        w.flush().map_err(io_err)?;
        let (_, digest, size) = w.finish();
        tmp.persist(&dest).map_err(io_err)?;
        artifact.digest = Some(digest);
        artifact.size = i64::try_from(size).ok();
        artifact.last_update_time = now_rfc3339();
        Ok(out)
    }
}

/// Returns the advertised address Flux derives when `--storage-adv-addr` is empty: the
/// `--storage-addr` with an empty host replaced by the machine's host name.
pub fn advertised_addr(storage_adv_addr: &str, storage_addr: &str) -> String {
    if !storage_adv_addr.is_empty() {
        return storage_adv_addr.to_owned();
    }
    match storage_addr.rsplit_once(':') {
        Some(("", port)) => format!("{}:{port}", hostname()),
        _ => storage_addr.to_owned(),
    }
}

/// Returns the host name of this machine (the pod name in Kubernetes).
fn hostname() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "localhost".to_owned())
}

/// Returns the current time as RFC 3339 with second precision, as Kubernetes writes it.
fn now_rfc3339() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Refuses path segments that could escape, collide with store internals or be hidden.
fn check_segment(seg: &str) -> Result<(), StorageError> {
    let why = if seg.is_empty() {
        "empty path segment"
    } else if seg.contains('/') || seg.contains('\\') {
        "contains a path separator"
    } else if seg.contains('\0') {
        "contains a nul byte"
    } else if seg.starts_with('.') {
        "starts with a dot"
    } else if seg.ends_with(LOCK_SUFFIX) {
        "ends with the reserved suffix .lock"
    } else {
        return Ok(());
    };
    Err(StorageError::InvalidPath {
        path: seg.to_owned(),
        why,
    })
}

/// Splits a validated local path into its directory and file name.
fn split_file(path: &Path) -> Result<(&Path, &str), StorageError> {
    let invalid = || StorageError::InvalidPath {
        path: path.display().to_string(),
        why: "has no file name",
    };
    let dir = path.parent().ok_or_else(invalid)?;
    let file = path.file_name().and_then(|f| f.to_str()).ok_or_else(invalid)?;
    Ok((dir, file))
}

/// Returns the storage-relative path of `name` next to the artifact at `path`.
fn relative_sibling(path: &str, name: &str) -> String {
    match path.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{name}"),
        None => name.to_owned(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// A directory under the system temp dir, removed on drop.
    pub(crate) struct TempDir(PathBuf);

    impl TempDir {
        pub(crate) fn new(tag: &str) -> Self {
            static N: AtomicU64 = AtomicU64::new(0);
            let n = N.fetch_add(1, Ordering::Relaxed);
            let p = std::env::temp_dir().join(format!("ferroflux-storage-{tag}-{}-{n}", std::process::id()));
            let _ = fs::remove_dir_all(&p);
            fs::create_dir_all(&p).unwrap();
            Self(p)
        }

        pub(crate) fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    pub(crate) fn storage(t: &TempDir) -> Storage {
        Storage::new(
            t.path().join("store"),
            "source-controller.flux-system.svc.cluster.local.",
        )
        .unwrap()
    }

    #[test]
    fn artifact_paths_and_urls_follow_flux() {
        let t = TempDir::new("paths");
        let s = storage(&t);
        let a = s
            .new_artifact("GitRepository", "flux-system", "podinfo", "main@sha1:abc", "abc.tar.gz")
            .unwrap();
        assert_eq!(a.path, "gitrepository/flux-system/podinfo/abc.tar.gz");
        assert_eq!(
            a.url,
            "http://source-controller.flux-system.svc.cluster.local./gitrepository/flux-system/podinfo/abc.tar.gz"
        );
        assert_eq!(a.revision, "main@sha1:abc");
        assert!(a.digest.is_none());
        let verbatim = Storage::new(t.path().join("s2"), "https://cdn.example.com/flux/").unwrap();
        assert_eq!(verbatim.url_for("/a/b/c/d"), "https://cdn.example.com/flux/a/b/c/d");
        let plain = Storage::new(t.path().join("s3"), "localhost:9090").unwrap();
        assert_eq!(plain.url_for("a/b/c/d"), "http://localhost:9090/a/b/c/d");
        let mut moved = a.clone();
        plain.refresh_url(&mut moved);
        assert_eq!(
            moved.url,
            "http://localhost:9090/gitrepository/flux-system/podinfo/abc.tar.gz"
        );
    }

    #[test]
    fn unsafe_path_segments_are_refused() {
        for (ns, name, file) in [
            ("..", "x", "f.tar.gz"),
            ("ns", "a/b", "f.tar.gz"),
            ("ns", "x", ".hidden"),
            ("ns", "x", "f.tar.gz.lock"),
            ("", "x", "f"),
            ("ns", "x", "a\0b"),
        ] {
            let e = Storage::artifact_path("Bucket", ns, name, file).unwrap_err();
            assert_eq!(e.reason(), "InvalidPath", "{ns}/{name}/{file}");
        }
        let t = TempDir::new("badpaths");
        let s = storage(&t);
        for path in [
            "../../../etc/passwd",
            "/etc/passwd",
            "a/b/c",
            "a/b/c/../d",
            "a/b/c/d/e",
            "a//c/d",
        ] {
            let a = Artifact {
                path: path.to_owned(),
                ..Artifact::default()
            };
            assert!(s.local_path(&a).is_err(), "{path}");
            assert!(!s.artifact_exists(&a));
        }
    }

    #[test]
    fn archiving_records_digest_size_and_time_of_the_stored_bytes() {
        let t = TempDir::new("store-archive");
        let s = storage(&t);
        let root = archive::tests::sample_tree(&t);
        let mut a = s
            .new_artifact("GitRepository", "ns", "app", "sha1:1", "1.tar.gz")
            .unwrap();
        let stats = s.archive_dir(&mut a, &root, None).unwrap();
        assert_eq!(stats.files, 4);
        let bytes = fs::read(s.local_path(&a).unwrap()).unwrap();
        assert_eq!(
            a.digest.as_deref(),
            Some(DigestAlgorithm::Sha256.digest(&bytes).as_str())
        );
        assert_eq!(a.size, Some(bytes.len() as i64));
        assert!(a.last_update_time.parse::<jiff::Timestamp>().is_ok());
        assert!(a.last_update_time.ends_with('Z') && a.last_update_time.len() == 20);
        assert!(s.verify(&a).unwrap());
        assert!(s.artifact_exists(&a));

        // Same tree again: same digest; in-memory equivalent: same digest too.
        let mut again = s
            .new_artifact("GitRepository", "ns", "app", "sha1:1", "2.tar.gz")
            .unwrap();
        s.archive_dir(&mut again, &root, None).unwrap();
        assert_eq!(again.digest, a.digest);

        // Only the artifact and its lock file are left in the object directory.
        let mut names: Vec<String> = fs::read_dir(s.base().join("gitrepository/ns/app"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["1.tar.gz", "1.tar.gz.lock", "2.tar.gz", "2.tar.gz.lock"]);
    }

    #[test]
    fn a_failed_write_keeps_the_previous_file_and_leaves_no_temp_file() {
        let t = TempDir::new("store-atomic");
        let s = storage(&t).with_limits(ArchiveLimits {
            max_entries: 3,
            ..ArchiveLimits::default()
        });
        let mut a = s.new_artifact("Bucket", "ns", "b", "sha256:x", "x.tar.gz").unwrap();
        s.write_bytes(&mut a, b"previous").unwrap();
        let before = a.clone();
        let root = archive::tests::sample_tree(&t);
        let e = s.archive_dir(&mut a, &root, None).unwrap_err();
        assert!(e.is_limit());
        assert_eq!(a, before, "the record is untouched on failure");
        assert_eq!(fs::read(s.local_path(&a).unwrap()).unwrap(), b"previous");
        let leftovers = fs::read_dir(s.base().join("bucket/ns/b"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        assert_eq!(leftovers, 0);

        // A successful write replaces the file in place.
        s.write_bytes(&mut a, b"replaced").unwrap();
        assert_eq!(fs::read(s.local_path(&a).unwrap()).unwrap(), b"replaced");
        assert_ne!(a.digest, before.digest);
        assert_eq!(a.size, Some(8));
    }

    #[test]
    fn copies_are_capped() {
        let t = TempDir::new("store-copy");
        let s = storage(&t);
        let mut a = s
            .new_artifact("HelmRepository", "ns", "r", "sha256:x", "index-x.yaml")
            .unwrap();
        s.write_from(&mut a, &b"0123456789"[..], Some(10)).unwrap();
        let e = s.write_from(&mut a, &b"0123456789A"[..], Some(10)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "artifact 'helmrepository/ns/r/index-x.yaml' exceeds the size limit of 10 bytes"
        );
        assert_eq!(fs::read(s.local_path(&a).unwrap()).unwrap(), b"0123456789");
    }

    #[test]
    fn concurrent_writers_of_one_artifact_never_produce_a_torn_file() {
        let t = TempDir::new("store-concurrent");
        let s = storage(&t);
        let a = s.new_artifact("Bucket", "ns", "b", "r", "x.bin").unwrap();
        let payloads: Vec<Vec<u8>> = (0..4u8).map(|i| vec![i; 256 * 1024]).collect();
        std::thread::scope(|scope| {
            for p in &payloads {
                let (s, mut a) = (s.clone(), a.clone());
                scope.spawn(move || {
                    for _ in 0..5 {
                        s.write_bytes(&mut a, p).unwrap();
                    }
                });
            }
        });
        let bytes = fs::read(s.local_path(&a).unwrap()).unwrap();
        assert!(payloads.contains(&bytes));
    }

    #[test]
    fn latest_link_points_at_the_newest_artifact_and_is_replaced_atomically() {
        let t = TempDir::new("store-link");
        let s = storage(&t);
        let mut one = s.new_artifact("GitRepository", "ns", "app", "r1", "1.tar.gz").unwrap();
        s.write_bytes(&mut one, b"one").unwrap();
        let url = s.symlink(&one, LATEST_TARBALL).unwrap();
        assert_eq!(
            url,
            "http://source-controller.flux-system.svc.cluster.local./gitrepository/ns/app/latest.tar.gz"
        );
        let link = s.base().join("gitrepository/ns/app/latest.tar.gz");
        assert_eq!(fs::read_link(&link).unwrap(), Path::new("1.tar.gz"));
        let mut two = s.new_artifact("GitRepository", "ns", "app", "r2", "2.tar.gz").unwrap();
        s.write_bytes(&mut two, b"two").unwrap();
        s.symlink(&two, LATEST_TARBALL).unwrap();
        assert_eq!(fs::read(&link).unwrap(), b"two");

        let mut index = s
            .new_artifact("HelmRepository", "ns", "r", "sha256:x", "index-x.yaml")
            .unwrap();
        s.write_bytes(&mut index, b"apiVersion: v1").unwrap();
        assert!(
            s.symlink(&index, LATEST_INDEX)
                .unwrap()
                .ends_with("/helmrepository/ns/r/index.yaml")
        );
        assert!(s.symlink(&index, "index-x.yaml").is_err());
        assert!(s.symlink(&index, "../escape").is_err());
        let missing = s
            .new_artifact("HelmRepository", "ns", "r", "sha256:y", "index-y.yaml")
            .unwrap();
        assert_eq!(
            s.symlink(&missing, LATEST_INDEX).unwrap_err().reason(),
            "StatOperationFailed"
        );
    }

    #[test]
    fn verify_detects_tampering_and_missing_files() {
        let t = TempDir::new("store-verify");
        let s = storage(&t);
        let mut a = s
            .new_artifact("OCIRepository", "ns", "o", "latest@sha256:1", "1.tar.gz")
            .unwrap();
        s.write_bytes(&mut a, b"good").unwrap();
        assert!(s.verify(&a).unwrap());
        fs::write(s.local_path(&a).unwrap(), b"evil").unwrap();
        assert!(!s.verify(&a).unwrap());
        fs::remove_file(s.local_path(&a).unwrap()).unwrap();
        assert!(!s.verify(&a).unwrap());
    }

    #[test]
    fn remove_all_deletes_the_object_directory_only() {
        let t = TempDir::new("store-remove");
        let s = storage(&t);
        let mut a = s.new_artifact("GitRepository", "ns", "app", "r", "1.tar.gz").unwrap();
        s.write_bytes(&mut a, b"x").unwrap();
        s.symlink(&a, LATEST_TARBALL).unwrap();
        let mut other = s.new_artifact("GitRepository", "ns", "other", "r", "1.tar.gz").unwrap();
        s.write_bytes(&mut other, b"y").unwrap();
        assert_eq!(
            s.remove_all("GitRepository", "ns", "app").unwrap().as_deref(),
            Some("gitrepository/ns/app")
        );
        assert!(!s.base().join("gitrepository/ns/app").exists());
        assert!(s.artifact_exists(&other));
        assert_eq!(s.remove_all("GitRepository", "ns", "app").unwrap(), None);
        assert!(s.remove_all("GitRepository", "..", "x").is_err());
    }

    #[test]
    fn advertised_address_defaults_to_the_host_name() {
        assert_eq!(advertised_addr("sc.flux-system.svc", ":9090"), "sc.flux-system.svc");
        assert_eq!(advertised_addr("", "10.0.0.1:9090"), "10.0.0.1:9090");
        let derived = advertised_addr("", ":9090");
        assert!(derived.ends_with(":9090") && derived.len() > 5, "{derived}");
    }
}
