//! The table of sections and routes, and every page's document title and description. The
//! web app's navigation, routes, links, breadcrumbs and search hits and the site builder's route
//! files and sitemap all come from here: adding a section means a row in `SECTIONS` (and its
//! page component in the app).

use crate::content::inline::plain;
use crate::content::{Block, Challenge, Concept, Portfolio, Project, SectionText, Technology};

/// The site name after each page title.
pub const SITE_NAME: &str = "Nexus";

/// Longest meta description; search engines cut around 155–160 characters.
pub const DESCRIPTION_CHARS: usize = 160;

/// The print view's path segment: the whole portfolio on one page.
pub const PRINT_KEY: &str = "print";

/// The import page's path segment: a README turned into a portfolio in the browser.
pub const IMPORT_KEY: &str = "import";

/// A section of the portfolio, in the order the app lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Technologies,
    Concepts,
    Challenges,
    Practices,
    Projects,
    /// The content's further sections (Collaboration, Next steps, Contact…), anchored on one page.
    About,
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
    /// The overview's link to the list page.
    pub all: &'static str,
    pub item: ItemRoute,
}

/// Every section, in display order (`Section as usize` indexes it).
pub const SECTIONS: [SectionRoute; 6] = [
    SectionRoute {
        section: Section::Technologies,
        key: "technologies",
        label: "Technologies",
        all: "All technologies",
        item: ItemRoute::Page,
    },
    SectionRoute {
        section: Section::Concepts,
        key: "concepts",
        label: "Concepts",
        all: "All concepts",
        item: ItemRoute::Page,
    },
    SectionRoute {
        section: Section::Challenges,
        key: "challenges",
        label: "Challenges",
        all: "All challenges and solutions",
        item: ItemRoute::Page,
    },
    SectionRoute {
        section: Section::Practices,
        key: "practices",
        label: "Practices",
        all: "All practices",
        item: ItemRoute::Anchor,
    },
    SectionRoute {
        section: Section::Projects,
        key: "projects",
        label: "Projects",
        all: "All projects",
        item: ItemRoute::Page,
    },
    SectionRoute {
        section: Section::About,
        key: "about",
        label: "About",
        all: "More about this portfolio",
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

    fn content(self, p: &Portfolio) -> Option<&SectionText> {
        let s = &p.sections;
        match self {
            Section::Technologies => s.technologies.as_ref(),
            Section::Concepts => s.concepts.as_ref(),
            Section::Challenges => s.challenges.as_ref(),
            Section::Practices => s.practices.as_ref(),
            Section::Projects => s.projects.as_ref(),
            Section::About => None,
        }
    }

    /// The section's heading: the content's own, else its label.
    pub fn title(self, p: &Portfolio) -> &str {
        self.content(p).map_or(self.label(), |s| s.title.as_str())
    }

    /// The lead-in under the heading, if the content has one.
    pub fn intro(self, p: &Portfolio) -> Option<&str> {
        self.content(p).and_then(|s| s.intro.as_deref())
    }

    /// Whether the content has no items in this section: such a section has no page, no
    /// navigation entry, no overview block and no search group.
    pub fn is_empty(self, p: &Portfolio) -> bool {
        self.names(p).is_empty()
    }

    /// The section's items in content order: id, name, and the text that sums each up.
    pub fn entries<'a>(self, p: &'a Portfolio) -> Vec<Entry<'a>> {
        let entry = |id: &'a str, name: &'a str, text: Option<&'a str>| Entry { id, name, text };
        match self {
            Section::Technologies => p
                .technologies
                .iter()
                .map(|t| entry(&t.id, &t.name, t.summary.as_deref()))
                .collect(),
            Section::Concepts => p
                .concepts
                .iter()
                .map(|c| entry(&c.id, &c.name, c.summary.as_deref()))
                .collect(),
            Section::Challenges => p
                .challenges
                .iter()
                .map(|c| entry(&c.id, &c.title, c.challenge.as_deref()))
                .collect(),
            Section::Practices => p
                .practices
                .iter()
                .map(|x| entry(&x.id, &x.name, x.summary.as_deref()))
                .collect(),
            Section::Projects => p
                .projects
                .iter()
                .map(|x| entry(&x.id, &x.name, x.summary.as_deref()))
                .collect(),
            Section::About => p
                .extra
                .iter()
                .map(|x| {
                    let first = x.blocks.iter().find_map(|b| match b {
                        Block::Text(t) => Some(t.as_str()),
                        Block::Items(_) => None,
                    });
                    entry(&x.id, &x.title, first)
                })
                .collect(),
        }
    }

    /// The names of the section's items, in content order.
    pub fn names(self, p: &Portfolio) -> Vec<&str> {
        self.entries(p).into_iter().map(|e| e.name).collect()
    }
}

/// One item of a section, as lists and summaries show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub text: Option<&'a str>,
}

/// The sections the content has items in, in display order.
pub fn present(p: &Portfolio) -> impl Iterator<Item = &'static SectionRoute> + '_ {
    SECTIONS.iter().filter(move |s| !s.section.is_empty(p))
}

/// The app path of the print view.
pub fn print_path() -> String {
    format!("/{PRINT_KEY}")
}

/// The app path of the import page.
pub fn import_path() -> String {
    format!("/{IMPORT_KEY}")
}

/// The import page's title and description.
pub fn import_page() -> Page {
    page(
        import_path(),
        "Import your README",
        "Turn a learning-portfolio README into a Nexus site, in your browser: nothing is uploaded.",
    )
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

/// The anchor of the closing statement on the overview page.
pub const CLOSING: &str = "closing";

pub fn overview(p: &Portfolio) -> Page {
    page(
        "/".into(),
        &p.title,
        &crate::content::plain_text(&p.overview),
    )
}

/// A section's list page: its heading, and the names of its items as the description.
pub fn list(p: &Portfolio, section: Section) -> Page {
    let title = section.title(p);
    let names = section.names(p).join(", ");
    page(section.list_path(), title, &format!("{title}: {names}."))
}

pub fn technology(t: &Technology) -> Page {
    let summary = t.summary.as_deref().unwrap_or_default();
    page(Section::Technologies.item_path(&t.id), &t.name, summary)
}

pub fn concept(c: &Concept) -> Page {
    let summary = c.summary.as_deref().unwrap_or_default();
    page(Section::Concepts.item_path(&c.id), &c.name, summary)
}

pub fn challenge(c: &Challenge) -> Page {
    let solution = c.solution.as_ref().map(|s| format!("Solution: {s}"));
    let text: Vec<&str> = [c.challenge.as_deref(), solution.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let text = text.join(" ");
    page(Section::Challenges.item_path(&c.id), &c.title, &text)
}

pub fn project(x: &Project) -> Page {
    let summary = x.summary.as_deref().unwrap_or_default();
    page(Section::Projects.item_path(&x.id), &x.name, summary)
}

/// The page for a path that does not exist.
pub fn not_found() -> Page {
    page(
        String::new(),
        "Page not found",
        "There is no such page in this portfolio.",
    )
}

/// Every page of the portfolio: the overview, the list pages of the sections it has items in,
/// then the item pages in content order.
pub fn all(p: &Portfolio) -> Vec<Page> {
    let mut pages = vec![overview(p)];
    pages.extend(present(p).map(|s| list(p, s.section)));
    pages.extend(p.technologies.iter().map(technology));
    pages.extend(p.concepts.iter().map(concept));
    pages.extend(p.challenges.iter().map(challenge));
    pages.extend(p.projects.iter().map(project));
    pages
}
