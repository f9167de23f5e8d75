//! `spec.include`: the artifacts of other GitRepositories in the same namespace, copied into
//! this one's artifact (`fromPath` of the included artifact → `toPath`, by default the included
//! repository's name), and the bookkeeping that decides when an artifact must be rebuilt.
//!
//! [`resolve`] reads the included objects: each must exist and have an artifact, otherwise the
//! reconcile waits (`IncludeUnavailable`, reasons `NotFound`/`NoArtifact`, requeued after
//! `--requeue-dependency`), as in Flux. [`apply`] reads the included artifacts straight from the
//! local storage (this controller wrote them), checks their digest against the included
//! object's status, unpacks them in memory and places their files like Flux's rename does: a
//! destination that already exists as a directory is an error (`CopyFailure`).
//! [`content_unchanged`] is Flux's `gitContentConfigChanged`, negated: the artifact is up to date
//! only when the ignore rules, submodule setting, sparse directories, includes and the included
//! artifacts' revisions and digests all match what built it.
//!
//! Flux watches included GitRepositories and requeues the including one when their artifact
//! changes. The shared runtime has no secondary watches, so here an including object is
//! requeued at the shortest interval among itself and its includes ([`requeue_after`]): an
//! included artifact only changes when the included object reconciles, and the next reconcile
//! of the including object sees the new digest and rebuilds.

use crate::git::TreeFile;
use crate::storage::Storage;
use crate::storage::digest::parse_digest;
use ferroflux_api::meta::Artifact;
use ferroflux_api::source::{GitRepository, GitRepositoryInclude, GitRepositorySpec, GitRepositoryStatus};
use ferroflux_runtime::duration::parse_duration;
use ferroflux_runtime::{Context, ReconcileError};
use kube::{Api, ResourceExt};
use std::io::Read;
use std::time::Duration;

/// Reason of a failed include copy (Flux's).
pub const COPY_FAILURE: &str = "CopyFailure";

/// An include whose GitRepository is available.
#[derive(Clone, Debug)]
pub struct Included {
    /// The `spec.include` entry.
    pub include: GitRepositoryInclude,
    /// The included object's current artifact.
    pub artifact: Artifact,
    /// The included object's `spec.interval`.
    pub interval: Option<Duration>,
}

/// Reads the GitRepositories `obj` includes. Fails with a waiting error (Flux's `NotFound` or
/// `NoArtifact`, retried after `requeue`) while one of them is missing or has no artifact, and
/// stalls on an include of the object itself or of an object including it back (whose
/// artifacts would grow with every rebuild).
pub async fn resolve(obj: &GitRepository, ctx: &Context, requeue: Duration) -> Result<Vec<Included>, ReconcileError> {
    let Some(includes) = obj.spec.include.as_ref().filter(|i| !i.is_empty()) else {
        return Ok(Vec::new());
    };
    let (namespace, own) = (obj.namespace().unwrap_or_default(), obj.name_any());
    let api: Api<GitRepository> = Api::namespaced(ctx.client.clone(), &namespace);
    let mut out = Vec::with_capacity(includes.len());
    for incl in includes {
        let name = &incl.repository.name;
        if *name == own {
            return Err(ReconcileError::stalled(
                "InvalidInclude",
                format!("include '{name}' refers to the GitRepository itself"),
            ));
        }
        let dep = match api.get_opt(name).await {
            Ok(Some(d)) => d,
            Ok(None) => {
                return Err(ReconcileError::waiting(
                    "NotFound",
                    format!(
                        "could not get resource for include '{name}': gitrepositories.source.toolkit.fluxcd.io \"{name}\" not found"
                    ),
                    requeue,
                ));
            }
            Err(e) => {
                return Err(ReconcileError::waiting(
                    "NotFound",
                    format!("could not get resource for include '{name}': {e}"),
                    requeue,
                ));
            }
        };
        let includes_back = dep
            .spec
            .include
            .as_ref()
            .is_some_and(|i| i.iter().any(|x| x.repository.name == own));
        if includes_back {
            return Err(ReconcileError::stalled(
                "InvalidInclude",
                format!("include '{name}' includes this GitRepository in turn"),
            ));
        }
        let Some(artifact) = dep.status.as_ref().and_then(|s| s.artifact.clone()) else {
            return Err(ReconcileError::waiting(
                "NoArtifact",
                format!("no artifact available for include '{name}'"),
                requeue,
            ));
        };
        out.push(Included {
            include: incl.clone(),
            artifact,
            interval: parse_duration(&dep.spec.interval).ok().filter(|d| !d.is_zero()),
        });
    }
    Ok(out)
}

