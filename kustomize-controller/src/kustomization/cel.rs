//! CEL expressions of a Kustomization: `spec.dependsOn[].readyExpr` and `spec.healthCheckExprs`,
//! evaluated as Flux does (fluxcd/pkg `runtime/cel`, kustomize-controller `evalReadyExpr`).
//!
//! Entry points: [`ReadyExpr::compile`] / [`ReadyExpr::eval`] for a dependency, and
//! [`HealthExprs::compile`] / [`HealthExprs::status`] for custom health checks.
//!
//! Semantics (docs/spec/v1/kustomizations.md "Dependency Ready Expression" and "Health check
//! expressions"; fluxcd/pkg `runtime/cel/expression.go`, `status_evaluator.go`,
//! `status_reader.go`):
//!
//! * `readyExpr` is compiled with the variables `dep` (the dependency) and `self` (the
//!   Kustomization being reconciled) declared, and must have type `bool`: an undeclared
//!   identifier or function, or a result that is not statically `bool` (a bare field such as
//!   `dep.spec.suspend` is `dyn`), is a compile error — Flux's `InvalidCELExpression`, terminal.
//! * `healthCheckExprs` are only parsed (their variables are the object's top-level fields,
//!   whatever they are), so only syntax errors, an empty `current` and two entries for the same
//!   group and kind are compile errors.
//! * At evaluation a missing field or variable is an error, never `false`: the dependency is
//!   not ready (retried), the health check keeps waiting until its timeout. A result that is
//!   not a boolean is an error too.
//! * Entries match objects by API group and kind, never version (`schema.GroupKind`). Before
//!   any expression, `status.observedGeneration` ≠ `metadata.generation` is `InProgress`; then
//!   `inProgress`, `failed`, `current` are tried in that order and the first true one decides;
//!   none true is `InProgress`.
//!
//! The interpreter is `cel-interpreter`; where its evaluation differs from CEL's (a missing map
//! key or list index yields `null`, `&&`/`||`/`!`/`?:` coerce any value to a boolean, a
//! comprehension over a non-list panics) the parsed tree is rewritten to call functions of this
//! module that follow cel-go: missing keys and out-of-range indexes are errors, logical
//! operators take booleans only and absorb an error when the other side decides the result.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use cel_interpreter::objects::{Key, Map, Value};
use cel_interpreter::{Context, ExecutionError, FunctionContext, ResolveResult};
use cel_parser::ast::{
    CallExpr, ComprehensionExpr, EntryExpr, Expr, IdedEntryExpr, IdedExpr, ListExpr, MapEntryExpr, MapExpr, SelectExpr,
};
use cel_parser::reference::Val;
use ferroflux_api::kustomize::CustomHealthCheck;
use ferroflux_runtime::kstatus::Status;

/// An error compiling or evaluating a CEL expression.
#[derive(Debug, thiserror::Error)]
pub enum CelError {
    /// The expression is not valid CEL syntax.
    #[error("failed to parse the CEL expression '{expr}': {message}")]
    Parse {
        /// The expression as written.
        expr: String,
        /// The parser's diagnostics.
        message: String,
    },
    /// The expression parses but fails the compile-time checks (undeclared reference, result
    /// type, unsupported construct).
    #[error("invalid CEL expression '{expr}': {message}")]
    Check {
        /// The expression as written.
        expr: String,
        /// What the check found.
        message: String,
    },
    /// Evaluating the expression failed, e.g. on a field the object does not have.
    #[error("failed to evaluate the CEL expression '{expr}': {message}")]
    Eval {
        /// The expression as written.
        expr: String,
        /// The interpreter's error.
        message: String,
    },
    /// The expression evaluated to something other than a boolean.
    #[error("the CEL expression '{expr}' evaluated to a {got}, not a boolean")]
    NotBool {
        /// The expression as written.
        expr: String,
        /// The type of the result.
        got: String,
    },
    /// A health check entry has no `current` expression.
    #[error("healthCheckExprs[{index}]: expression current not specified")]
    MissingCurrent {
        /// Position of the entry in `spec.healthCheckExprs`.
        index: usize,
    },
    /// Two health check entries target the same API group and kind.
    #[error("duplicate custom health check for {group_kind} at healthCheckExprs[{index}]")]
    Duplicate {
        /// `Kind.group` (or `*.group` for an entry without kind).
        group_kind: String,
        /// Position of the second entry in `spec.healthCheckExprs`.
        index: usize,
    },
    /// One expression of a health check entry is invalid.
    #[error("healthCheckExprs[{index}].{field}: {source}")]
    Entry {
        /// Position of the entry in `spec.healthCheckExprs`.
        index: usize,
        /// `current`, `inProgress` or `failed`.
        field: &'static str,
        /// The expression's error.
        #[source]
        source: Box<CelError>,
    },
    /// A generation field of the checked object is present but not an integer.
    #[error("{field} is not an integer")]
    NotAnInteger {
        /// The field's path, e.g. `status.observedGeneration`.
        field: &'static str,
    },
}

impl CelError {
    /// Tells whether the error comes from compiling the expressions (Flux's terminal
    /// `InvalidCELExpression`) rather than from evaluating them against an object.
    pub fn is_invalid_expression(&self) -> bool {
        matches!(
            self,
            CelError::Parse { .. }
                | CelError::Check { .. }
                | CelError::MissingCurrent { .. }
                | CelError::Duplicate { .. }
                | CelError::Entry { .. }
        )
    }
}

