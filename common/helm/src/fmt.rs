//! Go's `fmt` printing for template values: `Sprint`, `Sprintln` and `Sprintf` with Go's
//! verbs, flags, widths, precisions and argument indexes, and Go's layouts for nil, maps
//! (`map[a:1 b:2]`, sorted), slices (`[1 2 3]`), structs (`{a b}`) and floats (`1e+06`).
//! Mistakes are printed in Go's style (`%!d(string=hi)`, `%!s(MISSING)`, `%!(EXTRA int=3)`).

use crate::strconv;
use crate::value::Value;

/// How deep nested values are printed before the printer gives up (cyclic maps).
const MAX_PRINT_DEPTH: usize = 1000;

/// Formats the values like Go's `fmt.Sprint`: `%v` each, with a space between operands when
/// neither side is a string.
pub fn sprint(args: &[Value]) -> String {
    let mut p = Printer::new();
    let mut prev_string = false;
    for (i, arg) in args.iter().enumerate() {
        let is_string = is_string_kind(arg);
        if i > 0 && !is_string && !prev_string {
            p.buf.push(' ');
        }
        p.print_arg(arg, 'v');
        prev_string = is_string;
    }
    p.buf
}

/// Formats the values like Go's `fmt.Sprintln`: `%v` each, space separated, with a newline.
pub fn sprintln(args: &[Value]) -> String {
    let mut p = Printer::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            p.buf.push(' ');
        }
        p.print_arg(arg, 'v');
    }
    p.buf.push('\n');
    p.buf
}

/// Formats the values like Go's `fmt.Sprintf`.
pub fn sprintf(format: &str, args: &[Value]) -> String {
    let mut p = Printer::new();
    p.do_printf(format, args);
    p.buf
}

/// Formats one value like `%v`.
pub fn format_value(v: &Value) -> String {
    match v {
        Value::String(s) => return s.to_string(),
        Value::Int(i, _) => return i.to_string(),
        Value::Uint(u, _) => return u.to_string(),
        Value::Bool(b) => return b.to_string(),
        // Whole numbers below 1e6 print as integers under %v (shortest %g, exponent < 6).
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e6 && *f != 0.0 => return (*f as i64).to_string(),
        _ => {}
    }
    let mut p = Printer::new();
    p.print_arg(v, 'v');
    p.buf
}

fn is_string_kind(v: &Value) -> bool {
    match v {
        Value::String(_) => true,
        Value::Object(o) => matches!(o.underlying(), Some(Value::String(_))),
        _ => false,
    }
}

#[derive(Clone, Copy, Default)]
struct Flags {
    wid: usize,
    prec: usize,
    wid_present: bool,
    prec_present: bool,
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    plus_v: bool,
    sharp_v: bool,
}

struct Printer {
    buf: String,
    f: Flags,
    erroring: bool,
    good_arg_num: bool,
    reordered: bool,
}

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";
/// Go refuses widths and precisions above this (`fmt`'s `tooLarge`).
const MAX_NUM: usize = 1_000_000;

impl Printer {
    fn new() -> Printer {
        Printer {
            buf: String::new(),
            f: Flags::default(),
            erroring: false,
            good_arg_num: true,
            reordered: false,
        }
    }

    // ----- low-level formatting (Go's fmt/format.go) -----

    fn write_padding(&mut self, n: usize) {
        let pad = if self.f.zero && !self.f.minus { '0' } else { ' ' };
        self.buf.extend(std::iter::repeat_n(pad, n));
    }

