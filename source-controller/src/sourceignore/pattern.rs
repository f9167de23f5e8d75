//! One gitignore pattern as Flux parses and matches it (fluxcd/pkg `sourceignore/gitignore`,
//! itself go-git's `plumbing/format/gitignore`).
//!
//! Entry point: [`Pattern::parse`], then [`Pattern::matches`] on a path given as segments.
//!
//! Parsing: a leading `!` makes an inclusion; trailing spaces are trimmed unless the pattern
//! ends in `\ `; a trailing `/` makes the pattern directory-only; what remains is a *glob*
//! anchored at the domain root when it contains a `/` (a leading `/` changes nothing), and a
//! *simple name* compared with every path segment otherwise.
//!
//! Where Flux's matching differs from git's is listed on [`Pattern`].

use std::fmt;

use super::glob::{Malformed, SegmentGlob};

/// The outcome of matching one path against one pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchResult {
    /// The pattern says nothing about the path.
    NoMatch,
    /// The path is excluded (ignored) by the pattern.
    Exclude,
    /// The path is re-included by a `!` pattern.
    Include,
}

/// One `/`-separated piece of an anchored glob.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// An empty piece (leading `/` or `//`): skipped, and it cancels a pending `**`.
    Empty,
    /// `**`: zero or more whole path segments.
    AnyDirs,
    /// A piece that can never match: malformed, or with `**` inside a longer name.
    Never,
    /// A glob for exactly one path segment.
    Glob(SegmentGlob),
}

impl Segment {
    fn parse(piece: &str) -> Segment {
        if piece.is_empty() {
            Segment::Empty
        } else if piece == "**" {
            Segment::AnyDirs
        } else if piece.contains("**") {
            Segment::Never
        } else {
            SegmentGlob::compile(piece).map_or(Segment::Never, Segment::Glob)
        }
    }
}

/// How the pattern (after `!`, trailing spaces and a trailing `/` are removed) is matched.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// No `/`: a glob compared with each path segment.
    Name(Result<SegmentGlob, Malformed>),
    /// Contains `/`: segment globs anchored at the domain root.
    Anchored(Vec<Segment>),
}

/// A parsed gitignore pattern, scoped to the directory (the domain) it was read in.
///
/// Matching keeps Flux's behaviour where it differs from git, because the set of files in an
/// artifact (and so its digest) must be the one Flux produces:
///
/// * a glob also matches everything below a path it matches (`a/b` matches `a/b/c`), and a
///   trailing `/**` matches the directory itself;
/// * a `**` segment skips to the *first* later segment that matches the next pattern segment
///   and never backtracks (`**/a/b` does not match `a/x/a/b`);
/// * a glob made only of `**` segments (`/**`) matches nothing, and a segment with `**` inside
///   it (`**foo`) makes the whole glob match nothing;
/// * `\ ` protects only the last trailing space (`a\ ` keeps one space; in `a\  ` the spaces
///   are all trimmed and the dangling `\` makes the pattern malformed);
/// * segment globs are Go's `filepath.Match`: a class is negated by `[^…]` only (`[!…]` is a
///   class containing `!`), and there is no `[[:alpha:]]`;
/// * a malformed segment glob makes the whole pattern match nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    text: String,
    domain: Vec<String>,
    inclusion: bool,
    dir_only: bool,
    kind: Kind,
}

impl Pattern {
    /// Parses one pattern line (used verbatim: callers drop comments and blank lines), scoped
    /// to `domain`, the path segments of the directory the pattern applies in (empty: the root).
    pub fn parse(text: &str, domain: &[String]) -> Pattern {
        let mut rest = text;
        let inclusion = match rest.strip_prefix('!') {
            Some(stripped) => {
                rest = stripped;
                true
            }
            None => false,
        };
        if !rest.ends_with("\\ ") {
            rest = rest.trim_end_matches(' ');
        }
        let dir_only = match rest.strip_suffix('/') {
            Some(stripped) => {
                rest = stripped;
                true
            }
            None => false,
        };
        let kind = if rest.contains('/') {
            Kind::Anchored(rest.split('/').map(Segment::parse).collect())
        } else {
            Kind::Name(SegmentGlob::compile(rest))
        };
        Pattern {
            text: text.to_owned(),
            domain: domain.to_vec(),
            inclusion,
            dir_only,
            kind,
        }
    }

