//! The loading state while the content is on its way.

use leptos::prelude::*;

/// Shown while `portfolio.json` is on its way.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            "Loading the portfolio…"
        </div>
    }
}
