//! The shape of `portfolio.json` as data: every field, whether it is required, what it holds and
//! what it is for. The validator walks it and `schema` turns it into `portfolio.schema.json`, so
//! the checks and the editor hints cannot drift apart. `model` mirrors it as serde types.

use super::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_URL_CHARS};

/// What a value must be.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A slug naming its item, unique within its list.
    Id,
    /// Text that is not blank, of at most this many characters.
    Text(usize),
    /// An absolute http, https or mailto URL.
    Url,
    /// The id of an item of another top-level list.
    Ref(Target),
    /// A list of values of one kind.
    List(&'static Kind),
    /// An object with exactly these fields.
    Object(&'static [Field]),
    /// An object with exactly one of these fields (a tagged choice, e.g. a paragraph or a list).
    OneOf(&'static [Field]),
    /// Text of at most `MAX_TEXT_CHARS` (one paragraph), or a list of `BLOCKS`.
    Prose,
}

/// What a reference points at: a top-level list, and the word for one of its items.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    pub list: &'static str,
    pub noun: &'static str,
}

/// One field of an object.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub required: bool,
    pub kind: Kind,
    /// What the field is for, shown by editors.
    pub about: &'static str,
}

const fn req(name: &'static str, kind: Kind, about: &'static str) -> Field {
    Field {
        name,
        required: true,
        kind,
        about,
    }
}

const fn opt(name: &'static str, kind: Kind, about: &'static str) -> Field {
    Field {
        name,
        required: false,
        kind,
        about,
    }
}

const NAME: Kind = Kind::Text(MAX_NAME_CHARS);
const TEXT: Kind = Kind::Text(MAX_TEXT_CHARS);
const CATEGORY: Target = Target {
    list: "categories",
    noun: "category",
};
const TECHNOLOGIES: Kind = Kind::List(&Kind::Ref(Target {
    list: "technologies",
    noun: "technology",
}));
const CONCEPTS: Kind = Kind::List(&Kind::Ref(Target {
    list: "concepts",
    noun: "concept",
}));
const CHALLENGES: Kind = Kind::List(&Kind::Ref(Target {
    list: "challenges",
    noun: "challenge",
}));

const ID: &str = "Slug naming the item in URLs (/technologies/rest-apis): lowercase letters, digits, single hyphens; unique in its list.";
const SUMMARY: &str = "One or two sentences; `code`, **strong**, _emphasis_ and [links](https://…) are the only markup.";

const LINK: &[Field] = &[
    req("label", NAME, "The link's text."),
    req("url", Kind::Url, "An http://, https:// or mailto: address."),
];
const LINKS: Field = opt(
    "links",
    Kind::List(&Kind::Object(LINK)),
    "Further reading, shown as links on the item's page.",
);

const SECTION: &[Field] = &[
    req("title", NAME, "The section's heading."),
    opt("intro", TEXT, "A lead-in sentence under the heading."),
];
const SECTIONS: &[Field] = &[
    opt(
        "technologies",
        Kind::Object(SECTION),
        "The technologies page.",
    ),
    opt("concepts", Kind::Object(SECTION), "The concepts page."),
    opt("challenges", Kind::Object(SECTION), "The challenges page."),
    opt("practices", Kind::Object(SECTION), "The practices page."),
    opt("projects", Kind::Object(SECTION), "The projects page."),
];

