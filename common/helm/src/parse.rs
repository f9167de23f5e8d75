//! The template parser: a recursive-descent parser over the lexer's items that builds one
//! [`Tree`] for the top-level text and one per `{{define}}`/`{{block}}`, checking what Go
//! checks at parse time (defined functions and variables, `break` outside `range`, pipeline
//! shape) with Go's error messages (`template: name:line: ...`).

use std::sync::Arc;

use crate::lex::{Item, Kind, Lexer, line_of};
use crate::node::*;
use crate::strconv::{self, NumError};

/// How deeply parenthesised pipelines may nest (Go's `maxStackDepth` is 10000; nesting is
/// kept lower here so dropping a tree never needs a deep stack).
const MAX_PAREN_DEPTH: usize = 1000;
/// How deeply `if`/`range`/`with`/`block` may nest.
const MAX_CONTROL_DEPTH: usize = 1000;
/// How many commands a pipeline may have (Go's `maxPipelineCmds`).
const MAX_PIPELINE_CMDS: usize = 100_000;

type PResult<T> = Result<T, String>;

/// What `textOrAction` can return: a node, or the `{{end}}`/`{{else}}` that closes a list.
enum Parsed {
    Node(Node),
    End,
    Else,
}

/// Parses `text` (named `name`) into trees, in order of completion; the top-level tree comes
/// last. `has_func` tells which function names are defined.
pub(crate) fn parse(
    name: &str,
    text: &Arc<str>,
    left: &str,
    right: &str,
    has_func: &dyn Fn(&str) -> bool,
) -> Result<Vec<Tree>, String> {
    let text_arc = Arc::clone(text);
    let text: &str = text;
    let delims = Arc::new((left.to_string(), right.to_string()));
    let lex = Lexer::new(text, left, right, !has_func("break"), !has_func("continue"));
    let mut p = Parser {
        lex,
        token: [empty_item(), empty_item(), empty_item()],
        peek_count: 0,
        vars: vec!["$"],
        trees: Vec::new(),
        action_pos: None,
        range_depth: 0,
        paren_depth: 0,
        control_depth: 0,
        parse_name: Arc::from(name),
        text: text_arc,
        delims,
        has_func,
        arg_stack: Vec::new(),
        cmd_stack: Vec::new(),
        node_stack: Vec::new(),
    };
    let root = stacker::maybe_grow(64 * 1024, 1024 * 1024, || p.parse_top())?;
    p.add(name.to_string(), root)?;
    Ok(p.trees)
}

fn empty_item<'x>() -> Item<'x> {
    Item {
        kind: Kind::Eof,
        pos: 0,
        val: "",
        line_pos: 0,
    }
}

struct Parser<'a, 'f> {
    lex: Lexer<'a>,
    token: [Item<'a>; 3],
    peek_count: usize,
    vars: Vec<&'a str>,
    trees: Vec<Tree>,
    /// Where the action being parsed starts (for "in action started at").
    action_pos: Option<usize>,
    range_depth: usize,
    paren_depth: usize,
    control_depth: usize,
    parse_name: Arc<str>,
    text: Arc<str>,
    delims: Arc<(String, String)>,
    has_func: &'f dyn Fn(&str) -> bool,
    // Operands, commands and list nodes being collected (nested constructs stack theirs on
    // top), so each finished node gets a vector of exactly its size.
    arg_stack: Vec<Arg>,
    cmd_stack: Vec<CommandNode>,
    node_stack: Vec<Node>,
}

/// Per-tree parsing state that `define` and `block` start afresh.
struct Saved<'a> {
    vars: Vec<&'a str>,
    range_depth: usize,
    paren_depth: usize,
}

