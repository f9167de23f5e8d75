//! One path segment's glob, with the semantics of Go's `path/filepath.Match` on Unix, which
//! Flux's gitignore patterns use for every segment.
//!
//! Entry point: [`SegmentGlob::compile`], then [`SegmentGlob::matches`].
//!
//! Syntax: `*` matches any run of characters other than `/`, `?` one character other than `/`,
//! `[…]` one character from a class (`[^…]` negates it; `!` is an ordinary character, unlike
//! fnmatch), `lo-hi` ranges inside a class, and `\c` the character `c`, inside and outside a
//! class. Matching is case-sensitive and per character (not per byte).
//!
//! A malformed pattern (an unclosed or empty class, a range with a missing end, a trailing
//! `\`) is rejected at compile time; Go reports such a pattern as an error on every match
//! attempt, and Flux treats that error as "no match", so callers treat it as never matching.

/// Marks a glob that Go's `filepath.Match` would reject with `ErrBadPattern`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Malformed;

/// One unit of a compiled glob: everything but [`Token::Star`] consumes exactly one character.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// The character itself.
    Literal(char),
    /// `?`: any character but `/`.
    AnyChar,
    /// `*` (runs of stars collapse into one): any run of characters but `/`.
    Star,
    /// `[…]`: a character inside (or, when negated, outside) one of the inclusive ranges.
    Class { negated: bool, ranges: Vec<(char, char)> },
}

impl Token {
    fn accepts(&self, c: char) -> bool {
        match self {
            Token::Literal(l) => *l == c,
            Token::AnyChar => c != '/',
            Token::Star => false,
            Token::Class { negated, ranges } => ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated,
        }
    }
}

/// A compiled glob for a single path segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SegmentGlob {
    tokens: Vec<Token>,
    /// The text to compare with when the glob has no wildcard at all (the common case).
    exact: Option<String>,
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

impl SegmentGlob {
    /// Compiles `pattern`, or reports it malformed.
    pub(crate) fn compile(pattern: &str) -> Result<Self, Malformed> {
        let mut tokens = Vec::new();
        let mut chars = pattern.chars().peekable();
        while let Some(c) = chars.next() {
            let token = match c {
                '*' if tokens.last() == Some(&Token::Star) => continue,
                '*' => Token::Star,
                '?' => Token::AnyChar,
                '\\' => Token::Literal(chars.next().ok_or(Malformed)?),
                '[' => parse_class(&mut chars)?,
                other => Token::Literal(other),
            };
            tokens.push(token);
        }
        let exact = tokens
            .iter()
            .map(|t| match t {
                Token::Literal(c) => Some(*c),
                _ => None,
            })
            .collect::<Option<String>>();
        Ok(SegmentGlob { tokens, exact })
    }

    /// Tells whether `name` matches the whole glob.
    pub(crate) fn matches(&self, name: &str) -> bool {
        if let Some(exact) = &self.exact {
            return exact == name;
        }
        // Classic wildcard matching: every token but `*` takes one character, so on a
        // mismatch it is enough to let the most recent `*` take one more character.
        let tokens = &self.tokens;
        let (mut t, mut s) = (0usize, 0usize);
        let mut last_star: Option<(usize, usize)> = None;
        loop {
            if let Some(token) = tokens.get(t) {
                if *token == Token::Star {
                    last_star = Some((t, s));
                    t += 1;
                    continue;
                }
                if let Some(c) = name[s..].chars().next()
                    && token.accepts(c)
                {
                    t += 1;
                    s += c.len_utf8();
                    continue;
                }
            } else if s == name.len() {
                return true;
            }
            let Some((star_t, star_s)) = last_star else {
                return false;
            };
            match name[star_s..].chars().next() {
                Some(c) if c != '/' => {
                    let next = star_s + c.len_utf8();
                    last_star = Some((star_t, next));
                    t = star_t + 1;
                    s = next;
                }
                _ => return false,
            }
        }
    }
}

