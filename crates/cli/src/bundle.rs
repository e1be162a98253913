//! The web app's release bundle (trunk's output, built for `./`, without content): embedded at
//! build time from NEXUS_BUNDLE (build.rs; `make release`), or read from a directory given with
//! `--bundle`.

use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/bundle.rs"));
}

/// The bundle's files, as (path inside the site, bytes); `portfolio.json` is never among them.
pub type Files = Vec<(String, Vec<u8>)>;

/// What to say when this binary carries no bundle.
pub const MISSING: &str = "this nexus was built without the web app, so it cannot build a site: \
install a release binary (https://github.com/nexus-portfolio/nexus/releases), build one with \
`make release`, or pass the directory trunk built with --bundle DIR";

/// The embedded bundle, or None when this binary was built without one.
pub fn embedded() -> Option<Files> {
    let files: Files = embedded::FILES
        .iter()
        .filter(|(name, _)| !is_content(name))
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect();
    (!files.is_empty()).then_some(files)
}

/// The bundle in `dir` (trunk's output, e.g. `make bundle`'s .tmp/bundle).
pub fn from_dir(dir: &Path) -> Result<Files, String> {
    fn walk(dir: &Path, rel: &str, out: &mut Files) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            if entry.file_type()?.is_dir() {
                walk(&entry.path(), &rel, out)?;
            } else if !name.ends_with(".gz") && !name.ends_with(".br") && !is_content(&rel) {
                out.push((rel, std::fs::read(entry.path())?));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, "", &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
    if !files.iter().any(|(name, _)| name == "index.html") {
        return Err(format!(
            "{}: no index.html: is it trunk's output (make bundle)?",
            dir.display()
        ));
    }
    Ok(files)
}

/// The content file trunk copies into the bundle: a site gets its own.
fn is_content(name: &str) -> bool {
    name == "portfolio.json"
}
