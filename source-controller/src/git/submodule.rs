//! Submodules (`spec.recurseSubmodules`): the gitlinks of a commit are matched with the
//! `.gitmodules` file of the same commit, their URLs resolved (relative URLs against the URL of
//! the repository holding them, as `git submodule` does), and each pinned commit is fetched
//! into its own bare cache below the parent's cache and read into memory at the submodule path.
//! Nested submodules are followed up to [`MAX_DEPTH`] levels.
//!
//! Fetching a pinned commit first asks the server for that commit alone (a shallow fetch of
//! one object id, which protocol v2 servers such as `git http-backend` and `git upload-pack`
//! accept); when the server refuses, all branches and tags are fetched with full history and
//! the commit is looked up among them. A commit already in the cache costs no network at all.
//!
//! Entry point: `Walker::walk`, called by [`super::fetch`].

use super::tree::{CommitTree, Sparse, TreeFile};
use super::{Auth, GitError};
use sha2::Digest;
use std::path::Path;

/// How deep submodules of submodules are followed.
pub const MAX_DEPTH: usize = 8;

/// One `[submodule "<name>"]` section of a `.gitmodules` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    /// The submodule's name (the section's subsection name).
    pub name: String,
    /// The path it is checked out at.
    pub path: String,
    /// Its URL as written (possibly relative).
    pub url: String,
}

/// Parses a `.gitmodules` file; sections without `path` or `url` are skipped, as Git does.
pub fn parse_gitmodules(data: &[u8]) -> Result<Vec<Module>, GitError> {
    let file = gix::config::File::from_bytes_no_includes(data, gix::config::file::Metadata::api(), Default::default())
        .map_err(|e| GitError::Read {
            what: ".gitmodules".into(),
            message: e.to_string(),
        })?;
    let mut out = Vec::new();
    let Some(sections) = file.sections_by_name("submodule") else {
        return Ok(out);
    };
    for section in sections {
        let Some(name) = section.header().subsection_name().map(|n| n.to_string()) else {
            continue;
        };
        let (Some(path), Some(url)) = (section.value("path"), section.value("url")) else {
            continue;
        };
        let Some(path) = super::tree::normalise(&path.to_string()) else {
            continue;
        };
        out.push(Module {
            name,
            path,
            url: url.to_string().trim().to_owned(),
        });
    }
    Ok(out)
}

/// Resolves a submodule URL as `git submodule` does: `./x` and `../x` are relative to the URL
/// of the repository holding the `.gitmodules` file (each `../` drops one path segment of it),
/// anything else is used as is. SCP-like addresses (`git@host:org/repo.git`) become `ssh://`
/// URLs. Only `http`, `https` and `ssh` are accepted: local paths and `file://` would read the
/// controller's own filesystem.
pub fn resolve_url(parent: &str, url: &str) -> Result<String, String> {
    let mut resolved = if url.starts_with("./") || url.starts_with("../") {
        let mut base = parent.trim_end_matches('/').to_owned();
        let mut rest = url;
        loop {
            if let Some(r) = rest.strip_prefix("./") {
                rest = r;
            } else if let Some(r) = rest.strip_prefix("../") {
                rest = r;
                base = chop_last_segment(&base).ok_or_else(|| {
                    format!(
                        "cannot resolve relative url '{url}' against '{}'",
                        super::redact(parent)
                    )
                })?;
            } else {
                break;
            }
        }
        let rest = rest.trim_start_matches('/');
        if base.ends_with(':') {
            format!("{base}{rest}")
        } else {
            format!("{base}/{rest}")
        }
    } else {
        url.to_owned()
    };
    if let Some(ssh) = scp_to_ssh(&resolved) {
        resolved = ssh;
    }
    let scheme = resolved.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("http" | "https" | "ssh") => Ok(resolved),
        _ => Err(format!(
            "unsupported url '{}': only http, https and ssh submodules are fetched",
            super::redact(&resolved)
        )),
    }
}

/// Drops the last path segment of a URL (`http://h/a/b` → `http://h/a`, `git@h:a/b` →
/// `git@h:a`, `git@h:a` → `git@h:`); `None` when only the host would be left to cut.
fn chop_last_segment(url: &str) -> Option<String> {
    if let Some(i) = url.find("://") {
        let authority = i + 3;
        let path_start = authority + url.get(authority..)?.find('/')?;
        let cut = url.rfind('/')?;
        (cut >= path_start).then(|| url.get(..cut).unwrap_or_default().to_owned())
    } else {
        let colon = url.find(':')?;
        let path = url.get(colon + 1..)?;
        match path.rfind('/') {
            Some(j) => url.get(..colon + 1 + j).map(str::to_owned),
            None if !path.is_empty() => url.get(..=colon).map(str::to_owned),
            None => None,
        }
    }
}

/// Turns an SCP-like address `[user@]host:path` into `ssh://[user@]host/path`.
fn scp_to_ssh(url: &str) -> Option<String> {
    if url.contains("://") || url.starts_with('/') || url.starts_with('.') {
        return None;
    }
    let (host, path) = url.split_once(':')?;
    if host.is_empty() || host.contains('/') || path.is_empty() {
        return None;
    }
    Some(format!("ssh://{host}/{}", path.trim_start_matches('/')))
}

