//! What a heading (or a bold label line used as one) is about: one of the portfolio's sections,
//! a container of them ("Major Learnings"), the overview, or something else the portfolio keeps
//! as an extra section.

use super::text::words;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Technologies,
    Concepts,
    Challenges,
    Practices,
    Projects,
    Overview,
    /// Holds sections of its own ("Major Learnings", "Key Backend Learnings").
    Learnings,
    /// Navigation or scaffolding that holds nothing of the portfolio ("Table of Contents").
    Skip,
    /// A section the portfolio keeps as it is (Collaboration, Next Steps, Contact…), even inside
    /// another section.
    Extra,
}

/// Phrases of each kind, as whole words of the normalized heading. Earlier rows win, so
/// "Challenges and Lessons Learned" is a challenge section and "Concepts and Tools" concepts.
const RULES: &[(Kind, &[&str])] = &[
    (
        Kind::Skip,
        &[
            "table of contents",
            "contents",
            "toc",
            "table des matières",
            "sommaire",
        ],
    ),
    // Advice to those who come next ("Tips for Future Learners"), not plans for the future.
    (
        Kind::Practices,
        &[
            "tips for",
            "advice for",
            "live by",
            "rules of thumb",
            // "What I'd Tell a New Learner", "If I Started Over": advice from experience.
            "d tell",
            "would tell",
            "started over",
            "start over",
            "note to self",
            "golden rules",
            "ground rules",
            "bonnes pratiques",
            "leçons",
            "lecons",
            "conseils",
            "enseignements",
        ],
    ),
    (
        Kind::Extra,
        &[
            "collaboration",
            "collaborate",
            "next steps",
            "contact",
            "connect",
            "author",
            "authors",
            "acknowledgments",
            "acknowledgements",
            "license",
            "roadmap",
            "future",
            "resources",
            "references",
            "conclusion",
            "how to use",
            "contributing",
            "goals",
            // A programme's objectives are what it aims at, not what was learned.
            "objectives",
            "objective",
            "plans",
            "further exploration",
        ],
    ),
    (
        Kind::Challenges,
        &[
            "challenge",
            "challenges",
            "problems",
            "obstacles",
            "struggles",
            "hurdles",
            "debugging",
            "issues faced",
            "roadblocks",
            "blockers",
            "bugs",
            "pain points",
            "défis",
            "defis",
            "difficultés",
            "difficultes",
            "problèmes",
        ],
    ),
    (
        Kind::Practices,
        &[
            "best practices",
            "best practice",
            "best practises",
            "practises",
            "takeaways",
            "takeaway",
            "practices",
            "lessons learned",
            "lessons",
            "insights",
            "tips",
            "reflections",
            "good practices",
            "do differently",
            "soft skills",
            "habits",
            "advice",
        ],
    ),
    (
        Kind::Concepts,
        &[
            "concepts",
            "concept",
            "principles",
            "fundamentals",
            "backend concepts",
            "core concepts",
            "topics",
            "theory",
            // "Ideas That Stuck", "Key Ideas"; not "Ideas for Improvement".
            "ideas that",
            "ideas i",
            "key ideas",
            "big ideas",
            "core ideas",
            "notions",
        ],
    ),
    (
        Kind::Technologies,
        &[
            "technologies",
            "technology",
            "tech stack",
            "stack",
            "stacks",
            "tools",
            "tooling",
            "toolbox",
            "toolkit",
            "languages",
            "frameworks",
            "libraries",
            "tech",
            "skills",
            "technical skills",
            "outils",
            "langages",
            "compétences techniques",
        ],
    ),
    (
        Kind::Projects,
        &[
            "projects",
            "project highlights",
            "case study",
            "case studies",
            "final project",
            "projects built",
            "portfolio projects",
            "my project",
            "project implementation",
        ],
    ),
    (
        Kind::Learnings,
        &[
            "major learnings",
            "learnings",
            "key learnings",
            "what i learned",
            "what i learnt",
            "learning",
            "apprentissages",
            "ce que j ai appris",
        ],
    ),
    (
        Kind::Overview,
        &[
            "overview",
            "introduction",
            "intro",
            "about",
            "summary",
            "program overview",
            "aperçu",
            "présentation",
        ],
    ),
];