/// A compiled readyExpr; `dep` and `self` are bound to the dependency and the dependent object (JSON).
#[derive(Debug, Clone)]
pub struct ReadyExpr {
    program: Program,
}

impl ReadyExpr {
    /// Compiles `expr` with `dep` and `self` declared; fails on syntax errors, undeclared
    /// identifiers or functions, and results that are not statically `bool`.
    pub fn compile(expr: &str) -> Result<Self, CelError> {
        let program = Program::parse(expr)?;
        let checker = Checker {
            declared: Some(&["dep", "self"]),
        };
        let ty = checker
            .check(&program.source, &mut Vec::new())
            .map_err(|message| program.check_error(message))?;
        if ty != Ty::Bool {
            return Err(program.check_error(format!("output type mismatch: expected bool, got {}", ty.name())));
        }
        Ok(ReadyExpr { program })
    }

    /// Evaluates the expression with `dep` bound to the dependency and `self` to the dependent.
    pub fn eval(&self, dep: &serde_json::Value, this: &serde_json::Value) -> Result<bool, CelError> {
        let mut ctx = context();
        ctx.add_variable_from_value("dep", to_cel(dep));
        ctx.add_variable_from_value("self", to_cel(this));
        self.program.eval_bool(&ctx)
    }
}

/// Compiled healthCheckExprs (from ferroflux_api::kustomize::CustomHealthCheck list).
#[derive(Debug, Clone, Default)]
pub struct HealthExprs {
    entries: Vec<HealthEntry>,
}

#[derive(Debug, Clone)]
struct HealthEntry {
    group: String,
    kind: Option<String>,
    current: Program,
    in_progress: Option<Program>,
    failed: Option<Program>,
}

impl HealthExprs {
    /// Parses every expression; fails on a syntax error, an empty `current` or two entries for
    /// the same group and kind. An entry without `kind` covers every kind of its group not
    /// named by another entry.
    pub fn compile(checks: &[CustomHealthCheck]) -> Result<Self, CelError> {
        let mut entries: Vec<HealthEntry> = Vec::with_capacity(checks.len());
        for (index, check) in checks.iter().enumerate() {
            let group = group_of(&check.api_version).to_string();
            let kind = check.kind.clone().filter(|k| !k.is_empty());
            if entries.iter().any(|e| e.group == group && e.kind == kind) {
                let kind = kind.as_deref().unwrap_or("*");
                let group_kind = if group.is_empty() {
                    kind.to_string()
                } else {
                    format!("{kind}.{group}")
                };
                return Err(CelError::Duplicate { group_kind, index });
            }
            if check.current.is_empty() {
                return Err(CelError::MissingCurrent { index });
            }
            let parse = |field: &'static str, expr: &str| {
                Program::parse_unchecked(expr).map_err(|e| CelError::Entry {
                    index,
                    field,
                    source: Box::new(e),
                })
            };
            let optional = |field: &'static str, expr: &Option<String>| match expr.as_deref() {
                Some(expr) if !expr.is_empty() => parse(field, expr).map(Some),
                _ => Ok(None),
            };
            entries.push(HealthEntry {
                current: parse("current", &check.current)?,
                in_progress: optional("inProgress", &check.in_progress)?,
                failed: optional("failed", &check.failed)?,
                group,
                kind,
            });
        }
        Ok(HealthExprs { entries })
    }

    /// Tells whether no expression was given.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// None when no expression targets the object's apiVersion/kind; otherwise the status by Flux's order inProgress → failed → current (none true → InProgress).
    pub fn status(&self, obj: &serde_json::Value) -> Option<Result<Status, CelError>> {
        let group = group_of(obj.get("apiVersion")?.as_str()?);
        let kind = obj.get("kind")?.as_str()?;
        let entry = self
            .entries
            .iter()
            .find(|e| e.group == group && e.kind.as_deref() == Some(kind))
            .or_else(|| self.entries.iter().find(|e| e.group == group && e.kind.is_none()))?;
        Some(entry.status(obj))
    }
}

impl HealthEntry {
    fn status(&self, obj: &serde_json::Value) -> Result<Status, CelError> {
        if let Some(observed) = obj.pointer("/status/observedGeneration") {
            let observed = observed.as_i64().ok_or(CelError::NotAnInteger {
                field: "status.observedGeneration",
            })?;
            if let Some(generation) = obj.pointer("/metadata/generation") {
                let generation = generation.as_i64().ok_or(CelError::NotAnInteger {
                    field: "metadata.generation",
                })?;
                if generation != observed {
                    return Ok(Status::InProgress);
                }
            }
        }
        let mut ctx = context();
        if let Some(fields) = obj.as_object() {
            for (name, value) in fields {
                ctx.add_variable_from_value(name.as_str(), to_cel(value));
            }
        }
        let order = [
            (self.in_progress.as_ref(), Status::InProgress),
            (self.failed.as_ref(), Status::Failed),
            (Some(&self.current), Status::Current),
        ];
        for (program, status) in order {
            if let Some(program) = program
                && program.eval_bool(&ctx)?
            {
                return Ok(status);
            }
        }
        Ok(Status::InProgress)
    }
}

/// The group of an apiVersion: `bitnami.com/v1alpha1` → `bitnami.com`, `v1` → `` (core).
fn group_of(api_version: &str) -> &str {
    api_version.rsplit_once('/').map_or("", |(group, _)| group)
}

/// A parsed expression: the source text and the tree the interpreter runs.
#[derive(Debug, Clone)]
struct Program {
    expr: String,
    /// The tree as parsed, for the compile-time checks.
    source: IdedExpr,
    /// The tree with CEL's semantics patched in (see the module docs).
    runnable: IdedExpr,
}

