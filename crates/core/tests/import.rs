//! The README importer on the project's own fixtures (tests/fixtures/readme/, one per shape),
//! and property tests: any Markdown imports without a panic into a valid portfolio, or is
//! refused as not a portfolio.
#![cfg(feature = "import")]

use nexus_core::content::{parse, plain_text, Block, Portfolio};
use nexus_core::import::{decode, import, Imported, NotText};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/readme")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn imported(name: &str) -> Imported {
    let imported = import(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let json = serde_json::to_string(&imported.portfolio).unwrap();
    parse(&json).unwrap_or_else(|e| panic!("{name}: invalid output: {e:?}\n{json}"));
    imported
}

fn names<T>(items: &[T], name: fn(&T) -> &str) -> Vec<&str> {
    items.iter().map(name).collect()
}

/// Each challenge as (title, text, solution).
fn told(p: &Portfolio) -> Vec<(&str, Option<&str>, Option<&str>)> {
    p.challenges
        .iter()
        .map(|c| {
            (
                c.title.as_str(),
                c.challenge.as_deref(),
                c.solution.as_deref(),
            )
        })
        .collect()
}

/// Each challenge as (title, solution).
fn solved(p: &Portfolio) -> Vec<(&str, Option<&str>)> {
    p.challenges
        .iter()
        .map(|c| (c.title.as_str(), c.solution.as_deref()))
        .collect()
}

fn notes(i: &Imported) -> Vec<String> {
    i.report.lines("README.md")
}

#[test]
fn the_seed_shape_imports_every_item_with_its_text() {
    let i = imported("seed-shape.md");
    let p: &Portfolio = &i.portfolio;
    assert_eq!(p.title, "My Backend Journey");
    assert!(plain_text(&p.overview).starts_with("A record of what I learned"));
    assert_eq!(p.program.as_deref(), Some("ProDev Backend Engineering"));
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Python", "Django", "PostgreSQL"]
    );
    assert_eq!(
        p.technologies[2].summary.as_deref(),
        Some("Relational storage with indexes.")
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Database Design", "Caching Strategies"]
    );
    assert_eq!(p.challenges.len(), 2);
    // The text only says what the title says: it is shown once, as the title.
    assert_eq!(p.challenges[0].title, "Slow list pages in Django");
    assert_eq!(p.challenges[0].challenge, None);
    assert_eq!(
        p.challenges[0].solution.as_deref(),
        Some("Used `select_related` to avoid N+1 queries.")
    );
    // Cross-references from the names the texts mention.
    assert_eq!(p.challenges[0].technologies, ["django"]);
    assert_eq!(p.challenges[1].technologies, ["postgresql"]);
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["Testing", "Documentation"]
    );
    assert_eq!(
        p.closing,
        [Block::Text(
            "_Still learning, one commit at a time._".into()
        )]
    );
    assert_eq!(
        p.sections.technologies.as_ref().unwrap().title,
        "Key Technologies Covered"
    );
    // Categories from the table of well-known technologies, each guess reported.
    assert_eq!(p.technologies[0].category, "language");
    assert!(
        notes(&i)
            .iter()
            .any(|n| n.contains("category of \"Django\" guessed: framework")),
        "{:?}",
        notes(&i)
    );
}

#[test]
fn an_overview_and_a_closing_keep_their_paragraphs_and_lists() {
    let i = imported("overview-with-a-list.md");
    let p = &i.portfolio;
    assert_eq!(
        p.overview,
        [
            Block::Text("My goals for the program were to:".into()),
            Block::Items(vec![
                "understand how a web server answers a request".into(),
                "write the test before the code".into(),
                "deploy something real".into(),
            ]),
            Block::Text("I kept notes as I went, and this page is them.".into()),
        ]
    );
    assert_eq!(
        p.closing,
        [
            Block::Text("Thanks for reading this far.".into()),
            Block::Text("Still learning, one commit at a time.".into()),
        ]
    );
    // A heading with only a solution below: the title is the challenge, said once.
    let slow = &p.challenges[0];
    assert_eq!(
        (slow.title.as_str(), slow.challenge.as_deref()),
        ("Slow queries", None)
    );
    assert_eq!(
        slow.solution.as_deref(),
        Some("Added indexes to the columns the list pages filter on.")
    );
    let dates = &p.challenges[1];
    assert_eq!(
        dates.challenge.as_deref(),
        Some("Dates were stored in local time and moved an hour twice a year.")
    );
}

#[test]
fn labelled_lists_of_names_under_group_headings_are_categories_of_technologies() {
    let i = imported("labelled-names-under-groups.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Django",
            "FastAPI",
            "Flask",
            "RabbitMQ",
            "Celery",
            "PostgreSQL",
            "MongoDB",
            "Docker",
            "Kubernetes",
            "GitHub Actions",
            "Jenkins",
            // A topic's aspects, not a kind of thing over names: one item each.
            "Caching",
            "Indexing",
            "Authentication",
        ]
    );
    assert_eq!(
        p.technologies[11].summary.as_deref(),
        Some("Redis, in-memory caching, cache invalidation")
    );
    // A heading that says what its items are is a group of them, however plain they are.
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        [
            "Asynchronous Programming",
            "Database Normalisation",
            "Rate Limiting",
            "Server-Side Rendering",
            "Hydration",
        ]
    );
    assert!(
        notes(&i).contains(
            &"README.md:7: \"Server Side\" read as a group of 7 technologies".to_string()
        ),
        "{:?}",
        notes(&i)
    );
}

#[test]
fn a_bold_challenge_title_names_its_challenge_and_a_glued_heading_is_a_heading() {
    let i = imported("bold-challenge-titles.md");
    let p = &i.portfolio;
    let told = told(p);
    assert_eq!(
        told,
        [
            (
                "The Vanishing Session",
                Some("Users were logged out after every deploy."),
                Some("Moved the session secret into the environment so it survived restarts.")
            ),
            (
                "Layout Shift on Slow Phones",
                Some("Images pushed the text down as they loaded."),
                Some("Gave every image its width and height.")
            ),
            (
                "Stale Data After Edits",
                Some("The list showed old values after a save."),
                Some("Revalidated the page's cache on every write.")
            ),
        ]
    );
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Next.js", "TypeScript"]
    );
    assert_eq!(
        p.sections.technologies.as_ref().map(|s| s.title.as_str()),
        Some("Key Technologies Covered")
    );
    assert!(notes(&i).contains(
        &"README.md:5: a rule written on a heading's line read as the heading".to_string()
    ));
}

