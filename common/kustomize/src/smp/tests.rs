//! Behaviour of both semantics on real Kubernetes shapes. The kustomize expectations were
//! checked against `kubectl kustomize` (kustomize 5.5, same kyaml merge code as 5.8.1) and the
//! Kubernetes ones against `kubectl patch --local --type strategic` (apimachinery 1.32).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::json;

use super::*;

fn kustomize(original: Value, patch: Value) -> Value {
    merge(original, &patch, &MergeOptions::kustomize())
        .unwrap()
        .expect("the object is kept")
}

fn kubernetes(original: Value, patch: Value) -> Value {
    merge(original, &patch, &MergeOptions::kubernetes())
        .unwrap()
        .expect("the object is kept")
}

fn deployment(pod_spec: Value) -> Value {
    json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "web"},
        "spec": {"template": {"spec": pod_spec}}
    })
}

fn pod_spec(object: &Value) -> &Value {
    &object["spec"]["template"]["spec"]
}

fn containers() -> Value {
    json!([
        {"name": "web", "image": "nginx:1", "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]},
        {"name": "sidecar", "image": "envoy:1"}
    ])
}

// --- kustomize semantics -------------------------------------------------------------------

#[test]
fn kustomize_merges_containers_by_name_and_puts_new_ones_first() {
    let out = kustomize(
        deployment(json!({"containers": containers()})),
        deployment(
            json!({"containers": [{"name": "sidecar", "image": "envoy:2"}, {"name": "init", "image": "busybox"}]}),
        ),
    );
    assert_eq!(
        pod_spec(&out)["containers"],
        json!([
            {"name": "sidecar", "image": "envoy:2"},
            {"name": "init", "image": "busybox"},
            {"name": "web", "image": "nginx:1", "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]}
        ])
    );
}

#[test]
fn kustomize_merges_env_by_name() {
    let out = kustomize(
        deployment(json!({"containers": containers()})),
        deployment(
            json!({"containers": [{"name": "web", "env": [{"name": "C", "value": "3"}, {"name": "A", "value": "9"}]}]}),
        ),
    );
    assert_eq!(
        pod_spec(&out)["containers"][0]["env"],
        json!([{"name": "C", "value": "3"}, {"name": "A", "value": "9"}, {"name": "B", "value": "2"}])
    );
}

#[test]
fn kustomize_merges_ports_by_container_port_and_protocol() {
    let original = deployment(json!({"containers": [{"name": "dns", "ports": [
        {"containerPort": 53, "protocol": "TCP"},
        {"containerPort": 80}
    ]}]}));
    let patch = deployment(json!({"containers": [{"name": "dns", "ports": [
        {"containerPort": 53, "protocol": "UDP"},
        {"containerPort": 80, "name": "http"}
    ]}]}));
    let out = kustomize(original, patch);
    assert_eq!(
        pod_spec(&out)["containers"][0]["ports"],
        json!([
            {"containerPort": 53, "protocol": "UDP"},
            {"containerPort": 53, "protocol": "TCP"},
            {"containerPort": 80, "name": "http"}
        ])
    );
}

#[test]
fn kustomize_ignores_a_patched_port_without_the_protocol_the_original_has() {
    // kustomize's TestPatchPortHasNoProtocol: the port is matched by [port, protocol], and the
    // patch's item, lacking `protocol`, is not found.
    let service = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"},
        "spec": {"ports": [{"port": 80, "targetPort": 8080, "protocol": "TCP"}]}});
    let patch = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"},
        "spec": {"ports": [{"port": 80, "targetPort": 9090}]}});
    let out = kustomize(service, patch);
    assert_eq!(
        out["spec"]["ports"],
        json!([{"port": 80, "targetPort": 8080, "protocol": "TCP"}])
    );
}

#[test]
fn kustomize_null_deletes_keys_and_is_not_added() {
    let out = kustomize(
        deployment(json!({"containers": containers(), "hostNetwork": true})),
        deployment(json!({"hostNetwork": null, "dnsPolicy": null, "containers": [{"name": "web", "image": null}]})),
    );
    assert_eq!(pod_spec(&out).get("hostNetwork"), None);
    assert_eq!(pod_spec(&out).get("dnsPolicy"), None);
    assert_eq!(pod_spec(&out)["containers"][0].get("image"), None);
}

