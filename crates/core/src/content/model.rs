//! The portfolio as the app and the CLI see it: one set of serde types, mirroring `spec` (the
//! tests prove they agree). `content::parse` validates before it deserializes; unknown fields are
//! rejected here too, so a typo such as `sumary` can never pass silently.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Portfolio {
    /// Editors use it to find `portfolio.schema.json`; the app ignores it.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub title: String,
    pub program: String,
    pub overview: String,
    pub closing: String,
    pub sections: Sections,
    pub categories: Vec<Category>,
    pub technologies: Vec<Technology>,
    pub concepts: Vec<Concept>,
    pub challenges: Vec<Challenge>,
    pub practices: Vec<Practice>,
}

/// Heading and lead-in sentence of each section, as the seed words them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    pub technologies: SectionText,
    pub concepts: SectionText,
    pub challenges: SectionText,
    pub practices: SectionText,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionText {
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technology {
    pub id: String,
    pub name: String,
    /// Id of one of `Portfolio::categories`.
    pub category: String,
    pub summary: String,
    #[serde(default)]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    pub id: String,
    pub name: String,
    pub summary: String,
    #[serde(default)]
    pub details: Vec<String>,
    /// Ids of technologies this concept involves.
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    pub id: String,
    pub title: String,
    pub challenge: String,
    pub solution: String,
    #[serde(default)]
    pub technologies: Vec<String>,
    #[serde(default)]
    pub concepts: Vec<String>,
    #[serde(default)]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub id: String,
    pub name: String,
    pub summary: String,
    #[serde(default)]
    pub links: Vec<Link>,
}

/// Further reading; the validator admits only http, https and mailto URLs.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: String,
    pub url: String,
}

impl Portfolio {
    pub fn technology(&self, id: &str) -> Option<&Technology> {
        self.technologies.iter().find(|t| t.id == id)
    }

    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.concepts.iter().find(|c| c.id == id)
    }

    pub fn challenge(&self, id: &str) -> Option<&Challenge> {
        self.challenges.iter().find(|c| c.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Challenges that name the technology.
    pub fn challenges_with_technology<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Challenge> + 'a {
        self.challenges
            .iter()
            .filter(move |c| c.technologies.iter().any(|t| t == id))
    }

    /// Challenges that name the concept.
    pub fn challenges_with_concept<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Challenge> + 'a {
        self.challenges
            .iter()
            .filter(move |c| c.concepts.iter().any(|k| k == id))
    }

    /// Concepts that name the technology.
    pub fn concepts_with_technology<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Concept> + 'a {
        self.concepts
            .iter()
            .filter(move |c| c.technologies.iter().any(|t| t == id))
    }
}
