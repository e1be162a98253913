//! How a list is filtered, as data: what its text box searches and which facets it offers. Each
//! facet is one definition — key, label, the values an item carries, the choices the content
//! offers — so nothing is looked up by a key string that could be misspelt.

use crate::content::Portfolio;

/// One button of a facet group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// A way to group items, e.g. technologies by category.
pub struct Facet<T> {
    /// The URL parameter, e.g. `category`.
    pub key: &'static str,
    /// The visible name of the group, e.g. "Category".
    pub label: &'static str,
    /// The ids an item carries for this facet.
    pub values: fn(&T) -> Vec<&str>,
    /// The buttons the content offers, in the content's order.
    pub choices: fn(&Portfolio) -> Vec<Choice>,
}

impl<T> Facet<T> {
    /// Whether `value` is one of the content's choices (junk in a URL is not).
    pub fn is_known(&self, p: &Portfolio, value: &str) -> bool {
        (self.choices)(p).iter().any(|c| c.id == value)
    }
}

/// A filterable list: its items, what the text box searches, the facets it offers.
pub struct List<T: 'static> {
    pub items: fn(&Portfolio) -> &[T],
    /// The fields the text box searches.
    pub text: fn(&T) -> Vec<&str>,
    pub facets: &'static [Facet<T>],
    /// Plural noun for counts: "Showing 2 of 6 technologies".
    pub noun: &'static str,
}

impl<T> List<T> {
    /// The facet with this URL key.
    pub fn facet(&self, key: &str) -> Option<&Facet<T>> {
        self.facets.iter().find(|f| f.key == key)
    }

    /// The URL keys of the facets, in display order.
    pub fn facet_keys(&self) -> Vec<&'static str> {
        self.facets.iter().map(|f| f.key).collect()
    }

    /// Reads a query string into a state, keeping only values the content knows.
    pub fn decode(&self, p: &Portfolio, query: &str) -> super::FilterState {
        super::query::decode(query, &self.facet_keys(), |key, value| {
            self.facet(key).is_some_and(|f| f.is_known(p, value))
        })
    }

    /// The query string of a state (`""` when empty).
    pub fn encode(&self, state: &super::FilterState) -> String {
        super::query::encode(state, &self.facet_keys())
    }
}

/// A facet group as a list component shows it: URL key, visible label, the content's choices.
pub type FacetChoices = (&'static str, &'static str, Vec<Choice>);

/// A list seen without its item type. The web app's list component takes this, so its code is
/// compiled once for every list instead of once per item type (a smaller wasm).
pub trait AnyList: Sync {
    /// Plural noun for counts.
    fn noun(&self) -> &'static str;
    /// How many items the content has in this list.
    fn len(&self, p: &Portfolio) -> usize;
    /// Reads a query string into a state (see [`List::decode`]).
    fn decode(&self, p: &Portfolio, query: &str) -> super::FilterState;
    /// The query string of a state (see [`List::encode`]).
    fn encode(&self, state: &super::FilterState) -> String;
    /// Filters the content's items by `state`.
    fn apply(&self, p: &Portfolio, state: &super::FilterState) -> super::Filtered;
    /// Every facet group with the content's choices, in display order.
    fn facet_choices(&self, p: &Portfolio) -> Vec<FacetChoices>;
}

impl<T> AnyList for List<T> {
    fn noun(&self) -> &'static str {
        self.noun
    }
    fn len(&self, p: &Portfolio) -> usize {
        (self.items)(p).len()
    }
    fn decode(&self, p: &Portfolio, query: &str) -> super::FilterState {
        List::decode(self, p, query)
    }
    fn encode(&self, state: &super::FilterState) -> String {
        List::encode(self, state)
    }
    fn apply(&self, p: &Portfolio, state: &super::FilterState) -> super::Filtered {
        super::apply((self.items)(p), self, state)
    }
    fn facet_choices(&self, p: &Portfolio) -> Vec<FacetChoices> {
        self.facets
            .iter()
            .map(|f| (f.key, f.label, (f.choices)(p)))
            .collect()
    }
}
