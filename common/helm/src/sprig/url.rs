//! Sprig's `urlParse` and `urlJoin` (Go's `net/url` parsing and `URL.String()`), and
//! `getHostByName`: a lookup through the system resolver (`/etc/hosts`, DNS). Helm's engine
//! replaces it with one returning "" unless DNS is enabled (see `HelmFuncOptions`).

use super::{M, Reg, S, str_arg};
use crate::func::{FuncError, FuncResult};
use crate::value::{Map, Value};

pub(crate) fn register(r: &mut Reg<'_>) {
    r.add("urlParse", &[S], M, |a| url_parse(str_arg(a, 0)));
    r.add("urlJoin", &[M], S, |a| match a.first() {
        Some(Value::Map(m)) => url_join(m),
        _ => url_join(&Map::new()),
    });
    r.add("getHostByName", &[S], S, |a| get_host_by_name(str_arg(a, 0)));
}

/// Resolves `name` and returns one of its addresses (Sprig picks one at random; this is the
/// first the resolver lists). Go's Sprig panics when there is none; here it is an error.
fn get_host_by_name(name: &str) -> FuncResult {
    use std::net::ToSocketAddrs;
    let addrs = (name, 0u16)
        .to_socket_addrs()
        .map_err(|e| FuncError::new(format!("getHostByName {name}: {e}")))?;
    let first = addrs
        .map(|a| a.ip())
        .next()
        .ok_or_else(|| FuncError::new(format!("getHostByName {name}: no addresses")))?;
    Ok(Value::string(first.to_string()))
}

fn unhex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Percent-decodes `s` (Go's `unescape`), with Go's error text.
fn unescape(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            match (
                b.get(i + 1).and_then(|c| unhex(*c)),
                b.get(i + 2).and_then(|c| unhex(*c)),
            ) {
                (Some(h), Some(l)) => out.push(h << 4 | l),
                _ => {
                    let bad: String = s[i..].chars().take(3).collect();
                    return Err(format!("invalid URL escape {}", crate::strconv::quote(&bad)));
                }
            }
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

#[derive(Clone, Copy, PartialEq)]
enum Enc {
    Path,
    User,
    Fragment,
}

fn escape(s: &str, mode: Enc) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        let keep = c.is_ascii_alphanumeric()
            || matches!(c, b'-' | b'_' | b'.' | b'~')
            || match c {
                b'$' | b'&' | b'+' | b',' | b'/' | b':' | b';' | b'=' | b'?' | b'@' => match mode {
                    Enc::Path => c != b'?',
                    Enc::User => !matches!(c, b'@' | b'/' | b'?' | b':'),
                    Enc::Fragment => true,
                },
                b'!' | b'(' | b')' | b'*' => mode == Enc::Fragment,
                _ => false,
            };
        if keep {
            out.push(char::from(c));
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

fn url_parse(raw: &str) -> FuncResult {
    let fail = |e: String| {
        FuncError::new(format!(
            "unable to parse url: parse {}: {e}",
            crate::strconv::quote(raw)
        ))
    };
    let (rest, fragment) = match raw.split_once('#') {
        Some((r, f)) => (r, unescape(f).map_err(fail)?),
        None => (raw, String::new()),
    };
    let mut scheme = String::new();
    let mut rest = rest;
    if let Some(i) = rest.find(':') {
        let cand = &rest[..i];
        let valid = cand.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
            && cand
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'));
        if i == 0 {
            return Err(fail("missing protocol scheme".to_string()));
        }
        if valid {
            scheme = cand.to_ascii_lowercase();
            rest = &rest[i + 1..];
        }
    }
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, q.to_string()),
        None => (rest, String::new()),
    };
    let (mut opaque, mut userinfo, mut host, mut path) = (String::new(), String::new(), String::new(), String::new());
    if !rest.starts_with('/') && !scheme.is_empty() {
        opaque = rest.to_string();
    } else {
        let mut rest = rest;
        if rest.starts_with("//") && (!scheme.is_empty() || !rest.starts_with("///")) {
            let auth_end = rest[2..].find('/').map(|i| i + 2).unwrap_or(rest.len());
            let authority = &rest[2..auth_end];
            rest = &rest[auth_end..];
            match authority.rfind('@') {
                Some(i) => {
                    let ui = &authority[..i];
                    let (user, pass) = match ui.split_once(':') {
                        Some((u, p)) => (unescape(u).map_err(fail)?, Some(unescape(p).map_err(fail)?)),
                        None => (unescape(ui).map_err(fail)?, None),
                    };
                    userinfo = escape(&user, Enc::User);
                    if let Some(p) = pass {
                        userinfo.push(':');
                        userinfo.push_str(&escape(&p, Enc::User));
                    }
                    host = authority[i + 1..].to_string();
                }
                None => host = authority.to_string(),
            }
        }
        path = unescape(rest).map_err(fail)?;
    }
    let hostname = if let Some(h) = host.strip_prefix('[') {
        h.split(']').next().unwrap_or("").to_string()
    } else {
        match host.rfind(':') {
            Some(i) => host[..i].to_string(),
            None => host.clone(),
        }
    };
    let m = Map::new();
    for (k, v) in [
        ("scheme", scheme),
        ("host", host),
        ("hostname", hostname),
        ("path", path),
        ("query", query),
        ("opaque", opaque),
        ("fragment", fragment),
        ("userinfo", userinfo),
    ] {
        m.insert(k, Value::string(v));
    }
    Ok(Value::Map(m))
}

fn get_str(m: &Map, key: &str) -> Result<String, FuncError> {
    match m.get(key) {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.to_string()),
        Some(other) => Err(FuncError::new(format!(
            "unable to parse {key} key, must be of type string, but {} found",
            super::convert::kind_name(&other)
        ))),
    }
}

