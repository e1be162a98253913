//! A page's document title and meta description.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use nexus_core::routes::Page;

/// The document title and meta description of a page, from `routes` (the same text the
/// per-route HTML files carry, so a reload and a client-side navigation agree).
#[component]
pub fn PageHead(page: Page) -> impl IntoView {
    view! {
        <Title text=page.title />
        <Meta name="description" content=page.description />
    }
}
