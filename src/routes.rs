//! Pure: every page the content has, with its path, document title and description. The app's
//! `<title>`/description and the per-route HTML files written by `prerender` both come from here.

use crate::content::inline::plain;
use crate::content::Portfolio;

/// The site name after each page title.
pub const SITE_NAME: &str = "Nexus";

/// Longest meta description; search engines cut around 155–160 characters.
pub const DESCRIPTION_CHARS: usize = 160;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// App path without the base: "/", "/technologies/python", …
    pub path: String,
    /// The document title, site name included.
    pub title: String,
    pub description: String,
}

fn page(path: String, title: &str, description: &str) -> Page {
    Page {
        path,
        title: format!("{title} · {SITE_NAME}"),
        description: shorten(&plain(description), DESCRIPTION_CHARS),
    }
}

/// Cuts text to at most `max` characters at a word boundary, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

fn names<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

pub fn overview(p: &Portfolio) -> Page {
    page("/".into(), &p.title, &p.overview)
}

pub fn technologies(p: &Portfolio) -> Page {
    let s = &p.sections.technologies;
    let list = names(p.technologies.iter().map(|t| t.name.as_str()));
    page(
        "/technologies".into(),
        &s.title,
        &format!("{}: {list}.", s.title),
    )
}

pub fn concepts(p: &Portfolio) -> Page {
    let s = &p.sections.concepts;
    let list = names(p.concepts.iter().map(|c| c.name.as_str()));
    page(
        "/concepts".into(),
        &s.title,
        &format!("{}: {list}.", s.title),
    )
}

pub fn challenges(p: &Portfolio) -> Page {
    let s = &p.sections.challenges;
    let list = names(p.challenges.iter().map(|c| c.title.as_str()));
    page(
        "/challenges".into(),
        &s.title,
        &format!("{}: {list}.", s.title),
    )
}

pub fn practices(p: &Portfolio) -> Page {
    let s = &p.sections.practices;
    let list = names(p.practices.iter().map(|x| x.name.as_str()));
    page(
        "/practices".into(),
        &s.title,
        &format!("{}: {list}.", s.title),
    )
}

pub fn technology(t: &crate::content::Technology) -> Page {
    page(format!("/technologies/{}", t.id), &t.name, &t.summary)
}

pub fn concept(c: &crate::content::Concept) -> Page {
    page(format!("/concepts/{}", c.id), &c.name, &c.summary)
}

pub fn challenge(c: &crate::content::Challenge) -> Page {
    let text = format!("{} Solution: {}", c.challenge, c.solution);
    page(format!("/challenges/{}", c.id), &c.title, &text)
}

/// The page for a path that does not exist.
pub fn not_found() -> Page {
    page(
        String::new(),
        "Page not found",
        "There is no such page in this portfolio.",
    )
}

/// Every page of the portfolio, sections first, then the detail pages in content order.
pub fn all(p: &Portfolio) -> Vec<Page> {
    let mut pages = vec![
        overview(p),
        technologies(p),
        concepts(p),
        challenges(p),
        practices(p),
    ];
    pages.extend(p.technologies.iter().map(technology));
    pages.extend(p.concepts.iter().map(concept));
    pages.extend(p.challenges.iter().map(challenge));
    pages
}
