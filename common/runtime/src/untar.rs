//! Safe, in-memory extraction of gzip-compressed tarballs (the artifacts source-controller serves).
//!
//! The entry point is [`untar_gz`], which turns the bytes of a `.tar.gz` into a [`MemTree`]: a
//! sorted map of normalised relative paths to file contents plus the set of directories. Nothing
//! touches the disk.
//!
//! Archives are untrusted input, so extraction is strict:
//!
//! * entry names that are absolute, contain a backslash or a NUL byte, or whose `..` components
//!   climb out of the archive root are rejected with an error (never silently dropped);
//! * symbolic links, hard links, character and block devices and FIFOs are skipped and counted
//!   (Flux's untar skips symlinks too);
//! * the number of entries, the size of one file and the total size of all files are capped by
//!   [`UntarLimits`], and the whole decompressed stream (tar headers included) is capped as well,
//!   so gzip bombs and oversized extension headers stop early;
//! * a stream that is not gzip, is truncated or fails its gzip checksum is an error.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Read};
use std::rc::Rc;

use flate2::read::MultiGzDecoder;
use tar::EntryType;

/// The gzip magic number every `.tar.gz` starts with.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Bytes of tar framing (header, padding, long-name and PAX records) allowed per permitted entry
/// on top of [`UntarLimits::max_total_bytes`] when capping the decompressed stream.
const HEADER_ALLOWANCE_PER_ENTRY: u64 = 4 * 1024;

/// Fixed framing allowance for the end-of-archive marker and record padding.
const TRAILER_ALLOWANCE: u64 = 64 * 1024;

/// The longest entry name quoted verbatim in an error message.
const MAX_DISPLAY_PATH: usize = 256;

/// The initial buffer reserved for one file, however large its header claims it is.
const MAX_PREALLOCATION: u64 = 1024 * 1024;

/// Caps applied while extracting an archive. Exceeding any of them is an [`UntarError`] that
/// names the cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UntarLimits {
    /// The most bytes all extracted files may hold together (default 100 MiB, Flux's
    /// `DefaultMaxUntarSize`).
    pub max_total_bytes: u64,
    /// The most bytes one extracted file may hold (default 64 MiB).
    pub max_file_bytes: u64,
    /// The most tar entries (files, directories and skipped entries alike) an archive may have
    /// (default 20 000).
    pub max_entries: usize,
}

impl Default for UntarLimits {
    fn default() -> Self {
        Self {
            max_total_bytes: 100 * 1024 * 1024,
            max_file_bytes: 64 * 1024 * 1024,
            max_entries: 20_000,
        }
    }
}

impl UntarLimits {
    /// Returns the cap on the whole decompressed tar stream: the file budget plus a framing
    /// allowance for every permitted entry.
    pub fn max_stream_bytes(&self) -> u64 {
        let entries = u64::try_from(self.max_entries).unwrap_or(u64::MAX);
        self.max_total_bytes
            .saturating_add(entries.saturating_mul(HEADER_ALLOWANCE_PER_ENTRY))
            .saturating_add(TRAILER_ALLOWANCE)
    }
}

/// How many entries of each skipped kind an archive held.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SkipCounts {
    /// Symbolic links.
    pub symlinks: usize,
    /// Hard links.
    pub hard_links: usize,
    /// Character devices, block devices and FIFOs.
    pub special: usize,
}

impl SkipCounts {
    /// Returns the number of skipped entries of every kind.
    pub fn total(&self) -> usize {
        self.symlinks + self.hard_links + self.special
    }
}

