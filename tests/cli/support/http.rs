//! A plain HTTP/1.1 client over loopback, playing the browser (or another machine) that
//! talks to the binary's listeners, and free ports for them.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

/// A loopback port that was free a moment ago, for a redirect URI the binary will bind.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A plain HTTP/1.1 GET over loopback, as a browser would send it, without following
/// redirects: (status, Location header, body).
pub fn http_get(url: &str) -> (u16, Option<String>, String) {
    http_request("GET", url, "", None)
}

/// One HTTP/1.1 request over loopback with a JSON body (when not empty) and an optional
/// extra header: (status, Location header, body).
pub fn http_request(
    method: &str,
    url: &str,
    body: &str,
    extra: Option<(&str, &str)>,
) -> (u16, Option<String>, String) {
    let url = url::Url::parse(url).expect("a URL");
    let host = url.host_str().unwrap().trim_matches(['[', ']']).to_owned();
    let port = url.port_or_known_default().unwrap();
    let mut stream = TcpStream::connect((host.as_str(), port)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let target = match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    };
    let mut head = format!(
        "{method} {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !body.is_empty() {
        head.push_str("Content-Type: application/json\r\n");
    }
    if let Some((name, value)) = extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    write!(stream, "{head}\r\n{body}").unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    let location = head
        .lines()
        .find_map(|l| {
            l.strip_prefix("location: ")
                .or_else(|| l.strip_prefix("Location: "))
        })
        .map(str::to_owned);
    (status, location, body.to_owned())
}
