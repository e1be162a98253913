//! The path the running app is served under ("" at the root, "/nexus" under a sub-path): the
//! one source for the router, every link and every asset URL. In the browser it is read from the
//! page — the `<base href>` trunk writes from `--public-url`, or an embedding host's `data-base`;
//! the native render (`render.rs`) sets the same value from the bundle's `index.html`. Either way
//! it is shaped by nexus-core's base rules, so the build setting is the only one.

use nexus_core::base::{join, normalize};
use std::cell::RefCell;

thread_local! {
    /// The base of the page being rendered natively (there is no page to read it from).
    static RENDERING: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Sets the base for the native render of the routes that follow on this thread.
pub fn set_for_render(base: &str) {
    RENDERING.with(|b| *b.borrow_mut() = Some(normalize(base)));
}

/// The directory of an absolute URL, as a base (`https://h/nexus/x.js` → `/nexus`).
fn directory_of(url: &str) -> Option<String> {
    web_sys::Url::new(url)
        .ok()
        .map(|u| normalize(&u.pathname()))
}

/// The router base of the running page: the `data-base` of the host page's `<div id="nexus">`
/// when the app is embedded, else the directory of `<base href>` (the document URL without one).
pub fn current() -> String {
    if let Some(base) = RENDERING.with(|b| b.borrow().clone()) {
        return base;
    }
    thread_local! {
        static BASE: String = {
            let doc = crate::browser::window().and_then(|w| w.document());
            let embedded = doc
                .as_ref()
                .and_then(|d| d.get_element_by_id("nexus"))
                .and_then(|e| e.get_attribute("data-base"));
            match embedded {
                Some(base) => normalize(&format!("{}/", base.trim_end_matches('/'))),
                None => doc
                    .and_then(|d| d.base_uri().ok().flatten())
                    .and_then(|uri| directory_of(&uri))
                    .unwrap_or_default(),
            }
        };
    }
    BASE.with(Clone::clone)
}

/// An app path with the base in front, for links and navigation.
pub fn href(path: &str) -> String {
    join(&current(), path)
}

/// The URL of a file of the bundle (e.g. `portfolio.json`): beside the app's own JavaScript,
/// found through the `<link rel="nexus-app">` that names it (Trunk.toml's `pattern_preload`), so
/// an embedding host page needs no setting.
pub fn asset(file: &str) -> String {
    use wasm_bindgen::JsCast;
    let bundle = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(r#"link[rel="nexus-app"]"#).ok().flatten())
        .and_then(|link| link.dyn_into::<web_sys::HtmlLinkElement>().ok())
        // `href` as a property is absolute: resolved against the document's base.
        .and_then(|link| directory_of(&link.href()));
    join(&bundle.unwrap_or_else(current), file)
}
