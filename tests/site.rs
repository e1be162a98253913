//! Per-route metadata and the static files `make dist` writes beside index.html.
#![cfg(not(target_arch = "wasm32"))]

use nexus::content::parse;
use nexus::routes::{self, shorten};
use nexus::site::{absolute, base_for, file_for, page_html, robots, sitemap, template_base};

const SHIPPED: &str = include_str!("../public/portfolio.json");
/// The shape trunk's minifier gives dist/index.html.
const TEMPLATE: &str = r#"<!doctype html><html lang=en><meta charset=utf-8><base href=/nexus/><title>Nexus · Backend engineering portfolio</title><meta content="A description" name=description><meta content="light dark" name=color-scheme><script src=/nexus/loader-1.js type=module></script></head><body></body></html>"#;

#[test]
fn every_route_of_the_content_has_a_page() {
    let p = parse(SHIPPED).unwrap();
    let paths: Vec<String> = routes::all(&p).into_iter().map(|r| r.path).collect();
    assert_eq!(paths.len(), 5 + 6 + 3 + 2);
    for expected in [
        "/",
        "/technologies",
        "/concepts",
        "/challenges",
        "/practices",
        "/technologies/python",
        "/concepts/database-design",
        "/challenges/slow-django-queries",
    ] {
        assert!(paths.iter().any(|p| p == expected), "{expected} missing");
    }
}

#[test]
fn titles_and_descriptions_come_from_the_content() {
    let p = parse(SHIPPED).unwrap();
    let python = routes::technology(p.technology("python").unwrap());
    assert_eq!(python.title, "Python · Nexus");
    assert_eq!(
        python.description,
        "Advanced scripting, object-oriented programming, and backend logic."
    );
    let slow = routes::challenge(p.challenge("slow-django-queries").unwrap());
    assert_eq!(slow.title, "Slow database queries in Django · Nexus");
    assert!(slow.description.starts_with("Optimizing slow database queries in Django applications. Solution: Utilized Django Debug Toolbar"));
    assert!(slow.description.chars().count() <= routes::DESCRIPTION_CHARS);
    assert!(
        !slow.description.contains('`'),
        "markup is removed: {}",
        slow.description
    );
    let overview = routes::overview(&p);
    assert_eq!(overview.title, "ALX Project Nexus · Nexus");
    assert!(overview
        .description
        .starts_with("This repository serves as a documentation hub"));
    assert_eq!(
        routes::technologies(&p).description,
        "Key Technologies Covered: Python, Django, REST APIs, GraphQL, Docker, CI/CD."
    );
}

#[test]
fn shorten_cuts_at_a_word_with_an_ellipsis() {
    assert_eq!(shorten("short  text", 20), "short text");
    assert_eq!(shorten("one two three four", 12), "one two…");
    assert_eq!(shorten("Ünïcödé wörds everywhere", 10).chars().count(), 8);
}

#[test]
fn files_and_urls_of_routes() {
    assert_eq!(file_for("/"), "index.html");
    assert_eq!(
        file_for("/technologies/python"),
        "technologies/python/index.html"
    );
    let site = "https://me.github.io/nexus/";
    assert_eq!(absolute(site, "/"), "https://me.github.io/nexus/");
    assert_eq!(
        absolute(site, "/technologies"),
        "https://me.github.io/nexus/technologies/"
    );
    assert_eq!(
        absolute("https://x.org", "sitemap.xml"),
        "https://x.org/sitemap.xml"
    );
}

