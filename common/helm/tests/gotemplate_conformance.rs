#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Go `text/template` conformance: runs Go's own exec and parse tests, extracted as data in
//! `../shared/conformance/helm/gotemplate`, against this crate.
//!
//! Go test data that JSON cannot carry (the `tVal` struct with its methods, pointers,
//! Stringers and function fields, `cmpStruct`, typed integers) is rebuilt here as host
//! objects. Failures listed in `gotemplate-known-failures.txt` are tolerated; any other
//! failure, and any listed case that now passes, fails the test.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ferroflux_helm::{
    Func, FuncError, FuncMap, IntKind, Iteration, Map, Object, Signature, Template, Type, UintKind, Value, fmt,
};
use serde_json::Value as Json;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/conformance/helm/gotemplate")
}

fn known_failures() -> BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gotemplate-known-failures.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, reason) = match line.split_once('#') {
            Some((id, reason)) => (id.trim(), reason.trim()),
            None => (line, ""),
        };
        out.insert(id.to_string(), reason.to_string());
    }
    out
}

// ----- Go-like host objects for the test data -----

#[derive(Clone, Default)]
struct GoObj {
    type_name: String,
    fields: Vec<(String, Value)>,
    unexported: Vec<(String, Value)>,
    methods: Vec<(String, Func)>,
    underlying: Option<Value>,
    string_method: Option<String>,
    nil: bool,
    pointer: bool,
    /// A Go map with integer keys.
    int_map: Option<IntMap>,
    /// A Go slice with capacity beyond its length: the elements and the capacity (the spare
    /// elements are zeros).
    cap_slice: Option<(Vec<Value>, usize)>,
    /// A Go iterator function (`iter.Seq`, `iter.Seq2`) and what it yields.
    iteration: Option<Iteration>,
}

/// A Go map with integer keys: the key type, the entries and the element zero value.
type IntMap = (String, Vec<(i64, Value)>, Value);

/// Converts an integer index to the key type `ty` the way Go's conversion does (truncating).
fn int_key(ty: &str, k: i64) -> i64 {
    match ty {
        "int8" => i64::from(k as i8),
        "uint8" => i64::from(k as u8),
        "int32" => i64::from(k as i32),
        "uint32" => i64::from(k as u32),
        _ => k,
    }
}

impl Object for GoObj {
    fn type_name(&self) -> String {
        self.type_name.clone()
    }
    fn method(&self, name: &str) -> Option<Func> {
        self.methods.iter().find(|(n, _)| n == name).map(|(_, f)| f.clone())
    }
    fn field(&self, name: &str) -> Option<Value> {
        if self.nil {
            return None;
        }
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    }
    fn underlying(&self) -> Option<Value> {
        self.underlying.clone()
    }
    fn string_method(&self) -> Option<String> {
        self.string_method.clone()
    }
    fn struct_fields(&self) -> Option<Vec<(String, Value)>> {
        if self.underlying.is_some() {
            return None;
        }
        let mut all = self.fields.clone();
        all.extend(self.unexported.iter().cloned());
        Some(all)
    }
    fn is_nil(&self) -> bool {
        self.nil
    }
    fn is_pointer(&self) -> bool {
        self.pointer
    }
    fn index(&self, key: &Value) -> Option<Result<Value, String>> {
        let (ty, entries, zero) = self.int_map.as_ref()?;
        let k = match key {
            Value::Int(i, _) => *i,
            Value::Uint(u, _) => *u as i64,
            Value::Nil => return Some(Err(format!("value is nil; should be of type {ty}"))),
            other => return Some(Err(format!("value has type {}; should be {ty}", other.type_name()))),
        };
        let k = int_key(ty, k);
        Some(Ok(entries
            .iter()
            .find(|(x, _)| *x == k)
            .map_or_else(|| zero.clone(), |(_, v)| v.clone())))
    }
    fn slice(&self, indexes: &[Value]) -> Option<Result<Value, String>> {
        let (items, cap) = self.cap_slice.as_ref()?;
        let mut idx = [0usize, items.len(), *cap];
        for (i, v) in indexes.iter().enumerate() {
            let x = match v {
                Value::Int(x, _) => *x,
                Value::Uint(x, _) => *x as i64,
                other => return Some(Err(format!("cannot index slice/array with type {}", other.type_name()))),
            };
            if x < 0 || x as usize > *cap {
                return Some(Err(format!("index out of range: {x}")));
            }
            idx[i] = x as usize;
        }
        if idx[0] > idx[1] {
            return Some(Err(format!("invalid slice index: {} > {}", idx[0], idx[1])));
        }
        if indexes.len() == 3 && idx[1] > idx[2] {
            return Some(Err(format!("invalid slice index: {} > {}", idx[1], idx[2])));
        }
        let backing = |i: usize| items.get(i).cloned().unwrap_or_else(|| int(0));
        Some(Ok(list((idx[0]..idx[1]).map(backing).collect())))
    }
    fn iterate(&self) -> Option<Iteration> {
        self.iteration.clone()
    }
}