/// The kind a heading names, if any.
pub fn kind(heading: &str) -> Option<Kind> {
    // Longer than any heading: a paragraph.
    if heading.len() > 160 {
        return None;
    }
    // A unit of the program ("Week 3: Advanced Python", "Lesson 2: Middleware") holds
    // learnings.
    if is_unit(heading) {
        return Some(Kind::Learnings);
    }
    let w = format!(" {} ", words(heading));
    // The earliest rule with a phrase in the heading. Phrases are indexed by their first word,
    // so a line costs a lookup per word rather than a scan of every phrase.
    static BY_FIRST_WORD: OnceLock<HashMap<&'static str, Vec<(usize, &'static str)>>> =
        OnceLock::new();
    let index = BY_FIRST_WORD.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<(usize, &'static str)>> = HashMap::default();
        for (rule, (_, phrases)) in RULES.iter().enumerate() {
            for p in *phrases {
                let first = p.split(' ').next().unwrap_or(p);
                map.entry(first).or_default().push((rule, p));
            }
        }
        map
    });
    let rule_of = |w: &str| {
        w.split(' ')
            .filter_map(|word| index.get(word))
            .flatten()
            .filter(|(_, p)| has_phrase(w, p))
            .map(|(rule, _)| *rule)
            .min()
    };
    // A heading with a typo in the word that names its section ("Technolgies", "Challanges").
    // Headings are a few words; a longer line asked about is no heading with a typo.
    let rule = rule_of(&w).or_else(|| {
        (w.split(' ').filter(|x| !x.is_empty()).take(7).count() <= 6)
            .then(|| spelled(&w))
            .flatten()
            .and_then(|fixed| rule_of(&fixed))
    })?;
    // Headings about the repository's own app are not sections of the portfolio.
    const APP: [&str; 5] = [
        "project structure",
        "repository structure",
        "folder structure",
        "getting started",
        "installation",
    ];
    if APP.iter().any(|p| has_phrase(&w, p)) {
        return None;
    }
    Some(RULES[rule].0)
}

