//! Splitting raw Git objects into the signed payload and the signature, the way Git does before
//! it hands both to gpg or ssh-keygen.
//!
//! A commit carries its signature in a `gpgsig` (or `gpgsig-sha256`) header whose continuation
//! lines start with one space; the payload is the object without that header. A tag carries its
//! signature appended to the message; the payload is everything before the last line that opens
//! a signature block. Entry points: [`split_commit`], [`split_tag`], [`signature_format`].

use std::borrow::Cow;

use super::{ObjectKind, SignatureFormat, VerifyError};

/// Commit header holding the signature in SHA-1 repositories.
const GPGSIG: &[u8] = b"gpgsig";
/// Commit header holding the signature in SHA-256 repositories (and the compatibility signature
/// of SHA-1 ones); never part of the payload either.
const GPGSIG_SHA256: &[u8] = b"gpgsig-sha256";

/// Lines that open a signature block in a tag, as Git recognises them.
const SIGNATURE_STARTS: &[&[u8]] = &[
    b"-----BEGIN PGP SIGNATURE-----",
    b"-----BEGIN PGP MESSAGE-----",
    b"-----BEGIN SSH SIGNATURE-----",
    b"-----BEGIN SIGNED MESSAGE-----",
];

/// A Git object split into the bytes that were signed and the signature over them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitObject<'a> {
    /// The bytes the signature covers: the object without its signature.
    pub payload: Cow<'a, [u8]>,
    /// The armored signature, `None` when the object is not signed.
    pub signature: Option<Cow<'a, [u8]>>,
}

/// Splits a raw commit object (headers, a blank line, the message — as `git cat-file commit`
/// prints it) into the payload without the `gpgsig`/`gpgsig-sha256` header and the signature.
///
/// The `gpgsig` signature is preferred; `gpgsig-sha256` is used when it is the only one. Both
/// headers are always removed from the payload. Only the header block is searched, so a message
/// line that happens to start with `gpgsig` is payload.
pub fn split_commit(raw: &[u8]) -> Result<SplitObject<'_>, VerifyError> {
    let malformed = |why| VerifyError::MalformedObject {
        object: ObjectKind::Commit,
        why,
    };
    let mut payload: Vec<u8> = Vec::with_capacity(raw.len());
    let mut sha1_sig: Option<Vec<u8>> = None;
    let mut sha256_sig: Option<Vec<u8>> = None;
    let mut pos = 0;
    while pos < raw.len() {
        let next = line_end(raw, pos);
        let line = &raw[pos..next];
        if line == b"\n" {
            // End of the header block: the blank line and the message are payload as they are.
            payload.extend_from_slice(&raw[pos..]);
            break;
        }
        let (value, target) = if let Some(value) = header_value(line, GPGSIG) {
            (value, &mut sha1_sig)
        } else if let Some(value) = header_value(line, GPGSIG_SHA256) {
            (value, &mut sha256_sig)
        } else {
            payload.extend_from_slice(line);
            pos = next;
            continue;
        };
        if target.is_some() {
            return Err(malformed("more than one signature header"));
        }
        let mut sig = value.to_vec();
        pos = next;
        // Continuation lines start with a single space that is not part of the value.
        while pos < raw.len() && raw[pos] == b' ' {
            let next = line_end(raw, pos);
            sig.extend_from_slice(&raw[pos + 1..next]);
            pos = next;
        }
        *target = Some(sig);
    }
    let signature = sha1_sig.or(sha256_sig);
    match signature {
        None if payload.len() == raw.len() => Ok(SplitObject {
            payload: Cow::Borrowed(raw),
            signature: None,
        }),
        None => Ok(SplitObject {
            payload: Cow::Owned(payload),
            signature: None,
        }),
        Some(sig) => Ok(SplitObject {
            payload: Cow::Owned(payload),
            signature: Some(Cow::Owned(sig)),
        }),
    }
}

