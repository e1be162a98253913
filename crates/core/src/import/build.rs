//! Assembles the portfolio from the README's parts: title, overview, program and closing; the
//! items of each section with unique ids, categories and cross-references; the parts of no
//! section as extra sections. Every value is cut to the validator's limits, so the result is
//! valid by construction (a test proves it on every corpus file).

use super::challenges::Reader;
use super::items::{self, Item};
use super::known::{self, Category as Known};
use super::markdown::{nested_end, Block};
use super::outline::{self, Node, Reading};
use super::report::{count, Report};
use super::sections::Kind;
use super::text::{first_words, slug, strip_lead};
use super::Part;
use crate::content::limits::{MAX_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::content::{
    Block as ExtraBlock, Category, Challenge, Concept, Extra, Portfolio, Practice, Project,
    SectionText, Sections, Technology,
};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Builds the portfolio, and counts the template's stand-ins it left out ("TBD").
pub fn portfolio(mut parts: Vec<Part>, report: &mut Report) -> (Portfolio, usize) {
    let closing = closing(&mut parts, report);
    let (title, title_at) = title(&parts, report);
    let mut p = Portfolio {
        schema: None,
        title: cut(
            &title,
            MAX_NAME_CHARS,
            title_at.map_or(1, |i| parts[i].line),
            report,
        ),
        program: None,
        overview: Vec::new(),
        closing,
        sections: Sections::default(),
        categories: Vec::new(),
        technologies: Vec::new(),
        concepts: Vec::new(),
        challenges: Vec::new(),
        practices: Vec::new(),
        projects: Vec::new(),
        extra: Vec::new(),
    };
    let mut overview: Vec<ExtraBlock> = Vec::new();
    let mut technologies: Vec<Item> = Vec::new();
    let mut concepts: Vec<Item> = Vec::new();
    let mut practices: Vec<Item> = Vec::new();
    let mut projects: Vec<Item> = Vec::new();
    let mut challenges = Reader::default();
    let mut intros: [(Option<String>, Vec<String>); 5] = Default::default();

    for part in parts.iter_mut().filter(|p| super::is_section(p.kind)) {
        unnest_labels(part.kind, &mut part.blocks, report);
    }
    // "Blocker: …" and "Fix: …" lines in a week's learnings are a challenge met there.
    let mut told: Vec<Vec<Block>> = Vec::new();
    // In the overview or a part of no section, a labelled pair ("**Hardest part:** …" then
    // "**Fix:** …") is one too.
    for part in parts.iter_mut() {
        let pairs_only = match part.kind {
            Some(Kind::Learnings | Kind::Technologies | Kind::Concepts) => false,
            Some(Kind::Overview) | None => true,
            _ => continue,
        };
        told.extend(told_challenges(&mut part.blocks, pairs_only));
    }
    let mut overview_stand_ins = 0;
    // The level and kind of the last sub-heading read as one item.
    let mut item_heading: Option<(u8, Kind)> = None;
    let has_technologies = parts.iter().any(|p| p.kind == Some(Kind::Technologies));
    let has_concepts = parts.iter().any(|p| p.kind == Some(Kind::Concepts));
    for (index, part) in parts.iter().enumerate() {
        let is_title = Some(index) == title_at || (index == 0 && part.title.is_empty());
        let heading =
            (!part.sub && !part.title.is_empty()).then(|| strip_lead(&part.title).to_string());
        match part.kind {
            _ if is_title || part.kind == Some(Kind::Overview) => {
                // "[Write a short overview here]": a stand-in, left out and said.
                for block in rich(&part.blocks, report) {
                    match &block {
                        ExtraBlock::Text(t) if super::placeholder::is_placeholder(t) => {
                            report.at(part.line, format!("\"{t}\" is a placeholder, left out"));
                            overview_stand_ins += 1;
                        }
                        _ => overview.push(block),
                    }
                }
            }
            Some(Kind::Skip) => {
                if !part.blocks.is_empty() {
                    report.at(
                        part.line,
                        format!("\"{}\" skipped (navigation)", part.title),
                    );
                }
            }
            // Learnings listed straight under "Major Learnings" or "Week 3", with no technology/concept
            // split, are technologies.
            Some(Kind::Learnings)
                if (!has_technologies || !has_concepts)
                    && part
                        .blocks
                        .iter()
                        .any(|b| matches!(b, Block::Item { .. } | Block::Table { .. })) =>
            {
                // "**Key Technologies:** a, b" and "**Tools & Concepts:** c, d" bullets hold
                // their sections' items; the other learnings beside them are concepts.
                let (found, _) = items::named(&part.blocks, None);
                if let Some(routed) = labelled_lists(&found) {
                    let [t, c, pr] = routed;
                    let rest: Vec<Item> = found
                        .into_iter()
                        .filter(|i| section_label(i).is_none())
                        .collect();
                    let to_concepts = !t.is_empty();
                    technologies.extend(t);
                    concepts.extend(c);
                    practices.extend(pr);
                    for (slot, filled) in [(0, !technologies.is_empty()), (1, true)] {
                        if filled {
                            set_heading(&mut intros[slot], heading.clone());
                        }
                    }
                    if to_concepts {
                        concepts.extend(rest);
                    } else {
                        technologies.extend(rest);
                    }
                    continue;
                }
                // Technologies when the README has no section of them, else concepts.
                let (kind, list, slot) = if has_technologies {
                    (Kind::Concepts, &mut concepts, 1)
                } else {
                    (Kind::Technologies, &mut technologies, 0)
                };
                set_heading(&mut intros[slot], heading);
                let (intro, _) = sub_part(kind, part, list, report);
                intros[slot].1.extend(intro);
            }
            Some(Kind::Learnings) | None => {
                if let Some(extra) = extra(part, report) {
                    p.extra.push(extra);
                }
            }
            Some(Kind::Challenges) => {
                set_heading(&mut intros[2], heading);
                if part.sub {
                    challenges.heading(&part.title, part.line);
                }
                challenges.blocks(&part.blocks, part.sub);
            }
            // A topic under the learnings, described in sentences, beside a concepts section:
            // one concept ("Security & Middleware Adventures"), unless it names a technology.
            Some(Kind::Technologies)
                if part.loose
                    && has_concepts
                    && known::lookup(strip_lead(&part.title)).is_none()
                    && one_item(Kind::Concepts, part, &items::named(&part.blocks, None).0) =>
            {
                set_heading(&mut intros[1], heading);
                let (intro, _) = sub_part(Kind::Concepts, part, &mut concepts, report);
                intros[1].1.extend(intro);
            }
            Some(kind) => {
                let (list, slot) = match kind {
                    Kind::Technologies => (&mut technologies, 0),
                    Kind::Concepts => (&mut concepts, 1),
                    Kind::Practices => (&mut practices, 3),
                    _ => (&mut projects, 4),
                };
                // "#### What surprised me" under "### Database Design", a heading read as one
                // item: more of that item, as lines nested under a bullet are.
                if let (Some((level, k)), Some(last)) = (item_heading, list.last_mut()) {
                    if part.sub && k == kind && part.level > level {
                        last.details.push(strip_lead(&part.title).to_string());
                        last.details.extend(items::prose(&part.blocks));
                        continue;
                    }
                }
                set_heading(&mut intros[slot], heading);
                let (intro, one) = sub_part(kind, part, list, report);
                intros[slot].1.extend(intro);
                item_heading = one.then_some((part.level, kind));
                continue;
            }
        }
        item_heading = None;
    }
    for blocks in &told {
        challenges.blocks(blocks, false);
    }
    // "TBD", "[Challenge 1]": a template's stand-ins are no items.
    let mut placeholders = 0;
    for list in [
        &mut technologies,
        &mut concepts,
        &mut practices,
        &mut projects,
    ] {
        placeholders += super::placeholder::drop_items(list, report);
    }
    let technologies = merge_repeats(technologies);
    let concepts = merge_repeats(concepts);
    let practices = merge_repeats(practices);
    let (mut found, challenge_intro) = challenges.finish();
    found.retain(|c| {
        let stand_in = super::placeholder::is_placeholder(&c.title)
            && (c.challenge.is_empty() || super::placeholder::is_placeholder(&c.challenge));
        if stand_in {
            report.at(
                c.line,
                format!("\"{}\" is a placeholder, left out", c.title),
            );
            placeholders += 1;
        }
        !stand_in
    });
    for c in &mut found {
        if c.solution
            .as_deref()
            .is_some_and(super::placeholder::is_placeholder)
        {
            report.at(
                c.line,
                format!("the solution of \"{}\" is a placeholder, left out", c.title),
            );
            c.solution = None;
            placeholders += 1;
        }
    }
    intros[2].1.extend(challenge_intro);

    placeholders += overview_stand_ins;
    overview.truncate(MAX_ITEMS);
    p.overview = overview;
    p.program = program(&p);
    technologies_into(&mut p, technologies, report);
    let technology_names = Names::technologies(&p.technologies);
    let mut ids = Ids::default();
    p.concepts = concepts
        .into_iter()
        .take(MAX_ITEMS)
        .map(|c| {
            let id = ids.next("concept", &c.name);
            Concept {
                id,
                technologies: technology_names
                    .in_texts(&[c.name.as_str(), c.text.as_deref().unwrap_or_default()]),
                name: cut(&c.name, MAX_NAME_CHARS, c.line, report),
                summary: c.text.map(|t| cut(&t, MAX_TEXT_CHARS, c.line, report)),
                details: c
                    .details
                    .iter()
                    .map(|d| cut(d, MAX_TEXT_CHARS, c.line, report))
                    .take(MAX_ITEMS)
                    .collect(),
                links: Vec::new(),
            }
        })
        .collect();
    let concept_names = Names::concepts(&p.concepts);
    p.challenges = found
        .into_iter()
        .take(MAX_ITEMS)
        .map(|c| {
            let id = ids.next("challenge", &c.title);
            let all = [
                c.title.as_str(),
                c.challenge.as_str(),
                c.solution.as_deref().unwrap_or_default(),
            ];
            let title = cut(
                &first_words(&c.title, MAX_NAME_CHARS),
                MAX_NAME_CHARS,
                c.line,
                report,
            );
            // A text that only repeats the title (a challenge written as a heading with only a
            // solution below) would show it twice; a title cut from a long line keeps the line.
            let challenge = Some(&c.challenge)
                .filter(|t| super::text::words(t) != super::text::words(&title))
                .map(|t| cut(t, MAX_TEXT_CHARS, c.line, report));
            Challenge {
                id,
                technologies: technology_names.in_texts(&all),
                concepts: concept_names.in_texts(&all),
                title,
                challenge,
                // "—", "n/a" or "TBD" in a table's solution cell: none yet.
                solution: c
                    .solution
                    .filter(|s| {
                        let s = s.trim().to_lowercase();
                        !s.chars().all(|c| matches!(c, '-' | '–' | '—' | ' '))
                            && !["n/a", "none", "tbd", "none yet"].contains(&s.as_str())
                    })
                    .map(|s| cut(&s, MAX_TEXT_CHARS, c.line, report)),
                links: Vec::new(),
            }
        })
        .collect();
    p.practices = practices
        .into_iter()
        .take(MAX_ITEMS)
        .map(|x| Practice {
            id: ids.next("practice", &x.name),
            name: cut(&x.name, MAX_NAME_CHARS, x.line, report),
            summary: x.text.map(|t| cut(&t, MAX_TEXT_CHARS, x.line, report)),
            links: Vec::new(),
        })
        .collect();
    p.projects = projects
        .into_iter()
        .take(MAX_ITEMS)
        .map(|x| {
            let all = [x.name.as_str(), x.text.as_deref().unwrap_or_default()];
            Project {
                id: ids.next("project", &x.name),
                technologies: technology_names.in_texts(&all),
                concepts: concept_names.in_texts(&all),
                challenges: Vec::new(),
                name: cut(&x.name, MAX_NAME_CHARS, x.line, report),
                summary: x.text.map(|t| cut(&t, MAX_TEXT_CHARS, x.line, report)),
                links: Vec::new(),
            }
        })
        .collect();

    let section = |(title, intro): &(Option<String>, Vec<String>), report: &mut Report| {
        title.as_ref().map(|t| SectionText {
            title: cut(t, MAX_NAME_CHARS, 1, report),
            intro: joined(intro, MAX_TEXT_CHARS, 1, report),
        })
    };
    p.sections = Sections {
        technologies: section(&intros[0], report).filter(|_| !p.technologies.is_empty()),
        concepts: section(&intros[1], report).filter(|_| !p.concepts.is_empty()),
        challenges: section(&intros[2], report).filter(|_| !p.challenges.is_empty()),
        practices: section(&intros[3], report).filter(|_| !p.practices.is_empty()),
        projects: section(&intros[4], report).filter(|_| !p.projects.is_empty()),
    };
    // A section whose text gave no item ("Best Practices" over one paragraph) has no page:
    // its text is kept as a further section rather than lost.
    let empty = [
        p.technologies.is_empty(),
        p.concepts.is_empty(),
        p.challenges.is_empty(),
        p.practices.is_empty(),
        p.projects.is_empty(),
    ];
    for ((heading, intro), empty) in intros.iter().zip(empty) {
        let texts: Vec<&String> = intro.iter().filter(|t| !t.trim().is_empty()).collect();
        if let (Some(heading), true, false) = (heading, empty, texts.is_empty()) {
            p.extra.push(Extra {
                id: String::new(),
                title: cut(heading, MAX_NAME_CHARS, 1, report),
                blocks: texts
                    .iter()
                    .map(|t| ExtraBlock::Text(cut(t, MAX_TEXT_CHARS, 1, report)))
                    .collect(),
            });
        }
    }
    p.extra.truncate(MAX_ITEMS);
    let mut extra_ids = Ids::default();
    for x in &mut p.extra {
        x.id = extra_ids.next("section", &x.title);
    }
    (p, placeholders)
}

/// Takes out of a section's blocks the paragraphs that tell a challenge ("Blocker: Celery
/// tasks ran twice.") with the solution paragraph after it ("Fix: …"), if any (`pairs_only`:
/// only those with one): a challenge labelled as one is a challenge wherever it is written.
fn told_challenges(blocks: &mut Vec<Block>, pairs_only: bool) -> Vec<Vec<Block>> {
    use super::text::{label, Label};
    // Each block's label, read once.
    let labels: Vec<Option<Label>> = blocks
        .iter()
        .map(|b| match b {
            Block::Para { text, .. } => label(text.lines().next().unwrap_or_default()).map(|l| l.0),
            _ => None,
        })
        .collect();
    if !labels.contains(&Some(Label::Challenge)) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut keep = Vec::with_capacity(blocks.len());
    let mut all = std::mem::take(blocks).into_iter().zip(labels).peekable();
    while let Some((b, l)) = all.next() {
        if l != Some(Label::Challenge) {
            keep.push(b);
            continue;
        }
        // Outside the learnings, "**Problem:** … **Solution:** …" may pitch an app: only a
        // label that says it was met ("Challenge", "Blocker", "Hardest part") tells one.
        let met = || match &b {
            Block::Para { text, .. } => {
                let w = super::text::words(text.lines().next().unwrap_or_default());
                [
                    "challenge",
                    "blocker",
                    "hardest part",
                    "the hardest part",
                    "biggest",
                    "my biggest",
                    "défi",
                ]
                .iter()
                .any(|x| w.starts_with(x))
            }
            _ => false,
        };
        if pairs_only && !met() {
            keep.push(b);
            continue;
        }
        match all.next_if(|(_, l)| *l == Some(Label::Solution)) {
            Some((solution, _)) => found.push(vec![b, solution]),
            None if pairs_only => keep.push(b),
            None => found.push(vec![b]),
        }
    }
    *blocks = keep;
    found
}

/// An item listed twice under one heading ("Advanced Shell Scripting" twice in a list) is one
/// item with both texts; the same name under two headings stays twice (a firewall is part of
/// networking and of infrastructure).
fn merge_repeats(items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut seen: HashMap<(String, Option<String>), usize> = HashMap::default();
    for item in items {
        let key = (normal(&item.name), item.group.clone());
        match seen.get(&key) {
            Some(&i) => {
                let first = &mut out[i];
                if let Some(text) = item.text.filter(|t| first.text.as_ref() != Some(t)) {
                    match &first.text {
                        Some(_) => first.details.push(text),
                        None => first.text = Some(text),
                    }
                }
                first.details.extend(item.details);
            }
            None => {
                seen.insert(key, out.len());
                out.push(item);
            }
        }
    }
    out
}

fn set_heading(slot: &mut (Option<String>, Vec<String>), heading: Option<String>) {
    if slot.0.is_none() {
        slot.0 = heading
            .map(|h| super::text::clean_name(&h))
            .filter(|h| !h.is_empty());
    }
}

/// The items of one part of a section. A sub-heading is a group of the items under it
/// (technologies by category) or, when nothing under it is a named item, one item itself
/// ("#### 1. Python" and a description). Returns the part's lead-in paragraphs, and whether
/// the heading was read as one item (so that a heading under it adds to that item).
fn sub_part(
    kind: Kind,
    part: &Part,
    list: &mut Vec<Item>,
    report: &mut Report,
) -> (Vec<String>, bool) {
    let group = part.sub.then(|| strip_lead(&part.title).to_string());
    let (found, intro) = items::named(&part.blocks, group.as_deref());
    // A section that is one project: named by its heading, everything under it its content.
    if kind == Kind::Projects && !part.sub {
        if let Some(name) = super::sections::one_project(&part.title) {
            let prose = items::prose(&part.blocks);
            list.push(Item {
                name,
                text: (!prose.is_empty()).then(|| prose.join(" ")),
                details: Vec::new(),
                line: part.line,
                group: None,
            });
            return (Vec::new(), false);
        }
    }
    // A group whose text is a list of names ("**Web Development:**" over "HTML5, CSS3,
    // React and Next.js"): an item per name.
    if part.sub && found.is_empty() {
        if let Some(names) = name_list(&part.blocks) {
            report_group(report, part, names.len(), kind);
            list.extend(names.into_iter().map(|n| Item {
                name: n,
                text: None,
                details: Vec::new(),
                line: part.line,
                group: group.clone(),
            }));
            return (Vec::new(), false);
        }
    }
    // "### Best Practices Applied" under "Best Practices" over nothing but code: it names the
    // section again, no item.
    let empty = !part.blocks.iter().any(|b| {
        matches!(
            b,
            Block::Para { .. } | Block::Item { .. } | Block::Table { .. }
        )
    });
    if part.sub && empty && super::sections::kind(&part.title) == Some(kind) {
        return (Vec::new(), false);
    }
    let heading_is_item = one_item(kind, part, &found);
    if heading_is_item {
        let prose = items::prose(&part.blocks);
        let mut it = items::item(&part.title, part.line, None);
        if found.len() >= 2 && matches!(kind, Kind::Technologies | Kind::Concepts) {
            report.at(
                part.line,
                format!(
                    "\"{}\" read as one {} described by the {} under it",
                    it.name,
                    noun(kind, 1),
                    count(found.len(), "line", "lines")
                ),
            );
        }
        if it.text.is_none() && !prose.is_empty() {
            let mut all = prose.into_iter();
            it.text = all.next();
            it.details = all.collect();
        }
        if kind == Kind::Technologies {
            it.group = None;
        }
        list.push(it);
        return (Vec::new(), true);
    }
    let found = kind_labels(kind, found, report);
    let before = list.len();
    list.extend(spread_all(kind, found));
    if part.sub && list.len() - before >= 2 {
        report_group(report, part, list.len() - before, kind);
    }
    (intro, false)
}

/// "Concepts I can now explain: REST, caching, rate limiting": a label over a list of names on
/// its line is a group of them when `outline::decide` says so (it says what its items are); the
/// label itself names none. (Technologies have their categories, read a whole list at a time:
/// `spread_all`.)
fn kind_labels(kind: Kind, found: Vec<Item>, report: &mut Report) -> Vec<Item> {
    if !matches!(kind, Kind::Concepts | Kind::Practices) {
        return found;
    }
    let mut out = Vec::with_capacity(found.len());
    for item in found {
        let names = item
            .text
            .as_deref()
            // A list may end its sentence with a full stop; a practice takes a few words.
            .and_then(|text| comma_list(text.trim_end().trim_end_matches('.'), 6))
            .filter(|names| {
                outline::decide(kind, &Node::label(&item.name, names)) == Reading::Group
            });
        let Some(names) = names else {
            out.push(item);
            continue;
        };
        report.at(
            item.line,
            format!(
                "\"{}\" read as a list of {} {}",
                item.name,
                names.len(),
                noun(kind, names.len())
            ),
        );
        out.extend(names.into_iter().map(|name| Item {
            name,
            text: None,
            details: Vec::new(),
            line: item.line,
            group: Some(item.name.clone()),
        }));
    }
    out
}

/// The item noun of a section kind, singular or plural.
fn noun(kind: Kind, n: usize) -> &'static str {
    match (kind, n == 1) {
        (Kind::Technologies, true) => "technology",
        (Kind::Technologies, false) => "technologies",
        (Kind::Concepts, true) => "concept",
        (Kind::Concepts, false) => "concepts",
        (Kind::Practices, true) => "practice",
        (Kind::Practices, false) => "practices",
        (_, true) => "project",
        (_, false) => "projects",
    }
}