fn url_join(m: &Map) -> FuncResult {
    let scheme = get_str(m, "scheme")?;
    let host = get_str(m, "host")?;
    let path = get_str(m, "path")?;
    let query = get_str(m, "query")?;
    let opaque = get_str(m, "opaque")?;
    let fragment = get_str(m, "fragment")?;
    let userinfo = get_str(m, "userinfo")?;
    let user = if userinfo.is_empty() {
        None
    } else {
        let (u, p) = match userinfo.split_once(':') {
            Some((u, p)) => (u, Some(p)),
            None => (userinfo.as_str(), None),
        };
        let mut s = escape(&unescape(u).map_err(FuncError::new)?, Enc::User);
        if let Some(p) = p {
            s.push(':');
            s.push_str(&escape(&unescape(p).map_err(FuncError::new)?, Enc::User));
        }
        Some(s)
    };
    let mut out = String::new();
    if !scheme.is_empty() {
        out.push_str(&scheme);
        out.push(':');
    }
    if !opaque.is_empty() {
        out.push_str(&opaque);
    } else {
        if !scheme.is_empty() || !host.is_empty() || user.is_some() {
            if !host.is_empty() || !path.is_empty() || user.is_some() {
                out.push_str("//");
            }
            if let Some(u) = &user {
                out.push_str(u);
                out.push('@');
            }
            out.push_str(&host);
        }
        let escaped = escape(&path, Enc::Path);
        if !escaped.is_empty() && !escaped.starts_with('/') && !host.is_empty() {
            out.push('/');
        }
        if out.is_empty() && escaped.split('/').next().is_some_and(|seg| seg.contains(':')) {
            out.push_str("./");
        }
        out.push_str(&escaped);
    }
    if !query.is_empty() {
        out.push('?');
        out.push_str(&query);
    }
    if !fragment.is_empty() {
        out.push('#');
        out.push_str(&escape(&fragment, Enc::Fragment));
    }
    Ok(Value::string(out))
}
