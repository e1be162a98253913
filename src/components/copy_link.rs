//! "Copy link": copies an item's address and says so in a live region.

use crate::base;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use wasm_bindgen_futures::JsFuture;

/// How long the live region stays empty before the new message: a region whose text does not
/// change is not read again, and one emptied and refilled in the same frame may not be either.
const ANNOUNCE_GAP: Duration = Duration::from_millis(100);

/// A button that copies the absolute URL of an app path (e.g. `/challenges/<id>`) and says so in
/// a polite live region next to it, every time it is pressed.
#[component]
pub fn CopyLink(
    /// App path without the base.
    #[prop(into)]
    path: String,
    /// What the link is to, for the button's accessible name: "Copy link to …".
    #[prop(into)]
    what: String,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let copy = move |_| {
        let url = absolute(&path);
        status.set(String::new());
        spawn_local(async move {
            let promise = window().navigator().clipboard().write_text(&url);
            let message = match JsFuture::from(promise).await {
                Ok(_) => "Link copied".to_string(),
                Err(_) => format!("Could not copy; the link is {url}"),
            };
            set_timeout(move || status.set(message), ANNOUNCE_GAP);
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" class="button copy-link-button" on:click=copy>
                "Copy link"
                <span class="visually-hidden">" to " {what}</span>
            </button>
            <span class="copy-link-status" role="status">
                // None rather than "": the native render writes an empty text as a space.
                {move || status.with(|s| (!s.is_empty()).then(|| s.clone()))}
            </span>
        </span>
    }
}

/// The address of an app path on this site: origin, base and path.
fn absolute(path: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}", base::href(path))
}
