//! The portfolio as the app and the CLI see it: one set of serde types, mirroring `spec` (the
//! tests prove they agree). `content::parse` validates before it deserializes; unknown fields are
//! rejected here too, so a typo such as `sumary` can never pass silently.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Portfolio {
    /// Editors use it to find `portfolio.schema.json`; the app ignores it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
    /// The overview page's introduction; in the file one text or a list of blocks.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "prose")]
    pub overview: Vec<Block>,
    /// The closing statement; in the file one text or a list of blocks.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "prose")]
    pub closing: Vec<Block>,
    #[serde(default)]
    pub sections: Sections,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub technologies: Vec<Technology>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concepts: Vec<Concept>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub challenges: Vec<Challenge>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub practices: Vec<Practice>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<Project>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<Extra>,
}

/// Heading and lead-in sentence of each section, as the content words them; a section without
/// one is headed by its name in the route table.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub technologies: Option<SectionText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concepts: Option<SectionText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub challenges: Option<SectionText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub practices: Option<SectionText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projects: Option<SectionText>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SectionText {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Technology {
    pub id: String,
    pub name: String,
    /// Id of one of `Portfolio::categories`.
    pub category: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
    /// Ids of technologies this concept involves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub technologies: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    pub id: String,
    pub title: String,
    /// What went wrong; none when the title says it all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge: Option<String>,
    /// How it was solved; a challenge met but not (yet) solved has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solution: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub technologies: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concepts: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// Something built during the program.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub technologies: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concepts: Vec<String>,
    /// Ids of the challenges met while building it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub challenges: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A section beyond the four of the template (Collaboration, Next steps, Contact…).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Extra {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A paragraph or a list: the overview, the closing and extra sections are made of them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    Text(String),
    Items(Vec<String>),
}

impl Block {
    /// Its paragraph, or the items of its list, in order.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let (text, items) = match self {
            Block::Text(t) => (Some(t.as_str()), &[][..]),
            Block::Items(items) => (None, items.as_slice()),
        };
        text.into_iter().chain(items.iter().map(String::as_str))
    }
}

/// Some blocks as one line of text (a page's description): paragraphs joined by spaces, a
/// list's items by commas.
pub fn plain_text(blocks: &[Block]) -> String {
    let texts: Vec<String> = blocks
        .iter()
        .map(|b| match b {
            Block::Text(t) => t.clone(),
            Block::Items(items) => items.join(", "),
        })
        .collect();
    texts.join(" ")
}

/// Blocks as the file may write them: one text is a single paragraph (what hand-written files
/// and older versions hold), and a single paragraph is written back as one text. A visitor
/// rather than `#[serde(untagged)]`, which would buffer every value through serde's `Content`
/// and grow the wasm.
mod prose {
    use super::Block;
    use serde::de::{self, value::SeqAccessDeserializer, SeqAccess, Visitor};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::fmt;

    pub fn serialize<S: Serializer>(blocks: &[Block], s: S) -> Result<S::Ok, S::Error> {
        match blocks {
            [Block::Text(t)] => s.serialize_str(t),
            _ => blocks.serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Block>, D::Error> {
        struct Prose;
        impl<'de> Visitor<'de> for Prose {
            type Value = Vec<Block>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text or a list of blocks")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Vec<Block>, E> {
                Ok(vec![Block::Text(text.to_string())])
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<Block>, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq))
            }
        }
        d.deserialize_any(Prose)
    }
}

/// Further reading; the validator admits only http, https and mailto URLs.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
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

    pub fn project(&self, id: &str) -> Option<&Project> {
        self.projects.iter().find(|x| x.id == id)
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

    /// Projects that name the technology.
    pub fn projects_with_technology<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Project> + 'a {
        self.projects
            .iter()
            .filter(move |x| x.technologies.iter().any(|t| t == id))
    }

    /// Projects that name the challenge.
    pub fn projects_with_challenge<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Project> + 'a {
        self.projects
            .iter()
            .filter(move |x| x.challenges.iter().any(|c| c == id))
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