/// `README.md:20: "Tools I used" read as a group of 10 technologies`: a sub-heading, list item
/// or label line that could have been one item was read as the group of those under it.
fn report_group(report: &mut Report, part: &Part, n: usize, kind: Kind) {
    if matches!(kind, Kind::Technologies | Kind::Concepts) {
        report.at(
            part.line,
            format!(
                "\"{}\" read as a group of {n} {}",
                strip_lead(&part.title),
                noun(kind, n)
            ),
        );
    }
}

/// The names of blocks that are only a comma-separated list of short names, the last pair
/// joined by "and": "HTML5, CSS3, React and Next.js".
fn name_list(blocks: &[Block]) -> Option<Vec<String>> {
    let [Block::Para { text, .. }] = blocks else {
        return None;
    };
    // A list, not a sentence: commas between the names, no full stop after them.
    if text.trim_end().ends_with('.') {
        return None;
    }
    comma_list(&text.replace('\n', " "), 4)
}

/// The names of an inline list of things ("React Native, Expo, TypeScript and Firebase"):
/// two or more, each of at most four words, no sentence.
pub(crate) fn name_items(text: &str) -> Option<Vec<String>> {
    let text = text.trim_end();
    (!text.ends_with(['.', '!', '?']))
        .then(|| comma_list(text, 4).or_else(|| super::runs::separated_names(text)))
        .flatten()
}