impl<'a> Parser<'a, '_> {
    fn next(&mut self) -> Item<'a> {
        if self.peek_count > 0 {
            self.peek_count -= 1;
        } else {
            self.token[0] = self.lex.next_item();
        }
        self.token.get(self.peek_count).copied().unwrap_or_else(empty_item)
    }

    fn backup(&mut self) {
        self.peek_count = (self.peek_count + 1).min(self.token.len());
    }

    fn backup2(&mut self, t1: Item<'a>) {
        self.token[1] = t1;
        self.peek_count = 2;
    }

    fn backup3(&mut self, t2: Item<'a>, t1: Item<'a>) {
        self.token[1] = t1;
        self.token[2] = t2;
        self.peek_count = 3;
    }

    fn peek(&mut self) -> Item<'a> {
        if self.peek_count > 0 {
            return self.token.get(self.peek_count - 1).copied().unwrap_or_else(empty_item);
        }
        self.peek_count = 1;
        self.token[0] = self.lex.next_item();
        self.token[0]
    }

    fn next_non_space(&mut self) -> Item<'a> {
        loop {
            let t = self.next();
            if t.kind != Kind::Space {
                return t;
            }
        }
    }

    fn peek_non_space(&mut self) -> Item<'a> {
        let t = self.next_non_space();
        self.backup();
        t
    }

    fn errorf<T>(&self, msg: impl AsRef<str>) -> PResult<T> {
        Err(format!(
            "template: {}:{}: {}",
            self.parse_name,
            line_of(&self.text, self.token[0].line_pos),
            msg.as_ref()
        ))
    }

    fn expect(&mut self, kind: Kind, context: &str) -> PResult<Item<'a>> {
        let t = self.next_non_space();
        if t.kind != kind {
            return self.unexpected(&t, context);
        }
        Ok(t)
    }

    fn unexpected<T>(&self, t: &Item<'_>, context: &str) -> PResult<T> {
        if t.kind == Kind::Error {
            let message = self.lex.error_message();
            let mut extra = String::new();
            let action_line = self.action_pos.map(|p| line_of(&self.text, p));
            if let Some(action_line) = action_line
                && action_line != line_of(&self.text, t.line_pos)
            {
                extra = format!(" in action started at {}:{}", self.parse_name, action_line);
                if message.ends_with(" action") {
                    extra = extra[" in action".len()..].to_string();
                }
            }
            return self.errorf(format!("{message}{extra}"));
        }
        self.errorf(format!("unexpected {t} in {context}"))
    }

    fn start_tree(&mut self) -> Saved<'a> {
        Saved {
            vars: std::mem::replace(&mut self.vars, vec!["$"]),
            range_depth: std::mem::take(&mut self.range_depth),
            paren_depth: std::mem::take(&mut self.paren_depth),
        }
    }

    fn end_tree(&mut self, saved: Saved<'a>) {
        self.vars = saved.vars;
        self.range_depth = saved.range_depth;
        self.paren_depth = saved.paren_depth;
    }

    /// Adds a finished tree; a second non-empty definition of a name is an error.
    fn add(&mut self, name: String, root: ListNode) -> PResult<()> {
        let tree = Tree {
            name: name.clone(),
            parse_name: self.parse_name.clone(),
            text: self.text.clone(),
            delims: self.delims.clone(),
            root,
        };
        if let Some(i) = self.trees.iter().position(|t| t.name == name) {
            if self.trees[i].is_empty() {
                self.trees[i] = tree;
                return Ok(());
            }
            if !tree.is_empty() {
                return self.errorf(format!(
                    "template: multiple definition of template {}",
                    strconv::quote(&name)
                ));
            }
            return Ok(());
        }
        self.trees.push(tree);
        Ok(())
    }

    fn parse_top(&mut self) -> PResult<ListNode> {
        let base = self.node_stack.len();
        while self.peek().kind != Kind::Eof {
            if self.peek().kind == Kind::LeftDelim {
                let delim = self.next();
                if self.next_non_space().kind == Kind::Define {
                    let saved = self.start_tree();
                    let r = self.parse_definition();
                    self.end_tree(saved);
                    r?;
                    continue;
                }
                self.backup2(delim);
            }
            match self.text_or_action()? {
                Parsed::Node(n) => self.node_stack.push(n),
                Parsed::End => {
                    let s = format!("{}end{}", self.delims.0, self.delims.1);
                    return self.errorf(format!("unexpected {s}"));
                }
                Parsed::Else => {
                    let s = format!("{}else{}", self.delims.0, self.delims.1);
                    return self.errorf(format!("unexpected {s}"));
                }
            }
        }
        Ok(ListNode {
            nodes: self.node_stack.drain(base..).collect(),
        })
    }

    fn parse_definition(&mut self) -> PResult<()> {
        const CONTEXT: &str = "define clause";
        let t = self.next_non_space();
        if t.kind != Kind::String && t.kind != Kind::RawString {
            return self.unexpected(&t, CONTEXT);
        }
        let name = match strconv::unquote(t.val) {
            Ok(n) => n,
            Err(_) => return self.errorf("invalid syntax"),
        };
        self.expect(Kind::RightDelim, CONTEXT)?;
        let (list, end) = self.item_list()?;
        if !matches!(end, Parsed::End) {
            let s = format!("{}else{}", self.delims.0, self.delims.1);
            return self.errorf(format!("unexpected {s} in {CONTEXT}"));
        }
        self.add(name, list)
    }

    fn item_list(&mut self) -> PResult<(ListNode, Parsed)> {
        let base = self.node_stack.len();
        while self.peek_non_space().kind != Kind::Eof {
            match self.text_or_action()? {
                Parsed::Node(n) => self.node_stack.push(n),
                other => {
                    let list = ListNode {
                        nodes: self.node_stack.drain(base..).collect(),
                    };
                    return Ok((list, other));
                }
            }
        }
        self.errorf("unexpected EOF")
    }

    fn text_or_action(&mut self) -> PResult<Parsed> {
        let t = self.next_non_space();
        match t.kind {
            Kind::Text => Ok(Parsed::Node(Node::Text(TextNode {
                pos: t.pos,
                len: t.val.len(),
            }))),
            Kind::LeftDelim => {
                self.action_pos = Some(t.line_pos);
                let r = self.action();
                self.action_pos = None;
                r
            }
            _ => self.unexpected(&t, "input"),
        }
    }

    fn action(&mut self) -> PResult<Parsed> {
        let t = self.next_non_space();
        match t.kind {
            Kind::Block => return self.block_control(),
            Kind::Break => return self.break_control(t.pos, "{{break}}"),
            Kind::Continue => return self.break_control(t.pos, "{{continue}}"),
            Kind::Else => return self.else_control(),
            Kind::End => {
                self.expect(Kind::RightDelim, "end")?;
                return Ok(Parsed::End);
            }
            Kind::If => return Ok(Parsed::Node(Node::If(Box::new(self.parse_control("if")?)))),
            Kind::Range => return Ok(Parsed::Node(Node::Range(Box::new(self.parse_control("range")?)))),
            Kind::Template => return self.template_control(),
            Kind::With => return Ok(Parsed::Node(Node::With(Box::new(self.parse_control("with")?)))),
            _ => {}
        }
        self.backup();
        let t = self.peek();
        let pipe = self.pipeline("command", Kind::RightDelim)?;
        Ok(Parsed::Node(Node::Action(ActionNode { pos: t.pos, pipe })))
    }

    fn break_control(&mut self, pos: usize, what: &str) -> PResult<Parsed> {
        let t = self.next_non_space();
        if t.kind != Kind::RightDelim {
            return self.unexpected(&t, what);
        }
        if self.range_depth == 0 {
            return self.errorf(format!("{what} outside {{{{range}}}}"));
        }
        Ok(Parsed::Node(if what == "{{break}}" {
            Node::Break(pos)
        } else {
            Node::Continue(pos)
        }))
    }

    fn else_control(&mut self) -> PResult<Parsed> {
        let peek = self.peek_non_space();
        if peek.kind == Kind::If || peek.kind == Kind::With {
            return Ok(Parsed::Else);
        }
        self.expect(Kind::RightDelim, "else")?;
        Ok(Parsed::Else)
    }

    fn parse_control(&mut self, context: &str) -> PResult<BranchNode> {
        if self.control_depth >= MAX_CONTROL_DEPTH {
            return self.errorf("max nesting depth exceeded");
        }
        self.control_depth += 1;
        let vars_len = self.vars.len();
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.parse_control_inner(context));
        self.vars.truncate(vars_len);
        self.control_depth -= 1;
        r
    }

    fn parse_control_inner(&mut self, context: &str) -> PResult<BranchNode> {
        let pipe = self.pipeline(context, Kind::RightDelim)?;
        if context == "range" {
            self.range_depth += 1;
        }
        let r = self.item_list();
        if context == "range" {
            self.range_depth -= 1;
        }
        let (list, next) = r?;
        let mut else_list = None;
        match next {
            Parsed::End => {}
            Parsed::Else => {
                if context == "if" && self.peek().kind == Kind::If {
                    self.next();
                    let inner = self.parse_control("if")?;
                    else_list = Some(ListNode {
                        nodes: vec![Node::If(Box::new(inner))],
                    });
                } else if context == "with" && self.peek().kind == Kind::With {
                    self.next();
                    let inner = self.parse_control("with")?;
                    else_list = Some(ListNode {
                        nodes: vec![Node::With(Box::new(inner))],
                    });
                } else {
                    let (l, next) = self.item_list()?;
                    if !matches!(next, Parsed::End) {
                        let s = format!("{}else{}", self.delims.0, self.delims.1);
                        return self.errorf(format!("expected end; found {s}"));
                    }
                    else_list = Some(l);
                }
            }
            Parsed::Node(_) => return self.errorf("internal error: list ended without end"),
        }
        Ok(BranchNode {
            pos: pipe.pos,
            pipe,
            list,
            else_list,
        })
    }

    fn block_control(&mut self) -> PResult<Parsed> {
        const CONTEXT: &str = "block clause";
        let t = self.next_non_space();
        let name = self.parse_template_name(&t, CONTEXT)?;
        let pipe = self.pipeline(CONTEXT, Kind::RightDelim)?;
        if self.control_depth >= MAX_CONTROL_DEPTH {
            return self.errorf("max nesting depth exceeded");
        }
        self.control_depth += 1;
        let saved = self.start_tree();
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.item_list());
        self.end_tree(saved);
        self.control_depth -= 1;
        let (list, end) = r?;
        if !matches!(end, Parsed::End) {
            let s = format!("{}else{}", self.delims.0, self.delims.1);
            return self.errorf(format!("unexpected {s} in {CONTEXT}"));
        }
        self.add(name.clone(), list)?;
        Ok(Parsed::Node(Node::Template(Box::new(TemplateNode {
            pos: t.pos,
            name,
            pipe: Some(pipe),
        }))))
    }

    fn template_control(&mut self) -> PResult<Parsed> {
        const CONTEXT: &str = "template clause";
        let t = self.next_non_space();
        let name = self.parse_template_name(&t, CONTEXT)?;
        let mut pipe = None;
        if self.next_non_space().kind != Kind::RightDelim {
            self.backup();
            pipe = Some(self.pipeline(CONTEXT, Kind::RightDelim)?);
        }
        Ok(Parsed::Node(Node::Template(Box::new(TemplateNode {
            pos: t.pos,
            name,
            pipe,
        }))))
    }

    fn parse_template_name(&self, t: &Item<'_>, context: &str) -> PResult<String> {
        match t.kind {
            Kind::String | Kind::RawString => match strconv::unquote(t.val) {
                Ok(s) => Ok(s),
                Err(_) => self.errorf("invalid syntax"),
            },
            _ => self.unexpected(t, context),
        }
    }

    fn pipeline(&mut self, context: &str, end: Kind) -> PResult<PipeNode> {
        let t = self.peek_non_space();
        let mut pipe = PipeNode {
            pos: t.pos,
            is_assign: false,
            decl: Vec::new(),
            cmds: smallvec::SmallVec::new(),
        };
        'decls: loop {
            let v = self.peek_non_space();
            if v.kind != Kind::Variable {
                break;
            }
            self.next();
            let token_after = self.peek();
            let next = self.peek_non_space();
            if next.kind == Kind::Assign || next.kind == Kind::Declare {
                pipe.is_assign = next.kind == Kind::Assign;
                self.next_non_space();
                pipe.decl.push(VariableNode {
                    pos: v.pos,
                    ident: Path::within(&self.text, v.val),
                });
                self.vars.push(v.val);
                break;
            } else if next.kind == Kind::Char && next.val == "," {
                self.next_non_space();
                pipe.decl.push(VariableNode {
                    pos: v.pos,
                    ident: Path::within(&self.text, v.val),
                });
                self.vars.push(v.val);
                if context == "range" && pipe.decl.len() < 2 {
                    match self.peek_non_space().kind {
                        Kind::Variable | Kind::RightDelim | Kind::RightParen => continue 'decls,
                        _ => return self.errorf("range can only initialize variables"),
                    }
                }
                return self.errorf(format!("too many declarations in {context}"));
            } else if token_after.kind == Kind::Space {
                self.backup3(v, token_after);
            } else {
                self.backup2(v);
            }
            break;
        }
        let base = self.cmd_stack.len();
        loop {
            let t = self.next_non_space();
            match t.kind {
                k if k == end => {
                    pipe.cmds = self.cmd_stack.drain(base..).collect();
                    self.check_pipeline(&pipe, context)?;
                    return Ok(pipe);
                }
                Kind::Bool
                | Kind::CharConstant
                | Kind::Complex
                | Kind::Dot
                | Kind::Field
                | Kind::Identifier
                | Kind::Number
                | Kind::Nil
                | Kind::RawString
                | Kind::String
                | Kind::Variable
                | Kind::LeftParen => {
                    self.backup();
                    let cmd = self.command()?;
                    self.cmd_stack.push(cmd);
                    if self.cmd_stack.len() - base > MAX_PIPELINE_CMDS {
                        return self.errorf("pipeline too long");
                    }
                }
                _ => return self.unexpected(&t, context),
            }
        }
    }

    fn check_pipeline(&self, pipe: &PipeNode, context: &str) -> PResult<()> {
        if pipe.cmds.is_empty() {
            return self.errorf(format!("missing value for {context}"));
        }
        for (i, c) in pipe.cmds.iter().enumerate().skip(1) {
            if let Some(Arg::Bool(..) | Arg::Dot(_) | Arg::Nil(_) | Arg::Number(_) | Arg::String(_)) = c.args.first() {
                return self.errorf(format!("non executable command in pipeline stage {}", i + 1));
            }
        }
        Ok(())
    }

    fn command(&mut self) -> PResult<CommandNode> {
        let pos = self.peek_non_space().pos;
        let base = self.arg_stack.len();
        loop {
            self.peek_non_space();
            if let Some(op) = self.operand()? {
                self.arg_stack.push(op);
            }
            let t = self.next();
            match t.kind {
                Kind::Space => continue,
                Kind::RightDelim | Kind::RightParen => self.backup(),
                Kind::Pipe => {}
                _ => return self.unexpected(&t, "operand"),
            }
            break;
        }
        let cmd = CommandNode {
            pos,
            args: self.arg_stack.drain(base..).collect(),
        };
        if cmd.args.is_empty() {
            return self.errorf("empty command");
        }
        Ok(cmd)
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(node) = self.term()? else {
            return Ok(None);
        };
        if self.peek().kind != Kind::Field {
            return Ok(Some(node));
        }
        let chain_pos = self.peek().pos;
        // The fields (`.a`, `.b`) follow the operand without spaces, so the whole name is
        // one range of the source; `joined` spells the fields out only if that ever fails.
        let mut first_field: Option<&'a str> = None;
        let mut last_field: &'a str = "";
        let mut joined: Option<String> = None;
        while self.peek().kind == Kind::Field {
            let f = self.next();
            match first_field {
                None => first_field = Some(f.val),
                Some(first) => {
                    if joined.is_none() && last_field.as_ptr() as usize + last_field.len() != f.val.as_ptr() as usize {
                        joined = Some(self.source_span(first, last_field).unwrap_or_default().to_string());
                    }
                }
            }
            if let Some(j) = &mut joined {
                j.push_str(f.val);
            }
            last_field = f.val;
        }
        let first_field = first_field.unwrap_or("");
        let contiguous = joined.is_none();
        let fields_text = |p: &Parser<'a, '_>| match &joined {
            Some(j) => j.clone(),
            None => p.source_span(first_field, last_field).unwrap_or_default().to_string(),
        };
        let extend = |p: &Parser<'a, '_>, ident: &Path| -> Path {
            let head = ident.as_str();
            let adjacent = contiguous && head.as_ptr() as usize + head.len() == first_field.as_ptr() as usize;
            match p.source_span(head, last_field).filter(|_| adjacent) {
                Some(span) => Path::within(&p.text, span),
                None => Path::within(&p.text, &format!("{head}{}", fields_text(p))),
            }
        };
        Ok(Some(match node {
            Arg::Field(f) => Arg::Field(FieldNode {
                pos: chain_pos,
                ident: extend(self, &f.ident),
            }),
            Arg::Variable(v) => Arg::Variable(VariableNode {
                pos: chain_pos,
                ident: extend(self, &v.ident),
            }),
            Arg::Bool(..) | Arg::String(_) | Arg::Number(_) | Arg::Nil(_) | Arg::Dot(_) => {
                return self.errorf(format!(
                    "unexpected . after term {}",
                    strconv::quote(&arg_string(&node))
                ));
            }
            other => {
                let after_dot = first_field.get(1..).unwrap_or("");
                let field = match self.source_span(after_dot, last_field).filter(|_| contiguous) {
                    Some(span) => Path::within(&self.text, span),
                    None => Path::within(&self.text, fields_text(self).get(1..).unwrap_or("")),
                };
                Arg::Chain(ChainNode {
                    pos: chain_pos,
                    node: Box::new(other),
                    field,
                })
            }
        }))
    }

    /// The source text from the start of `from` to the end of `to`, when both are slices of
    /// the template source in that order.
    fn source_span(&self, from: &str, to: &str) -> Option<&str> {
        let base = self.text.as_ptr() as usize;
        let start = (from.as_ptr() as usize).checked_sub(base)?;
        let end = (to.as_ptr() as usize + to.len()).checked_sub(base)?;
        self.text.get(start..end)
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let t = self.next_non_space();
        Ok(Some(match t.kind {
            Kind::Identifier => {
                if !(self.has_func)(t.val) {
                    return self.errorf(format!("function {} not defined", strconv::quote(t.val)));
                }
                Arg::Identifier {
                    pos: t.pos,
                    name: SrcStr::within(&self.text, t.val),
                }
            }
            Kind::Dot => Arg::Dot(t.pos),
            Kind::Nil => Arg::Nil(t.pos),
            Kind::Variable => {
                let ident = Path::within(&self.text, t.val);
                let first = ident.first();
                if !self.vars.contains(&first) {
                    return self.errorf(format!("undefined variable {}", strconv::quote(first)));
                }
                Arg::Variable(VariableNode { pos: t.pos, ident })
            }
            Kind::Field => Arg::Field(FieldNode {
                pos: t.pos,
                ident: Path::within(&self.text, t.val.get(1..).unwrap_or("")),
            }),
            Kind::Bool => Arg::Bool(t.pos, t.val == "true"),
            Kind::CharConstant | Kind::Complex | Kind::Number => {
                match new_number(t.pos, SrcStr::within(&self.text, t.val), t.kind) {
                    Ok(n) => Arg::Number(Box::new(n)),
                    Err(e) => return self.errorf(e),
                }
            }
            Kind::LeftParen => {
                if self.paren_depth >= MAX_PAREN_DEPTH {
                    return self.errorf("max expression depth exceeded");
                }
                self.paren_depth += 1;
                let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
                    self.pipeline("parenthesized pipeline", Kind::RightParen)
                });
                self.paren_depth -= 1;
                Arg::Pipe(Box::new(r?))
            }
            Kind::String | Kind::RawString => {
                let text: Arc<str> = match plain_quoted_body(t.val) {
                    Some(body) => Arc::from(body),
                    None => match strconv::unquote(t.val) {
                        Ok(s) => Arc::from(s),
                        Err(_) => return self.errorf("invalid syntax"),
                    },
                };
                Arg::String(StringNode {
                    pos: t.pos,
                    quoted: SrcStr::within(&self.text, t.val),
                    text,
                })
            }
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }
}

