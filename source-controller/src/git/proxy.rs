//! Proxies for Git transports (`spec.proxySecretRef`), with Flux's rules: the address must be an
//! `http`, `https` or `socks5` URL; `username`/`password` authenticate to the proxy.
//!
//! HTTP(S) remotes go through any of them (the reqwest client behind gix gets the proxy, see
//! [`super::auth::http_options`]). SSH remotes can only use a SOCKS5 proxy, as in Flux (go-git
//! dials SSH through `golang.org/x/net/proxy`, which knows no HTTP proxies): a [`Forwarder`]
//! listens on a loopback port for the duration of a fetch, and each connection `ssh` makes to
//! it is tunnelled through the SOCKS5 proxy to the real host.

use std::io::{self, Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// Flux's cap on the length of a proxy address.
pub const MAX_PROXY_URL_LENGTH: usize = 2048;

/// Proxy schemes Flux accepts.
const SUPPORTED_SCHEMES: [&str; 3] = ["http", "https", "socks5"];

/// A proxy to reach the Git server through.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyAuth {
    /// `http`, `https` or `socks5`.
    pub scheme: String,
    /// Host name or IP address of the proxy.
    pub host: String,
    /// Port of the proxy (the scheme's default when the address has none).
    pub port: u16,
    /// User name for the proxy.
    pub username: Option<String>,
    /// Password for the proxy.
    pub password: Option<String>,
}

impl std::fmt::Debug for ProxyAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProxyAuth")
            .field("scheme", &self.scheme)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

impl ProxyAuth {
    /// Parses the `address` of a proxy Secret (Flux's validation and messages) and attaches the
    /// optional credentials.
    pub fn parse(address: &str, username: Option<String>, password: Option<String>) -> Result<Self, String> {
        if address.is_empty() {
            return Err("proxy address is empty".into());
        }
        if address.len() > MAX_PROXY_URL_LENGTH {
            return Err(format!(
                "proxy URL exceeds maximum length of {MAX_PROXY_URL_LENGTH} characters"
            ));
        }
        let url =
            reqwest::Url::parse(address).map_err(|e| format!("failed to parse proxy address '{address}': {e}"))?;
        let scheme = url.scheme().to_owned();
        if !SUPPORTED_SCHEMES.contains(&scheme.as_str()) {
            return Err(format!(
                "proxy URL must use one of the supported schemes ({}), got '{scheme}'",
                SUPPORTED_SCHEMES.join(", ")
            ));
        }
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| format!("proxy address '{address}' has no host"))?;
        let host = host.trim_start_matches('[').trim_end_matches(']').to_owned();
        let port = url.port().unwrap_or(match scheme.as_str() {
            "https" => 443,
            "socks5" => 1080,
            _ => 80,
        });
        // Credentials in the address count when the Secret has none.
        let username = username.or_else(|| (!url.username().is_empty()).then(|| percent_decode(url.username())));
        let password = password.or_else(|| url.password().map(percent_decode));
        Ok(Self {
            scheme,
            host,
            port,
            username,
            password,
        })
    }

    /// Reports whether this is a SOCKS5 proxy.
    pub fn is_socks(&self) -> bool {
        self.scheme == "socks5"
    }

    /// Returns the proxy for reqwest. SOCKS5 proxies resolve host names themselves (as Go's
    /// SOCKS5 dialer lets them), so `socks5h` is used.
    pub fn to_reqwest(&self) -> Result<reqwest::Proxy, reqwest::Error> {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        if self.is_socks() {
            let mut url = format!("socks5h://{host}:{}", self.port);
            if let Some(user) = &self.username {
                url = format!(
                    "socks5h://{}:{}@{host}:{}",
                    percent_encode(user),
                    percent_encode(self.password.as_deref().unwrap_or("")),
                    self.port
                );
            }
            return reqwest::Proxy::all(url);
        }
        let proxy = reqwest::Proxy::all(format!("{}://{host}:{}", self.scheme, self.port))?;
        Ok(match &self.username {
            Some(user) => proxy.basic_auth(user, self.password.as_deref().unwrap_or("")),
            None => proxy,
        })
    }
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A loopback listener that tunnels every accepted connection through a SOCKS5 proxy to one
/// target. Stops (and joins its accept thread) when dropped.
pub struct Forwarder {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    last_error: Arc<Mutex<Option<String>>>,
    thread: Option<JoinHandle<()>>,
}

