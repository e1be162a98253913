//! Component tests in headless Chromium: the real pages, mounted with the shipped content.
//! Run with `make components` (wasm-bindgen-test-runner + chromedriver).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use nexus_core::content::{parse, ContentError};
use nexus_web::components::ErrorPanel;
use nexus_web::context::{provide_content, provide_loaded, use_loaded, Content};
use nexus_web::load::LoadError;
use nexus_web::pages::{Challenges, NotFound, Technologies, Technology};
use nexus_web::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const SHIPPED: &str = include_str!("../public/portfolio.json");

/// Points the page at `url` and gives it a `<base href="/">`, as trunk's index.html has.
fn go_to(url: &str) {
    let doc = document();
    if doc.query_selector("base").unwrap().is_none() {
        let base = doc.create_element("base").unwrap();
        base.set_attribute("href", "/").unwrap();
        doc.head().unwrap().append_child(&base).unwrap();
    }
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        .unwrap();
}

/// Mounts `view` with the shipped portfolio in context into a fresh container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let content = Content::new(parse(SHIPPED).expect("shipped content is valid"));
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_content(content);
        view()
    });
    // The view lives until the page is gone; each test has its own container.
    std::mem::forget(handle);
    container
}

/// Lets effects, the router and the browser run (a macrotask, twice).
async fn settle() {
    for _ in 0..2 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .unwrap();
        });
        JsFuture::from(promise).await.unwrap();
    }
}

