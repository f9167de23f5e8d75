//! The error of a build: [`Error`], one variant per kind of failure, with kustomize-like
//! messages naming the file or resource involved.

/// Why a build failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A directory without a kustomization file.
    #[error("unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{dir}'")]
    MissingKustomization {
        /// The directory.
        dir: String,
    },
    /// A file or directory that does not exist.
    #[error("'{path}' doesn't exist")]
    NotFound {
        /// The path.
        path: String,
    },
    /// A path outside the kustomization root while the load restrictor is `rootOnly`.
    #[error("security; file '{path}' is not in or below '{root}'")]
    Restricted {
        /// The path.
        path: String,
        /// The root it must be under.
        root: String,
    },
    /// A kustomization that (indirectly) includes itself.
    #[error("cycle detected: candidate root '{dir}' contains visited root '{visited}'")]
    Cycle {
        /// The directory loaded again.
        dir: String,
        /// The root already on the stack.
        visited: String,
    },
    /// A remote resource (URL or git repository), which this engine never fetches.
    #[error("remote resource '{url}' is not supported: ferroflux builds only from local files")]
    Remote {
        /// The reference.
        url: String,
    },
    /// Invalid YAML or a document that is not an object.
    #[error("MalformedYAMLError: {message} in File: {file}")]
    Yaml {
        /// The file.
        file: String,
        /// What the parser said.
        message: String,
    },
    /// An invalid kustomization file.
    #[error("invalid Kustomization: {message} (in '{file}')")]
    Kustomization {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// A feature this engine does not implement yet.
    #[error("{feature} is not supported by ferroflux's kustomize engine yet (in '{file}')")]
    Unsupported {
        /// The kustomization field or feature.
        feature: String,
        /// The kustomization file.
        file: String,
    },
    /// Two resources with the same id.
    #[error("may not add resource with an already registered id: {id}")]
    Conflict {
        /// The resource id.
        id: String,
    },
    /// A failure of a generator, transformer or patch.
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// Prefixes the message with some context, keeping it one line.
    pub fn context(self, prefix: impl std::fmt::Display) -> Self {
        Error::Other(format!("{prefix}: {self}"))
    }
}

/// The result type of this crate's build functions.
pub type Result<T> = std::result::Result<T, Error>;
