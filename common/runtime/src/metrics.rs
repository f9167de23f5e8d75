//! Prometheus metrics: Flux's `gotk_reconcile_duration_seconds{kind,name,namespace}` histogram,
//! a reconcile counter per result, and process metrics read from `/proc/self`.

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Labels of `gotk_reconcile_duration_seconds`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ObjectLabels {
    /// Kind of the object.
    pub kind: String,
    /// Name of the object.
    pub name: String,
    /// Namespace of the object.
    pub namespace: String,
}

/// Labels of `controller_runtime_reconcile_total`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ResultLabels {
    /// Controller (kind) name.
    pub controller: String,
    /// `success`, `error` or `requeue`.
    pub result: String,
}

/// Flux's histogram buckets: `ExponentialBucketsRange(10e-3, 1800, 10)`.
pub fn flux_duration_buckets() -> Vec<f64> {
    let (min, max, count) = (0.01_f64, 1800.0_f64, 10);
    // Iterative multiplication, as Prometheus' Go client does, so the `le` labels are identical.
    let factor = (max / min).powf(1.0 / f64::from(count - 1));
    let mut next = min;
    (0..count)
        .map(|_| {
            let b = next;
            next *= factor;
            b
        })
        .collect()
}

/// The metrics of one controller process.
#[derive(Clone)]
pub struct Metrics {
    registry: Arc<Mutex<Registry>>,
    durations: Family<ObjectLabels, Histogram, fn() -> Histogram>,
    results: Family<ResultLabels, Counter>,
}

fn new_histogram() -> Histogram {
    Histogram::new(flux_duration_buckets())
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// Creates the registry with every metric registered.
    pub fn new() -> Self {
        let mut registry = Registry::default();
        let durations: Family<ObjectLabels, Histogram, fn() -> Histogram> = Family::new_with_constructor(new_histogram);
        registry.register(
            "gotk_reconcile_duration_seconds",
            "The duration in seconds of a GitOps Toolkit resource reconciliation",
            durations.clone(),
        );
        let results = Family::<ResultLabels, Counter>::default();
        registry.register(
            "controller_runtime_reconcile",
            "Total number of reconciliations per controller",
            results.clone(),
        );
        registry.register_collector(Box::new(ProcessCollector));
        Self {
            registry: Arc::new(Mutex::new(registry)),
            durations,
            results,
        }
    }

    /// Records how long a reconcile of the object took.
    pub fn record_duration(&self, kind: &str, namespace: &str, name: &str, took: Duration) {
        let labels = ObjectLabels {
            kind: kind.to_owned(),
            name: name.to_owned(),
            namespace: namespace.to_owned(),
        };
        self.durations.get_or_create(&labels).observe(took.as_secs_f64());
    }

    /// Counts a reconcile outcome (`success`, `error`, `requeue`).
    pub fn record_result(&self, controller: &str, result: &str) {
        let labels = ResultLabels {
            controller: controller.to_owned(),
            result: result.to_owned(),
        };
        self.results.get_or_create(&labels).inc();
    }

    /// Forgets the per-object series of a deleted object.
    pub fn forget(&self, kind: &str, namespace: &str, name: &str) {
        let labels = ObjectLabels {
            kind: kind.to_owned(),
            name: name.to_owned(),
            namespace: namespace.to_owned(),
        };
        self.durations.remove(&labels);
    }

    /// Renders all metrics in the Prometheus text format.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        let Ok(registry) = self.registry.lock() else {
            return out;
        };
        if prometheus_client::encoding::text::encode(&mut out, &registry).is_err() {
            out.clear();
        }
        out
    }
}

/// Process metrics (`process_*`), read from `/proc/self` at scrape time.
#[derive(Debug)]
struct ProcessCollector;

#[derive(Default)]
struct ProcessStats {
    cpu_seconds: f64,
    resident_bytes: i64,
    virtual_bytes: i64,
    start_time_seconds: i64,
    open_fds: i64,
    max_fds: i64,
    threads: i64,
}

fn read_process_stats() -> Option<ProcessStats> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may contain spaces.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    // rest[0] is field 3 (state); utime=14, stime=15, num_threads=20, starttime=22, vsize=23, rss=24.
    let get = |n: usize| f.get(n - 3).and_then(|v| v.parse::<i64>().ok());
    let ticks = 100.0; // USER_HZ on Linux
    let page = 4096;
    let boot_time = std::fs::read_to_string("/proc/stat").ok().and_then(|s| {
        s.lines()
            .find_map(|l| l.strip_prefix("btime ").and_then(|v| v.trim().parse::<i64>().ok()))
    })?;
    let open_fds = std::fs::read_dir("/proc/self/fd")
        .map(|d| d.count() as i64)
        .unwrap_or(0);
    let max_fds = std::fs::read_to_string("/proc/self/limits").ok().and_then(|s| {
        s.lines()
            .find(|l| l.starts_with("Max open files"))
            .and_then(|l| l.split_whitespace().nth(3).and_then(|v| v.parse::<i64>().ok()))
    });
    Some(ProcessStats {
        cpu_seconds: (get(14)? + get(15)?) as f64 / ticks,
        threads: get(20)?,
        start_time_seconds: boot_time + get(22)? / 100,
        virtual_bytes: get(23)?,
        resident_bytes: get(24)? * page,
        open_fds,
        max_fds: max_fds.unwrap_or(0),
    })
}

impl Collector for ProcessCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let Some(s) = read_process_stats() else {
            return Ok(());
        };
        let cpu = ConstCounter::new(s.cpu_seconds);
        cpu.encode(encoder.encode_descriptor(
            "process_cpu_seconds",
            "Total user and system CPU time spent in seconds",
            None,
            cpu.metric_type(),
        )?)?;
        let gauges: [(&str, &str, i64); 6] = [
            (
                "process_resident_memory_bytes",
                "Resident memory size in bytes",
                s.resident_bytes,
            ),
            (
                "process_virtual_memory_bytes",
                "Virtual memory size in bytes",
                s.virtual_bytes,
            ),
            (
                "process_start_time_seconds",
                "Start time of the process since unix epoch in seconds",
                s.start_time_seconds,
            ),
            ("process_open_fds", "Number of open file descriptors", s.open_fds),
            ("process_max_fds", "Maximum number of open file descriptors", s.max_fds),
            ("process_threads", "Number of OS threads in the process", s.threads),
        ];
        for (name, help, value) in gauges {
            let g = ConstGauge::new(value);
            g.encode(encoder.encode_descriptor(name, help, None, g.metric_type())?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_match_flux() {
        let b = flux_duration_buckets();
        assert_eq!(b.len(), 10);
        assert!((b[0] - 0.01).abs() < 1e-12);
        assert_eq!(b[1], 0.038363583488692544);
        assert_eq!(b[9], 1799.9999999999984);
    }

    #[test]
    fn encodes_histogram_and_process_metrics() {
        let m = Metrics::new();
        m.record_duration("GitRepository", "ns", "repo", Duration::from_millis(20));
        m.record_result("gitrepository", "success");
        let text = m.encode();
        assert!(
            text.contains("gotk_reconcile_duration_seconds_bucket{le=\"0.0383635834886925"),
            "{text}"
        );
        assert!(text.contains("process_resident_memory_bytes"), "{text}");
        assert!(text.contains("process_cpu_seconds_total"), "{text}");
        assert!(
            text.contains("controller_runtime_reconcile_total{controller=\"gitrepository\",result=\"success\"} 1"),
            "{text}"
        );
    }
}
