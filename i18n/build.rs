//! Compiles `locales/<lang>/*.ftl` (Fluent syntax, parsed by Fluent's own
//! parser) into statics: each message's English pattern on its own, every
//! other language's patterns as one table in message order, and a
//! `msg::NAME` constant per id referring to its message, so a mistyped key
//! is a compile error. A message missing from a language, or whose
//! variables differ between languages, is recorded (not fatal) and
//! `tests/complete.rs` fails on it with the file to fix.
//!
//! Supported: text, `{ $variable }`, and `{ $variable -> [one] … *[other] … }`
//! selects on a plural category, an exact number or a word. Anything else
//! (terms, functions, message references, attributes) stops the build with
//! the file and message named: the resolver would not know what to do.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use fluent_syntax::ast;

const LANGS: [&str; 2] = ["en", "ru"];

struct Message {
    file: String,
    code: String,
    variables: BTreeSet<String>,
    english: String,
}

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    // Per language: id → compiled pattern.
    let mut tables: Vec<BTreeMap<String, Message>> = Vec::new();
    // Per language: translations of the catalog's own words, by key.
    let mut data: Vec<BTreeMap<String, String>> = Vec::new();
    for lang in LANGS {
        let dir = root.join(lang);
        let mut table = BTreeMap::new();
        for (path, name) in ftl_files(&dir, lang) {
            for message in messages(&path, &name) {
                let id = message.id.name;
                let where_ = format!("locales/{name}, message `{id}`");
                assert!(
                    message.attributes.is_empty(),
                    "{where_}: attributes are not supported"
                );
                let pattern = message
                    .value
                    .unwrap_or_else(|| panic!("{where_}: the message has no text"));
                let mut variables = BTreeSet::new();
                let code = pattern_code(&pattern, &mut variables, &where_);
                let english = plain_text(&pattern);
                let previous = table.insert(
                    id.clone(),
                    Message {
                        file: name.clone(),
                        code,
                        variables,
                        english,
                    },
                );
                if let Some(previous) = previous {
                    panic!("{where_}: also defined in locales/{}", previous.file);
                }
            }
        }
        tables.push(table);
        data.push(data_table(&dir.join("data"), lang));
    }

    let english = &tables[0];
    let mut out = String::new();
    let mut missing = Vec::new();
    let mut mismatched = Vec::new();
    // English is the table every build carries (the command-line tool, and
    // the fallback); every other language is a `Tables` of its own, which
    // the browser app loads only for a reader of that language.
    let mut patterns: Vec<Vec<String>> = vec![Vec::new(); LANGS.len()];
    for (id, en) in english {
        for (index, lang) in LANGS.iter().enumerate() {
            match tables[index].get(id) {
                Some(message) => {
                    if message.variables != en.variables {
                        mismatched.push(format!(
                            "{}: `{id}` uses {:?}, English uses {:?}",
                            message.file, message.variables, en.variables
                        ));
                    }
                    patterns[index].push(message.code.clone());
                }
                None => {
                    missing.push(format!("{lang}: `{id}` (English in {})", en.file));
                    patterns[index].push(en.code.clone());
                }
            }
        }
    }
    // Each English pattern is a static of its own that only its `msg`
    // constant refers to, not a row of one table: in the browser app the
    // route splitter then places each message's words with the code that
    // says them, so a page downloads its own words and not every page's.
    // The ids are apart from the patterns: only `Key::id` reads them,
    // which the browser app never calls, so its wasm carries no id.
    for (index, pattern) in patterns[0].iter().enumerate() {
        writeln!(
            out,
            "static M{index}: Message = Message {{ index: {index}, english: {pattern} }};"
        )
        .unwrap();
    }
    out.push('\n');
    out.push_str("/// Every message's id as written in the Fluent files, in `msg` order.\n");
    writeln!(out, "pub(crate) static IDS: [&str; {}] = [", english.len()).unwrap();
    for id in english.keys() {
        writeln!(out, "    {id:?},").unwrap();
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// Translations of catalog texts and source quotes into English, sorted by key.\n",
    );
    writeln!(
        out,
        "pub(crate) static DATA_EN: &[(&str, &str)] = &{};",
        data_code(&data[0])
    )
    .unwrap();
    for (index, lang) in LANGS.iter().enumerate().skip(1) {
        let name = lang.to_uppercase();
        writeln!(
            out,
            "\n/// Every message in `{lang}` (in `msg` order, English where one is missing) and the catalog's translations.\npub(crate) static {name}_TABLES: Tables = Tables {{\n    lang: Lang::{},\n    patterns: &[\n{}    ],\n    data: &{},\n}};",
            capitalised(lang),
            patterns[index].iter().map(|p| format!("        {p},\n")).collect::<String>(),
            data_code(&data[index])
        )
        .unwrap();
    }
    let mut orphans = Vec::new();
    for (index, lang) in LANGS.iter().enumerate().skip(1) {
        for (id, message) in &tables[index] {
            if !english.contains_key(id) {
                orphans.push(format!("{lang}: `{id}` in {} has no English", message.file));
            }
        }
    }
    for (name, list) in [
        ("MISSING", &missing),
        ("MISMATCHED", &mismatched),
        ("ORPHANS", &orphans),
    ] {
        writeln!(out, "pub(crate) static {name}: &[&str] = &{list:?};").unwrap();
    }
    out.push_str("\n/// Every message, by its id in the Fluent files (`nav-compare` → `NAV_COMPARE`).\npub mod msg {\n    use crate::Key;\n");
    for (index, (id, en)) in english.iter().enumerate() {
        let name = id.to_uppercase().replace('-', "_");
        // The English, escaped so rustdoc reads it as text, not as HTML
        // tags or intra-doc links.
        let doc = en
            .english
            .replace('\n', " ")
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('[', "\\[")
            .replace(']', "\\]");
        writeln!(
            out,
            "    /// {doc:?}\n    pub const {name}: Key = Key(&super::M{index});"
        )
        .unwrap();
    }
    writeln!(
        out,
        "\n    /// Every message, in `msg` order (for tests that render each one).\n    pub(crate) static ALL: [Key; {}] = [{}];",
        english.len(),
        (0..english.len()).map(|i| format!("Key(&super::M{i})")).collect::<Vec<_>>().join(", ")
    )
    .unwrap();
    out.push_str("}\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("messages.rs");
    fs::write(dest, out).unwrap();
}

