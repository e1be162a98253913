//! `nexus import README`: a learning-portfolio README turned into portfolio JSON, with a report.

use super::Failure;
use clap::Args;
use nexus_core::content;
use std::path::{Path, PathBuf};

/// Turn a learning-portfolio README (Markdown) into portfolio JSON.
///
/// The JSON goes to stdout, or to --output; the report — one line per decision that lost or
/// guessed something, with its README line, then a summary — goes to stderr. Exits 1 when
/// the README is not a learning portfolio (it names no technologies, concepts, challenges or
/// practices, or it documents an app), or is not text (binary, or over 2 MB). UTF-16 with its
/// byte-order mark is decoded.
#[derive(Args)]
pub struct ImportArgs {
    /// The README, e.g. README.md.
    #[arg(value_name = "README")]
    readme: PathBuf,
    /// Write the JSON to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Overwrite --output if it exists.
    #[arg(long)]
    force: bool,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: ImportArgs) -> Result<(), Failure> {
    import(&args.readme, args.output.as_deref(), args.force, args.json)
}

fn import(readme: &Path, output: Option<&Path>, force: bool, json: bool) -> Result<(), Failure> {
    let bytes =
        std::fs::read(readme).map_err(|e| Failure::Input(format!("{}: {e}", readme.display())))?;
    if let Some(out) = output.filter(|o| o.exists() && !force) {
        return Err(Failure::Input(format!(
            "{} exists; add --force to overwrite it",
            out.display()
        )));
    }
    let name = readme.display().to_string();
    // UTF-16 is decoded; binary or oversized input is refused like a README that is no portfolio.
    let imported = crate::source::import_readme(&name, &bytes).map_err(super::printed)?;
    let summary = format!("{name}: {}", imported.summary());
    let mut portfolio = imported.portfolio;
    portfolio.schema = Some("portfolio.schema.json".into());
    let text = serde_json::to_string_pretty(&portfolio).expect("a portfolio always serializes");
    // Valid by construction; checked all the same, so a bug can never write a broken site.
    if let Err(e) = content::parse(&text) {
        return Err(Failure::Input(format!(
            "internal error: the portfolio imported from {name} is invalid ({e}); please report it"
        )));
    }
    let p = &portfolio;
    let solved = p.challenges.iter().filter(|c| c.solution.is_some()).count();
    if json {
        let report = serde_json::json!({
            "file": name,
            "notes": imported.report.notes,
            "counts": {
                "technologies": p.technologies.len(),
                "concepts": p.concepts.len(),
                "challenges": p.challenges.len(),
                "solved": solved,
                "practices": p.practices.len(),
                "projects": p.projects.len(),
                "extra": p.extra.len(),
            },
        });
        eprintln!("{report}");
    } else {
        for line in imported.report.lines(&name) {
            eprintln!("{line}");
        }
        eprintln!("{summary}");
    }
    match output {
        Some(out) => std::fs::write(out, format!("{text}\n"))
            .map_err(|e| Failure::Input(format!("{}: {e}", out.display()))),
        None => {
            println!("{text}");
            Ok(())
        }
    }
}
