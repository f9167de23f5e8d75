//! `spec.ignore`: drift ignore rules. The fields a rule names (RFC 6901 JSON pointers) are
//! left out of the applied objects it selects, so the controller neither sets nor reverts them.
//! Selectors are kustomize's patch targets (group, version, kind, name and namespace regexes,
//! label and annotation selectors).

use ferroflux_api::kustomize::IgnoreRule;
use ferroflux_kustomize::resource::Resource;
use ferroflux_kustomize::transformers::patches::Target;
use serde_json::Value;

/// Removes the ignored fields from `objects`. An invalid selector is an error naming it.
pub fn apply(rules: &[IgnoreRule], objects: &mut [Value]) -> Result<(), String> {
    for rule in rules {
        let target = match &rule.target {
            Some(sel) => {
                let json = serde_json::to_value(sel).map_err(|e| e.to_string())?;
                let sel: ferroflux_kustomize::kustomization::Selector =
                    serde_json::from_value(json).map_err(|e| format!("invalid ignore target: {e}"))?;
                Some(Target::new(&sel).map_err(|e| format!("invalid ignore target: {e}"))?)
            }
            None => None,
        };
        for obj in objects.iter_mut() {
            if let Some(t) = &target
                && !t.selects(&Resource::new(obj.clone()))
            {
                continue;
            }
            for path in &rule.paths {
                remove_pointer(obj, path);
            }
        }
    }
    Ok(())
}

/// Removes the value at a JSON pointer, if present.
pub fn remove_pointer(obj: &mut Value, pointer: &str) -> bool {
    let Some(rest) = pointer.strip_prefix('/') else {
        return false;
    };
    let tokens: Vec<String> = rest
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    let Some((last, parents)) = tokens.split_last() else {
        return false;
    };
    let mut cur = obj;
    for t in parents {
        cur = match cur {
            Value::Object(m) => match m.get_mut(t) {
                Some(v) => v,
                None => return false,
            },
            Value::Array(a) => match t.parse::<usize>().ok().and_then(|i| a.get_mut(i)) {
                Some(v) => v,
                None => return false,
            },
            _ => return false,
        };
    }
    match cur {
        Value::Object(m) => m.remove(last).is_some(),
        Value::Array(a) => match last.parse::<usize>() {
            Ok(i) if i < a.len() => {
                a.remove(i);
                true
            }
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    #[test]
    fn ignored_fields_are_removed_only_from_selected_objects() {
        let mut objects = vec![
            json!({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","annotations":{"a/b":"x"}},"spec":{"replicas":3}}),
            json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"web"},"data":{"k":"v"}}),
        ];
        let rules: Vec<IgnoreRule> = serde_json::from_value(json!([
            {"paths": ["/spec/replicas", "/metadata/annotations/a~1b"], "target": {"kind": "Deployment"}},
            {"paths": ["/data/missing"]}
        ]))
        .unwrap();
        apply(&rules, &mut objects).unwrap();
        assert!(objects[0]["spec"].get("replicas").is_none());
        assert!(objects[0]["metadata"]["annotations"].get("a/b").is_none());
        assert_eq!(objects[1]["data"]["k"], "v");
    }
}
