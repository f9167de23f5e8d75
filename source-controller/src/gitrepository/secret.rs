//! Turning a GitRepository's `secretRef` Secret into transport credentials, with Flux's keys:
//! `username`/`password`, `bearerToken`, `ca.crt` (also the legacy `caFile`), `tls.crt` +
//! `tls.key`, and `identity`/`known_hosts`/`password` for SSH. The `proxySecretRef` Secret has
//! `address` and optional `username`/`password` ([`proxy_from_secret`]).

use crate::git::{Auth, ProxyAuth, SshAuth, TlsAuth};
use std::collections::BTreeMap;

/// Builds [`Auth`] from Secret data for `url`. Errors name the missing or conflicting keys.
pub fn auth_from_secret(url: &str, data: &BTreeMap<String, Vec<u8>>, timeout_secs: u64) -> Result<Auth, String> {
    let text = |k: &str| {
        data.get(k)
            .map(|v| String::from_utf8_lossy(v).trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    let mut auth = Auth {
        timeout_secs,
        ..Default::default()
    };
    if url.starts_with("ssh://") {
        let identity = data
            .get("identity")
            .cloned()
            .ok_or("secret has no 'identity' key for an ssh:// URL")?;
        let known_hosts = data
            .get("known_hosts")
            .cloned()
            .ok_or("secret has no 'known_hosts' key for an ssh:// URL")?;
        auth.ssh = Some(SshAuth {
            identity,
            known_hosts,
            password: text("password"),
        });
        return Ok(auth);
    }
    match (text("username"), text("password")) {
        (Some(u), Some(p)) => auth.basic = Some((u, p)),
        (Some(_), None) => return Err("secret has 'username' but no 'password'".into()),
        (None, Some(_)) => return Err("secret has 'password' but no 'username'".into()),
        (None, None) => {}
    }
    auth.bearer = text("bearerToken");
    if auth.basic.is_some() && auth.bearer.is_some() {
        return Err("secret has both basic auth and 'bearerToken'; use one".into());
    }
    let ca = data.get("ca.crt").or_else(|| data.get("caFile")).cloned();
    let client = match (data.get("tls.crt"), data.get("tls.key")) {
        (Some(c), Some(k)) => {
            let mut pem = c.clone();
            if !pem.ends_with(b"\n") {
                pem.push(b'\n');
            }
            pem.extend_from_slice(k);
            Some(pem)
        }
        (None, None) => None,
        _ => return Err("secret must have both 'tls.crt' and 'tls.key' for client certificates".into()),
    };
    auth.tls = TlsAuth {
        ca_pem: ca,
        client_pem: client,
    };
    Ok(auth)
}

/// Builds the proxy from a `proxySecretRef` Secret's data: `address` (an `http`, `https` or
/// `socks5` URL) is required, `username` and `password` are optional. Errors read like Flux's,
/// without the `secret '<ns>/<name>': ` prefix.
pub fn proxy_from_secret(data: &BTreeMap<String, Vec<u8>>) -> Result<ProxyAuth, String> {
    let address = data.get("address").ok_or("key 'address' not found")?;
    let address = String::from_utf8_lossy(address).trim().to_owned();
    let text = |k: &str| data.get(k).map(|v| String::from_utf8_lossy(v).into_owned());
    let username = text("username");
    let password = username.as_ref().and(text("password"));
    ProxyAuth::parse(&address, username, password)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(pairs: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn basic_auth_and_ca() {
        let a = auth_from_secret(
            "https://h/r",
            &data(&[("username", "u"), ("password", "p"), ("ca.crt", "CA")]),
            60,
        )
        .unwrap();
        assert_eq!(a.basic, Some(("u".into(), "p".into())));
        assert_eq!(a.tls.ca_pem.as_deref(), Some(&b"CA"[..]));
    }

    #[test]
    fn ssh_needs_identity_and_known_hosts() {
        assert!(
            auth_from_secret("ssh://git@h/r", &data(&[("identity", "k")]), 60)
                .unwrap_err()
                .contains("known_hosts")
        );
        let a = auth_from_secret(
            "ssh://git@h/r",
            &data(&[("identity", "k"), ("known_hosts", "h ssh-ed25519 AAAA")]),
            60,
        )
        .unwrap();
        assert!(a.ssh.is_some());
    }

    #[test]
    fn conflicting_or_partial_keys_are_errors() {
        assert!(auth_from_secret("https://h/r", &data(&[("username", "u")]), 60).is_err());
        assert!(
            auth_from_secret(
                "https://h/r",
                &data(&[("username", "u"), ("password", "p"), ("bearerToken", "t")]),
                60
            )
            .is_err()
        );
        assert!(auth_from_secret("https://h/r", &data(&[("tls.crt", "c")]), 60).is_err());
    }

    #[test]
    fn proxy_secrets_follow_flux_keys() {
        let p = proxy_from_secret(&data(&[
            ("address", "http://proxy:3128\n"),
            ("username", "mandalorian"),
            ("password", "grogu"),
        ]))
        .unwrap();
        assert_eq!((p.host.as_str(), p.port), ("proxy", 3128));
        assert_eq!(p.username.as_deref(), Some("mandalorian"));
        assert_eq!(p.password.as_deref(), Some("grogu"));
        assert!(
            proxy_from_secret(&data(&[("address", "socks5://p")]))
                .unwrap()
                .is_socks()
        );
        assert_eq!(
            proxy_from_secret(&data(&[("username", "u")])).unwrap_err(),
            "key 'address' not found"
        );
        assert_eq!(
            proxy_from_secret(&data(&[("address", "")])).unwrap_err(),
            "proxy address is empty"
        );
        let no_user = proxy_from_secret(&data(&[("address", "http://p"), ("password", "x")])).unwrap();
        assert!(
            no_user.password.is_none(),
            "a password without user name is ignored, as in Flux"
        );
    }
}
