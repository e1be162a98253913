//! Per-route metadata and the static files `make dist` writes beside index.html.

use nexus_core::content::parse;
use nexus_core::routes::{self, shorten};
use nexus_core::routes::{Page, Section};
use nexus_core::site::{
    absolute, base_for, base_of, build, file_for, render_base, robots, sitemap, with_base,
    SiteError, Template, NOT_FOUND_PATH,
};

const SHIPPED: &str = include_str!("../../../public/portfolio.json");
/// The shape trunk's minifier gives dist/index.html.
const TEMPLATE: &str = r#"<!doctype html><html lang=en><meta charset=utf-8><base href=/nexus/><title>Nexus · Backend engineering portfolio</title><meta content="A description" name=description><meta content="light dark" name=color-scheme><link href=/nexus/nexus-web-1.js rel=nexus-app data-wasm=nexus-web-1_bg.wasm><script src=/nexus/loader-1.js type=module></script></head><body></body></html>"#;

fn template(html: &str) -> Template {
    Template::parse(html).unwrap_or_else(|e| panic!("{e}"))
}

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
        routes::list(&p, Section::Technologies).description,
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
    assert_eq!(template(TEMPLATE).base(), "/nexus/");
    let relative = TEMPLATE.replace("<base href=/nexus/>", r#"<base href="./">"#);
    assert_eq!(template(&relative).base(), "./");
}