/// Errors from extracting an archive.
#[derive(Debug, thiserror::Error)]
pub enum UntarError {
    /// The input does not start with the gzip magic number.
    #[error("artifact is not a gzip stream")]
    NotGzip,
    /// The gzip or tar stream is corrupt or truncated.
    #[error("failed to read the tar.gz stream")]
    Read {
        /// What the decoder reported.
        #[source]
        source: io::Error,
    },
    /// An entry's data ended before the size its header declared.
    #[error("entry '{path}' is truncated: expected {expected} bytes, read {actual}")]
    Truncated {
        /// The entry name as found in the archive.
        path: String,
        /// The size the header declared.
        expected: u64,
        /// The bytes actually present.
        actual: u64,
    },
    /// An entry name is absolute, escapes the root or is otherwise unusable.
    #[error("invalid entry path '{path}': {reason}")]
    InvalidPath {
        /// The entry name as found in the archive.
        path: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A path is used both as a file and as a directory.
    #[error("entry '{path}' conflicts with an existing {existing}")]
    Conflict {
        /// The normalised path of the later entry.
        path: String,
        /// What already occupies the path (or one of its parents): "file" or "directory".
        existing: &'static str,
    },
    /// An entry has a type flag this extractor does not know.
    #[error("entry '{path}' has unsupported type flag {type_flag:?}")]
    UnsupportedEntry {
        /// The entry name as found in the archive.
        path: String,
        /// The raw type flag, as a character.
        type_flag: char,
    },
    /// The archive has more entries than [`UntarLimits::max_entries`].
    #[error("archive exceeds the max_entries cap of {limit} entries")]
    TooManyEntries {
        /// The cap.
        limit: usize,
    },
    /// One file is larger than [`UntarLimits::max_file_bytes`].
    #[error("entry '{path}' of {size} bytes exceeds the max_file_bytes cap of {limit} bytes")]
    FileTooLarge {
        /// The entry name as found in the archive.
        path: String,
        /// The size its header declared.
        size: u64,
        /// The cap.
        limit: u64,
    },
    /// The files together are larger than [`UntarLimits::max_total_bytes`].
    #[error("archive contents exceed the max_total_bytes cap of {limit} bytes")]
    TotalTooLarge {
        /// The cap.
        limit: u64,
    },
    /// The decompressed stream, tar framing included, is larger than
    /// [`UntarLimits::max_stream_bytes`].
    #[error(
        "decompressed archive exceeds the stream cap of {limit} bytes \
         (max_total_bytes plus a header allowance per permitted entry)"
    )]
    StreamTooLarge {
        /// The cap.
        limit: u64,
    },
}

/// An extracted archive held in memory: regular files keyed by normalised relative path
/// (`dir/sub/file.yaml`: no leading `./` or `/`, no `.` or `..` components, no trailing `/`),
/// plus every directory, whether it had its own entry or is only the parent of a file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemTree {
    files: BTreeMap<String, Vec<u8>>,
    dirs: BTreeSet<String>,
    total_size: u64,
    skipped: SkipCounts,
}

impl MemTree {
    /// Creates an empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Returns the contents of the file at `path`, which is normalised first (so `./a/b.yaml`
    /// finds `a/b.yaml`). Returns `None` for directories, missing and invalid paths.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        let key = normalise(path).ok()?;
        self.files.get(&key).map(Vec::as_slice)
    }

    /// Reports whether `path` (normalised first) is a directory of the tree. The root (`""` or
    /// `.`) always is.
    pub fn is_dir(&self, path: &str) -> bool {
        match normalise(path) {
            Ok(key) => key.is_empty() || self.dirs.contains(&key),
            Err(_) => false,
        }
    }

    /// Iterates over the files as `(path, contents)`, sorted by path.
    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> + '_ {
        self.files.iter().map(|(p, d)| (p.as_str(), d.as_slice()))
    }

    /// Iterates over the directories (the root excluded), sorted by path.
    pub fn dirs(&self) -> impl Iterator<Item = &str> + '_ {
        self.dirs.iter().map(String::as_str)
    }

    /// Returns the number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Reports whether the tree holds no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Returns the total size of all files in bytes.
    pub fn total_size(&self) -> u64 {
        self.total_size
    }

    /// Returns how many archive entries were skipped, by kind.
    pub fn skipped(&self) -> SkipCounts {
        self.skipped
    }

    /// Consumes the tree and returns its files keyed by path.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files
    }

    /// Adds (or replaces) the file at `path`, normalising the path and creating its parent
    /// directories. Fails when the path is invalid or a file/directory conflict would arise.
    pub fn insert_file(&mut self, path: &str, contents: Vec<u8>) -> Result<(), UntarError> {
        let key = normalise(path).map_err(|reason| invalid_path(path.as_bytes(), reason))?;
        if key.is_empty() {
            return Err(invalid_path(path.as_bytes(), "names the archive root"));
        }
        self.prepare_file(&key)?;
        self.put_file(key, contents);
        Ok(())
    }

    /// Adds the directory at `path` and its parents, normalising the path first.
    pub fn insert_dir(&mut self, path: &str) -> Result<(), UntarError> {
        let key = normalise(path).map_err(|reason| invalid_path(path.as_bytes(), reason))?;
        self.put_dir(&key)
    }

    /// Stores a file under a normalised path already checked by [`MemTree::prepare_file`].
    fn put_file(&mut self, key: String, contents: Vec<u8>) {
        let size = len_u64(&contents);
        if let Some(previous) = self.files.insert(key, contents) {
            self.total_size = self.total_size.saturating_sub(len_u64(&previous));
        }
        self.total_size = self.total_size.saturating_add(size);
    }

    /// Checks that a file may be created at the normalised `key`, then creates its parents.
    fn prepare_file(&mut self, key: &str) -> Result<(), UntarError> {
        if self.dirs.contains(key) {
            return Err(UntarError::Conflict {
                path: key.to_owned(),
                existing: "directory",
            });
        }
        let Some((parent, _)) = key.rsplit_once('/') else {
            return Ok(());
        };
        if ancestors(parent).any(|dir| self.files.contains_key(dir)) {
            return Err(UntarError::Conflict {
                path: key.to_owned(),
                existing: "file",
            });
        }
        self.add_dirs(parent);
        Ok(())
    }

    /// Inserts a normalised directory path and all its parents, unless one of them is a file.
    fn put_dir(&mut self, key: &str) -> Result<(), UntarError> {
        if ancestors(key).any(|dir| self.files.contains_key(dir)) {
            return Err(UntarError::Conflict {
                path: key.to_owned(),
                existing: "file",
            });
        }
        self.add_dirs(key);
        Ok(())
    }

    /// Records `key` and its parents as directories (no conflict checks).
    fn add_dirs(&mut self, key: &str) {
        for dir in ancestors(key) {
            if !self.dirs.contains(dir) {
                self.dirs.insert(dir.to_owned());
            }
        }
    }
}

