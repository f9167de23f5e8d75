//! [`Version`]: a semantic version parsed the way Masterminds/semver v3 parses it.
//!
//! [`Version::parse`] is Masterminds' `NewVersion` with its default coercion: a leading `v`,
//! missing minor/patch (`1.2` is `1.2.0`) and leading zeros in the numbers (`01.1.1`) are
//! accepted. [`Version::parse_strict`] is `StrictNewVersion`: exactly `X.Y.Z[-pre][+meta]`.
//! [`Version::parse_with`] exposes the non-coercing `NewVersion` as well. Ordering follows
//! semver precedence and ignores build metadata, so `1.2.0+a == 1.2.0+b`.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use crate::error::Error;
use crate::identifiers::{compare_prerelease, validate_metadata, validate_prerelease};
use crate::syntax::{Shape, is_digit, scan_whole};

/// Options for [`Version::parse_with`], Masterminds' package-level switches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Accepts leading zeros in the numeric parts (`CoerceNewVersion`, default `true`).
    /// When `false`, numbers must be canonical, as must prerelease numbers.
    pub coerce: bool,
    /// When not coercing, reports why a version was rejected instead of always
    /// [`Error::InvalidSemVer`] (`DetailedNewVersionErrors`, default `true`).
    pub detailed_errors: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        Self {
            coerce: true,
            detailed_errors: true,
        }
    }
}

/// A semantic version, remembering the text it was parsed from.
///
/// Equality, ordering and hashing use precedence only: major, minor, patch, then
/// prerelease (a release is greater than its prereleases). Build metadata and the
/// original text are ignored.
#[derive(Debug, Clone)]
pub struct Version {
    major: u64,
    minor: u64,
    patch: u64,
    prerelease: String,
    metadata: String,
    original: String,
}

/// Which part [`Version`]'s increment methods bump; named in overflow errors.
#[derive(Clone, Copy)]
enum Part {
    Major,
    Minor,
    Patch,
}

impl Part {
    fn name(self) -> &'static str {
        match self {
            Part::Major => "major",
            Part::Minor => "minor",
            Part::Patch => "patch",
        }
    }
}

/// Parses a run of digits as a 64-bit number.
fn number(digits: &str) -> Result<u64, Error> {
    digits.parse().map_err(|_| Error::SegmentOutOfRange {
        segment: digits.to_owned(),
    })
}

/// Reports whether a run of digits has a leading zero (`0` alone is fine).
fn has_leading_zero(digits: &str) -> bool {
    digits.len() > 1 && digits.starts_with('0')
}

impl Version {
    /// Creates the release `major.minor.patch`; its original text is its canonical form.
    pub fn new(major: u64, minor: u64, patch: u64) -> Self {
        let mut version = Self {
            major,
            minor,
            patch,
            prerelease: String::new(),
            metadata: String::new(),
            original: String::new(),
        };
        version.original = version.to_string();
        version
    }

    /// Parses a version leniently, as Masterminds' `NewVersion` does by default.
    ///
    /// Accepts an optional leading `v`, one to three numeric parts (missing ones are 0),
    /// leading zeros in those parts, and optional `-prerelease` and `+metadata`. The text is
    /// not trimmed. Prerelease identifiers are still validated (`1.2.3-beta.01` fails).
    pub fn parse(text: &str) -> Result<Self, Error> {
        Self::parse_with(text, ParseOptions::default())
    }

    /// Parses a version as Masterminds' `NewVersion` does under the given switches.
    ///
    /// With `coerce` off, missing minor/patch and a leading `v` are still accepted, but
    /// numbers must not have leading zeros.
    pub fn parse_with(text: &str, options: ParseOptions) -> Result<Self, Error> {
        let shape = scan_whole(text, is_digit);
        if options.coerce {
            return Self::from_shape(shape.ok_or(Error::InvalidSemVer)?, text);
        }
        if let Some(shape) = shape
            && Self::is_canonical(&shape)
        {
            return Self::from_shape(shape, text);
        }
        if !options.detailed_errors {
            return Err(Error::InvalidSemVer);
        }
        Err(shape.map_or(Error::InvalidSemVer, |shape| {
            Self::diagnose(&shape).err().unwrap_or(Error::InvalidSemVer)
        }))
    }

