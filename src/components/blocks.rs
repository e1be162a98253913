//! Paragraphs and lists in order: the overview, the closing and the further sections.

use crate::components::RichText;
use leptos::prelude::*;
use nexus_core::content::Block;

/// Each block as a `<p>` or a `<ul class="details">`.
pub fn block_views(blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|b| match b {
            Block::Text(t) => view! { <p><RichText text=t /></p> }.into_any(),
            Block::Items(items) => view! {
                <ul class="details">
                    {items.into_iter().map(|i| view! { <li><RichText text=i /></li> }).collect_view()}
                </ul>
            }
            .into_any(),
        })
        .collect_view()
}

/// The blocks in a `<div class=…>`, or nothing when there are none.
#[component]
pub fn Blocks(
    blocks: Vec<Block>,
    #[prop(optional)] class: &'static str,
    /// An anchor for links to it (`/#closing`).
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    (!blocks.is_empty()).then(|| view! { <div class=class id=id>{block_views(blocks)}</div> })
}
