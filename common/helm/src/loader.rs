//! Chart loading (Helm's `pkg/chart/loader`): a chart from a directory ([`load_dir`]), a
//! gzipped tar archive held in memory ([`load_archive`]) or a list of files ([`load_files`]).
//!
//! `Chart.yaml` becomes the [`Metadata`] (a missing `apiVersion` means `v1`; for `v1` charts
//! the dependencies may come from `requirements.yaml`), `values.yaml` the default values,
//! `values.schema.json` the schema, `templates/…` the templates, `charts/<dir>/…` and
//! `charts/<name>.tgz` the subcharts; every other file is served by `.Files`. Directories
//! honour `.helmignore` (plus Helm's default rule `templates/.?*`). The chart is validated
//! like Helm (`validation: chart.metadata.… `). Archives are read with size caps, and entries
//! that would leave the chart (absolute paths, `..`) are rejected.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::engine::{Chart, ChartFile, Dependency, ImportValue, Metadata};
use crate::helmfuncs::yaml::from_yaml;
use crate::value::{Map, Value};

/// The largest chart, in total bytes of its files, that is loaded.
pub const MAX_CHART_SIZE: u64 = 100 * 1024 * 1024;
/// The largest single file of a chart, in bytes.
pub const MAX_FILE_SIZE: u64 = 20 * 1024 * 1024;
/// How deeply subcharts may nest.
const MAX_DEPTH: usize = 32;

/// Why a chart could not be loaded or rendered; the text is Helm's wording where Helm has one.
#[derive(Clone, Debug, thiserror::Error)]
pub enum ChartError {
    /// The chart's files are malformed or fail Helm's validation.
    #[error("{0}")]
    Invalid(String),
    /// Reading the chart from disk failed.
    #[error("{0}")]
    Io(String),
    /// A template failed to parse or execute.
    #[error("{0}")]
    Render(#[from] crate::error::Error),
}

fn invalid(msg: impl Into<String>) -> ChartError {
    ChartError::Invalid(msg.into())
}

/// Loads a chart from the directory `dir`, honouring its `.helmignore`.
pub fn load_dir(dir: &Path) -> Result<Chart, ChartError> {
    let rules = match std::fs::read_to_string(dir.join(".helmignore")) {
        Ok(text) => IgnoreRules::parse(&text)?,
        Err(_) => IgnoreRules::parse("")?,
    };
    let mut files = Vec::new();
    let mut total = 0u64;
    let mut scratch = Vec::new();
    let mut walked = Walked {
        files: &mut files,
        total: &mut total,
        scratch: &mut scratch,
    };
    walk(dir, "", &rules, &mut walked, 0)?;
    load_files(files)
}

/// Reads a whole regular file with the fewest system calls for the many small files of a
/// chart: open, read into `scratch` (kept between calls, so it is allocated and zeroed
/// once) until a read comes back short — for a regular file, its end — then close; no stat.
/// Files above [`MAX_FILE_SIZE`] are refused.
fn read_file(path: &Path, scratch: &mut Vec<u8>) -> std::io::Result<Vec<u8>> {
    /// The scratch buffer's first size: most chart files fit.
    const FIRST_READ: usize = 64 * 1024;
    if scratch.len() < FIRST_READ {
        scratch.resize(FIRST_READ, 0);
    }
    let mut file = std::fs::File::open(path)?;
    let mut filled = 0;
    while let Some(spare) = scratch.get_mut(filled..) {
        let asked = spare.len();
        let n = match file.read(spare) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        filled += n;
        if filled as u64 > MAX_FILE_SIZE {
            return Err(std::io::Error::other(format!(
                "larger than the maximum file size {MAX_FILE_SIZE}"
            )));
        }
        if n < asked {
            break;
        }
        scratch.resize(scratch.len() * 2, 0);
    }
    Ok(scratch.get(..filled).unwrap_or_default().to_vec())
}

/// What a directory walk collects: the files, their total size and the read buffer.
struct Walked<'a> {
    files: &'a mut Vec<ChartFile>,
    total: &'a mut u64,
    scratch: &'a mut Vec<u8>,
}

