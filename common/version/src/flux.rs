//! Flux's tag parsing and sorting (`fluxcd/pkg/version`).
//!
//! Flux reads image tags and chart versions with [`parse_flux_version`]: the text must
//! have at least two dots (so `v1.0` and `v1.2-5` are rejected), and is then parsed
//! leniently, so `v2025.07.03` is accepted. [`sort_descending`] filters and orders tags
//! the way Flux's `version.Sort` does.

use crate::constraints::Constraints;
use crate::error::Error;
use crate::version::Version;

/// Parses a tag as Flux's `version.ParseVersion` does.
///
/// Splitting on `.` must yield three pieces (the third may hold further dots, as in
/// `v1.2-beta.5`); then the whole text must be a lenient version ([`Version::parse`]).
/// Otherwise returns [`Error::InvalidSemVer`] or the lenient parser's error.
pub fn parse_flux_version(tag: &str) -> Result<Version, Error> {
    if tag.splitn(3, '.').count() != 3 {
        return Err(Error::InvalidSemVer);
    }
    Version::parse(tag)
}

/// Keeps the tags that [`parse_flux_version`] accepts and, when given, `constraints`
/// admit, and returns them from greatest to least, as Flux's `version.Sort` does.
///
/// Versions of equal precedence (`1.2.4` and `v1.2.4`) keep their input order; use
/// [`Version::original`] for the tag as written.
pub fn sort_descending<S: AsRef<str>>(constraints: Option<&Constraints>, tags: &[S]) -> Vec<Version> {
    let mut versions: Vec<Version> = tags
        .iter()
        .filter_map(|tag| parse_flux_version(tag.as_ref()).ok())
        .filter(|version| constraints.is_none_or(|c| c.check(version)))
        .collect();
    versions.sort_by(|a, b| b.cmp(a));
    versions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_need_two_dots_before_lenient_parsing() {
        assert!(parse_flux_version("v1.2.3").is_ok());
        assert!(parse_flux_version("v2025.07.03").is_ok());
        assert!(parse_flux_version("v1.0").is_err());
        assert!(parse_flux_version("v1.2-5").is_err());
        assert!(parse_flux_version("v1.2.3.4").is_err());
    }

    #[test]
    fn dots_inside_the_prerelease_count_towards_the_three_parts() {
        let version = parse_flux_version("v1.2-beta.5").unwrap();
        assert_eq!(version.to_string(), "1.2.0-beta.5");
    }

    #[test]
    fn sorting_filters_and_keeps_equal_versions_in_input_order() {
        let constraints = Constraints::parse(">= 1.2.0, < 1.3.0").unwrap();
        let tags = ["v1.2.0", "1.2.4", "v1.3.0", "junk", "v1.2.4", "v1.2.3"];
        let sorted: Vec<String> = sort_descending(Some(&constraints), &tags)
            .iter()
            .map(|v| v.original().to_owned())
            .collect();
        assert_eq!(sorted, ["1.2.4", "v1.2.4", "v1.2.3", "v1.2.0"]);
    }
}
