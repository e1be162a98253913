//! Nexus: a backend engineer's learning portfolio as a Leptos single-page app.
//!
//! The pure modules (`content`, `facets`, `query`, `lists`, `search`, `base`) build natively for
//! tests and the CLI; the UI modules exist only for the browser (wasm32).

pub mod base;
pub mod content;
pub mod facets;
pub mod lists;
pub mod query;
pub mod routes;
pub mod search;
pub mod site;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod load;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
mod prerendered;
#[cfg(target_arch = "wasm32")]
pub mod url_filter;

#[cfg(target_arch = "wasm32")]
pub use app::{use_portfolio, App, Content};
