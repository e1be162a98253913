//! `prerender <dist> <site-url>`: run by `make dist` after trunk. Writes beside `index.html` one
//! HTML file per route of the content (so static hosts answer deep links with HTTP 200 and link
//! previews get each page's own title and description), `404.html`, `sitemap.xml`,
//! `robots.txt` and `embed.html` (the tags a host page pastes to embed the app). `site-url` is the public address of the bundle, e.g. `https://me.github.io/nexus/`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use nexus::{content, routes, site};
    use std::path::Path;
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, site_url] = args.as_slice() else {
        eprintln!("usage: prerender <dist-dir> <site-url>");
        return ExitCode::from(2);
    };
    let dist = Path::new(dist);
    let read = |name: &str| {
        std::fs::read_to_string(dist.join(name))
            .map_err(|e| format!("{}: {e}", dist.join(name).display()))
    };
    let run = || -> Result<usize, String> {
        let template = read("index.html")?;
        let portfolio = content::parse(&read("portfolio.json")?)
            .map_err(|e| format!("portfolio.json: {e} (run `make validate`)"))?;
        let write = |file: &str, text: String| -> Result<(), String> {
            let path = dist.join(file);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
        };
        let pages = routes::all(&portfolio);
        for page in &pages {
            let file = site::file_for(&page.path);
            let url = site::absolute(site_url, &page.path);
            write(&file, site::page_html(&template, page, Some(&url), &file))?;
        }
        write(
            "404.html",
            site::page_html(&template, &routes::not_found(), None, "404.html"),
        )?;
        write("sitemap.xml", site::sitemap(site_url, &pages))?;
        write("robots.txt", site::robots(site_url))?;
        write("embed.html", site::embed_snippet(&template))?;
        Ok(pages.len())
    };
    match run() {
        Ok(n) => {
            println!(
                "prerender: {n} route files, 404.html, sitemap.xml, robots.txt and embed.html for {site_url}"
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
