//! Pure Rust: the portfolio model, its parsing and its rules. No leptos, web-sys or gloo here,
//! so the app, the CLI and native tests share exactly the same code.

pub mod inline;
pub mod model;
pub mod validate;

pub use model::*;
pub use validate::{validate, Problem};

use std::fmt;

/// Why a portfolio file could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentError {
    /// Not JSON, or JSON of the wrong shape; `line` and `column` are 1-based.
    Parse {
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but breaks the rules of `validate`.
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
            ContentError::Invalid(problems) => {
                write!(f, "{} problem(s) in the content", problems.len())
            }
        }
    }
}

/// Parses and validates portfolio JSON: the one entry point for every consumer.
pub fn parse(text: &str) -> Result<Portfolio, ContentError> {
    let portfolio: Portfolio = serde_json::from_str(text).map_err(|e| {
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
    let problems = validate(&portfolio);
    if problems.is_empty() {
        Ok(portfolio)
    } else {
        Err(ContentError::Invalid(problems))
    }
}
