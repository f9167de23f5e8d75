//! Reproducible `.tar.gz` archives of a directory tree ([`write_dir`]) or of an in-memory list of
//! entries ([`write_entries`]).
//!
//! Only regular files and directories are archived. Symbolic links (whether their target is
//! inside or outside the root), devices, sockets and FIFOs are skipped and counted; nothing is
//! ever read through a link, so no byte from outside the root ends up in an archive. Headers are
//! normalised so that the same tree always yields the same bytes: uid/gid 0, empty user and group
//! names, zero times, mode [`DIR_MODE`] for directories, [`EXE_FILE_MODE`] for files with any
//! execute bit and [`FILE_MODE`] for the others. Entries come in walk order — each directory
//! before its contents, siblings sorted by name bytes — and the gzip header carries no time or
//! name. A directory tree and the equivalent in-memory entries produce identical archives.
//!
//! An optional [`Filter`] implements ignore rules; [`ArchiveLimits`] caps what gets archived.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use flate2::{Compression, GzBuilder, write::GzEncoder};
use tar::{EntryType, Header};

use super::StorageError;

/// Mode of every directory in an archive.
pub const DIR_MODE: u32 = 0o750;
/// Mode of every non-executable file in an archive.
pub const FILE_MODE: u32 = 0o600;
/// Mode of every file that has at least one execute bit (Flux's `DefaultExeFileMode`).
pub const EXE_FILE_MODE: u32 = 0o700;

/// Ignore rules: called with the path relative to the archive root (`/`-separated, no leading
/// or trailing slash) and whether it is a directory; returns `true` to leave the entry out, as
/// Flux's `ArchiveFileFilter` does. An excluded directory is not descended into.
pub type Filter<'a> = &'a dyn Fn(&str, bool) -> bool;

/// Caps on what one archive may hold. Exceeding any of them aborts archiving with an error that
/// names the cap ([`StorageError::is_limit`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArchiveLimits {
    /// The most bytes all archived files may hold together (default 100 MiB, what consumers
    /// extract by default).
    pub max_total_bytes: u64,
    /// The most bytes one archived file may hold (default 64 MiB).
    pub max_file_bytes: u64,
    /// The most entries — files plus directories — an archive may hold (default 20 000).
    pub max_entries: usize,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        Self {
            max_total_bytes: 100 * 1024 * 1024,
            max_file_bytes: 64 * 1024 * 1024,
            max_entries: 20_000,
        }
    }
}

impl ArchiveLimits {
    /// Returns limits that never trigger.
    pub fn unlimited() -> Self {
        Self {
            max_total_bytes: u64::MAX,
            max_file_bytes: u64::MAX,
            max_entries: usize::MAX,
        }
    }
}

/// What went into an archive and what was left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ArchiveStats {
    /// Regular files archived.
    pub files: usize,
    /// Directories archived.
    pub dirs: usize,
    /// Bytes of file content archived.
    pub bytes: u64,
    /// Symbolic links skipped.
    pub skipped_symlinks: usize,
    /// Devices, sockets and FIFOs skipped.
    pub skipped_other: usize,
    /// Entries left out by the filter (an excluded directory counts once).
    pub filtered: usize,
}

/// One entry of an in-memory archive. Parent directories are implied by file paths; list a
/// directory explicitly only to archive it empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemEntry<'a> {
    /// A regular file.
    File {
        /// Relative `/`-separated path.
        path: &'a str,
        /// File contents.
        data: &'a [u8],
        /// Whether the file is archived with mode [`EXE_FILE_MODE`].
        executable: bool,
    },
    /// A directory.
    Dir {
        /// Relative `/`-separated path.
        path: &'a str,
    },
}

impl<'a> MemEntry<'a> {
    /// Returns a non-executable file entry.
    pub fn file(path: &'a str, data: &'a [u8]) -> Self {
        Self::File {
            path,
            data,
            executable: false,
        }
    }

    /// Returns an executable file entry.
    pub fn executable(path: &'a str, data: &'a [u8]) -> Self {
        Self::File {
            path,
            data,
            executable: true,
        }
    }

    /// Returns a directory entry.
    pub fn dir(path: &'a str) -> Self {
        Self::Dir { path }
    }
}