impl Program {
    /// Parses `expr` and rejects the constructs the interpreter cannot evaluate.
    fn parse_unchecked(expr: &str) -> Result<Self, CelError> {
        let program = Program::parse(expr)?;
        Checker { declared: None }
            .check(&program.source, &mut Vec::new())
            .map_err(|message| program.check_error(message))?;
        Ok(program)
    }

    fn parse(expr: &str) -> Result<Self, CelError> {
        let parsed = catch_unwind(|| {
            cel_parser::Parser::default()
                .parse(expr)
                .map_err(|e| diagnostics(&e.to_string()))
        });
        let source = match parsed {
            Ok(Ok(source)) => source,
            Ok(Err(message)) => {
                return Err(CelError::Parse {
                    expr: expr.to_string(),
                    message,
                });
            }
            Err(_) => {
                return Err(CelError::Parse {
                    expr: expr.to_string(),
                    message: "the parser failed".to_string(),
                });
            }
        };
        let runnable = rewrite(&source);
        Ok(Program {
            expr: expr.to_string(),
            source,
            runnable,
        })
    }

    fn check_error(&self, message: String) -> CelError {
        CelError::Check {
            expr: self.expr.clone(),
            message,
        }
    }

    fn eval_bool(&self, ctx: &Context) -> Result<bool, CelError> {
        let result = catch_unwind(AssertUnwindSafe(|| ctx.resolve(&self.runnable)))
            .unwrap_or_else(|_| Err(failure("the interpreter failed".to_string())));
        match result {
            Ok(Value::Bool(b)) => Ok(b),
            Ok(other) => Err(CelError::NotBool {
                expr: self.expr.clone(),
                got: type_name(&other).to_string(),
            }),
            Err(e) => Err(CelError::Eval {
                expr: self.expr.clone(),
                message: describe(&e),
            }),
        }
    }
}

/// Keeps the `ERROR: <input>:line:col: message` lines of the parser's output, without the
/// source snippets under them.
fn diagnostics(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('|')).collect();
    lines.join("; ")
}

/// The static type of an expression, as far as the checks need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ty {
    Bool,
    Dyn,
    Named(&'static str),
}

impl Ty {
    fn name(self) -> &'static str {
        match self {
            Ty::Bool => "bool",
            Ty::Dyn => "dyn",
            Ty::Named(name) => name,
        }
    }
}

/// Functions the evaluation context provides (cel-interpreter's and this module's), with the
/// type they return.
const FUNCTIONS: &[(&str, Ty)] = &[
    ("contains", Ty::Bool),
    ("startsWith", Ty::Bool),
    ("endsWith", Ty::Bool),
    ("matches", Ty::Bool),
    ("size", Ty::Named("int")),
    ("int", Ty::Named("int")),
    ("uint", Ty::Named("uint")),
    ("double", Ty::Named("double")),
    ("string", Ty::Named("string")),
    ("bytes", Ty::Named("bytes")),
    ("max", Ty::Dyn),
    ("min", Ty::Dyn),
    ("duration", Ty::Named("google.protobuf.Duration")),
    ("timestamp", Ty::Named("google.protobuf.Timestamp")),
    ("getFullYear", Ty::Named("int")),
    ("getMonth", Ty::Named("int")),
    ("getDayOfYear", Ty::Named("int")),
    ("getDayOfMonth", Ty::Named("int")),
    ("getDate", Ty::Named("int")),
    ("getDayOfWeek", Ty::Named("int")),
    ("getHours", Ty::Named("int")),
    ("getMinutes", Ty::Named("int")),
    ("getSeconds", Ty::Named("int")),
    ("getMilliseconds", Ty::Named("int")),
    ("lowerAscii", Ty::Named("string")),
    ("upperAscii", Ty::Named("string")),
    ("trim", Ty::Named("string")),
];

/// The compile-time checks. With `declared` set (cel-go's `Compile`), identifiers must be
/// declared variables or comprehension variables and functions must exist; without it
/// (cel-go's `Parse`) only constructs the interpreter cannot run are rejected.
struct Checker<'a> {
    declared: Option<&'a [&'a str]>,
}

