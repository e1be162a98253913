//! Pure: the two filterable lists — what they search, which facets they offer, and the choices
//! each facet shows. The UI renders both from these definitions with one generic component.

use crate::content::{Challenge, Portfolio, Technology};
use crate::facets::{Facet, FilterSpec};

/// One button of a facet group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

pub struct List<T: 'static> {
    pub spec: FilterSpec<T>,
    /// Visible label of each facet group, in `spec.facets` order.
    pub labels: &'static [&'static str],
    /// The choices of a facet, in the content's order.
    pub choices: fn(&Portfolio, &str) -> Vec<Choice>,
    pub items: fn(&Portfolio) -> &[T],
    /// Plural noun for counts: "Showing 2 of 6 technologies".
    pub noun: &'static str,
}

impl<T> List<T> {
    pub fn facet_keys(&self) -> Vec<&'static str> {
        self.spec.facets.iter().map(|f| f.key).collect()
    }

    /// Whether `value` is a real choice of `facet` in this content (junk in URLs is not).
    pub fn is_known(&self, p: &Portfolio, facet: &str, value: &str) -> bool {
        (self.choices)(p, facet).iter().any(|c| c.id == value)
    }
}

fn choice(id: &str, label: &str) -> Choice {
    Choice {
        id: id.to_string(),
        label: label.to_string(),
    }
}

pub static TECHNOLOGIES: List<Technology> = List {
    spec: FilterSpec {
        text: |t| vec![t.name.as_str(), t.summary.as_str()],
        facets: &[Facet {
            key: "category",
            values: |t| vec![t.category.as_str()],
        }],
    },
    labels: &["Category"],
    choices: |p, facet| match facet {
        "category" => p
            .categories
            .iter()
            .map(|c| choice(&c.id, &c.name))
            .collect(),
        _ => Vec::new(),
    },
    items: |p| &p.technologies,
    noun: "technologies",
};

pub static CHALLENGES: List<Challenge> = List {
    spec: FilterSpec {
        text: |c| vec![c.title.as_str(), c.challenge.as_str(), c.solution.as_str()],
        facets: &[
            Facet {
                key: "tech",
                values: |c| c.technologies.iter().map(String::as_str).collect(),
            },
            Facet {
                key: "concept",
                values: |c| c.concepts.iter().map(String::as_str).collect(),
            },
        ],
    },
    labels: &["Technology", "Concept"],
    choices: |p, facet| match facet {
        "tech" => p
            .technologies
            .iter()
            .map(|t| choice(&t.id, &t.name))
            .collect(),
        "concept" => p.concepts.iter().map(|c| choice(&c.id, &c.name)).collect(),
        _ => Vec::new(),
    },
    items: |p| &p.challenges,
    noun: "challenges",
};