#[test]
fn kustomize_keeps_explicit_nulls_of_the_original() {
    let out = kustomize(
        deployment(json!({"containers": [], "nodeName": null})),
        deployment(json!({})),
    );
    assert_eq!(pod_spec(&out).get("nodeName"), Some(&Value::Null));
}

#[test]
fn kustomize_patch_delete_removes_list_items_maps_lists_and_objects() {
    let original = deployment(json!({"containers": containers(), "securityContext": {"runAsUser": 1},
        "volumes": [{"name": "v", "emptyDir": {}}]}));
    let out = kustomize(
        original.clone(),
        deployment(json!({
            "containers": [{"name": "web", "env": [{"name": "A", "$patch": "delete"}, {"name": "Z", "$patch": "delete"}]},
                           {"name": "sidecar", "$patch": "delete"}],
            "securityContext": {"$patch": "delete"},
            "volumes": [{"$patch": "delete"}]
        })),
    );
    let spec = pod_spec(&out);
    assert_eq!(
        spec["containers"],
        json!([{"name": "web", "image": "nginx:1", "env": [{"name": "B", "value": "2"}]}])
    );
    assert_eq!(spec.get("securityContext"), None);
    assert_eq!(spec.get("volumes"), None);

    let mut whole = deployment(json!({}));
    whole["$patch"] = json!("delete");
    assert_eq!(merge(original, &whole, &MergeOptions::kustomize()).unwrap(), None);
}

#[test]
fn kustomize_patch_replace_replaces_maps_and_lists() {
    let mut original = deployment(json!({"containers": containers()}));
    original["spec"]["strategy"] = json!({"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1}});
    let mut patch = deployment(json!({"containers": [{"$patch": "replace"}, {"name": "only", "image": "x"}]}));
    patch["spec"]["strategy"] = json!({"$patch": "replace", "type": "Recreate"});
    let out = kustomize(original, patch);
    assert_eq!(out["spec"]["strategy"], json!({"type": "Recreate"}));
    assert_eq!(pod_spec(&out)["containers"], json!([{"name": "only", "image": "x"}]));
}

#[test]
fn kustomize_patch_replace_on_an_existing_list_item_changes_nothing() {
    // kyaml merges the patch's item, then puts the original item back in its place.
    let out = kustomize(
        deployment(json!({"containers": [{"name": "web", "image": "nginx:1", "args": ["x"]}]})),
        deployment(json!({"containers": [{"name": "web", "$patch": "replace", "image": "nginx:2"}]})),
    );
    assert_eq!(
        pod_spec(&out)["containers"],
        json!([{"name": "web", "image": "nginx:1", "args": ["x"]}])
    );
}

#[test]
fn kustomize_unites_finalizers_with_the_patch_values_first() {
    let mut original = deployment(json!({"containers": []}));
    original["metadata"]["finalizers"] = json!(["x", "y"]);
    let mut patch = deployment(json!({}));
    patch["metadata"]["finalizers"] = json!(["z", "x"]);
    assert_eq!(
        kustomize(original, patch)["metadata"]["finalizers"],
        json!(["z", "x", "y"])
    );
}

#[test]
fn kustomize_replaces_lists_without_a_merge_strategy() {
    let out = kustomize(
        deployment(
            json!({"containers": [{"name": "web", "args": ["a", "b"]}], "tolerations": [{"key": "a"}, {"key": "b"}]}),
        ),
        deployment(json!({"containers": [{"name": "web", "args": ["c"]}], "tolerations": [{"key": "c"}]})),
    );
    assert_eq!(pod_spec(&out)["tolerations"], json!([{"key": "c"}]));
    assert_eq!(pod_spec(&out)["containers"][0]["args"], json!(["c"]));
}

#[test]
fn kustomize_ignores_the_retain_keys_and_replace_strategies() {
    // PodSpec.volumes is merge,retainKeys and PodDisruptionBudgetSpec.selector is replace; kyaml
    // merges both anyway (kustomize's TestRemoveEmptyDirAddPersistentDisk needs `emptyDir: null`).
    let out = kustomize(
        deployment(json!({"volumes": [{"name": "data", "emptyDir": {}}]})),
        deployment(json!({"volumes": [{"name": "data", "gcePersistentDisk": {"pdName": "d"}}]})),
    );
    assert_eq!(
        pod_spec(&out)["volumes"],
        json!([{"name": "data", "emptyDir": {}, "gcePersistentDisk": {"pdName": "d"}}])
    );

    let pdb = |selector: Value| {
        json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "p"},
            "spec": {"selector": selector}})
    };
    let out = kustomize(
        pdb(json!({"matchLabels": {"a": "1"}})),
        pdb(json!({"matchLabels": {"b": "2"}})),
    );
    assert_eq!(out["spec"]["selector"], json!({"matchLabels": {"a": "1", "b": "2"}}));
}

