//! The little inline markup content may use: `code` and **strong**. Everything else is text,
//! so content can never inject HTML.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span<'a> {
    Text(&'a str),
    Code(&'a str),
    Strong(&'a str),
}

/// Splits text into spans; an unclosed marker stays literal text.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    let mut out = Vec::new();
    let mut text_start = 0; // start of the pending plain text
    let mut pos = 0; // where to look for the next opening marker
    while let Some((open, marker)) = next_marker(text, pos) {
        let inner_start = open + marker.len();
        match text[inner_start..].find(marker) {
            Some(len) if len > 0 => {
                if open > text_start {
                    out.push(Span::Text(&text[text_start..open]));
                }
                let inner = &text[inner_start..inner_start + len];
                out.push(if marker == "`" {
                    Span::Code(inner)
                } else {
                    Span::Strong(inner)
                });
                pos = inner_start + len + marker.len();
                text_start = pos;
            }
            _ => pos = inner_start,
        }
    }
    if text_start < text.len() {
        out.push(Span::Text(&text[text_start..]));
    }
    out
}

fn next_marker(text: &str, from: usize) -> Option<(usize, &'static str)> {
    ["`", "**"]
        .into_iter()
        .filter_map(|m| text[from..].find(m).map(|i| (from + i, m)))
        .min_by_key(|(i, _)| *i)
}

/// The text with markers removed, for search and plain contexts (titles, meta tags).
pub fn plain(text: &str) -> String {
    spans(text)
        .into_iter()
        .map(|s| match s {
            Span::Text(t) | Span::Code(t) | Span::Strong(t) => t,
        })
        .collect()
}
