//! One module per subcommand (as mdBook's `src/cmd/`), and what they share: how a command
//! fails, and reading a file.

pub mod build;
pub mod build_site;
pub mod import;
pub mod init;
pub mod schema;
pub mod serve;
pub mod validate;

use std::path::Path;

/// How a command failed: the exit code says which kind.
pub enum Failure {
    /// Exit 1: the content breaks the rules (already printed).
    Content,
    /// Exit 2: usage, I/O or an unusable build input, with the message to print (empty when
    /// already printed).
    Input(String),
}

pub fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure::Input(format!("{}: {e}", path.display())))
}

/// Prints a source's problem lines on stderr and says which kind of failure it is.
pub fn printed(problem: crate::source::Problem) -> Failure {
    for line in &problem.lines {
        eprintln!("{line}");
    }
    if problem.content {
        Failure::Content
    } else {
        Failure::Input(String::new())
    }
}
