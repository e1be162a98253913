//! Filtering a list: which items match a state, and the count each facet button shows.

use super::{FilterState, List};
use crate::text;
use std::collections::{BTreeMap, BTreeSet};

/// The result of filtering: which items match and the count for every facet value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filtered {
    /// Indices of matching items, in list order.
    pub matches: Vec<usize>,
    counts: BTreeMap<&'static str, BTreeMap<String, usize>>,
}

impl Filtered {
    /// How many items would match with `value` added to its facet's selection.
    pub fn count(&self, facet: &str, value: &str) -> usize {
        self.counts
            .get(facet)
            .and_then(|c| c.get(value))
            .copied()
            .unwrap_or(0)
    }
}

/// Filters `items` (the list's items of some content) by `state`.
pub fn apply<T>(items: &[T], list: &List<T>, state: &FilterState) -> Filtered {
    let terms = text::terms(&state.text);
    let mut out = Filtered::default();
    for f in list.facets {
        out.counts.insert(f.key, BTreeMap::new());
    }
    for (index, item) in items.iter().enumerate() {
        if !text::matches_all(&(list.text)(item), &terms) {
            continue;
        }
        let values: Vec<Vec<&str>> = list.facets.iter().map(|f| (f.values)(item)).collect();
        let passes: Vec<bool> = list
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
        for (i, f) in list.facets.iter().enumerate() {
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
