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
# Knobs: CRDS_DIR, FIXTURES_DIR (defaults: the repo's), FERROFLUX_APIEXT_BIN (cache dir), ETCD, KEEP_STATE=1
# (keep the scratch dir with responses and server logs; KEEP_STATE_ON_FAILURE=1 only when failing).
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
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
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
CURL=(curl -sS --max-time 60 --cacert "$P/ca.crt" --cert "$P/admin.crt" --key "$P/admin.key")
up=
for _ in $(seq 600); do   # /livez, not /readyz: its informer-sync check never passes without a core API
  "${CURL[@]}" -f "$URL/livez" >/dev/null 2>&1 && { up=1; break; }
  kill -0 "$API_PID" 2>/dev/null || break; sleep 0.1
done
[ -n "$up" ] || { echo "apiextensions-apiserver failed to start:" >&2; tail -20 "$D/apiext.log" >&2; exit 1; }

# 1. Every CRD and its fixture as JSON, in one python run. Manifest: index, CRD name, object path, fixture, error.
python3 - "$CRDS" "$FIX" "$D" > "$D/manifest" <<'PY'
import glob, json, os, sys, yaml
crds, fix, d = sys.argv[1:4]
def one(path):
    docs = [x for x in yaml.safe_load_all(open(path)) if x is not None]
    if len(docs) != 1: raise ValueError("expected one YAML document, found %d" % len(docs))
    return docs[0]
for i, f in enumerate(sorted(glob.glob(os.path.join(crds, "*.yaml")))):
    name, objpath, rel, err = os.path.basename(f), "", "", ""
    try:
        c = one(f); s = c["spec"]; name = c["metadata"]["name"]
        json.dump(c, open("%s/crd-%d.json" % (d, i), "w"))
        kind, plural, group = s["names"]["kind"], s["names"]["plural"], s["group"]
        rel = "%s/%s-1.yaml" % (group.split(".")[0], kind.lower()); fx = os.path.join(fix, rel)
        if not os.path.exists(fx): err = "no fixture %s" % fx
        else:
            o = one(fx); av = o.get("apiVersion", ""); served = [v["name"] for v in s["versions"] if v.get("served")]
            if o.get("kind") != kind or av.rpartition("/")[0] != group or av.rpartition("/")[2] not in served:
                err = "fixture %s is %s %s; the CRD serves %s %s %s" % (rel, av, o.get("kind"), group, served, kind)
            else:
                ns = (o.get("metadata") or {}).get("namespace") or "default"
                objpath = "/apis/%s/%s%s" % (av, "namespaces/%s/" % ns if s.get("scope", "Namespaced") == "Namespaced" else "", plural)
                json.dump(o, open("%s/obj-%d.json" % (d, i), "w"))
    except Exception as e:
        err = "cannot read: %s" % " ".join(str(e).split())
    print("\t".join([str(i), name, objpath, rel, err]))
PY
# post PATH JSONFILE OUTPREFIX -> OUTPREFIX.{json,hdr,code}
post() { "${CURL[@]}" -o "$3.json" -D "$3.hdr" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
           --data-binary "@$2" "$URL$1?fieldValidation=Strict" > "$3.code" 2>"$3.err" || true; }

# 2. Create the CRDs (strict field validation: unknown or duplicate fields in a CRD are errors).
while IFS=$'\t' read -r i name objpath rel err; do
  [ -f "$D/crd-$i.json" ] && post /apis/apiextensions.k8s.io/v1/customresourcedefinitions "$D/crd-$i.json" "$D/crdresp-$i"
done < "$D/manifest"

