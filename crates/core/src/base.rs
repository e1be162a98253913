//! The rules of the base path the app is served under ("" at the root, "/nexus" under a
//! sub-path). The web app reads the running page's base and applies these rules; the site
//! builder and the tests use them directly.

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

/// Whether the page at `location` (a URL's path) is the one a navigation link to `link` (a path
/// such as `join` gives) points at, for its `aria-current="page"`: the same path, or with
/// `exact` false also a page under it (`/nexus/technologies` is current on
/// `/nexus/technologies/python`, not on `/nexus/technologies-old`). A trailing slash on either
/// side does not count: a static host serves `/nexus/technologies/` for `/nexus/technologies`.
pub fn is_current(link: &str, location: &str, exact: bool) -> bool {
    let link = link.trim_end_matches('/');
    let location = location.trim_end_matches('/');
    location == link
        || (!exact
            && location
                .strip_prefix(link)
                .is_some_and(|rest| rest.starts_with('/')))
}
