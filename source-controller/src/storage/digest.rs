//! Artifact digests: the algorithm chosen with `--artifact-digest-algo` ([`DigestAlgorithm`]) and
//! a writer adapter that hashes and counts the bytes passing through it ([`HashingWriter`]), so
//! the digest of an archive is computed over the gzip stream while it is written.

use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

use sha2::{Digest as _, Sha256, Sha384, Sha512};

use super::StorageError;

/// A digest algorithm artifacts can be identified with; digests read `<algorithm>:<hex>`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DigestAlgorithm {
    /// SHA-256, Flux's default (`sha256:<64 hex>`).
    #[default]
    Sha256,
    /// SHA-384 (`sha384:<96 hex>`).
    Sha384,
    /// SHA-512 (`sha512:<128 hex>`).
    Sha512,
}

impl DigestAlgorithm {
    /// Returns the algorithm's name as used in digests and in `--artifact-digest-algo`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sha256 => "sha256",
            Self::Sha384 => "sha384",
            Self::Sha512 => "sha512",
        }
    }

    /// Starts a new hash computation with this algorithm.
    pub fn hasher(self) -> Hasher {
        match self {
            Self::Sha256 => Hasher::Sha256(Sha256::new()),
            Self::Sha384 => Hasher::Sha384(Sha384::new()),
            Self::Sha512 => Hasher::Sha512(Sha512::new()),
        }
    }

    /// Returns the digest (`<algorithm>:<hex>`) of `data`.
    pub fn digest(self, data: &[u8]) -> String {
        let mut h = self.hasher();
        h.update(data);
        h.finish()
    }
}

impl fmt::Display for DigestAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DigestAlgorithm {
    type Err = StorageError;

    /// Parses an algorithm name as given to `--artifact-digest-algo` (case-insensitive).
    fn from_str(s: &str) -> Result<Self, StorageError> {
        match s.to_ascii_lowercase().as_str() {
            "sha256" => Ok(Self::Sha256),
            "sha384" => Ok(Self::Sha384),
            "sha512" => Ok(Self::Sha512),
            _ => Err(StorageError::UnsupportedDigestAlgorithm(s.to_owned())),
        }
    }
}

/// An in-progress hash computation of one [`DigestAlgorithm`].
#[derive(Clone, Debug)]
pub enum Hasher {
    /// A SHA-256 computation.
    Sha256(Sha256),
    /// A SHA-384 computation.
    Sha384(Sha384),
    /// A SHA-512 computation.
    Sha512(Sha512),
}

impl Hasher {
    /// Feeds `data` into the computation.
    pub fn update(&mut self, data: &[u8]) {
        match self {
            Self::Sha256(h) => h.update(data),
            Self::Sha384(h) => h.update(data),
            Self::Sha512(h) => h.update(data),
        }
    }

    /// Finishes the computation and returns `<algorithm>:<hex>`.
    pub fn finish(self) -> String {
        match self {
            Self::Sha256(h) => format!("sha256:{}", hex::encode(h.finalize())),
            Self::Sha384(h) => format!("sha384:{}", hex::encode(h.finalize())),
            Self::Sha512(h) => format!("sha512:{}", hex::encode(h.finalize())),
        }
    }
}

/// Splits a digest `<algorithm>:<hex>` into its algorithm and lowercase hex part, refusing
/// unknown algorithms and malformed hex.
pub fn parse_digest(digest: &str) -> Result<(DigestAlgorithm, String), StorageError> {
    let (algo, hex_part) = digest
        .split_once(':')
        .ok_or_else(|| StorageError::InvalidDigest(digest.to_owned()))?;
    let algo: DigestAlgorithm = algo.parse()?;
    let want_len = match algo {
        DigestAlgorithm::Sha256 => 64,
        DigestAlgorithm::Sha384 => 96,
        DigestAlgorithm::Sha512 => 128,
    };
    if hex_part.len() != want_len || !hex_part.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(StorageError::InvalidDigest(digest.to_owned()));
    }
    Ok((algo, hex_part.to_ascii_lowercase()))
}

/// A writer that forwards everything to an inner writer while hashing and counting the bytes
/// actually accepted by it.
#[derive(Debug)]
pub struct HashingWriter<W> {
    inner: W,
    hasher: Hasher,
    written: u64,
}

impl<W: Write> HashingWriter<W> {
    /// Wraps `inner`, hashing with `algo`.
    pub fn new(inner: W, algo: DigestAlgorithm) -> Self {
        Self {
            inner,
            hasher: algo.hasher(),
            written: 0,
        }
    }

    /// Returns how many bytes went through so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Returns the inner writer, the digest (`<algorithm>:<hex>`) and the byte count.
    pub fn finish(self) -> (W, String, u64) {
        (self.inner, self.hasher.finish(), self.written)
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        let accepted = buf.get(..n).unwrap_or(buf);
        self.hasher.update(accepted);
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashing_writer_digest_equals_digest_of_bytes() {
        let mut w = HashingWriter::new(Vec::new(), DigestAlgorithm::Sha256);
        w.write_all(b"hello ").unwrap();
        w.write_all(b"world").unwrap();
        let (bytes, digest, n) = w.finish();
        assert_eq!(bytes, b"hello world");
        assert_eq!(n, 11);
        assert_eq!(
            digest,
            "sha256:b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
        );
        assert_eq!(digest, DigestAlgorithm::Sha256.digest(b"hello world"));
    }

    #[test]
    fn algorithms_parse_by_flux_name_and_unknown_ones_are_refused() {
        assert_eq!("sha256".parse::<DigestAlgorithm>().unwrap(), DigestAlgorithm::Sha256);
        assert_eq!("SHA512".parse::<DigestAlgorithm>().unwrap(), DigestAlgorithm::Sha512);
        let err = "md5".parse::<DigestAlgorithm>().unwrap_err();
        assert!(err.to_string().contains("unsupported digest algorithm 'md5'"));
        assert!(DigestAlgorithm::Sha384.digest(b"").starts_with("sha384:"));
    }

    #[test]
    fn digests_are_parsed_strictly() {
        let d = DigestAlgorithm::Sha256.digest(b"x");
        let (algo, hex_part) = parse_digest(&d).unwrap();
        assert_eq!(algo, DigestAlgorithm::Sha256);
        assert_eq!(format!("sha256:{hex_part}"), d);
        assert!(parse_digest("sha256:abc").is_err());
        assert!(parse_digest("nocolon").is_err());
        assert!(parse_digest("blake3:00").is_err());
    }
}
