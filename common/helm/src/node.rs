//! The parse tree of a template and Go's re-printing of it (`Node.String()`), which error
//! messages quote as context (`executing "t" at <.Values.x>: ...`).

use std::fmt::Write as _;
use std::sync::Arc;

use crate::strconv;

/// One parsed template: its name, the top-level name it was parsed under (for error
/// locations), the text it came from and its root list.
#[derive(Debug)]
pub(crate) struct Tree {
    pub name: String,
    pub parse_name: Arc<str>,
    pub text: Arc<str>,
    pub delims: Arc<(String, String)>,
    pub root: ListNode,
}

impl Tree {
    /// Reports whether the tree holds nothing but whitespace text (Go's `IsEmptyTree`).
    pub fn is_empty(&self) -> bool {
        self.root.nodes.iter().all(|n| match n {
            Node::Text(t) => t.text(&self.text).trim().is_empty(),
            _ => false,
        })
    }

    /// Returns "name:line:col" of `pos` (Go's `ErrorContext` location).
    pub fn location(&self, pos: usize) -> String {
        let pos = pos.min(self.text.len());
        let before = self.text.get(..pos).unwrap_or("");
        let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
        let col = match before.rfind('\n') {
            Some(i) => pos - (i + 1),
            None => pos,
        };
        format!("{}:{}:{}", self.parse_name, line, col)
    }
}

/// How text nodes print: plainly (Go's default) or quoted (Go's parse tests).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextStyle {
    Plain,
    Quoted,
}

/// The printing context: delimiters and text style.
#[derive(Clone, Copy)]
pub(crate) struct Style<'a> {
    pub left: &'a str,
    pub right: &'a str,
    pub text: TextStyle,
    /// The source text of the tree being printed (text nodes refer into it).
    pub source: &'a str,
}

/// A sequence of nodes.
#[derive(Debug)]
pub(crate) struct ListNode {
    pub nodes: Vec<Node>,
}

/// A top-level element of a list.
#[derive(Debug)]
pub(crate) enum Node {
    Text(TextNode),
    Action(ActionNode),
    If(Box<BranchNode>),
    Range(Box<BranchNode>),
    With(Box<BranchNode>),
    Template(Box<TemplateNode>),
    Break(usize),
    Continue(usize),
}

/// Plain text: the `len` bytes at `pos` of the text the tree was parsed from.
#[derive(Debug)]
pub(crate) struct TextNode {
    pub pos: usize,
    pub len: usize,
}

impl TextNode {
    /// Returns the text, given the source of the tree the node belongs to.
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        source.get(self.pos..self.pos + self.len).unwrap_or("")
    }
}

/// A non-control action such as `{{.X}}` or `{{$x := 1}}`.
#[derive(Debug)]
pub(crate) struct ActionNode {
    pub pos: usize,
    pub pipe: PipeNode,
}

/// `if`, `range` and `with`.
#[derive(Debug)]
pub(crate) struct BranchNode {
    pub pos: usize,
    pub pipe: PipeNode,
    pub list: ListNode,
    pub else_list: Option<ListNode>,
}

/// `{{template "name" pipeline}}` (also what `block` leaves behind).
#[derive(Debug)]
pub(crate) struct TemplateNode {
    pub pos: usize,
    pub name: String,
    pub pipe: Option<PipeNode>,
}

/// A pipeline with optional variable declarations or assignments.
#[derive(Debug)]
pub(crate) struct PipeNode {
    pub pos: usize,
    pub is_assign: bool,
    pub decl: Vec<VariableNode>,
    pub cmds: Vec<CommandNode>,
}

/// One command of a pipeline: a function, field or value and its arguments.
#[derive(Debug)]
pub(crate) struct CommandNode {
    pub pos: usize,
    pub args: Vec<Arg>,
}

/// A chain of names joined by dots (`Values.image.tag`, `$x.a`), kept as one string: the
/// lexer never puts a dot inside a name.
#[derive(Debug, Clone)]
pub(crate) struct Path(Box<str>);

impl Path {
    pub fn new(s: &str) -> Path {
        Path(Box::from(s))
    }

    /// Returns the names joined by dots.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn first_dot(&self) -> Option<usize> {
        self.0.bytes().position(|b| b == b'.')
    }

    /// Returns the first name.
    pub fn first(&self) -> &str {
        match self.first_dot() {
            Some(i) => &self.0[..i],
            None => &self.0,
        }
    }

    /// Returns the names after the first, joined by dots ("" when there is one name).
    pub fn rest(&self) -> &str {
        match self.first_dot() {
            Some(i) => &self.0[i + 1..],
            None => "",
        }
    }

    /// Reports whether the path has a single name.
    pub fn is_single(&self) -> bool {
        self.first_dot().is_none()
    }

    /// Returns the path with `more` (dot-joined names) appended.
    pub fn extended(&self, more: &str) -> Path {
        if more.is_empty() {
            return self.clone();
        }
        let mut s = String::with_capacity(self.0.len() + 1 + more.len());
        s.push_str(&self.0);
        s.push('.');
        s.push_str(more);
        Path(s.into_boxed_str())
    }
}

/// `$x` or `$x.Field.Chain`.
#[derive(Debug, Clone)]
pub(crate) struct VariableNode {
    pub pos: usize,
    pub ident: Path,
}

/// `.Field.Chain`.
#[derive(Debug)]
pub(crate) struct FieldNode {
    pub pos: usize,
    pub ident: Path,
}

