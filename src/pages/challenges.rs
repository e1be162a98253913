use crate::base;
use crate::components::{
    concept_tags, technology_tags, Card, CopyLink, FilteredList, PageHead, RichText, TagList,
};
use crate::lists::CHALLENGES;
use crate::routes;
use crate::use_portfolio;
use leptos::prelude::*;

/// `/challenges`: every challenge with its solution, filterable by text, technology, concept.
#[component]
pub fn Challenges() -> impl IntoView {
    let p = use_portfolio();
    let section = p.sections.challenges.clone();
    let content = p.clone();
    view! {
        <PageHead page=routes::challenges(&p) />
        <h1>{section.title}</h1>
        {section.intro.map(|i| view! { <p class="intro"><RichText text=i /></p> })}
        <FilteredList
            list=&CHALLENGES
            render=move |c| {
                let technologies = technology_tags(&content, &c.technologies);
                let concepts = concept_tags(&content, &c.concepts);
                let (challenge, solution) = (c.challenge.clone(), c.solution.clone());
                let (path, title) = (routes::challenge(c).path, c.title.clone());
                view! {
                    <Card href=base::href(&format!("/challenges/{}", c.id)) title=c.title.clone()>
                        <p><strong>"Challenge: "</strong><RichText text=challenge /></p>
                        <p><strong>"Solution: "</strong><RichText text=solution /></p>
                        <TagList label="Technologies" tags=technologies />
                        <TagList label="Concepts" tags=concepts />
                        <p class="share"><CopyLink path what=title /></p>
                    </Card>
                }
            }
        />
    }
}