# 3. Wait (up to 15 s) until every created CRD reports Established=True.
for _ in $(seq 75); do
  pending=0
  for c in "$D"/crdresp-*.code; do
    i=${c##*-}; i=${i%.code}; [ "$(cat "$c")" = 201 ] || continue
    [ -f "$D/est-$i" ] && continue
    "${CURL[@]}" -o "$D/crdget-$i.json" "$URL/apis/apiextensions.k8s.io/v1/customresourcedefinitions/$(cut -f2 <<<"$(grep "^$i"$'\t' "$D/manifest")")" 2>/dev/null || true
    if tr -d ' \n' < "$D/crdget-$i.json" 2>/dev/null | grep -q '"type":"Established","status":"True"'; then touch "$D/est-$i"; else pending=1; fi
  done
  [ $pending = 0 ] && break; sleep 0.2
done

# 4. Create one object per kind, in parallel (the first write to a new CRD takes ~2 s on this server).
jobs_=()
while IFS=$'\t' read -r i name objpath rel err; do
  [ -n "$objpath" ] && [ -f "$D/est-$i" ] && { post "$objpath" "$D/obj-$i.json" "$D/objresp-$i" & jobs_+=($!); }
done < "$D/manifest"
for j in "${jobs_[@]}"; do wait "$j" || true; done

# 5. Report: one line per CRD, a summary line; exit status 1 on any failure (or warning, unless allowed).
python3 - "$D" "${CHECK_CRDS_ALLOW_WARNINGS:-0}" "$(cat "$(dirname "$BIN")/VERSION" 2>/dev/null || echo 0.36)" "$t0" <<'PY'
import json, os, re, sys, time
d, allow, ver, t0 = sys.argv[1], sys.argv[2] == "1", sys.argv[3], int(sys.argv[4])
def rd(p, default=""):
    try: return open(p).read()
    except OSError: return default
def errmsg(prefix):
    raw = rd(prefix + ".json") or rd(prefix + ".err")
    try:
        st = json.loads(raw); msg = st.get("message") or raw
        for c in (st.get("details") or {}).get("causes") or []:
            if c.get("message") and c["message"] not in msg: msg += "; %s: %s" % (c.get("field", ""), c["message"])
    except ValueError: msg = raw
    return " ".join(msg.split()) or "no response"
def warnings(prefix):
    out = []
    for line in rd(prefix + ".hdr").splitlines():
        m = re.match(r'(?i)warning:\s*\d+\s+\S+\s+"(.*)"\s*$', line)
        if m: out.append(m.group(1).replace('\\"', '"').replace("\\\\", "\\"))
    return out
n = fails = warns = 0
for line in rd(d + "/manifest").splitlines():
    i, name, objpath, rel, err = line.split("\t"); n += 1; res = ""; w = []
    cp, op = "%s/crdresp-%s" % (d, i), "%s/objresp-%s" % (d, i)
    if err.startswith("cannot read"): res = err
    elif rd(cp + ".code") != "201": res = "CRD rejected (HTTP %s): %s" % (rd(cp + ".code") or "000", errmsg(cp))
    else:
        w += ["CRD: " + x for x in warnings(cp)]
        try: conds = json.loads(rd("%s/crdget-%s.json" % (d, i)) or "{}").get("status", {}).get("conditions") or []
        except ValueError: conds = []
        bad = ["%s=%s: %s" % (c["type"], c["status"], c.get("message", "")) for c in conds
               if c["type"] == "NonStructuralSchema" or c["type"] in ("Established", "NamesAccepted") and c["status"] != "True"]
        if not os.path.exists("%s/est-%s" % (d, i)): res = "CRD not Established after 15s: " + ("; ".join(bad) or "no conditions")
        elif bad: res = "CRD condition " + "; ".join(bad)
        elif err: res = err
        elif rd(op + ".code") != "201": res = "%s rejected (HTTP %s): %s" % (rel, rd(op + ".code") or "000", errmsg(op))
        else: w += ["%s: %s" % (rel, x) for x in warnings(op)]
    if res: fails += 1; print("FAIL %s: %s" % (name, res))
    elif w:
        warns += 1; print(("ok   %s (warnings: %s)" if allow else "WARN %s: %s") % (name, "; ".join(w)))
    else: print("ok   %s" % name)
bad = fails + (0 if allow else warns)
print("check-crds-current: %d/%d CRDs ok against apiextensions-apiserver %s (%d failed, %d with warnings) in %ds"
      % (n - bad, n, ver, fails, warns, time.time() - t0))
sys.exit(1 if bad or n == 0 else 0)
PY
