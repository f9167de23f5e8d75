//! `htemplate [--files] <chart-dir|chart.tgz> [values.yaml] [release-name] [namespace]`: prints
//! what `helm template` prints for the chart (used by `hack/bench-helm.sh`). With `--files`, it
//! prints Helm's engine output instead (what the Helm SDK's `Chart.render` returns): every
//! rendered template, sorted by path, as `---\n# Source: <path>\n<text>\n`.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use ferroflux_helm::action::{process_dependencies, to_render_values};
use ferroflux_helm::loader::parse_values_file;
use ferroflux_helm::{Chart, Engine, Map, ReleaseOptions, TemplateOptions, load_archive, load_dir, template};

/// Writes Helm's engine output in the golden form of `tests/charts/regenerate.sh` to `out`,
/// one file at a time.
fn engine_files(mut chart: Chart, values: &Map, opts: &TemplateOptions, out: &mut impl Write) -> Result<(), String> {
    process_dependencies(&mut chart, values).map_err(|e| e.to_string())?;
    let top = to_render_values(&chart, values, &opts.release, &opts.capabilities).map_err(|e| e.to_string())?;
    let engine = Engine {
        strict: false,
        lint_mode: false,
        lookup: None,
        enable_dns: false,
    };
    let (files, set) = engine.render_with_templates(&chart, &top).map_err(|e| e.to_string())?;
    for (path, text) in &files {
        for part in ["---\n# Source: ", path.as_str(), "\n", text.as_str(), "\n"] {
            out.write_all(part.as_bytes())
                .map_err(|e| format!("writing output: {e}"))?;
        }
    }
    // A one-shot process: the OS reclaims these faster than freeing them piece by piece.
    std::mem::forget((chart, top, files, set));
    Ok(())
}

fn run(mut args: &[String], out: &mut impl Write) -> Result<(), String> {
    let files_mode = args.first().is_some_and(|a| a == "--files");
    if files_mode {
        args = &args[1..];
    }
    let Some(chart_path) = args.first() else {
        return Err("usage: htemplate [--files] <chart-dir|chart.tgz> [values.yaml] [release-name] [namespace]".into());
    };
    let path = Path::new(chart_path);
    let chart = if path.is_dir() {
        load_dir(path).map_err(|e| e.to_string())?
    } else {
        let bytes = std::fs::read(path).map_err(|e| format!("{chart_path}: {e}"))?;
        load_archive(&bytes).map_err(|e| e.to_string())?
    };
    let values = match args.get(1).filter(|v| !v.is_empty()) {
        Some(file) => {
            let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
            parse_values_file(&text).map_err(|e| e.to_string())?
        }
        None => Map::new(),
    };
    let mut release = ReleaseOptions::default();
    if let Some(name) = args.get(2) {
        release.name = name.clone();
    }
    if let Some(ns) = args.get(3) {
        release.namespace = ns.clone();
    }
    let opts = TemplateOptions {
        release,
        ..Default::default()
    };
    let result = if files_mode {
        engine_files(chart, &values, &opts, out)
    } else {
        let result = template(&chart, &values, &opts)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                out.write_all(text.as_bytes())
                    .map_err(|e| format!("writing output: {e}"))
            });
        std::mem::forget(chart);
        result
    };
    std::mem::forget(values);
    result.and_then(|()| out.flush().map_err(|e| format!("writing output: {e}")))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    match run(&args, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Error: {e}");
            ExitCode::FAILURE
        }
    }
}
