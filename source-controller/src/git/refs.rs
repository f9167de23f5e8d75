//! Resolving a GitRepository `spec.ref` against the remote's ref advertisement, with Flux's
//! precedence commit > name > semver > tag > branch (default branch `master`).

use super::GitError;
use ferroflux_version::{Constraints, parse_flux_version};
use gix::protocol::handshake::Ref;

/// The reference a GitRepository asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefRequest {
    /// A branch, e.g. `main`.
    Branch(String),
    /// A tag, e.g. `v1.0.0`.
    Tag(String),
    /// The highest tag matching a Masterminds semver range.
    Semver(String),
    /// A full reference name such as `refs/heads/main`, `refs/tags/v1` or `refs/pull/1/head`.
    Name(String),
    /// A commit SHA, optionally looked for on a branch.
    Commit {
        /// Full 40-hex SHA-1.
        sha: String,
        /// Branch holding the commit; the remote's HEAD when not set.
        branch: Option<String>,
    },
}

/// A reference resolved on the remote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The full ref name fetched (`refs/heads/main`), or `HEAD`.
    pub full_ref: String,
    /// What the revision shows before `@` (`main`, `v1.0.0`, `refs/pull/1/head`); empty for a
    /// bare commit.
    pub display: String,
    /// The commit (40 hex), tags peeled.
    pub commit: String,
    /// The annotated tag object the ref points to, when it is one (for tag verification).
    pub tag_object: Option<String>,
}

impl Resolved {
    /// Returns the ref's display name, or the commit when there is none.
    pub fn display_or_commit(&self) -> String {
        if self.display.is_empty() {
            self.commit.clone()
        } else {
            self.display.clone()
        }
    }

    /// Returns Flux's revision string: `<display>@sha1:<commit>` or `sha1:<commit>`.
    pub fn revision(&self) -> String {
        if self.display.is_empty() {
            format!("sha1:{}", self.commit)
        } else {
            format!("{}@sha1:{}", self.display, self.commit)
        }
    }
}

impl RefRequest {
    /// Builds the request from `spec.ref` fields, applying Flux's precedence.
    pub fn from_spec(
        branch: Option<&str>,
        tag: Option<&str>,
        semver: Option<&str>,
        name: Option<&str>,
        commit: Option<&str>,
    ) -> Result<Self, GitError> {
        let nonempty = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        if let Some(sha) = nonempty(commit) {
            if sha.len() != 40 || !sha.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(GitError::RefNotFound(format!(
                    "invalid commit {sha:?}: expected a 40-character SHA-1"
                )));
            }
            return Ok(RefRequest::Commit {
                sha: sha.to_ascii_lowercase(),
                branch: nonempty(branch),
            });
        }
        if let Some(n) = nonempty(name) {
            if !n.starts_with("refs/") {
                return Err(GitError::RefNotFound(format!(
                    "invalid reference name {n:?}: must start with refs/"
                )));
            }
            return Ok(RefRequest::Name(n));
        }
        if let Some(s) = nonempty(semver) {
            Constraints::parse(&s).map_err(|e| GitError::RefNotFound(format!("invalid semver range {s:?}: {e}")))?;
            return Ok(RefRequest::Semver(s));
        }
        if let Some(t) = nonempty(tag) {
            return Ok(RefRequest::Tag(t));
        }
        Ok(RefRequest::Branch(
            nonempty(branch).unwrap_or_else(|| "master".to_owned()),
        ))
    }

    /// Refspecs whose sources the remote is asked to list.
    pub fn listing_refspecs(&self) -> Vec<String> {
        match self {
            RefRequest::Branch(b) => vec![format!("refs/heads/{b}")],
            RefRequest::Tag(t) => vec![format!("refs/tags/{t}")],
            RefRequest::Semver(_) => vec!["refs/tags/*:refs/tags/*".to_owned()],
            RefRequest::Name(n) => vec![n.clone()],
            RefRequest::Commit { branch: Some(b), .. } => vec![format!("refs/heads/{b}")],
            RefRequest::Commit { branch: None, .. } => vec!["HEAD".to_owned()],
        }
    }
}

fn parts(r: &Ref) -> Option<(String, String)> {
    match r {
        Ref::Direct { full_ref_name, object } => Some((full_ref_name.to_string(), object.to_string())),
        Ref::Peeled {
            full_ref_name, object, ..
        } => Some((full_ref_name.to_string(), object.to_string())),
        Ref::Symbolic {
            full_ref_name, object, ..
        } => Some((full_ref_name.to_string(), object.to_string())),
        Ref::Unborn { .. } => None,
    }
}

/// Picks the advertised ref the request names. For a pinned commit, returns the ref to fetch
/// with the pinned SHA as the commit.
pub fn resolve(req: &RefRequest, advertised: &[Ref]) -> Result<Resolved, GitError> {
    let mut resolved = resolve_ref(req, advertised)?;
    resolved.tag_object = advertised.iter().find_map(|r| match r {
        Ref::Peeled { full_ref_name, tag, .. } if *full_ref_name == resolved.full_ref.as_str() => Some(tag.to_string()),
        _ => None,
    });
    Ok(resolved)
}

