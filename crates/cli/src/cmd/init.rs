//! `nexus init`: in a learner's repository, writes the GitHub Actions workflow that publishes
//! their README to GitHub Pages with this version of Nexus's release binary (downloaded, its
//! SHA-256 checked), and says the one step left and the address the site will have.

use super::Failure;
use crate::source;
use clap::Args;
use std::path::{Component, Path};
use std::process::Command;

/// The workflow, with `{{…}}` placeholders (GitHub's own `${{ … }}` expressions have spaces, so
/// they never collide).
const TEMPLATE: &str = include_str!("../templates/nexus.yml");
/// Where GitHub looks for workflows, relative to the repository's root.
const WORKFLOW: &str = ".github/workflows/nexus.yml";
/// The releases the workflow downloads from: Cargo.toml's `repository`, so a fork's `nexus init`
/// points at the fork's releases.
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Write .github/workflows/nexus.yml: on every push to the default branch it downloads the
/// nexus release binary of this version (SHA-256 checked), builds the site from the README with
/// the address GitHub Pages gives, and deploys it to GitHub Pages. Run it at the root of your
/// repository.
///
/// Exits 1 when the README is not a learning portfolio, 2 when it is missing, when the workflow
/// already exists (unless --force) and for other usage and I/O problems.
#[derive(Args)]
pub struct InitArgs {
    /// The README (or portfolio.json) to publish, relative to the repository's root.
    #[arg(long, value_name = "FILE", default_value = "README.md")]
    source: String,
    /// Replace an existing .github/workflows/nexus.yml.
    #[arg(long)]
    force: bool,
    /// Pin the release archive's SHA-256 in the workflow, instead of checking it against the
    /// SHA256SUMS file published with the release.
    #[arg(long, value_name = "HEX")]
    sha256: Option<String>,
    /// The branch whose pushes publish the site [default: origin's default branch, else the
    /// current branch, else main].
    #[arg(long, value_name = "NAME")]
    branch: Option<String>,
}

pub fn run(args: InitArgs) -> Result<(), Failure> {
    let source = relative_source(&args.source)?;
    let sha256 = args.sha256.as_deref().map(sha256_ok).transpose()?;
    // The same import `nexus build` will do in the workflow: a README it would refuse fails
    // here, on the learner's machine, rather than on every push.
    let loaded = source::load(Path::new(&source)).map_err(super::printed)?;
    if let Some(summary) = loaded.report.last() {
        eprintln!("{summary}");
    }

    let path = Path::new(WORKFLOW);
    if path.exists() && !args.force {
        return Err(Failure::Input(format!(
            "{WORKFLOW} already exists; `nexus init --force` replaces it"
        )));
    }
    let branch = args.branch.unwrap_or_else(default_branch);
    let text = workflow(&source, &branch, sha256.as_deref());
    std::fs::create_dir_all(path.parent().expect("the workflow has a directory"))
        .and_then(|()| std::fs::write(path, text))
        .map_err(|e| Failure::Input(format!("{WORKFLOW}: {e}")))?;

    println!(
        "nexus init: wrote {WORKFLOW}: on every push to {branch}, it builds {source} with nexus \
         {VERSION} and publishes it on GitHub Pages."
    );
    println!("One step is left, once, on GitHub: Settings → Pages → Source: GitHub Actions.");
    println!("Then commit and push:");
    println!("  git add {WORKFLOW} && git commit -m \"Publish with Nexus\" && git push");
    match remote_origin().as_deref().and_then(pages_address) {
        Some(address) => println!("Your site will be at {address}"),
        None => println!(
            "Your site will be at https://<owner>.github.io/<repository>/ (this directory has \
             no GitHub remote \"origin\" to tell which)"
        ),
    }
    Ok(())
}

/// The workflow's text for this source, branch and (optional) pinned archive hash.
fn workflow(source: &str, branch: &str, sha256: Option<&str>) -> String {
    let check = match sha256 {
        Some(hex) => format!("          echo \"{hex}  $ARCHIVE\" | sha256sum --check"),
        // The sums published beside the archive catch a corrupted download; --sha256 pins the
        // hash in this file, so not even a replaced release asset would run.
        None => "          curl -fsSL --retry 3 -O \"$RELEASE/SHA256SUMS\"\n          \
                 sha256sum --check --ignore-missing SHA256SUMS"
            .to_string(),
    };
    TEMPLATE
        .replace("{{CHECK}}", &check)
        .replace("{{BUILD}}", &build_command(source))
        // A JSON string is a valid YAML flow scalar, whatever the branch's name holds.
        .replace(
            "{{BRANCH_YAML}}",
            &serde_json::to_string(branch).expect("a string serializes"),
        )
        .replace("{{BRANCH}}", branch)
        .replace("{{SOURCE}}", source)
        .replace("{{REPOSITORY}}", REPOSITORY.trim_end_matches('/'))
        .replace("{{VERSION}}", VERSION)
}

/// The workflow's one build line (the end-to-end test runs exactly this line).
pub(crate) fn build_command(source: &str) -> String {
    format!("nexus build {source} --site-url \"${{{{ steps.pages.outputs.base_url }}}}/\" -o _site")
}

