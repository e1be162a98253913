//! Well-known technologies, as data: each with the category it goes in when the README does not
//! group it, and the other spellings READMEs use ("Postgres", "DRF", "docker-compose"). The
//! importer guesses categories and finds cross-references in prose with it.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// The categories a technology can be guessed into, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Language,
    Framework,
    Database,
    Api,
    Devops,
    Cloud,
    Testing,
    Frontend,
    Tooling,
    Other,
}

use Category::*;

/// Each category's id and display name, in `Category` order.
#[rustfmt::skip]
const NAMES: [(&str, &str); 10] = [
    ("language", "Language"), ("framework", "Framework"), ("database", "Database"), ("api", "API"),
    ("devops", "DevOps"), ("cloud", "Cloud"), ("testing", "Testing"), ("frontend", "Frontend"),
    ("tooling", "Tooling"), ("other", "Other"),
];

/// Words and phrases of a heading or label that name a category (lowercase words).
#[rustfmt::skip]
const LABELS: &[(&str, Category)] = &[
    ("language", Language), ("languages", Language),
    ("framework", Framework), ("frameworks", Framework), ("library", Framework), ("libraries", Framework),
    ("database", Database), ("databases", Database), ("db", Database), ("dbs", Database),
    ("data storage", Database), ("data store", Database), ("data stores", Database),
    ("api", Api), ("apis", Api),
    ("devops", Devops), ("deployment", Devops), ("deployments", Devops), ("ci", Devops), ("cd", Devops),
    ("cicd", Devops), ("containerization", Devops), ("containers", Devops), ("infrastructure", Devops),
    ("cloud", Cloud), ("hosting", Cloud),
    ("testing", Testing), ("tests", Testing), ("test", Testing), ("quality assurance", Testing), ("qa", Testing),
    ("frontend", Frontend), ("front end", Frontend), ("ui", Frontend), ("ux", Frontend), ("styling", Frontend),
    ("tools", Tooling), ("tool", Tooling), ("tooling", Tooling), ("version control", Tooling),
    ("developer tools", Tooling),
];

impl Category {
    /// Every category in display order.
    pub const ALL: [Category; 10] = [
        Language, Framework, Database, Api, Devops, Cloud, Testing, Frontend, Tooling, Other,
    ];

    /// Slug used as the category id in portfolio.json ("language", "devops").
    pub fn id(self) -> &'static str {
        NAMES[self as usize].0
    }

    /// Display name ("Language", "DevOps", "API").
    pub fn name(self) -> &'static str {
        NAMES[self as usize].1
    }

    /// The category a heading or bold label names, if any ("🛠 Programming Languages",
    /// "Frameworks & Libraries", "CI/CD"): case-insensitive, emoji and punctuation ignored, the
    /// earliest word or phrase of the label that names a category wins ("Frontend Frameworks" is
    /// Frontend, "Cloud & DevOps" is Cloud).
    pub fn from_label(label: &str) -> Option<Category> {
        let lower = label.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        (0..words.len()).find_map(|i| {
            LABELS
                .iter()
                .filter(|(p, _)| {
                    let p: Vec<&str> = p.split(' ').collect();
                    words[i..].starts_with(&p)
                })
                .max_by_key(|(p, _)| p.len())
                .map(|(_, c)| *c)
        })
    }
}

/// One well-known technology.
#[derive(Debug)]
pub struct Known {
    /// How the site shows it.
    pub name: &'static str,
    pub category: Category,
    /// Other spellings a README uses.
    pub aliases: &'static [&'static str],
}

