//! `nexus`: the command-line face of nexus-core. It only parses arguments, reads and writes
//! files and prints; everything it knows comes from the core crate, and the pages it writes are
//! rendered by the web app's own components (nexus-web, natively). One file per subcommand in
//! `cmd/`.
//!
//! Exit codes: 0 success; 1 the content has problems (each printed as `path: message`);
//! 2 wrong usage, a file that cannot be read or written, or a build input that is not what
//! trunk writes.

mod bundle;
mod cmd;
mod compress;
mod output;
mod site;
mod source;

use clap::{Parser, Subcommand};
use cmd::Failure;
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
    Validate(cmd::validate::ValidateArgs),
    /// Print the JSON Schema of a portfolio file (public/portfolio.schema.json equals it).
    Schema,
    Import(cmd::import::ImportArgs),
    Build(cmd::build::BuildArgs),
    BuildSite(cmd::build_site::BuildSiteArgs),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Validate(args) => cmd::validate::run(args),
        Command::Schema => cmd::schema::run(),
        Command::Import(args) => cmd::import::run(args),
        Command::Build(args) => cmd::build::run(args),
        Command::BuildSite(args) => cmd::build_site::run(args),
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
