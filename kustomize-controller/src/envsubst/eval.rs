//! Evaluation of a parse tree and the string functions behind the operators, with the
//! semantics of fluxcd/pkg `envsubst` (`template.go`, `funcs.go`).
//!
//! Entry point: [`execute`]. Values are handled as bytes, as Go strings are: lengths and
//! offsets count bytes, and a result that cuts a character in two is turned back into text
//! lossily only at the very end.

use super::EnvsubstError;
use super::glob;
use super::parse::{Node, decode_rune};

/// Looks a variable up: its value and whether it exists.
pub type Mapping<'a> = dyn Fn(&str) -> (String, bool) + 'a;

/// Evaluates a tree against `mapping`.
pub fn execute(root: &Node, mapping: &Mapping<'_>) -> Result<String, EnvsubstError> {
    let mut out = Vec::new();
    eval_node(root, mapping, &mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn eval_node(node: &Node, mapping: &Mapping<'_>, out: &mut Vec<u8>) -> Result<(), EnvsubstError> {
    match node {
        Node::Text(text) => out.extend_from_slice(text.as_bytes()),
        Node::List(nodes) => {
            for node in nodes {
                eval_node(node, mapping, out)?;
            }
        }
        Node::Func { param, name, args } => {
            let mut values = Vec::with_capacity(args.len());
            for arg in args {
                let mut buf = Vec::new();
                eval_node(arg, mapping, &mut buf)?;
                values.push(buf);
            }
            let (value, exists) = mapping(param);
            if !exists && !is_default_op(name) {
                return Err(EnvsubstError::VariableNotSet(param.clone()));
            }
            let args: Vec<&[u8]> = values.iter().map(Vec::as_slice).collect();
            out.extend(apply(name, value.as_bytes(), &args)?);
        }
    }
    Ok(())
}

/// The operators that provide a value for a missing variable, and so are allowed on one in
/// strict mode.
fn is_default_op(name: &str) -> bool {
    matches!(name, "-" | "+" | "=" | "?" | ":-" | ":+" | ":=" | ":?")
}

/// Applies the function of operator `name` (upstream's `lookupFunc`).
fn apply(name: &str, s: &[u8], args: &[&[u8]]) -> Result<Vec<u8>, EnvsubstError> {
    Ok(match name {
        "," => to_lower_first(s),
        ",," => to_lower(s),
        "^" => to_upper_first(s),
        "^^" => to_upper(s),
        "#" if args.is_empty() => to_len(s),
        "#" => trim_shortest_prefix(s, args),
        "##" => trim_longest_prefix(s, args),
        "%" => trim_shortest_suffix(s, args),
        "%%" => trim_longest_suffix(s, args),
        ":" => to_substr(s, args)?,
        "/#" => replace_prefix(s, args),
        "/%" => replace_suffix(s, args),
        "/" => replace_first(s, args),
        "//" => replace_all(s, args),
        _ => to_default(s, args),
    })
}

/// Runs one of the string functions by its upstream name (`toLen`, `toLower`, `toUpper`,
/// `toLowerFirst`, `toUpperFirst`, `toDefault`, `toSubstr`, `replaceAll`, `replaceFirst`,
/// `replacePrefix`, `replaceSuffix`, `trimShortestPrefix`, `trimShortestSuffix`,
/// `trimLongestPrefix`, `trimLongestSuffix`); `None` for an unknown name.
pub fn call(function: &str, value: &str, args: &[&str]) -> Option<Result<String, EnvsubstError>> {
    let s = value.as_bytes();
    let args: Vec<&[u8]> = args.iter().map(|a| a.as_bytes()).collect();
    let out = match function {
        "toLen" => to_len(s),
        "toLower" => to_lower(s),
        "toUpper" => to_upper(s),
        "toLowerFirst" => to_lower_first(s),
        "toUpperFirst" => to_upper_first(s),
        "toDefault" => to_default(s, &args),
        "toSubstr" => match to_substr(s, &args) {
            Ok(out) => out,
            Err(err) => return Some(Err(err)),
        },
        "replaceAll" => replace_all(s, &args),
        "replaceFirst" => replace_first(s, &args),
        "replacePrefix" => replace_prefix(s, &args),
        "replaceSuffix" => replace_suffix(s, &args),
        "trimShortestPrefix" => trim_shortest_prefix(s, &args),
        "trimShortestSuffix" => trim_shortest_suffix(s, &args),
        "trimLongestPrefix" => trim_longest_prefix(s, &args),
        "trimLongestSuffix" => trim_longest_suffix(s, &args),
        _ => return None,
    };
    Some(Ok(String::from_utf8_lossy(&out).into_owned()))
}

// ---------------------------------------------------------------------------------------------
// Go string helpers on bytes.

/// The runes of `s` as Go's `range` yields them (an invalid byte is U+FFFD).
fn runes(s: &[u8]) -> Vec<char> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let (r, n) = decode_rune(rest);
        out.push(r);
        rest = &rest[n.max(1)..];
    }
    out
}