impl Checker<'_> {
    fn check(&self, e: &IdedExpr, scope: &mut Vec<(String, Ty)>) -> Result<Ty, String> {
        match &e.expr {
            Expr::Unspecified => Err("empty expression".to_string()),
            Expr::Literal(val) => Ok(match val {
                Val::Boolean(_) => Ty::Bool,
                Val::String(_) => Ty::Named("string"),
                Val::Int(_) => Ty::Named("int"),
                Val::UInt(_) => Ty::Named("uint"),
                Val::Double(_) => Ty::Named("double"),
                Val::Bytes(_) => Ty::Named("bytes"),
                Val::Null => Ty::Named("null_type"),
            }),
            Expr::Ident(name) => {
                if let Some((_, ty)) = scope.iter().rev().find(|(n, _)| n == name) {
                    return Ok(*ty);
                }
                match self.declared {
                    None => Ok(Ty::Dyn),
                    Some(declared) if declared.contains(&name.as_str()) => Ok(Ty::Named("map(string, dyn)")),
                    Some(_) => Err(format!("undeclared reference to '{name}'")),
                }
            }
            Expr::Select(select) => {
                self.check(&select.operand, scope)?;
                Ok(if select.test { Ty::Bool } else { Ty::Dyn })
            }
            Expr::List(list) => {
                for element in &list.elements {
                    self.check(element, scope)?;
                }
                Ok(Ty::Named("list"))
            }
            Expr::Map(map) => {
                for entry in &map.entries {
                    match &entry.expr {
                        EntryExpr::MapEntry(e) => {
                            self.check(&e.key, scope)?;
                            self.check(&e.value, scope)?;
                        }
                        EntryExpr::StructField(f) => {
                            return Err(format!("unsupported field initializer '{}'", f.field));
                        }
                    }
                }
                Ok(Ty::Named("map"))
            }
            Expr::Struct(s) => Err(format!("unsupported message construction '{}{{...}}'", s.type_name)),
            Expr::Comprehension(c) => {
                self.check(&c.iter_range, scope)?;
                let accu = self.check(&c.accu_init, scope)?;
                let depth = scope.len();
                scope.push((c.accu_var.clone(), accu));
                scope.push((c.iter_var.clone(), Ty::Dyn));
                if let Some(var) = &c.iter_var2 {
                    scope.push((var.clone(), Ty::Dyn));
                }
                let body = self
                    .check(&c.loop_cond, scope)
                    .and_then(|_| self.check(&c.loop_step, scope));
                scope.truncate(depth + 1);
                let result = body.and_then(|_| self.check(&c.result, scope));
                scope.truncate(depth);
                result
            }
            Expr::Call(call) => self.check_call(call, scope),
        }
    }

    fn check_call(&self, call: &CallExpr, scope: &mut Vec<(String, Ty)>) -> Result<Ty, String> {
        if let Some(target) = &call.target {
            self.check(target, scope)?;
        }
        let mut args = Vec::with_capacity(call.args.len());
        for arg in &call.args {
            args.push(self.check(arg, scope)?);
        }
        let arg = |i: usize| args.get(i).copied().unwrap_or(Ty::Dyn);
        Ok(match call.func_name.as_str() {
            "_&&_"
            | "_||_"
            | "!_"
            | "_==_"
            | "_!=_"
            | "_<_"
            | "_<=_"
            | "_>_"
            | "_>=_"
            | "@in"
            | "@not_strictly_false" => Ty::Bool,
            "_?_:_" if arg(1) == arg(2) => arg(1),
            "_?_:_" | "_[_]" => Ty::Dyn,
            "_+_" | "_-_" | "_*_" | "_/_" | "_%_" if args.contains(&Ty::Dyn) => Ty::Dyn,
            "_+_" | "_-_" | "_*_" | "_/_" | "_%_" | "-_" => arg(0),
            name => match FUNCTIONS.iter().find(|(f, _)| *f == name) {
                Some((_, ty)) => *ty,
                None if self.declared.is_none() => Ty::Dyn,
                None => return Err(format!("undeclared reference to '{name}'")),
            },
        })
    }
}

/// Rewrites the parsed tree so that field selection, indexing, `has()`, logical operators and
/// comprehension ranges run through this module's functions (CEL's semantics, see module docs).
///
/// cel-interpreter evaluates the first argument of every one- and two-argument call before
/// looking the function up (and fails there on an error), so the calls to this module's
/// functions are padded to three arguments with `null`s; the functions evaluate lazily.
fn rewrite(e: &IdedExpr) -> IdedExpr {
    let call = |name: &str, mut args: Vec<IdedExpr>| {
        while args.len() < 3 {
            args.push(IdedExpr {
                id: e.id,
                expr: Expr::Literal(Val::Null),
            });
        }
        Expr::Call(CallExpr {
            func_name: name.to_string(),
            target: None,
            args,
        })
    };
    let expr = match &e.expr {
        Expr::Select(SelectExpr { operand, field, test }) => {
            let field = IdedExpr {
                id: e.id,
                expr: Expr::Literal(Val::String(field.clone())),
            };
            call(if *test { HAS } else { SELECT }, vec![rewrite(operand), field])
        }
        Expr::Call(c) => {
            let ours = match c.func_name.as_str() {
                "_&&_" => Some(AND),
                "_||_" => Some(OR),
                "!_" => Some(NOT),
                "_?_:_" => Some(CONDITIONAL),
                "_[_]" => Some(INDEX),
                _ => None,
            };
            let args = c.args.iter().map(rewrite).collect();
            match ours {
                Some(name) if c.target.is_none() => call(name, args),
                _ => Expr::Call(CallExpr {
                    func_name: c.func_name.clone(),
                    target: c.target.as_ref().map(|t| Box::new(rewrite(t))),
                    args,
                }),
            }
        }
        Expr::Comprehension(c) => Expr::Comprehension(ComprehensionExpr {
            iter_range: Box::new(IdedExpr {
                id: c.iter_range.id,
                expr: call(RANGE, vec![rewrite(&c.iter_range)]),
            }),
            iter_var: c.iter_var.clone(),
            iter_var2: c.iter_var2.clone(),
            accu_var: c.accu_var.clone(),
            accu_init: Box::new(rewrite(&c.accu_init)),
            loop_cond: Box::new(rewrite(&c.loop_cond)),
            loop_step: Box::new(rewrite(&c.loop_step)),
            result: Box::new(rewrite(&c.result)),
        }),
        Expr::List(l) => Expr::List(ListExpr {
            elements: l.elements.iter().map(rewrite).collect(),
        }),
        Expr::Map(m) => Expr::Map(MapExpr {
            entries: m
                .entries
                .iter()
                .map(|entry| IdedEntryExpr {
                    id: entry.id,
                    expr: match &entry.expr {
                        EntryExpr::MapEntry(me) => EntryExpr::MapEntry(MapEntryExpr {
                            key: rewrite(&me.key),
                            value: rewrite(&me.value),
                            optional: me.optional,
                        }),
                        other => other.clone(),
                    },
                })
                .collect(),
        }),
        other => other.clone(),
    };
    IdedExpr { id: e.id, expr }
}

