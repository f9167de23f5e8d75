//! [`Template`]: a set of named, parsed templates sharing functions and options — Go's
//! `*template.Template` with its associated templates. Parse once, execute many times.

use std::sync::Arc;

use crate::error::{Error, ErrorKind};
use crate::exec::State;
use crate::func::{Func, FuncMap, NameMap};
use crate::funcs::builtins;
use crate::node::{Style, TextStyle, Tree, write_list};
use crate::parse;
use crate::strconv;
use crate::value::Value;

/// What a field access on a map does when the key is missing (Go's `missingkey` option).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MissingKey {
    /// Yield no value: an action prints `<no value>` (`missingkey=default` / `invalid`).
    #[default]
    Default,
    /// Yield the zero value of the map's element type, which for `map[string]interface{}` is
    /// a nil interface; looking further into it is an error (`missingkey=zero`, Helm's mode).
    Zero,
    /// Stop with an error (`missingkey=error`).
    Error,
}

/// The default maximum depth of nested `{{template}}` calls (Go uses 100000; every level
/// costs native stack here, which grows on demand, so the default is lower).
pub const DEFAULT_MAX_DEPTH: usize = 10_000;

/// A set of templates: the named trees, the function registry and the options.
///
/// Cloning is cheap (trees and functions are shared), and a clone can be extended with more
/// definitions without affecting the original, like Go's `Clone`.
#[derive(Clone)]
pub struct Template {
    name: String,
    trees: NameMap<Arc<Tree>>,
    funcs: Arc<FuncMap>,
    missing_key: MissingKey,
    max_depth: usize,
    delims: (String, String),
}

impl std::fmt::Debug for Template {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Template")
            .field("name", &self.name)
            .field("templates", &self.names())
            .finish()
    }
}

impl Template {
    /// Returns an empty set whose main template is called `name`.
    pub fn new(name: impl Into<String>) -> Template {
        Template {
            name: name.into(),
            trees: NameMap::default(),
            funcs: Arc::new(FuncMap::new()),
            missing_key: MissingKey::Default,
            max_depth: DEFAULT_MAX_DEPTH,
            delims: ("{{".to_string(), "}}".to_string()),
        }
    }

    /// Returns the name of the main template.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Adds the functions of `funcs` (replacing same-named ones, built-ins included). Add
    /// functions before parsing templates that use them.
    pub fn funcs(&mut self, funcs: &FuncMap) -> &mut Self {
        Arc::make_mut(&mut self.funcs).extend(funcs);
        self
    }

    /// Adds one function.
    pub fn add_func(&mut self, name: impl Into<String>, func: Func) -> &mut Self {
        Arc::make_mut(&mut self.funcs).insert(name, func);
        self
    }

    /// Sets the action delimiters for subsequent parses; empty strings mean `{{` and `}}`.
    pub fn delims(&mut self, left: &str, right: &str) -> &mut Self {
        self.delims.0 = if left.is_empty() {
            "{{".to_string()
        } else {
            left.to_string()
        };
        self.delims.1 = if right.is_empty() {
            "}}".to_string()
        } else {
            right.to_string()
        };
        self
    }

    /// Sets an option the way Go's `Option` does: `missingkey=default|invalid|zero|error`.
    pub fn option(&mut self, opt: &str) -> Result<&mut Self, Error> {
        let mk = match opt.split_once('=') {
            Some(("missingkey", "default" | "invalid")) => MissingKey::Default,
            Some(("missingkey", "zero")) => MissingKey::Zero,
            Some(("missingkey", "error")) => MissingKey::Error,
            _ => return Err(Error::new(ErrorKind::Option, format!("unrecognized option: {opt}"))),
        };
        self.missing_key = mk;
        Ok(self)
    }

    /// Sets what a missing map key yields.
    pub fn set_missing_key(&mut self, mk: MissingKey) -> &mut Self {
        self.missing_key = mk;
        self
    }

    /// Returns what a missing map key yields.
    pub fn missing_key(&self) -> MissingKey {
        self.missing_key
    }

    /// Sets the maximum depth of nested template calls (including calls made by functions
    /// through [`crate::CallContext`]).
    pub fn set_max_depth(&mut self, depth: usize) -> &mut Self {
        self.max_depth = depth;
        self
    }

    /// Returns the maximum depth of nested template calls.
    pub fn max_depth(&self) -> usize {
        self.max_depth
    }

    /// Parses `text` as the body of the main template; `{{define}}`s inside add more named
    /// templates. Like Go, an empty body does not replace an existing one, and nothing is
    /// added when the text does not parse.
    pub fn parse(&mut self, text: &str) -> Result<&mut Self, Error> {
        let name = self.name.clone();
        self.parse_named(&name, text)
    }

