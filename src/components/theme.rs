//! The colour theme switch (System / Light / Dark) and remembering the choice.

use leptos::prelude::*;

/// Where the choice is kept; `public/theme.js` reads the same key before the first paint.
const STORAGE_KEY: &str = "nexus-theme";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    fn value(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// The browser's storage (none in the native render, which shows the default, System, as a
/// first visit does).
fn storage() -> Option<web_sys::Storage> {
    crate::browser::window()?.local_storage().ok().flatten()
}

fn stored() -> Theme {
    let value = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    Theme::ALL
        .into_iter()
        .find(|t| Some(t.value()) == value.as_deref())
        .unwrap_or(Theme::System)
}

/// Remembers the theme and applies it as `public/theme.js` does at load: `data-theme` on `<html>`
/// (none for System, so the media query decides) and the `color-scheme` meta for form controls.
fn choose(theme: Theme) {
    if let Some(s) = storage() {
        let _ = match theme {
            Theme::System => s.remove_item(STORAGE_KEY),
            t => s.set_item(STORAGE_KEY, t.value()),
        };
    }
    let doc = document();
    if let Some(root) = doc.document_element() {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            t => root.set_attribute("data-theme", t.value()),
        };
    }
    if let Ok(Some(meta)) = doc.query_selector("meta[name=color-scheme]") {
        let scheme = match theme {
            Theme::System => "light dark",
            t => t.value(),
        };
        let _ = meta.set_attribute("content", scheme);
    }
}

/// System / Light / Dark, as a group of radio buttons in the header.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let current = RwSignal::new(stored());
    let options = Theme::ALL
        .into_iter()
        .map(|theme| {
            view! {
                <label class="theme-option">
                    <input
                        type="radio"
                        name="theme"
                        value=theme.value()
                        prop:checked=move || current.get() == theme
                        on:change=move |_| {
                            current.set(theme);
                            choose(theme);
                        }
                    />
                    <span>{theme.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="theme-switch">
            <legend class="visually-hidden">"Colour theme"</legend>
            {options}
        </fieldset>
    }
}