const fn k(name: &'static str, category: Category, aliases: &'static [&'static str]) -> Known {
    Known {
        name,
        category,
        aliases,
    }
}

/// The table, grouped by category. `lookup` folds case and ".", "-", " ", "/", so spellings
/// differing only in those are listed only where READMEs often write them so (for matchers that
/// do not fold).
#[rustfmt::skip]
pub static KNOWN: &[Known] = &[
    k("Python", Language, &["Python 3", "Python3", "Py"]),
    k("JavaScript", Language, &["JS", "ES6", "ECMAScript", "Vanilla JS", "Vanilla JavaScript"]),
    k("TypeScript", Language, &["TS"]),
    k("Java", Language, &[]),
    k("Go", Language, &["Golang", "Go lang"]),
    k("Rust", Language, &[]),
    k("C", Language, &[]),
    k("C++", Language, &["CPP"]),
    k("C#", Language, &["CSharp", "C Sharp"]),
    k("PHP", Language, &[]),
    k("Ruby", Language, &[]),
    k("Kotlin", Language, &[]),
    k("Swift", Language, &[]),
    k("Dart", Language, &[]),
    k("Scala", Language, &[]),
    k("Elixir", Language, &[]),
    k("R", Language, &[]),
    k("Solidity", Language, &[]),
    k("Bash", Language, &["Shell", "Shell Scripting", "Bash Scripting", "Shell Scripts", "Bash Scripts"]),
    k("SQL", Language, &[]),
    k("HTML", Language, &["HTML5"]),
    k("CSS", Language, &["CSS3"]),
    k("Django", Framework, &["Django Framework"]),
    k("Django REST Framework", Framework, &["DRF", "Django Rest Framework", "Django REST"]),
    k("Flask", Framework, &[]),
    k("FastAPI", Framework, &["Fast API"]),
    k("Express", Framework, &["Express.js", "ExpressJS"]),
    k("Node.js", Framework, &["Node", "NodeJS", "Node JS"]),
    k("Deno", Framework, &[]),
    k("NestJS", Framework, &["Nest.js", "Nest"]),
    k("Spring Boot", Framework, &["Spring"]),
    k("Laravel", Framework, &[]),
    k("Ruby on Rails", Framework, &["Rails", "RoR"]),
    k(".NET", Framework, &["ASP.NET", "ASP.NET Core", ".NET Core", "dotnet"]),
    k("Celery", Framework, &["Celery Beat"]),
    k("Graphene", Framework, &["Graphene-Django", "Graphene Django"]),
    k("Django Channels", Framework, &["Channels"]),
    k("Django ORM", Framework, &["ORM"]),
    k("SQLAlchemy", Framework, &[]),
    k("Alembic", Framework, &[]),
    k("Pydantic", Framework, &[]),
    k("Prisma", Framework, &[]),
    k("Sequelize", Framework, &[]),
    k("Mongoose", Framework, &[]),
    k("TypeORM", Framework, &[]),
    k("Hibernate", Framework, &[]),
    k("Socket.IO", Framework, &["SocketIO"]),
    k("Jinja", Framework, &["Jinja2"]),
    k("Pandas", Framework, &[]),
    k("NumPy", Framework, &[]),
    k("scikit-learn", Framework, &["sklearn"]),
    k("PostgreSQL", Database, &["Postgres", "psql", "PostgresSQL", "Postgre"]),
    k("MySQL", Database, &[]),
    k("SQLite", Database, &["SQLite3"]),
    k("MongoDB", Database, &["Mongo", "Mongo DB"]),
    k("Redis", Database, &[]),
    k("Elasticsearch", Database, &["Elastic Search", "ElasticSearch"]),
    k("MariaDB", Database, &[]),
    k("Cassandra", Database, &["Apache Cassandra"]),
    k("DynamoDB", Database, &["Dynamo DB", "Amazon DynamoDB"]),
    k("Firebase", Database, &["Firestore"]),
    k("Supabase", Database, &[]),
    k("Oracle Database", Database, &["Oracle", "Oracle DB"]),
    k("SQL Server", Database, &["MSSQL", "MS SQL", "Microsoft SQL Server"]),
    k("Neo4j", Database, &[]),
    k("Memcached", Database, &[]),
    k("REST APIs", Api, &["REST", "REST API", "RESTful APIs", "RESTful API", "RESTful", "RESTful Services"]),
    k("GraphQL", Api, &[]),
    k("gRPC", Api, &[]),
    k("WebSockets", Api, &["WebSocket", "Web Sockets"]),
    k("OpenAPI", Api, &["Swagger", "OpenAPI/Swagger", "Swagger/OpenAPI", "OpenAPI Specification"]),
    k("JWT", Api, &["JSON Web Tokens", "JSON Web Token", "SimpleJWT", "Simple JWT"]),
    k("OAuth", Api, &["OAuth2", "OAuth 2.0"]),
    k("Webhooks", Api, &["Webhook"]),
    k("Apollo", Api, &["Apollo Client", "Apollo Server"]),
    k("tRPC", Api, &[]),
    k("SOAP", Api, &[]),
    k("Stripe", Api, &["Stripe API"]),
    k("Chapa API", Api, &["Chapa"]),
    k("Docker", Devops, &["docker-compose", "Docker Compose", "Dockerfile"]),
    k("Kubernetes", Devops, &["k8s"]),
    k("CI/CD", Devops, &["CI", "CD", "Continuous Integration", "Continuous Deployment", "Continuous Delivery", "CI/CD Pipelines", "CI/CD Pipeline"]),
    k("GitHub Actions", Devops, &[]),
    k("GitLab CI", Devops, &["GitLab CI/CD"]),
    k("Jenkins", Devops, &[]),
    k("CircleCI", Devops, &[]),
    k("Travis CI", Devops, &[]),
    k("Nginx", Devops, &[]),
    k("Apache", Devops, &["Apache HTTP Server"]),
    k("Gunicorn", Devops, &[]),
    k("Uvicorn", Devops, &[]),
    k("Terraform", Devops, &[]),
    k("Ansible", Devops, &[]),
    k("Helm", Devops, &[]),
    k("RabbitMQ", Devops, &[]),
    k("Kafka", Devops, &["Apache Kafka"]),
    k("Cron", Devops, &["Cron Jobs", "crontab"]),
    k("Prometheus", Devops, &[]),
    k("Grafana", Devops, &[]),
    k("Sentry", Devops, &[]),
    k("AWS", Cloud, &["Amazon Web Services"]),
    k("AWS Lambda", Cloud, &[]),
    k("Amazon S3", Cloud, &["S3", "AWS S3"]),
    k("Amazon EC2", Cloud, &["EC2", "AWS EC2"]),
    k("Azure", Cloud, &["Microsoft Azure"]),
    k("Google Cloud", Cloud, &["GCP", "Google Cloud Platform"]),
    k("Heroku", Cloud, &[]),
    k("Render", Cloud, &[]),
    k("Vercel", Cloud, &[]),
    k("Netlify", Cloud, &[]),
    k("DigitalOcean", Cloud, &["Digital Ocean"]),
    k("Railway", Cloud, &[]),
    k("Fly.io", Cloud, &[]),
    k("PythonAnywhere", Cloud, &[]),
    k("Cloudflare", Cloud, &[]),
    k("pytest", Testing, &["PyTest", "py.test"]),
    k("unittest", Testing, &["Unit Testing"]),
    k("Jest", Testing, &[]),
    k("Vitest", Testing, &[]),
    k("Mocha", Testing, &[]),
    k("Chai", Testing, &[]),
    k("Cypress", Testing, &[]),
    k("Playwright", Testing, &[]),
    k("Selenium", Testing, &[]),
    k("React Testing Library", Testing, &["Testing Library", "RTL"]),
    k("JUnit", Testing, &[]),
    k("Factory Boy", Testing, &["factory_boy"]),
    k("Supertest", Testing, &[]),
    k("Locust", Testing, &[]),
    k("Coverage.py", Testing, &[]),
    k("React", Frontend, &["React.js", "ReactJS", "React JS"]),
    k("Next.js", Frontend, &["NextJS", "Next JS", "Next"]),
    k("Vue", Frontend, &["Vue.js", "VueJS"]),
    k("Nuxt", Frontend, &["Nuxt.js"]),
    k("Angular", Frontend, &["AngularJS"]),
    k("Svelte", Frontend, &["SvelteKit"]),
    k("Tailwind CSS", Frontend, &["Tailwind", "TailwindCSS"]),
    k("Bootstrap", Frontend, &[]),
    k("Material UI", Frontend, &["MUI", "Material-UI"]),
    k("Chakra UI", Frontend, &[]),
    k("shadcn/ui", Frontend, &["shadcn"]),
    k("Redux", Frontend, &["Redux Toolkit", "RTK"]),
    k("Zustand", Frontend, &[]),
    k("React Query", Frontend, &["TanStack Query"]),
    k("React Router", Frontend, &[]),
    k("React Native", Frontend, &[]),
    k("Expo", Frontend, &[]),
    k("Flutter", Frontend, &[]),
    k("Vite", Frontend, &[]),
    k("Webpack", Frontend, &[]),
    k("Styled Components", Frontend, &["styled-components"]),
    k("Sass", Frontend, &["SCSS"]),
    k("Framer Motion", Frontend, &[]),
    k("Axios", Frontend, &[]),
    k("jQuery", Frontend, &[]),
    k("Storybook", Frontend, &[]),
    k("Git", Tooling, &[]),
    k("GitHub", Tooling, &[]),
    k("GitLab", Tooling, &[]),
    k("Bitbucket", Tooling, &[]),
    k("VS Code", Tooling, &["VSCode", "Visual Studio Code"]),
    k("PyCharm", Tooling, &[]),
    k("Vim", Tooling, &["Neovim"]),
    k("Linux", Tooling, &["Ubuntu"]),
    k("WSL", Tooling, &[]),
    k("npm", Tooling, &[]),
    k("Yarn", Tooling, &[]),
    k("pnpm", Tooling, &[]),
    k("pip", Tooling, &[]),
    k("Poetry", Tooling, &[]),
    k("Pipenv", Tooling, &[]),
    k("virtualenv", Tooling, &["venv"]),
    k("Postman", Tooling, &[]),
    k("Insomnia", Tooling, &[]),
    k("Swagger UI", Tooling, &[]),
    k("Figma", Tooling, &[]),
    k("ESLint", Tooling, &[]),
    k("Prettier", Tooling, &[]),
    k("Black", Tooling, &[]),
    k("Flake8", Tooling, &[]),
    k("mypy", Tooling, &[]),
    k("Babel", Tooling, &[]),
    k("Jupyter", Tooling, &["Jupyter Notebook"]),
    k("ngrok", Tooling, &[]),
    k("cURL", Tooling, &[]),
    k("Jira", Tooling, &[]),
    k("Trello", Tooling, &[]),
];

/// Spellings that are also everyday English words: in prose they count only written exactly as
/// in the table ("React", "REST"; not "react to", "the rest").
#[rustfmt::skip]
const CASED_IN_PROSE: &[&str] = &[
    "react", "express", "render", "rust", "swift", "spring", "rails", "celery", "graphene", "channels",
    "poetry", "railway", "expo", "rest", "node", "shell", "bash", "flask", "bootstrap", "angular", "cypress",
    "playwright", "postman", "azure", "stripe", "sass", "dart", "black", "apache", "nest", "net", "prettier",
    "jest", "chai", "mocha", "helm", "oracle", "mongoose", "locust", "babel", "insomnia", "yarn", "apollo",
    "prometheus", "sentry", "storybook", "java", "ruby", "elixir", "webhook", "webhooks", "cron", "soap",
];

/// Spellings (folded, see `key`) too vague to count in prose at all: whole item names only.
const NOT_IN_PROSE: &[&str] = &["next", "orm", "unittesting", "testinglibrary", "rtl"];

/// A spelling folded for comparison: lowercase letters and digits, and "#" and "+" ("C#", "C++");
/// everything else ignored ("Node JS" = "node.js" = "nodejs", "CI / CD" = "CI/CD").
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '#' | '+'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A version after a name: "3", "3.11", "4.x", "v18", "2.0+".
fn is_version(word: &str) -> bool {
    let w = word.strip_prefix(['v', 'V']).unwrap_or(word);
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'x' | 'X' | '+' | '*'))
}

