//! The validator against its fixture corpus, and the JSON Schema against the validator. (The
//! `nexus validate` command as a process: crates/cli/tests.)

use nexus_core::content::limits::MAX_FILE_BYTES;
use nexus_core::content::schema::json_schema;
use nexus_core::content::{parse, ContentError};
use serde_json::{json, Value};
use std::path::Path;

mod support;

const SHIPPED: &str = include_str!("../../../public/portfolio.json");
const SCHEMA: &str = include_str!("../../../public/portfolio.schema.json");

/// Each file of `tests/fixtures/invalid/` (one kind of mistake each) and exactly what the
/// validator says about it. The file over 2 MiB and the 1 MB of valid content are generated
/// below rather than committed.
const INVALID: &[(&str, &[&str])] = &[
    ("syntax-error", &["line 4, column 1: trailing comma"]),
    ("root-not-object", &["$: expected an object, found a list"]),
    (
        "wrong-type",
        &[
            "overview: expected text or a list of paragraphs and lists, found a number",
            "sections.practices.intro: expected text, found null",
            "technologies[0].name: expected text, found a number",
            "concepts[0].details: expected a list, found text",
            "practices: expected a list, found an object",
        ],
    ),
    (
        "missing-field",
        &[
            "title: required field is missing",
            "technologies[1].category: required field is missing",
            "challenges[0].title: required field is missing",
        ],
    ),
    (
        "unknown-field",
        &[
            "technologies[0].sumary: unknown field; did you mean \"summary\"?",
            "practices[0].colour: unknown field; expected one of: id, name, summary, links",
        ],
    ),
    (
        "empty-string",
        &[
            "title: must not be empty",
            "technologies[1].summary: must not be empty",
            "concepts[0].details[1]: must not be empty",
        ],
    ),
    (
        "duplicate-id",
        &[
            "technologies[1].id: duplicate id \"python\"",
            "practices[1].id: duplicate id \"testing\"",
        ],
    ),
    (
        "not-a-slug",
        &[
            "categories[0].id: \"lang--uage\" is not a slug (use lowercase letters, digits and single hyphens)",
            "concepts[0].id: \"caché\" is not a slug (use lowercase letters, digits and single hyphens)",
            "practices[0].id: \"Unit Testing\" is not a slug (use lowercase letters, digits and single hyphens)",
        ],
    ),
    (
        "unknown-reference",
        &[
            "technologies[1].category: unknown category \"framework\"",
            "concepts[0].technologies[1]: unknown technology \"rust\"",
            "challenges[0].concepts[1]: unknown concept \"queues\"",
        ],
    ),
    (
        "duplicate-reference",
        &["challenges[0].technologies[2]: duplicate reference \"django\""],
    ),
    (
        "bad-link",
        &[
            "technologies[0].links[0].url: link scheme \"javascript\" is not allowed; use https, http or mailto",
            "technologies[0].links[1].url: link scheme \"ftp\" is not allowed; use https, http or mailto",
            "technologies[0].links[2].url: \"/technologies/python\" is not an absolute link; start it with https://, http:// or mailto:",
            "technologies[0].links[3].url: \"https://\" is not a valid link",
            "technologies[0].links[4].url: \"https://example.org/a b\" is not a valid link",
        ],
    ),
    (
        "too-long",
        &[
            "categories[0].id: is 65 characters long; the limit is 64",
            "technologies[0].name: is 201 characters long; the limit is 200",
            "practices[0].summary: is 5001 characters long; the limit is 5000",
        ],
    ),
    (
        "too-many-items",
        &["concepts[0].details: has 1001 items; the limit is 1000"],
    ),
];

/// Invalid fixtures a JSON Schema cannot catch: it can say neither "unique by `id`" nor "names
/// an id that exists". The validator (and so `make validate`) is what stops them.
const SCHEMA_BLIND: &[&str] = &["duplicate-id", "unknown-reference"];

fn fixtures(kind: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(kind);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir:?}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// What the validator says, one line per problem, as the CLI prints it.
fn messages(text: &str) -> Vec<String> {
    match parse(text) {
        Ok(_) => Vec::new(),
        Err(ContentError::Invalid(problems)) => problems.iter().map(|p| p.to_string()).collect(),
        Err(syntax) => vec![syntax.to_string()],
    }
}

fn expected(name: &str) -> &'static [&'static str] {
    INVALID
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("tests/fixtures/invalid/{name}.json has no expected messages"))
        .1
}

/// About 1 MB of valid content: the shipped file with hundreds of long, mixed-script items.
fn schema() -> jsonschema::Validator {
    jsonschema::draft202012::new(&serde_json::from_str(SCHEMA).unwrap()).unwrap()
}

#[test]
fn every_invalid_fixture_gives_exactly_its_messages() {
    let files = fixtures("invalid");
    let mut names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let mut listed: Vec<&str> = INVALID.iter().map(|(n, _)| *n).collect();
    names.sort_unstable();
    listed.sort_unstable();
    assert_eq!(
        names, listed,
        "tests/fixtures/invalid/ and INVALID must list the same files"
    );
    for (name, text) in &files {
        assert_eq!(
            messages(text),
            expected(name),
            "tests/fixtures/invalid/{name}.json"
        );
    }
}

