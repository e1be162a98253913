//! The search dialog over every section, and the header button and shortcuts that open it.

use crate::base;
use crate::context::use_loaded;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use nexus_core::search::{Group, Marked};
use wasm_bindgen::JsCast;

/// Results shown per section; the group label says how many more there are.
const PER_SECTION: usize = 8;

/// The header's search button and the search dialog it opens. `/` (outside text fields) and
/// Ctrl/Cmd+K open it too. A modal `<dialog>`: the rest of the page is inert, Escape closes it,
/// and focus returns to where it was. Arrow keys move through the results, Enter opens one.
#[component]
pub fn Search() -> impl IntoView {
    let source = use_loaded();
    let dialog = NodeRef::<html::Dialog>::new();
    let input = NodeRef::<html::Input>::new();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let loaded = move || source.is_some_and(|s| s.with(Option::is_some));
    let results = Memo::new(move |_| {
        let q = query.get();
        source
            .and_then(|s| s.with(|c| c.as_ref().map(|c| c.search(&q, PER_SECTION))))
            .unwrap_or_default()
    });
    let paths = move || -> Vec<String> {
        results.with(|groups| {
            groups
                .iter()
                .flat_map(|g| g.hits.iter().map(|h| h.path.clone()))
                .collect()
        })
    };
    let count = move || paths().len();

    let open = move || {
        let Some(d) = dialog.get_untracked() else {
            return;
        };
        if !d.open() {
            let focused = document()
                .active_element()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            opener.set_value(focused);
            if d.show_modal().is_err() {
                return;
            }
        }
        if let Some(i) = input.get_untracked() {
            let _ = i.focus();
            i.select();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let on_close = move |_| {
        // Back to the button or field that was focused before (a navigation then moves focus
        // on to the new page's heading).
        if let Some(el) = opener.get_value().filter(|e| e.is_connected()) {
            let _ = el.focus();
        }
    };
    let navigate = use_navigate();
    let go = move |path: String| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
        // `resolve: false`: the path already holds the base; resolving would add it twice.
        navigate(
            &base::href(&path),
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
    };

    let shortcut = window_event_listener(ev::keydown, move |ev| {
        if ev.default_prevented() || ev.is_composing() || ev.alt_key() {
            return;
        }
        let command = ev.ctrl_key() || ev.meta_key();
        let key = ev.key();
        if (command && key.eq_ignore_ascii_case("k"))
            || (key == "/" && !command && !is_typing(ev.target()))
        {
            ev.prevent_default();
            open();
        }
    });
    on_cleanup(move || shortcut.remove());

    let on_keydown = {
        let go = go.clone();
        move |ev: ev::KeyboardEvent| {
            let n = count();
            match ev.key().as_str() {
                "ArrowDown" | "ArrowUp" if n > 0 => {
                    ev.prevent_default();
                    let step = if ev.key() == "ArrowDown" { 1 } else { n - 1 };
                    active.update(|a| *a = (*a + step) % n);
                    scroll_to_active(active.get_untracked());
                }
                // Handled here: in a search field the browser would first only clear the text.
                "Escape" => {
                    ev.prevent_default();
                    close();
                }
                "Enter" => {
                    ev.prevent_default();
                    if let Some(path) = paths().get(active.get_untracked()) {
                        go(path.clone());
                    }
                }
                _ => {}
            }
        }
    };

    let status = move || {
        let q = query.with(|q| q.trim().to_string());
        if !loaded() {
            "The portfolio is still loading.".to_string()
        } else if q.is_empty() {
            "Type to search technologies, concepts, challenges and practices.".to_string()
        } else {
            match count() {
                0 => format!("Nothing matches “{q}”."),
                1 => "1 result.".to_string(),
                n => format!("{n} results."),
            }
        }
    };
    let groups = move || {
        let go = go.clone();
        let mut next = 0;
        results
            .get()
            .into_iter()
            .map(|group| render_group(group, &mut next, active, go.clone()))
            .collect_view()
    };

    view! {
        <button
            type="button"
            class="search-button"
            aria-haspopup="dialog"
            aria-keyshortcuts="/ Control+K Meta+K"
            on:click=move |_| open()
        >
            <span>"Search"</span>
            <kbd aria-hidden="true">"/"</kbd>
        </button>
        <dialog
            class="search-dialog"
            aria-labelledby="search-title"
            node_ref=dialog
            on:close=on_close
            on:keydown=move |ev| trap_focus(&ev, dialog)
        >
            <div class="search-head">
                <h2 id="search-title">"Search the portfolio"</h2>
                <button
                    type="button"
                    class="button search-close"
                    on:click=move |_| close()
                >
                    "Close"
                </button>
            </div>
            <label class="visually-hidden" for="search-input">"Search for"</label>
            <input
                id="search-input"
                class="search-input"
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-describedby="search-status"
                aria-expanded=move || (count() > 0).to_string()
                aria-activedescendant=move || (count() > 0).then(|| hit_id(active.get()))
                node_ref=input
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(0);
                }
                on:keydown=on_keydown
            />
            <p id="search-status" class="search-status" role="status">{status}</p>
            <div id="search-results" class="search-results" role="listbox" aria-label="Results">
                {groups}
            </div>
            <p class="search-help" aria-hidden="true">
                <kbd>"↑"</kbd><kbd>"↓"</kbd>" move · "<kbd>"Enter"</kbd>" open · "
                <kbd>"Esc"</kbd>" close"
            </p>
        </dialog>
    }
}

/// Keeps Tab and Shift+Tab inside the dialog (a modal `<dialog>` alone lets focus leave for the
/// browser's own controls).
fn trap_focus(ev: &ev::KeyboardEvent, dialog: NodeRef<html::Dialog>) {
    if ev.key() != "Tab" {
        return;
    }
    let Some(d) = dialog.get_untracked() else {
        return;
    };
    let Ok(list) = d.query_selector_all("button, input") else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let focused = document().active_element();
    let at = |el: &web_sys::HtmlElement| focused.as_ref() == Some(el.unchecked_ref());
    let wrap_to = if ev.shift_key() && at(first) {
        Some(last)
    } else if !ev.shift_key() && at(last) {
        Some(first)
    } else {
        None
    };
    if let Some(el) = wrap_to {
        ev.prevent_default();
        let _ = el.focus();
    }
}

fn hit_id(n: usize) -> String {
    format!("search-hit-{n}")
}

fn render_group(
    group: Group,
    next: &mut usize,
    active: RwSignal<usize>,
    go: impl Fn(String) + Clone + 'static,
) -> impl IntoView {
    let label_id = format!("search-group-{}", group.section.key());
    let shown = group.hits.len();
    let label = if group.total > shown {
        format!("{} · {shown} of {}", group.section.label(), group.total)
    } else {
        group.section.label().to_string()
    };
    let hits = group
        .hits
        .into_iter()
        .map(|hit| {
            let n = *next;
            *next += 1;
            let go = go.clone();
            let path = hit.path.clone();
            view! {
                <div
                    role="option"
                    id=hit_id(n)
                    class="search-hit"
                    aria-selected=move || (active.get() == n).to_string()
                    on:mousemove=move |_| {
                        if active.get_untracked() != n {
                            active.set(n);
                        }
                    }
                    on:click=move |_| go(path.clone())
                >
                    <span class="search-hit-title">{marked(hit.title)}</span>
                    <span class="search-hit-excerpt">{marked(hit.excerpt)}</span>
                </div>
            }
        })
        .collect_view();
    view! {
        <div role="group" class="search-group" aria-labelledby=label_id.clone()>
            <div class="search-group-label" id=label_id.clone()>{label}</div>
            {hits}
        </div>
    }
}

/// Text with the matched pieces in `<mark>`: text nodes only, never HTML.
fn marked(m: Marked) -> impl IntoView {
    m.segments()
        .into_iter()
        .map(|(hit, piece)| {
            let piece = piece.to_string();
            if hit {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

fn scroll_to_active(n: usize) {
    if let Some(el) = document().get_element_by_id(&hit_id(n)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Whether a key press goes into a text field (where `/` is a character, not a shortcut).
fn is_typing(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| {
            el.closest(
                "textarea, select, [contenteditable]:not([contenteditable=false]), \
                 input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit])",
            )
            .ok()
            .flatten()
        })
        .is_some()
}
