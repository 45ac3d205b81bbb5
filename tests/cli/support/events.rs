//! A running `events listen` and deliveries to it as the platform makes them.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::sync::mpsc::{self, Receiver};

use super::env::TestEnv;
use super::wait::EVENT_TIMEOUT;

/// A running `events listen`: its URL, and its stdout and stderr as lines arrive.
pub struct Listener {
    child: Child,
    pub url: String,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
}

impl Listener {
    /// `events listen --port 0` with `extra` flags, once it says where it listens.
    pub fn start(env: &TestEnv, extra: &[&str]) -> Self {
        let mut child = env
            .process()
            .args(["events", "listen", "--port", "0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = lines_of(child.stdout.take().unwrap());
        let stderr = lines_of(child.stderr.take().unwrap());
        let mut listener = Self {
            child,
            url: String::new(),
            stdout,
            stderr,
        };
        let said = listener.stderr_line_with("Listening for event deliveries on ");
        let start = said.find("http://").unwrap();
        listener.url = said[start..].split_whitespace().next().unwrap().to_owned();
        listener
    }

    /// The next line on stdout (one per delivery, or per event).
    pub fn next_line(&self) -> String {
        self.stdout
            .recv_timeout(EVENT_TIMEOUT)
            .unwrap_or_else(|e| panic!("events listen printed no line on stdout: {e}"))
    }

    /// The next line on stderr that contains `needle`.
    pub fn stderr_line_with(&self, needle: &str) -> String {
        let mut seen = String::new();
        loop {
            match self.stderr.recv_timeout(EVENT_TIMEOUT) {
                Ok(line) if line.contains(needle) => return line,
                Ok(line) => seen.push_str(&line),
                Err(e) => panic!("events listen said no {needle:?} on stderr ({e}): {seen}"),
            }
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The lines of `stream` as they arrive, read on a thread of their own.
fn lines_of(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// POSTs `body` to `url` with exactly these header lines (plus Host, Content-Length and
/// Connection), as the platform would deliver an event; the status of the answer.
pub fn deliver(url: &str, headers: &[(&str, &str)], body: &[u8]) -> u16 {
    let url = url::Url::parse(url).unwrap();
    let port = url.port().unwrap();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(EVENT_TIMEOUT)).unwrap();
    let mut head = format!(
        "POST {} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        url.path(),
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {answer:?}"))
}
