//! [`Constraints`]: a full constraint string such as `>= 1.2, < 2 || ^3.1-0`, parsed and
//! checked with Masterminds/semver v3 semantics.
//!
//! Grammar: `||` separates OR groups; inside a group, comparisons are separated by
//! whitespace or a comma (AND). A hyphen range `A - B` (spaces required) is first rewritten
//! to `>= A, <= B` by [`rewrite_hyphen_ranges`]; `1.1-3` is the prerelease version
//! `1.1.0-3`, not a range.
//!
//! Prereleases: a prerelease version can satisfy a group only when
//! [`Constraints::include_prerelease`] is set or some comparison in that same group has a
//! prerelease (`>= 1.0.0 <= 2.0.0-beta` admits `1.0.1-beta`; `*-0` admits any prerelease).

use std::fmt;
use std::str::FromStr;

use crate::constraint::{Constraint, Violation, scan_operator};
use crate::error::Error;
use crate::syntax::{is_constraint_part_byte, is_space, run_end, scan_shape, skip_space};
use crate::version::Version;

/// A set of comparisons: OR groups of AND-ed [`Constraint`]s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constraints {
    groups: Vec<Group>,
    include_prerelease: bool,
}

/// One AND group.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Group {
    constraints: Vec<Constraint>,
    /// Whether any comparison has a prerelease, which admits prerelease versions.
    has_prerelease: bool,
}

impl Group {
    /// Reports whether prerelease versions may satisfy this group.
    fn admits_prereleases(&self, include_prerelease: bool) -> bool {
        include_prerelease || self.has_prerelease
    }
}

/// Tries to match `\s*A\s+-\s+B\s*` at exactly `start` (A and B constraint versions).
/// Returns the end of the match and the texts of A and B.
fn hyphen_range_at(input: &str, start: usize) -> Option<(usize, &str, &str)> {
    let bytes = input.as_bytes();
    let low = scan_shape(input, skip_space(bytes, start), is_constraint_part_byte)?;
    let dash = run_end(bytes, low.end, is_space);
    if dash == low.end || bytes.get(dash) != Some(&b'-') {
        return None;
    }
    let high_start = run_end(bytes, dash + 1, is_space);
    if high_start == dash + 1 {
        return None;
    }
    let high = scan_shape(input, high_start, is_constraint_part_byte)?;
    Some((skip_space(bytes, high.end), low.text, high.text))
}

/// Rewrites every hyphen range `A - B` into `>= A, <= B `, exactly as Masterminds does
/// before parsing (including the trailing space and the whitespace swallowed around
/// the range): `2 - 3, 4.0.0 - 5.1` becomes `>= 2, <= 3 ,>= 4.0.0, <= 5.1 `.
///
/// Ranges are found left to right without overlapping; each one then replaces the first
/// occurrence of its text in the string built so far.
pub fn rewrite_hyphen_ranges(input: &str) -> String {
    let mut ranges = Vec::new();
    let mut start = 0;
    while start < input.len() {
        match hyphen_range_at(input, start) {
            Some((end, low, high)) => {
                if let Some(matched) = input.get(start..end) {
                    ranges.push((matched, format!(">= {low}, <= {high} ")));
                }
                start = end;
            }
            None => start += 1,
        }
    }
    let mut output = input.to_owned();
    for (matched, replacement) in ranges {
        output = output.replacen(matched, &replacement, 1);
    }
    output
}

/// Parses one `||`-separated group: comparisons separated by whitespace or a comma.
fn parse_group(segment: &str) -> Result<Group, Error> {
    let improper = || Error::ImproperConstraint(segment.to_owned());
    let bytes = segment.as_bytes();
    let mut found = Vec::new();
    let mut pos = skip_space(bytes, 0);
    loop {
        let (spelling, op, after_op) = scan_operator(segment, pos);
        let shape = scan_shape(segment, skip_space(bytes, after_op), is_constraint_part_byte).ok_or_else(improper)?;
        found.push((spelling, op, shape));
        pos = skip_space(bytes, shape.end);
        if pos == bytes.len() {
            break;
        }
        if bytes.get(pos) == Some(&b',') {
            pos = skip_space(bytes, pos + 1);
        } else if pos == shape.end {
            return Err(improper());
        }
    }
    // The whole segment is well-formed; only now are the versions themselves checked.
    let constraints = found
        .iter()
        .map(|(spelling, op, shape)| Constraint::from_shape(spelling, *op, shape))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Group {
        has_prerelease: constraints.iter().any(Constraint::has_prerelease),
        constraints,
    })
}

