//! [`Constraint`]: one comparison such as `>= 1.2`, `~1.x` or `!=4.1-alpha`, with
//! Masterminds' semantics, and [`Violation`], the reason a version fails one.
//!
//! A constraint remembers how precise its version was written. `1`, `1.x` and `1.*.*` only
//! fix the major number; `1.2` and `1.2.x` fix major and minor; `*`, `x` and the empty
//! constraint fix nothing. The missing parts become 0 in [`Constraint::version`], and each
//! operator interprets the precision in its own way (`>11` rejects `11.1.0`, `<=11` accepts
//! `11.2.3`, `=1.2` matches `1.2.7`). Entry point: [`Constraint::parse`], or
//! [`Constraints::parse`](crate::Constraints::parse) for full constraint strings.

use std::fmt;

use crate::error::Error;
use crate::identifiers::compare_prerelease;
use crate::syntax::{Shape, is_constraint_part_byte, scan_shape, skip_space};
use crate::version::Version;

/// The comparison a [`Constraint`] makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// `=` or no operator: equality, or a `~`-style range when parts are missing or wildcards.
    Eq,
    /// `!=`: inequality; wildcard parts exclude the whole range.
    Ne,
    /// `>`.
    Gt,
    /// `<`.
    Lt,
    /// `>=` or `=>`.
    Ge,
    /// `<=` or `=<`.
    Le,
    /// `~` or `~>`: same major and minor (same major when only the major is given).
    Tilde,
    /// `^`: same major, or same minor (then same patch) while the major is 0.
    Caret,
}

impl Op {
    /// Returns the canonical spelling: `=`, `!=`, `>`, `<`, `>=`, `<=`, `~` or `^`.
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Gt => ">",
            Op::Lt => "<",
            Op::Ge => ">=",
            Op::Le => "<=",
            Op::Tilde => "~",
            Op::Caret => "^",
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every operator spelling, longest first so that a prefix never hides a longer one.
const OPERATORS: [(&str, Op); 11] = [
    ("!=", Op::Ne),
    (">=", Op::Ge),
    ("=>", Op::Ge),
    ("<=", Op::Le),
    ("=<", Op::Le),
    ("~>", Op::Tilde),
    ("=", Op::Eq),
    (">", Op::Gt),
    ("<", Op::Lt),
    ("~", Op::Tilde),
    ("^", Op::Caret),
];

/// Reads an operator at `at`; no operator means `=`. Returns the spelling, the operator and
/// the index after it.
pub(crate) fn scan_operator(text: &str, at: usize) -> (&'static str, Op, usize) {
    let rest = text.get(at..).unwrap_or_default();
    OPERATORS
        .iter()
        .find(|(spelling, _)| rest.starts_with(spelling))
        .map_or(("", Op::Eq, at), |&(spelling, op)| (spelling, op, at + spelling.len()))
}

/// Reports whether a version part is a wildcard: `x`, `X` or `*`.
pub fn is_wildcard(part: &str) -> bool {
    matches!(part, "x" | "X" | "*")
}

/// How much of a constraint's version was written as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Precision {
    /// Nothing fixed: `*`, `x`, or the empty constraint.
    Any,
    /// Only the major is fixed: `1`, `1.x`.
    Major,
    /// Major and minor are fixed: `1.2`, `1.2.x`.
    Minor,
    /// All three numbers are fixed.
    Full,
}

/// One comparison of a constraint string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constraint {
    op: Op,
    spelling: &'static str,
    text: String,
    version: Version,
    precision: Precision,
}