/// The parts of "a, b, c and d" when there are at least two, each of at most `words` words.
fn comma_list(text: &str, words: usize) -> Option<Vec<String>> {
    let mut names = top_level_commas(text);
    if names.len() < 2 {
        return None;
    }
    if let Some(last) = names.pop() {
        match last.split_once(" and ") {
            Some((a, b)) => names.extend([a.trim().to_string(), b.trim().to_string()]),
            None => names.push(last),
        }
    }
    let short = names.iter().all(|n| {
        !n.is_empty() && n.split_whitespace().take(words + 1).count() <= words && !n.ends_with(':')
    });
    (names.len() >= 2 && short).then_some(names)
}

/// Whether a sub-heading is one item described by what is under it, rather than a group of the
/// items under it (`outline::decide`).
fn one_item(kind: Kind, part: &Part, found: &[Item]) -> bool {
    part.sub
        && (found.is_empty()
            || outline::decide(kind, &Node::heading(&part.title, &part.blocks)) == Reading::Item)
}

/// Bullets that only label the list nested under them ("* Practices", "* Solutions") are not
/// items: their nested items move up a level. A label naming a section ("Challenges",
/// "Personal Takeaways") goes; "Solutions" stays as a label line, so the solutions listed under
/// it pair with the challenges above by position.
///
/// In a technologies section, a label lifts its list only when the list names technologies
/// ("Relational Databases:" over "PostgreSQL with JSONB", "MySQL with replication"): a list
/// of aspects ("Orchestration Tools:" over "Deployment strategies", …) is one item's details.
fn unnest_labels(kind: Option<Kind>, blocks: &mut Vec<Block>, report: &mut Report) {
    if kind == Some(Kind::Technologies) {
        lift_named_tools(blocks, report);
        return;
    }
    if let Some(k @ (Kind::Concepts | Kind::Practices)) = kind {
        lift_name_groups(k, blocks, report);
    }
    let is_label = |text: &str| {
        let t = text.trim().trim_end_matches(':');
        let t = t
            .strip_prefix("**")
            .and_then(|x| x.strip_suffix("**"))
            .unwrap_or(t);
        t.split_whitespace().take(5).count() <= 4
            && !t.contains(['*', '_', '`'])
            && !t.contains('\n')
            && super::text::split_item(t).1.is_none()
            // "Learning Docker networking" names what was learned, not a section.
            && (super::sections::kind(t).is_some_and(|k| {
                k != Kind::Learnings || !super::text::words(t).starts_with("learning ")
            }) || super::text::label(&format!("{t}:")).is_some()
                || matches!(
                    super::text::words(t).as_str(),
                    "solutions" | "fixes" | "problems"
                ))
    };
    let labels: Vec<usize> = (0..blocks.len())
        .filter(|&i| match (&blocks[i], blocks.get(i + 1)) {
            (Block::Item { depth: 0, text, .. }, Some(Block::Item { depth, .. })) => {
                *depth > 0 && is_label(text)
            }
            _ => false,
        })
        .collect();
    if labels.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(blocks.len());
    let mut inside = false;
    for (i, block) in std::mem::take(blocks).into_iter().enumerate() {
        match block {
            Block::Item { text, line, .. } if labels.contains(&i) => {
                inside = true;
                let words = super::text::words(&text);
                if matches!(
                    super::text::label(&format!("{}:", text.trim().trim_end_matches(':'))),
                    Some((super::text::Label::Solution, _))
                ) || matches!(words.as_str(), "solutions" | "fixes")
                {
                    out.push(Block::Para {
                        text: "**Solutions:**".into(),
                        line,
                    });
                }
            }
            Block::Item { depth, text, line } if inside && depth > 0 => out.push(Block::Item {
                depth: depth - 1,
                text,
                line,
            }),
            b => {
                if matches!(b, Block::Item { depth: 0, .. }) {
                    inside = false;
                }
                out.push(b);
            }
        }
    }
    *blocks = out;
}

