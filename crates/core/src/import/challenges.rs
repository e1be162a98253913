//! Challenges and their solutions, in every shape the READMEs use: a label ("Challenge",
//! "Problem", "Issue" / "Solution", "Fix") in bold, italic or plain, in one bullet, a sub-bullet,
//! the next line or paragraph; a heading per challenge; a table of two or three columns; or a
//! bullet per challenge with no solution at all.

use super::markdown::Block;
use super::text::{first_words, label, split_item, strip_lead, Label};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub title: String,
    pub challenge: String,
    pub solution: Option<String>,
    pub line: usize,
}

/// The longest title taken from a challenge's text.
const TITLE_CHARS: usize = 60;

/// Reads challenges from parts: `(heading, blocks)`, where the heading is the part's own title
/// when it is a sub-heading (one challenge), or `None` for the section itself.
#[derive(Default)]
pub struct Reader {
    pub found: Vec<Found>,
    /// Paragraphs before the first challenge.
    pub intro: Vec<String>,
    /// Where the next text goes: the current challenge's text, or its solution.
    in_solution: bool,
    /// After a bare "Solutions" label: the challenge the next top-level line solves (the two
    /// lists are paired by position).
    pairing: Option<usize>,
    /// Reading the part of one challenge (under its own heading).
    one: bool,
}