impl Forwarder {
    /// Starts forwarding to `host:port` through `proxy`; `timeout` bounds connecting to and
    /// negotiating with the proxy.
    pub fn start(proxy: &ProxyAuth, host: &str, port: u16, timeout: Duration) -> io::Result<Self> {
        let listener = TcpListener::bind(("127.0.0.1", 0))?;
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let last_error = Arc::new(Mutex::new(None));
        let (proxy, host) = (proxy.clone(), host.to_owned());
        let (stop2, errors) = (stop.clone(), last_error.clone());
        let thread = std::thread::Builder::new()
            .name("git-socks-forward".into())
            .spawn(move || {
                for conn in listener.incoming() {
                    if stop2.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    let (proxy, host, errors) = (proxy.clone(), host.clone(), errors.clone());
                    let spawned = std::thread::Builder::new()
                        .name("git-socks-relay".into())
                        .spawn(move || {
                            if let Err(e) = relay(conn, &proxy, &host, port, timeout)
                                && let Ok(mut slot) = errors.lock()
                            {
                                *slot = Some(e.to_string());
                            }
                        });
                    if let Err(e) = spawned {
                        tracing::warn!(error = %e, "cannot start proxy relay thread");
                    }
                }
            })?;
        Ok(Self {
            addr,
            stop,
            last_error,
            thread: Some(thread),
        })
    }

    /// Returns the loopback address `ssh` connects to.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Returns the last failure talking to the proxy, if any.
    pub fn last_error(&self) -> Option<String> {
        self.last_error.lock().ok().and_then(|e| e.clone())
    }
}

impl Drop for Forwarder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Connects to `host:port` through the SOCKS5 `proxy` and copies bytes both ways until either
/// side closes.
fn relay(client: TcpStream, proxy: &ProxyAuth, host: &str, port: u16, timeout: Duration) -> io::Result<()> {
    let upstream = socks5_connect(proxy, host, port, timeout)?;
    let (mut c_read, mut u_write) = (client.try_clone()?, upstream.try_clone()?);
    let up = std::thread::Builder::new().name("git-socks-up".into()).spawn(move || {
        let _ = io::copy(&mut c_read, &mut u_write);
        let _ = u_write.shutdown(Shutdown::Write);
    })?;
    let (mut u_read, mut c_write) = (upstream, client);
    let _ = io::copy(&mut u_read, &mut c_write);
    let _ = c_write.shutdown(Shutdown::Write);
    let _ = up.join();
    Ok(())
}

