//! The global search index: matching, folding, ranking, grouping, highlights, and speed with a
//! generated 1,000-item portfolio.
#![cfg(not(target_arch = "wasm32"))]

use nexus::content::{parse, Portfolio};
use nexus::search::{fold, Group, SearchIndex, Section};
use std::time::{Duration, Instant};

fn shipped() -> Portfolio {
    parse(include_str!("../public/portfolio.json")).unwrap()
}

fn index() -> SearchIndex {
    SearchIndex::new(&shipped())
}

/// (section, title) of every hit, in order.
fn titles(groups: &[Group]) -> Vec<(Section, String)> {
    groups
        .iter()
        .flat_map(|g| {
            g.hits
                .iter()
                .map(move |h| (g.section, h.title.text.clone()))
        })
        .collect()
}

/// The shipped portfolio with `n` more items in each section, cloned from the first of each.
fn generated(n: usize) -> Portfolio {
    let mut p = shipped();
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
        t.summary = format!("Generated technology number {i} about {w} systems and caching.");
        p.technologies.push(t);
        let mut k = k0.clone();
        k.id = format!("concept-{i}");
        k.name = format!("Concept {w} {i}");
        k.summary = format!("A generated concept on {w} with réseau and naïve caching.");
        k.details = vec![format!("Detail {i}"), "Database tuning".into()];
        p.concepts.push(k);
        let mut c = c0.clone();
        c.id = format!("challenge-{i}");
        c.title = format!("Challenge {w} {i}");
        c.challenge = format!("Generated challenge {i}: slow {w} pipelines under load.");
        c.solution = "Solved with queues, caching and a Docker based rollout.".into();
        p.challenges.push(c);
        let mut x = x0.clone();
        x.id = format!("practice-{i}");
        x.name = format!("Practice {w} {i}");
        x.summary = "Keep it simple and document decisions.".into();
        p.practices.push(x);
    }
    p
}

#[test]
fn indexes_every_item_of_every_section() {
    let p = shipped();
    let index = SearchIndex::new(&p);
    assert_eq!(
        index.len(),
        p.technologies.len() + p.concepts.len() + p.challenges.len() + p.practices.len()
    );
    assert!(index.search("", 10).is_empty());
    assert!(index.search("   ", 10).is_empty());
}

#[test]
fn finds_titles_and_body_text_of_every_section() {
    let index = index();
    let groups = index.search("django", 10);
    let found = titles(&groups);
    assert_eq!(found[0], (Section::Technologies, "Django".to_string()));
    assert!(found.contains(&(
        Section::Challenges,
        "Slow database queries in Django".to_string()
    )));
    // Challenge solution text.
    let found = titles(&index.search("prefetch", 10));
    assert_eq!(
        found,
        [(
            Section::Challenges,
            "Slow database queries in Django".to_string()
        )]
    );
    // Concept details and practices.
    assert_eq!(
        titles(&index.search("redis", 10)),
        [(Section::Concepts, "Asynchronous Programming".to_string())]
    );
    assert_eq!(
        titles(&index.search("pep 8", 10)),
        [(Section::Practices, "Clean Code".to_string())]
    );
}

#[test]
fn paths_lead_to_detail_pages() {
    let index = index();
    let hit = |q: &str| index.search(q, 1)[0].hits[0].clone();
    assert_eq!(hit("graphql").path, "/technologies/graphql");
    assert_eq!(
        hit("caching strategies").path,
        "/concepts/caching-strategies"
    );
    assert_eq!(
        hit("multi-service").path,
        "/challenges/multi-service-docker"
    );
    assert_eq!(hit("clean code").path, "/practices#clean-code");
}

#[test]
fn is_case_and_accent_insensitive() {
    assert_eq!(
        fold("Ça Fait Déjà NAÏVE Straße Œuvre"),
        "ca fait deja naive strasse oeuvre"
    );
    // Combining accents (decomposed text) are dropped too.
    assert_eq!(fold("Cafe\u{301}"), "cafe");
    let index = index();
    assert_eq!(
        titles(&index.search("DÖCKER", 10))[0],
        (Section::Technologies, "Docker".to_string())
    );
    assert_eq!(
        titles(&index.search("pythón", 10))[0],
        (Section::Technologies, "Python".to_string())
    );
    // And the other way round: accented content, plain query, highlight on the original text.
    let mut p = shipped();
    p.concepts[0].name = "Réseau naïf".into();
    let index = SearchIndex::new(&p);
    let groups = index.search("reseau naif", 10);
    let hit = &groups[0].hits[0];
    assert_eq!(hit.title.marks(), ["Réseau", "naïf"]);
}

#[test]
fn every_word_must_match_and_nothing_means_no_groups() {
    let index = index();
    assert_eq!(
        titles(&index.search("django slow", 10)),
        [(
            Section::Challenges,
            "Slow database queries in Django".to_string()
        )]
    );
    assert!(index.search("django kubernetes", 10).is_empty());
    assert!(index.search("zzzz", 10).is_empty());
}

