//! Prerelease and build-metadata identifiers: validation and prerelease precedence.
//!
//! Both are `.`-separated lists of non-empty identifiers made of `[0-9A-Za-z-]`. A
//! prerelease identifier made only of digits must not have a leading zero; metadata has no
//! such rule (`+build.01` is fine).

use std::cmp::Ordering;

use crate::error::Error;
use crate::syntax::is_ident_byte;

/// Checks a prerelease (the text after `-`, without the hyphen).
///
/// Returns [`Error::InvalidPrerelease`] for an empty identifier or a character outside
/// `[0-9A-Za-z-]`, and [`Error::SegmentStartsZero`] for an all-digit identifier with a
/// leading zero (`alpha.01`). `0abc` and `0-1` are fine: they are not all digits.
pub fn validate_prerelease(prerelease: &str) -> Result<(), Error> {
    for identifier in prerelease.split('.') {
        let bytes = identifier.as_bytes();
        if bytes.is_empty() {
            return Err(Error::InvalidPrerelease);
        }
        if bytes.iter().all(u8::is_ascii_digit) {
            if bytes.len() > 1 && bytes.first() == Some(&b'0') {
                return Err(Error::SegmentStartsZero);
            }
        } else if !bytes.iter().all(|&b| is_ident_byte(b)) {
            return Err(Error::InvalidPrerelease);
        }
    }
    Ok(())
}

/// Checks build metadata (the text after `+`, without the plus).
///
/// Returns [`Error::InvalidMetadata`] for an empty identifier or a character outside
/// `[0-9A-Za-z-]`.
pub fn validate_metadata(metadata: &str) -> Result<(), Error> {
    let valid = metadata
        .split('.')
        .all(|identifier| !identifier.is_empty() && identifier.bytes().all(is_ident_byte));
    if valid { Ok(()) } else { Err(Error::InvalidMetadata) }
}

/// Reads an identifier as a number the way Go's `strconv.ParseUint(s, 10, 64)` would:
/// only digits, and only if the value fits in 64 bits. Anything else is alphanumeric.
fn as_number(identifier: &str) -> Option<u64> {
    if identifier.bytes().all(|b| b.is_ascii_digit()) {
        identifier.parse().ok()
    } else {
        None
    }
}

/// Orders two prerelease identifiers; an empty one stands for "no identifier here".
fn compare_identifier(left: &str, right: &str) -> Ordering {
    if left == right {
        return Ordering::Equal;
    }
    if left.is_empty() {
        return Ordering::Less;
    }
    if right.is_empty() {
        return Ordering::Greater;
    }
    match (as_number(left), as_number(right)) {
        (Some(l), Some(r)) => l.cmp(&r),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => left.as_bytes().cmp(right.as_bytes()),
    }
}

/// Orders two prereleases by precedence (`""` has fewer identifiers than any other).
///
/// Identifiers are compared left to right: numbers numerically, others by ASCII bytes, a
/// number before any alphanumeric identifier. When all shared identifiers are equal the
/// prerelease with more identifiers is greater. A digit string too large for 64 bits counts
/// as alphanumeric, as in Masterminds.
pub(crate) fn compare_prerelease(left: &str, right: &str) -> Ordering {
    let mut left_ids = left.split('.');
    let mut right_ids = right.split('.');
    loop {
        match (left_ids.next(), right_ids.next()) {
            (None, None) => return Ordering::Equal,
            (l, r) => {
                let order = compare_identifier(l.unwrap_or(""), r.unwrap_or(""));
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_identifiers_sort_before_alphanumeric_ones() {
        assert_eq!(compare_prerelease("beta.4", "beta.-2"), Ordering::Less);
        assert_eq!(compare_prerelease("beta.-2", "beta.-3"), Ordering::Less);
        assert_eq!(compare_prerelease("beta.10", "beta.9"), Ordering::Greater);
    }

    #[test]
    fn more_identifiers_win_when_the_shared_ones_are_equal() {
        assert_eq!(compare_prerelease("beta", "beta.2"), Ordering::Less);
        assert_eq!(compare_prerelease("beta.foo", "beta"), Ordering::Greater);
    }

    #[test]
    fn digit_strings_beyond_64_bits_compare_as_text() {
        assert_eq!(compare_prerelease("99999999999999999999", "5"), Ordering::Greater);
        assert_eq!(compare_prerelease("99999999999999999999", "a"), Ordering::Less);
    }

    #[test]
    fn prerelease_numbers_must_not_have_leading_zeros_but_metadata_may() {
        assert_eq!(validate_prerelease("alpha.01"), Err(Error::SegmentStartsZero));
        assert_eq!(validate_prerelease("0abc.0-1"), Ok(()));
        assert_eq!(validate_prerelease("alpha..1"), Err(Error::InvalidPrerelease));
        assert_eq!(validate_metadata("build.01"), Ok(()));
        assert_eq!(validate_metadata(".123"), Err(Error::InvalidMetadata));
        assert_eq!(validate_metadata("meta+meta"), Err(Error::InvalidMetadata));
    }
}
