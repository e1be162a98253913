//! The filterable lists: technologies (by category), challenges (by technology and concept) and
//! projects (by technology). The web app renders them all with one generic component from these
//! definitions.

use super::{Choice, Facet, List};
use crate::content::{Challenge, Portfolio, Project, Technology};

fn choice(id: &str, label: &str) -> Choice {
    Choice {
        id: id.to_string(),
        label: label.to_string(),
    }
}

/// The fields a text box searches, those the item has.
fn texts<const N: usize>(fields: [Option<&str>; N]) -> Vec<&str> {
    fields.into_iter().flatten().collect()
}

/// Referenced ids as a facet's values.
fn ids(refs: &[String]) -> Vec<&str> {
    refs.iter().map(String::as_str).collect()
}

/// The content's technologies as the choices of a "Technology" facet.
fn technology_choices(p: &Portfolio) -> Vec<Choice> {
    p.technologies
        .iter()
        .map(|t| choice(&t.id, &t.name))
        .collect()
}

pub static TECHNOLOGIES: List<Technology> = List {
    items: |p| &p.technologies,
    text: |t| texts([Some(&t.name), t.summary.as_deref()]),
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
        texts([
            Some(&c.title),
            c.challenge.as_deref(),
            c.solution.as_deref(),
        ])
    },
    facets: &[
        Facet {
            key: "tech",
            label: "Technology",
            values: |c| ids(&c.technologies),
            choices: technology_choices,
        },
        Facet {
            key: "concept",
            label: "Concept",
            values: |c| ids(&c.concepts),
            choices: |p| p.concepts.iter().map(|c| choice(&c.id, &c.name)).collect(),
        },
    ],
    noun: "challenges",
};

pub static PROJECTS: List<Project> = List {
    items: |p| &p.projects,
    text: |x| texts([Some(&x.name), x.summary.as_deref()]),
    facets: &[Facet {
        key: "tech",
        label: "Technology",
        values: |x| ids(&x.technologies),
        choices: technology_choices,
    }],
    noun: "projects",
};