    /// Returns the pattern text exactly as it was given to [`Pattern::parse`].
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Returns the path segments of the directory this pattern is scoped to.
    pub fn domain(&self) -> &[String] {
        &self.domain
    }

    /// Tells whether this is a `!` (re-inclusion) pattern.
    pub fn is_inclusion(&self) -> bool {
        self.inclusion
    }

    /// Tells whether the pattern ended in `/` and so names directories only.
    pub fn is_dir_only(&self) -> bool {
        self.dir_only
    }

    /// Matches a path, given as its segments from the tree root, that is a directory when
    /// `is_dir`. Only paths strictly below the domain can match; the domain prefix is removed
    /// before the pattern is applied.
    pub fn matches<S: AsRef<str>>(&self, path: &[S], is_dir: bool) -> MatchResult {
        if path.len() <= self.domain.len() {
            return MatchResult::NoMatch;
        }
        if !self.domain.iter().zip(path).all(|(d, p)| d == p.as_ref()) {
            return MatchResult::NoMatch;
        }
        let rest = &path[self.domain.len()..];
        let hit = match &self.kind {
            Kind::Name(glob) => self.name_matches(glob.as_ref().ok(), rest, is_dir),
            Kind::Anchored(segments) => self.anchored_matches(segments, rest, is_dir),
        };
        match (hit, self.inclusion) {
            (false, _) => MatchResult::NoMatch,
            (true, false) => MatchResult::Exclude,
            (true, true) => MatchResult::Include,
        }
    }

    /// A simple name matches when it matches any segment; a directory-only name matching the
    /// last segment needs that segment to be a directory (a parent segment always is one).
    fn name_matches<S: AsRef<str>>(&self, glob: Option<&SegmentGlob>, path: &[S], is_dir: bool) -> bool {
        let Some(glob) = glob else {
            return false;
        };
        match path.iter().position(|segment| glob.matches(segment.as_ref())) {
            Some(index) => !(self.dir_only && !is_dir && index + 1 == path.len()),
            None => false,
        }
    }