/// A data table as a Rust slice of `(key, text)` pairs.
fn data_code(table: &BTreeMap<String, String>) -> String {
    let pairs: Vec<String> = table
        .iter()
        .map(|(k, v)| format!("({k:?}, {v:?})"))
        .collect();
    format!("[{}]", pairs.join(", "))
}

/// `ru` → `Ru`: the `Lang` variant of a language code.
fn capitalised(code: &str) -> String {
    let mut chars = code.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `locales/<lang>/data/*.ftl`: translations of the catalog's words and of
/// source quotes into `lang`, keyed by `slacalc_i18n::data_key` of the
/// original. Plain text only (no variables): they are data, not messages.
fn data_table(dir: &Path, lang: &str) -> BTreeMap<String, String> {
    let mut table = BTreeMap::new();
    for (path, name) in ftl_files(dir, &format!("{lang}/data")) {
        for message in messages(&path, &name) {
            let id = message.id.name;
            let pattern = message
                .value
                .unwrap_or_else(|| panic!("locales/{name}: `{id}` has no text"));
            let mut text = String::new();
            for element in &pattern.elements {
                match element {
                    ast::PatternElement::TextElement { value } => text.push_str(value),
                    ast::PatternElement::Placeable {
                        expression:
                            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
                    } => text.push_str(&unescape(value)),
                    _ => panic!("locales/{name}: `{id}` must be plain text"),
                }
            }
            if table.insert(id.clone(), text).is_some() {
                panic!("locales/{name}: `{id}` is defined twice");
            }
        }
    }
    table
}

/// The `.ftl` files in `dir`, sorted, each with its name as messages cite
/// it (`ru/data/vkcloud.ftl`); none when `dir` does not exist. Each is a
/// reason to rebuild.
fn ftl_files(dir: &Path, prefix: &str) -> Vec<(PathBuf, String)> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            println!("cargo:rerun-if-changed={}", path.display());
            let name = format!("{prefix}/{}", path.file_name().unwrap().to_string_lossy());
            (path, name)
        })
        .collect()
}

/// The messages of one file, read by Fluent's parser; a syntax error, a
/// term or unreadable text stops the build with the file named.
fn messages(path: &Path, name: &str) -> Vec<ast::Message<String>> {
    let source = fs::read_to_string(path).unwrap();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("locales/{name}: {errors:?}"),
    };
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message),
            ast::Entry::Term(term) => {
                panic!("locales/{name}: term -{} is not supported", term.id.name)
            }
            ast::Entry::Junk { content } => panic!("locales/{name}: cannot read {content:?}"),
            _ => None,
        })
        .collect()
}

fn pattern_code(
    pattern: &ast::Pattern<String>,
    variables: &mut BTreeSet<String>,
    where_: &str,
) -> String {
    let mut pieces = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                pieces.push(format!("Piece::Text({value:?})"));
            }
            ast::PatternElement::Placeable { expression } => {
                pieces.push(expression_code(expression, variables, where_));
            }
        }
    }
    format!("&[{}]", pieces.join(", "))
}

fn expression_code(
    expression: &ast::Expression<String>,
    variables: &mut BTreeSet<String>,
    where_: &str,
) -> String {
    match expression {
        ast::Expression::Inline(inline) => inline_code(inline, variables, where_),
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                panic!("{where_}: a select must be on a $variable");
            };
            variables.insert(id.name.to_owned());
            let mut default = 0;
            let mut arms = Vec::new();
            for (index, variant) in variants.iter().enumerate() {
                if variant.default {
                    default = index;
                }
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => format!("Variant::Name({name:?})"),
                    ast::VariantKey::NumberLiteral { value } => {
                        let number: f64 = value
                            .parse()
                            .unwrap_or_else(|_| panic!("{where_}: variant [{value}]"));
                        format!("Variant::Number({number:?})")
                    }
                };
                arms.push(format!(
                    "({key}, {})",
                    pattern_code(&variant.value, variables, where_)
                ));
            }
            format!(
                "Piece::Select(&Select {{ on: {:?}, variants: &[{}], default: {default} }})",
                id.name,
                arms.join(", ")
            )
        }
    }
}

fn inline_code(
    inline: &ast::InlineExpression<String>,
    variables: &mut BTreeSet<String>,
    where_: &str,
) -> String {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
            format!("Piece::Var({:?})", id.name)
        }
        ast::InlineExpression::StringLiteral { value } => {
            format!("Piece::Text({:?})", unescape(value))
        }
        ast::InlineExpression::NumberLiteral { value } => format!("Piece::Text({value:?})"),
        ast::InlineExpression::Placeable { expression } => {
            expression_code(expression, variables, where_)
        }
        other => panic!("{where_}: {other:?} is not supported"),
    }
}

/// Fluent string literals escape `\"`, `\\` and `\uXXXX`.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The English text with `{ $var }` left in, for the constant's doc comment.
fn plain_text(pattern: &ast::Pattern<String>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    write!(out, "{{${}}}", id.name).unwrap()
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    out.push_str(&unescape(value))
                }
                _ => out.push('…'),
            },
        }
    }
    out
}
