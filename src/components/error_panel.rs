//! What the visitor sees when the portfolio cannot be shown: why, every problem, a retry.

use crate::load::LoadError;
use leptos::prelude::*;
use leptos_meta::Title;
use nexus_core::content::ContentError;
use nexus_core::routes::SITE_NAME;

/// Says why the portfolio could not be shown, lists every content problem, offers a retry.
#[component]
pub fn ErrorPanel(error: LoadError, retry: Callback<()>) -> impl IntoView {
    let problems = match &error {
        LoadError::Content {
            error: ContentError::Invalid(problems),
            ..
        } => problems.clone(),
        _ => Vec::new(),
    };
    view! {
        <Title text=format!("Could not load the portfolio · {SITE_NAME}") />
        <section class="error-panel" role="alert" aria-labelledby="page-title">
            <h1 id="page-title">"The portfolio could not be loaded"</h1>
            <p class="error-message">{error.to_string()}</p>
            {(!problems.is_empty()).then(|| view! {
                <ul class="problems">
                    {problems
                        .into_iter()
                        .map(|p| view! {
                            <li><code>{p.path}</code>": "{p.message}</li>
                        })
                        .collect_view()}
                </ul>
            })}
            <button type="button" class="button" on:click=move |_| retry.run(())>
                "Retry"
            </button>
        </section>
    }
}
