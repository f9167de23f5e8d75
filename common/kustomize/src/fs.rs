//! The filesystem a build reads from: the [`FileSystem`] trait, a real directory ([`DiskFs`])
//! and an in-memory tree ([`MemFs`]), plus the lexical path helpers the loader uses.
//!
//! Paths are `/`-separated strings. [`MemFs`] is rooted at `/`; [`DiskFs`] maps paths onto the
//! host filesystem as they are. Building from a [`MemFs`] never touches the disk.

use std::collections::{BTreeMap, BTreeSet};

/// What a build needs from a filesystem.
pub trait FileSystem {
    /// Reads a whole file, `None` when it does not exist or is not a file.
    fn read(&self, path: &str) -> Option<Vec<u8>>;
    /// Tells whether `path` is a directory.
    fn is_dir(&self, path: &str) -> bool;
    /// Tells whether `path` is a regular file.
    fn is_file(&self, path: &str) -> bool;
    /// Lists the entry names of a directory (sorted), empty when it is not one.
    fn list(&self, path: &str) -> Vec<String>;
}

/// A real directory tree on the host filesystem.
#[derive(Debug, Clone, Default)]
pub struct DiskFs;

impl FileSystem for DiskFs {
    fn read(&self, path: &str) -> Option<Vec<u8>> {
        if !self.is_file(path) {
            return None;
        }
        std::fs::read(path).ok()
    }

    fn is_dir(&self, path: &str) -> bool {
        std::path::Path::new(path).is_dir()
    }

    fn is_file(&self, path: &str) -> bool {
        std::path::Path::new(path).is_file()
    }

    fn list(&self, path: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }
}

/// An in-memory file tree rooted at `/`; directories exist implicitly above every file or are
/// added explicitly.
#[derive(Debug, Clone, Default)]
pub struct MemFs {
    files: BTreeMap<String, Vec<u8>>,
    dirs: BTreeSet<String>,
}

impl MemFs {
    /// Creates an empty tree (only `/` exists).
    pub fn new() -> Self {
        let mut dirs = BTreeSet::new();
        dirs.insert("/".to_owned());
        Self {
            files: BTreeMap::new(),
            dirs,
        }
    }

    /// Adds (or replaces) a file; relative paths are taken from `/`.
    pub fn add_file(&mut self, path: &str, content: impl Into<Vec<u8>>) {
        let path = clean(&join("/", path));
        let mut dir = parent(&path);
        loop {
            self.dirs.insert(dir.clone());
            if dir == "/" {
                break;
            }
            dir = parent(&dir);
        }
        self.files.insert(path, content.into());
    }

    /// Adds an (empty) directory and its parents.
    pub fn add_dir(&mut self, path: &str) {
        let mut dir = clean(&join("/", path));
        loop {
            self.dirs.insert(dir.clone());
            if dir == "/" {
                break;
            }
            dir = parent(&dir);
        }
    }
}

impl FileSystem for MemFs {
    fn read(&self, path: &str) -> Option<Vec<u8>> {
        self.files.get(&clean(path)).cloned()
    }

    fn is_dir(&self, path: &str) -> bool {
        self.dirs.contains(&clean(path))
    }

    fn is_file(&self, path: &str) -> bool {
        self.files.contains_key(&clean(path))
    }

    fn list(&self, path: &str) -> Vec<String> {
        let dir = clean(path);
        let prefix = if dir == "/" { "/".to_owned() } else { format!("{dir}/") };
        let mut names = BTreeSet::new();
        for p in self.files.keys().chain(self.dirs.iter()) {
            if let Some(rest) = p.strip_prefix(&prefix)
                && !rest.is_empty()
            {
                let first = rest.split('/').next().unwrap_or(rest);
                names.insert(first.to_owned());
            }
        }
        names.into_iter().collect()
    }
}

/// Cleans a path lexically (like Go's `filepath.Clean`): removes `.`, empty elements and
/// resolves `..`.
pub fn clean(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (absolute, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_owned(),
        (false, false) => joined,
    }
}

/// Joins `rel` to `base` (an absolute `rel` wins) and cleans the result.
pub fn join(base: &str, rel: &str) -> String {
    if rel.starts_with('/') {
        clean(rel)
    } else {
        clean(&format!("{base}/{rel}"))
    }
}

/// The directory holding `path` (`/` for the root).
pub fn parent(path: &str) -> String {
    let path = clean(path);
    match path.rfind('/') {
        Some(0) => "/".to_owned(),
        Some(i) => path[..i].to_owned(),
        None => ".".to_owned(),
    }
}

/// The last element of `path`.
pub fn base_name(path: &str) -> &str {
    path.trim_end_matches('/').rsplit('/').next().unwrap_or(path)
}

/// Tells whether `path` is `root` or inside it (both cleaned).
pub fn is_within(root: &str, path: &str) -> bool {
    root == "/" || path == root || path.starts_with(&format!("{root}/"))
}

/// `path` relative to directory `base` (both absolute), with `..` elements where needed
/// (like Go's `filepath.Rel`).
pub fn relative(base: &str, path: &str) -> String {
    let base = clean(base);
    let path = clean(path);
    let b: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    let p: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let common = b.iter().zip(p.iter()).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<&str> = vec![".."; b.len() - common];
    parts.extend(&p[common..]);
    if parts.is_empty() {
        ".".to_owned()
    } else {
        parts.join("/")
    }
}
