//! The parser of the substitution language: a rune scanner whose accepted characters and token
//! kinds change with the parser's state, and a recursive-descent parser over it, with the
//! behaviour of fluxcd/pkg `envsubst/parse` (a fork of drone/envsubst).
//!
//! Entry point: [`parse`]. The tree has the upstream shape: a document is a right-nested chain
//! of two-element [`Node::List`]s, text and `${...}` functions alternating.
//!
//! Quirks kept on purpose: a NUL character ends the input (upstream uses rune 0 as EOF);
//! `$$` and, inside `${...}`, `\/` and `\\` are escapes whose first character is removed from
//! the buffer; a bare `$name` is text.

use super::EnvsubstError;

/// A node of the parse tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// Literal text.
    Text(String),
    /// A `${...}` expression: the variable `param`, the operator `name` (`""` for a bare
    /// reference, `:-`, `//`, `^^`, …) and its arguments, each a node that may nest further
    /// expressions.
    Func {
        /// The variable name.
        param: String,
        /// The operator.
        name: String,
        /// The operator's arguments.
        args: Vec<Node>,
    },
    /// A sequence of nodes, evaluated in order.
    List(Vec<Node>),
}

/// A parsed document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    /// The root node; `Text("")` for an empty document.
    pub root: Node,
}

/// Parses a document into its tree.
pub fn parse(input: &str) -> Result<Tree, EnvsubstError> {
    let mut parser = Parser { s: Scanner::new(input) };
    let root = parser.parse_any()?.unwrap_or(Node::Text(String::new()));
    Ok(Tree { root })
}

// ---------------------------------------------------------------------------------------------
// Scanner.

/// The rune upstream uses for end of input (so a NUL in the input also ends it).
const EOF: char = '\0';

const SCAN_IDENT: u8 = 1;
const SCAN_LBRACK: u8 = 1 << 1;
const SCAN_RBRACK: u8 = 1 << 2;
const SCAN_ESCAPE: u8 = 1 << 3;

const ESCAPE_DOLLAR: u8 = 1;
const ESCAPE_BACKSLASH: u8 = 1 << 1;
const ESCAPE_ALL: u8 = ESCAPE_DOLLAR | ESCAPE_BACKSLASH;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Illegal,
    Eof,
    Ident,
    Lbrack,
    Rbrack,
}

/// Which runes the scanner accepts into an identifier token; `i` is the byte offset past the
/// rune from the token start.
#[derive(Clone, Copy, Debug)]
enum Accept {
    Rune,
    Ident,
    Colon,
    OneHash,
    NotClosing,
    HashFunc,
    PercentFunc,
    DefaultFunc,
    ReplaceFunc,
    OneEqual,
    OneColon,
    RejectColonClose,
    Slash,
    NotSlash,
    CasingFunc,
}

impl Accept {
    fn accepts(self, r: char, i: usize) -> bool {
        match self {
            Accept::Rune => true,
            Accept::Ident => is_letter(r) || is_digit(r) || r == '_',
            Accept::Colon => r == ':',
            Accept::OneHash => r == '#' && i == 1,
            Accept::NotClosing => r != '}',
            Accept::HashFunc => r == '#' && i < 3,
            Accept::PercentFunc => r == '%' && i < 3,
            Accept::DefaultFunc => (i == 1 && r == ':') || (i == 2 && matches!(r, '=' | '-' | '?' | '+')),
            Accept::ReplaceFunc => (i == 1 && r == '/') || (i == 2 && matches!(r, '/' | '#' | '%')),
            Accept::OneEqual => i == 1 && r == '=',
            Accept::OneColon => i == 1 && r == ':',
            Accept::RejectColonClose => r != ':' && r != '}',
            Accept::Slash => r == '/',
            Accept::NotSlash => r != '/',
            Accept::CasingFunc => (r == ',' || r == '^') && i < 3,
        }
    }
}