/// The known technology a whole item name refers to: its name or an alias, folded (see `key`),
/// also with a parenthetical or a version after it ("Django (4.x)", "PostgreSQL 15").
pub fn lookup(name: &str) -> Option<&'static Known> {
    static KEYS: OnceLock<HashMap<String, usize>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut map = HashMap::default();
        for (i, t) in KNOWN.iter().enumerate() {
            for s in std::iter::once(&t.name).chain(t.aliases) {
                map.entry(key(s)).or_insert(i);
            }
        }
        map
    });
    let find = |s: &str| {
        let k = key(s);
        (!k.is_empty())
            .then(|| keys.get(&k))
            .flatten()
            .map(|&i| &KNOWN[i])
    };
    if let Some(t) = find(name) {
        return Some(t);
    }
    let base = name.split(['(', '[']).next().unwrap_or(name);
    let mut words: Vec<&str> = base.split_whitespace().collect();
    while words.len() > 1 && words.last().is_some_and(|w| is_version(w)) {
        words.pop();
    }
    find(&words.join(" "))
}

/// A spelling as prose matches it: the text from its first letter, whether case counts, and the
/// table entry.
struct Pattern {
    text: String,
    cased: bool,
    entry: usize,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The spellings usable in prose, by their first word in lowercase, longest first.
fn prose_index() -> &'static HashMap<String, Vec<Pattern>> {
    static INDEX: OnceLock<HashMap<String, Vec<Pattern>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<String, Vec<Pattern>> = HashMap::default();
        for (entry, t) in KNOWN.iter().enumerate() {
            for s in std::iter::once(&t.name).chain(t.aliases) {
                let k = key(s);
                if (k.chars().count() < 3 && k != "c#") || NOT_IN_PROSE.contains(&k.as_str()) {
                    continue;
                }
                let cased = CASED_IN_PROSE.contains(&k.as_str());
                let text = s.trim_start_matches(|c: char| !is_word(c)).to_string();
                // Also run together, as prose often writes it ("NodeJS", "TailwindCSS").
                let folded = (!cased && k != text.to_lowercase()).then(|| k.clone());
                for text in std::iter::once(text).chain(folded) {
                    let first: String = text
                        .chars()
                        .take_while(|&c| is_word(c))
                        .flat_map(char::to_lowercase)
                        .collect();
                    index
                        .entry(first)
                        .or_default()
                        .push(Pattern { text, cased, entry });
                }
            }
        }
        for patterns in index.values_mut() {
            patterns.sort_by_key(|p| std::cmp::Reverse(p.text.len()));
        }
        index
    })
}

