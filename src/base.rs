//! The path the app is served under ("" at the root, "/nexus" under a sub-path): the one
//! source for the router, every link and every asset URL. It is read at run time from the
//! `<base href>` that trunk writes from `--public-url`, so the build setting is the only one.

/// Turns a `<base href>` pathname into the router base: its directory, without the trailing
/// slash, "" for the root (`/nexus/` → `/nexus`, `/nexus/index.html` → `/nexus`).
pub fn normalize(pathname: &str) -> String {
    let dir = pathname.rfind('/').map_or("", |i| &pathname[..i]);
    let trimmed = dir.trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    }
}

/// Joins the base and an app path such as "/technologies" (or "" for the overview).
pub fn join(base: &str, path: &str) -> String {
    let path = path.trim_start_matches('/');
    format!("{base}/{path}")
}

/// The base of the running page.
#[cfg(target_arch = "wasm32")]
pub fn current() -> String {
    thread_local! {
        static BASE: String = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| normalize(&url.pathname()))
            .unwrap_or_default();
    }
    BASE.with(Clone::clone)
}

/// An app path with the base in front, for links and navigation.
#[cfg(target_arch = "wasm32")]
pub fn href(path: &str) -> String {
    join(&current(), path)
}
