//! One file per route; pages use components and never import each other.

mod about;
mod challenge;
mod challenges;
mod concept;
mod concepts;
mod import;
mod not_found;
mod overview;
mod practices;
mod print;
mod project;
mod projects;
mod technologies;
mod technology;

pub use about::About;
pub use challenge::Challenge;
pub use challenges::Challenges;
pub use concept::Concept;
pub use concepts::Concepts;
pub use import::ImportPage;
pub use not_found::NotFound;
pub use overview::Overview;
pub use practices::Practices;
pub use print::PrintView;
pub use project::Project;
pub use projects::Projects;
pub use technologies::Technologies;
pub use technology::Technology;
