//! The template lexer: turns template text into items (text, delimiters, and the tokens
//! inside actions), including `{{-`/`-}}` whitespace trimming and comment skipping.
//!
//! It is pulled by the parser one item at a time ([`Lexer::next_item`]). After an error item
//! it only returns end-of-input.

use std::fmt;

use crate::strconv;

/// The type of a lexed item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Error,
    Bool,
    Char,
    CharConstant,
    Complex,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,
    // Keywords.
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}

impl Kind {
    fn is_keyword(self) -> bool {
        matches!(
            self,
            Kind::Block
                | Kind::Break
                | Kind::Continue
                | Kind::Dot
                | Kind::Define
                | Kind::Else
                | Kind::End
                | Kind::If
                | Kind::Nil
                | Kind::Range
                | Kind::Template
                | Kind::With
        )
    }
}

fn keyword(word: &str) -> Option<Kind> {
    Some(match word {
        "." => Kind::Dot,
        "block" => Kind::Block,
        "break" => Kind::Break,
        "continue" => Kind::Continue,
        "define" => Kind::Define,
        "else" => Kind::Else,
        "end" => Kind::End,
        "if" => Kind::If,
        "range" => Kind::Range,
        "nil" => Kind::Nil,
        "template" => Kind::Template,
        "with" => Kind::With,
        _ => return None,
    })
}

/// A lexed item: its kind, byte offset, text (a slice of the input) and the offset its
/// line is counted at (see [`line_of`]; lines are only counted when an error message needs
/// one). An error item's message is [`Lexer::error_message`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Item<'a> {
    pub kind: Kind,
    pub pos: usize,
    pub val: &'a str,
    pub line_pos: usize,
}

/// Returns the 1-based line of byte offset `pos` in `input`.
pub(crate) fn line_of(input: &str, pos: usize) -> usize {
    let end = pos.min(input.len());
    1 + input.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count()
}

/// Returns the offset of the first occurrence of `needle` in `hay` (a scan for its first
/// character, cheaper than a general substring search on short texts).
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let first = needle.chars().next()?;
    let mut i = 0;
    while let Some(off) = hay.get(i..)?.find(first) {
        let at = i + off;
        if hay.as_bytes().get(at..at + needle.len()) == Some(needle.as_bytes()) {
            return Some(at);
        }
        i = at + first.len_utf8();
    }
    None
}

impl fmt::Display for Item<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Eof => f.write_str("EOF"),
            Kind::Error => f.write_str("error"),
            k if k.is_keyword() => write!(f, "<{}>", self.val),
            _ => {
                if self.val.chars().count() > 10 {
                    let head: String = self.val.chars().take(10).collect();
                    write!(f, "{}...", strconv::quote(&head))
                } else {
                    f.write_str(&strconv::quote(self.val))
                }
            }
        }
    }
}

pub(crate) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    c.is_alphabetic() || c.is_numeric()
}

fn has_left_trim_marker(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && b[0] == b'-' && is_space(char::from(b[1]))
}

fn has_right_trim_marker(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 2 && is_space(char::from(b[0])) && b[1] == b'-'
}

fn trim_len_left(s: &str) -> usize {
    s.len() - s.trim_start_matches(is_space).len()
}

fn trim_len_right(s: &str) -> usize {
    s.len() - s.trim_end_matches(is_space).len()
}

/// Reports whether `hay` starts with `prefix` (a short loop; delimiters are a few bytes).
fn bytes_start_with(hay: &[u8], prefix: &[u8]) -> bool {
    hay.len() >= prefix.len() && hay.iter().zip(prefix).all(|(a, b)| a == b)
}

/// Formats a rune like Go's `%#U`: `U+0023 '#'`.
fn sharp_u(c: char) -> String {
    let mut s = format!("U+{:04X}", c as u32);
    if strconv::is_print(c) {
        s.push_str(" '");
        s.push(c);
        s.push('\'');
    }
    s
}

/// The lexer state.
pub(crate) struct Lexer<'a> {
    input: &'a str,
    left: &'a str,
    right: &'a str,
    pos: usize,
    start: usize,
    paren_depth: i64,
    inside_action: bool,
    done: bool,
    pending_error: Option<String>,
    error_message: String,
    break_ok: bool,
    continue_ok: bool,
}

