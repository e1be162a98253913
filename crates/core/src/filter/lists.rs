//! The filterable lists: technologies (by category), challenges (by technology and concept) and
//! projects (by technology).
//! The web app renders both with one generic component from these definitions.

use super::{Choice, Facet, List};
use crate::content::{Challenge, Project, Technology};

fn choice(id: &str, label: &str) -> Choice {
    Choice {
        id: id.to_string(),
        label: label.to_string(),
    }
}

pub static TECHNOLOGIES: List<Technology> = List {
    items: |p| &p.technologies,
    text: |t| {
        [Some(t.name.as_str()), t.summary.as_deref()]
            .into_iter()
            .flatten()
            .collect()
    },
    facets: &[CATEGORY],
    noun: "technologies",
};

/// Technologies by category; also the facet the technology page links into.
pub const CATEGORY: Facet<Technology> = Facet {
    key: "category",
    label: "Category",
    values: |t| vec![t.category.as_str()],
    choices: |p| {
        p.categories
            .iter()
            .map(|c| choice(&c.id, &c.name))
            .collect()
    },
};

pub static CHALLENGES: List<Challenge> = List {
    items: |p| &p.challenges,
    text: |c| {
        [
            Some(c.title.as_str()),
            Some(c.challenge.as_str()),
            c.solution.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect()
    },
    facets: &[
        Facet {
            key: "tech",
            label: "Technology",
            values: |c| c.technologies.iter().map(String::as_str).collect(),
            choices: |p| {
                p.technologies
                    .iter()
                    .map(|t| choice(&t.id, &t.name))
                    .collect()
            },
        },
        Facet {
            key: "concept",
            label: "Concept",
            values: |c| c.concepts.iter().map(String::as_str).collect(),
            choices: |p| p.concepts.iter().map(|c| choice(&c.id, &c.name)).collect(),
        },
    ],
    noun: "challenges",
};

pub static PROJECTS: List<Project> = List {
    items: |p| &p.projects,
    text: |x| {
        [Some(x.name.as_str()), x.summary.as_deref()]
            .into_iter()
            .flatten()
            .collect()
    },
    facets: &[Facet {
        key: "tech",
        label: "Technology",
        values: |x| x.technologies.iter().map(String::as_str).collect(),
        choices: |p| {
            p.technologies
                .iter()
                .map(|t| choice(&t.id, &t.name))
                .collect()
        },
    }],
    noun: "projects",
};