#[test]
fn plain_title_lines_and_labelled_comma_lists_give_their_items() {
    let i = imported("plain-lines-and-comma-lists.md");
    let p = &i.portfolio;
    // "Languages: Go, Rust, TypeScript" lines without bullets: categories, not headings.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Go",
            "Rust",
            "TypeScript",
            "Axum",
            "Express",
            "Gin",
            "CockroachDB",
            "Valkey"
        ]
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        [
            // Under "Backend concepts", a title in sentence case on a line of its own.
            "Idempotency",
            "Backpressure",
            // "Concepts I can now teach: a, b, c." lists them.
            "sharding",
            "leader election",
            "consistent hashing",
            // Bullets that are nothing but a bold name are items, under their group heading.
            "Edge rendering",
            "Streaming rendering",
        ]
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "tiny commits",
            "a failing test first",
            "reading the logs before the code",
            // A singular label is one practice; "-**Reviews**" is a bullet all the same.
            "Takeaway",
            "Docs",
            "Reviews",
        ]
    );
    // "mail: …" and "chat: …" over "---" are lines ended by a rule, not a heading.
    let contact = p.extra.iter().find(|x| x.title == "Contact").unwrap();
    assert_eq!(
        contact.blocks,
        [
            Block::Text("mail: learner@example.org".into()),
            Block::Text("chat: learner#0001".into())
        ]
    );
    assert_eq!(p.closing, [Block::Text("Thanks for reading.".into())]);
    let notes = notes(&i);
    for line in [
        "README.md:11: \"Backend concepts\" read as a section title (a line over its items)",
        "README.md:18: \"Concepts I can now teach\" read as a list of 3 concepts",
        "README.md:31: \"Habits I keep\" read as a list of 3 practices",
    ] {
        assert!(notes.contains(&line.to_string()), "{line}: {notes:?}");
    }
}

#[test]
fn headings_tables_and_numbered_items_import_with_their_grouping() {
    let i = imported("headings-and-tables.md");
    let p = &i.portfolio;
    assert_eq!(p.title, "Learning Portfolio of a Frontend Developer");
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Next.js", "Tailwind CSS", "Express", "MongoDB"]
    );
    // The README's own grouping gives the categories.
    assert_eq!(names(&p.categories, |c| &c.name), ["Frontend", "Backend"]);
    assert_eq!(
        p.technologies[0].summary.as_deref(),
        Some("server rendering and routing")
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Accessibility", "State Management"]
    );
    assert_eq!(
        p.concepts[0].summary.as_deref(),
        Some("Making every control reachable by keyboard.")
    );
    let titles = names(&p.challenges, |c| &c.title);
    assert_eq!(
        titles,
        [
            "Hydration mismatch in Next.js",
            "Slow MongoDB queries",
            "Layout shift on mobile"
        ]
    );
    assert_eq!(
        p.challenges[0].solution.as_deref(),
        Some("Rendered dates on the client only")
    );
    assert_eq!(
        p.challenges[2].challenge.as_deref(),
        Some("Images pushed the text down while loading.")
    );
    assert_eq!(
        p.challenges[2].solution.as_deref(),
        Some("Reserved their size with `aspect-ratio`.")
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["Keep components small", "Name things after what they hold"]
    );
    // A section of no kind is kept as an extra section, paragraphs and lists in order.
    assert_eq!(p.extra.len(), 1);
    assert_eq!(p.extra[0].title, "Collaboration");
    assert!(
        matches!(&p.extra[0].blocks[..], [Block::Text(_), Block::Items(items)] if items.len() == 2)
    );
}

#[test]
fn a_messy_readme_imports_and_reports_what_it_lost() {
    let i = imported("messy.md");
    let p = &i.portfolio;
    assert_eq!(p.title, "Rough Notes");
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Docker", "GitHub Actions"]
    );
    assert_eq!(
        p.technologies[0].summary.as_deref(),
        Some("containers for every service")
    );
    assert_eq!(p.challenges.len(), 2);
    // A challenge without a solution is kept.
    assert_eq!(p.challenges[0].solution, None);
    assert!(p.challenges[1]
        .solution
        .as_deref()
        .unwrap()
        .starts_with("retried them in CI"));
    // The javascript: link is text now.
    assert!(!serde_json::to_string(p).unwrap().contains("](javascript:"));
    let notes = notes(&i);
    for expected in [
        "merge-conflict marker removed",
        "image \"diagram.png\" skipped",
        "mermaid code block skipped",
        // A bash fence over one command, never closed: code to the end.
        "unclosed code fence closed at the end",
        "link \"javascript:alert(1)\" kept as plain text",
    ] {
        assert!(
            notes.iter().any(|n| n.contains(expected)),
            "{expected}: {notes:?}"
        );
    }
    assert!(
        notes.iter().all(|n| n.starts_with("README.md:")),
        "{notes:?}"
    );
}

#[test]
fn projects_and_extra_sections_are_kept() {
    let i = imported("projects-and-extras.md");
    let p = &i.portfolio;
    assert_eq!(p.program.as_deref(), Some("ProDev Frontend Engineering"));
    assert_eq!(
        names(&p.projects, |x| &x.name),
        ["Movie Finder", "Poll Board"]
    );
    assert_eq!(p.projects[0].technologies, ["react", "graphql"]);
    assert!(p.projects[0]
        .summary
        .as_deref()
        .unwrap()
        .contains("[Repository](https://github.com/me/movie-finder)"));
    assert_eq!(names(&p.extra, |x| &x.title), ["Next Steps", "Contact"]);
    assert_eq!(p.challenges.len(), 2);
    assert_eq!(p.challenges[0].solution, None);
    assert_eq!(
        p.challenges[1].solution.as_deref(),
        Some("Used a test renderer and fake timers.")
    );
    // No concepts in the README: the section is absent.
    assert!(p.concepts.is_empty() && p.sections.concepts.is_none());
}

#[test]
fn program_units_label_bullets_and_category_lists_import_by_their_shape() {
    let i = imported("program-units.md");
    let p = &i.portfolio;
    // The level-1 heading is the title, not the banner line above it.
    assert_eq!(p.title, "Field Notes: Full-Stack Learning Log");
    // A list mostly of "**Category:** names" is split as a whole, one-name categories too.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Python",
            "Go",
            "Tailwind CSS",
            "React Context API",
            "hooks",
            "Vercel"
        ]
    );
    // Week units hold learnings: concepts, since the README has its own technologies. Their
    // label lines are lead-ins and "Key Outcome" is more of the item above, not an item.
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        [
            "Entity Diagrams",
            "Normal Forms",
            "Job Queues",
            "Periodic Tasks"
        ]
    );
    assert!(p.concepts[1]
        .details
        .iter()
        .any(|d| d.contains("A schema I could defend")));
    // "* Challenges" / "* Solutions" label bullets: the lists pair by position.
    assert_eq!(
        names(&p.challenges, |c| &c.title),
        ["Keeping migrations in order", "Flaky queue workers"]
    );
    assert_eq!(
        p.challenges[1].solution.as_deref(),
        Some("Added retries with backoff")
    );
    // "Skills Developed" under Best Practices is more of it.
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Small commits",
            "Reviews",
            "Reading query plans before adding indexes",
            "Writing runbooks for on-call"
        ]
    );
    // A recap of the weeks and the tips under Collaboration stay extra sections.
    let extra: Vec<&str> = p.extra.iter().map(|x| x.title.as_str()).collect();
    assert!(extra.contains(&"Tips for Success"), "{extra:?}");
    assert!(
        extra.iter().any(|t| t.starts_with("Early Phase")),
        "{extra:?}"
    );
}

