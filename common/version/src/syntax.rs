//! Lexical scanning shared by the version and constraint parsers.
//!
//! Masterminds describes both a loose version (`v1.2-beta+build`) and the version inside a
//! constraint (`1.x`, `*-0`) with the same shape: an optional `v`, one to three dot-separated
//! parts, an optional `-prerelease` and an optional `+metadata`. Only the characters allowed
//! in a part differ. [`scan_shape`] reads that shape greedily from a position; because every
//! optional piece starts with its own delimiter, the greedy reading is the longest possible
//! one, which is what the anchored and searching uses of the shape need.

/// Reports whether a byte is whitespace as Go's regular expressions define `\s`
/// (space, tab, newline, form feed, carriage return; not vertical tab).
pub(crate) fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

/// Reports whether a byte may appear in a prerelease or metadata identifier.
pub(crate) fn is_ident_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-'
}

/// Reports whether a byte may appear in a numeric part of a plain version.
pub(crate) fn is_digit(byte: u8) -> bool {
    byte.is_ascii_digit()
}

/// Reports whether a byte may appear in a part of a constraint's version.
///
/// Masterminds' character class is `[0-9|x|X|\*]`, which (by accident) includes `|`.
pub(crate) fn is_constraint_part_byte(byte: u8) -> bool {
    byte.is_ascii_digit() || matches!(byte, b'|' | b'x' | b'X' | b'*')
}

/// Returns the index after the run of bytes from `at` that satisfy `pred`.
pub(crate) fn run_end(bytes: &[u8], at: usize, pred: fn(u8) -> bool) -> usize {
    let mut end = at;
    while bytes.get(end).is_some_and(|&b| pred(b)) {
        end += 1;
    }
    end
}

/// Returns the index after the whitespace run starting at `at`.
pub(crate) fn skip_space(bytes: &[u8], at: usize) -> usize {
    run_end(bytes, at, is_space)
}

/// A version-shaped piece of text, split into its pieces (delimiters removed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shape<'a> {
    /// The whole matched text, including any `v`.
    pub text: &'a str,
    /// The first part.
    pub major: &'a str,
    /// The second part, without its dot.
    pub minor: Option<&'a str>,
    /// The third part, without its dot.
    pub patch: Option<&'a str>,
    /// The prerelease, without its hyphen.
    pub prerelease: Option<&'a str>,
    /// The build metadata, without its plus.
    pub metadata: Option<&'a str>,
    /// The index just after the matched text.
    pub end: usize,
}

/// Returns the end of a `.`-separated list of non-empty identifiers starting at `at`,
/// or `None` if there is not even one identifier there.
fn dotted_identifiers_end(bytes: &[u8], at: usize) -> Option<usize> {
    let mut end = run_end(bytes, at, is_ident_byte);
    if end == at {
        return None;
    }
    while bytes.get(end) == Some(&b'.') {
        let next = run_end(bytes, end + 1, is_ident_byte);
        if next == end + 1 {
            break;
        }
        end = next;
    }
    Some(end)
}

/// Reads a `delimiter part` piece (a dot and a non-empty part) at `at`, if there is one.
fn delimited_part(bytes: &[u8], at: usize, part: fn(u8) -> bool) -> Option<usize> {
    if bytes.get(at) != Some(&b'.') {
        return None;
    }
    let end = run_end(bytes, at + 1, part);
    (end > at + 1).then_some(end)
}

/// Reads the longest version shape starting exactly at `start`, with parts made of bytes
/// accepted by `part`. Returns `None` when no shape starts there.
pub(crate) fn scan_shape(input: &str, start: usize, part: fn(u8) -> bool) -> Option<Shape<'_>> {
    let bytes = input.as_bytes();
    let mut pos = start;
    if bytes.get(pos) == Some(&b'v') && bytes.get(pos + 1).is_some_and(|&b| part(b)) {
        pos += 1;
    }
    let major_start = pos;
    pos = run_end(bytes, pos, part);
    if pos == major_start {
        return None;
    }
    let major = input.get(major_start..pos)?;

    let mut numbers = [None, None];
    for slot in &mut numbers {
        match delimited_part(bytes, pos, part) {
            Some(end) => {
                *slot = Some(input.get(pos + 1..end)?);
                pos = end;
            }
            None => break,
        }
    }
    let [minor, patch] = numbers;

    let mut prerelease = None;
    if bytes.get(pos) == Some(&b'-')
        && let Some(end) = dotted_identifiers_end(bytes, pos + 1)
    {
        prerelease = Some(input.get(pos + 1..end)?);
        pos = end;
    }
    let mut metadata = None;
    if bytes.get(pos) == Some(&b'+')
        && let Some(end) = dotted_identifiers_end(bytes, pos + 1)
    {
        metadata = Some(input.get(pos + 1..end)?);
        pos = end;
    }

    Some(Shape {
        text: input.get(start..pos)?,
        major,
        minor,
        patch,
        prerelease,
        metadata,
        end: pos,
    })
}

/// Reads a version shape that must span all of `input`.
pub(crate) fn scan_whole(input: &str, part: fn(u8) -> bool) -> Option<Shape<'_>> {
    scan_shape(input, 0, part).filter(|shape| shape.end == input.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_shape_is_split_into_its_pieces() {
        let shape = scan_whole("v1.2.3-beta.1+build.7", is_digit);
        assert_eq!(
            shape.map(|s| (s.major, s.minor, s.patch, s.prerelease, s.metadata)),
            Some(("1", Some("2"), Some("3"), Some("beta.1"), Some("build.7")))
        );
    }

    #[test]
    fn a_trailing_dot_or_hyphen_is_not_part_of_the_shape() {
        assert_eq!(scan_shape("1.2.", 0, is_digit).map(|s| s.end), Some(3));
        assert_eq!(scan_shape("1-a.", 0, is_digit).map(|s| s.end), Some(3));
        assert!(scan_whole("1.2.3.4", is_digit).is_none());
    }

    #[test]
    fn a_lone_v_is_not_a_shape() {
        assert!(scan_shape("v", 0, is_digit).is_none());
        assert!(scan_shape("vx", 0, is_digit).is_none());
        assert!(scan_shape("vx", 0, is_constraint_part_byte).is_some());
    }
}