/// Where `pattern` ends if the text at `at` spells it, followed by a word boundary; a space in
/// the pattern matches any run of whitespace.
fn match_at(text: &str, at: usize, p: &Pattern) -> Option<usize> {
    let mut rest = text[at..].char_indices().peekable();
    for pc in p.text.chars() {
        if pc == ' ' {
            let mut spaces = 0;
            while rest.next_if(|(_, c)| c.is_whitespace()).is_some() {
                spaces += 1;
            }
            if spaces == 0 {
                return None;
            }
        } else {
            let (_, tc) = rest.next()?;
            let same = if p.cased {
                tc == pc
            } else {
                tc.eq_ignore_ascii_case(&pc)
            };
            if !same {
                return None;
            }
        }
    }
    let end = rest.peek().map_or(text.len(), |&(i, _)| at + i);
    (!text[end..].starts_with(is_word)).then_some(end)
}

/// Every known technology a text mentions by name or alias, as whole words, in table order and
/// without repeats. Case is ignored except for spellings that are everyday words ("React",
/// "REST", "Render"); spellings under three characters are skipped ("Go", "C", "JS") except
/// "C#" ("Golang" and "Go lang" count); at each place the longest spelling wins ("React Native"
/// is not also React, "Django REST Framework" not also Django).
pub fn mentions(text: &str) -> Vec<&'static Known> {
    let index = prose_index();
    let mut seen = vec![false; KNOWN.len()];
    let mut word = String::new();
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        if !is_word(c) {
            at += c.len_utf8();
            continue;
        }
        let end = text[at..]
            .find(|c: char| !is_word(c))
            .map_or(text.len(), |i| at + i);
        word.clear();
        word.extend(text[at..end].chars().flat_map(char::to_lowercase));
        let found = index.get(&word).and_then(|ps| {
            ps.iter()
                .find_map(|p| Some((p.entry, match_at(text, at, p)?)))
        });
        at = match found {
            Some((entry, to)) => {
                seen[entry] = true;
                to.max(end)
            }
            None => end,
        };
    }
    KNOWN
        .iter()
        .zip(seen)
        .filter(|(_, s)| *s)
        .map(|(t, _)| t)
        .collect()
}

