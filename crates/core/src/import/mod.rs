//! `nexus import`: a learner's portfolio README (Markdown) → a portfolio that passes the
//! validator by construction, with a report of every decision that loses or guesses something.
//!
//! The README is parsed into blocks (`markdown`), cut into parts at its headings and bold label
//! lines, each part given the kind of section it is about (`sections`), and each kind read into
//! items (`items`: technologies, concepts, practices, projects; `challenges`). Whether a title
//! over entries — a sub-heading, a bullet over a nested list, a label line — is a group or one
//! item is one decision at every level (`outline`). Parts of no kind become extra sections;
//! stand-ins ("TBD") are left out (`placeholder`); a syllabus is told by its voice (`voice`);
//! nothing is dropped without a report line.

mod build;
mod challenges;
mod glossary;
mod input;
mod items;
pub mod known;
mod markdown;
mod outline;
mod placeholder;
mod report;
mod runs;
mod sections;
mod text;
mod voice;

pub use input::{decode, NotText, MAX_BYTES};
pub use report::{count, Note, Report};

use crate::content::Portfolio;
use markdown::Block;
use sections::Kind;
use std::borrow::Cow;
use std::fmt;

/// A README read into a portfolio, and what the reading lost or guessed.
#[derive(Debug, Clone)]
pub struct Imported {
    pub portfolio: Portfolio,
    pub report: Report,
}

impl Imported {
    /// What was found, in one line: "imported 6 technologies, 3 concepts, 4 challenges (3 with a
    /// solution), 5 practices, 0 projects, 2 extra sections; 7 notes".
    pub fn summary(&self) -> String {
        let p = &self.portfolio;
        let solved = p.challenges.iter().filter(|c| c.solution.is_some()).count();
        format!(
            "imported {}, {}, {} ({solved} with a solution), {}, {}, {}; {}",
            count(p.technologies.len(), "technology", "technologies"),
            count(p.concepts.len(), "concept", "concepts"),
            count(p.challenges.len(), "challenge", "challenges"),
            count(p.practices.len(), "practice", "practices"),
            count(p.projects.len(), "project", "projects"),
            count(p.extra.len(), "extra section", "extra sections"),
            count(self.report.notes.len(), "note", "notes")
        )
    }
}

/// The README is not a learning portfolio: no section of technologies or concepts with
/// something in it (an app's README, the assignment's empty skeleton).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NotPortfolio {
    /// Its headings, to show what was found instead.
    pub headings: Vec<String>,
    /// How many of them are about an app (setup, features, endpoints…) when that decided it.
    pub app_headings: usize,
    /// How many sentences promise learners what they will learn ("you will…") when that
    /// decided it: a syllabus or a course brief.
    pub promises: usize,
    /// How many of its items are a template's stand-ins ("TBD", "[Challenge 1]") when that
    /// decided it: a template not filled in.
    pub placeholders: usize,
}

impl fmt::Display for NotPortfolio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Why, by what decided it; then the headings found, to show what was there instead.
        if self.placeholders > 0 {
            write!(
                f,
                "not a learning portfolio: a template not filled in yet ({} such as \"TBD\" or \
                 \"[Challenge 1]\", and no item that says anything of itself); write its \
                 sections and import it again",
                count(self.placeholders, "placeholder", "placeholders")
            )?;
        } else if self.promises > 0 {
            write!(
                f,
                "not a learning portfolio: it tells learners what they will learn (\"you will \
                 …\", \"learners will …\": {} times) under a course's headings, as a syllabus \
                 or an assignment brief does; a portfolio tells what its author learned",
                self.promises
            )?;
        } else if self.app_headings > 0 {
            write!(
                f,
                "not a learning portfolio: it documents an app ({} about setup, features, \
                 endpoints, deployment or a project's plan) and at most one kind of learning; \
                 a portfolio has \
                 technologies or concepts beside challenges (\"Challenges & Solutions\") or \
                 best practices",
                count(self.app_headings, "heading", "headings")
            )?;
        } else {
            write!(
                f,
                "not a learning portfolio: looked for sections of technologies (\"Key \
                 Technologies\", \"Tech Stack\") or concepts with items in them, beside \
                 challenges (\"Challenges & Solutions\") or best practices, and found none"
            )?;
        }
        if !self.headings.is_empty() {
            let shown: Vec<&str> = self.headings.iter().take(8).map(String::as_str).collect();
            write!(f, " (its headings: {})", shown.join(" · "))?;
        }
        Ok(())
    }
}

/// One part of the README: a heading (or label line) and the blocks up to the next one.
#[derive(Debug, Clone)]
pub(crate) struct Part {
    pub title: String,
    pub line: usize,
    /// The section this part's content belongs to (its own kind, or its parent's).
    pub kind: Option<Kind>,
    /// For a part inside a section: the heading that introduced the section is elsewhere and this
    /// heading is a sub-heading (a category, one item, or one challenge).
    pub sub: bool,
    /// The heading level (1–6; 2 for a bare or label line, 0 for the text before any heading).
    pub level: u8,
    /// A learning section inside one project ("Tech Stack" of the final project).
    pub in_project: bool,
    /// A heading under "Major Learnings" with no kind of its own, read as technologies by
    /// default ("Security & Middleware Adventures").
    pub loose: bool,
    pub blocks: Vec<Block>,
}

/// Reads a README.
pub fn import(markdown: &str) -> Result<Imported, NotPortfolio> {
    let mut report = Report::default();
    let text = prepare(markdown, &mut report);
    let read = |report: &mut Report| {
        runs::split_headings(expand(markdown::blocks(&text, 1, report), report))
    };
    let blocks = inverted_levels(read(&mut report), &mut report);
    let read_parts = nested_sections(topic_after(parts(lines(blocks, &mut report)), &mut report));
    let mut cut = bullet_sections(app_stack(recaps(in_project(hybrid(extras_in_learnings(
        read_parts,
    ))))));
    let learning = |parts: &[Part]| {
        parts.iter().any(|p| match p.kind {
            Some(Kind::Technologies | Kind::Concepts | Kind::Challenges | Kind::Practices) => true,
            // "Week 3 — Django" over a list: learnings, read as technologies.
            Some(Kind::Learnings) => p
                .blocks
                .iter()
                .any(|b| matches!(b, Block::Item { .. } | Block::Table { .. })),
            _ => false,
        })
    };
    // No section at all: notes pasted as a glossary, name lines and their definitions.
    if !learning(&cut) {
        // Read again (rarely needed, so not kept meanwhile); its notes are already reported.
        if let Some((entries, rest)) = glossary::read(&read(&mut Report::default())) {
            let line = entries.iter().map(Block::line).min().unwrap_or(1);
            cut = recaps(parts(lines(rest, &mut Report::default())));
            cut.push(Part {
                title: "Glossary".into(),
                line,
                kind: Some(Kind::Technologies),
                sub: false,
                level: 2,
                in_project: false,
                loose: false,
                blocks: entries,
            });
        }
    }
    let has_learning = learning(&cut);
    let parts = cut;
    if !has_learning {
        return Err(NotPortfolio {
            headings: parts
                .iter()
                .map(|p| p.title.clone())
                .filter(|t| !t.is_empty())
                .collect(),
            ..Default::default()
        });
    }
    let headings: Vec<String> = parts
        .iter()
        .map(|p| p.title.clone())
        .filter(|t| !t.is_empty())
        .collect();
    let app = app_headings(&parts);
    let (portfolio, placeholders) = build::portfolio(parts, &mut report);
    if !is_portfolio(&portfolio) {
        return Err(NotPortfolio {
            headings,
            ..Default::default()
        });
    }
    // Decided from both sides: an app's README that lists one kind of learning (its stack, or
    // a grading criterion named "Best Practices") is still about the app.
    if app >= 3 && learned_kinds(&portfolio) <= 1 {
        return Err(NotPortfolio {
            headings,
            app_headings: app,
            ..Default::default()
        });
    }
    // Stand-ins beside bare names only: the template, not yet written.
    let described = says_of_itself(&portfolio)
        || portfolio.practices.iter().any(|x| x.summary.is_some())
        || portfolio
            .challenges
            .iter()
            .any(|c| c.challenge.is_some() || c.solution.is_some());
    if placeholders >= 3 && !described {
        return Err(NotPortfolio {
            headings,
            placeholders,
            ..Default::default()
        });
    }
    if let Some(promises) = voice::promises(&text, &headings) {
        return Err(NotPortfolio {
            headings,
            promises,
            ..Default::default()
        });
    }
    Ok(Imported { portfolio, report })
}

