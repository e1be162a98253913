//! nexus-web: the web app. It only renders: the portfolio, its rules, filters, search and routes
//! come from nexus-core. Built for wasm32 by trunk (`index.html` names the `nexus-web` binary).

mod app;
pub mod base;
pub mod components;
pub mod context;
mod download;
mod import_worker;
pub mod load;
pub mod pages;
mod prerendered;
pub mod url_filter;

pub use app::App;
