//! The portfolio model, its parsing and its rules. No leptos, web-sys or gloo here,
//! so the app, the CLI and native tests share exactly the same code.

pub mod inline;
pub mod limits;
pub mod model;
pub mod schema;
pub mod spec;
pub mod validate;

pub use model::*;
pub use validate::{validate, Problem};

use std::fmt;

/// Why a portfolio file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentError {
    /// Not JSON; `line` and `column` are 1-based.
    Parse {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but breaks the rules of `validate` (or is too large to read): every problem.
    Invalid(Vec<Problem>),
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Parse {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: {message}"),
            ContentError::Invalid(problems) => match problems.len() {
                1 => write!(f, "1 problem in the content"),
                n => write!(f, "{n} problems in the content"),
            },
        }
    }
}

/// Parses and validates portfolio JSON: the one entry point for the app, the CLI and the tests.
pub fn parse(text: &str) -> Result<Portfolio, ContentError> {
    if let Some(problem) = validate::check_size(text) {
        return Err(ContentError::Invalid(vec![problem]));
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        // serde_json appends " at line L column C"; we report those as fields.
        let full = e.to_string();
        let message = match full.rfind(" at line ") {
            Some(i) => full[..i].to_string(),
            None => full,
        };
        ContentError::Parse {
            line: e.line(),
            column: e.column(),
            message,
        }
    })?;
    let problems = validate(&value);
    if !problems.is_empty() {
        return Err(ContentError::Invalid(problems));
    }
    // The walk checked everything the model needs, so this only fails if `spec` and `model`
    // disagree, which the tests rule out; report it rather than panic all the same. Read from
    // the text again rather than from `value`: serde_json's deserializer from a `Value` would be
    // a second copy of the model's decoding in the wasm.
    drop(value);
    serde_json::from_str(text).map_err(|e| {
        ContentError::Invalid(vec![Problem {
            path: "$".into(),
            message: e.to_string(),
        }])
    })
}
