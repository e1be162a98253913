//! `make corpus`: how well `nexus import` reads real learning-portfolio READMEs. Imports every
//! README of ../shared/corpus and of ../shared/corpus/batch-2 (outside the repository, beside
//! it; same layout) with the `nexus` binary and scores the result against the careful reader's
//! labels in `expected/<name>.json`:
//! - the exit code (0 for a portfolio; 1 with a message on stderr for `not-portfolio/`), each
//!   run killed and counted as a failure after 10 s;
//! - the technology, concept, challenge and practice counts (all four equal, or not), plus the
//!   project count and how many challenges have a solution (shown, not scored);
//! - per section, the recall and the precision of item names, and of technology and concept
//!   names pooled: names are normalized (lowercase, no emoji, punctuation or `*_\`` markers) and
//!   match when one starts with the other (the labels cut sentence names at ~40–60 characters);
//! - whether the JSON passes `nexus validate`.
//!
//! Every fourth file of each batch (by sorted name) is held out: its rows are hidden unless
//! `CORPUS_SHOW_HELDOUT=1`, so rules are written against the rest; its figures are summed apart.
//! The figures are printed per batch, for the work and held-out parts, and in total; the test
//! fails, naming the missed target, when the total falls below the thresholds below. Skipped,
//! saying so, when the corpus is absent (a plain clone).
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

// The failing thresholds over both batches (percent): issue 18's targets; every file must
// also exit as required.
const TARGET_EASY: f64 = 95.0;
const TARGET_HARD: f64 = 70.0;
const TARGET_TC_RECALL: f64 = 95.0;
const TARGET_TC_PRECISION: f64 = 95.0;
const TARGET_CH_RECALL: f64 = 90.0;
const TARGET_PR_RECALL: f64 = 90.0;

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

/// Two normalized names match when one starts with the other: at a word boundary, or anywhere
/// once the shorter holds 20 characters (a sentence cut short by the label or the importer).
fn matches(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && long.starts_with(short)
        && (long.len() == short.len()
            || long[short.len()..].starts_with(' ')
            || short.chars().count() >= 20)
}

/// The normalized `field` of each object in the imported `key` array (absent: none).
fn imported_names(v: &Value, key: &str, field: &str) -> Vec<String> {
    let items = v[key].as_array().into_iter().flatten();
    items.filter_map(|x| x[field].as_str()).map(norm).collect()
}

/// The normalized labels of the expected `key` array.
fn labels(v: &Value, key: &str) -> Vec<String> {
    let items = v[key].as_array().into_iter().flatten();
    items.filter_map(Value::as_str).map(norm).collect()
}

/// Recall and precision counts of one comparison of names.
#[derive(Default, Clone, Copy)]
struct Names {
    labelled: usize,
    found: usize,
    imported: usize,
    real: usize,
}

impl Names {
    fn of(labels: &[String], imported: &[String]) -> Names {
        Names {
            labelled: labels.len(),
            found: labels
                .iter()
                .filter(|l| imported.iter().any(|i| matches(l, i)))
                .count(),
            imported: imported.len(),
            real: imported
                .iter()
                .filter(|i| labels.iter().any(|l| matches(l, i)))
                .count(),
        }
    }
    fn add(&mut self, o: Names) {
        self.labelled += o.labelled;
        self.found += o.found;
        self.imported += o.imported;
        self.real += o.real;
    }
    fn recall(&self) -> f64 {
        pct(self.found, self.labelled)
    }
    fn precision(&self) -> f64 {
        pct(self.real, self.imported)
    }
    fn show(&self) -> String {
        format!(
            "recall {}/{} ({:.0}%), precision {}/{} ({:.0}%)",
            self.found,
            self.labelled,
            self.recall(),
            self.real,
            self.imported,
            self.precision()
        )
    }
}

