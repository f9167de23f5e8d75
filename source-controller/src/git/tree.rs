//! Reading a commit's tree from the object database into memory: regular and executable files,
//! plus the submodule entries (gitlinks) so that [`super::submodule`] can fetch them. Symlinks
//! are skipped, so nothing can point outside the checkout.
//!
//! A [`Sparse`] selection limits what is read to some directories (`spec.sparseCheckout`):
//! trees outside the selection are never loaded.

use super::GitError;
use gix::objs::tree::EntryKind;
use std::collections::BTreeSet;

/// One regular file of a commit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeFile {
    /// Slash-separated path from the repository root.
    pub path: String,
    /// File contents.
    pub data: Vec<u8>,
    /// Whether the file is executable.
    pub executable: bool,
}

/// A submodule entry of a tree: the path it is checked out at and the commit it pins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gitlink {
    /// Slash-separated path from the repository root.
    pub path: String,
    /// The pinned commit (40 hex).
    pub commit: String,
}

/// What [`read_commit`] found in a commit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommitTree {
    /// The commit message's first line.
    pub subject: String,
    /// Regular files inside the selection, sorted by path.
    pub files: Vec<TreeFile>,
    /// Submodule entries inside the selection, sorted by path.
    pub gitlinks: Vec<Gitlink>,
    /// Sparse directories (as given) that name no entry of the tree.
    pub missing: Vec<String>,
    /// The root `.gitmodules` file, read whatever the sparse selection.
    pub gitmodules: Option<Vec<u8>>,
}

/// The directories a sparse checkout keeps (`spec.sparseCheckout`); empty keeps everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sparse {
    /// `(as given, normalised)` pairs; a normalised path is never empty.
    dirs: Vec<(String, String)>,
}

impl Sparse {
    /// Returns the selection keeping everything.
    pub fn all() -> Self {
        Self::default()
    }

    /// Builds the selection from `spec.sparseCheckout` entries. A leading `./` or `/`, `.`
    /// segments and trailing slashes are dropped and `..` cannot climb above the root; an entry
    /// naming the root keeps everything.
    pub fn new<S: AsRef<str>>(dirs: &[S]) -> Self {
        let mut out = Vec::new();
        for d in dirs {
            let given = d.as_ref();
            match normalise(given) {
                Some(n) => out.push((given.to_owned(), n)),
                None => return Self::all(),
            }
        }
        Self { dirs: out }
    }

    /// Reports whether nothing is filtered out.
    pub fn is_all(&self) -> bool {
        self.dirs.is_empty()
    }

    /// Reports whether `path` is one of the directories or below one.
    pub fn includes(&self, path: &str) -> bool {
        self.is_all() || self.dirs.iter().any(|(_, d)| is_within(path, d))
    }

    /// Reports whether the directory `path` must be walked: it is selected or leads to a
    /// selected directory.
    fn walks(&self, path: &str) -> bool {
        self.is_all() || self.dirs.iter().any(|(_, d)| is_within(path, d) || is_within(d, path))
    }
}

