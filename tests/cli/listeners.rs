//! The listeners the tool runs (`events listen`, the sandbox, the OAuth loopback): a
//! request that stalls its body loses its slot, and what becomes of a forwarded delivery.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, ChildStderr, Stdio};
use std::time::Duration;

use crate::support::env::TestEnv;
use crate::support::http::{free_port, http_request};
use crate::support::recording::RecordingServer;
use crate::support::sandbox_process::SandboxProcess;
use crate::support::wait::{EVENT_TIMEOUT, wait_until};

/// More stalled requests than the listeners' 256 slots.
const STALLED: usize = 260;

const DELIVERY: &str = r#"{"message":{"events":[{"eventType":"CREATED","objectType":"appointment","objectId":"4242"}]}}"#;

/// `events listen` on a free port (with `extra` flags): the child, its address, its stderr.
fn events_listen(env: &TestEnv, extra: &[&str]) -> (Child, SocketAddr, BufReader<ChildStderr>) {
    let mut child = env
        .process()
        .args(["events", "listen", "--port", "0"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("Listening for event deliveries") {
        line.clear();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "events listen ended"
        );
    }
    let url = line[line.find("http://").unwrap()..]
        .split_whitespace()
        .next()
        .unwrap();
    let addr = url::Url::parse(url).unwrap().socket_addrs(|| None).unwrap()[0];
    (child, addr, stderr)
}

/// Connections that send a POST's headers announcing a 100,000-byte body, then nothing.
fn stalled_requests(addr: SocketAddr, path: &str) -> Vec<TcpStream> {
    (0..STALLED)
        .map(|_| {
            let mut stream = TcpStream::connect(addr).unwrap();
            // Past the 256 slots a listener closes the connection: writing may then fail.
            let _ = write!(
                stream,
                "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
                 Content-Length: 100000\r\n\r\n{{"
            );
            stream
        })
        .collect()
}

/// One request that may be refused while the slots are taken: its status, if answered.
fn try_request(addr: SocketAddr, raw: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    stream.write_all(raw.as_bytes()).ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    answer.split_whitespace().nth(1)?.parse().ok()
}

/// Asks with `raw` until answered `expected` (a real client retries a refused connection).
fn answered(addr: SocketAddr, raw: &str, expected: u16) {
    wait_until(
        &format!("{addr} to answer {expected} despite {STALLED} stalled bodies"),
        EVENT_TIMEOUT,
        || try_request(addr, raw) == Some(expected),
    );
}

/// The listener answered the stalled request 408 and closed the connection.
fn assert_timed_out(stalled: &mut TcpStream) {
    stalled.set_read_timeout(Some(EVENT_TIMEOUT)).unwrap();
    let mut answer = String::new();
    let _ = stalled.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 408 "), "{answer:?}");
}

#[test]
fn a_stalled_body_loses_its_slot_at_events_listen() {
    let env = TestEnv::new();
    let (mut child, addr, _stderr) = events_listen(&env, &[]);
    let mut stalled = stalled_requests(addr, "/");
    let delivery = format!(
        "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{DELIVERY}",
        DELIVERY.len()
    );
    answered(addr, &delivery, 200);
    let mut printed = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut printed)
        .unwrap();
    assert!(printed.contains("4242"), "{printed}");
    assert_timed_out(&mut stalled[0]);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn a_stalled_body_loses_its_slot_at_the_sandbox() {
    let env = TestEnv::new();
    let sandbox = SandboxProcess::start(&env);
    let addr = url::Url::parse(&sandbox.api_root)
        .unwrap()
        .socket_addrs(|| None)
        .unwrap()[0];
    let mut stalled = stalled_requests(addr, "/elements/api-v2/instances");
    let list = format!(
        "GET /elements/api-v2/elements/acuityscheduling/instances HTTP/1.1\r\nHost: {addr}\r\n\
         Authorization: User u, Organization o\r\nConnection: close\r\n\r\n"
    );
    // An account without instances answers 404 (as the platform does).
    answered(addr, &list, 404);
    assert_timed_out(&mut stalled[0]);
}

/// A delivery forwarded to a target that answers `status` (or to nothing, `None`): what
/// the platform is answered, and the line `events listen` prints.
fn forward_to(status: Option<u16>) -> (u16, String) {
    let env = TestEnv::new();
    let server = status.map(|s| RecordingServer::start(s, "application/json", "{}"));
    let port = server.as_ref().map_or_else(free_port, |s| s.port);
    let target = format!("http://127.0.0.1:{port}/hook");
    let (mut child, addr, mut stderr) = events_listen(&env, &["--forward-to", &target]);
    let (answered, _, _) = http_request("POST", &format!("http://{addr}/"), DELIVERY, None);
    // The forward's line is out before the answer: stop the listener, read all it said.
    let _ = child.kill();
    let _ = child.wait();
    let mut said = String::new();
    stderr.read_to_string(&mut said).unwrap();
    if let Some(server) = server {
        assert_eq!(
            server.only_request().body,
            DELIVERY.as_bytes(),
            "forwarded unchanged"
        );
    }
    let line = said
        .lines()
        .find(|l| l.starts_with("<-- "))
        .unwrap_or("(no forward line)");
    (answered, line.replace(&port.to_string(), "PORT"))
}

#[test]
fn a_delivery_is_acknowledged_only_when_its_forward_succeeded() {
    let rows = [
        (Some(200), 200, "<-- [200] POST http://127.0.0.1:PORT/hook"),
        (Some(500), 502, "<-- [500] POST http://127.0.0.1:PORT/hook"),
        (Some(404), 502, "<-- [404] POST http://127.0.0.1:PORT/hook"),
        (
            None,
            502,
            "<-- [could not connect] POST http://127.0.0.1:PORT/hook",
        ),
    ];
    for (target_answers, platform_gets, line) in rows {
        assert_eq!(
            forward_to(target_answers),
            (platform_gets, line.to_owned()),
            "target answering {target_answers:?}"
        );
    }
}

#[test]
fn forward_to_help_says_what_a_failed_forward_costs() {
    let out = TestEnv::new()
        .cmd()
        .args(["events", "listen", "--help"])
        .output()
        .unwrap();
    let help = crate::support::text(&out.stdout);
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("answered 502"), "{help}");
    assert!(help.contains("9 times over about 73 hours"), "{help}");
}