/// Parses a class after its `[`, up to and including the closing `]`.
fn parse_class(chars: &mut Chars<'_>) -> Result<Token, Malformed> {
    let negated = chars.next_if_eq(&'^').is_some();
    let mut ranges = Vec::new();
    loop {
        if !ranges.is_empty() && chars.next_if_eq(&']').is_some() {
            return Ok(Token::Class { negated, ranges });
        }
        let lo = class_char(chars)?;
        let hi = if chars.next_if_eq(&'-').is_some() {
            class_char(chars)?
        } else {
            lo
        };
        ranges.push((lo, hi));
    }
}

/// Reads one (possibly escaped) class character; like Go, a bare `-` or `]` here, or a class
/// that ends right after the character, is malformed.
fn class_char(chars: &mut Chars<'_>) -> Result<char, Malformed> {
    let c = match chars.next() {
        None | Some('-') | Some(']') => return Err(Malformed),
        Some('\\') => chars.next().ok_or(Malformed)?,
        Some(c) => c,
    };
    if chars.peek().is_none() {
        return Err(Malformed);
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, name: &str) -> bool {
        SegmentGlob::compile(pattern).map(|g| g.matches(name)).unwrap_or(false)
    }

    fn malformed(pattern: &str) -> bool {
        SegmentGlob::compile(pattern).is_err()
    }

    #[test]
    fn literals_match_only_themselves_case_sensitively() {
        assert!(m("value", "value"));
        assert!(!m("value", "Value"));
        assert!(!m("val", "value"));
        assert!(!m("", "value"));
        assert!(m("", ""));
    }

    #[test]
    fn star_matches_any_run_including_empty() {
        assert!(m("*", ""));
        assert!(m("*", "anything"));
        assert!(m("v*o", "volcano"));
        assert!(m("v*o", "vo"));
        assert!(!m("v*o", "volcanos"));
        assert!(m("*.tar.gz", "archive.tar.gz"));
        assert!(!m("*.tar.gz", "archive.tar.gzip"));
        assert!(m("a*b*c", "aXXbYYbZZc"));
        assert!(m("**", "double"));
        assert!(m("**foo", "xfoo"));
        assert!(!m("*", "a/b"));
    }

    #[test]
    fn question_mark_matches_one_character() {
        assert!(m("vul?ano", "vulkano"));
        assert!(!m("vul?ano", "vulano"));
        assert!(m("?", "é"));
        assert!(!m("??", "é"));
        assert!(!m("?", "/"));
    }

    #[test]
    fn classes_ranges_and_negation() {
        assert!(m("v[ou]l[kc]ano", "volcano"));
        assert!(m("v[ou]l[kc]ano", "vulkano"));
        assert!(!m("v[ou]l[kc]ano", "valcano"));
        assert!(m("[a-c]x", "bx"));
        assert!(!m("[a-c]x", "dx"));
        assert!(m("[^a-c]x", "dx"));
        assert!(!m("[^a-c]x", "ax"));
        assert!(m("[!a]", "!"), "`!` is literal in Go classes");
        assert!(!m("[!a]", "b"));
        assert!(m("[\\]]", "]"));
        assert!(m("[\\-]", "-"));
        assert!(m("[*]", "*"));
        assert!(!m("[*]", "x"));
        assert!(m("[[]", "["));
        assert!(!m("[z-a]", "m"), "an inverted range is empty, not malformed");
    }

    #[test]
    fn escapes_make_characters_literal() {
        assert!(m("\\*", "*"));
        assert!(!m("\\*", "x"));
        assert!(m("foo\\ ", "foo "));
        assert!(m("\\#file", "#file"));
        assert!(m("\\!file", "!file"));
    }

    #[test]
    fn malformed_patterns_are_rejected() {
        assert!(malformed("v[ou]l["));
        assert!(malformed("[]"));
        assert!(malformed("[]a]"));
        assert!(malformed("[^]"));
        assert!(malformed("[-a]"));
        assert!(malformed("[a-]"));
        assert!(malformed("[a-"));
        assert!(malformed("[a"));
        assert!(malformed("foo\\"));
        assert!(malformed("[\\"));
        assert!(!malformed("[a]]"));
        assert!(m("[a]]", "a]"));
    }
}
