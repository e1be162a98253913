//! `nexus serve [SOURCE]`: the author's live preview. The site is built in memory (as `nexus
//! build` builds it, for `http://127.0.0.1:PORT/`) and served on loopback; SOURCE is watched and
//! rebuilt on every save. Open pages learn about builds from an external script
//! (`/__nexus/reload.js`, injected into every HTML page: the site's strict CSP forbids inline
//! script) that long-polls `/__nexus/status?since=N`; it reloads the page once a good build has
//! finished, and shows a banner with the problem lines after a broken one, while the last good
//! site stays served.

use super::Failure;
use crate::output::Files;
use crate::{site, source};
use clap::Args;
use notify_debouncer_full::notify::event::{AccessKind, AccessMode};
use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{Debouncer, RecommendedCache};
use std::collections::HashMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

// The server's pieces live in src/serve/ beside the script and style it serves.
#[path = "../serve/http.rs"]
mod http;
use http::{Request, Response};

/// Preview the site on http://127.0.0.1:PORT/, rebuilding it on every save of SOURCE.
///
/// Open pages reload by themselves once a rebuild has finished. A save that breaks the source
/// keeps the last good site served, prints its problems (README line numbers, JSON paths), and
/// shows them on the open pages in a banner; the next good save brings the site back.
///
/// If SOURCE has problems already when serve starts, it starts all the same (the pages show the
/// problems until the source is fixed); it exits 2 when SOURCE cannot be read, the app bundle is
/// missing or the port is taken. Ctrl-C stops it.
#[derive(Args)]
pub struct ServeArgs {
    /// A README (Markdown) or a portfolio JSON file; default ./portfolio.json if present, else
    /// ./README.md.
    #[arg(value_name = "SOURCE")]
    source: Option<PathBuf>,
    /// The port to serve on, on 127.0.0.1 only (0 picks a free one).
    #[arg(short, long, default_value_t = 8080)]
    port: u16,
    /// Use the app bundle in DIR (trunk's output, `make bundle`) instead of the one built in.
    #[arg(long, value_name = "DIR")]
    bundle: Option<PathBuf>,
}

/// The same policy deploy/nginx.conf sends (see the reasons there): the preview must break
/// wherever the published site would.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; \
frame-ancestors 'none'";
const RELOAD_JS: &str = include_str!("../serve/reload.js");
const RELOAD_CSS: &str = include_str!("../serve/reload.css");
/// How long a status request waits for a new build before answering anyway (below the
/// browsers' and proxies' idle timeouts).
const LONG_POLL: Duration = Duration::from_secs(25);
/// Editors save in bursts (write, rename, chmod): one rebuild per burst.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// What is being served: the last good site, and the latest build's outcome.
struct State {
    /// Counts every build, good or broken, from 1; pages compare it with the one they came from.
    build: u64,
    /// The last good site by path inside it, None while no build has succeeded yet.
    site: Option<Arc<HashMap<String, Vec<u8>>>>,
    /// The latest build's problem lines, None when it succeeded.
    problem: Option<Vec<String>>,
}

/// The state, and the signal a new build sends to the waiting status requests.
type Shared = Arc<(Mutex<State>, Condvar)>;

pub fn run(args: ServeArgs) -> Result<(), Failure> {
    let bundle = super::build::app_bundle(args.bundle.as_deref())?;
    let path = source::resolve(args.source).map_err(|p| Failure::Input(p.lines.join("\n")))?;
    // A source that is not there now is a typo, not an edit in progress.
    if !path.is_file() {
        return Err(Failure::Input(format!(
            "{}: no such file (SOURCE is a README or a portfolio JSON file)",
            path.display()
        )));
    }
    let listener = TcpListener::bind(("127.0.0.1", args.port)).map_err(|e| {
        Failure::Input(format!(
            "127.0.0.1:{}: {e} (choose another --port)",
            args.port
        ))
    })?;
    let port = listener
        .local_addr()
        .map_err(|e| Failure::Input(format!("127.0.0.1:{}: {e}", args.port)))?
        .port();
    let site_url = format!("http://127.0.0.1:{port}/");

    let shared: Shared = Arc::new((
        Mutex::new(State {
            build: 0,
            site: None,
            problem: None,
        }),
        Condvar::new(),
    ));
    let builder = Builder {
        path: path.clone(),
        bundle,
        site_url: site_url.clone(),
        shared: shared.clone(),
        last_source: None,
    };
    // Kept until serving ends: dropping it stops the watch.
    let watcher = builder.watch()?;
    eprintln!(
        "nexus serve: {site_url} (watching {}; Ctrl-C stops)",
        path.display()
    );
    let served = http::serve(listener, move |request| respond(request, &shared));
    drop(watcher);
    served.map_err(|e| Failure::Input(format!("127.0.0.1:{port}: {e}")))
}