#[test]
fn valid_fixtures_load_including_unicode_right_to_left_and_emoji() {
    for (name, text) in fixtures("valid") {
        assert_eq!(
            messages(&text),
            Vec::<String>::new(),
            "tests/fixtures/valid/{name}.json"
        );
    }
    let unicode = parse(
        &fixtures("valid")
            .into_iter()
            .find(|(n, _)| n == "unicode")
            .unwrap()
            .1,
    )
    .unwrap();
    // The limit counts characters: 200 crabs are 800 bytes and still allowed.
    assert_eq!(unicode.technologies[1].name, "🦀".repeat(200));
    assert!(unicode.technologies[0]
        .summary
        .as_deref()
        .is_some_and(|s| s.starts_with("البرمجة")));
}

#[test]
fn a_megabyte_of_valid_content_loads() {
    // How fast: bench/run measures it in a release build.
    let text = support::large_portfolio();
    assert!(text.len() > 1_000_000, "{} bytes", text.len());
    let p = parse(&text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(p.technologies.len(), 906);
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let text = format!(
        "{SHIPPED}{}",
        " ".repeat(MAX_FILE_BYTES + 1 - SHIPPED.len())
    );
    assert_eq!(
        messages(&text),
        ["$: the file is 2097153 bytes; the limit is 2097152 bytes (2 MiB)"]
    );
}

#[test]
fn schema_file_is_generated_from_the_spec() {
    let committed: Value = serde_json::from_str(SCHEMA).unwrap();
    assert!(
        committed == json_schema(),
        "public/portfolio.schema.json is stale; regenerate it with \
         `cargo run --quiet -p nexus -- schema > public/portfolio.schema.json`"
    );
    assert!(
        jsonschema::meta::is_valid(&committed),
        "not a valid JSON Schema"
    );
    let shipped: Value = serde_json::from_str(SHIPPED).unwrap();
    assert_eq!(shipped["$schema"], "portfolio.schema.json");
}

#[test]
fn schema_accepts_the_shipped_file_every_valid_fixture_and_a_megabyte() {
    let schema = schema();
    let mut valid = fixtures("valid");
    valid.push(("shipped".into(), SHIPPED.into()));
    valid.push(("large".into(), support::large_portfolio()));
    for (name, text) in valid {
        let errors: Vec<String> = schema
            .iter_errors(&serde_json::from_str(&text).unwrap())
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn schema_rejects_every_invalid_fixture_it_can_express() {
    let schema = schema();
    for (name, text) in fixtures("invalid") {
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            assert_eq!(
                name, "syntax-error",
                "only the syntax fixture may be unparseable"
            );
            continue;
        };
        let blind = SCHEMA_BLIND.contains(&name.as_str());
        assert_eq!(
            schema.is_valid(&value),
            blind,
            "{name}.json (schema-blind: {blind})"
        );
    }
}

#[test]
fn schema_and_validator_agree_on_ids_text_and_links() {
    let schema = schema();
    let base: Value = serde_json::from_str(&fixtures("valid").remove(1).1).unwrap();
    let mut cases: Vec<(&str, Value)> = Vec::new();
    for id in [
        "a", "a-b-1", "2fa", "a--b", "-a", "a-", "A", "é", "a b", "", "a_b",
    ] {
        cases.push((id, json!({"id": id})));
    }
    for text in [
        "x", " x ", "", " ", "\t\n", "\u{a0}", "\u{3000}", "\u{200b}", "🦀",
    ] {
        cases.push((text, json!({"summary": text})));
    }
    for url in [
        "https://a",
        "HTTP://A.ORG/x",
        "http://a:8080/?q#f",
        "mailto:a@b.c",
        "https://",
        "https:///x",
        "https://?q",
        "mailto:",
        "javascript:alert(1)",
        "//a.org",
        "a.org",
        "https://a b",
        " https://a",
        "https://exämple.org/ü",
        "data:text/html,x",
        "ftp://a.org",
    ] {
        cases.push((url, json!({"links": [{"label": "L", "url": url}]})));
    }
    for (input, patch) in cases {
        let mut v = base.clone();
        for (k, x) in patch.as_object().unwrap() {
            v["practices"][0][k] = x.clone();
        }
        let by_rust = parse(&v.to_string()).is_ok();
        assert_eq!(
            schema.is_valid(&v),
            by_rust,
            "{input:?}: validator says {by_rust}"
        );
    }
}

#[test]
fn an_odd_field_name_gets_a_quoted_path_naming_exactly_it() {
    let mut v: Value = serde_json::from_str(SHIPPED).unwrap();
    v["sections"]["a.b[0]"] = json!(1);
    v["technologies"][0]["say \"hi\""] = json!(1);
    let problems: Vec<String> = nexus_core::content::validate(&v)
        .iter()
        .map(|p| p.path.clone())
        .collect();
    assert_eq!(
        problems,
        [r#"sections["a.b[0]"]"#, r#"technologies[0]["say \"hi\""]"#]
    );
}