/// A list item that is only a title ("1. Design Patterns", "**Habits I kept**") over a list of
/// names is a group of those names, by the rule a heading over them follows
/// (`outline::decide`); over sentences it stays one item with details.
fn lift_name_groups(kind: Kind, blocks: &mut Vec<Block>, report: &mut Report) {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut i = 0;
    while i < blocks.len() {
        let end = nested_end(blocks, i);
        let children = &blocks[i + 1..end];
        let group = match &blocks[i] {
            Block::Item {
                depth: 0,
                text,
                line,
            } => {
                let node = Node::item(text, children);
                (outline::decide(kind, &node) == Reading::Group)
                    .then(|| (super::text::split_item(text).0, *line, node.children.len()))
            }
            _ => None,
        };
        match group {
            Some((title, line, n)) => {
                report.at(
                    line,
                    format!("\"{title}\" read as a group of {n} {}", noun(kind, n)),
                );
                out.extend(children.iter().map(Block::up));
            }
            None => out.extend(blocks[i..end].iter().cloned()),
        }
        i = end.max(i + 1);
    }
    *blocks = out;
}

/// The section a "**Label:** a, b, c" learning names by its label ("Key Technologies", "Core
/// Tools & Concepts"), when its text is a list.
fn section_label(item: &Item) -> Option<Kind> {
    // A section's own name ("Technologies", "Concepts"), not a word items use too ("API
    // Security Fundamentals", "Pipeline Tools").
    let kind = super::sections::kind(&item.name)
        .filter(|k| matches!(k, Kind::Technologies | Kind::Concepts | Kind::Practices))
        .filter(|k| !super::sections::weak(&item.name, Some(*k)))?;
    let names = item.text.as_deref().map(top_level_commas)?;
    let short = names
        .iter()
        .all(|n| n.split_whitespace().take(5).count() <= 4);
    (names.len() >= 2 && short).then_some(kind)
}

