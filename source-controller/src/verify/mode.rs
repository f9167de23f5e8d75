//! `spec.verify.mode`: which Git objects a GitRepository verifies, and Flux's rules around it —
//! tag modes need a checkout through a tag reference ([`check_mode`]), and a mode change that
//! adds an object to verify forces a new verification ([`requires_verification`]).

use std::fmt;
use std::str::FromStr;

use ferroflux_api::source::GitVerificationMode;

use super::VerifyError;

/// Which Git objects are verified.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum VerificationMode {
    /// The commit HEAD points to after checkout (`HEAD`, or `head` for backwards
    /// compatibility). Flux's default.
    #[default]
    Head,
    /// The annotated tag object the checkout went through (`Tag`).
    Tag,
    /// The tag object and the commit it points to (`TagAndHEAD`).
    TagAndHead,
}

impl VerificationMode {
    /// Returns Flux's canonical spelling, as recorded in `status.sourceVerificationMode`.
    pub fn as_str(self) -> &'static str {
        match self {
            VerificationMode::Head => "HEAD",
            VerificationMode::Tag => "Tag",
            VerificationMode::TagAndHead => "TagAndHEAD",
        }
    }

    /// Returns whether the checked-out commit is verified.
    pub fn verifies_head(self) -> bool {
        matches!(self, VerificationMode::Head | VerificationMode::TagAndHead)
    }

    /// Returns whether the tag object is verified.
    pub fn verifies_tag(self) -> bool {
        matches!(self, VerificationMode::Tag | VerificationMode::TagAndHead)
    }

    /// Returns the API value with the canonical spelling.
    pub fn to_api(self) -> GitVerificationMode {
        match self {
            VerificationMode::Head => GitVerificationMode::Head,
            VerificationMode::Tag => GitVerificationMode::Tag,
            VerificationMode::TagAndHead => GitVerificationMode::TagAndHead,
        }
    }
}

impl fmt::Display for VerificationMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for VerificationMode {
    type Err = VerifyError;

    /// Parses Flux's values exactly: `HEAD`, `head`, `Tag`, `TagAndHEAD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "HEAD" | "head" => Ok(VerificationMode::Head),
            "Tag" => Ok(VerificationMode::Tag),
            "TagAndHEAD" => Ok(VerificationMode::TagAndHead),
            other => Err(VerifyError::InvalidMode(other.to_owned())),
        }
    }
}

impl From<GitVerificationMode> for VerificationMode {
    fn from(mode: GitVerificationMode) -> Self {
        match mode {
            GitVerificationMode::Head | GitVerificationMode::HeadLowercase => VerificationMode::Head,
            GitVerificationMode::Tag => VerificationMode::Tag,
            GitVerificationMode::TagAndHead => VerificationMode::TagAndHead,
        }
    }
}

/// Checks that the mode can be honoured for this checkout: `Tag` and `TagAndHEAD` need the
/// checkout to have gone through a tag reference (`spec.ref.tag`, `spec.ref.semver`, or
/// `spec.ref.name` under `refs/tags/`). Otherwise returns [`VerifyError::TagRefRequired`]
/// (reason `InvalidVerificationMode`, stalling: only a spec change fixes it).
///
/// A lightweight tag counts as a tag reference here; verifying it then fails because it carries
/// no signature (reason `InvalidGitObject`), as in Flux.
pub fn check_mode(mode: VerificationMode, via_tag_ref: bool) -> Result<(), VerifyError> {
    if mode.verifies_tag() && !via_tag_ref {
        return Err(VerifyError::TagRefRequired);
    }
    Ok(())
}

/// Returns whether the source must be verified again although the revision did not change,
/// following Flux: when nothing was verified yet (`observed` is `None`), or when the mode now
/// asks for an object the observed mode did not cover (`Tag` → `HEAD`/`TagAndHEAD`, `HEAD` →
/// `Tag`/`TagAndHEAD`).
pub fn requires_verification(mode: VerificationMode, observed: Option<VerificationMode>) -> bool {
    match observed {
        None => true,
        Some(VerificationMode::Tag) => mode.verifies_head(),
        Some(VerificationMode::Head) => mode.verifies_tag(),
        Some(VerificationMode::TagAndHead) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_with_flux_spellings_only() {
        assert_eq!("HEAD".parse::<VerificationMode>().unwrap(), VerificationMode::Head);
        assert_eq!("head".parse::<VerificationMode>().unwrap(), VerificationMode::Head);
        assert_eq!("Tag".parse::<VerificationMode>().unwrap(), VerificationMode::Tag);
        assert_eq!(
            "TagAndHEAD".parse::<VerificationMode>().unwrap(),
            VerificationMode::TagAndHead
        );
        for bad in ["", "tag", "Head", "TagAndHead", "HEAD "] {
            let err = bad.parse::<VerificationMode>().unwrap_err();
            assert_eq!(err.reason(), "InvalidVerificationMode");
        }
        assert_eq!(
            VerificationMode::from(GitVerificationMode::HeadLowercase).as_str(),
            "HEAD"
        );
        assert_eq!(VerificationMode::TagAndHead.to_api(), GitVerificationMode::TagAndHead);
    }

    #[test]
    fn tag_modes_need_a_tag_reference() {
        assert!(check_mode(VerificationMode::Head, false).is_ok());
        assert!(check_mode(VerificationMode::Tag, true).is_ok());
        let err = check_mode(VerificationMode::TagAndHead, false).unwrap_err();
        assert_eq!(err, VerifyError::TagRefRequired);
        assert_eq!(err.reason(), "InvalidVerificationMode");
        assert!(err.is_stalling());
        assert_eq!(
            err.to_string(),
            "cannot verify tag object's signature if a tag reference is not specified"
        );
    }

    #[test]
    fn a_mode_adding_an_object_requires_verification_again() {
        use VerificationMode::*;
        assert!(requires_verification(Head, None));
        assert!(!requires_verification(Head, Some(Head)));
        assert!(requires_verification(Tag, Some(Head)));
        assert!(requires_verification(TagAndHead, Some(Head)));
        assert!(requires_verification(Head, Some(Tag)));
        assert!(!requires_verification(Tag, Some(Tag)));
        assert!(!requires_verification(Head, Some(TagAndHead)));
    }
}
