//! A strict recording server: the exact bytes the binary puts on the wire (method,
//! target, each header, the whole body), on a real loopback port.
//!
//! Why not `wiremock` (tried against this suite with wiremock 0.6.5):
//! - Its API is async, while the tests that use this server (44 today) are plain
//!   `#[test]`s driving a child process: each would need a runtime to start the
//!   server, mount a mock and read the requests back.
//! - The Ctrl-C test needs an answer held back until the test lets it go. wiremock's
//!   tool for that is a fixed `set_delay`, the timing guess this suite avoids; blocking
//!   inside a `Respond` would stall its single-threaded server.
//! - hyper answers a malformed request with 400 by itself and wiremock records nothing,
//!   so a test only sees "no request". Here the test fails and says what was sent.
//! - It adds 8 crates. Worse, it turns on more features of futures-util and hyper
//!   (`cargo tree -e normal,dev -f '{p} {f}'`), so the test build of the crate stops
//!   matching the one `cargo install` makes, and `examples::cargo_install_works` would
//!   compile the HTTP stack a second time. On the 2-core machine, adding it rebuilt
//!   futures-util, hyper, reqwest, rustls, ring and axum: 20 s.
//!
//! This file uses only std and stays short.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::env::TestEnv;
use super::secrets::{ORG_SECRET, TOKEN, USER_SECRET};

/// The platform paths as the recording server sees them: the instances, and the
/// connector's instance list (the lookup by name).
pub const INSTANCES: &str = "/elements/api-v2/instances";
/// Where listings and lookups go: `GET /instances` (with `searchText`, `tags[]`, `hydrate`).
pub const LIST: &str = "/elements/api-v2/instances";

/// One request as the recording server read it off the wire.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// The request target exactly as sent (path and query).
    pub target: String,
    /// Every header line in the order sent: name as sent, value without the
    /// surrounding whitespace.
    pub headers: Vec<(String, String)>,
    /// Exactly the Content-Length bytes that followed the head.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The value of header `name` (any case). Panics if it was sent more than once.
    pub fn header(&self, name: &str) -> Option<&str> {
        match self.values(name)[..] {
            [] => None,
            [value] => Some(value),
            _ => panic!("header {name} sent more than once: {:#?}", self.headers),
        }
    }

    /// Whether this is the listing of the account's Acuity instances that `instance
    /// create` and `auth` make before creating (the name is the key of `--if-exists`).
    pub fn is_name_lookup(&self) -> bool {
        self.method == "GET" && self.target.starts_with("/elements/api-v2/instances?")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the body is JSON")
    }

    fn values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(sent, _)| sent.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
            .collect()
    }
}

/// A strict HTTP/1.1 server that records every request and answers each with one fixed
/// response. Anything it cannot read exactly (not HTTP/1.1, a malformed line, a chunked
/// body, a Content-Length sent twice, a body shorter than announced) is answered with
/// 400 and fails the test at its next look at the requests.
pub struct RecordingServer {
    pub port: u16,
    log: Arc<Log>,
}

/// What the server read so far, and a signal for each new entry.
#[derive(Default)]
struct Log {
    /// A request, or why what arrived could not be read as one.
    entries: Mutex<Vec<Result<Recorded, String>>>,
    arrived: Condvar,
}

impl RecordingServer {
    pub fn start(status: u16, content_type: &str, body: &str) -> Self {
        let (content_type, body) = (content_type.to_owned(), body.to_owned());
        Self::with(move |_| (status, content_type.clone(), body.clone()))
    }

    /// A server whose answer depends on the request: `respond` gives (status, content
    /// type, body). The request is recorded before `respond` runs, so a `respond` that
    /// holds its answer back lets the test act while the request is in flight.
    pub fn with(respond: impl Fn(&Recorded) -> (u16, String, String) + Send + 'static) -> Self {
        Self::with_headers(move |request| {
            let (status, content_type, body) = respond(request);
            (
                status,
                vec![("Content-Type".to_owned(), content_type)],
                body,
            )
        })
    }