#[test]
fn pasted_notes_without_sections_are_read_as_a_glossary() {
    let i = imported("pasted-notes.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Query Planner",
            "Write-Ahead Log",
            "Connection Pooling",
            "Message Brokers",
            "Idempotent Handlers",
            "Rate Limiting",
            "Circuit Breakers",
            "Feature Flags",
            "Blue Green Deploys"
        ]
    );
    assert!(p.technologies[6]
        .summary
        .as_deref()
        .unwrap()
        .starts_with("A circuit breaker stops"));
    // Lines that are no entry are kept: a list under a definition, the walkthrough after.
    assert!(p.technologies[8]
        .summary
        .as_deref()
        .unwrap()
        .ends_with("Running tests Building images"));
    assert!(plain_text(&p.overview).contains("Sketch the data"));
}

#[test]
fn a_readme_without_markdown_or_line_breaks_is_split_into_its_sections() {
    let i = imported("run-together.md");
    let p = &i.portfolio;
    assert_eq!(
        p.sections.technologies.as_ref().unwrap().title,
        "Technologies Covered"
    );
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Component Design",
            "Offline Support",
            "Svelte",
            "Vite",
            "Accessibility Audits"
        ]
    );
    assert_eq!(
        p.technologies[4].summary.as_deref(),
        Some("Checking contrast, labels and keyboard paths")
    );
    assert_eq!(
        names(&p.challenges, |c| &c.title),
        ["Image Loading on Slow Networks", "Form State Across Steps"]
    );
    assert_eq!(
        p.challenges[0].challenge.as_deref(),
        Some("Large hero images blocked the first paint.")
    );
    assert!(p.challenges[1]
        .solution
        .as_deref()
        .unwrap()
        .starts_with("Kept the draft"));
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Keep components small and focused on one job",
            "Name files after what they export",
            "Measure before optimizing anything",
            "Write the test that reproduces a bug first"
        ]
    );
}

#[test]
fn a_pasted_page_nests_by_indentation_and_a_stray_fence_hides_nothing() {
    let i = imported("pasted-page.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Event Sourcing", "Backpressure"]
    );
    // A label over named tools lifts them; a label over aspects stays one item.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Kafka", "RabbitMQ", "Stream Processing", "Python"]
    );
    assert_eq!(
        p.technologies[0].summary.as_deref(),
        Some("for durable ordered logs")
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["Schema Registry Use", "Replay Drills"]
    );

    let i = imported("stray-fence.md");
    let p = &i.portfolio;
    assert_eq!(names(&p.concepts, |c| &c.name), ["Caching", "Queues"]);
    assert_eq!(p.challenges.len(), 1);
    assert_eq!(p.practices.len(), 2);
    // "Example: …" after an item is more of it, not a technology.
    assert_eq!(names(&p.technologies, |t| &t.name), ["Docker", "Redis"]);
    assert!(notes(&i)
        .iter()
        .any(|n| n.contains("code fence around prose and headings read as Markdown")));
}

#[test]
fn an_app_readme_is_refused_with_what_was_looked_for() {
    let e = import(&fixture("not-a-portfolio.md"))
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("not a learning portfolio: looked for"), "{e}");
    assert!(e.contains("Installation"), "{e}");
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    // One line of 10,000 list markers: lists nested 10,000 deep.
    let lists = format!("{}item\n", "- ".repeat(10_000));
    let quotes = format!("{} deep\n", ">".repeat(10_000));
    for body in [lists, quotes] {
        let md = format!("# T\n\n## Technologies\n\n- Rust: a language\n\n## Notes\n\n{body}");
        let i = import(&md).expect("a portfolio");
        parse(&serde_json::to_string(&i.portfolio).unwrap()).expect("valid");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_markdown_imports_into_a_valid_portfolio_or_is_refused(
        md in prop::collection::vec(
            prop_oneof![
                Just("# Title\n".to_string()),
                Just("## Key Technologies\n".to_string()),
                Just("## Challenges & Solutions\n".to_string()),
                Just("### Backend\n".to_string()),
                Just("- **Python**: a language\n".to_string()),
                Just("  - _Solution_: it works\n".to_string()),
                Just("| A | B |\n|---|---|\n| x | y |\n".to_string()),
                Just("```\ncode\n".to_string()),
                Just("---\n".to_string()),
                Just("=======\n".to_string()),
                Just("**Label:**\n".to_string()),
                "[ -~\\n#*_`>|\\[\\]()-]{0,40}",
                ".{0,30}\n",
            ],
            0..30,
        ).prop_map(|parts| parts.concat())
    ) {
        if let Ok(i) = import(&md) {
            let json = serde_json::to_string(&i.portfolio).unwrap();
            prop_assert!(parse(&json).is_ok(), "invalid output for {md:?}: {json}");
        }
    }
}

#[test]
fn well_known_technologies_are_found_by_their_other_spellings() {
    use nexus_core::import::known::{lookup, Category};
    for (written, name, category) in [
        ("Postgres", "PostgreSQL", Category::Database),
        ("DRF", "Django REST Framework", Category::Framework),
        ("docker-compose", "Docker", Category::Devops),
        ("Node JS", "Node.js", Category::Framework),
        ("Python 3", "Python", Category::Language),
        ("Django (4.x)", "Django", Category::Framework),
        ("GCP", "Google Cloud", Category::Cloud),
        ("tailwindcss", "Tailwind CSS", Category::Frontend),
    ] {
        let k = lookup(written).unwrap_or_else(|| panic!("{written} not found"));
        assert_eq!((k.name, k.category), (name, category), "{written}");
    }
    for unknown in ["Google", "Go-to-market", "Our own framework"] {
        assert!(lookup(unknown).is_none(), "{unknown}");
    }
    assert_eq!(
        Category::from_label("🛠 Programming Languages"),
        Some(Category::Language)
    );
    assert_eq!(Category::from_label("Stuff I liked"), None);
}

#[test]
fn solutions_are_found_in_every_layout() {
    let readme =
        "# Notes\n\n## Key Technologies\n\n- **Django**: web framework\n- **Redis**: cache\n\n\
## Challenges\n\n### Challenge 1: Slow lists\n\n**Problem**: Pages took seconds.\n**Solution**:\n\n\
- Added indexes\n- Cached the counts\n\n### Challenge 2: Lost jobs\n\n**Solution:**  \nRetried \
them with backoff.\n\n## More Challenges\n\n- **Stale caches:** Invalidated keys on every write.\n\
- **Cold starts** – Faced slow first requests; solved by warming the pool at boot.\n\
- **Flaky tests** – Faced random failures in CI.\n";
    let p = import(readme).unwrap().portfolio;
    let got: Vec<(&str, Option<&str>)> = p
        .challenges
        .iter()
        .map(|c| (c.title.as_str(), c.solution.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Slow lists", Some("Added indexes Cached the counts")),
            ("Lost jobs", Some("Retried them with backoff.")),
            ("Stale caches", Some("Invalidated keys on every write.")),
            ("Cold starts", Some("Warming the pool at boot.")),
            ("Flaky tests", None),
        ]
    );
    assert_eq!(
        p.challenges[0].challenge.as_deref(),
        Some("Pages took seconds.")
    );
    assert_eq!(
        p.challenges[3].challenge.as_deref(),
        Some("Faced slow first requests")
    );
}

