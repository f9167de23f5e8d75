//! Fuzzes the kustomization parser and a whole build driven by a fuzzed kustomization file over a
//! small fixed tree (a base, a resource, an SMP patch, a JSON 6902 patch, a generator input).
#![no_main]

use ferroflux_kustomize::kustomization::Kustomization;
use ferroflux_kustomize::{BuildOptions, MemFs, build};
use libfuzzer_sys::fuzz_target;

const DEPLOYMENT: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      serviceAccountName: sa
      containers:
      - name: web
        image: nginx:1.25
        envFrom: [{configMapRef: {name: cfg}}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80}]
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: sa}
";
const SMP: &str = "apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  template:
    spec:
      containers:
      - name: web
        env: [{name: A, value: b}]
";
const JSON6902: &str = "- op: add\n  path: /metadata/annotations\n  value: {a: b}\n";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = Kustomization::parse(text);

    let mut fs = MemFs::new();
    fs.add_file("/app/kustomization.yaml", text);
    fs.add_file("/app/deploy.yaml", DEPLOYMENT);
    fs.add_file("/app/patch.yaml", SMP);
    fs.add_file("/app/json6902.yaml", JSON6902);
    fs.add_file("/app/app.env", "A=1\nB=2\n");
    fs.add_file("/app/base/kustomization.yaml", "resources:\n- ../deploy.yaml\n");
    fs.add_file("/app/comp/kustomization.yaml", "kind: Component\nnamePrefix: c-\n");
    if let Ok(out) = build(&fs, "/app", &BuildOptions::default()) {
        let _ = out.to_yaml();
    }
});
