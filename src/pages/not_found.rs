//! Any path the app does not know.

use crate::components::Missing;
use leptos::prelude::*;

/// Any path the app does not know. It names no path: the same page is `404.html`, rendered
/// before anyone asks for a path, which a host serves for every unknown one.
#[component]
pub fn NotFound() -> impl IntoView {
    view! { <Missing what="such page" /> }
}
