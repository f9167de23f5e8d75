#!/bin/bash
# Benchmarks ferroflux's native Helm engine (`htemplate`, release build) against the real Helm v4
# library (PyPI helm-python-sdk==0.2.2 = Helm v4.2.3, in the venv that
# common/helm/tests/charts/regenerate.sh installs under ~/.cache/ferroflux/helm-sdk):
# process-to-process wall time (median and best of N runs) and peak RSS (max of 3 runs, from
# /usr/bin/time -v), each run a fresh process that loads the chart from disk and renders it once:
#   (a) podinfo: /work/shared/bench/podinfo-chart (or $PODINFO) with its default values
#   (b) big:     a generated chart in a temp dir: 300 templates (each a Deployment, a Service
#                and a ConfigMap through shared helpers) plus one template ranging over 2000
#                values entries
# Both sides render the same thing: Helm's engine output (the SDK's `Chart.render` map); ours
# is `htemplate --files`, printed in the same form, and the outputs are compared before timing
# (random `randAlphaNum 5` name suffixes of podinfo's test pods masked). The "ferroflux template"
# row is the full `helm template` text (split, install-order sort, hooks) for reference.
# The SDK's numbers include starting Python and loading the Go shared library (~the cost of a
# process that renders once); the "sdk render only" row is the in-process time of render().
# Usage: hack/bench-helm.sh [runs]   (default 10)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
podinfo=${PODINFO:-/work/shared/bench/podinfo-chart}
venv=$HOME/.cache/ferroflux/helm-sdk

if [ ! -x /usr/bin/time ]; then
  echo "installing Debian's 'time' package for /usr/bin/time -v" >&2
  apt-get install -y -qq time >&2 || { apt-get update -qq >&2 && apt-get install -y -qq time >&2; }
fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import helm_python' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'helm-python-sdk==0.2.2'
fi

(cd "$root" && cargo build --release -q -p ferroflux-helm --bin htemplate)
target=$(cd "$root" && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
htemplate=$target/release/htemplate

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The SDK side: one process, load + render once, print the map like `htemplate --files`;
# the in-process render time goes to stderr.
cat > "$tmp/sdk_render.py" <<'PY'
import sys, time
from helm_python import Chart
chart_dir = sys.argv[1]
t0 = time.perf_counter()
with Chart.load(chart_dir) as chart:
    out = chart.render({}, name="bench", namespace="bench")
t1 = time.perf_counter()
sys.stdout.write("".join(f"---\n# Source: {p}\n{out[p]}\n" for p in sorted(out)))
sys.stderr.write(f"{(t1 - t0) * 1000:.3f}\n")
PY

# (b) the big chart.
big=$tmp/big
mkdir -p "$big/templates"
printf 'apiVersion: v2\nname: big\nversion: 1.0.0\nappVersion: "1.0"\n' > "$big/Chart.yaml"
{
  echo "image: {repository: example.com/app, tag: '1.0'}"
  echo "labels: {team: bench, tier: backend}"
  echo "resources: {limits: {cpu: 100m, memory: 64Mi}, requests: {cpu: 10m, memory: 16Mi}}"
  echo "items:"
  for i in $(seq 0 1999); do echo "  item-$i: {port: $((8000 + i % 1000)), enabled: $([ $((i % 7)) -eq 0 ] && echo false || echo true), owner: owner-$((i % 13))}"; done
} > "$big/values.yaml"
cat > "$big/templates/_helpers.tpl" <<'TPL'
{{- define "big.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- range $k, $v := .root.Values.labels }}
{{ $k }}: {{ $v | quote }}
{{- end }}
{{- end }}
TPL
for i in $(seq 0 299); do
  cat > "$big/templates/app-$i.yaml" <<TPL
{{- \$name := printf "app-%d" $i }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ \$name }}
  labels:
    {{- include "big.labels" (dict "name" \$name "root" \$) | nindent 4 }}
spec:
  replicas: {{ add 1 (mod $i 3) }}
  selector:
    matchLabels:
      app: {{ \$name }}
  template:
    metadata:
      labels:
        {{- include "big.labels" (dict "name" \$name "root" \$) | nindent 8 }}
    spec:
      containers:
        - name: main
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ \$name }}
spec:
  selector:
    app: {{ \$name }}
  ports:
    - port: {{ add 8000 $i }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ \$name }}-config
