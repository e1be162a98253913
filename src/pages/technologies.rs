//! `/technologies`: the filterable list of technologies.

use crate::base;
use crate::components::{Card, FilteredList, Paragraph, SectionHead};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::filter::lists::TECHNOLOGIES;
use nexus_core::routes::Section;

/// Every technology, filterable by text and category.
#[component]
pub fn Technologies() -> impl IntoView {
    let p = use_portfolio();
    let rows = (TECHNOLOGIES.items)(&p)
        .iter()
        .map(|t| {
            let badge = p.category(&t.category).map(|c| c.name.clone());
            let summary = t.summary.clone();
            view! {
                <Card href=base::href(&Section::Technologies.item_path(&t.id)) title=t.name.clone() badge=badge.unwrap_or_default()>
                    <Paragraph text=summary />
                </Card>
            }
            .into_any()
        })
        .collect::<Vec<_>>();
    view! {
        <SectionHead section=Section::Technologies />
        <FilteredList list=&TECHNOLOGIES rows />
    }
}
