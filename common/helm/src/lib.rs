//! ferroflux-helm: the native Helm engine, built bottom-up. Pure: text and values in, text out.
//!
//! **What exists so far:** Go's `text/template` language, checked against Go's own exec and
//! parse tests (see `tests/gotemplate_conformance.rs`):
//!
//! * the lexer, parser and executor ([`Template`]: parse once, execute many) — text and
//!   actions, `{{-`/`-}}` trimming, comments, pipelines and parenthesised pipelines, variables
//!   (`$x :=`, `$x =`, `$`), field chains on maps, objects and pipeline results,
//!   `if`/`else if`, `with`/`else with`, `range` over lists, maps (sorted keys) and integers
//!   with one or two variables, `break`/`continue`, `define`/`template`/`block`, custom
//!   delimiters;
//! * Go's built-in functions (`and`, `or`, `not`, `len`, `index`, `slice`, `print`, `printf`,
//!   `println`, `html`, `js`, `urlquery`, `call`, `eq`/`ne`/`lt`/`le`/`gt`/`ge`) with Go's
//!   type rules, and Go's `fmt` verbs and value layouts ([`fmt`]);
//! * the value model [`Value`] (with shared, mutable [`Map`]s and host [`Object`]s), and the
//!   function registry [`FuncMap`] through which Sprig and Helm functions are added;
//! * `missingkey` options, recursion limits and Go-worded errors ([`Error`]);
//! * the Sprig function library ([`sprig`], entry point [`sprig_funcs`]): strings, lists,
//!   dicts with Go map semantics, integer and decimal float math, defaults, conversions,
//!   regular expressions with Go's RE2 semantics, base64/base32, dates with Go layouts
//!   ([`sprig::GoTime`]), semver (via `ferroflux-version`), hashes, bcrypt/htpasswd,
//!   `derivePassword`, AES, UUIDs, paths, reflection, URLs and JSON — checked against Sprig's
//!   own tests (`tests/sprig_conformance.rs`). Key and certificate generation (`genPrivateKey`,
//!   `genCA`, `genSelfSignedCert`, `genSignedCert` and their `WithKey` forms) are registered
//!   but return an error, and `getHostByName` always fails (offline rendering).
//!
//! * Helm's own functions ([`helmfuncs`], entry point [`helm_funcs`]: Sprig plus `include`
//!   with Helm's nesting limit, `tpl`, `required`, `fail`, `toYaml`/`mustToYaml` with
//!   go-yaml v2's output (key order, quoting, literal blocks, folding at 80 columns),
//!   `toYamlPretty`, `fromYaml`, `fromYamlArray`, `toJson`, `fromJson`, `fromJsonArray`,
//!   `toToml`, `fromToml`, and `lookup` answered by a [`Lookup`] hook or an empty map);
//! * Helm's rendering engine ([`engine`], [`Engine::render`] over an in-memory [`Chart`]
//!   tree): templates named by chart path, parent defines winning over subcharts',
//!   `missingkey=zero` (or `error` when strict), `<no value>` removed, lint mode, `.Values`
//!   scoped per subchart, `.Chart`, `.Files` (`Get`, `GetBytes`, `Lines`), `.Subcharts`,
//!   `.Template`, and Helm's `parse error at (…)` / `execution error at (…)` wording;
//! * values coalescing ([`coalesce`]) and the `--set` family parsers ([`strvals`]).
//!
//! These are checked against Helm's own engine, strvals and coalesce tests
//! (`tests/engine_conformance.rs`).
//!
//! **Not there yet:** chart loading (directories, archives, `Chart.yaml`, `.helmignore`,
//! dependency conditions, tags, aliases, import-values), `.Capabilities` defaults,
//! `.Files.Glob`/`AsConfig`/`AsSecrets`, schema validation and `helm template` output
//! assembly. Of Go's template language, only `range` over iterator functions is missing
//! (Go data types such as typed maps and channels have no counterpart in [`Value`]).
//!
//! ```
//! use ferroflux_helm::{Template, Value};
//!
//! let mut t = Template::new("greeting");
//! t.parse(r#"{{range $i, $n := .names}}{{if $i}}, {{end}}{{printf "%q" $n}}{{end}}"#).unwrap();
//! let data = Value::from_json(&serde_json::json!({"names": ["a", "b"]}));
//! assert_eq!(t.execute(&data).unwrap(), r#""a", "b""#);
//! ```

pub mod coalesce;
pub mod engine;
mod error;
mod exec;
pub mod fmt;
mod func;
mod funcs;
pub mod helmfuncs;
mod lex;
mod node;
mod parse;
pub mod sprig;
pub mod strconv;
pub mod strvals;
mod template;
mod value;

pub use engine::{Chart, ChartFile, Engine, Metadata};
pub use error::{Error, ErrorKind};
pub use func::{CallContext, Func, FuncError, FuncMap, FuncResult, Signature, Type};
pub use funcs::{html_escape, js_escape, query_escape};
pub use helmfuncs::{HelmFuncOptions, Lookup, helm_funcs};
pub use sprig::sprig_funcs;
pub use template::{DEFAULT_MAX_DEPTH, MissingKey, Template};
pub use value::{GoKind, IntKind, Map, Object, UintKind, Value};
