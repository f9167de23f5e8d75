//! Test support: one real local Kubernetes control plane per test process.
//!
//! [`ControlPlane::shared`] starts etcd (Debian's `etcd-server`), kube-apiserver and
//! kube-controller-manager v1.20.2 (built by `hack/build-k8s.sh`) on free loopback ports with a
//! freshly generated PKI, installs the ferroflux CRDs from `charts/ferroflux/crds/`, and hands
//! out clients and throw-away namespaces. The processes are started with a parent-death signal,
//! so they stop when the test process exits, panics or is killed. No part of the API server is
//! mocked.

pub mod cluster;
pub mod git;
pub mod pki;
pub mod procs;

pub use cluster::{ControlPlane, TestNamespace, workspace_root};