impl Constraints {
    /// Parses a constraint string (Masterminds' `NewConstraint`).
    ///
    /// Fails with [`Error::ImproperConstraint`] when a group does not follow the grammar
    /// (including an empty string or an empty `||` side) and with
    /// [`Error::InvalidConstraintVersion`] when a comparison's version is not a valid
    /// version (`1.2.3-beta.01`).
    pub fn parse(text: &str) -> Result<Self, Error> {
        let rewritten = rewrite_hyphen_ranges(text);
        let groups = rewritten.split("||").map(parse_group).collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            groups,
            include_prerelease: false,
        })
    }

    /// Returns these constraints with prerelease versions admitted (or not) in every group,
    /// whatever the comparisons say (Masterminds' `IncludePrerelease`).
    pub fn with_include_prerelease(mut self, include: bool) -> Self {
        self.include_prerelease = include;
        self
    }

    /// Returns whether prerelease versions are admitted in every group.
    pub fn include_prerelease(&self) -> bool {
        self.include_prerelease
    }

    /// Returns the OR groups, each a slice of AND-ed comparisons, in written order.
    pub fn groups(&self) -> impl ExactSizeIterator<Item = &[Constraint]> {
        self.groups.iter().map(|group| group.constraints.as_slice())
    }

    /// Reports whether `version` satisfies some group.
    pub fn check(&self, version: &Version) -> bool {
        self.groups.iter().any(|group| {
            let admit = group.admits_prereleases(self.include_prerelease);
            group
                .constraints
                .iter()
                .all(|constraint| constraint.check(version, admit))
        })
    }

    /// Checks `version`, explaining a failure (Masterminds' `Validate`).
    ///
    /// On failure, returns the reasons from every comparison of every group, in order; the
    /// prerelease reason appears at most once.
    pub fn validate(&self, version: &Version) -> Result<(), Vec<Violation>> {
        let mut reasons = Vec::new();
        let mut prerelease_reported = false;
        for group in &self.groups {
            let admit = group.admits_prereleases(self.include_prerelease);
            let mut satisfied = true;
            for constraint in &group.constraints {
                if version.is_prerelease() && !admit {
                    satisfied = false;
                    if !prerelease_reported {
                        prerelease_reported = true;
                        reasons.push(Violation::Prerelease {
                            version: version.to_string(),
                        });
                    }
                } else if let Err(reason) = constraint.validate(version, admit) {
                    satisfied = false;
                    reasons.push(reason);
                }
            }
            if satisfied {
                return Ok(());
            }
        }
        Err(reasons)
    }
}