/// Go's `unicode.IsLetter` (categories L*), approximated by Rust's `Alphabetic` property less
/// the numeric letters; exact for ASCII.
fn is_letter(r: char) -> bool {
    r.is_alphabetic() && !r.is_numeric()
}

/// Go's `unicode.IsDigit` (category Nd), approximated; exact for ASCII.
fn is_digit(r: char) -> bool {
    r.is_ascii_digit() || (!r.is_ascii() && r.is_numeric() && !r.is_alphabetic())
}

/// Decodes the rune at the start of `bytes` as Go does: an invalid sequence is U+FFFD of
/// width 1.
pub(crate) fn decode_rune(bytes: &[u8]) -> (char, usize) {
    let end = bytes.len().min(4);
    let prefix = &bytes[..end];
    let valid = match std::str::from_utf8(prefix) {
        Ok(s) => s,
        Err(err) => std::str::from_utf8(&prefix[..err.valid_up_to()]).unwrap_or_default(),
    };
    match valid.chars().next() {
        Some(c) => (c, c.len_utf8()),
        None if bytes.is_empty() => (char::REPLACEMENT_CHARACTER, 0),
        None => (char::REPLACEMENT_CHARACTER, 1),
    }
}

struct Scanner {
    buf: Vec<u8>,
    pos: usize,
    start: usize,
    width: usize,
    mode: u8,
    escape_chars: u8,
    accept: Accept,
}

impl Scanner {
    fn new(input: &str) -> Self {
        Scanner {
            buf: input.as_bytes().to_vec(),
            pos: 0,
            start: 0,
            width: 0,
            mode: 0,
            escape_chars: 0,
            accept: Accept::Rune,
        }
    }

    fn read(&mut self) -> char {
        if self.pos >= self.buf.len() {
            self.width = 0;
            return EOF;
        }
        let (r, width) = decode_rune(&self.buf[self.pos..]);
        self.width = width;
        self.pos += width;
        r
    }

    fn unread(&mut self) {
        self.pos = self.pos.saturating_sub(self.width);
    }

    /// Removes the (one-byte) escape character just read, so the escaped one follows.
    fn skip(&mut self) {
        if self.pos > 0 {
            self.buf.remove(self.pos - 1);
        }
    }

    fn peek(&mut self) -> char {
        let r = self.read();
        self.unread();
        r
    }

    fn string(&self) -> String {
        let end = self.pos.min(self.buf.len());
        let start = self.start.min(end);
        String::from_utf8_lossy(&self.buf[start..end]).into_owned()
    }

    fn scan(&mut self) -> Token {
        self.start = self.pos;
        let r = self.read();
        if r == EOF {
            Token::Eof
        } else if self.scan_lbrack(r) {
            Token::Lbrack
        } else if self.scan_rbrack(r) {
            Token::Rbrack
        } else if self.scan_ident(r) {
            Token::Ident
        } else {
            Token::Illegal
        }
    }

    fn scan_ident(&mut self, r: char) -> bool {
        if self.mode & SCAN_IDENT == 0 {
            return false;
        }
        if self.scan_escaped(r) {
            self.skip();
        } else if !self.accept.accepts(r, self.pos - self.start) {
            return false;
        }
        loop {
            let r = self.read();
            if r == EOF {
                self.unread();
                break;
            }
            if self.scan_lbrack(r) {
                self.unread();
                self.unread();
                break;
            }
            if self.scan_escaped(r) {
                self.skip();
                continue;
            }
            if !self.accept.accepts(r, self.pos - self.start) {
                self.unread();
                break;
            }
        }
        true
    }

    fn scan_lbrack(&mut self, r: char) -> bool {
        if self.mode & SCAN_LBRACK == 0 {
            return false;
        }
        if r == '$' {
            if self.read() == '{' {
                return true;
            }
            self.unread();
        }
        false
    }

    fn scan_rbrack(&self, r: char) -> bool {
        self.mode & SCAN_RBRACK != 0 && r == '}'
    }

