//! Printing: the overview's "Print portfolio" (opens the print view, then the dialog), the
//! print view's button, and the link addresses printed pages show.

use crate::base;
use crate::context::use_print_request;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use nexus_core::routes;
use wasm_bindgen::JsCast;

/// The overview's action: opens the print view and, once it is shown, the print dialog.
#[component]
pub fn PrintPortfolioButton() -> impl IntoView {
    let request = use_print_request();
    let navigate = use_navigate();
    let print = move |_| {
        if let Some(flag) = request {
            flag.set(true);
        }
        navigate(
            &base::href(&routes::print_path()),
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
    };
    view! {
        <button type="button" class="button print-button" on:click=print>
            "Print portfolio"
        </button>
    }
}

/// Prints the current page.
#[component]
pub fn PrintNowButton() -> impl IntoView {
    view! {
        <button type="button" class="button print-button" on:click=move |_| print_page()>
            "Print or save as PDF"
        </button>
    }
}

/// For the print view: writes the link URLs once it has rendered, then opens the print dialog
/// if "Print portfolio" asked for it.
pub fn prepare_print_view() {
    let request = use_print_request().filter(|flag| flag.get_untracked());
    request_animation_frame(move || {
        mark_link_urls();
        if let Some(flag) = request {
            flag.set(false);
            print_page();
        }
    });
}

fn print_page() {
    mark_link_urls();
    let _ = window().print();
}

/// Printed links show their address (print.css): external ones from `href`, the app's own from
/// `data-print-url`, the absolute URL set here, before any print (Ctrl+P included).
pub fn print_link_urls() {
    let handle = window_event_listener_untyped("beforeprint", |_| mark_link_urls());
    on_cleanup(move || handle.remove());
}

fn mark_link_urls() {
    let Ok(links) = document().query_selector_all("main a[href]") else {
        return;
    };
    for i in 0..links.length() {
        let Some(a) = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            continue;
        };
        let raw = a.get_attribute("href").unwrap_or_default();
        if !raw.contains(':') {
            let _ = a.set_attribute("data-print-url", &a.href());
        }
    }
}
