//! `/projects`: the filterable list of projects.

use crate::base;
use crate::components::{technology_tags, Card, FilteredList, Paragraph, SectionHead, TagList};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::filter::lists::PROJECTS;
use nexus_core::routes::Section;

/// What was built, filterable by text and technology.
#[component]
pub fn Projects() -> impl IntoView {
    let p = use_portfolio();
    let rows = (PROJECTS.items)(&p)
        .iter()
        .map(|x| {
            let technologies = technology_tags(&p, &x.technologies);
            let summary = x.summary.clone();
            view! {
                <Card href=base::href(&Section::Projects.item_path(&x.id)) title=x.name.clone()>
                    <Paragraph text=summary />
                    <TagList label="Technologies" tags=technologies />
                </Card>
            }
            .into_any()
        })
        .collect::<Vec<_>>();
    view! {
        <SectionHead section=Section::Projects />
        <FilteredList list=&PROJECTS rows />
    }
}
