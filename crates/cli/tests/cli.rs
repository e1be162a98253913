//! The `nexus` command as a process: its subcommands, their output and their exit codes
//! (0 success, 1 content problems, 2 usage, I/O or build-input errors). Runs from the
//! repository root, as `make validate` does.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SCHEMA: &str = include_str!("../../../public/portfolio.schema.json");

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn nexus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nexus"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A scratch directory of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn help_and_version_describe_every_subcommand() {
    let o = nexus(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    for sub in ["validate", "schema", "build-site", "Exit codes"] {
        assert!(stdout(&o).contains(sub), "{sub} missing from --help");
    }
    for sub in ["validate", "schema", "build-site"] {
        let o = nexus(&[sub, "--help"]);
        assert_eq!(o.status.code(), Some(0), "{sub} --help");
        assert!(stdout(&o).contains("Usage: nexus"), "{sub} --help");
    }
    let o = nexus(&["--version"]);
    assert_eq!(stdout(&o), format!("nexus {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn validate_summarises_valid_files_and_exits_0() {
    let o = nexus(&[
        "validate",
        "public/portfolio.json",
        "tests/fixtures/valid/minimal.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "public/portfolio.json is valid: 4 categories, 6 technologies, 3 concepts, 2 challenges, 4 practices\n\
         tests/fixtures/valid/minimal.json is valid: 1 category, 2 technologies, 1 concept, 1 challenge, 1 practice\n"
    );
}

#[test]
fn validate_prints_one_line_per_problem_and_exits_1() {
    let o = nexus(&["validate", "tests/fixtures/invalid/missing-field.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o).lines().count(), 3, "{}", stdout(&o));
    assert!(stdout(&o)
        .lines()
        .all(|l| l.contains(": ") && !l.starts_with(' ')));
    assert_eq!(
        stderr(&o),
        "tests/fixtures/invalid/missing-field.json: 3 problems\n"
    );
    let o = nexus(&["validate", "tests/fixtures/invalid/syntax-error.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "line 4, column 1: trailing comma\n");
    assert_eq!(
        stderr(&o),
        "tests/fixtures/invalid/syntax-error.json: not valid JSON\n"
    );
}

#[test]
fn validate_checks_every_file_and_the_worst_outcome_wins() {
    // A valid file, then a bad one: both reported, exit 1.
    let o = nexus(&[
        "validate",
        "tests/fixtures/invalid/duplicate-id.json",
        "public/portfolio.json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("public/portfolio.json is valid"));
    // An unreadable file outranks content problems: exit 2, the others still checked.
    let o = nexus(&[
        "validate",
        "tests/fixtures/invalid/duplicate-id.json",
        "no/such/portfolio.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("duplicate id"));
    assert!(stderr(&o)
        .contains("nexus: no/such/portfolio.json: No such file or directory (os error 2)\n"));
}

#[test]
fn validate_refuses_an_oversized_file_with_exit_1() {
    let path = scratch("oversized").join("portfolio.json");
    std::fs::write(&path, " ".repeat(2 * 1024 * 1024 + 1)).unwrap();
    let o = nexus(&["validate", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "$: the file is 2097153 bytes; the limit is 2097152 bytes (2 MiB)\n"
    );
}

#[test]
fn unreadable_files_and_usage_errors_exit_2() {
    let o = nexus(&["validate", "tests"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o), "nexus: tests: Is a directory (os error 21)\n");
    for args in [
        &[][..],
        &["validate"],
        &["no-such-command"],
        &["build-site", "dist"],
    ] {
        let o = nexus(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&o).contains("Usage: nexus"),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn schema_prints_the_committed_schema() {
    let o = nexus(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o) == SCHEMA,
        "public/portfolio.schema.json is stale: regenerate it with \
         `cargo run -q -p nexus -- schema > public/portfolio.schema.json`"
    );
}

/// The shape trunk gives dist/index.html (minified, unquoted attributes).
const INDEX: &str = r#"<!doctype html><html lang=en><head><meta charset=utf-8><base href=/nexus/><title>Nexus</title><meta content="A description" name=description><link href=/nexus/tokens-1.css rel=stylesheet><link href=/nexus/nexus-web-1.js rel=nexus-app data-wasm=nexus-web-1_bg.wasm><script src=/nexus/loader-1.js type=module></script></head><body></body></html>"#;

/// A scratch dist/ of its own (tests run in parallel) with this index.html and the shipped
/// portfolio.json.
fn dist_with(name: &str, index: &str) -> PathBuf {
    let dist = scratch(&format!("dist-{name}"));
    std::fs::write(dist.join("index.html"), index).unwrap();
    std::fs::copy(
        root().join("public/portfolio.json"),
        dist.join("portfolio.json"),
    )
    .unwrap();
    dist
}

#[test]
fn build_site_writes_every_route_file_and_the_site_files() {
    let dist = dist_with("routes", INDEX);
    let o = nexus(&[
        "build-site",
        dist.to_str().unwrap(),
        "https://me.example/nexus/",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for file in [
        "index.html",
        "technologies/index.html",
        "technologies/python/index.html",
        "concepts/index.html",
        "challenges/index.html",
        "practices/index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "embed.html",
    ] {
        assert!(dist.join(file).is_file(), "{file} missing");
    }
    let page = std::fs::read_to_string(dist.join("technologies/python/index.html")).unwrap();
    assert!(page.contains(
        r#"<link rel="canonical" href="https://me.example/nexus/technologies/python/">"#
    ));
    // Run twice: the same files, not a second set of head tags.
    let o = nexus(&[
        "build-site",
        dist.to_str().unwrap(),
        "https://me.example/nexus/",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let again = std::fs::read_to_string(dist.join("technologies/python/index.html")).unwrap();
    assert_eq!(again, page);
}

#[test]
fn build_site_refuses_an_index_html_that_is_not_trunks_output() {
    let cases = [
        (INDEX.replace("</head>", ""), "has no </head>"),
        (
            INDEX.replace(
                "<link href=/nexus/nexus-web-1.js rel=nexus-app data-wasm=nexus-web-1_bg.wasm>",
                "",
            ),
            "has no <link rel=\"nexus-app\">",
        ),
        (
            INDEX.replace("<base href=/nexus/>", ""),
            "has no <base href>",
        ),
    ];
    for (n, (index, message)) in cases.into_iter().enumerate() {
        let dist = dist_with(&format!("refused-{n}"), &index);
        let before = std::fs::read_to_string(dist.join("index.html")).unwrap();
        let o = nexus(&["build-site", dist.to_str().unwrap(), "https://me.example/"]);
        assert_eq!(o.status.code(), Some(2), "{message}");
        assert!(stderr(&o).contains(message), "{message}: {}", stderr(&o));
        // Nothing written.
        assert_eq!(
            std::fs::read_to_string(dist.join("index.html")).unwrap(),
            before
        );
        assert!(!dist.join("technologies").exists(), "{message}");
    }
}

#[test]
fn build_site_exits_1_on_content_problems_and_2_on_a_bad_site_url() {
    let dist = dist_with("content-problems", INDEX);
    std::fs::copy(
        root().join("tests/fixtures/invalid/duplicate-id.json"),
        dist.join("portfolio.json"),
    )
    .unwrap();
    let o = nexus(&["build-site", dist.to_str().unwrap(), "https://me.example/"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("portfolio.json: "), "{}", stderr(&o));

    let dist = dist_with("bad-url", INDEX);
    let o = nexus(&["build-site", dist.to_str().unwrap(), "me.example/nexus"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not an absolute http:// or https:// address"));
    let o = nexus(&["build-site", "no/such/dist", "https://me.example/"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/dist/index.html: No such file"));
}

#[test]
fn import_writes_valid_json_and_reports_to_stderr() {
    let o = nexus(&["import", "tests/fixtures/readme/messy.md"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json["title"], "Rough Notes");
    assert_eq!(json["$schema"], "portfolio.schema.json");
    let report = stderr(&o);
    assert!(
        report.contains("tests/fixtures/readme/messy.md:8: merge-conflict marker removed"),
        "{report}"
    );
    assert!(report
        .lines()
        .last()
        .unwrap()
        .starts_with("tests/fixtures/readme/messy.md: imported 2 technologies"));
    // --json: the same report, machine-readable.
    let o = nexus(&["import", "--json", "tests/fixtures/readme/messy.md"]);
    let report: serde_json::Value = serde_json::from_str(stderr(&o).trim()).unwrap();
    assert_eq!(report["counts"]["technologies"], 2);
    assert!(report["notes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["line"] == 8));
}

#[test]
fn import_to_a_file_never_overwrites_without_force_and_the_file_validates() {
    let out = scratch("import").join("portfolio.json");
    let path = out.to_str().unwrap();
    let o = nexus(&["import", "tests/fixtures/readme/seed-shape.md", "-o", path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let o = nexus(&["validate", path]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let before = std::fs::read_to_string(&out).unwrap();
    let o = nexus(&["import", "tests/fixtures/readme/messy.md", "-o", path]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("exists; add --force to overwrite it"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), before);
    let o = nexus(&[
        "import",
        "tests/fixtures/readme/messy.md",
        "-o",
        path,
        "--force",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert_ne!(std::fs::read_to_string(&out).unwrap(), before);
}

#[test]
fn import_refuses_an_app_readme_with_exit_1_and_a_missing_file_with_exit_2() {
    let o = nexus(&["import", "tests/fixtures/readme/not-a-portfolio.md"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).contains("not a learning portfolio: looked for"),
        "{}",
        stderr(&o)
    );
    let o = nexus(&["import", "no/such/README.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/README.md: No such file"));
}

#[test]
fn import_decodes_utf16_and_refuses_binary_or_oversized_input_with_exit_1() {
    let dir = scratch("import-bytes");
    let text = std::fs::read_to_string(root().join("tests/fixtures/readme/seed-shape.md")).unwrap();
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let path = dir.join("utf16.md");
    std::fs::write(&path, utf16).unwrap();
    let o = nexus(&["import", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o8 = nexus(&["import", "tests/fixtures/readme/seed-shape.md"]);
    assert_eq!(stdout(&o), stdout(&o8));
    // Bytes of a binary file (xorshift noise), and a text far larger than a README.
    let mut x: u32 = 88_675_123;
    let noise: Vec<u8> = (0..3_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    let big = "- item\n".repeat(400_000);
    for (name, bytes, said) in [
        ("noise.bin", &noise[..300_000], "not text"),
        ("big-noise.bin", &noise[..], "too large"),
        ("big.md", big.as_bytes(), "too large"),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let o = nexus(&["import", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert_eq!(stdout(&o), "");
        assert!(stderr(&o).contains(said), "{name}: {}", stderr(&o));
        assert!(!stderr(&o).contains("internal error"), "{}", stderr(&o));
    }
}
