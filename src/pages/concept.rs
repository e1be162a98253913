//! `/concepts/:id`: one concept page.

use crate::base;
use crate::components::{
    challenge_tags, technology_tags, CopyLink, LinkList, Missing, PageHead, Paragraph, RichText,
    TagList,
};
use crate::context::use_portfolio;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use nexus_core::routes::{self, Section};

/// One concept, its details, technologies and the challenges that involve it.
#[component]
pub fn Concept() -> impl IntoView {
    let p = use_portfolio();
    let params = use_params_map();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        let Some(c) = p.concept(&id) else {
            return view! { <Missing what=format!("concept “{id}”") /> }.into_any();
        };
        let technologies = technology_tags(&p, &c.technologies);
        let challenges = challenge_tags(p.challenges_with_concept(&c.id));
        view! {
            <PageHead page=routes::concept(c) />
            <article class="detail">
                <p class="breadcrumb"><a href=base::href(&Section::Concepts.list_path())>{Section::Concepts.label()}</a></p>
                <h1>{c.name.clone()}</h1>
                <p class="share"><CopyLink path=routes::concept(c).path what=c.name.clone() /></p>
                <Paragraph text=c.summary.clone() class="lead" />
                {(!c.details.is_empty()).then(|| view! {
                    <h2>"Details"</h2>
                    <ul class="details">
                        {c.details.iter().map(|d| view! { <li><RichText text=d.clone() /></li> }).collect_view()}
                    </ul>
                })}
                <TagList label="Technologies" tags=technologies />
                <TagList label="Challenges involving it" tags=challenges />
                <LinkList links=c.links.clone() />
            </article>
        }
        .into_any()
    }
}
