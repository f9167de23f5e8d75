//! The crate's error type.
//!
//! Version errors carry Masterminds' wording ("invalid semantic version", "version segment
//! starts with 0", …) so that messages shown to users match Flux's.

/// Errors from parsing versions and constraints, and from version arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The text is not a semantic version (Masterminds `ErrInvalidSemVer`).
    #[error("invalid semantic version")]
    InvalidSemVer,

    /// The text is empty (Masterminds `ErrEmptyString`).
    #[error("version string empty")]
    EmptyString,

    /// A numeric part holds something other than digits (Masterminds `ErrInvalidCharacters`).
    #[error("invalid characters in version")]
    InvalidCharacters,

    /// A numeric part or numeric prerelease identifier has a leading zero
    /// (Masterminds `ErrSegmentStartsZero`).
    #[error("version segment starts with 0")]
    SegmentStartsZero,

    /// The build metadata is malformed (Masterminds `ErrInvalidMetadata`).
    #[error("invalid metadata string")]
    InvalidMetadata,

    /// The prerelease is malformed (Masterminds `ErrInvalidPrerelease`).
    #[error("invalid prerelease string")]
    InvalidPrerelease,

    /// A numeric part does not fit in 64 bits.
    #[error("error parsing version segment {segment:?}: value out of range")]
    SegmentOutOfRange {
        /// The digits as written.
        segment: String,
    },

    /// Incrementing a part would overflow 64 bits.
    #[error("{part} version increment would overflow")]
    IncrementOverflow {
        /// `major`, `minor` or `patch`.
        part: &'static str,
    },

    /// An `||`-separated part of a constraint string does not follow the grammar.
    #[error("improper constraint: {0:?}")]
    ImproperConstraint(String),

    /// A constraint is well-formed but its version is not a valid version
    /// (for example `1.2.3-beta.01` or a number too large).
    #[error("invalid version {constraint:?} in constraint")]
    InvalidConstraintVersion {
        /// The version part of the constraint, as written.
        constraint: String,
        /// Why the version was rejected.
        #[source]
        source: Box<Error>,
    },
}
