//! kstatus-style condition bookkeeping: `Ready` is always present, `Reconciling` and
//! `Stalled` only while true, and `lastTransitionTime` changes only when a status flips.

use ferroflux_api::meta::{Condition, READY, RECONCILING, STALLED};

/// Returns the current time in Kubernetes' RFC 3339 form, seconds precision.
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// An ordered set of conditions, edited in place and written back to status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conditions {
    items: Vec<Condition>,
}

impl Conditions {
    /// Starts from the conditions currently in an object's status.
    pub fn from_existing(existing: &[Condition]) -> Self {
        Self {
            items: existing.to_vec(),
        }
    }

    /// Returns the condition of the given type.
    pub fn get(&self, type_: &str) -> Option<&Condition> {
        self.items.iter().find(|c| c.type_ == type_)
    }

    /// Returns whether the condition of the given type exists with status `True`.
    pub fn is_true(&self, type_: &str) -> bool {
        self.get(type_).is_some_and(|c| c.status == "True")
    }

    /// Sets a condition. The transition time is kept when the status does not change.
    pub fn set(&mut self, type_: &str, status: bool, reason: &str, message: &str, generation: Option<i64>) {
        let status = if status { "True" } else { "False" };
        self.set_raw(type_, status, reason, message, generation);
    }

    /// Sets a condition with an explicit status string (`True`, `False`, `Unknown`).
    pub fn set_raw(&mut self, type_: &str, status: &str, reason: &str, message: &str, generation: Option<i64>) {
        if let Some(c) = self.items.iter_mut().find(|c| c.type_ == type_) {
            if c.status != status {
                c.status = status.to_owned();
                c.last_transition_time = now_rfc3339();
            }
            c.reason = reason.to_owned();
            c.message = message.to_owned();
            c.observed_generation = generation;
        } else {
            self.items.push(Condition {
                type_: type_.to_owned(),
                status: status.to_owned(),
                observed_generation: generation,
                last_transition_time: now_rfc3339(),
                reason: reason.to_owned(),
                message: message.to_owned(),
            });
        }
    }

    /// Removes the condition of the given type.
    pub fn remove(&mut self, type_: &str) {
        self.items.retain(|c| c.type_ != type_);
    }

    /// Marks the object as progressing: `Reconciling=True`, `Stalled` removed.
    pub fn mark_reconciling(&mut self, reason: &str, message: &str, generation: Option<i64>) {
        self.set(RECONCILING, true, reason, message, generation);
        self.remove(STALLED);
    }

    /// Marks the object as stalled: `Stalled=True`, `Reconciling` removed.
    pub fn mark_stalled(&mut self, reason: &str, message: &str, generation: Option<i64>) {
        self.set(STALLED, true, reason, message, generation);
        self.remove(RECONCILING);
    }

    /// Marks the object ready: `Ready=True`, `Reconciling` and `Stalled` removed.
    pub fn mark_ready(&mut self, reason: &str, message: &str, generation: Option<i64>) {
        self.set(READY, true, reason, message, generation);
        self.remove(RECONCILING);
        self.remove(STALLED);
    }

    /// Marks the object not ready (`Ready=False`).
    pub fn mark_not_ready(&mut self, reason: &str, message: &str, generation: Option<i64>) {
        self.set(READY, false, reason, message, generation);
    }

    /// Returns the conditions, `Ready` first, then `Reconciling`, `Stalled`, then the rest in
    /// their original order (the order Flux's summaries use).
    pub fn into_vec(mut self) -> Vec<Condition> {
        let rank = |t: &str| match t {
            READY => 0,
            RECONCILING => 1,
            STALLED => 2,
            _ => 3,
        };
        self.items.sort_by_key(|c| rank(&c.type_));
        self.items
    }

    /// Returns the conditions in their current order.
    pub fn as_slice(&self) -> &[Condition] {
        &self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transition_time_changes_only_with_status() {
        let mut c = Conditions::default();
        c.set(READY, false, "Progressing", "a", Some(1));
        let t0 = c.get(READY).unwrap().last_transition_time.clone();
        let mut old = c.clone();
        old.items[0].last_transition_time = "2000-01-01T00:00:00Z".into();
        let mut c = old;
        c.set(READY, false, "Failed", "b", Some(2));
        assert_eq!(c.get(READY).unwrap().last_transition_time, "2000-01-01T00:00:00Z");
        assert_eq!(c.get(READY).unwrap().reason, "Failed");
        c.set(READY, true, "Succeeded", "ok", Some(2));
        assert_ne!(c.get(READY).unwrap().last_transition_time, "2000-01-01T00:00:00Z");
        assert!(!t0.is_empty());
    }

    #[test]
    fn negative_polarity_conditions_only_when_true() {
        let mut c = Conditions::default();
        c.mark_reconciling("Progressing", "working", Some(1));
        c.mark_not_ready("Progressing", "working", Some(1));
        assert!(c.is_true(RECONCILING));
        c.mark_stalled("InvalidURL", "bad url", Some(1));
        assert!(c.get(RECONCILING).is_none());
        c.mark_ready("Succeeded", "done", Some(1));
        assert!(c.get(STALLED).is_none() && c.get(RECONCILING).is_none());
        let v = c.into_vec();
        assert_eq!(v[0].type_, READY);
    }

    #[test]
    fn ready_sorts_first() {
        let mut c = Conditions::default();
        c.set("ArtifactInStorage", true, "Succeeded", "x", None);
        c.mark_reconciling("Progressing", "y", None);
        c.mark_not_ready("Progressing", "y", None);
        let v: Vec<_> = c.into_vec().into_iter().map(|c| c.type_).collect();
        assert_eq!(v, vec![READY, RECONCILING, "ArtifactInStorage"]);
    }
}
