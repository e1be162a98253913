use crate::base;
use crate::components::{technology_tags, Card, CopyLink, PageHead, RichText, TagList};
use crate::routes;
use crate::use_portfolio;
use leptos::prelude::*;

/// `/concepts`: the backend concepts with their details.
#[component]
pub fn Concepts() -> impl IntoView {
    let p = use_portfolio();
    let section = p.sections.concepts.clone();
    let cards = p
        .concepts
        .iter()
        .map(|c| {
            let technologies = technology_tags(&p, &c.technologies);
            let summary = c.summary.clone();
            let (path, name) = (routes::concept(c).path, c.name.clone());
            view! {
                <li>
                    <Card href=base::href(&format!("/concepts/{}", c.id)) title=c.name.clone()>
                        <p><RichText text=summary /></p>
                        <TagList label="Technologies" tags=technologies />
                        <p class="share"><CopyLink path what=name /></p>
                    </Card>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHead page=routes::concepts(&p) />
        <h1>{section.title}</h1>
        {section.intro.map(|i| view! { <p class="intro"><RichText text=i /></p> })}
        <ul class="results">{cards}</ul>
    }
}