impl Reader {
    fn start(&mut self, title: Option<String>, text: String, line: usize) {
        let title = title
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| first_words(&text, TITLE_CHARS));
        self.found.push(Found {
            title,
            challenge: text,
            solution: None,
            line,
        });
        self.in_solution = false;
    }

    fn add(&mut self, text: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let Some(c) = self.found.last_mut() else {
            self.intro.push(text.to_string());
            return;
        };
        let slot = if self.in_solution {
            c.solution.get_or_insert_with(String::new)
        } else {
            &mut c.challenge
        };
        if !slot.is_empty() {
            slot.push(' ');
        }
        slot.push_str(text);
    }

    /// A heading (or label line) naming one challenge. "#### The problem" and "#### The
    /// solution" under a challenge's own heading label its parts, as label lines would.
    pub fn heading(&mut self, title: &str, line: usize) {
        match (label(title), self.found.last()) {
            (Some((Label::Challenge, rest)), Some(c))
                if rest.is_empty() && c.challenge.is_empty() && c.solution.is_none() =>
            {
                self.in_solution = false;
                return;
            }
            (Some((Label::Solution, rest)), Some(_)) if rest.is_empty() => {
                self.in_solution = true;
                return;
            }
            _ => {}
        }
        let title = match label(title) {
            Some((Label::Challenge, rest)) if !rest.is_empty() => rest,
            _ => strip_lead(title).to_string(),
        };
        let title = super::text::clean_name(&title);
        self.start(Some(title), String::new(), line);
    }

    /// One line of text: a labelled line, or more of the current challenge.
    fn line(&mut self, text: &str, line: usize, top: bool) {
        // "Efficient API Handling Challenge: Managing calls… Solution: …": a title before the
        // label, on a line of its own.
        if let Some((title, rest)) = titled(text) {
            self.start(Some(title), String::new(), line);
            self.line(&rest, line, false);
            return;
        }
        // "Challenge: X ... Solution: Y" in one line.
        if let Some((before, after)) = split_solution(text) {
            self.line(&before, line, top);
            self.in_solution = true;
            self.add(&after);
            return;
        }
        match label(text) {
            // "**Challenge 2: The Docker Persistence Nightmare**" alone in bold: a title, as a
            // heading would give, over the lines that tell it ("What happened:", "Fix:").
            Some((Label::Challenge, rest)) if !self.one && bold_title(text, &rest) => {
                let title = super::text::clean_name(&rest);
                self.start(Some(title), String::new(), line);
            }
            Some((Label::Challenge, rest))
                if self.found.last().is_some_and(|c| c.challenge.is_empty()) =>
            {
                // "**Problem:** …" under a heading that named the challenge.
                self.add(&rest);
            }
            Some((Label::Challenge, rest)) => {
                // A challenge with its own name: "Challenge: **Slow queries**: …"
                let (name, body) = split_item(&rest);
                match body {
                    Some(body) if name.split_whitespace().take(11).count() <= 10 => {
                        self.start(Some(name), body, line)
                    }
                    _ => self.start(None, rest, line),
                }
            }
            // "**Solutions**" over a list that solves the challenges listed above it, in order;
            // under one challenge (or after the only one waiting), it opens that one's solution.
            Some((Label::Solution, rest))
                if rest.is_empty()
                    && top_level_list_follows(text)
                    && !self.one
                    && self.found.iter().filter(|c| c.solution.is_none()).count() > 1 =>
            {
                self.pairing = self.found.iter().position(|c| c.solution.is_none());
            }
            Some((Label::Solution, rest)) => {
                if self.found.is_empty() {
                    self.start(None, String::new(), line);
                }
                self.in_solution = true;
                self.add(&rest);
            }
            None if top && self.pairing.is_some_and(|i| i < self.found.len()) => {
                let i = self.pairing.unwrap_or_default();
                self.found[i].solution = Some(text.to_string());
                self.pairing = Some(i + 1);
            }
            // "**Slow queries** → added indexes": the arrow leads to the solution.
            None if top && arrow(text).is_some() => {
                let (problem, solution) = arrow(text).unwrap_or((text, ""));
                let problem = super::text::clean_name(problem);
                self.start(None, problem, line);
                self.in_solution = true;
                self.add(solution);
            }
            None if top => {
                let (name, body) = split_item(text);
                match body {
                    // "**Broken migrations** – resolved by resetting the database": the name is
                    // the challenge, the text after it how it was solved.
                    Some(body) if tells_fix(&body) => {
                        self.start(Some(name), String::new(), line);
                        self.in_solution = true;
                        self.add(&body);
                    }
                    Some(body) => self.start(Some(name), body, line),
                    // A name alone ("**Slow queries**"): its text follows.
                    None if is_name(text) => self.start(Some(name), String::new(), line),
                    None => self.start(None, text.to_string(), line),
                }
            }
            None => self.add(text),
        }
    }

    /// The blocks of the section, or of one challenge's sub-part.
    pub fn blocks(&mut self, blocks: &[Block], one_challenge: bool) {
        self.one = one_challenge;
        // Challenges told as paragraphs, one each, with no labels.
        let told = !one_challenge
            && super::items::paragraphs_only(blocks)
            && blocks.iter().all(|b| match b {
                Block::Para { text, .. } => text.lines().all(|l| {
                    label(l).is_none() && titled(l).is_none() && split_solution(l).is_none()
                }),
                _ => true,
            });
        if told {
            for block in blocks {
                if let Block::Para { text, line } = block {
                    self.start(None, text.replace('\n', " "), *line);
                }
            }
            return;
        }
        // "State Management: used a global store" paragraphs, no bullets: one challenge each,
        // read like the same lines bulleted.
        let bulleted = blocks.iter().any(|b| matches!(b, Block::Item { .. }));
        let named = |text: &str| {
            !text.contains('\n')
                && label(text).is_none()
                && matches!(split_item(text), (name, Some(_)) if name.split_whitespace().take(7).count() <= 6)
        };
        let named_paras = !one_challenge
            && !bulleted
            && blocks
                .iter()
                .filter(|b| matches!(b, Block::Para { text, .. } if named(text)))
                .count()
                >= 2;
        for block in blocks {
            match block {
                Block::Para { text, line } if named_paras && named(text) => {
                    self.line(text, *line, true);
                }
                // "Slow queries ===> added indexes | Flaky tests ===> fixed the clock |": lines
                // of pairs, as a table pasted without its pipes.
                Block::Para { text, line }
                    if !one_challenge
                        && text
                            .lines()
                            .all(|l| arrow(l).is_some() || l.trim().is_empty())
                        // One pair after a challenge is its solution's text ("Updated the
                        // config → added the domain"), several are a list.
                        && (self.found.is_empty()
                            || text.contains(" | ")
                            || text.lines().count() >= 2) =>
                {
                    for (i, l) in text.lines().enumerate() {
                        for pair in l
                            .split(" | ")
                            .map(|p| p.trim().trim_end_matches('|').trim())
                        {
                            if arrow(pair).is_some() {
                                self.line(pair, *line + i, true);
                            }
                        }
                    }
                }
                Block::Item { depth, text, line } => {
                    let top = *depth == 0 && !one_challenge;
                    let mut lines = text.lines();
                    if let Some(first) = lines.next() {
                        self.line(first, *line, top);
                    }
                    for more in lines {
                        self.line(more, *line, false);
                    }
                }
                Block::Para { text, line } => {
                    let starts =
                        self.found.is_empty() && label(text).is_none() && titled(text).is_none();
                    if starts && !one_challenge {
                        self.intro.push(text.replace('\n', " "));
                        continue;
                    }
                    for l in text.lines() {
                        self.line(l, *line, false);
                    }
                }
                Block::Table { header, rows, line } => self.table(header, rows, *line),
                _ => {}
            }
        }
    }

    /// A table: columns named like challenge/problem and solution/fix, else the first column is
    /// the challenge and the last the solution (a middle column is more of the challenge).
    fn table(&mut self, header: &[String], rows: &[Vec<String>], line: usize) {
        let find = |want: Label| {
            header
                .iter()
                .position(|h| label(&format!("{h}:")).is_some_and(|(l, _)| l == want))
        };
        let challenge_col = find(Label::Challenge).unwrap_or(0);
        let solution_col =
            find(Label::Solution).or((header.len().max(rows.first().map_or(0, Vec::len)) > 1)
                .then(|| header.len().max(1) - 1));
        for row in rows {
            let cell = |i: usize| {
                row.get(i)
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty())
            };
            let Some(challenge) = cell(challenge_col) else {
                continue;
            };
            let middle: Vec<String> = (0..row.len())
                .filter(|i| *i != challenge_col && Some(*i) != solution_col)
                .filter_map(cell)
                .collect();
            let (title, text) = match split_item(&challenge) {
                (name, Some(body)) => (Some(name), body),
                (name, None)
                    if !middle.is_empty() && name.split_whitespace().take(11).count() <= 10 =>
                {
                    (Some(name), middle.join(" "))
                }
                _ => (None, challenge.clone()),
            };
            let text = if middle.is_empty()
                || title.as_deref().is_some_and(|_| text == middle.join(" "))
            {
                text
            } else {
                format!("{text} {}", middle.join(" "))
            };
            self.start(title, text, line);
            if let Some(solution) = solution_col.and_then(cell) {
                self.in_solution = true;
                self.add(&solution);
            }
        }
    }

    /// The challenges, each with text (its title when nothing else was said), and the solution
    /// their text gives when no label did.
    pub fn finish(self) -> (Vec<Found>, Vec<String>) {
        let found = self
            .found
            .into_iter()
            .map(|mut c| {
                if c.solution.is_none() {
                    solution_in_text(&mut c);
                }
                if c.challenge.trim().is_empty() {
                    c.challenge = c.title.clone();
                }
                c
            })
            .filter(|c| !c.title.trim().is_empty())
            .collect();
        (found, self.intro)
    }
}

