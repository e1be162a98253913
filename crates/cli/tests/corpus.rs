//! `make corpus`: how well `nexus import` reads real learning-portfolio READMEs. Imports every
//! README of ../shared/corpus (outside the repository, beside it) with the `nexus` binary and
//! scores the result against the careful reader's labels in `expected/<name>.json`:
//! - the exit code (0 for a portfolio; 1 with a message on stderr for `not-portfolio/`), each
//!   run killed and counted as a failure after 10 s;
//! - the technology, concept, challenge and practice counts (all four equal, or not), plus the
//!   project count and how many challenges have a solution (shown, not scored);
//! - how many labelled technology and concept names are found among the imported ones
//!   (normalized: lowercase, no emoji, punctuation or `*_\`` markers; equal, or one contains
//!   the other when the shorter has at least 4 characters);
//! - whether the JSON passes `nexus validate`.
//!
//! One row per file, then the totals; it fails, naming the missed target, unless every file
//! exits as required with valid output, all four counts are equal on ≥ 85% of easy and medium
//! files and ≥ 60% of hard ones, and ≥ 90% of the labelled names are found. Skipped, saying so,
//! when the corpus is absent (a plain clone).
//!
//! Run it with `make corpus` (`cargo test -p nexus --test corpus -- --ignored --nocapture`).
//! It is `#[ignore]`d so that the unit tests (`make unit`) leave it out: `make test` runs it once,
//! as its own `make corpus` step.

use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

const SECTIONS: [(&str, &str); 4] = [
    ("t", "technologies"),
    ("c", "concepts"),
    ("ch", "challenges"),
    ("p", "practices"),
];
const TIMEOUT: Duration = Duration::from_secs(10);

/// One run of the binary; `code` is None when it hung (killed) or died by a signal, which
/// `exit` shows as "hang" or "sig".
struct Run {
    code: Option<i32>,
    exit: String,
    stdout: String,
    stderr: String,
}

fn drain<R: Read + Send + 'static>(mut pipe: R) -> JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// `nexus <sub> <file>`, killed after TIMEOUT; both pipes are read as it runs.
fn nexus(sub: &str, file: &Path) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nexus"))
        .arg(sub)
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs nexus");
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    let start = Instant::now();
    let (code, hung) = loop {
        if let Some(status) = child.try_wait().expect("waits for nexus") {
            break (status.code(), false);
        }
        if start.elapsed() >= TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break (None, true);
        }
        thread::sleep(Duration::from_millis(10));
    };
    Run {
        code,
        exit: match code {
            Some(c) => c.to_string(),
            None if hung => "hang".into(),
            None => "sig".into(),
        },
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    }
}

/// Lowercase words without markdown markers, emoji and punctuation, single-spaced.
fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().filter(|c| !matches!(c, '*' | '_' | '`')) {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A labelled name is found when an imported name equals it, or one contains the other and the
/// shorter has at least four characters.
fn found(label: &str, imported: &[String]) -> bool {
    let l = norm(label);
    !l.is_empty()
        && imported.iter().any(|i| {
            let shorter = l.chars().count().min(i.chars().count());
            *i == l || (shorter >= 4 && (i.contains(&l) || l.contains(i.as_str())))
        })
}

/// The normalized `field` of each object in the imported `key` array (absent: none).
fn imported_names(v: &Value, key: &str, field: &str) -> Vec<String> {
    let items = v[key].as_array().into_iter().flatten();
    items.filter_map(|x| x[field].as_str()).map(norm).collect()
}

fn len(v: &Value, key: &str) -> usize {
    v[key].as_array().map_or(0, Vec::len)
}

/// "3/4*": imported/expected, starred when they differ.
fn ratio(got: usize, want: usize) -> String {
    format!("{got}/{want}{}", if got == want { "" } else { "*" })
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn read_json(path: &Path) -> Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("corpus: {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("corpus: {}: {e}", path.display()))
}

/// The first line of a text, at most `n` characters.
fn clip(text: &str, n: usize) -> String {
    text.trim()
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(n)
        .collect()
}

fn markdown_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "md") && !p.ends_with("INDEX.md"));
    files.sort();
    files
}