fn int_map(ty: &str, elem: &str, entries: &[(i64, Value)]) -> Value {
    let zero = if elem == "string" { s("") } else { int(0) };
    obj(GoObj {
        type_name: format!("map[{ty}]{elem}"),
        int_map: Some((ty.to_string(), entries.to_vec(), zero)),
        ..Default::default()
    })
}

/// A Go `map[string]int`: a missing key's zero value is 0.
fn typed_map(entries: &[(&str, Value)]) -> Value {
    Value::Map(Map::typed(
        entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
        int(0),
    ))
}

fn obj(o: GoObj) -> Value {
    Value::Object(Arc::new(o))
}

fn s(v: &str) -> Value {
    Value::string(v)
}

fn int(v: i64) -> Value {
    Value::int(v)
}

fn list(items: Vec<Value>) -> Value {
    Value::list(items)
}

fn map(entries: &[(&str, Value)]) -> Value {
    Value::map(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
}

fn func(
    params: Vec<Type>,
    result: Type,
    f: impl Fn(&[Value]) -> Result<Value, FuncError> + Send + Sync + 'static,
) -> Func {
    Func::new(Signature::new(params, result), f)
}

fn vfunc(
    params: Vec<Type>,
    var: Type,
    result: Type,
    f: impl Fn(&[Value]) -> Result<Value, FuncError> + Send + Sync + 'static,
) -> Func {
    Func::new(Signature::variadic(params, var, result), f)
}

fn as_str(v: &Value) -> String {
    v.as_str().unwrap_or("").to_string()
}

fn u_obj(v: &str) -> Value {
    obj(GoObj {
        type_name: "*template.U".into(),
        fields: vec![("V".into(), s(v))],
        methods: vec![(
            "TrueFalse".into(),
            func(vec![Type::Bool], Type::String, |a| {
                Ok(s(if matches!(a[0], Value::Bool(true)) { "true" } else { "" }))
            }),
        )],
        pointer: true,
        ..Default::default()
    })
}

/// Go's `*T` methods, bound to a receiver whose `U` field is `u`.
fn t_methods(u: Value) -> Vec<(String, Func)> {
    vec![
        ("Method0".into(), func(vec![], Type::String, |_| Ok(s("M0")))),
        (
            "Method1".into(),
            func(vec![Type::Int(IntKind::Int)], Type::Int(IntKind::Int), |a| {
                Ok(a[0].clone())
            }),
        ),
        (
            "Method2".into(),
            func(vec![Type::Uint(UintKind::Uint16), Type::String], Type::String, |a| {
                Ok(s(&fmt::sprintf("Method2: %d %s", a)))
            }),
        ),
        (
            "Method3".into(),
            func(vec![Type::Any], Type::String, |a| {
                Ok(s(&fmt::sprintf("Method3: %v", a)))
            }),
        ),
        (
            "Copy".into(),
            func(vec![], Type::Named("*template.T".into()), |_| Ok(t_val())),
        ),
        (
            "MAdd".into(),
            func(vec![Type::Int(IntKind::Int), Type::List], Type::List, |a| {
                let Value::Int(n, _) = a[0] else {
                    return Err(FuncError::new("bad int"));
                };
                let Value::List(l) = &a[1] else {
                    return Err(FuncError::new("bad list"));
                };
                Ok(list(
                    l.iter()
                        .map(|x| match x {
                            Value::Int(i, k) => Value::Int(i + n, *k),
                            other => other.clone(),
                        })
                        .collect(),
                ))
            }),
        ),
        (
            "MyError".into(),
            func(vec![Type::Bool], Type::Bool, |a| {
                if matches!(a[0], Value::Bool(true)) {
                    Err(FuncError::new("my error"))
                } else {
                    Ok(Value::Bool(false))
                }
            }),
        ),
        (
            "GetU".into(),
            func(vec![], Type::Named("*template.U".into()), move |_| Ok(u.clone())),
        ),
    ]
}

fn v_obj(j: i64, pointer: bool, nil: bool) -> Value {
    obj(GoObj {
        type_name: if pointer {
            "*template.V".into()
        } else {
            "template.V".into()
        },
        unexported: vec![("j".into(), int(j))],
        string_method: Some(if nil { "nilV".into() } else { format!("<{j}>") }),
        pointer,
        nil,
        ..Default::default()
    })
}

fn w_obj(k: i64, pointer: bool, nil: bool) -> Value {
    obj(GoObj {
        type_name: if pointer {
            "*template.W".into()
        } else {
            "template.W".into()
        },
        unexported: vec![("k".into(), int(k))],
        string_method: Some(if nil { "nilW".into() } else { format!("[{k}]") }),
        pointer,
        nil,
        ..Default::default()
    })
}

fn pointer_to(type_name: &str, v: Value) -> Value {
    obj(GoObj {
        type_name: type_name.into(),
        underlying: Some(v),
        pointer: true,
        ..Default::default()
    })
}

fn nil_pointer(type_name: &str) -> Value {
    obj(GoObj {
        type_name: type_name.into(),
        nil: true,
        pointer: true,
        ..Default::default()
    })
}

/// Go's `tVal` (`*template.T`) from exec_test.go.
fn t_val() -> Value {
    let u = u_obj("v");
    let mut fields: Vec<(String, Value)> = vec![
        ("True".into(), Value::Bool(true)),
        ("I".into(), int(17)),
        ("U16".into(), Value::Uint(16, UintKind::Uint16)),
        ("X".into(), s("x")),
        ("S".into(), s("xyz")),
        ("FloatZero".into(), Value::Float(0.0)),
        ("ComplexZero".into(), Value::Complex(0.0, 0.0)),
        ("U".into(), u.clone()),
        ("V0".into(), v_obj(6666, false, false)),
        ("V1".into(), v_obj(7777, true, false)),
        ("V2".into(), v_obj(0, true, true)),
        ("W0".into(), w_obj(888, false, false)),
        ("W1".into(), w_obj(999, true, false)),
        ("W2".into(), w_obj(0, true, true)),
        ("SI".into(), list(vec![int(3), int(4), int(5)])),
        (
            "SICap".into(),
            obj(GoObj {
                type_name: "[]int".into(),
                underlying: Some(list(vec![int(0); 5])),
                cap_slice: Some((vec![int(0); 5], 10)),
                ..Default::default()
            }),
        ),
        ("SIEmpty".into(), list(vec![])),
        ("SB".into(), list(vec![Value::Bool(true), Value::Bool(false)])),
        ("AI".into(), list(vec![int(3), int(4), int(5)])),
        (
            "MSI".into(),
            typed_map(&[("one", int(1)), ("two", int(2)), ("three", int(3))]),
        ),
        ("MSIone".into(), typed_map(&[("one", int(1))])),
        ("MSIEmpty".into(), typed_map(&[])),
        ("MXI".into(), map(&[("one", int(1))])),
        ("MII".into(), int_map("int", "int", &[(1, int(1))])),
        (
            "MI32S".into(),
            int_map("int32", "string", &[(1, s("one")), (2, s("two"))]),
        ),
        (
            "MI64S".into(),
            int_map("int64", "string", &[(2, s("i642")), (3, s("i643"))]),
        ),
        (
            "MUI32S".into(),
            int_map("uint32", "string", &[(1, s("one")), (2, s("two"))]),
        ),
        (
            "MUI64S".into(),
            int_map("uint64", "string", &[(2, s("ui642")), (3, s("ui643"))]),
        ),
        (
            "MI8S".into(),
            int_map("int8", "string", &[(2, s("i82")), (3, s("i83"))]),
        ),
        (
            "MUI8S".into(),
            int_map("uint8", "string", &[(2, s("u82")), (3, s("u83"))]),
        ),
        (
            "SMSI".into(),
            list(vec![
                typed_map(&[("one", int(1)), ("two", int(2))]),
                typed_map(&[("eleven", int(11)), ("twelve", int(12))]),
            ]),
        ),
        ("Empty0".into(), Value::Nil),
        ("Empty1".into(), int(3)),
        ("Empty2".into(), s("empty2")),
        ("Empty3".into(), list(vec![int(7), int(8)])),
        ("Empty4".into(), u_obj("UinEmpty")),
        (
            "NonEmptyInterface".into(),
            obj(GoObj {
                type_name: "*template.T".into(),
                fields: vec![("X".into(), s("x"))],
                methods: t_methods(Value::Nil),
                pointer: true,
                ..Default::default()
            }),
        ),
        (
            "NonEmptyInterfacePtS".into(),
            obj(GoObj {
                type_name: "*template.I".into(),
                underlying: Some(list(vec![s("a"), s("b")])),
                methods: vec![("Method0".into(), func(vec![], Type::String, |_| Ok(s("M0"))))],
                pointer: true,
                ..Default::default()
            }),
        ),
        ("NonEmptyInterfaceNil".into(), Value::Nil),
        (
            "NonEmptyInterfaceTypedNil".into(),
            obj(GoObj {
                type_name: "*template.T".into(),
                methods: t_methods(Value::Nil),
                nil: true,
                pointer: true,
                ..Default::default()
            }),
        ),
        (
            "Str".into(),
            obj(GoObj {
                type_name: "*bytes.Buffer".into(),
                string_method: Some("foozle".into()),
                pointer: true,
                ..Default::default()
            }),
        ),
        (
            "Err".into(),
            obj(GoObj {
                type_name: "*errors.errorString".into(),
                string_method: Some("erroozle".into()),
                pointer: true,
                ..Default::default()
            }),
        ),
        ("PI".into(), pointer_to("*int", int(23))),
        ("PS".into(), pointer_to("*string", s("a string"))),
        (
            "PSI".into(),
            pointer_to("*[]int", list(vec![int(21), int(22), int(23)])),
        ),
        ("NIL".into(), nil_pointer("*int")),
        (
            "UPI".into(),
            obj(GoObj {
                type_name: "unsafe.Pointer".into(),
                pointer: true,
                ..Default::default()
            }),
        ),
        ("EmptyUPI".into(), nil_pointer("unsafe.Pointer")),
    ];
    fields.push((
        "BinaryFunc".into(),
        Value::Func(func(vec![Type::String, Type::String], Type::String, |a| {
            Ok(s(&format!("[{}={}]", as_str(&a[0]), as_str(&a[1]))))
        })),
    ));
    fields.push((
        "VariadicFunc".into(),
        Value::Func(vfunc(vec![], Type::String, Type::String, |a| {
            Ok(s(&format!("<{}>", a.iter().map(as_str).collect::<Vec<_>>().join("+"))))
        })),
    ));
    fields.push((
        "VariadicFuncInt".into(),
        Value::Func(vfunc(vec![Type::Int(IntKind::Int)], Type::String, Type::String, |a| {
            let n = fmt::format_value(&a[0]);
            Ok(s(&format!(
                "{n}=<{}>",
                a[1..].iter().map(as_str).collect::<Vec<_>>().join("+")
            )))
        })),
    ));
    fields.push((
        "NilOKFunc".into(),
        Value::Func(func(vec![Type::Named("*int".into())], Type::Bool, |a| {
            Ok(Value::Bool(a[0].is_go_nil()))
        })),
    ));
    fields.push((
        "ErrFunc".into(),
        Value::Func(func(vec![], Type::String, |_| Ok(s("bla")))),
    ));
    fields.push((
        "PanicFunc".into(),
        Value::Func(func(vec![], Type::String, |_| Err(FuncError::new("test panic")))),
    ));
    obj(GoObj {
        type_name: "*template.T".into(),
        fields,
        unexported: vec![("unexported".into(), int(0))],
        methods: t_methods(u),
        pointer: true,
        ..Default::default()
    })
}

/// Go's `cmpStruct` from exec_test.go's comparison tests.
fn cmp_struct() -> Value {
    let nil_map = obj(GoObj {
        type_name: "map[int]int".into(),
        underlying: Some(Value::Map(Map::new())),
        nil: true,
        ..Default::default()
    });
    let non_nil_map = obj(GoObj {
        type_name: "map[int]int".into(),
        underlying: Some(Value::Map(Map::new())),
        ..Default::default()
    });
    let v = || {
        obj(GoObj {
            type_name: "template.V".into(),
            unexported: vec![("j".into(), int(0))],
            ..Default::default()
        })
    };
    obj(GoObj {
        type_name: "struct".into(),
        fields: vec![
            ("Uthree".into(), Value::uint(3)),
            ("Ufour".into(), Value::uint(4)),
            ("NegOne".into(), int(-1)),
            ("Three".into(), int(3)),
            ("Ptr".into(), pointer_to("*int", int(0))),
            ("NilPtr".into(), nil_pointer("*int")),
            ("NonNilMap".into(), non_nil_map),
            ("Map".into(), nil_map),
            ("V1".into(), v()),
            ("V2".into(), v()),
            (
                "Iface1".into(),
                obj(GoObj {
                    type_name: "*strings.Builder".into(),
                    pointer: true,
                    ..Default::default()
                }),
            ),
            ("NilIface".into(), Value::Nil),
        ],
        ..Default::default()
    })
}

/// The test function map of exec_test.go.
fn test_funcs() -> FuncMap {
    let mut m = FuncMap::new();
    let int_t = Type::Int(IntKind::Int);
    m.insert(
        "add",
        vfunc(vec![], int_t.clone(), int_t.clone(), |a| {
            Ok(int(a
                .iter()
                .map(|v| if let Value::Int(i, _) = v { *i } else { 0 })
                .sum()))
        }),
    );
    m.insert(
        "count",
        func(vec![int_t.clone()], Type::Named("chan string".into()), |a| {
            let Value::Int(n, _) = a[0] else {
                return Err(FuncError::new("bad count"));
            };
            Ok(list(
                (0..n)
                    .map(|i| s(&char::from(b'a' + (i % 26) as u8).to_string()))
                    .collect(),
            ))
        }),
    );
    m.insert(
        "dddArg",
        vfunc(vec![int_t.clone()], Type::String, Type::String, |a| {
            Ok(s(&fmt::sprintln(&[a[0].clone(), list(a[1..].to_vec())])))
        }),
    );
    m.insert("die", func(vec![], Type::Bool, |_| Err(FuncError::new("die"))));
    m.insert("echo", func(vec![Type::Any], Type::Any, |a| Ok(a[0].clone())));
    m.insert(
        "makemap",
        vfunc(vec![], Type::String, Type::Map, |a| {
            let out = Map::new();
            for pair in a.chunks(2) {
                if let [k, v] = pair {
                    out.insert(as_str(k), v.clone());
                }
            }
            Ok(Value::Map(out))
        }),
    );
    m.insert("mapOfThree", func(vec![], Type::Any, |_| Ok(map(&[("three", int(3))]))));
    m.insert(
        "oneArg",
        func(vec![Type::String], Type::String, |a| {
            Ok(s(&format!("oneArg={}", as_str(&a[0]))))
        }),
    );
    m.insert("returnInt", func(vec![], int_t.clone(), |_| Ok(int(7))));
    m.insert(
        "stringer",
        func(vec![Type::Any], Type::String, |a| match &a[0] {
            Value::Object(o) => o
                .string_method()
                .map(|x| s(&x))
                .ok_or_else(|| FuncError::new("not a Stringer")),
            _ => Err(FuncError::new("not a Stringer")),
        }),
    );
    m.insert(
        "twoArgs",
        func(vec![Type::String, Type::String], Type::String, |a| {
            Ok(s(&format!("twoArgs={}{}", as_str(&a[0]), as_str(&a[1]))))
        }),
    );
    m.insert(
        "typeOf",
        func(vec![Type::Any], Type::String, |a| Ok(s(&a[0].type_name()))),
    );
    m.insert(
        "valueString",
        func(vec![Type::String], Type::String, |_| Ok(s("value is ignored"))),
    );
    m.insert(
        "vfunc",
        func(
            vec![Type::Named("template.V".into()), Type::Named("*template.V".into())],
            Type::String,
            |_| Ok(s("vfunc")),
        ),
    );
    m.insert("zeroArgs", func(vec![], Type::String, |_| Ok(s("zeroArgs"))));
    m
}

/// Builds the data of a case: Go-only expressions first, then the JSON form.
fn case_data(case: &Json) -> Value {
    let data_go = case.get("data_go").and_then(Json::as_str).unwrap_or("");
    let data = case.get("data").cloned().unwrap_or(Json::Null);
    if let Some(r) = data.get("$ref").and_then(Json::as_str) {
        return match r {
            "tVal" => t_val(),
            "cmpStruct" => cmp_struct(),
            other => panic!("unknown data ref {other}"),
        };
    }
    match data_go {
        "uint(14)" => return Value::uint(14),
        "16.2 - 17i" => return Value::Complex(16.2, -17.0),
        "tSliceOfNil" => {
            return list(vec![obj(GoObj {
                type_name: "*template.T".into(),
                methods: t_methods(Value::Nil),
                nil: true,
                pointer: true,
                ..Default::default()
            })]);
        }
        "&iVal" => return t_val(),
        "map[string]int{\"x\": 99}" => return typed_map(&[("x", int(99))]),
        "fVal1(2)" => {
            return obj(GoObj {
                type_name: "iter.Seq[int]".into(),
                iteration: Some(Iteration::Seq(vec![int(0), int(1)])),
                ..Default::default()
            });
        }
        "fVal2(2)" => {
            return obj(GoObj {
                type_name: "iter.Seq2[int,int]".into(),
                iteration: Some(Iteration::Seq2(vec![(int(0), int(1)), (int(1), int(2))])),
                ..Default::default()
            });
        }
        _ => {}
    }
    if data_go.starts_with("struct {") && data_go.ends_with("{7, \"seven\"}") {
        return obj(GoObj {
            type_name: "struct { a int; b string }".into(),
            unexported: vec![("a".into(), int(7)), ("b".into(), s("seven"))],
            ..Default::default()
        });
    }
    if data_go.starts_with("map[string]any{\"S\": bytes.NewBufferString(\"foozle\")}") {
        return map(&[(
            "S",
            obj(GoObj {
                type_name: "*bytes.Buffer".into(),
                string_method: Some("foozle".into()),
                pointer: true,
                ..Default::default()
            }),
        )]);
    }
    if let Some((ty, rest)) = data_go.split_once('(')
        && let Some(num) = rest.strip_suffix(')')
        && let Ok(n) = num.parse::<i64>()
    {
        let ik = match ty {
            "int8" => Some(IntKind::Int8),
            "int16" => Some(IntKind::Int16),
            "int32" => Some(IntKind::Int32),
            "int64" => Some(IntKind::Int64),
            _ => None,
        };
        let uk = match ty {
            "uint8" => Some(UintKind::Uint8),
            "uint16" => Some(UintKind::Uint16),
            "uint32" => Some(UintKind::Uint32),
            "uint64" => Some(UintKind::Uint64),
            "uint" => Some(UintKind::Uint),
            "uintptr" => Some(UintKind::Uintptr),
            _ => None,
        };
        if let Some(k) = ik {
            return Value::Int(n, k);
        }
        if let Some(k) = uk {
            return Value::Uint(n as u64, k);
        }
    }
    Value::from_json(&data)
}

fn str_field<'a>(case: &'a Json, key: &str) -> Option<&'a str> {
    case.get(key).and_then(Json::as_str)
}