#[test]
fn code_pasted_without_a_fence_is_reported_not_imported() {
    let readme = "# Notes\n\n## Key Technologies\n\n- **Django**: web framework\n\n\
const slice = createSlice({\n  name: 'products',\n  initialState: [],\n});\n\n\
## Concepts\n\n- **Caching**: keeping hot data close\n";
    let i = import(readme).unwrap();
    let p = &i.portfolio;
    assert_eq!(names(&p.technologies, |t| &t.name), ["Django"]);
    assert_eq!(p.technologies[0].summary.as_deref(), Some("web framework"));
    assert!(
        notes(&i)
            .iter()
            .any(|n| n == "README.md:7: code without a fence skipped"),
        "{:?}",
        notes(&i)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any bytes: refused as not text, or decoded and then imported into a valid portfolio or
    /// refused as not a portfolio; never a panic, never invalid output.
    #[test]
    fn any_bytes_are_refused_or_import_into_a_valid_portfolio(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..2000),
            // Text-like bytes with a heading a portfolio would have, so some import.
            prop::collection::vec(prop_oneof![Just(b'\n'), Just(b'-'), Just(b' '), 0x20u8..0x7f, 0x80u8..=0xff], 0..600)
                .prop_map(|b| [b"# T\n\n## Key Technologies\n\n- Rust: a language\n".to_vec(), b].concat()),
        ]
    ) {
        if let Ok((text, _)) = decode(&bytes) {
            if let Ok(i) = import(&text) {
                let json = serde_json::to_string(&i.portfolio).unwrap();
                prop_assert!(parse(&json).is_ok(), "invalid output for {bytes:?}: {json}");
            }
        }
    }
}

#[test]
fn random_bytes_are_not_text_and_a_utf16_readme_imports() {
    // A fixed pseudo-random sequence (xorshift), as a binary file would hold.
    let mut x: u32 = 2_463_534_242;
    let noise: Vec<u8> = (0..300_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    assert_eq!(decode(&noise), Err(NotText::Binary));
    let text = fixture("seed-shape.md");
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let (decoded, _) = decode(&utf16).unwrap();
    let (a, b) = (import(&decoded).unwrap(), import(&text).unwrap());
    assert_eq!(a.portfolio, b.portfolio);
}

#[test]
fn the_summary_counts_in_the_right_number() {
    let md = "# T\n\n## Key Technologies\n\n- Rust: a language\n\n## Concepts\n\n- Caching: keep answers\n- Queues: later work\n\n## Challenges\n\n- Slow queries: added an index\n";
    let s = import(md).unwrap().summary();
    assert!(
        s.starts_with("imported 1 technology, 2 concepts, 1 challenge ("),
        "{s}"
    );
    assert!(
        s.contains(", 0 practices, 0 projects, 0 extra sections;"),
        "{s}"
    );
}

#[test]
fn level_one_section_headings_are_one_document_and_the_apps_stack_stays_out() {
    let i = imported("h1-sections-and-app-stack.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Rust", "Axum (routing, extractors)", "SQLx"]
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Connection Pooling", "Idempotent Handlers"]
    );
    assert_eq!(names(&p.challenges, |c| &c.title), ["Pool Exhaustion"]);
    assert_eq!(p.practices.len(), 2);
    // The app's own stack (Redis) is no learning technology.
    assert!(p.extra.iter().any(|e| e.title == "Bird Tracker API"));
    // A stack beside technologies that do not say they were learned is what was learned.
    let md = "# T\n\n## Technology Stack\n\n- Django\n- FastAPI\n\n## Database Technologies\n\n- PostgreSQL\n\n## Concepts\n\n- Caching\n";
    let i = import(md).unwrap();
    assert_eq!(
        names(&i.portfolio.technologies, |t| &t.name),
        ["Django", "FastAPI", "PostgreSQL"]
    );
}

#[test]
fn a_heading_over_lines_that_describe_it_is_one_item_without_its_number() {
    let i = imported("headings-over-lines.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Python (Advanced)",
            "Message Queues",
            "Container Orchestration with Kubernetes",
            "Shell Scripting",
            "Database Setup"
        ]
    );
    let k8s = &p.technologies[2];
    assert!(k8s
        .summary
        .as_deref()
        .unwrap()
        .starts_with("Understanding Pods"));
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Caching", "Rate Limiting"]
    );
}

#[test]
fn an_app_readme_with_a_stack_and_a_practice_list_is_refused_for_what_it_is_about() {
    let e = import(&fixture("app-with-a-stack.md")).unwrap_err();
    assert!(e.app_headings >= 3, "{e:?}");
    let e = e.to_string();
    assert!(
        e.starts_with("not a learning portfolio: it documents an app"),
        "{e}"
    );
    assert!(e.contains("Setup"), "{e}");
}

#[test]
fn a_hybrid_readmes_app_stack_among_its_app_headings_stays_out_of_the_learnings() {
    let i = imported("hybrid-parts.md");
    let p = &i.portfolio;
    assert_eq!(names(&p.technologies, |t| &t.name), ["Go", "Redis"]);
    let stack = p.extra.iter().find(|x| x.title == "Tech Stack").unwrap();
    assert_eq!(
        stack.blocks,
        [Block::Items(vec!["Go 1.22, chi, SQLite, Docker".into()])]
    );
}

#[test]
fn weeks_questions_and_emoji_lines_are_read_for_what_they_hold() {
    let i = imported("weekly-journal.md");
    let p = &i.portfolio;
    // "Week 1 — Foundations" over a list: learnings, with no technology/concept split.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Rust ownership",
            "Cargo workspaces",
            "SQLite",
            "Write-ahead logging"
        ]
    );
    // "Q:" and its "A:": a challenge titled by its question, solved by its answer.
    let told = solved(p);
    assert_eq!(
        told,
        [
            (
                "Why did two writers block each other?",
                Some(
                    "SQLite allows one writer at a time; I batched the writes in one transaction."
                )
            ),
            (
                "How should retries work?",
                Some("Retry only idempotent requests, with a jittered backoff (and a cap).")
            ),
        ]
    );
    // Lines each led by an emoji are a list; a name cut inside a parenthesis drops it.
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Commit before every experiment",
            "Read the error message to the end",
            "Note what I do not know yet"
        ]
    );
    // "bold = used in a graded project" is prose, not code without a fence.
    assert_eq!(
        p.overview[1],
        Block::Text("Key: bold = used in a graded project; plain = read about it only.".into())
    );
    // Weeks alone are a portfolio of what was learned.
    let weeks = "# Log\n\n## Week 1: Basics\n\n- Python\n- SQL\n- Git\n\n## Week 2: Web\n\n- Django\n- REST\n- HTTP caching\n- Docker\n- Nginx\n";
    let p = import(weeks).unwrap().portfolio;
    assert_eq!(p.technologies.len(), 8);
}

