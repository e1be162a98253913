//! `/concepts`: the list of concepts.

use crate::base;
use crate::components::{technology_tags, Card, CopyLink, PageHead, RichText, TagList};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::routes::{self, Section};

/// `/concepts`: the backend concepts with their details.
#[component]
pub fn Concepts() -> impl IntoView {
    let p = use_portfolio();
    let section = Section::Concepts.text(&p).clone();
    let cards = p
        .concepts
        .iter()
        .map(|c| {
            let technologies = technology_tags(&p, &c.technologies);
            let summary = c.summary.clone();
            let path = Section::Concepts.item_path(&c.id);
            let (share, name) = (path.clone(), c.name.clone());
            view! {
                <li>
                    <Card href=base::href(&path) title=c.name.clone()>
                        <p><RichText text=summary /></p>
                        <TagList label="Technologies" tags=technologies />
                        <p class="share"><CopyLink path=share what=name /></p>
                    </Card>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHead page=routes::list(&p, Section::Concepts) />
        <h1>{section.title}</h1>
        {section.intro.map(|i| view! { <p class="intro"><RichText text=i /></p> })}
        <ul class="results">{cards}</ul>
    }
}
