//! Credentials and TLS for Git transports, from a GitRepository's `secretRef`: basic auth
//! (`username`/`password`), `bearerToken`, TLS (`ca.crt`, `tls.crt`, `tls.key`) and SSH
//! (`identity`, `known_hosts`, optional `password`). SSH host keys are always checked against
//! `known_hosts`; there is no "accept any host key" mode.

use super::GitError;
use gix::protocol::transport::client::blocking_io::http;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// TLS settings for HTTPS remotes.
#[derive(Clone, Debug, Default)]
pub struct TlsAuth {
    /// PEM CA certificate(s) trusted in addition to the system roots.
    pub ca_pem: Option<Vec<u8>>,
    /// PEM client certificate and key for mutual TLS.
    pub client_pem: Option<Vec<u8>>,
}

/// SSH key authentication.
#[derive(Clone, Default)]
pub struct SshAuth {
    /// Private key (OpenSSH or PEM).
    pub identity: Vec<u8>,
    /// `known_hosts` lines the server's host key must match.
    pub known_hosts: Vec<u8>,
    /// Passphrase of the private key.
    pub password: Option<String>,
}

impl std::fmt::Debug for SshAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SshAuth")
            .field("identity", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// Everything needed to authenticate to a remote.
#[derive(Clone, Default)]
pub struct Auth {
    /// Basic auth user name and password.
    pub basic: Option<(String, String)>,
    /// Bearer token sent as `Authorization: Bearer <token>`.
    pub bearer: Option<String>,
    /// TLS settings.
    pub tls: TlsAuth,
    /// SSH settings (`ssh://` URLs).
    pub ssh: Option<SshAuth>,
    /// Connection timeout in seconds.
    pub timeout_secs: u64,
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Auth")
            .field("basic", &self.basic.as_ref().map(|(u, _)| u))
            .field("bearer", &self.bearer.as_ref().map(|_| "<redacted>"))
            .field("ssh", &self.ssh)
            .finish_non_exhaustive()
    }
}

/// Answers gix's credential requests: never, since credentials travel as headers and nothing
/// may prompt or read the machine's credential helpers.
pub fn answer(
    _auth: &Auth,
    _action: gix::credentials::helper::Action,
) -> gix::Result<Option<gix::credentials::protocol::Outcome>> {
    Ok(None)
}

/// HTTP transport options: bearer header, extra CA, client certificate, timeouts.
pub fn http_options(auth: &Auth) -> Option<http::Options> {
    let mut opts = http::Options::default();
    // Basic auth goes out as a header on every request, like Flux's go-git transport: gix's
    // credential flow would refuse plain http:// remotes.
    if let Some((user, pass)) = &auth.basic {
        use base64::Engine;
        let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}"));
        opts.extra_headers.push(format!("Authorization: Basic {token}"));
    }
    if let Some(token) = &auth.bearer {
        opts.extra_headers.push(format!("Authorization: Bearer {token}"));
    }
    if auth.timeout_secs > 0 {
        opts.connect_timeout = Some(std::time::Duration::from_secs(auth.timeout_secs));
        opts.low_speed_limit_bytes_per_second = 1;
        opts.low_speed_time_seconds = auth.timeout_secs;
    }
    let tls = auth.tls.clone();
    if tls.ca_pem.is_some() || tls.client_pem.is_some() {
        let configure: Box<http::reqwest::ConfigureClientFn> = Box::new(move |mut builder| {
            if let Some(ca) = &tls.ca_pem {
                for cert in reqwest::Certificate::from_pem_bundle(ca).map_err(gix_err)? {
                    builder = builder.add_root_certificate(cert);
                }
            }
            if let Some(pem) = &tls.client_pem {
                builder = builder.identity(reqwest::Identity::from_pem(pem).map_err(gix_err)?);
            }
            Ok(builder)
        });
        let backend = http::reqwest::Options {
            configure_client: Some(configure),
            configure_request: None,
        };
        opts.backend = Some(Arc::new(Mutex::new(backend)));
    }
    Some(opts)
}

fn gix_err(e: reqwest::Error) -> gix::error::Error {
    gix::error::Error::from_error(e)
}

/// Writes SSH key material into `scratch` and returns the `ssh` command gix should run, or
/// `None` for non-SSH URLs.
pub fn prepare(auth: &Auth, url: &str, scratch: &Path) -> Result<Option<String>, GitError> {
    if !url.starts_with("ssh://") {
        return Ok(None);
    }
    let Some(ssh) = &auth.ssh else {
        return Err(GitError::Auth(
            "ssh:// URLs need a secretRef with 'identity' and 'known_hosts'".into(),
        ));
    };
    if ssh.known_hosts.iter().all(u8::is_ascii_whitespace) {
        return Err(GitError::Auth(
            "'known_hosts' is required for ssh:// URLs (host keys are always verified)".into(),
        ));
    }
    std::fs::create_dir_all(scratch).map_err(|e| GitError::Auth(format!("scratch dir: {e}")))?;
    let id = scratch.join("identity");
    let kh = scratch.join("known_hosts");
    write_private(&id, &ssh.identity)?;
    write_private(&kh, &ssh.known_hosts)?;
    if let Some(pass) = ssh.password.as_deref().filter(|p| !p.is_empty()) {
        // Decrypt a passphrase-protected key into the scratch copy so ssh never prompts.
        let out = std::process::Command::new("ssh-keygen")
            .args(["-q", "-p", "-P", pass, "-N", "", "-f"])
            .arg(&id)
            .output()
            .map_err(|e| GitError::Auth(format!("ssh-keygen: {e}")))?;
        if !out.status.success() {
            return Err(GitError::Auth(
                "cannot decrypt the SSH identity with the given password".into(),
            ));
        }
    }
    let timeout = auth.timeout_secs.max(1);
    Ok(Some(format!(
        "ssh -F /dev/null -i {} -o IdentitiesOnly=yes -o UserKnownHostsFile={} -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o BatchMode=yes -o ConnectTimeout={timeout}",
        id.display(),
        kh.display()
    )))
}

fn write_private(path: &Path, data: &[u8]) -> Result<(), GitError> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut data = data.to_vec();
    if !data.ends_with(b"\n") {
        data.push(b'\n');
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| GitError::Auth(format!("write {}: {e}", path.display())))?;
    f.write_all(&data)
        .map_err(|e| GitError::Auth(format!("write {}: {e}", path.display())))
}
