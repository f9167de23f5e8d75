//! Writes the CustomResourceDefinitions of every ferroflux kind to a directory, one file per
//! CRD named like Flux's (`<group>_<plural>.yaml`), or with `--check` fails when the files in the
//! directory differ from a fresh generation.
//!
//! Usage: `cargo run -p ferroflux-api --bin crdgen -- [--check] [DIR]` (default
//! `charts/ferroflux/crds`).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut check = false;
    let mut dir = PathBuf::from("charts/ferroflux/crds");
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check" => check = true,
            "-h" | "--help" => {
                println!("usage: crdgen [--check] [DIR]");
                return ExitCode::SUCCESS;
            }
            other => dir = PathBuf::from(other),
        }
    }
    let rendered = match ferroflux_api::crd_files() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("crdgen: {e}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let mut drift = Vec::new();
        for (name, text) in &rendered {
            let current = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
            if &current != text {
                drift.push(name.clone());
            }
        }
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for e in entries.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if n.ends_with(".yaml") && !rendered.iter().any(|(r, _)| *r == n) {
                    drift.push(format!("{n} (stale)"));
                }
            }
        }
        if drift.is_empty() {
            println!("crdgen: {} CRDs in {} are up to date", rendered.len(), dir.display());
            return ExitCode::SUCCESS;
        }
        eprintln!(
            "crdgen: CRDs in {} differ from the API types: {}\nrun: cargo run -p ferroflux-api --bin crdgen",
            dir.display(),
            drift.join(", ")
        );
        return ExitCode::FAILURE;
    }
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("crdgen: create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for (name, text) in &rendered {
        if let Err(e) = std::fs::write(dir.join(name), text) {
            eprintln!("crdgen: write {name}: {e}");
            return ExitCode::FAILURE;
        }
    }
    println!("crdgen: wrote {} CRDs to {}", rendered.len(), dir.display());
    ExitCode::SUCCESS
}
