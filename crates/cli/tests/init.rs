//! `nexus init` as a process, in temporary git repositories as a learner has them: the workflow
//! it writes (pinned release, SHA-256 check, the exact build line), its refusals and exit codes,
//! and what it prints (the Pages step, the site's address from the git remote).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const WORKFLOW: &str = ".github/workflows/nexus.yml";
const REMOTE: &str = "https://github.com/someone/alx-project-nexus.git";
/// The line the end-to-end test runs as the workflow would.
const BUILD_LINE: &str =
    r#"nexus build README.md --site-url "${{ steps.pages.outputs.base_url }}/" -o _site"#;

/// A learning-portfolio README as learners write them, small.
const PORTFOLIO: &str = "\
# ALX Project Nexus

My notes from the ProDev Backend Engineering program.

## Key Technologies
- **Python**: the language of every project
- **Django**: the web framework behind the APIs
- **GraphQL**: queries shaped by the client

## Important Backend Development Concepts
- **Database Design**: normalised schemas, keys and indexes
- **Caching**: Redis in front of the slow queries

## Challenges Faced and Solutions
- **Challenge:** list endpoints were slow. **Solution:** select_related and pagination.

## Best Practices
- Write the tests first
";

/// An app's README: no learning sections, so not a portfolio.
const NOT_PORTFOLIO: &str = "\
# Recipe Box

Keeps my recipes in one place.

## Installation

Run `pip install -r requirements.txt`.

## Usage

Start it with `python manage.py runserver`.
";

