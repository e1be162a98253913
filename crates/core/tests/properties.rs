//! Property tests (proptest) over open-ended input: URL queries, JSON values, text. Case counts
//! are set per property below; a failure prints the smallest input that breaks it.

use nexus_core::content::{parse, validate, Problem};
use nexus_core::filter::lists::{CHALLENGES, TECHNOLOGIES};
use nexus_core::filter::query::decode;
use nexus_core::filter::FilterState;
use nexus_core::search::SearchIndex;
use nexus_core::text::{fold, fold_mapped, matches_all, terms};
use proptest::prelude::*;
use proptest::sample::{select, subsequence, Index};
use serde_json::{Map, Value};
use std::sync::LazyLock;

mod support;

static SHIPPED: LazyLock<nexus_core::content::Portfolio> =
    LazyLock::new(|| parse(support::SHIPPED).expect("the shipped portfolio is valid"));
static SHIPPED_JSON: LazyLock<Value> =
    LazyLock::new(|| serde_json::from_str(support::SHIPPED).unwrap());
static INDEX: LazyLock<SearchIndex> = LazyLock::new(|| SearchIndex::new(&SHIPPED));

/// Every field name the format knows, so generated objects often get past "unknown field".
const NAMES: &[&str] = &[
    "$schema",
    "title",
    "program",
    "overview",
    "closing",
    "sections",
    "categories",
    "technologies",
    "concepts",
    "challenges",
    "practices",
    "projects",
    "extra",
    "blocks",
    "text",
    "items",
    "id",
    "name",
    "summary",
    "category",
    "links",
    "label",
    "url",
    "details",
    "challenge",
    "solution",
    "intro",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(NAMES).prop_map(str::to_string),
        1 => ".{0,12}",
    ]
}

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        ".{0,20}".prop_map(Value::from),
        select(
            &[
                "python",
                "api",
                "rest-apis",
                "https://x.org",
                "javascript:x",
                " "
            ][..]
        )
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One step of a path as the validator writes them: `name`, `[3]` or `["odd key"]`.
enum Step {
    Key(String),
    Index(usize),
}

/// Parses a problem path; `None` if it is not well formed.
fn steps(path: &str) -> Option<Vec<Step>> {
    if path == "$" {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    let mut rest = path;
    let mut first = true;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("[\"") {
            // A JSON string up to its unescaped closing quote, then `]`.
            let mut escaped = false;
            let end = after.char_indices().find(|&(_, c)| {
                let close = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                close
            })?;
            let literal = &rest[1..1 + 1 + end.0 + 1];
            out.push(Step::Key(serde_json::from_str(literal).ok()?));
            rest = after[end.0 + 1..].strip_prefix(']')?;
        } else if let Some(after) = rest.strip_prefix('[') {
            let close = after.find(']')?;
            out.push(Step::Index(after[..close].parse().ok()?));
            rest = &after[close + 1..];
        } else {
            let after = if first { rest } else { rest.strip_prefix('.')? };
            let end = after.find(['.', '[']).unwrap_or(after.len());
            if end == 0 {
                return None;
            }
            out.push(Step::Key(after[..end].to_string()));
            rest = &after[end..];
        }
        first = false;
    }
    Some(out)
}

fn resolve<'a>(root: &'a Value, steps: &[Step]) -> Option<&'a Value> {
    steps.iter().try_fold(root, |v, s| match s {
        Step::Key(k) => v.as_object()?.get(k),
        Step::Index(i) => v.as_array()?.get(*i),
    })
}

/// A problem's path names a value of the input; a missing field names the object that lacks it.
fn assert_paths_exist(input: &Value, problems: &[Problem]) -> Result<(), TestCaseError> {
    for p in problems {
        let steps = steps(&p.path);
        prop_assert!(steps.is_some(), "malformed path {:?}", p.path);
        let mut steps = steps.unwrap();
        if p.message == "required field is missing" {
            let missing = steps.pop();
            let parent = resolve(input, &steps).and_then(Value::as_object);
            prop_assert!(
                matches!((parent, missing), (Some(obj), Some(Step::Key(k))) if !obj.contains_key(&k)),
                "{p}: the parent is not an object lacking the field"
            );
        } else {
            prop_assert!(
                resolve(input, &steps).is_some(),
                "{p}: no such value in the input"
            );
        }
    }
    Ok(())
}

/// Every value of a JSON document, as a JSON pointer.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            let escaped = k.replace('~', "~0").replace('/', "~1");
            pointers(x, format!("{at}/{escaped}"), out)
        }),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
        _ => {}
    }
    out.push(at);
}

