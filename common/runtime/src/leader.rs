//! Lease-based leader election (coordination.k8s.io/v1), with client-go's semantics: a Lease is
//! taken over only after its record has stayed unchanged for a whole lease duration, as observed
//! locally (no clock comparison across machines). The leader renews every retry period and
//! gives up when it could not renew within the renew deadline.

use crate::error::RuntimeError;
use k8s_openapi::api::coordination::v1::{Lease, LeaseSpec};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::MicroTime;
use kube::api::{Api, ObjectMeta, PostParams};
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// Timing of the election (Flux's defaults: 35s / 30s / 5s).
#[derive(Clone, Debug)]
pub struct LeaseTiming {
    /// How long a Lease is valid without renewal.
    pub lease_duration: Duration,
    /// How long the leader keeps trying to renew before giving up.
    pub renew_deadline: Duration,
    /// Pause between attempts.
    pub retry_period: Duration,
}

/// Runs the election for one Lease.
pub struct LeaderElector {
    api: Api<Lease>,
    name: String,
    identity: String,
    timing: LeaseTiming,
}

/// Held leadership: `lost` is cancelled when the Lease could not be renewed in time.
pub struct Leadership {
    /// Cancelled when leadership is lost.
    pub lost: CancellationToken,
    stop_renewing: CancellationToken,
    renewer: tokio::task::JoinHandle<()>,
    elector: std::sync::Arc<LeaderElector>,
}

#[derive(Clone, PartialEq)]
struct Observed {
    holder: Option<String>,
    renew: Option<String>,
    transitions: Option<i32>,
}

struct Observation {
    record: Option<Observed>,
    at: Instant,
}

impl LeaderElector {
    /// Creates an elector for Lease `namespace/name` with the given identity.
    pub fn new(client: kube::Client, namespace: &str, name: &str, identity: &str, timing: LeaseTiming) -> Self {
        Self {
            api: Api::namespaced(client, namespace),
            name: name.to_owned(),
            identity: identity.to_owned(),
            timing,
        }
    }

    /// Returns this candidate's identity.
    pub fn identity(&self) -> &str {
        &self.identity
    }

    /// Blocks until this candidate holds the Lease (`Ok(Some)`) or `shutdown` fires (`Ok(None)`).
    /// Once leader, renews in the background.
    pub async fn acquire(self, shutdown: &CancellationToken) -> Result<Option<Leadership>, RuntimeError> {
        let mut obs = Observation {
            record: None,
            at: Instant::now(),
        };
        loop {
            match self.try_acquire_or_renew(&mut obs).await {
                Ok(true) => break,
                Ok(false) => {}
                Err(e) => tracing::warn!(error = %e, lease = %self.name, "leader election attempt failed"),
            }
            tokio::select! {
                _ = shutdown.cancelled() => return Ok(None),
                _ = tokio::time::sleep(self.timing.retry_period) => {}
            }
        }
        tracing::info!(lease = %self.name, identity = %self.identity, "acquired leadership");
        let elector = std::sync::Arc::new(self);
        let lost = CancellationToken::new();
        let stop_renewing = CancellationToken::new();
        let renewer = tokio::spawn(renew_loop(elector.clone(), obs, lost.clone(), stop_renewing.clone()));
        Ok(Some(Leadership {
            lost,
            stop_renewing,
            renewer,
            elector,
        }))
    }

