//! Fetches `portfolio.json` and turns every failure into a typed error the UI can explain.

use crate::context::Content;
use gloo_net::http::Request;
use nexus_core::content::{self, ContentError};
use std::fmt;

/// The content file, relative to the bundle (index.html preloads the same URL).
pub const CONTENT_FILE: &str = "portfolio.json";

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request never got an answer (offline, blocked, CORS).
    Network { url: String, message: String },
    /// The server answered with a non-2xx status.
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    /// The body arrived but is not a valid portfolio.
    Content { url: String, error: ContentError },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network { url, message } => {
                write!(f, "Could not reach {url}: {message}")
            }
            LoadError::Http {
                url,
                status,
                status_text,
            } => write!(f, "{url} answered HTTP {status} {status_text}"),
            LoadError::Content { url, error } => match error {
                ContentError::Parse { .. } => write!(f, "{url} is not valid JSON: {error}"),
                ContentError::Invalid(_) => write!(f, "{url} has {error}"),
            },
        }
    }
}

/// Downloads, parses and validates the portfolio.
pub async fn portfolio() -> Result<Content, LoadError> {
    let url = crate::base::asset(CONTENT_FILE);
    let network = |e: gloo_net::Error| LoadError::Network {
        url: url.clone(),
        message: e.to_string(),
    };
    let response = Request::get(&url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.clone(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let text = response.text().await.map_err(network)?;
    content::parse(&text)
        .map(Content::new)
        .map_err(|error| LoadError::Content { url, error })
}
