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
            || w.contains(" we will ")
            || w.contains(" you ll ")
            || COURSE.iter().any(|c| super::sections::has_phrase(&w, c))
    });
    if !addressed {
        return None;
    }
    // Word by word, compared without case (no lowered copy of the whole README).
    let is = |w: &str, any: &[&str]| any.iter().any(|x| w.eq_ignore_ascii_case(x));
    let mut future = 0;
    let mut own = 0;
    let mut previous = "";
    for w in text
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
    {
        if is(w, &["i", "my", "i'm", "i've", "i’m", "i’ve", "me"]) {
            own += 1;
        } else if is(w, &["you'll", "you’ll", "we'll", "we’ll"])
            || (w.eq_ignore_ascii_case("will")
                && is(
                    previous,
                    &[
                        "you",
                        "learners",
                        "students",
                        "participants",
                        "we",
                        "trainees",
                    ],
                ))
        {
            future += 1;
        }
        previous = w;
    }
    (future >= 6 && future > own * 2).then_some(future)
}
