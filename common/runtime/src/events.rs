//! Events: every event becomes a Kubernetes Event (events.k8s.io/v1) and, unless its severity
//! is `trace`, a POST of Flux's event JSON to `--events-addr` (notification-controller).
//! A 429 answer means "duplicate": it is not retried.

use ferroflux_api::event::{Event, InvolvedObject, MAX_MESSAGE_LEN, SEVERITY_ERROR, SEVERITY_INFO, SEVERITY_TRACE};
use kube::Resource;
use kube::runtime::events::{Event as KubeEvent, EventType, Recorder, Reporter};
use std::collections::BTreeMap;
use std::time::Duration;

/// Prefix of object annotations copied into event metadata.
pub const EVENT_ANNOTATION_PREFIX: &str = "event.toolkit.fluxcd.io/";

/// Severity of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Normal event, posted as `info`.
    Info,
    /// Warning event, posted as `error`.
    Error,
    /// Normal event recorded in Kubernetes only, never posted.
    Trace,
}

impl Severity {
    fn as_str(self) -> &'static str {
        match self {
            Severity::Info => SEVERITY_INFO,
            Severity::Error => SEVERITY_ERROR,
            Severity::Trace => SEVERITY_TRACE,
        }
    }
}

/// Records events for one controller.
#[derive(Clone)]
pub struct EventRecorder {
    controller: String,
    instance: String,
    kube: Recorder,
    http: Option<(reqwest::Client, String)>,
    retries: u32,
}

impl EventRecorder {
    /// Creates a recorder reporting as `controller` (also the `reportingController` posted).
    /// `events_addr` empty disables posting.
    pub fn new(client: kube::Client, controller: &str, events_addr: &str) -> Self {
        crate::tls::install_crypto_provider();
        let instance = hostname();
        let kube = Recorder::new(
            client,
            Reporter {
                controller: controller.to_owned(),
                instance: Some(instance.clone()),
            },
        );
        let http = if events_addr.is_empty() {
            None
        } else {
            reqwest::Client::builder()
                .timeout(Duration::from_secs(5))
                .build()
                .ok()
                .map(|c| (c, events_addr.to_owned()))
        };
        Self {
            controller: controller.to_owned(),
            instance,
            kube,
            http,
            retries: 4,
        }
    }

    /// Records an event about `obj`: a Kubernetes Event, plus a POST unless `severity` is trace.
    /// `metadata` keys are suffixes put under the object's API group (`<group>/<key>`).
    /// Failures are logged, never returned: events are best effort.
    pub async fn record<K>(
        &self,
        obj: &K,
        severity: Severity,
        reason: &str,
        message: &str,
        metadata: &BTreeMap<String, String>,
    ) where
        K: Resource<DynamicType = ()>,
    {
        let message = truncate(message, MAX_MESSAGE_LEN);
        let reference = obj.object_ref(&());
        let note = truncate(&message, 1024);
        let ev = KubeEvent {
            type_: if severity == Severity::Error {
                EventType::Warning
            } else {
                EventType::Normal
            },
            reason: reason.to_owned(),
            note: Some(note),
            action: reason.to_owned(),
            secondary: None,
        };
        if let Err(e) = self.kube.publish(&ev, &reference).await {
            tracing::warn!(error = %e, reason, "failed to record kubernetes event");
        }
        if severity == Severity::Trace {
            return;
        }
        let Some((client, addr)) = &self.http else {
            return;
        };
        let group = K::group(&());
        let mut meta = BTreeMap::new();
        for (k, v) in obj.meta().annotations.iter().flatten() {
            if k.starts_with(EVENT_ANNOTATION_PREFIX) {
                meta.insert(k.clone(), v.clone());
            }
        }
        for (k, v) in metadata {
            meta.insert(format!("{group}/{k}"), v.clone());
        }
        let payload = Event {
            involved_object: InvolvedObject {
                api_version: reference.api_version.clone().unwrap_or_default(),
                kind: reference.kind.clone().unwrap_or_default(),
                name: reference.name.clone().unwrap_or_default(),
                namespace: reference.namespace.clone().unwrap_or_default(),
                uid: reference.uid.clone().unwrap_or_default(),
                resource_version: String::new(),
            },
            severity: severity.as_str().to_owned(),
            timestamp: crate::conditions::now_rfc3339(),
            message,
            reason: reason.to_owned(),
            metadata: if meta.is_empty() { None } else { Some(meta) },
            reporting_controller: self.controller.clone(),
            reporting_instance: self.instance.clone(),
        };
        let (client, addr, retries) = (client.clone(), addr.clone(), self.retries);
        tokio::spawn(async move { post_event(&client, &addr, &payload, retries).await });
    }
}

