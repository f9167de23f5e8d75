#!/usr/bin/env bash
# build-apiextensions-apiserver.sh — builds the standalone k8s.io/apiextensions-apiserver v0.36.x (the CRD
# machinery of Kubernetes 1.36: structural-schema rules, CEL x-kubernetes-validations, defaulting) from
# Debian sid's golang-*-dev source packages with sid's Go, and caches the binary in
# $FERROFLUX_APIEXT_BIN (default ~/.cache/ferroflux/apiextensions-apiserver-0.36). Does nothing when cached.
# Nothing is installed system-wide: sid packages are only `dpkg -x`ed into a scratch dir (removed after).
# ~2.5-3 min on 2 cores and ~1.5 GB of scratch the first time. Used by hack/check-crds-current.sh.
set -euo pipefail
OUT=${FERROFLUX_APIEXT_BIN:-$HOME/.cache/ferroflux/apiextensions-apiserver-0.36}
if [ -x "$OUT/apiextensions-apiserver" ]; then exit 0; fi
W=${FERROFLUX_APIEXT_SCRATCH:-/tmp/ferroflux-apiext-build}
PKG=golang-k8s-apiextensions-apiserver-dev
mkdir -p "$W/debs" "$OUT"
echo "build-apiextensions-apiserver: building into $OUT (one-time, ~3 min)" >&2
# A private apt state for sid, so the system's apt configuration is untouched.
MIRROR=${DEBIAN_MIRROR:-$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
A=$W/apt; mkdir -p "$A/lists/partial" "$A/cache/archives/partial"
printf 'deb %s sid main\n' "$MIRROR" > "$A/sources.list"
apt_opts=(-oDir::Etc::SourceList="$A/sources.list" -oDir::Etc::SourceParts=/dev/null -oDir::State::Lists="$A/lists" -oDir::Cache="$A/cache"
          -oAPT::Sandbox::User=root)  # the scratch dir is root's; _apt could not write the downloads there
apt-get "${apt_opts[@]}" update -qq >/dev/null
ver=$(apt-cache "${apt_opts[@]}" show --no-all-versions "$PKG" | awk '/^Version:/{print $2; exit}')
case $ver in 0.36.*) ;; *) echo "build-apiextensions-apiserver: sid has $PKG $ver, expected 0.36.x" >&2; exit 1;; esac
# The whole Go dependency closure (golang-*-dev) plus the Go toolchain it needs.
pk=$(apt-cache "${apt_opts[@]}" depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
       --no-replaces --no-enhances "$PKG" | grep -v '^[ <]' | sort -u | grep -E -- '^golang-.*-dev$|^golang-1\.[0-9]+-(go|src)$')
(cd "$W/debs" && apt-get "${apt_opts[@]}" download $pk >/dev/null)
rm -rf "$W/root"
for f in "$W"/debs/*.deb; do dpkg -x "$f" "$W/root"; done
GOV=$(ls -d "$W"/root/usr/lib/go-1.* | sort -V | tail -1)
export GOROOT=$GOV PATH=$GOV/bin:$PATH GOPATH=$W/root/usr/share/gocode GO111MODULE=off GOCACHE=$W/gocache \
  GOPROXY=off GOTOOLCHAIN=local GOFLAGS=-buildvcs=false CGO_ENABLED=0 HOME=$W/home
go build -ldflags "-s -w" -o "$W/apiextensions-apiserver" k8s.io/apiextensions-apiserver >"$W/build.log" 2>&1 \
  || { tail -40 "$W/build.log" >&2; exit 1; }
install -m755 "$W/apiextensions-apiserver" "$OUT/apiextensions-apiserver"
echo "$ver" > "$OUT/VERSION"
echo "build-apiextensions-apiserver: $PKG $ver -> $OUT/apiextensions-apiserver" >&2
cd / && rm -rf "$W"
