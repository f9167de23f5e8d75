//! Placeholder; replaced with the CRD generator.
fn main() {}
