//! An item's further-reading links.

use leptos::prelude::*;
use nexus_core::content::Link;

/// The content's further-reading links as plain `<a href>`s with text labels; renders nothing
/// when empty. The validator admits only http, https and mailto URLs.
#[component]
pub fn LinkList(
    links: Vec<Link>,
    /// The list's label; "Further reading" unless given.
    #[prop(optional)]
    label: Option<&'static str>,
) -> impl IntoView {
    (!links.is_empty()).then(|| {
        view! {
            <div class="tags links">
                <span class="tags-label">{label.unwrap_or("Further reading")}</span>
                <ul class="tag-list">
                    {links
                        .into_iter()
                        .map(|l| view! { <li><a href=l.url rel="external">{l.label}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