data:
  index: {{ "$i" | quote }}
  checksum: {{ \$name | sha256sum | trunc 16 }}
TPL
done
cat > "$big/templates/items.yaml" <<'TPL'
{{- range $name, $item := .Values.items }}
{{- if $item.enabled }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ $name }}
  labels:
    owner: {{ $item.owner }}
data:
  port: {{ $item.port | quote }}
  upper: {{ $name | upper | quote }}
{{- end }}
{{- end }}
TPL

# measure CMD...: wall time of $runs runs with a µs timer, then peak RSS (max of 3 runs under
# /usr/bin/time -v). Prints "median_ms best_ms max_rss_kb".
measure() {
  local ms=() rss=0 t0 t1 r
  for _ in $(seq "$runs"); do
    # bash's own microsecond clock: a `$(date)` fork would add its start-up (~1 ms) to the
    # measured process.
    t0=${EPOCHREALTIME/./}
    "$@" > /dev/null 2>&1
    t1=${EPOCHREALTIME/./}
    ms+=("$(( t1 - t0 ))")
  done
  for _ in 1 2 3; do
    /usr/bin/time -v -o "$tmp/time" "$@" > /dev/null 2>&1
    r=$(awk -F': ' '/Maximum resident set size/{print $2}' "$tmp/time")
    [ "$r" -gt "$rss" ] && rss=$r
  done
  printf '%s\n' "${ms[@]}" | sort -n | awk -v rss="$rss" '{a[NR]=$1} END{printf "%.1f %.1f %d\n", a[int((NR+1)/2)]/1000, a[1]/1000, rss}'
}

# median and best of the SDK's in-process render() time
inproc() {
  local chart=$1
  for _ in $(seq "$runs"); do "$venv/bin/python" "$tmp/sdk_render.py" "$chart" 2>&1 > /dev/null; done |
    sort -n | awk '{a[NR]=$1} END{printf "%.1f %.1f\n", a[int((NR+1)/2)], a[1]}'
}

printf '\n%-8s %-22s %10s %10s %12s %10s\n' chart tool "median ms" "best ms" "peak RSS MB" output
for case in podinfo big; do
  dir=$podinfo; [ "$case" = big ] && dir=$big
  "$htemplate" --files "$dir" "" bench bench > "$tmp/ours.yaml"
  "$venv/bin/python" "$tmp/sdk_render.py" "$dir" > "$tmp/ref.yaml" 2>/dev/null
  # podinfo's test pods carry randAlphaNum 5 suffixes: mask them on both sides
  sed -i -E 's/-test-[a-z0-9]{5}$/-test-RANDOM/' "$tmp/ours.yaml" "$tmp/ref.yaml"
  if cmp -s "$tmp/ours.yaml" "$tmp/ref.yaml"; then same=identical; else same=DIFFERENT; fi
  docs=$(grep -c '^kind:' "$tmp/ref.yaml" || true)
  read -r om ob orss < <(measure "$htemplate" --files "$dir" "" bench bench)
  read -r tm tb trss < <(measure "$htemplate" "$dir" "" bench bench)
  read -r sm sb srss < <(measure "$venv/bin/python" "$tmp/sdk_render.py" "$dir")
  read -r im ib < <(inproc "$dir")
  printf '%-8s %-22s %10s %10s %12.1f %10s\n' "$case" "ferroflux --files" "$om" "$ob" "$(echo "$orss/1024" | bc -l)" "$same"
  printf '%-8s %-22s %10s %10s %12.1f\n' "$case" "ferroflux template" "$tm" "$tb" "$(echo "$trss/1024" | bc -l)"
  printf '%-8s %-22s %10s %10s %12.1f %10s\n' "$case" "helm v4 sdk (process)" "$sm" "$sb" "$(echo "$srss/1024" | bc -l)" "$docs docs"
  printf '%-8s %-22s %10s %10s\n' "$case" "helm v4 sdk render()" "$im" "$ib"
  printf '%-8s %-22s %9.1fx %9.1fx %11.1fx\n' "$case" "ratio sdk/ferroflux" "$(echo "$sm/$om" | bc -l)" "$(echo "$sb/$ob" | bc -l)" "$(echo "$srss/$orss" | bc -l)"
done
