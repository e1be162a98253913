//! `nexus`: the command-line face of nexus-core. It only parses arguments, reads and writes
//! files and prints; everything it knows comes from the core crate.
//!
//! Exit codes: 0 success; 1 the content has problems (each printed as `path: message`);
//! 2 wrong usage, a file that cannot be read or written, or a build input that is not what
//! trunk writes.

use clap::{Parser, Subcommand};
use nexus_core::content::{self, schema, ContentError, Portfolio};
use nexus_core::site;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Nexus: publish a learning portfolio as a fast, searchable site.
#[derive(Parser)]
#[command(
    name = "nexus",
    version,
    after_help = "Exit codes: 0 success, 1 content problems, 2 usage, I/O or build-input errors."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check portfolio files: one line per problem (`path: message`), a summary per file.
    ///
    /// Exits 0 when every file is valid, 1 when any has problems, 2 when one cannot be read.
    Validate {
        /// Portfolio JSON files, e.g. public/portfolio.json.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the JSON Schema of a portfolio file (public/portfolio.schema.json equals it).
    Schema,
    /// Turn a learning-portfolio README (Markdown) into portfolio JSON.
    ///
    /// The JSON goes to stdout, or to --output; the report — one line per decision that lost or
    /// guessed something, with its README line, then a summary — goes to stderr. Exits 1 when
    /// the README is not a learning portfolio (it names no technologies, concepts, challenges or
    /// practices).
    Import {
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
    },
    /// Write the static site files beside trunk's output in DIST: one HTML file per route,
    /// 404.html, sitemap.xml, robots.txt and embed.html (`make dist` runs it after trunk).
    ///
    /// Exits 1 when DIST/portfolio.json has problems, 2 when DIST/index.html is not trunk's
    /// output (no </head>, no <base href>, no <link rel="nexus-app">) or a file cannot be
    /// read or written.
    BuildSite {
        /// The bundle trunk built, holding index.html and portfolio.json.
        #[arg(value_name = "DIST")]
        dist: PathBuf,
        /// The public address of the bundle, e.g. https://me.github.io/nexus/ (canonical URLs,
        /// sitemap.xml, robots.txt).
        #[arg(value_name = "SITE_URL")]
        site_url: String,
    },
}

/// How a command failed: the exit code says which kind.
enum Failure {
    /// Exit 1: the content breaks the rules (already printed).
    Content,
    /// Exit 2: usage, I/O or an unusable build input, with the message to print (empty when
    /// already printed).
    Input(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate { files } => validate(&files),
        Command::Schema => {
            let text = serde_json::to_string_pretty(&schema::json_schema())
                .expect("a JSON value always serializes");
            println!("{text}");
            Ok(())
        }
        Command::BuildSite { dist, site_url } => build_site(&dist, &site_url),
        Command::Import {
            readme,
            output,
            force,
            json,
        } => import(&readme, output.as_deref(), force, json),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Content) => ExitCode::from(1),
        Err(Failure::Input(message)) => {
            if !message.is_empty() {
                eprintln!("nexus: {message}");
            }
            ExitCode::from(2)
        }
    }
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure::Input(format!("{}: {e}", path.display())))
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
fn check(file: &Path, text: &str) -> Result<Portfolio, Failure> {
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

fn build_site(dist: &Path, site_url: &str) -> Result<(), Failure> {
    let index = read(&dist.join("index.html"))?;
    let content_file = dist.join("portfolio.json");
    let portfolio = match content::parse(&read(&content_file)?) {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "nexus: {}: {e} (run `nexus validate` on it)",
                content_file.display()
            );
            return Err(Failure::Content);
        }
    };
    let files = site::build(&index, &portfolio, site_url)
        .map_err(|e| Failure::Input(format!("{}: {e}", dist.join("index.html").display())))?;
    for (name, text) in &files {
        let path = dist.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Failure::Input(format!("{}: {e}", dir.display())))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
    }
    println!(
        "nexus build-site: {} files in {} for {site_url}",
        files.len(),
        dist.display()
    );
    Ok(())
}

fn import(readme: &Path, output: Option<&Path>, force: bool, json: bool) -> Result<(), Failure> {
    let bytes =
        std::fs::read(readme).map_err(|e| Failure::Input(format!("{}: {e}", readme.display())))?;
    // UTF-16 is decoded; binary or oversized input is refused like a README that is no portfolio.
    let (markdown, replaced) = match nexus_core::import::decode(&bytes) {
        Ok(decoded) => decoded,
        Err(not) => {
            eprintln!("{}: {not}", readme.display());
            return Err(Failure::Content);
        }
    };
    if let Some(out) = output.filter(|o| o.exists() && !force) {
        return Err(Failure::Input(format!(
            "{} exists; add --force to overwrite it",
            out.display()
        )));
    }
    let name = readme.display().to_string();
    let imported = match nexus_core::import::import(&markdown) {
        Ok(imported) => imported,
        Err(not) => {
            eprintln!("{name}: {not}");
            return Err(Failure::Content);
        }
    };
    let mut imported = imported;
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
