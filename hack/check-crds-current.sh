#!/usr/bin/env bash
# check-crds-current.sh — checks that the generated CRDs (charts/ferroflux/crds/*.yaml) are accepted by the
# CRD validation of a *current* Kubernetes (1.36: structural-schema rules, defaults validated against their
# schema, CEL x-kubernetes-validations compiled and cost-checked), and that one example object per kind
# (common/api/tests/fixtures/<group>/<kind>-1.yaml) is accepted by the resulting schema (strict field
# validation: a fixture field missing from the schema is an error, not a silent prune).
#
# Uses the standalone apiextensions-apiserver v0.36 (built once by hack/build-apiextensions-apiserver.sh into
# ~/.cache/ferroflux/apiextensions-apiserver-0.36) with its own etcd on free loopback ports, talks raw REST with
# curl (that server has no core /api, so kubectl cannot be used), and stops everything it started on exit.
# Warnings returned by the server count as failures unless CHECK_CRDS_ALLOW_WARNINGS=1.
# Needs: etcd (Debian etcd-server), openssl, curl, iproute2, python3 (+ PyYAML; pip-installed when absent).
# Output: one line per CRD and a summary line; exit status 0 only when every CRD and object was accepted.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/.." && pwd)
CRDS=${CRDS_DIR:-$ROOT/charts/ferroflux/crds}; FIX=${FIXTURES_DIR:-$ROOT/common/api/tests/fixtures}
BIN=${FERROFLUX_APIEXT_BIN:-$HOME/.cache/ferroflux/apiextensions-apiserver-0.36}/apiextensions-apiserver
ETCD=${ETCD:-etcd}
t0=$(date +%s)

[ -x "$BIN" ] || "$HERE/build-apiextensions-apiserver.sh"
for c in "$ETCD" openssl curl ss python3; do command -v "$c" >/dev/null || { echo "check-crds-current: $c not found (run hack/install-test-deps.sh)" >&2; exit 1; }; done
python3 -c 'import yaml' 2>/dev/null || python3 -m pip install -q pyyaml >&2 || python3 -m pip install -q --break-system-packages pyyaml >&2

D=$(mktemp -d /tmp/ferroflux-crdcheck.XXXXXX); P=$D/pki; mkdir -p "$P"
ETCD_PID=; API_PID=
cleanup() {
  local rc=$?
  for pid in $API_PID $ETCD_PID; do
    kill "$pid" 2>/dev/null || continue
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "${KEEP_STATE:-}" = 1 ] || [ $rc -ne 0 -a -n "${KEEP_STATE_ON_FAILURE:-}" ]; then echo "state kept in $D" >&2; else rm -rf "$D"; fi
  exit $rc
}
trap cleanup EXIT; trap 'exit 130' INT; trap 'exit 143' TERM