/// The words of a heading with each long word that is one or two letters off a section's
/// name spelled right ("challanges" → "challenges"); the others as they are.
fn spelled(padded: &str) -> Option<String> {
    const NAMES: [&str; 10] = [
        "technologies",
        "technology",
        "challenges",
        "challenge",
        "concepts",
        "practices",
        "takeaways",
        "learnings",
        "solutions",
        "overview",
    ];
    let fix = |word: &str| {
        // One letter off, two for the longest names ("technolgoies"): "practical" is a word of
        // its own, not "practices" misspelled.
        let allowed = match word.len() {
            0..=5 => return None,
            6..=9 => 1,
            _ => 2,
        };
        // Cheap tests first: this runs for every word of a short line that names no section.
        NAMES.iter().copied().find(|name| {
            name.as_bytes().first() == word.as_bytes().first()
                && name.len().abs_diff(word.len()) <= allowed
                && *name != word
                && strsim::damerau_levenshtein(word, name) <= allowed
        })
    };
    // Nothing to fix, nothing made (most lines).
    padded.split(' ').find_map(fix)?;
    Some(
        padded
            .split(' ')
            .map(|word| fix(word).unwrap_or(word))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Whether a heading names its kind only by a word that other sections use too ("Skills
/// Developed", "Tools", "Tips"): under another section it is a part of that section.
pub fn weak(heading: &str, kind: Option<Kind>) -> bool {
    const STRONG: [&str; 13] = [
        "technologies",
        "technology",
        "tech stack",
        "concepts",
        "concept",
        "challenges",
        "challenge",
        "best practices",
        "practices",
        "takeaways",
        "projects",
        "project",
        "learnings",
    ];
    if kind.is_none() {
        return false;
    }
    let w = format!(" {} ", words(heading));
    !STRONG.iter().any(|p| has_phrase(&w, p))
}

/// Whether a heading starts with the topic it is about rather than with the kind of section or
/// a word that only ranks it: "Security Best Practices", not "Key Best Practices" or "Personal
/// Takeaways".
pub fn topic_first(heading: &str) -> bool {
    const RANKING: [&str; 16] = [
        "key",
        "important",
        "my",
        "personal",
        "main",
        "major",
        "core",
        "general",
        "other",
        "common",
        "some",
        "top",
        "real",
        "recommended",
        "additional",
        "technical",
    ];
    let w = words(heading);
    let Some(first) = w.split_whitespace().next() else {
        return false;
    };
    let first_kind = kind(first);
    !RANKING.contains(&first) && first_kind.is_none() && first.chars().all(char::is_alphabetic)
}

/// "Week 3: …", "Lesson 2 – …", "Module 4", "Week 12-16: …": a unit of the program and its number.
pub fn is_unit(heading: &str) -> bool {
    // Most headings start with no such word: decided without the inline parser.
    let first = heading
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .map(|c| c.to_ascii_lowercase());
    if !matches!(first, Some('w' | 'l' | 'm')) {
        return false;
    }
    let plain = crate::content::inline::plain(heading).to_lowercase();
    let t = plain.trim_start_matches(|c: char| !c.is_alphanumeric());
    ["week", "lesson", "module"].iter().any(|unit| {
        t.strip_prefix(unit)
            .map(str::trim_start)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Whether `phrase` occurs as whole words in `padded` (words separated and surrounded by single
/// spaces), without allocating: this runs for every line of a README.
pub fn has_phrase(padded: &str, phrase: &str) -> bool {
    // A plain scan: headings are short, and a substring searcher costs more to set up than
    // this loop on them.
    let (hay, needle) = (padded.as_bytes(), phrase.as_bytes());
    if needle.is_empty() || hay.len() < needle.len() + 2 {
        return false;
    }
    (1..=hay.len() - needle.len() - 1).any(|at| {
        hay[at - 1] == b' '
            && hay[at + needle.len()] == b' '
            && &hay[at..at + needle.len()] == needle
    })
}

/// Whether a paragraph is a label line used as a heading: all bold (`**Key Concepts**` or
/// `**Key Concepts:**`), short, with nothing after it.
pub fn bold_label(text: &str) -> Option<String> {
    let t = text.trim();
    let inner = t
        .strip_prefix("**")?
        .trim_end_matches(':')
        .trim_end()
        .strip_suffix("**")?
        .trim_end_matches(':')
        .trim();
    // A unit's title may be long ("Lesson 2: Advanced Django Features: Middleware, Signals").
    let max_words = if is_unit(inner) { 16 } else { 8 };
    let short = inner.split_whitespace().count() <= max_words
        && !inner.contains("**")
        && !inner.contains('\n');
    (short && !inner.is_empty()).then(|| inner.to_string())
}

/// The project a heading names as a whole section ("Final Project: Online Poll System",
/// "Project: Movie App", "Case Study — Movie Recommendation App").
pub fn one_project(heading: &str) -> Option<String> {
    let plain = crate::content::inline::plain(heading);
    let lower = plain.to_lowercase();
    for lead in ["final project", "capstone project", "project", "case study"] {
        let Some(at) = lower.find(lead) else { continue };
        // A word of its own ("alx-project-nexus" is a repository name, not a project section).
        let before = lower[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
            continue;
        }
        let rest = &plain[at + lead.len()..];
        let named = [":", " — ", " – ", " - "]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))
            .map(str::trim)
            .filter(|name| !name.is_empty());
        if let Some(name) = named {
            return Some(name.to_string());
        }
    }
    None
}
