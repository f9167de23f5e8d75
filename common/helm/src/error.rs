//! Errors of parsing and executing templates, worded like Go's `text/template`.

use crate::func::FuncError;

/// What went wrong, broadly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The template text does not parse (`template: name:line: ...`).
    Parse,
    /// Execution failed (`template: name:line:col: executing "name" at <node>: ...`).
    Exec,
    /// The named template does not exist in the set.
    NoTemplate,
    /// An option string was not recognised.
    Option,
}

/// A template error; its text is the message Go would produce.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    message: String,
    template: Option<String>,
    #[source]
    cause: Option<FuncError>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            template: None,
            cause: None,
        }
    }

    pub(crate) fn exec(template: &str, message: String, cause: Option<FuncError>) -> Error {
        Error {
            kind: ErrorKind::Exec,
            message,
            template: Some(template.to_string()),
            cause,
        }
    }

    /// Returns the kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Returns the full message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Returns the name of the template that was executing, for execution errors.
    pub fn template(&self) -> Option<&str> {
        self.template.as_deref()
    }

    /// Returns the error of the template function whose failure stopped execution, if any.
    pub fn func_error(&self) -> Option<&FuncError> {
        self.cause.as_ref()
    }
}
