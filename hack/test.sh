#!/usr/bin/env bash
# test.sh — the one command that runs every test on a fresh machine: installs what the tests need
# (Debian packages, the cached kube-apiserver/kube-controller-manager v1.20.2 build), checks the
# generated files for drift, builds, and runs all unit, conformance and integration tests.
# Ends with one summary line: "tests: N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
start=$(date +%s)
step() { printf '\n==> %s\n' "$*"; }

step "installing test dependencies"
hack/install-test-deps.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

step "building"
buildlog=$(mktemp)
if ! cargo build --workspace --bins --tests --locked >"$buildlog" 2>&1; then
  grep -vE '^\s+(Compiling|Checking|Downloaded|Downloading)' "$buildlog" | tail -60
  echo "tests: 0 passed, 1 failed"; exit 1
fi
grep -E '^(warning|error)' "$buildlog" | sort | uniq -c | head -20 || true
rm -f "$buildlog"

failed_checks=0
step "generated CRDs match the API types"
cargo run -q --locked -p ferroflux-api --bin crdgen -- --check || failed_checks=$((failed_checks + 1))

if [ -f ../shared/conformance/k8s-openapi/patch-meta.json ]; then
  step "generated patch-metadata table matches the Kubernetes OpenAPI data"
  cargo run -q --locked -p ferroflux-kustomize --bin gen-patch-meta -- --check ../shared/conformance/k8s-openapi/patch-meta.json \
    || failed_checks=$((failed_checks + 1))
else
  echo "SKIPPED: ../shared/conformance/k8s-openapi/patch-meta.json not found; patch-metadata drift not checked"
fi

step "formatting and lints"
cargo fmt --all -- --check >/dev/null || { echo "rustfmt: files need formatting (cargo fmt --all)"; failed_checks=$((failed_checks + 1)); }
cargo clippy --workspace --all-targets --locked -q -- -D warnings || failed_checks=$((failed_checks + 1))

if [ -x hack/chart-check.sh ]; then
  step "Helm chart renders"
  hack/chart-check.sh || failed_checks=$((failed_checks + 1))
fi

step "unit, conformance and integration tests"
log=$(mktemp)
cargo test --workspace --locked --no-fail-fast 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}

step "conformance reports"
# Each harness prints "N passed, N failed" per corpus (captured above); show those lines here.
for t in ferroflux-version:common/version/tests/conformance.rs \
         source-controller:source-controller/tests/sourceignore_conformance.rs \
         ferroflux-helm:common/helm/tests/gotemplate_conformance.rs \
         ferroflux-helm:common/helm/tests/sprig_conformance.rs \
         ferroflux-helm:common/helm/tests/engine_conformance.rs \
         ferroflux-helm:common/helm/tests/template_goldens.rs \
         ferroflux-kustomize:common/kustomize/tests/krusty_patches.rs \
         ferroflux-kustomize:common/kustomize/tests/kustomize_conformance.rs; do
  pkg=${t%%:*}; file=${t#*:}
  [ -f "$file" ] || continue
  cargo test -q --locked -p "$pkg" --test "$(basename "$file" .rs)" -- --nocapture 2>&1 \
    | grep -E 'passed, [0-9]+ failed|SKIPPED' | grep -v '^test result' || true
done

passed=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
rm -f "$log"
failed=$((failed + failed_checks))
echo
echo "took $(( $(date +%s) - start ))s"
echo "tests: $passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed_checks" -eq 0 ]
