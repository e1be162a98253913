//! What the visitor asked of a list: the text typed and the facet values pressed.

use std::collections::{BTreeMap, BTreeSet};

/// Decoded from and encoded to the URL by `query`; the URL is the one source of truth.
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

    /// Nothing typed (but blanks) and nothing pressed: the whole list shows.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.selected.is_empty()
    }
}
