#!/usr/bin/env bash
# bench.sh gitrepository [N] — builds the release source-controller and measures it reconciling
# N (default 100) GitRepositories against the local control plane and Git server: wall time to
# all Ready, steady-state time for N unchanged reconciles, peak RSS and CPU of the process.
# bench.sh kustomization [N] [IDLE] [QPS] — the release kustomize-controller (with source-controller)
# applying N (default 100) Kustomizations from one GitRepository: time to all Ready, N forced
# reconciles with nothing changed, CPU over IDLE (default 120) seconds at interval 1m, peak RSS.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
what=${1:-gitrepository}; n=${2:-100}; idle=${3:-120}; qps=${4:-}
hack/install-test-deps.sh
case $what in
  gitrepository)
    cargo build --release --locked -p source-controller
    cargo run -q --release --locked -p ferroflux-testenv --bin bench-gitrepository -- "$n" ;;
  kustomization)
    cargo build --release --locked -p source-controller -p kustomize-controller
    cargo run -q --release --locked -p ferroflux-testenv --bin bench-kustomization -- "$n" "$idle" $qps ;;
  *) echo "unknown benchmark $what (known: gitrepository, kustomization)" >&2; exit 2 ;;
esac