/// Iterates over the non-empty prefixes of a normalised path that end at a component
/// boundary: `a`, `a/b`, `a/b/c` for `a/b/c`; nothing for the root `""`.
fn ancestors(key: &str) -> impl Iterator<Item = &str> + '_ {
    key.match_indices('/')
        .map(move |(at, _)| &key[..at])
        .chain((!key.is_empty()).then_some(key))
}

/// Extracts a gzip-compressed tarball held in memory into a [`MemTree`], enforcing `limits`.
///
/// Regular files and directories are kept; symlinks, hard links, devices and FIFOs are
/// skipped and counted in [`MemTree::skipped`]; PAX global headers are ignored. A later entry
/// for the same file replaces the earlier one, as extraction to disk would.
pub fn untar_gz(data: &[u8], limits: &UntarLimits) -> Result<MemTree, UntarError> {
    if !data.starts_with(&GZIP_MAGIC) {
        return Err(UntarError::NotGzip);
    }
    let tripped = Rc::new(Cell::new(false));
    let stream_limit = limits.max_stream_bytes();
    let reader = CappedReader {
        inner: MultiGzDecoder::new(data),
        read: 0,
        limit: stream_limit,
        tripped: Rc::clone(&tripped),
    };
    let read_error = |source: io::Error| {
        if tripped.get() {
            UntarError::StreamTooLarge { limit: stream_limit }
        } else {
            UntarError::Read { source }
        }
    };

    let mut archive = tar::Archive::new(reader);
    let mut tree = MemTree::new();
    let mut entry_count = 0usize;
    let mut file_bytes = 0u64;
    {
        let entries = archive.entries().map_err(&read_error)?;
        for entry in entries {
            let mut entry = entry.map_err(&read_error)?;
            entry_count += 1;
            if entry_count > limits.max_entries {
                return Err(UntarError::TooManyEntries {
                    limit: limits.max_entries,
                });
            }
            let entry_type = entry.header().entry_type();
            if entry_type == EntryType::XGlobalHeader {
                continue;
            }
            let raw_path = entry.path_bytes().into_owned();
            let key = normalise_raw(&raw_path)?;
            match entry_type {
                EntryType::Regular | EntryType::Continuous | EntryType::GNUSparse => {
                    // Old tar writers mark directories as regular files with a trailing slash.
                    if entry_type == EntryType::Regular && raw_path.ends_with(b"/") {
                        tree.put_dir(&key)?;
                        continue;
                    }
                    if key.is_empty() {
                        return Err(invalid_path(&raw_path, "names the archive root"));
                    }
                    let size = entry.size();
                    if size > limits.max_file_bytes {
                        return Err(UntarError::FileTooLarge {
                            path: display_path(&raw_path),
                            size,
                            limit: limits.max_file_bytes,
                        });
                    }
                    file_bytes = file_bytes.saturating_add(size);
                    if file_bytes > limits.max_total_bytes {
                        return Err(UntarError::TotalTooLarge {
                            limit: limits.max_total_bytes,
                        });
                    }
                    tree.prepare_file(&key)?;
                    let capacity = usize::try_from(size.min(MAX_PREALLOCATION)).unwrap_or(0);
                    let mut contents = Vec::with_capacity(capacity);
                    let actual = (&mut entry)
                        .take(size)
                        .read_to_end(&mut contents)
                        .map_err(&read_error)?;
                    let actual = u64::try_from(actual).unwrap_or(u64::MAX);
                    if actual != size {
                        return Err(UntarError::Truncated {
                            path: display_path(&raw_path),
                            expected: size,
                            actual,
                        });
                    }
                    tree.put_file(key, contents);
                }
                EntryType::Directory => tree.put_dir(&key)?,
                EntryType::Symlink => tree.skipped.symlinks += 1,
                EntryType::Link => tree.skipped.hard_links += 1,
                EntryType::Char | EntryType::Block | EntryType::Fifo => tree.skipped.special += 1,
                // A PAX header the tar crate did not fold into a member (e.g. one without a
                // recognised magic): metadata only.
                EntryType::XHeader => {}
                other => {
                    return Err(UntarError::UnsupportedEntry {
                        path: display_path(&raw_path),
                        type_flag: char::from(other.as_byte()),
                    });
                }
            }
        }
    }

    // The tar reader stops at the end-of-archive marker; read the rest of the stream so that a
    // truncated or corrupt gzip member (checked by its CRC trailer) is noticed.
    let mut rest = archive.into_inner();
    io::copy(&mut rest, &mut io::sink()).map_err(&read_error)?;
    Ok(tree)
}

