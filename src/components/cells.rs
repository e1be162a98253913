//! Many values that change together but mostly stay the same: each facet button's count and
//! pressed state (1,040 buttons with a generated portfolio). Each element reads its own signal,
//! and `set_all` writes only the signals whose value changed, so a filter change runs the effects
//! of the buttons that changed instead of one effect per button (each re-run effect re-subscribes
//! to what it reads, at a cost that grows with that source's subscriber count).

use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
pub struct Cells<T: Send + Sync + 'static>(Arc<Vec<RwSignal<T>>>);

impl<T: PartialEq + Send + Sync + 'static> Cells<T> {
    pub fn new(values: impl IntoIterator<Item = T>) -> Self {
        Self(Arc::new(values.into_iter().map(RwSignal::new).collect()))
    }

    /// The signal of one element.
    pub fn get(&self, index: usize) -> RwSignal<T> {
        self.0[index]
    }

    /// Sets every value, in order; unchanged values notify nobody.
    pub fn set_all(&self, values: impl IntoIterator<Item = T>) {
        for (cell, value) in self.0.iter().zip(values) {
            if cell.with_untracked(|old| *old != value) {
                cell.set(value);
            }
        }
    }
}
