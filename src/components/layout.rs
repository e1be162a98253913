//! The page frame: skip link, header with the sections' navigation, search and theme, the main
//! landmark, the footer; and where focus goes after a navigation.

use crate::base;
use crate::components::{print_link_urls, Search, ThemeSwitch};
use crate::context::use_loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use nexus_core::routes;
use wasm_bindgen::JsCast;

/// Skip link, header with navigation, the main landmark and the footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let loaded = use_loaded();
    focus_heading_on_navigation();
    print_link_urls();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
        <header class="site-header">
            <div class="wrap header-inner">
                <NavLink href=base::href("/") exact=true>
                    <span class="brand">"Nexus"</span>
                </NavLink>
                <nav aria-label="Sections">
                    <ul class="nav-list">
                        {move || nav_items(loaded)}
                    </ul>
                </nav>
                <div class="header-tools">
                    <Search />
                    <ThemeSwitch />
                </div>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="wrap">
                "Built with Rust, Leptos and WebAssembly. "
                <NavLink href=base::href(&routes::import_path())>"Make yours from your README"</NavLink>
            </div>
        </footer>
    }
}

/// A header or footer link, marked `aria-current="page"` while its page is shown (unless `exact`,
/// also a page under it: "Technologies" on a technology's page). A plain `<a>`, which the router
/// handles like any link: leptos_router's `<A>` would also resolve the href against the current
/// route, which these absolute links do not need (−1.6 KB brotli of wasm, BENCHMARKS.md).
#[component]
fn NavLink(href: String, #[prop(optional)] exact: bool, children: Children) -> impl IntoView {
    let location = use_location();
    let link = href.clone();
    let current = move || {
        location
            .pathname
            .with(|path| nexus_core::base::is_current(&link, path, exact))
            .then_some("page")
    };
    view! { <a href=href aria-current=current>{children()}</a> }
}

/// A link per section the loaded content has items in (none before it has loaded: the page
/// frame then shows its loading state or the prerendered copy).
fn nav_items(loaded: Option<Signal<Option<crate::context::Content>>>) -> impl IntoView {
    let content = loaded.and_then(|l| l.get());
    content.map(|c| {
        let p = c.portfolio();
        routes::present(&p)
            .map(|s| {
                let href = base::href(&s.section.list_path());
                view! { <li><NavLink href=href>{s.label}</NavLink></li> }
            })
            .collect_view()
    })
}

/// The skip link moves focus to `<main>` itself: with `<base href>` set, "#main" resolves to the
/// base URL (the overview), and the router would navigate there instead of to the landmark.
/// The listener is on the link itself, so it runs (and cancels the default) before the router's
/// click handler on the window.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

/// After a client-side navigation, focus moves to where the visitor is going, so screen readers
/// announce it and keyboard users continue from there: the element the URL's `#fragment` names
/// (a practice opened from search), scrolled into view and marked as the target, else the new
/// page's heading. Filter changes keep the path and the focus.
fn focus_heading_on_navigation() {
    let location = use_location();
    Effect::watch(
        move || (location.pathname.get(), location.hash.get()),
        |_, _, _| request_animation_frame(focus_destination),
        false,
    );
}

/// Focuses (focusable by script only, not in the tab order) the URL's target or the `h1`.
fn focus_destination() {
    let doc = document();
    let hash = window().location().hash().unwrap_or_default();
    let target = hash
        .strip_prefix('#')
        .filter(|id| !id.is_empty())
        .and_then(|id| doc.get_element_by_id(id))
        .filter(|el| el.closest("main").ok().flatten().is_some());
    if let Ok(Some(old)) = doc.query_selector("main [data-target]") {
        let _ = old.remove_attribute("data-target");
    }
    let element = match &target {
        Some(el) => {
            let _ = el.set_attribute("data-target", "");
            Some(el.clone())
        }
        None => doc.query_selector("main h1").ok().flatten(),
    };
    let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let _ = element.set_attribute("tabindex", "-1");
    let _ = element.focus();
    if target.is_some() {
        element.scroll_into_view();
    }
}