/// The names of the learnings labelled with a section ([technologies, concepts, practices]),
/// one item each; `None` when no learning is labelled so.
fn labelled_lists(found: &[Item]) -> Option<[Vec<Item>; 3]> {
    let mut lists: [Vec<Item>; 3] = Default::default();
    let mut any = false;
    for item in found {
        let Some(kind) = section_label(item) else {
            continue;
        };
        any = true;
        let slot = match kind {
            Kind::Technologies => 0,
            Kind::Concepts => 1,
            _ => 2,
        };
        let names = item
            .text
            .as_deref()
            .map(top_level_commas)
            .unwrap_or_default();
        lists[slot].extend(names.into_iter().map(|n| Item {
            name: n,
            text: None,
            details: Vec::new(),
            line: item.line,
            group: None,
        }));
    }
    any.then_some(lists)
}

/// See `unnest_labels`: the technologies case, decided by `outline::decide`. Each lifted entry
/// is named by the technology it starts with ("PostgreSQL: with advanced features (JSONB, …)")
/// or by the one thing it names in bold ("Learned **shell scripting** for backups").
fn lift_named_tools(blocks: &mut Vec<Block>, report: &mut Report) {
    // Each top-level item with the items nested under it.
    struct Group {
        start: usize,
        end: usize,
        /// A title only ("Mobile Development:"), over a list.
        label: bool,
        lifts: bool,
        /// Every nested item is a short name ("React Native", "Responsive design").
        short: bool,
        /// Every nested line names one thing in bold.
        bold: bool,
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let end = nested_end(blocks, i);
        if let Block::Item { depth: 0, text, .. } = &blocks[i] {
            let t = text.trim();
            let children = &blocks[i + 1..end];
            // A name: a few words, none linking it to more ("Windowed aggregations over
            // time" says what was done, "Offline capabilities" names a thing).
            let a_name = |text: &str| {
                let name = text.split(['(', ':']).next().unwrap_or(text);
                name.split_whitespace().take(5).count() <= 4
                    && !name
                        .split_whitespace()
                        .any(|w| outline::LINKS.contains(&w.to_lowercase().as_str()))
            };
            let node = Node::item(t, children);
            groups.push(Group {
                start: i,
                end,
                label: !children.is_empty()
                    && t.split_whitespace().take(5).count() <= 4
                    && !t.contains('\n')
                    && super::text::split_item(t.trim_end_matches(':')).1.is_none(),
                lifts: outline::decide(Kind::Technologies, &node) == Reading::Group,
                short: children.iter().all(|b| match b {
                    Block::Item { text, .. } => a_name(text),
                    _ => false,
                }),
                bold: outline::bold_mentions(Kind::Technologies, &node),
            });
        }
        i = end.max(i + 1);
    }
    let labels = groups.iter().filter(|g| g.label).count();
    // A list of such labels is read as one: when most lift, the rest lift too if they list
    // short names ("Mobile Development:" over "React Native", "Responsive design").
    let whole_list = labels > 1 && groups.iter().filter(|g| g.lifts).count() * 2 >= labels;
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut next = 0;
    for g in &groups {
        if !(g.lifts || (whole_list && g.label && g.short)) {
            continue;
        }
        out.extend(blocks[next..g.start].iter().cloned());
        if let Block::Item { text, line, .. } = &blocks[g.start] {
            let n = g.end - g.start - 1;
            report.at(
                *line,
                format!(
                    "\"{}\" read as a group of {}",
                    super::text::clean_name(strip_lead(text)),
                    count(n, "technology", "technologies")
                ),
            );
        }
        for child in &blocks[g.start + 1..g.end] {
            let Block::Item { depth, text, line } = child else {
                continue;
            };
            if g.bold && is_example(child) {
                out.push(child.clone());
                continue;
            }
            let tool = (*depth == 1).then(|| known_start(text)).flatten();
            let text = match (tool, outline::one_bold(text)) {
                // "Learned **shell scripting** for backups": named by its bold words.
                (_, Some(name)) if g.bold && !text.trim_start().starts_with("**") => {
                    format!("**{name}**: {}", text.replace("**", ""))
                }
                (Some(at), _) if at < text.len() && super::text::split_item(text).1.is_none() => {
                    format!("{}: {}", text[..at].trim(), text[at..].trim())
                }
                _ => text.clone(),
            };
            out.push(Block::Item {
                depth: depth - 1,
                text,
                line: *line,
            });
        }
        next = g.end;
    }
    out.extend(blocks[next..].iter().cloned());
    *blocks = out;
}