/// Splits a raw annotated tag object (as `git cat-file tag` prints it) into the payload and the
/// signature appended to its message: everything from the last line that opens a PGP, SSH or
/// x509 signature block is the signature.
pub fn split_tag(raw: &[u8]) -> SplitObject<'_> {
    let mut start = None;
    let mut pos = 0;
    while pos < raw.len() {
        if SIGNATURE_STARTS.iter().any(|s| raw[pos..].starts_with(s)) {
            start = Some(pos);
        }
        pos = line_end(raw, pos);
    }
    match start {
        Some(at) => SplitObject {
            payload: Cow::Borrowed(&raw[..at]),
            signature: Some(Cow::Borrowed(&raw[at..])),
        },
        None => SplitObject {
            payload: Cow::Borrowed(raw),
            signature: None,
        },
    }
}

/// Detects the format of an armored signature from its first line (leading whitespace ignored),
/// like Flux: only `PGP SIGNATURE` blocks are PGP, `SSH SIGNATURE` blocks are SSH, `SIGNED
/// MESSAGE` blocks are x509, anything else is unknown.
pub fn signature_format(signature: &[u8]) -> SignatureFormat {
    let trimmed = signature.trim_ascii_start();
    if trimmed.starts_with(b"-----BEGIN PGP SIGNATURE-----") {
        SignatureFormat::Pgp
    } else if trimmed.starts_with(b"-----BEGIN SSH SIGNATURE-----") {
        SignatureFormat::Ssh
    } else if trimmed.starts_with(b"-----BEGIN SIGNED MESSAGE-----") {
        SignatureFormat::X509
    } else {
        SignatureFormat::Unknown
    }
}

/// Checks the first header line of a commit (`tree <id>`) or tag (`object <id>`).
pub(crate) fn check_object(raw: &[u8], object: ObjectKind) -> Result<(), VerifyError> {
    let first = match object {
        ObjectKind::Commit => b"tree ".as_slice(),
        ObjectKind::Tag => b"object ".as_slice(),
    };
    if raw.is_empty() {
        return Err(VerifyError::MalformedObject {
            object,
            why: "empty object",
        });
    }
    if !raw.starts_with(first) {
        let why = match object {
            ObjectKind::Commit => "it does not start with a tree header",
            ObjectKind::Tag => "it does not start with an object header",
        };
        return Err(VerifyError::MalformedObject { object, why });
    }
    Ok(())
}

/// Returns the index just past the line starting at `pos` (past its `\n`, or the end).
fn line_end(raw: &[u8], pos: usize) -> usize {
    match raw[pos..].iter().position(|&b| b == b'\n') {
        Some(i) => pos + i + 1,
        None => raw.len(),
    }
}

