//! The copy of the page that `make dist` wrote into the route's HTML file
//! (scripts/prerender-content.mjs): it shows the content before the app has loaded. The app
//! keeps it until it can show the same page itself, then takes its place in one go.
//!
//! Until then public/early.js keeps the copy's controls working, and the app adopts what the
//! visitor left there — state, never replayed events: the filters are already in the URL (the
//! app starts from it), and the rest is read here just before the copy goes: which control had
//! focus, whether the search dialog was open and with what text, whether the phone's filter
//! disclosure was open.

use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

const ID: &str = "prerendered";

/// What the visitor left on the prerendered copy.
#[derive(Clone, Default)]
pub struct Early {
    /// A selector for the focused control, if one had focus.
    focus: Option<String>,
    /// The search dialog's text, if it was open.
    search: Option<String>,
    /// Whether the filter disclosure was expanded.
    pub filters_open: bool,
}

thread_local! {
    static FILTERS_OPEN: Cell<bool> = const { Cell::new(false) };
}

/// Whether this page came with a prerendered copy of its content.
pub fn present() -> bool {
    document().get_element_by_id(ID).is_some()
}

/// What was read from the copy at take-over (all defaults before it, or without a copy).
pub fn early() -> Early {
    Early {
        filters_open: FILTERS_OPEN.with(Cell::get),
        ..Early::default()
    }
}

/// Called once the app shows content (or an error): reads what the visitor left on the copy,
/// removes it, and marks the document `data-app="ready"` (which also ends public/early.js; the
/// build's snapshot and the browser tests wait for it). The app's page is built right after
/// this call; focus and the search dialog are handed over once it is in the document.
pub fn take_over() {
    let doc = document();
    if let Some(copy) = doc.get_element_by_id(ID) {
        let early = read(&copy);
        FILTERS_OPEN.with(|c| c.set(early.filters_open));
        copy.remove();
        if early.focus.is_some() || early.search.is_some() {
            set_timeout(move || adopt(early), Duration::ZERO);
        }
    }
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

fn read(copy: &Element) -> Early {
    let find = |selector: &str| copy.query_selector(selector).ok().flatten();
    let focus = document()
        .active_element()
        .filter(|el| copy.contains(Some(el)))
        .and_then(|el| selector_of(&el));
    let search = find("dialog.search-dialog[open] #search-input")
        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value());
    let filters_open = find(".filters-toggle[aria-expanded=true]").is_some();
    Early {
        focus,
        search,
        filters_open,
    }
}

/// The same control in the app's page: by id, or a facet button by its facet and value.
fn selector_of(el: &Element) -> Option<String> {
    let id = el.id();
    if !id.is_empty() {
        return Some(format!("#{id}"));
    }
    let facet = el.get_attribute("data-facet")?;
    let value = el.get_attribute("data-value")?;
    Some(format!(
        "button[data-facet=\"{facet}\"][data-value=\"{value}\"]"
    ))
}

fn adopt(early: Early) {
    let doc = document();
    let html = |selector: &str| {
        doc.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    };
    if let Some(text) = early.search {
        // Through the app's own button and field, so its dialog and query are as if opened and
        // typed into: the button opens the dialog and focuses the field; the input event sets
        // the query.
        if let Some(button) = html("header .search-button") {
            button.click();
        }
        if let Some(input) = html("#search-input").and_then(|e| e.dyn_into().ok()) {
            set_value_at_end(&input, &text);
        }
    } else if let Some(el) = early.focus.as_deref().and_then(html) {
        let _ = el.focus();
        if let Ok(input) = el.dyn_into::<HtmlInputElement>() {
            // The app wrote the same text from the URL; the caret goes back to its end.
            let end = input.value().encode_utf16().count() as u32;
            let _ = input.set_selection_range(end, end);
        }
    }
}

fn set_value_at_end(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
        let _ = input.dispatch_event(&event);
    }
    let end = text.encode_utf16().count() as u32;
    let _ = input.set_selection_range(end, end);
}