#[test]
fn relative_bases_climb_out_of_route_folders() {
    assert_eq!(
        base_for("/nexus/", "technologies/python/index.html"),
        "/nexus/"
    );
    assert_eq!(base_for("./", "index.html"), "./");
    assert_eq!(base_for("./", "technologies/index.html"), "../");
    assert_eq!(base_for("./", "technologies/python/index.html"), "../../");
    assert_eq!(template_base(TEMPLATE), "/nexus/");
    assert_eq!(template_base(r#"<base href="./">"#), "./");
    assert_eq!(template_base("<head></head>"), "/");
}

#[test]
fn page_html_replaces_the_title_and_description_and_adds_canonical_and_open_graph() {
    let p = parse(SHIPPED).unwrap();
    let page = routes::technology(p.technology("ci-cd").unwrap());
    let html = page_html(
        TEMPLATE,
        &page,
        Some("https://x.org/nexus/technologies/ci-cd/"),
        "technologies/ci-cd/index.html",
    );
    assert_eq!(html.matches("<title>").count(), 1);
    assert!(html.contains("<title>CI/CD · Nexus</title>"));
    assert_eq!(
        html.matches("name=\"description\"").count() + html.matches("name=description").count(),
        1
    );
    assert!(html.contains(r#"<meta name="description" content="Automating testing and deployment pipelines to ensure code quality and reliability.">"#));
    assert!(
        html.contains(r#"<link rel="canonical" href="https://x.org/nexus/technologies/ci-cd/">"#)
    );
    assert!(html.contains(r#"<meta property="og:title" content="CI/CD · Nexus">"#));
    assert!(html.contains(r#"<meta name="twitter:card" content="summary">"#));
    assert!(
        html.contains("<meta content=\"light dark\" name=color-scheme>"),
        "other tags stay"
    );
    assert!(html.contains(r#"<base href="/nexus/">"#));
    assert!(html.find("<title>").unwrap() < html.find("</head>").unwrap());
}

#[test]
fn page_html_escapes_content() {
    let page = routes::Page {
        path: "/x".into(),
        title: r#"<script>alert("t")</script> · Nexus"#.into(),
        description: "a & b \"c\"".into(),
    };
    let html = page_html(TEMPLATE, &page, None, "404.html");
    assert!(
        html.contains("<title>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; · Nexus</title>")
    );
    assert!(html.contains(r#"content="a &amp; b &quot;c&quot;""#));
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(!html.contains("canonical"));
}

#[test]
fn sitemap_and_robots_use_the_site_url() {
    let p = parse(SHIPPED).unwrap();
    let pages = routes::all(&p);
    let xml = sitemap("https://me.github.io/nexus/", &pages);
    assert_eq!(xml.matches("<url>").count(), pages.len());
    assert!(xml.contains("<loc>https://me.github.io/nexus/challenges/multi-service-docker/</loc>"));
    assert_eq!(
        robots("https://me.github.io/nexus/"),
        "User-agent: *\nAllow: /\n\nSitemap: https://me.github.io/nexus/sitemap.xml\n"
    );
}

#[test]
fn prerendering_twice_gives_the_same_file() {
    let p = parse(SHIPPED).unwrap();
    let page = routes::overview(&p);
    let once = page_html(TEMPLATE, &page, Some("https://x.org/"), "index.html");
    let twice = page_html(&once, &page, Some("https://x.org/"), "index.html");
    assert_eq!(once, twice);
    assert_eq!(
        nexus::site::embed_snippet(&once),
        nexus::site::embed_snippet(TEMPLATE)
    );
}

#[test]
fn embed_snippet_has_the_bundle_tags_with_absolute_urls_and_the_mount_point() {
    let template = r#"<html><head><base href=/nexus/><title>x</title><link as=fetch crossorigin href=portfolio.json rel=preload><link href=/nexus/a.css rel=stylesheet><link href=/nexus/f.svg rel=icon><script src=/nexus/loader.js type=module></script><link href=/nexus/app.js rel=modulepreload></head><body></body></html>"#;
    let snippet = nexus::site::embed_snippet(template);
    assert!(snippet.contains("<link as=fetch crossorigin href=/nexus/portfolio.json rel=preload>"));
    assert!(snippet.contains("<link href=/nexus/a.css rel=stylesheet>"));
    assert!(snippet.contains("<script src=/nexus/loader.js type=module></script>"));
    assert!(snippet.contains("<link href=/nexus/app.js rel=modulepreload>"));
    assert!(
        !snippet.contains("icon") && !snippet.contains("<title>") && !snippet.contains("<base")
    );
    assert!(snippet.ends_with("<div id=\"nexus\"></div>\n"));
}
