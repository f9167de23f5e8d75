#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The project's own fixtures (`tests/fixtures/<name>/`), built from an in-memory tree and from
//! disk, compared byte for byte with `<name>/expected.yaml`, written by the real kustomize 5.8.1
//! (`tests/fixtures/regenerate.sh`). The directory built is `<name>/overlay` when it exists, else
//! `<name>` itself (the same rule as the script).

use std::path::{Path, PathBuf};

use ferroflux_kustomize::{BuildOptions, DiskFs, MemFs, build};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The build directory of a fixture, relative to the fixture.
fn build_subdir(fixture: &Path) -> &'static str {
    if fixture.join("overlay").is_dir() {
        "overlay"
    } else {
        ""
    }
}

fn add_tree(mem: &mut MemFs, disk: &Path, at: &str) {
    for entry in std::fs::read_dir(disk).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = format!("{at}/{name}");
        if entry.path().is_dir() {
            mem.add_dir(&path);
            add_tree(mem, &entry.path(), &path);
        } else if name != "expected.yaml" {
            mem.add_file(&path, std::fs::read(entry.path()).unwrap());
        }
    }
}

fn check(name: &str) -> Result<(), String> {
    let dir = fixtures_dir().join(name);
    let expected = std::fs::read_to_string(dir.join("expected.yaml"))
        .map_err(|e| format!("{name}: no expected.yaml ({e}); run tests/fixtures/regenerate.sh"))?;
    let sub = build_subdir(&dir);
    let options = BuildOptions::default();

    let mut mem = MemFs::new();
    add_tree(&mut mem, &dir, "/fixture");
    let mem_path = if sub.is_empty() {
        "/fixture".to_owned()
    } else {
        format!("/fixture/{sub}")
    };
    let from_mem = build(&mem, &mem_path, &options).map_err(|e| format!("{name} (in memory): {e}"))?;
    if from_mem.to_yaml() != expected {
        return Err(format!(
            "{name} (in memory): output differs from expected.yaml\n--- got ---\n{}",
            from_mem.to_yaml()
        ));
    }

    let disk_path = dir.join(sub);
    let from_disk =
        build(&DiskFs, &disk_path.to_string_lossy(), &options).map_err(|e| format!("{name} (disk): {e}"))?;
    if from_disk.to_yaml() != expected {
        return Err(format!(
            "{name} (disk): output differs from expected.yaml\n--- got ---\n{}",
            from_disk.to_yaml()
        ));
    }
    Ok(())
}

#[test]
fn fixtures_match_kustomize_goldens() {
    let names = fixture_names();
    assert!(names.len() >= 4, "expected at least 4 fixtures, found {names:?}");
    let failures: Vec<String> = names.iter().filter_map(|n| check(n).err()).collect();
    eprintln!(
        "fixtures: {} passed, {} failed",
        names.len() - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
