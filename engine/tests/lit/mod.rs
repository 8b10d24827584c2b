//! Writing values as Rust expressions that build them: the shared part of
//! the generators of the shipped data (the catalog, the price books, the
//! production calendar), each a test that fails when its generated file
//! differs from the JSON it is written from.

use std::borrow::Cow;
use std::fmt::Write;
use std::path::PathBuf;

use slacalc_engine::catalog::ChannelKind;
use slacalc_engine::Severity;

/// A value written as a Rust expression that builds it.
pub trait Lit {
    /// Appends the expression that builds `self`.
    fn lit(&self, out: &mut String);
}

pub fn lit(value: &impl Lit) -> String {
    let mut out = String::new();
    value.lit(&mut out);
    out
}

impl Lit for String {
    fn lit(&self, out: &mut String) {
        // Debug of a str is a Rust string literal.
        write!(out, "s({self:?})").unwrap();
    }
}

macro_rules! number {
    ($($t:ty),*) => {$(
        impl Lit for $t {
            fn lit(&self, out: &mut String) {
                write!(out, "{self}").unwrap();
            }
        }
    )*};
}
number!(u8, u32, u64, i32, bool);

impl<T: Lit> Lit for Option<T> {
    fn lit(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.lit(out);
                out.push(')');
            }
        }
    }
}

impl<T: Lit> Lit for Vec<T> {
    fn lit(&self, out: &mut String) {
        if self.is_empty() {
            return out.push_str("Vec::new()");
        }
        out.push_str("vec![\n");
        for item in self {
            item.lit(out);
            out.push_str(",\n");
        }
        out.push(']');
    }
}

// The catalog's words and lists borrow static data (`Str`, `List` in
// engine/src/catalog/model.rs): `s("…")` is a const fn; a list is written
// out as `List::Borrowed(const { &[…] })`: a borrow passed to a function or
// a variant would not live as long as the static; one that is a constant's
// value does.
impl Lit for Cow<'static, str> {
    fn lit(&self, out: &mut String) {
        write!(out, "s({:?})", &**self).unwrap();
    }
}

impl<T: Lit + Clone> Lit for Cow<'static, [T]> {
    fn lit(&self, out: &mut String) {
        if self.is_empty() {
            return out.push_str("List::Borrowed(&[])");
        }
        out.push_str("List::Borrowed(const { &[\n");
        for item in self.iter() {
            item.lit(out);
            out.push_str(",\n");
        }
        out.push_str("] })");
    }
}

impl<A: Lit, B: Lit> Lit for (A, B) {
    fn lit(&self, out: &mut String) {
        write!(out, "({}, {})", lit(&self.0), lit(&self.1)).unwrap();
    }
}

/// `Name { field: value, … }` from the fields in scope.
macro_rules! record {
    ($out:ident, $name:expr, $($field:ident),*) => {{
        $out.push_str($name);
        $out.push_str(" {\n");
        $(
            $out.push_str(concat!(stringify!($field), ": "));
            $field.lit($out);
            $out.push_str(",\n");
        )*
        $out.push('}');
    }};
}

/// The records written field by field, each destructured in full first so
/// a field added to the model fails to compile here rather than go missing.
macro_rules! records {
    ($($ty:ident { $($field:ident),* })*) => {$(
        impl Lit for $ty {
            fn lit(&self, out: &mut String) {
                let $ty { $($field),* } = self;
                record!(out, stringify!($ty), $($field),*);
            }
        }
    )*};
}

/// Checks that `path` (inside the engine crate) holds `want`; with
/// `SLACALC_REGENERATE` set, writes it first. `test` names the test to
/// rerun.
pub fn check_generated(path: &str, want: &str, test: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("SLACALC_REGENERATE").is_some() {
        std::fs::write(&path, want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{} is not what its JSON says; run\n  SLACALC_REGENERATE=1 cargo test -p slacalc-engine --test {test}",
        path.display()
    );
}

impl Lit for Severity {
    fn lit(&self, out: &mut String) {
        out.push_str(match self {
            Severity::Critical => "Severity::Critical",
            Severity::High => "Severity::High",
            Severity::Medium => "Severity::Medium",
            Severity::Low => "Severity::Low",
        });
    }
}

impl Lit for ChannelKind {
    fn lit(&self, out: &mut String) {
        out.push_str(match self {
            ChannelKind::Phone => "ChannelKind::Phone",
            ChannelKind::Email => "ChannelKind::Email",
            ChannelKind::Ticket => "ChannelKind::Ticket",
            ChannelKind::Chat => "ChannelKind::Chat",
            ChannelKind::Messenger => "ChannelKind::Messenger",
            ChannelKind::Portal => "ChannelKind::Portal",
            ChannelKind::Other => "ChannelKind::Other",
        });
    }
}