    /// Parses a version strictly, as Masterminds' `StrictNewVersion` does.
    ///
    /// Requires exactly `MAJOR.MINOR.PATCH[-prerelease][+metadata]`: no `v`, no missing
    /// parts, no leading zeros.
    pub fn parse_strict(text: &str) -> Result<Self, Error> {
        if text.is_empty() {
            return Err(Error::EmptyString);
        }
        let mut parts = text.splitn(3, '.');
        let (Some(major), Some(minor), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(Error::InvalidSemVer);
        };

        let (rest, metadata) = match rest.split_once('+') {
            Some((rest, metadata)) => {
                validate_metadata(metadata)?;
                (rest, metadata)
            }
            None => (rest, ""),
        };
        let (patch, prerelease) = match rest.split_once('-') {
            Some((patch, prerelease)) => {
                validate_prerelease(prerelease)?;
                (patch, prerelease)
            }
            None => (rest, ""),
        };

        for digits in [major, minor, patch] {
            if !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::InvalidCharacters);
            }
            if has_leading_zero(digits) {
                return Err(Error::SegmentStartsZero);
            }
        }
        let whole_number = |digits: &str| {
            if digits.is_empty() {
                Err(Error::InvalidSemVer)
            } else {
                number(digits)
            }
        };

        Ok(Self {
            major: whole_number(major)?,
            minor: whole_number(minor)?,
            patch: whole_number(patch)?,
            prerelease: prerelease.to_owned(),
            metadata: metadata.to_owned(),
            original: text.to_owned(),
        })
    }

    /// Reports whether a loose shape also satisfies the canonical (non-coercing) grammar.
    fn is_canonical(shape: &Shape<'_>) -> bool {
        let numbers_ok = [Some(shape.major), shape.minor, shape.patch]
            .into_iter()
            .flatten()
            .all(|digits| !has_leading_zero(digits));
        numbers_ok && shape.prerelease.is_none_or(|p| validate_prerelease(p).is_ok())
    }

    /// Finds the first specific reason a loose shape is not a canonical version.
    fn diagnose(shape: &Shape<'_>) -> Result<(), Error> {
        for digits in [Some(shape.major), shape.minor, shape.patch].into_iter().flatten() {
            if has_leading_zero(digits) {
                return Err(Error::SegmentStartsZero);
            }
            number(digits)?;
        }
        if let Some(prerelease) = shape.prerelease {
            validate_prerelease(prerelease)?;
        }
        if let Some(metadata) = shape.metadata {
            validate_metadata(metadata)?;
        }
        Ok(())
    }

    /// Builds a version from a loose shape, filling missing parts with 0.
    fn from_shape(shape: Shape<'_>, original: &str) -> Result<Self, Error> {
        let major = number(shape.major)?;
        let minor = shape.minor.map_or(Ok(0), number)?;
        let patch = shape.patch.map_or(Ok(0), number)?;
        if let Some(prerelease) = shape.prerelease {
            validate_prerelease(prerelease)?;
        }
        if let Some(metadata) = shape.metadata {
            validate_metadata(metadata)?;
        }
        Ok(Self {
            major,
            minor,
            patch,
            prerelease: shape.prerelease.unwrap_or_default().to_owned(),
            metadata: shape.metadata.unwrap_or_default().to_owned(),
            original: original.to_owned(),
        })
    }

    /// Returns the major number.
    pub fn major(&self) -> u64 {
        self.major
    }

    /// Returns the minor number.
    pub fn minor(&self) -> u64 {
        self.minor
    }

    /// Returns the patch number.
    pub fn patch(&self) -> u64 {
        self.patch
    }

    /// Returns the prerelease without its hyphen, or `""` for a release.
    pub fn prerelease(&self) -> &str {
        &self.prerelease
    }

    /// Returns the build metadata without its plus, or `""`.
    pub fn metadata(&self) -> &str {
        &self.metadata
    }

    /// Returns whether this is a prerelease.
    pub fn is_prerelease(&self) -> bool {
        !self.prerelease.is_empty()
    }

    /// Returns the text the version was parsed from, verbatim (`v1.2` stays `v1.2`).
    ///
    /// Flux reports image tags and chart versions by this text.
    pub fn original(&self) -> &str {
        &self.original
    }

    /// Returns whether the original text starts with a lowercase `v`.
    pub fn has_v_prefix(&self) -> bool {
        self.original.starts_with('v')
    }

    /// Rebuilds the original text from the canonical form, keeping a `v` prefix.
    fn with_original_from(mut self, source: &Version) -> Self {
        let prefix = if source.has_v_prefix() { "v" } else { "" };
        self.original = format!("{prefix}{self}");
        self
    }

    /// Returns the next version when bumping `part`, or an overflow error.
    fn bump(&self, part: Part) -> Result<Self, Error> {
        let overflow = || Error::IncrementOverflow { part: part.name() };
        let mut next = self.clone();
        next.metadata.clear();
        match part {
            Part::Patch if self.is_prerelease() => {}
            Part::Patch => next.patch = self.patch.checked_add(1).ok_or_else(overflow)?,
            Part::Minor => {
                next.minor = self.minor.checked_add(1).ok_or_else(overflow)?;
                next.patch = 0;
            }
            Part::Major => {
                next.major = self.major.checked_add(1).ok_or_else(overflow)?;
                next.minor = 0;
                next.patch = 0;
            }
        }
        next.prerelease.clear();
        Ok(next.with_original_from(self))
    }

    /// Returns the next patch version, dropping prerelease and metadata.
    ///
    /// A prerelease becomes its release (`1.2.3-beta` → `1.2.3`); a release gets patch + 1.
    /// A `v` prefix of the original text is kept in the result's [`original`](Self::original).
    pub fn inc_patch(&self) -> Result<Self, Error> {
        self.bump(Part::Patch)
    }

    /// Returns the next minor version (`1.2.3` → `1.3.0`), dropping prerelease and metadata.
    pub fn inc_minor(&self) -> Result<Self, Error> {
        self.bump(Part::Minor)
    }

    /// Returns the next major version (`1.2.3` → `2.0.0`), dropping prerelease and metadata.
    pub fn inc_major(&self) -> Result<Self, Error> {
        self.bump(Part::Major)
    }

    /// Returns a copy with the given prerelease (`""` removes it).
    pub fn set_prerelease(&self, prerelease: &str) -> Result<Self, Error> {
        if !prerelease.is_empty() {
            validate_prerelease(prerelease)?;
        }
        let mut next = self.clone();
        prerelease.clone_into(&mut next.prerelease);
        Ok(next.with_original_from(self))
    }

    /// Returns a copy with the given build metadata (`""` removes it).
    pub fn set_metadata(&self, metadata: &str) -> Result<Self, Error> {
        if !metadata.is_empty() {
            validate_metadata(metadata)?;
        }
        let mut next = self.clone();
        metadata.clone_into(&mut next.metadata);
        Ok(next.with_original_from(self))
    }
}

