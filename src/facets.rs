//! Pure: one facet + text filter for every list (technologies, challenges, …).
//!
//! Within a facet, selected values combine with OR (Language *or* DevOps); across facets and the
//! text box they combine with AND. Counts are disjunctive, as in good faceted search: a value's
//! count is how many items would match if that value were added to its facet's selection.

use std::collections::{BTreeMap, BTreeSet};

/// A way to group items, e.g. technologies by `category`. The key is also the URL parameter.
pub struct Facet<T> {
    pub key: &'static str,
    /// The ids an item carries for this facet.
    pub values: fn(&T) -> Vec<&str>,
}

/// How a list is filtered: the text fields searched and the facets offered.
pub struct FilterSpec<T: 'static> {
    pub text: fn(&T) -> Vec<&str>,
    pub facets: &'static [Facet<T>],
}

/// What the visitor asked for. Decoded from and encoded to the URL by `query`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterState {
    /// The text box exactly as typed (not trimmed, so typing a space is not undone).
    pub text: String,
    /// Selected ids per facet key; a facet with nothing selected is absent.
    pub selected: BTreeMap<String, BTreeSet<String>>,
}

impl FilterState {
    pub fn is_selected(&self, facet: &str, value: &str) -> bool {
        self.selected.get(facet).is_some_and(|s| s.contains(value))
    }

    /// Adds the value to the facet's selection, or removes it when present.
    pub fn toggle(&mut self, facet: &str, value: &str) {
        let set = self.selected.entry(facet.to_string()).or_default();
        if !set.remove(value) {
            set.insert(value.to_string());
        }
        if set.is_empty() {
            self.selected.remove(facet);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.selected.is_empty()
    }
}

/// The result of filtering: which items match and the count for every facet value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filtered {
    /// Indices of matching items, in list order.
    pub matches: Vec<usize>,
    counts: BTreeMap<&'static str, BTreeMap<String, usize>>,
}

impl Filtered {
    pub fn count(&self, facet: &str, value: &str) -> usize {
        self.counts
            .get(facet)
            .and_then(|c| c.get(value))
            .copied()
            .unwrap_or(0)
    }
}

/// Lowercased search terms; every term must occur in some text field.
fn terms(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_lowercase).collect()
}

fn text_matches(fields: &[&str], terms: &[String]) -> bool {
    if terms.is_empty() {
        return true;
    }
    let haystack: Vec<String> = fields.iter().map(|f| f.to_lowercase()).collect();
    terms
        .iter()
        .all(|t| haystack.iter().any(|h| h.contains(t.as_str())))
}

pub fn apply<T>(items: &[T], spec: &FilterSpec<T>, state: &FilterState) -> Filtered {
    let terms = terms(&state.text);
    let mut out = Filtered::default();
    for f in spec.facets {
        out.counts.insert(f.key, BTreeMap::new());
    }
    for (index, item) in items.iter().enumerate() {
        if !text_matches(&(spec.text)(item), &terms) {
            continue;
        }
        let values: Vec<Vec<&str>> = spec.facets.iter().map(|f| (f.values)(item)).collect();
        let passes: Vec<bool> = spec
            .facets
            .iter()
            .zip(&values)
            .map(|(f, vals)| match state.selected.get(f.key) {
                Some(sel) if !sel.is_empty() => vals.iter().any(|v| sel.contains(*v)),
                _ => true,
            })
            .collect();
        let failing = passes.iter().filter(|p| !**p).count();
        if failing == 0 {
            out.matches.push(index);
        }
        for (i, f) in spec.facets.iter().enumerate() {
            // Counted when every *other* facet passes.
            if failing == 0 || (failing == 1 && !passes[i]) {
                let counts = out.counts.get_mut(f.key).expect("inserted above");
                let distinct: BTreeSet<&str> = values[i].iter().copied().collect();
                for v in distinct {
                    *counts.entry(v.to_string()).or_default() += 1;
                }
            }
        }
    }
    out
}