#[test]
fn html_blocks_are_read_as_the_markdown_they_stand_for() {
    let i = imported("html-blocks.md");
    let p = &i.portfolio;
    assert_eq!(p.title, "Field Notes");
    assert_eq!(names(&p.technologies, |t| &t.name), ["Kafka", "Postgres"]);
    assert_eq!(
        p.technologies[1].summary.as_deref(),
        Some("indexes & query plans")
    );
    // Each <details>: its <summary> titles a challenge, its text tells it.
    let told = told(p);
    assert_eq!(
        told,
        [
            (
                "Consumers fell behind at peak hours",
                Some("Lag grew for an hour every evening."),
                Some("more partitions and one consumer per partition.")
            ),
            (
                "Duplicate rows after retries",
                None,
                Some("an idempotency key with a unique index.")
            ),
        ]
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["Dashboards before features", "Alerts that say what to do"]
    );
    // Line for line: the report points at the <li> lines.
    let notes = notes(&i);
    assert!(
        notes.contains(&"README.md:10: category of \"Kafka\" guessed: devops".to_string()),
        "{notes:?}"
    );
    assert!(!notes.iter().any(|n| n.contains("HTML block")), "{notes:?}");
}

#[test]
fn a_table_whose_first_column_names_kinds_holds_one_section_per_kind() {
    let i = imported("one-table.md");
    let p = &i.portfolio;
    // The skills table's kinds stand in its second column.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["FastAPI", "MongoDB", "Redis"]
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Event sourcing", "Rate limiting", "Backoff with jitter"]
    );
    let told = solved(p);
    assert_eq!(
        told,
        [
            (
                "Aggregations timed out on large collections",
                Some("Added a compound index and a $match first")
            ),
            // A dash in the solution's cell: not solved yet.
            ("Understanding change streams", None),
            // Under "1. Challenges", a heading written as a numbered line.
            (
                "the first request after a deploy took seconds",
                Some("a warm-up ping from the deploy script.")
            ),
        ]
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["Version the API from day one"]
    );
    assert!(notes(&i).contains(
        &"README.md:5: a table with a column of kinds read as one section per kind".to_string()
    ));
}

#[test]
fn a_pasted_pages_code_samples_are_skipped_and_the_text_between_them_read() {
    let i = imported("pasted-with-copy-code.md");
    let p = &i.portfolio;
    let told = solved(p);
    assert_eq!(
        told,
        [
            (
                "Stores updated after the component was gone",
                Some("unsubscribed in onDestroy.")
            ),
            (
                "Slow cold builds",
                Some("cached the dependency pre-bundling between runs.")
            ),
        ]
    );
    assert_eq!(names(&p.practices, |x| &x.name), ["Stores", "Warnings"]);
    assert!(notes(&i).contains(&"README.md:12: js code block skipped".to_string()));
}

#[test]
fn whole_sentences_one_per_line_are_a_list_written_without_bullets() {
    let readme = "# Notes\n\n## Key Technologies\n\n- **Go**: services\n- **Redis**: queues\n\n\
                  ## Best Practices\n\nKeep components small.\nRead the compiler warnings.\n\
                  Profile before guessing.\n";
    let p = import(readme).unwrap().portfolio;
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Keep components small",
            "Read the compiler warnings",
            "Profile before guessing"
        ]
    );
}

#[test]
fn a_section_whose_text_gives_no_item_is_kept_as_a_further_section() {
    let readme = "# Notes\n\n## Key Technologies\n\n- **Go**: services\n- **Redis**: queues\n\n\
                  ## Best Practices\n\nI write the test first and keep every commit small.\n";
    let p = import(readme).unwrap().portfolio;
    assert!(p.practices.is_empty());
    let kept = p
        .extra
        .iter()
        .find(|x| x.title == "Best Practices")
        .unwrap();
    assert_eq!(
        kept.blocks,
        [Block::Text(
            "I write the test first and keep every commit small.".into()
        )]
    );
}

#[test]
fn a_project_proposal_with_a_proposed_stack_is_refused() {
    let e = import(&fixture("project-proposal.md")).unwrap_err();
    // Problem Statement, Proposed Solution, Key Features, Risks, Timeline, Deliverables.
    assert_eq!(e.app_headings, 6, "{e:?}");
    assert!(
        e.to_string()
            .starts_with("not a learning portfolio: it documents an app (6 headings about setup, features, endpoints, deployment or a project's plan)"),
        "{e}"
    );
}

#[test]
fn who_and_where_under_a_collaboration_heading_are_no_technologies() {
    let i = imported("collaboration-under-learnings.md");
    let p = &i.portfolio;
    // "Collaboration and Version Control" lists tools: a group of technologies; the second
    // Collaboration heading lists people and places: an extra section.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "React",
            "TypeScript",
            "Git for every change",
            "GitHub pull requests"
        ]
    );
    assert!(p
        .extra
        .iter()
        .any(|e| e.title.starts_with("Collaboration - Working")));
}

#[test]
fn topics_listed_in_the_program_overview_describe_the_program() {
    let i = imported("overview-topics.md");
    let p = &i.portfolio;
    assert_eq!(names(&p.concepts, |c| &c.name), ["Hydration"]);
    assert_eq!(names(&p.technologies, |t| &t.name), ["React", "Next.js"]);
    assert!(plain_text(&p.overview).contains("HTML, CSS, JavaScript"));
}

#[test]
fn a_topic_under_the_learnings_described_in_sentences_is_one_concept() {
    let i = imported("learnings-topic.md");
    let p = &i.portfolio;
    assert_eq!(names(&p.technologies, |t| &t.name), ["Go", "NATS"]);
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Backpressure", "Observability Adventures"]
    );
}

#[test]
fn a_list_item_or_label_over_names_is_a_group_at_every_depth_and_the_report_says_so() {
    let i = imported("groups-at-every-depth.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Python",
            "Go",
            "SQL",
            "Docker",
            "GitHub Actions",
            "Terraform",
            "Redis",
            "HTML5",
            "CSS3",
            "React",
            "Next.js",
            "PostgreSQL",
            "Valkey"
        ]
    );
    // A numbered item over sentences is one item described by them.
    assert!(p.technologies[6]
        .summary
        .as_deref()
        .unwrap()
        .starts_with("Cached sessions"));
    let notes = notes(&i);
    for line in [
        "README.md:5: \"Languages I used\" read as a group of 3 technologies",
        "README.md:9: \"Tools I used\" read as a group of 3 technologies",
        "README.md:17: \"Web Development\" read as a group of 4 technologies",
    ] {
        assert!(notes.iter().any(|n| n == line), "{line} not in {notes:#?}");
    }
}

