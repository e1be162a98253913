//! The native render (`nexus_web::render::route`): the app's own components turned into the
//! markup a route file holds, for the shipped portfolio. The browser suite (tests/e2e/
//! render-agreement.spec.ts) checks the app's DOM after take-over says the same.
#![cfg(not(target_arch = "wasm32"))]

use nexus_core::content::parse;
use nexus_core::routes;
use nexus_web::context::Content;
use nexus_web::render::route;

const SHIPPED: &str = include_str!("../public/portfolio.json");

fn shipped() -> Content {
    Content::new(parse(SHIPPED).expect("the shipped portfolio is valid"))
}

#[test]
fn an_item_page_renders_its_content_with_links_under_the_base() {
    let html = route(&shipped(), "/nexus/", "/technologies/python");
    assert!(html.contains("Python</h1>"), "{html}");
    assert!(html.contains("Advanced scripting, object-oriented programming"));
    assert!(html.contains(r#"<main id="main""#));
    assert!(html.contains(r#"<nav aria-label="Sections""#));
    // The section's link is current on its item's page, the overview's is not.
    assert!(
        html.contains(r#"<a href="/nexus/technologies" aria-current="page">"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<a href="/nexus/"><span class="brand">"#),
        "{html}"
    );
}

#[test]
fn every_route_renders_its_own_page_heading() {
    let content = shipped();
    let portfolio = content.portfolio();
    for page in routes::all(&portfolio) {
        let html = route(&content, "/", &page.path);
        let h1 = html
            .find("<h1")
            .unwrap_or_else(|| panic!("{}: no h1 in {html}", page.path));
        assert!(
            !html[h1..].starts_with("<h1>Page not found"),
            "{}",
            page.path
        );
        assert!(!html.contains("Loading"), "{}: {html}", page.path);
        let title = page.title.trim_end_matches(" · Nexus");
        let escaped = title.replace('&', "&amp;");
        assert!(html.contains(&escaped), "{}: {title} missing", page.path);
    }
}

#[test]
fn a_path_no_route_matches_renders_the_not_found_page() {
    let html = route(&shipped(), "/nexus/", nexus_core::site::NOT_FOUND_PATH);
    assert!(html.contains("Page not found"), "{html}");
    let html = route(&shipped(), "/nexus/", "/technologies/no-such-id");
    assert!(
        html.contains("not found") || html.contains("No such"),
        "{html}"
    );
}

#[test]
fn a_filter_in_the_url_renders_the_filtered_list() {
    let all = route(&shipped(), "/", "/technologies");
    let filtered = route(&shipped(), "/", "/technologies?q=python");
    assert!(all.contains("Showing 6 of 6 technologies"), "{all}");
    assert!(
        filtered.contains("Showing 1 of 6 technologies"),
        "{filtered}"
    );
    assert!(filtered.contains(r#"<li class="result"><article class="card"><header class="card-head"><h2 class="card-title"><a href="/technologies/python">"#));
}