/// What a learning portfolio has, beyond headings that name its sections (an app's README or
/// the assignment's skeleton may have those too): technologies or concepts, and either a second
/// kind of learning, items that say something about themselves, or many of them.
fn is_portfolio(p: &Portfolio) -> bool {
    let kinds = [
        !p.technologies.is_empty(),
        !p.concepts.is_empty(),
        !p.challenges.is_empty(),
        !p.practices.is_empty(),
    ];
    let described = says_of_itself(p);
    // Or a list long enough to be one ("**Styling:** Tailwind CSS, Sass" bullets, no text).
    let many = p.technologies.len() + p.concepts.len() >= 8;
    (kinds[0] || kinds[1]) && (kinds.iter().filter(|k| **k).count() >= 2 || described || many)
}

/// Whether a technology or concept says something of itself (a summary or details), as a
/// bare list of names does not.
fn says_of_itself(p: &Portfolio) -> bool {
    p.technologies.iter().any(|t| t.summary.is_some())
        || p.concepts
            .iter()
            .any(|c| c.summary.is_some() || !c.details.is_empty())
}

/// Headings an app's README or a project plan has and a learning portfolio does not need: how
/// to install, run and call the app, what it does, how it is graded, licensed or scheduled.
fn app_headings(parts: &[Part]) -> usize {
    parts
        .iter()
        // A heading read as a learning section or a unit ("Week 9: CI/CD and Deployment") is
        // about learning whatever words it uses.
        .filter(|p| p.level > 0 && !p.title.is_empty())
        .filter(|p| matches!(p.kind, None | Some(Kind::Extra)))
        .filter(|p| app_heading(&p.title))
        .count()
}

/// What an app's README has headings for.
const APP: [&str; 32] = [
    "setup",
    "set up",
    "installation",
    "install",
    "getting started",
    "quick start",
    "usage",
    "how to run",
    "running locally",
    "endpoints",
    "api documentation",
    "features",
    "deployment",
    "license",
    "contributing",
    "prerequisites",
    "requirements",
    "environment variables",
    "evaluation",
    "submission",
    "tasks",
    "project structure",
    "folder structure",
    "commit workflow",
    "deliverables",
    "demo",
    // A project plan's: what it will build, not what was learned.
    "problem statement",
    "proposed solution",
    "timeline",
    "milestones",
    "success metrics",
    "risks",
];

/// A heading that says how to install or run an app ("Running Locally", "Setup"), by its first
/// words ("Database Setup & Configuration" is a topic).
fn how_to_run(title: &str) -> bool {
    let w = format!(" {} ", text::words(title));
    [
        "running locally",
        "run locally",
        "setup",
        "installation",
        "getting started",
        "quick start",
        "how to run",
        "prerequisites",
    ]
    .iter()
    .any(|x| {
        w.strip_prefix(' ')
            .and_then(|rest| rest.strip_prefix(x))
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// A heading about an app rather than about learning ("Setup", "API Endpoints").
fn app_heading(title: &str) -> bool {
    let w = format!(" {} ", text::words(title));
    APP.iter().any(|x| sections::has_phrase(&w, x))
}

/// How many kinds of learning a portfolio documents: concepts, challenges, practices, projects,
/// and technologies unless their heading names an app's stack ("Tech Stack", "Technologies
/// Used").
fn learned_kinds(p: &Portfolio) -> usize {
    let stack = p.sections.technologies.as_ref().is_some_and(|s| {
        let w = format!(" {} ", text::words(&s.title));
        ["stack", "used", "built with"]
            .iter()
            .any(|x| sections::has_phrase(&w, x))
    });
    [
        !p.technologies.is_empty() && !stack,
        // What was built in the program ("The Projects I've Worked On").
        !p.projects.is_empty(),
        !p.concepts.is_empty(),
        !p.challenges.is_empty(),
        !p.practices.is_empty(),
    ]
    .iter()
    .filter(|k| **k)
    .count()
}

/// Repairs what would mislead the parser, each repair reported: a byte-order mark, non-breaking
/// hyphens and spaces, merge-conflict markers (a `=======` line would make a heading of the line
/// above), and an unclosed code fence (it would swallow the rest of the README).
fn prepare(markdown: &str, report: &mut Report) -> String {
    let text = markdown.strip_prefix('\u{feff}').unwrap_or(markdown);
    let text = text
        .replace(['\u{2011}', '\u{2010}'], "-")
        .replace('\u{a0}', " ");
    let mut lines: Vec<Cow<str>> = Vec::new();
    let mut fence: Option<(usize, &str)> = None;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        let conflict = ["<<<<<<< ", ">>>>>>> "].iter().any(|m| t.starts_with(m))
            || t == "<<<<<<<"
            || t == ">>>>>>>"
            || (t.starts_with("=======")
                && t.trim_end().chars().all(|c| c == '=')
                && fence.is_none()
                && t.trim_end().len() == 7);
        if conflict {
            report.at(i + 1, "merge-conflict marker removed".into());
            lines.push("".into());
            continue;
        }
        let marker = if t.starts_with("```") {
            Some("```")
        } else if t.starts_with("~~~") {
            Some("~~~")
        } else {
            None
        };
        if let Some(m) = marker {
            match fence {
                Some((_, open))
                    if open == m && t.trim_end().chars().all(|c| c == m.as_bytes()[0] as char) =>
                {
                    fence = None
                }
                None => fence = Some((lines.len(), m)),
                _ => {}
            }
        }
        if let Some(heading) = fence.is_none().then(|| glued_heading(t)).flatten() {
            report.at(
                i + 1,
                "a rule written on a heading's line read as the heading".into(),
            );
            lines.push(heading.into());
            continue;
        }
        // "fix: i reduced the image" opening a line (inside an item, where the line break is
        // lost): a label written in lowercase, read as "Fix:" is anywhere.
        if fence.is_none() {
            let label = ["fix:", "fix :", "solution:", "solution :"]
                .iter()
                .any(|l| t.starts_with(l));
            if label {
                let indent = line.len() - t.len();
                lines.push(
                    format!(
                        "{}{}{}",
                        &line[..indent],
                        t[..1].to_ascii_uppercase(),
                        &t[1..]
                    )
                    .into(),
                );
                continue;
            }
        }
        // "- [Challenge 1]: [Solution]": a template's slots, not a link's definition (which
        // Markdown would take out of the list, unseen).
        if fence.is_none() {
            let item = t.trim_start_matches(['-', '*', '+']);
            if item.len() < t.len() && item.starts_with(' ') {
                let slot = item.trim_start();
                if slot.starts_with('[') && slot.contains("]:") {
                    let at = line.len() - slot.len();
                    lines.push(format!("{}\\{}", &line[..at], slot).into());
                    continue;
                }
            }
        }
        // "##Technologies i used": a heading whose space after the "#"s was forgotten (not
        // "#hashtag" inside a sentence: the whole line is the heading).
        if fence.is_none() && line.len() == t.len() {
            let hashes = t.len() - t.trim_start_matches('#').len();
            let rest = &t[hashes..];
            if (1..=6).contains(&hashes)
                && rest.starts_with(|c: char| c.is_alphanumeric() || c == '*' || !c.is_ascii())
                && rest.split_whitespace().take(13).count() <= 12
                // "#Indexing#" lines are a glossary's terms, read as such.
                && !rest.trim_end().ends_with('#')
                // "#100DaysOfCode #buildinpublic": tags, not a heading. A heading of one word
                // names a section ("#Deployment" is kept as it was written).
                && !rest.contains(" #")
                && (rest.contains(' ') || sections::kind(rest).is_some())
            {
                report.at(
                    i + 1,
                    "a heading with no space after its \"#\" read as a heading".into(),
                );
                lines.push(format!("{} {}", &t[..hashes], rest).into());
                continue;
            }
        }
        // "-**Security**: …", or "-ORM & migrations" among "- " bullets: a bullet whose space
        // after the dash was forgotten.
        let among_bullets = lines.last().is_some_and(|l| {
            let l = l.trim_start();
            l.starts_with("- ") || l.starts_with("* ")
        });
        // ("*Caching" is no emphasis: no "*" closes it.)
        let glued_word = among_bullets
            && (t.starts_with('-') || (t.starts_with('*') && !t[1..].contains('*')))
            && t[1..].starts_with(|c: char| c.is_alphabetic());
        if fence.is_none() && (t.starts_with("-**") || t.starts_with("+**") || glued_word) {
            let indent = line.len() - t.len();
            lines.push(format!("{} {}", &line[..indent + 1], &t[1..]).into());
            continue;
        }
        lines.push(line.into());
    }
    let mut close = None;
    if let Some((at, marker)) = fence {
        if code_to_the_end(&lines[at], &lines[at + 1..]) {
            report.at(at + 1, "unclosed code fence closed at the end".into());
            close = Some(marker);
        } else {
            report.at(at + 1, "unclosed code fence ignored".into());
            lines[at] = "".into();
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    if let Some(marker) = close {
        out.push_str(marker);
        out.push('\n');
    }
    out
}

/// "---### Key Technologies": a thematic break with a heading glued to it, which Markdown reads
/// as a paragraph. The heading, when the line is one.
fn glued_heading(line: &str) -> Option<&str> {
    let marker = line
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '*' | '_'))?;
    let rest = line.trim_start_matches(marker);
    let heading = rest.trim_start();
    let level = heading.len() - heading.trim_start_matches('#').len();
    (line.len() - rest.len() >= 3
        && (1..=6).contains(&level)
        && heading[level..].starts_with(' ')
        && !heading[level..].trim().is_empty())
    .then_some(heading)
}

/// An unclosed fence with a language ("```bash") over nothing that reads as Markdown (no
/// heading of two or more marks, list, table or long sentence): code to the end of the README,
/// where its "# comments" are no headings.
fn code_to_the_end(fence: &str, rest: &[Cow<str>]) -> bool {
    let lang = fence.trim_start().trim_start_matches(['`', '~']).trim();
    !lang.is_empty()
        && rest.iter().map(|l| l.trim()).all(|l| {
            !l.starts_with("## ")
                && !l.starts_with("- ")
                && !l.starts_with("* ")
                && !l.starts_with('|')
                && l.split_whitespace().take(13).count() <= 12
        })
}

/// Indented code blocks that hold prose (a page pasted with its indentation) are read again as
/// Markdown; other code is reported as skipped.
fn expand(blocks: Vec<Block>, report: &mut Report) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        match block {
            Block::Code {
                indented: true,
                text,
                line,
                ..
            } if looks_like_prose(&text) && pasted_list(&text, line, &mut out) => {}
            Block::Code {
                indented: true,
                text,
                line,
                ..
            } if looks_like_prose(&text) => reread(&text, line, &mut out, report),
            // A page pasted with its indentation, its code samples marked "tsx" / "Copy code":
            // the samples are code, the text between them is read again.
            Block::Code {
                indented: true,
                text,
                line,
                ..
            } if text.lines().any(|l| l.trim() == "Copy code") => {
                for (at, chunk, lang) in copied_code(&text) {
                    match lang {
                        Some(lang) => skipped_code(lang, line + at, report),
                        None if looks_like_prose(&chunk) => {
                            reread(&chunk, line + at, &mut out, report)
                        }
                        None => skipped_code("", line + at, report),
                    }
                }
            }
            // A page pasted between stray fences: headings and prose, a little code.
            Block::Code {
                indented: false,
                text,
                line,
                lang,
            } if pasted_page(&text) => {
                report.at(
                    line,
                    "code fence around prose and headings read as Markdown".into(),
                );
                let mut inner = Report::default();
                let again = markdown::blocks(&text, line + 1, &mut inner);
                report.notes.extend(inner.notes);
                for b in again {
                    match b {
                        Block::Code { lang, line, .. } => skipped_code(&lang, line, report),
                        b => out.push(b),
                    }
                }
                let _ = lang;
            }
            Block::Code { lang, line, .. } => skipped_code(&lang, line, report),
            b => out.push(b),
        }
    }
    out
}

