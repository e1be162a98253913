//! The import report: one line per decision that loses or guesses something, with its README
//! line number, and a summary of what was found.

use serde::Serialize;

/// One decision, at a line of the README.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub notes: Vec<Note>,
}

impl Report {
    pub fn at(&mut self, line: usize, message: String) {
        self.notes.push(Note { line, message });
    }

    /// The notes as `file:line: message` lines, in line order.
    pub fn lines(&self, file: &str) -> Vec<String> {
        let mut notes: Vec<&Note> = self.notes.iter().collect();
        notes.sort_by_key(|n| n.line);
        notes
            .iter()
            .map(|n| format!("{file}:{}: {}", n.line, n.message))
            .collect()
    }
}

/// "1 technology", "3 technologies": a count with its noun in the right number.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
