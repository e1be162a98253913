//! `/print`: the whole portfolio as one printable document.

use crate::base;
use crate::components::{
    concept_tags, prepare_print_view, technology_tags, Blocks, ExtraSection, Paragraph,
    PrintNowButton, Program, RichText, TagList,
};
use crate::context::use_portfolio;
use leptos::prelude::*;
use leptos_meta::Title;
use nexus_core::content::Portfolio;
use nexus_core::routes::{self, Section};

/// The whole portfolio on one page, as a document to print or save as PDF: every section the
/// content has, in the order of the navigation. "Print portfolio" on the overview opens it and
/// the print dialog.
#[component]
pub fn PrintView() -> impl IntoView {
    let p = use_portfolio();
    prepare_print_view();
    let sections = routes::present(&p)
        .map(|s| {
            let intro = s.section.intro(&p).map(str::to_string);
            view! {
                <section class="print-section">
                    <h2>{s.section.title(&p).to_string()}</h2>
                    <Paragraph text=intro class="intro" />
                    {items(&p, s.section)}
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
            <Blocks blocks=p.overview.clone() class="lead" />
            <Program program=p.program.clone() />
            {sections}
            <Blocks blocks=p.closing.clone() class="closing" />
        </article>
    }
}

/// One printed item: its name (a link to its page, if it has one) and what follows.
fn item(href: Option<String>, name: String, body: AnyView) -> impl IntoView {
    let title = match href {
        Some(href) => view! { <a href=href>{name}</a> }.into_any(),
        None => name.into_any(),
    };
    view! {
        <section class="print-item">
            <h3>{title}</h3>
            {body}
        </section>
    }
}

/// The printed items of one section.
fn items(p: &Portfolio, section: Section) -> AnyView {
    let link = |id: &str| Some(base::href(&section.item_path(id)));
    match section {
        Section::Technologies => p
            .technologies
            .iter()
            .map(|t| {
                let category = p.category(&t.category).map(|c| c.name.clone());
                let body = view! {
                    {category.map(|c| view! { <p class="badge">{c}</p> })}
                    <Paragraph text=t.summary.clone() />
                };
                item(link(&t.id), t.name.clone(), body.into_any())
            })
            .collect_view()
            .into_any(),
        Section::Concepts => p
            .concepts
            .iter()
            .map(|c| {
                let body = view! {
                    <Paragraph text=c.summary.clone() />
                    {(!c.details.is_empty()).then(|| view! {
                        <ul class="details">
                            {c.details.iter().map(|d| view! { <li><RichText text=d.clone() /></li> }).collect_view()}
                        </ul>
                    })}
                    <TagList label="Technologies" tags=technology_tags(p, &c.technologies) />
                };
                item(link(&c.id), c.name.clone(), body.into_any())
            })
            .collect_view()
            .into_any(),
        Section::Challenges => p
            .challenges
            .iter()
            .map(|c| {
                let body = view! {
                    <Paragraph text=c.challenge.clone() label="Challenge: " />
                    <Paragraph text=c.solution.clone() label="Solution: " />
                    <TagList label="Technologies" tags=technology_tags(p, &c.technologies) />
                    <TagList label="Concepts" tags=concept_tags(p, &c.concepts) />
                };
                item(link(&c.id), c.title.clone(), body.into_any())
            })
            .collect_view()
            .into_any(),
        Section::Practices => p
            .practices
            .iter()
            .map(|x| {
                let body = view! { <Paragraph text=x.summary.clone() /> };
                item(None, x.name.clone(), body.into_any())
            })
            .collect_view()
            .into_any(),
        Section::Projects => p
            .projects
            .iter()
            .map(|x| {
                let body = view! {
                    <Paragraph text=x.summary.clone() />
                    <TagList label="Technologies" tags=technology_tags(p, &x.technologies) />
                };
                item(link(&x.id), x.name.clone(), body.into_any())
            })
            .collect_view()
            .into_any(),
        Section::About => p
            .extra
            .iter()
            .map(|x| view! { <ExtraSection extra=x.clone() nested=true /> })
            .collect_view()
            .into_any(),
    }
}
