//! `/about`: the content's further sections (Collaboration, Next steps, Contact…), each an
//! anchor (`/about#id`).

use crate::components::{ExtraSection, SectionHead};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::routes::Section;

#[component]
pub fn About() -> impl IntoView {
    let p = use_portfolio();
    let sections = p
        .extra
        .iter()
        .map(|x| view! { <ExtraSection extra=x.clone() /> })
        .collect_view();
    view! {
        <SectionHead section=Section::About />
        {sections}
    }
}
