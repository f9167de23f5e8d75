//! Reading a commit's tree from the object database into memory: regular and executable files
//! only. Symlinks and submodule entries are skipped, so nothing can point outside the checkout.

use super::GitError;
use gix::objs::tree::EntryKind;

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

/// Returns the commit's subject line and its files, sorted by path.
pub fn read_commit(repo: &gix::Repository, commit: &str, max_size: u64) -> Result<(String, Vec<TreeFile>), GitError> {
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
    let mut files = Vec::new();
    let mut total = 0u64;
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
            match entry.mode().kind() {
                EntryKind::Tree => stack.push((entry.oid().to_owned(), path)),
                EntryKind::Blob | EntryKind::BlobExecutable => {
                    let blob = repo.find_blob(entry.oid()).map_err(|e| read_err(&path, &e))?;
                    total += blob.data.len() as u64;
                    if total > max_size {
                        return Err(GitError::TooLarge { limit: max_size });
                    }
                    files.push(TreeFile {
                        path,
                        data: blob.data.clone(),
                        executable: entry.mode().kind() == EntryKind::BlobExecutable,
                    });
                }
                // Symlinks and submodules are never part of an artifact.
                EntryKind::Link | EntryKind::Commit => {}
            }
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((subject, files))
}