/// Returns the body of a double-quoted literal that unquotes to itself (no escapes, no
/// inner quotes); `None` for anything else, which goes through [`strconv::unquote`].
fn plain_quoted_body(lit: &str) -> Option<&str> {
    let body = lit.strip_prefix('"')?.strip_suffix('"')?;
    (!body.contains(['\\', '"', '\n'])).then_some(body)
}

/// Builds a number node the way Go's `newNumber` does: the literal is stored as every type
/// that represents it exactly.
pub(crate) fn new_number(pos: usize, text_ref: SrcStr, kind: Kind) -> Result<NumberNode, String> {
    let text_src = text_ref.clone();
    let text: &str = &text_src;
    let mut n = NumberNode {
        pos,
        is_int: false,
        is_uint: false,
        is_float: false,
        is_complex: false,
        int: 0,
        uint: 0,
        float: 0.0,
        complex: (0.0, 0.0),
        text: text_ref,
    };
    match kind {
        Kind::CharConstant => {
            let body = text.get(1..).unwrap_or("");
            let (r, tail) = strconv::unquote_char_constant(body).map_err(|_| "invalid syntax".to_string())?;
            if tail != "'" {
                return Err(format!("malformed character constant: {text}"));
            }
            n.int = i64::from(r);
            n.is_int = true;
            n.uint = u64::from(r);
            n.is_uint = true;
            n.float = f64::from(r);
            n.is_float = true;
            return Ok(n);
        }
        Kind::Complex => {
            let (re, im) = parse_complex(text).ok_or_else(|| format!("expected integer; found {text}"))?;
            n.is_complex = true;
            n.complex = (re, im);
            simplify_complex(&mut n);
            return Ok(n);
        }
        _ => {}
    }
    if let Some(body) = text.strip_suffix('i')
        && let Ok(f) = strconv::parse_float(body)
    {
        n.is_complex = true;
        n.complex = (0.0, f);
        simplify_complex(&mut n);
        return Ok(n);
    }
    let u = strconv::parse_uint(text);
    if let Ok(u) = u {
        n.is_uint = true;
        n.uint = u;
    }
    if let Ok(i) = strconv::parse_int(text) {
        n.is_int = true;
        n.int = i;
        if i == 0 {
            n.is_uint = true;
            n.uint = u.unwrap_or(0);
        }
    }
    if n.is_int {
        n.is_float = true;
        n.float = n.int as f64;
    } else if n.is_uint {
        n.is_float = true;
        n.float = n.uint as f64;
    } else {
        match strconv::parse_float(text) {
            Ok(f) => {
                if !text.contains(['.', 'e', 'E', 'p', 'P']) {
                    return Err(format!("integer overflow: {}", strconv::quote(text)));
                }
                n.is_float = true;
                n.float = f;
                if !n.is_int && fits_i64(f) {
                    n.is_int = true;
                    n.int = f as i64;
                }
                if !n.is_uint && fits_u64(f) {
                    n.is_uint = true;
                    n.uint = f as u64;
                }
            }
            Err(NumError::Range | NumError::Syntax) => {}
        }
    }
    if !n.is_int && !n.is_uint && !n.is_float {
        return Err(format!("illegal number syntax: {}", strconv::quote(text)));
    }
    Ok(n)
}