/// Runs one exec case; `Err` describes the mismatch.
fn run_exec(case: &Json) -> Result<(), String> {
    let name = str_field(case, "template_name")
        .or_else(|| str_field(case, "name"))
        .unwrap_or("test");
    let ok = case.get("ok").and_then(Json::as_bool).unwrap_or(true);
    let mut t = Template::new(name);
    t.funcs(&test_funcs());
    if let Some(opt) = str_field(case, "option") {
        t.option(opt).map_err(|e| format!("option: {e}"))?;
    }
    if let Some(d) = case.get("delims").and_then(Json::as_array) {
        t.delims(d[0].as_str().unwrap_or(""), d[1].as_str().unwrap_or(""));
    }
    let check_err = |msg: &str| -> Result<(), String> {
        if let Some(want) = str_field(case, "error")
            && msg != want
        {
            return Err(format!("error mismatch:\n  want {want}\n  got  {msg}"));
        }
        if let Some(want) = str_field(case, "error_contains")
            && !msg.contains(want)
        {
            return Err(format!("error does not contain {want:?}: {msg}"));
        }
        Ok(())
    };
    if let Some(input) = str_field(case, "input")
        && let Err(e) = t.parse(input)
    {
        if ok {
            return Err(format!("unexpected parse error: {e}"));
        }
        return check_err(e.message());
    }
    if let Some(overlay) = str_field(case, "then_parse_into_clone") {
        let mut clone = t.clone();
        clone.parse(overlay).map_err(|e| format!("overlay parse error: {e}"))?;
        t = clone;
    }
    let data = case_data(case);
    let target = str_field(case, "execute_template").unwrap_or(name).to_string();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut out = String::new();
        let r = t.execute_to(&target, &data, &mut out);
        (r, out)
    }))
    .map_err(|_| "PANIC during execution".to_string())?;
    match (result, ok) {
        ((Ok(()), out), true) => {
            let want = str_field(case, "output").unwrap_or("");
            if out == want {
                Ok(())
            } else {
                Err(format!("output mismatch:\n  want {want:?}\n  got  {out:?}"))
            }
        }
        ((Ok(()), out), false) => Err(format!("expected an error, got output {out:?}")),
        ((Err(e), _), true) => Err(format!("unexpected error: {e}")),
        ((Err(e), _), false) => check_err(e.message()),
    }
}