/// Writes a gzip-compressed tar of the tree under `root` to `out` and returns `out` with what
/// was archived. `root` itself has no entry; its contents are archived relative to it.
pub fn write_dir<W: Write>(
    out: W,
    root: &Path,
    filter: Option<Filter<'_>>,
    limits: &ArchiveLimits,
) -> Result<(W, ArchiveStats), StorageError> {
    let meta = fs::metadata(root).map_err(|source| StorageError::Stat {
        path: root.display().to_string(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(StorageError::NotADirectory {
            path: root.display().to_string(),
        });
    }
    let mut tar = TarGz::new(out, *limits);
    // Pending entries, popped in walk order: children are pushed in reverse sorted order.
    let mut stack: Vec<(PathBuf, fs::FileType)> = Vec::new();
    push_children(&mut stack, root, Path::new(""))?;
    while let Some((rel, file_type)) = stack.pop() {
        if file_type.is_symlink() {
            tar.stats.skipped_symlinks += 1;
            continue;
        }
        let is_dir = file_type.is_dir();
        if !is_dir && !file_type.is_file() {
            tar.stats.skipped_other += 1;
            continue;
        }
        if let Some(filter) = filter
            && filter(&rel.to_string_lossy(), is_dir)
        {
            tar.stats.filtered += 1;
            continue;
        }
        if is_dir {
            tar.dir(&rel)?;
            push_children(&mut stack, root, &rel)?;
        } else {
            archive_disk_file(&mut tar, root, &rel)?;
        }
    }
    tar.finish()
}

/// Writes a gzip-compressed tar of `entries` to `out` and returns `out` with what was archived.
/// Paths are normalised (`.` and empty segments dropped); absolute paths, `..`, backslashes,
/// NUL bytes, duplicate files and file/directory conflicts are refused.
pub fn write_entries<W: Write>(
    out: W,
    entries: &[MemEntry<'_>],
    filter: Option<Filter<'_>>,
    limits: &ArchiveLimits,
) -> Result<(W, ArchiveStats), StorageError> {
    let tree = build_tree(entries)?;
    let mut tar = TarGz::new(out, *limits);
    let mut excluded: Option<&[&str]> = None;
    for (key, node) in &tree {
        if let Some(prefix) = excluded
            && key.starts_with(prefix)
        {
            continue;
        }
        let rel = key.join("/");
        let is_dir = matches!(node, Node::Dir);
        if let Some(filter) = filter
            && filter(&rel, is_dir)
        {
            tar.stats.filtered += 1;
            if is_dir {
                excluded = Some(key.as_slice());
            }
            continue;
        }
        match node {
            Node::Dir => tar.dir(Path::new(&rel))?,
            Node::File { data, executable } => {
                let size = data.len() as u64;
                tar.file(Path::new(&rel), size, *executable, data)?;
            }
        }
    }
    tar.finish()
}

/// A node of an in-memory tree, keyed by its path segments.
enum Node<'a> {
    Dir,
    File { data: &'a [u8], executable: bool },
}

/// Validates and normalises in-memory entries into a tree sorted in walk order.
fn build_tree<'a>(entries: &[MemEntry<'a>]) -> Result<BTreeMap<Vec<&'a str>, Node<'a>>, StorageError> {
    let mut tree: BTreeMap<Vec<&'a str>, Node<'a>> = BTreeMap::new();
    for entry in entries {
        let (path, node) = match *entry {
            MemEntry::File { path, data, executable } => (path, Node::File { data, executable }),
            MemEntry::Dir { path } => (path, Node::Dir),
        };
        let invalid = |why| StorageError::InvalidEntry {
            path: path.to_owned(),
            why,
        };
        let key = normalise(path).map_err(invalid)?;
        for depth in 1..key.len() {
            let parent = key.get(..depth).unwrap_or_default().to_vec();
            if let Node::File { .. } = tree.entry(parent).or_insert(Node::Dir) {
                return Err(invalid("a parent directory is also a file"));
            }
        }
        match (tree.entry(key), node) {
            (Entry::Vacant(v), node) => {
                v.insert(node);
            }
            (Entry::Occupied(_), Node::File { .. }) => return Err(invalid("duplicate or conflicting entry")),
            (Entry::Occupied(o), Node::Dir) => {
                if let Node::File { .. } = o.get() {
                    return Err(invalid("is both a file and a directory"));
                }
            }
        }
    }
    Ok(tree)
}

/// Splits an in-memory entry path into its segments, refusing anything that could escape.
fn normalise(path: &str) -> Result<Vec<&str>, &'static str> {
    if path.starts_with('/') {
        return Err("absolute path");
    }
    if path.contains('\0') {
        return Err("contains a nul byte");
    }
    if path.contains('\\') {
        return Err("contains a backslash");
    }
    let mut segments = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => return Err("contains '..'"),
            s => segments.push(s),
        }
    }
    if segments.is_empty() {
        return Err("names the archive root");
    }
    Ok(segments)
}