fn walk(dir: &Path, rel: &str, rules: &IgnoreRules, out: &mut Walked<'_>, depth: usize) -> Result<(), ChartError> {
    if depth > 64 {
        return Err(invalid(format!(
            "chart directory {} is nested too deeply",
            dir.display()
        )));
    }
    // Names read once (a sort key function would allocate one per comparison).
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| ChartError::Io(format!("read {}: {e}", dir.display())))?
        .filter_map(Result::ok)
        .map(|e| (e.file_name(), e))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (file_name, entry) in entries {
        let name = file_name.to_string_lossy().into_owned();
        let path = entry.path();
        let rel_name = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        // The directory entry says what it is; only symbolic links need a stat to follow.
        let file_type = entry
            .file_type()
            .map_err(|e| ChartError::Io(format!("stat {}: {e}", path.display())))?;
        let (is_dir, is_file) = if file_type.is_symlink() {
            let meta = std::fs::metadata(&path).map_err(|e| ChartError::Io(format!("stat {}: {e}", path.display())))?;
            (meta.is_dir(), meta.is_file())
        } else {
            (file_type.is_dir(), file_type.is_file())
        };
        if rules.ignored(&rel_name, is_dir) {
            continue;
        }
        if is_dir {
            walk(&path, &rel_name, rules, out, depth + 1)?;
        } else if is_file {
            let data = read_file(&path, out.scratch).map_err(|e| {
                if e.kind() == std::io::ErrorKind::Other {
                    invalid(format!("file '{rel_name}' is {e}"))
                } else {
                    ChartError::Io(format!("read {}: {e}", path.display()))
                }
            })?;
            *out.total += data.len() as u64;
            if *out.total > MAX_CHART_SIZE {
                return Err(invalid(format!("chart exceeds the maximum size {MAX_CHART_SIZE}")));
            }
            out.files.push(ChartFile { name: rel_name, data });
        }
    }
    Ok(())
}

/// Loads a chart from the bytes of a gzipped tar archive (`helm package` output): every
/// entry lies under one top directory, which is stripped.
pub fn load_archive(bytes: &[u8]) -> Result<Chart, ChartError> {
    load_files(archive_files(bytes)?)
}

/// Returns the files of a gzipped chart archive, with the top directory stripped.
pub fn archive_files(bytes: &[u8]) -> Result<Vec<ChartFile>, ChartError> {
    let gz = flate2::read::GzDecoder::new(bytes);
    let mut archive = tar::Archive::new(gz.take(MAX_CHART_SIZE + 1));
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut total = 0u64;
    let entries = archive
        .entries()
        .map_err(|e| invalid(format!("failed to read chart archive: {e}")))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| invalid(format!("failed to read chart archive: {e}")))?;
        let kind = entry.header().entry_type();
        if kind.is_dir() || kind.is_pax_global_extensions() || kind.is_pax_local_extensions() {
            continue;
        }
        let raw = String::from_utf8_lossy(&entry.path_bytes()).replace('\\', "/");
        if raw.starts_with('/') || raw.split('/').any(|p| p == "..") {
            return Err(invalid(format!("chart illegally references parent directory: {raw}")));
        }
        if !kind.is_file() {
            if kind.is_symlink() || kind.is_hard_link() {
                return Err(invalid(format!("chart archive entry {raw} is a link")));
            }
            continue;
        }
        let mut parts = raw.splitn(2, '/');
        let _top = parts.next();
        let Some(name) = parts.next().map(|n| n.trim_start_matches("./").to_string()) else {
            continue;
        };
        if name.is_empty() {
            continue;
        }
        let size = entry.header().size().unwrap_or(0);
        if size > MAX_FILE_SIZE {
            return Err(invalid(format!(
                "file '{name}' is larger than the maximum file size {MAX_FILE_SIZE}"
            )));
        }
        let mut data = Vec::new();
        (&mut entry)
            .take(MAX_FILE_SIZE + 1)
            .read_to_end(&mut data)
            .map_err(|e| invalid(format!("failed to read chart archive: {e}")))?;
        total += data.len() as u64;
        if total > MAX_CHART_SIZE || data.len() as u64 > MAX_FILE_SIZE {
            return Err(invalid(format!("chart exceeds the maximum size {MAX_CHART_SIZE}")));
        }
        files.insert(name, data);
    }
    if files.is_empty() {
        return Err(invalid("no files in chart archive"));
    }
    Ok(files.into_iter().map(|(name, data)| ChartFile { name, data }).collect())
}

