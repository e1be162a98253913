//! Any path the app does not know.

use crate::components::Missing;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Any path the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    view! { <Missing what=format!("page at {path}") /> }
}
