//! Semantic versions and version constraints compatible with Masterminds/semver v3, the
//! library behind Flux's semver ranges, plus Flux's own tag parsing.
//!
//! * [`Version`]: lenient ([`Version::parse`]) and strict ([`Version::parse_strict`])
//!   parsing, semver precedence, the original text kept ([`Version::original`]).
//! * [`Constraints`]: range strings such as `>= 1.2, < 2 || ^3`, `1.x`, `1.2 - 1.4.5`,
//!   `*-0`, checked with [`Constraints::check`] or explained with
//!   [`Constraints::validate`]; [`Constraint`] is one comparison.
//! * [`parse_flux_version`] and [`sort_descending`]: Flux's `version.ParseVersion` and
//!   `version.Sort`, used for image tags, chart versions and Git tags.
//!
//! This is not Cargo's semver: a bare `1.2.3` means exactly that version, `||` and `!=`
//! exist, AND is a space or a comma, and prereleases are excluded unless a comparison in the
//! same group has one.
//!
//! ```
//! use ferroflux_version::{Constraints, Version};
//!
//! let range = Constraints::parse(">= 1.2, < 2 || ~3.1")?;
//! assert!(range.check(&Version::parse("v1.4")?));
//! assert!(!range.check(&Version::parse("1.5.0-rc.1")?));
//! # Ok::<(), ferroflux_version::Error>(())
//! ```

mod constraint;
mod constraints;
mod error;
mod flux;
mod identifiers;
mod syntax;
mod version;

pub use constraint::{Constraint, Op, Violation, is_wildcard};
pub use constraints::{Constraints, rewrite_hyphen_ranges};
pub use error::Error;
pub use flux::{parse_flux_version, sort_descending};
pub use identifiers::{validate_metadata, validate_prerelease};
pub use version::{ParseOptions, Version};
