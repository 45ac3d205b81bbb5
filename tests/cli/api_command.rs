//! `oc-acuity api`: any platform call with the profile's credentials, end to end. The
//! exact request on the wire (recording server), the JSON printed, pages followed, exit
//! codes, what is never sent again, and the secrets never printed; then the same against
//! the sandbox.

use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

use crate::support::bed::{Bed, ids};
use crate::support::env::TestEnv;
use crate::support::keyring::PrivateKeyring;
use crate::support::recording::{
    INSTANCES, RecordingServer, assert_platform_headers, instance_json, json_answer, path,
    platform_flags,
};
use crate::support::secrets::{ORG_SECRET, TOKEN, USER_SECRET, assert_no_secret};
use crate::support::{code, text};

/// `oc-acuity api ARGS` against `server`, secrets from files.
fn api(env: &TestEnv, server: &RecordingServer, args: &[&str]) -> std::process::Output {
    env.cmd()
        .args(platform_flags(env, server))
        .arg("api")
        .args(args)
        .output()
        .unwrap()
}

/// The one request `server` received (every request counts: `api` makes no lookup).
fn one_request(server: &RecordingServer) -> crate::support::recording::Recorded {
    let mut requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:#?}");
    requests.remove(0)
}

#[test]
fn a_get_sends_the_platform_header_and_prints_the_answer_as_pretty_json() {
    let env = TestEnv::new();
    let server = RecordingServer::start(200, "application/json", r#"{"id":12,"tags":["a"]}"#);
    let out = api(&env, &server, &["/instances/12?hydrate=true"]);
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "{\n  \"id\": 12,\n  \"tags\": [\n    \"a\"\n  ]\n}\n"
    );
    let request = one_request(&server);
    assert_eq!(request.method, "GET");
    assert_eq!(request.target, format!("{INSTANCES}/12?hydrate=true"));
    assert_platform_headers(&request);
    assert!(request.body.is_empty());
    assert_eq!(request.header("content-type"), None);
    // The same document with --json; an empty answer prints nothing for people.
    let out = env
        .cmd()
        .args(platform_flags(&env, &server))
        .args(["--json", "api", "instances/12"])
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        json!({"id": 12, "tags": ["a"]})
    );
    let empty = RecordingServer::start(200, "application/json", "");
    let out = api(&env, &empty, &["--method", "DELETE", "instances/12"]);
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(one_request(&empty).method, "DELETE");
}

#[test]
fn fields_make_a_typed_json_body_or_with_get_query_parameters() {
    let env = TestEnv::new();
    let server = RecordingServer::start(200, "application/json", "{}");
    let fields = [
        "--field",
        "name=acuity-2",
        "--field",
        "n=12",
        "--field",
        "on=true",
        "-f",
        "off=false",
        "-f",
        "none=null",
        "-f",
        "zip=0123",
        "-f",
        "text=a=b",
    ];
    let out = api(&env, &server, &[&["instances/7"][..], &fields].concat());
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    let request = one_request(&server);
    assert_eq!(
        (request.method.as_str(), request.target.as_str()),
        ("POST", format!("{INSTANCES}/7").as_str()),
        "a body makes it a POST"
    );
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        request.json(),
        json!({"name": "acuity-2", "n": 12, "on": true, "off": false, "none": null,
               "zip": "0123", "text": "a=b"})
    );

    let server = RecordingServer::start(200, "application/json", "[]");
    let out = api(
        &env,
        &server,
        &[
            "-X",
            "get",
            "instances",
            "-f",
            "tags[]=a b",
            "-f",
            "tags[]=c",
        ],
    );
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    let request = one_request(&server);
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.target,
        format!("{INSTANCES}?tags%5B%5D=a+b&tags%5B%5D=c")
    );
    assert!(request.body.is_empty());
}

#[test]
fn input_sends_the_file_or_stdin_as_it_is() {
    let env = TestEnv::new();
    let server = RecordingServer::start(200, "application/json", "{}");
    let body = "{\"configuration\": {\"event.notification.enabled\": \"true\"}}\n";
    let out = env
        .cmd()
        .args(platform_flags(&env, &server))
        .args(["api", "--method", "PATCH", "instances/7", "--input", "-"])
        .write_stdin(body)
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    let request = one_request(&server);
    assert_eq!(request.method, "PATCH");
    assert_eq!(request.body, body.as_bytes());
    assert_eq!(request.header("content-type"), Some("application/json"));

    let file = env.file("body.json", "[1, 2]");
    let out = api(
        &env,
        &server,
        &["instances/8", "--input", file.to_str().unwrap()],
    );
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    let last = server.requests().pop().unwrap();
    assert_eq!(
        (last.method.as_str(), last.body.as_slice()),
        ("POST", &b"[1, 2]"[..])
    );
}

