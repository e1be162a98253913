//! A paragraph of content text that the content may leave out (a summary, a solution).

use crate::components::RichText;
use leptos::prelude::*;

/// `<p class=…>` with the text, or nothing when there is none.
#[component]
pub fn Paragraph(
    text: Option<String>,
    #[prop(optional)] class: &'static str,
    /// Bold words before the text ("Solution: ").
    #[prop(optional)]
    label: &'static str,
) -> impl IntoView {
    text.map(|text| {
        view! {
            <p class=class>
                {(!label.is_empty()).then(|| view! { <strong>{label}</strong> })}
                <RichText text />
            </p>
        }
    })
}