/// A nested "Example: …" line.
fn is_example(b: &Block) -> bool {
    matches!(b, Block::Item { text, .. } if text.trim_start().starts_with("Example"))
}

/// Where the well-known technology a line starts with ends ("Docker Compose for local
/// development" → after "Docker Compose"): the longest of its first four words.
pub(crate) fn known_start(text: &str) -> Option<usize> {
    // Not into a parenthetical: "GraphQL (overview)" is GraphQL.
    let plain = text.trim();
    let plain = plain.split('(').next().unwrap_or(plain).trim_end();
    let ends: Vec<usize> = plain
        .char_indices()
        .filter(|(_, c)| *c == ' ' || *c == ':')
        .map(|(i, _)| i)
        .chain(std::iter::once(plain.len()))
        .take(4)
        .collect();
    // The technology itself, not an aspect of it: what follows says what it was used for
    // ("Terraform for provisioning"), not which part of it ("Django ORM advanced usage").
    ends.into_iter()
        .rev()
        .find(|&end| {
            let rest = plain[end..].trim_start_matches(':').trim_start();
            let next = rest.split_whitespace().next().unwrap_or_default();
            known::lookup(plain[..end].trim_end_matches(':')).is_some()
                && (rest.is_empty()
                    || rest.starts_with(['(', '-', '–', '—'])
                    || plain[end..].starts_with(':')
                    || outline::LINKS.contains(&next))
        })
        .map(|end| end + (text.len() - text.trim_start().len()))
}

/// A "**Label:** a, b, c" technology item that may be a category naming several technologies:
/// its names, and whether the label reads as a category on its own.
struct CategoryItem {
    names: Vec<String>,
    /// "Other", or capitalized names under a label that is no technology itself
    /// ("**Styling:** Tailwind CSS, Sass"): split whatever the list around it does.
    strong: bool,
    /// A category word ("Databases", "Testing") over names that may be one item's aspects
    /// ("PostgreSQL/MySQL design, advanced ORM queries, migrations").
    weak: bool,
}

fn category_item(kind: Kind, item: &Item) -> Option<CategoryItem> {
    const LABELS: [&str; 16] = [
        "languages",
        "language",
        "programming languages",
        "frameworks",
        "framework",
        "libraries",
        "frameworks libraries",
        "apis",
        "databases",
        "database",
        "devops",
        "tools",
        "cloud",
        "testing",
        "frontend",
        "backend",
    ];
    const OTHER: [&str; 5] = ["other", "others", "misc", "miscellaneous", "more"];
    let names = item
        .text
        .as_deref()
        .map(top_level_commas)
        .unwrap_or_default();
    let short = names.iter().all(|n| {
        n.split(" (")
            .next()
            .unwrap_or(n)
            .split_whitespace()
            .take(5)
            .count()
            <= 4
    });
    if kind != Kind::Technologies || names.is_empty() || !short {
        return None;
    }
    // Names, not phrases ("Pandas for data manipulation" describes a use of Pandas).
    let named = names
        .iter()
        .filter(|n| {
            known::lookup(n).is_some()
                || (n.starts_with(|c: char| c.is_uppercase()) && super::title_case(n))
        })
        .count();
    let label = super::text::words(&item.name);
    let label_is_technology =
        known::lookup(&item.name).is_some() || !known::mentions(&item.name).is_empty();
    let strong = OTHER.contains(&label.as_str())
        || (!label_is_technology
            && match (names.as_slice(), item.group.is_none()) {
                // "**Styling:** Tailwind CSS": one well-known technology under a label.
                ([one], true) => known::lookup(one).is_some() || !known::mentions(one).is_empty(),
                (_, true) => named * 2 >= names.len(),
                // Under a group heading ("Backend Technologies") a label over names is a
                // category when it names a kind of thing ("Web Frameworks", "Data Stores") and
                // every value is a name: "**Caching:** Redis, in-memory caching" and
                // "**Authentication:** Session-based, JWT" list one topic's aspects.
                ([_], false) => false,
                (_, false) => {
                    named == names.len()
                        && outline::is_plural(label.rsplit(' ').next().unwrap_or_default())
                }
            });
    let weak = LABELS.contains(&label.as_str());
    Some(CategoryItem {
        names,
        strong,
        weak,
    })
}

/// The items of one list, "**Label:** a, b, c" categories spread into one technology per name.
/// A list that is mostly categories is read as one: all its comma lists are split ("**State
/// Management:** React Context API, hooks"); in a list of technologies described by
/// their aspects, only labels that can be nothing but a category are.
fn spread_all(kind: Kind, found: Vec<Item>) -> Vec<Item> {
    let categories: Vec<Option<CategoryItem>> =
        found.iter().map(|i| category_item(kind, i)).collect();
    let candidates = categories.iter().flatten().count();
    let labelled = categories
        .iter()
        .flatten()
        .filter(|c| c.strong || c.weak)
        .count();
    let whole_list = labelled * 2 > found.len();
    let mut out = Vec::with_capacity(found.len());
    for (item, category) in found.into_iter().zip(categories) {
        match category {
            Some(c)
                if (c.strong && c.names.len() > 1)
                    || (whole_list && (c.weak || candidates > 1)) =>
            {
                out.extend(spread(item, c.names))
            }
            _ => out.push(item),
        }
    }
    out
}

fn spread(item: Item, names: Vec<String>) -> Vec<Item> {
    names
        .into_iter()
        .map(|n| {
            let (name, note) = match n.split_once(" (") {
                Some((name, rest))
                    if rest.contains(',') || rest.split_whitespace().take(4).count() > 3 =>
                {
                    (
                        name.trim().to_string(),
                        Some(rest.trim_end_matches(')').to_string()),
                    )
                }
                _ => (n.clone(), None),
            };
            Item {
                name,
                text: note,
                details: Vec::new(),
                line: item.line,
                group: Some(item.name.clone()),
            }
        })
        .collect()
}

