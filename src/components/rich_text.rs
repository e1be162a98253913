//! Content text with its inline markup, as text nodes only.

use leptos::prelude::*;
use nexus_core::content::inline::{spans, Span};

/// Content text with its `code` and **strong** spans; always text nodes, never HTML.
#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    spans(&text)
        .into_iter()
        .map(|span| match span {
            Span::Text(t) => t.to_string().into_any(),
            Span::Code(t) => view! { <code>{t.to_string()}</code> }.into_any(),
            Span::Strong(t) => view! { <strong>{t.to_string()}</strong> }.into_any(),
        })
        .collect_view()
}
