//! The global search over every section. The index is built once from the loaded
//! portfolio; a query is matched case- and accent-insensitively ("cafe" finds "Café"), every word
//! of it must occur in the item's title or text, and results come grouped by section with the
//! byte ranges to highlight.
//!
//! Ranking, per query word: a title that starts with it, then a word of the title that starts
//! with it, then anywhere in the title, then a word of the text, then anywhere in the text. A
//! title equal to the whole query comes first of all.

use crate::content::inline::plain;
use crate::content::{Block, Portfolio};
use crate::routes::{Section, CLOSING};
use crate::text::{fold, fold_mapped, is_combining, terms};
use std::ops::Range;

/// Text with the byte ranges of `text` that matched (sorted, disjoint, on char boundaries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    pub text: String,
    pub ranges: Vec<Range<usize>>,
}

impl Marked {
    /// The text in order as `(matched, piece)`; rendering the matched pieces as `<mark>`
    /// highlights the query.
    pub fn segments(&self) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut at = 0;
        for r in &self.ranges {
            if r.start > at {
                out.push((false, &self.text[at..r.start]));
            }
            out.push((true, &self.text[r.clone()]));
            at = r.end;
        }
        if at < self.text.len() {
            out.push((false, &self.text[at..]));
        }
        out
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub section: Section,
    pub id: String,
    /// App path, without the base (`Section::item_path`).
    pub path: String,
    pub title: Marked,
    /// Some of the item's text: around the first match when the text matched, else its start.
    pub excerpt: Marked,
    pub score: u32,
}

/// The results of one section: the best `hits` of `total` matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub section: Section,
    pub hits: Vec<Hit>,
    pub total: usize,
}

struct Entry {
    section: Section,
    id: String,
    path: String,
    title: String,
    /// Plain text fields (inline markers removed).
    body: Vec<String>,
    title_key: String,
    body_keys: Vec<String>,
}

/// Everything searchable, folded once.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

impl SearchIndex {
    pub fn new(p: &Portfolio) -> Self {
        let mut entries = Vec::new();
        // `path` is the item's own (`Section::item_path`) unless given.
        let mut add =
            |section: Section, path: Option<String>, id: &str, title: &str, body: Vec<&str>| {
                let title = plain(title);
                let body: Vec<String> = body.into_iter().map(plain).collect();
                entries.push(Entry {
                    section,
                    id: id.to_string(),
                    path: path.unwrap_or_else(|| section.item_path(id)),
                    title_key: fold(&title),
                    body_keys: body.iter().map(|b| fold(b)).collect(),
                    title,
                    body,
                });
            };
        for t in &p.technologies {
            let category = p.category(&t.category).map(|c| c.name.as_str());
            let body = [t.summary.as_deref(), category].into_iter().flatten();
            add(Section::Technologies, None, &t.id, &t.name, body.collect());
        }
        for c in &p.concepts {
            let mut body: Vec<&str> = c.summary.as_deref().into_iter().collect();
            body.extend(c.details.iter().map(String::as_str));
            add(Section::Concepts, None, &c.id, &c.name, body);
        }
        for c in &p.challenges {
            let body = [c.challenge.as_deref(), c.solution.as_deref()];
            add(
                Section::Challenges,
                None,
                &c.id,
                &c.title,
                body.into_iter().flatten().collect(),
            );
        }
        for x in &p.practices {
            add(
                Section::Practices,
                None,
                &x.id,
                &x.name,
                x.summary.as_deref().into_iter().collect(),
            );
        }
        for x in &p.projects {
            add(
                Section::Projects,
                None,
                &x.id,
                &x.name,
                x.summary.as_deref().into_iter().collect(),
            );
        }
        for x in &p.extra {
            let body = x.blocks.iter().flat_map(Block::texts).collect();
            add(Section::About, None, &x.id, &x.title, body);
        }
        // The overview and the closing are found with the further sections, linked to where
        // the overview page shows them.
        let prose = [
            ("overview", "Overview", "/".to_string(), &p.overview),
            (CLOSING, "Closing", format!("/#{CLOSING}"), &p.closing),
        ];
        for (id, title, path, blocks) in prose {
            if !blocks.is_empty() {
                let body = blocks.iter().flat_map(Block::texts).collect();
                add(Section::About, Some(path), id, title, body);
            }
        }
        SearchIndex { entries }
    }