    /// Parses `text` as the template `name` (Go's `t.New(name).Parse(text)`).
    pub fn parse_named(&mut self, name: &str, text: &str) -> Result<&mut Self, Error> {
        self.parse_inner(name, &Arc::from(text), false)
    }

    /// Like [`Template::parse_named`] for text the caller already holds shared (the parsed
    /// trees keep it instead of a copy).
    pub(crate) fn parse_named_shared(&mut self, name: &str, text: &Arc<str>) -> Result<&mut Self, Error> {
        self.parse_inner(name, text, false)
    }

    /// Parses `text` as the template `name`, replacing its body even when the new body is
    /// empty — what executing the result of Go's `t.New(name).Parse(text)` sees (Helm's
    /// `tpl`). `{{define}}`s inside follow the rules of [`Template::parse_named`].
    pub fn parse_named_replace(&mut self, name: &str, text: &str) -> Result<&mut Self, Error> {
        self.parse_inner(name, &Arc::from(text), true)
    }

    fn parse_inner(&mut self, name: &str, text: &Arc<str>, replace: bool) -> Result<&mut Self, Error> {
        let funcs = self.funcs.clone();
        let has_func = |f: &str| funcs.contains(f) || builtins().contains(f);
        let trees = parse::parse(name, text, &self.delims.0, &self.delims.1, &has_func)
            .map_err(|m| Error::new(ErrorKind::Parse, m))?;
        for tree in trees {
            if tree.is_empty()
                && !(replace && tree.name == name)
                && let Some(old) = self.trees.get(&tree.name)
                && !old.is_empty()
            {
                continue;
            }
            self.trees.insert(tree.name.clone(), Arc::new(tree));
        }
        Ok(self)
    }

    /// Reports whether a template called `name` is defined.
    pub fn has_template(&self, name: &str) -> bool {
        self.trees.contains_key(name)
    }

    /// Returns the names of all defined templates, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.trees.keys().cloned().collect();
        names.sort();
        names
    }

    /// Returns Go's re-printing of a template's tree (`Tree.Root.String()`); with
    /// `quote_text`, text is printed as Go string literals, as Go's parser tests do.
    pub fn tree_string(&self, name: &str, quote_text: bool) -> Option<String> {
        let tree = self.trees.get(name)?;
        let style = Style {
            left: &tree.delims.0,
            right: &tree.delims.1,
            text: if quote_text {
                TextStyle::Quoted
            } else {
                TextStyle::Plain
            },
            source: &tree.text,
        };
        let mut out = String::new();
        write_list(&mut out, &tree.root, style);
        Some(out)
    }

    /// Executes the main template with `data` and returns the output.
    pub fn execute(&self, data: &Value) -> Result<String, Error> {
        let mut out = String::new();
        self.execute_to(&self.name, data, &mut out)?;
        Ok(out)
    }

    /// Executes the template `name` with `data` and returns the output.
    pub fn execute_template(&self, name: &str, data: &Value) -> Result<String, Error> {
        let mut out = String::new();
        self.execute_to(name, data, &mut out)?;
        Ok(out)
    }

    /// Executes the template `name` with `data`, appending to `out`; on error, what was
    /// written before the error stays in `out` (as with Go's writer).
    pub fn execute_to(&self, name: &str, data: &Value, out: &mut String) -> Result<(), Error> {
        self.execute_nested(name, data, 0, out)
    }

    pub(crate) fn execute_nested(&self, name: &str, data: &Value, depth: usize, out: &mut String) -> Result<(), Error> {
        let Some(tree) = self.trees.get(name) else {
            if name == self.name {
                return Err(Error::exec(
                    name,
                    format!(
                        "template: {name}: {} is an incomplete or empty template",
                        strconv::quote(name)
                    ),
                    None,
                ));
            }
            return Err(Error::new(
                ErrorKind::NoTemplate,
                format!(
                    "template: no template {} associated with template {}",
                    strconv::quote(name),
                    strconv::quote(&self.name)
                ),
            ));
        };
        if depth > self.max_depth {
            return Err(Error::exec(
                name,
                format!("template: {name}: exceeded maximum template depth ({})", self.max_depth),
                None,
            ));
        }
        State::new(self, tree, depth, out).run(data)
    }

    pub(crate) fn tree(&self, name: &str) -> Option<&Tree> {
        self.trees.get(name).map(|t| &**t)
    }

    /// Looks a function up: user functions first, then Go's built-ins (flagged `true`).
    pub(crate) fn find_function(&self, name: &str) -> Option<(&Func, bool)> {
        if let Some(f) = self.funcs.get(name) {
            return Some((f, false));
        }
        builtins().get(name).map(|f| (f, true))
    }
}