/// Returns when the including object should be looked at again so that a new artifact of an
/// include is picked up: the shortest include interval when it is shorter than `own`.
pub fn requeue_after(own: Duration, included: &[Included]) -> Option<Duration> {
    included.iter().filter_map(|i| i.interval).min().filter(|d| *d < own)
}

/// Reports whether the current artifact was built from the same content settings as `spec`
/// asks for now, with the same included artifacts (Flux's `gitContentConfigChanged`, negated).
pub fn content_unchanged(spec: &GitRepositorySpec, observed: &GitRepositoryStatus, included: &[Artifact]) -> bool {
    if spec.ignore != observed.observed_ignore {
        return false;
    }
    if spec.recurse_submodules.unwrap_or(false) != observed.observed_recurse_submodules.unwrap_or(false) {
        return false;
    }
    let sparse = spec.sparse_checkout.as_deref().unwrap_or_default();
    if sparse != observed.observed_sparse_checkout.as_deref().unwrap_or_default() {
        return false;
    }
    let includes = spec.include.as_deref().unwrap_or_default();
    let observed_includes = observed.observed_include.as_deref().unwrap_or_default();
    let observed_artifacts = observed.included_artifacts.as_deref().unwrap_or_default();
    if includes.len() != observed_includes.len()
        || includes.len() != included.len()
        || includes.len() != observed_artifacts.len()
    {
        return false;
    }
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    includes
        .iter()
        .zip(observed_includes)
        .zip(included.iter().zip(observed_artifacts))
        .all(|((want, seen), (now, then))| {
            want.repository == seen.repository
                && text(&want.from_path) == text(&seen.from_path)
                && text(&want.to_path) == text(&seen.to_path)
                && now.revision == then.revision
                && now.digest == then.digest
        })
}

/// Copies the contents of every included artifact into `files`, in `spec.include` order.
pub fn apply(
    storage: &Storage,
    namespace: &str,
    included: &[Included],
    files: &mut Vec<TreeFile>,
) -> Result<(), ReconcileError> {
    for inc in included {
        let name = &inc.include.repository.name;
        let from = inc.include.from_path.clone().unwrap_or_default();
        let to = inc.include.effective_to_path().to_owned();
        let fail = |why: String| {
            ReconcileError::transient(
                COPY_FAILURE,
                format!("failed to copy '{name}' include from {from} to {to}: {why}"),
            )
        };
        let content = read_artifact(storage, namespace, name, &inc.artifact).map_err(fail)?;
        place(files, content, &from, &to).map_err(fail)?;
    }
    Ok(())
}

/// Reads the artifact of the GitRepository `name` from local storage, verifies its digest and
/// returns its regular files. Only files below `gitrepository/<namespace>/<name>/` are read,
/// whatever the (untrusted) status says.
pub fn read_artifact(
    storage: &Storage,
    namespace: &str,
    name: &str,
    artifact: &Artifact,
) -> Result<Vec<TreeFile>, String> {
    let prefix = format!("gitrepository/{namespace}/{name}/");
    if !artifact.path.starts_with(&prefix) {
        return Err(format!(
            "artifact path '{}' is not in the storage of '{name}'",
            artifact.path
        ));
    }
    let path = storage.local_path(artifact).map_err(|e| e.to_string())?;
    let limits = storage.limits();
    let file = std::fs::File::open(&path).map_err(|e| format!("open artifact '{}': {e}", artifact.path))?;
    let mut bytes = Vec::new();
    file.take(limits.max_total_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("read artifact '{}': {e}", artifact.path))?;
    if bytes.len() as u64 > limits.max_total_bytes {
        return Err(format!(
            "artifact '{}' exceeds {} bytes",
            artifact.path, limits.max_total_bytes
        ));
    }
    let want = artifact
        .digest
        .as_deref()
        .ok_or_else(|| format!("artifact '{}' has no digest", artifact.path))?;
    let (algo, _) = parse_digest(want).map_err(|e| e.to_string())?;
    let got = algo.digest(&bytes);
    if got != want {
        return Err(format!(
            "digest mismatch for artifact '{}': expected {want}, got {got}",
            artifact.path
        ));
    }
    untar(&bytes, limits.max_total_bytes, limits.max_entries)
}

