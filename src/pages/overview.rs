//! `/`: the overview.

use crate::base;
use crate::components::{PageHead, PrintPortfolioButton, RichText};
use crate::context::use_portfolio;
use leptos::prelude::*;
use nexus_core::routes::{self, Section};

/// `/`: the overview, the program, and a summary of every section with links.
#[component]
pub fn Overview() -> impl IntoView {
    let p = use_portfolio();
    let entries = |section: Section, items: Vec<(&str, &str, &str)>| {
        items
            .into_iter()
            .map(|(id, name, summary)| {
                let (href, name, summary) = (
                    base::href(&section.item_path(id)),
                    name.to_string(),
                    summary.to_string(),
                );
                view! {
                    <li>
                        <a href=href>{name}</a>
                        ": "
                        <RichText text=summary />
                    </li>
                }
            })
            .collect_view()
    };
    let technologies = entries(
        Section::Technologies,
        p.technologies
            .iter()
            .map(|t| (t.id.as_str(), t.name.as_str(), t.summary.as_str()))
            .collect(),
    );
    let concepts = entries(
        Section::Concepts,
        p.concepts
            .iter()
            .map(|c| (c.id.as_str(), c.name.as_str(), c.summary.as_str()))
            .collect(),
    );
    let challenges = entries(
        Section::Challenges,
        p.challenges
            .iter()
            .map(|c| (c.id.as_str(), c.title.as_str(), c.challenge.as_str()))
            .collect(),
    );
    let practices = entries(
        Section::Practices,
        p.practices
            .iter()
            .map(|x| (x.id.as_str(), x.name.as_str(), x.summary.as_str()))
            .collect(),
    );
    let section = |s: Section, link: &'static str, items: AnyView| {
        view! {
            <OverviewSection title=s.text(&p).title.clone() href=base::href(&s.list_path()) link>
                <ul class="summary-list">{items}</ul>
            </OverviewSection>
        }
    };

    view! {
        <PageHead page=routes::overview(&p) />
        <section class="hero" aria-labelledby="page-title">
            <h1 id="page-title">{p.title.clone()}</h1>
            <p class="lead"><RichText text=p.overview.clone() /></p>
            <p class="program">"Program: " {p.program.clone()}</p>
            <p class="hero-actions"><PrintPortfolioButton /></p>
        </section>
        <div class="overview-grid">
            {section(Section::Technologies, "All technologies", technologies.into_any())}
            {section(Section::Concepts, "All concepts", concepts.into_any())}
            {section(Section::Challenges, "All challenges and solutions", challenges.into_any())}
            {section(Section::Practices, "All practices", practices.into_any())}
        </div>
        <p class="closing"><RichText text=p.closing.clone() /></p>
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
