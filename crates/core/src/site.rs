//! The static files that let any host serve every route with HTTP 200 and a proper `<head>`:
//! one HTML file per route (from trunk's `index.html`), `404.html`, `sitemap.xml`, `robots.txt`
//! and `embed.html`. `nexus build-site` writes what `build` returns, after trunk in `make dist`.
//! Trunk's output is checked first (`Template::parse`): a surprise in it is an error, never HTML
//! written in the wrong place.

use crate::content::Portfolio;
use crate::routes::{self, Page};
use std::fmt;

/// Escapes text for an HTML attribute value or text node.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The absolute URL of an app path under the site URL. Route pages end with `/`: their files
/// are `<path>/index.html`, which static hosts serve at that URL without a redirect.
pub fn absolute(site_url: &str, path: &str) -> String {
    let path = path.trim_matches('/');
    let site = site_url.trim_end_matches('/');
    if path.is_empty() {
        format!("{site}/")
    } else if path.contains('.') {
        format!("{site}/{path}")
    } else {
        format!("{site}/{path}/")
    }
}

/// Where a page's file goes inside `dist/`: `index.html`, `technologies/index.html`, …
pub fn file_for(path: &str) -> String {
    let dir = path.trim_matches('/');
    if dir.is_empty() {
        "index.html".into()
    } else {
        format!("{dir}/index.html")
    }
}

/// The `<base href>` a file at `file` (relative to dist) needs. An absolute base (`/nexus/`)
/// is the same everywhere; a relative one (`./`, a relocatable bundle) climbs out of the file's
/// folders so every file resolves to the bundle's root.
pub fn base_for(base: &str, file: &str) -> String {
    if base.starts_with('/') || base.contains("://") {
        return base.to_string();
    }
    let depth = file.matches('/').count();
    if depth == 0 {
        base.to_string()
    } else {
        "../".repeat(depth)
    }
}

