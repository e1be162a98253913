//! Text left as the template's stand-in: "TBD", "Coming soon", "[Challenge 1]", "Your takeaway
//! here". It is no item: a portfolio whose sections hold only such text is a template not yet
//! filled in.

/// Whether a name or text is a stand-in for content still to be written.
pub fn is_placeholder(text: &str) -> bool {
    const WORDS: [&str; 14] = [
        "tbd",
        "tba",
        "todo",
        "to do",
        "coming soon",
        "to be added",
        "to be updated",
        "to be completed",
        "work in progress",
        "wip",
        "pending",
        "placeholder",
        "lorem ipsum",
        "add here",
    ];
    let t = text.trim();
    // Stand-ins are short; most items are not, and are passed over without a second look.
    if t.len() > 48 {
        return false;
    }
    // "[Challenge 1]", "[Describe the solution]", "<your name>": a slot to fill.
    let bracketed = |open: char, close: char| {
        t.len() > 2 && t.starts_with(open) && t.ends_with(close) && !t.contains("](")
    };
    if bracketed('[', ']') || bracketed('<', '>') || bracketed('{', '}') {
        return true;
    }
    // Compared without case and without the markup and punctuation around it, no copy made.
    let w = t.trim_matches(|c: char| !c.is_alphanumeric());
    // The whole text, not its first word: "Todo App" and "WIP: blog" are names.
    WORDS.iter().any(|p| w.eq_ignore_ascii_case(p))
        || w.get(..11).is_some_and(|h| h.eq_ignore_ascii_case("lorem ipsum"))
        || (!t.is_empty() && t.chars().all(|c| matches!(c, '.' | '…')))
        // "Your takeaway here", "Add your challenge here".
        || (w.len() > 5
            && w.get(w.len() - 5..).is_some_and(|end| end.eq_ignore_ascii_case(" here"))
            && w.split(' ').any(|x| x.eq_ignore_ascii_case("your")))
}

/// Drops the items whose name is a stand-in ("TBD", "[Technology 1]"), each with a report
/// line; returns how many.
pub fn drop_items(
    items: &mut Vec<super::items::Item>,
    report: &mut super::report::Report,
) -> usize {
    let before = items.len();
    items.retain(|i| {
        // ("WIP: Personal blog" says what it is after the stand-in word.)
        let keep =
            !is_placeholder(&i.name) || i.text.as_deref().is_some_and(|t| !is_placeholder(t));
        if !keep {
            report.at(i.line, format!("\"{}\" is a placeholder, left out", i.name));
        }
        keep
    });
    before - items.len()
}