/// Reads an indented block of prose again as Markdown, one level only: code inside is code.
fn reread(text: &str, line: usize, out: &mut Vec<Block>, report: &mut Report) {
    let dedented = dedent(text);
    let mut inner = Report::default();
    let again = markdown::blocks(&dedented, line, &mut inner);
    report.notes.extend(inner.notes);
    for b in again {
        match b {
            Block::Code { lang, line, .. } => skipped_code(&lang, line, report),
            b => out.push(b),
        }
    }
}

/// The parts of a pasted page's indented text: (line offset, text, the language of a code
/// sample). A sample starts at the line naming its language over "Copy code" (what a rendered
/// page's copy button pastes) and ends at the next blank line.
fn copied_code(text: &str) -> Vec<(usize, String, Option<&str>)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut parts: Vec<(usize, String, Option<&str>)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let sample = lines.get(i + 1).is_some_and(|l| l.trim() == "Copy code")
            && lines[i].split_whitespace().count() == 1;
        if sample {
            let end = lines[i + 2..]
                .iter()
                .position(|l| l.trim().is_empty())
                .map_or(lines.len(), |n| i + 2 + n);
            parts.push((i, lines[i..end].join("\n"), Some(lines[i].trim())));
            i = end;
            continue;
        }
        match parts.last_mut() {
            Some((_, prose, None)) => {
                prose.push('\n');
                prose.push_str(lines[i]);
            }
            _ => parts.push((i, lines[i].to_string(), None)),
        }
        i += 1;
    }
    parts
}

/// A fenced block that holds a pasted page rather than code (a stray or unclosed fence): long,
/// with several Title Case Markdown headings, or two among mostly prose lines. (A comment in
/// code is rarely Title Case: "# Create a post".)
fn pasted_page(text: &str) -> bool {
    let lines = text_lines(text);
    let headings = lines
        .iter()
        .filter(|l| {
            l.strip_prefix("# ")
                .or_else(|| l.strip_prefix("## "))
                .is_some_and(|h| title_case(h) && h.split_whitespace().take(2).count() >= 2)
        })
        .count();
    let prose = lines
        .iter()
        .filter(|l| {
            l.split_whitespace().take(3).count() >= 3
                && !l.ends_with([';', '{', '}', '(', ')', ',', ':'])
                && !l.contains(" = ")
                && !l.contains("=>")
                && !l.starts_with(['<', '/', '{', '}', '.'])
        })
        .count();
    lines.len() >= 10 && (headings >= 3 || (headings >= 2 && prose * 2 >= lines.len()))
}

fn skipped_code(lang: &str, line: usize, report: &mut Report) {
    let what = if lang.is_empty() {
        "code block skipped".to_string()
    } else {
        format!("{lang} code block skipped")
    };
    report.at(line, what);
}

