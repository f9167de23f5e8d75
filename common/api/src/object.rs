//! The [`FluxObject`] trait: the few things the reconcile harness needs to read from every
//! Flux kind (interval, suspend, conditions, last handled reconcile request).

use crate::meta::Condition;
use kube::core::NamespaceResourceScope;
use serde::{Serialize, de::DeserializeOwned};
use std::fmt::Debug;

/// Accessors every Flux kind provides to the controller runtime.
pub trait FluxObject:
    kube::Resource<DynamicType = (), Scope = NamespaceResourceScope>
    + Clone
    + Debug
    + Serialize
    + DeserializeOwned
    + Send
    + Sync
    + 'static
{
    /// Returns `spec.interval` as written (a Go duration string such as `5m`).
    fn interval(&self) -> &str;
    /// Returns `spec.retryInterval` when the kind has one and it is set.
    fn retry_interval(&self) -> Option<&str> {
        None
    }
    /// Returns whether `spec.suspend` is true.
    fn suspended(&self) -> bool;
    /// Returns `status.conditions`, empty when there is no status yet.
    fn conditions(&self) -> &[Condition];
    /// Returns `status.observedGeneration`, when set.
    fn observed_generation(&self) -> Option<i64>;
    /// Returns `status.lastHandledReconcileAt`, when set.
    fn last_handled_reconcile_at(&self) -> Option<&str>;
}

/// Implements [`FluxObject`] for a kind whose spec has `interval: String` and
/// `suspend: Option<bool>`, and whose status has `conditions: Option<Vec<Condition>>`,
/// `observed_generation: Option<i64>` and `last_handled_reconcile_at: Option<String>`.
#[macro_export]
macro_rules! impl_flux_object {
    ($kind:ty) => {
        $crate::impl_flux_object!($kind, retry = |_s| None);
    };
    ($kind:ty, retry = |$s:ident| $retry:expr) => {
        impl $crate::object::FluxObject for $kind {
            fn interval(&self) -> &str {
                &self.spec.interval
            }
            fn retry_interval(&self) -> Option<&str> {
                let $s = &self.spec;
                $retry
            }
            fn suspended(&self) -> bool {
                self.spec.suspend.unwrap_or(false)
            }
            fn conditions(&self) -> &[$crate::meta::Condition] {
                self.status
                    .as_ref()
                    .and_then(|s| s.conditions.as_deref())
                    .unwrap_or(&[])
            }
            fn observed_generation(&self) -> Option<i64> {
                self.status.as_ref().and_then(|s| s.observed_generation)
            }
            fn last_handled_reconcile_at(&self) -> Option<&str> {
                self.status
                    .as_ref()
                    .and_then(|s| s.last_handled_reconcile_at.as_deref())
            }
        }
    };
}
