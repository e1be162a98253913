//! `/concepts`: the list of concepts.

use crate::base;
use crate::components::{technology_tags, Card, CopyLink, Paragraph, SectionHead, TagList};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::routes::Section;

/// The backend concepts, each with its technologies and a link to its page.
#[component]
pub fn Concepts() -> impl IntoView {
    let p = use_portfolio();
    let cards = p
        .concepts
        .iter()
        .map(|c| {
            let technologies = technology_tags(&p, &c.technologies);
            let path = Section::Concepts.item_path(&c.id);
            let (share, name) = (path.clone(), c.name.clone());
            let summary = c.summary.clone();
            view! {
                <li>
                    <Card href=base::href(&path) title=c.name.clone()>
                        <Paragraph text=summary />
                        <TagList label="Technologies" tags=technologies />
                        <p class="share"><CopyLink path=share what=name /></p>
                    </Card>
                </li>
            }
        })
        .collect_view();
    view! {
        <SectionHead section=Section::Concepts />
        <ul class="results">{cards}</ul>
    }
}