/// A list pasted from a rendered page: one line per entry, blank lines between, nested entries
/// indented deeper ("    Web Frameworks:" over "        Django: …"). Its entries become list
/// items, nested by their indentation; returns false (and adds nothing) for other text.
fn pasted_list(text: &str, line: usize, out: &mut Vec<Block>) -> bool {
    let entries: Vec<(usize, usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i, l.len() - l.trim_start().len(), l.trim()))
        .collect();
    // Entries stand alone: a blank line (or a change of indentation) between any two.
    let lines: Vec<&str> = text.lines().collect();
    let alone = entries.windows(2).all(|w| {
        w[1].0 > w[0].0 + 1
            || w[1].1 != w[0].1
            || lines.get(w[0].0 + 1).is_some_and(|l| l.trim().is_empty())
    });
    if entries.len() < 2 || !alone {
        return false;
    }
    let base = entries.iter().map(|e| e.1).min().unwrap_or(0);
    let mut depths: Vec<usize> = Vec::new();
    for (i, indent, entry) in entries {
        // Depth by distinct indentation, so 2- and 4-space steps both nest by one.
        let relative = indent - base;
        while depths.last().is_some_and(|d| *d > relative) {
            depths.pop();
        }
        if depths.last() != Some(&relative) {
            depths.push(relative);
        }
        out.push(Block::Item {
            depth: depths.len() - 1,
            text: entry.to_string(),
            line: line + i,
        });
    }
    true
}

/// Indented text that reads as sentences and lists rather than code.
fn looks_like_prose(text: &str) -> bool {
    let lines = text_lines(text);
    if lines.is_empty() {
        return false;
    }
    let code = lines.iter().filter(|l| code_line(l)).count();
    let words = lines
        .iter()
        .filter(|l| l.split_whitespace().take(3).count() >= 3)
        .count();
    code * 4 < lines.len() && words * 2 >= lines.len()
}

/// The non-blank lines of a text, trimmed.
fn text_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// A line that reads as code: a statement, a block's brace, an import, a comment.
fn code_line(l: &str) -> bool {
    l.ends_with(';')
        || l.ends_with('{')
        || l.ends_with('}')
        || l.ends_with("},")
        || l.ends_with("),")
        || l.starts_with("def ")
        || l.starts_with("import ")
        || l.starts_with("export ")
        || l.starts_with("$ ")
        // "x = 1", not "checked = I have used it." (a sentence ends with a full stop).
        || (l.contains(" = ") && !l.ends_with('.'))
        || l.contains(" => ")
        || l.starts_with("from ")
        || l.starts_with("class ")
        || l.starts_with("//")
        || l.starts_with("return ")
        // A directory tree: "├── README.md".
        || l.contains(['│', '├', '└'])
}