    /// Like [`RecordingServer::with`], with every header line of the answer (but
    /// Content-Length and Connection) given by `respond`: a `Location`, a
    /// `Retry-After`, a paging token.
    pub fn with_headers(
        respond: impl Fn(&Recorded) -> (u16, Vec<(String, String)>, String) + Send + 'static,
    ) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let log = Arc::new(Log::default());
        let seen = log.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let entry = match read_request(&stream) {
                    Ok(None) => continue, // connected and left without a request
                    Ok(Some(request)) => Ok(request),
                    Err(problem) => Err(problem),
                };
                seen.entries.lock().unwrap().push(entry.clone());
                seen.arrived.notify_all();
                let (status, headers, body) = match &entry {
                    Ok(request) => respond(request),
                    Err(problem) => (
                        400,
                        vec![("Content-Type".to_owned(), "text/plain".to_owned())],
                        problem.clone(),
                    ),
                };
                let headers: String = headers
                    .iter()
                    .map(|(name, value)| format!("{name}: {value}\r\n"))
                    .collect();
                let response = format!(
                    "HTTP/1.1 {status} X\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes());
            }
        });
        Self { port, log }
    }

    /// A server answering `POST /instances` like the platform's documented example (and
    /// the name lookup before it with an empty list).
    pub fn platform() -> Self {
        Self::platform_answering(200, "application/json", &created_instance_json())
    }

    /// A platform whose account has no instance yet (the lookup by name that precedes a
    /// create finds none), answering every other request with one fixed response.
    pub fn platform_answering(status: u16, content_type: &str, body: &str) -> Self {
        let (content_type, body) = (content_type.to_owned(), body.to_owned());
        Self::with(move |request| {
            if request.is_name_lookup() {
                return (200, "application/json".into(), "[]".into());
            }
            (status, content_type.clone(), body.clone())
        })
    }

    /// The API root to pass as `--base-url`.
    pub fn api_root(&self) -> String {
        format!("http://127.0.0.1:{}/elements/api-v2", self.port)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        readable(&self.log.entries.lock().unwrap())
    }

    /// Blocks until the server has read `count` requests in full (their answers may
    /// still be pending); panics after `timeout`.
    pub fn wait_for_requests(&self, count: usize, timeout: Duration) -> Vec<Recorded> {
        let entries = self.log.entries.lock().unwrap();
        let (entries, waited) = self
            .log
            .arrived
            .wait_timeout_while(entries, timeout, |entries| {
                entries.len() < count && entries.iter().all(Result::is_ok)
            })
            .unwrap();
        let requests = readable(&entries);
        assert!(
            !waited.timed_out(),
            "expected {count} request(s) within {timeout:?}, got {requests:#?}"
        );
        requests
    }

    /// The requests besides the lookup by name that precedes every create.
    pub fn sent(&self) -> Vec<Recorded> {
        self.requests()
            .into_iter()
            .filter(|r| !r.is_name_lookup())
            .collect()
    }

    /// The single request the test expects (besides the lookup by name before a create).
    pub fn only_request(&self) -> Recorded {
        let requests = self.sent();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request, got {requests:#?}"
        );
        requests.into_iter().next().unwrap()
    }
}

/// The requests, failing the test if anything that arrived could not be read as one.
fn readable(entries: &[Result<Recorded, String>]) -> Vec<Recorded> {
    entries
        .iter()
        .map(|entry| match entry {
            Ok(request) => request.clone(),
            Err(problem) => panic!("the recording server could not read a request: {problem}"),
        })
        .collect()
}

/// The platform's answer to `POST /instances`, in the older shape (tags as objects,
/// configuration values as strings) to exercise lenient parsing.
pub fn created_instance_json() -> String {
    serde_json::json!({
        "id": 12345,
        "name": "acuity-prod",
        "createdDate": "2026-11-27T10:00:00Z",
        "token": TOKEN,
        "element": {"id": 6156, "key": "acuityscheduling"},
        "elementId": 6156,
        "tags": [{"id": 1, "name": "prod"}],
        "valid": true,
        "disabled": false,
        "configuration": {"event.notification.enabled": "true",
                          "event.notification.callback.url": "https://app.example.com/events",
                          "oauth.api.secret": null},
        "eventsEnabled": true,
        "user": {"id": 77}
    })
    .to_string()
}

/// The platform's JSON of one Acuity instance with this id and name (otherwise as
/// [`created_instance_json`]).
pub fn instance_json(id: u64, name: &str) -> serde_json::Value {
    let mut instance: serde_json::Value = serde_json::from_str(&created_instance_json()).unwrap();
    instance["id"] = serde_json::json!(id);
    instance["name"] = serde_json::json!(name);
    instance
}

/// Reads one HTTP/1.1 request exactly as RFC 9112 frames it: `None` when the client
/// closed the connection before sending anything.
fn read_request(stream: &TcpStream) -> Result<Option<Recorded>, String> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|e| e.to_string())?;
    let mut reader = BufReader::new(stream);
    let Some(request_line) = read_line(&mut reader)? else {
        return Ok(None);
    };
    let [method, target, version] = request_line.split(' ').collect::<Vec<_>>()[..] else {
        return Err(format!("not a request line: {request_line:?}"));
    };
    if version != "HTTP/1.1" || method.is_empty() || !target.starts_with('/') {
        return Err(format!(
            "not an HTTP/1.1 origin-form request: {request_line:?}"
        ));
    }
    let mut request = Recorded {
        method: method.to_owned(),
        target: target.to_owned(),
        headers: Vec::new(),
        body: Vec::new(),
    };
    loop {
        let line = read_line(&mut reader)?.ok_or("the connection closed inside the head")?;
        if line.is_empty() {
            break;
        }
        let (name, value) = line
            .split_once(':')
            .filter(|(name, _)| !name.is_empty() && !name.contains([' ', '\t']))
            .ok_or_else(|| format!("not a header line: {line:?}"))?;
        request
            .headers
            .push((name.to_owned(), value.trim().to_owned()));
    }
    if let [encoding, ..] = request.values("transfer-encoding")[..] {
        return Err(format!(
            "Transfer-Encoding: {encoding}; bodies are compared byte for byte only with a Content-Length"
        ));
    }
    let length = match request.values("content-length")[..] {
        [] => 0,
        [length] => length
            .parse()
            .map_err(|_| format!("Content-Length: {length:?}"))?,
        _ => return Err(format!("Content-Length sent twice: {:#?}", request.headers)),
    };
    request.body = vec![0; length];
    reader
        .read_exact(&mut request.body)
        .map_err(|e| format!("a body shorter than its Content-Length {length}: {e}"))?;
    Ok(Some(request))
}