/// Whether a labelled line is all one bold span whose text after the label is a short title.
fn bold_title(text: &str, rest: &str) -> bool {
    let t = strip_lead(text.trim());
    t.starts_with("**")
        && t.ends_with("**")
        && t.matches("**").count() == 2
        && !rest.is_empty()
        && !rest.ends_with(['.', ':'])
        && rest.split_whitespace().take(11).count() <= 10
}

/// A line "problem → solution" split at its arrow ("→", "->", "=>", "==>", "===>").
fn arrow(text: &str) -> Option<(&str, &str)> {
    [" ===> ", " ==> ", " => ", " → ", " -> "]
        .iter()
        .find_map(|a| text.split_once(a))
        .map(|(p, s)| (p.trim(), s.trim()))
        .filter(|(p, _)| !p.is_empty())
}

/// "Title Challenge: text": a short title (at most ten words, no sentence) before a challenge
/// label inside the line. Returns the title and the line from the label on.
fn titled(text: &str) -> Option<(String, String)> {
    for marker in [
        " Challenge:",
        " Problem:",
        " **Challenge:**",
        " **Problem:**",
    ] {
        if let Some(at) = text.find(marker) {
            let title = text[..at].trim();
            let words = title.split_whitespace().count();
            if (1..=10).contains(&words) && !title.contains(". ") && !title.contains(':') {
                return Some((
                    super::text::clean_name(title),
                    text[at..].trim().to_string(),
                ));
            }
        }
    }
    None
}

/// A solution written into the challenge's text: "slow queries; solved by adding indexes", or a
/// named challenge whose text tells what was done ("**N+1 queries:** Refactored the ORM
/// queries…", "– Implemented throttling…").
fn solution_in_text(c: &mut Found) {
    for marker in [
        "; solved by ",
        " solved by ",
        "; fixed by ",
        " fixed by ",
        "; resolved by ",
    ] {
        if let Some(at) = c.challenge.find(marker) {
            let (problem, fix) = c.challenge.split_at(at);
            let fix = fix[marker.len()..].trim();
            if !problem.trim().is_empty() && !fix.is_empty() {
                c.solution = Some(capitalized(fix));
                c.challenge = problem.trim_end_matches([';', ',', ' ']).to_string();
                return;
            }
        }
    }
    let named = !c.challenge.is_empty() && c.title != c.challenge;
    let first = c
        .challenge
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|ch: char| !ch.is_alphanumeric());
    if named && did(first) {
        c.solution = Some(std::mem::take(&mut c.challenge));
    }
}

