//! The little inline markup content text may use: `code`, **strong**, _emphasis_ (or *emphasis*)
//! and [links](https://…). Everything else is text, so content can never inject HTML, and a link
//! whose address is not http, https or mailto stays text.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span<'a> {
    Text(&'a str),
    Code(&'a str),
    Strong(&'a str),
    Emphasis(&'a str),
    Link { label: &'a str, url: &'a str },
}

/// Splits text into spans; an unclosed marker, or a marker inside a word (`snake_case`), stays
/// literal text.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    let mut out = Vec::new();
    let mut text_start = 0; // start of the pending plain text
    let mut pos = 0; // where to look for the next opening marker
    while let Some(open) = text[pos..].find(['`', '*', '_', '[']).map(|i| pos + i) {
        let found = match_at(text, open);
        match found {
            Some((span, end)) => {
                if open > text_start {
                    out.push(Span::Text(&text[text_start..open]));
                }
                out.push(span);
                pos = end;
                text_start = end;
            }
            None => pos = open + 1,
        }
    }
    if text_start < text.len() {
        out.push(Span::Text(&text[text_start..]));
    }
    out
}

/// The span that starts at `at`, and where it ends.
fn match_at(text: &str, at: usize) -> Option<(Span<'_>, usize)> {
    let rest = &text[at..];
    if let Some(code) = rest.strip_prefix('`') {
        let len = code.find('`').filter(|&l| l > 0)?;
        return Some((Span::Code(&code[..len]), at + len + 2));
    }
    if rest.starts_with('[') {
        let close = rest.find("](")?;
        let label = &rest[1..close];
        let url_start = close + 2;
        let url_len = rest[url_start..].find(')')?;
        let url = &rest[url_start..url_start + url_len];
        if label.trim().is_empty() || label.contains(['[', ']']) || !is_safe_url(url) {
            return None;
        }
        return Some((Span::Link { label, url }, at + url_start + url_len + 1));
    }
    for marker in ["**", "__", "*", "_"] {
        if !rest.starts_with(marker) || !opens(text, at, marker) {
            continue;
        }
        let inner_start = at + marker.len();
        let mut from = inner_start;
        while let Some(i) = text[from..].find(marker) {
            let close = from + i;
            if close > inner_start && closes(text, close, marker) {
                let inner = &text[inner_start..close];
                let span = if marker.len() == 2 {
                    Span::Strong(inner)
                } else {
                    Span::Emphasis(inner)
                };
                return Some((span, close + marker.len()));
            }
            from = close + marker.len();
        }
        return None;
    }
    None
}

/// An opening marker: not inside a word (for `_`), and followed by a non-space.
fn opens(text: &str, at: usize, marker: &str) -> bool {
    let next = text[at + marker.len()..].chars().next();
    let before = text[..at].chars().next_back();
    next.is_some_and(|c| !c.is_whitespace() && !marker.starts_with(c))
        && !(marker.starts_with('_') && before.is_some_and(char::is_alphanumeric))
}

/// A closing marker: after a non-space, and not inside a word (for `_`).
fn closes(text: &str, at: usize, marker: &str) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + marker.len()..].chars().next();
    before.is_some_and(|c| !c.is_whitespace())
        && !(marker.starts_with('_') && after.is_some_and(char::is_alphanumeric))
        && !after.is_some_and(|c| marker.starts_with(c))
}

/// An address a link may have: http, https or mailto.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(char::is_whitespace)
}

/// The text with markers removed (a link keeps its label), for search and plain contexts
/// (titles, meta tags).
pub fn plain(text: &str) -> String {
    // Without a marker byte there are no spans to read: the common case, decided byte-wise.
    if !has_markup(text) {
        return text.to_string();
    }
    spans(text)
        .into_iter()
        .map(|s| match s {
            Span::Text(t) | Span::Code(t) | Span::Strong(t) | Span::Emphasis(t) => t,
            Span::Link { label, .. } => label,
        })
        .collect()
}

/// Whether a text may hold inline markup: a byte that opens code, emphasis or a link.
pub fn has_markup(text: &str) -> bool {
    text.bytes().any(|b| matches!(b, b'`' | b'*' | b'_' | b'['))
}