# Three free loopback ports (API, etcd client, etcd peer), double-checked with ss.
read -r AP EP EPP < <(python3 -c '
import socket
ss=[socket.socket() for _ in range(3)]
for s in ss: s.bind(("127.0.0.1",0))
print(*[s.getsockname()[1] for s in ss])')
for p in $AP $EP $EPP; do ss -Hltn "sport = :$p" | grep -q . && { echo "port $p already in use" >&2; exit 1; }; done

# Certificates: CA, serving cert for 127.0.0.1/localhost, admin client cert (O=system:masters).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=crdcheck-ca -keyout "$P/ca.key" -out "$P/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj /CN=apiext -keyout "$P/srv.key" -out "$P/srv.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > "$P/srv.ext"
openssl x509 -req -in "$P/srv.csr" -CA "$P/ca.crt" -CAkey "$P/ca.key" -CAcreateserial -days 2 -extfile "$P/srv.ext" -out "$P/srv.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj '/O=system:masters/CN=admin' -keyout "$P/admin.key" -out "$P/admin.csr" 2>/dev/null
printf 'extendedKeyUsage=clientAuth\n' > "$P/cli.ext"
openssl x509 -req -in "$P/admin.csr" -CA "$P/ca.crt" -CAkey "$P/ca.key" -CAcreateserial -days 2 -extfile "$P/cli.ext" -out "$P/admin.crt" 2>/dev/null
K=$D/admin.kubeconfig
printf 'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:%s", certificate-authority: %s}}]\nusers: [{name: u, user: {client-certificate: %s, client-key: %s}}]\ncontexts: [{name: c, context: {cluster: c, user: u}}]\ncurrent-context: c\n' \
  "$AP" "$P/ca.crt" "$P/admin.crt" "$P/admin.key" > "$K"

"$ETCD" --name crd --data-dir "$D/etcd" --listen-client-urls "http://127.0.0.1:$EP" --advertise-client-urls "http://127.0.0.1:$EP" \
  --listen-peer-urls "http://127.0.0.1:$EPP" --initial-advertise-peer-urls "http://127.0.0.1:$EPP" --initial-cluster "crd=http://127.0.0.1:$EPP" \
  --unsafe-no-fsync --log-level warn > "$D/etcd.log" 2>&1 &
ETCD_PID=$!
for _ in $(seq 200); do curl -sf "http://127.0.0.1:$EP/health" >/dev/null && break; sleep 0.05; done
curl -sf "http://127.0.0.1:$EP/health" >/dev/null || { echo "etcd failed to start:" >&2; tail -20 "$D/etcd.log" >&2; exit 1; }

# The "core" kubeconfigs point at the server itself; only the system:masters client cert is authorized.
"$BIN" --etcd-servers="http://127.0.0.1:$EP" --bind-address=127.0.0.1 --secure-port="$AP" \
  --tls-cert-file="$P/srv.crt" --tls-private-key-file="$P/srv.key" --client-ca-file="$P/ca.crt" \
  --authentication-skip-lookup --authentication-kubeconfig="$K" --authorization-kubeconfig="$K" --kubeconfig="$K" \
  --enable-priority-and-fairness=false \
  --disable-admission-plugins=NamespaceLifecycle,MutatingAdmissionWebhook,ValidatingAdmissionWebhook,ValidatingAdmissionPolicy,MutatingAdmissionPolicy \
  > "$D/apiext.log" 2>&1 &
API_PID=$!
URL=https://127.0.0.1:$AP
CURL=(curl -sS --cacert "$P/ca.crt" --cert "$P/admin.crt" --key "$P/admin.key")
up=
for _ in $(seq 600); do   # /livez, not /readyz: its informer-sync check never passes without a core API
  "${CURL[@]}" -f "$URL/livez" >/dev/null 2>&1 && { up=1; break; }
  kill -0 "$API_PID" 2>/dev/null || break; sleep 0.1
done
[ -n "$up" ] || { echo "apiextensions-apiserver failed to start:" >&2; tail -20 "$D/apiext.log" >&2; exit 1; }

# py <mode> <args>: small helpers (YAML->JSON, response parsing) in one place.
py() { python3 - "$@" <<'PY'
import json, sys, yaml
mode = sys.argv[1]
if mode == "tojson":                     # tojson FILE -> single document as JSON on stdout
    docs = [d for d in yaml.safe_load_all(open(sys.argv[2])) if d is not None]
    if len(docs) != 1: sys.exit("%s: expected one YAML document, found %d" % (sys.argv[2], len(docs)))
    json.dump(docs[0], sys.stdout)
elif mode == "crdinfo":                   # crdinfo FILE -> name group storage-version kind plural
    d = yaml.safe_load(open(sys.argv[2])); s = d["spec"]
    v = [x["name"] for x in s["versions"] if x.get("storage")] or [s["versions"][0]["name"]]
    print(d["metadata"]["name"], s["group"], v[0], s["names"]["kind"], s["names"]["plural"], s.get("scope", "Namespaced"))
elif mode == "objinfo":                   # objinfo FILE -> apiVersion kind namespace
    d = yaml.safe_load(open(sys.argv[2])); m = d.get("metadata") or {}
    print(d.get("apiVersion", ""), d.get("kind", ""), m.get("namespace") or "default")
elif mode == "errmsg":                    # errmsg BODYFILE -> the Status message (or the raw body)
    raw = open(sys.argv[2]).read()
    try:
        st = json.loads(raw); msg = st.get("message") or raw
        for c in (st.get("details") or {}).get("causes") or []:
            if c.get("message") and c["message"] not in msg: msg += "; " + c.get("field", "") + ": " + c["message"]
    except Exception: msg = raw
    print(" ".join(msg.split()))
elif mode == "established":               # established BODYFILE -> "yes" or a summary of the conditions
    st = (json.load(open(sys.argv[2])).get("status") or {}).get("conditions") or []
    if any(c["type"] == "Established" and c["status"] == "True" for c in st): print("yes")
    else: print("; ".join("%s=%s %s" % (c["type"], c["status"], c.get("message", "")) for c in st) or "no conditions")
elif mode == "badconds":                  # badconds BODYFILE -> non-OK conditions (e.g. NonStructuralSchema)
    st = (json.load(open(sys.argv[2])).get("status") or {}).get("conditions") or []
    ok = {"Established": "True", "NamesAccepted": "True"}
    print("; ".join("%s=%s: %s" % (c["type"], c["status"], c.get("message", "")) for c in st
                    if c["type"] in ("NonStructuralSchema", "Terminating") or c["type"] in ok and c["status"] != ok[c["type"]]))
PY
}
# warnings HEADERFILE -> the server's Warning: header texts, "; "-joined
warnings() { sed -n 's/^[Ww]arning: [0-9]* [^ ]* "\(.*\)"\r\?$/\1/p' "$1" | sed 's/\\"/"/g' | paste -sd';' - | sed 's/;/; /g'; }
# post PATH JSONFILE -> sets HTTP code; body in $D/resp.json, headers in $D/resp.hdr
post() { code=$("${CURL[@]}" -o "$D/resp.json" -D "$D/resp.hdr" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
               --data-binary "@$2" "$URL$1?fieldValidation=Strict") || code=000; }

n=0; fails=0; warns=0
for f in "$CRDS"/*.yaml; do
  n=$((n+1))
  read -r name group ver kind plural scope < <(py crdinfo "$f")
  short=${group%%.*}; lk=$(printf '%s' "$kind" | tr '[:upper:]' '[:lower:]'); fx=$FIX/$short/$lk-1.yaml
  res= ; w=
  py tojson "$f" > "$D/crd.json"
  post /apis/apiextensions.k8s.io/v1/customresourcedefinitions "$D/crd.json"
  if [ "$code" != 201 ]; then res="CRD rejected (HTTP $code): $(py errmsg "$D/resp.json")"; fi
  [ -z "$res" ] && { x=$(warnings "$D/resp.hdr"); [ -n "$x" ] && w="CRD warnings: $x"; }
  if [ -z "$res" ]; then
    est=
    for _ in $(seq 100); do
      "${CURL[@]}" -o "$D/get.json" "$URL/apis/apiextensions.k8s.io/v1/customresourcedefinitions/$name" || true
      est=$(py established "$D/get.json" 2>/dev/null || echo "unreadable response")
      [ "$est" = yes ] && break; sleep 0.1
    done
    [ "$est" = yes ] || res="CRD not Established after 10s: $est"
    [ -z "$res" ] && { bad=$(py badconds "$D/get.json"); [ -n "$bad" ] && res="CRD condition: $bad"; }
  fi
  if [ -z "$res" ]; then
    if [ ! -f "$fx" ]; then res="no fixture ${fx#"$ROOT"/}"
    else
      read -r av fkind ns < <(py objinfo "$fx")
      if [ "$fkind" != "$kind" ] || [ "${av%/*}" != "$group" ]; then res="fixture ${fx#"$ROOT"/} is $av $fkind, expected $group $kind"
      else
        py tojson "$fx" > "$D/obj.json"
        if [ "$scope" = Namespaced ]; then path=/apis/$av/namespaces/$ns/$plural; else path=/apis/$av/$plural; fi
        post "$path" "$D/obj.json"
        if [ "$code" != 201 ]; then res="${fx#"$FIX"/} rejected (HTTP $code): $(py errmsg "$D/resp.json")"
        else x=$(warnings "$D/resp.hdr"); [ -n "$x" ] && w="${w:+$w; }object warnings: $x"; fi
      fi
    fi
  fi
  if [ -n "$res" ]; then fails=$((fails+1)); printf 'FAIL %s: %s\n' "$name" "$res"
  elif [ -n "$w" ]; then
    warns=$((warns+1))
    if [ "${CHECK_CRDS_ALLOW_WARNINGS:-}" = 1 ]; then printf 'ok   %s (%s)\n' "$name" "$w"; else printf 'WARN %s: %s\n' "$name" "$w"; fi
  else printf 'ok   %s\n' "$name"; fi
done
[ "${CHECK_CRDS_ALLOW_WARNINGS:-}" = 1 ] && bad=$fails || bad=$((fails+warns))
v=$(cat "$(dirname "$BIN")/VERSION" 2>/dev/null || echo 0.36)
echo "check-crds-current: $((n-bad))/$n CRDs ok against apiextensions-apiserver $v ($fails failed, $warns with warnings) in $(( $(date +%s)-t0 ))s"
[ "$n" -gt 0 ] && [ "$bad" -eq 0 ]
