//! `/technologies`: the filterable list of technologies.

use crate::base;
use crate::components::{Card, FilteredList, PageHead, RichText};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::filter::lists::TECHNOLOGIES;
use nexus_core::routes::{self, Section};

/// `/technologies`: every technology, filterable by text and category.
#[component]
pub fn Technologies() -> impl IntoView {
    let p = use_portfolio();
    let section = Section::Technologies.text(&p).clone();
    let categories = p.clone();
    view! {
        <PageHead page=routes::list(&p, Section::Technologies) />
        <h1>{section.title}</h1>
        {section.intro.map(|i| view! { <p class="intro"><RichText text=i /></p> })}
        <FilteredList
            list=&TECHNOLOGIES
            render=move |t| {
                let badge = categories.category(&t.category).map(|c| c.name.clone());
                let summary = t.summary.clone();
                view! {
                    <Card href=base::href(&Section::Technologies.item_path(&t.id)) title=t.name.clone() badge=badge.unwrap_or_default()>
                        <p><RichText text=summary /></p>
                    </Card>
                }
            }
        />
    }
}
