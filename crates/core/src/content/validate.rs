//! All checks, in one walk over the parsed JSON: types, required and unknown fields, blank text,
//! sizes, slug ids and their uniqueness, references and link schemes. Every problem carries the
//! JSON path of the value at fault, in document order.

use super::limits::{MAX_FILE_BYTES, MAX_ID_CHARS, MAX_ITEMS, MAX_TEXT_CHARS, MAX_URL_CHARS};
use super::spec::{Field, Kind, Target, BLOCKS, PORTFOLIO};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `challenges[1].technologies[0]` or `sections["odd key"]`; `$` is the
    /// whole file.
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
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The file-size problem, if the text is over `MAX_FILE_BYTES`; checked before parsing.
pub fn check_size(text: &str) -> Option<Problem> {
    (text.len() > MAX_FILE_BYTES).then(|| Problem {
        path: "$".into(),
        message: format!(
            "the file is {} bytes; the limit is {MAX_FILE_BYTES} bytes ({} MiB)",
            text.len(),
            MAX_FILE_BYTES >> 20
        ),
    })
}

/// Every problem of a parsed portfolio, in document order; empty when it is valid.
pub fn validate(root: &Value) -> Vec<Problem> {
    let mut walker = Walker {
        known: known_ids(root),
        scopes: Vec::new(),
        problems: Vec::new(),
    };
    walker.value("", &Kind::Object(PORTFOLIO), root);
    walker.problems
}

/// The ids of each top-level list of objects, so references can be resolved in one pass.
fn known_ids(root: &Value) -> HashMap<&str, HashSet<&str>> {
    let Some(fields) = root.as_object() else {
        return HashMap::new();
    };
    fields
        .iter()
        .filter_map(|(name, v)| Some((name.as_str(), v.as_array()?)))
        .map(|(name, items)| {
            let ids = items.iter().filter_map(|i| i.get("id")?.as_str());
            (name, ids.collect())
        })
        .collect()
}

struct Walker<'a> {
    known: HashMap<&'a str, HashSet<&'a str>>,
    /// Ids seen so far in each list being walked (innermost last).
    scopes: Vec<HashSet<&'a str>>,
    problems: Vec<Problem>,
}

/// The path of a field: `parent.name`, or `parent["name"]` (JSON-quoted) when the name holds
/// anything but letters, digits, `_`, `-` and `$`, so every path names exactly one value.
fn field_path(parent: &str, name: &str) -> String {
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$'));
    if !plain {
        let quoted = serde_json::to_string(name).unwrap_or_default();
        format!("{parent}[{quoted}]")
    } else if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
}

impl<'a> Walker<'a> {
    fn problem(&mut self, path: &str, message: String) {
        let path = if path.is_empty() { "$" } else { path };
        self.problems.push(Problem {
            path: path.to_string(),
            message,
        });
    }

    fn value(&mut self, path: &str, kind: &Kind, v: &'a Value) {
        match *kind {
            Kind::Id => {
                if let Some(id) = self.text(path, v, MAX_ID_CHARS) {
                    self.id(path, id);
                }
            }
            Kind::Text(max) => {
                self.text(path, v, max);
            }
            Kind::Url => {
                if let Some(url) = self.text(path, v, MAX_URL_CHARS) {
                    if let Some(message) = link_problem(url) {
                        self.problem(path, message);
                    }
                }
            }
            Kind::Ref(target) => {
                if let Some(r) = self.string(path, v) {
                    self.reference(path, r, target);
                }
            }
            Kind::List(item) => self.list(path, item, v),
            Kind::Object(fields) => self.object(path, fields, v),
            Kind::OneOf(fields) => {
                let count = v.as_object().map(|m| m.len());
                if count.is_some_and(|n| n != 1) {
                    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                    self.problem(
                        path,
                        format!("expected exactly one of: {}", names.join(", ")),
                    );
                }
                self.object(path, fields, v)
            }
            Kind::Prose => match v {
                Value::String(_) => self.value(path, &Kind::Text(MAX_TEXT_CHARS), v),
                Value::Array(_) => self.value(path, &BLOCKS, v),
                _ => self.problem(
                    path,
                    format!(
                        "expected text or a list of paragraphs and lists, found {}",
                        describe(v)
                    ),
                ),
            },
        }
    }

