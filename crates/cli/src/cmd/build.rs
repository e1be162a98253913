//! `nexus build [SOURCE]`: a complete static site from a README or a portfolio.json, with the
//! app bundle this binary carries.

use super::Failure;
use crate::output::{self, Files};
use crate::{bundle, site, source};
use clap::Args;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Build the whole site from a README (imported; the report goes to stderr) or a portfolio.json
/// (validated): the app, portfolio.json, one HTML file per route with its page already
/// rendered, 404.html, sitemap.xml, robots.txt, embed.html and .nojekyll.
///
/// Exits 1 when the content has problems or the README is not a learning portfolio (nothing is
/// written), 2 for usage and I/O problems.
#[derive(Args)]
pub struct BuildArgs {
    /// A README (Markdown) or a portfolio JSON file; default ./portfolio.json if present, else
    /// ./README.md.
    #[arg(value_name = "SOURCE")]
    source: Option<PathBuf>,
    /// Where the site will be published, e.g. https://me.github.io/alx-project-nexus/ (its path
    /// is the base the site is served under; canonical links, sitemap.xml and robots.txt use it).
    #[arg(long, value_name = "URL", default_value = "http://localhost:8080/")]
    site_url: String,
    /// The directory to write (replaced as a whole; it must be empty or a site nexus built).
    #[arg(short, long, value_name = "DIR", default_value = "_site")]
    output: PathBuf,
    /// Also write a .gz and a .br beside each file, for nginx's gzip_static and brotli_static.
    #[arg(long)]
    precompress: bool,
    /// Use the app bundle in DIR (trunk's output, `make bundle`) instead of the one built in.
    #[arg(long, value_name = "DIR")]
    bundle: Option<PathBuf>,
}

pub fn run(args: BuildArgs) -> Result<(), Failure> {
    let start = Instant::now();
    let files = make(args.source, &args.site_url, args.bundle.as_deref())?;
    let mut files = files;
    if args.precompress {
        output::precompress(&mut files);
    } else {
        output::without_compressed(&mut files);
    }
    output::write(&args.output, &files).map_err(Failure::Input)?;
    let pages = files.iter().filter(|(n, _)| n.ends_with(".html")).count();
    println!(
        "nexus build: {} files ({pages} pages) in {} for {} in {} ms",
        files.len(),
        args.output.display(),
        args.site_url,
        start.elapsed().as_millis()
    );
    Ok(())
}

/// The site's files in memory, with every problem printed (stderr) and mapped to its exit code.
pub(crate) fn make(
    source: Option<PathBuf>,
    site_url: &str,
    bundle_dir: Option<&Path>,
) -> Result<Files, Failure> {
    let bundle = app_bundle(bundle_dir)?;
    site_url_ok(site_url)?;
    let loaded = source::resolve(source)
        .and_then(|path| source::load(&path))
        .map_err(super::printed)?;
    for line in &loaded.report {
        eprintln!("{line}");
    }
    site::assemble(bundle, loaded.portfolio, &loaded.json, site_url)
        .map_err(|e| Failure::Input(format!("the app bundle's index.html {e}")))
}

/// The app bundle in `bundle_dir`, else the one this binary carries (`nexus serve` uses it too).
pub(crate) fn app_bundle(bundle_dir: Option<&Path>) -> Result<Files, Failure> {
    match bundle_dir {
        Some(dir) => bundle::from_dir(dir).map_err(Failure::Input),
        None => bundle::embedded().ok_or_else(|| Failure::Input(bundle::MISSING.into())),
    }
}

/// An absolute http(s) address, as canonical links need.
fn site_url_ok(url: &str) -> Result<(), Failure> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.starts_with('/') => Ok(()),
        _ => Err(Failure::Input(format!(
            "--site-url {url:?} is not an http(s) address such as https://me.github.io/alx-project-nexus/"
        ))),
    }
}
