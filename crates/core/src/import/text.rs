//! Small text rules of the importer: normalizing headings, splitting "Name: text" items,
//! challenge and solution labels, slugs.

/// A heading or label as words: lowercase, no emoji, markup, numbering or punctuation.
pub fn words(text: &str) -> String {
    // Markup only changes what the words are when there is some: this runs for every heading
    // and label line, so plain text skips the inline parser.
    let plain;
    let text = if crate::content::inline::has_markup(text) {
        plain = crate::content::inline::plain(text);
        plain.as_str()
    } else {
        text
    };
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let mut leading = true;
    let end_word = |word: &mut String, out: &mut String, leading: &mut bool| {
        if word.is_empty() {
            return;
        }
        let skip = *leading
            && (word.bytes().all(|b| b.is_ascii_digit()) || word == "step" || word == "part");
        if !skip {
            *leading = false;
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else {
            end_word(&mut word, &mut out, &mut leading);
        }
    }
    end_word(&mut word, &mut out, &mut leading);
    out
}

/// Removes list-like numbering and emoji at the start: "1. Python", "1️⃣ Next.js", "🐍 Python".
pub fn strip_lead(text: &str) -> &str {
    let t = text.trim_start_matches(|c: char| {
        !(c.is_alphanumeric() || "*_`[(\"'".contains(c)) || c.is_ascii_digit()
    });
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | ':'));
    let t = t.trim_start_matches(|c: char| !(c.is_alphanumeric() || "*_`[(\"'".contains(c)));
    if t.is_empty() {
        text.trim()
    } else {
        t.trim()
    }
}

/// The separators between an item's name and its text, strongest first.
const SEPARATORS: [&str; 7] = [": ", " – ", " — ", " → ", " -> ", " - ", " : "];

/// Splits an item into (name, text): on `:` inside or after a bold name, a dash, an arrow, or a
/// line break; a name alone has no text. `max_name` words is the longest name accepted for a
/// split without bold.
pub fn split_item(text: &str) -> (String, Option<String>) {
    let text = strip_lead(text.trim());
    // A bold name at the start: "**Python**: text", "**Python:** text", "**Python** - text".
    if let Some(rest) = text.strip_prefix("**") {
        if let Some(end) = rest.find("**") {
            // Numbering inside the bold ("**1. Python**") is no part of the name.
            let name = unnumbered(rest[..end].trim().trim_end_matches(':').trim());
            let after = rest[end + 2..].trim_start();
            let after = after
                .trim_start_matches([':', '-', '–', '—', '→', '>', '|'])
                .trim();
            if !name.is_empty() {
                return (name.to_string(), non_empty(after));
            }
        }
    }
    if let Some((first, rest)) = text.split_once('\n') {
        if first.split_whitespace().take(9).count() <= 8 && !first.ends_with('.') {
            return (clean_name(first), non_empty(rest));
        }
    }
    for sep in SEPARATORS {
        if let Some((name, rest)) = split_once_bytes(text, sep) {
            let name_words = name.split_whitespace().count();
            if name_words > 0 && name_words <= 8 && !name.contains(". ") {
                return (clean_name(name), non_empty(rest));
            }
        }
    }
    (clean_name(text), None)
}

/// A name without its leading number ("1. Python", "2) Django"); "3D Printing" keeps its own.
pub fn unnumbered(name: &str) -> &str {
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    match name.as_bytes().get(digits) {
        Some(b'.' | b')') if (1..=2).contains(&digits) => {
            let rest = name[digits + 1..].trim_start();
            if rest.is_empty() || rest.len() == name[digits + 1..].len() {
                name
            } else {
                rest
            }
        }
        _ => name,
    }
}

/// `text.split_once(sep)` for a short separator, by a byte scan: cheaper than setting up a
/// substring searcher for each of the separators tried on every item.
fn split_once_bytes<'a>(text: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let (hay, needle) = (text.as_bytes(), sep.as_bytes());
    let first = *needle.first()?;
    let mut from = 0;
    while let Some(i) = hay[from..].iter().position(|&b| b == first) {
        let at = from + i;
        if hay[at..].starts_with(needle) {
            // A match of a whole UTF-8 separator starts and ends on char boundaries.
            return Some((&text[..at], &text[at + needle.len()..]));
        }
        from = at + 1;
    }
    None
}

/// A name without surrounding markup and punctuation.
pub fn clean_name(name: &str) -> String {
    let name = name.trim().trim_end_matches(':').trim();
    let unwrapped = ["**", "__", "_", "*", "`"].iter().fold(name, |n, m| {
        n.strip_prefix(m)
            .and_then(|x| x.strip_suffix(m))
            .unwrap_or(n)
    });
    unwrapped
        .trim()
        .trim_end_matches([':', '.'])
        .trim()
        .to_string()
}

