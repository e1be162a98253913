//! `/practices`: the practices, each an anchor (`/practices#id`), and the closing statement.

use crate::components::{Blocks, LinkList, Paragraph, SectionHead};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::routes::Section;

/// Best practices and personal takeaways, then the closing statement.
#[component]
pub fn Practices() -> impl IntoView {
    let p = use_portfolio();
    let items = p
        .practices
        .iter()
        .map(|x| {
            view! {
                <li class="card" id=x.id.clone()>
                    <h2 class="card-title">{x.name.clone()}</h2>
                    <Paragraph text=x.summary.clone() />
                    <LinkList links=x.links.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <SectionHead section=Section::Practices />
        <ul class="results">{items}</ul>
        <Blocks blocks=p.closing.clone() class="closing" />
    }
}