    /// The string, or a type problem.
    fn string(&mut self, path: &str, v: &'a Value) -> Option<&'a str> {
        let s = v.as_str();
        if s.is_none() {
            self.problem(path, format!("expected text, found {}", describe(v)));
        }
        s
    }

    /// The string if it is text that is neither blank nor longer than `max` characters.
    fn text(&mut self, path: &str, v: &'a Value, max: usize) -> Option<&'a str> {
        let s = self.string(path, v)?;
        let len = s.chars().count();
        if s.trim().is_empty() {
            self.problem(path, "must not be empty".into());
        } else if len > max {
            self.problem(
                path,
                format!("is {len} characters long; the limit is {max}"),
            );
        } else {
            return Some(s);
        }
        None
    }

    fn id(&mut self, path: &str, id: &'a str) {
        if !is_slug(id) {
            self.problem(
                path,
                format!(
                    "\"{id}\" is not a slug (use lowercase letters, digits and single hyphens)"
                ),
            );
        } else if let Some(seen) = self.scopes.last_mut() {
            if !seen.insert(id) {
                self.problem(path, format!("duplicate id \"{id}\""));
            }
        }
    }

    fn reference(&mut self, path: &str, r: &str, target: Target) {
        if !self
            .known
            .get(target.list)
            .is_some_and(|ids| ids.contains(r))
        {
            self.problem(path, format!("unknown {} \"{r}\"", target.noun));
        }
    }

    fn list(&mut self, path: &str, item: &Kind, v: &'a Value) {
        let Some(items) = v.as_array() else {
            return self.problem(path, format!("expected a list, found {}", describe(v)));
        };
        if items.len() > MAX_ITEMS {
            self.problem(
                path,
                format!("has {} items; the limit is {MAX_ITEMS}", items.len()),
            );
        }
        self.scopes.push(HashSet::new());
        let mut refs = HashSet::new();
        for (i, x) in items.iter().enumerate() {
            let path = format!("{path}[{i}]");
            let before = self.problems.len();
            self.value(&path, item, x);
            if let (Kind::Ref(_), Some(r)) = (item, x.as_str()) {
                if self.problems.len() == before && !refs.insert(r) {
                    self.problem(&path, format!("duplicate reference \"{r}\""));
                }
            }
        }
        self.scopes.pop();
    }

    fn object(&mut self, path: &str, fields: &[Field], v: &'a Value) {
        let Some(map) = v.as_object() else {
            return self.problem(path, format!("expected an object, found {}", describe(v)));
        };
        // A typo of a required field is one mistake: report the typo, not also the absence.
        let unknown: Vec<(&String, Option<&str>)> = map
            .keys()
            .filter(|name| !fields.iter().any(|f| f.name == *name))
            .map(|name| (name, closest(name, fields)))
            .collect();
        for field in fields {
            let child = field_path(path, field.name);
            match map.get(field.name) {
                Some(x) => self.value(&child, &field.kind, x),
                None if field.required && !unknown.iter().any(|(_, c)| *c == Some(field.name)) => {
                    self.problem(&child, "required field is missing".into())
                }
                None => {}
            }
        }
        for (name, suggestion) in unknown {
            let message = match suggestion {
                Some(known) => format!("unknown field; did you mean \"{known}\"?"),
                None => {
                    let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
                    format!("unknown field; expected one of: {}", names.join(", "))
                }
            };
            self.problem(&field_path(path, name), message);
        }
    }
}

/// Why a link URL is not acceptable, if it is not: only absolute http, https and mailto links,
/// so content can never smuggle in `javascript:` or point at the app's own files.
fn link_problem(url: &str) -> Option<String> {
    let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    let Some(scheme) = scheme else {
        return Some(format!(
            "\"{url}\" is not an absolute link; start it with https://, http:// or mailto:"
        ));
    };
    let rest = &url[scheme.len() + 1..];
    let well_formed = match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" => rest
            .strip_prefix("//")
            .is_some_and(|r| r.starts_with(|c: char| !"/?#".contains(c))),
        "mailto" => !rest.is_empty(),
        _ => {
            return Some(format!(
                "link scheme \"{scheme}\" is not allowed; use https, http or mailto"
            ))
        }
    };
    if !well_formed || url.chars().any(char::is_whitespace) {
        return Some(format!("\"{url}\" is not a valid link"));
    }
    None
}

/// The JSON type of a value, as a message names it.
fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The field a misspelt name most likely meant: one edit away per three characters.
fn closest<'f>(name: &str, fields: &'f [Field]) -> Option<&'f str> {
    fields
        .iter()
        .map(|f| (edit_distance(name, f.name), f.name))
        .filter(|(d, _)| *d <= (name.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}
