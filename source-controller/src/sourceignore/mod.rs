//! `.sourceignore` / gitignore matching, as Flux's source-controller applies it when it
//! archives a source into an artifact (fluxcd/pkg `sourceignore`).
//!
//! Entry point for the artifact store: [`Ignore::for_tree`] loads every `.sourceignore` of a
//! checked-out tree plus the object's `spec.ignore`, and [`Ignore::is_ignored`] is the archive
//! filter. The building blocks are public too: [`Pattern`] (one parsed line), [`Matcher`] (a
//! pattern list where later patterns win), [`read_patterns`], [`load_ignore_patterns`], and
//! Flux's default exclusions ([`EXCLUDE_VCS`], [`EXCLUDE_EXT`], [`EXCLUDE_CI`],
//! [`EXCLUDE_EXTRA`]).
//!
//! Every path is matched on its own: unlike git, an excluded directory does not stop a later
//! `!` pattern from re-including a path inside it. Skipping whole directories is up to the
//! caller. [`Pattern`] lists where Flux's matching differs from git's.

mod glob;
mod pattern;

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

pub use pattern::{MatchResult, Pattern};

/// The name of the ignore files Flux reads from a source tree.
pub const IGNORE_FILE: &str = ".sourceignore";

/// Flux's version-control exclusions (comma-separated), always applied when archiving.
pub const EXCLUDE_VCS: &str = ".git/,.gitignore,.gitmodules,.gitattributes";

/// Flux's default excluded file extensions (comma-separated).
pub const EXCLUDE_EXT: &str = "*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip";

/// Flux's default excluded CI configuration (comma-separated).
pub const EXCLUDE_CI: &str = ".github/,.circleci/,.travis.yml,.gitlab-ci.yml,appveyor.yml,.drone.yml,cloudbuild.yaml,\
codeship-services.yml,codeship-steps.yml";

/// Flux's default excluded tool configuration at any depth (comma-separated).
pub const EXCLUDE_EXTRA: &str = "**/.goreleaser.yml,**/.sops.yaml,**/.flux.yaml";

/// The largest `.sourceignore` file read; a larger one is an error rather than a slow
/// reconcile. Real ignore files are a few KiB.
pub const MAX_IGNORE_FILE_BYTES: u64 = 1024 * 1024;

/// Errors while loading ignore files from a tree.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An ignore file exists but could not be read.
    #[error("reading {}", path.display())]
    ReadFile {
        /// The ignore file.
        path: PathBuf,
        /// The underlying IO error.
        #[source]
        source: io::Error,
    },
    /// A directory of the tree could not be listed.
    #[error("listing directory {}", path.display())]
    ReadDir {
        /// The directory.
        path: PathBuf,
        /// The underlying IO error.
        #[source]
        source: io::Error,
    },
    /// An ignore file is larger than [`MAX_IGNORE_FILE_BYTES`].
    #[error("{} is larger than {limit} bytes", path.display())]
    TooLarge {
        /// The ignore file.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
}

/// An ordered list of patterns: evaluated from last to first, the first pattern that excludes
/// or includes a path decides, so later patterns override earlier ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matcher {
    patterns: Vec<Pattern>,
}

impl Matcher {
    /// Creates a matcher from `patterns`, lowest priority first.
    pub fn new(patterns: Vec<Pattern>) -> Matcher {
        Matcher { patterns }
    }

    /// Creates a matcher with Flux's VCS patterns, then its default exclusions (both scoped to
    /// `domain`), then `patterns` — Flux's `NewDefaultMatcher`.
    pub fn with_defaults(patterns: Vec<Pattern>, domain: &[String]) -> Matcher {
        let mut all = vcs_patterns(domain);
        all.extend(default_patterns(domain));
        all.extend(patterns);
        Matcher { patterns: all }
    }

    /// Tells whether the path (its segments from the tree root; a directory when `is_dir`)
    /// is excluded.
    pub fn matches<S: AsRef<str>>(&self, path: &[S], is_dir: bool) -> bool {
        for pattern in self.patterns.iter().rev() {
            match pattern.matches(path, is_dir) {
                MatchResult::Exclude => return true,
                MatchResult::Include => return false,
                MatchResult::NoMatch => {}
            }
        }
        false
    }

    /// Returns the patterns, lowest priority first.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }
}

fn split_patterns(list: &str, domain: &[String]) -> impl Iterator<Item = Pattern> {
    list.split(',').map(move |p| Pattern::parse(p, domain))
}

