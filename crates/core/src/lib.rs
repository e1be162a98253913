//! nexus-core: everything Nexus knows about a portfolio that needs no browser. The web app
//! (`nexus-web`) renders with it and the `nexus` command runs it; both targets build it, and its
//! logic is tested natively (unit, property and fixture tests in `tests/`).

pub mod base;
pub mod content;
pub mod filter;
#[cfg(feature = "import")]
pub mod import;
pub mod routes;
pub mod search;
pub mod site;
pub mod text;
