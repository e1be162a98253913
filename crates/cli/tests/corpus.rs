//! `make corpus`: imports every README of ../shared/corpus with the `nexus` binary and scores
//! the result against the careful reader's labels in `expected/` — exit codes, the four section
//! counts, technology and concept names found, valid output — one row per file, then the totals
//! against the targets. Skipped, saying so, when the corpus is absent (a plain clone).
//!
//! It fails below the targets. They are not met yet, so it is `#[ignore]`d: `make corpus` runs
//! it (`--ignored`), `make test` does not until they are.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const SECTIONS: [&str; 4] = ["technologies", "concepts", "challenges", "practices"];

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

/// Lowercase words without markup and punctuation.
fn norm(s: &str) -> String {
    let kept: String = s
        .chars()
        .filter(|c| !matches!(c, '*' | '_' | '`'))
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A labelled name is found when an imported name equals it, or one contains the other and the
/// shorter has at least four characters.
fn found(label: &str, imported: &[String]) -> bool {
    let l = norm(label);
    imported.iter().any(|i| {
        i == &l || (l.len().min(i.len()) >= 4 && (i.contains(&l) || l.contains(i.as_str())))
    })
}

fn names(v: &Value, key: &str, field: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x[field].as_str())
                .map(norm)
                .collect()
        })
        .unwrap_or_default()
}

fn import(path: &Path) -> (Option<i32>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_nexus"))
        .arg("import")
        .arg(path)
        .output()
        .expect("runs nexus");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
    )
}

#[test]
#[ignore = "make corpus: the targets are not met yet"]
fn corpus_score() {
    let dir = corpus();
    if !dir.is_dir() {
        println!("corpus: {} not found — skipped", dir.display());
        return;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md") && !p.ends_with("INDEX.md"))
        .collect();
    files.sort();
    let (mut easy, mut easy_ok, mut hard, mut hard_ok) = (0, 0, 0, 0);
    let (mut labelled, mut matched) = (0, 0);
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("expected").join(name.replace(".md", ".json")))
                .unwrap(),
        )
        .unwrap();
        let (code, out) = import(path);
        let got: Value = serde_json::from_str(&out).unwrap_or(Value::Null);
        if code != Some(0) || got.is_null() {
            failures.push(format!("{name}: exit {code:?}"));
        }
        let mut row = Vec::new();
        let mut all = true;
        for key in SECTIONS {
            let field = if key == "challenges" { "title" } else { "name" };
            let (g, e) = (
                names(&got, key, field).len(),
                expected[key].as_array().map_or(0, Vec::len),
            );
            all &= g == e;
            row.push(format!(
                "{} {g}/{e}{}",
                &key[..2],
                if g == e { " " } else { "*" }
            ));
        }
        let mut imported = names(&got, "technologies", "name");
        imported.extend(names(&got, "concepts", "name"));
        for key in ["technologies", "concepts"] {
            for label in expected[key]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                labelled += 1;
                matched += usize::from(found(label, &imported));
            }
        }
        let difficulty = expected["difficulty"].as_str().unwrap_or("?");
        if difficulty == "hard" {
            hard += 1;
            hard_ok += usize::from(all);
        } else {
            easy += 1;
            easy_ok += usize::from(all);
        }
        println!(
            "{:<40} {difficulty:<6} exit {:?}  {}",
            &name[..name.len().min(40)],
            code.unwrap_or(-1),
            row.join(" ")
        );
    }
    let not = dir.join("not-portfolio");
    for entry in std::fs::read_dir(&not).into_iter().flatten().flatten() {
        let (code, _) = import(&entry.path());
        let name = entry.file_name().to_string_lossy().to_string();
        println!(
            "{:<40} not a portfolio: exit {:?}",
            &name[..name.len().min(40)],
            code.unwrap_or(-1)
        );
        if code != Some(1) {
            failures.push(format!("{name}: exit {code:?}, expected 1"));
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!(
        "\ncorpus: all four counts right on {easy_ok}/{easy} easy+medium files ({:.0}%, target 85%)",
        pct(easy_ok, easy)
    );
    println!(
        "corpus: all four counts right on {hard_ok}/{hard} hard files ({:.0}%, target 60%)",
        pct(hard_ok, hard)
    );
    println!(
        "corpus: {matched}/{labelled} technology and concept names found ({:.0}%, target 90%); {} exit-code failures",
        pct(matched, labelled),
        failures.len()
    );
    for f in &failures {
        println!("  {f}");
    }
    assert!(failures.is_empty(), "exit codes: {failures:?}");
    assert!(pct(easy_ok, easy) >= 85.0, "easy+medium counts below 85%");
    assert!(pct(hard_ok, hard) >= 60.0, "hard counts below 60%");
    assert!(pct(matched, labelled) >= 90.0, "names below 90%");
}
