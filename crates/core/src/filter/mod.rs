//! The one filter every list uses: a text box and facet toggles, their state, the result with
//! per-value counts, the URL encoding of the state, and the definitions of the filterable lists.
//!
//! Within a facet, selected values combine with OR (Language *or* DevOps); across facets and the
//! text box they combine with AND. Counts are disjunctive, as in good faceted search: a value's
//! count is how many items would match if that value were added to its facet's selection.

mod apply;
mod list;
pub mod lists;
pub mod query;
mod state;

pub use apply::{apply, Filtered};
pub use list::{AnyList, Choice, Facet, FacetChoices, List};
pub use state::FilterState;