/// A reader that fails once more than `limit` bytes came out of `inner`, and says so through
/// `tripped` (the tar reader may wrap or replace the error on its way out).
struct CappedReader<R> {
    inner: R,
    read: u64,
    limit: u64,
    tripped: Rc<Cell<bool>>,
}

impl<R: Read> Read for CappedReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // Allow one byte past the limit so that reaching it exactly is not an error.
        let room = self.limit.saturating_sub(self.read).saturating_add(1);
        let want = buf.len().min(usize::try_from(room).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.read = self.read.saturating_add(u64::try_from(n).unwrap_or(u64::MAX));
        if self.read > self.limit {
            self.tripped.set(true);
            return Err(io::Error::other("decompressed stream exceeds its cap"));
        }
        Ok(n)
    }
}

/// Normalises a raw entry name, mapping failures to [`UntarError::InvalidPath`].
fn normalise_raw(raw: &[u8]) -> Result<String, UntarError> {
    let text = std::str::from_utf8(raw).map_err(|_| invalid_path(raw, "not valid utf-8"))?;
    normalise(text).map_err(|reason| invalid_path(raw, reason))
}

/// Normalises a slash-separated relative path: drops empty and `.` components, resolves `..`
/// lexically and refuses to leave the root. Returns `""` for the root itself.
fn normalise(path: &str) -> Result<String, &'static str> {
    if path.is_empty() {
        return Err("empty path");
    }
    if path.starts_with('/') {
        return Err("absolute path");
    }
    if path.contains('\\') {
        return Err("contains a backslash");
    }
    if path.contains('\0') {
        return Err("contains a nul byte");
    }
    let mut parts: Vec<&str> = Vec::new();
    for component in path.split('/') {
        match component {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err("escapes the archive root");
                }
            }
            name => parts.push(name),
        }
    }
    Ok(parts.join("/"))
}

/// Builds an [`UntarError::InvalidPath`] for a raw entry name.
fn invalid_path(raw: &[u8], reason: &'static str) -> UntarError {
    UntarError::InvalidPath {
        path: display_path(raw),
        reason,
    }
}