/// Builds a chart from its files (paths relative to the chart root, `/`-separated).
pub fn load_files(files: Vec<ChartFile>) -> Result<Chart, ChartError> {
    load_files_at(files, 0)
}

fn load_files_at(files: Vec<ChartFile>, depth: usize) -> Result<Chart, ChartError> {
    if depth > MAX_DEPTH {
        return Err(invalid("subcharts are nested too deeply"));
    }
    let mut chart = Chart::default();
    let mut have_metadata = false;
    let mut requirements: Option<Vec<Dependency>> = None;
    let mut subcharts: BTreeMap<String, Vec<ChartFile>> = BTreeMap::new();
    for f in files {
        let name = f.name.as_str();
        if name == "Chart.yaml" {
            chart.metadata = parse_metadata(&f.data)?;
            have_metadata = true;
        } else if name == "values.yaml" {
            chart.values = parse_values(&f.data).map_err(|e| invalid(format!("cannot load values.yaml: {e}")))?;
        } else if name == "values.schema.json" {
            chart.schema = Some(f.data);
        } else if name == "requirements.yaml" {
            let v = from_yaml(&String::from_utf8_lossy(&f.data))
                .map_err(|e| invalid(format!("cannot load requirements.yaml: {e}")))?;
            requirements = Some(parse_dependencies(&v)?);
            chart.files.push(f);
        } else if name == "Chart.lock" || name == "requirements.lock" {
            continue;
        } else if name.starts_with("templates/") {
            chart.templates.push(f);
        } else if let Some(rest) = name.strip_prefix("charts/") {
            let (first, inner) = match rest.split_once('/') {
                Some((a, b)) => (a.to_string(), b.to_string()),
                None => (rest.to_string(), String::new()),
            };
            if first.starts_with('_') || first.starts_with('.') {
                continue;
            }
            if inner.is_empty() && !first.ends_with(".tgz") {
                chart.files.push(f);
                continue;
            }
            subcharts.entry(first).or_default().push(ChartFile {
                name: inner,
                data: f.data,
            });
        } else {
            chart.files.push(f);
        }
    }
    if !have_metadata {
        return Err(invalid("Chart.yaml file is missing"));
    }
    if chart.metadata.api_version == "v1"
        && chart.metadata.dependencies.is_empty()
        && let Some(reqs) = requirements
    {
        chart.metadata.dependencies = reqs;
    }
    for (dir, sub_files) in subcharts {
        let sub = if dir.ends_with(".tgz") {
            let bytes = sub_files.first().map(|f| f.data.as_slice()).unwrap_or_default();
            archive_files(bytes).and_then(|fs| load_files_at(fs, depth + 1))
        } else {
            load_files_at(sub_files, depth + 1)
        };
        let sub = sub.map_err(|e| {
            invalid(format!(
                "error unpacking subchart {dir} in {}: {e}",
                chart.metadata.name
            ))
        })?;
        chart.dependencies.push(sub);
    }
    validate(&chart.metadata)?;
    Ok(chart)
}

/// Parses a values file (YAML; numbers become float64 as in Helm). An empty file is an empty
/// map; a document that is not a map is an error.
pub fn parse_values_file(text: &str) -> Result<Map, ChartError> {
    parse_values(text.as_bytes()).map_err(ChartError::Invalid)
}

fn parse_values(data: &[u8]) -> Result<Map, String> {
    // `from_utf8` checks plain ASCII a word at a time; the lossy form only when needed.
    let text = match std::str::from_utf8(data) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(data),
    };
    match from_yaml(&text)? {
        Value::Map(m) => Ok(m),
        Value::Nil => Ok(Map::new()),
        _ => Err("error converting YAML to JSON: values are not a map".to_string()),
    }
}

