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
    pub cmds: smallvec::SmallVec<[CommandNode; 1]>,
}

/// One command of a pipeline: a function, field or value and its arguments.
#[derive(Debug)]
pub(crate) struct CommandNode {
    pub pos: usize,
    pub args: Vec<Arg>,
}

/// A chain of names joined by dots (`Values.image.tag`, `$x.a`), kept as one string: the
/// lexer never puts a dot inside a name.
/// A piece of template text: a range of the tree's shared source (names, fields and literals
/// are slices of it, so the parser allocates nothing for them) or, for text the parser puts
/// together, a string of its own.
#[derive(Clone)]
pub(crate) struct SrcStr {
    src: Arc<str>,
    start: u32,
    end: u32,
}

impl SrcStr {
    /// A string of its own holding `s`.
    pub fn owned(s: &str) -> SrcStr {
        let src: Arc<str> = Arc::from(s);
        let end = u32::try_from(src.len()).unwrap_or(u32::MAX);
        SrcStr { src, start: 0, end }
    }

    /// `s` as a range of `src` when it is a slice of it, else a copy.
    pub fn within(src: &Arc<str>, s: &str) -> SrcStr {
        let base = src.as_ptr() as usize;
        let at = s.as_ptr() as usize;
        if at >= base
            && at + s.len() <= base + src.len()
            && let (Ok(start), Ok(end)) = (u32::try_from(at - base), u32::try_from(at - base + s.len()))
        {
            return SrcStr {
                src: Arc::clone(src),
                start,
                end,
            };
        }
        SrcStr::owned(s)
    }

    pub fn as_str(&self) -> &str {
        self.src.get(self.start as usize..self.end as usize).unwrap_or("")
    }
}

impl std::ops::Deref for SrcStr {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for SrcStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// A dotted name (`Values.image.tag`, `$x.a`): the identifier and the fields after it.
#[derive(Debug, Clone)]
pub(crate) struct Path(SrcStr);

impl Path {
    /// A path over `s`, referencing `src` when `s` is a slice of it.
    pub fn within(src: &Arc<str>, s: &str) -> Path {
        Path(SrcStr::within(src, s))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    fn first_dot(&self) -> Option<usize> {
        self.as_str().bytes().position(|b| b == b'.')
    }

    pub fn first(&self) -> &str {
        let s = self.as_str();
        match self.first_dot() {
            Some(i) => &s[..i],
            None => s,
        }
    }

    pub fn rest(&self) -> &str {
        let s = self.as_str();
        match self.first_dot() {
            Some(i) => &s[i + 1..],
            None => "",
        }
    }

    pub fn is_single(&self) -> bool {
        self.first_dot().is_none()
    }
}

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
    pub text: SrcStr,
}

/// A string constant: the original quoted text and its value.
#[derive(Debug)]
pub(crate) struct StringNode {
    pub pos: usize,
    pub quoted: SrcStr,
    pub text: Arc<str>,
}

/// An operand of a command.
#[derive(Debug)]
pub(crate) enum Arg {
    Field(FieldNode),
    Chain(ChainNode),
    Identifier { pos: usize, name: SrcStr },
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
