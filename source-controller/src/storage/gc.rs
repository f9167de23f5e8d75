//! Garbage collection of superseded artifacts: [`Storage::garbage_collect`].
//!
//! Semantics follow Flux's `--artifact-retention-records` / `--artifact-retention-ttl`: in the
//! directory of the current artifact, every other artifact file older than the TTL is deleted,
//! and of the younger ones only the newest are kept so that at most `records` files remain,
//! the current one included. The current artifact is never deleted, whatever its age. Symlinks
//! (the `latest` pointer) and lock files are not artifacts; the lock file of a deleted artifact
//! goes with it (a writer re-creating that very file at the same moment could lose its lock to
//! this; the write itself stays atomic). Temporary files left behind by a crash are removed once they are older than
//! the TTL (and at least [`STALE_TEMP_AGE`]).

use std::fs;
use std::io;
use std::time::{Duration, SystemTime};

use ferroflux_api::meta::Artifact;

use super::atomic::{LOCK_SUFFIX, is_temp_name, lock_path};
use super::{Retention, Storage, StorageError, split_file};

/// Minimum age of a temporary file before garbage collection treats it as abandoned.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(10 * 60);

/// An artifact file found next to the current one.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Candidate {
    name: String,
    modified: SystemTime,
}

impl Storage {
    /// Deletes superseded artifacts next to `current` according to the store's [`Retention`] and
    /// returns the storage-relative paths it deleted (abandoned temporary files included).
    pub fn garbage_collect(&self, current: &Artifact) -> Result<Vec<String>, StorageError> {
        self.garbage_collect_at(current, SystemTime::now())
    }

    /// [`Storage::garbage_collect`] with an explicit notion of "now".
    pub fn garbage_collect_at(&self, current: &Artifact, now: SystemTime) -> Result<Vec<String>, StorageError> {
        let local = self.local_path(current)?;
        let (dir, current_name) = split_file(&local)?;
        let rel_dir = current.path.rsplit_once('/').map(|(d, _)| d).unwrap_or_default();
        let stat_err = |source| StorageError::Stat {
            path: rel_dir.to_owned(),
            source,
        };
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(stat_err(e)),
        };
        let mut artifacts = Vec::new();
        let mut stale_temps = Vec::new();
        let temp_age = self.retention.ttl.max(STALE_TEMP_AGE);
        for entry in entries {
            let entry = entry.map_err(stat_err)?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            let meta = entry.metadata().map_err(stat_err)?;
            if !meta.is_file() {
                continue; // directories and the latest symlink
            }
            let modified = meta.modified().map_err(stat_err)?;
            if is_temp_name(&name) {
                if age(now, modified) > temp_age {
                    stale_temps.push(name);
                }
            } else if !name.ends_with(LOCK_SUFFIX) {
                artifacts.push(Candidate { name, modified });
            }
        }
        let mut deleted = Vec::new();
        for name in select_garbage(&artifacts, current_name, self.retention, now)
            .into_iter()
            .chain(stale_temps)
        {
            let path = dir.join(&name);
            let rel = format!("{rel_dir}/{name}");
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(source) => return Err(StorageError::Remove { path: rel, source }),
            }
            if !is_temp_name(&name) {
                match fs::remove_file(lock_path(&path)) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(source) => {
                        return Err(StorageError::Remove {
                            path: format!("{rel}{LOCK_SUFFIX}"),
                            source,
                        });
                    }
                }
            }
            deleted.push(rel);
        }
        Ok(deleted)
    }
}

/// Returns how long ago `modified` was; a time in the future counts as no age.
fn age(now: SystemTime, modified: SystemTime) -> Duration {
    now.duration_since(modified).unwrap_or_default()
}

