use crate::base;
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
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
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
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="wrap">"Built with Rust, Leptos and WebAssembly."</div>
        </footer>
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