/// Runs one parse case.
fn run_parse(case: &Json) -> Result<(), String> {
    let name = str_field(case, "name").unwrap_or("test");
    let input = str_field(case, "input").unwrap_or("");
    let ok = case.get("ok").and_then(Json::as_bool).unwrap_or(true);
    let mut t = Template::new(name);
    let mut funcs = FuncMap::new();
    funcs.insert("contains", Func::variadic_any(|_| Ok(Value::Nil)));
    t.funcs(&funcs);
    match (t.parse(input), ok) {
        (Ok(_), true) => {
            let want = str_field(case, "tree_string").unwrap_or("");
            let got = t.tree_string(name, true).unwrap_or_default();
            if got == want {
                Ok(())
            } else {
                Err(format!("tree mismatch:\n  want {want:?}\n  got  {got:?}"))
            }
        }
        (Ok(_), false) => Err(format!("expected a parse error; tree {:?}", t.tree_string(name, true))),
        (Err(e), true) => Err(format!("unexpected parse error: {e}")),
        (Err(e), false) => match str_field(case, "error_contains") {
            Some(want) if !e.message().contains(want) => {
                Err(format!("error does not contain {want:?}: {}", e.message()))
            }
            _ => Ok(()),
        },
    }
}

struct Tally {
    passed: usize,
    failed: Vec<(String, String)>,
}

