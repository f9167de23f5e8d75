//! Defaults the API server would add, set before server-side apply where leaving them out
//! breaks the apply itself.
//!
//! Server-side apply merges lists by their keys; for container ports and Service ports the key
//! includes `protocol`, and some API server versions refuse an applied list item without it
//! ("associative list with keys has an element that omits key field \"protocol\""). Like Flux,
//! [`set_native_defaults`] fills in `protocol: TCP` for the ports of Pods, Pod templates of the
//! workload kinds, and Services.

use serde_json::Value;

/// Sets `protocol: TCP` where a built-in object's ports leave it out.
pub fn set_native_defaults(obj: &mut Value) {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or_default().to_owned();
    let api_version = obj
        .get("apiVersion")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let group = api_version.rsplit_once('/').map(|(g, _)| g).unwrap_or("");
    match (group, kind.as_str()) {
        ("", "Service") => {
            if let Some(ports) = obj.pointer_mut("/spec/ports") {
                default_protocol(ports);
            }
        }
        ("", "Pod") => {
            if let Some(spec) = obj.get_mut("spec") {
                pod_spec(spec);
            }
        }
        ("", "ReplicationController")
        | ("apps", "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet")
        | ("batch", "Job") => {
            if let Some(spec) = obj.pointer_mut("/spec/template/spec") {
                pod_spec(spec);
            }
        }
        ("batch", "CronJob") => {
            if let Some(spec) = obj.pointer_mut("/spec/jobTemplate/spec/template/spec") {
                pod_spec(spec);
            }
        }
        _ => {}
    }
}

fn pod_spec(spec: &mut Value) {
    for field in ["containers", "initContainers", "ephemeralContainers"] {
        if let Some(Value::Array(containers)) = spec.get_mut(field) {
            for c in containers {
                if let Some(ports) = c.get_mut("ports") {
                    default_protocol(ports);
                }
            }
        }
    }
}

fn default_protocol(ports: &mut Value) {
    if let Value::Array(items) = ports {
        for p in items {
            if let Value::Object(m) = p
                && !m.contains_key("protocol")
            {
                m.insert("protocol".to_owned(), Value::String("TCP".to_owned()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ports_without_protocol_get_tcp() {
        let mut svc =
            json!({"apiVersion":"v1","kind":"Service","spec":{"ports":[{"port":80},{"port":53,"protocol":"UDP"}]}});
        set_native_defaults(&mut svc);
        assert_eq!(svc["spec"]["ports"][0]["protocol"], "TCP");
        assert_eq!(svc["spec"]["ports"][1]["protocol"], "UDP");
        let mut cj = json!({"apiVersion":"batch/v1","kind":"CronJob","spec":{"jobTemplate":{"spec":{"template":{"spec":{"initContainers":[{"name":"i","ports":[{"containerPort":1}]}]}}}}}});
        set_native_defaults(&mut cj);
        assert_eq!(
            cj.pointer("/spec/jobTemplate/spec/template/spec/initContainers/0/ports/0/protocol")
                .unwrap(),
            "TCP"
        );
        let mut cr = json!({"apiVersion":"example.com/v1","kind":"Service","spec":{"ports":[{"port":80}]}});
        set_native_defaults(&mut cr);
        assert!(
            cr["spec"]["ports"][0].get("protocol").is_none(),
            "custom kinds are left alone"
        );
    }
}