/// Why a version does not satisfy a constraint, worded as Masterminds words it.
///
/// The `version` fields hold the version's canonical form and the `constraint` fields the
/// constraint's version as written (`1.1.x`, without the operator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// The version is a prerelease and the constraint's group does not admit prereleases.
    Prerelease {
        /// The version.
        version: String,
    },
    /// `=` failed.
    NotEqual {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `!=` failed.
    Equal {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `>` failed.
    NotGreater {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `<` failed.
    NotLess {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `>=`, `~` or `^` failed because the version is below the constraint.
    Less {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `<=` failed.
    Greater {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `~` or `^` failed on the major number.
    MajorDiffers {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `~` failed on the minor number.
    MinorDiffers {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `^0.y` failed on the minor number.
    MinorDiffersUnderZeroMajor {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `^0.0.z` failed because the version's minor is not 0.
    MinorNotZero {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
    /// `^0.0.z` failed on the patch number.
    PatchDiffersUnderZeroMinor {
        /// The version.
        version: String,
        /// The constraint's version.
        constraint: String,
    },
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (version, relation, constraint, suffix) = match self {
            Violation::Prerelease { version } => {
                return write!(
                    f,
                    "\"{version}\" is a prerelease version and the constraint is only \
                     looking for release versions"
                );
            }
            Violation::NotEqual { version, constraint } => (version, "is not equal to", constraint, ""),
            Violation::Equal { version, constraint } => (version, "is equal to", constraint, ""),
            Violation::NotGreater { version, constraint } => (version, "is less than or equal to", constraint, ""),
            Violation::NotLess { version, constraint } => (version, "is greater than or equal to", constraint, ""),
            Violation::Less { version, constraint } => (version, "is less than", constraint, ""),
            Violation::Greater { version, constraint } => (version, "is greater than", constraint, ""),
            Violation::MajorDiffers { version, constraint } => {
                (version, "does not have same major version as", constraint, "")
            }
            Violation::MinorDiffers { version, constraint } => {
                (version, "does not have same major and minor version as", constraint, "")
            }
            Violation::MinorDiffersUnderZeroMajor { version, constraint } => (
                version,
                "does not have same minor version as",
                constraint,
                ". Expected minor versions to match when constraint major version is 0",
            ),
            Violation::MinorNotZero { version, constraint } => {
                (version, "does not have same minor version as", constraint, "")
            }
            Violation::PatchDiffersUnderZeroMinor { version, constraint } => (
                version,
                "does not equal",
                constraint,
                ". Expect version and constraint to equal when major and minor versions are 0",
            ),
        };
        write!(f, "\"{version}\" {relation} \"{constraint}\"{suffix}")
    }
}

impl std::error::Error for Violation {}

/// Builds a [`Violation`] variant for `version` against `constraint`.
type ViolationKind = fn(String, String) -> Violation;

impl Constraint {
    /// Parses a single comparison: optional whitespace, an operator (`= != > < >= => <= =<
    /// ~ ~> ^`, or none for `=`), optional whitespace, a version with optional wildcard parts
    /// and optional whitespace.
    ///
    /// The empty string is accepted and matches any release, as in Masterminds' internal
    /// single-constraint parser (a full constraint string may not be empty).
    pub fn parse(text: &str) -> Result<Self, Error> {
        if text.is_empty() {
            return Ok(Self {
                op: Op::Eq,
                spelling: "",
                text: String::new(),
                version: Version::new(0, 0, 0),
                precision: Precision::Any,
            });
        }
        let improper = || Error::ImproperConstraint(text.to_owned());
        let bytes = text.as_bytes();
        let (spelling, op, after_op) = scan_operator(text, skip_space(bytes, 0));
        let shape = scan_shape(text, skip_space(bytes, after_op), is_constraint_part_byte).ok_or_else(improper)?;
        if skip_space(bytes, shape.end) != bytes.len() {
            return Err(improper());
        }
        Self::from_shape(spelling, op, &shape)
    }

    /// Builds a constraint from an operator and a scanned version shape.
    ///
    /// Parts after the first wildcard or missing part are ignored, as is build metadata
    /// then; the prerelease is kept.
    pub(crate) fn from_shape(spelling: &'static str, op: Op, shape: &Shape<'_>) -> Result<Self, Error> {
        let prerelease = shape.prerelease.map(|p| format!("-{p}")).unwrap_or_default();
        let major = shape.major;
        let (precision, version_text) = match (shape.minor, shape.patch) {
            _ if is_wildcard(major) => (Precision::Any, format!("0.0.0{prerelease}")),
            (None, _) => (Precision::Major, format!("{major}.0.0{prerelease}")),
            (Some(minor), _) if is_wildcard(minor) => (Precision::Major, format!("{major}.0.0{prerelease}")),
            (Some(minor), None) => (Precision::Minor, format!("{major}.{minor}.0{prerelease}")),
            (Some(minor), Some(patch)) if is_wildcard(patch) => {
                (Precision::Minor, format!("{major}.{minor}.0{prerelease}"))
            }
            (Some(_), Some(_)) => (Precision::Full, shape.text.to_owned()),
        };
        let version = Version::parse(&version_text).map_err(|source| Error::InvalidConstraintVersion {
            constraint: shape.text.to_owned(),
            source: Box::new(source),
        })?;
        Ok(Self {
            op,
            spelling,
            text: shape.text.to_owned(),
            version,
            precision,
        })
    }

    /// Returns the operator.
    pub fn op(&self) -> Op {
        self.op
    }

    /// Returns the operator as written (`""` when omitted, `=>` stays `=>`).
    pub fn operator(&self) -> &str {
        self.spelling
    }

    /// Returns the version as written, without the operator (`1.2.x`, `v2`).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Returns the version compared against, with missing and wildcard parts set to 0
    /// (`1.x` gives `1.0.0`).
    pub fn version(&self) -> &Version {
        &self.version
    }

    /// Returns whether the constraint's version has a prerelease, which admits
    /// prereleases for the whole AND group it belongs to.
    pub fn has_prerelease(&self) -> bool {
        self.version.is_prerelease()
    }

    /// Reports whether `version` satisfies this constraint. Prerelease versions only
    /// satisfy it when `include_prerelease` is set.
    pub fn check(&self, version: &Version, include_prerelease: bool) -> bool {
        self.validate(version, include_prerelease).is_ok()
    }

    /// Checks `version` against this constraint, explaining a failure.
    pub fn validate(&self, version: &Version, include_prerelease: bool) -> Result<(), Violation> {
        if version.is_prerelease() && !include_prerelease {
            return Err(Violation::Prerelease {
                version: version.to_string(),
            });
        }
        match self.op {
            Op::Eq if self.precision == Precision::Full => {
                if *version == self.version {
                    Ok(())
                } else {
                    self.violation(version, |version, constraint| Violation::NotEqual {
                        version,
                        constraint,
                    })
                }
            }
            Op::Eq | Op::Tilde => self.tilde(version),
            Op::Ne => self.not_equal(version),
            Op::Gt => self.greater_than(version),
            Op::Lt => {
                if *version < self.version {
                    Ok(())
                } else {
                    self.violation(version, |version, constraint| Violation::NotLess {
                        version,
                        constraint,
                    })
                }
            }
            Op::Ge => {
                if *version >= self.version {
                    Ok(())
                } else {
                    self.violation(version, less)
                }
            }
            Op::Le => self.less_than_or_equal(version),
            Op::Caret => self.caret(version),
        }
    }

    /// Builds the violation `kind` for `version`.
    fn violation(&self, version: &Version, kind: ViolationKind) -> Result<(), Violation> {
        Err(kind(version.to_string(), self.text.clone()))
    }

    /// `!=`: with wildcards, excludes every version inside the written range.
    fn not_equal(&self, version: &Version) -> Result<(), Violation> {
        let equal: ViolationKind = |version, constraint| Violation::Equal { version, constraint };
        let con = &self.version;
        if self.precision != Precision::Full {
            if version.major() != con.major() {
                return Ok(());
            }
            match self.precision {
                Precision::Major => return self.violation(version, equal),
                _ if version.minor() != con.minor() => return Ok(()),
                Precision::Minor => {
                    // Major and minor match; the wildcard patch leaves only the prereleases.
                    let same_prerelease = compare_prerelease(version.prerelease(), con.prerelease()).is_eq();
                    return if same_prerelease {
                        self.violation(version, equal)
                    } else {
                        Ok(())
                    };
                }
                _ if version.patch() != con.patch() => return Ok(()),
                _ => {}
            }
        }
        if version == con {
            self.violation(version, equal)
        } else {
            Ok(())
        }
    }

    /// `>`: a partial version compares at its own precision (`>11` needs 12 or more).
    fn greater_than(&self, version: &Version) -> Result<(), Violation> {
        let not_greater: ViolationKind = |version, constraint| Violation::NotGreater { version, constraint };
        let con = &self.version;
        let greater = match self.precision {
            Precision::Full => version > con,
            _ if version.major() != con.major() => version.major() > con.major(),
            Precision::Major => false,
            Precision::Minor => version.minor() > con.minor(),
            Precision::Any => version > con,
        };
        if greater {
            Ok(())
        } else {
            self.violation(version, not_greater)
        }
    }

    /// `<=`: a partial version admits everything inside its written range (`<=11` accepts
    /// `11.2.3`); a bare wildcard (`<=*`) admits only `0.0.z`.
    fn less_than_or_equal(&self, version: &Version) -> Result<(), Violation> {
        let greater: ViolationKind = |version, constraint| Violation::Greater { version, constraint };
        let con = &self.version;
        let within = match self.precision {
            Precision::Full => version <= con,
            Precision::Major => version.major() <= con.major(),
            // A bare wildcard fixes no minor, yet (as in Masterminds) its zero minor counts.
            Precision::Minor | Precision::Any => {
                version.major() < con.major() || (version.major() == con.major() && version.minor() <= con.minor())
            }
        };
        if within {
            Ok(())
        } else {
            self.violation(version, greater)
        }
    }

    /// `~` (and `=` with wildcards): at least the version, with the same major and, unless
    /// only the major was given, the same minor. `~0.0.0` and `~*` accept everything.
    fn tilde(&self, version: &Version) -> Result<(), Violation> {
        let con = &self.version;
        if version < con {
            return self.violation(version, less);
        }
        let fixes_nothing = (con.major(), con.minor(), con.patch()) == (0, 0, 0)
            && matches!(self.precision, Precision::Any | Precision::Full);
        if fixes_nothing {
            return Ok(());
        }
        if version.major() != con.major() {
            return self.violation(version, major_differs);
        }
        if version.minor() != con.minor() && self.precision != Precision::Major {
            return self.violation(version, |version, constraint| Violation::MinorDiffers {
                version,
                constraint,
            });
        }
        Ok(())
    }

    /// `^`: at least the version and below the next major; while the major is 0, below the
    /// next minor; while major and minor are 0, exactly the patch.
    fn caret(&self, version: &Version) -> Result<(), Violation> {
        let con = &self.version;
        if version < con {
            return self.violation(version, less);
        }
        if con.major() > 0 || self.precision == Precision::Major {
            return if version.major() == con.major() {
                Ok(())
            } else {
                self.violation(version, major_differs)
            };
        }
        if version.major() > 0 {
            return self.violation(version, major_differs);
        }
        if con.minor() > 0 || self.precision == Precision::Minor {
            return if version.minor() == con.minor() {
                Ok(())
            } else {
                self.violation(version, |version, constraint| Violation::MinorDiffersUnderZeroMajor {
                    version,
                    constraint,
                })
            };
        }
        if version.minor() > 0 {
            return self.violation(version, |version, constraint| Violation::MinorNotZero {
                version,
                constraint,
            });
        }
        if version.patch() == con.patch() {
            Ok(())
        } else {
            self.violation(version, |version, constraint| Violation::PatchDiffersUnderZeroMinor {
                version,
                constraint,
            })
        }
    }
}

/// Builds [`Violation::Less`].
fn less(version: String, constraint: String) -> Violation {
    Violation::Less { version, constraint }
}

/// Builds [`Violation::MajorDiffers`].
fn major_differs(version: String, constraint: String) -> Violation {
    Violation::MajorDiffers { version, constraint }
}

impl fmt::Display for Constraint {
    /// Writes the operator as written followed by the version as written (`>=1.2`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.spelling, self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(constraint: &str, version: &str) -> bool {
        let constraint = Constraint::parse(constraint).unwrap();
        constraint.check(&Version::parse(version).unwrap(), false)
    }

    #[test]
    fn operators_are_read_longest_first_and_kept_as_written() {
        let constraint = Constraint::parse(" => v1.2 ").unwrap();
        assert_eq!(constraint.op(), Op::Ge);
        assert_eq!(constraint.operator(), "=>");
        assert_eq!(constraint.to_string(), "=>v1.2");
        assert_eq!(constraint.version().to_string(), "1.2.0");
        assert!(Constraint::parse("== 1.2").is_err());
        assert!(Constraint::parse("<> 1.2").is_err());
    }

    #[test]
    fn the_empty_single_constraint_matches_any_release() {
        assert!(check("", "4.5.6"));
        assert!(!check("", "1.2.3-alpha.1"));
        assert!(Constraint::parse(" ").is_err());
    }

    #[test]
    fn wildcard_parts_mean_the_same_with_every_operator() {
        assert!(check(">= 1.2.x", "1.2.0"));
        assert!(check("<= 2.x", "2.9.9"));
        assert!(!check("<= 2.x", "3.0.0"));
        assert!(check("!=4.x", "5.1.0"));
        assert!(!check("!=4.x", "4.1.0"));
        assert!(check("1.2.X", "1.2.7"));
        assert!(check("~1.*", "1.9.0"));
    }

    #[test]
    fn a_bare_wildcard_keeps_masterminds_quirks_with_some_operators() {
        // The constraint version of `*` is 0.0.0 without a "minor is a wildcard" mark, so
        // operators that look at the minor treat it as a written 0.
        assert!(check(">=*", "7.0.0"));
        assert!(check(">*", "0.0.1"));
        assert!(!check(">*", "0.0.0"));
        assert!(!check("<*", "0.0.0"));
        assert!(check("<=*", "0.0.9"));
        assert!(!check("<=*", "0.1.0"));
        assert!(check("^*", "0.0.0"));
        assert!(!check("^*", "1.2.3"));
        assert!(check("!=*", "1.2.3"));
        assert!(!check("!=*", "0.0.0"));
    }

    #[test]
    fn parts_after_a_wildcard_are_not_read() {
        assert!(check("*.1|2", "3.0.0"));
        assert!(Constraint::parse("1.x.junk").is_err());
        assert!(matches!(
            Constraint::parse("1.2|3"),
            Err(Error::InvalidConstraintVersion { .. })
        ));
        assert!(matches!(
            Constraint::parse("1x"),
            Err(Error::InvalidConstraintVersion { .. })
        ));
    }

    #[test]
    fn not_equal_with_a_wildcard_patch_compares_prereleases() {
        let constraint = Constraint::parse("!=4.1-alpha").unwrap();
        assert!(!constraint.check(&Version::parse("4.1.0-alpha").unwrap(), true));
        assert!(!constraint.check(&Version::parse("4.1.1-alpha").unwrap(), true));
        assert!(constraint.check(&Version::parse("4.1.0-beta").unwrap(), true));
        assert!(constraint.check(&Version::parse("4.1.0").unwrap(), true));
    }

    #[test]
    fn violations_use_masterminds_wording() {
        let constraint = Constraint::parse("^0.2").unwrap();
        let reason = constraint
            .validate(&Version::parse("0.3.0").unwrap(), false)
            .unwrap_err();
        assert_eq!(
            reason.to_string(),
            "\"0.3.0\" does not have same minor version as \"0.2\". Expected minor versions \
             to match when constraint major version is 0"
        );
        let reason = Constraint::parse("=v1.2.3")
            .unwrap()
            .validate(&Version::parse("v1.2.4").unwrap(), false)
            .unwrap_err();
        assert_eq!(reason.to_string(), "\"1.2.4\" is not equal to \"v1.2.3\"");
    }
}
