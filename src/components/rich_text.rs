//! Content text with its inline markup, as elements and text nodes only (never HTML).

use leptos::prelude::*;
use nexus_core::content::inline::{spans, Span};

/// Content text with its `code`, **strong**, _emphasis_ and [links](https://…).
#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    spans(&text)
        .into_iter()
        .map(|span| match span {
            Span::Text(t) => t.to_string().into_any(),
            Span::Code(t) => view! { <code>{t.to_string()}</code> }.into_any(),
            Span::Strong(t) => view! { <strong>{t.to_string()}</strong> }.into_any(),
            Span::Emphasis(t) => view! { <em>{t.to_string()}</em> }.into_any(),
            Span::Link { label, url } => {
                view! { <a href=url.to_string() rel="external">{label.to_string()}</a> }.into_any()
            }
        })
        .collect_view()
}
