//! Server-side apply, prune and health checks for sets of objects — what kustomize-controller and
//! helm-controller share.
//!
//! * [`object`]: object identities ([`ObjMeta`]), Flux inventory ids, per-object policies.
//! * [`discovery`]: kind → resource resolution with a cache.
//! * [`normalize`]: defaults set before applying (port protocols).
//! * [`managers`]: taking over fields set by `kubectl` (the `Override` policy).
//! * [`ssa`]: [`Applier::apply_all_staged`] — staged SSA with change detection.
//! * [`prune`]: deleting objects that left the desired set, only when still owned.
//! * [`wait`]: waiting for objects to become ready (kstatus).

pub mod discovery;
pub mod managers;
pub mod normalize;
pub mod object;
pub mod prune;
pub mod ssa;
pub mod wait;

pub use discovery::Discovery;
pub use object::ObjMeta;
pub use ssa::{Action, Applier, ApplyError, ApplyFailure, ApplyMode, ApplyOptions, Change, ChangeSet};
