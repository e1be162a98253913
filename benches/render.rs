//! The native render's timings in a release build, against their budget: every route file of the
//! shipped portfolio, and of the generated 1,000-technology / 1,000-challenge portfolio
//! (`node bench/generate.mjs`, whose path bench/run passes in NEXUS_BENCH_LARGE), rendered by
//! the app's components into their files as `nexus build-site` does (`site::build`). Prints one
//! line per figure in the style of bench/bench.mjs; exits 1 when one is over its budget.

// The native render only exists natively; `make lint` also checks this target for wasm32.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use nexus_core::content::parse;
    use nexus_core::site;
    use nexus_web::context::Content;
    use nexus_web::render;
    use std::hint::black_box;
    use std::time::{Duration, Instant};

    /// A bundle's index.html as trunk writes it, as far as the site builder reads it.
    const INDEX: &str = r#"<!doctype html><html lang=en><head><meta charset=utf-8><base href=/nexus/><title>Nexus</title><link href=/nexus/nexus-web-1.js rel=nexus-app data-wasm=nexus-web-1_bg.wasm></head><body></body></html>"#;
    const SITE_URL: &str = "https://nexus.example/nexus/";

    /// The median of `runs` timings of rendering every route file of `json`; and how many files.
    fn site(json: &str, runs: usize) -> (Duration, usize) {
        let content = Content::new(parse(json).expect("a valid portfolio"));
        let portfolio = content.portfolio();
        let build = || {
            site::build(INDEX, &portfolio, SITE_URL, &|path| {
                render::route(&content, "/nexus/", path)
            })
            .expect("builds")
        };
        let files = build().len();
        let mut xs: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(build());
                start.elapsed()
            })
            .collect();
        xs.sort();
        (xs[runs / 2], files)
    }

    pub fn main() {
        let mut over = false;
        let mut line = |what: String, took: Duration, budget: Duration| {
            let ok = took <= budget;
            over |= !ok;
            println!(
                "{}  {what:<72} {:>8.1} ms  ≤ {} ms",
                if ok { "pass" } else { "FAIL" },
                took.as_secs_f64() * 1e3,
                budget.as_millis()
            );
        };
        let (took, files) = site(include_str!("../public/portfolio.json"), 15);
        line(
            format!("native render, shipped portfolio ({files} files)"),
            took,
            Duration::from_millis(50),
        );
        match std::env::var("NEXUS_BENCH_LARGE").map(std::fs::read_to_string) {
            Ok(Ok(json)) => {
                let (took, files) = site(&json, 3);
                line(
                    format!("native render, generated 1,000-item portfolio ({files} files)"),
                    took,
                    Duration::from_secs(3),
                );
            }
            _ => println!("(NEXUS_BENCH_LARGE unset: the generated portfolio's render is skipped; bench/run sets it)"),
        }
        if over {
            std::process::exit(1);
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