#[test]
fn bad_input_is_exit_2_before_anything_is_sent() {
    let env = TestEnv::new();
    let server = RecordingServer::start(200, "application/json", "{}");
    let not_json = env.file("bad.json", "{\"a\": ");
    let not_json = not_json.to_str().unwrap();
    let rows: [(&[&str], &str); 10] = [
        (&["https://elsewhere.example/steal"], "absolute URL"),
        (&["//elsewhere.example/steal"], "absolute URL"),
        (&["instances/../../../steal"], "`..`"),
        (&[""], "PATH is empty"),
        (&["--method", "TRACE", "instances"], "--method"),
        (&["instances", "--field", "novalue"], "not KEY=VALUE"),
        (&["instances", "--input", not_json], "is not JSON"),
        (
            &["instances", "--input", "/nonexistent/body.json"],
            "cannot read",
        ),
        (
            &["--method", "POST", "instances", "--paginate"],
            "--paginate",
        ),
        (
            &["instances", "--input", not_json, "--field", "a=1"],
            "cannot be used with",
        ),
    ];
    for (args, needle) in rows {
        let out = api(&env, &server, args);
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    assert!(server.requests().is_empty(), "{:#?}", server.requests());
}

#[test]
fn platform_errors_are_exit_4_for_credentials_and_exit_1_otherwise() {
    let env = TestEnv::new();
    let error = |message: &str| json!({"requestId": "req-9", "message": message}).to_string();
    let rejected = RecordingServer::start(401, "application/json", &error("Invalid secret"));
    let out = api(&env, &rejected, &["instances"]);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(4), "{stderr}");
    assert!(stderr.contains("Invalid secret"), "{stderr}");
    assert!(stderr.contains("rejected the credentials"), "{stderr}");
    for status in [400, 404, 409, 500] {
        let server = RecordingServer::start(status, "application/json", &error("No such thing"));
        let out = api(&env, &server, &["instances/1"]);
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(1), "{status}: {stderr}");
        assert!(
            stderr.contains(&format!("answered {status}"))
                && stderr.contains("GET /elements/api-v2/instances/1: No such thing")
                && stderr.contains("[requestId req-9]"),
            "{status}: {stderr}"
        );
        assert_eq!(text(&out.stdout), "");
    }
}

#[test]
fn only_a_get_is_sent_again_after_a_503() {
    let env = TestEnv::new();
    for (method, sends) in [
        ("GET", 3),
        ("POST", 1),
        ("PUT", 1),
        ("PATCH", 1),
        ("DELETE", 1),
    ] {
        let server = RecordingServer::start(503, "application/json", r#"{"message":"busy"}"#);
        let out = api(
            &env,
            &server,
            &["--retries", "2", "--method", method, "instances/1"],
        );
        assert_eq!(code(&out), Some(1), "{method}: {}", text(&out.stderr));
        assert_eq!(server.requests().len(), sends, "{method}");
    }
}

#[test]
fn paginate_follows_the_page_token_and_prints_one_array() {
    let env = TestEnv::new();
    let server = RecordingServer::with_headers(|request| {
        let cursor = request.target.split("nextPage=").nth(1).unwrap_or("");
        let (items, next) = match cursor {
            "" => (
                json!([instance_json(1, "a"), instance_json(2, "b")]),
                Some("p2"),
            ),
            "p2" => (json!([instance_json(3, "c")]), Some("p3")),
            "p3" => (json!([instance_json(4, "d")]), None),
            other => panic!("unexpected cursor {other}"),
        };
        let mut headers = vec![("Content-Type".to_owned(), "application/json".to_owned())];
        headers.extend(next.map(|t| ("elements-next-page-token".to_owned(), t.to_owned())));
        (200, headers, items.to_string())
    });
    let out = api(&env, &server, &["instances?pageSize=2", "--paginate"]);
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    let all: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(ids(&all), [1, 2, 3, 4]);
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            format!("{INSTANCES}?pageSize=2"),
            format!("{INSTANCES}?pageSize=2&nextPage=p2"),
            format!("{INSTANCES}?pageSize=2&nextPage=p3"),
        ]
    );
}

