//! A contract test of our own: every request the tool sends to the platform under
//! `/instances` uses a method, path and query parameters that the platform's own
//! description of its Instances API lists. Every command that calls the platform is walked
//! against the sandbox behind a recording proxy, and each recorded request is checked
//! against the list below. (`oc-acuity api` is left out: it sends what the user writes.)

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::support::bed::Bed;
use crate::support::env::TestEnv;
use crate::support::http::http_request;
use crate::support::keyring::PrivateKeyring;
use crate::support::recording::{Recorded, RecordingServer};
use crate::support::{code, text};

/// What the description lists under `/instances`: method, path below the API root (`{id}`
/// a number, any other `{...}` one segment), and the query parameters the call takes.
///
/// Source: `../shared/reference/open-connectors.md`, section "The Instances API, from
/// SPEC" (SPEC: the platform's Swagger 2.0 description of its Instances API, title
/// "Instances", basePath `/elements/api-v2`); `POST /instances` from its section "Step 3:
/// create the instance" (seed, DP); `PUT|DELETE /instances/enabled`, the calls made as an
/// instance, from its section "Authorization header" (SAP).
const INSTANCES_API: &[(&str, &str, &[&str])] = &[
    (
        "GET",
        "/instances",
        &["searchText", "tags[]", "pageSize", "nextPage", "hydrate"],
    ),
    ("POST", "/instances", &[]),
    ("GET", "/instances/{id}", &[]),
    ("PUT", "/instances/{id}", &[]),
    ("PATCH", "/instances/{id}", &[]),
    ("DELETE", "/instances/{id}", &[]),
    ("GET", "/instances/{id}/configuration", &[]),
    ("GET", "/instances/{id}/configuration/{configId}", &[]),
    ("PATCH", "/instances/{id}/configuration/{configId}", &[]),
    ("PUT", "/instances/{id}/enabled", &[]),
    ("DELETE", "/instances/{id}/enabled", &[]),
    ("PUT", "/instances/enabled", &[]),
    ("DELETE", "/instances/enabled", &[]),
    ("GET", "/instances/{id}/events", &[]),
    ("GET", "/instances/{id}/events/{eventId}", &[]),
    (
        "GET",
        "/instances/events/dispositions",
        &["from", "to", "pageSize", "nextPage"],
    ),
    ("PUT", "/instances/{id}/trace-logging", &[]),
    ("DELETE", "/instances/{id}/trace-logging", &[]),
];

/// The API root's path, as the sandbox serves it.
const ROOT: &str = "/elements/api-v2";

/// Whether `template` (a path of [`INSTANCES_API`]) matches `path`.
fn matches(template: &str, path: &str) -> bool {
    let (template, path): (Vec<&str>, Vec<&str>) =
        (template.split('/').collect(), path.split('/').collect());
    template.len() == path.len()
        && template.iter().zip(&path).all(|(t, p)| match *t {
            "{id}" => !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()),
            t if t.starts_with('{') => !p.is_empty(),
            t => t == *p,
        })
}

/// Why a request under `/instances` is not one the description lists (`Ok` for one
/// outside `/instances`, which this contract does not cover).
fn check(method: &str, target: &str) -> Result<(), String> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let Some(below) = path.strip_prefix(ROOT) else {
        return Err(format!("{method} {target}: not below the API root"));
    };
    if below != "/instances" && !below.starts_with("/instances/") {
        return Ok(());
    }
    let listed: Vec<_> = INSTANCES_API
        .iter()
        .filter(|(m, template, _)| *m == method && matches(template, below))
        .collect();
    // A literal path (`/instances/enabled`) is preferred to a template (`{id}`).
    let Some((_, template, params)) = listed.first() else {
        return Err(format!(
            "{method} {below}: no such operation in the description"
        ));
    };
    for (name, _) in url::form_urlencoded::parse(query.as_bytes()) {
        if !params.contains(&name.as_ref()) {
            return Err(format!(
                "{method} {below}: query parameter {name:?} is not one of {template}'s: {params:?}"
            ));
        }
    }
    Ok(())
}

/// Sends `request` on to the sandbox at `port` and returns its answer: status, the headers
/// the tool reads (content type, paging), body.
fn forward(port: u16, request: &Recorded) -> (u16, Vec<(String, String)>, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the sandbox listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut head = format!(
        "{} {} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        request.method,
        request.target,
        request.body.len()
    );
    for name in ["authorization", "content-type", "accept"] {
        if let Some(value) = request.header(name) {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(b"\r\n").unwrap();
    stream.write_all(&request.body).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8(answer).expect("the sandbox answers UTF-8");
    let (head, body) = answer.split_once("\r\n\r\n").expect("a head");
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(name, value)| name == "transfer-encoding" && value.contains("chunked"));
    let body = if chunked {
        unchunk(body)
    } else {
        body.to_owned()
    };
    let kept = headers
        .into_iter()
        .filter(|(name, _)| matches!(name.as_str(), "content-type" | "elements-next-page-token"))
        .collect();
    (status, kept, body)
}

/// A chunked body, decoded.
fn unchunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        out.push_str(&rest[..size]);
        body = &rest[size + 2..];
    }
    out
}