/// Lists the directory `root/rel` and pushes its entries in reverse name order.
fn push_children(stack: &mut Vec<(PathBuf, fs::FileType)>, root: &Path, rel: &Path) -> Result<(), StorageError> {
    let dir = root.join(rel);
    let err = |source| StorageError::Archive {
        path: display_rel(rel),
        source,
    };
    let mut children = Vec::new();
    for entry in fs::read_dir(&dir).map_err(err)? {
        let entry = entry.map_err(err)?;
        let file_type = entry.file_type().map_err(err)?;
        children.push((entry.file_name(), file_type));
    }
    children.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    stack.extend(children.into_iter().rev().map(|(name, ft)| (rel.join(name), ft)));
    Ok(())
}

/// Archives one regular file of the tree, opened without following a final symlink.
fn archive_disk_file<W: Write>(tar: &mut TarGz<W>, root: &Path, rel: &Path) -> Result<(), StorageError> {
    let err = |source| StorageError::Archive {
        path: display_rel(rel),
        source,
    };
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(root.join(rel));
    let file = match file {
        Ok(f) => f,
        // Replaced by a symlink since it was listed.
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            tar.stats.skipped_symlinks += 1;
            return Ok(());
        }
        Err(e) => return Err(err(e)),
    };
    let meta = file.metadata().map_err(err)?;
    if !meta.is_file() {
        tar.stats.skipped_other += 1;
        return Ok(());
    }
    let executable = meta.permissions().mode() & 0o111 != 0;
    tar.file_checked(rel, meta.len(), executable, file)
}

/// Renders a relative path for messages.
fn display_rel(rel: &Path) -> String {
    if rel.as_os_str().is_empty() {
        ".".to_owned()
    } else {
        rel.display().to_string()
    }
}

/// A tar builder over a gzip encoder that normalises headers and enforces limits.
struct TarGz<W: Write> {
    builder: tar::Builder<GzEncoder<W>>,
    limits: ArchiveLimits,
    stats: ArchiveStats,
}

impl<W: Write> TarGz<W> {
    fn new(out: W, limits: ArchiveLimits) -> Self {
        let gz = GzBuilder::new()
            .mtime(0)
            .operating_system(255)
            .write(out, Compression::default());
        Self {
            builder: tar::Builder::new(gz),
            limits,
            stats: ArchiveStats::default(),
        }
    }

    fn count_entry(&mut self) -> Result<(), StorageError> {
        let entries = self.stats.files + self.stats.dirs;
        if entries >= self.limits.max_entries {
            return Err(StorageError::TooManyEntries {
                limit: self.limits.max_entries,
            });
        }
        Ok(())
    }

    fn header(entry_type: EntryType, mode: u32, size: u64) -> Header {
        let mut h = Header::new_gnu();
        h.set_entry_type(entry_type);
        h.set_mode(mode);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(0);
        h.set_size(size);
        h
    }

    fn dir(&mut self, rel: &Path) -> Result<(), StorageError> {
        self.count_entry()?;
        let mut header = Self::header(EntryType::Directory, DIR_MODE, 0);
        let mut name = rel.as_os_str().to_owned();
        name.push("/");
        self.builder
            .append_data(&mut header, Path::new(&name), io::empty())
            .map_err(|source| StorageError::Archive {
                path: display_rel(rel),
                source,
            })?;
        self.stats.dirs += 1;
        Ok(())
    }

