//! `/`: the overview.

use crate::base;
use crate::components::{Blocks, PageHead, PrintPortfolioButton, Program, RichText};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::routes;

/// The title, the overview text and the program, then a summary of every section the content
/// has, each item linked to its page.
#[component]
pub fn Overview() -> impl IntoView {
    let p = use_portfolio();
    let sections = routes::present(&p)
        .map(|s| {
            let items = s
                .section
                .entries(&p)
                .into_iter()
                .map(|e| {
                    let href = base::href(&s.section.item_path(e.id));
                    let text = e
                        .text
                        .map(|t| view! { ": " <RichText text=t.to_string() /> });
                    view! { <li><a href=href>{e.name.to_string()}</a>{text}</li> }
                })
                .collect_view();
            view! {
                <OverviewSection
                    title=s.section.title(&p).to_string()
                    href=base::href(&s.section.list_path())
                    link=s.all
                >
                    <ul class="summary-list">{items}</ul>
                </OverviewSection>
            }
        })
        .collect_view();
    view! {
        <PageHead page=routes::overview(&p) />
        <section class="hero" aria-labelledby="page-title">
            <h1 id="page-title">{p.title.clone()}</h1>
            <Blocks blocks=p.overview.clone() class="lead" />
            <Program program=p.program.clone() />
            <p class="hero-actions"><PrintPortfolioButton /></p>
        </section>
        <div class="overview-grid">{sections}</div>
        <Blocks blocks=p.closing.clone() class="closing" id=routes::CLOSING />
    }
}

#[component]
fn OverviewSection(
    title: String,
    href: String,
    link: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="overview-section">
            <h2>{title}</h2>
            {children()}
            <p class="more"><a href=href>{link}</a></p>
        </section>
    }
}
