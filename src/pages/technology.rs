//! `/technologies/:id`: one technology page.

use crate::base;
use crate::components::{
    challenge_tags, concept_tags, project_tags, CopyLink, LinkList, Missing, PageHead, Paragraph,
    TagList,
};
use crate::context::use_portfolio;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use nexus_core::filter::lists::{CATEGORY, TECHNOLOGIES};
use nexus_core::filter::FilterState;
use nexus_core::routes::{self, Section};

/// One technology, its category (a link to the list filtered by it), and the concepts,
/// challenges and projects that involve it.
#[component]
pub fn Technology() -> impl IntoView {
    let p = use_portfolio();
    let params = use_params_map();
    move || {
        let id = params.read().get("id").unwrap_or_default();
        let Some(t) = p.technology(&id) else {
            return view! { <Missing what=format!("technology “{id}”") /> }.into_any();
        };
        let category = p
            .category(&t.category)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let concepts = concept_tags(&p, p.concepts_with_technology(&t.id).map(|c| &c.id));
        let challenges = challenge_tags(p.challenges_with_technology(&t.id));
        let projects = project_tags(p.projects_with_technology(&t.id));
        let list = Section::Technologies.list_path();
        let mut filter = FilterState::default();
        filter.toggle(CATEGORY.key, &t.category);
        let in_category = TECHNOLOGIES.encode(&filter);
        view! {
            <PageHead page=routes::technology(t) />
            <article class="detail">
                <p class="breadcrumb"><a href=base::href(&list)>{Section::Technologies.label()}</a></p>
                <h1>{t.name.clone()}</h1>
                <p class="share"><CopyLink path=routes::technology(t).path what=t.name.clone() /></p>
                <p>
                    <a href=base::href(&format!("{list}{in_category}"))>
                        <span class="badge">{category}</span>
                    </a>
                </p>
                <Paragraph text=t.summary.clone() class="lead" />
                <TagList label="Concepts involving it" tags=concepts />
                <TagList label="Challenges involving it" tags=challenges />
                <TagList label="Projects using it" tags=projects />
                <LinkList links=t.links.clone() />
            </article>
        }
        .into_any()
    }
}
