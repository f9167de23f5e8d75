//! ferroflux-runtime: the controller harness every ferroflux controller shares.

pub mod fetch;
pub mod tls;
pub mod untar;
