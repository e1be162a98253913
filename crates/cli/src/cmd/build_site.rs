//! `nexus build-site DIST SITE_URL`: the route files and site files beside trunk's output
//! (`make dist` runs it after trunk).

use super::{read, Failure};
use clap::Args;
use nexus_core::content;
use std::path::{Path, PathBuf};

/// Write the static site files beside trunk's output in DIST: one HTML file per route, holding
/// its page rendered natively by the app's components, 404.html, sitemap.xml, robots.txt and
/// embed.html (`make dist` runs it after trunk).
///
/// Exits 1 when DIST/portfolio.json has problems, 2 when DIST/index.html is not trunk's
/// output (no </head>, no <base href>, no <link rel="nexus-app">) or a file cannot be
/// read or written.
#[derive(Args)]
pub struct BuildSiteArgs {
    /// The bundle trunk built, holding index.html and portfolio.json.
    #[arg(value_name = "DIST")]
    dist: PathBuf,
    /// The public address of the bundle, e.g. https://me.github.io/nexus/ (canonical URLs,
    /// sitemap.xml, robots.txt).
    #[arg(value_name = "SITE_URL")]
    site_url: String,
}

pub fn run(args: BuildSiteArgs) -> Result<(), Failure> {
    build_site(&args.dist, &args.site_url)
}

fn build_site(dist: &Path, site_url: &str) -> Result<(), Failure> {
    let index = read(&dist.join("index.html"))?;
    let content_file = dist.join("portfolio.json");
    let portfolio = match content::parse(&read(&content_file)?) {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "nexus: {}: {e} (run `nexus validate` on it)",
                content_file.display()
            );
            return Err(Failure::Content);
        }
    };
    let files = crate::site::render(&index, portfolio, site_url)
        .map_err(|e| Failure::Input(format!("{}: {e}", dist.join("index.html").display())))?;
    for (name, text) in &files {
        let path = dist.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Failure::Input(format!("{}: {e}", dir.display())))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
    }
    println!(
        "nexus build-site: {} files in {} for {site_url}",
        files.len(),
        dist.display()
    );
    Ok(())
}
