//! Crash-safe file system primitives of the store: temporary files that become visible only by
//! an atomic rename after `fsync` ([`TempFile`]), atomically replaced symlinks
//! ([`replace_symlink`]) and advisory `<path>.lock` file locks ([`FileLock`]).
//!
//! Temporary names start with a dot and end in `.tmp`, live in the destination directory (so
//! the rename never crosses file systems) and are ignored by garbage collection until they are
//! older than the retention TTL, which is how leftovers of a crash get cleaned up.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Suffix of lock files next to artifacts.
pub const LOCK_SUFFIX: &str = ".lock";
/// Suffix of temporary files.
pub const TEMP_SUFFIX: &str = ".tmp";

/// Distinguishes temporary names created by this process.
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Returns a fresh temporary name for `base` in `dir`: `.<base>.<pid>.<n>.tmp`.
fn temp_name(dir: &Path, base: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    dir.join(format!(".{base}.{}.{n}{TEMP_SUFFIX}", std::process::id()))
}

/// Reports whether `name` is a temporary file name of the store.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(TEMP_SUFFIX)
}

/// A temporary file next to its destination, removed on drop unless [`TempFile::persist`]ed.
#[derive(Debug)]
pub struct TempFile {
    path: PathBuf,
    file: Option<File>,
}

impl TempFile {
    /// Creates a new temporary file (mode 0600) in `dir` for the destination file name `base`.
    pub fn create(dir: &Path, base: &str) -> io::Result<Self> {
        loop {
            let path = temp_name(dir, base);
            match OpenOptions::new().write(true).create_new(true).mode(0o600).open(&path) {
                Ok(file) => return Ok(Self { path, file: Some(file) }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Returns the open file for writing.
    pub fn file(&mut self) -> io::Result<&mut File> {
        self.file
            .as_mut()
            .ok_or_else(|| io::Error::other("temporary file already closed"))
    }

    /// Flushes the file to disk, renames it to `dest` and syncs the directory (best effort).
    pub fn persist(mut self, dest: &Path) -> io::Result<()> {
        if let Some(file) = self.file.take() {
            file.sync_all()?;
        }
        fs::rename(&self.path, dest)?;
        self.path = PathBuf::new();
        sync_dir(dest);
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Syncs the directory holding `path` so a rename survives a crash; errors are ignored since
/// some file systems refuse `fsync` on directories.
fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent()
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
}

/// Points the symlink `link` at `target` (normally a bare file name in the same directory),
/// replacing whatever link was there atomically.
pub fn replace_symlink(target: &Path, link: &Path) -> io::Result<()> {
    let dir = link
        .parent()
        .ok_or_else(|| io::Error::other("link has no parent directory"))?;
    let base = link
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| io::Error::other("link has no file name"))?;
    let tmp = temp_name(dir, &base);
    std::os::unix::fs::symlink(target, &tmp)?;
    if let Err(e) = fs::rename(&tmp, link) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(link);
    Ok(())
}

/// Returns the lock file path of `path`: `<path>.lock`.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut s: OsString = path.as_os_str().to_owned();
    s.push(LOCK_SUFFIX);
    PathBuf::from(s)
}

/// An exclusive advisory lock (`flock`) on `<path>.lock`, released on drop. Locks taken through
/// separate opens conflict even within one process, so this serialises writers of one artifact
/// across threads and processes sharing the volume.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

impl FileLock {
    /// Locks `<path>.lock`, creating it if needed, waiting up to `timeout`.
    pub fn acquire(path: &Path, timeout: Duration) -> io::Result<Self> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(lock_path(path))?;
        let deadline = Instant::now() + timeout;
        let mut wait = Duration::from_millis(5);
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: file }),
                Err(fs::TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        return Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            "lock is held by another writer",
                        ));
                    }
                    std::thread::sleep(wait);
                    wait = (wait * 2).min(Duration::from_millis(200));
                }
                Err(fs::TryLockError::Error(e)) => return Err(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::tests::TempDir;
    use std::io::Write;

    #[test]
    fn temp_files_are_invisible_until_persisted_and_removed_when_dropped() {
        let t = TempDir::new("atomic-temp");
        let dest = t.path().join("a.tar.gz");
        fs::write(&dest, b"old").unwrap();
        {
            let mut tmp = TempFile::create(t.path(), "a.tar.gz").unwrap();
            tmp.file().unwrap().write_all(b"half").unwrap();
            assert_eq!(fs::read(&dest).unwrap(), b"old");
            // dropped without persist: the old file stays, no temp file is left
        }
        assert_eq!(fs::read_dir(t.path()).unwrap().count(), 1);
        let mut tmp = TempFile::create(t.path(), "a.tar.gz").unwrap();
        tmp.file().unwrap().write_all(b"new").unwrap();
        tmp.persist(&dest).unwrap();
        assert_eq!(fs::read(&dest).unwrap(), b"new");
        assert_eq!(fs::read_dir(t.path()).unwrap().count(), 1);
    }

    #[test]
    fn symlinks_are_replaced_in_place() {
        let t = TempDir::new("atomic-link");
        let link = t.path().join("latest.tar.gz");
        replace_symlink(Path::new("one"), &link).unwrap();
        replace_symlink(Path::new("two"), &link).unwrap();
        assert_eq!(fs::read_link(&link).unwrap(), Path::new("two"));
        assert_eq!(fs::read_dir(t.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_held_lock_blocks_a_second_writer_until_released() {
        let t = TempDir::new("atomic-lock");
        let p = t.path().join("x.tar.gz");
        let held = FileLock::acquire(&p, Duration::from_secs(1)).unwrap();
        let err = FileLock::acquire(&p, Duration::from_millis(30)).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        drop(held);
        FileLock::acquire(&p, Duration::from_millis(30)).unwrap();
        assert!(lock_path(&p).ends_with("x.tar.gz.lock"));
        assert!(is_temp_name(".x.tar.gz.1.2.tmp"));
        assert!(!is_temp_name("x.tar.gz"));
    }
}
