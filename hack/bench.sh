#!/usr/bin/env bash
# bench.sh gitrepository [N] — builds the release source-controller and measures it reconciling
# N (default 100) GitRepositories against the local control plane and Git server: wall time to
# all Ready, steady-state time for N unchanged reconciles, peak RSS and CPU of the process.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
what=${1:-gitrepository}; n=${2:-100}
hack/install-test-deps.sh
case $what in
  gitrepository)
    cargo build --release --locked -p source-controller
    cargo run -q --release --locked -p ferroflux-testenv --bin bench-gitrepository -- "$n" ;;
  *) echo "unknown benchmark $what (known: gitrepository)" >&2; exit 2 ;;
esac
