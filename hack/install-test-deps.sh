#!/usr/bin/env bash
# install-test-deps.sh — installs everything the test suite needs on a fresh Debian bookworm machine:
# Debian packages (etcd, openssl, build tools for the kube-apiserver build) and the cached
# kube-apiserver/kube-controller-manager v1.20.2 binaries (built once per machine by build-k8s.sh).
# Idempotent: a machine that already has everything spends a few seconds here.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
need=()
for pkg in etcd-server openssl curl dpkg-dev make rsync jq iproute2 python3 ca-certificates lighttpd lighttpd-mod-openssl apache2-utils openssh-server openssh-client git tinyproxy microsocks; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "install-test-deps: apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The Debian etcd-server package starts a system etcd on :2379; the tests start their own, so stop it.
if command -v systemctl >/dev/null 2>&1; then systemctl stop etcd >/dev/null 2>&1 || true; fi
"$HERE/build-k8s.sh"
