//! The content model and the shipped `public/portfolio.json`.

use nexus_core::content::inline::{plain, spans, Span};
use nexus_core::content::{parse, plain_text, Block, ContentError, Portfolio, Problem};

const SHIPPED: &str = include_str!("../../../public/portfolio.json");
/// A copy of `shared/seed/portfolio-readme.md`, the content every release must show.
const SEED: &str = include_str!("../../../tests/fixtures/seed-portfolio-readme.md");

fn shipped() -> Portfolio {
    parse(SHIPPED).unwrap_or_else(|e| panic!("shipped portfolio.json is invalid: {e:?}"))
}

/// Optional content text without its markup ("" when absent).
fn opt(text: &Option<String>) -> String {
    plain(text.as_deref().unwrap_or_default())
}

/// Removes the seed's markdown (code, strong, whole-line emphasis) to compare with plain text.
fn unmark(s: &str) -> String {
    plain(s).trim_matches('_').to_string()
}

#[test]
fn seed_copy_matches_shared_seed_when_present() {
    let shared =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/portfolio-readme.md");
    if let Ok(text) = std::fs::read_to_string(&shared) {
        assert_eq!(
            text, SEED,
            "tests/fixtures copy is stale: copy {shared:?} again"
        );
    }
}

#[test]
fn shipped_portfolio_has_every_section_of_the_seed() {
    let p = shipped();
    assert_eq!(p.technologies.len(), 6);
    assert_eq!(p.concepts.len(), 3);
    assert_eq!(p.challenges.len(), 2);
    assert_eq!(p.practices.len(), 4);
    assert_eq!(p.title, "ALX Project Nexus");
}

#[test]
fn every_bold_seed_item_is_a_named_item_with_its_description() {
    let p = shipped();
    let mut named: Vec<(String, String)> = Vec::new();
    named.extend(
        p.technologies
            .iter()
            .map(|t| (t.name.clone(), opt(&t.summary))),
    );
    named.extend(p.concepts.iter().map(|c| (c.name.clone(), opt(&c.summary))));
    named.extend(
        p.practices
            .iter()
            .map(|x| (x.name.clone(), opt(&x.summary))),
    );
    let mut seen = 0;
    for line in SEED.lines() {
        // "- **Python**: Advanced scripting, …"
        let Some(rest) = line.strip_prefix("- **") else {
            continue;
        };
        let (name, description) = rest.split_once("**: ").expect("seed item shape");
        let description = unmark(description);
        assert!(
            named.iter().any(|(n, d)| n == name && *d == description),
            "seed item {name:?} with {description:?} is missing from portfolio.json"
        );
        seen += 1;
    }
    assert_eq!(
        seen, 13,
        "the seed lists 6 technologies, 3 concepts and 4 practices"
    );
}

#[test]
fn every_seed_challenge_and_solution_is_present() {
    let p = shipped();
    let lines: Vec<&str> = SEED.lines().map(str::trim).collect();
    let challenges: Vec<String> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("- _Challenge_: "))
        .map(unmark)
        .collect();
    let solutions: Vec<String> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("- _Solution_: "))
        .map(unmark)
        .collect();
    assert_eq!((challenges.len(), solutions.len()), (2, 2));
    for (challenge, solution) in challenges.iter().zip(&solutions) {
        let found = p
            .challenges
            .iter()
            .find(|c| opt(&c.challenge) == *challenge)
            .unwrap_or_else(|| panic!("challenge {challenge:?} missing"));
        assert_eq!(opt(&found.solution), *solution);
    }
}