#[test]
fn kustomize_copies_apimachinery_only_directives_as_plain_fields() {
    let mut original = deployment(json!({"containers": [{"name": "a"}, {"name": "b"}]}));
    original["metadata"]["finalizers"] = json!(["x", "y"]);
    let mut patch = deployment(json!({"$setElementOrder/containers": [{"name": "b"}, {"name": "a"}]}));
    patch["metadata"]["$deleteFromPrimitiveList/finalizers"] = json!(["x"]);
    patch["spec"]["strategy"] = json!({"$retainKeys": ["type"], "type": "Recreate"});
    let out = kustomize(original, patch);
    assert_eq!(
        pod_spec(&out)["$setElementOrder/containers"],
        json!([{"name": "b"}, {"name": "a"}])
    );
    assert_eq!(pod_spec(&out)["containers"], json!([{"name": "a"}, {"name": "b"}]));
    assert_eq!(out["metadata"]["finalizers"], json!(["x", "y"]));
    assert_eq!(out["metadata"]["$deleteFromPrimitiveList/finalizers"], json!(["x"]));
    assert_eq!(out["spec"]["strategy"]["$retainKeys"], json!(["type"]));
}

#[test]
fn kustomize_replaces_lists_of_custom_resources_and_merges_their_maps() {
    let widget = |spec: Value| json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": spec});
    let out = kustomize(
        widget(json!({"items": [{"name": "a", "v": 1}, {"name": "b"}], "m": {"x": 1, "y": {"z": 2}}})),
        widget(json!({"items": [{"name": "a", "v": 2}], "m": {"y": {"w": 3}, "x": null}})),
    );
    assert_eq!(
        out["spec"],
        json!({"items": [{"name": "a", "v": 2}], "m": {"y": {"z": 2, "w": 3}}})
    );
}

#[test]
fn kustomize_uses_the_schema_of_an_embedded_object_with_api_version_and_kind() {
    let wrapper = |resource: Value| json!({"apiVersion": "example.com/v1", "kind": "Wrapper", "metadata": {"name": "w"}, "spec": {"resource": resource}});
    let out = kustomize(
        wrapper(json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}})),
        wrapper(json!({"spec": {"template": {"spec": {"containers": [{"name": "b"}]}}}})),
    );
    assert_eq!(
        out["spec"]["resource"]["spec"]["template"]["spec"]["containers"],
        json!([{"name": "b"}, {"name": "a"}])
    );
}

#[test]
fn kustomize_normalises_merged_lists_the_patch_does_not_touch() {
    // Items with the same key collapse into the last one, as kyaml does.
    let out = kustomize(
        deployment(
            json!({"containers": [{"name": "web", "env": [{"name": "X", "value": "1"}, {"name": "X", "value": "2"}]}]}),
        ),
        deployment(json!({"hostname": "h"})),
    );
    assert_eq!(
        pod_spec(&out)["containers"][0]["env"],
        json!([{"name": "X", "value": "2"}])
    );
}

#[test]
fn kustomize_can_append_new_items_after_the_original_ones() {
    let options = MergeOptions {
        list_order: ListOrder::OriginalFirst,
        ..MergeOptions::kustomize()
    };
    let out = merge(
        deployment(json!({"containers": [{"name": "a"}, {"name": "b"}]})),
        &deployment(json!({"containers": [{"name": "c"}, {"name": "a", "image": "x"}]})),
        &options,
    )
    .unwrap()
    .unwrap();
    assert_eq!(
        pod_spec(&out)["containers"],
        json!([{"name": "a", "image": "x"}, {"name": "b"}, {"name": "c"}])
    );
}