    fn scan_escaped(&mut self, r: char) -> bool {
        if self.mode & SCAN_ESCAPE == 0 {
            return false;
        }
        if r == '$' && self.escape_chars & ESCAPE_DOLLAR != 0 && self.peek() == '$' {
            return true;
        }
        r == '\\' && self.escape_chars & ESCAPE_BACKSLASH != 0 && matches!(self.peek(), '/' | '\\')
    }
}

// ---------------------------------------------------------------------------------------------
// Parser.

struct Parser {
    s: Scanner,
}

impl Parser {
    /// Parses the rest of the document; `None` is the empty remainder.
    fn parse_any(&mut self) -> Result<Option<Node>, EnvsubstError> {
        self.s.accept = Accept::Rune;
        self.s.mode = SCAN_IDENT | SCAN_LBRACK | SCAN_ESCAPE;
        self.s.escape_chars = ESCAPE_DOLLAR;
        let left = match self.s.scan() {
            Token::Ident => Node::Text(self.s.string()),
            Token::Eof => return Ok(None),
            Token::Lbrack => self.parse_func()?,
            _ => return Err(EnvsubstError::BadSubstitution),
        };
        Ok(Some(match self.parse_any()? {
            None => left,
            Some(right) => Node::List(vec![left, right]),
        }))
    }

    fn parse_func(&mut self) -> Result<Node, EnvsubstError> {
        self.s.escape_chars = ESCAPE_ALL;
        if self.s.peek() == '#' {
            return self.parse_len_func();
        }
        self.s.accept = Accept::Ident;
        self.s.mode = SCAN_IDENT;
        let name = match self.s.scan() {
            Token::Ident => self.s.string(),
            _ => return Err(EnvsubstError::ParseVariableName),
        };
        match self.s.peek() {
            ':' => return self.parse_default_or_substr(name),
            '=' => return self.parse_default_func(name),
            ',' | '^' => return self.parse_casing_func(name),
            '/' => return self.parse_replace_func(name),
            '#' => return self.parse_remove_func(name, Accept::HashFunc),
            '%' => return self.parse_remove_func(name, Accept::PercentFunc),
            _ => {}
        }
        self.s.accept = Accept::Ident;
        self.s.mode = SCAN_RBRACK;
        match self.s.scan() {
            Token::Rbrack => Ok(func(name, String::new())),
            _ => Err(EnvsubstError::MissingClosingBrace),
        }
    }

    fn parse_param(&mut self, accept: Accept, mode: u8) -> Result<Node, EnvsubstError> {
        self.s.accept = accept;
        self.s.mode = mode | SCAN_LBRACK;
        match self.s.scan() {
            Token::Lbrack => self.parse_func(),
            Token::Ident | Token::Rbrack => Ok(Node::Text(self.s.string())),
            _ => Err(EnvsubstError::ParseFuncSubstitution),
        }
    }

    fn parse_default_or_substr(&mut self, name: String) -> Result<Node, EnvsubstError> {
        self.s.read();
        let r = self.s.peek();
        self.s.unread();
        match r {
            '=' | '-' | '?' | '+' => self.parse_default_func(name),
            _ => self.parse_substr_func(name),
        }
    }

    fn operator(&mut self, accept: Accept, error: EnvsubstError) -> Result<String, EnvsubstError> {
        self.s.accept = accept;
        self.s.mode = SCAN_IDENT;
        match self.s.scan() {
            Token::Ident => Ok(self.s.string()),
            _ => Err(error),
        }
    }

    fn parse_substr_func(&mut self, param: String) -> Result<Node, EnvsubstError> {
        let name = self.operator(Accept::OneColon, EnvsubstError::BadSubstitution)?;
        let mut node_args = vec![self.parse_param(Accept::RejectColonClose, SCAN_IDENT)?];
        self.s.accept = Accept::Colon;
        self.s.mode = SCAN_IDENT | SCAN_RBRACK;
        match self.s.scan() {
            Token::Rbrack => return Ok(func_with(param, name, node_args)),
            Token::Ident => {}
            _ => return Err(EnvsubstError::BadSubstitution),
        }
        node_args.push(self.parse_param(Accept::NotClosing, SCAN_IDENT)?);
        self.consume_rbrack()?;
        Ok(func_with(param, name, node_args))
    }