/// `(pipeline).Field.Chain` or `func.Field`.
#[derive(Debug)]
pub(crate) struct ChainNode {
    pub pos: usize,
    pub node: Box<Arg>,
    pub field: Path,
}

/// A number constant, stored under every type that can represent it (Go's ideal constants).
#[derive(Debug, Clone)]
pub(crate) struct NumberNode {
    pub pos: usize,
    pub is_int: bool,
    pub is_uint: bool,
    pub is_float: bool,
    pub is_complex: bool,
    pub int: i64,
    pub uint: u64,
    pub float: f64,
    pub complex: (f64, f64),
    pub text: String,
}

/// A string constant: the original quoted text and its value.
#[derive(Debug)]
pub(crate) struct StringNode {
    pub pos: usize,
    pub quoted: Box<str>,
    pub text: Arc<str>,
}

/// An operand of a command.
#[derive(Debug)]
pub(crate) enum Arg {
    Field(FieldNode),
    Chain(ChainNode),
    Identifier { pos: usize, name: Box<str> },
    Pipe(Box<PipeNode>),
    Variable(VariableNode),
    Dot(usize),
    Nil(usize),
    Bool(usize, bool),
    Number(Box<NumberNode>),
    String(StringNode),
}

impl Arg {
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field(f) => f.pos,
            Arg::Chain(c) => c.pos,
            Arg::Identifier { pos, .. } => *pos,
            Arg::Pipe(p) => p.pos,
            Arg::Variable(v) => v.pos,
            Arg::Dot(p) | Arg::Nil(p) | Arg::Bool(p, _) => *p,
            Arg::Number(n) => n.pos,
            Arg::String(s) => s.pos,
        }
    }
}

// ----- printing -----

pub(crate) fn write_list(out: &mut String, l: &ListNode, st: Style<'_>) {
    for n in &l.nodes {
        write_node(out, n, st);
    }
}

pub(crate) fn write_node(out: &mut String, n: &Node, st: Style<'_>) {
    match n {
        Node::Text(t) => match st.text {
            TextStyle::Plain => out.push_str(t.text(st.source)),
            TextStyle::Quoted => out.push_str(&strconv::quote(t.text(st.source))),
        },
        Node::Action(a) => {
            out.push_str(st.left);
            write_pipe(out, &a.pipe);
            out.push_str(st.right);
        }
        Node::If(b) => write_branch(out, "if", b, st),
        Node::Range(b) => write_branch(out, "range", b, st),
        Node::With(b) => write_branch(out, "with", b, st),
        Node::Template(t) => write_template(out, t, st),
        Node::Break(_) => {
            out.push_str(st.left);
            out.push_str("break");
            out.push_str(st.right);
        }
        Node::Continue(_) => {
            out.push_str(st.left);
            out.push_str("continue");
            out.push_str(st.right);
        }
    }
}

pub(crate) fn write_branch(out: &mut String, name: &str, b: &BranchNode, st: Style<'_>) {
    out.push_str(st.left);
    out.push_str(name);
    out.push(' ');
    write_pipe(out, &b.pipe);
    out.push_str(st.right);
    write_list(out, &b.list, st);
    if let Some(e) = &b.else_list {
        out.push_str(st.left);
        out.push_str("else");
        out.push_str(st.right);
        write_list(out, e, st);
    }
    out.push_str(st.left);
    out.push_str("end");
    out.push_str(st.right);
}

pub(crate) fn write_template(out: &mut String, t: &TemplateNode, st: Style<'_>) {
    out.push_str(st.left);
    out.push_str("template ");
    out.push_str(&strconv::quote(&t.name));
    if let Some(p) = &t.pipe {
        out.push(' ');
        write_pipe(out, p);
    }
    out.push_str(st.right);
}

pub(crate) fn write_pipe(out: &mut String, p: &PipeNode) {
    if !p.decl.is_empty() {
        for (i, v) in p.decl.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(v.ident.as_str());
        }
        out.push_str(if p.is_assign { " = " } else { " := " });
    }
    for (i, c) in p.cmds.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        write_command(out, c);
    }
}

pub(crate) fn write_command(out: &mut String, c: &CommandNode) {
    for (i, a) in c.args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if let Arg::Pipe(p) = a {
            out.push('(');
            write_pipe(out, p);
            out.push(')');
        } else {
            write_arg(out, a);
        }
    }
}

pub(crate) fn write_arg(out: &mut String, a: &Arg) {
    match a {
        Arg::Field(f) => {
            out.push('.');
            out.push_str(f.ident.as_str());
        }
        Arg::Chain(c) => {
            if let Arg::Pipe(p) = &*c.node {
                out.push('(');
                write_pipe(out, p);
                out.push(')');
            } else {
                write_arg(out, &c.node);
            }
            out.push('.');
            out.push_str(c.field.as_str());
        }
        Arg::Identifier { name, .. } => out.push_str(name),
        Arg::Pipe(p) => write_pipe(out, p),
        Arg::Variable(v) => out.push_str(v.ident.as_str()),
        Arg::Dot(_) => out.push('.'),
        Arg::Nil(_) => out.push_str("nil"),
        Arg::Bool(_, b) => {
            let _ = write!(out, "{b}");
        }
        Arg::Number(n) => out.push_str(&n.text),
        Arg::String(s) => out.push_str(&s.quoted),
    }
}

pub(crate) fn arg_string(a: &Arg) -> String {
    let mut s = String::new();
    write_arg(&mut s, a);
    s
}
