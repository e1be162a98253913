//! `/print`: the whole portfolio as one printable document.

use crate::base;
use crate::components::{
    concept_tags, prepare_print_view, technology_tags, PrintNowButton, RichText, TagList,
};
use crate::context::use_portfolio;
use leptos::prelude::*;
use leptos_meta::Title;
use nexus_core::routes::{self, Section};

/// `/print`: the whole portfolio on one page, as a document to print or save as PDF.
/// "Print portfolio" on the overview opens it and the print dialog.
#[component]
pub fn PrintView() -> impl IntoView {
    let p = use_portfolio();
    prepare_print_view();
    let intro = |i: Option<String>| i.map(|i| view! { <p class="intro"><RichText text=i /></p> });
    let technologies = p
        .technologies
        .iter()
        .map(|t| {
            let category = p.category(&t.category).map(|c| c.name.clone());
            let (href, name) = (base::href(&routes::technology(t).path), t.name.clone());
            view! {
                <section class="print-item">
                    <h3><a href=href>{name}</a></h3>
                    {category.map(|c| view! { <p class="badge">{c}</p> })}
                    <p><RichText text=t.summary.clone() /></p>
                </section>
            }
        })
        .collect_view();
    let concepts = p
        .concepts
        .iter()
        .map(|c| {
            let technologies = technology_tags(&p, &c.technologies);
            let (href, name) = (base::href(&routes::concept(c).path), c.name.clone());
            view! {
                <section class="print-item">
                    <h3><a href=href>{name}</a></h3>
                    <p><RichText text=c.summary.clone() /></p>
                    {(!c.details.is_empty()).then(|| view! {
                        <ul class="details">
                            {c.details.iter().map(|d| view! { <li><RichText text=d.clone() /></li> }).collect_view()}
                        </ul>
                    })}
                    <TagList label="Technologies" tags=technologies />
                </section>
            }
        })
        .collect_view();
    let challenges = p
        .challenges
        .iter()
        .map(|c| {
            let technologies = technology_tags(&p, &c.technologies);
            let concepts = concept_tags(&p, &c.concepts);
            let (href, title) = (base::href(&routes::challenge(c).path), c.title.clone());
            view! {
                <section class="print-item">
                    <h3><a href=href>{title}</a></h3>
                    <p><strong>"Challenge: "</strong><RichText text=c.challenge.clone() /></p>
                    <p><strong>"Solution: "</strong><RichText text=c.solution.clone() /></p>
                    <TagList label="Technologies" tags=technologies />
                    <TagList label="Concepts" tags=concepts />
                </section>
            }
        })
        .collect_view();
    let practices = p
        .practices
        .iter()
        .map(|x| {
            view! {
                <section class="print-item" id=x.id.clone()>
                    <h3>{x.name.clone()}</h3>
                    <p><RichText text=x.summary.clone() /></p>
                </section>
            }
        })
        .collect_view();

    view! {
        <Title text=format!("{} (print)", p.title) />
        <div class="print-toolbar">
            <p>"The whole portfolio on one page, ready to print or save as PDF."</p>
            <PrintNowButton />
            <a href=base::href("/")>"Back to the overview"</a>
        </div>
        <article class="print-view">
            <h1>{p.title.clone()}</h1>
            <p class="lead"><RichText text=p.overview.clone() /></p>
            <p class="program">"Program: " {p.program.clone()}</p>
            <section class="print-section">
                <h2>{Section::Technologies.text(&p).title.clone()}</h2>
                {intro(Section::Technologies.text(&p).intro.clone())}
                {technologies}
            </section>
            <section class="print-section">
                <h2>{Section::Concepts.text(&p).title.clone()}</h2>
                {intro(Section::Concepts.text(&p).intro.clone())}
                {concepts}
            </section>
            <section class="print-section">
                <h2>{Section::Challenges.text(&p).title.clone()}</h2>
                {intro(Section::Challenges.text(&p).intro.clone())}
                {challenges}
            </section>
            <section class="print-section">
                <h2>{Section::Practices.text(&p).title.clone()}</h2>
                {intro(Section::Practices.text(&p).intro.clone())}
                {practices}
            </section>
            <p class="closing"><RichText text=p.closing.clone() /></p>
        </article>
    }
}
