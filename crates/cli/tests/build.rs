//! `nexus build` as a process: a whole site from a README or a portfolio.json, with a bundle
//! given by `--bundle` (a small stand-in for trunk's output: the debug binary the tests build
//! carries none), its exit codes and refusals — nothing is written when the source has
//! problems, and nothing but a site is ever replaced.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn nexus(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nexus"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory with a stand-in bundle (a relocatable index.html as trunk writes it for
/// `./`, an app script) and a README of the seed's shape.
fn repo(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("build-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("bundle")).unwrap();
    std::fs::write(
        dir.join("bundle/index.html"),
        r#"<!doctype html><html lang=en><head><meta charset=utf-8><base href=./><title>Nexus</title><link href=./app-1.js rel=nexus-app data-wasm=app-1_bg.wasm><script src=./loader-1.js type=module></script></head><body><noscript>JavaScript</noscript></body></html>"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("bundle/app-1.js"),
        "export default 1;\n".repeat(64),
    )
    .unwrap();
    std::fs::write(dir.join("bundle/portfolio.json"), "{ \"not\": \"used\" }").unwrap();
    std::fs::copy(
        root().join("tests/fixtures/readme/seed-shape.md"),
        dir.join("README.md"),
    )
    .unwrap();
    dir
}

const SITE: &str = "https://learner.github.io/alx-project-nexus/";

#[test]
fn a_readme_becomes_a_whole_site_under_the_pages_base() {
    let dir = repo("readme");
    let o = nexus(&dir, &["build", "--bundle", "bundle", "--site-url", SITE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // The import report, as nexus import prints it.
    assert!(
        stderr(&o).contains("README.md: imported "),
        "{}",
        stderr(&o)
    );
    let site = dir.join("_site");
    for file in [
        "index.html",
        "technologies/index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "embed.html",
        ".nojekyll",
        "portfolio.json",
        "app-1.js",
    ] {
        assert!(site.join(file).is_file(), "{file} missing");
    }
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(
        index.contains(r#"<base href="/alx-project-nexus/">"#),
        "{index}"
    );
    assert!(index.contains(r#"<div id="prerendered">"#));
    assert!(
        index.contains(r#"<a href="/alx-project-nexus/technologies">"#),
        "{index}"
    );
    let json = std::fs::read_to_string(site.join("portfolio.json")).unwrap();
    assert!(nexus_is_valid(&json), "{json}");
    assert!(
        !site.join("app-1.js.gz").exists(),
        "no compressed copies without --precompress"
    );
}

fn nexus_is_valid(json: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(json).is_ok_and(|v| v["technologies"].is_array())
}

#[test]
fn precompress_adds_gz_and_br_beside_each_file_worth_it_and_a_rebuild_replaces_the_site() {
    let dir = repo("precompress");
    let args = [
        "build",
        "README.md",
        "--bundle",
        "bundle",
        "--site-url",
        SITE,
    ];
    let o = nexus(&dir, &[&args[..], &["--precompress"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let site = dir.join("_site");
    for file in ["index.html", "app-1.js", "portfolio.json"] {
        for ext in ["gz", "br"] {
            assert!(site.join(format!("{file}.{ext}")).is_file(), "{file}.{ext}");
        }
    }
    let gz = std::fs::read(site.join("app-1.js.gz")).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut gunzip(&gz), &mut text).unwrap();
    assert_eq!(text, "export default 1;\n".repeat(64));
    // Built again without --precompress: the old site is replaced, compressed copies and all.
    std::fs::write(site.join("stale.html"), "old").unwrap();
    let o = nexus(&dir, &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!site.join("stale.html").exists() && !site.join("index.html.gz").exists());
}

/// gzip's own decoder (the system's `gzip -dc`), so the test needs no compression crate.
fn gunzip(gz: &[u8]) -> std::io::Cursor<Vec<u8>> {
    use std::io::Write;
    let mut child = Command::new("gzip")
        .arg("-dc")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(gz).unwrap();
    std::io::Cursor::new(child.wait_with_output().unwrap().stdout)
}

#[test]
fn content_problems_exit_1_and_write_nothing() {
    let dir = repo("problems");
    std::fs::write(dir.join("app.md"), "# Todo app\n\n## Setup\n\n```\nnpm install\n```\n\n## Usage\n\nRun it.\n\n## API endpoints\n\n- GET /todos\n\n## Deployment\n\nDocker.\n\n## License\n\nMIT\n").unwrap();
    let o = nexus(
        &dir,
        &["build", "app.md", "--bundle", "bundle", "--site-url", SITE],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("app.md: not a learning portfolio"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.join("_site").exists());

    let mut broken: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("public/portfolio.json")).unwrap(),
    )
    .unwrap();
    broken["technologies"][0]["name"] = "".into();
    std::fs::write(dir.join("portfolio.json"), broken.to_string()).unwrap();
    // No SOURCE: ./portfolio.json wins over ./README.md.
    let o = nexus(&dir, &["build", "--bundle", "bundle", "--site-url", SITE]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("portfolio.json: technologies[0].name"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.join("_site").exists());
}

#[test]
fn usage_and_io_problems_exit_2() {
    let dir = repo("usage");
    let cases: [(&[&str], &str); 5] = [
        (
            &["build", "missing.md", "--bundle", "bundle"],
            "missing.md: ",
        ),
        (
            &[
                "build",
                "--bundle",
                "bundle",
                "--site-url",
                "me.github.io/x/",
            ],
            "is not an http(s) address",
        ),
        (&["build", "--bundle", "no-such-dir"], "no-such-dir: "),
        // The debug binary carries no app: it says so and where to get one.
        (&["build"], "built without the web app"),
        (
            &["build", "--bundle", "bundle", "-o", "bundle"],
            "exists and is not a site nexus built",
        ),
    ];
    for (args, message) in cases {
        let o = nexus(&dir, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(message), "{args:?}: {}", stderr(&o));
    }
    assert!(
        dir.join("bundle/index.html").is_file(),
        "a directory that is not a site is kept"
    );
    let empty = dir.join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::remove_file(dir.join("README.md")).unwrap();
    let o = nexus(&empty, &["build", "--bundle", "../bundle"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("neither ./portfolio.json nor ./README.md"),
        "{}",
        stderr(&o)
    );
}
