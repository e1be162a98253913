//! The table of sections and routes, and every page's document title and description. The
//! web app's navigation, routes, links, breadcrumbs and search hits and the site builder's route
//! files and sitemap all come from here: adding a section means a row in `SECTIONS` (and its
//! page component in the app).

use crate::content::inline::plain;
use crate::content::{Challenge, Concept, Portfolio, SectionText, Technology};

/// The site name after each page title.
pub const SITE_NAME: &str = "Nexus";

/// Longest meta description; search engines cut around 155–160 characters.
pub const DESCRIPTION_CHARS: usize = 160;

/// The print view's path segment: the whole portfolio on one page.
pub const PRINT_KEY: &str = "print";

/// A section of the portfolio, in the order the app lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Technologies,
    Concepts,
    Challenges,
    Practices,
}

/// Where a section's items live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemRoute {
    /// A page per item: `/<key>/<id>`.
    Page,
    /// An anchored entry on the list page: `/<key>#<id>`.
    Anchor,
}

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionRoute {
    pub section: Section,
    /// The path segment of the list page ("technologies"), also used in element ids.
    pub key: &'static str,
    /// The name in the navigation, breadcrumbs and search groups.
    pub label: &'static str,
    pub item: ItemRoute,
}

/// Every section, in display order (`Section as usize` indexes it).
pub const SECTIONS: [SectionRoute; 4] = [
    SectionRoute {
        section: Section::Technologies,
        key: "technologies",
        label: "Technologies",
        item: ItemRoute::Page,
    },
    SectionRoute {
        section: Section::Concepts,
        key: "concepts",
        label: "Concepts",
        item: ItemRoute::Page,
    },
    SectionRoute {
        section: Section::Challenges,
        key: "challenges",
        label: "Challenges",
        item: ItemRoute::Page,
    },
    SectionRoute {
        section: Section::Practices,
        key: "practices",
        label: "Practices",
        item: ItemRoute::Anchor,
    },
];

impl Section {
    pub fn route(self) -> &'static SectionRoute {
        &SECTIONS[self as usize]
    }

    /// The list page's path segment, e.g. "technologies".
    pub fn key(self) -> &'static str {
        self.route().key
    }

    pub fn label(self) -> &'static str {
        self.route().label
    }

    /// The list page's app path, e.g. "/technologies".
    pub fn list_path(self) -> String {
        format!("/{}", self.key())
    }

    /// The app path of one item: its page, or its anchor on the list page.
    pub fn item_path(self, id: &str) -> String {
        match self.route().item {
            ItemRoute::Page => format!("/{}/{id}", self.key()),
            ItemRoute::Anchor => format!("/{}#{id}", self.key()),
        }
    }

    /// The content's heading and lead-in of this section.
    pub fn text(self, p: &Portfolio) -> &SectionText {
        let s = &p.sections;
        match self {
            Section::Technologies => &s.technologies,
            Section::Concepts => &s.concepts,
            Section::Challenges => &s.challenges,
            Section::Practices => &s.practices,
        }
    }

    /// The names of the section's items, in content order.
    pub fn names(self, p: &Portfolio) -> Vec<&str> {
        match self {
            Section::Technologies => p.technologies.iter().map(|t| t.name.as_str()).collect(),
            Section::Concepts => p.concepts.iter().map(|c| c.name.as_str()).collect(),
            Section::Challenges => p.challenges.iter().map(|c| c.title.as_str()).collect(),
            Section::Practices => p.practices.iter().map(|x| x.name.as_str()).collect(),
        }
    }
}

/// The app path of the print view.
pub fn print_path() -> String {
    format!("/{PRINT_KEY}")
}

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

pub fn overview(p: &Portfolio) -> Page {
    page("/".into(), &p.title, &p.overview)
}

/// A section's list page: its heading, and the names of its items as the description.
pub fn list(p: &Portfolio, section: Section) -> Page {
    let title = &section.text(p).title;
    let names = section.names(p).join(", ");
    page(section.list_path(), title, &format!("{title}: {names}."))
}

pub fn technology(t: &Technology) -> Page {
    page(Section::Technologies.item_path(&t.id), &t.name, &t.summary)
}

pub fn concept(c: &Concept) -> Page {
    page(Section::Concepts.item_path(&c.id), &c.name, &c.summary)
}

pub fn challenge(c: &Challenge) -> Page {
    let text = format!("{} Solution: {}", c.challenge, c.solution);
    page(Section::Challenges.item_path(&c.id), &c.title, &text)
}

/// The page for a path that does not exist.
pub fn not_found() -> Page {
    page(
        String::new(),
        "Page not found",
        "There is no such page in this portfolio.",
    )
}

/// Every page of the portfolio: the overview, the sections' list pages, then the item pages
/// in content order.
pub fn all(p: &Portfolio) -> Vec<Page> {
    let mut pages = vec![overview(p)];
    pages.extend(SECTIONS.iter().map(|s| list(p, s.section)));
    pages.extend(p.technologies.iter().map(technology));
    pages.extend(p.concepts.iter().map(concept));
    pages.extend(p.challenges.iter().map(challenge));
    pages
}