/// Builds the site from the source into the shared state, first at once, then on each save.
struct Builder {
    path: PathBuf,
    bundle: Files,
    site_url: String,
    shared: Shared,
    /// The source as last built, so a save that changed nothing reloads nothing.
    last_source: Option<Vec<u8>>,
}

impl Builder {
    /// Builds once, then watches the source's directory (editors replace a file by renaming
    /// another over it, which a watch on the file itself would miss) and rebuilds on its
    /// changes, in a thread of its own. The returned debouncer must live as long as the watch.
    fn watch(mut self) -> Result<Debouncer<RecommendedWatcher, RecommendedCache>, Failure> {
        self.build(true);
        let dir = match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = self.path.file_name().map(|n| n.to_os_string());
        let (tx, rx) = mpsc::channel();
        let mut debouncer = notify_debouncer_full::new_debouncer(DEBOUNCE, None, tx)
            .map_err(|e| Failure::Input(format!("{}: cannot watch: {e}", dir.display())))?;
        debouncer
            .watch(&dir, RecursiveMode::NonRecursive)
            .map_err(|e| Failure::Input(format!("{}: cannot watch: {e}", dir.display())))?;
        std::thread::spawn(move || {
            for result in rx {
                let Ok(events) = result else { continue };
                let touched = events.iter().any(|event| {
                    changes(&event.kind)
                        && event
                            .paths
                            .iter()
                            .any(|p| p.file_name().map(|n| n.to_os_string()) == name)
                });
                if touched {
                    self.build(false);
                }
            }
        });
        Ok(debouncer)
    }

    /// One build: a good one replaces the site served, a broken one only records its problem.
    /// Either way the terminal says what happened, and the waiting pages hear of it.
    fn build(&mut self, first: bool) {
        let start = Instant::now();
        let bytes = std::fs::read(&self.path).ok();
        if !first && bytes.is_some() && bytes == self.last_source {
            return;
        }
        self.last_source = bytes;
        let outcome = source::load(&self.path).and_then(|loaded| {
            if first {
                for line in &loaded.report {
                    eprintln!("{line}");
                }
            }
            site::assemble(
                self.bundle.clone(),
                loaded.portfolio,
                &loaded.json,
                &self.site_url,
            )
            .map_err(|e| source::Problem {
                content: false,
                lines: vec![format!("nexus: the app bundle's index.html {e}")],
            })
        });
        let (lock, signal) = &*self.shared;
        let mut state = lock.lock().expect("no thread panics holding the state");
        state.build += 1;
        match outcome {
            Ok(files) => {
                state.site = Some(Arc::new(files.into_iter().collect()));
                state.problem = None;
                let pages = state
                    .site
                    .as_ref()
                    .map_or(0, |s| s.keys().filter(|n| n.ends_with(".html")).count());
                if first {
                    eprintln!(
                        "nexus serve: built {pages} pages in {} ms",
                        start.elapsed().as_millis()
                    );
                } else {
                    eprintln!("nexus serve: rebuilt in {} ms", start.elapsed().as_millis());
                }
            }
            Err(problem) => {
                for line in &problem.lines {
                    eprintln!("{line}");
                }
                eprintln!(
                    "nexus serve: {}; fix it and save (the pages show this too)",
                    if state.site.is_some() {
                        "not rebuilt, the last good site stays served"
                    } else {
                        "nothing to serve yet"
                    }
                );
                state.problem = Some(problem.lines);
            }
        }
        signal.notify_all();
    }
}