/// Chooses which artifact files to delete: never `current`; anything older than the TTL; of
/// the rest, all but the newest so that at most `records` files remain with `current`.
fn select_garbage(files: &[Candidate], current: &str, retention: Retention, now: SystemTime) -> Vec<String> {
    let current_present = files.iter().any(|c| c.name == current);
    let mut others: Vec<&Candidate> = files.iter().filter(|c| c.name != current).collect();
    // Newest first; ties broken by name so the choice is deterministic.
    others.sort_by(|a, b| b.modified.cmp(&a.modified).then_with(|| b.name.cmp(&a.name)));
    let mut slots = retention.records.saturating_sub(usize::from(current_present));
    let mut garbage = Vec::new();
    for c in others {
        let expired = age(now, c.modified) > retention.ttl;
        if !expired && slots > 0 {
            slots -= 1;
        } else {
            garbage.push(c.name.clone());
        }
    }
    garbage
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::tests::{TempDir, storage};
    use std::fs::File;

    const T0: Duration = Duration::from_secs(1_700_000_000);

    fn at(secs_after_t0: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + T0 + Duration::from_secs(secs_after_t0)
    }

    fn cand(name: &str, secs: u64) -> Candidate {
        Candidate {
            name: name.to_owned(),
            modified: at(secs),
        }
    }

    fn set_mtime(path: &std::path::Path, t: SystemTime) {
        File::options().write(true).open(path).unwrap().set_modified(t).unwrap();
    }

    #[test]
    fn selection_keeps_the_newest_records_within_the_ttl() {
        let r = Retention {
            records: 2,
            ttl: Duration::from_secs(60),
        };
        let files = [cand("a", 0), cand("b", 10), cand("c", 20), cand("cur", 30)];
        // All young: keep cur + newest other (c).
        assert_eq!(select_garbage(&files, "cur", r, at(35)), ["b", "a"]);
        // c expired too: only cur remains.
        assert_eq!(select_garbage(&files, "cur", r, at(81)), ["c", "b", "a"]);
        // The current artifact survives any age.
        assert_eq!(select_garbage(&files, "cur", r, at(10_000)), ["c", "b", "a"]);
        // A current artifact that is not the newest file is still kept, and counts.
        assert_eq!(select_garbage(&files, "a", r, at(35)), ["c", "b"]);
        // A missing current artifact leaves both slots to the others.
        assert_eq!(select_garbage(&files, "gone", r, at(35)), ["b", "a"]);
        // records = 0 keeps only the current artifact.
        let none = Retention { records: 0, ..r };
        assert_eq!(select_garbage(&files, "cur", none, at(35)), ["c", "b", "a"]);
        // Future times count as fresh.
        assert!(select_garbage(&[cand("x", 100), cand("cur", 0)], "cur", r, at(0)).is_empty());
    }

    #[test]
    fn collection_deletes_old_artifacts_and_their_locks_but_not_links_or_the_current_one() {
        let t = TempDir::new("gc-fs");
        let s = storage(&t);
        let now = SystemTime::now();
        let mut written = Vec::new();
        for (i, age_secs) in [(1, 500), (2, 400), (3, 30), (4, 20), (5, 10)] {
            let mut a = s
                .new_artifact("GitRepository", "ns", "app", "r", &format!("{i}.tar.gz"))
                .unwrap();
            s.write_bytes(&mut a, format!("{i}").as_bytes()).unwrap();
            set_mtime(&s.local_path(&a).unwrap(), now - Duration::from_secs(age_secs));
            written.push(a);
        }
        let current = written[4].clone();
        s.symlink(&current, crate::storage::LATEST_TARBALL).unwrap();
        // An abandoned temp file from a crash, old enough, and a fresh one in progress.
        let dir = s.base().join("gitrepository/ns/app");
        fs::write(dir.join(".5.tar.gz.1.0.tmp"), b"partial").unwrap();
        set_mtime(&dir.join(".5.tar.gz.1.0.tmp"), now - Duration::from_secs(3600));
        fs::write(dir.join(".5.tar.gz.1.1.tmp"), b"partial").unwrap();

        let mut deleted = s.garbage_collect_at(&current, now).unwrap();
        deleted.sort();
        assert_eq!(
            deleted,
            [
                "gitrepository/ns/app/.5.tar.gz.1.0.tmp",
                "gitrepository/ns/app/1.tar.gz",
                "gitrepository/ns/app/2.tar.gz",
                "gitrepository/ns/app/3.tar.gz",
            ]
        );
        let mut left: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".5.tar.gz.1.1.tmp",
                "4.tar.gz",
                "4.tar.gz.lock",
                "5.tar.gz",
                "5.tar.gz.lock",
                "latest.tar.gz"
            ]
        );
        assert_eq!(fs::read(dir.join("latest.tar.gz")).unwrap(), b"5");

        // Once the TTL has passed for 4, only the current artifact is left; running again is a no-op.
        let later = now + Duration::from_secs(61);
        assert_eq!(
            s.garbage_collect_at(&current, later).unwrap(),
            ["gitrepository/ns/app/4.tar.gz"]
        );
        assert!(s.garbage_collect_at(&current, later).unwrap().is_empty());
        // A day later the once-fresh temp file counts as abandoned; the current artifact stays.
        assert_eq!(
            s.garbage_collect_at(&current, later + Duration::from_secs(86_400))
                .unwrap(),
            ["gitrepository/ns/app/.5.tar.gz.1.1.tmp"]
        );
        assert!(s.verify(&current).unwrap());
    }

    #[test]
    fn collection_of_a_missing_directory_is_empty_and_bad_paths_are_refused() {
        let t = TempDir::new("gc-missing");
        let s = storage(&t);
        let a = s.new_artifact("Bucket", "ns", "none", "r", "x.tar.gz").unwrap();
        assert!(s.garbage_collect(&a).unwrap().is_empty());
        let bad = Artifact {
            path: "x.tar.gz".into(),
            ..Artifact::default()
        };
        assert_eq!(s.garbage_collect(&bad).unwrap_err().reason(), "InvalidPath");
    }
}
