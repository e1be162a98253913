use crate::content::inline::{spans, Span};
use leptos::prelude::*;

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