    fn parse_remove_func(&mut self, param: String, accept: Accept) -> Result<Node, EnvsubstError> {
        let name = self.operator(accept, EnvsubstError::BadSubstitution)?;
        let args = vec![self.parse_param(Accept::NotClosing, SCAN_IDENT)?];
        self.consume_rbrack()?;
        Ok(func_with(param, name, args))
    }

    fn parse_replace_func(&mut self, param: String) -> Result<Node, EnvsubstError> {
        let name = self.operator(Accept::ReplaceFunc, EnvsubstError::BadSubstitution)?;
        let mut args = vec![self.parse_param(Accept::NotSlash, SCAN_IDENT | SCAN_ESCAPE)?];
        self.s.accept = Accept::Slash;
        self.s.mode = SCAN_IDENT;
        if self.s.scan() != Token::Ident {
            return Err(EnvsubstError::BadSubstitution);
        }
        if self.s.peek() != '}' {
            args.push(self.parse_param(Accept::NotClosing, SCAN_IDENT | SCAN_ESCAPE)?);
        }
        self.consume_rbrack()?;
        Ok(func_with(param, name, args))
    }

    fn parse_default_func(&mut self, param: String) -> Result<Node, EnvsubstError> {
        let accept = if self.s.peek() == '=' {
            Accept::OneEqual
        } else {
            Accept::DefaultFunc
        };
        let name = self.operator(accept, EnvsubstError::ParseDefaultFunction)?;
        let mut args = Vec::new();
        loop {
            if self.s.peek() == '}' {
                self.consume_rbrack()?;
                return Ok(func_with(param, name, args));
            }
            args.push(self.parse_param(Accept::NotClosing, SCAN_IDENT)?);
        }
    }

    fn parse_casing_func(&mut self, param: String) -> Result<Node, EnvsubstError> {
        let name = self.operator(Accept::CasingFunc, EnvsubstError::BadSubstitution)?;
        self.consume_rbrack()?;
        Ok(func(param, name))
    }

    fn parse_len_func(&mut self) -> Result<Node, EnvsubstError> {
        let name = self.operator(Accept::OneHash, EnvsubstError::BadSubstitution)?;
        let param = self.operator(Accept::Ident, EnvsubstError::BadSubstitution)?;
        self.consume_rbrack()?;
        Ok(func(param, name))
    }

    fn consume_rbrack(&mut self) -> Result<(), EnvsubstError> {
        self.s.mode = SCAN_RBRACK;
        if self.s.scan() == Token::Rbrack {
            Ok(())
        } else {
            Err(EnvsubstError::BadSubstitution)
        }
    }
}

fn func(param: String, name: String) -> Node {
    func_with(param, name, Vec::new())
}

fn func_with(param: String, name: String, args: Vec<Node>) -> Node {
    Node::Func { param, name, args }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Node {
        Node::Text(s.to_owned())
    }

    #[test]
    fn an_empty_document_is_empty_text() {
        assert_eq!(parse("").unwrap().root, text(""));
    }

    #[test]
    fn documents_are_right_nested_lists() {
        let root = parse("a${b}c").unwrap().root;
        let b = func("b".to_owned(), String::new());
        assert_eq!(root, Node::List(vec![text("a"), Node::List(vec![b, text("c")])]));
    }

    #[test]
    fn nul_ends_the_input() {
        assert_eq!(parse("ab\0cd").unwrap().root, text("ab"));
    }

    #[test]
    fn unclosed_expressions_are_errors() {
        assert_eq!(parse("${a"), Err(EnvsubstError::MissingClosingBrace));
        assert_eq!(parse("${}"), Err(EnvsubstError::ParseVariableName));
        assert_eq!(parse("${a:-b"), Err(EnvsubstError::ParseFuncSubstitution));
    }
}