    /// The matches for `query`, grouped by section: groups ordered by their best hit (ties in
    /// section order), hits by score (ties in content order), at most `per_section` hits each.
    /// A blank query gives no groups.
    pub fn search(&self, query: &str, per_section: usize) -> Vec<Group> {
        let terms = terms(query);
        if terms.is_empty() {
            return Vec::new();
        }
        let whole = terms.join(" ");
        let mut scored: Vec<(u32, usize)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| score(e, &terms, &whole).map(|s| (s, i)))
            .collect();
        scored.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(self.entries[a.1].section.cmp(&self.entries[b.1].section))
                .then(a.1.cmp(&b.1))
        });
        let mut groups: Vec<Group> = Vec::new();
        for (score, i) in scored {
            let entry = &self.entries[i];
            let group = match groups.iter_mut().position(|g| g.section == entry.section) {
                Some(g) => &mut groups[g],
                None => {
                    groups.push(Group {
                        section: entry.section,
                        hits: Vec::new(),
                        total: 0,
                    });
                    groups.last_mut().expect("just pushed")
                }
            };
            group.total += 1;
            if group.hits.len() < per_section {
                group.hits.push(hit(entry, &terms, score));
            }
        }
        groups
    }
}

/// How well a word matches a folded field: 3 at the start, 2 at a word start, 1 elsewhere.
fn quality(key: &str, term: &str) -> u32 {
    let mut best = 0;
    for (at, _) in key.match_indices(term) {
        let q = if at == 0 {
            3
        } else if starts_word(key, at) {
            2
        } else {
            1
        };
        best = best.max(q);
        if best == 3 {
            break;
        }
    }
    best
}

fn starts_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn score(e: &Entry, terms: &[String], whole: &str) -> Option<u32> {
    let mut total = 0;
    for t in terms {
        let title = match quality(&e.title_key, t) {
            3 => 60,
            2 => 40,
            1 => 20,
            _ => 0,
        };
        let body = match e.body_keys.iter().map(|k| quality(k, t)).max() {
            Some(2..) => 8,
            Some(1) => 4,
            _ => 0,
        };
        let best = title.max(body);
        if best == 0 {
            return None;
        }
        total += best;
    }
    if e.title_key == whole {
        total += 100;
    } else if e.title_key.starts_with(whole) {
        total += 30;
    }
    Some(total)
}

fn hit(e: &Entry, terms: &[String], score: u32) -> Hit {
    Hit {
        section: e.section,
        id: e.id.clone(),
        path: e.path.clone(),
        title: Marked {
            text: e.title.clone(),
            ranges: find_all(&e.title, terms),
        },
        excerpt: excerpt(e, terms),
        score,
    }
}

/// Characters of text shown around the first match of an excerpt, before and in all.
const EXCERPT_BEFORE: usize = 40;
const EXCERPT_LEN: usize = 140;

fn excerpt(e: &Entry, terms: &[String]) -> Marked {
    let found = e
        .body
        .iter()
        .map(|b| (b, find_all(b, terms)))
        .find(|(_, r)| !r.is_empty());
    let (text, ranges) = match found {
        Some((b, r)) => (b.as_str(), r),
        None => (e.body.first().map_or("", String::as_str), Vec::new()),
    };
    let first = ranges.first().map_or(0, |r| r.start);
    // Start a little before the first match, at a word if one is near.
    let mut start = text[..first]
        .char_indices()
        .rev()
        .nth(EXCERPT_BEFORE - 1)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        if let Some(space) = text[start..first].find(' ') {
            start += space + 1;
        }
    }
    let end = text[start..]
        .char_indices()
        .nth(EXCERPT_LEN)
        .map_or(text.len(), |(i, _)| start + i);
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let shift = prefix.len();
    let ranges = ranges
        .into_iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start + shift..r.end - start + shift)
        .collect();
    Marked {
        text: format!("{prefix}{}{suffix}", &text[start..end]),
        ranges,
    }
}

/// Every occurrence of every term in `text`, as merged byte ranges of `text`.
fn find_all(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    let (key, origin) = fold_mapped(text);
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for t in terms {
        for (at, _) in key.match_indices(t.as_str()) {
            let start = origin[at];
            let last = origin[at + t.len() - 1];
            let mut end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            // A combining accent belongs to the letter before it.
            while let Some(c) = text[end..].chars().next().filter(|c| is_combining(*c)) {
                end += c.len_utf8();
            }
            ranges.push(start..end);
        }
    }
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(m) if r.start <= m.end => m.end = m.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}
