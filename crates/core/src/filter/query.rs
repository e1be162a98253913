//! A list's filter state <-> its URL query string. Junk in, defaults out: unknown keys and values that
//! the content does not know are dropped, never an error.

use super::FilterState;

/// The URL parameter of the text box.
pub const TEXT_KEY: &str = "q";

/// Reads filter state from a query string (with or without the leading `?`). `known(facet,
/// value)` says whether a value exists in the content; others are ignored.
pub fn decode(query: &str, facets: &[&str], known: impl Fn(&str, &str) -> bool) -> FilterState {
    let mut state = FilterState::default();
    let mut seen_text = false;
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(key);
        if key == TEXT_KEY && !seen_text {
            seen_text = true;
            state.text = percent_decode(value);
        } else if let Some(facet) = facets.iter().find(|f| **f == key) {
            for v in percent_decode(value).split(',') {
                let v = v.trim();
                if !v.is_empty() && known(facet, v) && !state.is_selected(facet, v) {
                    state.toggle(facet, v);
                }
            }
        }
    }
    state
}

/// Writes filter state as a query string: `""` when empty, else `?q=…&facet=a,b` with facets in
/// the given order and values sorted, so one view has exactly one URL.
pub fn encode(state: &FilterState, facets: &[&str]) -> String {
    let mut parts = Vec::new();
    if !state.text.is_empty() {
        parts.push(format!("{TEXT_KEY}={}", percent_encode(&state.text)));
    }
    for facet in facets {
        if let Some(values) = state.selected.get(*facet).filter(|v| !v.is_empty()) {
            let joined: Vec<String> = values.iter().map(|v| percent_encode(v)).collect();
            parts.push(format!("{facet}={}", joined.join(",")));
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+` (form encoding for a space); malformed escapes stay literal and invalid
/// UTF-8 becomes U+FFFD rather than an error.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(h), Some(l)) if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
                    let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
                    out.push(hex(*h) * 16 + hex(*l));
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