fn non_empty(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The label a line starts with, if it is one: "Challenge", "Problem", "Issue" → Challenge;
/// "Solution", "Fix", "Resolution", "How I solved it" → Solution; with the text after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Challenge,
    Solution,
}

pub fn label(text: &str) -> Option<(Label, String)> {
    let t = strip_lead(text.trim());
    // The label word may be bold, italic or plain, with the colon inside or outside.
    let unmarked = t.trim_start_matches(['*', '_']);
    // "Q: …" / "A: …": a question met and its answer.
    for (letter, kind) in [('Q', Label::Challenge), ('A', Label::Solution)] {
        let rest = unmarked
            .strip_prefix(letter)
            .or_else(|| unmarked.strip_prefix(letter.to_ascii_lowercase()))
            .map(|r| r.trim_start_matches(['*', '_']));
        if let Some(body) = rest.and_then(|r| r.strip_prefix(':')) {
            let body = body.trim_start_matches(['*', '_']).trim();
            return Some((kind, unclosed_end(body).to_string()));
        }
    }
    // Labels are a few words: only the line's start is lowered (this runs for most lines), by
    // ASCII rules, which keep every byte offset ("Défi" and "Problème" are written lowercase
    // but for their first letter).
    let head: String = unmarked.chars().take(24).collect();
    let lower = head.to_ascii_lowercase();
    const CHALLENGE: [&str; 17] = [
        "challenge",
        "hardest part",
        "the hardest part",
        "biggest challenge",
        "my biggest challenge",
        "défi",
        "problème",
        "difficulté",
        "blocker",
        "blocked by",
        "problem",
        "issue",
        "the challenge",
        "the problem",
        "what i saw",
        "what happened",
        "symptom",
    ];
    const SOLUTION: [&str; 13] = [
        "solution",
        "résolution",
        "breakthrough",
        "fix",
        "resolution",
        "how i solved it",
        "how i fixed it",
        "the solution",
        "solutions",
        "what i did",
        "how i solved",
        "approach",
        "solved by",
    ];
    for (words, kind) in [
        (&CHALLENGE[..], Label::Challenge),
        (&SOLUTION[..], Label::Solution),
    ] {
        for w in words {
            if let Some(rest) = lower.strip_prefix(w) {
                // "Challenge 1:", "Challenge:", "Problem -"; not "Challenges I faced".
                let Some(rest_orig) = unmarked.get(head.len() - rest.len()..) else {
                    continue;
                };
                let after_num = rest_orig
                    .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '#');
                let after = after_num.trim_start_matches(['*', '_']).trim_start();
                if let Some(body) = after
                    .strip_prefix(':')
                    .or_else(|| after.strip_prefix('–'))
                    .or_else(|| after.strip_prefix('—'))
                    .or_else(|| after.strip_prefix("- "))
                    .or_else(|| after.strip_prefix('.'))
                {
                    let body = body.trim_start_matches(['*', '_']).trim();
                    return Some((kind, unclosed_end(body).to_string()));
                }
                if after.is_empty() {
                    return Some((kind, String::new()));
                }
            }
        }
    }
    None
}

/// Text without the closing marker of an emphasis opened before it ("**Challenge 1: Title**"
/// gives "Title**"): a marker at the end with no partner in the text.
fn unclosed_end(text: &str) -> &str {
    for marker in ["**", "__", "*", "_"] {
        if let Some(rest) = text.strip_suffix(marker) {
            if !rest.contains(marker) {
                return rest.trim_end();
            }
        }
    }
    text
}

/// A slug: lowercase ASCII letters and digits in words joined by single hyphens, at most 64
/// characters; accents folded, other characters dropped; "item" when nothing is left.
pub fn slug(text: &str) -> String {
    let folded = crate::text::fold(&crate::content::inline::plain(text));
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if c == '+' {
            out.push_str("plus");
        } else if c == '#' {
            out.push_str("sharp");
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "item".into()
    } else {
        out
    }
}

/// The first `max` characters of a text, cut at a word, for names made from sentences.
pub fn first_words(text: &str, max: usize) -> String {
    let plain = crate::content::inline::plain(text);
    let plain = plain.trim();
    if plain.chars().count() <= max {
        return plain.trim_end_matches(['.', ':']).to_string();
    }
    let cut: String = plain.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].trim_end_matches([',', ';', ':', '.']).to_string(),
        _ => cut,
    };
    // A parenthesis the cut left open ("… yet (see") goes with what it opened.
    match cut.rfind('(') {
        Some(i) if i > max / 2 && !cut[i..].contains(')') => cut[..i]
            .trim_end_matches([' ', ',', ';', ':', '.'])
            .to_string(),
        _ => cut,
    }
}
