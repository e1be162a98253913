//! The head of a section's list page: document title, heading and lead-in.

use crate::components::{PageHead, RichText};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::routes::{self, Section};

#[component]
pub fn SectionHead(section: Section) -> impl IntoView {
    let p = use_portfolio();
    let intro = section.intro(&p).map(str::to_string);
    view! {
        <PageHead page=routes::list(&p, section) />
        <h1>{section.title(&p).to_string()}</h1>
        {intro.map(|i| view! { <p class="intro"><RichText text=i /></p> })}
    }
}