/// Removes the common indentation.
fn dedent(text: &str) -> String {
    let indent = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    text.lines()
        .map(|l| {
            if l.len() >= indent {
                &l[indent..]
            } else {
                l.trim_start()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Paragraphs whose lines are headings or items of their own (a README written without
/// Markdown) become a paragraph per line; other paragraphs become one line of text.
fn lines(blocks: Vec<Block>, report: &mut Report) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut blocks = blocks.into_iter().peekable();
    while let Some(block) = blocks.next() {
        match block {
            // "| Kind | Item | Notes |" with rows of Technology, Concept, Challenge…: the
            // sections of a README kept in one table, a section per run of rows.
            Block::Table { header, rows, line } if kind_column(&rows).is_some() => {
                let c = kind_column(&rows).unwrap_or_default();
                report.at(
                    line,
                    "a table with a column of kinds read as one section per kind".into(),
                );
                let without = |r: &[String]| -> Vec<String> {
                    let mut r = r.to_vec();
                    if r.len() > c {
                        r.remove(c);
                    }
                    r
                };
                let mut at = 0;
                while at < rows.len() {
                    let kind = sections::kind(&rows[at][c]);
                    let run = rows[at..]
                        .iter()
                        .take_while(|r| sections::kind(&r[c]) == kind)
                        .count();
                    out.push(Block::Heading {
                        level: 2,
                        text: rows[at][c].clone(),
                        line,
                    });
                    out.push(Block::Table {
                        header: without(&header),
                        rows: rows[at..at + run].iter().map(|r| without(r)).collect(),
                        line,
                    });
                    at += run;
                }
            }
            // "1. Overview" alone, a numbered line naming a section: a heading written as a list.
            Block::Item {
                depth: 0,
                text,
                line,
            } if !matches!(out.last(), Some(Block::Item { .. }))
                && !matches!(blocks.peek(), Some(Block::Item { .. }))
                && bare_heading(&text).is_some() =>
            {
                out.push(Block::Heading {
                    level: 2,
                    text,
                    line,
                });
            }
            // "Backend concepts" on a line of its own over a list: a section title in sentence
            // case, known by the list under it (as a line over "Name: text" lines is, below).
            // A few words only: "Best practices for handling data" leads into its list.
            Block::Para { text, line }
                if !text.contains('\n')
                    && text.split_whitespace().take(5).count() <= 4
                    && matches!(blocks.peek(), Some(Block::Item { .. }))
                    && bare_heading(&text).is_none()
                    && plain_title(&text) =>
            {
                report.at(
                    line,
                    format!(
                        "\"{}\" read as a section title (a line over its items)",
                        text.trim()
                    ),
                );
                out.push(Block::Heading {
                    level: 2,
                    text,
                    line,
                });
            }
            // Code pasted without its fence: kept out of the items, reported like code.
            Block::Para { text, line }
                if text.contains('\n') && {
                    let lines: Vec<&str> = text.lines().map(str::trim).collect();
                    let code = lines.iter().filter(|l| code_line(l)).count();
                    code >= 2 && code * 2 >= lines.len()
                } =>
            {
                report.at(line, "code without a fence skipped".into());
            }
            // "🔹 Responsive design" lines, an emoji for each bullet: a list.
            Block::Para { text, line }
                if text.contains('\n')
                    && text_lines(&text).iter().all(|l| symbol_bullet(l).is_some()) =>
            {
                for (i, l) in text.lines().enumerate() {
                    if let Some(item) = symbol_bullet(l.trim()) {
                        out.push(Block::Item {
                            depth: 0,
                            text: item.to_string(),
                            line: line + i,
                        });
                    }
                }
            }
            Block::Para { text, line } if text.contains('\n') => {
                let lines = text_lines(&text);
                let structured = lines
                    .iter()
                    .filter(|l| {
                        bare_heading(l).is_some() || text::label(l).is_some() || short_item(l)
                    })
                    .count();
                // "**Web Development:**" lines, each over its own line of names.
                let labels = lines
                    .iter()
                    .filter(|l| sections::bold_label(l).is_some())
                    .count();
                // "Keep components small.\nRead the warnings.\nProfile first.": a line per
                // sentence, each a whole one, is a list written without bullets.
                let sentences = lines.len() >= 3
                    && lines.iter().all(|l| {
                        l.starts_with(|c: char| c.is_uppercase())
                            && l.ends_with(['.', '!', '?'])
                            && !l[..l.len() - 1].contains(". ")
                            && (2..=16).contains(&l.split_whitespace().take(17).count())
                    });
                if structured * 2 >= lines.len()
                    || sentences
                    || (labels >= 2 && labels * 2 >= lines.len())
                    || (lines.len() > 1 && lines.iter().any(|l| bare_heading(l).is_some()))
                {
                    for (i, l) in lines.iter().enumerate() {
                        // "Key technologies covered" over "Web: …" lines: a title in sentence
                        // case, known by the items under it.
                        let over_items = lines.get(i + 1).is_some_and(|next| short_item(next));
                        if over_items && bare_heading(l).is_none() && plain_title(l) {
                            report.at(
                                line + i,
                                format!("\"{l}\" read as a section title (a line over its items)"),
                            );
                            out.push(Block::Heading {
                                level: 2,
                                text: l.to_string(),
                                line: line + i,
                            });
                            continue;
                        }
                        out.push(Block::Para {
                            text: l.to_string(),
                            line: line + i,
                        });
                    }
                } else {
                    out.push(Block::Para {
                        text: lines.join(" "),
                        line,
                    });
                }
            }
            b => out.push(b),
        }
    }
    out
}

/// The column of a table that names the section of each row ("Technology", "Concept", "Best
/// practice"), with more than one kind among them; any column but the last.
fn kind_column(rows: &[Vec<String>]) -> Option<usize> {
    let width = rows.iter().map(Vec::len).min()?;
    (0..width.saturating_sub(1)).find(|&c| {
        let kinds: Vec<Option<Kind>> = rows
            .iter()
            .map(|r| sections::kind(&r[c]).filter(|k| is_section(Some(*k))))
            .collect();
        let mut distinct: Vec<Kind> = kinds.iter().flatten().copied().collect();
        distinct.sort_by_key(|k| *k as u8);
        distinct.dedup();
        rows.len() >= 3 && kinds.iter().all(Option::is_some) && distinct.len() >= 2
    })
}

/// The text after a line's bullet when the bullet is an emoji ("🔹 Accessibility", "➡️
/// Solution: …", "✅ Docker"). A dot ("·", "•") is not taken: lines pasted from a rendered
/// page keep their own reading.
fn symbol_bullet(line: &str) -> Option<&str> {
    // Arrows, symbols and dingbats (➡ ✅ ★), emoji, their joiners; not letters of any script.
    let emoji = |c: char| matches!(c as u32, 0x2190..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE0F | 0x200D | 0x20E3);
    let rest = line.trim_start_matches(emoji);
    (rest.len() < line.len() && rest.starts_with(char::is_whitespace))
        .then(|| rest.trim_start())
        .filter(|r| !r.is_empty())
}

/// A line that names a section on its own ("Key Technologies", "Challenges Faced & Solutions
/// Implemented", "Overview"): short, in Title Case, no sentence punctuation.
pub(crate) fn bare_heading(line: &str) -> Option<Kind> {
    title_line(line, false)
}

/// A line that names a section whatever its case ("Key technologies covered") when items
/// follow it (a list, or "Name: text" lines). Callers ask `bare_heading` first: a Title Case
/// line is a heading of any kind there.
fn plain_title(line: &str) -> bool {
    title_line(line, true).is_some()
}

/// The one rule for a line of text that is a title: a few words naming a section, no sentence
/// punctuation, not "Languages: Python, SQL" (a category and its items); in Title Case, or —
/// over items, which show it is a title — starting with a capital, with nothing after a colon.
fn title_line(line: &str, over_items: bool) -> Option<Kind> {
    // "# Principles:" inside pasted notes (not a Markdown heading there) labels a list.
    if line.trim_start().starts_with('#') && line.trim_end().ends_with(':') {
        return None;
    }
    let t = line.trim().trim_end_matches(':');
    // "Languages: Python, SQL, Bash" is a category and its items, not a heading.
    if text::split_item(t).1.is_some_and(|body| body.contains(',')) {
        return None;
    }
    let words = t.split_whitespace().take(9).count();
    let sentence = t.ends_with(['.', '!', '?', ',', ';']) || t.contains(". ");
    if words == 0 || words > 8 || sentence || t.starts_with(['-', '*', '|', '>']) {
        return None;
    }
    // Headings are in Title Case ("Challenges Faced & Solutions"); a sentence that mentions
    // challenges is not ("Some of the challenges I met include"). (Tested before the kind,
    // which costs more: this runs for most short lines.)
    if title_case(t) {
        return sections::kind(t);
    }
    if !(over_items
        && words <= 7
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.contains([':', '.', '*', '|']))
    {
        return None;
    }
    sections::kind(t).filter(|k| is_section(Some(*k)) || *k == Kind::Learnings)
}

/// Whether every word but the small ones starts with a capital ("Challenges Faced & Solutions",
/// "Container Orchestration with Kubernetes"), as headings and names are written.
pub(crate) fn title_case(text: &str) -> bool {
    const SMALL: [&str; 13] = [
        "of", "the", "and", "to", "in", "for", "a", "an", "with", "on", "i", "&", "or",
    ];
    text.split_whitespace()
        .filter(|w| !SMALL.contains(&w.to_lowercase().as_str()))
        .all(|w| !w.starts_with(|c: char| c.is_lowercase()))
}

/// A "Name: text" line with a short name.
fn short_item(line: &str) -> bool {
    match text::split_item(line) {
        (name, Some(_)) => name.split_whitespace().take(7).count() <= 6 && !name.contains(','),
        _ => false,
    }
}

/// Cuts the blocks into parts at headings and bold label lines, and gives each part its kind.
fn parts(blocks: Vec<Block>) -> Vec<Part> {
    let mut parts: Vec<Part> = vec![Part {
        title: String::new(),
        line: 1,
        kind: None,
        sub: false,
        level: 0,
        in_project: false,
        loose: false,
        blocks: Vec::new(),
    }];
    // Open headings: (level, the kind of section they are or belong to).
    let mut stack: Vec<(u8, Option<Kind>)> = Vec::new();
    let mut seen_heading = false;
    let mut seen_h1 = false;
    // The stack depth of the project being read, if any.
    let mut project_depth: Option<usize> = None;
    // The level and kind of the last section heading, while its siblings may continue it.
    let mut sibling: Option<(u8, Kind)> = None;
    // The level of the unit heading ("Week 3: …") being read, if any.
    let mut unit_level: Option<u8> = None;
    for block in blocks {
        let heading = match &block {
            Block::Heading { level, text, line } => Some((*level, text.clone(), *line)),
            Block::Para { text, line }
                if sections::bold_label(text).is_none() && bare_heading(text).is_some() =>
            {
                Some((2, text.trim().trim_end_matches(':').to_string(), *line))
            }
            // Inside one unit of the program ("Week 1: Database Design"), a label line
            // ("**Data Architecture Fundamentals**") introduces its list, not a section.
            Block::Para { .. } if unit_level.is_some() => None,
            // "**Solution:**" alone on its line labels what follows; it is not a heading.
            Block::Para { text, line } => sections::bold_label(text)
                .filter(|l| text::label(&format!("{l}:")).is_none())
                .and_then(|label| {
                    // A label line opens a section of its own when it names one, else a sub-part of
                    // the current section (a category, an item, a challenge).
                    let own = sections::kind(&label);
                    let current = stack.last().map_or(0, |(l, _)| *l);
                    // "**Main topics**" in the program's overview describes the program.
                    let in_overview = stack
                        .last()
                        .is_some_and(|(_, k)| *k == Some(Kind::Overview));
                    // "**Industry Best Practices Demonstrated**:" in an app's deliverables is
                    // more of that section.
                    let in_extra = stack.last().is_some_and(|(_, k)| *k == Some(Kind::Extra));
                    match own {
                        Some(_) if in_overview && sections::weak(&label, own) => None,
                        Some(k) if in_extra && k != Kind::Extra => None,
                        Some(k) if k != Kind::Overview => Some((current.max(1), label, *line)),
                        _ if stack.iter().any(|(_, k)| is_section(*k)) => {
                            Some((current + 1, label, *line))
                        }
                        _ => None,
                    }
                }),
            _ => None,
        };
        let Some((level, title, line)) = heading else {
            if let Some(part) = parts.last_mut() {
                part.blocks.push(block);
            }
            continue;
        };
        while stack.last().is_some_and(|(l, _)| *l >= level) {
            stack.pop();
        }
        if unit_level.is_some_and(|l| level <= l) {
            unit_level = None;
        }
        // What the heading names, worked out once: this runs for every heading of a README.
        let title_kind = sections::kind(&title);
        if title_kind == Some(Kind::Learnings) && sections::is_unit(&title) {
            unit_level = Some(level);
        }
        // Inside one project, headings ("Features", "Tech Stack") are the project's content, not
        // sections or items of the portfolio.
        // "Example Usage" under an item is more of the item, not an item of its own.
        let lower = text::words(&title);
        let under_item = parts.last().is_some_and(|p| p.sub);
        if under_item
            && (lower.starts_with("example")
                || lower == "usage"
                || lower.starts_with("code example"))
        {
            if let Some(part) = parts.last_mut() {
                let label = format!("**{}**", text::clean_name(&title));
                part.blocks.push(Block::Para { text: label, line });
            }
            continue;
        }
        let in_project = project_depth.is_some_and(|d| stack.len() >= d);
        let learning = title_kind.filter(|k| is_section(Some(*k)) && *k != Kind::Projects);
        if in_project && learning.is_some() {
            // "Tech Stack" of the project: a section of its own when the portfolio has no such
            // section elsewhere (see `in_project`), the project's content otherwise.
            stack.push((level, learning));
            parts.push(Part {
                title,
                line,
                kind: learning,
                sub: false,
                level,
                in_project: true,
                loose: false,
                blocks: Vec::new(),
            });
            continue;
        }
        if in_project {
            if let Some(part) = parts.last_mut() {
                part.blocks.push(Block::Para {
                    text: format!("**{}**", text::clean_name(&title)),
                    line,
                });
            }
            stack.push((level, Some(Kind::Projects)));
            continue;
        }
        project_depth = None;
        // The first heading is the title when it is a level-1 heading or names no section: never
        // a section itself ("My ProDev Learnings" is a title, not a container).
        // So is the first level-1 heading after a banner line ("## ALX PRODEV FRONTEND" above
        // "# Project Nexus: Full-Stack Knowledge Base"), before any section.
        let is_title = (!seen_heading && (level == 1 || title_kind.is_none()))
            || (level == 1 && !seen_h1 && parts.iter().all(|p| p.kind.is_none()));
        seen_heading = true;
        seen_h1 |= level == 1;
        // "Project: Online Poll System" is a section that is one project.
        let own = if is_title {
            None
        } else {
            title_kind.or_else(|| sections::one_project(&title).map(|_| Kind::Projects))
        };
        let inherited = stack
            .iter()
            .rev()
            .find_map(|(_, k)| k.filter(|k| is_section(Some(*k))));
        let parent_learnings = stack
            .last()
            .is_some_and(|(_, k)| *k == Some(Kind::Learnings));
        // Inside "Collaboration" or "Next Steps", a heading like "Tips for Success" is more of
        // that section, not a section of the portfolio.
        let under_extra = stack.iter().any(|(_, k)| *k == Some(Kind::Extra));
        // A heading with no kind of its own after a sibling section of another kind inside
        // the same parent ("## Version Control" after "## UI/UX Best Practices", both under
        // "# Challenges"): one more group of the sibling's section, unless it is about an app.
        let after_sibling = sibling
            .filter(|(l, k)| *l == level && Some(*k) != inherited)
            .map(|(_, k)| k)
            .filter(|_| own.is_none() && inherited.is_some() && !app_heading(&title));
        let (kind, sub) = match (own, inherited) {
            (None, Some(_)) if after_sibling.is_some() => (after_sibling, true),
            // "Running Locally" inside a learning section: how to run an app, not an item.
            (None, Some(_)) if how_to_run(&title) => (None, false),
            (Some(k), None) if under_extra && is_section(Some(k)) => (None, false),
            // Deeper in a section of its own kind: one challenge ("Challenge 3: …"), a group
            // ("Frontend Technologies").
            (Some(k), Some(parent)) if k == parent => (Some(parent), true),
            // "Skills Developed" under "Best Practices & Takeaways": more of that section.
            (Some(k), Some(parent)) if is_section(Some(k)) && sections::weak(&title, own) => {
                (Some(parent), true)
            }
            // "Security Best Practices" under "Concepts": a topic of that section named after
            // its practices, not a section of practices.
            (Some(k), Some(parent))
                if k == Kind::Practices
                    && matches!(parent, Kind::Technologies | Kind::Concepts)
                    && sections::topic_first(&title) =>
            {
                (Some(parent), true)
            }
            // A section heading inside another section: "Challenges" under "Key Learnings".
            (Some(k), _) if is_section(Some(k)) || k == Kind::Learnings || k == Kind::Skip => {
                (Some(k), false)
            }
            (Some(Kind::Overview), Some(parent)) => (Some(parent), true),
            (Some(Kind::Overview), None) => (Some(Kind::Overview), false),
            // Under "Major Learnings" without a section kind of its own: learnings with no
            // technology/concept split are technologies, grouped by this heading
            // ("Collaboration and Version Control").
            (None | Some(Kind::Extra), None) if parent_learnings => {
                (Some(Kind::Technologies), true)
            }
            // "Collaboration", "Next Steps" inside a section end it: a section of their own.
            (Some(Kind::Extra), _) => (None, false),
            (_, Some(parent)) => (Some(parent), true),
            _ => (None, false),
        };
        let held = match (sub, own) {
            (true, _) => inherited.or(kind),
            (false, Some(Kind::Extra)) => Some(Kind::Extra),
            (false, _) if under_extra && kind.is_none() => Some(Kind::Extra),
            // Under "Evaluation Criteria" or "Deployment", "Code Quality & Best Practices" is
            // about the app, not a section of the portfolio. ("Key Features" may hold the
            // portfolio's own sections.)
            (false, None)
                if kind.is_none()
                    && app_heading(&title)
                    && !sections::has_phrase(&format!(" {} ", text::words(&title)), "features") =>
            {
                Some(Kind::Extra)
            }
            _ => kind,
        };
        stack.push((level, held));
        sibling = match (own, sub) {
            (Some(k), false) if is_section(Some(k)) && k != Kind::Projects => Some((level, k)),
            _ if after_sibling.is_some() => sibling,
            _ => None,
        };
        // A project of a projects section, or a section that is one project ("Final Project:
        // Online Poll System").
        if kind == Some(Kind::Projects) && (sub || sections::one_project(&title).is_some()) {
            project_depth = Some(stack.len());
        }
        let loose = parent_learnings && own.is_none() && kind == Some(Kind::Technologies);
        parts.push(Part {
            title,
            line,
            kind,
            sub,
            level,
            in_project: false,
            loose,
            blocks: Vec::new(),
        });
    }
    parts
}

/// "### Advanced Frontend Concepts" under "## Key Technologies", in a README whose concepts
/// have a section of their own at the level of "Key Technologies" or above: a group of the
/// technologies it is listed under, not a second concepts section (and the same the other way).
fn nested_sections(mut parts: Vec<Part>) -> Vec<Part> {
    let topical = |k: Option<Kind>| matches!(k, Some(Kind::Technologies | Kind::Concepts));
    // The shallowest level of a section of each topical kind (technologies, concepts), and the
    // last part seen at each level: kept as the parts are read, so the pass stays linear.
    let mut shallowest = [u8::MAX; 2];
    for q in parts.iter().filter(|q| !q.sub && q.level > 0) {
        match q.kind {
            Some(Kind::Technologies) => shallowest[0] = shallowest[0].min(q.level),
            Some(Kind::Concepts) => shallowest[1] = shallowest[1].min(q.level),
            _ => {}
        }
    }
    let mut last: [Option<usize>; 7] = [None; 7];
    for i in 0..parts.len() {
        let level = usize::from(parts[i].level.min(6));
        let parent = last[1..level.max(1)].iter().flatten().max().copied();
        last[level] = Some(i);
        let p = &parts[i];
        if p.sub || !topical(p.kind) || p.level == 0 {
            continue;
        }
        let Some(parent) = parent.map(|j| &parts[j]) else {
            continue;
        };
        let outer = parent.kind;
        if parent.sub || !topical(outer) || outer == p.kind {
            continue;
        }
        let own = shallowest[usize::from(p.kind == Some(Kind::Concepts))];
        if own <= parent.level {
            parts[i].kind = outer;
            parts[i].sub = true;
        }
    }
    parts
}

/// "## Testing" with a bulleted list, right after "## Important Concepts" at the same level and
/// naming no kind of section: one more topic of that section (a short title, not "Final
/// Thoughts" or anything about an app).
fn topic_after(mut parts: Vec<Part>, report: &mut Report) -> Vec<Part> {
    // The last part seen at each level, so the search for the one before stays linear.
    let mut last: [Option<usize>; 7] = [None; 7];
    for i in 0..parts.len() {
        let level = usize::from(parts[i].level.min(6));
        if i > 0 {
            topic(&mut parts, i, &last, report);
        }
        last[level] = Some(i);
    }
    parts
}

/// See `topic_after`: the part at `i`.
fn topic(parts: &mut [Part], i: usize, last: &[Option<usize>; 7], report: &mut Report) {
    {
        let p = &parts[i];
        // Cheapest tests first: this runs for every part.
        let topic = p.kind.is_none()
            && !p.sub
            && p.level > 1
            && p.title.split_whitespace().take(4).count() <= 3
            && p.blocks
                .iter()
                .filter(|b| matches!(b, Block::Item { .. }))
                .count()
                >= 2
            && p.blocks
                .iter()
                .all(|b| matches!(b, Block::Item { .. } | Block::Rule { .. }))
            && text::words(&p.title).split_whitespace().count() <= 2
            && sections::kind(&p.title).is_none()
            && !app_heading(&p.title)
            && !how_to_run(&p.title);
        if !topic {
            return;
        }
        let before = last[..=usize::from(p.level.min(6))]
            .iter()
            .flatten()
            .max()
            .map(|&j| &parts[j]);
        let kind = before
            .filter(|q| q.level == p.level && !q.sub)
            .and_then(|q| q.kind)
            .filter(|k| matches!(k, Kind::Concepts | Kind::Technologies));
        if let Some(k) = kind {
            let what = if k == Kind::Concepts {
                "concepts"
            } else {
                "technologies"
            };
            report.at(
                parts[i].line,
                format!(
                    "\"{}\" read as one more of the {what} above it",
                    parts[i].title
                ),
            );
            parts[i].kind = Some(k);
            parts[i].sub = true;
        }
    }
}

/// Under "Major Learnings", a heading such as "Collaboration" or "Contact" was read as a group of
/// learnings; it is one only when it lists a technology ("Collaboration and Version Control"
/// over "Git", "GitHub"). "Who: fellow learners", "Where: Discord" stay an extra section.
fn extras_in_learnings(mut parts: Vec<Part>) -> Vec<Part> {
    for part in parts.iter_mut() {
        if part.sub
            && part.kind == Some(Kind::Technologies)
            && sections::kind(&part.title) == Some(Kind::Extra)
        {
            let tools = part.blocks.iter().any(|b| match b {
                Block::Item { text, .. } => {
                    // "Git Basics and Branching" starts with a technology.
                    let name = text::split_item(text).0;
                    let words: Vec<&str> = name.split_whitespace().take(3).collect();
                    (1..=words.len()).any(|n| known::lookup(&words[..n].join(" ")).is_some())
                }
                _ => false,
            });
            if !tools {
                part.kind = None;
                part.sub = false;
            }
        }
    }
    parts
}

/// "### Core Technologies" over "## Python", "## Django": a section heading whose items are
/// headings of a higher level, as if the levels were swapped. Its kindless headings are read one
/// level below it, up to the next heading that names a kind of section.
fn inverted_levels(mut blocks: Vec<Block>, report: &mut Report) -> Vec<Block> {
    let headings: Vec<usize> = (0..blocks.len())
        .filter(|&i| matches!(blocks[i], Block::Heading { .. }))
        .collect();
    // Each heading's kind, worked out once.
    let kinds: Vec<Option<Kind>> = headings
        .iter()
        .map(|&i| match &blocks[i] {
            Block::Heading { text, .. } => sections::kind(text),
            _ => None,
        })
        .collect();
    let level_of = |b: &Block| match b {
        Block::Heading { level, .. } => *level,
        _ => 0,
    };
    let mut inside: Option<(u8, String)> = None;
    for (n, &i) in headings.iter().enumerate() {
        let kind = kinds[n];
        if kind.is_some() {
            inside = None;
            let level = level_of(&blocks[i]);
            // Swapped: nothing of its own, then two or more kindless headings above its level.
            let empty = headings.get(n + 1).is_some_and(|&j| j == i + 1);
            let above = headings[n + 1..]
                .iter()
                .zip(&kinds[n + 1..])
                .take_while(|(_, k)| k.is_none())
                .filter(|(&j, _)| level_of(&blocks[j]) < level)
                .take(2)
                .count();
            let next_above = headings
                .get(n + 1)
                .is_some_and(|&j| level_of(&blocks[j]) < level);
            let swapped = empty && next_above && above >= 2;
            if swapped && (is_section(kind) || kind == Some(Kind::Learnings)) {
                if let Block::Heading { text, .. } = &blocks[i] {
                    inside = Some((level, text::clean_name(strip_number(text))));
                }
            }
            continue;
        }
        if let (
            Some((level, section)),
            Block::Heading {
                level: l,
                text,
                line,
            },
        ) = (&inside, &mut blocks[i])
        {
            if *l < *level {
                report.at(
                    *line,
                    format!("\"{text}\" read as a part of \"{section}\", the heading above it"),
                );
                *l = (*level + 1).min(6);
            }
        }
    }
    blocks
}

/// A heading without its leading number ("1.Core Technologies", "2. Concepts").
fn strip_number(text: &str) -> &str {
    text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
}

/// A README that is two documents (an app's README and a portfolio, each under its own level-1
/// heading): the learning sections of the document with fewer of them are its app's sections,
/// kept as extra sections, not learning items.
fn hybrid(mut parts: Vec<Part>) -> Vec<Part> {
    // A document's title is in Title Case; "# Example of caching a view" is a comment of code
    // pasted without its fence.
    let first = parts.iter().position(|p| p.level == 1);
    let starts: Vec<usize> = parts
        .iter()
        .enumerate()
        // A document's title is followed by its own sub-headings; a level-1 heading that names
        // a learning section ("# Key Technologies"), or has nothing under it but text, is a
        // section of the one document, not the start of another.
        .filter(|(i, p)| {
            let subheaded = parts[i + 1..]
                .iter()
                .take_while(|q| q.level != 1)
                .any(|q| q.level > 1);
            p.level == 1
                && (Some(*i) == first
                    || (title_case(&p.title)
                        && subheaded
                        && !(is_section(p.kind) || p.kind == Some(Kind::Learnings))))
        })
        .map(|(i, _)| i)
        .collect();
    if starts.len() < 2 {
        return parts;
    }
    let ranges: Vec<(usize, usize)> = starts
        .iter()
        .enumerate()
        .map(|(n, &start)| {
            let begin = if n == 0 { 0 } else { start };
            (begin, starts.get(n + 1).copied().unwrap_or(parts.len()))
        })
        .collect();
    let score = |(a, b): (usize, usize)| {
        let kinds: std::collections::HashSet<Kind> = parts[a..b]
            .iter()
            .filter_map(|p| {
                p.kind
                    .filter(|k| is_section(Some(*k)) && *k != Kind::Projects)
            })
            .collect();
        kinds.len()
    };
    let scores: Vec<usize> = ranges.iter().map(|r| score(*r)).collect();
    let best = scores.iter().copied().max().unwrap_or(0);
    if scores.iter().filter(|s| **s == best).count() > 1 || best < 2 {
        return parts;
    }
    for (range, s) in ranges.iter().zip(&scores) {
        if *s < best {
            for part in &mut parts[range.0..range.1] {
                if is_section(part.kind) && part.kind != Some(Kind::Projects) {
                    part.kind = None;
                    part.sub = false;
                }
            }
        }
    }
    parts
}

/// A learning section inside a project (its "Tech Stack") describes the project when the
/// portfolio has a section of that kind of its own; it is kept as an extra section then.
fn in_project(mut parts: Vec<Part>) -> Vec<Part> {
    let outside: std::collections::HashSet<Kind> = parts
        .iter()
        .filter(|p| !p.in_project)
        .filter_map(|p| p.kind)
        .collect();
    for part in parts.iter_mut().filter(|p| p.in_project) {
        if part.kind.is_some_and(|k| outside.contains(&k)) {
            part.kind = None;
        }
    }
    parts
}

/// "Lessons Overview", "Learning Progression Summary": a recap of what the portfolio lists
/// elsewhere, not more items — kept as an extra section, with its sub-headings, unless a
/// sub-heading names a section ("Major Learnings Overview" > "Key Technologies").
fn recaps(mut parts: Vec<Part>) -> Vec<Part> {
    let mut i = 0;
    while i < parts.len() {
        let p = &parts[i];
        if p.sub || !matches!(p.kind, Some(Kind::Learnings | Kind::Practices)) {
            i += 1;
            continue;
        }
        let w = format!(" {} ", text::words(&p.title));
        let recap = ["overview", "summary", "recap"]
            .iter()
            .any(|x| sections::has_phrase(&w, x))
            && ["learnings", "learning", "lessons"]
                .iter()
                .any(|x| sections::has_phrase(&w, x));
        if !recap {
            i += 1;
            continue;
        }
        let level = p.level;
        let end = parts[i + 1..]
            .iter()
            .position(|q| q.level <= level && q.level > 0)
            .map_or(parts.len(), |n| i + 1 + n);
        // The template's own section names, not a word like "Topics" that a phase may carry.
        let sections_inside = parts[i + 1..end].iter().any(|q| {
            let w = format!(" {} ", text::words(&q.title));
            [
                "technologies",
                "concepts",
                "challenges",
                "best practices",
                "tech stack",
            ]
            .iter()
            .any(|x| sections::has_phrase(&w, x))
        });
        if !sections_inside {
            for part in &mut parts[i..end] {
                part.kind = None;
                part.sub = false;
            }
        }
        i = end;
    }
    parts
}

/// An app's README with the portfolio inside it: "Technologies Used" (or "Built With") is the
/// app's stack when the README also has technologies it learned ("Key Technologies"), and so
/// is a stack among the app's own headings; the app's stack is kept as an extra section.
fn app_stack(mut parts: Vec<Part>) -> Vec<Part> {
    let says = |p: &Part, phrases: &[&str]| {
        let w = format!(" {} ", text::words(&p.title));
        phrases.iter().any(|x| sections::has_phrase(&w, x))
    };
    // What an app was built with ("Technologies Used", "Built With").
    let used = |p: &Part| says(p, &["used", "built with"]);
    // A stack that may be the app's ("Technology Stack", "Tech Stack Implementation"): it is,
    // beside technologies that say they were learned ("Frontend Technologies Covered").
    let stack = |p: &Part| says(p, &["stack", "implementation", "architecture"]);
    let learned = |p: &Part| {
        says(
            p,
            &[
                "covered",
                "learned",
                "learnt",
                "mastered",
                "explored",
                "key technologies",
            ],
        )
    };
    let stacks: Vec<usize> = (0..parts.len())
        .filter(|&i| parts[i].kind == Some(Kind::Technologies) && !parts[i].sub)
        .collect();
    let any_learned = stacks.iter().any(|&i| !used(&parts[i]));
    let said_learned = parts
        .iter()
        .any(|p| p.kind == Some(Kind::Technologies) && learned(p) && !used(p) && !stack(p));
    if !any_learned {
        return parts;
    }
    let several = stacks.len() > 1;
    let apps: Vec<usize> = stacks
        .into_iter()
        .filter(|&i| {
            used(&parts[i])
                || (said_learned && stack(&parts[i]) && !learned(&parts[i]))
                || (several && !learned(&parts[i]) && among_app_headings(&parts, i))
        })
        .collect();
    for i in apps {
        let level = parts[i].level;
        parts[i].kind = None;
        for part in parts[i + 1..].iter_mut() {
            if !part.sub || part.level <= level {
                break;
            }
            part.kind = None;
            part.sub = false;
        }
    }
    parts
}

/// Whether the part's sibling headings (same level, same parent) are mostly an app's
/// ("Features", "Getting Started", "API Endpoints", "License"): its "Tech Stack" is the app's.
fn among_app_headings(parts: &[Part], i: usize) -> bool {
    let level = parts[i].level;
    let inside = |p: &&Part| p.level >= level;
    let before = parts[..i].iter().rev().take_while(inside);
    let after = parts[i + 1..].iter().take_while(inside);
    let siblings: Vec<&Part> = before.chain(after).filter(|p| p.level == level).collect();
    let app = siblings.iter().filter(|p| app_heading(&p.title)).count();
    app >= 2 && app * 2 >= siblings.len()
}

/// A kind that holds items.
pub(crate) fn is_section(kind: Option<Kind>) -> bool {
    matches!(
        kind,
        Some(
            Kind::Technologies
                | Kind::Concepts
                | Kind::Challenges
                | Kind::Practices
                | Kind::Projects
        )
    )
}

/// A title with items under it is a section whatever marks it. Inside the learnings, the
/// overview or a part of no section: a bullet that names a section over its own list ("What I
/// learned" over "- **Technologies**" over "- Django"), or a label line that names one over
/// its items ("**Stack:** React Native, Expo, Firebase"). Each becomes a part of its own after
/// the one it was in, its list moved up a level.
fn bullet_sections(parts: Vec<Part>) -> Vec<Part> {
    // Says what its items are, first ("Stack", "Tools I used", "Key concepts"), not a topic
    // ("Based on the project's models").
    let names_section = |name: &str| {
        // "**Learned:** Python, Django": what was learned, as under "What I learned".
        let learned = matches!(
            text::words(name).as_str(),
            "learned" | "learnt" | "i learned"
        );
        let kind = sections::kind(name).or(learned.then_some(Kind::Learnings));
        kind.filter(|k| {
            matches!(
                k,
                Kind::Technologies
                    | Kind::Concepts
                    | Kind::Challenges
                    | Kind::Practices
                    | Kind::Learnings
            ) && name.split_whitespace().take(5).count() <= 4
                && (learned || !sections::topic_first(name))
        })
    };
    let mut out = Vec::with_capacity(parts.len());
    for mut part in parts {
        if !matches!(part.kind, Some(Kind::Learnings | Kind::Overview) | None) {
            out.push(part);
            continue;
        }
        let blocks = std::mem::take(&mut part.blocks);
        let mut rest = Vec::with_capacity(blocks.len());
        let mut found: Vec<Part> = Vec::new();
        let new_part = |title: String, line: usize, kind: Option<Kind>, blocks: Vec<Block>| Part {
            title,
            line,
            kind,
            // A section of its own, not a group of one: "Technologies" is no category.
            sub: false,
            level: part.level + 1,
            in_project: part.in_project,
            loose: false,
            blocks,
        };
        let mut i = 0;
        while i < blocks.len() {
            let end = markdown::nested_end(&blocks, i);
            let bullet = match &blocks[i] {
                Block::Item {
                    depth: 0,
                    text,
                    line,
                } if end > i + 1 => match text::split_item(text) {
                    (name, None) => names_section(&name).map(|k| (name, *line, k)),
                    _ => None,
                },
                _ => None,
            };
            let label = match &blocks[i] {
                // (A label line is short and has its colon or dash: most paragraphs are not.)
                Block::Para { text, line }
                    if !text.contains('\n')
                        && text.len() < 300
                        && text.contains([':', '-', '–', '—']) =>
                {
                    match text::split_item(text) {
                        (name, Some(body)) => names_section(&name)
                            .zip(build::name_items(&body))
                            // Outside the learnings, "**Languages:** English, Spanish" is
                            // about the author: technologies there are well-known ones.
                            .filter(|(k, names)| {
                                part.kind == Some(Kind::Learnings)
                                    || *k != Kind::Technologies
                                    || names.iter().filter(|n| known::lookup(n).is_some()).count()
                                        * 2
                                        > names.len()
                            })
                            .map(|(k, names)| (name, *line, k, names)),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some((title, line, kind)) = bullet {
                let list = blocks[i + 1..end].iter().map(Block::up).collect();
                found.push(new_part(title, line, Some(kind), list));
            } else if let Some((title, line, kind, names)) = label {
                let list = names
                    .into_iter()
                    .map(|text| Block::Item {
                        depth: 0,
                        text,
                        line,
                    })
                    .collect();
                found.push(new_part(title, line, Some(kind), list));
            } else {
                rest.extend(blocks[i..end].iter().cloned());
            }
            i = end.max(i + 1);
        }
        part.blocks = rest;
        out.push(part);
        out.extend(found);
    }
    out
}