#[test]
#[ignore = "run by make corpus (a step of make test), not by the unit tests"]
fn corpus_meets_the_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let Ok(dir) = root.join("../shared/corpus").canonicalize() else {
        println!("corpus: ../shared/corpus not found — skipped");
        return;
    };
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("corpus");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let (mut easy, mut easy_ok, mut hard, mut hard_ok) = (0, 0, 0, 0);
    let (mut labelled, mut matched) = (0, 0);
    let (mut solved_right, mut portfolios) = (0usize, 0usize);
    let mut failures: Vec<String> = Vec::new();
    for path in markdown_files(&dir) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let expected = read_json(&dir.join("expected").join(name.replace(".md", ".json")));
        let run = nexus("import", &path);
        let got: Option<Value> = serde_json::from_str(&run.stdout).ok();
        let imported = run.code == Some(0) && got.is_some();
        let check = imported.then(|| {
            let json = tmp.join(name.replace(".md", ".json"));
            std::fs::write(&json, &run.stdout).unwrap();
            nexus("validate", &json)
        });
        let valid = check.as_ref().is_some_and(|c| c.code == Some(0));
        if !valid {
            let why = match (&check, &got) {
                (Some(c), _) => {
                    format!("nexus validate: exit {}: {}", c.exit, clip(&c.stdout, 120))
                }
                (None, _) if run.exit == "hang" => format!("killed after {} s", TIMEOUT.as_secs()),
                (None, None) if run.code == Some(0) => "stdout is not JSON".to_string(),
                _ => format!("exit {}: {}", run.exit, clip(&run.stderr, 120)),
            };
            failures.push(format!("{name}: {why}"));
        }
        let got = got.unwrap_or(Value::Null);
        let mut row = Vec::new();
        let mut all = imported;
        for (tag, key) in SECTIONS {
            let (g, e) = (len(&got, key), len(&expected, key));
            all &= g == e;
            row.push(format!("{tag} {}", ratio(g, e)));
        }
        let solved = got["challenges"].as_array().into_iter().flatten();
        let solved = solved
            .filter(|c| c["solution"].as_str().is_some_and(|s| !s.trim().is_empty()))
            .count();
        let want_solved = expected["challenges_with_solution"].as_u64().unwrap_or(0) as usize;
        row.push(format!(
            "pr {}",
            ratio(len(&got, "projects"), len(&expected, "projects"))
        ));
        row.push(format!("sol {}", ratio(solved, want_solved)));
        solved_right += usize::from(solved == want_solved);
        portfolios += 1;
        let mut names = imported_names(&got, "technologies", "name");
        names.extend(imported_names(&got, "concepts", "name"));
        let labels: Vec<&str> = ["technologies", "concepts"]
            .iter()
            .flat_map(|key| expected[key].as_array().into_iter().flatten())
            .filter_map(Value::as_str)
            .collect();
        let file_labelled = labels.len();
        let file_matched = labels.iter().filter(|l| found(l, &names)).count();
        labelled += file_labelled;
        matched += file_matched;
        let difficulty = expected["difficulty"].as_str().unwrap_or("?");
        if difficulty == "hard" {
            (hard, hard_ok) = (hard + 1, hard_ok + usize::from(all));
        } else {
            (easy, easy_ok) = (easy + 1, easy_ok + usize::from(all));
        }
        println!(
            "{:<40} {difficulty:<6} exit {:<4} {}  names {file_matched}/{file_labelled}  valid {}",
            clip(&name, 40),
            run.exit,
            row.join(" "),
            if valid { "yes" } else { "no" }
        );
    }
    for path in markdown_files(&dir.join("not-portfolio")) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let run = nexus("import", &path);
        let said = !run.stderr.trim().is_empty();
        let ok = run.code == Some(1) && said;
        println!(
            "{:<40} {:<6} exit {:<4} not a portfolio, message {}",
            clip(&name, 40),
            "-",
            run.exit,
            if said { "yes" } else { "no" }
        );
        if !ok {
            let message = if said { "" } else { ", no message on stderr" };
            failures.push(format!(
                "not-portfolio/{name}: exit {}{message}, expected 1 with a message",
                run.exit
            ));
        }
    }
    let (e, h, n) = (
        pct(easy_ok, easy),
        pct(hard_ok, hard),
        pct(matched, labelled),
    );
    println!("\ncorpus: all four counts equal on {easy_ok}/{easy} easy+medium files ({e:.0}%, target 85%)");
    println!("corpus: all four counts equal on {hard_ok}/{hard} hard files ({h:.0}%, target 60%)");
    println!(
        "corpus: {matched}/{labelled} technology and concept names found ({n:.0}%, target 90%)"
    );
    println!(
        "corpus: challenges with a solution counted right on {solved_right}/{portfolios} files (shown, not scored)"
    );
    println!("corpus: {} exit-code or validity failures", failures.len());
    for f in &failures {
        println!("  {f}");
    }
    let missed: Vec<String> = [
        (
            failures.is_empty(),
            format!(
                "{} files exit wrongly or give invalid output",
                failures.len()
            ),
        ),
        (e >= 85.0, format!("easy+medium counts {e:.1}% < 85%")),
        (h >= 60.0, format!("hard counts {h:.1}% < 60%")),
        (n >= 90.0, format!("names found {n:.1}% < 90%")),
    ]
    .into_iter()
    .filter_map(|(met, message)| (!met).then_some(message))
    .collect();
    assert!(
        missed.is_empty(),
        "corpus targets missed: {}",
        missed.join("; ")
    );
}