#[test]
fn the_description_decides_each_request() {
    #[rustfmt::skip]
    let rows: [(&str, &str, Result<(), &str>); 12] = [
        ("GET", "/instances?searchText=a&hydrate=true&pageSize=200", Ok(())),
        ("GET", "/instances?tags%5B%5D=x&nextPage=p2", Ok(())),
        ("POST", "/instances", Ok(())),
        ("PATCH", "/instances/12", Ok(())),
        ("GET", "/instances/12/events", Ok(())),
        ("DELETE", "/instances/enabled", Ok(())),
        ("GET", "/elements/acuityscheduling/oauth/url?state=s", Ok(())),
        ("GET", "/instances?name=a", Err("query parameter \"name\"")),
        ("GET", "/instances/12/events?pageSize=5", Err("query parameter \"pageSize\"")),
        ("POST", "/instances/12", Err("no such operation")),
        ("PATCH", "/instances/abc", Err("no such operation")),
        ("GET", "/instances/12/webhooks", Err("no such operation")),
    ];
    for (method, below, expected) in rows {
        let got = check(method, &format!("{ROOT}{below}"));
        match (&got, expected) {
            (Ok(()), Ok(())) => {}
            (Err(why), Err(needle)) if why.contains(needle) => {}
            _ => panic!("{method} {below}: got {got:?}, expected {expected:?}"),
        }
    }
}

#[test]
fn every_command_sends_only_what_the_description_lists() {
    // A keyring, so that the walk includes what only a stored instance does (reauth, token).
    let mut env = TestEnv::new();
    let _keyring = PrivateKeyring::start(&mut env);
    let bed = Bed::in_env(env);
    let sandbox_port: u16 = url::Url::parse(&bed.sandbox.api_root)
        .unwrap()
        .port()
        .unwrap();
    // More instances than one page holds (200), so that listings send nextPage.
    let seed = format!("{}/sandbox/seed", bed.base());
    let (status, _, body) =
        http_request("POST", &seed, r#"{"count": 210, "prefix": "seeded"}"#, None);
    assert!((200..300).contains(&status), "{status} {body}");
    let proxy = RecordingServer::with_headers(move |request| forward(sandbox_port, request));
    let run = |args: &[&str], allowed: &[i32]| {
        let out = bed
            .cmd()
            .env("OC_ACUITY_BASE_URL", proxy.api_root())
            .args(args)
            .output()
            .unwrap();
        assert!(
            allowed.contains(&code(&out).unwrap_or(-1)),
            "{args:?} ended {:?}: {}",
            out.status.code(),
            text(&out.stderr)
        );
        out
    };
    let json_id = |out: std::process::Output| -> String {
        let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        value["id"].as_u64().unwrap().to_string()
    };
    let events = ["--event-callback-url", "https://app.example.com/events"];
    let create = |name: &str, extra: &[&str]| {
        let mut args = vec!["--json", "instance", "create", "--code", "c"];
        args.extend_from_slice(&["--name", name]);
        args.extend_from_slice(extra);
        run(&args, &[0])
    };
    // The first is stored in the profile; the others are not.
    let id = json_id(create(
        "contract-a",
        &[&events[..], &["--tag", "t1"]].concat(),
    ));
    let again = [&events[..], &["--no-store", "--if-exists"]].concat();
    create(
        "contract-a",
        &[&again[..], &["reuse", "--tag", "t2"]].concat(),
    );
    create("contract-a", &[&again[..], &["reauth"]].concat());
    let other = json_id(create("contract-b", &["--no-events", "--no-store"]));
    let id = id.as_str();
    for args in [
        &["instance", "list"][..],
        &["instance", "list", "--tag", "t1"],
        &["instance", "list", "--name", "contract"],
        &["instance", "show", id],
        &[
            "instance",
            "update",
            id,
            "--name",
            "contract-c",
            "--tag",
            "t3",
        ],
        &["instance", "events", "disable", id],
        &[
            "instance",
            "events",
            "enable",
            id,
            "--event-callback-url",
            "https://app.example.com/e2",
        ],
        &["instance", "reauth", id, "--code", "c2"],
        &["instance", "token"],
        &["webhook", "url", id],
        &["webhook", "register", id],
        &["webhook", "list", id],
        &["webhook", "list", "--all"],
        &["webhook", "remove", id],
        &["webhook", "remove", "--stale"],
        &["events", "log", id],
        &["events", "log", id, "--limit", "5"],
        &["auth", "status"],
        &["instance", "delete", &other, "--yes"],
    ] {
        run(args, &[0]);
    }
    // The doctor's verdict depends on Acuity's side; what it sends is what counts here.
    run(&["doctor", id], &[0, 1]);

    let requests = proxy.requests();
    let violations: Vec<String> = requests
        .iter()
        .filter_map(|r| check(&r.method, &r.target).err())
        .collect();
    assert!(violations.is_empty(), "{violations:#?}");
    // The walk reached every kind of call the tool makes (a walk that sent nothing, or
    // only GETs, would pass the check above without testing it).
    let sent: std::collections::BTreeSet<String> = requests
        .iter()
        .map(|r| {
            let path = r.target.split('?').next().unwrap().trim_start_matches(ROOT);
            let path = path
                .split('/')
                .map(|s| {
                    if s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() {
                        "{id}"
                    } else {
                        s
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            format!("{} {path}", r.method)
        })
        .collect();
    for expected in [
        "GET /instances",
        "POST /instances",
        "GET /instances/{id}",
        "PUT /instances/{id}",
        "PATCH /instances/{id}",
        "DELETE /instances/{id}",
        "GET /instances/{id}/events",
    ] {
        assert!(sent.contains(expected), "{expected} never sent: {sent:#?}");
    }
    for parameter in ["searchText=", "hydrate=true", "tags%5B%5D=", "nextPage="] {
        assert!(
            requests.iter().any(|r| r.target.contains(parameter)),
            "no request carried {parameter}: {sent:#?}"
        );
    }
}