/// The figures of a set of files.
#[derive(Default, Clone)]
struct Tally {
    easy: usize,
    easy_ok: usize,
    hard: usize,
    hard_ok: usize,
    /// technologies, concepts, challenges, practices, then technologies and concepts pooled
    /// (the labels' split between the two is a reader's call).
    names: [Names; 5],
    portfolios: usize,
    portfolios_ok: usize,
    refusals: usize,
    refusals_ok: usize,
    solved_right: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.easy += o.easy;
        self.easy_ok += o.easy_ok;
        self.hard += o.hard;
        self.hard_ok += o.hard_ok;
        for (a, b) in self.names.iter_mut().zip(o.names) {
            a.add(b);
        }
        self.portfolios += o.portfolios;
        self.portfolios_ok += o.portfolios_ok;
        self.refusals += o.refusals;
        self.refusals_ok += o.refusals_ok;
        self.solved_right += o.solved_right;
    }
    fn print(&self, what: &str) {
        println!("\n{what}:");
        println!(
            "  all four counts equal: easy+medium {}/{} ({:.0}%), hard {}/{} ({:.0}%)",
            self.easy_ok,
            self.easy,
            pct(self.easy_ok, self.easy),
            self.hard_ok,
            self.hard,
            pct(self.hard_ok, self.hard)
        );
        for (i, key) in SECTIONS.iter().map(|s| s.1).enumerate() {
            println!("  {key:<12} {}", self.names[i].show());
        }
        println!("  tech+concept {}", self.names[4].show());
        println!(
            "  portfolios exit 0: {}/{}; not-portfolios exit 1: {}/{}; solutions counted right on {}/{} (shown, not scored)",
            self.portfolios_ok,
            self.portfolios,
            self.refusals_ok,
            self.refusals,
            self.solved_right,
            self.portfolios
        );
    }
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

/// Every fourth file by sorted name (the 4th, 8th, …) is held out: rules are written against
/// the others, and the held-out part only checks them.
fn held_out(index: usize) -> bool {
    index % 4 == 3
}

