//! Native kustomize engine for ferroflux (being built).
//!
//! What exists so far are the patch engines `kustomize build` is made of:
//!
//! * [`smp`]: strategic merge patch on `serde_json::Value` objects, with kustomize's (kyaml
//!   `merge2`) semantics by default and the Kubernetes API server's as an option.
//! * [`json6902`]: JSON patch (RFC 6902) as kustomize applies it (evanphx/json-patch v4).
//! * [`schema`]: merge keys and patch strategies of the built-in Kubernetes kinds, from a table
//!   generated from the Kubernetes OpenAPI spec (`src/patch_meta_table.rs`, written by
//!   `cargo run -p ferroflux-kustomize --bin gen-patch-meta -- ../shared/conformance/k8s-openapi/patch-meta.json`,
//!   checked with `--check`).
//!
//! `kustomize build` itself (kustomization files, resources, generators, transformers, name
//! references, YAML output) is not there yet.

pub mod json6902;
pub mod schema;
pub mod smp;

#[rustfmt::skip]
mod patch_meta_table;