/// The source as the workflow names it: relative to the repository's root, with `/`, and of
/// characters that need no quoting in YAML or the shell.
fn relative_source(given: &str) -> Result<String, Failure> {
    let path = Path::new(given);
    let inside = path
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    let plain = given
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/' | '\\'));
    if !inside || !plain {
        return Err(Failure::Input(format!(
            "--source {given:?}: give a file inside this repository, relative to its root, named \
             with letters, digits, '.', '_', '-' and '/'"
        )));
    }
    let parts: Vec<&str> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => part.to_str(),
            _ => None,
        })
        .collect();
    Ok(parts.join("/"))
}

/// A SHA-256 as 64 hexadecimal digits, lowercased as sha256sum prints it.
fn sha256_ok(hex: &str) -> Result<String, Failure> {
    if hex.len() == 64 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(hex.to_ascii_lowercase())
    } else {
        Err(Failure::Input(format!(
            "--sha256 {hex:?} is not a SHA-256 (64 hexadecimal digits)"
        )))
    }
}

/// One line of `git` output in the current directory, if git runs and succeeds.
fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let line = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !line.is_empty()).then_some(line)
}

fn remote_origin() -> Option<String> {
    git(&["remote", "get-url", "origin"])
}

/// origin's default branch (known in a clone), else the branch checked out, else `main`
/// (GitHub's default for a new repository).
fn default_branch() -> String {
    git(&[
        "symbolic-ref",
        "--quiet",
        "--short",
        "refs/remotes/origin/HEAD",
    ])
    .and_then(|b| b.strip_prefix("origin/").map(str::to_string))
    .or_else(|| git(&["symbolic-ref", "--quiet", "--short", "HEAD"]))
    .unwrap_or_else(|| "main".into())
}

/// The GitHub Pages address of a GitHub remote (https or ssh form): the project site
/// `https://owner.github.io/repo/`, or the user site `https://owner.github.io/` for a
/// repository named `owner.github.io`.
pub(crate) fn pages_address(remote: &str) -> Option<String> {
    let remote = remote.trim();
    let path = ["https://", "http://", "ssh://", "git://"]
        .iter()
        .find_map(|scheme| remote.strip_prefix(scheme))
        .map(|rest| {
            // Drop any user@ before the host.
            let rest = rest.split_once('@').map_or(rest, |(_, r)| r);
            rest.strip_prefix("github.com/")
                .or_else(|| rest.strip_prefix("www.github.com/"))
                .or_else(|| rest.strip_prefix("github.com:22/"))
        })
        .unwrap_or_else(|| {
            // scp-like ssh: git@github.com:owner/repo.git
            remote
                .split_once('@')
                .map_or(remote, |(_, r)| r)
                .strip_prefix("github.com:")
        })?;
    let path = path.trim_end_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path);
    let (owner, repo) = path.split_once('/')?;
    let valid = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    if !valid(owner) || !valid(repo) {
        return None;
    }
    // Pages host names are lowercase; the path keeps the repository's own spelling.
    let owner = owner.to_ascii_lowercase();
    if repo.eq_ignore_ascii_case(&format!("{owner}.github.io")) {
        Some(format!("https://{owner}.github.io/"))
    } else {
        Some(format!("https://{owner}.github.io/{repo}/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_address_reads_every_form_of_github_remote() {
        let project = Some("https://someone.github.io/alx-project-nexus/".to_string());
        for remote in [
            "https://github.com/someone/alx-project-nexus.git",
            "https://github.com/someone/alx-project-nexus",
            "https://github.com/someone/alx-project-nexus/",
            "https://token@github.com/someone/alx-project-nexus.git",
            "git@github.com:someone/alx-project-nexus.git",
            "ssh://git@github.com/someone/alx-project-nexus.git",
            "https://github.com/SomeOne/alx-project-nexus.git\n",
        ] {
            assert_eq!(pages_address(remote), project, "{remote}");
        }
        assert_eq!(
            pages_address("git@github.com:SomeOne/someone.github.io.git").as_deref(),
            Some("https://someone.github.io/")
        );
        for other in [
            "https://gitlab.com/someone/alx-project-nexus.git",
            "git@gitlab.com:someone/alx-project-nexus.git",
            "/home/someone/alx-project-nexus",
            "https://github.com/someone",
            "https://github.com/someone/a/b",
        ] {
            assert_eq!(pages_address(other), None, "{other}");
        }
    }

    #[test]
    fn sources_must_be_plain_paths_inside_the_repository() {
        assert_eq!(
            relative_source("./docs/README.md").ok().as_deref(),
            Some("docs/README.md")
        );
        for bad in [
            "../README.md",
            "/tmp/README.md",
            "my notes.md",
            "a:b.md",
            "x#.md",
        ] {
            assert!(relative_source(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_pinned_hash_replaces_the_release_sums() {
        let hex = "AB".repeat(32);
        let pinned = workflow("README.md", "main", Some(&sha256_ok(&hex).ok().unwrap()));
        assert!(pinned.contains(&format!(
            "echo \"{}  $ARCHIVE\" | sha256sum --check",
            "ab".repeat(32)
        )));
        assert!(!pinned.contains("SHA256SUMS"));
        assert!(sha256_ok("abc").is_err());
        let sums = workflow("README.md", "main", None);
        assert!(sums.contains("sha256sum --check --ignore-missing SHA256SUMS"));
        // Every placeholder filled: only GitHub's own `${{ … }}` remain.
        assert_eq!(sums.matches("{{").count(), sums.matches("${{ ").count());
    }
}
