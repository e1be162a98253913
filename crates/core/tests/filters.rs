//! The generic facet filter and its URL encoding, on the shipped content.

use nexus_core::content::{parse, Portfolio};
use nexus_core::filter::lists::{CHALLENGES, PROJECTS, TECHNOLOGIES};
use nexus_core::filter::query::{encode, percent_decode, percent_encode};
use nexus_core::filter::{apply, AnyList, FilterState, List};

fn shipped() -> Portfolio {
    parse(include_str!("../../../public/portfolio.json")).unwrap()
}

fn state(text: &str, selected: &[(&str, &str)]) -> FilterState {
    let mut s = FilterState {
        text: text.into(),
        ..Default::default()
    };
    for (facet, value) in selected {
        s.toggle(facet, value);
    }
    s
}

fn names<T>(p: &Portfolio, list: &List<T>, s: &FilterState, name: fn(&T) -> &str) -> Vec<String> {
    let items = (list.items)(p);
    apply(items, list, s)
        .matches
        .iter()
        .map(|&i| name(&items[i]).to_string())
        .collect()
}

fn tech_names(p: &Portfolio, s: &FilterState) -> Vec<String> {
    names(p, &TECHNOLOGIES, s, |t| &t.name)
}

#[test]
fn no_filter_keeps_every_item_in_order() {
    let p = shipped();
    assert_eq!(
        tech_names(&p, &FilterState::default()),
        [
            "Python",
            "Django",
            "REST APIs",
            "GraphQL",
            "Docker",
            "CI/CD"
        ]
    );
}

#[test]
fn categories_combine_with_or() {
    let p = shipped();
    assert_eq!(
        tech_names(&p, &state("", &[("category", "api")])),
        ["REST APIs", "GraphQL"]
    );
    assert_eq!(
        tech_names(
            &p,
            &state("", &[("category", "api"), ("category", "language")])
        ),
        ["Python", "REST APIs", "GraphQL"]
    );
}

#[test]
fn text_is_case_insensitive_over_name_and_summary_and_ands_its_words() {
    let p = shipped();
    assert_eq!(tech_names(&p, &state("DOCKER", &[])), ["Docker"]);
    // "pipelines" only occurs in the CI/CD summary.
    assert_eq!(tech_names(&p, &state("pipelines", &[])), ["CI/CD"]);
    assert_eq!(
        tech_names(&p, &state("  apis  web ", &[])),
        ["Django", "REST APIs"]
    );
    assert!(tech_names(&p, &state("cobol", &[])).is_empty());
}

#[test]
fn text_and_facets_combine_with_and() {
    let p = shipped();
    assert_eq!(
        tech_names(&p, &state("api", &[("category", "framework")])),
        ["Django"]
    );
}

#[test]
fn counts_are_disjunctive_within_a_facet() {
    let p = shipped();
    let s = state("", &[("category", "api")]);
    let f = apply(&p.technologies, &TECHNOLOGIES, &s);
    // Other categories still show what selecting them would add.
    assert_eq!(f.count("category", "api"), 2);
    assert_eq!(f.count("category", "devops"), 2);
    assert_eq!(f.count("category", "language"), 1);
    // Text narrows the counts.
    let f = apply(
        &p.technologies,
        &TECHNOLOGIES,
        &state("containerizing", &[]),
    );
    assert_eq!(f.count("category", "devops"), 1);
    assert_eq!(f.count("category", "api"), 0);
}

#[test]
fn challenge_facets_filter_by_technology_and_concept() {
    let p = shipped();
    let titles = |s: &FilterState| names(&p, &CHALLENGES, s, |c| &c.title);
    assert_eq!(
        titles(&state("", &[("tech", "docker")])),
        ["Multi-service Docker environments"]
    );
    assert_eq!(
        titles(&state("", &[("tech", "docker"), ("tech", "python")])).len(),
        2
    );
    assert_eq!(
        titles(&state(
            "",
            &[("tech", "docker"), ("concept", "database-design")]
        )),
        Vec::<String>::new()
    );
    assert_eq!(
        titles(&state("prefetch", &[])),
        ["Slow database queries in Django"]
    );
    let f = apply(
        &p.challenges,
        &CHALLENGES,
        &state("", &[("concept", "database-design")]),
    );
    assert_eq!(f.count("tech", "django"), 1);
    assert_eq!(f.count("tech", "docker"), 0);
    assert_eq!(f.count("concept", "database-design"), 1);
}

