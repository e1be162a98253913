//! Reusable pieces. Components never import pages or the app shell: what the app provides
//! comes from `context`.

mod blocks;
mod card;
mod cells;
mod copy_link;
mod error_panel;
mod extra_section;
mod filtered_list;
mod layout;
mod links;
mod loading;
mod missing;
mod page_head;
mod paragraph;
mod preview_banner;
mod print;
mod program;
mod rich_text;
mod search;
mod section_head;
mod tag_list;
mod theme;

pub use blocks::{block_views, Blocks};
pub use card::Card;
pub use copy_link::CopyLink;
pub use error_panel::ErrorPanel;
pub use extra_section::ExtraSection;
pub use filtered_list::FilteredList;
pub use layout::Layout;
pub use links::LinkList;
pub use loading::Loading;
pub use missing::Missing;
pub use page_head::PageHead;
pub use paragraph::Paragraph;
pub use preview_banner::PreviewBanner;
pub use print::{prepare_print_view, print_link_urls, PrintNowButton, PrintPortfolioButton};
pub use program::Program;
pub use rich_text::RichText;
pub use search::Search;
pub use section_head::SectionHead;
pub use tag_list::{challenge_tags, concept_tags, project_tags, technology_tags, Tag, TagList};
pub use theme::ThemeSwitch;