    fn pad(&mut self, s: &str) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.push_str(s);
            return;
        }
        let width = self.f.wid.saturating_sub(s.chars().count());
        if !self.f.minus {
            self.write_padding(width);
            self.buf.push_str(s);
        } else {
            self.buf.push_str(s);
            self.write_padding(width);
        }
    }

    fn pad_no_zero(&mut self, s: &str) {
        let old = self.f.zero;
        self.f.zero = false;
        self.pad(s);
        self.f.zero = old;
    }

    fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { "true" } else { "false" });
    }

    fn fmt_unicode(&mut self, u: u64) {
        let mut prec = 4usize;
        if self.f.prec_present && self.f.prec > 4 {
            prec = self.f.prec;
        }
        let hex = format!("{u:X}");
        let mut s = String::from("U+");
        for _ in hex.len()..prec {
            s.push('0');
        }
        s.push_str(&hex);
        if self.f.sharp
            && let Some(c) = u32::try_from(u).ok().and_then(char::from_u32)
            && strconv::is_print(c)
        {
            s.push_str(" '");
            s.push(c);
            s.push('\'');
        }
        self.pad_no_zero(&s);
    }

    fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { (u as i64).unsigned_abs() } else { u };
        let mut prec = 0usize;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let old = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = old;
                return;
            }
        } else if self.f.zero && !self.f.minus && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let mut rev: Vec<u8> = Vec::with_capacity(24);
        loop {
            rev.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while rev.len() < prec {
            rev.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => rev.extend_from_slice(b"b0"),
                8 if rev.last() != Some(&b'0') => rev.push(b'0'),
                16 => {
                    rev.push(digits[16]);
                    rev.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            rev.extend_from_slice(b"o0");
        }
        if negative {
            rev.push(b'-');
        } else if self.f.plus {
            rev.push(b'+');
        } else if self.f.space {
            rev.push(b' ');
        }
        rev.reverse();
        let s: String = rev.into_iter().map(char::from).collect();
        self.pad_no_zero(&s);
    }

    fn truncate<'s>(&self, s: &'s str) -> &'s str {
        if self.f.prec_present
            && let Some((i, _)) = s.char_indices().nth(self.f.prec)
        {
            return &s[..i];
        }
        s
    }

    fn fmt_s(&mut self, s: &str) {
        let s = self.truncate(s);
        self.pad(s);
    }

    fn fmt_sx(&mut self, s: &str, digits: &[u8; 17]) {
        let bytes = s.as_bytes();
        let mut length = bytes.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.push('0');
            self.buf.push(char::from(digits[16]));
        }
        for (i, &c) in bytes[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(' ');
                if self.f.sharp {
                    self.buf.push('0');
                    self.buf.push(char::from(digits[16]));
                }
            }
            self.buf.push(char::from(digits[usize::from(c >> 4)]));
            self.buf.push(char::from(digits[usize::from(c & 0xf)]));
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    fn fmt_q(&mut self, s: &str) {
        let s = self.truncate(s);
        if self.f.sharp && strconv::can_backquote(s) {
            let q = format!("`{s}`");
            self.pad(&q);
            return;
        }
        let q = if self.f.plus {
            strconv::quote_to_ascii(s)
        } else {
            strconv::quote(s)
        };
        self.pad(&q);
    }

    fn fmt_c(&mut self, c: u64) {
        let ch = u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{fffd}');
        let mut tmp = [0u8; 4];
        let s = ch.encode_utf8(&mut tmp);
        self.pad(s);
    }

    fn fmt_qc(&mut self, c: u64) {
        let q = strconv::quote_rune(c, self.f.plus);
        self.pad(&q);
    }

    fn fmt_float_raw(&mut self, v: f64, verb: char, prec: i32) {
        let prec = if self.f.prec_present {
            i32::try_from(self.f.prec).unwrap_or(i32::MAX)
        } else {
            prec
        };
        let body = strconv::format_float(v, verb, prec);
        let mut num = if body.starts_with('-') || body.starts_with('+') {
            body
        } else {
            format!("+{body}")
        };
        if self.f.space && num.starts_with('+') && !self.f.plus {
            num.replace_range(0..1, " ");
        }
        let second = num.as_bytes().get(1).copied();
        if second == Some(b'I') || second == Some(b'N') {
            let old = self.f.zero;
            self.f.zero = false;
            if second == Some(b'N') && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old;
            return;
        }
        if self.f.sharp && verb != 'b' {
            let mut digits: i64 = match verb {
                'v' | 'g' | 'G' | 'x' => {
                    if prec == -1 {
                        6
                    } else {
                        i64::from(prec)
                    }
                }
                _ => 0,
            };
            let bytes: Vec<u8> = num.bytes().collect();
            let mut tail = String::new();
            let mut body_end = bytes.len();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < body_end {
                match bytes[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail = num[i..].to_string();
                        body_end = i;
                        break;
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail = num[i..].to_string();
                        body_end = i;
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            let mut body = num[..body_end].to_string();
            if !has_point {
                if body.len() == 2 && body.as_bytes()[1] == b'0' {
                    digits -= 1;
                }
                body.push('.');
            }
            while digits > 0 {
                body.push('0');
                digits -= 1;
            }
            body.push_str(&tail);
            num = body;
        }
        if self.f.plus || !num.starts_with('+') {
            if self.f.zero && !self.f.minus && self.f.wid_present && self.f.wid > num.len() {
                let (sign, rest) = num.split_at(1);
                self.buf.push_str(sign);
                self.write_padding(self.f.wid - num.len());
                self.buf.push_str(rest);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    // ----- value formatting (Go's fmt/print.go) -----

    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.f.sharp = sharp;
    }

    fn fmt_int(&mut self, v: u64, signed: bool, verb: char, val: &Value) {
        match verb {
            'v' => {
                if self.f.sharp_v && !signed {
                    self.fmt_0x64(v, true);
                } else {
                    self.fmt_integer(v, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt_integer(v, 10, signed, verb, LDIGITS),
            'b' => self.fmt_integer(v, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer(v, 8, signed, verb, LDIGITS),
            'x' => self.fmt_integer(v, 16, signed, verb, LDIGITS),
            'X' => self.fmt_integer(v, 16, signed, verb, UDIGITS),
            'c' => self.fmt_c(v),
            'q' => self.fmt_qc(v),
            'U' => self.fmt_unicode(v),
            _ => self.bad_verb(verb, val),
        }
    }

    fn fmt_float(&mut self, v: f64, verb: char, val: &Value) {
        match verb {
            'v' => self.fmt_float_raw(v, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float_raw(v, verb, -1),
            'f' | 'e' | 'E' => self.fmt_float_raw(v, verb, 6),
            'F' => self.fmt_float_raw(v, 'f', 6),
            _ => self.bad_verb(verb, val),
        }
    }

    fn fmt_complex(&mut self, re: f64, im: f64, verb: char, val: &Value) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.f.plus;
                self.buf.push('(');
                self.fmt_float(re, verb, val);
                self.f.plus = true;
                self.fmt_float(im, verb, val);
                self.buf.push_str("i)");
                self.f.plus = old_plus;
            }
            _ => self.bad_verb(verb, val),
        }
    }

    fn fmt_string(&mut self, s: &str, verb: char, val: &Value) {
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.fmt_q(s);
                } else {
                    self.fmt_s(s);
                }
            }
            's' => self.fmt_s(s),
            'x' => self.fmt_sx(s, LDIGITS),
            'X' => self.fmt_sx(s, UDIGITS),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb, val),
        }
    }

    fn fmt_pointer(&mut self, addr: usize, verb: char, val: &Value) {
        let u = addr as u64;
        match verb {
            'v' => {
                if self.f.sharp_v {
                    self.buf.push('(');
                    self.buf.push_str(&val.type_name());
                    self.buf.push_str(")(");
                    if u == 0 {
                        self.buf.push_str("nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(')');
                } else if u == 0 {
                    self.pad("<nil>");
                } else {
                    let sharp = !self.f.sharp;
                    self.fmt_0x64(u, sharp);
                }
            }
            'p' => {
                let sharp = !self.f.sharp;
                self.fmt_0x64(u, sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_int(u, false, verb, val),
            _ => self.bad_verb(verb, val),
        }
    }

    fn bad_verb(&mut self, verb: char, val: &Value) {
        self.erroring = true;
        self.buf.push_str("%!");
        self.buf.push(verb);
        self.buf.push('(');
        if val.is_nil() {
            self.buf.push_str("<nil>");
        } else {
            self.buf.push_str(&val.type_name());
            self.buf.push('=');
            self.print_arg(val, 'v');
        }
        self.buf.push(')');
        self.erroring = false;
    }

    fn handle_methods(&mut self, v: &Value, verb: char) -> bool {
        if self.erroring || self.f.sharp_v {
            return false;
        }
        if let Value::Object(o) = v
            && let Some(s) = o.string_method()
            && matches!(verb, 'v' | 's' | 'x' | 'X' | 'q')
        {
            self.fmt_string(&s, verb, v);
            return true;
        }
        false
    }

    fn print_arg(&mut self, v: &Value, verb: char) {
        if v.is_nil() {
            match verb {
                'T' | 'v' => self.pad("<nil>"),
                _ => self.bad_verb(verb, v),
            }
            return;
        }
        match verb {
            'T' => {
                let t = v.type_name();
                self.fmt_s(&t);
                return;
            }
            'p' => {
                match v {
                    Value::Map(m) => self.fmt_pointer(m.addr(), verb, v),
                    Value::Func(f) => self.fmt_pointer(f.addr(), verb, v),
                    Value::List(l) => self.fmt_pointer(std::sync::Arc::as_ptr(l) as *const () as usize, verb, v),
                    _ => self.bad_verb(verb, v),
                }
                return;
            }
            _ => {}
        }
        match v {
            Value::Bool(b) => match verb {
                't' | 'v' => self.fmt_boolean(*b),
                _ => self.bad_verb(verb, v),
            },
            Value::Int(i, _) => self.fmt_int(*i as u64, true, verb, v),
            Value::Uint(u, _) => self.fmt_int(*u, false, verb, v),
            Value::Float(x) => self.fmt_float(*x, verb, v),
            Value::Complex(re, im) => self.fmt_complex(*re, *im, verb, v),
            Value::String(s) => self.fmt_string(s, verb, v),
            _ => {
                if !self.handle_methods(v, verb) {
                    self.print_value(v, verb, 0);
                }
            }
        }
    }

    fn print_value(&mut self, v: &Value, verb: char, depth: usize) {
        if depth > MAX_PRINT_DEPTH {
            self.buf.push_str("...");
            return;
        }
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.print_value_inner(v, verb, depth));
    }

    fn print_value_inner(&mut self, v: &Value, verb: char, depth: usize) {
        if depth > 0 && self.handle_methods(v, verb) {
            return;
        }
        match v {
            Value::Nil => {
                if self.f.sharp_v {
                    self.buf.push_str("interface {}(nil)");
                } else {
                    self.buf.push_str("<nil>");
                }
            }
            Value::Bool(_)
            | Value::Int(..)
            | Value::Uint(..)
            | Value::Float(_)
            | Value::Complex(..)
            | Value::String(_) => self.print_arg(v, verb),
            Value::Map(m) => {
                if self.f.sharp_v {
                    self.buf.push_str(&v.type_name());
                    self.buf.push('{');
                } else {
                    self.buf.push_str("map[");
                }
                for (i, (k, val)) in m.entries().iter().enumerate() {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.push_str(", ");
                        } else {
                            self.buf.push(' ');
                        }
                    }
                    self.print_value(&Value::string(k.as_str()), verb, depth + 1);
                    self.buf.push(':');
                    self.print_value(val, verb, depth + 1);
                }
                self.buf.push(if self.f.sharp_v { '}' } else { ']' });
            }
            Value::List(items) => {
                if self.f.sharp_v {
                    self.buf.push_str(&v.type_name());
                    self.buf.push('{');
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            self.buf.push_str(", ");
                        }
                        self.print_value(item, verb, depth + 1);
                    }
                    self.buf.push('}');
                } else {
                    self.buf.push('[');
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(' ');
                        }
                        self.print_value(item, verb, depth + 1);
                    }
                    self.buf.push(']');
                }
            }
            Value::Func(f) => self.fmt_pointer(f.addr(), verb, v),
            Value::Object(o) => {
                if o.is_nil() {
                    match o.underlying() {
                        Some(u) if !o.is_pointer() => self.print_value(&u, verb, depth + 1),
                        _ => self.fmt_pointer(0, verb, v),
                    }
                } else if let Some(fields) = o.struct_fields() {
                    if self.f.sharp_v {
                        self.buf.push_str(&o.type_name());
                    }
                    self.buf.push('{');
                    for (i, (name, val)) in fields.iter().enumerate() {
                        if i > 0 {
                            if self.f.sharp_v {
                                self.buf.push_str(", ");
                            } else {
                                self.buf.push(' ');
                            }
                        }
                        if self.f.plus_v || self.f.sharp_v {
                            self.buf.push_str(name);
                            self.buf.push(':');
                        }
                        self.print_value(val, verb, depth + 1);
                    }
                    self.buf.push('}');
                } else if let Some(u) = o.underlying() {
                    self.print_value(&u, verb, depth + 1);
                } else {
                    self.buf.push_str("{}");
                }
            }
        }
    }

    // ----- Printf (Go's doPrintf) -----

    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index < num_args {
            return (index, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    fn do_printf(&mut self, format: &str, a: &[Value]) {
        let fb = format.as_bytes();
        let end = fb.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0usize;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && fb[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.push_str(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.f = Flags::default();
            'simple: while i < end {
                let c = fb[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = true,
                    b'+' => self.f.plus = true,
                    b'-' => self.f.minus = true,
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'v' {
                                self.f.sharp_v = self.f.sharp;
                                self.f.sharp = false;
                                self.f.plus_v = self.f.plus;
                                self.f.plus = false;
                            }
                            self.print_arg(&a[arg_num], char::from(c));
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break 'simple;
                    }
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, fb, i, a.len());
            if i < end && fb[i] == b'*' {
                i += 1;
                let (num, ok, next) = int_from_arg(a, arg_num);
                arg_num = next;
                self.f.wid_present = ok;
                if !ok {
                    self.buf.push_str("%!(BADWIDTH)");
                }
                if num < 0 {
                    self.f.wid = num.unsigned_abs() as usize;
                    self.f.minus = true;
                    self.f.zero = false;
                } else {
                    self.f.wid = num as usize;
                }
                after_index = false;
            } else {
                let (num, present, next) = parse_num(fb, i, end);
                self.f.wid = num;
                self.f.wid_present = present;
                i = next;
                if after_index && present {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && fb[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, fb, i, a.len());
                if i < end && fb[i] == b'*' {
                    i += 1;
                    let (num, ok, next) = int_from_arg(a, arg_num);
                    arg_num = next;
                    self.f.prec_present = ok;
                    self.f.prec = if num < 0 { 0 } else { num as usize };
                    if num < 0 {
                        self.f.prec_present = false;
                    }
                    if !ok {
                        self.buf.push_str("%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (num, present, next) = parse_num(fb, i, end);
                    self.f.prec = num;
                    self.f.prec_present = true;
                    if !present {
                        self.f.prec = 0;
                    }
                    i = next;
                }
            }
            if !after_index {
                (arg_num, i, after_index) = self.arg_number(arg_num, fb, i, a.len());
            }
            let _ = after_index;
            if i >= end {
                self.buf.push_str("%!(NOVERB)");
                break;
            }
            let verb = format[i..].chars().next().unwrap_or('%');
            i += verb.len_utf8();
            if verb == '%' {
                self.buf.push('%');
            } else if !self.good_arg_num {
                self.buf.push_str("%!");
                self.buf.push(verb);
                self.buf.push_str("(BADINDEX)");
            } else if arg_num >= a.len() {
                self.buf.push_str("%!");
                self.buf.push(verb);
                self.buf.push_str("(MISSING)");
            } else {
                if verb == 'v' {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                self.print_arg(&a[arg_num], verb);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < a.len() {
            self.f = Flags::default();
            self.buf.push_str("%!(EXTRA ");
            for (i, arg) in a[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.buf.push_str(", ");
                }
                if arg.is_nil() {
                    self.buf.push_str("<nil>");
                } else {
                    self.buf.push_str(&arg.type_name());
                    self.buf.push('=');
                    self.print_arg(arg, 'v');
                }
            }
            self.buf.push(')');
        }
    }
}

/// Parses a decimal number at `s[start..end]`; returns (number, present, next index).
fn parse_num(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0usize;
    let mut present = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if num > MAX_NUM {
            return (0, false, end);
        }
        num = num * 10 + usize::from(s[i] - b'0');
        present = true;
        i += 1;
    }
    (num, present, i)
}

/// Parses `[n]` at the start of `s`; returns (zero-based index, bytes consumed, ok).
fn parse_arg_number(s: &[u8]) -> (usize, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (width, ok, newi) = parse_num(s, 1, i);
            if !ok || newi != i || width == 0 {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Reads a `*` width or precision argument; returns (value, ok, next argument index).
fn int_from_arg(a: &[Value], arg_num: usize) -> (i64, bool, usize) {
    let Some(arg) = a.get(arg_num) else {
        return (0, false, arg_num);
    };
    let (mut num, mut ok) = match arg {
        Value::Int(i, _) => (*i, true),
        Value::Uint(u, _) => match i64::try_from(*u) {
            Ok(n) => (n, true),
            Err(_) => (0, false),
        },
        _ => (0, false),
    };
    if num.unsigned_abs() > MAX_NUM as u64 {
        num = 0;
        ok = false;
    }
    (num, ok, arg_num + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn s(v: &str) -> Value {
        Value::string(v)
    }

    #[test]
    fn printf_verbs_and_flags_match_go() {
        assert_eq!(
            sprintf(
                "%5.2f|%-8s|%08d|%x|%X|%o|%b",
                &[
                    1.23456.into(),
                    s("ab"),
                    42.into(),
                    255.into(),
                    255.into(),
                    8.into(),
                    5.into()
                ]
            ),
            " 1.23|ab      |00000042|ff|FF|10|101"
        );
        assert_eq!(
            sprintf("%q %v %d %t", &[s("hi"), Value::Nil, s("x"), true.into()]),
            "\"hi\" <nil> %!d(string=x) true"
        );
        assert_eq!(
            sprintf(
                "%e %g %c %U %#U",
                &[1234.5678.into(), 0.000001.into(), 65.into(), 0x1F600.into(), 65.into()]
            ),
            "1.234568e+03 1e-06 A U+1F600 U+0041 'A'"
        );
        assert_eq!(sprintf("%d %d", &[1.into()]), "1 %!d(MISSING)");
        assert_eq!(sprintf("%d", &[1.into(), s("x")]), "1%!(EXTRA string=x)");
        assert_eq!(sprintf("%[2]d %[1]d", &[1.into(), 2.into()]), "2 1");
        assert_eq!(
            sprintf("%*d|%-*d|", &[5.into(), 1.into(), 3.into(), 2.into()]),
            "    1|2  |"
        );
        assert_eq!(sprintf("%!", &[]), "%!!(MISSING)");
        assert_eq!(sprintf("%", &[]), "%!(NOVERB)");
        assert_eq!(
            sprintf("%+d % d %+.3e", &[5.into(), 5.into(), 1.0.into()]),
            "+5  5 +1.000e+00"
        );
        assert_eq!(sprintf("%6.2f%%", &[99.5.into()]), " 99.50%");
        assert_eq!(sprintf("%#x %#o %#q", &[255.into(), 8.into(), s("a")]), "0xff 010 `a`");
    }

    #[test]
    fn composite_values_print_like_go() {
        let mut m = BTreeMap::new();
        m.insert("b".to_string(), Value::int(2));
        m.insert("a".to_string(), Value::list(vec![Value::int(1), Value::Nil, s("x")]));
        let map = Value::map(m);
        assert_eq!(format_value(&map), "map[a:[1 <nil> x] b:2]");
        assert_eq!(sprintf("%q", &[Value::list(vec![s("a"), s("b")])]), "[\"a\" \"b\"]");
        assert_eq!(
            sprintf("%#v", &[Value::list(vec![Value::int(1), s("a")])]),
            "[]interface {}{1, \"a\"}"
        );
        assert_eq!(
            sprint(&[1.into(), 2.into(), s("a"), 3.into(), s("b"), s("c")]),
            "1 2a3bc"
        );
        assert_eq!(sprintln(&[1.into(), s("a")]), "1 a\n");
        assert_eq!(format_value(&Value::Float(1e6)), "1e+06");
        assert_eq!(format_value(&Value::Float(3.0)), "3");
    }
}