impl fmt::Display for Version {
    /// Writes the canonical form, `MAJOR.MINOR.PATCH[-pre][+meta]`, without any `v`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.prerelease.is_empty() {
            write!(f, "-{}", self.prerelease)?;
        }
        if !self.metadata.is_empty() {
            write!(f, "+{}", self.metadata)?;
        }
        Ok(())
    }
}

impl FromStr for Version {
    type Err = Error;

    /// Parses leniently, like [`Version::parse`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        let numbers = (self.major, self.minor, self.patch).cmp(&(other.major, other.minor, other.patch));
        if numbers != Ordering::Equal {
            return numbers;
        }
        match (self.prerelease.is_empty(), other.prerelease.is_empty()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => compare_prerelease(&self.prerelease, &other.prerelease),
        }
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

impl Hash for Version {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Validated prereleases have no leading zeros, so equal precedence means equal text.
        (self.major, self.minor, self.patch, &self.prerelease).hash(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        match Version::parse(text) {
            Ok(version) => version,
            Err(err) => panic!("{text:?} should parse: {err}"),
        }
    }

    #[test]
    fn lenient_parsing_fills_missing_parts_and_keeps_the_original() {
        let version = v("v1.2-5");
        assert_eq!(version.to_string(), "1.2.0-5");
        assert_eq!(version.original(), "v1.2-5");
        assert_eq!(v("01.1.1").to_string(), "1.1.1");
        assert_eq!(v("2147483648").to_string(), "2147483648.0.0");
    }