#[test]
fn ranks_title_above_body_and_prefix_above_substring() {
    let mut p = shipped();
    p.technologies.truncate(0);
    p.challenges.truncate(0);
    p.practices.truncate(0);
    let base = p.concepts[0].clone();
    let concept = |id: &str, name: &str, summary: &str| {
        let mut c = base.clone();
        c.id = id.into();
        c.name = name.into();
        c.summary = summary.into();
        c.details = Vec::new();
        c
    };
    p.concepts = vec![
        concept("body-sub", "Other", "A metacache in the text."),
        concept("body-word", "Other", "The cache in the text."),
        concept("title-sub", "Metacache", "Nothing."),
        concept("title-word", "Big cache", "Nothing."),
        concept("title-start", "Cache layers", "Nothing."),
        concept("exact", "Cache", "Nothing."),
    ];
    let groups = SearchIndex::new(&p).search("cache", 10);
    let ids: Vec<&str> = groups[0].hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "exact",
            "title-start",
            "title-word",
            "title-sub",
            "body-word",
            "body-sub"
        ]
    );
    let scores: Vec<u32> = groups[0].hits.iter().map(|h| h.score).collect();
    assert!(scores.windows(2).all(|w| w[0] > w[1]), "{scores:?}");
}

#[test]
fn groups_follow_their_best_hit_and_are_capped() {
    let index = SearchIndex::new(&generated(250));
    let groups = index.search("caching", 5);
    // "Caching Strategies" is a concept title starting with the word: concepts come first.
    assert_eq!(groups[0].section, Section::Concepts);
    assert_eq!(groups[0].hits[0].title.text, "Caching Strategies");
    for g in &groups {
        assert!(g.hits.len() <= 5);
        assert!(g.total >= g.hits.len());
    }
    let concepts = &groups[0];
    assert_eq!(concepts.total, 251, "250 generated + the shipped one");
    let sections: Vec<Section> = groups.iter().map(|g| g.section).collect();
    let mut unique = sections.clone();
    unique.dedup();
    assert_eq!(sections, unique, "one group per section");
}

#[test]
fn highlights_every_occurrence_in_title_and_excerpt() {
    let index = index();
    let groups = index.search("django datab", 10);
    let hit = &groups[0].hits[0];
    assert_eq!(hit.title.text, "Slow database queries in Django");
    assert_eq!(hit.title.marks(), ["datab", "Django"]);
    assert_eq!(
        hit.title.segments(),
        [
            (false, "Slow "),
            (true, "datab"),
            (false, "ase queries in "),
            (true, "Django")
        ]
    );
    // Overlapping words merge into one mark.
    let groups = index.search("gra graph", 10);
    assert_eq!(groups[0].hits[0].title.marks(), ["Graph"]);
    // The excerpt marks every occurrence in the first text that matches.
    let groups = index.search("docker", 10);
    let challenge = groups
        .iter()
        .find(|g| g.section == Section::Challenges)
        .unwrap();
    assert_eq!(challenge.hits[0].excerpt.marks(), ["Docker"]);
}

#[test]
fn excerpts_show_the_text_around_the_match() {
    let mut p = shipped();
    p.challenges[0].solution = format!(
        "{} the needle is here {}",
        "word ".repeat(40),
        "more ".repeat(40)
    );
    let index = SearchIndex::new(&p);
    let groups = index.search("needle", 10);
    let excerpt = &groups[0].hits[0].excerpt;
    assert!(excerpt.text.starts_with('…'), "{}", excerpt.text);
    assert!(excerpt.text.ends_with('…'), "{}", excerpt.text);
    assert_eq!(excerpt.marks(), ["needle"]);
    assert!(excerpt.text.chars().count() <= 142);
    let segments = excerpt.segments();
    assert_eq!(segments.iter().filter(|(m, _)| *m).count(), 1);
    let joined: String = segments.iter().map(|(_, s)| *s).collect();
    assert_eq!(joined, excerpt.text);
    // A title-only hit shows the start of its text, unmarked.
    let groups = index.search("graphql", 10);
    let hit = &groups[0].hits[0];
    assert_eq!(hit.title.marks(), ["GraphQL"]);
    assert!(hit.excerpt.text.starts_with("Implementing flexible"));
}

#[test]
fn inline_markup_is_not_searched_or_shown() {
    let index = index();
    let groups = index.search("select_related", 10);
    let hit = &groups[0].hits[0];
    assert!(!hit.excerpt.text.contains('`'), "{}", hit.excerpt.text);
    assert_eq!(hit.excerpt.marks(), ["select_related"]);
}

#[test]
fn typing_stays_instant_with_1000_generated_items() {
    let p = generated(250);
    let items = p.technologies.len() + p.concepts.len() + p.challenges.len() + p.practices.len();
    assert!(items >= 1000, "{items}");
    let started = Instant::now();
    let index = SearchIndex::new(&p);
    let built = started.elapsed();
    // Every prefix of a few queries, as typed one key at a time.
    let queries = ["caching", "docker rollout", "réseau", "theta 12", "zzz"];
    let mut slowest = Duration::ZERO;
    for q in queries {
        for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let started = Instant::now();
            let groups = index.search(&q[..end], 8);
            slowest = slowest.max(started.elapsed());
            std::hint::black_box(groups);
        }
    }
    // Generous bounds for unoptimised test builds on a slow machine; a frame is 16 ms.
    assert!(
        built < Duration::from_millis(500),
        "index built in {built:?}"
    );
    assert!(
        slowest < Duration::from_millis(50),
        "slowest keystroke {slowest:?}"
    );
    assert_eq!(
        index.search("theta 12", 8)[0].hits[0].title.text,
        "Tech theta 127"
    );
}