/// The parts of a comma (or "and") separated list, ignoring commas inside parentheses.
fn top_level_commas(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in text.trim_end_matches('.').chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if (c == ',' || c == ';') && depth == 0 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .into_iter()
        .map(|p| p.trim().trim_start_matches("and ").trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// Technologies with categories: the README's own grouping (a sub-heading that names a
/// category), else the table of well-known technologies, else "Other".
fn technologies_into(p: &mut Portfolio, items: Vec<Item>, report: &mut Report) {
    let mut ids = Ids::default();
    for t in items.into_iter().take(MAX_ITEMS) {
        let (id, name) = match t.group.as_deref() {
            Some(group) => match Known::from_label(group) {
                Some(k) => (k.id().to_string(), k.name().to_string()),
                None => (slug(group), first_words(group, MAX_NAME_CHARS)),
            },
            None => match known::lookup(&t.name) {
                Some(k) => {
                    report.at(
                        t.line,
                        format!("category of \"{}\" guessed: {}", t.name, k.category.id()),
                    );
                    (k.category.id().to_string(), k.category.name().to_string())
                }
                None => {
                    report.at(t.line, format!("category of \"{}\" unknown: other", t.name));
                    (
                        Known::Other.id().to_string(),
                        Known::Other.name().to_string(),
                    )
                }
            },
        };
        if !p.categories.iter().any(|c| c.id == id) {
            p.categories.push(Category {
                id: id.clone(),
                name: cut(&name, MAX_NAME_CHARS, t.line, report),
            });
        }
        p.technologies.push(Technology {
            id: ids.next("technology", &t.name),
            name: cut(&t.name, MAX_NAME_CHARS, t.line, report),
            category: id,
            summary: t
                .text
                .map(|s| {
                    if t.details.is_empty() {
                        s
                    } else {
                        format!("{s} {}", t.details.join(" "))
                    }
                })
                .or_else(|| (!t.details.is_empty()).then(|| t.details.join(" ")))
                .map(|s| cut(&s, MAX_TEXT_CHARS, t.line, report)),
            links: Vec::new(),
        });
    }
    p.categories.truncate(MAX_ITEMS);
}

/// What each item of a list is called in prose: its id and the normalized names that refer to
/// it (a technology's name and, for a well-known one, its aliases). Built once per list, so
/// finding the mentions of N texts among M items costs N × (words of the text), not N × M.
struct Names {
    ids: Vec<String>,
    /// Normalized name → the indices of the items it names.
    names: HashMap<String, Vec<usize>>,
    /// The first word of every name, to skip the words that start none.
    first_words: HashSet<String>,
    /// A well-known technology's name → the indices of the items that are it.
    known: HashMap<&'static str, Vec<usize>>,
}

/// The longest name matched, in words.
const NAME_WORDS_MAX: usize = 5;

impl Names {
    /// Technologies by their own names; well-known ones also by every spelling the table
    /// knows, found with its rules for prose ("React" counts, "react to" does not).
    fn technologies(list: &[Technology]) -> Self {
        let mut names = Self::new(list.iter().map(|t| (t.id.clone(), vec![t.name.clone()])));
        for (i, t) in list.iter().enumerate() {
            if let Some(k) = known::lookup(&t.name) {
                names.known.entry(k.name).or_default().push(i);
            }
        }
        names
    }

    fn concepts(list: &[Concept]) -> Self {
        Self::new(list.iter().map(|c| (c.id.clone(), vec![c.name.clone()])))
    }

    fn new(items: impl Iterator<Item = (String, Vec<String>)>) -> Self {
        let mut ids = Vec::new();
        let mut names: HashMap<String, Vec<usize>> = Default::default();
        for (i, (id, item_names)) in items.enumerate() {
            ids.push(id);
            for n in item_names.iter().map(|n| normal(n)) {
                let words = n.split(' ').count();
                if n.len() >= 2 && words <= NAME_WORDS_MAX {
                    let at = names.entry(n).or_default();
                    if !at.contains(&i) {
                        at.push(i);
                    }
                }
            }
        }
        let first_words = names
            .keys()
            .map(|n| n.split(' ').next().unwrap_or_default().to_string())
            .collect();
        Names {
            ids,
            names,
            first_words,
            known: Default::default(),
        }
    }

    /// The ids of the items the texts mention (as whole words), in list order.
    fn in_texts(&self, texts: &[&str]) -> Vec<String> {
        let joined = texts.join(" ");
        let haystack = normal(&joined);
        let words: Vec<&str> = haystack.split(' ').filter(|w| !w.is_empty()).collect();
        let mut found: Vec<usize> = Vec::new();
        let mut phrase = String::new();
        for start in 0..words.len() {
            // Most words start no name: one set lookup instead of five map lookups.
            if !self.first_words.contains(words[start]) {
                continue;
            }
            phrase.clear();
            for word in &words[start..(start + NAME_WORDS_MAX).min(words.len())] {
                if !phrase.is_empty() {
                    phrase.push(' ');
                }
                phrase.push_str(word);
                if let Some(items) = self.names.get(&phrase) {
                    found.extend(items);
                }
            }
        }
        if !self.known.is_empty() {
            for k in known::mentions(&joined) {
                found.extend(self.known.get(k.name).into_iter().flatten());
            }
        }
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .map(|i| self.ids[i].clone())
            .take(MAX_ITEMS)
            .collect()
    }
}

/// Lowercase words of letters, digits, `#`, `+` and `.` inside words, single-spaced.
fn normal(text: &str) -> String {
    let plain = if crate::content::inline::has_markup(text) {
        crate::text::fold(&crate::content::inline::plain(text))
    } else {
        crate::text::fold(text)
    };
    let mut out = String::with_capacity(plain.len());
    let mut space = false;
    for c in plain.chars() {
        if c.is_alphanumeric() || matches!(c, '#' | '+' | '/') {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    out
}

/// Unique slugs within one list.
#[derive(Default)]
struct Ids {
    taken: HashSet<String>,
    /// The next suffix to try for a base, so a name repeated n times costs n, not n².
    next: HashMap<String, usize>,
}

impl Ids {
    fn next(&mut self, fallback: &str, name: &str) -> String {
        let mut base = slug(name);
        if base == "item" {
            base = fallback.to_string();
        }
        let mut id = base.clone();
        let n = self.next.entry(base.clone()).or_insert(2);
        while !self.taken.insert(id.clone()) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        id
    }
}

/// The title: the first level-1 heading, else the first heading, else the first line.
fn title(parts: &[Part], report: &mut Report) -> (String, Option<usize>) {
    // The first level-1 heading, else the first heading, of the first few parts.
    let untitled = |p: &&Part| !p.title.is_empty() && p.kind.is_none();
    let first_h1 = parts
        .iter()
        .take(3)
        .position(|p| untitled(&p) && p.level == 1)
        .or_else(|| parts.iter().position(|p| untitled(&p)));
    if let Some(i) = first_h1.filter(|&i| i <= 2) {
        return (title_text(&parts[i].title), Some(i));
    }
    // The first paragraph before any heading (past a code block, a tree, a rule).
    let first_para = parts.first().and_then(|p| {
        p.blocks
            .iter()
            .find(|b| !matches!(b, Block::Code { .. } | Block::Rule { .. }))
    });
    if let Some(Block::Para { text, line }) = first_para {
        let first = text.lines().next().unwrap_or(text);
        if first.split_whitespace().take(13).count() <= 12 {
            report.at(*line, "title taken from the first line".into());
            return (title_text(first), Some(0));
        }
    }
    match parts.iter().position(|p| !p.title.is_empty()) {
        Some(i) => (title_text(&parts[i].title), None),
        None => {
            report.at(1, "no title found: \"Portfolio\" used".into());
            ("Portfolio".into(), None)
        }
    }
}

/// A title as text: no markup, no decoration around it ("📘 ALX Project Nexus 🚀").
fn title_text(heading: &str) -> String {
    let plain = crate::content::inline::plain(&super::text::clean_name(strip_lead(heading)));
    plain
        .trim_end_matches(|c: char| !(c.is_alphanumeric() || ")]\"'.!?".contains(c)))
        .trim()
        .to_string()
}

/// The program, when the README names a ProDev one.
fn program(p: &Portfolio) -> Option<String> {
    let overview = crate::content::plain_text(&p.overview);
    let text = format!("{} {overview}", p.title).to_lowercase();
    if text.contains("prodev backend") {
        Some("ProDev Backend Engineering".into())
    } else if text.contains("prodev frontend") {
        Some("ProDev Frontend Engineering".into())
    } else {
        None
    }
}

/// The closing line: the text after the README's last rule, when it is short, or a final line
/// that is all emphasis or a quote. Taken out of the part that holds it.
fn closing(parts: &mut [Part], report: &mut Report) -> Vec<ExtraBlock> {
    let Some(last) = parts.last_mut() else {
        return Vec::new();
    };
    // Rules that end the README end nothing: the closing is before them.
    while matches!(last.blocks.last(), Some(Block::Rule { .. })) {
        last.blocks.pop();
    }
    let rule = last
        .blocks
        .iter()
        .rposition(|b| matches!(b, Block::Rule { .. }));
    let after: Vec<&Block> = match rule {
        Some(r) => last.blocks[r + 1..].iter().collect(),
        None => last.blocks.last().into_iter().collect(),
    };
    let texts: Vec<(String, usize)> = after
        .iter()
        .filter_map(|b| match b {
            Block::Para { text, line } => Some((text.replace('\n', " "), *line)),
            _ => None,
        })
        .collect();
    let all_paras = texts.len() == after.len() && !texts.is_empty() && texts.len() <= 2;
    let emphatic = texts.len() == 1 && {
        let t = texts[0].0.trim();
        (t.starts_with('_') && t.ends_with('_'))
            || (t.starts_with('*') && t.ends_with('*') && !t.starts_with("**"))
    };
    // A paragraph standing alone after the README's last list ("✅ **Personal Takeaway**: …").
    let n = last.blocks.len();
    let after_list = rule.is_none()
        && texts.len() == 1
        && n >= 2
        && matches!(last.blocks[n - 2], Block::Item { .. } | Block::Table { .. })
        && texts[0].0.split_whitespace().take(6).count() >= 6;
    let copyright = texts
        .iter()
        .all(|(t, _)| t.contains('©') || t.to_lowercase().starts_with("copyright"));
    if !(all_paras && (rule.is_some() || emphatic || after_list)) || copyright {
        return Vec::new();
    }
    let keep = match rule {
        Some(r) => r,
        None => last.blocks.len() - 1,
    };
    last.blocks.truncate(keep);
    texts
        .iter()
        .map(|(t, line)| ExtraBlock::Text(cut(t, MAX_TEXT_CHARS, *line, report)))
        .collect()
}

/// A part of no section as an extra section: its paragraphs and lists in order.
fn extra(part: &Part, report: &mut Report) -> Option<Extra> {
    let mut blocks = rich(&part.blocks, report);
    if blocks.is_empty() {
        return None;
    }
    blocks.truncate(MAX_ITEMS);
    let title = if part.title.is_empty() {
        "Introduction".to_string()
    } else {
        super::text::clean_name(strip_lead(&part.title))
    };
    let title = if title.is_empty() {
        "Notes".to_string()
    } else {
        title
    };
    Some(Extra {
        id: String::new(),
        title: cut(&title, MAX_NAME_CHARS, part.line, report),
        blocks,
    })
}

/// The paragraphs and lists of some README blocks as the content's blocks, in order: nested
/// items join their list, table rows become items, code and rules are left out.
fn rich(source: &[Block], report: &mut Report) -> Vec<ExtraBlock> {
    let mut blocks: Vec<ExtraBlock> = Vec::new();
    for b in source {
        match b {
            Block::Para { text, line } => blocks.push(ExtraBlock::Text(cut(
                &text.replace('\n', " "),
                MAX_TEXT_CHARS,
                *line,
                report,
            ))),
            Block::Item { text, line, .. } => {
                let t = cut(&text.replace('\n', " "), MAX_TEXT_CHARS, *line, report);
                match blocks.last_mut() {
                    Some(ExtraBlock::Items(items)) if items.len() < MAX_ITEMS => items.push(t),
                    _ => blocks.push(ExtraBlock::Items(vec![t])),
                }
            }
            Block::Table { rows, line, .. } => {
                let items: Vec<String> = rows
                    .iter()
                    .map(|r| {
                        r.iter()
                            .filter(|c| !c.is_empty())
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(" — ")
                    })
                    .filter(|r| !r.trim().is_empty())
                    .map(|r| cut(&r, MAX_TEXT_CHARS, *line, report))
                    .take(MAX_ITEMS)
                    .collect();
                if !items.is_empty() {
                    blocks.push(ExtraBlock::Items(items));
                }
            }
            _ => {}
        }
    }
    blocks
}

/// Paragraphs joined into one text, within the limit; `None` when there are none.
fn joined(texts: &[String], max: usize, line: usize, report: &mut Report) -> Option<String> {
    let text = texts
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    (!text.trim().is_empty()).then(|| cut(&text, max, line, report))
}

/// A text within `max` characters: cut at a word with an ellipsis, reported.
fn cut(text: &str, max: usize, line: usize, report: &mut Report) -> String {
    let t = text.trim();
    let t = if t.is_empty() { "—" } else { t };
    if t.chars().count() <= max {
        return t.to_string();
    }
    report.at(line, format!("text cut to {max} characters"));
    let mut out: String = t.chars().take(max - 1).collect();
    if let Some(i) = out.rfind(' ') {
        out.truncate(i);
    }
    out.push('…');
    out
}
