//! The README's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with its
//! byte-order mark, as editors on Windows save it. Bytes that are not text, or far more of them
//! than any README, are refused with a reason instead of being read as Markdown.

use std::fmt;

/// The largest README read: ten times the longest learner's README, far below what would make
/// the import slow (1 MB takes under 200 ms).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Why the bytes are not read as a README.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotText {
    /// More bytes than `MAX_BYTES`.
    TooLarge(usize),
    /// Control characters or invalid UTF-8 sequences: a binary file, or text in an encoding
    /// other than UTF-8 or UTF-16.
    Binary,
}

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotText::TooLarge(n) => write!(
                f,
                "too large for a README: {n} bytes, the limit is {MAX_BYTES} bytes"
            ),
            NotText::Binary => write!(
                f,
                "not text: the file holds bytes that are neither UTF-8 nor UTF-16 text \
                 (a binary file?); save the README as UTF-8"
            ),
        }
    }
}

/// Decodes a README. A few invalid UTF-8 sequences (a stray Latin-1 "é") are replaced and
/// counted in the second value; more than one in a hundred characters, or any control character
/// other than tab, line feed, carriage return and form feed, mean the bytes are not text.
pub fn decode(bytes: &[u8]) -> Result<(String, usize), NotText> {
    if bytes.len() > MAX_BYTES {
        return Err(NotText::TooLarge(bytes.len()));
    }
    let (text, replaced) = if let Some(rest) = bytes.strip_prefix(&[0xff, 0xfe]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xfe, 0xff]) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        let rest = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
        let text = String::from_utf8_lossy(rest).into_owned();
        // Only an invalid sequence yields U+FFFD here when the input had none of its own.
        let own = std::str::from_utf8(rest).is_ok();
        let replaced = if own {
            0
        } else {
            text.chars().filter(|c| *c == '\u{fffd}').count()
        };
        (text, replaced)
    };
    let chars = text.chars().count();
    let control = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    if control > 0 || replaced * 100 > chars {
        return Err(NotText::Binary);
    }
    Ok((text, replaced))
}

/// UTF-16 code units (after the byte-order mark) as text; an odd byte count or unpaired
/// surrogates beyond a few mean it is not UTF-16.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<(String, usize), NotText> {
    if !bytes.len().is_multiple_of(2) {
        return Err(NotText::Binary);
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut replaced = 0;
    for c in char::decode_utf16(units) {
        text.push(c.unwrap_or_else(|_| {
            replaced += 1;
            '\u{fffd}'
        }));
    }
    Ok((text, replaced))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_its_mark_is_decoded_both_ways() {
        let text = "# Nexus\n\n- Python: é\n";
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le), Ok((text.to_string(), 0)));
        assert_eq!(decode(&be), Ok((text.to_string(), 0)));
    }

    #[test]
    fn utf8_with_a_mark_and_a_stray_latin1_byte_is_text() {
        let mut bytes = b"\xef\xbb\xbf# Caf".to_vec();
        bytes.push(0xe9);
        bytes.extend_from_slice(&b" notes ".repeat(20));
        let (text, replaced) = decode(&bytes).unwrap();
        assert!(text.starts_with("# Caf\u{fffd} notes"), "{text}");
        assert_eq!(replaced, 1);
    }

    #[test]
    fn binary_and_oversized_input_is_refused() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00binary"), Err(NotText::Binary));
        assert_eq!(decode(&[0xff, 0xfe, 0x41]), Err(NotText::Binary));
        let invalid: Vec<u8> = (0..400u32).map(|i| (i * 131 % 256) as u8 | 0x80).collect();
        assert_eq!(decode(&invalid), Err(NotText::Binary));
        let big = vec![b'a'; MAX_BYTES + 1];
        assert_eq!(decode(&big), Err(NotText::TooLarge(MAX_BYTES + 1)));
        assert!(NotText::TooLarge(5).to_string().starts_with("too large"));
        assert!(NotText::Binary.to_string().starts_with("not text"));
    }
}