/// Opens a connection to `host:port` through a SOCKS5 proxy (RFC 1928), authenticating with
/// user name and password (RFC 1929) when the proxy has credentials.
pub fn socks5_connect(proxy: &ProxyAuth, host: &str, port: u16, timeout: Duration) -> io::Result<TcpStream> {
    let err = |m: String| io::Error::other(format!("socks5 proxy {}:{}: {m}", proxy.host, proxy.port));
    let addrs: Vec<SocketAddr> = (proxy.host.as_str(), proxy.port).to_socket_addrs()?.collect();
    let mut stream = None;
    let mut last = None;
    for a in addrs {
        match TcpStream::connect_timeout(&a, timeout) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last = Some(e),
        }
    }
    let mut s = match (stream, last) {
        (Some(s), _) => s,
        (None, Some(e)) => return Err(err(format!("connect: {e}"))),
        (None, None) => return Err(err("no address".into())),
    };
    s.set_read_timeout(Some(timeout))?;
    s.set_write_timeout(Some(timeout))?;
    let with_auth = proxy.username.is_some();
    if with_auth {
        s.write_all(&[5, 2, 0, 2])?;
    } else {
        s.write_all(&[5, 1, 0])?;
    }
    let mut reply = [0u8; 2];
    s.read_exact(&mut reply)?;
    match reply {
        [5, 0] => {}
        [5, 2] if with_auth => {
            let user = proxy.username.as_deref().unwrap_or("").as_bytes();
            let pass = proxy.password.as_deref().unwrap_or("").as_bytes();
            let (Ok(ul), Ok(pl)) = (u8::try_from(user.len()), u8::try_from(pass.len())) else {
                return Err(err("user name or password longer than 255 bytes".into()));
            };
            let mut msg = vec![1, ul];
            msg.extend_from_slice(user);
            msg.push(pl);
            msg.extend_from_slice(pass);
            s.write_all(&msg)?;
            let mut status = [0u8; 2];
            s.read_exact(&mut status)?;
            if status[1] != 0 {
                return Err(err("authentication failed".into()));
            }
        }
        [5, 0xff] => return Err(err("no acceptable authentication method".into())),
        other => return Err(err(format!("unexpected reply {other:?}"))),
    }
    let mut req = vec![5, 1, 0];
    match host.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
        Ok(IpAddr::V4(ip)) => {
            req.push(1);
            req.extend_from_slice(&ip.octets());
        }
        Ok(IpAddr::V6(ip)) => {
            req.push(4);
            req.extend_from_slice(&ip.octets());
        }
        Err(_) => {
            let len = u8::try_from(host.len()).map_err(|_| err("host name too long".into()))?;
            req.push(3);
            req.push(len);
            req.extend_from_slice(host.as_bytes());
        }
    }
    req.extend_from_slice(&port.to_be_bytes());
    s.write_all(&req)?;
    let mut head = [0u8; 4];
    s.read_exact(&mut head)?;
    if head[1] != 0 {
        let why = match head[1] {
            1 => "general failure",
            2 => "connection not allowed by ruleset",
            3 => "network unreachable",
            4 => "host unreachable",
            5 => "connection refused",
            6 => "TTL expired",
            7 => "command not supported",
            8 => "address type not supported",
            _ => "unknown error",
        };
        return Err(err(format!("connect to {host}:{port}: {why}")));
    }
    let addr_len = match head[3] {
        1 => 4,
        4 => 16,
        3 => {
            let mut l = [0u8; 1];
            s.read_exact(&mut l)?;
            usize::from(l[0])
        }
        t => return Err(err(format!("unknown address type {t}"))),
    };
    let mut rest = vec![0u8; addr_len + 2];
    s.read_exact(&mut rest)?;
    s.set_read_timeout(None)?;
    s.set_write_timeout(None)?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_addresses_are_validated_like_flux() {
        let p = ProxyAuth::parse("http://proxy.example:3128", Some("u".into()), Some("p".into())).unwrap();
        assert_eq!(
            (p.scheme.as_str(), p.host.as_str(), p.port),
            ("http", "proxy.example", 3128)
        );
        assert_eq!(p.username.as_deref(), Some("u"));
        assert_eq!(ProxyAuth::parse("socks5://10.0.0.1", None, None).unwrap().port, 1080);
        assert_eq!(ProxyAuth::parse("https://p", None, None).unwrap().port, 443);
        assert_eq!(
            ProxyAuth::parse("ftp://p", None, None).unwrap_err(),
            "proxy URL must use one of the supported schemes (http, https, socks5), got 'ftp'"
        );
        assert_eq!(ProxyAuth::parse("", None, None).unwrap_err(), "proxy address is empty");
        assert!(ProxyAuth::parse(&format!("http://{}", "a".repeat(2048)), None, None).is_err());
        let inline = ProxyAuth::parse("http://us%40r:p%3Ass@p:1", None, None).unwrap();
        assert_eq!(inline.username.as_deref(), Some("us@r"));
        assert_eq!(inline.password.as_deref(), Some("p:ss"));
        assert!(
            !format!("{inline:?}").contains("p:ss"),
            "debug output hides the password"
        );
    }

    #[test]
    fn proxies_convert_for_reqwest() {
        for a in ["http://p:3128", "https://p", "socks5://p:1080"] {
            let p = ProxyAuth::parse(a, Some("u s".into()), Some("p@ss".into())).unwrap();
            assert!(p.to_reqwest().is_ok(), "{a}");
        }
    }

    /// A SOCKS5 server on loopback that accepts one user and connects to the requested target.
    fn socks_server(user: &'static str, pass: &'static str) -> SocketAddr {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap();
        std::thread::spawn(move || {
            for c in l.incoming() {
                let mut c = c.unwrap();
                std::thread::spawn(move || {
                    let mut b = [0u8; 2];
                    c.read_exact(&mut b).unwrap();
                    let mut methods = vec![0u8; usize::from(b[1])];
                    c.read_exact(&mut methods).unwrap();
                    c.write_all(&[5, 2]).unwrap();
                    let mut v = [0u8; 2];
                    c.read_exact(&mut v).unwrap();
                    let mut u = vec![0u8; usize::from(v[1])];
                    c.read_exact(&mut u).unwrap();
                    let mut pl = [0u8; 1];
                    c.read_exact(&mut pl).unwrap();
                    let mut p = vec![0u8; usize::from(pl[0])];
                    c.read_exact(&mut p).unwrap();
                    if u != user.as_bytes() || p != pass.as_bytes() {
                        c.write_all(&[1, 1]).unwrap();
                        return;
                    }
                    c.write_all(&[1, 0]).unwrap();
                    let mut h = [0u8; 4];
                    c.read_exact(&mut h).unwrap();
                    assert_eq!(h[3], 1);
                    let mut a = [0u8; 6];
                    c.read_exact(&mut a).unwrap();
                    let target = SocketAddr::from(([a[0], a[1], a[2], a[3]], u16::from_be_bytes([a[4], a[5]])));
                    let up = TcpStream::connect(target).unwrap();
                    c.write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0, 0]).unwrap();
                    let (mut c2, mut up2) = (c.try_clone().unwrap(), up.try_clone().unwrap());
                    std::thread::spawn(move || {
                        let _ = io::copy(&mut c2, &mut up2);
                        let _ = up2.shutdown(Shutdown::Write);
                    });
                    let (mut up, mut c) = (up, c);
                    let _ = io::copy(&mut up, &mut c);
                    let _ = c.shutdown(Shutdown::Write);
                });
            }
        });
        addr
    }

    #[test]
    fn forwarder_tunnels_through_socks5_with_credentials() {
        let echo = TcpListener::bind("127.0.0.1:0").unwrap();
        let echo_addr = echo.local_addr().unwrap();
        std::thread::spawn(move || {
            for c in echo.incoming() {
                let mut c = c.unwrap();
                let mut r = c.try_clone().unwrap();
                let _ = io::copy(&mut r, &mut c);
            }
        });
        let socks = socks_server("me", "secret");
        let proxy = ProxyAuth::parse(
            &format!("socks5://127.0.0.1:{}", socks.port()),
            Some("me".into()),
            Some("secret".into()),
        )
        .unwrap();
        let fwd = Forwarder::start(&proxy, "127.0.0.1", echo_addr.port(), Duration::from_secs(5)).unwrap();
        let mut c = TcpStream::connect(fwd.addr()).unwrap();
        c.write_all(b"ping").unwrap();
        let mut buf = [0u8; 4];
        c.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"ping");
        assert!(fwd.last_error().is_none());

        let wrong = ProxyAuth {
            password: Some("nope".into()),
            ..proxy
        };
        let e = socks5_connect(&wrong, "127.0.0.1", echo_addr.port(), Duration::from_secs(5)).unwrap_err();
        assert!(e.to_string().contains("authentication failed"), "{e}");
    }
}
