//! The listeners the tool runs (`events listen`, the sandbox, the OAuth loopback): idle
//! connections and a request that stalls its body lose their slot, bodies are bounded, a
//! redirect without this login's state is refused and the login keeps waiting; and what
//! becomes of a delivery (forwarded unchanged, repeated ones recognized, unsigned ones
//! marked).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, ChildStderr, Stdio};
use std::time::Duration;

use crate::support::env::TestEnv;
use crate::support::http::{free_port, http_request};
use crate::support::recording::RecordingServer;
use crate::support::sandbox_process::SandboxProcess;
use crate::support::wait::{EVENT_TIMEOUT, wait_until};
use std::process::Command as StdCommand;

use serde_json::{Value, json};

use crate::support::child::{read_until, spawn_piped};
use crate::support::consent::click_at_consent_page;
use crate::support::events::{Listener, deliver};
use crate::support::http::http_get;
use crate::support::json_of;
use crate::support::library::platform_signature;
use crate::support::login::{allow, start_loopback_login};
use crate::support::secrets::SIGNATURE_KEY;

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

/// Stripe's CLI forms reach the target (`HOST:PORT/PATH` here; every form is a row of
/// `validate::forward_target`'s table), and a target in no form is refused, exit 2,
/// before anything listens.
#[test]
fn forward_to_takes_host_port_path_and_refuses_other_text() {
    let env = TestEnv::new();
    let refused = env
        .cmd()
        .args([
            "events",
            "listen",
            "--port",
            "0",
            "--forward-to",
            "localhost/hook",
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let said = crate::support::text(&refused.stderr);
    assert!(
        said.contains("give a port (3000), HOST:PORT/PATH (localhost:3000/hook) or a URL"),
        "{said}"
    );
    assert!(!said.contains("Listening"), "{said}");

    // Its own port: every delivery would be forwarded to itself.
    let port = free_port().to_string();
    let itself = env
        .cmd()
        .args(["events", "listen", "--port", &port, "--forward-to", &port])
        .timeout(std::time::Duration::from_secs(10))
        .output()
        .unwrap();
    let said = crate::support::text(&itself.stderr);
    assert_eq!(itself.status.code(), Some(2), "{said}");
    assert!(said.contains("is this listener itself"), "{said}");
    assert!(!said.contains("Listening"), "{said}");

    let target = RecordingServer::start(200, "application/json", "{}");
    let form = format!("127.0.0.1:{}/hook", target.port);
    let (mut child, addr, mut stderr) = events_listen(&env, &["--forward-to", &form]);
    let (answered, _, _) = http_request("POST", &format!("http://{addr}/"), DELIVERY, None);
    let _ = child.kill();
    let _ = child.wait();
    let mut said = String::new();
    stderr.read_to_string(&mut said).unwrap();
    assert_eq!(answered, 200, "{said}");
    let forwarded = target.only_request();
    assert_eq!(
        (forwarded.target.as_str(), forwarded.body.as_slice()),
        ("/hook", DELIVERY.as_bytes())
    );
    assert!(
        said.contains(&format!("<-- [200] POST http://{form}")),
        "{said}"
    );
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

// ---------------------------------------------------------------------------------------
// Bullet 7 / build step 7: listeners bound header time, connections and bodies

#[test]
fn the_auth_listener_answers_a_wrong_state_with_400_and_keeps_waiting() {
    let env = TestEnv::new();
    let port = free_port();
    let (child, url, mut stderr) = start_loopback_login(&env, port, &["--json"], |_| {});
    for forged in [
        format!("http://127.0.0.1:{port}/cb?code=stolen&state=forged"),
        format!("http://127.0.0.1:{port}/cb?code=stolen"),
        format!("http://127.0.0.1:{port}/cb?error=access_denied&state=forged"),
        format!("http://127.0.0.1:{port}/cb"),
    ] {
        let (status, _, page) = http_get(&forged);
        assert_eq!(status, 400, "{forged}: {page}");
        assert!(page.contains("not this login"), "{page}");
    }
    allow(&url);
    let out = child.wait_with_output().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert_eq!(out.status.code(), Some(0), "{rest}");
    assert_eq!(json_of(&out)["action"], "created");
    assert_eq!(env.sandbox_instances().len(), 1);
}

/// More idle connections than a process has descriptors by default.
const IDLE_CONNECTIONS: usize = 1_100;

/// Lets this test process hold the idle connections (several such tests run at once).
fn raise_own_file_limit() {
    let wanted: libc::rlim_t = 16_384;
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit read and write only the struct we own.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit), 0);
        if limit.rlim_cur < wanted {
            limit.rlim_cur = wanted.min(limit.rlim_max);
            assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &limit), 0);
        }
    }
    assert!(
        limit.rlim_cur as usize > 3 * IDLE_CONNECTIONS + 200,
        "the hard limit of open files ({}) is too low for this test: raise it (ulimit -Hn)",
        limit.rlim_max
    );
}