/// Unpacks a `.tar.gz` in memory: regular files only (directories are implied, everything else
/// is skipped), paths normalised and refused when they would leave the root, sizes capped.
pub fn untar(bytes: &[u8], max_bytes: u64, max_entries: usize) -> Result<Vec<TreeFile>, String> {
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(bytes));
    let mut out = Vec::new();
    let mut total = 0u64;
    let entries = archive.entries().map_err(|e| format!("read archive: {e}"))?;
    for (n, entry) in entries.enumerate() {
        if n >= max_entries {
            return Err(format!("archive has more than {max_entries} entries"));
        }
        let mut entry = entry.map_err(|e| format!("read archive: {e}"))?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let raw = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        if raw.starts_with('/') || raw.split('/').any(|s| s == "..") || raw.contains('\\') || raw.contains('\0') {
            return Err(format!("archive entry '{raw}' escapes the archive root"));
        }
        let Some(path) = crate::git::normalise_path(&raw) else {
            continue;
        };
        let size = entry.header().size().map_err(|e| format!("read archive: {e}"))?;
        total = total.saturating_add(size);
        if total > max_bytes {
            return Err(format!("archive content exceeds {max_bytes} bytes"));
        }
        let executable = entry.header().mode().map(|m| m & 0o111 != 0).unwrap_or(false);
        let mut data = Vec::with_capacity(usize::try_from(size.min(1 << 20)).unwrap_or(0));
        entry
            .read_to_end(&mut data)
            .map_err(|e| format!("read archive entry '{path}': {e}"))?;
        out.push(TreeFile { path, data, executable });
    }
    Ok(out)
}

