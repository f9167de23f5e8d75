#!/bin/bash
# Benchmarks ferroflux's native kustomize build (`kbuild`, release) against the real kustomize 5.8.1
# (Debian sid package, fetched by common/kustomize/tests/fixtures/regenerate.sh into
# ~/.cache/ferroflux/kustomize-5.8.1): process-to-process wall time (best and median of N runs) and
# peak RSS (max over runs, from /usr/bin/time -v) on
#   (a) overlay:  common/kustomize/tests/fixtures/overlay-patches/overlay (base + 3 patches + generators)
#   (b) base-2000: a generated base with 2000 resources (Deployments, Services, ConfigMaps) in a temp dir
# Usage: hack/bench-kustomize.sh [runs]   (default 10; KUSTOMIZE=/path overrides the reference binary)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}

if [ ! -x /usr/bin/time ]; then
  echo "installing Debian's 'time' package for /usr/bin/time -v" >&2
  apt-get install -y -qq time >&2 || { apt-get update -qq >&2 && apt-get install -y -qq time >&2; }
fi

kustomize=${KUSTOMIZE:-$("$root/common/kustomize/tests/fixtures/regenerate.sh" --print-binary)}
(cd "$root" && cargo build --release -q -p ferroflux-kustomize --bin kbuild)
target=$(cd "$root" && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
kbuild=$target/release/kbuild

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# (b) a base with 2000 resources: 700 Deployments, 700 Services, 600 ConfigMaps, with a namespace,
# a prefix and common labels so the transformers and name references do real work.
big=$tmp/base-2000
mkdir -p "$big/res"
{
  echo "apiVersion: kustomize.config.k8s.io/v1beta1"
  echo "kind: Kustomization"
  echo "namespace: bench"
  echo "namePrefix: b-"
  echo "labels:"
  echo "- pairs: {bench: \"true\"}"
  echo "  includeSelectors: true"
  echo "resources:"
} > "$big/kustomization.yaml"
for i in $(seq 0 699); do
  cat > "$big/res/app-$i.yaml" <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-$i
  labels: {app: app-$i}
spec:
  replicas: 2
  selector:
    matchLabels: {app: app-$i}
  template:
    metadata:
      labels: {app: app-$i}
    spec:
      containers:
      - name: main
        image: example.com/app-$i:1.0.$i
        ports: [{containerPort: 8080, name: http}]
        envFrom: [{configMapRef: {name: cfg-$i}}]
        resources: {requests: {cpu: 10m, memory: 16Mi}}
---
apiVersion: v1
kind: Service
metadata:
  name: app-$i
spec:
  selector: {app: app-$i}
  ports: [{name: http, port: 80, targetPort: http}]
YAML
  echo "- res/app-$i.yaml" >> "$big/kustomization.yaml"
done
for i in $(seq 0 599); do
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-%d\ndata:\n  KEY: value-%d\n  OTHER: "%d"\n' "$i" "$i" "$i" > "$big/res/cfg-$i.yaml"
  echo "- res/cfg-$i.yaml" >> "$big/kustomization.yaml"
done

overlay=$root/common/kustomize/tests/fixtures/overlay-patches/overlay

# measure_fine CMD...: wall time of $runs runs with a µs timer (/usr/bin/time's has 10 ms resolution),
# then peak RSS (max of 3 runs under /usr/bin/time -v). Prints "median_ms best_ms max_rss_kb".
measure_fine() {
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

# outputs must agree before timing means anything
for case in overlay big; do
  dir=$overlay; [ "$case" = big ] && dir=$big
  "$kbuild" "$dir" > "$tmp/ours.yaml"
  (cd "$dir" && "$kustomize" build . 2>/dev/null) > "$tmp/ref.yaml"
  if cmp -s "$tmp/ours.yaml" "$tmp/ref.yaml"; then same=identical; else same=DIFFERENT; fi
  eval "same_$case=\$same"
done

printf '\n%-10s %-16s %10s %10s %12s %8s\n' case tool "median ms" "best ms" "peak RSS MB" output
for case in overlay big; do
  dir=$overlay; label=overlay; [ "$case" = big ] && { dir=$big; label=base-2000; }
  eval "same=\$same_$case"
  read -r om ob orss < <(measure_fine "$kbuild" "$dir")
  read -r km kb krss < <(cd "$dir" && measure_fine "$kustomize" build .)
  printf '%-10s %-16s %10s %10s %12.1f %8s\n' "$label" "ferroflux kbuild" "$om" "$ob" "$(echo "$orss/1024" | bc -l)" "$same"
  printf '%-10s %-16s %10s %10s %12.1f\n' "$label" "kustomize 5.8.1" "$km" "$kb" "$(echo "$krss/1024" | bc -l)"
  printf '%-10s %-16s %9.1fx %9.1fx %11.1fx\n' "$label" "ratio" "$(echo "$km/$om" | bc -l)" "$(echo "$kb/$ob" | bc -l)" "$(echo "$krss/$orss" | bc -l)"
done