/// POSTs one event, retrying connection errors and 5xx answers; 429 means the receiver already
/// has it. Returns whether the event was delivered (or deduplicated).
pub async fn post_event(client: &reqwest::Client, addr: &str, event: &Event, retries: u32) -> bool {
    let mut wait = Duration::from_millis(200);
    for attempt in 0..=retries {
        match client.post(addr).json(event).send().await {
            Ok(resp) if resp.status().is_success() => return true,
            Ok(resp) if resp.status() == reqwest::StatusCode::TOO_MANY_REQUESTS => {
                tracing::debug!(reason = %event.reason, "event deduplicated by receiver (429)");
                return true;
            }
            Ok(resp) if resp.status().is_client_error() => {
                tracing::warn!(status = %resp.status(), "event rejected by receiver");
                return false;
            }
            Ok(resp) => tracing::debug!(status = %resp.status(), attempt, "event post failed"),
            Err(e) => tracing::debug!(error = %e, attempt, "event post failed"),
        }
        if attempt < retries {
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(Duration::from_secs(5));
        }
    }
    tracing::warn!(addr, reason = %event.reason, "failed to post event");
    false
}

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_owned();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_owned()
}

/// Returns the host name (the pod name in a cluster), used as `reportingInstance`.
pub fn hostname() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/proc/sys/kernel/hostname")
                .ok()
                .map(|h| h.trim().to_owned())
        })
        .unwrap_or_else(|| "localhost".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Starts a loopback sink answering with `statuses` in turn (the last one repeats) and
    /// counting requests.
    async fn sink(statuses: Vec<u16>) -> (String, Arc<AtomicUsize>) {
        let count = Arc::new(AtomicUsize::new(0));
        let c = count.clone();
        let app = axum::Router::new().route(
            "/",
            axum::routing::post(move |body: String| {
                let c = c.clone();
                let statuses = statuses.clone();
                async move {
                    assert!(body.contains("\"involvedObject\""), "{body}");
                    let n = c.fetch_add(1, Ordering::SeqCst);
                    let code = statuses[n.min(statuses.len() - 1)];
                    axum::http::StatusCode::from_u16(code).unwrap()
                }
            }),
        );
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = format!("http://{}/", l.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(l, app).await });
        (addr, count)
    }

    fn event() -> Event {
        Event {
            reason: "Succeeded".into(),
            severity: "info".into(),
            ..Default::default()
        }
    }

    fn client() -> reqwest::Client {
        crate::tls::install_crypto_provider();
        reqwest::Client::new()
    }

    #[tokio::test(start_paused = false)]
    async fn a_429_means_duplicate_and_is_not_retried() {
        let (addr, count) = sink(vec![429]).await;
        assert!(post_event(&client(), &addr, &event(), 4).await);
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn server_errors_are_retried_until_accepted() {
        let (addr, count) = sink(vec![500, 503, 202]).await;
        assert!(post_event(&client(), &addr, &event(), 4).await);
        assert_eq!(count.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn client_errors_are_not_retried() {
        let (addr, count) = sink(vec![400]).await;
        assert!(!post_event(&client(), &addr, &event(), 4).await);
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn truncates_on_char_boundary() {
        assert_eq!(truncate("héllo", 2), "h");
        assert_eq!(truncate("abc", 5), "abc");
    }
}