/// Parses [`EXCLUDE_VCS`], scoped to `domain`.
pub fn vcs_patterns(domain: &[String]) -> Vec<Pattern> {
    split_patterns(EXCLUDE_VCS, domain).collect()
}

/// Parses Flux's default exclusions ([`EXCLUDE_EXT`], [`EXCLUDE_CI`], [`EXCLUDE_EXTRA`], in that
/// order), scoped to `domain`.
pub fn default_patterns(domain: &[String]) -> Vec<Pattern> {
    [EXCLUDE_EXT, EXCLUDE_CI, EXCLUDE_EXTRA]
        .into_iter()
        .flat_map(|list| split_patterns(list, domain))
        .collect()
}

/// Parses ignore-file content: one pattern per line (`\n` or `\r\n`), scoped to `domain`.
/// Lines starting with `#` and blank or whitespace-only lines are skipped; every other line
/// is used verbatim (leading spaces included).
pub fn read_patterns(content: &str, domain: &[String]) -> Vec<Pattern> {
    content
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| Pattern::parse(line, domain))
        .collect()
}

/// Loads the [`IGNORE_FILE`] patterns of the tree at `dir`, as Flux does: `dir`'s own file
/// (scoped to `domain`), then each subdirectory in byte order of its name, depth first, with
/// the subdirectory's name appended to the domain. `.git` directories are not entered, and
/// symbolic links to directories are not followed. A missing ignore file counts as empty;
/// `.gitignore` files are not read. A `.sourceignore` that is a symbolic link is read only if
/// it resolves inside `dir`.
pub fn load_ignore_patterns(dir: &Path, domain: &[String]) -> Result<Vec<Pattern>, Error> {
    let root = fs::canonicalize(dir).map_err(|source| Error::ReadDir {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut patterns = Vec::new();
    // Depth-first, pre-order, without recursion: deep trees cannot exhaust the stack.
    let mut pending = vec![(dir.to_path_buf(), domain.to_vec())];
    while let Some((current, current_domain)) = pending.pop() {
        patterns.extend(read_ignore_file(&current.join(IGNORE_FILE), &current_domain, &root)?);
        let list_error = |source| Error::ReadDir {
            path: current.clone(),
            source,
        };
        let mut subdirs = Vec::new();
        for entry in fs::read_dir(&current).map_err(list_error)? {
            let entry = entry.map_err(list_error)?;
            let name = entry.file_name();
            if name != ".git" && entry.file_type().map_err(list_error)?.is_dir() {
                subdirs.push(name);
            }
        }
        subdirs.sort();
        for name in subdirs.into_iter().rev() {
            let mut sub_domain = current_domain.clone();
            sub_domain.push(name.to_string_lossy().into_owned());
            pending.push((current.join(&name), sub_domain));
        }
    }
    Ok(patterns)
}

/// Reads one ignore file; a missing one, or one that is not a regular file, has no patterns.
fn read_ignore_file(path: &Path, domain: &[String], root: &Path) -> Result<Vec<Pattern>, Error> {
    let read_error = |source| Error::ReadFile {
        path: path.to_path_buf(),
        source,
    };
    let mut metadata = match fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(read_error(err)),
    };
    if metadata.file_type().is_symlink() {
        let target = match fs::canonicalize(path) {
            Ok(target) => target,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => return Err(read_error(err)),
        };
        if !target.starts_with(root) {
            tracing::warn!(path = %path.display(), "skipping ignore file that links outside the source tree");
            return Ok(Vec::new());
        }
        metadata = fs::metadata(&target).map_err(read_error)?;
    }
    if !metadata.is_file() {
        return Ok(Vec::new());
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|file| file.take(MAX_IGNORE_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_IGNORE_FILE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit: MAX_IGNORE_FILE_BYTES,
        });
    }
    Ok(read_patterns(&String::from_utf8_lossy(&bytes), domain))
}

/// The archive filter of a source tree: which paths source-controller leaves out of the
/// artifact.
///
/// Built like Flux's `SourceIgnoreFilter`: with no user patterns (no `.sourceignore` in the
/// tree and no `spec.ignore` patterns) it applies the VCS patterns and the default exclusions;
/// with user patterns it applies the VCS patterns and then the user patterns only — user
/// patterns replace the default exclusions, they do not add to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignore {
    matcher: Matcher,
}