const AND: &str = "@ferroflux_and";
const OR: &str = "@ferroflux_or";
const NOT: &str = "@ferroflux_not";
const CONDITIONAL: &str = "@ferroflux_conditional";
const INDEX: &str = "@ferroflux_index";
const SELECT: &str = "@ferroflux_select";
const HAS: &str = "@ferroflux_has";
const RANGE: &str = "@ferroflux_range";

/// The evaluation context: cel-interpreter's functions, this module's string functions and the
/// functions the rewritten tree calls.
fn context() -> Context<'static> {
    let mut ctx = Context::default();
    ctx.add_function(AND, |ftx: &FunctionContext| logical(ftx, false, "_&&_"));
    ctx.add_function(OR, |ftx: &FunctionContext| logical(ftx, true, "_||_"));
    ctx.add_function(NOT, not);
    ctx.add_function(CONDITIONAL, conditional);
    ctx.add_function(INDEX, index);
    ctx.add_function(SELECT, select);
    ctx.add_function(HAS, has);
    ctx.add_function(RANGE, range);
    ctx.add_function("lowerAscii", |ftx: &FunctionContext| {
        string_method(ftx, |s| s.to_ascii_lowercase())
    });
    ctx.add_function("upperAscii", |ftx: &FunctionContext| {
        string_method(ftx, |s| s.to_ascii_uppercase())
    });
    ctx.add_function("trim", |ftx: &FunctionContext| {
        string_method(ftx, |s| s.trim().to_string())
    });
    ctx
}

/// An evaluation error with a message of this module's own (no interpreter function name).
fn failure(message: String) -> ExecutionError {
    ExecutionError::FunctionError {
        function: String::new(),
        message,
    }
}

fn no_overload(op: &str, values: &[&Value]) -> ExecutionError {
    let types: Vec<&str> = values.iter().map(|v| type_name(v)).collect();
    failure(format!(
        "no matching overload for '{op}' applied to '({})'",
        types.join(", ")
    ))
}

fn arg(ftx: &FunctionContext, i: usize) -> ResolveResult {
    match ftx.args.get(i) {
        Some(e) => ftx.ptx.resolve(e),
        None => Err(ExecutionError::invalid_argument_count(i + 1, ftx.args.len())),
    }
}

/// `&&` (`decisive` false) and `||` (`decisive` true): booleans only, and an error or a
/// non-boolean on one side is absorbed when the other side is the deciding value.
fn logical(ftx: &FunctionContext, decisive: bool, op: &str) -> ResolveResult {
    let left = arg(ftx, 0);
    if matches!(left, Ok(Value::Bool(b)) if b == decisive) {
        return Ok(Value::Bool(decisive));
    }
    let right = arg(ftx, 1);
    match (left, right) {
        (_, Ok(Value::Bool(b))) if b == decisive => Ok(Value::Bool(decisive)),
        (Ok(Value::Bool(_)), Ok(Value::Bool(b))) => Ok(Value::Bool(b)),
        (Err(e), _) => Err(e),
        (Ok(Value::Bool(_)), Err(e)) => Err(e),
        (Ok(Value::Bool(_)), Ok(r)) => Err(no_overload(op, &[&Value::Bool(!decisive), &r])),
        (Ok(l), Ok(r)) => Err(no_overload(op, &[&l, &r])),
        (Ok(l), Err(_)) => Err(no_overload(op, &[&l])),
    }
}

fn not(ftx: &FunctionContext) -> ResolveResult {
    match arg(ftx, 0)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Err(no_overload("!_", &[&other])),
    }
}

fn conditional(ftx: &FunctionContext) -> ResolveResult {
    match arg(ftx, 0)? {
        Value::Bool(true) => arg(ftx, 1),
        Value::Bool(false) => arg(ftx, 2),
        other => Err(no_overload("_?_:_", &[&other])),
    }
}

fn index(ftx: &FunctionContext) -> ResolveResult {
    let container = arg(ftx, 0)?;
    let idx = arg(ftx, 1)?;
    match (&container, &idx) {
        (Value::List(items), Value::Int(_) | Value::UInt(_)) => {
            let position = match idx {
                Value::Int(i) => usize::try_from(i).ok(),
                Value::UInt(u) => usize::try_from(u).ok(),
                _ => None,
            };
            position
                .and_then(|p| items.get(p).cloned())
                .ok_or_else(|| failure(format!("index out of range: {}", display(&idx))))
        }
        (Value::Map(map), _) => {
            let key = match &idx {
                Value::String(s) => Key::String(s.clone()),
                Value::Int(i) => Key::Int(*i),
                Value::UInt(u) => Key::Uint(*u),
                Value::Bool(b) => Key::Bool(*b),
                _ => return Err(no_overload("_[_]", &[&container, &idx])),
            };
            map.map
                .get(&key)
                .cloned()
                .ok_or_else(|| failure(format!("no such key: {}", display(&idx))))
        }
        _ => Err(no_overload("_[_]", &[&container, &idx])),
    }
}

fn field_name(ftx: &FunctionContext) -> Result<Arc<String>, ExecutionError> {
    match arg(ftx, 1)? {
        Value::String(name) => Ok(name),
        other => Err(no_overload("_._", &[&other])),
    }
}

