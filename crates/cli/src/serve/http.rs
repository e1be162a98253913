//! The little HTTP/1.1 that `nexus serve` needs, on std's TcpListener: GET and HEAD, keep-alive,
//! one thread per connection. A preview has one reader on loopback, so threads are plenty, and a
//! long poll just parks its own. (tiny_http was tried first: its connection pool can leave a
//! new connection queued behind a browser's kept-alive ones, and pages then hang loading.)

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

/// A request, as much of it as the preview looks at.
pub struct Request {
    /// The request target: path and query, e.g. `/__nexus/status?since=3`.
    pub target: String,
}

/// A response; Content-Length and Connection are added when it is sent.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

/// Longest request line or header line read; longer ones end the connection.
const MAX_LINE: u64 = 16 * 1024;
/// An idle kept-alive connection is closed after this (the browser opens another).
const IDLE: Duration = Duration::from_secs(120);

/// Answers every connection of `listener` with `handler`, each in a thread of its own; returns
/// only if accepting fails.
pub fn serve<H>(listener: TcpListener, handler: H) -> io::Result<()>
where
    H: Fn(&Request) -> Response + Send + Sync + 'static,
{
    let handler = Arc::new(handler);
    loop {
        let (stream, _) = listener.accept()?;
        let handler = handler.clone();
        std::thread::spawn(move || {
            // A client that goes away mid-request (a reload aborts its long poll) is no error.
            let _ = connection(stream, &*handler);
        });
    }
}

/// Requests of one connection, one after the other, until the client closes it or asks to.
fn connection(stream: TcpStream, handler: &dyn Fn(&Request) -> Response) -> io::Result<()> {
    stream.set_read_timeout(Some(IDLE))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    loop {
        let Some(request_line) = line(&mut reader)? else {
            return Ok(());
        };
        if request_line.is_empty() {
            continue; // a stray CRLF between requests (RFC 9112 2.2)
        }
        let mut parts = request_line.split(' ');
        let (method, target, version) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or("/").to_string(),
            parts.next().unwrap_or("HTTP/1.0"),
        );
        let mut close = version != "HTTP/1.1";
        let mut length = 0u64;
        loop {
            let Some(header) = line(&mut reader)? else {
                return Ok(());
            };
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                let value = value.trim();
                if name.eq_ignore_ascii_case("connection") {
                    close = value.eq_ignore_ascii_case("close")
                        || (close && !value.eq_ignore_ascii_case("keep-alive"));
                } else if name.eq_ignore_ascii_case("content-length") {
                    length = value.parse().unwrap_or(0);
                }
            }
        }
        // GET and HEAD carry no body, but skip one if sent, to find the next request.
        io::copy(&mut (&mut reader).take(length), &mut io::sink())?;
        let head_only = method == "HEAD";
        let response = if method == "GET" || head_only {
            handler(&Request { target })
        } else {
            Response {
                status: 405,
                headers: vec![("Allow", "GET, HEAD".into())],
                body: Vec::new(),
            }
        };
        send(&mut writer, &response, head_only, close)?;
        if close {
            return Ok(());
        }
    }
}

/// One line without its CRLF, None at the end of the stream.
fn line(reader: &mut BufReader<TcpStream>) -> io::Result<Option<String>> {
    let mut bytes = Vec::new();
    let read = (&mut *reader)
        .take(MAX_LINE)
        .read_until(b'\n', &mut bytes)?;
    if read == 0 {
        return Ok(None);
    }
    if !bytes.ends_with(b"\n") {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "line too long"));
    }
    let text = String::from_utf8_lossy(&bytes);
    Ok(Some(text.trim_end_matches(['\r', '\n']).to_string()))
}

fn send(out: &mut TcpStream, response: &Response, head_only: bool, close: bool) -> io::Result<()> {
    let reason = match response.status {
        200 => "OK",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "",
    };
    let mut head = format!("HTTP/1.1 {} {reason}\r\n", response.status);
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
    if close {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    if !head_only {
        bytes.extend_from_slice(&response.body);
    }
    out.write_all(&bytes)?;
    out.flush()
}
