//! `/challenges`: the filterable list of challenges.

use crate::base;
use crate::components::{
    concept_tags, technology_tags, Card, CopyLink, FilteredList, PageHead, RichText, TagList,
};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::filter::lists::CHALLENGES;
use nexus_core::routes::{self, Section};

/// `/challenges`: every challenge with its solution, filterable by text, technology, concept.
#[component]
pub fn Challenges() -> impl IntoView {
    let p = use_portfolio();
    let section = Section::Challenges.text(&p).clone();
    let content = p.clone();
    view! {
        <PageHead page=routes::list(&p, Section::Challenges) />
        <h1>{section.title}</h1>
        {section.intro.map(|i| view! { <p class="intro"><RichText text=i /></p> })}
        <FilteredList
            list=&CHALLENGES
            render=move |c| {
                let technologies = technology_tags(&content, &c.technologies);
                let concepts = concept_tags(&content, &c.concepts);
                let (challenge, solution) = (c.challenge.clone(), c.solution.clone());
                let path = Section::Challenges.item_path(&c.id);
                let (share, title) = (path.clone(), c.title.clone());
                view! {
                    <Card href=base::href(&path) title=c.title.clone()>
                        <p><strong>"Challenge: "</strong><RichText text=challenge /></p>
                        <p><strong>"Solution: "</strong><RichText text=solution /></p>
                        <TagList label="Technologies" tags=technologies />
                        <TagList label="Concepts" tags=concepts />
                        <p class="share"><CopyLink path=share what=title /></p>
                    </Card>
                }
            }
        />
    }
}
