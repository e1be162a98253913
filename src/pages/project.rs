//! `/projects/:id`: one project page.

use crate::base;
use crate::components::{
    challenge_tags, concept_tags, technology_tags, CopyLink, LinkList, Missing, PageHead,
    Paragraph, TagList,
};
use crate::context::use_portfolio;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use nexus_core::routes::{self, Section};

/// One project: what it is, its links, and the technologies, concepts and challenges of it.
#[component]
pub fn Project() -> impl IntoView {
    let p = use_portfolio();
    let params = use_params_map();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        let Some(x) = p.project(&id) else {
            return view! { <Missing what=format!("project “{id}”") /> }.into_any();
        };
        let technologies = technology_tags(&p, &x.technologies);
        let concepts = concept_tags(&p, &x.concepts);
        let challenges = challenge_tags(x.challenges.iter().filter_map(|c| p.challenge(c)));
        view! {
            <PageHead page=routes::project(x) />
            <article class="detail">
                <p class="breadcrumb"><a href=base::href(&Section::Projects.list_path())>{Section::Projects.label()}</a></p>
                <h1>{x.name.clone()}</h1>
                <p class="share"><CopyLink path=routes::project(x).path what=x.name.clone() /></p>
                <Paragraph text=x.summary.clone() class="lead" />
                <TagList label="Technologies" tags=technologies />
                <TagList label="Concepts" tags=concepts />
                <TagList label="Challenges met" tags=challenges />
                <LinkList links=x.links.clone() label="Links" />
            </article>
        }
        .into_any()
    }
}
