//! nexus-web: the web app. It only renders: the portfolio, its rules, filters, search and routes
//! come from nexus-core. Built for wasm32 by trunk (`index.html` names the `nexus-web` binary),
//! and natively (`ssr`) for the `nexus` command, which renders each route into its file
//! (`render::route`).

mod app;
pub mod base;
mod browser;
pub mod components;
pub mod context;
mod download;
mod import_worker;
pub mod load;
pub mod pages;
mod prerendered;
/// Native only: the browser build never renders to a string.
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
pub mod url_filter;

pub use app::App;