#[test]
fn toggle_adds_and_removes() {
    let mut s = FilterState::default();
    s.toggle("category", "api");
    assert!(s.is_selected("category", "api"));
    s.toggle("category", "api");
    assert!(s.selected.is_empty() && s.is_empty());
}

fn decode_tech(p: &Portfolio, query: &str) -> FilterState {
    TECHNOLOGIES.decode(p, query)
}

#[test]
fn query_round_trips_with_one_canonical_url() {
    let p = shipped();
    let s = state(
        "rest & graph",
        &[("category", "devops"), ("category", "api")],
    );
    let q = encode(&s, &TECHNOLOGIES.facet_keys());
    assert_eq!(q, "?q=rest%20%26%20graph&category=api,devops");
    assert_eq!(decode_tech(&p, &q), s);
    assert_eq!(encode(&FilterState::default(), &["category"]), "");
}

#[test]
fn junk_in_the_query_is_ignored() {
    let p = shipped();
    let s = decode_tech(
        &p,
        "?category=api,nope,,api&utm_source=x&category=<script>&=&&q",
    );
    assert_eq!(s, state("", &[("category", "api")]));
    assert_eq!(
        decode_tech(&p, "q=%E2%9C%93+ok%zz&q=second").text,
        "✓ ok%zz"
    );
    assert_eq!(decode_tech(&p, "%%%&&&==="), FilterState::default());
    // A facet of the other list is not a technology facet.
    assert_eq!(decode_tech(&p, "tech=python"), FilterState::default());
}

#[test]
fn challenge_query_keeps_facets_in_declared_order() {
    let p = shipped();
    let s = CHALLENGES.decode(&p, "concept=database-design&tech=python,ghost");
    assert_eq!(
        CHALLENGES.encode(&s),
        "?tech=python&concept=database-design"
    );
}

#[test]
fn percent_coding_handles_unicode_and_malformed_input() {
    assert_eq!(percent_encode("a b/é"), "a%20b%2F%C3%A9");
    assert_eq!(percent_decode("a%20b%2F%C3%A9"), "a b/é");
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%C3"), "\u{FFFD}");
}

#[test]
fn list_boxes_and_the_search_dialog_fold_accents_alike() {
    let mut p = shipped();
    p.technologies[0].summary = Some("Served from a Café in Zürich".into());
    let search = nexus_core::search::SearchIndex::new(&p);
    for query in ["cafe", "CAFÉ", "zurich cafe"] {
        assert_eq!(
            tech_names(&p, &state(query, &[])),
            [p.technologies[0].name.clone()],
            "list box: {query}"
        );
        let hits = search.search(query, 8);
        assert_eq!(hits[0].hits[0].id, p.technologies[0].id, "dialog: {query}");
    }
}

/// The list seen as `&dyn AnyList` (as the web app's one list component sees every list) gives
/// what the typed list gives, for each facet's every choice.
fn erased_agrees<T>(p: &Portfolio, list: &'static List<T>) {
    let erased: &dyn AnyList = list;
    let items = (list.items)(p);
    assert_eq!(erased.len(p), items.len(), "{}", list.noun);
    assert_eq!(erased.noun(), list.noun);
    let groups = erased.facet_choices(p);
    assert_eq!(groups.len(), list.facets.len());
    for ((key, label, choices), facet) in groups.iter().zip(list.facets) {
        assert_eq!((*key, *label), (facet.key, facet.label));
        assert_eq!(choices, &(facet.choices)(p));
        for choice in choices {
            let query = format!("?{key}={}", choice.id);
            let state = erased.decode(p, &query);
            assert_eq!(state, list.decode(p, &query), "{query}");
            assert!(state.is_selected(key, &choice.id), "{query}");
            assert_eq!(erased.encode(&state), query);
            assert_eq!(
                erased.apply(p, &state),
                apply(items, list, &state),
                "{query}"
            );
        }
    }
    let all = erased.apply(p, &FilterState::default()).matches;
    assert_eq!(all, (0..items.len()).collect::<Vec<_>>());
}

#[test]
fn a_list_without_its_item_type_filters_as_the_list_does() {
    let p = shipped();
    erased_agrees(&p, &TECHNOLOGIES);
    erased_agrees(&p, &CHALLENGES);
    erased_agrees(&p, &PROJECTS);
}