/// Normalises a repository-relative path like Flux's secure join does, without a filesystem:
/// empty and `.` segments are dropped, `..` removes the previous segment but never climbs above
/// the root. Returns `None` for the root itself.
pub fn normalise(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// Reports whether `path` equals `dir` or lies below it.
fn is_within(path: &str, dir: &str) -> bool {
    path == dir || (path.len() > dir.len() && path.starts_with(dir) && path.as_bytes().get(dir.len()) == Some(&b'/'))
}

/// Reads the commit `commit`: its subject, the files and gitlinks `sparse` selects, and which
/// sparse directories do not exist. `total` accumulates the bytes read across calls and must
/// stay at most `max_size`.
pub fn read_commit(
    repo: &gix::Repository,
    commit: &str,
    sparse: &Sparse,
    total: &mut u64,
    max_size: u64,
) -> Result<CommitTree, GitError> {
    let read_err = |what: &str, e: &dyn std::fmt::Display| GitError::Read {
        what: what.to_owned(),
        message: e.to_string(),
    };
    let id = gix::ObjectId::from_hex(commit.as_bytes()).map_err(|e| read_err("commit id", &e))?;
    let commit_obj = repo
        .find_commit(id)
        .map_err(|e| read_err(&format!("commit {commit}"), &e))?;
    let message = commit_obj.message_raw_sloppy().to_string();
    let subject = message.lines().next().unwrap_or("").trim().to_owned();
    let tree_id = commit_obj.tree_id().map_err(|e| read_err("commit tree", &e))?.detach();
    let mut out = CommitTree {
        subject,
        ..Default::default()
    };
    // Every entry path met while walking, to tell which sparse directories exist.
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut stack = vec![(tree_id, String::new())];
    while let Some((tid, prefix)) = stack.pop() {
        let tree = repo
            .find_tree(tid)
            .map_err(|e| read_err(&format!("tree {prefix}"), &e))?;
        for entry in tree.iter() {
            let entry = entry.map_err(|e| read_err(&format!("tree {prefix}"), &e))?;
            let name = entry.filename().to_string();
            let path = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            };
            if !sparse.is_all() {
                seen.insert(path.clone());
            }
            match entry.mode().kind() {
                EntryKind::Tree => {
                    if sparse.walks(&path) {
                        stack.push((entry.oid().to_owned(), path));
                    }
                }
                EntryKind::Blob | EntryKind::BlobExecutable => {
                    if path == ".gitmodules" {
                        let blob = repo.find_blob(entry.oid()).map_err(|e| read_err(&path, &e))?;
                        out.gitmodules = Some(blob.data.clone());
                    }
                    if !sparse.includes(&path) {
                        continue;
                    }
                    let blob = repo.find_blob(entry.oid()).map_err(|e| read_err(&path, &e))?;
                    *total = total.saturating_add(blob.data.len() as u64);
                    if *total > max_size {
                        return Err(GitError::TooLarge { limit: max_size });
                    }
                    out.files.push(TreeFile {
                        path,
                        data: blob.data.clone(),
                        executable: entry.mode().kind() == EntryKind::BlobExecutable,
                    });
                }
                EntryKind::Commit => {
                    if sparse.includes(&path) {
                        out.gitlinks.push(Gitlink {
                            path,
                            commit: entry.oid().to_string(),
                        });
                    }
                }
                // Symlinks are never part of an artifact.
                EntryKind::Link => {}
            }
        }
    }
    out.missing = sparse
        .dirs
        .iter()
        .filter(|(_, n)| !seen.contains(n))
        .map(|(given, _)| given.clone())
        .collect();
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    out.gitlinks.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_paths_are_normalised_like_flux() {
        assert_eq!(normalise("./charts"), Some("charts".into()));
        assert_eq!(normalise("/deploy/prod/"), Some("deploy/prod".into()));
        assert_eq!(normalise("a/./b//c"), Some("a/b/c".into()));
        assert_eq!(normalise("../../etc"), Some("etc".into()));
        assert_eq!(normalise("a/../b"), Some("b".into()));
        assert_eq!(normalise("."), None);
        assert_eq!(normalise(""), None);
    }

    #[test]
    fn sparse_selection_keeps_whole_directories_only() {
        let s = Sparse::new(&["./charts", "deploy/prod"]);
        assert!(s.includes("charts/podinfo/Chart.yaml"));
        assert!(s.includes("charts"));
        assert!(!s.includes("charts-old/x.yaml"), "a prefix that is not a directory");
        assert!(!s.includes("README.md"));
        assert!(s.includes("deploy/prod/app.yaml"));
        assert!(!s.includes("deploy/staging/app.yaml"));
        assert!(s.walks("deploy"), "parents of selected directories are walked");
        assert!(!s.walks("docs"));
        assert!(Sparse::new(&["charts", "."]).is_all());
        assert!(Sparse::new::<&str>(&[]).includes("anything"));
    }
}
