//! A README that is a glossary: notes pasted without Markdown, each a name on a line of its own
//! (often wrapped in `#…#`, which is no heading) and its definition on the lines after it. With
//! no section of the portfolio to be found, its entries are what was learned: technologies.

use super::markdown::Block;

/// The fewest entries that make a glossary, rather than a few short lines in prose.
const MIN_ENTRIES: usize = 8;

/// The blocks with every glossary entry as a top-level item ("**Name**: definition"), moved
/// out of the paragraphs that held them; `None` when the README has too few entries.
pub fn read(blocks: &[Block]) -> Option<(Vec<Block>, Vec<Block>)> {
    let mut entries = Vec::new();
    let mut rest = Vec::new();
    for block in blocks {
        let Block::Para { text, line } = block else {
            rest.push(block.clone());
            continue;
        };
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let mut kept: Vec<&str> = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let explicit = wrapped(lines[i]);
            let name = explicit.or_else(|| {
                (is_name(lines[i]) && lines.get(i + 1).is_some_and(|l| is_definition(l)))
                    .then(|| lines[i].to_string())
            });
            let Some(name) = name.filter(|n| !n.is_empty()) else {
                kept.push(lines[i]);
                i += 1;
                continue;
            };
            let mut end = i + 1;
            while end < lines.len() && wrapped(lines[end]).is_none() && !starts_entry(&lines, end) {
                end += 1;
            }
            let definition = lines[i + 1..end].join(" ");
            let text = if definition.is_empty() {
                format!("**{name}**")
            } else {
                format!("**{name}**: {definition}")
            };
            entries.push(Block::Item {
                depth: 0,
                text,
                line: line + i,
            });
            i = end;
        }
        if !kept.is_empty() {
            rest.push(Block::Para {
                text: kept.join("\n"),
                line: *line,
            });
        }
    }
    (entries.len() >= MIN_ENTRIES).then_some((entries, rest))
}

/// "#ERD#", "#Generators:#": a name the author marked as a heading without Markdown's space.
fn wrapped(line: &str) -> Option<String> {
    let inner = line.strip_prefix('#')?.trim_end().strip_suffix('#')?;
    let inner = inner.trim_matches('#').trim();
    let inner = inner
        .trim_matches(|c: char| matches!(c, '“' | '”' | '"'))
        .trim_end_matches([':', '.'])
        .trim();
    (!inner.starts_with(' ') && inner.split_whitespace().take(15).count() <= 14)
        .then(|| inner.to_string())
}

/// A line that may name an entry: short, in Title Case, no sentence, no definition of its own.
fn is_name(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let step = super::text::strip_lead(line)
        .to_lowercase()
        .starts_with("step ");
    (1..=10).contains(&words)
        && !line.ends_with(['.', ',', ';', ':'])
        && !line.contains('=')
        && line.starts_with(|c: char| c.is_alphanumeric())
        && super::title_case(line)
        && !step
}

/// A line that defines: a sentence, an `X = Y` line, or long enough to be one ("Running tests"
/// and "Deploying code to servers" under a definition are more of it, not entries).
fn is_definition(line: &str) -> bool {
    wrapped(line).is_none()
        && (line.ends_with('.')
            || line.contains('=')
            || line.split_whitespace().take(10).count() >= 10)
}

/// Whether the line at `i` starts the next entry (a name followed by its definition).
fn starts_entry(lines: &[&str], i: usize) -> bool {
    is_name(lines[i]) && lines.get(i + 1).is_some_and(|l| is_definition(l))
}