/// Fetches submodules recursively for one top-level fetch and collects their files.
pub(super) struct Walker<'a> {
    /// URL of the top-level repository (HTTP credentials are only sent to its host).
    pub top_url: &'a str,
    /// Credentials of the top-level repository.
    pub auth: &'a Auth,
    /// Scratch directory for key files.
    pub scratch: &'a Path,
    /// Upper bound of all bytes read.
    pub max_size: u64,
    /// Bytes read so far, the top-level repository included.
    pub total: u64,
    /// The submodules' files, with paths from the top-level root.
    pub files: Vec<TreeFile>,
}

impl Walker<'_> {
    /// Fetches the submodules of `tree` (a commit of the repository at `url` whose cache is
    /// `cache_dir`, checked out at `prefix`) and collects their files, recursing into nested
    /// submodules.
    pub fn walk(
        &mut self,
        url: &str,
        cache_dir: &Path,
        tree: &CommitTree,
        prefix: &str,
        depth: usize,
    ) -> Result<(), GitError> {
        if tree.gitlinks.is_empty() {
            return Ok(());
        }
        let sub_err = |path: &str, message: String| GitError::Submodule {
            path: format!("{prefix}{path}"),
            message,
        };
        if depth >= MAX_DEPTH {
            let first = tree.gitlinks.first().map(|g| g.path.clone()).unwrap_or_default();
            return Err(sub_err(
                &first,
                format!("submodules nest deeper than {MAX_DEPTH} levels"),
            ));
        }
        let modules = match &tree.gitmodules {
            Some(data) => parse_gitmodules(data)?,
            None => Vec::new(),
        };
        for link in &tree.gitlinks {
            // A gitlink without a .gitmodules entry is skipped, as `git submodule update` does.
            let Some(module) = modules.iter().find(|m| m.path == link.path) else {
                tracing::debug!(path = %link.path, "gitlink without a .gitmodules entry; skipped");
                continue;
            };
            let sub_url = resolve_url(url, &module.url).map_err(|m| sub_err(&link.path, m))?;
            let auth = self.auth.for_url(self.top_url, &sub_url);
            let sub_cache = cache_dir.join("modules").join(cache_key(&link.path));
            super::fetch_commit(&sub_cache, &sub_url, &auth, self.scratch, &link.commit)
                .map_err(|e| sub_err(&link.path, e.to_string()))?;
            let repo = super::open_cache(&sub_cache)?;
            let sub_tree =
                super::tree::read_commit(&repo, &link.commit, &Sparse::all(), &mut self.total, self.max_size)?;
            let sub_prefix = format!("{prefix}{}/", link.path);
            self.walk(&sub_url, &sub_cache, &sub_tree, &sub_prefix, depth + 1)?;
            self.files.extend(sub_tree.files.into_iter().map(|f| TreeFile {
                path: format!("{sub_prefix}{}", f.path),
                ..f
            }));
        }
        Ok(())
    }
}

/// Returns the cache directory name of the submodule at `path`.
fn cache_key(path: &str) -> String {
    hex::encode(sha2::Sha256::digest(path.as_bytes()))
        .get(..32)
        .unwrap_or_default()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gitmodules_sections_are_read() {
        let data = br#"
[submodule "lib"]
	path = vendor/lib
	url = ../lib.git
[submodule "broken"]
	path = nourl
[submodule "other"]
	path = ./other/
	url = https://example.com/other.git
"#;
        let m = parse_gitmodules(data).unwrap();
        assert_eq!(
            m,
            vec![
                Module {
                    name: "lib".into(),
                    path: "vendor/lib".into(),
                    url: "../lib.git".into()
                },
                Module {
                    name: "other".into(),
                    path: "other".into(),
                    url: "https://example.com/other.git".into()
                },
            ]
        );
        assert!(parse_gitmodules(b"").unwrap().is_empty());
    }

    #[test]
    fn relative_urls_resolve_against_the_parent_like_git() {
        let parent = "http://127.0.0.1:8080/git/app.git";
        assert_eq!(
            resolve_url(parent, "../lib.git").unwrap(),
            "http://127.0.0.1:8080/git/lib.git"
        );
        assert_eq!(
            resolve_url(parent, "./lib").unwrap(),
            "http://127.0.0.1:8080/git/app.git/lib"
        );
        assert_eq!(
            resolve_url(&format!("{parent}/"), "../../other/x.git").unwrap(),
            "http://127.0.0.1:8080/other/x.git"
        );
        assert!(
            resolve_url(parent, "../../../x.git").is_err(),
            "cannot climb into the host"
        );
        assert_eq!(
            resolve_url("ssh://git@h:2222/srv/app.git", "../lib.git").unwrap(),
            "ssh://git@h:2222/srv/lib.git"
        );
        assert_eq!(
            resolve_url(parent, "https://example.com/x.git").unwrap(),
            "https://example.com/x.git"
        );
    }

    #[test]
    fn scp_like_addresses_become_ssh_urls_and_local_ones_are_refused() {
        assert_eq!(
            resolve_url("https://h/a.git", "git@github.com:org/repo.git").unwrap(),
            "ssh://git@github.com/org/repo.git"
        );
        assert_eq!(
            resolve_url("git@github.com:org/app.git", "../lib.git").unwrap(),
            "ssh://git@github.com/org/lib.git"
        );
        assert_eq!(
            resolve_url("git@github.com:app.git", "../lib.git").unwrap(),
            "ssh://git@github.com/lib.git"
        );
        for bad in ["/srv/git/lib.git", "file:///etc", "git://h/x.git"] {
            assert!(resolve_url("https://h/a.git", bad).is_err(), "{bad}");
        }
    }
}