/// Reports whether `f` is an integer that `i64` holds exactly.
fn fits_i64(f: f64) -> bool {
    f.fract() == 0.0 && (-9.223372036854776e18..9.223372036854776e18).contains(&f)
}

/// Reports whether `f` is an integer that `u64` holds exactly.
fn fits_u64(f: f64) -> bool {
    f.fract() == 0.0 && (0.0..1.8446744073709552e19).contains(&f)
}

fn simplify_complex(n: &mut NumberNode) {
    let (re, im) = n.complex;
    n.is_float = im == 0.0;
    if n.is_float {
        n.float = re;
        n.is_int = fits_i64(re);
        if n.is_int {
            n.int = re as i64;
        }
        n.is_uint = fits_u64(re);
        if n.is_uint {
            n.uint = re as u64;
        }
    }
}

/// Parses `re±imi` (Go reads it with `fmt.Sscan`).
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let body = text.strip_suffix('i')?;
    let b = body.as_bytes();
    let mut split = None;
    for i in (1..b.len()).rev() {
        if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1] | 0x20, b'e' | b'p') {
            split = Some(i);
            break;
        }
    }
    let i = split?;
    let re = strconv::parse_float(&body[..i]).ok()?;
    let im = strconv::parse_float(&body[i..]).ok()?;
    Some((re, im))
}
