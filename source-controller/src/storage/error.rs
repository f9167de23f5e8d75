//! The one error type of the artifact store, [`StorageError`], and its mapping to Flux's
//! condition reasons ([`StorageError::reason`]).

use std::io;

/// Everything that can go wrong while storing, archiving, collecting or serving artifacts.
///
/// Messages are lowercase and describe this layer only; the underlying cause, when there is one,
/// is available through [`std::error::Error::source`].
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// A kind, namespace, name, file name or artifact path is not a safe relative path.
    #[error("invalid artifact path '{path}': {why}")]
    InvalidPath {
        /// The offending path or path segment.
        path: String,
        /// Why it was refused.
        why: &'static str,
    },
    /// A directory of the store could not be created.
    #[error("failed to create directory '{path}'")]
    DirectoryCreation {
        /// The directory.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: io::Error,
    },
    /// The `<path>.lock` file of an artifact could not be locked in time.
    #[error("failed to acquire lock for artifact '{path}'")]
    AcquireLock {
        /// The artifact path the lock guards.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: io::Error,
    },
    /// The directory to archive does not exist or is not a directory.
    #[error("'{path}' is not a directory")]
    NotADirectory {
        /// The directory that was to be archived.
        path: String,
    },
    /// Reading an input or writing an archive failed.
    #[error("failed to archive '{path}'")]
    Archive {
        /// The entry or artifact being written.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: io::Error,
    },
    /// An in-memory archive entry has an unusable path or conflicts with another entry.
    #[error("invalid archive entry '{path}': {why}")]
    InvalidEntry {
        /// The entry path as given.
        path: String,
        /// Why it was refused.
        why: &'static str,
    },
    /// The files to archive hold more bytes than allowed.
    #[error("archive exceeds the size limit of {limit} bytes")]
    ArchiveTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// One file to archive is larger than allowed.
    #[error("file '{path}' of {size} bytes exceeds the per-file limit of {limit} bytes")]
    FileTooLarge {
        /// The file, relative to the archived root.
        path: String,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The tree to archive has more files and directories than allowed.
    #[error("archive exceeds the limit of {limit} entries")]
    TooManyEntries {
        /// The limit on files plus directories.
        limit: usize,
    },
    /// Data copied into the store is larger than allowed.
    #[error("artifact '{path}' exceeds the size limit of {limit} bytes")]
    ArtifactTooLarge {
        /// The artifact path.
        path: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// The `latest` symlink could not be updated.
    #[error("failed to update symlink '{path}'")]
    Symlink {
        /// The link path.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: io::Error,
    },
    /// A file or directory of the store could not be inspected.
    #[error("failed to stat '{path}'")]
    Stat {
        /// The file or directory.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: io::Error,
    },
    /// A stored artifact could not be read.
    #[error("failed to read '{path}'")]
    Read {
        /// The file.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: io::Error,
    },
    /// A stored artifact or directory could not be removed.
    #[error("failed to remove '{path}'")]
    Remove {
        /// The file or directory.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: io::Error,
    },
    /// `--artifact-digest-algo` names an algorithm the store does not implement.
    #[error("unsupported digest algorithm '{0}' (supported: sha256, sha384, sha512)")]
    UnsupportedDigestAlgorithm(String),
    /// An artifact digest is not of the form `<algorithm>:<hex>`.
    #[error("invalid artifact digest '{0}'")]
    InvalidDigest(String),
    /// The file server could not bind its address.
    #[error("failed to bind the artifact server to '{addr}'")]
    Bind {
        /// The address as configured.
        addr: String,
        /// The underlying I/O error.
        #[source]
        source: io::Error,
    },
    /// The file server stopped with an error.
    #[error("artifact server failed")]
    Serve(#[source] io::Error),
}

impl StorageError {
    /// Returns the Flux condition reason for this error (used with the `StorageOperationFailed`
    /// condition, or `GarbageCollectionFailed` for removals).
    pub fn reason(&self) -> &'static str {
        match self {
            Self::InvalidPath { .. } => "InvalidPath",
            Self::DirectoryCreation { .. } => "DirectoryCreationFailed",
            Self::AcquireLock { .. } => "AcquireLockFailed",
            Self::NotADirectory { .. }
            | Self::Archive { .. }
            | Self::InvalidEntry { .. }
            | Self::ArchiveTooLarge { .. }
            | Self::FileTooLarge { .. }
            | Self::TooManyEntries { .. }
            | Self::ArtifactTooLarge { .. } => "ArchiveOperationFailed",
            Self::Symlink { .. } => "SymlinkUpdateFailed",
            Self::Stat { .. } => "StatOperationFailed",
            Self::Read { .. } | Self::InvalidDigest(_) => "ReadOperationFailed",
            Self::Remove { .. } => "GarbageCollectionFailed",
            Self::UnsupportedDigestAlgorithm(_) | Self::Bind { .. } | Self::Serve(_) => "StorageOperationFailed",
        }
    }

    /// Reports whether the error comes from a size or entry-count cap rather than from I/O, so
    /// that retrying without a change of input cannot succeed.
    pub fn is_limit(&self) -> bool {
        matches!(
            self,
            Self::ArchiveTooLarge { .. }
                | Self::FileTooLarge { .. }
                | Self::TooManyEntries { .. }
                | Self::ArtifactTooLarge { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_map_to_flux_reasons_and_read_lowercase() {
        let e = StorageError::DirectoryCreation {
            path: "gitrepository/ns/x".into(),
            source: io::Error::other("boom"),
        };
        assert_eq!(e.reason(), "DirectoryCreationFailed");
        assert_eq!(e.to_string(), "failed to create directory 'gitrepository/ns/x'");
        assert!(std::error::Error::source(&e).is_some());
        assert_eq!(
            StorageError::TooManyEntries { limit: 3 }.reason(),
            "ArchiveOperationFailed"
        );
        assert!(StorageError::TooManyEntries { limit: 3 }.is_limit());
        let sym = StorageError::Symlink {
            path: "l".into(),
            source: io::Error::other("x"),
        };
        assert_eq!(sym.reason(), "SymlinkUpdateFailed");
        assert!(!sym.is_limit());
    }
}