fn encode(runes: impl IntoIterator<Item = char>) -> Vec<u8> {
    runes.into_iter().collect::<String>().into_bytes()
}

/// Go's `unicode.ToLower`: one rune for one rune.
fn lower_rune(r: char) -> char {
    // Rust's full mapping has more than one character only for U+0130, whose simple mapping
    // is its first character.
    r.to_lowercase().next().unwrap_or(r)
}

/// Go's `unicode.ToUpper`: one rune for one rune; a character whose uppercase is several
/// characters (`ß`) has no simple mapping and stays.
fn upper_rune(r: char) -> char {
    let mut upper = r.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => r,
    }
}

fn go_replace(s: &[u8], old: &[u8], new: &[u8], limit: Option<usize>) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut done = 0;
    let mut i = 0;
    let within = |done: usize| limit.is_none_or(|n| done < n);
    if old.is_empty() {
        // An empty pattern matches before each character and at the end.
        while within(done) {
            out.extend_from_slice(new);
            done += 1;
            if i >= s.len() {
                return out;
            }
            let (_, n) = decode_rune(&s[i..]);
            let n = n.max(1);
            out.extend_from_slice(&s[i..i + n]);
            i += n;
        }
        out.extend_from_slice(&s[i..]);
        return out;
    }
    while within(done) {
        let Some(at) = find(&s[i..], old) else {
            break;
        };
        out.extend_from_slice(&s[i..i + at]);
        out.extend_from_slice(new);
        i += at + old.len();
        done += 1;
    }
    out.extend_from_slice(&s[i..]);
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Go's `strconv.Atoi` for the substring arguments.
fn atoi(arg: &[u8]) -> Option<i64> {
    std::str::from_utf8(arg).ok()?.parse().ok()
}

// ---------------------------------------------------------------------------------------------
// The functions.

fn to_len(s: &[u8]) -> Vec<u8> {
    s.len().to_string().into_bytes()
}

fn to_lower(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    encode(runes(s).into_iter().map(lower_rune))
}

fn to_upper(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    encode(runes(s).into_iter().map(upper_rune))
}

fn map_first(s: &[u8], f: fn(char) -> char) -> Vec<u8> {
    if s.is_empty() {
        return Vec::new();
    }
    let (r, n) = decode_rune(s);
    let mut out = encode([f(r)]);
    out.extend_from_slice(&s[n.max(1)..]);
    out
}

fn to_lower_first(s: &[u8]) -> Vec<u8> {
    map_first(s, lower_rune)
}

fn to_upper_first(s: &[u8]) -> Vec<u8> {
    map_first(s, upper_rune)
}

fn to_default(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    if s.is_empty() && !args.is_empty() {
        return args.concat();
    }
    s.to_vec()
}

fn to_substr(s: &[u8], args: &[&[u8]]) -> Result<Vec<u8>, EnvsubstError> {
    let Some(first) = args.first() else {
        return Ok(s.to_vec());
    };
    // An unparsable position or length returns the value, as bash does.
    let Some(mut pos) = atoi(first) else {
        return Ok(s.to_vec());
    };
    let len = s.len() as i64;
    if pos < 0 {
        pos = (len + pos).max(0);
    }
    let Some(second) = args.get(1) else {
        return Ok(if pos < len {
            s[pos as usize..].to_vec()
        } else {
            Vec::new()
        });
    };
    let Some(length) = atoi(second) else {
        return Ok(s.to_vec());
    };
    let end = pos.saturating_add(length);
    if end >= len {
        return Ok(if pos < len {
            s[pos as usize..].to_vec()
        } else {
            Vec::new()
        });
    }
    if end < pos || pos > len {
        // Upstream slices s[pos:end] here and panics (a negative length).
        return Err(EnvsubstError::SliceBounds { start: pos, end });
    }
    Ok(s[pos as usize..end as usize].to_vec())
}