#[test]
fn seed_prose_is_present() {
    let p = shipped();
    let overview = SEED
        .lines()
        .find(|l| l.starts_with("This repository serves"))
        .unwrap();
    assert_eq!(plain(&plain_text(&p.overview)), unmark(overview));
    let closing = SEED.lines().rfind(|l| l.starts_with('_')).unwrap();
    assert_eq!(plain(&plain_text(&p.closing)), unmark(closing));
    assert!(SEED.contains(p.program.as_deref().unwrap()));
    for section in [
        &p.sections.technologies,
        &p.sections.concepts,
        &p.sections.challenges,
        &p.sections.practices,
    ] {
        let section = section
            .as_ref()
            .expect("the shipped file names every seed section");
        assert!(
            SEED.contains(&format!("## {}", section.title)),
            "{}",
            section.title
        );
        if let Some(intro) = &section.intro {
            assert!(unmark(SEED).contains(intro.as_str()), "{intro}");
        }
    }
}

#[test]
fn cross_references_resolve_both_ways() {
    let p = shipped();
    let slow: Vec<&str> = p
        .challenges_with_technology("django")
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(slow, ["slow-django-queries"]);
    let with_db: Vec<&str> = p
        .challenges_with_concept("database-design")
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(with_db, ["slow-django-queries"]);
    let concepts: Vec<&str> = p
        .concepts_with_technology("python")
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(concepts, ["asynchronous-programming"]);
    assert!(p.technology("rust").is_none());
}

fn minimal() -> serde_json::Value {
    serde_json::json!({
        "title": "T", "program": "P", "overview": "O", "closing": "C",
        "sections": {
            "technologies": {"title": "Tech"}, "concepts": {"title": "Con"},
            "challenges": {"title": "Cha"}, "practices": {"title": "Pra"}
        },
        "categories": [{"id": "lang", "name": "Language"}],
        "technologies": [{"id": "py", "name": "Python", "category": "lang", "summary": "S"}],
        "concepts": [{"id": "db", "name": "DB", "summary": "S", "technologies": ["py"]}],
        "challenges": [{"id": "c1", "title": "T", "challenge": "C", "solution": "S",
                        "technologies": ["py"], "concepts": ["db"]}],
        "practices": [{"id": "x", "name": "X", "summary": "S"}]
    })
}