/// Imports one portfolio README and scores it; returns its row.
fn score_portfolio(
    dir: &Path,
    path: &Path,
    tmp: &Path,
    t: &mut Tally,
    failures: &mut Vec<String>,
) -> String {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let expected = read_json(&dir.join("expected").join(name.replace(".md", ".json")));
    let run = nexus("import", path);
    let got: Option<Value> = serde_json::from_str(&run.stdout).ok();
    let imported = run.code == Some(0) && got.is_some();
    let check = imported.then(|| {
        let json = tmp.join(name.replace(".md", ".json"));
        std::fs::write(&json, &run.stdout).unwrap();
        nexus("validate", &json)
    });
    let valid = check.as_ref().is_some_and(|c| c.code == Some(0));
    t.portfolios += 1;
    t.portfolios_ok += usize::from(valid);
    if !valid {
        let why = match (&check, &got) {
            (Some(c), _) => format!("nexus validate: exit {}: {}", c.exit, clip(&c.stdout, 120)),
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
    t.solved_right += usize::from(solved == want_solved);
    let fields = ["name", "name", "title", "name"];
    let mut pooled = (Vec::new(), Vec::new());
    for (i, (_, key)) in SECTIONS.iter().enumerate() {
        let (l, g) = (labels(&expected, key), imported_names(&got, key, fields[i]));
        t.names[i].add(Names::of(&l, &g));
        if i < 2 {
            pooled.0.extend(l);
            pooled.1.extend(g);
        }
    }
    let tc = Names::of(&pooled.0, &pooled.1);
    t.names[4].add(tc);
    let difficulty = expected["difficulty"].as_str().unwrap_or("?");
    if difficulty == "hard" {
        (t.hard, t.hard_ok) = (t.hard + 1, t.hard_ok + usize::from(all));
    } else {
        (t.easy, t.easy_ok) = (t.easy + 1, t.easy_ok + usize::from(all));
    }
    format!(
        "{:<40} {difficulty:<6} exit {:<4} {}  names {}/{} real {}/{}  valid {}",
        clip(&name, 40),
        run.exit,
        row.join(" "),
        tc.found,
        tc.labelled,
        tc.real,
        tc.imported,
        if valid { "yes" } else { "no" }
    )
}

/// Imports one README that is not a portfolio: it must exit 1 with a message.
fn score_refusal(path: &Path, t: &mut Tally, failures: &mut Vec<String>) -> String {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let run = nexus("import", path);
    let said = !run.stderr.trim().is_empty();
    let ok = run.code == Some(1) && said;
    t.refusals += 1;
    t.refusals_ok += usize::from(ok);
    if !ok {
        let message = if said { "" } else { ", no message on stderr" };
        failures.push(format!(
            "not-portfolio/{name}: exit {}{message}, expected 1 with a message",
            run.exit
        ));
    }
    format!(
        "{:<40} {:<6} exit {:<4} not a portfolio, message {}",
        clip(&name, 40),
        "-",
        run.exit,
        if said { "yes" } else { "no" }
    )
}

#[test]
#[ignore = "run by make corpus (a step of make test), not by the unit tests"]
fn corpus_meets_the_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let Ok(base) = root.join("../shared/corpus").canonicalize() else {
        println!("corpus: ../shared/corpus not found — skipped");
        return;
    };
    let show_held_out = std::env::var_os("CORPUS_SHOW_HELDOUT").is_some_and(|v| v == "1");
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("corpus");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let batches = [("batch 1", base.clone()), ("batch 2", base.join("batch-2"))];
    let (mut work, mut held, mut total) = (Tally::default(), Tally::default(), Tally::default());
    let mut failures: Vec<String> = Vec::new();
    let mut per_batch = Vec::new();
    for (label, dir) in &batches {
        if !dir.is_dir() {
            println!("corpus: {} not found — {label} skipped", dir.display());
            continue;
        }
        println!("\n== {label}: {}", dir.display());
        let (mut w, mut h) = (Tally::default(), Tally::default());
        let (mut hidden, mut hidden_failures) = (0, 0);
        let files = markdown_files(dir);
        let refusals = markdown_files(&dir.join("not-portfolio"));
        let mut run = |i: usize, path: &Path, portfolio: bool| {
            let out = if held_out(i) { &mut h } else { &mut w };
            let before = failures.len();
            let row = if portfolio {
                score_portfolio(dir, path, &tmp, out, &mut failures)
            } else {
                score_refusal(path, out, &mut failures)
            };
            if held_out(i) && !show_held_out {
                hidden += 1;
                hidden_failures += failures.len() - before;
                failures.truncate(before);
            } else {
                let mark = if held_out(i) { "[held out] " } else { "" };
                println!("{mark}{row}");
            }
        };
        for (i, path) in files.iter().enumerate() {
            run(i, path, true);
        }
        for (i, path) in refusals.iter().enumerate() {
            run(i, path, false);
        }
        if hidden > 0 {
            println!("({hidden} held-out rows not shown, {hidden_failures} of them failing; CORPUS_SHOW_HELDOUT=1 shows them)");
        }
        let mut b = w.clone();
        b.add(&h);
        work.add(&w);
        held.add(&h);
        total.add(&b);
        per_batch.push((label, b));
    }
    for (label, b) in &per_batch {
        b.print(label);
    }
    work.print("work part (rules are written against it)");
    held.print("held-out part (every fourth file of each batch)");
    total.print("total (both batches)");
    println!(
        "\ncorpus: {} exit-code or validity failures shown",
        failures.len()
    );
    for f in &failures {
        println!("  {f}");
    }
    let (e, h) = (
        pct(total.easy_ok, total.easy),
        pct(total.hard_ok, total.hard),
    );
    let tc = total.names[4];
    let (ch, pr) = (total.names[2].recall(), total.names[3].recall());
    let exits = total.portfolios_ok + total.refusals_ok;
    let missed: Vec<String> = [
        (
            exits == total.portfolios + total.refusals,
            format!(
                "{} files exit wrongly or give invalid output",
                total.portfolios + total.refusals - exits
            ),
        ),
        (
            e >= TARGET_EASY,
            format!("easy+medium counts {e:.1}% < {TARGET_EASY}%"),
        ),
        (
            h >= TARGET_HARD,
            format!("hard counts {h:.1}% < {TARGET_HARD}%"),
        ),
        (
            tc.recall() >= TARGET_TC_RECALL,
            format!(
                "tech+concept recall {:.1}% < {TARGET_TC_RECALL}%",
                tc.recall()
            ),
        ),
        (
            tc.precision() >= TARGET_TC_PRECISION,
            format!(
                "tech+concept precision {:.1}% < {TARGET_TC_PRECISION}%",
                tc.precision()
            ),
        ),
        (
            ch >= TARGET_CH_RECALL,
            format!("challenge recall {ch:.1}% < {TARGET_CH_RECALL}%"),
        ),
        (
            pr >= TARGET_PR_RECALL,
            format!("practice recall {pr:.1}% < {TARGET_PR_RECALL}%"),
        ),
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
