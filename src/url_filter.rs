//! Binds a list's filter state to the URL query: the URL is the single source of truth, so a
//! copied link, a reload and back/forward all show the same view.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use nexus_core::content::Portfolio;
use nexus_core::filter::{AnyList, FilterState};
use std::sync::Arc;

/// How a change reaches the history: typing replaces the entry, a click pushes one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum History {
    Push,
    Replace,
}

#[derive(Clone, Copy)]
pub struct UrlFilter {
    pub state: Memo<FilterState>,
    set: Callback<(FilterState, History)>,
}

impl UrlFilter {
    pub fn set(&self, state: FilterState, history: History) {
        self.set.run((state, history));
    }

    /// Applies `change` to the current state and writes the result to the URL.
    pub fn update(&self, history: History, change: impl FnOnce(&mut FilterState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        self.set(next, history);
    }
}

pub fn use_url_filter(list: &'static dyn AnyList, portfolio: Arc<Portfolio>) -> UrlFilter {
    let location = use_location();
    let state = Memo::new(move |_| {
        location
            .search
            .with(|search| list.decode(&portfolio, search))
    });
    let navigate = use_navigate();
    let set = Callback::new(move |(next, history): (FilterState, History)| {
        let url = format!(
            "{}{}",
            location.pathname.get_untracked(),
            list.encode(&next)
        );
        // `resolve: false`: the path already holds the base; resolving would add it twice.
        navigate(
            &url,
            NavigateOptions {
                resolve: false,
                replace: history == History::Replace,
                scroll: false,
                ..Default::default()
            },
        );
    });
    UrlFilter { state, set }
}
