use crate::facets::apply;
use crate::lists::List;
use crate::url_filter::{use_url_filter, History};
use crate::use_portfolio;
use leptos::prelude::*;

/// A list with a text box and facet toggles, its state in the URL. Both filterable lists
/// (technologies, challenges) are this one component with a different `List` definition.
#[component]
pub fn FilteredList<T, R, V>(
    list: &'static List<T>,
    /// Renders one item.
    render: R,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    R: Fn(&T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let portfolio = use_portfolio();
    let filter = use_url_filter(list, portfolio.clone());
    let filtered = Memo::new({
        let portfolio = portfolio.clone();
        move |_| {
            filter
                .state
                .with(|s| apply((list.items)(&portfolio), &list.spec, s))
        }
    });
    let total = (list.items)(&portfolio).len();
    let noun = list.noun;
    let search_id = format!("{noun}-search");
    let shown = move || filtered.with(|f| f.matches.len());

    let groups = list
        .spec
        .facets
        .iter()
        .zip(list.labels)
        .map(|(facet, label)| {
            let key = facet.key;
            let heading_id = format!("{noun}-{key}-label");
            let labelled_by = heading_id.clone();
            let buttons = (list.choices)(&portfolio, key)
                .into_iter()
                .map(|choice| {
                    let id = choice.id.clone();
                    let pressed = {
                        let id = id.clone();
                        move || filter.state.with(|s| s.is_selected(key, &id))
                    };
                    let count = {
                        let id = id.clone();
                        move || filtered.with(|f| f.count(key, &id))
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="facet"
                                aria-pressed=move || pressed().to_string()
                                data-facet=key
                                data-value=id.clone()
                                on:click=move |_| filter.update(History::Push, |s| s.toggle(key, &id))
                            >
                                <span class="facet-label">{choice.label}</span>
                                <span class="facet-count">{count}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="facet-group" role="group" aria-labelledby=labelled_by>
                    <span class="facet-group-label" id=heading_id>{*label}</span>
                    <ul class="facet-list">{buttons}</ul>
                </div>
            }
        })
        .collect_view();

    let clear = move |_| filter.set(Default::default(), History::Push);
    let is_clear = move || filter.state.with(|s| s.is_empty());
    let items = move || filtered.with(|f| f.matches.clone());
    let row = {
        let portfolio = portfolio.clone();
        move |index: usize| {
            let item = &(list.items)(&portfolio)[index];
            view! { <li class="result">{render(item)}</li> }
        }
    };

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
            {groups}
            <button type="button" class="button clear" on:click=clear disabled=is_clear>
                "Clear filters"
            </button>
        </div>
        <p class="result-count" role="status" aria-live="polite">
            {move || format!("Showing {} of {total} {noun}", shown())}
        </p>
        <Show
            when=move || shown() != 0
            fallback=move || view! {
                <div class="empty-state">
                    <p>{format!("No {noun} match these filters.")}</p>
                    <p>"Try fewer words or another category, or clear the filters to see all of them."</p>
                    <button type="button" class="button" on:click=clear>"Clear filters"</button>
                </div>
            }
        >
            <ul class="results">
                <For each=items key=|i| *i children=row.clone() />
            </ul>
        </Show>
    }
}
