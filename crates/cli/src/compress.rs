//! gzip -9 and brotli -q 11, the encodings nginx's gzip_static and brotli_static serve as they
//! are. Shared by `--precompress` (output.rs) and build.rs, which compresses the embedded bundle
//! once, when a release binary is built.

use std::io::Write as _;

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("writing to memory");
    out
}

/// Files worth compressing: text and wasm, at least nginx's gzip_min_length (deploy/nginx.conf).
pub fn worth_it(name: &str, len: usize) -> bool {
    const EXTENSIONS: [&str; 9] = [
        "html", "js", "mjs", "wasm", "css", "json", "svg", "xml", "txt",
    ];
    len >= 512
        && name
            .rsplit_once('.')
            .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext))
}