const CATEGORY_FIELDS: &[Field] = &[
    req("id", Kind::Id, ID),
    req("name", NAME, "Shown on badges and in the category filter."),
];
const TECHNOLOGY: &[Field] = &[
    req("id", Kind::Id, ID),
    req("name", NAME, "e.g. \"Django\"."),
    req(
        "category",
        Kind::Ref(CATEGORY),
        "The id of one of `categories`.",
    ),
    opt("summary", TEXT, SUMMARY),
    LINKS,
];
const CONCEPT: &[Field] = &[
    req("id", Kind::Id, ID),
    req("name", NAME, "e.g. \"Caching Strategies\"."),
    opt("summary", TEXT, SUMMARY),
    opt(
        "details",
        Kind::List(&TEXT),
        "Points listed on the concept's page.",
    ),
    opt(
        "technologies",
        TECHNOLOGIES,
        "Ids of the technologies it involves.",
    ),
    LINKS,
];
const CHALLENGE: &[Field] = &[
    req("id", Kind::Id, ID),
    req("title", NAME, "A short name for the problem."),
    opt(
        "challenge",
        TEXT,
        "What went wrong; leave it out when the title says it all.",
    ),
    opt("solution", TEXT, "How it was solved, if it was."),
    opt(
        "technologies",
        TECHNOLOGIES,
        "Ids of the technologies involved.",
    ),
    opt("concepts", CONCEPTS, "Ids of the concepts involved."),
    LINKS,
];
const PRACTICE: &[Field] = &[
    req("id", Kind::Id, ID),
    req("name", NAME, "e.g. \"Code Quality\"."),
    opt("summary", TEXT, SUMMARY),
    LINKS,
];

const PROJECT: &[Field] = &[
    req("id", Kind::Id, ID),
    req("name", NAME, "e.g. \"Movie recommendation API\"."),
    opt("summary", TEXT, SUMMARY),
    opt(
        "technologies",
        TECHNOLOGIES,
        "Ids of the technologies it uses.",
    ),
    opt("concepts", CONCEPTS, "Ids of the concepts it applies."),
    opt("challenges", CHALLENGES, "Ids of the challenges met in it."),
    opt(
        "links",
        Kind::List(&Kind::Object(LINK)),
        "Its repository, demo and other addresses.",
    ),
];
const BLOCK: &[Field] = &[
    opt("text", TEXT, "A paragraph."),
    opt("items", Kind::List(&TEXT), "A list."),
];
/// Paragraphs and lists in order.
pub const BLOCKS: Kind = Kind::List(&Kind::OneOf(BLOCK));
const EXTRA: &[Field] = &[
    req("id", Kind::Id, ID),
    req("title", NAME, "e.g. \"Collaboration\"."),
    req(
        "blocks",
        BLOCKS,
        "Its paragraphs (`{\"text\": …}`) and lists (`{\"items\": […]}`), in order.",
    ),
];

/// The whole file.
pub const PORTFOLIO: &[Field] = &[
    opt(
        "$schema",
        Kind::Text(MAX_URL_CHARS),
        "Where editors find this file's JSON Schema; the app ignores it.",
    ),
    req("title", NAME, "The site's title."),
    opt("program", NAME, "The program the learning comes from."),
    opt(
        "overview",
        Kind::Prose,
        "The overview page's introduction: one text (a paragraph), or paragraphs (`{\"text\": …}`) and lists (`{\"items\": […]}`) in order.",
    ),
    opt(
        "closing",
        Kind::Prose,
        "The closing statement, on the overview and under the practices: one text or a list of blocks, as `overview`.",
    ),
    opt(
        "sections",
        Kind::Object(SECTIONS),
        "Heading and lead-in of each section.",
    ),
    opt(
        "categories",
        Kind::List(&Kind::Object(CATEGORY_FIELDS)),
        "Groups of technologies, used by the category filter.",
    ),
    opt(
        "technologies",
        Kind::List(&Kind::Object(TECHNOLOGY)),
        "Tools and languages.",
    ),
    opt(
        "concepts",
        Kind::List(&Kind::Object(CONCEPT)),
        "Backend engineering principles.",
    ),
    opt(
        "challenges",
        Kind::List(&Kind::Object(CHALLENGE)),
        "Problems met and how they were solved.",
    ),
    opt(
        "practices",
        Kind::List(&Kind::Object(PRACTICE)),
        "Best practices and personal takeaways.",
    ),
    opt(
        "projects",
        Kind::List(&Kind::Object(PROJECT)),
        "What was built, with its links and what it used.",
    ),
    opt(
        "extra",
        Kind::List(&Kind::Object(EXTRA)),
        "Further sections (Collaboration, Next steps, Contact…), shown on the About page.",
    ),
];