impl<'a> Lexer<'a> {
    /// Returns a lexer for `input` with the given delimiters. `break`/`continue` are
    /// keywords unless functions of those names exist.
    pub fn new(input: &'a str, left: &'a str, right: &'a str, break_ok: bool, continue_ok: bool) -> Lexer<'a> {
        Lexer {
            input,
            left,
            right,
            pos: 0,
            start: 0,
            paren_depth: 0,
            inside_action: false,
            done: false,
            pending_error: None,
            error_message: String::new(),
            break_ok,
            continue_ok,
        }
    }

    fn item(&mut self, kind: Kind) -> Item<'a> {
        let it = Item {
            kind,
            pos: self.start,
            val: (&self.input[self.start..self.pos]),
            line_pos: self.start,
        };
        self.start = self.pos;
        it
    }

    fn error(&mut self, msg: String) -> Item<'a> {
        let it = Item {
            kind: Kind::Error,
            pos: self.start,
            val: "",
            line_pos: self.start,
        };
        self.error_message = msg;
        self.done = true;
        it
    }

    /// Returns the message of the error item returned last (empty before any error).
    pub fn error_message(&self) -> &str {
        &self.error_message
    }

    fn peek(&self) -> Option<char> {
        let b = *self.input.as_bytes().get(self.pos)?;
        if b.is_ascii() {
            return Some(char::from(b));
        }
        self.input.get(self.pos..)?.chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn backup(&mut self, c: Option<char>) {
        if let Some(c) = c {
            self.pos -= c.len_utf8();
        }
    }

    fn accept(&mut self, valid: &str) -> bool {
        if let Some(&b) = self.input.as_bytes().get(self.pos)
            && b.is_ascii()
        {
            if valid.as_bytes().contains(&b) {
                self.pos += 1;
                return true;
            }
            return false;
        }
        match self.peek() {
            Some(c) if valid.contains(c) => {
                self.pos += c.len_utf8();
                true
            }
            _ => false,
        }
    }

    /// Moves past the alphanumeric characters (and `_`) at the current position.
    fn skip_word(&mut self) {
        let bytes = self.input.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            if b.is_ascii() {
                if b != b'_' && !b.is_ascii_alphanumeric() {
                    return;
                }
                self.pos += 1;
                continue;
            }
            match self.peek() {
                Some(c) if is_alphanumeric(c) => self.pos += c.len_utf8(),
                _ => return,
            }
        }
    }

    fn accept_run(&mut self, valid: &str) {
        while self.accept(valid) {}
    }

    /// Returns the next item.
    pub fn next_item(&mut self) -> Item<'a> {
        if let Some(msg) = self.pending_error.take() {
            return self.error(msg);
        }
        if self.done {
            return Item {
                kind: Kind::Eof,
                pos: self.input.len(),
                val: ("EOF"),
                line_pos: self.start,
            };
        }
        if self.inside_action {
            self.lex_inside_action()
        } else {
            self.lex_text()
        }
    }

    fn lex_text(&mut self) -> Item<'a> {
        loop {
            if let Some(x) = find_str(&self.input[self.pos..], self.left) {
                if x > 0 {
                    self.pos += x;
                    let delim_end = self.pos + self.left.len();
                    let trim = if has_left_trim_marker(&self.input[delim_end..]) {
                        trim_len_right(&self.input[self.start..self.pos])
                    } else {
                        0
                    };
                    let text_end = self.pos - trim;
                    let it = Item {
                        kind: Kind::Text,
                        pos: self.start,
                        val: (&self.input[self.start..text_end]),
                        line_pos: self.start,
                    };
                    self.start = self.pos;
                    if !it.val.is_empty() {
                        return it;
                    }
                }
                // At the left delimiter.
                self.pos += self.left.len();
                let trim = has_left_trim_marker(&self.input[self.pos..]);
                let after = if trim { 2 } else { 0 };
                if self.input[self.pos + after..].starts_with("/*") {
                    self.pos += after;
                    self.start = self.pos;
                    if let Some(err) = self.lex_comment() {
                        return err;
                    }
                    continue;
                }
                let it = self.item(Kind::LeftDelim);
                self.inside_action = true;
                self.pos += after;
                self.start = self.pos;
                self.paren_depth = 0;
                return it;
            }
            self.pos = self.input.len();
            if self.pos > self.start {
                return self.item(Kind::Text);
            }
            self.done = true;
            return self.item(Kind::Eof);
        }
    }

    /// Skips a comment; returns an error item if it is malformed.
    fn lex_comment(&mut self) -> Option<Item<'a>> {
        self.pos += 2;
        let Some(x) = find_str(&self.input[self.pos..], "*/") else {
            return Some(self.error("unclosed comment".to_string()));
        };
        self.pos += x + 2;
        let (delim, trim) = self.at_right_delim();
        if !delim {
            return Some(self.error("comment ends before closing delimiter".to_string()));
        }
        if trim {
            self.pos += 2;
        }
        self.pos += self.right.len();
        if trim {
            self.pos += trim_len_left(&self.input[self.pos..]);
        }
        self.start = self.pos;
        None
    }

    fn at_right_delim(&self) -> (bool, bool) {
        let rest = self.input.as_bytes().get(self.pos..).unwrap_or(&[]);
        let right = self.right.as_bytes();
        if has_right_trim_marker(&self.input[self.pos..]) && bytes_start_with(&rest[2..], right) {
            return (true, true);
        }
        (bytes_start_with(rest, right), false)
    }

    fn lex_right_delim(&mut self) -> Item<'a> {
        let (_, trim) = self.at_right_delim();
        if trim {
            self.pos += 2;
            self.start = self.pos;
        }
        self.pos += self.right.len();
        let it = self.item(Kind::RightDelim);
        if trim {
            self.pos += trim_len_left(&self.input[self.pos..]);
            self.start = self.pos;
        }
        self.inside_action = false;
        it
    }

    fn lex_inside_action(&mut self) -> Item<'a> {
        let (delim, _) = self.at_right_delim();
        if delim {
            if self.paren_depth == 0 {
                return self.lex_right_delim();
            }
            return self.error("unclosed left paren".to_string());
        }
        let Some(r) = self.next() else {
            return self.error("unclosed action".to_string());
        };
        match r {
            c if is_space(c) => {
                self.backup(Some(c));
                self.lex_space()
            }
            '=' => self.item(Kind::Assign),
            ':' => {
                if self.next() != Some('=') {
                    return self.error("expected :=".to_string());
                }
                self.item(Kind::Declare)
            }
            '|' => self.item(Kind::Pipe),
            '"' => self.lex_quote(),
            '`' => self.lex_raw_quote(),
            '$' => self.lex_variable(),
            '\'' => self.lex_char(),
            '.' => {
                let next_is_digit = self.input.as_bytes().get(self.pos).is_some_and(u8::is_ascii_digit);
                if self.pos < self.input.len() && !next_is_digit {
                    return self.lex_field_or_variable(Kind::Field);
                }
                self.backup(Some(r));
                self.lex_number()
            }
            '+' | '-' | '0'..='9' => {
                self.backup(Some(r));
                self.lex_number()
            }
            c if is_alphanumeric(c) => {
                self.backup(Some(c));
                self.lex_identifier()
            }
            '(' => {
                self.paren_depth += 1;
                self.item(Kind::LeftParen)
            }
            ')' => {
                self.paren_depth -= 1;
                let it = self.item(Kind::RightParen);
                if self.paren_depth < 0 {
                    self.pending_error = Some(format!("unexpected right paren {}", sharp_u(')')));
                }
                it
            }
            c if c.is_ascii() && (' '..='~').contains(&c) => self.item(Kind::Char),
            c => self.error(format!("unrecognized character in action: {}", sharp_u(c))),
        }
    }

    fn lex_space(&mut self) -> Item<'a> {
        let mut num_spaces = 0;
        while let Some(c) = self.peek() {
            if !is_space(c) {
                break;
            }
            self.pos += c.len_utf8();
            num_spaces += 1;
        }
        let before = self.pos - 1;
        if has_right_trim_marker(&self.input[before..]) && self.input[before + 2..].starts_with(self.right) {
            self.pos = before;
            if num_spaces == 1 {
                return self.lex_right_delim();
            }
        }
        self.item(Kind::Space)
    }

    fn at_terminator(&self) -> bool {
        match self.peek() {
            None => true,
            Some(c) if is_space(c) => true,
            Some('.' | ',' | '|' | ':' | ')' | '(') => true,
            Some(_) => bytes_start_with(&self.input.as_bytes()[self.pos..], self.right.as_bytes()),
        }
    }

    fn lex_identifier(&mut self) -> Item<'a> {
        self.skip_word();
        if !self.at_terminator() {
            let c = self.peek().unwrap_or('\u{fffd}');
            return self.error(format!("bad character {}", sharp_u(c)));
        }
        let word = &self.input[self.start..self.pos];
        match keyword(word) {
            Some(Kind::Break) if !self.break_ok => self.item(Kind::Identifier),
            Some(Kind::Continue) if !self.continue_ok => self.item(Kind::Identifier),
            Some(k) => self.item(k),
            None if word == "true" || word == "false" => self.item(Kind::Bool),
            None => self.item(Kind::Identifier),
        }
    }

    fn lex_variable(&mut self) -> Item<'a> {
        if self.at_terminator() {
            return self.item(Kind::Variable);
        }
        self.lex_field_or_variable(Kind::Variable)
    }

    fn lex_field_or_variable(&mut self, kind: Kind) -> Item<'a> {
        if self.at_terminator() {
            return self.item(if kind == Kind::Variable {
                Kind::Variable
            } else {
                Kind::Dot
            });
        }
        self.skip_word();
        if !self.at_terminator() {
            let c = self.peek().unwrap_or('\u{fffd}');
            return self.error(format!("bad character {}", sharp_u(c)));
        }
        self.item(kind)
    }

    fn lex_char(&mut self) -> Item<'a> {
        loop {
            match self.next() {
                Some('\\') => match self.next() {
                    Some('\n') | None => return self.error("unterminated character constant".to_string()),
                    Some(_) => {}
                },
                None | Some('\n') => return self.error("unterminated character constant".to_string()),
                Some('\'') => break,
                Some(_) => {}
            }
        }
        self.item(Kind::CharConstant)
    }

    fn lex_number(&mut self) -> Item<'a> {
        if !self.scan_number() {
            let text = self.input[self.start..self.pos].to_string();
            return self.error(format!("bad number syntax: {}", strconv::quote(&text)));
        }
        if matches!(self.peek(), Some('+' | '-')) {
            if !self.scan_number() || !self.input[..self.pos].ends_with('i') {
                let text = self.input[self.start..self.pos].to_string();
                return self.error(format!("bad number syntax: {}", strconv::quote(&text)));
            }
            return self.item(Kind::Complex);
        }
        self.item(Kind::Number)
    }

    fn scan_number(&mut self) -> bool {
        self.accept("+-");
        let mut digits = "0123456789_";
        if self.accept("0") {
            if self.accept("xX") {
                digits = "0123456789abcdefABCDEF_";
            } else if self.accept("oO") {
                digits = "01234567_";
            } else if self.accept("bB") {
                digits = "01_";
            }
        }
        self.accept_run(digits);
        if self.accept(".") {
            self.accept_run(digits);
        }
        if digits.len() == 11 && self.accept("eE") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        if digits.len() == 23 && self.accept("pP") {
            self.accept("+-");
            self.accept_run("0123456789_");
        }
        self.accept("i");
        if self.peek().is_some_and(is_alphanumeric) {
            self.next();
            return false;
        }
        true
    }

    fn lex_quote(&mut self) -> Item<'a> {
        loop {
            match self.next() {
                Some('\\') => match self.next() {
                    Some('\n') | None => return self.error("unterminated quoted string".to_string()),
                    Some(_) => {}
                },
                None | Some('\n') => return self.error("unterminated quoted string".to_string()),
                Some('"') => break,
                Some(_) => {}
            }
        }
        self.item(Kind::String)
    }

    fn lex_raw_quote(&mut self) -> Item<'a> {
        loop {
            match self.next() {
                None => return self.error("unterminated raw quoted string".to_string()),
                Some('`') => break,
                Some(_) => {}
            }
        }
        self.item(Kind::RawString)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(input: &str) -> Vec<(Kind, String)> {
        let mut l = Lexer::new(input, "{{", "}}", true, true);
        let mut out = Vec::new();
        loop {
            let it = l.next_item();
            let k = it.kind;
            let val = if k == Kind::Error { l.error_message() } else { it.val };
            out.push((k, val.to_string()));
            if k == Kind::Eof || k == Kind::Error {
                break;
            }
        }
        out
    }

    #[test]
    fn trim_markers_eat_surrounding_space() {
        let items = kinds("x \n{{- 3 -}}\n y");
        let texts: Vec<&str> = items
            .iter()
            .filter(|(k, _)| *k == Kind::Text)
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(texts, vec!["x", "y"]);
    }

    #[test]
    fn comments_vanish_and_errors_are_reported() {
        assert_eq!(kinds("a{{/* c */}}b").len(), 3);
        assert_eq!(
            kinds("{{/* c").last().map(|(_, v)| v.clone()).as_deref(),
            Some("unclosed comment")
        );
        assert_eq!(
            kinds("{{a#}}").last().map(|(_, v)| v.clone()).as_deref(),
            Some("bad character U+0023 '#'")
        );
    }
}