fn replace_all(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    match args {
        [] => s.to_vec(),
        [old] => go_replace(s, old, b"", None),
        [old, new, ..] => go_replace(s, old, new, None),
    }
}

fn replace_first(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    match args {
        [] => s.to_vec(),
        [old] => go_replace(s, old, b"", Some(1)),
        [old, new, ..] => go_replace(s, old, new, Some(1)),
    }
}

fn replace_prefix(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    match args {
        [old, new] if s.starts_with(old) => go_replace(s, old, new, Some(1)),
        _ => s.to_vec(),
    }
}

fn replace_suffix(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    match args {
        [old, new] if s.ends_with(old) => {
            let mut out = s[..s.len() - old.len()].to_vec();
            out.extend_from_slice(new);
            out
        }
        _ => s.to_vec(),
    }
}

fn reverse(s: &[u8]) -> Vec<u8> {
    let mut r = runes(s);
    r.reverse();
    encode(r)
}

fn trim_shortest_prefix(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    match args.first() {
        Some(pattern) => trim_shortest(s, pattern),
        None => s.to_vec(),
    }
}

fn trim_shortest_suffix(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    match args.first() {
        Some(pattern) => reverse(&trim_shortest(&reverse(s), &reverse(pattern))),
        None => s.to_vec(),
    }
}

fn trim_longest_prefix(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    match args.first() {
        Some(pattern) => trim_longest(s, pattern),
        None => s.to_vec(),
    }
}

fn trim_longest_suffix(s: &[u8], args: &[&[u8]]) -> Vec<u8> {
    match args.first() {
        Some(pattern) => reverse(&trim_longest(&reverse(s), &reverse(pattern))),
        None => s.to_vec(),
    }
}

/// Removes the shortest non-empty prefix of `s` matching `pattern`.
fn trim_shortest(s: &[u8], pattern: &[u8]) -> Vec<u8> {
    let mut shortest: Option<usize> = None;
    for end in (1..=s.len()).rev() {
        match glob::matches(pattern, &s[..end]) {
            Err(_) => return s.to_vec(),
            Ok(true) => shortest = Some(end),
            Ok(false) => {}
        }
    }
    match shortest {
        Some(end) => s[end..].to_vec(),
        None => s.to_vec(),
    }
}

/// Removes the longest non-empty prefix of `s` matching `pattern`.
fn trim_longest(s: &[u8], pattern: &[u8]) -> Vec<u8> {
    for end in (1..=s.len()).rev() {
        match glob::matches(pattern, &s[..end]) {
            Err(_) => return s.to_vec(),
            Ok(true) => return s[end..].to_vec(),
            Ok(false) => {}
        }
    }
    s.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(function: &str, value: &str, args: &[&str]) -> String {
        call(function, value, args).unwrap().unwrap()
    }

    #[test]
    fn case_functions_use_simple_mappings() {
        assert_eq!(run("toUpper", "straße", &[]), "STRAßE");
        assert_eq!(run("toLower", "ÀB", &[]), "àb");
        assert_eq!(run("toUpperFirst", "élan", &[]), "Élan");
    }

    #[test]
    fn empty_patterns_replace_like_go() {
        assert_eq!(run("replaceAll", "abc", &["", "-"]), "-a-b-c-");
        assert_eq!(run("replaceFirst", "abc", &["", "-"]), "-abc");
        assert_eq!(run("replacePrefix", "abc", &["", "-"]), "-abc");
        assert_eq!(run("replaceSuffix", "abc", &["", "-"]), "abc-");
    }

    #[test]
    fn trims_use_globs() {
        assert_eq!(run("trimShortestSuffix", "a.b.c", &[".*"]), "a.b");
        assert_eq!(run("trimLongestSuffix", "a.b.c", &[".*"]), "a");
        assert_eq!(run("trimLongestPrefix", "/x/y", &["*/"]), "y");
        assert_eq!(run("trimShortestPrefix", "abc", &["["]), "abc");
    }

    #[test]
    fn a_negative_substring_length_is_an_error_not_a_panic() {
        assert!(call("toSubstr", "abcdef", &["3", "-2"]).unwrap().is_err());
        assert_eq!(run("toSubstr", "abcdef", &["x"]), "abcdef");
        assert_eq!(run("toSubstr", "abcdef", &["-2"]), "ef");
    }
}
