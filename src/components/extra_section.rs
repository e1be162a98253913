//! One of the content's further sections (Collaboration, Next steps…): its paragraphs and
//! lists in order, anchored by its id.

use crate::components::block_views;
use leptos::prelude::*;
use nexus_core::content::Extra;

#[component]
pub fn ExtraSection(
    extra: Extra,
    /// Inside another section (the print view): an `h3` rather than an `h2`.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let heading = format!("{}-title", extra.id);
    let labelled_by = heading.clone();
    view! {
        <section class="extra" id=extra.id aria-labelledby=labelled_by>
            {if nested {
                view! { <h3 id=heading>{extra.title}</h3> }.into_any()
            } else {
                view! { <h2 id=heading>{extra.title}</h2> }.into_any()
            }}
            {block_views(extra.blocks)}
        </section>
    }
}