/// One line ended by CRLF, without it; `None` at the end of the stream.
fn read_line(reader: &mut impl BufRead) -> Result<Option<String>, String> {
    let mut line = String::new();
    if reader
        .read_line(&mut line)
        .map_err(|e| format!("reading the request: {e}"))?
        == 0
    {
        return Ok(None);
    }
    line.strip_suffix("\r\n")
        .map(|line| Some(line.to_owned()))
        .ok_or_else(|| format!("a line not ended by CRLF: {line:?}"))
}

/// The server's own strictness, checked with requests written by hand.
mod self_test {
    use super::*;
    use crate::support::wait::EVENT_TIMEOUT;

    fn send(server: &RecordingServer, raw: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        stream.write_all(raw.as_bytes()).unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    }

    #[test]
    fn records_what_was_sent_as_it_was_sent() {
        let server = RecordingServer::start(201, "application/json", "{}");
        let answer = send(
            &server,
            "PUT /a/b?c=d%20e HTTP/1.1\r\nHost: x\r\nX-Second:  two \r\nContent-Length: 5\r\n\r\nhello",
        );
        assert!(answer.starts_with("HTTP/1.1 201 "), "{answer}");
        let request = server.only_request();
        assert_eq!(request.method, "PUT");
        assert_eq!(request.target, "/a/b?c=d%20e");
        assert_eq!(
            request.headers,
            [("Host", "x"), ("X-Second", "two"), ("Content-Length", "5")]
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
        );
        assert_eq!(request.header("x-second"), Some("two"));
        assert_eq!(request.body, b"hello");
    }

    #[test]
    #[should_panic(expected = "header accept sent more than once")]
    fn a_header_sent_twice_fails_when_asked_for() {
        let server = RecordingServer::start(200, "text/plain", "");
        send(&server, "GET / HTTP/1.1\r\nAccept: a\r\naccept: b\r\n\r\n");
        server.only_request().header("accept");
    }

    #[test]
    #[should_panic(expected = "Transfer-Encoding: chunked")]
    fn a_chunked_body_fails_the_test() {
        let server = RecordingServer::start(200, "text/plain", "");
        let answer = send(
            &server,
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        );
        assert!(answer.starts_with("HTTP/1.1 400 "), "{answer}");
        server.wait_for_requests(1, EVENT_TIMEOUT);
    }

    #[test]
    #[should_panic(expected = "a body shorter than its Content-Length 10")]
    fn a_short_body_fails_the_test() {
        let server = RecordingServer::start(200, "text/plain", "");
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        stream
            .write_all(b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nshort")
            .unwrap();
        stream.shutdown(std::net::Shutdown::Write).unwrap();
        server.wait_for_requests(1, EVENT_TIMEOUT);
    }
}

/// The target's path, without the query.
pub fn path(request: &Recorded) -> &str {
    request.target.split('?').next().unwrap()
}

/// An answer of a [`RecordingServer::with`] responder: `status` with a JSON `body`.
pub fn json_answer(status: u16, body: impl Into<String>) -> (u16, String, String) {
    (status, "application/json".into(), body.into())
}

/// `--base-url` at `server` and the platform secrets from files.
pub fn platform_flags(env: &TestEnv, server: &RecordingServer) -> Vec<String> {
    let user = env.file("user.secret", &format!("{USER_SECRET}\n"));
    let org = env.file("org.secret", &format!("{ORG_SECRET}\n"));
    vec![
        "--base-url".into(),
        server.api_root(),
        "--user-secret-file".into(),
        user.display().to_string(),
        "--org-secret-file".into(),
        org.display().to_string(),
    ]
}

/// The request carries the platform's Authorization header of [`platform_flags`].
pub fn assert_platform_headers(request: &Recorded) {
    assert_eq!(
        request.header("authorization"),
        Some(format!("User {USER_SECRET}, Organization {ORG_SECRET}").as_str())
    );
}
