//! The global search index: matching, folding, ranking, grouping, highlights, and speed with a
//! generated 1,000-item portfolio.

use nexus_core::content::{parse, Block, Portfolio};
use nexus_core::routes::Section;
use nexus_core::search::{Group, Marked, SearchIndex};
use nexus_core::text::fold;

mod support;

fn shipped() -> Portfolio {
    parse(include_str!("../../../public/portfolio.json")).unwrap()
}

fn index() -> SearchIndex {
    SearchIndex::new(&shipped())
}

/// The highlighted pieces of a text.
fn marks(m: &Marked) -> Vec<&str> {
    m.segments()
        .into_iter()
        .filter_map(|(hit, piece)| hit.then_some(piece))
        .collect()
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

#[test]
fn indexes_every_item_of_every_section() {
    let p = shipped();
    let index = SearchIndex::new(&p);
    // Every item is found by its own name, in its own section.
    let sections = [
        (Section::Technologies, Section::Technologies.names(&p)),
        (Section::Concepts, Section::Concepts.names(&p)),
        (Section::Challenges, Section::Challenges.names(&p)),
        (Section::Practices, Section::Practices.names(&p)),
    ];
    for (section, names) in sections {
        assert!(!names.is_empty());
        for name in names {
            let found = titles(&index.search(name, 50));
            assert!(
                found.contains(&(section, nexus_core::content::inline::plain(name))),
                "{name}: {found:?}"
            );
        }
    }
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
fn the_overview_and_the_closing_are_found_where_the_overview_shows_them() {
    let index = index();
    let hit = |q: &str| index.search(q, 1)[0].clone();
    let overview = hit("documentation hub");
    assert_eq!(overview.section, Section::About);
    assert_eq!(
        (
            overview.hits[0].title.text.as_str(),
            overview.hits[0].path.as_str()
        ),
        ("Overview", "/")
    );
    let closing = hit("readiness");
    assert_eq!(
        (
            closing.hits[0].title.text.as_str(),
            closing.hits[0].path.as_str()
        ),
        ("Closing", "/#closing")
    );
    // A list of the overview is searched item by item.
    let mut p = shipped();
    p.overview = vec![
        Block::Text("My goals were to:".into()),
        Block::Items(vec!["Learn **Rust**".into(), "Ship an API".into()]),
    ];
    p.closing.clear();
    let index = SearchIndex::new(&p);
    let found = index.search("ship", 5);
    assert_eq!(titles(&found), [(Section::About, "Overview".to_string())]);
    assert_eq!(marks(&found[0].hits[0].excerpt), ["Ship"]);
    assert!(index.search("readiness", 5).is_empty());
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
    assert_eq!(marks(&hit.title), ["Réseau", "naïf"]);
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
        c.summary = Some(summary.into());
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
    let index = SearchIndex::new(&support::generated(250));
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
    assert_eq!(marks(&hit.title), ["datab", "Django"]);
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
    assert_eq!(marks(&groups[0].hits[0].title), ["Graph"]);
    // The excerpt marks every occurrence in the first text that matches.
    let groups = index.search("docker", 10);
    let challenge = groups
        .iter()
        .find(|g| g.section == Section::Challenges)
        .unwrap();
    assert_eq!(marks(&challenge.hits[0].excerpt), ["Docker"]);
}

#[test]
fn excerpts_show_the_text_around_the_match() {
    let mut p = shipped();
    p.challenges[0].solution = Some(format!(
        "{} the needle is here {}",
        "word ".repeat(40),
        "more ".repeat(40)
    ));
    let index = SearchIndex::new(&p);
    let groups = index.search("needle", 10);
    let excerpt = &groups[0].hits[0].excerpt;
    assert!(excerpt.text.starts_with('…'), "{}", excerpt.text);
    assert!(excerpt.text.ends_with('…'), "{}", excerpt.text);
    assert_eq!(marks(excerpt), ["needle"]);
    assert!(excerpt.text.chars().count() <= 142);
    let segments = excerpt.segments();
    assert_eq!(segments.iter().filter(|(m, _)| *m).count(), 1);
    let joined: String = segments.iter().map(|(_, s)| *s).collect();
    assert_eq!(joined, excerpt.text);
    // A title-only hit shows the start of its text, unmarked.
    let groups = index.search("graphql", 10);
    let hit = &groups[0].hits[0];
    assert_eq!(marks(&hit.title), ["GraphQL"]);
    assert!(hit.excerpt.text.starts_with("Implementing flexible"));
}

#[test]
fn inline_markup_is_not_searched_or_shown() {
    let index = index();
    let groups = index.search("select_related", 10);
    let hit = &groups[0].hits[0];
    assert!(!hit.excerpt.text.contains('`'), "{}", hit.excerpt.text);
    assert_eq!(marks(&hit.excerpt), ["select_related"]);
}

#[test]
fn the_best_hit_is_right_with_1000_generated_items() {
    // How fast typing stays at this size: bench/run measures it in a release build.
    let p = support::generated(250);
    let items = p.technologies.len() + p.concepts.len() + p.challenges.len() + p.practices.len();
    assert!(items >= 1000, "{items}");
    let index = SearchIndex::new(&p);
    assert_eq!(
        index.search("theta 12", 8)[0].hits[0].title.text,
        "Tech theta 127"
    );
}