impl fmt::Display for Constraints {
    /// Writes the comparisons as written but without inner spaces, AND-ed by a space and
    /// OR-ed by ` || ` (`>= 1.2, < 2` becomes `>=1.2 <2`). The output parses back to the
    /// same constraints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, group) in self.groups.iter().enumerate() {
            if index > 0 {
                f.write_str(" || ")?;
            }
            for (position, constraint) in group.constraints.iter().enumerate() {
                if position > 0 {
                    f.write_str(" ")?;
                }
                write!(f, "{constraint}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for Constraints {
    type Err = Error;

    /// Parses like [`Constraints::parse`].
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(constraints: &str, version: &str) -> bool {
        let constraints = Constraints::parse(constraints).unwrap();
        constraints.check(&Version::parse(version).unwrap())
    }

    #[test]
    fn a_bare_version_is_exact_but_a_partial_one_is_a_range() {
        assert!(!check("0.0.0", "1.2.3"));
        assert!(check("4.1", "4.1.7"));
        assert!(check("=2.0", "2.0.1"));
        assert!(!check("2", "3.4.5"));
    }

    #[test]
    fn comparisons_are_and_ed_by_space_or_comma_and_or_ed_by_bars() {
        assert!(check(">1.1 <2", "1.2.1"));
        assert!(check(">1.1, <2", "1.2.1"));
        assert!(!check(">=1.1, <2, !=1.2.3", "1.2.3"));
        assert!(check(">=1.1, <2, !=1.2.3 || > 3", "4.1.2"));
        assert!(!check(">=1.1, <2, !=1.2.3 || > 3", "3.0.0"));
    }

    #[test]
    fn hyphen_ranges_need_spaces() {
        assert!(check("1.1 - 2", "1.1.1"));
        assert!(check("1.5.0 - 4.5", "3.7.0"));
        assert!(!check("1.1-3", "4.3.2"));
        assert_eq!(
            rewrite_hyphen_ranges("2 - 3, 4.0.0 - 5.1"),
            ">= 2, <= 3 ,>= 4.0.0, <= 5.1 "
        );
    }

    #[test]
    fn partial_versions_compare_at_their_own_precision() {
        assert!(!check(">11", "11.1.0"));
        assert!(!check(">11.1", "11.1.1"));
        assert!(check(">11.1", "11.2.1"));
        assert!(check("<=11", "11.2.3"));
        assert!(!check("<1.x", "1.1.1"));
    }

    #[test]
    fn tilde_and_caret_ranges() {
        assert!(check("~0.0.0", "1.2.3"));
        assert!(check("~*", "2.1.1"));
        assert!(!check("~1.2.3", "1.3.0"));
        assert!(check("^0.2.3", "0.2.9"));
        assert!(!check("^0.2.3", "0.3.0"));
        assert!(!check("^0.0.3", "0.0.4"));
        assert!(check("^0", "0.9.9"));
        assert!(!check("^0.0.0", "1.2.3"));
    }

    #[test]
    fn prereleases_only_match_when_their_group_asks_for_them() {
        assert!(!check("*", "1.2.3-alpha.1"));
        assert!(check("*-0", "1.2.3-alpha.1"));
        assert!(check(">= 1.0.0  <= 2.0.0-beta", "1.0.1-beta"));
        assert!(!check(">= 1.0.0  <= 2.0.0-beta || > 3", "3.0.1-beta"));
        assert!(check("~1.2.3-beta.2", "1.2.4-beta.2"));
        let anything = Constraints::parse(">=1.1").unwrap().with_include_prerelease(true);
        assert!(anything.check(&Version::parse("4.1.0-beta").unwrap()));
    }

    #[test]
    fn validation_reports_the_prerelease_reason_once() {
        let constraints = Constraints::parse(">1 <3 || >4").unwrap();
        let reasons = constraints
            .validate(&Version::parse("2.0.0-rc.1").unwrap())
            .unwrap_err();
        let messages: Vec<String> = reasons.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            ["\"2.0.0-rc.1\" is a prerelease version and the constraint is only looking for release versions"]
        );
    }

    #[test]
    fn validation_lists_every_failed_comparison() {
        let constraints = Constraints::parse("!= 1.2.5, ^2, <= 1.1.x").unwrap();
        let reasons = constraints
            .validate(&Version::parse_strict("1.2.3").unwrap())
            .unwrap_err();
        let messages: Vec<String> = reasons.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            ["\"1.2.3\" is less than \"2\"", "\"1.2.3\" is greater than \"1.1.x\""]
        );
    }

    #[test]
    fn malformed_constraints_are_rejected() {
        assert!(Constraints::parse("").is_err());
        assert!(Constraints::parse("BAR >= 1.2.3").is_err());
        assert!(Constraints::parse("12.3.4.1234").is_err());
        assert!(Constraints::parse("12.3.34~ 1.2.3").is_err());
        assert!(Constraints::parse("1.2 ||").is_err());
        assert!(matches!(
            Constraints::parse("v1.2.3-beta.01"),
            Err(Error::InvalidConstraintVersion { .. })
        ));
    }

    #[test]
    fn display_joins_comparisons_canonically() {
        let constraints = Constraints::parse("2.x,   >=1.2.3 || >4.5.6, < 5.7").unwrap();
        assert_eq!(constraints.to_string(), "2.x >=1.2.3 || >4.5.6 <5.7");
    }
}