    async fn try_acquire_or_renew(&self, obs: &mut Observation) -> Result<bool, kube::Error> {
        let now = MicroTime(jiff::Timestamp::now());
        let secs = i32::try_from(self.timing.lease_duration.as_secs())
            .unwrap_or(i32::MAX)
            .max(1);
        let Some(mut lease) = self.api.get_opt(&self.name).await? else {
            let lease = Lease {
                metadata: ObjectMeta {
                    name: Some(self.name.clone()),
                    ..Default::default()
                },
                spec: Some(LeaseSpec {
                    holder_identity: Some(self.identity.clone()),
                    lease_duration_seconds: Some(secs),
                    acquire_time: Some(now.clone()),
                    renew_time: Some(now),
                    lease_transitions: Some(0),
                    ..Default::default()
                }),
            };
            return match self.api.create(&PostParams::default(), &lease).await {
                Ok(_) => Ok(true),
                Err(kube::Error::Api(s)) if s.code == 409 => Ok(false),
                Err(e) => Err(e),
            };
        };
        let spec = lease.spec.clone().unwrap_or_default();
        let record = Observed {
            holder: spec.holder_identity.clone().filter(|h| !h.is_empty()),
            renew: spec.renew_time.as_ref().map(|t| t.0.to_string()),
            transitions: spec.lease_transitions,
        };
        if obs.record.as_ref() != Some(&record) {
            obs.record = Some(record.clone());
            obs.at = Instant::now();
        }
        let held_by_me = record.holder.as_deref() == Some(self.identity.as_str());
        let observed_duration = spec
            .lease_duration_seconds
            .map(|s| Duration::from_secs(u64::try_from(s).unwrap_or(0)))
            .unwrap_or(self.timing.lease_duration);
        if record.holder.is_some() && !held_by_me && obs.at.elapsed() < observed_duration {
            return Ok(false);
        }
        let new_spec = LeaseSpec {
            holder_identity: Some(self.identity.clone()),
            lease_duration_seconds: Some(secs),
            acquire_time: if held_by_me {
                spec.acquire_time.clone()
            } else {
                Some(now.clone())
            },
            renew_time: Some(now),
            lease_transitions: if held_by_me {
                spec.lease_transitions
            } else {
                Some(spec.lease_transitions.unwrap_or(0) + 1)
            },
            ..Default::default()
        };
        lease.spec = Some(new_spec);
        match self.api.replace(&self.name, &PostParams::default(), &lease).await {
            Ok(updated) => {
                let s = updated.spec.unwrap_or_default();
                obs.record = Some(Observed {
                    holder: s.holder_identity,
                    renew: s.renew_time.map(|t| t.0.to_string()),
                    transitions: s.lease_transitions,
                });
                obs.at = Instant::now();
                Ok(true)
            }
            Err(kube::Error::Api(s)) if s.code == 409 => Ok(false),
            Err(e) => Err(e),
        }
    }

    async fn release(&self) -> Result<(), kube::Error> {
        let Some(mut lease) = self.api.get_opt(&self.name).await? else {
            return Ok(());
        };
        let mut spec = lease.spec.clone().unwrap_or_default();
        if spec.holder_identity.as_deref() != Some(self.identity.as_str()) {
            return Ok(());
        }
        let now = MicroTime(jiff::Timestamp::now());
        spec.holder_identity = None;
        spec.lease_duration_seconds = Some(1);
        spec.renew_time = Some(now.clone());
        spec.acquire_time = Some(now);
        lease.spec = Some(spec);
        self.api
            .replace(&self.name, &PostParams::default(), &lease)
            .await
            .map(|_| ())
    }
}

async fn renew_loop(
    elector: std::sync::Arc<LeaderElector>,
    mut obs: Observation,
    lost: CancellationToken,
    stop: CancellationToken,
) {
    let mut last_renew = Instant::now();
    loop {
        tokio::select! {
            _ = stop.cancelled() => return,
            _ = tokio::time::sleep(elector.timing.retry_period) => {}
        }
        let attempt = tokio::time::timeout(elector.timing.renew_deadline, elector.try_acquire_or_renew(&mut obs)).await;
        match attempt {
            Ok(Ok(true)) => last_renew = Instant::now(),
            Ok(Ok(false)) => {
                tracing::error!(lease = %elector.name, "leadership taken by another candidate");
                lost.cancel();
                return;
            }
            Ok(Err(e)) => tracing::warn!(error = %e, "lease renewal failed"),
            Err(_) => tracing::warn!("lease renewal timed out"),
        }
        if last_renew.elapsed() >= elector.timing.renew_deadline {
            tracing::error!(lease = %elector.name, "could not renew lease within the renew deadline");
            lost.cancel();
            return;
        }
    }
}

impl Leadership {
    /// Stops renewing and, when `release` is true, hands the Lease back so a standby takes over
    /// at once.
    pub async fn step_down(self, release: bool) {
        self.stop_renewing.cancel();
        let _ = self.renewer.await;
        if release && !self.lost.is_cancelled() {
            match self.elector.release().await {
                Ok(()) => tracing::info!(lease = %self.elector.name, "released leadership"),
                Err(e) => tracing::warn!(error = %e, "failed to release lease"),
            }
        }
    }
}

/// Returns a unique candidate identity: host name plus a random suffix.
pub fn new_identity() -> String {
    format!("{}_{:016x}", crate::events::hostname(), rand::random::<u64>())
}