/// Places `included` files (an unpacked artifact) into `files`: the file or directory at `from`
/// (the whole artifact when empty) becomes `to`. Like Flux's rename, an existing directory at
/// `to` is an error and an existing file at `to` is replaced by a file.
pub fn place(files: &mut Vec<TreeFile>, included: Vec<TreeFile>, from: &str, to: &str) -> Result<(), String> {
    let from_n = crate::git::normalise_path(from);
    let to_n = crate::git::normalise_path(to);
    // The selected files, with their paths relative to `from` ("" for a single file).
    let mut selected: Vec<(String, TreeFile)> = Vec::new();
    for f in included {
        let rel = match &from_n {
            None => Some(f.path.clone()),
            Some(p) if f.path == *p => Some(String::new()),
            Some(p) => f
                .path
                .strip_prefix(p.as_str())
                .and_then(|r| r.strip_prefix('/'))
                .map(str::to_owned),
        };
        if let Some(rel) = rel {
            selected.push((rel, f));
        }
    }
    if selected.is_empty() && from_n.is_some() {
        return Err(format!("path '{from}' does not exist in the included artifact"));
    }
    let single_file = selected.len() == 1 && selected.first().is_some_and(|(r, _)| r.is_empty());
    let dest = to_n.clone().unwrap_or_default();
    let under = |p: &str| dest.is_empty() || p.starts_with(&format!("{dest}/"));
    if files.iter().any(|f| under(&f.path)) {
        return Err(format!("destination '{to}' already exists in the artifact"));
    }
    if files
        .iter()
        .any(|f| !dest.is_empty() && dest.starts_with(&format!("{}/", f.path)))
    {
        return Err(format!("a parent of destination '{to}' is a file"));
    }
    if dest.is_empty() && single_file {
        return Err(format!("cannot copy file '{from}' to the artifact root"));
    }
    if files.iter().any(|f| f.path == dest) {
        if !single_file {
            return Err(format!("destination '{to}' exists and is not a directory"));
        }
        files.retain(|f| f.path != dest);
    }
    for (rel, f) in selected {
        let path = match (dest.is_empty(), rel.is_empty()) {
            (true, _) => rel,
            (false, true) => dest.clone(),
            (false, false) => format!("{dest}/{rel}"),
        };
        files.push(TreeFile { path, ..f });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ferroflux_api::meta::LocalObjectReference;

    fn f(p: &str, d: &str) -> TreeFile {
        TreeFile {
            path: p.into(),
            data: d.as_bytes().to_vec(),
            executable: false,
        }
    }

    fn paths(files: &[TreeFile]) -> Vec<&str> {
        files.iter().map(|f| f.path.as_str()).collect()
    }

    #[test]
    fn included_directories_land_at_to_path() {
        let inc = vec![
            f("deploy/app.yaml", "a"),
            f("deploy/sub/b.yaml", "b"),
            f("README.md", "r"),
        ];
        let mut files = vec![f("main.yaml", "m")];
        place(&mut files, inc.clone(), "./deploy/", "base/app").unwrap();
        assert_eq!(paths(&files), ["base/app/app.yaml", "base/app/sub/b.yaml", "main.yaml"]);
        // The whole artifact, to the default destination.
        let mut files = vec![f("main.yaml", "m")];
        place(&mut files, inc.clone(), "", "other").unwrap();
        assert_eq!(
            paths(&files),
            [
                "main.yaml",
                "other/README.md",
                "other/deploy/app.yaml",
                "other/deploy/sub/b.yaml"
            ]
        );
        // A single file, replacing an existing file.
        let mut files = vec![f("config.yaml", "old")];
        place(&mut files, inc.clone(), "deploy/app.yaml", "config.yaml").unwrap();
        assert_eq!(files, vec![f("config.yaml", "a")]);
        // `..` cannot climb out.
        let mut files = vec![];
        place(&mut files, inc, "../../deploy", "../x").unwrap();
        assert_eq!(paths(&files), ["x/app.yaml", "x/sub/b.yaml"]);
    }

    #[test]
    fn existing_destinations_and_missing_sources_fail_like_flux() {
        let inc = vec![f("deploy/app.yaml", "a")];
        let mut files = vec![f("base/x.yaml", "x")];
        assert!(
            place(&mut files, inc.clone(), "", "base")
                .unwrap_err()
                .contains("already exists")
        );
        assert!(
            place(&mut files, inc.clone(), "", ".").is_err(),
            "the root always exists"
        );
        assert!(place(&mut files, inc.clone(), "", "base/x.yaml/y").is_err());
        assert!(
            place(&mut files, inc.clone(), "nope", "y")
                .unwrap_err()
                .contains("'nope' does not exist")
        );
        assert_eq!(files, vec![f("base/x.yaml", "x")], "nothing changed on failure");
    }

    fn include(name: &str, from: Option<&str>, to: Option<&str>) -> GitRepositoryInclude {
        GitRepositoryInclude {
            repository: LocalObjectReference { name: name.into() },
            from_path: from.map(Into::into),
            to_path: to.map(Into::into),
        }
    }

    fn artifact(rev: &str, digest: &str) -> Artifact {
        Artifact {
            revision: rev.into(),
            digest: Some(digest.into()),
            ..Default::default()
        }
    }

    #[test]
    fn content_changes_are_detected_like_flux() {
        let spec: GitRepositorySpec = serde_json::from_value(serde_json::json!({
            "url": "https://h/r", "interval": "1m",
            "include": [{"repository": {"name": "lib"}, "toPath": "vendor"}],
            "sparseCheckout": ["charts"],
        }))
        .unwrap();
        let current = vec![artifact("main@sha1:1", "sha256:a")];
        let observed = GitRepositoryStatus {
            observed_include: Some(vec![include("lib", Some(""), Some("vendor"))]),
            included_artifacts: Some(current.clone()),
            observed_sparse_checkout: Some(vec!["charts".into()]),
            ..Default::default()
        };
        assert!(content_unchanged(&spec, &observed, &current));
        assert!(!content_unchanged(
            &spec,
            &observed,
            &[artifact("main@sha1:1", "sha256:b")]
        ));
        assert!(!content_unchanged(
            &spec,
            &observed,
            &[artifact("main@sha1:2", "sha256:a")]
        ));
        let sparse = GitRepositoryStatus {
            observed_sparse_checkout: Some(vec!["kustomize".into()]),
            ..observed.clone()
        };
        assert!(!content_unchanged(&spec, &sparse, &current));
        let submodules = GitRepositoryStatus {
            observed_recurse_submodules: Some(true),
            ..observed.clone()
        };
        assert!(!content_unchanged(&spec, &submodules, &current));
        let moved = GitRepositoryStatus {
            observed_include: Some(vec![include("lib", None, Some("elsewhere"))]),
            ..observed
        };
        assert!(!content_unchanged(&spec, &moved, &current));
        // Nothing set and nothing observed: unchanged.
        let plain: GitRepositorySpec =
            serde_json::from_value(serde_json::json!({"url": "https://h/r", "interval": "1m"})).unwrap();
        assert!(content_unchanged(&plain, &GitRepositoryStatus::default(), &[]));
    }

    #[test]
    fn includers_are_requeued_at_the_shortest_include_interval() {
        let inc = |secs: Option<u64>| Included {
            include: include("x", None, None),
            artifact: Artifact::default(),
            interval: secs.map(Duration::from_secs),
        };
        let own = Duration::from_secs(600);
        assert_eq!(
            requeue_after(own, &[inc(Some(60)), inc(Some(30)), inc(None)]),
            Some(Duration::from_secs(30))
        );
        assert_eq!(requeue_after(own, &[inc(Some(900))]), None);
        assert_eq!(requeue_after(own, &[]), None);
    }

    #[test]
    fn artifacts_unpack_with_modes_and_refuse_escapes() {
        let t = crate::storage::tests::TempDir::new("include-untar");
        let s = crate::storage::tests::storage(&t);
        let mut a = s
            .new_artifact("GitRepository", "ns", "lib", "main@sha1:1", "1.tar.gz")
            .unwrap();
        let entries = [
            crate::storage::MemEntry::file("a/b.yaml", b"b"),
            crate::storage::MemEntry::executable("run.sh", b"#!/bin/sh"),
        ];
        s.archive_entries(&mut a, &entries, None).unwrap();
        let files = read_artifact(&s, "ns", "lib", &a).unwrap();
        assert_eq!(paths(&files), ["a/b.yaml", "run.sh"]);
        assert!(files.iter().any(|f| f.path == "run.sh" && f.executable));
        assert!(files.iter().any(|f| f.path == "a/b.yaml" && !f.executable));
        // Another object's storage, or a tampered file, is refused.
        assert!(
            read_artifact(&s, "ns", "other", &a)
                .unwrap_err()
                .contains("not in the storage")
        );
        let mut tampered = a.clone();
        tampered.digest = Some(format!("sha256:{}", "0".repeat(64)));
        assert!(
            read_artifact(&s, "ns", "lib", &tampered)
                .unwrap_err()
                .contains("digest mismatch")
        );
        // Hand-made archives with an escaping path are refused.
        let mut b = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
        let mut h = tar::Header::new_gnu();
        h.set_size(1);
        h.set_entry_type(tar::EntryType::Regular);
        h.as_gnu_mut().unwrap().name[..9].copy_from_slice(b"../x.yaml");
        h.set_cksum();
        b.append(&h, &b"x"[..]).unwrap();
        let gz = b.into_inner().unwrap().finish().unwrap();
        assert!(untar(&gz, 1 << 20, 100).unwrap_err().contains("escapes"));
    }
}
