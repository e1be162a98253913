//! One item of a list: linked heading, badge, body.

use leptos::prelude::*;

/// One item of a list: a linked heading, an optional badge, and a body.
/// Links in content are plain `<a>`: the router intercepts their clicks all the same, while its
/// `<A>` subscribes every link to the location (for `aria-current`), which at 1,000 cards made
/// each filter change cost tens of ms in subscriber bookkeeping (BENCHMARKS.md). Only the site
/// navigation uses `<A>`.
#[component]
pub fn Card(
    /// Detail page of the item, base included.
    href: String,
    #[prop(into)] title: String,
    #[prop(optional, into)] badge: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <article class="card">
            <header class="card-head">
                <h2 class="card-title">
                    <a href=href>{title}</a>
                </h2>
                {badge.map(|b| view! { <span class="badge">{b}</span> })}
            </header>
            <div class="card-body">{children()}</div>
        </article>
    }
}
