//! Native kustomize engine for ferroflux: `kustomize build` (kustomize 5.8.1) as a pure
//! library — a filesystem and a path in, ordered objects and YAML text out.
//!
//! Entry point: [`build`] with a [`FileSystem`] ([`DiskFs`] for a real directory, [`MemFs`]
//! for an in-memory tree, which never touches the disk) and [`BuildOptions`]; the [`Output`]
//! holds the objects and prints them with [`Output::to_yaml`] exactly as kustomize does.
//!
//! Modules:
//!
//! * [`fs`]: the filesystem trait and its two implementations, lexical path helpers.
//! * [`kustomization`]: the kustomization file format (legacy field names folded in).
//! * [`resource`]: resources, their ids and name history, the ordered [`resource::ResMap`].
//! * [`build`](mod@build): loading (resources, directories, nested kustomizations, components,
//!   cycle detection, load restrictor, remote references rejected) and the per-kustomization
//!   pipeline: generators, components, transformers; then hashes, name references, order;
//!   objects annotated `config.kubernetes.io/local-config: "true"` are dropped at the end
//!   (after serving as name-reference sources). `buildMetadata` of the top kustomization:
//!   `originAnnotations` (`config.kubernetes.io/origin`: the file, or the generator and the
//!   kustomization configuring it), `transformerAnnotations`
//!   (`alpha.config.kubernetes.io/transformations`: every built-in transformer that ran over an
//!   object) and `managedByLabel` (`app.kubernetes.io/managed-by: kustomize-v5.8.1`); paths
//!   relative to the build root.
//! * [`generators`]: `configMapGenerator`/`secretGenerator` and kustomize's content hash.
//! * [`transformers`]: namespace, name prefix/suffix, labels, annotations, images, replicas,
//!   patches, `replacements` (last of a kustomization's transformers), name references, and
//!   `vars` (tied to their objects per kustomization, substituted once at the end of the build);
//!   `configurations` files add field specs to the built-in tables (`transformers::config`),
//!   and `crds` files (OpenAPI definitions with `x-kubernetes-object-ref-*` extensions) add
//!   name references, annotation and label fields for custom kinds.
//! * `plugins`: built-in generator, transformer and validator plugins configured through the
//!   `generators`, `transformers` and `validators` fields (inline YAML, files, or kustomization
//!   directories whose output is the configurations), run with the transformers above; plugin
//!   transformers run after a kustomization's field transformers, validators last (and must not
//!   change anything). Exec, Go and KRM function plugins fail with [`Error::Unsupported`].
//! * [`order`]: the legacy sort order.
//! * [`yaml`]: YAML parsing and go-yaml-compatible output.
//! * [`smp`]: strategic merge patch on `serde_json::Value` objects, with kustomize's (kyaml
//!   `merge2`) semantics by default and the Kubernetes API server's as an option.
//! * [`json6902`]: JSON patch (RFC 6902) as kustomize applies it (evanphx/json-patch v4).
//! * [`schema`]: merge keys and patch strategies of the built-in Kubernetes kinds, from a table
//!   generated from the Kubernetes OpenAPI spec (`src/patch_meta_table.rs`, written by
//!   `cargo run -p ferroflux-kustomize --bin gen-patch-meta -- ../shared/conformance/k8s-openapi/patch-meta.json`,
//!   checked with `--check`).
//! * [`openapi`]: the `openapi` field: a custom schema file (JSON or YAML) giving merge keys for
//!   custom kinds in strategic merge patches, overlaid on the built-in schema; or a built-in
//!   `version`.
//!
//! Kustomization field names are matched case-insensitively, as kustomize's Go decoding does
//! (`nameprefix` is `namePrefix`).
//!
//! Not implemented (a build using them fails with [`Error::Unsupported`]): `helmCharts` (and
//! the `HelmChartInflationGenerator` plugin), non-builtin plugins, the `ValueAddTransformer`
//! plugin; in `configurations`, `namePrefix`/`nameSuffix` field specs only select which
//! objects get the prefix/suffix (on `metadata/name`), and the `namespace`/`replicas` keys are
//! ignored. The conformance harness
//! (`tests/kustomize_conformance.rs`) lists what still differs from kustomize.

pub mod build;
pub mod error;
pub mod fs;
pub mod generators;
pub mod json6902;
pub mod kustomization;
pub mod openapi;
pub mod order;
pub(crate) mod plugins;
pub mod resource;
pub mod schema;
pub mod smp;
pub mod transformers;
pub mod yaml;

#[rustfmt::skip]
mod patch_meta_table;

pub use build::{BuildOptions, LoadRestrictor, Output, Reorder, build};
pub use error::Error;
pub use fs::{DiskFs, FileSystem, MemFs};