    /// An anchored glob matches when its segments consume a prefix of the path, with at least
    /// one segment glob matched; an exact-length match of a directory-only glob needs `is_dir`.
    fn anchored_matches<S: AsRef<str>>(&self, segments: &[Segment], path: &[S], is_dir: bool) -> bool {
        let mut rest = path;
        let mut matched = false;
        let mut after_any_dirs = false;
        for (index, segment) in segments.iter().enumerate() {
            let glob = match segment {
                Segment::Empty => {
                    after_any_dirs = false;
                    continue;
                }
                Segment::AnyDirs if index + 1 == segments.len() => break,
                Segment::AnyDirs => {
                    after_any_dirs = true;
                    continue;
                }
                Segment::Never => return false,
                Segment::Glob(glob) => glob,
            };
            let Some(first) = rest.first() else {
                return false;
            };
            if after_any_dirs {
                after_any_dirs = false;
                // The first matching segment wins; there is no backtracking (see module docs).
                match rest.iter().position(|segment| glob.matches(segment.as_ref())) {
                    Some(found) => rest = &rest[found + 1..],
                    None => return false,
                }
            } else if glob.matches(first.as_ref()) {
                rest = &rest[1..];
            } else {
                return false;
            }
            matched = true;
        }
        matched && !(self.dir_only && !is_dir && rest.is_empty())
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domain(segments: &[&str]) -> Vec<String> {
        segments.iter().map(|s| (*s).to_owned()).collect()
    }

    fn check(pattern: &str, path: &str, is_dir: bool) -> MatchResult {
        let segments: Vec<&str> = path.split('/').collect();
        Pattern::parse(pattern, &[]).matches(&segments, is_dir)
    }

    use MatchResult::{Exclude, Include, NoMatch};

    #[test]
    fn negation_turns_a_match_into_an_inclusion() {
        assert_eq!(check("!vul?ano", "value/vulkano/tail", false), Include);
        assert_eq!(check("!nothing", "value/vulkano/tail", false), NoMatch);
        assert!(Pattern::parse("!x", &[]).is_inclusion());
    }

    #[test]
    fn trailing_spaces_are_trimmed_unless_escaped() {
        assert_eq!(check("value   ", "head/value", false), Exclude);
        assert_eq!(check("value\\ ", "head/value ", false), Exclude);
        assert_eq!(check("value\\ ", "head/value", false), NoMatch);
        assert_eq!(check("value\\  ", "head/value ", false), NoMatch);
        assert_eq!(check("dir/ ", "dir", true), Exclude);
        assert_eq!(check("dir/ ", "dir", false), NoMatch);
    }

    #[test]
    fn patterns_only_apply_strictly_below_their_domain() {
        let p = Pattern::parse("value", &domain(&["head", "middle"]));
        assert_eq!(p.matches(&["head", "middle", "value"], false), Exclude);
        assert_eq!(p.matches(&["head", "middle"], true), NoMatch);
        assert_eq!(p.matches(&["head", "other", "value"], false), NoMatch);
        assert_eq!(p.matches(&["value"], false), NoMatch);
        let anchored = Pattern::parse("middle/tail", &domain(&["head"]));
        assert_eq!(anchored.matches(&["head", "middle", "tail"], false), Exclude);
        assert_eq!(anchored.matches(&["middle", "tail"], false), NoMatch);
    }

    #[test]
    fn dir_only_names_match_parents_but_not_a_final_file() {
        assert_eq!(check("value/", "head/value/tail", false), Exclude);
        assert_eq!(check("value/", "head/value", true), Exclude);
        assert_eq!(check("value/", "head/value", false), NoMatch);
    }

    #[test]
    fn anchored_globs_match_from_the_root_and_everything_below() {
        assert_eq!(check("/value/vul?ano", "value/vulkano", false), Exclude);
        assert_eq!(check("value/vul?ano", "value/vulkano/tail", false), Exclude);
        assert_eq!(check("/value/volcano", "value/value/volcano", false), NoMatch);
        assert_eq!(check("value/vul?ano", "value", true), NoMatch);
        assert_eq!(check("a//b", "a/b", false), Exclude);
    }

    #[test]
    fn double_star_segments() {
        assert_eq!(check("**/b", "b", false), Exclude);
        assert_eq!(check("**/b", "a/x/b", false), Exclude);
        assert_eq!(check("a/**/b", "a/b", false), Exclude);
        assert_eq!(check("a/**/b", "a/x/y/b/c", false), Exclude);
        assert_eq!(check("a/**", "a", false), Exclude);
        assert_eq!(check("a/**", "a/x/y", false), Exclude);
        assert_eq!(check("a/**", "b/a", false), NoMatch);
        assert_eq!(
            check("**/a/b", "a/x/a/b", false),
            NoMatch,
            "no backtracking, as in Flux"
        );
        assert_eq!(
            check("/**", "a", false),
            NoMatch,
            "only `**`: matches nothing, as in Flux"
        );
        assert_eq!(check("a/**foo/b", "a/foo/b", false), NoMatch);
        assert_eq!(check("**", "anything", false), Exclude, "a simple name, like `*`");
    }

    #[test]
    fn malformed_patterns_never_match() {
        assert_eq!(check("v[ou]l[", "value/vol[", false), NoMatch);
        assert_eq!(check("**/v[ou]l[", "value/vol[", false), NoMatch);
        assert_eq!(check("!v[ou]l[", "vol[", false), NoMatch);
    }

    #[test]
    fn empty_patterns_match_nothing() {
        assert_eq!(check("", "a", false), NoMatch);
        assert_eq!(check("!", "a", false), NoMatch);
        assert_eq!(check("/", "a", true), NoMatch);
    }

    #[test]
    fn text_and_domain_are_kept_verbatim() {
        let p = Pattern::parse("!foo/  ", &domain(&["d"]));
        assert_eq!(p.text(), "!foo/  ");
        assert_eq!(p.domain(), ["d".to_owned()]);
        assert!(p.is_dir_only());
        assert_eq!(p.to_string(), "!foo/  ");
    }
}