fn run_all(cases: &[&Json], run: fn(&Json) -> Result<(), String>) -> Tally {
    let mut tally = Tally {
        passed: 0,
        failed: Vec::new(),
    };
    for case in cases {
        let id = str_field(case, "id").unwrap_or("?").to_string();
        match std::panic::catch_unwind(|| run(case)) {
            Ok(Ok(())) => tally.passed += 1,
            Ok(Err(why)) => tally.failed.push((id, why)),
            Err(_) => tally.failed.push((id, "PANIC".to_string())),
        }
    }
    tally
}

#[test]
fn gotemplate_conformance() {
    let dir = corpus_dir();
    let exec_path = dir.join("exec.json");
    let parse_path = dir.join("parse.json");
    if !exec_path.exists() || !parse_path.exists() {
        println!("SKIPPED: conformance corpus not found at {}", dir.display());
        eprintln!("SKIPPED: conformance corpus not found at {}", dir.display());
        return;
    }
    let exec: Json = serde_json::from_str(&std::fs::read_to_string(&exec_path).unwrap()).unwrap();
    let parse: Json = serde_json::from_str(&std::fs::read_to_string(&parse_path).unwrap()).unwrap();

    let mut exec_cases: Vec<&Json> = Vec::new();
    for key in ["cases", "comparison_cases", "extra_cases"] {
        exec_cases.extend(exec[key].as_array().unwrap().iter());
    }
    let mut parse_cases: Vec<&Json> = Vec::new();
    for key in ["parseTests", "errorTests"] {
        parse_cases.extend(parse[key].as_array().unwrap().iter());
    }

    let exec_tally = run_all(&exec_cases, run_exec);
    let parse_tally = run_all(&parse_cases, run_parse);
    println!(
        "gotemplate exec: {} passed, {} failed",
        exec_tally.passed,
        exec_tally.failed.len()
    );
    println!(
        "gotemplate parse: {} passed, {} failed",
        parse_tally.passed,
        parse_tally.failed.len()
    );

    let known = known_failures();
    let mut failed_ids: BTreeSet<String> = BTreeSet::new();
    let mut unexpected = Vec::new();
    for (id, why) in exec_tally.failed.iter().chain(parse_tally.failed.iter()) {
        failed_ids.insert(id.clone());
        if !known.contains_key(id) {
            unexpected.push(format!("{id}: {why}"));
        }
    }
    let stale: Vec<&String> = known.keys().filter(|id| !failed_ids.contains(*id)).collect();
    for (id, why) in exec_tally.failed.iter().chain(parse_tally.failed.iter()) {
        if let Some(reason) = known.get(id) {
            println!("known failure {id} ({reason}): {}", why.lines().next().unwrap_or(""));
        }
    }
    if !unexpected.is_empty() || !stale.is_empty() {
        let mut msg = String::new();
        for u in &unexpected {
            msg.push_str(&format!("UNEXPECTED FAILURE {u}\n"));
        }
        for s in &stale {
            msg.push_str(&format!("NOW PASSES (remove from known failures): {s}\n"));
        }
        panic!("{msg}");
    }
}