fn resolve_ref(req: &RefRequest, advertised: &[Ref]) -> Result<Resolved, GitError> {
    let refs: Vec<(String, String)> = advertised.iter().filter_map(parts).collect();
    let find = |full: &str| refs.iter().find(|(n, _)| n == full).map(|(_, c)| c.clone());
    match req {
        RefRequest::Branch(b) => {
            let full = format!("refs/heads/{b}");
            let commit = find(&full)
                .ok_or_else(|| GitError::RefNotFound(format!("couldn't find remote ref for branch '{b}'")))?;
            Ok(Resolved {
                full_ref: full,
                display: b.clone(),
                commit,
                tag_object: None,
            })
        }
        RefRequest::Tag(t) => {
            let full = format!("refs/tags/{t}");
            let commit =
                find(&full).ok_or_else(|| GitError::RefNotFound(format!("couldn't find remote ref for tag '{t}'")))?;
            Ok(Resolved {
                full_ref: full,
                display: t.clone(),
                commit,
                tag_object: None,
            })
        }
        RefRequest::Name(n) => {
            let commit = find(n).ok_or_else(|| GitError::RefNotFound(format!("couldn't find remote ref '{n}'")))?;
            Ok(Resolved {
                full_ref: n.clone(),
                display: n.clone(),
                commit,
                tag_object: None,
            })
        }
        RefRequest::Semver(range) => {
            let constraints = Constraints::parse(range)
                .map_err(|e| GitError::RefNotFound(format!("invalid semver range {range:?}: {e}")))?;
            let mut best: Option<(ferroflux_version::Version, String, String)> = None;
            for (name, commit) in &refs {
                let Some(tag) = name.strip_prefix("refs/tags/") else {
                    continue;
                };
                let Ok(v) = parse_flux_version(tag) else { continue };
                if !constraints.check(&v) {
                    continue;
                }
                if best.as_ref().is_none_or(|(b, _, _)| v > *b) {
                    best = Some((v, tag.to_owned(), commit.clone()));
                }
            }
            let (_, tag, commit) =
                best.ok_or_else(|| GitError::RefNotFound(format!("no match found for semver: {range}")))?;
            Ok(Resolved {
                full_ref: format!("refs/tags/{tag}"),
                display: tag,
                commit,
                tag_object: None,
            })
        }
        RefRequest::Commit { sha, branch } => {
            let (full, display) = match branch {
                Some(b) => (format!("refs/heads/{b}"), b.clone()),
                None => ("HEAD".to_owned(), String::new()),
            };
            if find(&full).is_none() {
                let what = branch.as_deref().map_or("HEAD".to_owned(), |b| format!("branch '{b}'"));
                return Err(GitError::RefNotFound(format!("couldn't find remote ref for {what}")));
            }
            Ok(Resolved {
                full_ref: full,
                display,
                commit: sha.clone(),
                tag_object: None,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_follows_flux() {
        let c = "a".repeat(40);
        assert!(matches!(
            RefRequest::from_spec(Some("main"), Some("v1"), Some(">=1"), Some("refs/heads/x"), Some(&c)).unwrap(),
            RefRequest::Commit { .. }
        ));
        assert_eq!(
            RefRequest::from_spec(Some("main"), Some("v1"), Some(">=1"), Some("refs/heads/x"), None).unwrap(),
            RefRequest::Name("refs/heads/x".into())
        );
        assert_eq!(
            RefRequest::from_spec(Some("main"), Some("v1"), Some(">=1"), None, None).unwrap(),
            RefRequest::Semver(">=1".into())
        );
        assert_eq!(
            RefRequest::from_spec(Some("main"), Some("v1"), None, None, None).unwrap(),
            RefRequest::Tag("v1".into())
        );
        assert_eq!(
            RefRequest::from_spec(None, None, None, None, None).unwrap(),
            RefRequest::Branch("master".into())
        );
        assert!(RefRequest::from_spec(None, None, None, None, Some("abc")).is_err());
        assert!(RefRequest::from_spec(None, None, Some("not a range!!"), None, None).is_err());
    }

    #[test]
    fn revisions_have_flux_format() {
        let r = Resolved {
            full_ref: "refs/heads/main".into(),
            display: "main".into(),
            commit: "0".repeat(40),
            tag_object: None,
        };
        assert_eq!(r.revision(), format!("main@sha1:{}", "0".repeat(40)));
        let r = Resolved {
            full_ref: "HEAD".into(),
            display: String::new(),
            commit: "1".repeat(40),
            tag_object: None,
        };
        assert_eq!(r.revision(), format!("sha1:{}", "1".repeat(40)));
    }
}
