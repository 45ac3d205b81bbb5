//! A strict recording server: the exact bytes the binary puts on the wire (method,
//! target, each header, the whole body), on a real loopback port.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::secrets::TOKEN;

/// One request as the recording server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub target: String,
    /// Header names lowercased; values as sent.
    pub headers: BTreeMap<String, String>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the body is JSON")
    }
}

/// A strict HTTP/1.1 server that records every request and answers each with one fixed
/// response.
pub struct RecordingServer {
    pub port: u16,
    log: Arc<Log>,
}

/// The requests read so far, and a signal for each new one.
#[derive(Default)]
struct Log {
    requests: Mutex<Vec<Recorded>>,
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
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let log = Arc::new(Log::default());
        let seen = log.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let Some(request) = read_request(&stream) else {
                    continue;
                };
                seen.requests.lock().unwrap().push(request.clone());
                seen.arrived.notify_all();
                let (status, content_type, body) = respond(&request);
                let response = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes());
            }
        });
        Self { port, log }
    }

    /// A server answering `POST /instances` like the platform's documented example.
    pub fn platform() -> Self {
        Self::start(200, "application/json", &created_instance_json())
    }

    /// The API root to pass as `--base-url`.
    pub fn api_root(&self) -> String {
        format!("http://127.0.0.1:{}/elements/api-v2", self.port)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.log.requests.lock().unwrap().clone()
    }

    /// Blocks until the server has read `count` requests in full (their answers may
    /// still be pending); panics after `timeout`.
    pub fn wait_for_requests(&self, count: usize, timeout: Duration) -> Vec<Recorded> {
        let requests = self.log.requests.lock().unwrap();
        let (requests, waited) = self
            .log
            .arrived
            .wait_timeout_while(requests, timeout, |requests| requests.len() < count)
            .unwrap();
        assert!(
            !waited.timed_out(),
            "expected {count} request(s) within {timeout:?}, got {:#?}",
            *requests
        );
        requests.clone()
    }

    /// The single request the test expects.
    pub fn only_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request, got {requests:#?}"
        );
        requests.into_iter().next().unwrap()
    }
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

fn read_request(stream: &TcpStream) -> Option<Recorded> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut headers = BTreeMap::new();
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
    }
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Recorded {
        method,
        target,
        headers,
        body,
    })
}
