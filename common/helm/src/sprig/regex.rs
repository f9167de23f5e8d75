//! Sprig's regular expression functions (`regexMatch`, `regexFind`, `regexFindAll`,
//! `regexReplaceAll`, `regexReplaceAllLiteral`, `regexSplit`, `regexQuoteMeta` and the
//! `must*` variants) over the `regex` crate, which implements RE2 syntax like Go's
//! `regexp`.
//!
//! Go semantics kept by translating the pattern first: `\d`, `\w`, `\s`, `\b`, `\B` and their
//! negations are ASCII-only as in Go (the `regex` crate makes them Unicode-aware), and
//! `\Q…\E` quoting (unsupported by the crate) becomes escaped literal text. Replacement
//! templates (`$1`, `${name}`, `$$`) use the same longest-name rule as Go. Known remaining
//! differences: the crate accepts a few constructs Go rejects (for example class set
//! operations `[a&&b]`, `[a--b]`, `[a~~b]` and nested classes), error messages are the
//! crate's rather than Go's, and the crate's size limits differ from Go's.

use regex::{Regex, RegexBuilder};

use super::{B, I, L, Reg, S, int_arg, str_arg, str_list};
use crate::func::FuncError;
use crate::value::Value;

pub(crate) fn register(r: &mut Reg<'_>) {
    for name in ["regexMatch", "mustRegexMatch"] {
        let must = name.starts_with("must");
        r.add(name, &[S, S], B, move |a| match compile(str_arg(a, 0)) {
            Ok(re) => Ok(Value::Bool(re.is_match(str_arg(a, 1)))),
            Err(e) if must => Err(e),
            Err(_) => Ok(Value::Bool(false)),
        });
    }
    for name in ["regexFindAll", "mustRegexFindAll"] {
        r.add(name, &[S, S, I], L, |a| {
            let re = compile(str_arg(a, 0))?;
            let s = str_arg(a, 1);
            Ok(str_list(
                find_all(&re, s, int_arg(a, 2)).into_iter().map(|(b, e)| &s[b..e]),
            ))
        });
    }
    for name in ["regexFind", "mustRegexFind"] {
        r.add(name, &[S, S], S, |a| {
            let re = compile(str_arg(a, 0))?;
            Ok(Value::string(re.find(str_arg(a, 1)).map(|m| m.as_str()).unwrap_or("")))
        });
    }
    for name in ["regexReplaceAll", "mustRegexReplaceAll"] {
        r.add(name, &[S, S, S], S, |a| {
            let re = compile(str_arg(a, 0))?;
            Ok(Value::string(re.replace_all(str_arg(a, 1), str_arg(a, 2)).into_owned()))
        });
    }
    for name in ["regexReplaceAllLiteral", "mustRegexReplaceAllLiteral"] {
        r.add(name, &[S, S, S], S, |a| {
            let re = compile(str_arg(a, 0))?;
            Ok(Value::string(
                re.replace_all(str_arg(a, 1), regex::NoExpand(str_arg(a, 2)))
                    .into_owned(),
            ))
        });
    }
    for name in ["regexSplit", "mustRegexSplit"] {
        r.add(name, &[S, S, I], L, |a| {
            let pattern = str_arg(a, 0);
            let re = compile(pattern)?;
            Ok(str_list(split(&re, pattern, str_arg(a, 1), int_arg(a, 2))))
        });
    }
    r.add("regexQuoteMeta", &[S], S, |a| {
        Ok(Value::string(quote_meta(str_arg(a, 0))))
    });
}

/// Compiles a Go regular expression.
pub(crate) fn compile(pattern: &str) -> Result<Regex, FuncError> {
    let translated = translate(pattern)?;
    RegexBuilder::new(&translated)
        .size_limit(1 << 24)
        .build()
        .map_err(|e| FuncError::new(format!("error parsing regexp: {e}")))
}

