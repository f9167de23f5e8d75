//! Credentials and TLS for Git transports, from a GitRepository's `secretRef`: basic auth
//! (`username`/`password`), `bearerToken`, TLS (`ca.crt`, `tls.crt`, `tls.key`) and SSH
//! (`identity`, `known_hosts`, optional `password`). SSH host keys are always checked against
//! `known_hosts`; there is no "accept any host key" mode. A proxy (`proxySecretRef`) applies to
//! HTTP(S) through reqwest and to SSH through a SOCKS5 [`Forwarder`].

use super::GitError;
use super::proxy::{Forwarder, ProxyAuth};
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
    /// Proxy to reach the remote through.
    pub proxy: Option<ProxyAuth>,
}

impl Auth {
    /// Returns the credentials to use for `url`, a submodule of the repository at `top_url`:
    /// HTTP credentials (basic auth, bearer token, client certificate) only go to the host of
    /// `top_url`; the CA, SSH key, proxy and timeout apply everywhere (an SSH key proves an
    /// identity without being disclosed, and host keys are still checked against
    /// `known_hosts`).
    pub fn for_url(&self, top_url: &str, url: &str) -> Auth {
        let mut auth = self.clone();
        if host_port(top_url) != host_port(url) || host_port(url).is_none() {
            auth.basic = None;
            auth.bearer = None;
            auth.tls.client_pem = None;
        }
        auth
    }
}