#[test]
fn one_rule_decides_group_or_item_for_headings_numbered_headings_and_bullets() {
    let i = imported("one-rule-every-level.md");
    let p = &i.portfolio;
    // Names under a numbered heading or a numbered/bold bullet are a group; sentences under a
    // heading or a bullet describe it.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Python 3",
            "Django",
            "Flask",
            "Python",
            "PostgreSQL",
            "Redis",
            "Docker",
            "GitHub Actions",
            "Deployment"
        ]
    );
    assert!(p.technologies[3]
        .summary
        .as_deref()
        .unwrap()
        .starts_with("Wrote small scripts"));
    assert!(p.technologies[8]
        .summary
        .as_deref()
        .unwrap()
        .starts_with("Moved the app"));
    // A concept's bullet over names is a group; over sentences, and a concept's sub-heading,
    // one concept with details.
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        [
            "Repository Pattern",
            "Unit Of Work",
            "Message Queues",
            "Caching"
        ]
    );
    assert_eq!(p.concepts[2].details.len(), 2);
    let notes = notes(&i);
    for line in [
        "README.md:7: \"Languages and Frameworks\" read as a group of 3 technologies",
        "README.md:12: \"Python\" read as one technology described by the 3 lines under it",
        "README.md:18: \"Data stores\" read as a group of 2 technologies",
        "README.md:21: \"Delivery\" read as a group of 2 technologies",
        "README.md:30: \"Design Patterns\" read as a group of 2 concepts",
    ] {
        assert!(notes.iter().any(|n| n == line), "{line} not in {notes:#?}");
    }
}

#[test]
fn bullets_naming_sections_dotted_lines_advice_headings_and_fixes_told_in_a_sentence() {
    let p = imported("bullets-as-sections.md").portfolio;
    // "React · TypeScript" names on one line; "- **Technologies**" over "Web: Flask, FastAPI"
    // inside "What I learned" is a technologies section with its categories.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Python",
            "Django",
            "PostgreSQL",
            "Redis",
            "Flask",
            "FastAPI",
            "Celery",
            "RabbitMQ"
        ]
    );
    // "Ideas that stuck with me" holds concepts; "-Query caching" among bullets is one.
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        [
            "Idempotent endpoints",
            "Database replication",
            "Query caching",
            "Small services are easier to reason about",
            "Cache what you can measure"
        ]
    );
    // "Fixed it with …", "I solved it by …", "Solution : …", "… made the problem go away" in a
    // sentence after the first.
    assert_eq!(
        told(&p),
        [
            (
                "Static files on the server",
                Some("the pages loaded without styles after deploying."),
                Some("Fixed it with WhiteNoise and a collectstatic step.")
            ),
            (
                "Token expiry",
                Some("users were logged out every five minutes."),
                Some("I solved it by adding a refresh token flow.")
            ),
            (
                "Timezones",
                Some("reports showed yesterday's data."),
                Some("stored every time in UTC.")
            ),
            (
                "Flaky tests",
                Some("tests failed at random on CI."),
                Some("In the end, seeding the database before each run made the problem go away.")
            ),
            // A name, then what was done about it.
            (
                "Merge conflicts",
                None,
                Some("resolved by rebasing before every pull request.")
            ),
        ]
    );
    // "Tips for future learners" is advice (not plans for the future), as "Rules I live by".
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Ask in the channel before you lose a day",
            "Keep a log of every error you fix",
            "Never commit a secret",
            "Test the unhappy path"
        ]
    );
    assert!(p.extra.is_empty());
}

#[test]
fn a_challenge_labelled_inside_the_learnings_is_a_challenge() {
    let p = imported("challenges-in-learnings.md").portfolio;
    // "Blocker:" and "Fix:" lines under a week are no technologies named "Blocker" and "Fix".
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        [
            "Celery",
            "RabbitMQ",
            "PostgreSQL full-text search",
            "Trigram indexes"
        ]
    );
    assert_eq!(
        solved(&p),
        [
            (
                "every task ran twice",
                Some("two workers were started; I removed the second service.")
            ),
            ("results ignored accents", None),
        ]
    );
}

#[test]
fn a_section_title_alone_in_its_numbered_list_is_a_heading() {
    // "2. Frontend Concepts" then a bullet list: a word processor's numbered title, not the
    // first of the items.
    let p = imported("numbered-titles.md").portfolio;
    assert_eq!(names(&p.technologies, |t| &t.name), ["React", "TypeScript"]);
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Server-side rendering", "Code splitting"]
    );
    assert_eq!(
        solved(&p),
        [("Slow first load", Some("split it by route."))]
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["Measure before optimising"]
    );
}

#[test]
fn label_lines_label_headings_and_headings_under_an_item_are_read_for_what_they_are() {
    let i = imported("labels-and-depths.md");
    let p = &i.portfolio;
    // "**Stack:** Python, Django, …" in the overview: a technologies section.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Python", "Django", "PostgreSQL", "Redis"]
    );
    // "#### What surprised me" under "### Database Design" (one concept) is more of it.
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Database Design", "Caching"]
    );
    assert_eq!(
        p.concepts[0].details,
        [
            "What surprised me",
            "Denormalising one table made the dashboard ten times faster."
        ]
    );
    // "fix:" on the next line of an item, and "#### The problem" / "#### The solution" under
    // a challenge's heading.
    assert_eq!(
        told(p),
        [
            (
                "Static files missing",
                Some("the pages had no styles"),
                Some("added WhiteNoise to the middleware")
            ),
            (
                "Slow search",
                Some("Searching products took four seconds."),
                Some("A trigram index on the product name.")
            ),
        ]
    );
    // "##Best practises": a heading with its space forgotten, in British spelling; "*Name"
    // among bullets, a bullet.
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Keep views thin",
            "Name things well",
            "Write the test first"
        ]
    );
    assert!(notes(&i).contains(
        &"README.md:7: a heading with no space after its \"#\" read as a heading".to_string()
    ));
}

#[test]
fn a_syllabus_is_refused_and_a_guide_written_to_you_is_not() {
    let syllabus = fixture("course-syllabus.md");
    let e = import(&syllabus).expect_err("a syllabus is no portfolio");
    assert_eq!(e.promises, 8, "{e:?}");
    assert!(e
        .to_string()
        .starts_with("not a learning portfolio: it tells learners what they will learn"));
    // The same promises under an author's own headings, with no course's parts: a guide.
    let guide = syllabus
        .replace("— Syllabus", "— My Notes")
        .replace("What You Will Learn", "What I Covered")
        .replace("## Schedule", "## Months")
        .replace("## Assessment", "## Split");
    let p = import(&guide).expect("a guide is a portfolio").portfolio;
    assert_eq!(p.technologies.len(), 4);
    // A team's own plans ("we will") under the course's headings: no promise to learners.
    let team = syllabus
        .replace("you will", "we will")
        .replace("learners will", "we will")
        .replace("students will", "we will");
    assert!(import(&team).is_ok());
}

#[test]
fn headings_in_a_learners_own_words_and_spelling_name_their_sections() {
    let p = imported("headings-in-own-words.md").portfolio;
    // "Technolgies": a typo of the section's name.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Kotlin", "Jetpack Compose"]
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Unidirectional data flow", "Structured concurrency"]
    );
    // "Bugs, Blockers & Breakthroughs"; "**Learning Gradle**" is a challenge's name, not a
    // label naming the learnings; "Solution - " labels as "Solution:" does.
    assert_eq!(
        told(&p),
        [
            (
                "Learning Gradle",
                Some("every build took four minutes."),
                Some("turned on the configuration cache.")
            ),
            (
                "Rotation crashes",
                Some("the screen lost its state when the phone turned."),
                Some("kept the state in a ViewModel.")
            ),
        ]
    );
    // "What I'd Tell a New Learner" and "Golden Rules" hold practices.
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Read the lifecycle docs first",
            "Ship one small feature end to end",
            "Never block the main thread"
        ]
    );
}

