//! `/challenges/:id`: one challenge page.

use crate::base;
use crate::components::{
    concept_tags, project_tags, technology_tags, CopyLink, LinkList, Missing, PageHead, RichText,
    TagList,
};
use crate::context::use_portfolio;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use nexus_core::routes::{self, Section};

/// One challenge, how it was solved (when it was), and what it involved.
#[component]
pub fn Challenge() -> impl IntoView {
    let p = use_portfolio();
    let params = use_params_map();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        let Some(c) = p.challenge(&id) else {
            return view! { <Missing what=format!("challenge “{id}”") /> }.into_any();
        };
        let technologies = technology_tags(&p, &c.technologies);
        let concepts = concept_tags(&p, &c.concepts);
        let projects = project_tags(p.projects_with_challenge(&c.id));
        view! {
            <PageHead page=routes::challenge(c) />
            <article class="detail">
                <p class="breadcrumb"><a href=base::href(&Section::Challenges.list_path())>{Section::Challenges.label()}</a></p>
                <h1>{c.title.clone()}</h1>
                <p class="share"><CopyLink path=routes::challenge(c).path what=c.title.clone() /></p>
                {c.challenge.clone().map(|t| view! {
                    <h2>"Challenge"</h2>
                    <p><RichText text=t /></p>
                })}
                {c.solution.clone().map(|s| view! {
                    <h2>"Solution"</h2>
                    <p><RichText text=s /></p>
                })}
                <TagList label="Technologies" tags=technologies />
                <TagList label="Concepts" tags=concepts />
                <TagList label="Projects" tags=projects />
                <LinkList links=c.links.clone() />
            </article>
        }
        .into_any()
    }
}
