//! `/practices`: the practices, each an anchor (`/practices#id`), and the closing statement.

use crate::components::LinkList;
use crate::components::{PageHead, RichText};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::routes::{self, Section};

/// `/practices`: best practices and personal takeaways, then the closing statement.
#[component]
pub fn Practices() -> impl IntoView {
    let p = use_portfolio();
    let section = Section::Practices.text(&p).clone();
    let items = p
        .practices
        .iter()
        .map(|x| {
            view! {
                <li class="card" id=x.id.clone()>
                    <h2 class="card-title">{x.name.clone()}</h2>
                    <p><RichText text=x.summary.clone() /></p>
                    <LinkList links=x.links.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <PageHead page=routes::list(&p, Section::Practices) />
        <h1>{section.title}</h1>
        {section.intro.map(|i| view! { <p class="intro"><RichText text=i /></p> })}
        <ul class="results">{items}</ul>
        <p class="closing"><RichText text=p.closing.clone() /></p>
    }
}
