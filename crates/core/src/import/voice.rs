//! Who a README speaks for. A learning portfolio tells what its author learned ("I built…",
//! "my first API"); a syllabus or an assignment brief tells what learners *will* learn ("You
//! will design RESTful APIs", "Learners will deploy…"), under headings addressed to them ("What
//! You Will Learn", "Schedule", "Assessment"). Both name the same technologies and topics, so
//! the sections alone cannot tell them apart.

/// Headings a syllabus or a course brief has and a portfolio does not need.
const COURSE: [&str; 12] = [
    "syllabus",
    "curriculum",
    "schedule",
    "assessment",
    "assessments",
    "grading",
    "prerequisites",
    "admission",
    "enrolment",
    "enrollment",
    "course outline",
    "learning outcomes",
];

/// How many promises to the reader the README makes ("you will", "learners will", "you'll")
/// when it reads as a syllabus: more than twice as many as its author's own words ("I", "my"),
/// at least six of them, and a heading that addresses learners or names a course's parts.
/// `None` for a portfolio (a guide written to "you" with a few "you'll" stays one).
pub fn promises(text: &str, headings: &[String]) -> Option<usize> {
    let addressed = headings.iter().any(|h| {
        let w = format!(" {} ", super::text::words(h));
        w.contains(" you will ")
            || w.contains(" you ll ")
            || COURSE.iter().any(|c| super::sections::has_phrase(&w, c))
    });
    if !addressed {
        return None;
    }
    // Substring searches, not a walk over every word: a long README with a "Schedule" heading
    // costs a few scans.
    // (Looked for in the few bytes before: a word is short, and a run of joined words is not
    // walked back over for every match.)
    let word_before = |at: usize| {
        let mut from = at.saturating_sub(16);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        text[from..at]
            .trim_end()
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .next()
            .unwrap_or_default()
    };
    let whole = |at: usize, len: usize| {
        !text[..at].ends_with(|c: char| c.is_alphanumeric())
            && !text[at + len..].starts_with(|c: char| c.is_alphanumeric())
    };
    // ("We will" is a team's own plan, not a promise to learners.)
    const LEARNERS: [&str; 5] = ["you", "learners", "students", "participants", "trainees"];
    let future = ["will", "Will"]
        .iter()
        .flat_map(|w| text.match_indices(w))
        .filter(|(at, w)| whole(*at, w.len()))
        .filter(|(at, _)| {
            LEARNERS
                .iter()
                .any(|l| word_before(*at).eq_ignore_ascii_case(l))
        })
        .count()
        + ["you'll", "You'll", "you’ll", "You’ll"]
            .iter()
            .map(|w| text.matches(w).count())
            .sum::<usize>();
    // The author's own voice, a team's too ("we", "our").
    let own = [
        "I", "my", "My", "me", "I'm", "I've", "I’m", "I’ve", "we", "We", "our", "Our", "us",
    ]
    .iter()
    .flat_map(|w| text.match_indices(w))
    .filter(|(at, w)| whole(*at, w.len()) && !text[at + w.len()..].starts_with(['\'', '’']))
    .count();
    (future >= 6 && future > own * 2).then_some(future)
}