impl Default for Ignore {
    /// Returns the filter of a tree without user patterns: VCS files and default exclusions.
    fn default() -> Ignore {
        Ignore::from_user_patterns(Vec::new())
    }
}

impl Ignore {
    /// Loads the filter for the tree at `root`: every `.sourceignore` in it (see
    /// [`load_ignore_patterns`]), then the patterns of `spec_ignore` (a GitRepository's
    /// `spec.ignore`), the later overriding the earlier.
    pub fn for_tree(root: &Path, spec_ignore: Option<&str>) -> Result<Ignore, Error> {
        let mut patterns = load_ignore_patterns(root, &[])?;
        if let Some(spec_ignore) = spec_ignore {
            patterns.extend(read_patterns(spec_ignore, &[]));
        }
        Ok(Ignore::from_user_patterns(patterns))
    }

    /// Builds the filter from user patterns scoped to the tree root (or below), lowest
    /// priority first; see the type docs for how the defaults apply.
    pub fn from_user_patterns(patterns: Vec<Pattern>) -> Ignore {
        let matcher = if patterns.is_empty() {
            Matcher::with_defaults(patterns, &[])
        } else {
            let mut all = vcs_patterns(&[]);
            all.extend(patterns);
            Matcher::new(all)
        };
        Ignore { matcher }
    }

    /// Tells whether the path, relative to the tree root with `/` separators, is left out of
    /// the artifact. Empty and `.` segments are ignored; the root itself is never ignored.
    pub fn is_ignored(&self, rel_path: &str, is_dir: bool) -> bool {
        let segments: Vec<&str> = rel_path.split('/').filter(|s| !s.is_empty() && *s != ".").collect();
        self.matcher.matches(&segments, is_dir)
    }