fn select(ftx: &FunctionContext) -> ResolveResult {
    let operand = arg(ftx, 0)?;
    let name = field_name(ftx)?;
    match &operand {
        Value::Map(map) => map
            .map
            .get(&Key::String(name.clone()))
            .cloned()
            .ok_or_else(|| failure(format!("no such key: {name}"))),
        other => Err(failure(format!(
            "type '{}' does not support field selection",
            type_name(other)
        ))),
    }
}

fn has(ftx: &FunctionContext) -> ResolveResult {
    let operand = arg(ftx, 0)?;
    let name = field_name(ftx)?;
    match &operand {
        Value::Map(map) => Ok(Value::Bool(map.map.contains_key(&Key::String(name)))),
        other => Err(failure(format!(
            "invalid type for field selection: {}",
            type_name(other)
        ))),
    }
}

fn range(ftx: &FunctionContext) -> ResolveResult {
    match arg(ftx, 0)? {
        v @ (Value::List(_) | Value::Map(_)) => Ok(v),
        other => Err(failure(format!(
            "expression of type '{}' cannot be range of a comprehension",
            type_name(&other)
        ))),
    }
}

fn string_method(ftx: &FunctionContext, f: impl Fn(&str) -> String) -> ResolveResult {
    let target = match &ftx.this {
        Some(this) => this.clone(),
        None => arg(ftx, 0)?,
    };
    match target {
        Value::String(s) => Ok(Value::String(Arc::new(f(&s)))),
        other => Err(no_overload(&ftx.name, &[&other])),
    }
}

/// cel-go's name for the type of a value.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::List(_) => "list",
        Value::Map(_) => "map",
        Value::Function(..) => "function",
        Value::Int(_) => "int",
        Value::UInt(_) => "uint",
        Value::Float(_) => "double",
        Value::String(_) => "string",
        Value::Bytes(_) => "bytes",
        Value::Bool(_) => "bool",
        Value::Duration(_) => "google.protobuf.Duration",
        Value::Timestamp(_) => "google.protobuf.Timestamp",
        Value::Null => "null_type",
    }
}

fn display(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        Value::Int(i) => i.to_string(),
        Value::UInt(u) => u.to_string(),
        Value::Bool(b) => b.to_string(),
        other => type_name(other).to_string(),
    }
}

