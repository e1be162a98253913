//! `nexus validate FILE…`: checks portfolio files, one line per problem.

use super::{read, Failure};
use clap::Args;
use nexus_core::content::{self, ContentError, Portfolio};
use std::path::{Path, PathBuf};

/// Check portfolio files: one line per problem (`path: message`), a summary per file.
///
/// Exits 0 when every file is valid, 1 when any has problems, 2 when one cannot be read.
#[derive(Args)]
pub struct ValidateArgs {
    /// Portfolio JSON files, e.g. public/portfolio.json.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
}

pub fn run(args: ValidateArgs) -> Result<(), Failure> {
    validate(&args.files)
}

/// Validates every file (all of them, even after a bad one); an unreadable file outranks
/// content problems in the exit code.
fn validate(files: &[PathBuf]) -> Result<(), Failure> {
    let (mut unreadable, mut problems) = (false, false);
    for file in files {
        match read(file).and_then(|text| check(file, &text).map(drop)) {
            Ok(()) => {}
            Err(Failure::Content) => problems = true,
            Err(Failure::Input(message)) => {
                eprintln!("nexus: {message}");
                unreadable = true;
            }
        }
    }
    if unreadable {
        Err(Failure::Input(String::new()))
    } else if problems {
        Err(Failure::Content)
    } else {
        Ok(())
    }
}

/// Parses one file's text, printing its problems or a one-line summary.
pub(crate) fn check(file: &Path, text: &str) -> Result<Portfolio, Failure> {
    let file = file.display();
    match content::parse(text) {
        Ok(p) => {
            let counts = [
                (p.categories.len(), "category", "categories"),
                (p.technologies.len(), "technology", "technologies"),
                (p.concepts.len(), "concept", "concepts"),
                (p.challenges.len(), "challenge", "challenges"),
                (p.practices.len(), "practice", "practices"),
            ]
            .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }));
            println!("{file} is valid: {}", counts.join(", "));
            Ok(p)
        }
        Err(ContentError::Invalid(problems)) => {
            for problem in &problems {
                println!("{problem}");
            }
            match problems.len() {
                1 => eprintln!("{file}: 1 problem"),
                n => eprintln!("{file}: {n} problems"),
            }
            Err(Failure::Content)
        }
        Err(syntax) => {
            println!("{syntax}");
            eprintln!("{file}: not valid JSON");
            Err(Failure::Content)
        }
    }
}
