//! Text pasted without Markdown and without line breaks, where headings and items run into one
//! another: "…for scalability Challenges and Solutions This section highlights…", "Web
//! Development – Building web apps Mobile Development – Optimizing…", "Build modular components
//! Use TypeScript for type safety Optimize performance…". Only READMEs with (almost) no Markdown
//! headings are read this way; elsewhere such text is prose.

use super::markdown::Block;

/// Splits paragraphs where a section heading runs into them: the heading becomes a paragraph of
/// its own (which `parts` then reads as a bare heading line).
pub fn split_headings(blocks: Vec<Block>) -> Vec<Block> {
    let headings = blocks
        .iter()
        .filter(|b| matches!(b, Block::Heading { .. }))
        .count();
    if headings >= 3 {
        return blocks;
    }
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        match block {
            Block::Para { text, line } if !text.contains('\n') => {
                let mut rest: &str = &text;
                while let Some((before, heading, after)) = run_in_heading(rest) {
                    if !before.is_empty() {
                        out.push(Block::Para {
                            text: before.to_string(),
                            line,
                        });
                    }
                    out.push(Block::Para {
                        text: heading.to_string(),
                        line,
                    });
                    rest = after;
                }
                if !rest.trim().is_empty() {
                    out.push(Block::Para {
                        text: rest.trim().to_string(),
                        line,
                    });
                }
            }
            b => out.push(b),
        }
    }
    out
}

/// The first heading run into `text`: (text before it, the heading, text after it). A heading
/// here starts the text or follows a word without punctuation, is a section's name in Title
/// Case, and is followed by a sentence ("This section…", "Throughout the program…").
fn run_in_heading(text: &str) -> Option<(&str, &str, &str)> {
    let words: Vec<(usize, &str)> = word_spans(text);
    for start in 0..words.len() {
        let after_word = start == 0
            || words[start - 1]
                .1
                .ends_with(|c: char| c.is_alphanumeric() || c == ')');
        if !after_word || !words[start].1.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        // The longest heading that a sentence follows.
        for len in (1..=7).rev() {
            let Some(&(next_at, next)) = words.get(start + len) else {
                continue;
            };
            let sentence = next.starts_with(|c: char| c.is_uppercase())
                && words
                    .get(start + len + 1)
                    .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_lowercase()));
            if !sentence {
                continue;
            }
            let begin = words[start].0;
            let heading = text[begin..next_at].trim();
            // "Slow Queries Challenge: Managing…" is a labelled line, not a heading.
            if !heading.contains(':') && super::bare_heading(heading).is_some() {
                return Some((text[..begin].trim(), heading, &text[next_at..]));
            }
        }
    }
    None
}

/// The words of a text with their byte offsets.
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, &text[s..]));
    }
    spans
}

/// "React · TypeScript · Next.js · Zustand": names on one line between middle dots, bullets
/// or bars, three or more, each a few words. Returns them, or `None` for other text.
pub fn separated_names(text: &str) -> Option<Vec<String>> {
    let line = text.trim();
    if line.contains('\n') {
        return None;
    }
    let sep = [" · ", " • ", " | "]
        .into_iter()
        .find(|s| line.contains(s))?;
    let names: Vec<String> = line.split(sep).map(|n| n.trim().to_string()).collect();
    let short = names.iter().all(|n| {
        !n.is_empty() && n.split_whitespace().take(5).count() <= 4 && !n.ends_with(['.', ':'])
    });
    (names.len() >= 3 && short).then_some(names)
}

/// "Web Development – Building web apps Mobile Development – Optimizing for phones": items
/// joined on one line, each "Name – text", the next name in Title Case after the text before
/// it. Returns the items as "Name – text" lines, or `None` for other text.
pub fn dash_items(text: &str) -> Option<Vec<String>> {
    let pieces: Vec<&str> = text.split(" – ").collect();
    if pieces.len() < 4 || text.contains('\n') {
        return None;
    }
    let mut items = Vec::new();
    let mut name = pieces[0].trim().to_string();
    for piece in &pieces[1..pieces.len() - 1] {
        let words = word_spans(piece);
        // The next name: the Title Case words at the end ("System Design and Analysis").
        let mut at = words.len();
        while at > 0 {
            let w = words[at - 1].1;
            let capital = w.starts_with(|c: char| c.is_uppercase() || c == '(');
            let small = matches!(w, "and" | "of" | "&" | "for") && at < words.len();
            if capital || small {
                at -= 1;
            } else {
                break;
            }
        }
        while at < words.len() && !words[at].1.starts_with(|c: char| c.is_uppercase()) {
            at += 1;
        }
        if at == 0 || at == words.len() {
            return None;
        }
        let split = words[at].0;
        items.push(format!("{name} – {}", piece[..split].trim()));
        name = piece[split..].trim().to_string();
    }
    items.push(format!("{name} – {}", pieces[pieces.len() - 1].trim()));
    Some(items)
}

/// "Build modular components to improve upkeep Use TypeScript for type safety Optimize
/// performance with lazy loading": sentences without full stops, each starting with a
/// capitalized word after a lowercase one. Returns them, or `None` when there are fewer than
/// three or the text has punctuation of its own.
pub fn run_sentences(text: &str) -> Option<Vec<String>> {
    if text.contains(['.', '!', '?', '\n', ':']) {
        return None;
    }
    let words = word_spans(text);
    let mut starts = vec![0];
    for i in 1..words.len() {
        let (at, w) = words[i];
        let prev = words[i - 1].1;
        let mut chars = w.chars();
        let capitalized = chars.next().is_some_and(char::is_uppercase)
            && chars.clone().count() > 0
            && chars.all(char::is_lowercase);
        // A new sentence after a lowercase word ("…maintainability Use TypeScript…"), not the
        // next word of a Title Case name ("Database Design Excellence").
        if capitalized
            && prev.starts_with(|c: char| c.is_lowercase())
            && super::known::lookup(w).is_none()
        {
            starts.push(at);
        }
    }
    if starts.len() < 3 {
        return None;
    }
    // Sentences, not single words.
    let short = starts
        .windows(2)
        .any(|w| text[w[0]..w[1]].split_whitespace().take(3).count() < 3);
    if short {
        return None;
    }
    starts.push(text.len());
    Some(
        starts
            .windows(2)
            .map(|w| text[w[0]..w[1]].trim().to_string())
            .collect(),
    )
}
