//! Well-known technologies, as data: each with the category it goes in when the README does not
//! group it, and the other spellings READMEs use ("Postgres", "DRF", "docker-compose"). The
//! importer guesses categories and finds cross-references with it.

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
        aliases: &["Python 3", "Python3"],
    },
    Known {
        name: "JavaScript",
        category: Language,
        aliases: &["JS", "ES6", "ECMAScript"],
    },
    Known {
        name: "TypeScript",
        category: Language,
        aliases: &["TS"],
    },
    Known {
        name: "Java",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "Go",
        category: Language,
        aliases: &["Golang"],
    },
    Known {
        name: "Rust",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "C",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "C++",
        category: Language,
        aliases: &["CPP"],
    },
    Known {
        name: "C#",
        category: Language,
        aliases: &["CSharp"],
    },
    Known {
        name: "PHP",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "Ruby",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "Kotlin",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "Swift",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "Dart",
        category: Language,
        aliases: &[],
    },
    Known {
        name: "Bash",
        category: Language,
        aliases: &["Shell", "Shell Scripting", "Bash Scripting"],
    },
    Known {
        name: "SQL",
        category: Language,
        aliases: &["MySQL SQL"],
    },
    Known {
        name: "HTML",
        category: Language,
        aliases: &["HTML5"],
    },
    Known {
        name: "CSS",
        category: Language,
        aliases: &["CSS3"],
    },
    Known {
        name: "Django",
        category: Framework,
        aliases: &["Django Framework"],
    },
    Known {
        name: "Django REST Framework",
        category: Framework,
        aliases: &["DRF", "Django Rest Framework", "Django REST"],
    },
    Known {
        name: "Flask",
        category: Framework,
        aliases: &[],
    },
    Known {
        name: "FastAPI",
        category: Framework,
        aliases: &["Fast API"],
    },
    Known {
        name: "Express",
        category: Framework,
        aliases: &["Express.js", "ExpressJS"],
    },
    Known {
        name: "Node.js",
        category: Framework,
        aliases: &["Node", "NodeJS", "Node JS"],
    },
    Known {
        name: "NestJS",
        category: Framework,
        aliases: &["Nest.js"],
    },
    Known {
        name: "Spring Boot",
        category: Framework,
        aliases: &["Spring"],
    },
    Known {
        name: "Laravel",
        category: Framework,
        aliases: &[],
    },
    Known {
        name: "Ruby on Rails",
        category: Framework,
        aliases: &["Rails"],
    },
    Known {
        name: "Celery",
        category: Framework,
        aliases: &["Celery Beat"],
    },
    Known {
        name: "Graphene",
        category: Framework,
        aliases: &["Graphene-Django"],
    },
    Known {
        name: "Django Channels",
        category: Framework,
        aliases: &["Channels"],
    },
    Known {
        name: "SQLAlchemy",
        category: Framework,
        aliases: &[],
    },
    Known {
        name: "Pydantic",
        category: Framework,
        aliases: &[],
    },
    Known {
        name: "Django ORM",
        category: Framework,
        aliases: &["ORM"],
    },
    Known {
        name: "PostgreSQL",
        category: Database,
        aliases: &["Postgres", "psql"],
    },
    Known {
        name: "MySQL",
        category: Database,
        aliases: &[],
    },
    Known {
        name: "SQLite",
        category: Database,
        aliases: &["SQLite3"],
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
        name: "Elasticsearch",
        category: Database,
        aliases: &["Elastic Search"],
    },
    Known {
        name: "MariaDB",
        category: Database,
        aliases: &[],
    },
    Known {
        name: "Cassandra",
        category: Database,
        aliases: &[],
    },
    Known {
        name: "DynamoDB",
        category: Database,
        aliases: &[],
    },
    Known {
        name: "Firebase",
        category: Database,
        aliases: &["Firestore"],
    },
    Known {
        name: "Supabase",
        category: Database,
        aliases: &[],
    },
    Known {
        name: "REST APIs",
        category: Api,
        aliases: &["REST", "REST API", "RESTful APIs", "RESTful API", "RESTful"],
    },
    Known {
        name: "GraphQL",
        category: Api,
        aliases: &[],
    },
    Known {
        name: "gRPC",
        category: Api,
        aliases: &[],
    },
    Known {
        name: "WebSockets",
        category: Api,
        aliases: &["WebSocket", "Web Sockets"],
    },
    Known {
        name: "OpenAPI",
        category: Api,
        aliases: &["Swagger", "Swagger/OpenAPI", "OpenAPI/Swagger"],
    },
    Known {
        name: "JWT",
        category: Api,
        aliases: &["JSON Web Tokens", "JSON Web Token"],
    },
    Known {
        name: "OAuth",
        category: Api,
        aliases: &["OAuth2", "OAuth 2.0"],
    },
    Known {
        name: "Stripe",
        category: Api,
        aliases: &[],
    },
    Known {
        name: "Chapa API",
        category: Api,
        aliases: &["Chapa"],
    },
    Known {
        name: "Docker",
        category: Devops,
        aliases: &["docker-compose", "Docker Compose", "Dockerfile"],
    },
    Known {
        name: "Kubernetes",
        category: Devops,
        aliases: &["k8s"],
    },
    Known {
        name: "CI/CD",
        category: Devops,
        aliases: &["CI", "CD", "Continuous Integration", "CI/CD Pipelines"],
    },
    Known {
        name: "GitHub Actions",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "Jenkins",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "GitLab CI",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "Nginx",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "Gunicorn",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "Terraform",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "Ansible",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "RabbitMQ",
        category: Devops,
        aliases: &[],
    },
    Known {
        name: "Kafka",
        category: Devops,
        aliases: &["Apache Kafka"],
    },
    Known {
        name: "Cron",
        category: Devops,
        aliases: &["Cron Jobs", "crontab"],
    },
    Known {
        name: "AWS",
        category: Cloud,
        aliases: &["Amazon Web Services"],
    },
    Known {
        name: "Azure",
        category: Cloud,
        aliases: &["Microsoft Azure"],
    },
    Known {
        name: "Google Cloud",
        category: Cloud,
        aliases: &["GCP", "Google Cloud Platform"],
    },
    Known {
        name: "Heroku",
        category: Cloud,
        aliases: &[],
    },
    Known {
        name: "Render",
        category: Cloud,
        aliases: &[],
    },
    Known {
        name: "Vercel",
        category: Cloud,
        aliases: &[],
    },
    Known {
        name: "Netlify",
        category: Cloud,
        aliases: &[],
    },
    Known {
        name: "DigitalOcean",
        category: Cloud,
        aliases: &["Digital Ocean"],
    },
    Known {
        name: "Railway",
        category: Cloud,
        aliases: &[],
    },
    Known {
        name: "pytest",
        category: Testing,
        aliases: &["PyTest"],
    },
    Known {
        name: "unittest",
        category: Testing,
        aliases: &["Unit Testing"],
    },
    Known {
        name: "Jest",
        category: Testing,
        aliases: &[],
    },
    Known {
        name: "Cypress",
        category: Testing,
        aliases: &[],
    },
    Known {
        name: "Playwright",
        category: Testing,
        aliases: &[],
    },
    Known {
        name: "Selenium",
        category: Testing,
        aliases: &[],
    },
    Known {
        name: "React Testing Library",
        category: Testing,
        aliases: &["Testing Library"],
    },
    Known {
        name: "React",
        category: Frontend,
        aliases: &["React.js", "ReactJS", "React JS"],
    },
    Known {
        name: "Next.js",
        category: Frontend,
        aliases: &["NextJS", "Next JS", "Next"],
    },
    Known {
        name: "Vue",
        category: Frontend,
        aliases: &["Vue.js", "VueJS"],
    },
    Known {
        name: "Angular",
        category: Frontend,
        aliases: &[],
    },
    Known {
        name: "Svelte",
        category: Frontend,
        aliases: &[],
    },
    Known {
        name: "Tailwind CSS",
        category: Frontend,
        aliases: &["Tailwind", "TailwindCSS"],
    },
    Known {
        name: "Bootstrap",
        category: Frontend,
        aliases: &[],
    },
    Known {
        name: "Redux",
        category: Frontend,
        aliases: &["Redux Toolkit"],
    },
    Known {
        name: "React Native",
        category: Frontend,
        aliases: &[],
    },
    Known {
        name: "Expo",
        category: Frontend,
        aliases: &[],
    },
    Known {
        name: "Vite",
        category: Frontend,
        aliases: &[],
    },
    Known {
        name: "Styled Components",
        category: Frontend,
        aliases: &["styled-components"],
    },
    Known {
        name: "Sass",
        category: Frontend,
        aliases: &["SCSS"],
    },
    Known {
        name: "Axios",
        category: Frontend,
        aliases: &[],
    },
    Known {
        name: "Git",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "GitHub",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "GitLab",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "VS Code",
        category: Tooling,
        aliases: &["Visual Studio Code", "VSCode"],
    },
    Known {
        name: "Linux",
        category: Tooling,
        aliases: &["Ubuntu"],
    },
    Known {
        name: "npm",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "pip",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "Poetry",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "Postman",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "Figma",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "ESLint",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "Prettier",
        category: Tooling,
        aliases: &[],
    },
    Known {
        name: "Jira",
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
