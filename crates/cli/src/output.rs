//! Writing a site to its directory: all of it or nothing, never over a directory that is not a
//! site, and with `--precompress` a `.gz` and a `.br` beside every compressible file
//! (compress.rs), which nginx serves as they are (gzip_static, brotli_static).

use crate::compress;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A site's files, as (path inside the site, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

/// Adds `name.gz` and `name.br` for each compressible file that has none yet (the embedded
/// bundle carries its own, computed once by `make release`), compressing in parallel.
pub fn precompress(files: &mut Files) {
    // A set of the names: a 1,000-item site has thousands of files.
    let names: HashSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let todo: Vec<usize> = (0..files.len())
        .filter(|&i| {
            let (name, bytes) = &files[i];
            compress::worth_it(name, bytes.len())
                && !(names.contains(format!("{name}.gz").as_str())
                    && names.contains(format!("{name}.br").as_str()))
        })
        .collect();
    drop(names);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunks: Vec<Vec<usize>> = (0..threads)
        .map(|t| todo.iter().copied().skip(t).step_by(threads).collect())
        .collect();
    let made: Files = std::thread::scope(|scope| {
        let files = &*files;
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .into_iter()
                        .flat_map(|i| {
                            let (name, bytes) = &files[i];
                            [
                                (format!("{name}.gz"), compress::gzip(bytes)),
                                (format!("{name}.br"), compress::brotli(bytes)),
                            ]
                        })
                        .collect::<Files>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("compression never panics"))
            .collect()
    });
    let made_names: HashSet<String> = made.iter().map(|(n, _)| n.clone()).collect();
    files.retain(|(name, _)| !made_names.contains(name));
    files.extend(made);
}

/// Drops the compressed copies (a site built without `--precompress`).
pub fn without_compressed(files: &mut Files) {
    files.retain(|(name, _)| !name.ends_with(".gz") && !name.ends_with(".br"));
}

/// Writes the site to `dir`: built beside it first, then put in its place, so a failure leaves
/// the previous site as it was. A `dir` that exists must be empty or a site (it has
/// `.nojekyll` and `index.html`, as every site nexus writes): nexus never deletes anything else.
pub fn write(dir: &Path, files: &Files) -> Result<(), String> {
    let shown = dir.display();
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map_err(|e| format!("{shown}: {e}"))?
            .next()
            .is_none();
        let a_site = dir.join(".nojekyll").is_file() && dir.join("index.html").is_file();
        if !empty && !a_site {
            return Err(format!(
                "{shown} exists and is not a site nexus built: choose another --output, or empty it"
            ));
        }
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "site".into());
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let staging: PathBuf = parent.join(format!(".{name}.nexus-tmp"));
    let _ = std::fs::remove_dir_all(&staging);
    let written = (|| -> std::io::Result<()> {
        for (rel, bytes) in files {
            let path = staging.join(rel);
            if let Some(p) = path.parent() {
                std::fs::create_dir_all(p)?;
            }
            std::fs::write(&path, bytes)?;
        }
        std::fs::create_dir_all(&staging)?;
        if dir.exists() {
            std::fs::remove_dir_all(dir)?;
        }
        std::fs::rename(&staging, dir)
    })();
    written.map_err(|e| {
        let _ = std::fs::remove_dir_all(&staging);
        format!("{shown}: {e}")
    })
}
