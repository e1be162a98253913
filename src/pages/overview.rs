use crate::base;
use crate::components::{PageHead, PrintPortfolioButton, RichText};
use crate::routes;
use crate::use_portfolio;
use leptos::prelude::*;

/// `/`: the overview, the program, and a summary of every section with links.
#[component]
pub fn Overview() -> impl IntoView {
    let p = use_portfolio();
    let s = &p.sections;
    let entries = |prefix: &str, items: Vec<(&str, &str, &str)>| {
        items
            .into_iter()
            .map(|(id, name, summary)| {
                let (href, name, summary) = (
                    base::href(&format!("{prefix}/{id}")),
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
        "/technologies",
        p.technologies
            .iter()
            .map(|t| (t.id.as_str(), t.name.as_str(), t.summary.as_str()))
            .collect(),
    );
    let concepts = entries(
        "/concepts",
        p.concepts
            .iter()
            .map(|c| (c.id.as_str(), c.name.as_str(), c.summary.as_str()))
            .collect(),
    );
    let challenges = entries(
        "/challenges",
        p.challenges
            .iter()
            .map(|c| (c.id.as_str(), c.title.as_str(), c.challenge.as_str()))
            .collect(),
    );
    let practices = p
        .practices
        .iter()
        .map(|x| view! { <li><strong>{x.name.clone()}</strong>": "<RichText text=x.summary.clone() /></li> })
        .collect_view();

    view! {
        <PageHead page=routes::overview(&p) />
        <section class="hero" aria-labelledby="page-title">
            <h1 id="page-title">{p.title.clone()}</h1>
            <p class="lead"><RichText text=p.overview.clone() /></p>
            <p class="program">"Program: " {p.program.clone()}</p>
            <p class="hero-actions"><PrintPortfolioButton /></p>
        </section>
        <div class="overview-grid">
            <OverviewSection title=s.technologies.title.clone() href=base::href("/technologies") link="All technologies">
                <ul class="summary-list">{technologies}</ul>
            </OverviewSection>
            <OverviewSection title=s.concepts.title.clone() href=base::href("/concepts") link="All concepts">
                <ul class="summary-list">{concepts}</ul>
            </OverviewSection>
            <OverviewSection title=s.challenges.title.clone() href=base::href("/challenges") link="All challenges and solutions">
                <ul class="summary-list">{challenges}</ul>
            </OverviewSection>
            <OverviewSection title=s.practices.title.clone() href=base::href("/practices") link="All practices">
                <ul class="summary-list">{practices}</ul>
            </OverviewSection>
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