/// Returns the value of a header line `<name> <value>` when the line is that header.
fn header_value<'l>(line: &'l [u8], name: &[u8]) -> Option<&'l [u8]> {
    line.strip_prefix(name)?.strip_prefix(b" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGNED_COMMIT: &[u8] = b"tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\
author A <a@example.com> 1700000000 +0000\n\
committer A <a@example.com> 1700000000 +0000\n\
gpgsig -----BEGIN PGP SIGNATURE-----\n \n abc\n -----END PGP SIGNATURE-----\n\
\n\
hello\ngpgsig not a header\n";

    #[test]
    fn commit_payload_is_the_object_without_the_signature_header() {
        let split = split_commit(SIGNED_COMMIT).unwrap();
        assert_eq!(
            split.payload.as_ref(),
            b"tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\
author A <a@example.com> 1700000000 +0000\n\
committer A <a@example.com> 1700000000 +0000\n\
\n\
hello\ngpgsig not a header\n"
                .as_slice()
        );
        assert_eq!(
            split.signature.unwrap().as_ref(),
            b"-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----\n".as_slice()
        );
    }

    #[test]
    fn unsigned_commit_is_borrowed_whole() {
        let raw = b"tree 1\nauthor a\n\nmsg\n";
        let split = split_commit(raw).unwrap();
        assert!(matches!(split.payload, Cow::Borrowed(_)));
        assert_eq!(split.payload.as_ref(), raw.as_slice());
        assert!(split.signature.is_none());
    }

    #[test]
    fn both_signature_headers_leave_the_payload_and_sha1_wins() {
        let raw = b"tree 1\ngpgsig-sha256 B\n b2\ngpgsig A\n a2\nauthor x\n\nm";
        let split = split_commit(raw).unwrap();
        assert_eq!(split.payload.as_ref(), b"tree 1\nauthor x\n\nm".as_slice());
        assert_eq!(split.signature.unwrap().as_ref(), b"A\na2\n".as_slice());
        let only256 = split_commit(b"tree 1\ngpgsig-sha256 B\n\nm").unwrap();
        assert_eq!(only256.signature.unwrap().as_ref(), b"B\n".as_slice());
    }

    #[test]
    fn duplicate_signature_headers_are_malformed() {
        let err = split_commit(b"tree 1\ngpgsig A\ngpgsig B\n\nm").unwrap_err();
        assert_eq!(
            err,
            VerifyError::MalformedObject {
                object: ObjectKind::Commit,
                why: "more than one signature header"
            }
        );
    }

    #[test]
    fn truncated_commits_do_not_panic() {
        for raw in [
            &b""[..],
            b"gpgsig",
            b"gpgsig ",
            b"gpgsig \n ",
            b"\n",
            b"tree",
            b"gpgsig x\n",
        ] {
            let _ = split_commit(raw);
            let _ = split_tag(raw);
            let _ = signature_format(raw);
        }
    }

    #[test]
    fn tag_signature_is_the_last_signature_block() {
        let raw = b"object 1\ntype commit\ntag v1\ntagger t\n\nmsg\n-----BEGIN SSH SIGNATURE-----\nnot this\n\
-----BEGIN PGP SIGNATURE-----\n\nsig\n-----END PGP SIGNATURE-----\n";
        let split = split_tag(raw);
        assert_eq!(
            split.payload.as_ref(),
            b"object 1\ntype commit\ntag v1\ntagger t\n\nmsg\n-----BEGIN SSH SIGNATURE-----\nnot this\n".as_slice()
        );
        assert_eq!(
            split.signature.unwrap().as_ref(),
            b"-----BEGIN PGP SIGNATURE-----\n\nsig\n-----END PGP SIGNATURE-----\n".as_slice()
        );
        assert!(
            split_tag(b"object 1\n\nmsg ----BEGIN PGP SIGNATURE-----\n")
                .signature
                .is_none()
        );
    }

    #[test]
    fn signature_formats_follow_the_armor_header() {
        assert_eq!(
            signature_format(b"\n -----BEGIN PGP SIGNATURE-----\n"),
            SignatureFormat::Pgp
        );
        assert_eq!(
            signature_format(b"-----BEGIN SSH SIGNATURE-----\n"),
            SignatureFormat::Ssh
        );
        assert_eq!(
            signature_format(b"-----BEGIN SIGNED MESSAGE-----\n"),
            SignatureFormat::X509
        );
        assert_eq!(
            signature_format(b"-----BEGIN PGP MESSAGE-----\n"),
            SignatureFormat::Unknown
        );
        assert_eq!(signature_format(b""), SignatureFormat::Unknown);
    }

    #[test]
    fn objects_must_start_with_their_first_header() {
        assert!(check_object(b"tree 1\n", ObjectKind::Commit).is_ok());
        assert!(check_object(b"object 1\n", ObjectKind::Tag).is_ok());
        assert!(check_object(b"object 1\n", ObjectKind::Commit).is_err());
        assert!(check_object(b"", ObjectKind::Tag).is_err());
    }
}
