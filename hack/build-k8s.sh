#!/usr/bin/env bash
# build-k8s.sh — builds the real kube-apiserver and kube-controller-manager v1.20.2 from Debian
# bookworm's `kubernetes` source package with Debian's Go 1.19 (unpacked, not installed) and caches
# them in $FERROFLUX_K8S_BIN (default ~/.cache/ferroflux/k8s-v1.20.2). Does nothing when cached.
# ~6 minutes on 2 cores and ~2.5 GB of scratch space the first time; the scratch is removed after.
set -euo pipefail
OUT=${FERROFLUX_K8S_BIN:-$HOME/.cache/ferroflux/k8s-v1.20.2}
if [ -x "$OUT/kube-apiserver" ] && [ -x "$OUT/kube-controller-manager" ]; then exit 0; fi
VERSION=1.20.5+really1.20.2-1.1+deb12u1
W=${FERROFLUX_K8S_SCRATCH:-/tmp/ferroflux-k8s-build}
mkdir -p "$W" "$OUT"; cd "$W"
echo "build-k8s: building kube-apiserver + kube-controller-manager v1.20.2 into $OUT (one-time, ~6 min)"
# A private apt state for bookworm source packages, so the system's apt configuration is untouched.
MIRROR=${DEBIAN_MIRROR:-$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
A=$W/apt; mkdir -p "$A/lists/partial" "$A/cache/archives/partial"
printf 'deb %s bookworm main\ndeb-src %s bookworm main\n' "$MIRROR" "$MIRROR" > "$A/sources.list"
apt_opts=(-oDir::Etc::SourceList="$A/sources.list" -oDir::Etc::SourceParts=/dev/null -oDir::State::Lists="$A/lists" -oDir::Cache="$A/cache")
apt-get "${apt_opts[@]}" update -qq
if [ ! -d src ]; then
  apt-get "${apt_opts[@]}" source --download-only "kubernetes=$VERSION" >/dev/null
  dpkg-source -x "kubernetes_$VERSION.dsc" src >/dev/null   # applies Debian's security patches
fi
mkdir -p debs
(cd debs && apt-get "${apt_opts[@]}" download golang-1.19-go golang-1.19-src golang-github-modern-go-reflect2-dev >/dev/null)
for f in debs/*.deb; do dpkg -x "$f" root; done
# Kubernetes 1.20 vendors modern-go/reflect2 v1.0.1, which corrupts memory with Go >= 1.18;
# Debian's 1.0.2 has the same API.
R2=src/vendor/github.com/modern-go/reflect2
rm -rf "$R2" && mkdir -p "$R2"
cp root/usr/share/gocode/src/github.com/modern-go/reflect2/*.go root/usr/share/gocode/src/github.com/modern-go/reflect2/*.s "$R2/"
rm -f "$R2"/*_test.go
cat > version.env <<V
KUBE_GIT_VERSION='v1.20.2'
KUBE_GIT_MAJOR='1'
KUBE_GIT_MINOR='20'
KUBE_GIT_TREE_STATE='clean'
KUBE_GIT_COMMIT='faecb196815e248d3ecfb03c680a4507229c2a56'
V
export GOROOT=$W/root/usr/lib/go-1.19 PATH=$W/root/usr/lib/go-1.19/bin:$PATH GOCACHE=$W/gocache \
  GOPROXY=off GOFLAGS=-mod=vendor CGO_ENABLED=0 HOME=$W/home KUBE_GIT_VERSION_FILE=$W/version.env
make -C src WHAT="cmd/kube-apiserver cmd/kube-controller-manager" GOLDFLAGS="-s -w" >"$W/make.log" 2>&1 \
  || { tail -40 "$W/make.log" >&2; exit 1; }
install -m755 src/_output/bin/kube-apiserver src/_output/bin/kube-controller-manager "$OUT/"
"$OUT/kube-apiserver" --version
cd / && rm -rf "$W"
