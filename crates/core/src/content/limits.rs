//! Sane sizes for content. A value over a limit is almost certainly a mistake (a pasted file, a
//! runaway script), and the limits keep the app fast on any phone. Lengths count characters
//! (Unicode scalar values), not bytes, so emoji and non-Latin scripts get the same room.

/// The whole file: 2 MiB. The seed is about 5 KB; 1 MB of real content still loads fast.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// Ids (slugs): short enough to read in a URL.
pub const MAX_ID_CHARS: usize = 64;

/// Names, titles, labels and the program: one line of text.
pub const MAX_NAME_CHARS: usize = 200;

/// Summaries, details, overview, challenge and solution text: a few paragraphs.
pub const MAX_TEXT_CHARS: usize = 5_000;

/// Link URLs and the `$schema` reference.
pub const MAX_URL_CHARS: usize = 2_048;

/// Items in any one list (technologies, details, links, references …).
pub const MAX_ITEMS: usize = 1_000;
