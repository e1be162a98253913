//! The not-found message for an unknown path or id.

use crate::base;
use crate::components::PageHead;
use leptos::prelude::*;
use nexus_core::routes;

/// "Not found" for an unknown route or an id the content does not have.
#[component]
pub fn Missing(
    /// What was asked for, e.g. "technology \"rust\"".
    #[prop(into)]
    what: String,
) -> impl IntoView {
    view! {
        <PageHead page=routes::not_found() />
        <section class="not-found" aria-labelledby="page-title">
            <h1 id="page-title">"Page not found"</h1>
            <p>"There is no " {what} " in this portfolio."</p>
            <p>
                <a href=base::href("/")>"Go to the overview"</a>
            </p>
        </section>
    }
}