#[test]
fn a_template_not_filled_in_is_refused_and_a_stand_in_is_no_item() {
    let e = import(&fixture("unfilled-template.md")).expect_err("a template is no portfolio");
    // The overview's "[Write …]", "[Challenge 1]: [Solution]" twice (no link definitions),
    // "[Your takeaway here]".
    assert_eq!(e.placeholders, 4, "{e:?}");
    assert!(e
        .to_string()
        .starts_with("not a learning portfolio: a template not filled in yet (4 placeholders"));
    // One stand-in among written items is left out, with a report line.
    let md = "# Notes\n\n## Key Technologies\n\n- **Django**: views and the ORM.\n- TBD\n\n\
              ## Best Practices\n\n- Small commits.\n- Coming soon\n";
    let i = import(md).expect("a portfolio");
    assert_eq!(names(&i.portfolio.technologies, |t| &t.name), ["Django"]);
    assert_eq!(
        names(&i.portfolio.practices, |x| &x.name),
        ["Small commits"]
    );
    let notes = notes(&i);
    assert!(
        notes.contains(&"README.md:6: \"TBD\" is a placeholder, left out".to_string()),
        "{notes:#?}"
    );
}

#[test]
fn a_readme_in_french_is_read_by_its_french_headings_and_labels() {
    let p = imported("french-readme.md").portfolio;
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Python", "Django", "PostgreSQL"]
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Conception d'API REST", "Mise en cache"]
    );
    // "**Défi :**" and "**Problème :**", each with its "**Solution :**".
    assert_eq!(
        solved(&p),
        [
            (
                "Les requêtes étaient lentes",
                Some("des index sur les colonnes filtrées.")
            ),
            (
                "Le conteneur ne trouvait pas la base",
                Some("le nom du service comme hôte.")
            ),
        ]
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Écrire les tests d'abord",
            "Garder les secrets hors du dépôt"
        ]
    );
    assert!(plain_text(&p.overview).starts_with("Ce dépôt résume"));
}

#[test]
fn a_readme_of_label_lines_only_is_a_portfolio_of_their_items() {
    let p = imported("label-lines-only.md").portfolio;
    // "**Learned:** a, b" (learnings: technologies here), "**Concepts:** …", "**Takeaways:**
    // a · b · c": each label line with its items is a section.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Go", "PostgreSQL", "Kafka", "Kubernetes"]
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["event sourcing", "idempotency", "backpressure"]
    );
    // "**Hardest part:**" and "**Fix:**" in the overview: a challenge and its solution.
    assert_eq!(
        solved(&p),
        [(
            "consumers fell behind during traffic spikes",
            Some("partitioned the topic by customer and scaled consumers per partition.")
        )]
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["measure first", "write it down", "ask early"]
    );
}

#[test]
fn ordinary_lines_that_look_like_the_new_rules_are_left_as_they_are() {
    let md =
        "# Ama's Portfolio\n\n#100DaysOfCode\n\n**Languages:** English, Spanish, Portuguese\n\n\
              **Problem:** Food banks track donations on paper. **Solution:** A Django app.\n\n\
              ## Key Technologies\n\n- Python\n- Django\n\n## Challenges\n\n\
              - **CORS**: the browser blocked the API. I tried a quick fix: disabling CORS, but \
              it only hid the problem.\n\n## Best Practices\n\n- Write tests\n\n\
              ## Projects\n\n- Todo App\n- WIP: Personal blog\n\n\
              ## Practical Exercises\n\n- Landing page\n\n\
              ## Resources for New Learners\n\n- Django docs\n\n\
              ## Ideas for Improvement\n\n- Add a dashboard\n";
    let p = import(md).expect("a portfolio").portfolio;
    // A hashtag, the author's spoken languages and an app's pitch stay in the overview.
    let overview = plain_text(&p.overview);
    for kept in ["#100DaysOfCode", "English, Spanish", "Food banks"] {
        assert!(overview.contains(kept), "{kept} not in {overview}");
    }
    assert_eq!(names(&p.technologies, |t| &t.name), ["Python", "Django"]);
    // "a quick fix:" inside a sentence is no label.
    assert_eq!(told(&p)[0].2, None);
    // "Todo App" and "WIP: Personal blog" are names, not stand-ins.
    assert_eq!(names(&p.projects, |x| &x.name), ["Todo App", "WIP"]);
    // "Practical" is no misspelt "practices"; resources and ideas for later are no learnings.
    assert_eq!(names(&p.practices, |x| &x.name), ["Write tests"]);
    assert_eq!(
        names(&p.extra, |x| &x.title),
        [
            "Practical Exercises",
            "Resources for New Learners",
            "Ideas for Improvement"
        ]
    );
}

#[test]
fn the_report_says_where_a_heading_was_read_as_one_item() {
    let notes = notes(&imported("headings-over-lines.md"));
    let line =
        "README.md:28: \"Database Setup\" read as one technology described by the 4 lines under it";
    assert!(notes.iter().any(|n| n == line), "{notes:#?}");
}

#[test]
fn practices_of_a_topic_under_concepts_are_a_group_of_concepts() {
    let i = imported("topic-practices-under-concepts.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Cache Invalidation", "Input Validation", "Least Privilege"]
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["Review every pull request"]
    );
}

#[test]
fn a_heading_after_a_sibling_section_continues_it_and_how_to_run_stays_out() {
    let i = imported("sibling-groups.md");
    let p = &i.portfolio;
    assert_eq!(names(&p.challenges, |c| &c.title), ["Hydration Mismatch"]);
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Name things for what they hold",
            "Small commits with clear messages",
            "Rebase before merging"
        ]
    );
    assert!(p.extra.iter().any(|e| e.title == "Running Locally"));
}

#[test]
fn an_unclosed_fence_with_a_language_is_code_to_the_end() {
    let i = imported("unclosed-bash-fence.md");
    let p = &i.portfolio;
    // Its "# comments" are no headings, and the empty sub-heading naming the section is no item.
    assert!(p.practices.is_empty(), "{:?}", p.practices);
    assert!(p.extra.iter().all(|e| !e.title.contains("Feature Branch")));
    assert!(notes(&i).contains(&"README.md:15: unclosed code fence closed at the end".to_string()));
    // A fence never closed over Markdown would swallow it: ignored instead.
    let md =
        "# T\n\n```bash\nls\n\n## Key Technologies\n\n- Rust\n- Go\n\n## Concepts\n\n- Ownership\n";
    let i = import(md).unwrap();
    assert_eq!(
        names(&i.portfolio.technologies, |t| &t.name),
        ["Rust", "Go"]
    );
    assert!(notes(&i).contains(&"README.md:3: unclosed code fence ignored".to_string()));
}