    /// Returns the underlying matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_tree(files: &[(&str, &str)]) -> PathBuf {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "ferroflux-sourceignore-unit-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        for (path, content) in files {
            let path = dir.join(path);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, content).unwrap();
        }
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn listed(patterns: &[Pattern]) -> Vec<(String, Vec<String>)> {
        patterns
            .iter()
            .map(|p| (p.text().to_owned(), p.domain().to_vec()))
            .collect()
    }

    #[test]
    fn read_patterns_skips_comments_and_blank_lines_and_keeps_the_rest_verbatim() {
        let ps = read_patterns("# c\n\n   \t\nfoo\r\n  bar \n\\#baz\n!qux", &["d".to_owned()]);
        let texts: Vec<&str> = ps.iter().map(Pattern::text).collect();
        assert_eq!(texts, ["foo", "  bar ", "\\#baz", "!qux"]);
        assert!(ps.iter().all(|p| p.domain() == ["d".to_owned()]));
    }

    #[test]
    fn later_patterns_override_earlier_ones() {
        let m = Matcher::new(read_patterns("ignore-dir/*\n!ignore-dir/include\n", &[]));
        assert!(m.matches(&["ignore-dir", "file.yaml"], false));
        assert!(!m.matches(&["ignore-dir", "include"], false));
        assert!(!m.matches(&["file.yaml"], false));
    }

    #[test]
    fn an_excluded_directory_does_not_stop_a_reinclusion_inside_it() {
        let m = Matcher::new(read_patterns("/*\n!/deploy/keep.yaml\n", &[]));
        assert!(m.matches(&["deploy"], true));
        assert!(m.matches(&["deploy", "other.yaml"], false));
        assert!(!m.matches(&["deploy", "keep.yaml"], false));
    }

    #[test]
    fn default_matcher_puts_user_patterns_last() {
        let m = Matcher::with_defaults(read_patterns("!*.jpg", &[]), &[]);
        assert!(!m.matches(&["image.jpg"], false));
        assert!(m.matches(&["image.png"], false));
        assert!(m.matches(&[".git", "config"], false));
        assert_eq!(m.patterns().len(), 4 + 8 + 9 + 3 + 1);
    }

    #[test]
    fn load_ignore_patterns_walks_depth_first_in_name_order_skipping_git() {
        let dir = temp_tree(&[
            (".sourceignore", "root.txt"),
            ("b/.sourceignore", "b.txt"),
            ("a/.sourceignore", "# only a comment\n"),
            ("a/z/.sourceignore", "az.txt"),
            ("a/b/.sourceignore", "ab.txt\n!keep"),
            (".git/.sourceignore", "git.txt"),
            ("c/.gitignore", "ignored"),
            ("c/.sourceignore/file", "a directory named .sourceignore"),
        ]);
        let ps = load_ignore_patterns(&dir, &["top".to_owned()]).unwrap();
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            listed(&ps),
            vec![
                ("root.txt".to_owned(), s(&["top"])),
                ("ab.txt".to_owned(), s(&["top", "a", "b"])),
                ("!keep".to_owned(), s(&["top", "a", "b"])),
                ("az.txt".to_owned(), s(&["top", "a", "z"])),
                ("b.txt".to_owned(), s(&["top", "b"])),
            ]
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn load_ignore_patterns_fails_on_a_missing_root() {
        let dir = std::env::temp_dir().join("ferroflux-sourceignore-unit-does-not-exist");
        assert!(matches!(load_ignore_patterns(&dir, &[]), Err(Error::ReadDir { .. })));
    }

    #[test]
    fn oversized_ignore_files_are_an_error() {
        let big = "x\n".repeat(MAX_IGNORE_FILE_BYTES as usize / 2 + 1);
        let dir = temp_tree(&[(".sourceignore", &big)]);
        assert!(matches!(load_ignore_patterns(&dir, &[]), Err(Error::TooLarge { .. })));
        fs::remove_dir_all(dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_ignore_files_are_read_only_inside_the_tree() {
        let outside = temp_tree(&[("secret", "outside.txt")]);
        let dir = temp_tree(&[("shared/ignore", "inside.txt")]);
        fs::create_dir_all(dir.join("x")).unwrap();
        fs::create_dir_all(dir.join("y")).unwrap();
        std::os::unix::fs::symlink(dir.join("shared/ignore"), dir.join("x/.sourceignore")).unwrap();
        std::os::unix::fs::symlink(outside.join("secret"), dir.join("y/.sourceignore")).unwrap();
        std::os::unix::fs::symlink(dir.join("missing"), dir.join(".sourceignore")).unwrap();
        std::os::unix::fs::symlink(dir.join("shared"), dir.join("z")).unwrap();
        let ps = load_ignore_patterns(&dir, &[]).unwrap();
        assert_eq!(listed(&ps), vec![("inside.txt".to_owned(), vec!["x".to_owned()])]);
        fs::remove_dir_all(dir).unwrap();
        fs::remove_dir_all(outside).unwrap();
    }

    #[test]
    fn without_user_patterns_the_default_exclusions_apply() {
        let dir = temp_tree(&[("deploy/app.yaml", "kind: x")]);
        let ignore = Ignore::for_tree(&dir, None).unwrap();
        assert!(ignore.is_ignored(".git", true));
        assert!(ignore.is_ignored(".git/config", false));
        assert!(ignore.is_ignored("docs/logo.png", false));
        assert!(ignore.is_ignored(".github", true));
        assert!(ignore.is_ignored("sub/.sops.yaml", false));
        assert!(!ignore.is_ignored("deploy/app.yaml", false));
        assert!(!ignore.is_ignored("", true));
        assert!(!ignore.is_ignored(".", true));
        assert_eq!(
            Ignore::for_tree(&dir, Some("# only comments\n\n")).unwrap(),
            Ignore::default()
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn user_patterns_replace_the_default_exclusions_but_not_the_vcs_ones() {
        let dir = temp_tree(&[(".sourceignore", "/drafts/\n"), ("apps/.sourceignore", "*.txt")]);
        let ignore = Ignore::for_tree(&dir, Some("!apps/keep.txt\nsecret.yaml")).unwrap();
        assert!(ignore.is_ignored(".git/HEAD", false));
        assert!(ignore.is_ignored(".gitignore", false));
        assert!(!ignore.is_ignored("docs/logo.png", false), "defaults no longer apply");
        assert!(ignore.is_ignored("drafts", true));
        assert!(ignore.is_ignored("./drafts/a.yaml", false));
        assert!(!ignore.is_ignored("other/drafts", false));
        assert!(ignore.is_ignored("apps/notes.txt", false));
        assert!(
            !ignore.is_ignored("notes.txt", false),
            "apps/.sourceignore is scoped to apps/"
        );
        assert!(!ignore.is_ignored("apps/keep.txt", false), "spec.ignore comes last");
        assert!(ignore.is_ignored("a/b/secret.yaml", false));
        fs::remove_dir_all(dir).unwrap();
    }
}
