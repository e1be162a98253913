//! Embeds the web app's release bundle in `nexus`, as mdBook embeds its theme: when
//! NEXUS_BUNDLE names a directory (trunk's output built for `./`, as `make bundle` leaves it in
//! .tmp/bundle), every file in it becomes an `include_bytes!` of the generated
//! `$OUT_DIR/bundle.rs`, with its `.gz` and `.br` made here once (they are content-independent),
//! so `nexus build --precompress` only compresses the pages. Without it, the list is empty and
//! `build`/`serve` say how to get a binary that carries the app (or take `--bundle DIR`).

#[path = "src/compress.rs"]
mod compress;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn files(dir: &Path, rel: &str, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("NEXUS_BUNDLE {}: {e}", dir.display()))
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let rel = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        if path.is_dir() {
            files(&path, &rel, out);
        } else if !name.ends_with(".gz") && !name.ends_with(".br") {
            out.push((rel, path));
        }
    }
}

fn main() {
    println!("cargo:rerun-if-env-changed=NEXUS_BUNDLE");
    let mut found = Vec::new();
    if let Some(dir) = std::env::var_os("NEXUS_BUNDLE").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        println!("cargo:rerun-if-changed={}", dir.display());
        files(&dir, "", &mut found);
        assert!(
            found.iter().any(|(rel, _)| rel == "index.html"),
            "NEXUS_BUNDLE {} has no index.html: build it with `make bundle`",
            dir.display()
        );
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    let compressed = out.join("bundle-compressed");
    let _ = std::fs::remove_dir_all(&compressed);
    let mut code = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    let mut embed = |rel: &str, path: &Path| {
        let path = path.display().to_string();
        writeln!(code, "    ({rel:?}, include_bytes!({path:?})),").unwrap();
    };
    for (rel, path) in &found {
        println!("cargo:rerun-if-changed={}", path.display());
        embed(rel, path);
        let bytes = std::fs::read(path).unwrap();
        // index.html and portfolio.json are replaced by every site: not worth compressing here.
        let replaced = rel == "index.html" || rel == "portfolio.json";
        if compress::worth_it(rel, bytes.len()) && !replaced {
            let packed = [
                ("gz", compress::gzip(&bytes)),
                ("br", compress::brotli(&bytes)),
            ];
            for (ext, bytes) in packed {
                let file = compressed.join(format!("{rel}.{ext}"));
                std::fs::create_dir_all(file.parent().unwrap()).unwrap();
                std::fs::write(&file, bytes).unwrap();
                embed(&format!("{rel}.{ext}"), &file);
            }
        }
    }
    code.push_str("];\n");
    std::fs::write(out.join("bundle.rs"), code).unwrap();
}
