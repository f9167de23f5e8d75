//! `kbuild <dir>`: builds the kustomization in `<dir>` from disk and prints the YAML, like
//! `kustomize build <dir>` (used by `hack/bench-kustomize.sh`).

use std::io::Write;
use std::process::ExitCode;

use ferroflux_kustomize::{BuildOptions, DiskFs, build};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: kbuild <dir>");
        return ExitCode::from(2);
    };
    let path = match std::fs::canonicalize(dir) {
        Ok(p) => p.to_string_lossy().into_owned(),
        Err(e) => {
            eprintln!("Error: {dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match build(&DiskFs, &path, &BuildOptions::default()) {
        Ok(out) => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            match out.write_yaml(&mut stdout).and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("Error: writing the output: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(e) => {
            eprintln!("Error: {e}");
            ExitCode::FAILURE
        }
    }
}