fn scalar(v: Option<Value>) -> String {
    match v {
        None | Some(Value::Nil) => String::new(),
        Some(Value::String(s)) => s.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Float(f)) => crate::strconv::format_float(f, 'g', -1),
        Some(other) => format!("{other:?}"),
    }
}

fn strings(v: Option<Value>) -> Vec<String> {
    match v {
        Some(Value::List(l)) => l.iter().map(|x| scalar(Some(x.clone()))).collect(),
        _ => Vec::new(),
    }
}

fn parse_metadata(data: &[u8]) -> Result<Metadata, ChartError> {
    let v = from_yaml(&String::from_utf8_lossy(data)).map_err(|e| invalid(format!("cannot load Chart.yaml: {e}")))?;
    let m = match v {
        Value::Map(m) => m,
        Value::Nil => Map::new(),
        _ => return Err(invalid("cannot load Chart.yaml: not a map")),
    };
    let mut md = Metadata {
        name: scalar(m.get("name")),
        version: scalar(m.get("version")),
        api_version: scalar(m.get("apiVersion")),
        app_version: scalar(m.get("appVersion")),
        description: scalar(m.get("description")),
        chart_type: scalar(m.get("type")),
        kube_version: scalar(m.get("kubeVersion")),
        home: scalar(m.get("home")),
        icon: scalar(m.get("icon")),
        condition: scalar(m.get("condition")),
        tags: scalar(m.get("tags")),
        deprecated: m.get("deprecated").is_some_and(|d| d.truth()),
        keywords: strings(m.get("keywords")),
        sources: strings(m.get("sources")),
        annotations: match m.get("annotations") {
            Some(Value::Map(a)) => a.entries().into_iter().map(|(k, v)| (k, scalar(Some(v)))).collect(),
            _ => BTreeMap::new(),
        },
        dependencies: parse_dependencies(&Value::Map(m.clone()))?,
    };
    if md.api_version.is_empty() {
        md.api_version = "v1".to_string();
    }
    Ok(md)
}

