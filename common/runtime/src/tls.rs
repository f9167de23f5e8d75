//! The one TLS stack: rustls with the ring crypto provider, installed as the process default so
//! every client (kube, reqwest) uses the same provider.

/// Installs ring as rustls' process-wide crypto provider. Idempotent; call it before building
/// any HTTP or Kubernetes client.
pub fn install_crypto_provider() {
    // An Err only means a provider is already installed, which is what we want.
    let _ = rustls::crypto::ring::default_provider().install_default();
}
