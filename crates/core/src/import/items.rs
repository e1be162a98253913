//! Named items from a section's blocks: bullets and numbered items (nested ones become
//! details), table rows, and "Name: text" lines of a paragraph; the paragraphs before the first
//! item are the section's lead-in.

use super::markdown::Block;
use super::text::{first_words, split_item};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub name: String,
    pub text: Option<String>,
    pub details: Vec<String>,
    pub line: usize,
    /// The sub-heading or label it was listed under (a category of technologies).
    pub group: Option<String>,
}

/// The longest name kept whole; a longer item is named by its first words.
const NAME_WORDS: usize = 10;

/// One item from a line of text.
pub fn item(text: &str, line: usize, group: Option<&str>) -> Item {
    split_into_item(split_item(text), line, group)
}

/// An item from a line already split into name and text.
fn split_into_item(
    (mut name, mut body): (String, Option<String>),
    line: usize,
    group: Option<&str>,
) -> Item {
    if name.split_whitespace().count() > NAME_WORDS {
        body = Some(match body {
            Some(b) => format!("{name}: {b}"),
            None => name.clone(),
        });
        name = first_words(&name, 40);
    }
    Item {
        name,
        text: body,
        details: Vec::new(),
        line,
        group: group.map(str::to_string),
    }
}

/// Whether a section is written as paragraphs only, several of them: each is one item then
/// ("If I started over, I'd write tests from day one. …"), not the section's lead-in.
pub fn paragraphs_only(blocks: &[Block]) -> bool {
    let paragraphs = blocks
        .iter()
        .filter(|b| matches!(b, Block::Para { .. }))
        .count();
    // Not a lead-in ("…projects, including:") before "Name: text" paragraphs.
    let told = |text: &str| {
        let (name, body) = split_item(text);
        !text.trim_end().ends_with(':')
            && (body.is_none() || name.split_whitespace().take(7).count() > 6)
    };
    paragraphs >= 2
        && blocks.iter().all(|b| match b {
            Block::Para { text, .. } => told(text),
            Block::Rule { .. } | Block::Code { .. } => true,
            _ => false,
        })
}

/// The items of `blocks`, and the paragraphs before the first of them.
pub fn named(blocks: &[Block], group: Option<&str>) -> (Vec<Item>, Vec<String>) {
    if paragraphs_only(blocks) {
        let items = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para { text, line } => Some(item(&text.replace('\n', " "), *line, group)),
                _ => None,
            })
            .collect();
        return (items, Vec::new());
    }
    let mut items: Vec<Item> = Vec::new();
    let mut intro = Vec::new();
    // Whether a bulleted list came before the block being read.
    let mut bulleted = false;
    for block in blocks {
        bulleted |= matches!(block, Block::Item { .. });
        match block {
            // "**Key Outcome**: …" after a list sums the list up: more of its last item.
            Block::Item { depth: 0, text, .. } if is_outcome(text) && !items.is_empty() => {
                if let Some(last) = items.last_mut() {
                    last.details.push(text.replace('\n', " "));
                }
            }
            Block::Item {
                depth: 0,
                text,
                line,
            } => items.push(item(text, *line, group)),
            Block::Item { text, line, .. } => match items.last_mut() {
                Some(last) => last.details.push(text.replace('\n', " ")),
                None => items.push(item(text, *line, group)),
            },
            Block::Table { rows, line, .. } => {
                for row in rows {
                    let cells: Vec<&str> = row
                        .iter()
                        .map(String::as_str)
                        .filter(|c| !c.is_empty())
                        .collect();
                    let Some((first, rest)) = cells.split_first() else {
                        continue;
                    };
                    let mut it = item(first, *line, group);
                    if !rest.is_empty() {
                        let more = rest.join(" — ");
                        it.text = Some(match it.text {
                            Some(t) => format!("{t} {more}"),
                            None => more,
                        });
                    }
                    items.push(it);
                }
            }
            Block::Para { text, line } => {
                // Items run together on one line (a README pasted without line breaks).
                if let Some(runs) = run_together(text) {
                    items.extend(runs.iter().map(|r| item(r, *line, group)));
                    continue;
                }
                // Each line split once, for the decisions below and the items.
                let splits: Vec<(String, Option<String>)> = text.lines().map(split_item).collect();
                let named_lines = splits.iter().filter(|(_, body)| body.is_some()).count();
                // "Example: starting the stack" says more about the item above it.
                let example = splits
                    .first()
                    .is_some_and(|(name, _)| name.to_lowercase().starts_with("example"));
                // "Security was critical — I learned to:" leads into the list below it.
                // "If I could sum it up: …" after a bulleted list sums it up: a sentence, not a
                // name (names are capitalized or bold).
                let summing_up = bulleted
                    && !text.trim_start().starts_with("**")
                    && splits
                        .first()
                        .is_some_and(|(name, _)| !super::title_case(name));
                let one_named = splits.len() == 1
                    && !example
                    && !summing_up
                    && !text.trim_end().ends_with(':')
                    && splits[0].1.is_some()
                    && splits[0].0.split_whitespace().take(7).count() <= 6
                    && !splits[0].0.contains(',');
                if !example && ((splits.len() > 1 && named_lines * 2 > splits.len()) || one_named) {
                    // "Name: text" lines, one item each.
                    items.extend(
                        splits
                            .into_iter()
                            .map(|split| split_into_item(split, *line, group)),
                    );
                } else if let Some(last) = items.last_mut() {
                    // A paragraph after an item says more about it.
                    let t = text.replace('\n', " ");
                    last.text = Some(match last.text.take() {
                        Some(prev) => format!("{prev} {t}"),
                        None => t,
                    });
                } else {
                    intro.push(text.replace('\n', " "));
                }
            }
            Block::Heading { .. } | Block::Code { .. } | Block::Rule { .. } => {}
        }
    }
    (items, intro)
}

/// The blocks as plain paragraphs (for a heading that is itself one item).
pub fn prose(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Para { text, .. } | Block::Item { text, .. } => Some(text.replace('\n', " ")),
            Block::Table { rows, .. } => Some(
                rows.iter()
                    .map(|r| r.join(" — "))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            _ => None,
        })
        .collect()
}

/// A bullet labelled as the outcome of the list above it.
fn is_outcome(text: &str) -> bool {
    let (name, body) = split_item(text);
    body.is_some()
        && matches!(
            super::text::words(&name).as_str(),
            "outcome" | "outcomes" | "key outcome" | "key outcomes" | "result" | "results"
        )
}

fn run_together(text: &str) -> Option<Vec<String>> {
    super::runs::separated_names(text)
        .or_else(|| super::runs::dash_items(text))
        .or_else(|| super::runs::run_sentences(text))
}