/// The texts of the matching elements a visitor sees: those inside a `hidden` element (rows a
/// filter hides) are left out.
fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into::<web_sys::Element>())
        .filter(|e| e.closest("[hidden]").unwrap().is_none())
        .map(|e| e.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn facet(root: &HtmlElement, key: &str, value: &str) -> HtmlElement {
    find(
        root,
        &format!("button[data-facet='{key}'][data-value='{value}']"),
    )
}

fn search() -> String {
    window().location().search().unwrap()
}

fn history_length() -> u32 {
    window().history().unwrap().length().unwrap()
}

async fn type_into(input: &HtmlElement, text: &str) {
    let input: &HtmlInputElement = input.unchecked_ref();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
}

fn technologies_page() -> HtmlElement {
    mount(|| view! { <Router><Technologies /></Router> })
}

#[wasm_bindgen_test]
async fn technologies_show_every_item_of_the_shipped_json() {
    go_to("/technologies");
    let root = technologies_page();
    settle().await;
    let expected: Vec<String> = parse(SHIPPED)
        .unwrap()
        .technologies
        .iter()
        .map(|t| t.name.clone())
        .collect();
    assert_eq!(texts(&root, ".results .card-title"), expected);
    assert_eq!(
        texts(&root, ".result-count"),
        ["Showing 6 of 6 technologies"]
    );
    assert_eq!(
        find(&root, ".result-count")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    assert_eq!(texts(&root, "h1"), ["Key Technologies Covered"]);
}

#[wasm_bindgen_test]
async fn facet_clicks_filter_the_list_and_push_the_url() {
    go_to("/technologies");
    let root = technologies_page();
    settle().await;
    let api = facet(&root, "category", "api");
    assert_eq!(api.get_attribute("aria-pressed").as_deref(), Some("false"));
    let before = history_length();

    api.click();
    settle().await;
    assert_eq!(
        texts(&root, ".results .card-title"),
        ["REST APIs", "GraphQL"]
    );
    assert_eq!(api.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(search(), "?category=api");
    assert_eq!(
        history_length(),
        before + 1,
        "a facet click adds a history entry"
    );
    assert_eq!(
        texts(&root, ".result-count"),
        ["Showing 2 of 6 technologies"]
    );

    facet(&root, "category", "devops").click();
    settle().await;
    assert_eq!(
        texts(&root, ".results .card-title"),
        ["REST APIs", "GraphQL", "Docker", "CI/CD"]
    );
    assert_eq!(search(), "?category=api,devops");

    api.click();
    settle().await;
    assert_eq!(texts(&root, ".results .card-title"), ["Docker", "CI/CD"]);
    assert_eq!(search(), "?category=devops");
}

#[wasm_bindgen_test]
async fn a_filter_hides_rows_and_keeps_them_instead_of_rebuilding() {
    go_to("/technologies");
    let root = technologies_page();
    settle().await;
    let python = find(&root, ".results > li");
    assert!(python.text_content().unwrap_or_default().contains("Python"));

    facet(&root, "category", "devops").click();
    settle().await;
    assert!(
        python.has_attribute("hidden"),
        "a filtered-out row is hidden"
    );
    assert_eq!(texts(&root, ".results .card-title"), ["Docker", "CI/CD"]);

    facet(&root, "category", "devops").click();
    settle().await;
    let first = find(&root, ".results > li");
    assert!(
        first.is_same_node(Some(&python)),
        "clearing the filter shows the same row element again, not a new one"
    );
    assert!(!python.has_attribute("hidden"));
    assert_eq!(texts(&root, ".results .card-title").len(), 6);
}

#[wasm_bindgen_test]
async fn typing_narrows_the_list_and_replaces_the_history_entry() {
    go_to("/technologies");
    let root = technologies_page();
    settle().await;
    let input = find(&root, "input[type=search]");
    let before = history_length();

    type_into(&input, "g").await;
    type_into(&input, "graph").await;
    assert_eq!(texts(&root, ".results .card-title"), ["GraphQL"]);
    assert_eq!(search(), "?q=graph");
    assert_eq!(
        history_length(),
        before,
        "typing must not add history entries"
    );

    type_into(&input, "zzz nothing").await;
    assert!(texts(&root, ".results .card-title").is_empty());
    assert_eq!(
        texts(&root, ".result-count"),
        ["Showing 0 of 6 technologies"]
    );
    find(&root, ".empty-state button").click();
    settle().await;
    assert_eq!(texts(&root, ".results .card-title").len(), 6);
    assert_eq!(search(), "");
    let input: HtmlInputElement = input.unchecked_into();
    assert_eq!(input.value(), "");
}

#[wasm_bindgen_test]
async fn the_url_sets_the_initial_filter_and_junk_is_ignored() {
    go_to("/technologies?category=language,nonsense&utm=1&q=PYTH");
    let root = technologies_page();
    settle().await;
    assert_eq!(texts(&root, ".results .card-title"), ["Python"]);
    assert_eq!(
        facet(&root, "category", "language")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let input: HtmlInputElement = find(&root, "input[type=search]").unchecked_into();
    assert_eq!(input.value(), "PYTH");
    // Facet counts follow the text: only Python's category has a match.
    assert_eq!(
        texts(&root, "button[data-value='language'] .facet-count"),
        ["1"]
    );
    assert_eq!(texts(&root, "button[data-value='api'] .facet-count"), ["0"]);
}

#[wasm_bindgen_test]
async fn challenges_filter_by_technology_and_concept_with_the_same_mechanism() {
    go_to("/challenges");
    let root = mount(|| view! { <Router><Challenges /></Router> });
    settle().await;
    assert_eq!(texts(&root, ".results .card-title").len(), 2);
    facet(&root, "tech", "docker").click();
    settle().await;
    assert_eq!(
        texts(&root, ".results .card-title"),
        ["Multi-service Docker environments"]
    );
    assert_eq!(search(), "?tech=docker");
    facet(&root, "concept", "database-design").click();
    settle().await;
    assert!(texts(&root, ".results .card-title").is_empty());
    assert_eq!(search(), "?tech=docker&concept=database-design");
    facet(&root, "tech", "docker").click();
    settle().await;
    assert_eq!(
        texts(&root, ".results .card-title"),
        ["Slow database queries in Django"]
    );
    let solution = texts(&root, ".results .card-body p");
    assert!(
        solution.iter().any(|p| p.contains("select_related")),
        "{solution:?}"
    );
    assert_eq!(
        texts(&root, ".results code"),
        ["select_related", "prefetch_related"]
    );
}

fn detail_routes() -> HtmlElement {
    mount(|| {
        view! {
            <Router>
                <Routes fallback=NotFound>
                    <Route path=path!("/technologies/:id") view=Technology />
                </Routes>
            </Router>
        }
    })
}

#[wasm_bindgen_test]
async fn technology_detail_cross_links_concepts_and_challenges() {
    go_to("/technologies/django");
    let root = detail_routes();
    settle().await;
    assert_eq!(texts(&root, "h1"), ["Django"]);
    let links: Vec<String> = texts(&root, ".tag-list a");
    assert_eq!(
        links,
        ["Database Design", "Slow database queries in Django"]
    );
    let href = find(&root, ".tag-list a").get_attribute("href").unwrap();
    assert_eq!(href, "/concepts/database-design");
}

#[wasm_bindgen_test]
async fn unknown_technology_id_shows_not_found() {
    go_to("/technologies/cobol");
    let root = detail_routes();
    settle().await;
    assert_eq!(texts(&root, "h1"), ["Page not found"]);
    assert!(root.text_content().unwrap().contains("technology “cobol”"));
}

#[wasm_bindgen_test]
async fn error_panel_names_the_problem_and_retry_calls_back() {
    go_to("/");
    let retried = RwSignal::new(0);
    let error = LoadError::Content {
        url: "/portfolio.json".into(),
        error: parse("{\n  \"title\": \"T\",\n}").unwrap_err(),
    };
    assert!(matches!(
        error,
        LoadError::Content {
            error: ContentError::Parse { line: 3, .. },
            ..
        }
    ));
    let root = mount(move || {
        view! { <ErrorPanel error retry=Callback::new(move |()| retried.update(|n| *n += 1)) /> }
    });
    settle().await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("/portfolio.json is not valid JSON: line 3, column 1"),
        "{text}"
    );
    assert_eq!(
        find(&root, ".error-panel").get_attribute("role").as_deref(),
        Some("alert")
    );
    find(&root, ".error-panel button").click();
    settle().await;
    assert_eq!(retried.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn error_panel_lists_every_content_problem_with_its_path() {
    go_to("/");
    let mut broken: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
    broken["technologies"][0]["category"] = "nope".into();
    broken["practices"][1]["sumary"] = "typo".into();
    let error = LoadError::Content {
        url: "/portfolio.json".into(),
        error: parse(&broken.to_string()).unwrap_err(),
    };
    let root = mount(move || view! { <ErrorPanel error retry=Callback::new(|()| {}) /> });
    settle().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("/portfolio.json has 2 problems"), "{text}");
    assert_eq!(
        texts(&root, ".problems li"),
        [
            "technologies[0].category: unknown category \"nope\"",
            "practices[1].sumary: unknown field; did you mean \"summary\"?",
        ]
    );
    assert_eq!(
        texts(&root, ".problems li code"),
        ["technologies[0].category", "practices[1].sumary"]
    );
}

#[wasm_bindgen_test]
async fn the_app_reports_a_failed_fetch_instead_of_a_blank_page() {
    // The test server has no portfolio.json, so the real loader gets a 404.
    go_to("/");
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    std::mem::forget(leptos::mount::mount_to(container.clone(), App));
    let mut text = String::new();
    for _ in 0..100 {
        settle().await;
        text = container.text_content().unwrap_or_default();
        if text.contains("HTTP") {
            break;
        }
    }
    assert!(text.contains("/portfolio.json answered HTTP 404"), "{text}");
    assert!(container
        .query_selector(".error-panel button")
        .unwrap()
        .is_some());
}

// ---- Global search: the dialog and the index in the browser ----

fn search_dialog() -> HtmlElement {
    mount(|| {
        let content = use_context::<Content>();
        provide_loaded(Signal::derive(move || content.clone()));
        assert!(use_loaded().is_some());
        view! { <Router><nexus_web::components::Search /></Router> }
    })
}

#[wasm_bindgen_test]
async fn search_dialog_groups_results_and_highlights_matches() {
    go_to("/");
    let root = search_dialog();
    settle().await;
    let dialog: web_sys::HtmlDialogElement = find(&root, "dialog").unchecked_into();
    assert!(!dialog.open());
    assert_eq!(
        dialog.get_attribute("aria-labelledby").as_deref(),
        Some("search-title")
    );

    find(&root, ".search-button").click();
    settle().await;
    assert!(dialog.open(), "the button opens the modal dialog");
    let input = find(&root, "input[role=combobox]");
    assert_eq!(
        document().active_element().map(|e| e.id()),
        Some("search-input".to_string())
    );

    type_into(&input, "djan").await;
    assert_eq!(
        texts(&root, ".search-group-label"),
        ["Technologies", "Challenges"]
    );
    assert_eq!(
        texts(&root, "[role=group] [role=option] .search-hit-title")[0],
        "Django"
    );
    // The match is a <mark> element around the original text, the rest plain text.
    let marks = texts(&root, ".search-hit-title mark");
    assert_eq!(marks, ["Djan", "Djan"]);
    let title = find(&root, ".search-hit-title");
    assert_eq!(title.text_content().unwrap(), "Django");
    assert_eq!(title.query_selector_all("*").unwrap().length(), 1);
    let mark = title.first_element_child().unwrap();
    assert_eq!(mark.tag_name(), "MARK");
    assert_eq!(mark.text_content().unwrap(), "Djan");
    assert_eq!(
        find(&root, "[role=option][aria-selected=true]").id(),
        "search-hit-0"
    );
    assert_eq!(texts(&root, ".search-status"), ["2 results."]);

    // Content is text, never markup: a query with HTML finds nothing and injects nothing.
    type_into(&input, "<b>zz").await;
    assert_eq!(texts(&root, "[role=option]").len(), 0);
    assert_eq!(texts(&root, ".search-status"), ["Nothing matches “<b>zz”."]);
    assert!(root.query_selector("b").unwrap().is_none());

    find(&root, ".search-close").click();
    settle().await;
    assert!(!dialog.open());
}

#[wasm_bindgen_test]
fn search_index_ranks_1000_items_in_the_browser() {
    // How fast it stays: bench/run measures the release build.
    use nexus_core::routes::Section;
    use nexus_core::search::SearchIndex;
    let mut p = parse(SHIPPED).unwrap();
    let template = p.challenges[0].clone();
    for i in 0..1000 {
        let mut c = template.clone();
        c.id = format!("generated-{i}");
        c.title = format!("Generated challenge {i}");
        c.solution = Some(format!("Solved number {i} with caching and a queue."));
        p.challenges.push(c);
    }
    let index = SearchIndex::new(&p);
    for q in [
        "c",
        "ca",
        "cac",
        "cach",
        "cachi",
        "caching",
        "caching queue 99",
    ] {
        let groups = index.search(q, 8);
        assert!(!groups.is_empty(), "{q}");
    }
    // Title above text: the concept named "Caching …" before 1,000 challenges that mention it.
    let groups = index.search("caching", 8);
    assert_eq!(groups[0].section, Section::Concepts);
    assert_eq!(groups[0].hits[0].title.text, "Caching Strategies");
    let challenges = groups
        .iter()
        .find(|g| g.section == Section::Challenges)
        .unwrap();
    assert_eq!(challenges.total, 1000);
    assert_eq!(challenges.hits.len(), 8);
}

#[wasm_bindgen_test]
fn blocks_render_paragraphs_and_lists_in_order_and_nothing_when_empty() {
    use nexus_core::content::Block;
    use nexus_web::components::Blocks;
    let blocks = vec![
        Block::Text("My goals were to:".into()),
        Block::Items(vec!["Learn **Rust**".into(), "Ship an API".into()]),
        Block::Text("Then I wrote it up.".into()),
    ];
    let root = mount(move || view! { <Blocks blocks class="lead" id="intro" /> });
    let div = find(&root, "div.lead#intro");
    let children: Vec<String> = (0..div.children().length())
        .map(|i| div.children().item(i).unwrap().tag_name())
        .collect();
    assert_eq!(children, ["P", "UL", "P"]);
    assert_eq!(texts(&root, ".lead li"), ["Learn Rust", "Ship an API"]);
    assert_eq!(texts(&root, ".lead li strong"), ["Rust"]);
    let empty = mount(|| view! { <Blocks blocks=Vec::new() class="closing" /> });
    assert_eq!(empty.children().length(), 0);
}