/// Whether a watch event may have changed the file: not the reads (inotify reports opens,
/// including the build's own) but a write being closed, and every other kind.
fn changes(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// Answers one request: the reload script and its style, the build status (long poll), else a
/// file of the site.
fn respond(request: &Request, shared: &Shared) -> Response {
    let target = request.target.as_str();
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let (status, content_type, body) = match path {
        "/__nexus/reload.js" => (200, "text/javascript", RELOAD_JS.as_bytes().to_vec()),
        "/__nexus/reload.css" => (200, "text/css", RELOAD_CSS.as_bytes().to_vec()),
        "/__nexus/status" => {
            let since = query
                .split('&')
                .find_map(|pair| pair.strip_prefix("since="))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            (200, "application/json", status(shared, since).into_bytes())
        }
        _ => site_file(shared, path),
    };
    let charset = if content_type.starts_with("text/") || content_type.ends_with("json") {
        "; charset=utf-8"
    } else {
        ""
    };
    Response {
        status,
        headers: vec![
            ("Content-Type", format!("{content_type}{charset}")),
            ("Cache-Control", "no-cache".into()),
            ("Content-Security-Policy", CSP.into()),
            ("X-Content-Type-Options", "nosniff".into()),
        ],
        body,
    }
}

/// `{"build": N, "problem": null | "lines"}`, once the build number differs from `since`, or
/// after LONG_POLL with the same one.
fn status(shared: &Shared, since: u64) -> String {
    let (lock, signal) = &**shared;
    let state = lock.lock().expect("no thread panics holding the state");
    let (state, _) = signal
        .wait_timeout_while(state, LONG_POLL, |s| s.build == since)
        .expect("no thread panics holding the state");
    serde_json::json!({
        "build": state.build,
        "problem": state.problem.as_ref().map(|lines| lines.join("\n")),
    })
    .to_string()
}

/// The site's file for a URL path: a route (`/technologies/` or `/technologies`) gives its
/// route file; anything else missing gives 404.html with status 404. HTML pages get the reload
/// script. Before any good build, every page is a minimal one the script puts the problem on.
fn site_file(shared: &Shared, path: &str) -> (u16, &'static str, Vec<u8>) {
    let (site, build) = {
        let state = shared.0.lock().expect("no thread panics holding the state");
        (state.site.clone(), state.build)
    };
    let Some(site) = site else {
        return (200, "text/html", with_reload(WAITING_PAGE, build));
    };
    let rel = path.trim_start_matches('/');
    let candidates = if rel.is_empty() || rel.ends_with('/') {
        vec![format!("{rel}index.html")]
    } else {
        vec![rel.to_string(), format!("{rel}/index.html")]
    };
    let found = candidates.into_iter().find(|name| site.contains_key(name));
    let (status, name) = match found {
        Some(name) => (200, name),
        None => (404, "404.html".to_string()),
    };
    let Some(bytes) = site.get(&name) else {
        return (404, "text/plain", b"not found\n".to_vec());
    };
    let content_type = content_type(&name);
    if content_type == "text/html" {
        let html = String::from_utf8_lossy(bytes);
        return (status, content_type, with_reload(&html, build));
    }
    (status, content_type, bytes.clone())
}

/// The page served while no build has succeeded: the reload script shows the problem on it.
const WAITING_PAGE: &str = "<!doctype html><html lang=en><head><meta charset=utf-8>\
<meta content=\"width=device-width,initial-scale=1\" name=viewport>\
<title>nexus serve: waiting for a good build</title></head><body data-nexus-serve-waiting>\
<main><h1>Waiting for a good build</h1><p>The source has problems, listed above. Fix them and \
save: this page reloads by itself.</p></main></body></html>";

/// The page with the reload script and the banner's style, tagged with the build it is from.
fn with_reload(html: &str, build: u64) -> Vec<u8> {
    let tags = format!(
        "<link rel=stylesheet href=\"/__nexus/reload.css\">\
<script src=\"/__nexus/reload.js?build={build}\" defer></script>"
    );
    let at = html
        .find("</head>")
        .or_else(|| html.find("<body"))
        .unwrap_or(0);
    let mut page = String::with_capacity(html.len() + tags.len());
    page.push_str(&html[..at]);
    page.push_str(&tags);
    page.push_str(&html[at..]);
    page.into_bytes()
}

/// The Content-Type for a file of the site, by its extension.
fn content_type(name: &str) -> &'static str {
    match Path::new(name).extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html",
        Some("js" | "mjs") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}