/// The shipped file with one change at a random place.
fn mutate(op: u8, at: &Index, replacement: Value, key: String) -> Value {
    let mut doc = SHIPPED_JSON.clone();
    let mut all = Vec::new();
    pointers(&doc, String::new(), &mut all);
    let pointer = at.get(&all).clone();
    let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", ""));
    match (op, doc.pointer_mut(parent)) {
        // Remove the value from its object or list.
        (0, Some(Value::Object(m))) if !pointer.is_empty() => {
            m.remove(&last.replace("~1", "/").replace("~0", "~"));
        }
        (0, Some(Value::Array(a))) if !pointer.is_empty() => {
            a.remove(last.parse::<usize>().unwrap());
        }
        // Duplicate a list item (duplicate ids, references).
        (1, Some(Value::Array(a))) if !pointer.is_empty() => {
            let i: usize = last.parse().unwrap();
            a.push(a[i].clone());
        }
        // Add a field to the object.
        (2, _) => {
            if let Some(Value::Object(m)) = doc.pointer_mut(&pointer) {
                m.insert(key, replacement);
            }
        }
        // Replace the value.
        _ => {
            if let Some(v) = doc.pointer_mut(&pointer) {
                *v = replacement;
            }
        }
    }
    doc
}

/// A filter state the content can express: any text, and any choices of each facet.
fn technology_state() -> impl Strategy<Value = FilterState> {
    let categories: Vec<String> = SHIPPED.categories.iter().map(|c| c.id.clone()).collect();
    let n = categories.len();
    (".*", subsequence(categories, 0..=n)).prop_map(|(text, picked)| {
        let mut s = FilterState {
            text,
            ..Default::default()
        };
        picked.iter().for_each(|id| s.toggle("category", id));
        s
    })
}

fn challenge_state() -> impl Strategy<Value = FilterState> {
    let tech: Vec<String> = SHIPPED.technologies.iter().map(|t| t.id.clone()).collect();
    let concepts: Vec<String> = SHIPPED.concepts.iter().map(|c| c.id.clone()).collect();
    let (nt, nc) = (tech.len(), concepts.len());
    (
        ".*",
        subsequence(tech, 0..=nt),
        subsequence(concepts, 0..=nc),
    )
        .prop_map(|(text, t, c)| {
            let mut s = FilterState {
                text,
                ..Default::default()
            };
            t.iter().for_each(|id| s.toggle("tech", id));
            c.iter().for_each(|id| s.toggle("concept", id));
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn query_decoding_never_panics(query in ".*", raw in "[%&=+,a-z0-9?qQ]*") {
        for q in [&query, &raw] {
            let _ = decode(q, &["category", "tech"], |_, _| true);
            let s = TECHNOLOGIES.decode(&SHIPPED, q);
            // Whatever came in, only real choices come out.
            for (facet, values) in &s.selected {
                prop_assert_eq!(facet, "category");
                for v in values {
                    prop_assert!(SHIPPED.category(v).is_some(), "{}", v);
                }
            }
            let _ = CHALLENGES.decode(&SHIPPED, q);
        }
    }

    #[test]
    fn folding_never_panics_and_maps_back_to_char_boundaries(text in any::<String>()) {
        let (folded, origin) = fold_mapped(&text);
        prop_assert_eq!(folded.len(), origin.len());
        prop_assert!(origin.iter().all(|&i| text.is_char_boundary(i) && i < text.len().max(1)));
        prop_assert_eq!(&fold(&text), &folded);
        // Folding is idempotent, and a text always matches its own words.
        prop_assert_eq!(fold(&folded), folded.clone());
        prop_assert!(matches_all(&[&text], &terms(&text)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn technology_queries_round_trip(state in technology_state()) {
        let url = TECHNOLOGIES.encode(&state);
        prop_assert_eq!(TECHNOLOGIES.decode(&SHIPPED, &url), state.clone());
        // One view, one URL.
        prop_assert_eq!(TECHNOLOGIES.encode(&TECHNOLOGIES.decode(&SHIPPED, &url)), url);
    }

    #[test]
    fn challenge_queries_round_trip(state in challenge_state()) {
        let url = CHALLENGES.encode(&state);
        prop_assert_eq!(CHALLENGES.decode(&SHIPPED, &url), state);
    }

    #[test]
    fn search_never_panics_and_marks_real_text(query in any::<String>()) {
        for group in INDEX.search(&query, 8) {
            for hit in group.hits {
                for marked in [&hit.title, &hit.excerpt] {
                    // segments() slices the text at every range: a bad range would panic here.
                    let pieces = marked.segments();
                    let joined: String = pieces.iter().map(|(_, p)| *p).collect();
                    prop_assert_eq!(joined, marked.text.clone());
                }
            }
        }
    }

    #[test]
    fn validating_any_json_never_panics_and_paths_exist(value in json()) {
        let problems = validate(&value);
        assert_paths_exist(&value, &problems)?;
        let _ = parse(&value.to_string());
    }

    #[test]
    fn validating_a_mutated_shipped_file_never_panics_and_paths_exist(
        op in 0u8..4, at in any::<Index>(), replacement in json(), key in key(),
    ) {
        let doc = mutate(op, &at, replacement, key);
        let problems = validate(&doc);
        assert_paths_exist(&doc, &problems)?;
        // parse agrees: valid exactly when there are no problems.
        prop_assert_eq!(parse(&doc.to_string()).is_ok(), problems.is_empty());
    }
}