#[cfg(test)]
#[rustfmt::skip]
mod tests {
    use super::*;

    fn name(s: &str) -> Option<&'static str> {
        lookup(s).map(|t| t.name)
    }

    fn names(text: &str) -> Vec<&'static str> {
        mentions(text).iter().map(|t| t.name).collect()
    }

    const NONE: [&str; 0] = [];

    #[test]
    fn table_is_large_and_every_spelling_names_one_entry() {
        assert!(KNOWN.len() >= 150, "{}", KNOWN.len());
        let mut owner: HashMap<String, &str> = HashMap::default();
        for t in KNOWN {
            for s in std::iter::once(&t.name).chain(t.aliases) {
                let k = key(s);
                assert!(!k.is_empty(), "{s}");
                if let Some(other) = owner.insert(k, t.name) {
                    assert_eq!(other, t.name, "{s} names both {other} and {}", t.name);
                }
            }
        }
    }

    #[test]
    fn aliases_find_the_canonical_name() {
        for (written, expected) in [
            ("Postgres", "PostgreSQL"), ("psql", "PostgreSQL"), ("DRF", "Django REST Framework"),
            ("Django Rest Framework", "Django REST Framework"), ("docker-compose", "Docker"),
            ("Docker Compose", "Docker"), ("k8s", "Kubernetes"), ("Mongo", "MongoDB"), ("GCP", "Google Cloud"),
            ("RESTful APIs", "REST APIs"), ("REST", "REST APIs"), ("Golang", "Go"), ("Swagger", "OpenAPI"),
        ] {
            assert_eq!(name(written), Some(expected), "{written}");
        }
        assert_eq!(lookup("Postman").map(|t| t.category), Some(Tooling));
        assert_eq!(lookup("Node.js").map(|t| t.category), Some(Framework));
        assert_eq!(lookup("RabbitMQ").map(|t| t.category), Some(Devops));
    }

    #[test]
    fn punctuation_case_and_spaces_are_folded() {
        for (written, expected) in [
            ("Node JS", "Node.js"), ("nodejs", "Node.js"), ("NODE.JS", "Node.js"), ("Next JS", "Next.js"),
            ("nextjs", "Next.js"), ("CI / CD", "CI/CD"), ("ReactJS", "React"), ("tailwindcss", "Tailwind CSS"),
            ("Express JS", "Express"), ("**FastAPI**", "FastAPI"), ("`Fast API`", "FastAPI"), ("🐍 Python", "Python"),
        ] {
            assert_eq!(name(written), Some(expected), "{written}");
        }
        assert_eq!((name("C"), name("C++"), name("C#")), (Some("C"), Some("C++"), Some("C#")));
    }

    #[test]
    fn versions_and_parentheticals_after_a_name_are_ignored() {
        for (written, expected) in [
            ("Python 3", "Python"), ("Python 3.11", "Python"), ("Django (4.x)", "Django"),
            ("PostgreSQL 15", "PostgreSQL"), ("Node.js v18", "Node.js"), ("React 18 (hooks)", "React"),
            ("OAuth 2.0", "OAuth"), ("Vue 3", "Vue"), ("Redis [cache]", "Redis"),
        ] {
            assert_eq!(name(written), Some(expected), "{written}");
        }
    }

    #[test]
    fn whole_names_only_so_no_go_in_google() {
        assert_eq!(name("Google Cloud"), Some("Google Cloud"));
        assert_eq!(name("Go"), Some("Go"));
        for unknown in ["Google", "Go-to-market", "Our own framework", "Reactive programming", "", "(3.x)", "3"] {
            assert_eq!(name(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn mentions_are_whole_words_in_table_order_without_repeats() {
        assert_eq!(names("Reactive streams and a preactivated cache"), NONE);
        assert_eq!(names("Docker, docker-compose, Python and python3; Python again."), ["Python", "Docker"]);
        assert_eq!(
            names("A Node.js/Express.js backend on PostgreSQL, deployed with GitHub Actions."),
            ["Express", "Node.js", "PostgreSQL", "GitHub Actions"]
        );
        assert_eq!(names("my_django_app and somethingPython"), NONE);
    }

    #[test]
    fn short_names_count_in_prose_only_as_c_sharp_or_golang() {
        assert_eq!(names("Go to the C drive, then Google it in JS or TS"), NONE);
        assert_eq!(names("Written in Golang, then C# and C++"), ["Go", "C++", "C#"]);
        assert_eq!(names("a Go lang service"), ["Go"]);
    }

    #[test]
    fn everyday_words_count_only_in_their_written_case() {
        assert_eq!(names("the rest of the page will render and react to express input"), NONE);
        assert_eq!(names("REST APIs deployed on Render, with a React front end"), ["REST APIs", "Render", "React"]);
        assert_eq!(names("Next, the ORM"), NONE);
    }

    #[test]
    fn spellings_run_together_count_in_prose() {
        assert_eq!(
            names("NodeJS, reactjs, TailwindCSS and djangorestframework"),
            ["Django REST Framework", "Node.js", "React", "Tailwind CSS"]
        );
    }

    #[test]
    fn the_longest_spelling_at_a_place_wins() {
        assert_eq!(names("Built with Django REST Framework and React Native"), ["Django REST Framework", "React Native"]);
        assert_eq!(names("Django with Tailwind CSS"), ["Django", "Tailwind CSS"]);
        assert_eq!(names("Docker\n  Compose and Google Cloud Platform"), ["Docker", "Google Cloud"]);
    }

    #[test]
    fn labels_name_categories() {
        for (label, expected) in [
            ("🛠 Programming Languages", Language), ("Languages:", Language), ("Backend Frameworks", Framework),
            ("Frameworks & Libraries", Framework), ("**Data storage**", Database), ("API Development", Api),
            ("CI/CD", Devops), ("Deployment", Devops), ("Containerization", Devops), ("☁️ Cloud Services", Cloud),
            ("Hosting", Cloud), ("Quality Assurance", Testing), ("Front-end", Frontend), ("UI & Styling", Frontend),
            ("Version Control", Tooling), ("Developer Tools", Tooling), ("Tools and Technologies", Tooling),
            ("Frontend Frameworks", Frontend), ("Cloud & DevOps", Cloud),
        ] {
            assert_eq!(Category::from_label(label), Some(expected), "{label}");
        }
        for other in ["Stuff I liked", "Key Technologies", "Backend", "Building things", "Guide", ""] {
            assert_eq!(Category::from_label(other), None, "{other}");
        }
    }

    #[test]
    fn categories_have_ids_and_names_and_the_table_is_grouped_in_their_order() {
        let ids: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids, ["language", "framework", "database", "api", "devops", "cloud", "testing", "frontend", "tooling", "other"]);
        assert_eq!((Api.name(), Devops.name(), Other.name()), ("API", "DevOps", "Other"));
        assert!(Category::ALL.iter().enumerate().all(|(i, c)| *c as usize == i));
        assert!(KNOWN.windows(2).all(|w| w[0].category <= w[1].category), "grouped");
        assert!(KNOWN.iter().all(|t| t.category != Other));
    }
}
