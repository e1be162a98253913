//! Checks that serde cannot express: unique slug ids, resolvable references, non-empty text.
//! Every problem carries the JSON path of the value at fault.

use super::model::Portfolio;
use std::collections::HashSet;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `challenges[1].technologies[0]`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A slug: lowercase ASCII letters and digits in words joined by single hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.problem(path, "must not be empty");
        }
    }

    /// Checks each id of a list is a slug and unique; returns the set of ids.
    fn ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            if !is_slug(id) {
                self.problem(
                    path,
                    format!("\"{id}\" is not a slug (use lowercase letters, digits and single hyphens)"),
                );
            } else if !seen.insert(id) {
                self.problem(path, format!("duplicate id \"{id}\""));
            }
        }
        seen
    }

    fn refs(&mut self, path: &str, refs: &[String], known: &HashSet<&str>, kind: &str) {
        for (i, r) in refs.iter().enumerate() {
            if !known.contains(r.as_str()) {
                self.problem(format!("{path}[{i}]"), format!("unknown {kind} \"{r}\""));
            }
        }
    }
}

/// All problems of the portfolio, in document order; empty when it is valid.
pub fn validate(p: &Portfolio) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    c.text("title", &p.title);
    c.text("program", &p.program);
    c.text("overview", &p.overview);
    c.text("closing", &p.closing);
    for (name, s) in [
        ("technologies", &p.sections.technologies),
        ("concepts", &p.sections.concepts),
        ("challenges", &p.sections.challenges),
        ("practices", &p.sections.practices),
    ] {
        c.text(format!("sections.{name}.title"), &s.title);
    }

    let categories = c.ids("categories", p.categories.iter().map(|x| x.id.as_str()));
    for (i, x) in p.categories.iter().enumerate() {
        c.text(format!("categories[{i}].name"), &x.name);
    }

    let technologies = c.ids("technologies", p.technologies.iter().map(|x| x.id.as_str()));
    for (i, t) in p.technologies.iter().enumerate() {
        c.text(format!("technologies[{i}].name"), &t.name);
        c.text(format!("technologies[{i}].summary"), &t.summary);
        if !categories.contains(t.category.as_str()) {
            c.problem(
                format!("technologies[{i}].category"),
                format!("unknown category \"{}\"", t.category),
            );
        }
    }

    let concepts = c.ids("concepts", p.concepts.iter().map(|x| x.id.as_str()));
    for (i, k) in p.concepts.iter().enumerate() {
        c.text(format!("concepts[{i}].name"), &k.name);
        c.text(format!("concepts[{i}].summary"), &k.summary);
        for (j, d) in k.details.iter().enumerate() {
            c.text(format!("concepts[{i}].details[{j}]"), d);
        }
        c.refs(&format!("concepts[{i}].technologies"), &k.technologies, &technologies, "technology");
    }

    c.ids("challenges", p.challenges.iter().map(|x| x.id.as_str()));
    for (i, x) in p.challenges.iter().enumerate() {
        c.text(format!("challenges[{i}].title"), &x.title);
        c.text(format!("challenges[{i}].challenge"), &x.challenge);
        c.text(format!("challenges[{i}].solution"), &x.solution);
        c.refs(&format!("challenges[{i}].technologies"), &x.technologies, &technologies, "technology");
        c.refs(&format!("challenges[{i}].concepts"), &x.concepts, &concepts, "concept");
    }

    c.ids("practices", p.practices.iter().map(|x| x.id.as_str()));
    for (i, x) in p.practices.iter().enumerate() {
        c.text(format!("practices[{i}].name"), &x.name);
        c.text(format!("practices[{i}].summary"), &x.summary);
    }
    c.problems
}