#[test]
fn kustomize_reports_unknown_directives_and_kind_mismatches_with_the_path() {
    let err = merge(
        deployment(json!({"securityContext": {"runAsUser": 1}})),
        &deployment(json!({"securityContext": {"$patch": "bogus"}})),
        &MergeOptions::kustomize(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown patch strategy \"bogus\" at spec.template.spec.securityContext"
    );

    let err = merge(
        deployment(json!({"containers": [{"name": "a"}]})),
        &deployment(json!({"containers": {"name": "a"}})),
        &MergeOptions::kustomize(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "wrong node kind at spec.template.spec.containers: expected list but got map"
    );

    let err = merge(
        deployment(json!({"containers": [{"name": "a", "env": [{"name": "E"}]}]})),
        &deployment(json!({"containers": [{"name": "a", "env": [{"name": "E", "$patch": "bogus"}]}]})),
        &MergeOptions::kustomize(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown patch strategy \"bogus\" at spec.template.spec.containers[a].env[E]"
    );
}

#[test]
fn map_keys_keep_the_original_order_and_new_keys_are_appended_sorted() {
    let mut probe = serde_json::Map::new();
    probe.insert("b".into(), Value::Null);
    probe.insert("a".into(), Value::Null);
    if probe.keys().next().map(String::as_str) != Some("b") {
        // serde_json sorts its maps in this build (no `preserve_order`): nothing to observe.
        return;
    }
    let original =
        json!({"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "c"}, "data": {"z": "1", "b": "2"}});
    let patch = json!({"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "c"}, "data": {"y": "3", "a": "4", "b": null}});
    let out = kustomize(original, patch);
    let keys: Vec<&str> = out["data"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["z", "a", "y"]);
}

// --- Kubernetes semantics ------------------------------------------------------------------

#[test]
fn kubernetes_merges_containers_by_name_in_the_patch_order_around_the_original_ones() {
    let out = kubernetes(
        deployment(json!({"containers": containers()})),
        deployment(
            json!({"containers": [{"name": "init", "image": "busybox"}, {"name": "sidecar", "image": "envoy:2"}]}),
        ),
    );
    let names: Vec<&str> = pod_spec(&out)["containers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    // Patch items keep the patch's order; original-only items slot in before the first patch
    // item that comes after them in the original (new items count as "after").
    assert_eq!(names, ["init", "web", "sidecar"]);
    assert_eq!(pod_spec(&out)["containers"][2]["image"], json!("envoy:2"));
}

#[test]
fn kubernetes_merges_env_by_name_and_ports_by_container_port_only() {
    let original = deployment(json!({"containers": [{"name": "web",
        "env": [{"name": "A", "value": "1"}],
        "ports": [{"containerPort": 53, "protocol": "TCP"}]}]}));
    let patch = deployment(json!({"containers": [{"name": "web",
        "env": [{"name": "B", "value": "2"}, {"name": "A", "value": "9"}],
        "ports": [{"containerPort": 53, "protocol": "UDP"}]}]}));
    let out = kubernetes(original, patch);
    let web = &pod_spec(&out)["containers"][0];
    assert_eq!(
        web["env"],
        json!([{"name": "B", "value": "2"}, {"name": "A", "value": "9"}])
    );
    assert_eq!(web["ports"], json!([{"containerPort": 53, "protocol": "UDP"}]));
}

#[test]
fn kubernetes_orders_a_merged_list_by_set_element_order() {
    let out = kubernetes(
        deployment(json!({"containers": [{"name": "a", "image": "a"}, {"name": "b", "image": "b"}]})),
        deployment(json!({
            "$setElementOrder/containers": [{"name": "b"}, {"name": "c"}, {"name": "a"}],
            "containers": [{"name": "c", "image": "c"}]
        })),
    );
    assert_eq!(
        pod_spec(&out)["containers"],
        json!([{"name": "b", "image": "b"}, {"name": "c", "image": "c"}, {"name": "a", "image": "a"}])
    );
    assert_eq!(pod_spec(&out).get("$setElementOrder/containers"), None);
}

#[test]
fn kubernetes_rejects_a_set_element_order_that_misses_patch_items() {
    let err = merge(
        deployment(json!({"containers": [{"name": "a"}]})),
        &deployment(json!({"$setElementOrder/containers": [{"name": "a"}], "containers": [{"name": "c"}]})),
        &MergeOptions::kubernetes(),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            SmpError::BadDirective {
                directive: "$setElementOrder",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn kubernetes_retain_keys_clears_the_unlisted_fields_of_the_deployment_strategy() {
    let mut original = deployment(json!({"containers": []}));
    original["spec"]["strategy"] = json!({"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1}});
    let mut patch = deployment(json!({}));
    patch["spec"]["strategy"] = json!({"$retainKeys": ["type"], "type": "Recreate"});
    assert_eq!(
        kubernetes(original.clone(), patch)["spec"]["strategy"],
        json!({"type": "Recreate"})
    );

    // Without the directive, the retainKeys strategy alone clears nothing (apimachinery).
    let mut patch = deployment(json!({}));
    patch["spec"]["strategy"] = json!({"type": "Recreate"});
    assert_eq!(
        kubernetes(original, patch)["spec"]["strategy"],
        json!({"type": "Recreate", "rollingUpdate": {"maxSurge": 1}})
    );
}

#[test]
fn kubernetes_retain_keys_switches_a_volume_source() {
    let out = kubernetes(
        deployment(json!({"volumes": [{"name": "data", "emptyDir": {}}, {"name": "cfg", "configMap": {"name": "c"}}]})),
        deployment(
            json!({"volumes": [{"$retainKeys": ["gcePersistentDisk", "name"], "name": "data",
            "gcePersistentDisk": {"pdName": "d"}}]}),
        ),
    );
    assert_eq!(
        pod_spec(&out)["volumes"],
        json!([{"name": "data", "gcePersistentDisk": {"pdName": "d"}}, {"name": "cfg", "configMap": {"name": "c"}}])
    );
}

#[test]
fn kubernetes_rejects_retain_keys_that_miss_a_patched_field() {
    let mut original = deployment(json!({}));
    original["spec"]["strategy"] = json!({"type": "Recreate"});
    let err = merge(
        original,
        &json!({"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"strategy": {"$retainKeys": ["type"], "rollingUpdate": {}}}}),
        &MergeOptions::kubernetes(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid $retainKeys directive at spec.strategy: the patch sets \"rollingUpdate\", which it does not list"
    );
}

#[test]
fn kubernetes_deletes_finalizers_from_a_primitive_list() {
    let mut original = deployment(json!({}));
    original["metadata"]["finalizers"] = json!(["a", "b", "c"]);
    let mut patch = deployment(json!({}));
    patch["metadata"]["$deleteFromPrimitiveList/finalizers"] = json!(["b"]);
    patch["metadata"]["finalizers"] = json!(["d"]);
    assert_eq!(
        kubernetes(original, patch)["metadata"]["finalizers"],
        json!(["d", "a", "c"])
    );
}

#[test]
fn kubernetes_unites_finalizers_keeping_the_original_order() {
    let mut original = deployment(json!({}));
    original["metadata"]["finalizers"] = json!(["x", "y"]);
    let mut patch = deployment(json!({}));
    patch["metadata"]["finalizers"] = json!(["y", "z"]);
    assert_eq!(
        kubernetes(original, patch)["metadata"]["finalizers"],
        json!(["x", "y", "z"])
    );
}

#[test]
fn kubernetes_replace_strategy_replaces_the_pdb_selector() {
    let pdb = |selector: Value| {
        json!({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "p"},
            "spec": {"minAvailable": 1, "selector": selector}})
    };
    let out = kubernetes(
        pdb(json!({"matchLabels": {"a": "1"}})),
        pdb(json!({"matchLabels": {"b": "2"}})),
    );
    assert_eq!(out["spec"]["selector"], json!({"matchLabels": {"b": "2"}}));
}

#[test]
fn kubernetes_patch_directives_on_maps_and_list_items() {
    let mut original =
        deployment(json!({"containers": containers(), "securityContext": {"runAsUser": 1, "fsGroup": 2}}));
    original["spec"]["strategy"] = json!({"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1}});
    let mut patch = deployment(json!({
        "containers": [{"name": "sidecar", "$patch": "delete"}],
        "securityContext": {"$patch": "delete"}
    }));
    patch["spec"]["strategy"] = json!({"$patch": "replace", "type": "Recreate"});
    let out = kubernetes(original, patch);
    assert_eq!(pod_spec(&out)["containers"].as_array().unwrap().len(), 1);
    assert_eq!(pod_spec(&out)["securityContext"], json!({}));
    assert_eq!(out["spec"]["strategy"], json!({"type": "Recreate"}));

    let out = kubernetes(
        deployment(json!({"containers": containers()})),
        deployment(json!({"containers": [{"$patch": "replace"}, {"name": "only"}]})),
    );
    assert_eq!(pod_spec(&out)["containers"], json!([{"name": "only"}]));

    let err = merge(
        deployment(json!({"containers": containers()})),
        &deployment(json!({"containers": [{"name": "web", "$patch": "merge"}]})),
        &MergeOptions::kubernetes(),
    )
    .unwrap_err();
    assert!(matches!(err, SmpError::MergeDirectiveInList { .. }), "{err}");
}

#[test]
fn kubernetes_whole_object_delete_leaves_an_empty_object() {
    let mut patch = deployment(json!({}));
    patch["$patch"] = json!("delete");
    assert_eq!(kubernetes(deployment(json!({})), patch), json!({}));
}

#[test]
fn kubernetes_requires_the_merge_key_in_patch_items() {
    let err = merge(
        deployment(json!({"containers": containers()})),
        &deployment(json!({"containers": [{"image": "nameless"}]})),
        &MergeOptions::kubernetes(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "list item at spec.template.spec.containers does not contain the declared merge key \"name\""
    );
}

#[test]
fn kubernetes_strips_nulls_and_directives_from_added_values() {
    let out = kubernetes(
        deployment(json!({"containers": []})),
        deployment(
            json!({"affinity": {"nodeAffinity": null, "podAffinity": {"$patch": "delete"}, "x": {"y": null, "z": 1}}}),
        ),
    );
    assert_eq!(pod_spec(&out)["affinity"], json!({"x": {"z": 1}}));
}

#[test]
fn kubernetes_replaces_lists_of_custom_resources_and_merges_their_maps() {
    let widget = |spec: Value| json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": spec});
    let out = kubernetes(
        widget(json!({"items": [{"name": "a"}, {"name": "b"}], "m": {"x": 1, "y": {"z": 2}}})),
        widget(json!({"items": [{"name": "c"}], "m": {"y": {"w": 3}, "x": null}})),
    );
    assert_eq!(
        out["spec"],
        json!({"items": [{"name": "c"}], "m": {"y": {"z": 2, "w": 3}}})
    );
}

#[test]
fn kubernetes_rejects_non_object_documents() {
    let err = merge(json!([1]), &json!({}), &MergeOptions::kubernetes()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "wrong node kind at the top level: expected map but got list"
    );
}

// --- both ------------------------------------------------------------------------------------

#[test]
fn arbitrary_inputs_give_errors_not_panics() {
    let values = [
        json!(null),
        json!(1),
        json!("s"),
        json!([]),
        json!([null, 1, [2], {"$patch": "delete"}]),
        json!({"$patch": "replace"}),
        json!({"$patch": 7}),
        json!({"spec": {"template": {"spec": {"containers": [null, 1, {"name": null}, {"$patch": "x"}, []]}}}}),
        json!({"metadata": {"finalizers": [{"a": 1}, null, [1]], "$deleteFromPrimitiveList/finalizers": 3}}),
        json!({"spec": {"template": {"spec": {"$setElementOrder/containers": [{"x": 1}], "containers": "x"}}}}),
        json!({"spec": {"template": {"spec": {"$setElementOrder/containers": 1, "$setElementOrder": [], "volumes": [{"name": "v", "$retainKeys": 5}]}}}}),
        json!({"$retainKeys": ["a"], "b": 1}),
    ];
    for original in &values {
        for patch in &values {
            let mut original = original.clone();
            if let Value::Object(map) = &mut original {
                map.insert("apiVersion".into(), json!("apps/v1"));
                map.insert("kind".into(), json!("Deployment"));
            }
            for options in [MergeOptions::kustomize(), MergeOptions::kubernetes()] {
                let _ = merge(original.clone(), patch, &options);
            }
        }
    }
}

#[test]
fn documents_nested_too_deeply_are_refused() {
    let mut deep = json!(1);
    for _ in 0..=MAX_DEPTH {
        deep = json!([deep]);
    }
    let original = json!({"apiVersion": "v1", "kind": "ConfigMap", "data": {}});
    let mut just_deep_enough = json!(1);
    for _ in 0..MAX_DEPTH - 3 {
        just_deep_enough = json!({"a": just_deep_enough});
    }
    for options in [MergeOptions::kustomize(), MergeOptions::kubernetes()] {
        let patch = json!({"data": {"x": just_deep_enough.clone()}});
        let merged = merge(original.clone(), &patch, &options).unwrap().unwrap();
        let again = merge(merged.clone(), &patch, &options).unwrap().unwrap();
        assert_eq!(again, merged);
    }
    for options in [MergeOptions::kustomize(), MergeOptions::kubernetes()] {
        let err = merge(original.clone(), &json!({"data": {"x": deep.clone()}}), &options).unwrap_err();
        assert_eq!(err, SmpError::TooDeep { limit: MAX_DEPTH });
    }
}