/// Renders an entry name for an error message: lossy UTF-8, control characters escaped, long
/// names shortened.
fn display_path(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == MAX_DISPLAY_PATH {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Returns a buffer's length as `u64`.
fn len_u64(data: &[u8]) -> u64 {
    u64::try_from(data.len()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::GzEncoder;
    use std::io::Write;

    /// One raw tar member for [`archive`].
    enum Member<'a> {
        File(&'a str, &'a [u8]),
        Dir(&'a str),
        Symlink(&'a str, &'a str),
        HardLink(&'a str, &'a str),
        Fifo(&'a str),
        /// A header written byte for byte, bypassing the tar crate's path checks.
        Raw {
            name: &'a [u8],
            kind: u8,
            data: &'a [u8],
        },
    }

    /// Builds a ustar header with the name copied verbatim (no validation).
    fn raw_header(name: &[u8], kind: u8, size: u64) -> tar::Header {
        let mut header = tar::Header::new_ustar();
        header.as_old_mut().name[..name.len()].copy_from_slice(name);
        header.set_entry_type(EntryType::new(kind));
        header.set_size(size);
        header.set_mode(0o600);
        header.set_mtime(0);
        header.set_cksum();
        header
    }

    fn tar_bytes(members: &[Member<'_>]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for member in members {
            match member {
                Member::File(name, data) => {
                    let mut header = tar::Header::new_gnu();
                    header.set_size(data.len() as u64);
                    header.set_mode(0o600);
                    header.set_cksum();
                    builder.append_data(&mut header, name, *data).unwrap();
                }
                Member::Dir(name) => {
                    let mut header = tar::Header::new_gnu();
                    header.set_entry_type(EntryType::Directory);
                    header.set_size(0);
                    header.set_mode(0o750);
                    header.set_cksum();
                    builder.append_data(&mut header, name, io::empty()).unwrap();
                }
                Member::Symlink(name, target) | Member::HardLink(name, target) => {
                    let mut header = tar::Header::new_gnu();
                    let kind = if matches!(member, Member::Symlink(..)) {
                        EntryType::Symlink
                    } else {
                        EntryType::Link
                    };
                    header.set_entry_type(kind);
                    header.set_size(0);
                    builder.append_link(&mut header, name, target).unwrap();
                }
                Member::Fifo(name) => {
                    let mut header = tar::Header::new_gnu();
                    header.set_entry_type(EntryType::Fifo);
                    header.set_size(0);
                    header.set_cksum();
                    builder.append_data(&mut header, name, io::empty()).unwrap();
                }
                Member::Raw { name, kind, data } => {
                    let header = raw_header(name, *kind, data.len() as u64);
                    builder.append(&header, *data).unwrap();
                }
            }
        }
        builder.into_inner().unwrap()
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    fn archive(members: &[Member<'_>]) -> Vec<u8> {
        gzip(&tar_bytes(members))
    }

    #[test]
    fn a_normal_archive_is_extracted_with_normalised_paths() {
        let data = archive(&[
            Member::Raw {
                name: b"./",
                kind: b'5',
                data: b"",
            },
            Member::Raw {
                name: b"./apps/",
                kind: b'5',
                data: b"",
            },
            Member::Raw {
                name: b"./apps/deploy.yaml",
                kind: b'0',
                data: b"kind: Deployment\n",
            },
            Member::Raw {
                name: b"apps/base//svc.yaml",
                kind: b'\0',
                data: b"kind: Service\n",
            },
            Member::File("kustomization.yaml", b"resources: []\n"),
            Member::Raw {
                name: b"apps/x/../empty.txt",
                kind: b'0',
                data: b"",
            },
        ]);
        let tree = untar_gz(&data, &UntarLimits::default()).unwrap();

        assert_eq!(
            tree.files().map(|(p, _)| p).collect::<Vec<_>>(),
            [
                "apps/base/svc.yaml",
                "apps/deploy.yaml",
                "apps/empty.txt",
                "kustomization.yaml"
            ]
        );
        assert_eq!(tree.dirs().collect::<Vec<_>>(), ["apps", "apps/base"]);
        assert_eq!(tree.get("apps/deploy.yaml"), Some(&b"kind: Deployment\n"[..]));
        assert_eq!(tree.get("./apps/deploy.yaml"), Some(&b"kind: Deployment\n"[..]));
        assert_eq!(tree.get("apps"), None);
        assert!(tree.is_dir("apps/base"));
        assert!(tree.is_dir("."));
        assert!(!tree.is_dir("kustomization.yaml"));
        assert_eq!(tree.len(), 4);
        assert_eq!(tree.total_size(), 17 + 14 + 14);
        assert_eq!(tree.skipped(), SkipCounts::default());
    }

    #[test]
    fn an_empty_archive_gives_an_empty_tree() {
        let tree = untar_gz(&archive(&[]), &UntarLimits::default()).unwrap();
        assert!(tree.is_empty());
        assert_eq!(tree.total_size(), 0);
    }

    #[test]
    fn a_later_entry_replaces_an_earlier_file() {
        let data = archive(&[Member::File("a.yaml", b"first"), Member::File("a.yaml", b"2")]);
        let tree = untar_gz(&data, &UntarLimits::default()).unwrap();
        assert_eq!(tree.get("a.yaml"), Some(&b"2"[..]));
        assert_eq!(tree.total_size(), 1);
    }

    #[test]
    fn parent_traversal_out_of_the_root_is_rejected() {
        let data = archive(&[
            Member::File("ok.yaml", b"x"),
            Member::Raw {
                name: b"../x",
                kind: b'0',
                data: b"evil",
            },
        ]);
        let err = untar_gz(&data, &UntarLimits::default()).unwrap_err();
        assert!(
            matches!(&err, UntarError::InvalidPath { path, reason: "escapes the archive root" } if path == "../x"),
            "{err:?}"
        );
        assert_eq!(err.to_string(), "invalid entry path '../x': escapes the archive root");

        let data = archive(&[Member::Raw {
            name: b"a/../../x",
            kind: b'0',
            data: b"evil",
        }]);
        assert!(matches!(
            untar_gz(&data, &UntarLimits::default()),
            Err(UntarError::InvalidPath { .. })
        ));
    }

    #[test]
    fn absolute_paths_are_rejected() {
        let data = archive(&[Member::Raw {
            name: b"/etc/x",
            kind: b'0',
            data: b"evil",
        }]);
        let err = untar_gz(&data, &UntarLimits::default()).unwrap_err();
        assert!(
            matches!(&err, UntarError::InvalidPath { path, reason: "absolute path" } if path == "/etc/x"),
            "{err:?}"
        );
    }

    #[test]
    fn escaping_names_are_rejected_even_for_skipped_kinds_and_directories() {
        for kind in [b'2', b'5'] {
            let data = archive(&[Member::Raw {
                name: b"../up",
                kind,
                data: b"",
            }]);
            assert!(matches!(
                untar_gz(&data, &UntarLimits::default()),
                Err(UntarError::InvalidPath { .. })
            ));
        }
    }

    #[test]
    fn backslashes_and_bad_utf8_in_names_are_rejected() {
        for name in [&b"a\\..\\..\\x"[..], &b"caf\xe9.yaml"[..]] {
            let data = archive(&[Member::Raw {
                name,
                kind: b'0',
                data: b"x",
            }]);
            assert!(matches!(
                untar_gz(&data, &UntarLimits::default()),
                Err(UntarError::InvalidPath { .. })
            ));
        }
    }

    #[test]
    fn links_and_special_files_are_skipped_and_counted() {
        let data = archive(&[
            Member::File("real.yaml", b"a: 1\n"),
            Member::Symlink("link.yaml", "/etc/passwd"),
            Member::Symlink("up", "../../.."),
            Member::HardLink("hard.yaml", "real.yaml"),
            Member::Fifo("pipe"),
            Member::Raw {
                name: b"tty",
                kind: b'3',
                data: b"",
            },
            Member::Raw {
                name: b"disk",
                kind: b'4',
                data: b"",
            },
        ]);
        let tree = untar_gz(&data, &UntarLimits::default()).unwrap();
        assert_eq!(tree.files().map(|(p, _)| p).collect::<Vec<_>>(), ["real.yaml"]);
        assert_eq!(
            tree.skipped(),
            SkipCounts {
                symlinks: 2,
                hard_links: 1,
                special: 3
            }
        );
        assert_eq!(tree.skipped().total(), 6);
        assert_eq!(tree.get("link.yaml"), None);
    }

    #[test]
    fn unknown_entry_types_are_an_error() {
        let data = archive(&[Member::Raw {
            name: b"vol",
            kind: b'V',
            data: b"",
        }]);
        let err = untar_gz(&data, &UntarLimits::default()).unwrap_err();
        assert!(
            matches!(err, UntarError::UnsupportedEntry { type_flag: 'V', .. }),
            "{err:?}"
        );
    }

    #[test]
    fn a_file_and_a_directory_on_the_same_path_conflict() {
        let data = archive(&[Member::File("a", b"x"), Member::File("a/b", b"y")]);
        let err = untar_gz(&data, &UntarLimits::default()).unwrap_err();
        assert!(
            matches!(&err, UntarError::Conflict { path, existing: "file" } if path == "a/b"),
            "{err:?}"
        );
        let data = archive(&[Member::Dir("a/"), Member::File("a", b"x")]);
        assert!(matches!(
            untar_gz(&data, &UntarLimits::default()),
            Err(UntarError::Conflict {
                existing: "directory",
                ..
            })
        ));
    }

    #[test]
    fn the_entry_count_cap_is_enforced() {
        let data = archive(&[Member::File("a", b"1"), Member::Dir("d/"), Member::Symlink("s", "a")]);
        let limits = UntarLimits {
            max_entries: 2,
            ..UntarLimits::default()
        };
        let err = untar_gz(&data, &limits).unwrap_err();
        assert!(matches!(err, UntarError::TooManyEntries { limit: 2 }));
        assert!(err.to_string().contains("max_entries"));
        let limits = UntarLimits {
            max_entries: 3,
            ..UntarLimits::default()
        };
        assert!(untar_gz(&data, &limits).is_ok());
    }

    #[test]
    fn the_file_size_cap_is_enforced() {
        let data = archive(&[Member::File("big", &[7u8; 1000])]);
        let limits = UntarLimits {
            max_file_bytes: 999,
            ..UntarLimits::default()
        };
        let err = untar_gz(&data, &limits).unwrap_err();
        assert!(
            matches!(&err, UntarError::FileTooLarge { path, size: 1000, limit: 999 } if path == "big"),
            "{err:?}"
        );
        assert!(err.to_string().contains("max_file_bytes"));
        let limits = UntarLimits {
            max_file_bytes: 1000,
            ..UntarLimits::default()
        };
        assert_eq!(untar_gz(&data, &limits).unwrap().total_size(), 1000);
    }

    #[test]
    fn the_total_size_cap_is_enforced() {
        let data = archive(&[Member::File("a", &[1u8; 600]), Member::File("b", &[2u8; 600])]);
        let limits = UntarLimits {
            max_total_bytes: 1199,
            ..UntarLimits::default()
        };
        let err = untar_gz(&data, &limits).unwrap_err();
        assert!(matches!(err, UntarError::TotalTooLarge { limit: 1199 }));
        assert!(err.to_string().contains("max_total_bytes"));
        let limits = UntarLimits {
            max_total_bytes: 1200,
            ..UntarLimits::default()
        };
        assert!(untar_gz(&data, &limits).is_ok());
    }

    #[test]
    fn a_gzip_bomb_of_padding_stops_at_the_stream_cap() {
        // A valid archive followed by 10 MiB of zeros, which compress to almost nothing.
        let mut raw = tar_bytes(&[Member::File("a", b"x")]);
        raw.extend(std::iter::repeat_n(0u8, 10 * 1024 * 1024));
        let data = gzip(&raw);
        assert!(data.len() < 64 * 1024);
        let limits = UntarLimits {
            max_total_bytes: 1024,
            max_file_bytes: 1024,
            max_entries: 10,
        };
        let err = untar_gz(&data, &limits).unwrap_err();
        assert!(
            matches!(err, UntarError::StreamTooLarge { limit } if limit == limits.max_stream_bytes()),
            "{err:?}"
        );
    }

    #[test]
    fn a_huge_long_name_header_stops_at_the_stream_cap() {
        // A GNU long-name record the tar crate would buffer whole: 8 MiB of 'a'.
        let name = vec![b'a'; 8 * 1024 * 1024];
        let mut header = raw_header(b"././@LongLink", b'L', name.len() as u64);
        header.set_cksum();
        let mut builder = tar::Builder::new(Vec::new());
        builder.append(&header, name.as_slice()).unwrap();
        let data = gzip(&builder.into_inner().unwrap());
        let limits = UntarLimits {
            max_total_bytes: 1024,
            max_file_bytes: 1024,
            max_entries: 10,
        };
        assert!(matches!(
            untar_gz(&data, &limits),
            Err(UntarError::StreamTooLarge { .. })
        ));
    }

    #[test]
    fn non_gzip_input_is_an_error() {
        assert!(matches!(
            untar_gz(b"", &UntarLimits::default()),
            Err(UntarError::NotGzip)
        ));
        assert!(matches!(
            untar_gz(&tar_bytes(&[Member::File("a", b"x")]), &UntarLimits::default()),
            Err(UntarError::NotGzip)
        ));
        assert!(matches!(
            untar_gz(b"\x1f\x8bnot really gzip at all", &UntarLimits::default()),
            Err(UntarError::Read { .. })
        ));
    }

    #[test]
    fn gzip_of_something_other_than_tar_is_an_error() {
        let data = gzip(b"apiVersion: v1\nkind: ConfigMap\n");
        assert!(untar_gz(&data, &UntarLimits::default()).is_err());
    }

    #[test]
    fn every_truncation_of_an_archive_is_an_error() {
        let data = archive(&[
            Member::Dir("apps/"),
            Member::File("apps/a.yaml", &[b'a'; 3000]),
            Member::File("b.yaml", b"kind: ConfigMap\n"),
        ]);
        for len in 0..data.len() {
            assert!(
                untar_gz(&data[..len], &UntarLimits::default()).is_err(),
                "truncated to {len} of {} bytes",
                data.len()
            );
        }
        assert!(untar_gz(&data, &UntarLimits::default()).is_ok());
    }

    #[test]
    fn a_corrupted_gzip_trailer_is_an_error() {
        let mut data = archive(&[Member::File("a.yaml", b"a: 1\n")]);
        let crc_at = data.len() - 8;
        data[crc_at] ^= 0xff;
        assert!(matches!(
            untar_gz(&data, &UntarLimits::default()),
            Err(UntarError::Read { .. })
        ));
    }

    #[test]
    fn garbage_and_bit_flips_never_panic() {
        let data = archive(&[
            Member::Dir("apps/"),
            Member::File("apps/a.yaml", b"kind: Deployment\nmetadata:\n  name: a\n"),
            Member::Symlink("apps/l", "a.yaml"),
            Member::File("b.yaml", &[b'b'; 700]),
        ]);
        let raw = tar_bytes(&[
            Member::File("apps/a.yaml", b"kind: Deployment\n"),
            Member::File("b.yaml", &[b'b'; 700]),
        ]);
        // Deterministic xorshift so failures reproduce.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..2000 {
            let mut mutated = data.clone();
            let flips = 1 + next() % 4;
            for _ in 0..flips {
                let at = (next() % mutated.len() as u64) as usize;
                mutated[at] ^= 1 << (next() % 8);
            }
            let _ = untar_gz(&mutated, &UntarLimits::default());

            // Corrupt the tar layer under a valid gzip layer too.
            let mut tar = raw.clone();
            let at = (next() % tar.len() as u64) as usize;
            tar[at] = next() as u8;
            let _ = untar_gz(&gzip(&tar), &UntarLimits::default());

            let len = (next() % 600) as usize;
            let mut garbage: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            let _ = untar_gz(&garbage, &UntarLimits::default());
            garbage.splice(0..0, GZIP_MAGIC);
            let _ = untar_gz(&garbage, &UntarLimits::default());
        }
    }

    #[test]
    fn insert_file_validates_and_normalises_paths() {
        let mut tree = MemTree::new();
        tree.insert_file("./base/a.yaml", b"a".to_vec()).unwrap();
        tree.insert_dir("overlays/prod").unwrap();
        assert_eq!(tree.get("base/a.yaml"), Some(&b"a"[..]));
        assert_eq!(tree.dirs().collect::<Vec<_>>(), ["base", "overlays", "overlays/prod"]);
        assert!(tree.insert_file("../a", Vec::new()).is_err());
        assert!(tree.insert_file("/a", Vec::new()).is_err());
        assert!(tree.insert_file(".", Vec::new()).is_err());
        assert!(tree.insert_file("base", Vec::new()).is_err());
        assert!(tree.insert_dir("base/a.yaml/x").is_err());
    }
}