#[test]
fn challenges_as_name_lines_or_arrow_pairs_need_no_bullets() {
    let i = imported("challenges-without-bullets.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.challenges, |c| &c.title),
        [
            "Slow Search",
            "Stale Cache",
            "Timezones in reports",
            "Flaky webhooks",
            "Large uploads"
        ]
    );
    assert_eq!(
        p.challenges[3].solution.as_deref(),
        Some("retried with backoff")
    );
}

#[test]
fn plain_lines_in_sentence_case_over_their_items_are_section_titles() {
    let i = imported("plain-line-titles.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Queues", "Caching Layers"]
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Idempotency", "Backpressure"]
    );
    assert_eq!(
        names(&p.challenges, |c| &c.title),
        ["Slow exports", "Lost jobs"]
    );
    assert_eq!(
        p.challenges[0].solution.as_deref(),
        Some("streamed them in chunks.")
    );
    assert_eq!(names(&p.practices, |x| &x.name), ["Small pull requests"]);
    let notes = notes(&i);
    let line =
        "README.md:6: \"Key technologies covered\" read as a section title (a line over its items)";
    assert!(notes.iter().any(|n| n == line), "{notes:#?}");
}

#[test]
fn headings_above_the_level_of_their_section_heading_are_its_items() {
    let i = imported("swapped-levels.md");
    let p = &i.portfolio;
    assert_eq!(names(&p.technologies, |t| &t.name), ["Rust", "Tokio"]);
    assert_eq!(names(&p.concepts, |c| &c.name), ["Ownership", "Borrowing"]);
    assert_eq!(p.practices.len(), 1);
    let notes = notes(&i);
    let line =
        "README.md:4: \"Rust\" read as a part of \"Core Technologies\", the heading above it";
    assert!(notes.iter().any(|n| n == line), "{notes:#?}");
}

#[test]
fn sections_under_evaluation_criteria_are_about_the_app_and_projects_count_as_learning() {
    let i = imported("evaluation-criteria.md");
    let p = &i.portfolio;
    assert!(p.practices.is_empty(), "{:?}", p.practices);
    assert_eq!(p.technologies.len(), 3);
    assert_eq!(
        names(&p.projects, |x| &x.name),
        ["Library API", "Poll Service"]
    );
}

#[test]
fn a_paragraph_summing_up_a_list_is_no_item_but_a_named_one_is() {
    let i = imported("summing-up.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.practices, |x| &x.name),
        [
            "Write the test before the fix",
            "Keep components small",
            "Caching Rule"
        ]
    );
    assert!(p.practices[1]
        .summary
        .as_deref()
        .unwrap_or_default()
        .contains("If I could sum it up"));
}

#[test]
fn objectives_and_goals_are_no_learning_items_at_any_level() {
    let i = imported("objectives.md");
    let p = &i.portfolio;
    assert_eq!(names(&p.technologies, |t| &t.name), ["Python", "Docker"]);
    assert_eq!(names(&p.concepts, |c| &c.name), ["Normalization"]);
    let extra: Vec<&str> = p.extra.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(extra, ["Program Objectives", "Goals", "Objectives"]);
}

#[test]
fn a_group_of_sentences_each_naming_one_thing_in_bold_is_a_group_of_those_things() {
    let i = imported("bold-names-in-sentences.md");
    let p = &i.portfolio;
    // "Docker & Compose" names technologies itself: one item described by its lines.
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["Docker & Compose", "shell scripts", "SSH"]
    );
    let ssh = &p.technologies[2];
    // The example says more about the item above it.
    assert_eq!(
        ssh.summary.as_deref(),
        Some("Used SSH to reach the staging box. Example: a script that rotates logs every night.")
    );
    let notes = notes(&i);
    let line = "README.md:8: \"Other Tools\" read as a group of 3 technologies";
    assert!(notes.iter().any(|n| n == line), "{notes:#?}");
}

#[test]
fn a_numbered_or_bold_item_over_short_names_is_a_group_in_every_section() {
    let i = imported("name-groups-in-lists.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        [
            "Repository Pattern",
            "Unit of Work",
            "Dependency Injection",
            "Caching"
        ]
    );
    // Over sentences, the item stays one with details.
    assert_eq!(
        p.concepts[3].details.len() + usize::from(p.concepts[3].summary.is_some()),
        2
    );
    assert_eq!(
        names(&p.practices, |x| &x.name),
        ["Small Commits", "Code Review"]
    );
    let notes = notes(&i);
    for line in [
        "README.md:9: \"Design Patterns\" read as a group of 3 concepts",
        "README.md:19: \"Habits I kept\" read as a group of 2 practices",
    ] {
        assert!(notes.iter().any(|n| n == line), "{line}: {notes:#?}");
    }
}

#[test]
fn a_label_naming_a_section_inside_an_apps_deliverables_stays_there() {
    let i = imported("app-deliverables.md");
    let p = &i.portfolio;
    assert_eq!(names(&p.practices, |x| &x.name), ["Code Review"]);
    assert!(p.extra.iter().any(|e| e.title == "Demo Video"));
}

#[test]
fn a_short_topic_heading_right_after_the_concepts_is_one_more_concept() {
    let i = imported("topic-after-concepts.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Database Design", "Caching", "Testing"]
    );
    // "Final Thoughts" follows a topic, not the concepts heading: an extra section.
    assert!(p.extra.iter().any(|e| e.title == "Final Thoughts"));
    let notes = notes(&i);
    let line = "README.md:18: \"🧪 Testing\" read as one more of the concepts above it";
    assert!(notes.iter().any(|n| n == line), "{notes:#?}");
}

#[test]
fn concepts_listed_under_the_technologies_are_technologies_when_concepts_have_their_own_section() {
    let i = imported("concepts-under-technologies.md");
    let p = &i.portfolio;
    assert_eq!(
        names(&p.technologies, |t| &t.name),
        ["React", "Vite", "Server-Side Rendering", "Code Splitting"]
    );
    assert_eq!(
        names(&p.concepts, |c| &c.name),
        ["Hydration", "State Colocation"]
    );
    // Without a concepts section of its own, the nested heading is the concepts section.
    let md = "# T\n\n## Key Technologies & Learnings\n\n### Core Stack\n\n- Django\n\n### Backend Concepts\n\n- Caching\n- Queues\n";
    let i = import(md).unwrap();
    assert_eq!(
        names(&i.portfolio.concepts, |c| &c.name),
        ["Caching", "Queues"]
    );
}

#[test]
fn a_hash_label_ending_in_a_colon_inside_pasted_notes_heads_no_section() {
    let i = imported("pasted-labels.md");
    let p = &i.portfolio;
    // "# Principles:" would otherwise open a concepts section.
    assert_eq!(names(&p.technologies, |t| &t.name), ["Redis", "Kafka"]);
    assert_eq!(names(&p.concepts, |c| &c.name), ["Eventual Consistency"]);
    assert!(p.technologies[1]
        .summary
        .as_deref()
        .unwrap()
        .contains("Partitions are ordered"));
}
