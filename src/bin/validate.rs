//! `cargo run --quiet --bin validate -- <file>`: checks a portfolio file with the app's own
//! validator (`content::parse`). Prints one line per problem and exits 1; prints a one-line
//! summary and exits 0 when the file is valid; exits 2 when the file cannot be read.
//! `--schema` prints the JSON Schema that `public/portfolio.schema.json` must equal.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use nexus::content::{parse, schema, ContentError};
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = match args.as_slice() {
        [flag] if flag == "--schema" => {
            let text = serde_json::to_string_pretty(&schema::json_schema())
                .expect("a JSON value always serializes");
            println!("{text}");
            return ExitCode::SUCCESS;
        }
        [file] if !file.starts_with("--") => file,
        _ => {
            eprintln!("usage: validate <portfolio.json> | validate --schema");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    match parse(&text) {
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
            ExitCode::SUCCESS
        }
        Err(ContentError::Invalid(problems)) => {
            for problem in &problems {
                println!("{problem}");
            }
            match problems.len() {
                1 => eprintln!("{file}: 1 problem"),
                n => eprintln!("{file}: {n} problems"),
            }
            ExitCode::FAILURE
        }
        Err(syntax) => {
            println!("{syntax}");
            eprintln!("{file}: not valid JSON");
            ExitCode::FAILURE
        }
    }
}

/// The CLI is native only; this keeps `cargo clippy --all-targets --target wasm32-…` building.
#[cfg(target_arch = "wasm32")]
fn main() {}
