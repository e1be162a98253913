//! The one decision made at every level of a README's outline. A titled node — a sub-heading
//! over what follows it, a list item over the list nested under it — is either a *group* of
//! the items under it ("Tools I used" over "Python", "Django") or *one item* they describe
//! ("Python" over "Wrote scripts with generators.", "Used it for the API."). The same signals
//! decide it whatever marks the node: what the title says (it names its kind, it is a
//! technology itself), what the children are (sentences about it, well-known technologies,
//! names in bold, short capitalized names). Only where they say nothing does the markup decide:
//! a heading over a list heads a group, a bullet over a list is one item with details.

use super::known;
use super::markdown::Block;
use super::sections::{self, Kind};
use super::text::{clean_name, split_item, strip_lead, words};

/// What marks a node in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A sub-heading (or a bold label line used as one) over the blocks up to the next.
    Heading,
    /// A list item over the items nested under it.
    Item,
    /// A label over its items on the same line ("Concepts I can explain: REST, caching").
    Label,
}

/// A titled node and the entries directly under it.
#[derive(Debug)]
pub struct Node<'a> {
    pub title: &'a str,
    pub marker: Marker,
    pub children: Vec<Child<'a>>,
}

/// An entry under a node: its text (first line first) and whether entries are nested under it.
#[derive(Debug, Clone, Copy)]
pub struct Child<'a> {
    pub text: &'a str,
    pub nested: bool,
}

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// A group of the items under it; its title names the group.
    Group,
    /// One item, described by what is under it.
    Item,
}

impl<'a> Node<'a> {
    /// A sub-heading and its blocks: its children are the top-level list items, or the
    /// paragraphs when there is no list (lines written without bullets are read by the same
    /// rule as bullets), and the rows of its tables.
    pub fn heading(title: &'a str, blocks: &'a [Block]) -> Node<'a> {
        let bulleted = blocks.iter().any(|b| matches!(b, Block::Item { .. }));
        let mut children = Vec::new();
        for (i, b) in blocks.iter().enumerate() {
            match b {
                Block::Item { depth: 0, text, .. } => children.push(Child {
                    text,
                    nested: matches!(blocks.get(i + 1), Some(Block::Item { depth, .. }) if *depth > 0),
                }),
                Block::Para { text, .. } if !bulleted => children.push(Child {
                    text,
                    nested: false,
                }),
                Block::Table { rows, .. } => {
                    children.extend(rows.iter().filter_map(|r| r.first()).map(|c| Child {
                        text: c,
                        nested: false,
                    }))
                }
                _ => {}
            }
        }
        Node {
            title,
            marker: Marker::Heading,
            children,
        }
    }

    /// A label and the items listed after it on its line.
    pub fn label(title: &'a str, names: &'a [String]) -> Node<'a> {
        Node {
            title,
            marker: Marker::Label,
            children: names
                .iter()
                .map(|n| Child {
                    text: n,
                    nested: false,
                })
                .collect(),
        }
    }

    /// A list item (`blocks[0]`) and the items nested one level under it.
    pub fn item(title: &'a str, nested: &'a [Block]) -> Node<'a> {
        let children = nested
            .iter()
            .enumerate()
            .filter_map(|(i, b)| match b {
                Block::Item { depth: 1, text, .. } => Some(Child {
                    text,
                    nested: matches!(nested.get(i + 1), Some(Block::Item { depth, .. }) if *depth > 1),
                }),
                _ => None,
            })
            .collect();
        Node {
            title,
            marker: Marker::Item,
            children,
        }
    }
}

/// Whether a node of a section of `kind` is a group of the items under it or one item.
pub fn decide(kind: Kind, node: &Node) -> Reading {
    use Reading::{Group, Item};
    let n = node.children.len();
    if n == 0 {
        return Item;
    }
    // A bullet that says something after its name ("Docker: containers for every service"),
    // or that is a sentence, is an item whatever is nested under it.
    if node.marker == Marker::Item {
        let (name, said) = split_item(node.title);
        if said.is_some() || name.contains('\n') || name.split_whitespace().take(7).count() > 6 {
            return Item;
        }
    }
    // No one concept is called "concepts": "Backend Concepts" heads a group.
    if names_its_kind(kind, node.title) {
        return Group;
    }
    if kind == Kind::Projects {
        return Item;
    }
    // (Counted once, when first asked.)
    let known = std::cell::OnceCell::new();
    let known = || *known.get_or_init(|| node.children.iter().filter(|c| is_known(c.text)).count());
    // "Python" over what was done with it; not "Docker & Kubernetes" over tools of the kind.
    if known::lookup(strip_lead(node.title)).is_some() && known() * 2 <= n {
        return Item;
    }
    // Entries named in bold and said more of ("**Indexing**: faster reads") are items in
    // their own right under a heading; nested under a bullet they are its details.
    let bold = node.children.iter().filter(|c| bold_named(c)).count();
    if node.marker == Marker::Heading && bold * 2 > n {
        return Group;
    }
    // Names, not what was done with the title: well-known technologies (a technology
    // section's items; in a concept's list they are its examples), or short names.
    if kind == Kind::Technologies && n >= 2 && known() * 3 >= n * 2 {
        return Group;
    }
    // A concept's sub-heading ("### Progressive Web Apps") or label ("API Security: JWT,
    // OAuth") is one concept whose entries are its aspects, unless most are named in bold: it
    // is written where a concept needs more than a bullet.
    if node.marker != Marker::Item && kind == Kind::Concepts {
        return Item;
    }
    if n >= 2 && node.children.iter().all(|c| short_name(c.text)) {
        return Group;
    }
    // A numbered title ("#### 1. Python") is a topic in its own right too.
    if node.marker == Marker::Heading
        && node
            .title
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return Item;
    }
    // Things each named in bold ("Used **SSH** for server access").
    if bold_mentions(kind, node) {
        return Group;
    }
    if bold == 0 && described(kind, node) {
        return Item;
    }
    // Where nothing under it says: a heading heads a group, a bullet or a label is one item.
    match node.marker {
        Marker::Heading => Group,
        Marker::Item | Marker::Label => Item,
    }
}