/// The head tags of one page; `url` is its canonical absolute URL (None for 404.html).
pub fn head_tags(page: &Page, url: Option<&str>) -> String {
    let title = escape(&page.title);
    let description = escape(&page.description);
    let mut tags = vec![
        format!("<title>{title}</title>"),
        format!(r#"<meta name="description" content="{description}">"#),
        format!(r#"<meta property="og:title" content="{title}">"#),
        format!(r#"<meta property="og:description" content="{description}">"#),
        r#"<meta property="og:type" content="website">"#.to_string(),
        format!(
            r#"<meta property="og:site_name" content="{}">"#,
            escape(routes::SITE_NAME)
        ),
        r#"<meta name="twitter:card" content="summary">"#.to_string(),
        format!(r#"<meta name="twitter:title" content="{title}">"#),
        format!(r#"<meta name="twitter:description" content="{description}">"#),
    ];
    match url {
        Some(url) => {
            let url = escape(url);
            tags.push(format!(r#"<link rel="canonical" href="{url}">"#));
            tags.push(format!(r#"<meta property="og:url" content="{url}">"#));
        }
        None => tags.push(r#"<meta name="robots" content="noindex">"#.to_string()),
    }
    format!("{HEAD_START}{}{HEAD_END}", tags.join(""))
}

/// Around the tags `head_tags` writes, so a second run replaces them instead of adding more.
const HEAD_START: &str = "<!--route-head-->";
const HEAD_END: &str = "<!--/route-head-->";

/// Removes the first element that starts with `open` and ends with `close`, if any.
fn remove_between(html: &mut String, open: &str, close: &str) {
    if let Some(start) = html.find(open) {
        if let Some(len) = html[start..].find(close) {
            html.replace_range(start..start + len + close.len(), "");
        }
    }
}

/// Removes every `<meta …>` tag whose text contains `needle`.
fn remove_meta(html: &mut String, needle: &str) {
    let mut from = 0;
    while let Some(i) = html[from..].find("<meta") {
        let start = from + i;
        let Some(len) = html[start..].find('>') else {
            break;
        };
        if html[start..start + len].contains(needle) {
            html.replace_range(start..=start + len, "");
        } else {
            from = start + len;
        }
    }
}

/// Why trunk's `index.html` cannot be used as the template of the route files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteError {
    /// The template lacks something every route file needs, or has it more than once.
    Template(String),
    /// The site URL is not an absolute http(s) URL.
    SiteUrl(String),
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteError::Template(why) => write!(f, "index.html {why}"),
            SiteError::SiteUrl(url) => write!(
                f,
                "site URL \"{url}\" is not an absolute http:// or https:// address"
            ),
        }
    }
}

impl std::error::Error for SiteError {}

/// Trunk's `index.html`, checked: one `<head>…</head>`, a `<base href>` and the app's
/// `<link rel="nexus-app">` inside it, and a `<body>` after it.
#[derive(Debug, Clone)]
pub struct Template {
    html: String,
    /// The `href` of its `<base>`.
    base: String,
}

fn template_error(why: impl Into<String>) -> SiteError {
    SiteError::Template(why.into())
}

impl Template {
    pub fn parse(html: &str) -> Result<Template, SiteError> {
        let count = |needle: &str| html.matches(needle).count();
        let head_end = match count("</head>") {
            1 => html.find("</head>").unwrap_or_default(),
            0 => return Err(template_error("has no </head>: is it trunk's output?")),
            n => {
                return Err(template_error(format!(
                    "has {n} </head> tags; expected one"
                )))
            }
        };
        let head = &html[..head_end];
        if !head.contains("<head") && !head.contains("<html") {
            return Err(template_error("has no <head> before its </head>"));
        }
        if !html[head_end..].contains("<body") {
            return Err(template_error("has no <body> after its </head>"));
        }
        let base = match (count("<base"), head.find("<base")) {
            (1, Some(at)) => attribute(tag_at(head, at), "href")
                .filter(|v| !v.is_empty())
                .ok_or_else(|| template_error("has a <base> without href"))?,
            (0, _) => {
                return Err(template_error(
                    "has no <base href>: trunk writes it from --public-url (<base data-trunk-public-url>)",
                ))
            }
            (1, None) => return Err(template_error("has its <base> outside <head>")),
            (n, _) => return Err(template_error(format!("has {n} <base> tags; expected one"))),
        };
        let app_links = tags(head, "<link")
            .filter(|t| attribute(t, "rel").as_deref() == Some("nexus-app"))
            .count();
        match app_links {
            1 => {}
            0 => return Err(template_error(
                "has no <link rel=\"nexus-app\"> in <head>: Trunk.toml's pattern_preload writes it",
            )),
            n => {
                return Err(template_error(format!(
                    "has {n} <link rel=\"nexus-app\"> tags; expected one"
                )))
            }
        }
        Ok(Template {
            html: html.to_string(),
            base,
        })
    }

    /// The `href` of the template's `<base>`, e.g. `/nexus/` or `./`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// One route's HTML: the template with its own `<head>` tags and the base its depth needs.
    pub fn page_html(&self, page: &Page, url: Option<&str>, file: &str) -> String {
        let mut html = self.html.clone();
        remove_between(&mut html, HEAD_START, HEAD_END);
        remove_between(&mut html, "<title>", "</title>");
        remove_meta(&mut html, "description");
        // Parse checked there is exactly one <base> and one </head>, in that order.
        if let Some(start) = html.find("<base") {
            let end = start + tag_at(&html, start).len();
            html.replace_range(
                start..end,
                &format!(r#"<base href="{}">"#, escape(&base_for(&self.base, file))),
            );
        }
        if let Some(at) = html.find("</head>") {
            html.insert_str(at, &head_tags(page, url));
        }
        html
    }

    /// `embed.html`: what a host page pastes to show Nexus inside itself — the bundle's
    /// stylesheet, app link and loader tags from `<head>` (relative URLs made absolute with the
    /// base) and the `<div id="nexus">` the app mounts into.
    pub fn embed_snippet(&self) -> String {
        let template = &self.html;
        let head_end = template
            .find(HEAD_START)
            .or_else(|| template.find("</head>"))
            .unwrap_or(template.len());
        let head = &template[..head_end];
        let mut tags = Vec::new();
        let mut from = 0;
        while let Some(i) = head[from..].find('<') {
            let start = from + i;
            let rest = &head[start..];
            let is_link = rest.starts_with("<link")
                && attribute(tag_at(head, start), "rel").as_deref() != Some("icon");
            let end = if rest.starts_with("<script") {
                rest.find("</script>").map(|e| e + "</script>".len())
            } else if is_link {
                Some(tag_at(head, start).len())
            } else {
                None
            };
            match end {
                Some(len) => {
                    tags.push(absolutize(&head[start..start + len], &self.base));
                    from = start + len;
                }
                None => from = start + 1,
            }
        }
        format!(
            "<!-- Nexus: paste the tags into the host page's <head> and the div where the portfolio goes. -->\n{}\n<div id=\"nexus\"></div>\n",
            tags.join("\n")
        )
    }
}

/// The tag that starts at `at` (up to and including its `>`, or to the end).
fn tag_at(html: &str, at: usize) -> &str {
    let rest = &html[at..];
    &rest[..rest.find('>').map_or(rest.len(), |e| e + 1)]
}

/// Every tag of this name (`<link`, …) in `html`.
fn tags<'a>(html: &'a str, open: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    html.match_indices(open)
        .map(move |(at, _)| tag_at(html, at))
}

/// The value of an attribute of one tag, quoted or not (as trunk's minifier leaves them).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before = tag[..at].chars().next_back();
        let after = &tag[from..];
        if !before.is_some_and(char::is_whitespace) || !after.starts_with('=') {
            continue;
        }
        let value = &after[1..];
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
                .to_string(),
        });
    }
    None
}

pub fn sitemap(site_url: &str, pages: &[Page]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages {
        xml.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            escape(&absolute(site_url, &page.path))
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(site_url: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        absolute(site_url, "sitemap.xml")
    )
}

/// Prefixes a relative `href`/`src` value with the base so the tag works from any page.
fn absolutize(tag: &str, base: &str) -> String {
    let mut out = tag.to_string();
    for attr in ["href=", "src="] {
        if let Some(i) = out.find(attr) {
            let at = i + attr.len();
            let quoted = out[at..].starts_with(['"', '\'']);
            let value_at = if quoted { at + 1 } else { at };
            let value = &out[value_at..];
            let relative = !(value.starts_with('/') || value.contains("://"));
            if relative {
                // `./x.js` (a bundle built for `./`) is `x.js`.
                if value.starts_with("./") {
                    out.replace_range(value_at..value_at + 2, "");
                }
                out.insert_str(value_at, base);
            }
        }
    }
    out
}

/// What a route file's `<body>` holds: a note on what needs JavaScript, and the page's rendered
/// markup in `<div id="prerendered">`, which the app replaces when it has started.
const NOSCRIPT: &str = "<noscript><p class=\"noscript\">Filters and search need JavaScript; everything else reads without it.</p></noscript>";

/// `html` with its `<body>`'s content replaced by the page's rendered markup (see NOSCRIPT).
/// A template without a `<body>` is returned as it is (`Template::parse` refuses one).
pub fn fill_body(html: &str, markup: &str) -> String {
    let Some(start) = html.find("<body") else {
        return html.to_string();
    };
    let open = start + tag_at(html, start).len();
    let close = html
        .rfind("</body>")
        .filter(|&c| c >= open)
        .unwrap_or(html.len());
    format!(
        "{}{NOSCRIPT}<div id=\"prerendered\">{markup}</div>{}",
        &html[..open],
        &html[close..]
    )
}

/// The base path the pages are rendered under, for their links: the bundle's `<base href>` when
/// it is absolute (`/nexus/`, or a full URL's path), else (a relocatable `./` bundle) the path of
/// `site_url`, where the site is published.
pub fn render_base(index_html: &str, site_url: &str) -> Result<String, SiteError> {
    let base = Template::parse(index_html)?.base;
    Ok(if base.starts_with('/') {
        base
    } else if base.contains("://") {
        url_path(&base)
    } else {
        url_path(site_url)
    })
}

/// The base path a site published at `site_url` is served under
/// (`https://me.github.io/alx-project-nexus/` → `/alx-project-nexus/`).
pub fn base_of(site_url: &str) -> String {
    url_path(site_url)
}

/// `index.html` with its `<base href>` set to `base`: the relocatable bundle (built for `./`, as
/// the `nexus` binary carries it) fixed to where the site is published, so that 404.html and
/// every route file resolve the app's files from any depth and any unknown path.
pub fn with_base(index_html: &str, base: &str) -> Result<String, SiteError> {
    Template::parse(index_html)?;
    let Some(start) = index_html.find("<base") else {
        return Err(template_error("has no <base href>"));
    };
    let end = start + tag_at(index_html, start).len();
    Ok(format!(
        "{}<base href=\"{}\">{}",
        &index_html[..start],
        escape(base),
        &index_html[end..]
    ))
}

/// The path of an absolute URL as a directory (`https://h/nexus` → `/nexus/`).
fn url_path(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = rest.find('/').map_or("/", |i| &rest[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("/");
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

/// The app path the 404 page is rendered at: one no route matches.
pub const NOT_FOUND_PATH: &str = "/404.html";

/// Every file the site needs beside trunk's output, as (path inside dist, contents): one HTML
/// file per route, `404.html`, `sitemap.xml`, `robots.txt` and `embed.html`. `site_url` is the
/// public address of the bundle, e.g. `https://me.github.io/nexus/`. `render` gives the markup of
/// the page at an app path (the web app's native render), which each route file's body holds.
pub fn build(
    index_html: &str,
    portfolio: &Portfolio,
    site_url: &str,
    render: &dyn Fn(&str) -> String,
) -> Result<Vec<(String, String)>, SiteError> {
    let lower = site_url.to_ascii_lowercase();
    let host = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    if !host.is_some_and(|h| !h.is_empty() && !h.starts_with('/')) {
        return Err(SiteError::SiteUrl(site_url.to_string()));
    }
    let template = Template::parse(index_html)?;
    let pages = routes::all(portfolio);
    let mut files: Vec<(String, String)> = pages
        .iter()
        .map(|page| {
            let file = file_for(&page.path);
            let url = absolute(site_url, &page.path);
            let html = template.page_html(page, Some(&url), &file);
            (file, fill_body(&html, &render(&page.path)))
        })
        .collect();
    let not_found = template.page_html(&routes::not_found(), None, "404.html");
    files.push((
        "404.html".into(),
        fill_body(&not_found, &render(NOT_FOUND_PATH)),
    ));
    files.push(("sitemap.xml".into(), sitemap(site_url, &pages)));
    files.push(("robots.txt".into(), robots(site_url)));
    files.push(("embed.html".into(), template.embed_snippet()));
    Ok(files)
}