#[test]
fn a_page_token_sent_twice_stops_paginate_with_exit_1() {
    let env = TestEnv::new();
    let sent = AtomicUsize::new(0);
    let server = RecordingServer::with_headers(move |_| {
        let n = sent.fetch_add(1, Ordering::Relaxed);
        (
            200,
            vec![
                ("Content-Type".to_owned(), "application/json".to_owned()),
                ("elements-next-page-token".to_owned(), "same".to_owned()),
            ],
            json!([instance_json(n as u64 + 1, "x")]).to_string(),
        )
    });
    let out = api(&env, &server, &["instances", "--paginate"]);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert!(stderr.contains("a second time"), "{stderr}");
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn instance_adds_its_token_and_no_secret_is_printed() {
    let env = TestEnv::new();
    // The platform's record of instance 12345 holds its token; the call made as the
    // instance is answered with text that repeats every credential it carried.
    let server = RecordingServer::with(|request| match path(request) {
        p if p.ends_with("/instances/12345") => {
            json_answer(200, instance_json(12345, "x").to_string())
        }
        _ => json_answer(
            200,
            json!({"echo": request.header("authorization"), "nested": [TOKEN]}).to_string(),
        ),
    });
    let out = api(
        &env,
        &server,
        &[
            "-vv",
            "--method",
            "DELETE",
            "instances/enabled",
            "--instance",
            "12345",
        ],
    );
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    let requests = server.requests();
    assert_eq!(
        requests
            .iter()
            .map(|r| format!("{} {}", r.method, r.target))
            .collect::<Vec<_>>(),
        [
            format!("GET {INSTANCES}/12345"),
            format!("DELETE {INSTANCES}/enabled")
        ]
    );
    assert_eq!(
        requests[1].header("authorization"),
        Some(format!("User {USER_SECRET}, Organization {ORG_SECRET}, Element {TOKEN}").as_str())
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        shown,
        json!({"echo": "User [redacted], Organization [redacted], Element [redacted]",
               "nested": ["[redacted]"]})
    );
    let all = format!("{}{stderr}", text(&out.stdout));
    assert_no_secret(&all, &[USER_SECRET, ORG_SECRET, TOKEN]);

    // An error answer that echoes them is redacted too.
    let echo = RecordingServer::with(|request| {
        json_answer(
            403,
            json!({"message": format!("bad header {}", request.header("authorization").unwrap())})
                .to_string(),
        )
    });
    let out = api(&env, &echo, &["instances"]);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(4), "{stderr}");
    assert!(
        stderr.contains("bad header User [redacted], Organization [redacted]"),
        "{stderr}"
    );
    assert_no_secret(&stderr, &[USER_SECRET, ORG_SECRET]);
}

#[test]
fn instance_without_an_id_calls_as_the_stored_instance() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    keyring.store("oc-acuity", "default/instance-id", "12345");
    keyring.store("oc-acuity", "default/instance-token", TOKEN);
    let server = RecordingServer::start(200, "application/json", "{}");
    let out = api(
        &env,
        &server,
        &["--method", "PUT", "instances/enabled", "--instance"],
    );
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    // The stored token is used as it is: no read of the instance first.
    let request = one_request(&server);
    assert_eq!(
        (request.method.as_str(), request.target.as_str()),
        ("PUT", format!("{INSTANCES}/enabled").as_str())
    );
    assert_eq!(
        request.header("authorization"),
        Some(format!("User {USER_SECRET}, Organization {ORG_SECRET}, Element {TOKEN}").as_str())
    );
    assert_no_secret(
        &format!("{}{}", text(&out.stdout), text(&out.stderr)),
        &[TOKEN],
    );

    // A rejection of a call made as the instance names the token among what was sent.
    let rejecting = RecordingServer::start(401, "application/json", r#"{"message":"Invalid"}"#);
    let out = api(&env, &rejecting, &["instances/enabled", "--instance"]);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(4), "{stderr}");
    assert!(
        stderr.contains("also carried an instance token (--instance)")
            && stderr.contains("instance reauth"),
        "{stderr}"
    );
    assert_no_secret(&stderr, &[TOKEN, USER_SECRET, ORG_SECRET]);
}

#[test]
fn against_the_sandbox_reads_follow_pages_and_writes_change_the_instance() {
    let bed = Bed::new();
    let created = [(); 3].map(|()| bed.create(&["--no-events"]));
    let one = bed.json(&["api", &format!("instances/{}", created[0])]);
    assert_eq!(one["id"], json!(created[0]));
    // As the instance (`User ..., Organization ..., Element <token>`), as the platform takes.
    let id = created[0].to_string();
    let as_instance = bed.json(&["api", &format!("instances/{id}"), "--instance", &id]);
    assert_eq!(as_instance["id"], json!(created[0]));
    let all = bed.json(&["api", "instances?pageSize=1", "--paginate"]);
    assert_eq!(ids(&all), created);
    let renamed = bed.json(&[
        "api",
        "--method",
        "PATCH",
        &format!("instances/{}", created[1]),
        "--field",
        "name=renamed",
    ]);
    assert_eq!(renamed["name"], "renamed");
    let shown = bed.json(&["instance", "show", &created[1].to_string()]);
    assert_eq!(shown["name"], "renamed");
    let missing = bed.run(&["api", "instances/999999"]);
    assert_eq!(code(&missing), Some(1), "{}", text(&missing.stderr));
    assert!(
        text(&missing.stderr).contains("404"),
        "{}",
        text(&missing.stderr)
    );
}