/// A fresh git repository on branch `trunk` holding only `files`, with `origin` if given.
fn repo(name: &str, origin: Option<&str>, files: &[(&str, &str)]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("init-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    git(&dir, &["init", "--quiet", "--initial-branch=trunk"]);
    if let Some(url) = origin {
        git(&dir, &["remote", "add", "origin", url]);
    }
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

fn init(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nexus"))
        .arg("init")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn workflow(dir: &Path) -> String {
    std::fs::read_to_string(dir.join(WORKFLOW)).unwrap()
}

/// The `run:` line of the step named "Build the site".
fn build_line(workflow: &str) -> String {
    let mut lines = workflow.lines();
    lines
        .find(|l| l.trim() == "- name: Build the site")
        .expect("a step named \"Build the site\"");
    let run = lines.next().unwrap().trim();
    run.strip_prefix("run: ")
        .unwrap_or_else(|| panic!("not a run line: {run}"))
        .to_string()
}

#[test]
fn writes_the_workflow_pinned_to_this_release_and_says_what_is_left() {
    let dir = repo("writes", Some(REMOTE), &[("README.md", PORTFOLIO)]);
    let o = init(&dir, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = workflow(&dir);

    let version = env!("CARGO_PKG_VERSION");
    let release = format!(
        "{}/releases/download/v{version}",
        env!("CARGO_PKG_REPOSITORY")
    );
    for expected in [
        format!("RELEASE: {release}\n"),
        format!("ARCHIVE: nexus-v{version}-x86_64-unknown-linux-gnu.tar.gz\n"),
        "curl -fsSL --retry 3 -O \"$RELEASE/SHA256SUMS\"\n".into(),
        "sha256sum --check --ignore-missing SHA256SUMS\n".into(),
        "branches: [\"trunk\"]\n".into(),
        "workflow_dispatch:\n".into(),
        "permissions:\n  contents: read\n  pages: write\n  id-token: write\n".into(),
        "concurrency:\n  group: pages\n  cancel-in-progress: false\n".into(),
        "uses: actions/checkout@v4\n".into(),
        "- id: pages\n        uses: actions/configure-pages@v5\n".into(),
        "uses: actions/upload-pages-artifact@v3\n        with:\n          path: _site\n".into(),
        "environment:\n      name: github-pages\n".into(),
        "uses: actions/deploy-pages@v4\n".into(),
    ] {
        assert!(
            text.contains(&expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    // Every placeholder filled; only GitHub's own `${{ … }}` expressions remain.
    assert_eq!(text.matches("{{").count(), text.matches("${{ ").count());
    // The checksum is checked before the archive is unpacked.
    assert!(text.find("sha256sum").unwrap() < text.find("tar -xzf").unwrap());

    let out = stdout(&o);
    assert!(out.contains(&format!("wrote {WORKFLOW}")), "{out}");
    assert!(
        out.contains("Settings → Pages → Source: GitHub Actions"),
        "{out}"
    );
    assert!(
        out.contains("Your site will be at https://someone.github.io/alx-project-nexus/\n"),
        "{out}"
    );
    // The import's summary, so the learner sees what will be published.
    assert!(
        stderr(&o).contains("README.md: imported 3 technologies, 2 concepts, 1 challenge ("),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_build_step_is_the_one_line_the_end_to_end_test_runs() {
    let dir = repo("build-line", Some(REMOTE), &[("README.md", PORTFOLIO)]);
    assert_eq!(init(&dir, &[]).status.code(), Some(0));
    assert_eq!(build_line(&workflow(&dir)), BUILD_LINE);

    // Another source is named as given, relative to the repository's root.
    std::fs::create_dir(dir.join("docs")).unwrap();
    std::fs::write(dir.join("docs/NOTES.md"), PORTFOLIO).unwrap();
    let o = init(&dir, &["--force", "--source", "./docs/NOTES.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        build_line(&workflow(&dir)),
        BUILD_LINE.replace("README.md", "docs/NOTES.md")
    );
}

#[test]
fn never_overwrites_without_force() {
    let dir = repo("force", Some(REMOTE), &[("README.md", PORTFOLIO)]);
    std::fs::create_dir_all(dir.join(".github/workflows")).unwrap();
    std::fs::write(dir.join(WORKFLOW), "name: mine\n").unwrap();

    let o = init(&dir, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).lines().last(),
        Some("nexus: .github/workflows/nexus.yml already exists; `nexus init --force` replaces it")
    );
    assert_eq!(stdout(&o), "");
    assert_eq!(workflow(&dir), "name: mine\n");

    let o = init(&dir, &["--force"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(build_line(&workflow(&dir)), BUILD_LINE);
}

#[test]
fn refuses_a_missing_readme_with_exit_2() {
    let dir = repo("missing", Some(REMOTE), &[]);
    let o = init(&dir, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("README.md: "), "{}", stderr(&o));
    assert!(!dir.join(".github").exists());

    for bad in ["../README.md", "/etc/hostname", "my notes.md"] {
        let o = init(&dir, &["--source", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(stderr(&o).contains("--source"), "{bad}: {}", stderr(&o));
    }
    assert!(!dir.join(".github").exists());
}

#[test]
fn refuses_a_readme_that_is_not_a_portfolio_with_exit_1() {
    let dir = repo(
        "not-portfolio",
        Some(REMOTE),
        &[("README.md", NOT_PORTFOLIO)],
    );
    let o = init(&dir, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("README.md: not a learning portfolio"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.join(".github").exists());
}

#[test]
fn the_address_comes_from_the_github_remote() {
    // A user site: the repository named after its owner publishes at the root.
    let dir = repo(
        "user-site",
        Some("git@github.com:SomeOne/someone.github.io.git"),
        &[("README.md", PORTFOLIO)],
    );
    let o = init(&dir, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Your site will be at https://someone.github.io/\n"),
        "{}",
        stdout(&o)
    );

    // No remote (or not GitHub): the address's shape, not a guess.
    let dir = repo("no-remote", None, &[("README.md", PORTFOLIO)]);
    let o = init(&dir, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Your site will be at https://<owner>.github.io/<repository>/"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn sha256_pins_the_archive_in_the_workflow() {
    let dir = repo("sha256", Some(REMOTE), &[("README.md", PORTFOLIO)]);
    let hex = "0123456789ABCDEF".repeat(4);
    let o = init(&dir, &["--sha256", &hex]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = workflow(&dir);
    assert!(text.contains(&format!(
        "echo \"{}  $ARCHIVE\" | sha256sum --check\n",
        hex.to_lowercase()
    )));
    assert!(!text.contains("SHA256SUMS"));

    let o = init(&dir, &["--force", "--sha256", "1234"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is not a SHA-256"), "{}", stderr(&o));
    // The refused run left the pinned workflow as it was.
    assert_eq!(workflow(&dir), text);
}