fn parse_dependencies(doc: &Value) -> Result<Vec<Dependency>, ChartError> {
    let Value::Map(m) = doc else { return Ok(Vec::new()) };
    let Some(Value::List(deps)) = m.get("dependencies") else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for d in deps.iter() {
        let Value::Map(d) = d else {
            continue;
        };
        out.push(Dependency {
            name: scalar(d.get("name")),
            version: scalar(d.get("version")),
            repository: scalar(d.get("repository")),
            condition: scalar(d.get("condition")),
            tags: strings(d.get("tags")),
            import_values: match d.get("import-values") {
                Some(Value::List(l)) => l
                    .iter()
                    .filter_map(|iv| match iv {
                        Value::String(s) => Some(ImportValue::Exports(s.to_string())),
                        Value::Map(m) => Some(ImportValue::ChildParent {
                            child: scalar(m.get("child")),
                            parent: scalar(m.get("parent")),
                        }),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            },
            alias: scalar(d.get("alias")),
        });
    }
    Ok(out)
}

/// Checks chart metadata the way Helm's `Metadata.Validate` does.
pub fn validate(md: &Metadata) -> Result<(), ChartError> {
    if md.api_version.is_empty() {
        return Err(invalid("validation: chart.metadata.apiVersion is required"));
    }
    if md.name.is_empty() {
        return Err(invalid("validation: chart.metadata.name is required"));
    }
    if md.name.contains('/') || md.name == "." || md.name == ".." {
        return Err(invalid(format!(
            "validation: chart.metadata.name {:?} is invalid",
            md.name
        )));
    }
    if md.version.is_empty() {
        return Err(invalid("validation: chart.metadata.version is required"));
    }
    if ferroflux_version::Version::parse(&md.version).is_err() {
        return Err(invalid(format!(
            "validation: chart.metadata.version {:?} is invalid",
            md.version
        )));
    }
    if !matches!(md.chart_type.as_str(), "" | "application" | "library") {
        return Err(invalid(
            "validation: chart.metadata.type must be application or library",
        ));
    }
    let mut seen = std::collections::BTreeSet::new();
    for d in &md.dependencies {
        if d.name.is_empty() {
            return Err(invalid("validation: dependency name is required"));
        }
        let key = if d.alias.is_empty() { &d.name } else { &d.alias };
        if !seen.insert(key.clone()) {
            return Err(invalid(format!(
                "validation: more than one dependency with name or alias {key:?}"
            )));
        }
    }
    Ok(())
}

/// One `.helmignore` rule.
struct IgnoreRule {
    pattern: String,
    negate: bool,
    dir_only: bool,
    anchored: bool,
    has_slash: bool,
}

/// The rules of a `.helmignore` file, plus Helm's default `templates/.?*`.
struct IgnoreRules {
    rules: Vec<IgnoreRule>,
}

impl IgnoreRules {
    fn parse(text: &str) -> Result<IgnoreRules, ChartError> {
        let mut rules = Vec::new();
        for line in text.lines().chain(std::iter::once("templates/.?*")) {
            let mut rule = line.trim();
            if rule.is_empty() || rule.starts_with('#') {
                continue;
            }
            if rule.contains("**") {
                return Err(invalid("double-star (**) syntax is not supported"));
            }
            let negate = rule.starts_with('!');
            if negate {
                rule = &rule[1..];
            }
            let dir_only = rule.ends_with('/');
            let rule = rule.trim_end_matches('/');
            let anchored = rule.starts_with('/');
            let rule = rule.trim_start_matches('/');
            rules.push(IgnoreRule {
                pattern: rule.to_string(),
                negate,
                dir_only,
                anchored,
                has_slash: rule.contains('/'),
            });
        }
        Ok(IgnoreRules { rules })
    }

    fn ignored(&self, path: &str, is_dir: bool) -> bool {
        for r in &self.rules {
            if r.dir_only && !is_dir {
                continue;
            }
            let matched = if r.anchored || r.has_slash {
                glob_match(&r.pattern, path)
            } else {
                glob_match(&r.pattern, path.rsplit('/').next().unwrap_or(path))
            };
            if r.negate {
                if matched {
                    return false;
                }
                continue;
            }
            if matched {
                return true;
            }
        }
        false
    }
}

/// Matches `name` against a shell pattern with Go's `filepath.Match` rules: `*` matches any
/// run of characters other than `/`, `?` one such character, `[…]` a class (`[^…]` negated,
/// ranges `a-z`), and `\` escapes. A malformed pattern matches nothing.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    glob_at(&p, &n)
}

fn glob_at(p: &[char], n: &[char]) -> bool {
    let Some((&c, rest)) = p.split_first() else {
        return n.is_empty();
    };
    match c {
        '*' => {
            for i in 0..=n.len() {
                if i > 0 && n[i - 1] == '/' {
                    return false;
                }
                if glob_at(rest, &n[i..]) {
                    return true;
                }
            }
            false
        }
        '?' => matches!(n.first(), Some(ch) if *ch != '/') && glob_at(rest, &n[1..]),
        '[' => {
            let Some((&ch, n_rest)) = n.split_first() else {
                return false;
            };
            if ch == '/' {
                return false;
            }
            let mut i = 0;
            let negated = matches!(rest.first(), Some('^'));
            if negated {
                i = 1;
            }
            let mut matched = false;
            let mut first = true;
            loop {
                let Some(&lo) = rest.get(i) else { return false };
                if lo == ']' && !first {
                    i += 1;
                    break;
                }
                first = false;
                let (lo, next) = if lo == '\\' {
                    match rest.get(i + 1) {
                        Some(&e) => (e, i + 2),
                        None => return false,
                    }
                } else {
                    (lo, i + 1)
                };
                i = next;
                let mut hi = lo;
                if rest.get(i) == Some(&'-') && rest.get(i + 1).is_some_and(|c| *c != ']') {
                    let Some(&h) = rest.get(i + 1) else { return false };
                    hi = h;
                    i += 2;
                }
                if lo <= ch && ch <= hi {
                    matched = true;
                }
            }
            matched != negated && glob_at(&rest[i..], n_rest)
        }
        '\\' => match rest.split_first() {
            Some((&e, rest2)) => n.first() == Some(&e) && glob_at(rest2, &n[1..]),
            None => false,
        },
        _ => n.first() == Some(&c) && glob_at(rest, &n[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_star_does_not_cross_slashes() {
        assert!(glob_match(
            "templates/subdir/role*",
            "templates/subdir/rolebinding.yaml"
        ));
        assert!(!glob_match("templates/*", "templates/subdir/role.yaml"));
        assert!(glob_match("[a-c]?.txt", "b1.txt"));
        assert!(!glob_match("[^a-c]?.txt", "b1.txt"));
    }

    #[test]
    fn helmignore_rules_follow_helm() {
        let r = IgnoreRules::parse("# c\n*.md\n/secret\nlogs/\n!keep.md\n").unwrap();
        assert!(r.ignored("README.md", false));
        assert!(r.ignored("docs/x.md", false));
        assert!(r.ignored("secret", false));
        assert!(!r.ignored("a/secret", false));
        assert!(r.ignored("logs", true));
        assert!(!r.ignored("logs", false));
        assert!(r.ignored("templates/.hidden", false));
    }

    #[test]
    fn a_chart_without_chart_yaml_is_an_error() {
        let e = load_files(vec![ChartFile {
            name: "values.yaml".into(),
            data: b"a: 1".to_vec(),
        }])
        .unwrap_err();
        assert_eq!(e.to_string(), "Chart.yaml file is missing");
    }

    #[test]
    fn garbage_archives_are_errors() {
        assert!(load_archive(b"not a tarball").is_err());
    }

    /// A fresh directory under the system temp dir, removed when dropped.
    struct TempDir(std::path::PathBuf);

    impl TempDir {
        fn new(tag: &str) -> TempDir {
            let p = std::env::temp_dir().join(format!("ferroflux-helm-{tag}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&p);
            std::fs::create_dir_all(&p).unwrap();
            TempDir(p)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn directories_load_whole_files_follow_symlinks_and_honour_helmignore() {
        let dir = TempDir::new("load");
        let root = &dir.0;
        std::fs::create_dir_all(root.join("templates/sub")).unwrap();
        std::fs::write(root.join("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 1.0.0\n").unwrap();
        std::fs::write(root.join("values.yaml"), "a: 1\n").unwrap();
        std::fs::write(root.join(".helmignore"), "*.md\n").unwrap();
        std::fs::write(root.join("README.md"), "ignored").unwrap();
        // Larger than the first read, so the buffer has to grow.
        let big = "x".repeat(200 * 1024);
        std::fs::write(root.join("templates/sub/big.yaml"), &big).unwrap();
        std::fs::write(root.join("shared.txt"), "shared").unwrap();
        std::os::unix::fs::symlink(root.join("shared.txt"), root.join("templates/link.yaml")).unwrap();
        std::fs::write(root.join("templates/empty.yaml"), "").unwrap();
        let chart = load_dir(root).unwrap();
        let names: Vec<&str> = chart.templates.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            ["templates/empty.yaml", "templates/link.yaml", "templates/sub/big.yaml"]
        );
        assert_eq!(chart.templates[1].data, b"shared");
        assert_eq!(chart.templates[2].data.len(), big.len());
        assert!(chart.templates[0].data.is_empty());
        assert!(chart.files.iter().all(|f| f.name != "README.md"));
        assert!(chart.files.iter().any(|f| f.name == "shared.txt"));
        assert!(matches!(chart.values.get("a"), Some(Value::Float(f)) if f == 1.0));
    }

    #[test]
    fn a_file_above_the_size_limit_is_refused() {
        let dir = TempDir::new("limit");
        let root = &dir.0;
        std::fs::write(root.join("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 1.0.0\n").unwrap();
        let f = std::fs::File::create(root.join("huge.bin")).unwrap();
        f.set_len(MAX_FILE_SIZE + 1).unwrap();
        let e = load_dir(root).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("file 'huge.bin' is larger than the maximum file size {MAX_FILE_SIZE}")
        );
    }
}
