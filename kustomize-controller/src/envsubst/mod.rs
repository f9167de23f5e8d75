//! Flux's post-build variable substitution language (fluxcd/pkg `envsubst` v1.7.0, a fork of
//! drone/envsubst): bash-like `${...}` expressions expanded in text.
//!
//! Entry points: [`eval`] expands a document with a variable lookup; [`parse`] returns its
//! tree ([`Tree`], [`Node`]).
//!
//! * Only the braced form is expanded; `$var` is text, `$$` escapes a `$`.
//! * Operators: `${#v}` length; `${v^}` `${v^^}` `${v,}` `${v,,}` case; `${v:pos}`
//!   `${v:pos:len}` substring; `${v#p}` `${v##p}` `${v%p}` `${v%%p}` glob prefix/suffix removal
//!   (`*` matches `/` too); `${v/p/r}` `${v//p/r}` `${v/#p/r}` `${v/%p/r}` literal replacement;
//!   `${v=d}` `${v:=d}` `${v:-d}` (and `:?`, `:+`) all give `d` when the value is empty.
//! * Strict mode: a variable that does not exist is an error unless a default operator
//!   handles it; one that exists with an empty value is not.
//!
//! Modules: [`parse`] (scanner and parser), [`eval`] (evaluation and the string functions),
//! [`glob`] (the pattern matcher).

pub mod eval;
pub mod glob;
pub mod parse;

pub use parse::{Node, Tree};

/// Errors of parsing or evaluating a document; the messages are upstream's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvsubstError {
    /// A malformed expression.
    #[error("bad substitution")]
    BadSubstitution,
    /// `${name` without its `}`.
    #[error("missing closing brace")]
    MissingClosingBrace,
    /// `${` not followed by a variable name.
    #[error("unable to parse variable name")]
    ParseVariableName,
    /// A malformed argument of an operator.
    #[error("unable to parse substitution within function")]
    ParseFuncSubstitution,
    /// A malformed default operator.
    #[error("unable to parse default function")]
    ParseDefaultFunction,
    /// Strict mode: a variable that does not exist.
    #[error("variable not set (strict mode): {0:?}")]
    VariableNotSet(String),
    /// `${v:pos:len}` with a negative length (upstream panics here).
    #[error("slice bounds out of range [{start}:{end}]")]
    SliceBounds {
        /// The start offset.
        start: i64,
        /// The end offset.
        end: i64,
    },
}

/// Expands `input`. `lookup` gives a variable's value, `None` when it does not exist: in
/// non-strict mode that is the empty string, in strict mode an error
/// (`variable not set (strict mode): "<name>"`) unless a default operator handles it.
pub fn eval(input: &str, lookup: &dyn Fn(&str) -> Option<String>, strict: bool) -> Result<String, EnvsubstError> {
    let tree = parse(input)?;
    let mapping = |name: &str| match lookup(name) {
        Some(value) => (value, true),
        None => (String::new(), !strict),
    };
    eval::execute(&tree.root, &mapping)
}

/// Parses `input` into its tree.
pub fn parse(input: &str) -> Result<Tree, EnvsubstError> {
    parse::parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(name: &str) -> Option<String> {
        match name {
            "set" => Some("value".to_owned()),
            "empty" => Some(String::new()),
            _ => None,
        }
    }

    #[test]
    fn missing_variables_are_empty_unless_strict() {
        assert_eq!(eval("a${missing}b", &vars, false).unwrap(), "ab");
        assert_eq!(
            eval("a${missing}b", &vars, true).unwrap_err().to_string(),
            "variable not set (strict mode): \"missing\""
        );
    }

    #[test]
    fn strict_mode_allows_defaults_and_empty_values() {
        assert_eq!(eval("${missing:-x}${empty}${set}", &vars, true).unwrap(), "xvalue");
        assert_eq!(eval("${empty=d}", &vars, true).unwrap(), "d");
    }

    #[test]
    fn bare_dollar_names_and_backslashes_are_text() {
        assert_eq!(eval("$set \\n $$", &vars, true).unwrap(), "$set \\n $");
    }

    #[test]
    fn parse_errors_are_reported() {
        assert_eq!(eval("${set", &vars, false), Err(EnvsubstError::MissingClosingBrace));
    }
}
