//! The core's timings in a release build, against their budget: the timing assertions that the
//! debug-build tests used to make, measured here instead. `cargo bench -p nexus-core --bench
//! core` (bench/run runs it before the browser figures) prints one line per figure in the style
//! of bench/bench.mjs and exits 1 when one is over its budget. The inputs are the generated
//! portfolios of the tests (tests/support). A plain `main` with `Instant` rather than criterion:
//! a few medians against a budget need no statistics crate and its build time.

#[path = "../tests/support/mod.rs"]
mod support;

use nexus_core::content::parse;
use nexus_core::filter::lists::TECHNOLOGIES;
use nexus_core::filter::{apply, FilterState};
use nexus_core::search::SearchIndex;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Repeats of each measurement; the median is reported.
const RUNS: usize = 15;

/// The median of `RUNS` timings of `f`.
fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let mut xs: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    xs.sort();
    xs[RUNS / 2]
}

fn main() {
    let ms = Duration::from_millis;
    let mut lines: Vec<(String, Duration, Duration)> = Vec::new();

    // Search over every section of the shipped portfolio with 250 more items in each.
    let p = support::generated(250);
    let items = p.technologies.len() + p.concepts.len() + p.challenges.len() + p.practices.len();
    let build = time(|| SearchIndex::new(black_box(&p)));
    lines.push((format!("search index build, {items} items"), build, ms(50)));
    let index = SearchIndex::new(&p);
    // Every prefix of each query (on char boundaries) as typed; the slowest prefix's median.
    let keystroke = ["caching", "docker rollout", "réseau", "theta 12", "zzz"]
        .iter()
        .flat_map(|q| q.char_indices().map(move |(i, c)| &q[..i + c.len_utf8()]))
        .map(|prefix| time(|| index.search(black_box(prefix), 8)))
        .max()
        .unwrap_or_default();
    lines.push((
        format!("search, slowest keystroke, {items} items"),
        keystroke,
        ms(16),
    ));

    let large = support::large_portfolio();
    let parsing = time(|| parse(black_box(&large)));
    lines.push((
        format!("parse + validate {} KB of JSON", large.len() / 1024),
        parsing,
        ms(100),
    ));

    // The technologies list as the app filters it (natively here, in the browser via wasm).
    let p = support::generated(1000);
    let text = FilterState {
        text: "caching systems".into(),
        ..Default::default()
    };
    let mut category = FilterState::default();
    category.toggle("category", &p.categories[0].id);
    for (what, state) in [
        ("text \"caching systems\"", &text),
        ("a category", &category),
    ] {
        let took = time(|| apply(black_box(&p.technologies), &TECHNOLOGIES, state));
        lines.push((
            format!("filter {} technologies, {what}", p.technologies.len()),
            took,
            ms(16),
        ));
    }

    import(&mut lines);

    println!("\n== Core, release build (median of {RUNS}) ==");
    let mut over = 0;
    for (what, took, budget) in &lines {
        let ok = took <= budget;
        over += usize::from(!ok);
        let value = format!("{:.2} ms", took.as_secs_f64() * 1000.0);
        let verdict = if ok { "pass" } else { "OVER" };
        println!(
            "{verdict}  {what:<52}{value:>10}  ≤ {} ms",
            budget.as_millis()
        );
    }
    println!(
        "{}",
        if over > 0 {
            format!("\n{over} core figure(s) over budget")
        } else {
            "\ncore within budget".into()
        }
    );
    if over > 0 {
        std::process::exit(1);
    }
}

/// The README importer (with `--features import`): the largest README of ../shared/corpus (when
/// present) and 1 MB of Markdown made of the project's own fixture READMEs.
#[cfg(feature = "import")]
fn import(lines: &mut Vec<(String, Duration, Duration)>) {
    use nexus_core::import::import;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let corpus = root.join("../shared/corpus");
    let largest = std::fs::read_dir(&corpus)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md") && !p.ends_with("INDEX.md"))
        .max_by_key(|p| p.metadata().map(|m| m.len()).unwrap_or(0));
    match largest.and_then(|p| std::fs::read_to_string(&p).ok()) {
        Some(text) => lines.push((
            format!(
                "import the largest corpus README ({} KB)",
                text.len() / 1024
            ),
            time(|| import(black_box(&text))),
            Duration::from_millis(5),
        )),
        None => println!("(../shared/corpus not found: the corpus import timing is skipped)"),
    }
    let fixtures = root.join("tests/fixtures/readme");
    let one: String = [
        "seed-shape.md",
        "headings-and-tables.md",
        "projects-and-extras.md",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(fixtures.join(f)).unwrap_or_default())
    .collect::<Vec<_>>()
    .join("\n");
    let big = one.repeat((1 << 20) / one.len().max(1) + 1);
    lines.push((
        format!("import {} KB of Markdown", big.len() / 1024),
        time(|| import(black_box(&big))),
        Duration::from_millis(200),
    ));
}

#[cfg(not(feature = "import"))]
fn import(_: &mut Vec<(String, Duration, Duration)>) {}