    fn check_file(&mut self, rel: &Path, size: u64) -> Result<(), StorageError> {
        self.count_entry()?;
        if size > self.limits.max_file_bytes {
            return Err(StorageError::FileTooLarge {
                path: display_rel(rel),
                size,
                limit: self.limits.max_file_bytes,
            });
        }
        if self.stats.bytes.saturating_add(size) > self.limits.max_total_bytes {
            return Err(StorageError::ArchiveTooLarge {
                limit: self.limits.max_total_bytes,
            });
        }
        Ok(())
    }

    /// Appends a file whose reader yields exactly `size` bytes.
    fn file(&mut self, rel: &Path, size: u64, executable: bool, data: &[u8]) -> Result<(), StorageError> {
        self.check_file(rel, size)?;
        let mode = if executable { EXE_FILE_MODE } else { FILE_MODE };
        let mut header = Self::header(EntryType::Regular, mode, size);
        self.builder
            .append_data(&mut header, rel, data)
            .map_err(|source| StorageError::Archive {
                path: display_rel(rel),
                source,
            })?;
        self.stats.files += 1;
        self.stats.bytes += size;
        Ok(())
    }

    /// Appends a file read from disk, failing if it does not hold exactly `size` bytes.
    fn file_checked(&mut self, rel: &Path, size: u64, executable: bool, file: File) -> Result<(), StorageError> {
        self.check_file(rel, size)?;
        let err = |source| StorageError::Archive {
            path: display_rel(rel),
            source,
        };
        let mode = if executable { EXE_FILE_MODE } else { FILE_MODE };
        let mut header = Self::header(EntryType::Regular, mode, size);
        let mut exact = ExactReader {
            inner: file,
            remaining: size,
        };
        self.builder.append_data(&mut header, rel, &mut exact).map_err(err)?;
        let mut probe = [0u8; 1];
        if exact.inner.read(&mut probe).map_err(err)? != 0 {
            return Err(err(io::Error::other("file grew while being archived")));
        }
        self.stats.files += 1;
        self.stats.bytes += size;
        Ok(())
    }

    fn finish(self) -> Result<(W, ArchiveStats), StorageError> {
        let err = |source| StorageError::Archive {
            path: "<archive>".to_owned(),
            source,
        };
        let gz = self.builder.into_inner().map_err(err)?;
        let out = gz.finish().map_err(err)?;
        Ok((out, self.stats))
    }
}

/// A reader that yields exactly `remaining` bytes of `inner`, failing if it ends early.
struct ExactReader<R> {
    inner: R,
    remaining: u64,
}

