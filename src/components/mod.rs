//! Reusable pieces; components never import pages.

mod card;
mod error_panel;
mod filtered_list;
mod layout;
mod links;
mod loading;
mod missing;
mod page_head;
mod rich_text;
mod tag_list;

pub use card::Card;
pub use error_panel::ErrorPanel;
pub use filtered_list::FilteredList;
pub use layout::Layout;
pub use links::LinkList;
pub use loading::Loading;
pub use missing::Missing;
pub use page_head::PageHead;
pub use rich_text::RichText;
pub use tag_list::{challenge_tags, concept_tags, technology_tags, Tag, TagList};