/// The message of an interpreter error, worded as cel-go words the common ones.
fn describe(e: &ExecutionError) -> String {
    match e {
        ExecutionError::FunctionError { function, message } if function.is_empty() => message.clone(),
        ExecutionError::UndeclaredReference(name) => format!("no such attribute(s): {name}"),
        ExecutionError::NoSuchKey(name) => format!("no such key: {name}"),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

/// Converts JSON to CEL values as Kubernetes' unstructured decoding does: integers that fit
/// `int64` are `int`, every other number is `double`.
fn to_cel(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        serde_json::Value::String(s) => Value::String(Arc::new(s.clone())),
        serde_json::Value::Array(items) => Value::List(Arc::new(items.iter().map(to_cel).collect())),
        serde_json::Value::Object(fields) => Value::Map(Map {
            map: Arc::new(
                fields
                    .iter()
                    .map(|(k, v)| (Key::String(Arc::new(k.clone())), to_cel(v)))
                    .collect(),
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn kustomization(version: &str, ready: &str, generation: i64, observed: i64) -> serde_json::Value {
        json!({
            "apiVersion": "kustomize.toolkit.fluxcd.io/v1",
            "kind": "Kustomization",
            "metadata": {"name": "app-backend", "namespace": "apps", "generation": generation,
                         "labels": {"app/version": version}},
            "spec": {"interval": "5m", "prune": true},
            "status": {"observedGeneration": observed,
                       "conditions": [{"type": "Ready", "status": ready, "reason": "ReconciliationSucceeded"}]}
        })
    }

    const DOC_READY_EXPR: &str = "dep.metadata.labels['app/version'] == self.metadata.labels['app/version'] &&\n\
        dep.status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True') &&\n\
        dep.metadata.generation == dep.status.observedGeneration\n";

    #[test]
    fn doc_ready_expr_is_true_for_a_ready_dependency_with_the_same_version() {
        let expr = ReadyExpr::compile(DOC_READY_EXPR).unwrap();
        let this = kustomization("v1.2.3", "True", 1, 1);
        assert!(expr.eval(&kustomization("v1.2.3", "True", 2, 2), &this).unwrap());
    }

    #[test]
    fn doc_ready_expr_is_false_on_another_version_not_ready_or_stale_generation() {
        let expr = ReadyExpr::compile(DOC_READY_EXPR).unwrap();
        let this = kustomization("v1.2.3", "True", 1, 1);
        assert!(!expr.eval(&kustomization("v1.2.2", "True", 1, 1), &this).unwrap());
        assert!(!expr.eval(&kustomization("v1.2.3", "False", 1, 1), &this).unwrap());
        assert!(!expr.eval(&kustomization("v1.2.3", "True", 2, 1), &this).unwrap());
    }

    #[test]
    fn ready_expr_on_a_missing_label_is_an_evaluation_error_not_null_equality() {
        let expr = ReadyExpr::compile("self.metadata.labels['x'] == dep.metadata.labels['x']").unwrap();
        let obj = kustomization("v1", "True", 1, 1);
        let err = expr.eval(&obj, &obj).unwrap_err();
        assert!(!err.is_invalid_expression());
        assert_eq!(
            err.to_string(),
            "failed to evaluate the CEL expression 'self.metadata.labels['x'] == dep.metadata.labels['x']': no such key: x"
        );
    }

    #[test]
    fn ready_expr_on_a_missing_field_is_an_evaluation_error() {
        let expr = ReadyExpr::compile("dep.status.lastAppliedRevision == 'main@sha1:abc'").unwrap();
        let obj = kustomization("v1", "True", 1, 1);
        let err = expr.eval(&obj, &obj).unwrap_err();
        assert!(matches!(&err, CelError::Eval { message, .. } if message == "no such key: lastAppliedRevision"));
    }

    #[test]
    fn ready_expr_with_an_undeclared_variable_or_function_does_not_compile() {
        // The expression of Flux's "fails terminally with invalid readyExpr" test.
        let err = ReadyExpr::compile("self.generation == deps.generation").unwrap_err();
        assert!(err.is_invalid_expression());
        assert_eq!(
            err.to_string(),
            "invalid CEL expression 'self.generation == deps.generation': undeclared reference to 'deps'"
        );
        let err = ReadyExpr::compile("frobnicate(dep)").unwrap_err();
        assert!(err.to_string().ends_with("undeclared reference to 'frobnicate'"));
    }

    #[test]
    fn ready_expr_must_be_statically_bool() {
        for (expr, got) in [
            ("'foo'", "string"),
            ("dep.spec.suspend", "dyn"),
            ("size(dep.status.conditions)", "int"),
        ] {
            let err = ReadyExpr::compile(expr).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("invalid CEL expression '{expr}': output type mismatch: expected bool, got {got}")
            );
        }
        // A dyn field compared to a literal is bool.
        assert!(ReadyExpr::compile("dep.spec.suspend == true").is_ok());
        assert!(ReadyExpr::compile("has(dep.status.inventory) || !has(self.spec.suspend)").is_ok());
        assert!(ReadyExpr::compile("dep.status.conditions.exists(c, c.type == 'Ready')").is_ok());
    }

    #[test]
    fn ready_expr_syntax_error_is_a_parse_error() {
        let err = ReadyExpr::compile("dep.").unwrap_err();
        assert!(err.is_invalid_expression());
        assert!(
            err.to_string()
                .starts_with("failed to parse the CEL expression 'dep.': ERROR: <input>:1:"),
            "{err}"
        );
    }

    #[test]
    fn logical_operators_absorb_errors_like_cel_go() {
        let obj = kustomization("v1", "True", 1, 1);
        let t = |e: &str| ReadyExpr::compile(e).unwrap().eval(&obj, &obj);
        assert!(t("dep.nope == 1 || true").unwrap());
        assert!(!t("dep.nope == 1 && false").unwrap());
        assert!(t("true || dep.nope == 1").unwrap());
        assert!(t("dep.nope == 1 && true").is_err());
        assert!(t("!(dep.nope == 1)").is_err());
    }

    #[test]
    fn list_index_out_of_range_is_an_error() {
        let obj = kustomization("v1", "True", 1, 1);
        let expr = ReadyExpr::compile("dep.status.conditions[3].status == 'True'").unwrap();
        assert!(
            matches!(expr.eval(&obj, &obj), Err(CelError::Eval { message, .. }) if message == "index out of range: 3")
        );
    }

    fn sealed_secrets() -> HealthExprs {
        HealthExprs::compile(&[CustomHealthCheck {
            api_version: "bitnami.com/v1alpha1".to_string(),
            kind: Some("SealedSecret".to_string()),
            current: "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'True')".to_string(),
            in_progress: None,
            failed: Some("status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'False')".to_string()),
        }])
        .unwrap()
    }

    fn sealed_secret(synced: &str) -> serde_json::Value {
        json!({
            "apiVersion": "bitnami.com/v1alpha1",
            "kind": "SealedSecret",
            "metadata": {"name": "s", "generation": 1},
            "spec": {"encryptedData": {}},
            "status": {"observedGeneration": 1, "conditions": [{"type": "Synced", "status": synced}]}
        })
    }

    /// An `example.com/v1` health check with only its `current` expression.
    fn example_check(kind: Option<&str>, current: &str) -> CustomHealthCheck {
        CustomHealthCheck {
            api_version: "example.com/v1".to_string(),
            kind: kind.map(str::to_string),
            current: current.to_string(),
            in_progress: None,
            failed: None,
        }
    }

    #[test]
    fn doc_sealed_secret_health_follows_the_synced_condition() {
        let exprs = sealed_secrets();
        assert_eq!(exprs.status(&sealed_secret("True")).unwrap().unwrap(), Status::Current);
        assert_eq!(exprs.status(&sealed_secret("False")).unwrap().unwrap(), Status::Failed);
        assert_eq!(
            exprs.status(&sealed_secret("Unknown")).unwrap().unwrap(),
            Status::InProgress
        );
    }

    #[test]
    fn health_exprs_ignore_other_kinds_and_match_any_version_of_the_group() {
        let exprs = sealed_secrets();
        let mut other = sealed_secret("True");
        other["kind"] = json!("Other");
        assert!(exprs.status(&other).is_none());
        let mut v1 = sealed_secret("True");
        v1["apiVersion"] = json!("bitnami.com/v1");
        assert_eq!(exprs.status(&v1).unwrap().unwrap(), Status::Current);
        assert!(
            exprs
                .status(&json!({"apiVersion": "v1", "kind": "ConfigMap"}))
                .is_none()
        );
    }

    #[test]
    fn health_stale_observed_generation_is_in_progress_before_any_expression() {
        let mut obj = sealed_secret("True");
        obj["metadata"]["generation"] = json!(2);
        assert_eq!(sealed_secrets().status(&obj).unwrap().unwrap(), Status::InProgress);
    }

    #[test]
    fn health_expression_on_a_missing_status_is_an_evaluation_error() {
        let obj = json!({"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret", "metadata": {"name": "s"}});
        let err = sealed_secrets().status(&obj).unwrap().unwrap_err();
        assert!(!err.is_invalid_expression());
        assert!(err.to_string().ends_with("no such attribute(s): status"), "{err}");
    }

    #[test]
    fn health_order_is_in_progress_then_failed_then_current() {
        let exprs = HealthExprs::compile(&[CustomHealthCheck {
            in_progress: Some("has(status.pending) && status.pending".to_string()),
            failed: Some("status.phase == 'Failed'".to_string()),
            ..example_check(None, "true")
        }])
        .unwrap();
        let obj = |status: serde_json::Value| json!({"apiVersion": "example.com/v1", "kind": "Any", "status": status});
        let status = |s: serde_json::Value| exprs.status(&obj(s)).unwrap().unwrap();
        assert_eq!(status(json!({"pending": true, "phase": "Failed"})), Status::InProgress);
        assert_eq!(status(json!({"phase": "Failed"})), Status::Failed);
        assert_eq!(status(json!({"phase": "Running"})), Status::Current);
    }

    #[test]
    fn health_expression_must_evaluate_to_a_bool() {
        let exprs = HealthExprs::compile(&[example_check(Some("Widget"), "status.phase")]).unwrap();
        let obj = json!({"apiVersion": "example.com/v1", "kind": "Widget", "status": {"phase": "Ready"}});
        let err = exprs.status(&obj).unwrap().unwrap_err();
        assert_eq!(
            err.to_string(),
            "the CEL expression 'status.phase' evaluated to a string, not a boolean"
        );
    }

    #[test]
    fn health_compile_rejects_syntax_errors_empty_current_and_duplicates() {
        let check = |current: &str, kind: Option<&str>| example_check(kind, current);
        let err = HealthExprs::compile(&[check("status.", Some("W"))]).unwrap_err();
        assert!(err.is_invalid_expression());
        assert!(
            err.to_string()
                .starts_with("healthCheckExprs[0].current: failed to parse"),
            "{err}"
        );
        let err = HealthExprs::compile(&[check("", Some("W"))]).unwrap_err();
        assert_eq!(err.to_string(), "healthCheckExprs[0]: expression current not specified");
        let mut other_version = check("true", Some("W"));
        other_version.api_version = "example.com/v2".to_string();
        let err = HealthExprs::compile(&[check("true", Some("W")), other_version]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "duplicate custom health check for W.example.com at healthCheckExprs[1]"
        );
        let err = HealthExprs::compile(&[check("Foo{a: 1}", Some("W"))]).unwrap_err();
        assert!(err.is_invalid_expression(), "{err}");
    }

    #[test]
    fn health_entry_with_a_kind_wins_over_one_without() {
        let exprs = HealthExprs::compile(&[example_check(None, "false"), example_check(Some("W"), "true")]).unwrap();
        let w = json!({"apiVersion": "example.com/v1", "kind": "W"});
        let x = json!({"apiVersion": "example.com/v1", "kind": "X"});
        assert_eq!(exprs.status(&w).unwrap().unwrap(), Status::Current);
        assert_eq!(exprs.status(&x).unwrap().unwrap(), Status::InProgress);
    }

    #[test]
    fn comprehension_over_a_non_list_is_an_error_not_a_panic() {
        let exprs =
            HealthExprs::compile(&[example_check(None, "status.conditions.all(c, c.status == 'True')")]).unwrap();
        let obj = json!({"apiVersion": "example.com/v1", "kind": "W", "status": {"conditions": "oops"}});
        let err = exprs.status(&obj).unwrap().unwrap_err();
        assert!(
            err.to_string()
                .ends_with("expression of type 'string' cannot be range of a comprehension"),
            "{err}"
        );
    }

    #[test]
    fn has_on_a_top_level_variable_is_rejected_and_ternary_and_exists_one_work() {
        let check = |current: &str| example_check(None, current);
        // The docs: `has(status)` errors; cel-go rejects it when parsing.
        let err = HealthExprs::compile(&[check("has(status)")]).unwrap_err();
        assert!(err.to_string().contains("invalid argument to has() macro"), "{err}");
        let exprs = HealthExprs::compile(&[check(
            "has(status.conditions) ? status.conditions.exists_one(c, c.type == 'Ready') : false",
        )])
        .unwrap();
        let obj = json!({"apiVersion": "example.com/v1", "kind": "W", "status": {"conditions": [{"type": "Ready"}]}});
        assert_eq!(exprs.status(&obj).unwrap().unwrap(), Status::Current);
    }

    #[test]
    fn integers_compare_across_json_number_forms_and_string_helpers_work() {
        let obj = kustomization("V1", "True", 3, 3);
        let t = |e: &str| ReadyExpr::compile(e).unwrap().eval(&obj, &obj).unwrap();
        assert!(t(
            "dep.metadata.generation == 3 && dep.metadata.generation == 3u && dep.metadata.generation == 3.0"
        ));
        assert!(t("dep.metadata.generation > 2 && dep.metadata.generation <= 3"));
        assert!(t("dep.metadata.labels['app/version'].lowerAscii() == 'v1'"));
        assert!(t(
            "'app/version' in dep.metadata.labels && dep.metadata.name.startsWith('app-')"
        ));
    }
}