impl<R: Read> Read for ExactReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.remaining == 0 || buf.is_empty() {
            return Ok(0);
        }
        let max = usize::try_from(self.remaining).unwrap_or(usize::MAX).min(buf.len());
        let n = self.inner.read(buf.get_mut(..max).unwrap_or_default())?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "file shrank while being archived",
            ));
        }
        self.remaining -= n as u64;
        Ok(n)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::storage::digest::DigestAlgorithm;
    use crate::storage::tests::TempDir;
    use flate2::read::GzDecoder;
    use std::os::unix::fs::symlink;

    /// One archive entry as read back: (name, type byte, mode, uid, gid, mtime, uname, gname, data).
    #[derive(Debug, PartialEq, Eq)]
    pub(crate) struct Seen {
        pub name: String,
        pub kind: u8,
        pub mode: u32,
        pub uid: u64,
        pub gid: u64,
        pub mtime: u64,
        pub uname: Vec<u8>,
        pub gname: Vec<u8>,
        pub data: Vec<u8>,
    }

    pub(crate) fn read_back(bytes: &[u8]) -> Vec<Seen> {
        let mut ar = tar::Archive::new(GzDecoder::new(bytes));
        let mut out = Vec::new();
        for e in ar.entries().unwrap() {
            let mut e = e.unwrap();
            let h = e.header().clone();
            let mut data = Vec::new();
            e.read_to_end(&mut data).unwrap();
            out.push(Seen {
                name: String::from_utf8(e.path_bytes().to_vec()).unwrap(),
                kind: h.entry_type().as_byte(),
                mode: h.mode().unwrap(),
                uid: h.uid().unwrap(),
                gid: h.gid().unwrap(),
                mtime: h.mtime().unwrap(),
                uname: h.username_bytes().unwrap_or_default().to_vec(),
                gname: h.groupname_bytes().unwrap_or_default().to_vec(),
                data,
            });
        }
        out
    }

    fn names(bytes: &[u8]) -> Vec<String> {
        read_back(bytes).into_iter().map(|s| s.name).collect()
    }

    fn archive(root: &Path, filter: Option<Filter<'_>>, limits: &ArchiveLimits) -> Result<Vec<u8>, StorageError> {
        write_dir(Vec::new(), root, filter, limits).map(|(v, _)| v)
    }

    /// Builds a small tree: a/x.yaml, a/b/run.sh (executable), empty/, z.txt, and a long name.
    pub(crate) fn sample_tree(t: &TempDir) -> PathBuf {
        let root = t.path().join("src");
        fs::create_dir_all(root.join("a/b")).unwrap();
        fs::create_dir_all(root.join("empty")).unwrap();
        fs::write(root.join("a/x.yaml"), b"kind: ConfigMap\n").unwrap();
        fs::write(root.join("a/b/run.sh"), b"#!/bin/sh\necho hi\n").unwrap();
        fs::set_permissions(root.join("a/b/run.sh"), fs::Permissions::from_mode(0o755)).unwrap();
        fs::write(root.join("z.txt"), b"zzz").unwrap();
        fs::write(root.join("a.txt"), b"a").unwrap();
        fs::set_permissions(root.join("a.txt"), fs::Permissions::from_mode(0o644)).unwrap();
        root
    }

    #[test]
    fn identical_trees_give_byte_identical_archives() {
        let t1 = TempDir::new("archive-repro-1");
        let t2 = TempDir::new("archive-repro-2");
        let r1 = sample_tree(&t1);
        let r2 = sample_tree(&t2);
        // Different times and permissions beyond the exec bit must not matter.
        fs::set_permissions(r2.join("z.txt"), fs::Permissions::from_mode(0o664)).unwrap();
        File::options()
            .write(true)
            .open(r2.join("a/x.yaml"))
            .unwrap()
            .set_modified(std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(12345))
            .unwrap();
        let a = archive(&r1, None, &ArchiveLimits::default()).unwrap();
        let b = archive(&r2, None, &ArchiveLimits::default()).unwrap();
        let c = archive(&r1, None, &ArchiveLimits::default()).unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(DigestAlgorithm::Sha256.digest(&a), DigestAlgorithm::Sha256.digest(&b));
    }

    #[test]
    fn entries_come_in_walk_order_with_normalised_headers() {
        let t = TempDir::new("archive-headers");
        let root = sample_tree(&t);
        let bytes = archive(&root, None, &ArchiveLimits::default()).unwrap();
        let seen = read_back(&bytes);
        let names: Vec<&str> = seen.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            ["a/", "a/b/", "a/b/run.sh", "a/x.yaml", "a.txt", "empty/", "z.txt"]
        );
        for s in &seen {
            assert_eq!((s.uid, s.gid, s.mtime), (0, 0, 0), "{}", s.name);
            assert!(s.uname.is_empty() && s.gname.is_empty(), "{}", s.name);
            let want = match s.name.as_str() {
                n if n.ends_with('/') => DIR_MODE,
                "a/b/run.sh" => EXE_FILE_MODE,
                _ => FILE_MODE,
            };
            assert_eq!(s.mode, want, "{}", s.name);
        }
        assert_eq!(seen[2].data, b"#!/bin/sh\necho hi\n");
        assert_eq!(seen[2].kind, b'0');
        assert_eq!(seen[0].kind, b'5');
        // The gzip header has no time and a fixed OS byte.
        assert_eq!(&bytes[4..8], &[0, 0, 0, 0]);
        assert_eq!(bytes[9], 255);
    }

    #[test]
    fn symlinks_are_never_archived_wherever_they_point() {
        let t = TempDir::new("archive-symlinks");
        let root = sample_tree(&t);
        let outside = t.path().join("secret");
        fs::create_dir_all(&outside).unwrap();
        fs::write(outside.join("passwd"), b"root:x:0:0").unwrap();
        symlink(&outside, root.join("out-dir")).unwrap();
        symlink(outside.join("passwd"), root.join("out-file")).unwrap();
        symlink("a/x.yaml", root.join("in-file")).unwrap();
        symlink("a", root.join("in-dir")).unwrap();
        symlink("../../etc/passwd", root.join("a/rel-escape")).unwrap();
        symlink("missing", root.join("dangling")).unwrap();
        let (bytes, stats) = write_dir(Vec::new(), &root, None, &ArchiveLimits::default()).unwrap();
        assert_eq!(stats.skipped_symlinks, 6);
        let seen = read_back(&bytes);
        assert!(seen.iter().all(|s| s.kind == b'0' || s.kind == b'5'));
        assert!(seen.iter().all(|s| !s.data.starts_with(b"root:")));
        let without = TempDir::new("archive-symlinks-ref");
        let reference = archive(&sample_tree(&without), None, &ArchiveLimits::default()).unwrap();
        assert_eq!(bytes, reference, "symlinks change nothing in the archive");
    }

    #[test]
    fn fifos_are_skipped() {
        let t = TempDir::new("archive-fifo");
        let root = sample_tree(&t);
        let status = std::process::Command::new("mkfifo").arg(root.join("pipe")).status();
        if !matches!(status, Ok(s) if s.success()) {
            return; // no mkfifo here; nothing to test
        }
        let (_, stats) = write_dir(Vec::new(), &root, None, &ArchiveLimits::default()).unwrap();
        assert_eq!(stats.skipped_other, 1);
    }

    #[test]
    fn filter_excludes_files_and_whole_directories() {
        let t = TempDir::new("archive-filter");
        let root = sample_tree(&t);
        let seen_calls = std::cell::RefCell::new(Vec::new());
        let filter = |p: &str, is_dir: bool| {
            seen_calls.borrow_mut().push((p.to_owned(), is_dir));
            p == "a/b" || p.ends_with(".txt")
        };
        let (bytes, stats) = write_dir(Vec::new(), &root, Some(&filter), &ArchiveLimits::default()).unwrap();
        assert_eq!(names(&bytes), ["a/", "a/x.yaml", "empty/"]);
        assert_eq!(stats.filtered, 3);
        let calls = seen_calls.into_inner();
        assert!(calls.contains(&("a/b".to_owned(), true)));
        assert!(calls.contains(&("a/x.yaml".to_owned(), false)));
        assert!(
            !calls.iter().any(|(p, _)| p == "a/b/run.sh"),
            "excluded dirs are not descended"
        );
    }

    #[test]
    fn caps_on_total_bytes_file_size_and_entries_are_enforced() {
        let t = TempDir::new("archive-caps");
        let root = sample_tree(&t);
        // Total content: 16 + 18 + 3 + 1 = 38 bytes; 7 entries.
        let ok = ArchiveLimits {
            max_total_bytes: 38,
            max_file_bytes: 18,
            max_entries: 7,
        };
        let (_, stats) = write_dir(Vec::new(), &root, None, &ok).unwrap();
        assert_eq!((stats.files, stats.dirs, stats.bytes), (4, 3, 38));

        let e = archive(
            &root,
            None,
            &ArchiveLimits {
                max_total_bytes: 37,
                ..ok
            },
        )
        .unwrap_err();
        assert!(matches!(e, StorageError::ArchiveTooLarge { limit: 37 }), "{e}");
        assert_eq!(e.to_string(), "archive exceeds the size limit of 37 bytes");

        let e = archive(
            &root,
            None,
            &ArchiveLimits {
                max_file_bytes: 17,
                ..ok
            },
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "file 'a/b/run.sh' of 18 bytes exceeds the per-file limit of 17 bytes"
        );
        let e = archive(&root, None, &ArchiveLimits { max_entries: 6, ..ok }).unwrap_err();
        assert_eq!(e.to_string(), "archive exceeds the limit of 6 entries");
        assert!(e.is_limit());
        assert_eq!(e.reason(), "ArchiveOperationFailed");
    }

    #[test]
    fn archiving_a_missing_or_non_directory_root_fails_clearly() {
        let t = TempDir::new("archive-notdir");
        let f = t.path().join("file");
        fs::write(&f, b"x").unwrap();
        let e = archive(&f, None, &ArchiveLimits::default()).unwrap_err();
        assert!(matches!(e, StorageError::NotADirectory { .. }));
        let e = archive(&t.path().join("missing"), None, &ArchiveLimits::default()).unwrap_err();
        assert_eq!(e.reason(), "StatOperationFailed");
    }

    #[test]
    fn in_memory_entries_match_the_equivalent_directory_tree() {
        let t = TempDir::new("archive-mem");
        let root = sample_tree(&t);
        let from_disk = archive(&root, None, &ArchiveLimits::default()).unwrap();
        let entries = [
            MemEntry::file("z.txt", b"zzz"),
            MemEntry::executable("a/b/run.sh", b"#!/bin/sh\necho hi\n"),
            MemEntry::file("./a//x.yaml", b"kind: ConfigMap\n"),
            MemEntry::dir("empty"),
            MemEntry::file("a.txt", b"a"),
            MemEntry::dir("a"),
        ];
        let (from_mem, stats) = write_entries(Vec::new(), &entries, None, &ArchiveLimits::default()).unwrap();
        assert_eq!(from_mem, from_disk);
        assert_eq!((stats.files, stats.dirs), (4, 3));
    }

    #[test]
    fn in_memory_entries_are_validated_and_filtered() {
        let lim = ArchiveLimits::default();
        for (path, why) in [
            ("/etc/passwd", "absolute path"),
            ("a/../../x", "contains '..'"),
            ("a\\b", "contains a backslash"),
            ("./", "names the archive root"),
        ] {
            let e = write_entries(Vec::new(), &[MemEntry::file(path, b"")], None, &lim).unwrap_err();
            assert_eq!(e.to_string(), format!("invalid archive entry '{path}': {why}"));
        }
        let dup = [MemEntry::file("a", b"1"), MemEntry::file("a", b"2")];
        assert!(write_entries(Vec::new(), &dup, None, &lim).is_err());
        let conflict = [MemEntry::file("a", b"1"), MemEntry::file("a/b", b"2")];
        assert!(write_entries(Vec::new(), &conflict, None, &lim).is_err());
        let conflict = [MemEntry::file("a", b"1"), MemEntry::dir("a")];
        assert!(write_entries(Vec::new(), &conflict, None, &lim).is_err());

        let filter = |p: &str, is_dir: bool| is_dir && p == "skip";
        let entries = [
            MemEntry::file("skip/x", b"1"),
            MemEntry::file("skip/y/z", b"1"),
            MemEntry::file("keep", b"2"),
        ];
        let (bytes, stats) = write_entries(Vec::new(), &entries, Some(&filter), &lim).unwrap();
        assert_eq!(names(&bytes), ["keep"]);
        assert_eq!(stats.filtered, 1);
        let tiny = ArchiveLimits { max_entries: 1, ..lim };
        assert!(write_entries(Vec::new(), &entries, None, &tiny).unwrap_err().is_limit());
    }

    #[test]
    fn long_names_survive_and_stay_reproducible() {
        let long = format!("{}/{}.yaml", "d".repeat(80), "f".repeat(120));
        let entries = [MemEntry::file(&long, b"x")];
        let (a, _) = write_entries(Vec::new(), &entries, None, &ArchiveLimits::default()).unwrap();
        let (b, _) = write_entries(Vec::new(), &entries, None, &ArchiveLimits::default()).unwrap();
        assert_eq!(a, b);
        assert_eq!(names(&a), [format!("{}/", "d".repeat(80)), long]);
    }

    #[test]
    fn archives_extract_with_the_runtime_untar() {
        let t = TempDir::new("archive-untar");
        let root = sample_tree(&t);
        let bytes = archive(&root, None, &ArchiveLimits::default()).unwrap();
        let tree = ferroflux_runtime::untar::untar_gz(&bytes, &Default::default()).unwrap();
        assert_eq!(tree.get("a/x.yaml"), Some(&b"kind: ConfigMap\n"[..]));
        assert!(tree.is_dir("empty"));
        assert_eq!(tree.len(), 4);
    }
}
