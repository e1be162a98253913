//! Related items as a labelled list of links, and the builders for each kind of item.

use crate::base;
use leptos::prelude::*;
use nexus_core::content::{Challenge, Portfolio, Project};
use nexus_core::routes::Section;

/// A link to a related item.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub href: String,
    pub label: String,
}

/// Related items as a labelled list of links (plain `<a>`, see `Card`); renders nothing when empty.
#[component]
pub fn TagList(#[prop(into)] label: String, tags: Vec<Tag>) -> impl IntoView {
    (!tags.is_empty()).then(|| {
        view! {
            <div class="tags">
                <span class="tags-label">{label}</span>
                <ul class="tag-list">
                    {tags
                        .into_iter()
                        .map(|t| view! { <li><a href=t.href>{t.label}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// Tags linking to the technologies with these ids (unknown ids are skipped).
pub fn technology_tags<'a>(p: &Portfolio, ids: impl IntoIterator<Item = &'a String>) -> Vec<Tag> {
    ids.into_iter()
        .filter_map(|id| p.technology(id))
        .map(|t| tag(Section::Technologies, &t.id, &t.name))
        .collect()
}

/// Tags linking to the concepts with these ids (unknown ids are skipped).
pub fn concept_tags<'a>(p: &Portfolio, ids: impl IntoIterator<Item = &'a String>) -> Vec<Tag> {
    ids.into_iter()
        .filter_map(|id| p.concept(id))
        .map(|c| tag(Section::Concepts, &c.id, &c.name))
        .collect()
}

/// Tags linking to these challenges.
pub fn challenge_tags<'a>(challenges: impl IntoIterator<Item = &'a Challenge>) -> Vec<Tag> {
    challenges
        .into_iter()
        .map(|c| tag(Section::Challenges, &c.id, &c.title))
        .collect()
}

/// Tags linking to these projects.
pub fn project_tags<'a>(projects: impl IntoIterator<Item = &'a Project>) -> Vec<Tag> {
    projects
        .into_iter()
        .map(|x| tag(Section::Projects, &x.id, &x.name))
        .collect()
}

fn tag(section: Section, id: &str, label: &str) -> Tag {
    Tag {
        href: base::href(&section.item_path(id)),
        label: label.to_string(),
    }
}
