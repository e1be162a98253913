//! Generated portfolios for the tests and the benchmark (crates/core/benches): larger content
//! than anyone ships, built from the shipped file.
#![allow(dead_code)] // each test file uses some of these

use nexus_core::content::{parse, Portfolio};
use serde_json::{json, Value};

pub const SHIPPED: &str = include_str!("../../../../public/portfolio.json");

/// The shipped portfolio with `n` more items in each section, cloned from the first of each.
pub fn generated(n: usize) -> Portfolio {
    let mut p = parse(SHIPPED).expect("the shipped portfolio is valid");
    let words = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
    ];
    let (t0, k0, c0, x0) = (
        p.technologies[0].clone(),
        p.concepts[0].clone(),
        p.challenges[0].clone(),
        p.practices[0].clone(),
    );
    for i in 0..n {
        let w = words[i % words.len()];
        let mut t = t0.clone();
        t.id = format!("tech-{i}");
        t.name = format!("Tech {w} {i}");
        t.summary = Some(format!(
            "Generated technology number {i} about {w} systems and caching."
        ));
        p.technologies.push(t);
        let mut k = k0.clone();
        k.id = format!("concept-{i}");
        k.name = format!("Concept {w} {i}");
        k.summary = Some(format!(
            "A generated concept on {w} with réseau and naïve caching."
        ));
        k.details = vec![format!("Detail {i}"), "Database tuning".into()];
        p.concepts.push(k);
        let mut c = c0.clone();
        c.id = format!("challenge-{i}");
        c.title = format!("Challenge {w} {i}");
        c.challenge = Some(format!(
            "Generated challenge {i}: slow {w} pipelines under load."
        ));
        c.solution = Some("Solved with queues, caching and a Docker based rollout.".into());
        p.challenges.push(c);
        let mut x = x0.clone();
        x.id = format!("practice-{i}");
        x.name = format!("Practice {w} {i}");
        x.summary = Some("Keep it simple and document decisions.".into());
        p.practices.push(x);
    }
    p
}

/// About 1 MB of valid content with long multilingual summaries: 906 technologies, 103 concepts.
pub fn large_portfolio() -> String {
    let mut v: Value = serde_json::from_str(SHIPPED).unwrap();
    let summary =
        "Un résumé long — نص عربي من اليمين إلى اليسار — 🦀🚀 with `code` and **strong**. "
            .repeat(11);
    let technologies = v["technologies"].as_array_mut().unwrap();
    for i in 0..900 {
        technologies.push(json!({
            "id": format!("technology-{i}"), "name": format!("Technology {i} 🧪"),
            "category": "devops", "summary": summary,
            "links": [{"label": "Docs", "url": format!("https://example.org/{i}")}]
        }));
    }
    let concepts = v["concepts"].as_array_mut().unwrap();
    for i in 0..100 {
        concepts.push(json!({
            "id": format!("concept-{i}"), "name": format!("Concept {i}"), "summary": summary,
            "technologies": (0..20).map(|j| format!("technology-{}", i * 8 + j)).collect::<Vec<_>>()
        }));
    }
    serde_json::to_string_pretty(&v).unwrap()
}
