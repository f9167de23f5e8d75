#!/usr/bin/env bash
# run-local.sh — the main job on a local cluster: installs what is needed, builds the
# controllers, starts etcd + kube-apiserver + kube-controller-manager v1.20.2 on loopback with
# the ferroflux CRDs installed, and runs the five controllers against it until Ctrl-C.
# The admin kubeconfig is written to .local/kubeconfig; controller logs to .local/*.log.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
hack/install-test-deps.sh
cargo build --workspace --bins --locked
exec target/debug/local-cluster --controllers target/debug
