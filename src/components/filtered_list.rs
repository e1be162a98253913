//! The list with a search box and facet buttons that both filterable lists are.

use super::cells::Cells;
use crate::context::use_portfolio;
use crate::prerendered;
use crate::url_filter::{use_url_filter, History};
use leptos::html::Ul;
use leptos::prelude::*;
use nexus_core::filter::{AnyList, FilterState, Filtered};

/// A list with a text box and facet toggles, its state in the URL. Every filterable list
/// (technologies, challenges, projects) is this one component with a different list definition,
/// taken without its item type so that its code is in the wasm once, not once per list.
#[component]
pub fn FilteredList(
    list: &'static dyn AnyList,
    /// One rendered item per item of the list, in the list's order.
    rows: Vec<AnyView>,
) -> impl IntoView {
    let portfolio = use_portfolio();
    let filter = use_url_filter(list, portfolio.clone());
    let filtered = Memo::new({
        let portfolio = portfolio.clone();
        move |_| filter.state.with(|s| list.apply(&portfolio, s))
    });
    let total = list.len(&portfolio);
    let noun = list.noun();
    let search_id = format!("{noun}-search");
    let shown = move || filtered.with(|f| f.matches.len());

    // Every facet button, in display order, and the signal its count and pressed state read.
    let facets = list.facet_choices(&portfolio);
    let buttons: Vec<(&'static str, String)> = facets
        .iter()
        .flat_map(|(key, _, choices)| choices.iter().map(|c| (*key, c.id.clone())))
        .collect();
    // Each button's (count, pressed) for a filter result and state.
    let states_of = move |f: &Filtered, s: &FilterState| {
        buttons
            .iter()
            .map(|(k, id)| (f.count(k, id), s.is_selected(k, id)))
            .collect::<Vec<_>>()
    };
    let rows_of = move |f: &Filtered| {
        let mut shown = vec![false; total];
        f.matches.iter().for_each(|&i| shown[i] = true);
        shown
    };
    let states =
        Cells::new(filtered.with_untracked(|f| filter.state.with_untracked(|s| states_of(f, s))));
    Effect::new({
        let states = states.clone();
        move |_| filtered.with(|f| filter.state.with(|s| states.set_all(states_of(f, s))))
    });

    // Every row is rendered once, in content order, and a filter change only flips `hidden` on
    // the rows whose visibility changed: nothing is rebuilt, and one effect serves all rows.
    // (An effect per row re-subscribes to the memo on every change, and reactive_graph removes
    // subscribers from an IndexSet in O(subscribers): 1,000 rows made each change O(n²).)
    let results = NodeRef::<Ul>::new();
    let initially_shown = filtered.with_untracked(rows_of);
    Effect::new({
        let initially_shown = initially_shown.clone();
        move |before: Option<Vec<bool>>| {
            let before = before.unwrap_or_else(|| initially_shown.clone());
            let Some(list) = results.get() else {
                return before;
            };
            let now = filtered.with(rows_of);
            let rows = list.children();
            for (index, (&shown, &was)) in now.iter().zip(&before).enumerate() {
                if shown != was {
                    if let Some(row) = rows.item(index as u32) {
                        let _ = row.toggle_attribute_with_force("hidden", !shown);
                    }
                }
            }
            now
        }
    });

    let mut index = 0;
    let groups = facets
        .into_iter()
        .map(|(key, label, choices)| {
            let heading_id = format!("{noun}-{key}-label");
            let labelled_by = heading_id.clone();
            let buttons = choices
                .into_iter()
                .map(|choice| {
                    let state = states.get(index);
                    index += 1;
                    let id = choice.id;
                    view! {
                        <li>
                            <button
                                type="button"
                                class="facet"
                                aria-pressed=move || state.get().1.to_string()
                                data-facet=key
                                data-value=id.clone()
                                on:click=move |_| filter.update(History::Push, |s| s.toggle(key, &id))
                            >
                                <span class="facet-label">{choice.label}</span>
                                <span class="facet-count">{move || state.get().0}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="facet-group" role="group" aria-labelledby=labelled_by>
                    <span class="facet-group-label" id=heading_id>{label}</span>
                    <ul class="facet-list">{buttons}</ul>
                </div>
            }
        })
        .collect_view();

    let clear = move |_| filter.set(Default::default(), History::Push);
    let is_clear = move || filter.state.with(|s| s.is_empty());
    // On a phone the facets sit behind this disclosure (style/components.css hides the panel
    // while it is collapsed; on wider screens the button is hidden and the panel always shows),
    // so the search box and the first results fit the first screen. It starts as the visitor
    // left the prerendered copy's button (public/early.js keeps that one working).
    let expanded = RwSignal::new(prerendered::early().filters_open);
    let active = move || {
        filter
            .state
            .with(|s| s.selected.values().map(|v| v.len()).sum::<usize>())
    };
    let panel_id = format!("{noun}-facets");
    let rows = rows
        .into_iter()
        .zip(initially_shown)
        .map(|(row, shown)| view! { <li class="result" hidden=!shown>{row}</li> })
        .collect_view();

    view! {
        <div class="filters" role="search" aria-label=format!("Filter {noun}")>
            <div class="search-field">
                <label for=search_id.clone()>{format!("Search {noun}")}</label>
                <input
                    id=search_id
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || filter.state.with(|s| s.text.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        filter.update(History::Replace, |s| s.text = text);
                    }
                />
            </div>
            <button
                type="button"
                class="button filters-toggle"
                aria-expanded=move || expanded.get().to_string()
                aria-controls=panel_id.clone()
                on:click=move |_| expanded.update(|open| *open = !*open)
            >
                "Filters"
                // None rather than "": the native render writes an empty text as a space.
                <span class="filters-active">
                    {move || match active() {
                        0 => None,
                        n => Some(format!(" · {n} active")),
                    }}
                </span>
            </button>
            <div class="facet-panel" id=panel_id>
                {groups}
                <button type="button" class="button clear" on:click=clear disabled=is_clear>
                    "Clear filters"
                </button>
            </div>
        </div>
        <p class="result-count" role="status" aria-live="polite">
            {move || format!("Showing {} of {total} {noun}", shown())}
        </p>
        <Show when=move || shown() == 0>
            <div class="empty-state">
                <p>{format!("No {noun} match these filters.")}</p>
                <p>"Try fewer words or another category, or clear the filters to see all of them."</p>
                <button type="button" class="button" on:click=clear>"Clear filters"</button>
            </div>
        </Show>
        <ul class="results" node_ref=results hidden=move || shown() == 0>{rows}</ul>
    }
}