/// A title that says what its items are: the plural of its section's kind, not after a topic
/// ("Backend Concepts", "Concepts I can now explain", "Key Takeaways", "Habits I keep"; not
/// "API Security Fundamentals" nor the singular "Takeaway").
pub fn names_its_kind(kind: Kind, title: &str) -> bool {
    let w = words(title);
    let plural = match kind {
        Kind::Technologies => Some("technologies"),
        Kind::Concepts => Some("concepts"),
        _ => None,
    };
    plural.is_some_and(|p| w.split(' ').any(|x| x == p))
        || (matches!(kind, Kind::Concepts | Kind::Practices)
            && w.split(' ')
                .any(|x| is_plural(x) && sections::kind(x) == Some(kind))
            && !sections::topic_first(title))
}

/// Whether a word is a plural noun ("frameworks", "apis"), as the name of a kind of thing is;
/// not "analysis", "status", "access".
pub fn is_plural(word: &str) -> bool {
    word.len() > 2 && word.ends_with('s') && !["us", "is", "ss"].iter().any(|e| word.ends_with(e))
}

/// An entry that starts with a well-known technology ("PostgreSQL", "Docker Compose for local
/// development", "Redis: caching").
fn is_known(text: &str) -> bool {
    let first = text.lines().next().unwrap_or_default();
    known::lookup(&split_item(first).0).is_some() || super::build::known_start(first).is_some()
}

/// An entry named in bold and said more of: "**Indexing**: faster reads", "**Server-side
/// rendering**" alone, or a bold name with entries nested under it — an item in its own
/// right, not an aspect of the title.
fn bold_named(c: &Child) -> bool {
    let t = c.text.trim();
    let only_bold =
        t.len() > 4 && t.starts_with("**") && t.ends_with("**") && t.matches("**").count() == 2;
    t.starts_with("**") && (c.nested || only_bold || split_item(c.text).1.is_some())
}

/// Every entry (but "Example: …" lines) names one thing in bold ("Learned **shell scripting**
/// for backups"), two or more, under a title that names no technology ("Docker & Kubernetes"
/// over such lines describes them). A concept's or practice's entries named in bold at their
/// start ("**Web Servers**: serve static files") explain it; a technology's name things.
pub fn bold_mentions(kind: Kind, node: &Node) -> bool {
    let entries: Vec<&Child> = node
        .children
        .iter()
        .filter(|c| !c.text.trim_start().starts_with("Example"))
        .collect();
    entries.len() >= 2
        && entries.iter().all(|c| {
            one_bold(c.text).is_some()
                && (kind == Kind::Technologies || !c.text.trim_start().starts_with("**"))
        })
        && !names_technology(&split_item(node.title).0)
}

/// The one bold span of a line that has exactly one ("Used **SSH** for server access").
pub fn one_bold(text: &str) -> Option<String> {
    let mut spans = text.split("**");
    let (_, name, _) = (spans.next()?, spans.next()?, spans.next()?);
    let name = name.trim();
    (spans.next().is_none() && !name.is_empty() && name.split_whitespace().take(5).count() <= 4)
        .then(|| name.to_string())
}

/// Whether a title names a technology itself, alone or among others ("Docker & Kubernetes").
fn names_technology(title: &str) -> bool {
    title
        .split([',', '&', '/'])
        .flat_map(|p| p.split(" and "))
        .any(|p| known::lookup(p.trim()).is_some())
}

/// Whether the entries describe the title: all of them are sentences, or (for a technology or
/// concept, whose details read as sentences about it) three in four.
fn described(kind: Kind, node: &Node) -> bool {
    let n = node.children.len();
    let s = node.children.iter().filter(|c| sentence(c.text)).count();
    match kind {
        Kind::Technologies | Kind::Concepts => s * 4 >= n * 3,
        _ => s == n,
    }
}

/// A sentence about the title ("Used Redis as a cache.", "Learned **Kubernetes**
/// fundamentals:") rather than the name of a thing.
fn sentence(text: &str) -> bool {
    let t = text.lines().next().unwrap_or_default().trim();
    match split_item(t) {
        (name, Some(_)) => name.split_whitespace().take(9).count() > 8,
        (_, None) => t.ends_with(['.', '!', ':']) || t.split_whitespace().take(9).count() > 8,
    }
}

/// A short name ("Dependency Injection", "Unit of Work", "PostgreSQL (JSONB)"): one to four
/// words, written as names are (capitalized words, or a well-known technology), no sentence
/// punctuation, nothing said after it. "Use feature branches" is an instruction, not a name.
fn short_name(text: &str) -> bool {
    let t = clean_name(text.lines().next().unwrap_or_default());
    let t = t.split(" (").next().unwrap_or(&t).trim();
    (1..=4).contains(&t.split_whitespace().take(5).count())
        && ((t.starts_with(|c: char| c.is_uppercase()) && super::title_case(t))
            || known::lookup(t).is_some())
        && !t.contains(['.', ':', ',', ';', '!', '?'])
}

/// Words that link a name to what is said of it ("Kafka for logs", "aggregations over time").
pub const LINKS: [&str; 14] = [
    "with", "for", "as", "in", "on", "to", "via", "using", "and", "over", "of", "by", "across",
    "from",
];
