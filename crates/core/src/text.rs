//! Text matching shared by the search dialog and the list search boxes: one fold (lowercase,
//! Latin accents removed, so "cafe" finds "Café") and one rule (every word of the query occurs
//! somewhere in the item's text).
//!
//! The fold is a small table of Latin letters rather than full Unicode normalization: the
//! tables of a normalization crate would weigh more in the wasm than the whole of this module.

/// The folded words of a query, without repeats, in order.
pub fn terms(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in fold(query).split_whitespace() {
        if !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    }
    out
}

/// Whether every term occurs in some field (fields as written; they are folded here). No terms
/// match everything.
pub fn matches_all(fields: &[&str], terms: &[String]) -> bool {
    if terms.is_empty() {
        return true;
    }
    let keys: Vec<String> = fields.iter().map(|f| fold(f)).collect();
    terms
        .iter()
        .all(|t| keys.iter().any(|k| k.contains(t.as_str())))
}

/// Lowercase, with Latin accents removed: the form both texts and queries are compared in.
pub fn fold(text: &str) -> String {
    // As fold_mapped, without the map: this runs for every name and text of an import.
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                fold_char(lower, &mut out);
            }
        }
    }
    out
}

/// The folded text, and for each of its bytes the start of the original char it came from (so
/// a match in the folded text can be highlighted in the original).
pub fn fold_mapped(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        for lower in c.to_lowercase() {
            fold_char(lower, &mut out);
            origin.resize(out.len(), i);
        }
    }
    (out, origin)
}

/// A combining diacritical mark (U+0300–U+036F): dropped by the fold, and highlighted with the
/// letter before it.
pub fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The fold table: a lowercase Latin letter with a diacritic becomes its base letter(s).
fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' | 'ǎ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        c if is_combining(c) => "",
        c => {
            out.push(c);
            return;
        }
    };
    out.push_str(base);
}