#[test]
fn page_html_replaces_the_title_and_description_and_adds_canonical_and_open_graph() {
    let p = parse(SHIPPED).unwrap();
    let page = routes::technology(p.technology("ci-cd").unwrap());
    let html = template(TEMPLATE).page_html(
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
    let page = Page {
        path: "/x".into(),
        title: r#"<script>alert("t")</script> · Nexus"#.into(),
        description: "a & b \"c\"".into(),
    };
    let html = template(TEMPLATE).page_html(&page, None, "404.html");
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
    let once = template(TEMPLATE).page_html(&page, Some("https://x.org/"), "index.html");
    let twice = template(&once).page_html(&page, Some("https://x.org/"), "index.html");
    assert_eq!(once, twice);
    assert_eq!(
        template(&once).embed_snippet(),
        template(TEMPLATE).embed_snippet()
    );
}

#[test]
fn embed_snippet_has_the_bundle_tags_with_absolute_urls_and_the_mount_point() {
    let html = r#"<html><head><base href=/nexus/><title>x</title><link as=fetch crossorigin href=portfolio.json rel=preload><link href=/nexus/a.css rel=stylesheet><link href=/nexus/f.svg rel=icon><script src=/nexus/loader.js type=module></script><link href=nexus-web-1.js rel=nexus-app></head><body></body></html>"#;
    let snippet = template(html).embed_snippet();
    assert!(snippet.contains("<link as=fetch crossorigin href=/nexus/portfolio.json rel=preload>"));
    assert!(snippet.contains("<link href=/nexus/a.css rel=stylesheet>"));
    assert!(snippet.contains("<script src=/nexus/loader.js type=module></script>"));
    assert!(snippet.contains("<link href=/nexus/nexus-web-1.js rel=nexus-app>"));
    assert!(
        !snippet.contains("icon") && !snippet.contains("<title>") && !snippet.contains("<base")
    );
    assert!(snippet.ends_with("<div id=\"nexus\"></div>\n"));
    // A bundle built for ./ (the nexus binary's), with the published base set.
    let relocatable = html.replace("/nexus/a.css", "./a.css").replace("/nexus/loader", "./loader");
    let snippet = template(&relocatable).embed_snippet();
    assert!(snippet.contains("<link href=/nexus/a.css rel=stylesheet>"), "{snippet}");
    assert!(snippet.contains("<script src=/nexus/loader.js type=module></script>"));
}

/// The error `Template::parse` gives for an index.html.
fn refusal(html: &str) -> String {
    match Template::parse(html) {
        Ok(_) => panic!("accepted: {html}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_template_that_is_not_trunks_output_is_refused_with_the_reason() {
    assert_eq!(
        refusal(&TEMPLATE.replace("</head>", "")),
        "index.html has no </head>: is it trunk's output?"
    );
    assert_eq!(
        refusal(&TEMPLATE.replace("</head>", "</head></head>")),
        "index.html has 2 </head> tags; expected one"
    );
    assert!(refusal(&TEMPLATE.replace("<base href=/nexus/>", ""))
        .starts_with("index.html has no <base href>"));
    assert_eq!(
        refusal(&TEMPLATE.replace("<base href=/nexus/>", "<base target=_top>")),
        "index.html has a <base> without href"
    );
    assert!(
        refusal(&TEMPLATE.replace("rel=nexus-app", "rel=modulepreload"))
            .starts_with("index.html has no <link rel=\"nexus-app\"> in <head>")
    );
    // The app link in the body is not in the head.
    let moved = TEMPLATE
        .replace(
            "<link href=/nexus/nexus-web-1.js rel=nexus-app data-wasm=nexus-web-1_bg.wasm>",
            "",
        )
        .replace("<body>", "<body><link href=a.js rel=nexus-app>");
    assert!(refusal(&moved).starts_with("index.html has no <link rel=\"nexus-app\">"));
    assert_eq!(
        refusal(&TEMPLATE.replace("<body></body>", "")),
        "index.html has no <body> after its </head>"
    );
    assert_eq!(
        refusal(""),
        "index.html has no </head>: is it trunk's output?"
    );
}

#[test]
fn build_gives_every_file_or_an_error_and_never_a_partial_site() {
    let p = parse(SHIPPED).unwrap();
    let render = |path: &str| format!("<main>page at {path}</main>");
    let files = build(TEMPLATE, &p, "https://x.org/nexus/", &render).unwrap();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.len(), routes::all(&p).len() + 4);
    for name in [
        "index.html",
        "practices/index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "embed.html",
    ] {
        assert!(names.contains(&name), "{name}");
    }
    assert!(matches!(
        build("<html>", &p, "https://x.org/", &render),
        Err(SiteError::Template(_))
    ));
    for url in ["x.org/nexus/", "ftp://x.org/", "https://", "/nexus/"] {
        assert_eq!(
            build(TEMPLATE, &p, url, &render).unwrap_err(),
            SiteError::SiteUrl(url.into()),
            "{url}"
        );
    }
}

#[test]
fn each_route_file_holds_its_own_rendered_page_in_its_body() {
    let p = parse(SHIPPED).unwrap();
    let render = |path: &str| format!("<main>page at {path}</main>");
    let files = build(TEMPLATE, &p, "https://x.org/nexus/", &render).unwrap();
    let file = |name: &str| &files.iter().find(|(n, _)| n == name).unwrap().1;
    let python = file("technologies/python/index.html");
    let body = &python[python.find("<body>").unwrap()..];
    assert_eq!(
        body,
        "<body><noscript><p class=\"noscript\">Filters and search need JavaScript; everything else reads without it.</p></noscript><div id=\"prerendered\"><main>page at /technologies/python</main></div></body></html>"
    );
    assert!(file("index.html").contains("<div id=\"prerendered\"><main>page at /</main></div>"));
    assert!(file("404.html").contains(&format!(
        "<div id=\"prerendered\"><main>page at {NOT_FOUND_PATH}</main></div>"
    )));
    assert!(!file("embed.html").contains("prerendered"));
}

#[test]
fn pages_render_under_the_bundles_base_or_where_a_relocatable_bundle_is_published() {
    let with_base =
        |base: &str| TEMPLATE.replace("<base href=/nexus/>", &format!("<base href={base}>"));
    let site = "https://me.github.io/portfolio/";
    assert_eq!(render_base(TEMPLATE, site).unwrap(), "/nexus/");
    assert_eq!(render_base(&with_base("/"), site).unwrap(), "/");
    assert_eq!(render_base(&with_base("./"), site).unwrap(), "/portfolio/");
    assert_eq!(
        render_base(&with_base("./"), "https://me.github.io").unwrap(),
        "/"
    );
    assert_eq!(
        render_base(&with_base("./"), "https://h/a/b?x=1").unwrap(),
        "/a/b/"
    );
    assert_eq!(
        render_base(&with_base("https://cdn.example/x/"), site).unwrap(),
        "/x/"
    );
    assert!(render_base("<html>", site).is_err());
}

#[test]
fn a_relocatable_bundle_gets_the_published_sites_base() {
    assert_eq!(
        base_of("https://me.github.io/alx-project-nexus/"),
        "/alx-project-nexus/"
    );
    assert_eq!(
        base_of("https://me.github.io/alx-project-nexus"),
        "/alx-project-nexus/"
    );
    assert_eq!(base_of("https://portfolio.example"), "/");
    let relocatable = TEMPLATE.replace("<base href=/nexus/>", "<base href=./>");
    let fixed = with_base(&relocatable, "/alx-project-nexus/").unwrap();
    assert_eq!(template(&fixed).base(), "/alx-project-nexus/");
    assert_eq!(fixed.matches("<base").count(), 1);
    assert_eq!(
        fixed.replace(r#"<base href="/alx-project-nexus/">"#, "<base href=./>"),
        relocatable
    );
    assert!(with_base("<html>", "/").is_err());
}
