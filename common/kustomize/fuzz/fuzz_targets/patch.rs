//! Fuzzes patch application: the input is split at the first NUL byte into a resource YAML
//! stream and a patch; the patch is applied to every resource as a strategic merge patch
//! (kustomize and API-server semantics) and as a JSON 6902 patch, directly and through a build.
#![no_main]

use ferroflux_kustomize::smp::{MergeOptions, merge};
use ferroflux_kustomize::yaml::parse_documents;
use ferroflux_kustomize::{BuildOptions, MemFs, build, json6902};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (resources, patch) = text.split_once('\0').unwrap_or((text, ""));

    if let (Ok(objects), Ok(patches)) = (parse_documents(resources), parse_documents(patch)) {
        for object in objects.iter().take(4) {
            for p in patches.iter().take(4) {
                let _ = merge(object.clone(), p, &MergeOptions::kustomize());
                let _ = merge(object.clone(), p, &MergeOptions::kubernetes());
                let _ = json6902::apply(object.clone(), p);
            }
        }
    }

    for kustomization in [
        "resources: [res.yaml]\npatches:\n- path: patch.yaml\n",
        "resources: [res.yaml]\npatches:\n- path: patch.yaml\n  target: {kind: Deployment}\n",
        "resources: [res.yaml]\npatchesStrategicMerge: [patch.yaml]\nnamePrefix: p-\n",
    ] {
        let mut fs = MemFs::new();
        fs.add_file("/k/kustomization.yaml", kustomization);
        fs.add_file("/k/res.yaml", resources);
        fs.add_file("/k/patch.yaml", patch);
        if let Ok(out) = build(&fs, "/k", &BuildOptions::default()) {
            let _ = out.to_yaml();
        }
    }
});