/// Returns the lower-cased host and the port (scheme default when absent) of a URL.
fn host_port(url: &str) -> Option<(String, u16)> {
    let parsed = gix::url::parse(url.as_bytes()).ok()?;
    let host = parsed.host()?.to_ascii_lowercase();
    let port = parsed.port_or_default()?;
    Some((host, port))
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Auth")
            .field("basic", &self.basic.as_ref().map(|(u, _)| u))
            .field("bearer", &self.bearer.as_ref().map(|_| "<redacted>"))
            .field("ssh", &self.ssh)
            .field("proxy", &self.proxy)
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
    let proxy = auth.proxy.clone();
    if tls.ca_pem.is_some() || tls.client_pem.is_some() || proxy.is_some() {
        let configure: Box<http::reqwest::ConfigureClientFn> = Box::new(move |mut builder| {
            if let Some(ca) = &tls.ca_pem {
                for cert in reqwest::Certificate::from_pem_bundle(ca).map_err(gix_err)? {
                    builder = builder.add_root_certificate(cert);
                }
            }
            if let Some(pem) = &tls.client_pem {
                builder = builder.identity(reqwest::Identity::from_pem(pem).map_err(gix_err)?);
            }
            // An explicit proxy replaces the environment's HTTPS_PROXY/ALL_PROXY (Flux: the
            // proxySecretRef takes precedence over all environment variables).
            if let Some(p) = &proxy {
                builder = builder.proxy(p.to_reqwest().map_err(gix_err)?);
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

/// What an SSH transport needs for one remote: the `ssh` command gix runs and, with a SOCKS5
/// proxy, the forwarder that command connects through (alive as long as this value).
pub struct SshSetup {
    /// The `core.sshCommand` value.
    pub command: String,
    /// The proxy forwarder, if any.
    pub forwarder: Option<Forwarder>,
}

/// Writes SSH key material into `scratch` and returns the `ssh` command gix should run for
/// `url`, or `None` for non-SSH URLs. With a proxy, `ssh` connects to a loopback
/// [`Forwarder`] and checks the host key under the real host's name (`HostKeyAlias`); only
/// SOCKS5 proxies can carry SSH, as in Flux.
pub fn prepare(auth: &Auth, url: &str, scratch: &Path) -> Result<Option<SshSetup>, GitError> {
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
    let mut command = format!(
        "ssh -F /dev/null -i {} -o IdentitiesOnly=yes -o UserKnownHostsFile={} -o GlobalKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes -o BatchMode=yes -o ConnectTimeout={timeout}",
        id.display(),
        kh.display()
    );
    let mut forwarder = None;
    if let Some(proxy) = &auth.proxy {
        if !proxy.is_socks() {
            return Err(GitError::Proxy(format!(
                "ssh:// URLs can only be reached through a socks5 proxy, got '{}'",
                proxy.scheme
            )));
        }
        let (host, port) = ssh_host_port(url)?;
        let fwd = Forwarder::start(proxy, &host, port, std::time::Duration::from_secs(timeout))
            .map_err(|e| GitError::Proxy(format!("cannot start the socks5 forwarder: {e}")))?;
        // Options given before gix's own `-p <port>` win, so ssh dials the forwarder while the
        // host key is still looked up as `[host]:port` (or `host` on port 22).
        let alias = if port == 22 {
            host.clone()
        } else {
            format!("[{host}]:{port}")
        };
        command.push_str(&format!(
            " -o HostName=127.0.0.1 -o Port={} -o HostKeyAlias={alias} -o CheckHostIP=no",
            fwd.addr().port()
        ));
        forwarder = Some(fwd);
    }
    Ok(Some(SshSetup { command, forwarder }))
}

/// Returns the host and port (22 when absent) of an `ssh://` URL.
fn ssh_host_port(url: &str) -> Result<(String, u16), GitError> {
    let invalid = |m: String| GitError::InvalidUrl {
        url: super::redact(url),
        message: m,
    };
    let parsed = gix::url::parse(url.as_bytes()).map_err(|e| invalid(e.to_string()))?;
    let host = parsed.host().ok_or_else(|| invalid("no host".into()))?;
    let host = host.trim_start_matches('[').trim_end_matches(']').to_owned();
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(invalid("invalid host".into()));
    }
    Ok((host, parsed.port.unwrap_or(22)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_credentials_only_go_to_the_top_level_host() {
        let auth = Auth {
            basic: Some(("u".into(), "p".into())),
            bearer: None,
            tls: TlsAuth {
                ca_pem: Some(b"CA".to_vec()),
                client_pem: Some(b"CERT".to_vec()),
            },
            ..Default::default()
        };
        let top = "https://git.example.com/org/app.git";
        let same = auth.for_url(top, "https://git.example.com:443/org/lib.git");
        assert!(same.basic.is_some() && same.tls.client_pem.is_some());
        let other = auth.for_url(top, "https://evil.example.net/x.git");
        assert!(other.basic.is_none() && other.tls.client_pem.is_none());
        assert!(other.tls.ca_pem.is_some(), "trust roots are not secrets");
        let other_port = auth.for_url(top, "https://git.example.com:8443/x.git");
        assert!(other_port.basic.is_none());
    }

    #[test]
    fn ssh_needs_a_socks5_proxy() {
        let auth = Auth {
            ssh: Some(SshAuth {
                identity: b"key".to_vec(),
                known_hosts: b"h ssh-ed25519 AAAA".to_vec(),
                password: None,
            }),
            proxy: Some(ProxyAuth::parse("http://proxy:3128", None, None).unwrap()),
            ..Default::default()
        };
        let scratch = std::env::temp_dir().join(format!("ferroflux-auth-test-{}", std::process::id()));
        let e = prepare(&auth, "ssh://git@h:2222/r.git", &scratch).err().unwrap();
        assert_eq!(
            e.to_string(),
            "ssh:// URLs can only be reached through a socks5 proxy, got 'http'"
        );
        let socks = Auth {
            proxy: Some(ProxyAuth::parse("socks5://127.0.0.1:1", None, None).unwrap()),
            ..auth
        };
        let setup = prepare(&socks, "ssh://git@h:2222/r.git", &scratch).unwrap().unwrap();
        let port = setup.forwarder.as_ref().unwrap().addr().port();
        assert!(
            setup.command.ends_with(&format!(
                "-o HostName=127.0.0.1 -o Port={port} -o HostKeyAlias=[h]:2222 -o CheckHostIP=no"
            )),
            "{}",
            setup.command
        );
        drop(setup);
        let _ = std::fs::remove_dir_all(&scratch);
        assert_eq!(
            ssh_host_port("ssh://git@github.com/org/r.git").unwrap(),
            ("github.com".into(), 22)
        );
    }
}
