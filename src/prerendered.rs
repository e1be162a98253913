//! The copy of the page that `make dist` wrote into the route's HTML file
//! (scripts/prerender-content.mjs): it shows the content before the app has loaded. The app
//! keeps it until it can show the same page itself, then takes its place in one go.

use leptos::prelude::document;

const ID: &str = "prerendered";

/// Whether this page came with a prerendered copy of its content.
pub fn present() -> bool {
    document().get_element_by_id(ID).is_some()
}

/// Called once the app shows content (or an error): removes the copy, and marks the document
/// `data-app="ready"` (the build's snapshot and the browser tests wait for it).
pub fn take_over() {
    let doc = document();
    if let Some(copy) = doc.get_element_by_id(ID) {
        copy.remove();
    }
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}
