//! A site's source: a learning-portfolio README (imported) or a `portfolio.json` (validated),
//! read into a portfolio, or into the problems that stop a build — as lines the terminal prints
//! and `nexus serve` also shows on the page (README line numbers, JSON paths).

use nexus_core::content::{self, ContentError, Portfolio};
use std::path::{Path, PathBuf};

/// A source that became a portfolio, with what the importer reported (empty for JSON).
pub struct Loaded {
    pub portfolio: Portfolio,
    /// The portfolio as the site's `portfolio.json`.
    pub json: String,
    /// The import report's lines and summary (for stderr), none for a JSON source.
    pub report: Vec<String>,
}

/// Why a source gave no portfolio: the exit code's kind and the lines to show.
pub struct Problem {
    /// True for content problems (exit 1), false for usage and I/O (exit 2).
    pub content: bool,
    pub lines: Vec<String>,
}

impl Problem {
    fn input(line: String) -> Problem {
        Problem {
            content: false,
            lines: vec![line],
        }
    }
}

/// The source to use: the one given, else `./portfolio.json` if present, else `./README.md`.
pub fn resolve(given: Option<PathBuf>) -> Result<PathBuf, Problem> {
    if let Some(path) = given {
        return Ok(path);
    }
    ["portfolio.json", "README.md"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .ok_or_else(|| {
            Problem::input(
                "no SOURCE given, and there is neither ./portfolio.json nor ./README.md here"
                    .into(),
            )
        })
}

/// Whether the source is portfolio JSON (by its extension), else a README.
fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Reads and turns the source into a portfolio.
pub fn load(path: &Path) -> Result<Loaded, Problem> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Problem::input(format!("{name}: {e}")))?;
    if is_json(path) {
        let text = String::from_utf8(bytes)
            .map_err(|_| content_problem(vec![format!("{name}: not UTF-8 text")]))?;
        return match content::parse(&text) {
            Ok(portfolio) => Ok(Loaded {
                portfolio,
                json: text,
                report: Vec::new(),
            }),
            Err(ContentError::Invalid(problems)) => Err(content_problem(
                problems.iter().map(|p| format!("{name}: {p}")).collect(),
            )),
            Err(syntax) => Err(content_problem(vec![format!("{name}: {syntax}")])),
        };
    }
    let imported = import_readme(&name, &bytes)?;
    let mut report = imported.report.lines(&name);
    report.push(format!("{name}: {}", imported.summary()));
    let portfolio = imported.portfolio;
    let json = serde_json::to_string_pretty(&portfolio).expect("a portfolio always serializes");
    // Valid by construction; checked all the same, so a bug can never publish a broken site.
    let portfolio = content::parse(&json).map_err(|e| {
        Problem::input(format!(
            "internal error: the portfolio imported from {name} is invalid ({e}); please report it"
        ))
    })?;
    Ok(Loaded {
        portfolio,
        json: format!("{json}\n"),
        report,
    })
}

/// A README's bytes imported: decoded (UTF-8, or UTF-16 with its byte-order mark; binary or
/// oversized input refused as no portfolio), with a report line for bytes that were not text.
pub fn import_readme(name: &str, bytes: &[u8]) -> Result<nexus_core::import::Imported, Problem> {
    let refused = |not: &dyn std::fmt::Display| content_problem(vec![format!("{name}: {not}")]);
    let (markdown, replaced) = nexus_core::import::decode(bytes).map_err(|e| refused(&e))?;
    let mut imported = nexus_core::import::import(&markdown).map_err(|e| refused(&e))?;
    if replaced > 0 {
        let what = nexus_core::import::count(
            replaced,
            "invalid UTF-8 sequence",
            "invalid UTF-8 sequences",
        );
        imported
            .report
            .at(1, format!("{what} replaced by \"\u{fffd}\""));
    }
    Ok(imported)
}

fn content_problem(lines: Vec<String>) -> Problem {
    Problem {
        content: true,
        lines,
    }
}
