//! One file per route; pages use components and never import each other.

mod challenge;
mod challenges;
mod concept;
mod concepts;
mod not_found;
mod overview;
mod practices;
mod print;
mod technologies;
mod technology;

pub use challenge::Challenge;
pub use challenges::Challenges;
pub use concept::Concept;
pub use concepts::Concepts;
pub use not_found::NotFound;
pub use overview::Overview;
pub use practices::Practices;
pub use print::PrintView;
pub use technologies::Technologies;
pub use technology::Technology;
