//! Pure: the static files that let any host serve every route with HTTP 200 and a proper
//! `<head>`: one HTML file per route (from trunk's `index.html`), `404.html`, `sitemap.xml`
//! and `robots.txt`. Used by the `prerender` binary that `make dist` runs after trunk.

use crate::routes::Page;

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
            escape(crate::routes::SITE_NAME)
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

/// The `href` of the template's `<base>` element ("/" when it has none).
pub fn template_base(template: &str) -> String {
    let tag = template
        .find("<base")
        .and_then(|s| template[s..].find('>').map(|e| &template[s..s + e]));
    let value = tag
        .and_then(|t| t.find("href=").map(|h| &t[h + 5..]))
        .map(|v| {
            let v = v.trim_start_matches(['"', '\'']);
            &v[..v.find(['"', '\'', ' ']).unwrap_or(v.len())]
        });
    value.filter(|v| !v.is_empty()).unwrap_or("/").to_string()
}

/// One route's HTML: the template with its own `<head>` tags and the base its depth needs.
pub fn page_html(template: &str, page: &Page, url: Option<&str>, file: &str) -> String {
    let mut html = template.to_string();
    remove_between(&mut html, HEAD_START, HEAD_END);
    remove_between(&mut html, "<title>", "</title>");
    remove_meta(&mut html, "description");
    let base = template_base(template);
    if let Some(start) = html.find("<base") {
        let end = start + html[start..].find('>').unwrap_or(0) + 1;
        html.replace_range(
            start..end,
            &format!(r#"<base href="{}">"#, escape(&base_for(&base, file))),
        );
    }
    let at = html.find("</head>").unwrap_or(0);
    html.insert_str(at, &head_tags(page, url));
    html
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

/// `embed.html`: what a host page pastes to show Nexus inside itself — the bundle's stylesheet,
/// preload and loader tags from `<head>` (relative URLs made absolute with the base) and the
/// `<div id="nexus">` the app mounts into.
pub fn embed_snippet(template: &str) -> String {
    let base = template_base(template);
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
        let is_link =
            rest.starts_with("<link") && !rest[..rest.find('>').unwrap_or(0)].contains("rel=icon");
        let end = if rest.starts_with("<script") {
            rest.find("</script>").map(|e| e + "</script>".len())
        } else if is_link {
            rest.find('>').map(|e| e + 1)
        } else {
            None
        };
        match end {
            Some(len) => {
                tags.push(absolutize(&head[start..start + len], &base));
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
                out.insert_str(value_at, base);
            }
        }
    }
    out
}
