//! `nexus serve` as a process: it serves the site built from a README on loopback, rebuilds on
//! every save, keeps the last good site while the source is broken and says why on its status
//! endpoint, and recovers on the fix. HTTP by hand over std's TcpStream (no client crate).
//!
//! It needs the web app's bundle in .tmp/bundle (`make bundle` builds it; CI runs that first);
//! without one each test prints why and passes.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const FIXTURE: &str = include_str!("../../../tests/fixtures/readme/seed-shape.md");

fn bundle() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tmp/bundle");
    if dir.join("index.html").is_file() {
        Some(dir)
    } else {
        println!(
            "skipped: no app bundle in {} (run `make bundle` first)",
            dir.display()
        );
        None
    }
}

/// A scratch directory of its own for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A running `nexus serve`, stopped when dropped.
struct Serve {
    child: Child,
    port: u16,
    /// Its stderr, line by line.
    lines: mpsc::Receiver<String>,
}

impl Serve {
    /// Starts `nexus serve SOURCE --port 0` and waits for the address it prints.
    fn start(source: &Path, bundle: &Path) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nexus"))
            .arg("serve")
            .arg(source)
            .args(["--port", "0", "--bundle"])
            .arg(bundle)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut serve = Serve {
            child,
            port: 0,
            lines,
        };
        let line = serve.wait_for("nexus serve: http://127.0.0.1:");
        let port = line
            .split("127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        serve.port = port;
        serve
    }