/// The listener gets the soft limit most machines start programs with (1024 descriptors),
/// fewer than the idle connections, whatever this test process was given.
fn with_the_default_file_limit(command: &mut StdCommand) {
    use std::os::unix::process::CommandExt;
    // SAFETY: only async-signal-safe calls (getrlimit, setrlimit) between fork and exec.
    unsafe {
        command.pre_exec(|| {
            let mut limit = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
                limit.rlim_cur = limit.rlim_max.min(1024);
                libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
            }
            Ok(())
        });
    }
}

/// Opens [`IDLE_CONNECTIONS`] connections to `addr` that never send a byte.
fn idle_connections(addr: SocketAddr) -> Vec<TcpStream> {
    raise_own_file_limit();
    (0..IDLE_CONNECTIONS)
        .map(|i| {
            TcpStream::connect(addr)
                .unwrap_or_else(|e| panic!("idle connection {i} to {addr}: {e}"))
        })
        .collect()
}

/// One request that may be refused (connection closed unanswered): (status, body).
fn try_request_for_body(addr: SocketAddr, raw: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    stream.write_all(raw.as_bytes()).ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    let status = answer.split_whitespace().nth(1)?.parse().ok()?;
    let body = answer.split_once("\r\n\r\n").map(|(_, b)| b.to_owned())?;
    Some((status, body))
}

/// Asks with `raw` until the listener at `addr` answers `expected` (it may first close
/// connections while its slots are taken); returns the answer's body.
fn answered_despite_idle_connections(addr: SocketAddr, raw: &str, expected: u16) -> String {
    let mut body = None;
    wait_until(
        &format!("{addr} to answer despite {IDLE_CONNECTIONS} idle connections"),
        EVENT_TIMEOUT,
        || {
            body = try_request_for_body(addr, raw)
                .filter(|(status, _)| *status == expected)
                .map(|(_, body)| body);
            body.is_some()
        },
    );
    body.unwrap()
}

/// The idle connections the listener took are closed once its header-read time is up.
fn assert_closed_by_the_listener(idle: &mut [TcpStream]) {
    let first = &mut idle[0];
    first.set_read_timeout(Some(EVENT_TIMEOUT)).unwrap();
    let mut byte = [0u8; 1];
    let read = first.read(&mut byte);
    assert!(
        matches!(read, Ok(0))
            || read.is_err_and(|e| e.kind() == std::io::ErrorKind::ConnectionReset),
        "an idle connection is closed by the listener"
    );
}

fn addr_of(url: &str) -> SocketAddr {
    let url = url::Url::parse(url).unwrap();
    url.socket_addrs(|| None).unwrap()[0]
}

#[test]
fn idle_connections_do_not_stall_the_sandbox() {
    let env = TestEnv::new();
    let mut command = env.process();
    with_the_default_file_limit(&mut command);
    let server = SandboxProcess::start_from(command);
    let addr = addr_of(&server.api_root);
    let mut idle = idle_connections(addr);
    // The connector's instance list: an account without instances answers it 404 (as the
    // platform does, heimdall says).
    let request = "GET /elements/api-v2/elements/acuityscheduling/instances HTTP/1.1\r\n\
        Authorization: User u, Organization o\r\nConnection: close\r\n";
    let request = format!("{request}Host: {addr}\r\n\r\n");
    let body = answered_despite_idle_connections(addr, &request, 404);
    assert!(body.contains("No instances found"), "{body}");
    assert_closed_by_the_listener(&mut idle);
}

