//! ferroflux-helm: the native Helm engine, built bottom-up. Pure: text and values in, text out.
//!
//! **What exists so far:** Go's `text/template` language, checked against Go's own exec and
//! parse tests (see `tests/gotemplate_conformance.rs`):
//!
//! * the lexer, parser and executor ([`Template`]: parse once, execute many) — text and
//!   actions, `{{-`/`-}}` trimming, comments, pipelines and parenthesised pipelines, variables
//!   (`$x :=`, `$x =`, `$`), field chains on maps, objects and pipeline results,
//!   `if`/`else if`, `with`/`else with`, `range` over lists, maps (sorted keys) and integers
//!   with one or two variables, Go 1.23 iterator functions offered by host objects
//!   ([`Iteration`]), `break`/`continue`, `define`/`template`/`block`, custom delimiters;
//! * Go's built-in functions (`and`, `or`, `not`, `len`, `index`, `slice`, `print`, `printf`,
//!   `println`, `html`, `js`, `urlquery`, `call`, `eq`/`ne`/`lt`/`le`/`gt`/`ge`) with Go's
//!   type rules, and Go's `fmt` verbs and value layouts ([`fmt`]);
//! * the value model [`Value`] (with shared, mutable [`Map`]s — typed ones with their element
//!   zero value, see [`Map::typed`] — and host [`Object`]s, which may index, slice and
//!   iterate like Go maps with integer keys, slices with spare capacity and iterator
//!   functions), and the function registry [`FuncMap`] through which Sprig and Helm functions
//!   are added;
//! * `missingkey` options, recursion limits and Go-worded errors ([`Error`]);
//! * the Sprig function library ([`sprig`], entry point [`sprig_funcs`]): strings, lists,
//!   dicts with Go map semantics, integer and decimal float math, defaults, conversions,
//!   regular expressions with Go's RE2 semantics, base64/base32, dates with Go layouts
//!   ([`sprig::GoTime`]), semver (via `ferroflux-version`), hashes, bcrypt/htpasswd,
//!   `derivePassword`, AES, UUIDs, paths, reflection, URLs and JSON, key and certificate
//!   generation (`genPrivateKey` for RSA, DSA, ECDSA P-256 and Ed25519; `genCA`,
//!   `genSelfSignedCert`, `genSignedCert` and their `WithKey` forms, X.509 v3 as Go builds
//!   them from Sprig's template) — checked against Sprig's own tests
//!   (`tests/sprig_conformance.rs`, `tests/sprig_x509.rs`). `getHostByName` resolves
//!   through the system resolver (Helm's engine answers "" unless DNS is enabled).
//!
//! * Helm's own functions ([`helmfuncs`], entry point [`helm_funcs`]: Sprig plus `include`
//!   with Helm's nesting limit, `tpl`, `required`, `fail`, `toYaml`/`mustToYaml` with
//!   go-yaml v2's output (key order, quoting, literal blocks, folding at 80 columns),
//!   `toYamlPretty`, `fromYaml`, `fromYamlArray`, `toJson`, `fromJson`, `fromJsonArray`,
//!   `toToml`, `fromToml`, and `lookup` answered by a [`Lookup`] hook or an empty map);
//! * Helm's rendering engine ([`engine`], [`Engine::render`] over an in-memory [`Chart`]
//!   tree): templates named by chart path, parent defines winning over subcharts',
//!   `missingkey=zero` (or `error` when strict), `<no value>` removed, lint mode, `.Values`
//!   scoped per subchart, `.Chart`, `.Files` (`Get`, `GetBytes`, `Lines`, `Glob` with
//!   gobwas/glob patterns, `AsConfig`, `AsSecrets`), `.Subcharts`,
//!   `.Template`, and Helm's `parse error at (…)` / `execution error at (…)` wording;
//! * values coalescing ([`coalesce`]) and the `--set` family parsers ([`strvals`]).
//!
//! These are checked against Helm's own engine, strvals and coalesce tests
//! (`tests/engine_conformance.rs`).
//!
//! Charts and `helm template`:
//!
//! * chart loading ([`loader`]: [`load_dir`] with `.helmignore`, [`load_archive`] for `.tgz`
//!   bytes with size caps and no path escape, [`load_files`]): `Chart.yaml` v1/v2 (and v1
//!   `requirements.yaml`), `values.yaml`, `values.schema.json`, `templates/`, `crds/`, other
//!   files, subcharts in `charts/` as directories or archives, Helm's validation messages;
//! * `helm template` ([`action`]: [`template`] for the printed text, [`render_release`] for
//!   CRDs, manifests, hooks and notes): dependencies with `condition`, `tags`, `alias` and
//!   `import-values` (Helm's merge variant; entries claim subcharts whose version is in
//!   their range), library charts (partials only; a library root is not
//!   installable), `global` values, `.Release` (Name, Namespace, IsInstall, IsUpgrade,
//!   Revision, Service), `.Capabilities` ([`Capabilities`]: KubeVersion with `Major`/`Minor`,
//!   APIVersions with `Has`, HelmVersion; defaults are those of a Helm v4.2.3 release build,
//!   `v1.36.0`), chart `kubeVersion` constraints, values checked against
//!   `values.schema.json` with the `jsonschema` crate (messages are that crate's, not Helm's),
//!   output split on Helm's `---` separator, hooks recognised by `helm.sh/hook`, manifests and
//!   hooks stable-sorted in Helm's install order, `# Source:` headers, `--include-crds`,
//!   `--skip-tests`, `--show-only`, `NOTES.txt` and empty documents left out. Checked against
//!   Helm's `helm template` goldens (`tests/template_goldens.rs`).
//!
//! Fixture charts (`tests/charts/`: subcharts with conditions, tags and aliases, a library
//! chart, `global` values, `tpl`, `lookup`, `.Files`, `required`/`fail`, hooks, `NOTES.txt`) are
//! checked against goldens of the real Helm v4 library (`tests/charts/regenerate.sh`,
//! `tests/charts_golden.rs`). The `htemplate` binary prints `helm template` output for a chart
//! directory or archive (`hack/bench-helm.sh` times it against the Helm SDK), and `fuzz/` holds
//! a cargo-fuzz target for the template parser and executor.
//!
//! **Not there yet:** Of Go's template language, only `range` over iterator functions is
//! missing (Go data types such as typed maps and channels have no counterpart in [`Value`]).
//! Execution errors are reshaped into Helm v4's multi-line form only when one template is
//! involved (chains through `include` keep Go's one-line text); `.Files.GetBytes` returns a
//! string; `.Capabilities.APIVersions` holds a fixed list of built-in group/versions and the
//! most common group/version/kinds rather than Kubernetes' full scheme; `--set-file`,
//! `--set-json` and `--set-literal` are left to the caller (see [`strvals`]).
//!
//! ```
//! use ferroflux_helm::{Template, Value};
//!
//! let mut t = Template::new("greeting");
//! t.parse(r#"{{range $i, $n := .names}}{{if $i}}, {{end}}{{printf "%q" $n}}{{end}}"#).unwrap();
//! let data = Value::from_json(&serde_json::json!({"names": ["a", "b"]}));
//! assert_eq!(t.execute(&data).unwrap(), r#""a", "b""#);
//! ```

pub mod action;
pub mod coalesce;
pub mod engine;
mod entries;
mod error;
mod exec;
pub mod fmt;
mod func;
mod funcs;
pub mod helmfuncs;
mod lex;
pub mod loader;
mod node;
mod parse;
pub mod sprig;
pub mod strconv;
pub mod strvals;
mod template;
mod value;

pub use action::{Capabilities, Manifest, ReleaseOptions, RenderedRelease, TemplateOptions, render_release, template};
pub use engine::{Chart, ChartFile, Dependency, Engine, ImportValue, Metadata};
pub use entries::Entries;
pub use error::{Error, ErrorKind};
pub use func::{CallContext, Func, FuncError, FuncMap, FuncResult, Signature, Type};
pub use funcs::{html_escape, js_escape, query_escape};
pub use helmfuncs::{HelmFuncOptions, Lookup, helm_funcs};
pub use loader::{ChartError, load_archive, load_dir, load_files};
pub use sprig::sprig_funcs;
pub use template::{DEFAULT_MAX_DEPTH, MissingKey, Template};
pub use value::{GoKind, IntKind, Iteration, Map, Object, UintKind, Value};
