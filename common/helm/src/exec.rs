//! The executor: walks a parsed tree with a data value and writes the output, following Go's
//! `text/template` evaluation rules (field chains, method and function calls with Go's
//! argument conversions, pipelines, variables, `if`/`with`/`range`/`template`,
//! `break`/`continue`) and wording its errors like Go (`template: name:line:col: executing
//! "name" at <node>: ...`).

use std::fmt::Write as _;

use crate::error::Error;
use crate::fmt;
use crate::func::{CallContext, Func, FuncError, Signature, Type};
use crate::node::*;
use crate::strconv;
use crate::template::{MissingKey, Template};
use crate::value::{Iteration, Value};

/// What a walked node asks of the enclosing `range`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flow {
    Normal,
    Break,
    Continue,
}

/// The node execution is at, for error messages.
#[derive(Clone, Copy)]
enum At<'t> {
    None,
    Node(&'t Node),
    Pipe(&'t PipeNode),
    Cmd(&'t CommandNode),
    Arg(&'t Arg),
}

/// The result of a field step: the value, and whether it is a nil interface (which Go
/// refuses to look into: "nil pointer evaluating interface {}.x").
struct FieldVal {
    value: Value,
    nil_iface: bool,
}

impl FieldVal {
    fn plain(value: Value) -> FieldVal {
        FieldVal {
            value,
            nil_iface: false,
        }
    }
}

type R<T> = Result<T, Error>;

const RED_ZONE: usize = 128 * 1024;
const STACK_GROWTH: usize = 2 * 1024 * 1024;

/// Execution state of one `Execute` call.
pub(crate) struct State<'t, 'o> {
    set: &'t Template,
    tree: &'t Tree,
    name: &'t str,
    vars: Vec<(&'t str, Value)>,
    /// Evaluated arguments of the function calls in progress (each call uses the top of the
    /// stack and truncates it afterwards), so a call allocates no argument vector.
    args: Vec<Value>,
    depth: usize,
    at: At<'t>,
    out: &'o mut String,
}

impl<'t, 'o> State<'t, 'o> {
    pub(crate) fn new(set: &'t Template, tree: &'t Tree, depth: usize, out: &'o mut String) -> State<'t, 'o> {
        State {
            set,
            tree,
            name: &tree.name,
            // Room for `$`, a few declared and range variables, and a few calls' arguments,
            // so a typical template never regrows them.
            vars: Vec::with_capacity(8),
            args: Vec::with_capacity(8),
            depth,
            at: At::None,
            out,
        }
    }

    /// Executes the tree with `data` as dot and `$`.
    pub(crate) fn run(&mut self, data: &Value) -> R<()> {
        self.vars.push(("$", data.clone()));
        let root = &self.tree.root;
        stacker::maybe_grow(RED_ZONE, STACK_GROWTH, || self.walk_list(data, root))?;
        Ok(())
    }

    // ----- errors -----

    fn style(&self) -> Style<'t> {
        Style {
            left: &self.tree.delims.0,
            right: &self.tree.delims.1,
            text: TextStyle::Plain,
            source: &self.tree.text,
        }
    }

    fn context(&self) -> Option<(usize, String)> {
        let mut s = String::new();
        let st = self.style();
        let pos = match self.at {
            At::None => return None,
            At::Node(n) => {
                write_node(&mut s, n, st);
                match n {
                    Node::Text(t) => t.pos,
                    Node::Action(a) => a.pos,
                    Node::If(b) | Node::Range(b) | Node::With(b) => b.pos,
                    Node::Template(t) => t.pos,
                    Node::Break(p) | Node::Continue(p) => *p,
                }
            }
            At::Pipe(p) => {
                write_pipe(&mut s, p);
                p.pos
            }
            At::Cmd(c) => {
                write_command(&mut s, c);
                c.pos
            }
            At::Arg(a) => {
                write_arg(&mut s, a);
                a.pos()
            }
        };
        Some((pos, s))
    }

    fn err(&self, msg: impl Into<String>) -> Error {
        self.err_with(msg.into(), None)
    }

    fn err_with(&self, msg: String, cause: Option<FuncError>) -> Error {
        let full = match self.context() {
            None => format!("template: {}: {}", self.name, msg),
            Some((pos, ctx)) => format!(
                "template: {}: executing {} at <{}>: {}",
                self.tree.location(pos),
                strconv::quote(self.name),
                ctx,
                msg
            ),
        };
        Error::exec(self.name, full, cause)
    }

    // ----- variables -----

    fn var_value(&self, name: &str) -> R<Value> {
        for (n, v) in self.vars.iter().rev() {
            if *n == name {
                return Ok(v.clone());
            }
        }
        Err(self.err(format!("undefined variable: {name}")))
    }

    fn set_var(&mut self, name: &str, value: Value) -> R<()> {
        for (n, v) in self.vars.iter_mut().rev() {
            if *n == name {
                *v = value;
                return Ok(());
            }
        }
        Err(self.err(format!("undefined variable: {name}")))
    }

    fn set_top_var(&mut self, n: usize, value: Value) {
        if let Some(i) = self.vars.len().checked_sub(n)
            && let Some(slot) = self.vars.get_mut(i)
        {
            slot.1 = value;
        }
    }

    // ----- walking -----

    fn walk_list(&mut self, dot: &Value, list: &'t ListNode) -> R<Flow> {
        for n in &list.nodes {
            let flow = self.walk(dot, n)?;
            if flow != Flow::Normal {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    fn walk(&mut self, dot: &Value, node: &'t Node) -> R<Flow> {
        self.at = At::Node(node);
        match node {
            Node::Text(t) => {
                self.out.push_str(t.text(&self.tree.text));
                Ok(Flow::Normal)
            }
            Node::Action(a) => {
                let val = self.eval_pipeline(dot, &a.pipe)?;
                if a.pipe.decl.is_empty() {
                    self.print_value(At::Node(node), &val)?;
                }
                Ok(Flow::Normal)
            }
            Node::Break(_) => Ok(Flow::Break),
            Node::Continue(_) => Ok(Flow::Continue),
            Node::If(b) => self.walk_if_or_with(false, dot, b),
            Node::With(b) => self.walk_if_or_with(true, dot, b),
            Node::Range(b) => self.walk_range(dot, b, node),
            Node::Template(t) => self.walk_template(dot, t, node),
        }
    }

    fn walk_if_or_with(&mut self, with: bool, dot: &Value, b: &'t BranchNode) -> R<Flow> {
        let mark = self.vars.len();
        let r = stacker::maybe_grow(RED_ZONE, STACK_GROWTH, || self.walk_if_or_with_inner(with, dot, b));
        self.vars.truncate(mark);
        r
    }

    fn walk_if_or_with_inner(&mut self, with: bool, dot: &Value, b: &'t BranchNode) -> R<Flow> {
        let val = self.eval_pipeline(dot, &b.pipe)?;
        if val.truth() {
            if with {
                self.walk_list(&val, &b.list)
            } else {
                self.walk_list(dot, &b.list)
            }
        } else if let Some(e) = &b.else_list {
            self.walk_list(dot, e)
        } else {
            Ok(Flow::Normal)
        }
    }

    fn walk_range(&mut self, dot: &Value, r: &'t BranchNode, node: &'t Node) -> R<Flow> {
        self.at = At::Node(node);
        let mark = self.vars.len();
        let res = stacker::maybe_grow(RED_ZONE, STACK_GROWTH, || self.walk_range_inner(dot, r, node));
        self.vars.truncate(mark);
        res
    }

    fn walk_range_inner(&mut self, dot: &Value, r: &'t BranchNode, node: &'t Node) -> R<Flow> {
        let val = self.eval_pipeline(dot, &r.pipe)?.kind_value();
        let mark = self.vars.len();
        match &val {
            Value::Int(n, k) => {
                if r.pipe.decl.len() > 1 {
                    self.at = At::Node(node);
                    return Err(self.err(format!(
                        "can't use {} to iterate over more than one variable",
                        fmt::format_value(&val)
                    )));
                }
                if *n > 0 {
                    for i in 0..*n {
                        if self.one_iteration(r, mark, Value::Nil, Value::Int(i, *k))? == Flow::Break {
                            break;
                        }
                    }
                    return Ok(Flow::Normal);
                }
            }
            Value::Uint(n, k) => {
                if r.pipe.decl.len() > 1 {
                    self.at = At::Node(node);
                    return Err(self.err(format!(
                        "can't use {} to iterate over more than one variable",
                        fmt::format_value(&val)
                    )));
                }
                if *n > 0 {
                    for i in 0..*n {
                        if self.one_iteration(r, mark, Value::Nil, Value::Uint(i, *k))? == Flow::Break {
                            break;
                        }
                    }
                    return Ok(Flow::Normal);
                }
            }
            Value::List(items) => {
                if !items.is_empty() {
                    for (i, item) in items.iter().enumerate() {
                        if self.one_iteration(r, mark, Value::int(i as i64), item.clone())? == Flow::Break {
                            break;
                        }
                    }
                    return Ok(Flow::Normal);
                }
            }
            Value::Map(m) => {
                // A snapshot: the body may change the map (Sprig's `set`).
                let entries = m.value_entries();
                if !entries.is_empty() {
                    for (k, v) in entries {
                        if self.one_iteration(r, mark, k, v)? == Flow::Break {
                            break;
                        }
                    }
                    return Ok(Flow::Normal);
                }
            }
            Value::Nil => {}
            Value::Object(o) => match o.iterate() {
                // Go 1.23 iterator functions: `iter.Seq` yields elements (one variable at
                // most); `iter.Seq2` pairs, whose first half a single variable receives.
                Some(Iteration::Seq(items)) => {
                    if r.pipe.decl.len() > 1 {
                        self.at = At::Node(node);
                        return Err(self.err(format!(
                            "can't use {} iterate over more than one variable",
                            fmt::format_value(&val)
                        )));
                    }
                    if !items.is_empty() {
                        for item in items {
                            if self.one_iteration(r, mark, Value::Nil, item)? == Flow::Break {
                                break;
                            }
                        }
                        return Ok(Flow::Normal);
                    }
                }
                Some(Iteration::Seq2(pairs)) => {
                    if !pairs.is_empty() {
                        let two = r.pipe.decl.len() > 1;
                        for (k, v) in pairs {
                            let (index, elem) = if two { (k, v) } else { (v, k) };
                            if self.one_iteration(r, mark, index, elem)? == Flow::Break {
                                break;
                            }
                        }
                        return Ok(Flow::Normal);
                    }
                }
                None => {
                    self.at = At::Node(node);
                    return Err(self.err(format!("range can't iterate over {}", fmt::format_value(&val))));
                }
            },
            _ => {
                self.at = At::Node(node);
                return Err(self.err(format!("range can't iterate over {}", fmt::format_value(&val))));
            }
        }
        if let Some(e) = &r.else_list {
            // A `break` here belongs to this range (Go recovers it); `continue` goes outward.
            if self.walk_list(dot, e)? == Flow::Continue {
                return Ok(Flow::Continue);
            }
        }
        Ok(Flow::Normal)
    }

    fn one_iteration(&mut self, r: &'t BranchNode, mark: usize, index: Value, elem: Value) -> R<Flow> {
        let decl = &r.pipe.decl;
        if let Some(first) = decl.first() {
            if r.pipe.is_assign {
                let name = first.ident.first();
                if decl.len() > 1 {
                    self.set_var(name, index.clone())?;
                } else {
                    self.set_var(name, elem.clone())?;
                }
            } else {
                self.set_top_var(1, elem.clone());
            }
        }
        if let Some(second) = decl.get(1) {
            if r.pipe.is_assign {
                let name = second.ident.first();
                self.set_var(name, elem.clone())?;
            } else {
                self.set_top_var(2, index);
            }
        }
        let res = self.walk_list(&elem, &r.list);
        self.vars.truncate(mark);
        Ok(if res? == Flow::Break { Flow::Break } else { Flow::Normal })
    }

    fn walk_template(&mut self, dot: &Value, t: &'t TemplateNode, node: &'t Node) -> R<Flow> {
        self.at = At::Node(node);
        let Some(tree) = self.set.tree(&t.name) else {
            return Err(self.err(format!("template {} not defined", strconv::quote(&t.name))));
        };
        if self.depth >= self.set.max_depth() {
            return Err(self.err(format!("exceeded maximum template depth ({})", self.set.max_depth())));
        }
        let new_dot = match &t.pipe {
            Some(p) => self.eval_pipeline(dot, p)?,
            None => Value::Nil,
        };
        let saved_vars = std::mem::replace(&mut self.vars, vec![("$", new_dot.clone())]);
        let saved_tree = std::mem::replace(&mut self.tree, tree);
        let saved_name = std::mem::replace(&mut self.name, &tree.name);
        self.depth += 1;
        let res = stacker::maybe_grow(RED_ZONE, STACK_GROWTH, || self.walk_list(&new_dot, &tree.root));
        self.depth -= 1;
        self.vars = saved_vars;
        self.tree = saved_tree;
        self.name = saved_name;
        res.map(|_| Flow::Normal)
    }

    fn print_value(&mut self, node: At<'t>, v: &Value) -> R<()> {
        self.at = node;
        match v {
            Value::Nil => self.out.push_str("<no value>"),
            Value::Func(_) => {
                let ctx = self.context().map(|(_, c)| c).unwrap_or_default();
                return Err(self.err(format!("can't print {ctx} of type {}", v.type_name())));
            }
            Value::String(s) => self.out.push_str(s),
            Value::Int(i, _) => {
                let _ = write!(self.out, "{i}");
            }
            Value::Uint(u, _) => {
                let _ = write!(self.out, "{u}");
            }
            Value::Bool(b) => {
                let _ = write!(self.out, "{b}");
            }
            _ => self.out.push_str(&fmt::format_value(v)),
        }
        Ok(())
    }

    // ----- evaluation -----

    fn eval_pipeline(&mut self, dot: &Value, pipe: &'t PipeNode) -> R<Value> {
        stacker::maybe_grow(RED_ZONE, STACK_GROWTH, || self.eval_pipeline_inner(dot, pipe))
    }

    fn eval_pipeline_inner(&mut self, dot: &Value, pipe: &'t PipeNode) -> R<Value> {
        self.at = At::Pipe(pipe);
        let mut value: Option<Value> = None;
        for cmd in &pipe.cmds {
            value = Some(self.eval_command(dot, cmd, value)?);
        }
        let value = value.unwrap_or(Value::Nil);
        for v in &pipe.decl {
            let name = v.ident.first();
            if pipe.is_assign {
                self.set_var(name, value.clone())?;
            } else {
                self.vars.push((name, value.clone()));
            }
        }
        Ok(value)
    }

    fn not_a_function(&self, args: &'t [Arg], final_: &Option<Value>) -> R<()> {
        if args.len() > 1 || final_.is_some() {
            let first = args.first().map(arg_string).unwrap_or_default();
            return Err(self.err(format!("can't give argument to non-function {first}")));
        }
        Ok(())
    }

    fn eval_command(&mut self, dot: &Value, cmd: &'t CommandNode, final_: Option<Value>) -> R<Value> {
        let Some(first) = cmd.args.first() else {
            self.at = At::Cmd(cmd);
            return Err(self.err("empty command"));
        };
        match first {
            Arg::Field(f) => return self.eval_field_node(dot, f, first, &cmd.args, final_),
            Arg::Chain(c) => return self.eval_chain_node(dot, c, first, &cmd.args, final_),
            Arg::Identifier { name, .. } => {
                return self.eval_function(dot, name, first, At::Cmd(cmd), &cmd.args, final_);
            }
            Arg::Pipe(p) => {
                self.not_a_function(&cmd.args, &final_)?;
                return self.eval_pipeline(dot, p);
            }
            Arg::Variable(v) => return self.eval_variable_node(dot, v, first, &cmd.args, final_),
            _ => {}
        }
        self.at = At::Arg(first);
        self.not_a_function(&cmd.args, &final_)?;
        match first {
            Arg::Bool(_, b) => Ok(Value::Bool(*b)),
            Arg::Dot(_) => Ok(dot.clone()),
            Arg::Nil(_) => Err(self.err("nil is not a command")),
            Arg::Number(n) => self.ideal_constant(n, first),
            Arg::String(s) => Ok(Value::String(s.text.clone())),
            _ => Err(self.err(format!("can't evaluate command {}", strconv::quote(&arg_string(first))))),
        }
    }

    fn ideal_constant(&mut self, n: &NumberNode, node: &'t Arg) -> R<Value> {
        self.at = At::Arg(node);
        if n.is_complex {
            return Ok(Value::Complex(n.complex.0, n.complex.1));
        }
        let is_hex_int = n.text.len() > 2
            && n.text.starts_with('0')
            && matches!(n.text.as_bytes()[1], b'x' | b'X')
            && !n.text.contains(['p', 'P']);
        let is_rune = n.text.starts_with('\'');
        if n.is_float && !is_hex_int && !is_rune && n.text.contains(['.', 'e', 'E', 'p', 'P']) {
            return Ok(Value::Float(n.float));
        }
        if n.is_int {
            return Ok(Value::int(n.int));
        }
        if n.is_uint {
            return Err(self.err(format!("{} overflows int", n.text.as_str())));
        }
        Ok(Value::Nil)
    }

    fn eval_field_node(
        &mut self,
        dot: &Value,
        field: &'t FieldNode,
        node: &'t Arg,
        args: &'t [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        self.at = At::Arg(node);
        self.eval_field_chain(
            dot,
            FieldVal::plain(dot.clone()),
            node,
            field.ident.as_str(),
            args,
            final_,
        )
    }

    fn eval_chain_node(
        &mut self,
        dot: &Value,
        chain: &'t ChainNode,
        node: &'t Arg,
        args: &'t [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        self.at = At::Arg(node);
        if chain.field.as_str().is_empty() {
            return Err(self.err("internal error: no fields in evalChainNode"));
        }
        if let Arg::Nil(_) = *chain.node {
            return Err(self.err(format!("indirection through explicit nil in {}", arg_string(node))));
        }
        let pipe = self.eval_arg(dot, None, &chain.node)?;
        self.eval_field_chain(dot, FieldVal::plain(pipe), node, chain.field.as_str(), args, final_)
    }

    fn eval_variable_node(
        &mut self,
        dot: &Value,
        var: &'t VariableNode,
        node: &'t Arg,
        args: &'t [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        self.at = At::Arg(node);
        let name = var.ident.first();
        let value = self.var_value(name)?;
        if var.ident.is_single() {
            self.not_a_function(args, &final_)?;
            return Ok(value);
        }
        self.eval_field_chain(dot, FieldVal::plain(value), node, var.ident.rest(), args, final_)
    }

    fn eval_field_chain(
        &mut self,
        dot: &Value,
        receiver: FieldVal,
        node: &'t Arg,
        ident: &'t str,
        args: &'t [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        if ident.is_empty() {
            return Ok(receiver.value);
        }
        let mut recv = receiver;
        let mut rest = ident;
        while let Some(i) = rest.bytes().position(|b| b == b'.') {
            recv = self.eval_field(dot, &rest[..i], node, &[], None, recv)?;
            rest = &rest[i + 1..];
        }
        Ok(self.eval_field(dot, rest, node, args, final_, recv)?.value)
    }

    fn missing_key(&self, m: &crate::value::Map, name: &str) -> R<FieldVal> {
        match self.set.missing_key() {
            MissingKey::Default => Ok(FieldVal::plain(Value::Nil)),
            // A typed map's element zero value is a value, not a nil interface.
            MissingKey::Zero if m.is_typed() => Ok(FieldVal::plain(m.zero_value())),
            MissingKey::Zero => Ok(FieldVal {
                value: Value::Nil,
                nil_iface: true,
            }),
            MissingKey::Error => Err(self.err(format!("map has no entry for key {}", strconv::quote(name)))),
        }
    }

    fn map_field(&self, m: &crate::value::Map, name: &str, has_args: bool) -> R<FieldVal> {
        if has_args {
            return Err(self.err(format!("{name} is not a method but has arguments")));
        }
        match m.get(name) {
            Some(Value::Nil) => Ok(FieldVal {
                value: Value::Nil,
                nil_iface: true,
            }),
            Some(v) => Ok(FieldVal::plain(v)),
            None => self.missing_key(m, name),
        }
    }

    fn eval_field(
        &mut self,
        dot: &Value,
        name: &str,
        node: &'t Arg,
        args: &'t [Arg],
        final_: Option<Value>,
        receiver: FieldVal,
    ) -> R<FieldVal> {
        if receiver.nil_iface {
            return Err(self.err(format!("nil pointer evaluating interface {{}}.{name}")));
        }
        let has_args = args.len() > 1 || final_.is_some();
        match &receiver.value {
            Value::Nil => {
                if self.set.missing_key() == MissingKey::Error {
                    return Err(self.err(format!("nil data; no entry for key {}", strconv::quote(name))));
                }
                Ok(FieldVal::plain(Value::Nil))
            }
            Value::Map(m) => self.map_field(m, name, has_args),
            Value::Object(o) => {
                if let Some(method) = o.method(name) {
                    let call_args = args.get(1..).unwrap_or(&[]);
                    let v = self.eval_call(dot, &method, false, At::Arg(node), name, call_args, final_)?;
                    return Ok(FieldVal::plain(v));
                }
                if o.is_nil() {
                    return Err(self.err(format!("nil pointer evaluating {}.{name}", o.type_name())));
                }
                if let Some(v) = o.field(name) {
                    if has_args {
                        return Err(self.err(format!("{name} has arguments but cannot be invoked as function")));
                    }
                    let nil_iface = v.is_nil();
                    return Ok(FieldVal { value: v, nil_iface });
                }
                if let Some(Value::Map(m)) = o.underlying() {
                    return self.map_field(&m, name, has_args);
                }
                Err(self.err(format!("can't evaluate field {name} in type {}", o.type_name())))
            }
            other => Err(self.err(format!("can't evaluate field {name} in type {}", other.type_name()))),
        }
    }

    fn eval_function(
        &mut self,
        dot: &Value,
        name: &str,
        node: &'t Arg,
        call_at: At<'t>,
        args: &'t [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        self.at = At::Arg(node);
        let set: &'t Template = self.set;
        let Some((func, is_builtin)) = set.find_function(name) else {
            return Err(self.err(format!("{} is not a defined function", strconv::quote(name))));
        };
        let call_args = args.get(1..).unwrap_or(&[]);
        self.eval_call(dot, func, is_builtin, call_at, name, call_args, final_)
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_call(
        &mut self,
        dot: &Value,
        fun: &Func,
        is_builtin: bool,
        node: At<'t>,
        name: &str,
        args: &'t [Arg],
        final_: Option<Value>,
    ) -> R<Value> {
        let sig = fun.signature();
        let num_in = args.len() + usize::from(final_.is_some());
        let num_fixed = if sig.variadic.is_some() {
            let fixed = sig.params.len();
            if num_in < fixed {
                return Err(self.err(format!(
                    "wrong number of args for {name}: want at least {fixed} got {}",
                    args.len()
                )));
            }
            fixed
        } else {
            if num_in != sig.params.len() {
                return Err(self.err(format!(
                    "wrong number of args for {name}: want {} got {num_in}",
                    sig.params.len()
                )));
            }
            args.len()
        };

        if is_builtin && (name == "and" || name == "or") {
            let want = name == "or";
            let mut v = Value::Nil;
            for a in args {
                v = self.eval_arg(dot, Some(&Type::Any), a)?;
                if v.truth() == want {
                    return Ok(v);
                }
            }
            if let Some(f) = final_ {
                v = f;
            }
            return Ok(v);
        }

        let base = self.args.len();
        let is_call = is_builtin && name == "call";
        let callee_final = if is_call { final_.clone() } else { None };
        if let Err(e) = self.push_call_args(dot, sig, num_fixed, num_in, args, final_) {
            self.args.truncate(base);
            return Err(e);
        }
        let argv = self.args.get(base..).unwrap_or(&[]);

        let result = if is_call {
            let callee = match args.first() {
                Some(a) => arg_string(a),
                // Go names the callee by `reflect.Value.String()`.
                None => match callee_final {
                    Some(Value::String(s)) => s.to_string(),
                    Some(v) => format!("<{} Value>", v.type_name()),
                    None => String::new(),
                },
            };
            self.builtin_call(&callee, argv)
        } else {
            let mut ctx = CallContext {
                tmpl: self.set,
                depth: self.depth,
            };
            fun.call(&mut ctx, argv)
        };
        self.args.truncate(base);
        match result {
            Ok(v) => Ok(v),
            Err(e) => {
                self.at = node;
                Err(self.err_with(format!("error calling {name}: {e}"), Some(e)))
            }
        }
    }

    /// Evaluates the arguments of a call (and the piped-in `final_`) onto the argument stack.
    fn push_call_args(
        &mut self,
        dot: &Value,
        sig: &Signature,
        num_fixed: usize,
        num_in: usize,
        args: &'t [Arg],
        final_: Option<Value>,
    ) -> R<()> {
        let mut i = 0;
        while i < num_fixed && i < args.len() {
            let t = sig.params.get(i);
            let v = self.eval_arg(dot, t, &args[i])?;
            self.args.push(v);
            i += 1;
        }
        if let Some(vt) = &sig.variadic {
            while i < args.len() {
                let v = self.eval_arg(dot, Some(vt), &args[i])?;
                self.args.push(v);
                i += 1;
            }
        }
        if let Some(f) = final_ {
            let t = if sig.variadic.is_some() && num_in > num_fixed {
                sig.variadic.as_ref()
            } else {
                sig.params.get(num_in - 1)
            };
            let v = self.validate_type(f, t)?;
            self.args.push(v);
        }
        Ok(())
    }

    /// Go's `call` built-in: calls a function value with Go's argument checks.
    fn builtin_call(&self, callee: &str, argv: &[Value]) -> Result<Value, FuncError> {
        let fv = argv.first().cloned().unwrap_or(Value::Nil);
        let f = match fv {
            Value::Nil => return Err(FuncError::new("call of nil")),
            Value::Func(f) => f,
            other => {
                return Err(FuncError::new(format!(
                    "non-function {callee} of type {}",
                    other.type_name()
                )));
            }
        };
        let sig = f.signature();
        let rest = argv.get(1..).unwrap_or(&[]);
        if sig.variadic.is_some() {
            if rest.len() < sig.params.len() {
                return Err(FuncError::new(format!(
                    "wrong number of args for {callee}: got {} want at least {}",
                    rest.len(),
                    sig.params.len()
                )));
            }
        } else if rest.len() != sig.params.len() {
            return Err(FuncError::new(format!(
                "wrong number of args for {callee}: got {} want {}",
                rest.len(),
                sig.params.len()
            )));
        }
        let mut prepared = Vec::with_capacity(rest.len());
        for (i, a) in rest.iter().enumerate() {
            let t = sig.arg_type(i).cloned().unwrap_or(Type::Any);
            prepared.push(prepare_arg(a.clone(), &t).map_err(|e| FuncError::new(format!("arg {i}: {e}")))?);
        }
        let mut ctx = CallContext {
            tmpl: self.set,
            depth: self.depth,
        };
        f.call(&mut ctx, &prepared)
    }

    fn validate_type(&self, v: Value, t: Option<&Type>) -> R<Value> {
        let Some(t) = t else {
            return Ok(v);
        };
        if v.is_nil() {
            if t.can_be_nil() {
                return Ok(Value::Nil);
            }
            return Err(self.err(format!("invalid value; expected {t}")));
        }
        if t.accepts(&v) {
            return Ok(v);
        }
        Err(self.err(format!("wrong type for value; expected {t}; got {}", v.type_name())))
    }

    fn eval_arg(&mut self, dot: &Value, t: Option<&Type>, n: &'t Arg) -> R<Value> {
        self.at = At::Arg(n);
        match n {
            Arg::Dot(_) => return self.validate_type(dot.clone(), t),
            Arg::Nil(_) => {
                return match t {
                    Some(t) if !t.can_be_nil() => Err(self.err(format!("cannot assign nil to {t}"))),
                    _ => Ok(Value::Nil),
                };
            }
            Arg::Field(f) => {
                let v = self.eval_field_node(dot, f, n, std::slice::from_ref(n), None)?;
                return self.validate_type(v, t);
            }
            Arg::Variable(var) => {
                let v = self.eval_variable_node(dot, var, n, &[], None)?;
                return self.validate_type(v, t);
            }
            Arg::Pipe(p) => {
                let v = self.eval_pipeline(dot, p)?;
                return self.validate_type(v, t);
            }
            Arg::Identifier { name, .. } => {
                let v = self.eval_function(dot, name, n, At::Arg(n), &[], None)?;
                return self.validate_type(v, t);
            }
            Arg::Chain(c) => {
                let v = self.eval_chain_node(dot, c, n, &[], None)?;
                return self.validate_type(v, t);
            }
            _ => {}
        }
        // The argument as written, for error messages only.
        let found = || arg_string(n);
        match t {
            None | Some(Type::Any) => self.eval_empty_interface(dot, n),
            Some(Type::Bool) => match n {
                Arg::Bool(_, b) => Ok(Value::Bool(*b)),
                _ => Err(self.err(format!("expected bool; found {}", found()))),
            },
            Some(Type::Complex128) => match n {
                Arg::Number(num) if num.is_complex => Ok(Value::Complex(num.complex.0, num.complex.1)),
                _ => Err(self.err(format!("expected complex; found {}", found()))),
            },
            Some(Type::Float64) => match n {
                Arg::Number(num) if num.is_float => Ok(Value::Float(num.float)),
                _ => Err(self.err(format!("expected float; found {}", found()))),
            },
            Some(Type::Int(k)) => match n {
                Arg::Number(num) if num.is_int => Ok(Value::Int(k.wrap(num.int), *k)),
                _ => Err(self.err(format!("expected integer; found {}", found()))),
            },
            Some(Type::Uint(k)) => match n {
                Arg::Number(num) if num.is_uint => Ok(Value::Uint(k.wrap(num.uint), *k)),
                _ => Err(self.err(format!("expected unsigned integer; found {}", found()))),
            },
            Some(Type::String) => match n {
                Arg::String(s) => Ok(Value::String(s.text.clone())),
                _ => Err(self.err(format!("expected string; found {}", found()))),
            },
            Some(other) => Err(self.err(format!("can't handle {} for arg of type {other}", found()))),
        }
    }

    fn eval_empty_interface(&mut self, dot: &Value, n: &'t Arg) -> R<Value> {
        self.at = At::Arg(n);
        match n {
            Arg::Bool(_, b) => Ok(Value::Bool(*b)),
            Arg::Dot(_) => Ok(dot.clone()),
            Arg::Number(num) => self.ideal_constant(num, n),
            Arg::String(s) => Ok(Value::String(s.text.clone())),
            Arg::Nil(_) => Err(self.err("evalEmptyInterface: nil (can't happen)")),
            _ => Err(self.err(format!(
                "can't handle assignment of {} to empty interface argument",
                arg_string(n)
            ))),
        }
    }
}

/// Go's `prepareArg` for `call`: nil where allowed, assignable values, and conversions
/// between integer kinds.
fn prepare_arg(v: Value, t: &Type) -> Result<Value, String> {
    if v.is_nil() {
        if !t.can_be_nil() {
            return Err(format!("value is nil; should be of type {t}"));
        }
        return Ok(Value::Nil);
    }
    if t.accepts(&v) {
        return Ok(v);
    }
    match (t, &v) {
        (Type::Int(k), Value::Int(i, _)) => Ok(Value::Int(k.wrap(*i), *k)),
        (Type::Int(k), Value::Uint(u, _)) => Ok(Value::Int(k.wrap(*u as i64), *k)),
        (Type::Uint(k), Value::Uint(u, _)) => Ok(Value::Uint(k.wrap(*u), *k)),
        (Type::Uint(k), Value::Int(i, _)) => Ok(Value::Uint(k.wrap(*i as u64), *k)),
        _ => Err(format!("value has type {}; should be {t}", v.type_name())),
    }
}
