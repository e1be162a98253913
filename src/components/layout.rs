use crate::base;
use crate::components::{print_link_urls, Search, ThemeSwitch};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

const SECTIONS: [(&str, &str); 4] = [
    ("/technologies", "Technologies"),
    ("/concepts", "Concepts"),
    ("/challenges", "Challenges"),
    ("/practices", "Practices"),
];

/// Skip link, header with navigation, the main landmark and the footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    focus_heading_on_navigation();
    print_link_urls();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
        <header class="site-header">
            <div class="wrap header-inner">
                <A href=base::href("/") exact=true>
                    <span class="brand">"Nexus"</span>
                </A>
                <nav aria-label="Sections">
                    <ul class="nav-list">
                        {SECTIONS
                            .into_iter()
                            .map(|(path, label)| view! { <li><A href=base::href(path)>{label}</A></li> })
                            .collect_view()}
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
            <div class="wrap">"Built with Rust, Leptos and WebAssembly."</div>
        </footer>
    }
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

/// After a client-side navigation, focus moves to the new page's heading so screen readers
/// announce it and keyboard users start from the top (filter changes keep the path and focus).
fn focus_heading_on_navigation() {
    let pathname = use_location().pathname;
    Effect::watch(
        move || pathname.get(),
        |_, _, _| {
            request_animation_frame(|| {
                let heading = document()
                    .query_selector("main h1")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(h) = heading {
                    // Focusable by script only, not in the tab order.
                    let _ = h.set_attribute("tabindex", "-1");
                    let _ = h.focus();
                }
            });
        },
        false,
    );
}
