//! Well-known technologies with their category and aliases (temporary minimal table).

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

impl Category {
    pub const ALL: [Category; 10] = [
        Category::Language,
        Category::Framework,
        Category::Database,
        Category::Api,
        Category::Devops,
        Category::Cloud,
        Category::Testing,
        Category::Frontend,
        Category::Tooling,
        Category::Other,
    ];

    pub fn id(self) -> &'static str {
        [
            "language",
            "framework",
            "database",
            "api",
            "devops",
            "cloud",
            "testing",
            "frontend",
            "tooling",
            "other",
        ][self as usize]
    }

    pub fn name(self) -> &'static str {
        [
            "Language",
            "Framework",
            "Database",
            "API",
            "DevOps",
            "Cloud",
            "Testing",
            "Frontend",
            "Tooling",
            "Other",
        ][self as usize]
    }

    pub fn from_label(label: &str) -> Option<Category> {
        let w = super::text::words(label);
        let has = |p: &str| format!(" {w} ").contains(&format!(" {p} "));
        [
            (
                Category::Language,
                &["languages", "language", "programming languages"][..],
            ),
            (
                Category::Framework,
                &["frameworks", "framework", "libraries"],
            ),
            (
                Category::Database,
                &["databases", "database", "data storage"],
            ),
            (Category::Api, &["apis", "api"]),
            (
                Category::Devops,
                &["devops", "deployment", "ci", "cd", "containerization"],
            ),
            (Category::Cloud, &["cloud", "hosting"]),
            (Category::Testing, &["testing", "quality assurance"]),
            (
                Category::Frontend,
                &["frontend", "front end", "ui", "styling"],
            ),
            (
                Category::Tooling,
                &["tools", "tooling", "version control", "developer tools"],
            ),
        ]
        .iter()
        .find(|(_, ps)| ps.iter().any(|p| has(p)))
        .map(|(c, _)| *c)
    }
}

pub struct Known {
    pub name: &'static str,
    pub category: Category,
    pub aliases: &'static [&'static str],
}

use Category::*;

pub static KNOWN: &[Known] = &[
    Known {
        name: "Python",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "JavaScript",
        category: Language,
        aliases: &["JS"],
    },
    Known {
        name: "TypeScript",
        category: Language,
        aliases: &["TS"],
    },
    Known {
        name: "Django",
        category: Framework,
        aliases: &[],
    },
    Known {
        name: "Django REST Framework",
        category: Framework,
        aliases: &["DRF", "Django Rest Framework"],
    },
    Known {
        name: "Express",
        category: Framework,
        aliases: &["Express.js", "ExpressJS"],
    },
    Known {
        name: "PostgreSQL",
        category: Database,
        aliases: &["Postgres", "psql"],
    },
    Known {
        name: "MongoDB",
        category: Database,
        aliases: &["Mongo"],
    },
    Known {
        name: "Redis",
        category: Database,
        aliases: &[],
    },
    Known {
        name: "REST APIs",
        category: Api,
        aliases: &["REST", "REST API", "RESTful APIs"],
    },
    Known {
        name: "GraphQL",
        category: Api,
        aliases: &[],
    },
    Known {
        name: "Docker",
        category: Devops,
        aliases: &["docker-compose", "Docker Compose"],
    },
    Known {
        name: "CI/CD",
        category: Devops,
        aliases: &["CI", "CD"],
    },
    Known {
        name: "GitHub Actions",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "React",
        category: Frontend,
        aliases: &["React.js", "ReactJS"],
    },
    Known {
        name: "Next.js",
        category: Frontend,
        aliases: &["NextJS", "Next JS"],
    },
    Known {
        name: "Tailwind CSS",
        category: Frontend,
        aliases: &["Tailwind"],
    },
    Known {
        name: "Git",
        category: Tooling,
        aliases: &[],
    },
];

fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '#' | '+'))
        .flat_map(char::to_lowercase)
        .collect()
}

pub fn lookup(name: &str) -> Option<&'static Known> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    // Every name and alias by its key, built once: lookups run for every item of a README.
    static KEYS: OnceLock<HashMap<String, &'static Known>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut map = HashMap::new();
        for t in KNOWN.iter().rev() {
            map.insert(key(t.name), t);
            for a in t.aliases {
                map.insert(key(a), t);
            }
        }
        map
    });
    let base = name.split('(').next().unwrap_or(name).trim();
    keys.get(&key(base)).copied()
}

pub fn mentions(text: &str) -> Vec<&'static Known> {
    let words = format!(" {} ", text.to_lowercase());
    KNOWN
        .iter()
        .filter(|t| t.name.len() >= 3 && words.contains(&format!(" {} ", t.name.to_lowercase())))
        .collect()
}
