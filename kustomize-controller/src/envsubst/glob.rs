//! Shell-style pattern matching for the `#`, `##`, `%` and `%%` operators, with the semantics
//! of fluxcd/pkg `envsubst/path` (Go's `path.Match` changed so that `*` also matches `/`).
//!
//! Entry point: [`matches`]. Patterns: `*` any sequence, `?` any one character, `[...]`
//! classes with ranges and `^` negation, `\c` a literal `c`. Works on bytes as Go does (a
//! character is decoded where the pattern needs one, literals compare byte by byte).

use super::parse::decode_rune;

/// A malformed pattern (upstream's `ErrBadPattern`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPattern;

/// Reports whether `name` matches all of `pattern`.
pub fn matches(pattern: &[u8], name: &[u8]) -> Result<bool, BadPattern> {
    let mut pattern = pattern;
    let mut name = name;
    'pattern: while !pattern.is_empty() {
        let (star, chunk, rest) = scan_chunk(pattern);
        pattern = rest;
        if star && chunk.is_empty() {
            // A trailing star matches the rest, slashes included.
            return Ok(true);
        }
        let (matched, err) = match_chunk(chunk, name);
        if let Some(t) = matched
            && (t.is_empty() || !pattern.is_empty())
        {
            name = t;
            continue;
        }
        if let Some(err) = err {
            return Err(err);
        }
        if star {
            for i in 0..name.len() {
                let (matched, err) = match_chunk(chunk, &name[i + 1..]);
                if let Some(t) = matched {
                    // The last chunk must exhaust the name.
                    if pattern.is_empty() && !t.is_empty() {
                        continue;
                    }
                    name = t;
                    continue 'pattern;
                }
                if let Some(err) = err {
                    return Err(err);
                }
            }
        }
        return Ok(false);
    }
    Ok(name.is_empty())
}

/// Splits off the next chunk: leading stars, then everything up to the next star outside a
/// class.
fn scan_chunk(pattern: &[u8]) -> (bool, &[u8], &[u8]) {
    let mut pattern = pattern;
    let mut star = false;
    while let Some((b'*', rest)) = pattern.split_first() {
        pattern = rest;
        star = true;
    }
    let mut in_range = false;
    let mut i = 0;
    while i < pattern.len() {
        match pattern[i] {
            b'\\' if i + 1 < pattern.len() => i += 1,
            b'[' => in_range = true,
            b']' => in_range = false,
            b'*' if !in_range => break,
            _ => {}
        }
        i += 1;
    }
    (star, &pattern[..i], &pattern[i..])
}

/// Matches `chunk` (no stars) against the start of `s`: the rest of `s` on a match, and an
/// error when the pattern turned out malformed (both can be absent).
fn match_chunk<'a>(chunk: &[u8], s: &'a [u8]) -> (Option<&'a [u8]>, Option<BadPattern>) {
    let mut chunk = chunk;
    let mut s = s;
    while let Some(&c) = chunk.first() {
        if s.is_empty() {
            return (None, None);
        }
        match c {
            b'[' => {
                let (r, n) = decode_rune(s);
                s = &s[n..];
                chunk = &chunk[1..];
                let mut negated = false;
                if chunk.first() == Some(&b'^') {
                    negated = true;
                    chunk = &chunk[1..];
                }
                let mut matched = false;
                let mut ranges = 0;
                loop {
                    if chunk.first() == Some(&b']') && ranges > 0 {
                        chunk = &chunk[1..];
                        break;
                    }
                    let (lo, rest) = match get_esc(chunk) {
                        Ok(v) => v,
                        Err(err) => return (None, Some(err)),
                    };
                    chunk = rest;
                    let mut hi = lo;
                    if chunk.first() == Some(&b'-') {
                        let (h, rest) = match get_esc(&chunk[1..]) {
                            Ok(v) => v,
                            Err(err) => return (None, Some(err)),
                        };
                        hi = h;
                        chunk = rest;
                    }
                    if lo <= r && r <= hi {
                        matched = true;
                    }
                    ranges += 1;
                }
                if matched == negated {
                    return (None, None);
                }
            }
            b'?' => {
                let (_, n) = decode_rune(s);
                s = &s[n..];
                chunk = &chunk[1..];
            }
            _ => {
                if c == b'\\' {
                    chunk = &chunk[1..];
                    if chunk.is_empty() {
                        return (None, Some(BadPattern));
                    }
                }
                if chunk[0] != s[0] {
                    return (None, None);
                }
                s = &s[1..];
                chunk = &chunk[1..];
            }
        }
    }
    (Some(s), None)
}

/// Reads a possibly escaped character of a class.
fn get_esc(chunk: &[u8]) -> Result<(char, &[u8]), BadPattern> {
    let mut chunk = chunk;
    match chunk.first() {
        None | Some(b'-') | Some(b']') => return Err(BadPattern),
        Some(b'\\') => {
            chunk = &chunk[1..];
            if chunk.is_empty() {
                return Err(BadPattern);
            }
        }
        _ => {}
    }
    let (r, n) = decode_rune(chunk);
    if r == char::REPLACEMENT_CHARACTER && n == 1 {
        return Err(BadPattern);
    }
    let rest = &chunk[n..];
    if rest.is_empty() {
        return Err(BadPattern);
    }
    Ok((r, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, name: &str) -> Result<bool, BadPattern> {
        matches(pattern.as_bytes(), name.as_bytes())
    }

    #[test]
    fn star_matches_slashes() {
        assert_eq!(m("*/", "/path/"), Ok(true));
        assert_eq!(m("a*c", "a/b/c"), Ok(true));
        assert_eq!(m("*", "a/b"), Ok(true));
    }

    #[test]
    fn classes_and_escapes() {
        assert_eq!(m("[a-c]x", "bx"), Ok(true));
        assert_eq!(m("[^a-c]x", "bx"), Ok(false));
        assert_eq!(m("\\*", "*"), Ok(true));
        assert_eq!(m("?.txt", "é.txt"), Ok(true));
        assert_eq!(m("[", "a"), Err(BadPattern));
        assert_eq!(m("\\", "a"), Err(BadPattern));
        // The name runs out before the dangling escape is seen.
        assert_eq!(m("a\\", "a"), Ok(false));
    }
}