/// Rewrites Go-only or differently-behaving escapes into equivalent `regex` syntax.
fn translate(p: &str) -> Result<String, FuncError> {
    let mut out = String::with_capacity(p.len() + 8);
    let mut chars = p.chars().peekable();
    let mut class_depth = 0usize;
    let mut class_start = false;
    while let Some(c) = chars.next() {
        let at_class_start = class_start;
        class_start = false;
        match c {
            '\\' => {
                let Some(e) = chars.next() else {
                    return Err(FuncError::new(
                        "error parsing regexp: trailing backslash at end of expression: ``",
                    ));
                };
                let in_class = class_depth > 0;
                match e {
                    'd' => out.push_str(if in_class { "0-9" } else { "[0-9]" }),
                    'D' => out.push_str("[^0-9]"),
                    'w' => out.push_str(if in_class { "0-9A-Za-z_" } else { "[0-9A-Za-z_]" }),
                    'W' => out.push_str("[^0-9A-Za-z_]"),
                    's' => out.push_str(if in_class { "\\t\\n\\f\\r " } else { "[\\t\\n\\f\\r ]" }),
                    'S' => out.push_str("[^\\t\\n\\f\\r ]"),
                    'b' if !in_class => out.push_str("(?-u:\\b)"),
                    'B' if !in_class => out.push_str("(?-u:\\B)"),
                    'Q' => {
                        let mut lit = String::new();
                        loop {
                            match chars.next() {
                                None => break,
                                Some('\\') if chars.peek() == Some(&'E') => {
                                    chars.next();
                                    break;
                                }
                                Some(x) => lit.push(x),
                            }
                        }
                        out.push_str(&regex::escape(&lit));
                    }
                    other => {
                        out.push('\\');
                        out.push(other);
                    }
                }
            }
            '[' => {
                if class_depth > 0 && chars.peek() == Some(&':') {
                    // POSIX class like [:alpha:] inside a bracket expression.
                    out.push('[');
                    for x in chars.by_ref() {
                        out.push(x);
                        if x == ']' {
                            break;
                        }
                    }
                    continue;
                }
                if class_depth > 0 {
                    out.push_str("\\[");
                    continue;
                }
                class_depth += 1;
                out.push('[');
                if chars.peek() == Some(&'^') {
                    chars.next();
                    out.push('^');
                }
                class_start = true;
            }
            ']' if class_depth > 0 && !at_class_start => {
                class_depth -= 1;
                out.push(']');
            }
            ']' if class_depth > 0 => out.push_str("\\]"),
            '&' | '~' | '-' if class_depth > 0 && chars.peek() == Some(&c) => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// Go's `FindAllStringIndex(s, n)`: empty matches right after a match are skipped.
fn find_all(re: &Regex, s: &str, n: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if n == 0 {
        return out;
    }
    let mut prev_end: Option<usize> = None;
    for m in re.find_iter(s) {
        if n > 0 && out.len() as i64 >= n {
            break;
        }
        if m.start() == m.end() && prev_end == Some(m.start()) {
            continue;
        }
        prev_end = Some(m.end());
        out.push((m.start(), m.end()));
    }
    out
}

/// Go's `Regexp.Split`.
fn split<'s>(re: &Regex, pattern: &str, s: &'s str, n: i64) -> Vec<&'s str> {
    if n == 0 {
        return Vec::new();
    }
    if !pattern.is_empty() && s.is_empty() {
        return vec![""];
    }
    let matches = find_all(re, s, n);
    let mut out = Vec::with_capacity(matches.len() + 1);
    let (mut beg, mut end) = (0usize, 0usize);
    for (ms, me) in matches {
        if n > 0 && out.len() as i64 == n - 1 {
            break;
        }
        end = ms;
        if me != 0 {
            out.push(&s[beg..end]);
        }
        beg = me;
    }
    if end != s.len() {
        out.push(&s[beg..]);
    }
    out
}

/// Go's `regexp.QuoteMeta`.
fn quote_meta(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn perl_classes_are_ascii_only_like_go() {
        let re = compile(r"^\d+$").unwrap();
        assert!(re.is_match("123"));
        assert!(!re.is_match("١٢٣"));
        let quoted = compile(r"\Qa.b\E").unwrap();
        assert!(quoted.is_match("a.b") && !quoted.is_match("axb"));
    }
}