/// A verb that tells what was done ("Implemented", "Refactored"), not what happened
/// ("Faced", "Encountered").
fn did(word: &str) -> bool {
    const HAPPENED: [&str; 14] = [
        "faced",
        "encountered",
        "struggled",
        "experienced",
        "needed",
        "wanted",
        "started",
        "noticed",
        "caused",
        "received",
        "required",
        "lacked",
        "failed",
        "limited",
    ];
    let lower = word.to_lowercase();
    let capital = word.starts_with(|c: char| c.is_uppercase());
    capital && lower.len() > 4 && lower.ends_with("ed") && !HAPPENED.contains(&lower.as_str())
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A "Solutions" label line (bold, alone) over a list of its own.
fn top_level_list_follows(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("**") && t.trim_end_matches(':').ends_with("**")
}

/// A line that is only a name: all bold, or a few words without a full stop.
fn is_name(text: &str) -> bool {
    let t = text.trim();
    (t.starts_with("**") && t.ends_with("**") && t.matches("**").count() == 2)
        || (t.split_whitespace().take(9).count() <= 8 && !t.ends_with(['.', '!', '?']))
}

/// "… Solution: …" inside one line: the text before and after the label.
fn split_solution(text: &str) -> Option<(String, String)> {
    // ASCII lowering keeps byte offsets; a label is a word of its own ("fix:", not "prefix:").
    let lower = text.to_ascii_lowercase();
    for marker in [
        "**solution :**",
        "**solution:**",
        "**solution**:",
        "_solution_:",
        "*solution*:",
        "solution:",
        "**fix:**",
        "fix:",
    ] {
        // Written as a label (capitalised, or bold), or opening a sentence: "a quick fix:
        // disabling CORS" is no label.
        let at = lower.match_indices(marker).map(|(i, _)| i).find(|&i| {
            i > 0
                && !lower[..i].ends_with(|c: char| c.is_ascii_alphanumeric())
                && (!text[i..].starts_with(|c: char| c.is_ascii_lowercase())
                    || text[..i]
                        .trim_end()
                        .ends_with(['.', '!', '?', ';', '-', '–', '—']))
        });
        if let Some(i) = at {
            let before = text[..i]
                .trim_end_matches(['-', '–', '|', ' ', '→', '_', '*'])
                .trim();
            let after = text[i + marker.len()..]
                .trim_start_matches(['_', '*'])
                .trim();
            if !before.is_empty() {
                return Some((before.to_string(), after.to_string()));
            }
        }
    }
    told_fix(text, &lower)
}

/// Whether a text starts by telling what was done about a challenge ("resolved by resetting
/// the database", "Fixed with WhiteNoise", "by pinning versions", "learned GitFlow"): a verb
/// of fixing or learning first, or "by".
fn tells_fix(text: &str) -> bool {
    const FIXED: [&str; 14] = [
        "resolved",
        "fixed",
        "solved",
        "overcame",
        "overcome",
        "debugged",
        "addressed",
        "mitigated",
        "tackled",
        "handled",
        "worked around",
        "by",
        "learned",
        "switched",
    ];
    let lower = text.trim_start_matches(['*', '_']).to_ascii_lowercase();
    FIXED.iter().any(|v| {
        lower
            .strip_prefix(v)
            .is_some_and(|rest| rest.starts_with([' ', ',']))
    })
}

/// A sentence after the first of a challenge's text that tells how it was solved ("…kept
/// crashing. Fixed it with WhiteNoise.", "…felt slow. In the end I solved it by moving the
/// fetches to the server", "…Switching to Tailwind made the problem go away.", "What worked:
/// …", "Solution : …"): the text before it and the text from it on (a label left out).
fn told_fix(text: &str, lower: &str) -> Option<(String, String)> {
    // Labels open their sentence; the other phrases may sit anywhere in it.
    const LABELS: [&str; 8] = [
        "solution :",
        "solution - ",
        "solution – ",
        "fix - ",
        "what worked:",
        "the fix:",
        "my fix:",
        "workaround:",
    ];
    const PHRASES: [&str; 15] = [
        "to overcome this",
        "to overcome it",
        "i overcame",
        "to solve this",
        "to fix this",
        "to resolve this",
        "fixed it",
        "fixed this",
        "solved it",
        "solved this",
        "resolved it",
        "resolved this",
        "the fix was",
        "made the problem go away",
        "made it go away",
    ];
    // Where each sentence after the first starts (`lower`: the text lowered, ASCII only, which
    // keeps byte offsets).
    let starts = text
        .match_indices(". ")
        .chain(text.match_indices("! "))
        .chain(text.match_indices("? "))
        .map(|(i, _)| i + 2)
        .filter(|&i| i >= 8 && i < text.len());
    let mut starts: Vec<usize> = starts.collect();
    starts.sort_unstable();
    // Each sentence runs to where the next starts: every byte is looked at once per phrase.
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([text.len()]).collect();
    starts.iter().zip(ends).find_map(|(&at, end)| {
        let sentence = &lower[at..end];
        let after = match LABELS.iter().find(|l| sentence.starts_with(*l)) {
            Some(label) => text[at + label.len()..].trim(),
            None if PHRASES.iter().any(|p| sentence.contains(p)) => text[at..].trim(),
            None => return None,
        };
        let before = text[..at].trim_end();
        (!after.is_empty()).then(|| (before.to_string(), after.to_string()))
    })
}