    #[test]
    fn lenient_parsing_still_rejects_bad_prereleases_and_extra_parts() {
        assert_eq!(Version::parse("1.2.3-beta.01"), Err(Error::SegmentStartsZero));
        assert!(Version::parse("1.2.3.4").is_err());
        assert!(Version::parse("\n1.2").is_err());
        assert!(Version::parse("1.2.3+meta+meta").is_err());
        assert!(Version::parse("V1.2.3").is_err());
    }

    #[test]
    fn non_coercing_parsing_rejects_leading_zeros_with_a_reason() {
        let strict = ParseOptions {
            coerce: false,
            detailed_errors: true,
        };
        assert_eq!(Version::parse_with("1.02.3", strict), Err(Error::SegmentStartsZero));
        let terse = ParseOptions {
            detailed_errors: false,
            ..strict
        };
        assert_eq!(Version::parse_with("1.02.3", terse), Err(Error::InvalidSemVer));
        assert!(Version::parse_with("v1.2", strict).is_ok());
    }

    #[test]
    fn strict_parsing_requires_three_canonical_parts() {
        assert!(Version::parse_strict("1.2.3-beta+build.01").is_ok());
        assert_eq!(Version::parse_strict(""), Err(Error::EmptyString));
        assert_eq!(Version::parse_strict("1.2"), Err(Error::InvalidSemVer));
        assert_eq!(Version::parse_strict("v1.2.3"), Err(Error::InvalidCharacters));
        assert_eq!(Version::parse_strict("1.02.3"), Err(Error::SegmentStartsZero));
        // Every part's characters are checked before any part is read as a number.
        assert_eq!(Version::parse_strict("1..0a"), Err(Error::InvalidCharacters));
        assert_eq!(Version::parse_strict("1..3"), Err(Error::InvalidSemVer));
    }

    #[test]
    fn releases_outrank_their_prereleases_and_metadata_is_ignored() {
        assert!(v("4.2") > v("4.2-beta"));
        assert!(v("4.2-beta") < v("4.2-beta.2"));
        assert_eq!(v("1.2+bar"), v("1.2+baz"));
        assert!(v("1.3") > v("1.1.4"));
    }

    #[test]
    fn increments_drop_prerelease_and_keep_a_v_prefix() {
        let next = v("v1.2.3-beta").inc_patch();
        assert_eq!(next.as_ref().map(Version::original), Ok("v1.2.3"));
        let next = v("1.2.3+meta").inc_patch();
        assert_eq!(next.map(|n| n.to_string()), Ok("1.2.4".to_owned()));
        let next = v("v1.2.3").inc_major();
        assert_eq!(next.as_ref().map(Version::original), Ok("v2.0.0"));
    }

    #[test]
    fn increments_fail_instead_of_wrapping() {
        let top = Version::new(1, u64::MAX, 0);
        assert_eq!(top.inc_minor(), Err(Error::IncrementOverflow { part: "minor" }));
    }

    #[test]
    fn setting_an_invalid_prerelease_leaves_the_version_alone() {
        let version = v("1.2.3");
        assert_eq!(version.set_prerelease("**"), Err(Error::InvalidPrerelease));
        assert_eq!(version.to_string(), "1.2.3");
        let next = v("v1.2.4").set_prerelease("beta");
        assert_eq!(next.as_ref().map(Version::original), Ok("v1.2.4-beta"));
    }
}
