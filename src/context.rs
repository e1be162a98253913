//! What the app provides to its pages and components: the loaded content (for the pages, and as
//! a signal for the page frame: navigation and search), and the print request. Pages and
//! components import this module, never the app shell.

use leptos::prelude::*;
use nexus_core::content::Portfolio;
use nexus_core::search::{Group, SearchIndex};
use nexus_core::text::terms;
use std::sync::{Arc, OnceLock};

/// The loaded portfolio, and its search index, built on the first search rather than on the
/// way to the first interactive frame.
#[derive(Clone)]
pub struct Content {
    portfolio: Arc<Portfolio>,
    index: Arc<OnceLock<SearchIndex>>,
}

impl Content {
    pub fn new(portfolio: Portfolio) -> Self {
        Content {
            portfolio: Arc::new(portfolio),
            index: Arc::default(),
        }
    }

    pub fn portfolio(&self) -> Arc<Portfolio> {
        self.portfolio.clone()
    }

    /// The search's groups of hits for `query`; a query with nothing to look for (empty, or
    /// only spaces and punctuation) answers at once, without building the index.
    pub fn search(&self, query: &str, per_section: usize) -> Vec<Group> {
        if terms(query).is_empty() {
            return Vec::new();
        }
        self.index
            .get_or_init(|| SearchIndex::new(&self.portfolio))
            .search(query, per_section)
    }
}

/// Provides the content to the pages below (the app does, once it has loaded).
pub fn provide_content(content: Content) {
    provide_context(content);
}

/// The portfolio of the current page; pages only render once it is loaded.
pub fn use_portfolio() -> Arc<Portfolio> {
    expect_context::<Content>().portfolio()
}

/// The content as the page frame (navigation, search dialog) sees it: `None` until it has
/// loaded, as the frame shows before the content does.
#[derive(Clone, Copy)]
pub struct Loaded(pub Signal<Option<Content>>);

pub fn provide_loaded(content: Signal<Option<Content>>) {
    provide_context(Loaded(content));
}

/// The loaded content as a signal, if the app provides one (a component test may not).
pub fn use_loaded() -> Option<Signal<Option<Content>>> {
    use_context::<Loaded>().map(|s| s.0)
}

/// Set by "Print portfolio"; the print view opens the print dialog once it has rendered.
#[derive(Clone, Copy)]
pub struct PrintRequest(pub RwSignal<bool>);

pub fn provide_print_request() {
    provide_context(PrintRequest(RwSignal::new(false)));
}

/// The print request flag, if the app provides one.
pub fn use_print_request() -> Option<RwSignal<bool>> {
    use_context::<PrintRequest>().map(|r| r.0)
}

/// A portfolio imported in the browser (the import page), shown by the whole app in place of
/// the site's own content until the visitor ends the preview; `json` is the file to download.
#[derive(Clone)]
pub struct Imported {
    pub content: Content,
    pub json: String,
}

#[derive(Clone, Copy)]
pub struct Preview(pub RwSignal<Option<Imported>>);

pub fn provide_preview() -> RwSignal<Option<Imported>> {
    let preview = RwSignal::new(None);
    provide_context(Preview(preview));
    preview
}

/// The preview switch, if the app provides one (a component test may not).
pub fn use_preview() -> Option<RwSignal<Option<Imported>>> {
    use_context::<Preview>().map(|p| p.0)
}