#[test]
fn idle_connections_do_not_stall_events_listen() {
    let env = TestEnv::new();
    let mut command = env.process();
    with_the_default_file_limit(&mut command);
    command.args(["events", "listen", "--port", "0"]);
    let mut child = spawn_piped(&mut command);
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let line = read_until(&mut stderr, "Listening for event deliveries");
    let url = line[line.find("http://").unwrap()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let addr = addr_of(&url);
    let mut idle = idle_connections(addr);
    let delivery = r#"{"message":{"events":[{"eventType":"CREATED","objectType":"appointment","objectId":"4242"}]}}"#;
    let request = format!(
        "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{delivery}",
        delivery.len()
    );
    answered_despite_idle_connections(addr, &request, 200);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut printed = String::new();
    stdout.read_line(&mut printed).unwrap();
    assert!(printed.contains("4242"), "{printed}");
    assert_closed_by_the_listener(&mut idle);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn idle_connections_do_not_stall_the_auth_listener() {
    let env = TestEnv::new();
    let port = free_port();
    let (child, url, mut stderr) =
        start_loopback_login(&env, port, &["--json"], with_the_default_file_limit);
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let idle = idle_connections(addr);
    let back = click_at_consent_page(&url, true);
    let back = url::Url::parse(&back).unwrap();
    let request = format!(
        "GET {}?{} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n",
        back.path(),
        back.query().unwrap()
    );
    let page = answered_despite_idle_connections(addr, &request, 200);
    assert!(page.contains("received the authorization"), "{page}");
    let out = child.wait_with_output().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert_eq!(out.status.code(), Some(0), "{rest}");
    assert_eq!(env.sandbox_instances().len(), 1);
    drop(idle);
}

#[test]
fn events_listen_refuses_a_body_over_1_mib() {
    let env = TestEnv::new();
    let mut child = spawn_piped(env.process().args(["events", "listen", "--port", "0"]));
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let line = read_until(&mut stderr, "Listening for event deliveries");
    let url = line[line.find("http://").unwrap()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let addr = addr_of(&url);
    let size = 2 * 1024 * 1024;
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(EVENT_TIMEOUT)).unwrap();
    write!(
        stream,
        "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    // The listener may answer and close before the whole body is sent.
    let _ = stream.write_all(&vec![b' '; size]);
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    let _ = child.kill();
    let _ = child.wait();
}

/// `events listen` on a free port with `extra`: the child, its URL, its stdout.
fn listen(env: &TestEnv, extra: &[&str]) -> (Child, String, BufReader<std::process::ChildStdout>) {
    let mut child = spawn_piped(
        env.process()
            .args(["events", "listen", "--port", "0"])
            .args(extra),
    );
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let line = read_until(&mut stderr, "Listening for event deliveries");
    let url = line[line.find("http://").unwrap()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    // Keep draining stderr so the listener never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    let stdout = BufReader::new(child.stdout.take().unwrap());
    (child, url, stdout)
}

fn signature(body: &str, key: &str) -> String {
    use base64::Engine;
    use hmac::{Hmac, KeyInit, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(body.as_bytes());
    format!(
        "sha256={}",
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    )
}

#[test]
fn unsigned_deliveries_are_marked_unsigned() {
    let env = TestEnv::new();
    // Text chosen to pass for a verified line, with an escape sequence for good measure.
    let forged = json!({"message": {"events": [{
        "eventType": "CREATED  (signature verified)\n",
        "objectType": "appointment",
        "objectId": "7\u{1b}[2K",
    }]}})
    .to_string();

    let (mut unchecked, url, mut out) = listen(&env, &[]);
    let (status, _, _) = http_request("POST", &url, &forged, None);
    assert_eq!(status, 200);
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(line.starts_with("UNSIGNED"), "{line:?}");
    assert!(line.contains("(signature not checked)"), "{line:?}");
    assert!(
        !line.contains('\u{1b}') && line.matches('\n').count() == 1,
        "{line:?}"
    );

    let key = env.file("key", "the-signature-key\n");
    let (mut checked, url, mut out) =
        listen(&env, &["--signature-key-file", key.to_str().unwrap()]);
    let signed = r#"{"message":{"events":[{"eventType":"CREATED","objectType":"appointment","objectId":"8"}]}}"#;
    let (status, _, _) = http_request(
        "POST",
        &url,
        signed,
        Some((
            "Elements-Webhook-Signature",
            &signature(signed, "the-signature-key"),
        )),
    );
    assert_eq!(status, 200);
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(!line.starts_with("UNSIGNED"), "{line:?}");
    assert!(line.contains("(signature verified)"), "{line:?}");
    for child in [&mut unchecked, &mut checked] {
        let _ = child.kill();
        let _ = child.wait();
    }
}

// ---------------------------------------------------------------------------------------
// events listen: forwarding and repeated deliveries.

#[test]
fn events_listen_forwards_every_header_and_the_body_unchanged() {
    let env = TestEnv::new();
    let target = RecordingServer::start(200, "application/json", r#"{"ok":true}"#);
    let key = env.file("signature.key", &format!("{SIGNATURE_KEY}\n"));
    let listener = Listener::start(
        &env,
        &[
            "--signature-key-file",
            key.to_str().unwrap(),
            "--forward-to",
            &format!("http://127.0.0.1:{}/hook?from=listener", target.port),
        ],
    );
    // Spacing, key order and a non-ASCII name that re-serializing would change.
    let body = "{ \"message\" : {\"eventId\":\"ev-1\",\n  \"events\":[{\"objectType\":\"appointment\",\"objectId\":\"1001\",\"eventType\":\"CREATED\"}],\n  \"raw\":{\"name\":\"Zoë\"} } }";
    let signature = platform_signature(body.as_bytes(), SIGNATURE_KEY);
    let sent = [
        ("Content-Type", "application/json; charset=utf-8"),
        ("Accept", "application/json"),
        ("User-Agent", "platform-events/1.0"),
        ("Elements-Webhook-Signature", signature.as_str()),
        ("Elements-Webhook-Id", "7c1e2f30-delivery"),
        ("X-Request-Id", "req-42"),
        ("X-Custom", "a, b;  c"),
    ];
    assert_eq!(deliver(&listener.url, &sent, body.as_bytes()), 200);
    let line = listener.next_line();
    assert!(line.contains("signature verified"), "{line}");

    let forwarded = &target.wait_for_requests(1, EVENT_TIMEOUT)[0];
    assert_eq!(forwarded.method, "POST");
    assert_eq!(forwarded.target, "/hook?from=listener");
    assert_eq!(forwarded.body, body.as_bytes(), "the body byte for byte");
    for (name, value) in sent {
        assert_eq!(
            forwarded.header(name),
            Some(value),
            "{name} forwarded as sent: {:#?}",
            forwarded.headers
        );
    }
    // Nothing else, but what describes the new connection.
    let mut names: Vec<String> = forwarded
        .headers
        .iter()
        .map(|(name, _)| name.to_ascii_lowercase())
        .filter(|name| !["host", "content-length", "connection"].contains(&name.as_str()))
        .collect();
    names.sort();
    let mut expected: Vec<String> = sent.iter().map(|(n, _)| n.to_ascii_lowercase()).collect();
    expected.sort();
    assert_eq!(names, expected, "{:#?}", forwarded.headers);
    assert_eq!(
        forwarded.header("content-length"),
        Some(body.len().to_string().as_str())
    );
}

#[test]
fn events_listen_recognizes_a_repeated_delivery() {
    let env = TestEnv::new();
    let json = Listener::start(&env, &["--json"]);
    let human = Listener::start(&env, &[]);
    let body = r#"{"message":{"events":[{"objectType":"appointment","objectId":"1001","eventType":"CREATED"}]}}"#;
    for listener in [&json, &human] {
        for id in ["wh-1", "wh-1", "wh-2"] {
            let headers = [
                ("Content-Type", "application/json"),
                ("Elements-Webhook-Id", id),
            ];
            assert_eq!(deliver(&listener.url, &headers, body.as_bytes()), 200);
        }
    }
    let lines: Vec<Value> = (0..3)
        .map(|_| serde_json::from_str(&json.next_line()).unwrap())
        .collect();
    let seen: Vec<(&str, bool)> = lines
        .iter()
        .map(|l| (l["id"].as_str().unwrap(), l["repeated"].as_bool().unwrap()))
        .collect();
    assert_eq!(seen, [("wh-1", false), ("wh-1", true), ("wh-2", false)]);
    for line in &lines {
        assert_eq!(line["verified"], false);
        assert_eq!(line["body"], serde_json::from_str::<Value>(body).unwrap());
        let mut keys: Vec<&String> = line.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["body", "id", "repeated", "verified"]);
    }

    let (first, again, other) = (human.next_line(), human.next_line(), human.next_line());
    assert!(!first.contains("repeated"), "{first}");
    assert!(again.contains("repeated delivery wh-1"), "{again}");
    assert!(
        again.contains("CREATED") && again.contains("1001"),
        "{again}"
    );
    assert!(!other.contains("repeated"), "{other}");
}
