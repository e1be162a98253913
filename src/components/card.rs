use leptos::prelude::*;
use leptos_router::components::A;

/// One item of a list: a linked heading, an optional badge, and a body.
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
                    <A href=href>{title}</A>
                </h2>
                {badge.map(|b| view! { <span class="badge">{b}</span> })}
            </header>
            <div class="card-body">{children()}</div>
        </article>
    }
}
