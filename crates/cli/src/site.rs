//! A whole site in memory: the app bundle with its base set for where the site is published,
//! the content as `portfolio.json`, one route file per route holding its page rendered natively
//! by the app's components, 404.html, sitemap.xml, robots.txt, embed.html and `.nojekyll` (so
//! GitHub Pages serves the files as they are). `nexus build` writes it; `nexus serve` serves it.

use crate::output::Files;
use nexus_core::content::Portfolio;
use nexus_core::site::{self, SiteError};
use nexus_web::context::Content;

/// The site for `portfolio` (whose file text is `json`) published at `site_url`, from `bundle`.
pub fn assemble(
    bundle: Files,
    portfolio: Portfolio,
    json: &str,
    site_url: &str,
) -> Result<Files, SiteError> {
    let index = bundle
        .iter()
        .find(|(name, _)| name == "index.html")
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .ok_or_else(|| SiteError::Template("is missing from the app bundle".into()))?;
    let index = site::with_base(&index, &site::base_of(site_url))?;
    let pages = render(&index, portfolio, site_url)?;
    // The bundle's files, but for those the site replaces (and their compressed copies).
    let replaced = |name: &str| {
        let plain = name.trim_end_matches(".gz").trim_end_matches(".br");
        plain == "portfolio.json" || pages.iter().any(|(page, _)| page == plain)
    };
    let mut files: Files = bundle.into_iter().filter(|(n, _)| !replaced(n)).collect();
    files.extend(
        pages
            .into_iter()
            .map(|(name, text)| (name, text.into_bytes())),
    );
    files.push(("portfolio.json".into(), json.as_bytes().to_vec()));
    files.push((".nojekyll".into(), Vec::new()));
    Ok(files)
}

/// The site's route files and site files (`site::build`), each route's page rendered natively by
/// the web app's components under the base the bundle is built for.
pub fn render(
    index: &str,
    portfolio: Portfolio,
    site_url: &str,
) -> Result<Vec<(String, String)>, SiteError> {
    let base = site::render_base(index, site_url)?;
    let content = Content::new(portfolio);
    let portfolio = content.portfolio();
    site::build(index, &portfolio, site_url, &|path| {
        nexus_web::render::route(&content, &base, path)
    })
}