    /// The next stderr line that contains `text` (the lines before it are skipped).
    fn wait_for(&self, text: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("nexus serve never printed {text:?}"));
            if line.contains(text) {
                return line;
            }
        }
    }

    /// GET `path`: (status code, headers, body).
    fn get(&self, path: &str) -> (u16, String, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(40)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let response = String::from_utf8_lossy(&response).into_owned();
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        let code = head.split(' ').nth(1).unwrap().parse().unwrap();
        (code, head.to_string(), body.to_string())
    }

    /// The status after build `since`: (build, problem).
    fn status_after(&self, since: u64) -> (u64, Option<String>) {
        let (code, head, body) = self.get(&format!("/__nexus/status?since={since}"));
        assert_eq!(code, 200);
        assert!(head.contains("application/json"), "{head}");
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        (
            json["build"].as_u64().unwrap(),
            json["problem"].as_str().map(str::to_string),
        )
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serves_rebuilds_keeps_the_last_good_site_and_recovers() {
    let Some(bundle) = bundle() else { return };
    let dir = scratch("serve-edits");
    let readme = dir.join("README.md");
    std::fs::write(&readme, FIXTURE).unwrap();
    let serve = Serve::start(&readme, &bundle);

    let (code, head, home) = serve.get("/");
    assert_eq!(code, 200);
    assert!(head.contains("text/html"), "{head}");
    assert!(head.contains("Cache-Control: no-cache"), "{head}");
    assert!(
        head.contains("Content-Security-Policy: default-src 'self'; script-src 'self'"),
        "{head}"
    );
    assert!(
        home.contains("<script src=\"/__nexus/reload.js?build=1\" defer></script></head>"),
        "the reload script is missing from /"
    );
    assert!(home.contains("My Backend Journey"), "the title is missing");
    let (code, _, technologies) = serve.get("/technologies/");
    assert_eq!(code, 200);
    assert!(technologies.contains("Django"));
    assert_eq!(serve.get("/technologies").0, 200);
    let (code, head, missing) = serve.get("/no-such/");
    assert_eq!(code, 404);
    assert!(head.contains("text/html"), "{head}");
    assert!(
        missing.contains("/__nexus/reload.js"),
        "404.html gets the script too"
    );
    let (code, head, script) = serve.get("/__nexus/reload.js");
    assert_eq!(code, 200);
    assert!(head.contains("text/javascript"), "{head}");
    assert!(script.contains("/__nexus/status"));
    let wasm = home
        .split('"')
        .chain(home.split(['=', '>', ' ']))
        .find(|s| s.ends_with("_bg.wasm"))
        .expect("the page names the app's wasm")
        .trim_start_matches("./")
        .to_string();
    let (code, head, _) = serve.get(&format!("/{wasm}"));
    assert_eq!(code, 200, "/{wasm}");
    assert!(head.contains("Content-Type: application/wasm"), "{head}");
    assert_eq!(serve.status_after(0), (1, None));

    // An edit: a new build, and the pages hold it.
    std::fs::write(&readme, FIXTURE.replace("**Django**", "**Flask**")).unwrap();
    assert_eq!(serve.status_after(1), (2, None));
    serve.wait_for("nexus serve: rebuilt in ");
    let (_, _, technologies) = serve.get("/technologies/");
    assert!(technologies.contains("Flask"), "the edit is not served");

    // A README that is no portfolio: the problem is reported, the last good site stays.
    std::fs::write(&readme, "hello\n").unwrap();
    let (build, problem) = serve.status_after(2);
    assert_eq!(build, 3);
    let problem = problem.expect("a problem after the broken edit");
    assert!(
        problem.contains("README.md: not a learning portfolio"),
        "{problem}"
    );
    serve.wait_for("README.md: not a learning portfolio");
    let (code, _, technologies) = serve.get("/technologies/");
    assert_eq!(code, 200);
    assert!(technologies.contains("Flask"), "the last good site is gone");
    assert!(serve.get("/").2.contains("My Backend Journey"));

    // The fix brings the site back.
    std::fs::write(&readme, FIXTURE.replace("**Django**", "**FastAPI**")).unwrap();
    assert_eq!(serve.status_after(3), (4, None));
    serve.wait_for("nexus serve: rebuilt in ");
    assert!(serve.get("/technologies/").2.contains("FastAPI"));
}

#[test]
fn starts_on_a_broken_source_and_serves_the_site_once_fixed() {
    let Some(bundle) = bundle() else { return };
    let dir = scratch("serve-broken-start");
    let readme = dir.join("README.md");
    std::fs::write(&readme, "hello\n").unwrap();
    let serve = Serve::start(&readme, &bundle);

    let (code, _, page) = serve.get("/technologies/");
    assert_eq!(code, 200);
    assert!(page.contains("/__nexus/reload.js"), "{page}");
    let (build, problem) = serve.status_after(0);
    assert_eq!(build, 1);
    assert!(problem.unwrap().contains("not a learning portfolio"));

    std::fs::write(&readme, FIXTURE).unwrap();
    assert_eq!(serve.status_after(1), (2, None));
    assert!(serve.get("/").2.contains("My Backend Journey"));
}

#[test]
fn a_portfolio_json_problem_names_its_path() {
    let Some(bundle) = bundle() else { return };
    let dir = scratch("serve-json");
    let json = dir.join("portfolio.json");
    let good = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/minimal.json"),
    )
    .unwrap();
    std::fs::write(&json, &good).unwrap();
    let serve = Serve::start(&json, &bundle);
    assert_eq!(serve.status_after(0), (1, None));

    let broken = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/invalid/empty-string.json"),
    )
    .unwrap();
    std::fs::write(&json, broken).unwrap();
    let (build, problem) = serve.status_after(1);
    assert_eq!(build, 2);
    let problem = problem.expect("a problem after the broken edit");
    assert!(
        problem.contains("portfolio.json: technologies[1].summary: must not be empty"),
        "{problem}"
    );
}

#[test]
fn a_missing_source_exits_2() {
    let Some(bundle) = bundle() else { return };
    let dir = scratch("serve-missing");
    let o = Command::new(env!("CARGO_BIN_EXE_nexus"))
        .arg("serve")
        .arg(dir.join("nope.md"))
        .args(["--port", "0", "--bundle"])
        .arg(&bundle)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("nope.md: no such file"));
}