fn problems(v: serde_json::Value) -> Vec<String> {
    match parse(&v.to_string()) {
        Err(ContentError::Invalid(p)) => p.iter().map(Problem::to_string).collect(),
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn minimal_portfolio_is_valid() {
    assert!(parse(&minimal().to_string()).is_ok());
}

#[test]
fn overview_and_closing_are_one_text_or_paragraphs_and_lists() {
    let mut v = minimal();
    v["overview"] =
        serde_json::json!([{"text": "My goals were to:"}, {"items": ["Learn", "Ship"]}]);
    let p = parse(&v.to_string()).unwrap();
    assert_eq!(
        p.overview,
        [
            Block::Text("My goals were to:".into()),
            Block::Items(vec!["Learn".into(), "Ship".into()])
        ]
    );
    // One text is one paragraph, and a single paragraph is written back as one text.
    assert_eq!(p.closing, [Block::Text("C".into())]);
    let written = serde_json::to_value(&p).unwrap();
    assert_eq!(written["closing"], "C");
    assert_eq!(written["overview"], v["overview"]);
    assert_eq!(parse(&written.to_string()).unwrap(), p);
    // Without them, neither is written.
    v.as_object_mut().unwrap().remove("closing");
    let p = parse(&v.to_string()).unwrap();
    assert!(p.closing.is_empty());
    assert!(serde_json::to_value(&p).unwrap().get("closing").is_none());

    v["closing"] = serde_json::json!([{"text": "C", "items": ["x"]}, {"items": [" "]}, "C"]);
    assert_eq!(
        problems(v),
        [
            "closing[0]: expected exactly one of: text, items",
            "closing[1].items[0]: must not be empty",
            "closing[2]: expected an object, found text",
        ]
    );
}

#[test]
fn a_challenge_may_leave_its_text_to_its_title() {
    let mut v = minimal();
    v["challenges"][0]
        .as_object_mut()
        .unwrap()
        .remove("challenge");
    let p = parse(&v.to_string()).unwrap();
    assert_eq!(p.challenges[0].challenge, None);
    assert_eq!(p.challenges[0].solution.as_deref(), Some("S"));
}

#[test]
fn dangling_references_name_their_json_path() {
    let mut v = minimal();
    v["challenges"][0]["technologies"] = serde_json::json!(["py", "rust"]);
    v["challenges"][0]["concepts"] = serde_json::json!(["cache"]);
    v["technologies"][0]["category"] = serde_json::json!("tools");
    assert_eq!(
        problems(v),
        [
            "technologies[0].category: unknown category \"tools\"",
            "challenges[0].technologies[1]: unknown technology \"rust\"",
            "challenges[0].concepts[0]: unknown concept \"cache\"",
        ]
    );
}

#[test]
fn duplicate_and_non_slug_ids_and_empty_text_are_reported_together() {
    let mut v = minimal();
    let mut second = v["practices"][0].clone();
    second["summary"] = serde_json::json!("  ");
    v["practices"].as_array_mut().unwrap().push(second);
    v["concepts"][0]["id"] = serde_json::json!("Data Base");
    v["challenges"][0]["concepts"] = serde_json::json!([]);
    assert_eq!(
        problems(v),
        [
            "concepts[0].id: \"Data Base\" is not a slug (use lowercase letters, digits and single hyphens)",
            "practices[1].id: duplicate id \"x\"",
            "practices[1].summary: must not be empty",
        ]
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    let err = parse("{\n  \"title\": \"T\",\n  oops\n}").unwrap_err();
    assert_eq!(
        err,
        ContentError::Parse {
            line: 3,
            column: 3,
            message: "key must be a string".into()
        }
    );
    assert_eq!(err.to_string(), "line 3, column 3: key must be a string");
}

#[test]
fn unknown_fields_are_rejected_not_ignored() {
    let mut v = minimal();
    v["practices"][0]["sumary"] = serde_json::json!("typo");
    assert_eq!(
        problems(v),
        ["practices[0].sumary: unknown field; did you mean \"summary\"?"]
    );
}

#[test]
fn truncated_file_reports_end_of_input() {
    let cut = &SHIPPED[..SHIPPED.len() / 2];
    let ContentError::Parse { message, .. } = parse(cut).unwrap_err() else {
        panic!("expected a parse error")
    };
    assert!(message.contains("EOF"), "{message}");
}

#[test]
fn inline_markup_splits_code_and_strong_and_keeps_the_rest_as_text() {
    assert_eq!(
        spans("Use `select_related` and **care**."),
        [
            Span::Text("Use "),
            Span::Code("select_related"),
            Span::Text(" and "),
            Span::Strong("care"),
            Span::Text("."),
        ]
    );
    assert_eq!(spans("a `b"), [Span::Text("a `b")]);
    assert_eq!(
        spans("<script>x</script>"),
        [Span::Text("<script>x</script>")]
    );
    assert_eq!(plain("**ProDev** `x`"), "ProDev x");
}

#[test]
fn inline_markup_has_emphasis_and_safe_links_only() {
    assert_eq!(
        spans("_Solution_: see [the docs](https://docs.djangoproject.com/) *now*"),
        [
            Span::Emphasis("Solution"),
            Span::Text(": see "),
            Span::Link {
                label: "the docs",
                url: "https://docs.djangoproject.com/"
            },
            Span::Text(" "),
            Span::Emphasis("now"),
        ]
    );
    // Inside words, around spaces and unclosed: text.
    for text in [
        "snake_case_name",
        "a * b * c",
        "_open",
        "2 * 3 = 6",
        "file__name__x",
    ] {
        assert_eq!(spans(text), [Span::Text(text)], "{text}");
    }
    assert_eq!(spans("__bold__"), [Span::Strong("bold")]);
    // Only http, https and mailto links; anything else stays as typed.
    for text in [
        "[x](javascript:alert(1))",
        "[x](data:text/html,hi)",
        "[x](/relative)",
        "[](https://a.b)",
    ] {
        assert_eq!(plain(text), text, "{text}");
    }
    assert_eq!(plain("[mail me](mailto:a@b.c) _now_"), "mail me now");
}
