//! `/challenges`: the filterable list of challenges.

use crate::base;
use crate::components::{
    concept_tags, technology_tags, Card, CopyLink, FilteredList, Paragraph, SectionHead, TagList,
};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::filter::lists::CHALLENGES;
use nexus_core::routes::Section;

/// Every challenge with its solution (if it has one), filterable by text, technology, concept.
#[component]
pub fn Challenges() -> impl IntoView {
    let p = use_portfolio();
    let rows = (CHALLENGES.items)(&p)
        .iter()
        .map(|c| {
            let technologies = technology_tags(&p, &c.technologies);
            let concepts = concept_tags(&p, &c.concepts);
            let path = Section::Challenges.item_path(&c.id);
            let (share, title) = (path.clone(), c.title.clone());
            let (challenge, solution) = (c.challenge.clone(), c.solution.clone());
            view! {
                <Card href=base::href(&path) title=c.title.clone()>
                    <Paragraph text=challenge label="Challenge: " />
                    <Paragraph text=solution label="Solution: " />
                    <TagList label="Technologies" tags=technologies />
                    <TagList label="Concepts" tags=concepts />
                    <p class="share"><CopyLink path=share what=title /></p>
                </Card>
            }
            .into_any()
        })
        .collect::<Vec<_>>();
    view! {
        <SectionHead section=Section::Challenges />
        <FilteredList list=&CHALLENGES rows />
    }
}
