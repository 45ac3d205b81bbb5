//! Issue 9, "never lose an instance, never make two, never leak": every fault and bad input
//! of the issue, tried against the sandbox's fault injection (`OC_ACUITY_SANDBOX_FAULTS`,
//! `POST /sandbox/faults`) or a recording server, with the instances left in the sandbox
//! counted after each fault. RELIABILITY.md maps each bullet of the issue to these tests.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, ChildStderr, Command as StdCommand, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant, SystemTime};

use rexpect::session::PtySession;
use serde_json::{Value, json};

use crate::support::args::create_args;
use crate::support::consent::{click_at_consent_page, consent_url_in};
use crate::support::env::TestEnv;
use crate::support::http::{free_port, http_get, http_request};
use crate::support::keyring::PrivateKeyring;
use crate::support::pty::{self, pty_command, pty_pid};
use crate::support::recording::{Recorded, RecordingServer, created_instance_json};
use crate::support::sandbox_process::SandboxProcess;
use crate::support::secrets::{
    CLIENT_SECRET, CODE, ORG_SECRET, TOKEN, USER_SECRET, assert_no_secret,
};
use crate::support::signal::{send_signal, wait_until_catching_sigint};
use crate::support::wait::{EVENT_TIMEOUT, wait_until};
use crate::support::{require_program, text};

// ---------------------------------------------------------------------------------------
// Harness of this module

/// The platform paths as the recording server sees them.
const INSTANCES: &str = "/elements/api-v2/instances";
const LIST: &str = "/elements/api-v2/elements/acuityscheduling/instances";

/// What the binary says when a signal arrives while an instance is being created.
const HELD: &str = "finishing so that its token is not lost";

/// `--sandbox --json instance create --name NAME --code c` with `extra` flags, the sandbox
/// injecting `faults`.
fn sandbox_create(env: &TestEnv, name: &str, faults: &Value, extra: &[&str]) -> Output {
    env.cmd()
        .args([
            "--sandbox",
            "--json",
            "instance",
            "create",
            "--name",
            name,
            "--code",
            "c",
        ])
        .args(extra)
        .env("OC_ACUITY_SANDBOX_FAULTS", faults.to_string())
        .output()
        .unwrap()
}

/// The instances in the sandbox's state file (what exists on the emulated platform).
fn sandbox_instances(env: &TestEnv) -> Vec<Value> {
    match std::fs::read_to_string(env.path("data").join("oc-acuity/sandbox.json")) {
        Ok(state) => serde_json::from_str::<Value>(&state).unwrap()["instances"]
            .as_array()
            .unwrap()
            .clone(),
        Err(_) => Vec::new(),
    }
}

/// stdout as the one JSON document it must be.
fn json_of(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}): {}\nstderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

/// Exit code and stderr, for assertion messages.
fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

/// The target's path, without the query.
fn path(request: &Recorded) -> &str {
    request.target.split('?').next().unwrap()
}

fn json_answer(status: u16, body: impl Into<String>) -> (u16, String, String) {
    (status, "application/json".into(), body.into())
}

/// The platform's JSON of one Acuity instance named `name`.
fn instance_json(id: u64, name: &str) -> Value {
    let mut instance: Value = serde_json::from_str(&created_instance_json()).unwrap();
    instance["id"] = json!(id);
    instance["name"] = json!(name);
    instance
}

/// Reads `stderr` line by line until a line contains `marker`; returns all it read.
fn read_until(stderr: &mut impl BufRead, marker: &str) -> String {
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        let read = stderr.read_line(&mut line).unwrap();
        seen.push_str(&line);
        assert!(read > 0, "the output ended before {marker:?}: {seen}");
        if line.contains(marker) {
            return seen;
        }
    }
}

// ---------------------------------------------------------------------------------------
// Bullet 1 / build step 1: no redirect is followed

#[test]
fn a_307_from_the_api_root_is_not_followed() {
    let env = TestEnv::new();
    let elsewhere = RecordingServer::platform();
    let target = format!("http://localhost:{}{INSTANCES}", elsewhere.port);
    // On the create, and on the lookup before it.
    for fault in [
        json!({"method": "POST", "path": "/instances", "redirect": target}),
        json!({"method": "GET", "path": "/instances", "redirect": target}),
    ] {
        let out = sandbox_create(&env, "redirected", &json!([fault]), &["--no-events"]);
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(1), "{stderr}");
        assert!(stderr.contains("307"), "{stderr}");
        assert!(
            stderr.contains("a redirect to localhost") && stderr.contains("follows no redirect"),
            "{stderr}"
        );
        assert!(out.stdout.is_empty(), "nothing reported as created");
    }
    assert_eq!(
        elsewhere.requests().len(),
        0,
        "nothing was re-sent to the other host"
    );
    assert_eq!(sandbox_instances(&env).len(), 0);
}

#[test]
fn a_302_or_any_other_redirect_of_the_create_is_not_followed() {
    let env = TestEnv::new();
    let elsewhere = RecordingServer::platform();
    let location = format!("http://localhost:{}{INSTANCES}", elsewhere.port);
    for status in [301, 302, 303, 307, 308] {
        let location = location.clone();
        let api = RecordingServer::with_headers(move |request| {
            if request.method == "GET" {
                return (
                    200,
                    vec![("Content-Type".into(), "application/json".into())],
                    "[]".into(),
                );
            }
            (
                status,
                vec![("Location".into(), location.clone())],
                String::new(),
            )
        });
        let mut args = create_args(&env, &api);
        args.extend(["--no-events".to_owned(), "--json".to_owned()]);
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(1), "{status}: {stderr}");
        assert!(
            stderr.contains(&format!("answered {status}"))
                && stderr.contains("a redirect to localhost")
                && stderr.contains("follows no redirect"),
            "{status}: {stderr}"
        );
        assert!(
            out.stdout.is_empty(),
            "{status}: nothing reported as created"
        );
        let sent: Vec<(String, String)> = api
            .requests()
            .iter()
            .map(|r| (r.method.clone(), path(r).to_owned()))
            .collect();
        assert_eq!(
            sent,
            [
                ("GET".into(), LIST.into()),
                ("POST".into(), INSTANCES.into())
            ],
            "{status}: one lookup and one POST; no GET after the redirect"
        );
        assert_no_secret(
            &(stderr + &text(&out.stdout)),
            &[USER_SECRET, ORG_SECRET, CLIENT_SECRET, CODE],
        );
    }
    assert_eq!(
        elsewhere.requests().len(),
        0,
        "no secret, code or body went to the other host"
    );
}

// ---------------------------------------------------------------------------------------
// Bullet 2 / build step 3: a create whose answer is lost is recovered by its name

/// A `--sandbox` create with `fault` on its POST: recovered, exactly one instance, whose
/// token reached the user.
fn assert_recovered(fault: Value, extra: &[&str]) {
    let env = TestEnv::new();
    let mut args = vec!["--no-events"];
    args.extend_from_slice(extra);
    let out = sandbox_create(&env, "lost-answer", &json!([fault]), &args);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(
        stderr.contains("looking for an instance named \"lost-answer\""),
        "{stderr}"
    );
    assert!(stderr.contains("found it: instance"), "{stderr}");
    let printed = json_of(&out);
    assert_eq!(printed["action"], "recovered", "{printed}");
    let instances = sandbox_instances(&env);
    assert_eq!(instances.len(), 1, "exactly one instance: {instances:#?}");
    assert_eq!(printed["id"], instances[0]["id"]);
    assert_eq!(printed["name"], "lost-answer");
    assert_eq!(
        printed["token"], instances[0]["token"],
        "the token reached the user"
    );
}

#[test]
fn a_create_whose_connection_drops_after_creating_is_recovered() {
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "drop": true, "after": true}),
        &[],
    );
}

#[test]
fn a_create_answered_too_late_is_recovered() {
    // Created at once, answered after 3 s; the client gives up after 1 s.
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "delay_ms": 3000, "after": true}),
        &["--request-timeout", "1"],
    );
}

#[test]
fn a_create_answered_500_after_creating_is_recovered() {
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "status": 500, "after": true}),
        &[],
    );
}

#[test]
fn a_create_answered_502_after_creating_is_recovered() {
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "status": 502, "after": true}),
        &[],
    );
}

#[test]
fn a_create_whose_answer_is_truncated_is_recovered() {
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "truncate": true}),
        &[],
    );
}

#[test]
fn a_create_answered_200_with_a_non_json_body_is_recovered() {
    let env = TestEnv::new();
    let created = Arc::new(AtomicBool::new(false));
    let made = created.clone();
    let server =
        RecordingServer::with(
            move |request| match (request.method.as_str(), path(request)) {
                ("POST", INSTANCES) => {
                    made.store(true, Ordering::SeqCst);
                    (
                        200,
                        "text/html".into(),
                        "<html><body>Welcome</body></html>".into(),
                    )
                }
                ("GET", LIST) if made.load(Ordering::SeqCst) => json_answer(
                    200,
                    json!([instance_json(12345, "acuity-prod")]).to_string(),
                ),
                ("GET", LIST) => json_answer(200, "[]"),
                ("GET", "/elements/api-v2/instances/12345") => {
                    json_answer(200, created_instance_json())
                }
                _ => json_answer(404, r#"{"message":"no such endpoint"}"#),
            },
        );
    let mut args = create_args(&env, &server);
    args.extend(["--no-events".to_owned(), "--json".to_owned()]);
    let out = env.cmd().args(&args).output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(stderr.contains("could not be read"), "{stderr}");
    let printed = json_of(&out);
    assert_eq!(printed["action"], "recovered");
    assert_eq!(printed["id"], 12345);
    assert_eq!(printed["token"], TOKEN);
    let posts = server
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .count();
    assert_eq!(posts, 1, "the create was sent once");
    assert!(created.load(Ordering::SeqCst));
}

#[test]
fn a_create_refused_with_502_before_creating_says_none_was_made() {
    let env = TestEnv::new();
    let out = sandbox_create(
        &env,
        "never-made",
        &json!([{"method": "POST", "path": "/instances", "status": 502}]),
        &["--no-events"],
    );
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert!(
        stderr.contains("no instance named \"never-made\" exists, so none was created"),
        "{stderr}"
    );
    assert!(stderr.contains("grant code"), "{stderr}");
    assert!(out.stdout.is_empty());
    // Had the POST been retried, the fault (once) would have let the second one create.
    assert_eq!(sandbox_instances(&env).len(), 0, "nothing was made");
}

#[test]
fn a_lost_answer_whose_lookup_fails_too_exits_3_with_the_command_that_checks() {
    let env = TestEnv::new();
    let faults = json!([
        {"method": "POST", "path": "/instances", "status": 502, "after": true},
        // The lookup before the create passes; the one after it fails.
        {"method": "GET", "path": "/instances", "skip": 1, "status": 500},
    ]);
    let out = sandbox_create(&env, "unknown-outcome", &faults, &["--no-events"]);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(3), "{stderr}");
    assert!(stderr.contains("was created is unknown"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(
        sandbox_instances(&env).len(),
        1,
        "the platform made it; the run could not tell"
    );

    // The command the message gives finds it.
    let check = stderr
        .split("Check with `")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .unwrap_or_else(|| panic!("no command in {stderr}"));
    let words: Vec<String> = check
        .split_whitespace()
        .map(|w| w.trim_matches('"').to_owned())
        .collect();
    assert_eq!(words[0], "oc-acuity", "{check}");
    let listed = env.cmd().args(&words[1..]).output().unwrap();
    assert_eq!(code(&listed), Some(0), "{check}: {}", text(&listed.stderr));
    assert!(
        text(&listed.stdout).contains("unknown-outcome"),
        "{check} shows the instance: {}",
        text(&listed.stdout)
    );

    // And the rerun the message suggests adopts it rather than making a second one.
    let again = sandbox_create(
        &env,
        "unknown-outcome",
        &json!([]),
        &["--no-events", "--if-exists", "reuse"],
    );
    assert_eq!(code(&again), Some(0), "{}", text(&again.stderr));
    assert_eq!(json_of(&again)["action"], "reused");
    assert_eq!(sandbox_instances(&env).len(), 1);
}

#[test]
fn the_readme_lists_exit_3() {
    let readme = std::fs::read_to_string(crate::support::manifest_dir().join("README.md")).unwrap();
    assert!(
        readme.contains(
            "| 3 | outcome unknown: a create was sent and no answer could be read, nor the \
             instance found afterwards (the message gives the command that checks) |"
        ),
        "the README's exit code table has exit 3 in the contract's words"
    );
}

// ---------------------------------------------------------------------------------------
// Build step 2: --if-exists, so that CI can run the same command twice

#[test]
fn the_same_ci_command_run_twice_with_reuse_gives_one_instance() {
    let env = TestEnv::new();
    let run = || {
        sandbox_create(
            &env,
            "ci-job",
            &json!([]),
            &["--no-events", "--no-input", "--if-exists", "reuse"],
        )
    };
    let first = run();
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let second = run();
    assert_eq!(code(&second), Some(0), "{}", text(&second.stderr));
    let (first, second) = (json_of(&first), json_of(&second));
    assert_eq!(first["action"], "created");
    assert_eq!(second["action"], "reused");
    assert_eq!(first["id"], second["id"], "the same instance");
    let instances = sandbox_instances(&env);
    assert_eq!(instances.len(), 1);
    assert_eq!(second["token"], instances[0]["token"]);
}

#[test]
fn if_exists_fail_is_the_default_and_creates_nothing() {
    let env = TestEnv::new();
    let first = sandbox_create(&env, "taken", &json!([]), &["--no-events"]);
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let id = json_of(&first)["id"].as_u64().unwrap();
    for extra in [&[][..], &["--if-exists", "fail"][..]] {
        let mut args = vec!["--no-events"];
        args.extend_from_slice(extra);
        let out = sandbox_create(&env, "taken", &json!([]), &args);
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(1), "{stderr}");
        assert!(
            stderr.contains(&format!("already exists (id {id}); nothing was created")),
            "{stderr}"
        );
        assert!(
            stderr.contains("--if-exists reuse"),
            "the choices: {stderr}"
        );
        assert!(out.stdout.is_empty());
    }
    assert_eq!(sandbox_instances(&env).len(), 1);
}

#[test]
fn if_exists_fail_sends_no_create() {
    let env = TestEnv::new();
    let server = RecordingServer::with(|request| match request.method.as_str() {
        "GET" => json_answer(200, json!([instance_json(777, "acuity-prod")]).to_string()),
        _ => json_answer(200, created_instance_json()),
    });
    let mut args = create_args(&env, &server);
    args.extend([
        "--no-events".to_owned(),
        "--if-exists".to_owned(),
        "fail".to_owned(),
    ]);
    let out = env.cmd().args(&args).output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert!(stderr.contains("already exists (id 777)"), "{stderr}");
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "only the lookup: {requests:#?}");
    assert_eq!(
        (requests[0].method.as_str(), path(&requests[0])),
        ("GET", LIST)
    );
}

#[test]
fn if_exists_reauth_keeps_the_id_and_gets_a_new_token() {
    let env = TestEnv::new();
    let first = sandbox_create(
        &env,
        "reauthed",
        &json!([]),
        &["--no-events", "--show-token"],
    );
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let first = json_of(&first);
    let again = env
        .cmd()
        .args([
            "--sandbox",
            "--json",
            "instance",
            "create",
            "--name",
            "reauthed",
            "--code",
            "second-code",
            "--no-events",
            "--show-token",
            "--if-exists",
            "reauth",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&again), Some(0), "{}", text(&again.stderr));
    let again = json_of(&again);
    assert_eq!(again["action"], "reauthorized");
    assert_eq!(again["id"], first["id"], "the same id (and Webhook URL)");
    // Each --sandbox run serves on a port of its own: the URL's path is what stays.
    let webhook_path = |printed: &Value| {
        let url = printed["webhookUrl"].as_str().unwrap().to_owned();
        url[url.find("/events/").unwrap()..].to_owned()
    };
    assert_eq!(webhook_path(&again), webhook_path(&first));
    assert_ne!(again["token"], first["token"], "a new token");
    let instances = sandbox_instances(&env);
    assert_eq!(instances.len(), 1);
    assert_eq!(again["token"], instances[0]["token"]);
}

#[test]
fn if_exists_reuse_brings_events_and_tags_to_what_was_asked() {
    let env = TestEnv::new();
    let first = sandbox_create(
        &env,
        "adopted",
        &json!([]),
        &["--no-events", "--tag", "old"],
    );
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let out = sandbox_create(
        &env,
        "adopted",
        &json!([]),
        &[
            "--if-exists",
            "reuse",
            "--tag",
            "new",
            "--event-callback-url",
            "https://example.com/acuity-events",
        ],
    );
    assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
    let printed = json_of(&out);
    assert_eq!(printed["action"], "reused");
    assert_eq!(printed["eventsEnabled"], true);
    let instances = sandbox_instances(&env);
    assert_eq!(instances.len(), 1);
    assert_eq!(instances[0]["tags"], json!(["new"]));
    assert_eq!(
        instances[0]["configuration"]["event.notification.callback.url"],
        "https://example.com/acuity-events"
    );
    assert_eq!(
        instances[0]["configuration"]["event.notification.enabled"],
        true
    );
}

#[test]
fn several_instances_of_the_name_are_refused_and_listed() {
    let env = TestEnv::new();
    let one = json_of(&sandbox_create(&env, "twin", &json!([]), &["--no-events"]));
    let other = json_of(&sandbox_create(&env, "other", &json!([]), &["--no-events"]));
    let other_id = other["id"].to_string();
    let renamed = env
        .cmd()
        .args([
            "--sandbox",
            "instance",
            "update",
            &other_id,
            "--name",
            "twin",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&renamed), Some(0), "{}", text(&renamed.stderr));
    for choice in ["reuse", "reauth", "fail"] {
        let out = sandbox_create(
            &env,
            "twin",
            &json!([]),
            &["--no-events", "--if-exists", choice],
        );
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(1), "{choice}: {stderr}");
        assert!(
            stderr.contains(&format!(
                "2 instances are named \"twin\" (ids {}, {other_id})",
                one["id"]
            )),
            "{choice}: {stderr}"
        );
    }
    assert_eq!(sandbox_instances(&env).len(), 2, "none made, none changed");
}

#[test]
fn auth_takes_if_exists_reuse_without_a_browser() {
    let env = TestEnv::new();
    let first = sandbox_create(&env, "from-ci", &json!([]), &["--no-events"]);
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let callback = format!("http://127.0.0.1:{}/cb", free_port());
    let out = env
        .cmd()
        .args([
            "--sandbox",
            "--no-input",
            "--json",
            "auth",
            "--name",
            "from-ci",
            "--no-events",
            "--no-browser",
            "--callback-url",
            &callback,
            "--if-exists",
            "reuse",
        ])
        .timeout(EVENT_TIMEOUT)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(
        !stderr.contains("Waiting for Acuity"),
        "no browser: {stderr}"
    );
    let printed = json_of(&out);
    assert_eq!(printed["action"], "reused");
    assert_eq!(printed["id"], json_of(&first)["id"]);
    assert_eq!(sandbox_instances(&env).len(), 1);
}

// ---------------------------------------------------------------------------------------
// Bullet 3 / build step 4: SIGTERM and SIGHUP wait while a create is in flight

/// A platform that answers the lookup with no instance and holds its answer to the POST
/// until the returned sender is used (or dropped).
fn platform_holding_the_create() -> (RecordingServer, mpsc::Sender<()>) {
    let (release, released) = mpsc::channel::<()>();
    let released = Mutex::new(released);
    let server = RecordingServer::with(move |request| {
        if request.method == "GET" {
            return json_answer(200, "[]");
        }
        // Bounded, so a run that never shows the warning fails instead of hanging.
        let _ = released.lock().unwrap().recv_timeout(EVENT_TIMEOUT);
        json_answer(200, created_instance_json())
    });
    (server, release)
}

fn spawn_piped(command: &mut StdCommand) -> Child {
    command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn signal_while_creating(signal: i32) {
    let env = TestEnv::new();
    let (server, release) = platform_holding_the_create();
    let mut args = create_args(&env, &server);
    args.extend(["--no-events".to_owned(), "--json".to_owned()]);
    let mut child = spawn_piped(env.process().args(&args));

    let post = &server.wait_for_requests(2, EVENT_TIMEOUT)[1];
    assert_eq!((post.method.as_str(), path(post)), ("POST", INSTANCES));
    send_signal(child.id(), signal);
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = read_until(&mut stderr, HELD);
    release.send(()).unwrap();

    let out = child.wait_with_output().unwrap();
    stderr.read_to_string(&mut seen).unwrap();
    assert_eq!(out.status.code(), Some(0), "{seen}");
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed["token"], TOKEN, "the token reached the user");
    assert_eq!(printed["id"], 12345);
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn sigterm_while_creating_waits_for_the_token() {
    signal_while_creating(libc::SIGTERM);
}

#[test]
fn sighup_while_creating_waits_for_the_token() {
    signal_while_creating(libc::SIGHUP);
}

#[test]
fn sigterm_and_sighup_before_the_create_end_the_run_with_143_and_129() {
    for (signal, expected) in [(libc::SIGTERM, 143), (libc::SIGHUP, 129)] {
        let env = TestEnv::new();
        // The lookup before the create is held: nothing is in flight that makes anything.
        let (release, released) = mpsc::channel::<()>();
        let released = Mutex::new(released);
        let server = RecordingServer::with(move |_| {
            let _ = released.lock().unwrap().recv_timeout(EVENT_TIMEOUT);
            json_answer(200, "[]")
        });
        let mut args = create_args(&env, &server);
        args.push("--no-events".to_owned());
        let child = spawn_piped(env.process().args(&args));
        server.wait_for_requests(1, EVENT_TIMEOUT);
        send_signal(child.id(), signal);
        let out = child.wait_with_output().unwrap();
        drop(release);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(expected), "{stderr}");
        assert!(stderr.contains("interrupted"), "{stderr}");
        assert!(!stderr.contains(HELD), "{stderr}");
        let requests = server.requests();
        assert_eq!(requests.len(), 1, "only the lookup: {requests:#?}");
        assert_eq!(requests[0].method, "GET", "no create was sent");
    }
}

#[test]
fn sigterm_while_waiting_for_the_browser_exits_143() {
    let env = TestEnv::new();
    let port = free_port();
    let (child, _, mut stderr) = start_loopback_login(&env, port, &[], |_| {});
    send_signal(child.id(), libc::SIGTERM);
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(143), "{rest}");
    assert!(rest.contains("interrupted"), "{rest}");
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "the listener is closed"
    );
    assert_eq!(sandbox_instances(&env).len(), 0);
}

// ---------------------------------------------------------------------------------------
// Bullet 4 / build step 4: a failure after the instance is in hand keeps exit 0 or 5

/// `auth` without prompts, with a loopback redirect on `port`, against `--sandbox` unless
/// `extra` gives a `--base-url` (a running sandbox as a real target, whose settings are
/// saved); `prepare` adjusts the command first. Returns the child, the consent URL and its
/// stderr (read up to the wait for the browser).
fn start_loopback_login(
    env: &TestEnv,
    port: u16,
    extra: &[&str],
    prepare: impl FnOnce(&mut StdCommand),
) -> (Child, String, BufReader<ChildStderr>) {
    let mut command = env.process();
    prepare(&mut command);
    command
        .args([
            "--no-input",
            "auth",
            "--no-browser",
            "--no-events",
            "--timeout",
            "60",
            "--name",
            "login",
        ])
        .arg("--callback-url")
        .arg(format!("http://127.0.0.1:{port}/cb"))
        .args(extra);
    if !extra.contains(&"--base-url") {
        command.arg("--sandbox");
    }
    let mut child = spawn_piped(&mut command);
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let seen = read_until(&mut stderr, "Waiting for Acuity");
    let url = consent_url_in(&seen).unwrap_or_else(|| panic!("no consent URL in {seen}"));
    (child, url, stderr)
}

/// Finishes a login: Allow at the consent page, the redirect back to the listener.
fn allow(consent_url: &str) {
    let back = click_at_consent_page(consent_url, true);
    let (status, _, page) = http_get(&back);
    assert_eq!(status, 200, "{page}");
}

fn auth_with_an_unwritable_config(env: &TestEnv, server: &SandboxProcess) -> Output {
    let secret = env.file("secret", "s\n");
    let secret = secret.to_str().unwrap();
    let port = free_port();
    let (child, url, mut stderr) = start_loopback_login(
        env,
        port,
        &[
            "--base-url",
            &server.api_root,
            "--user-secret-file",
            secret,
            "--org-secret-file",
            secret,
            "--client-id",
            "cid",
            "--client-secret-file",
            secret,
            "--json",
        ],
        // Not even root can make a folder in /proc.
        |command| {
            command.env("OC_ACUITY_CONFIG_DIR", "/proc/self/oc-acuity");
        },
    );
    allow(&url);
    let mut out = child.wait_with_output().unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    out.stderr = rest.into_bytes();
    out
}

#[test]
fn auth_whose_config_cannot_be_saved_keeps_exit_5_and_warns() {
    let env = TestEnv::new(); // no keyring: the token cannot be stored (exit 5)
    let server = SandboxProcess::start(&env);
    let out = auth_with_an_unwritable_config(&env, &server);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(5), "{stderr}");
    assert!(
        stderr.contains("warning: the profile's settings could not be saved"),
        "{stderr}"
    );
    let printed = json_of(&out);
    let instances = sandbox_instances(&env);
    assert_eq!(instances.len(), 1);
    assert_eq!(printed["id"], instances[0]["id"]);
    assert_eq!(
        printed["token"], instances[0]["token"],
        "the token is on stdout"
    );
    assert_eq!(printed["stored"], "none");
}

#[test]
fn auth_whose_config_cannot_be_saved_keeps_exit_0_and_warns() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let server = SandboxProcess::start(&env);
    let out = auth_with_an_unwritable_config(&env, &server);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(
        stderr.contains("warning: the profile's settings could not be saved"),
        "{stderr}"
    );
    let instances = sandbox_instances(&env);
    assert_eq!(instances.len(), 1);
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/instance-token")
            .as_ref(),
        instances[0]["token"].as_str().map(str::to_owned).as_ref(),
        "the token is stored"
    );
}

// ---------------------------------------------------------------------------------------
// Bullet 5 / build step 5: one profile, one writer

/// Starts `runs` creates at once in `env`, one per argument list; returns their outputs.
fn in_parallel(env: &TestEnv, runs: Vec<Vec<String>>) -> Vec<Output> {
    let children: Vec<Child> = runs
        .iter()
        .map(|args| spawn_piped(env.process().args(args)))
        .collect();
    children
        .into_iter()
        .map(|child| child.wait_with_output().unwrap())
        .collect()
}

fn parallel_create(name: &str, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "--sandbox",
        "--json",
        "instance",
        "create",
        "--code",
        "c",
        "--no-events",
        "--name",
        name,
    ]
    .map(str::to_owned)
    .to_vec();
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

#[test]
fn twenty_parallel_creates_on_one_profile_store_one_and_refuse_the_rest() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let runs = (0..20)
        .map(|i| parallel_create(&format!("parallel-{i}"), &[]))
        .collect();
    let outs = in_parallel(&env, runs);
    let (won, lost): (Vec<&Output>, Vec<&Output>) = outs.iter().partition(|o| code(o) == Some(0));
    assert_eq!(
        won.len(),
        1,
        "exactly one run stores: {:?}",
        outs.iter().map(code).collect::<Vec<_>>()
    );
    for out in &lost {
        let stderr = text(&out.stderr);
        assert_eq!(code(out), Some(2), "{stderr}");
        assert!(stderr.contains("holds instance"), "{stderr}");
        assert!(stderr.contains("--replace"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    let printed = json_of(won[0]);
    assert_eq!(printed["stored"], "keyring");
    let instances = sandbox_instances(&env);
    assert_eq!(
        instances.len(),
        1,
        "the refused runs made nothing: {instances:#?}"
    );
    assert_eq!(printed["id"], instances[0]["id"]);
    assert_eq!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-token")
            .as_deref(),
        instances[0]["token"].as_str(),
        "the keyring holds that instance's token"
    );
    assert_eq!(
        keyring.lookup("oc-acuity-sandbox", "default/instance-id"),
        Some(instances[0]["id"].to_string())
    );
}

#[test]
fn twenty_parallel_creates_of_one_name_with_reuse_make_one_instance() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let runs = (0..20)
        .map(|_| parallel_create("shared", &["--if-exists", "reuse"]))
        .collect();
    let outs = in_parallel(&env, runs);
    for out in &outs {
        assert_eq!(code(out), Some(0), "{}", text(&out.stderr));
    }
    let printed: Vec<Value> = outs.iter().map(json_of).collect();
    let instances = sandbox_instances(&env);
    assert_eq!(instances.len(), 1, "{instances:#?}");
    assert!(
        printed.iter().all(|p| p["id"] == instances[0]["id"]),
        "one id: {printed:#?}"
    );
    let created = printed.iter().filter(|p| p["action"] == "created").count();
    let reused = printed.iter().filter(|p| p["action"] == "reused").count();
    assert_eq!((created, reused), (1, 19));
    assert_eq!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-token")
            .as_deref(),
        instances[0]["token"].as_str()
    );
}

#[test]
fn replacing_a_stored_instance_needs_replace_and_prints_the_token_it_replaces() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let first = sandbox_create(&env, "first", &json!([]), &["--no-events"]);
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let first_id = json_of(&first)["id"].to_string();
    let first_token = sandbox_instances(&env)[0]["token"]
        .as_str()
        .unwrap()
        .to_owned();

    let refused = sandbox_create(&env, "second", &json!([]), &["--no-events"]);
    let stderr = text(&refused.stderr);
    assert_eq!(code(&refused), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("holds instance {first_id}")),
        "{stderr}"
    );
    assert_eq!(sandbox_instances(&env).len(), 1, "nothing was created");

    let replaced = sandbox_create(&env, "second", &json!([]), &["--no-events", "--replace"]);
    assert_eq!(code(&replaced), Some(0), "{}", text(&replaced.stderr));
    let printed = json_of(&replaced);
    assert_eq!(
        printed["replaced"],
        json!({"id": first_id, "token": first_token})
    );
    let instances = sandbox_instances(&env);
    assert_eq!(instances.len(), 2);
    assert_eq!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-token")
            .as_deref(),
        instances[1]["token"].as_str()
    );
}

// ---------------------------------------------------------------------------------------
// Bullet 6 / build step 6: the terminal is left as it was found

/// bash in a pseudo-terminal with echo on (rexpect starts it off), running the binary
/// with `args`, then printing its exit code and `stty -a`.
fn binary_in_a_shell(env: &TestEnv, args: &[&str], term: &str) -> PtySession {
    require_program("bash", "bash");
    require_program("stty", "coreutils");
    let mut isolated = pty_command(env, term);
    isolated.env("NO_COLOR", "1");
    let mut shell = StdCommand::new("bash");
    shell.env_clear();
    for (key, value) in isolated.get_envs() {
        if let Some(value) = value {
            shell.env(key, value);
        }
    }
    shell
        .arg("-c")
        .arg(
            "stty echo; trap 'true' INT; \"$0\" \"$@\"; echo \"exit=$?\"; stty -a; echo 'end of test'",
        )
        .arg(isolated.get_program())
        .args(args);
    pty::spawn_in_pty(shell)
}

/// The binary the shell in `session` runs.
fn binary_pid(session: &PtySession) -> u32 {
    let shell = pty_pid(session);
    let mut child = None;
    wait_until("the shell to start the binary", EVENT_TIMEOUT, || {
        child = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .ok()
            .and_then(|children| children.split_whitespace().next()?.parse().ok());
        child.is_some()
    });
    child.unwrap()
}

/// Ctrl-C once the binary in `session` shows `prompt`; returns everything the terminal
/// showed, through `stty -a`.
fn ctrl_c_at(session: &mut PtySession, prompt: &str) -> String {
    let mut shown = session
        .exp_string(prompt)
        .unwrap_or_else(|e| panic!("never asked {prompt:?}: {e}"));
    shown.push_str(prompt);
    wait_until_catching_sigint(binary_pid(session));
    session.send_control('c').unwrap();
    shown.push_str(&session.exp_string("end of test").unwrap());
    shown
}

fn stty_flags(shown: &str) -> Vec<&str> {
    let stty = shown.rsplit("exit=").next().unwrap();
    stty.split(|c: char| c.is_whitespace() || c == ';')
        .collect()
}

#[test]
fn ctrl_c_at_a_hidden_prompt_leaves_echo_on() {
    let env = TestEnv::new();
    let mut session = binary_in_a_shell(&env, &["--sandbox", "auth", "--no-browser"], "dumb");
    let shown = ctrl_c_at(&mut session, "User secret");
    assert!(shown.contains("exit=130"), "{shown}");
    let flags = stty_flags(&shown);
    assert!(
        flags.contains(&"echo") && !flags.contains(&"-echo"),
        "echo is back on: {shown}"
    );
    assert!(flags.contains(&"icanon"), "{shown}");
    assert_eq!(sandbox_instances(&env).len(), 0);
}

#[test]
fn ctrl_c_at_the_deployment_choice_shows_the_cursor_again() {
    let env = TestEnv::new();
    let mut session = binary_in_a_shell(&env, &["auth", "--no-browser"], "xterm");
    let shown = ctrl_c_at(&mut session, "SAP Open Connectors, US");
    assert!(shown.contains("exit=130"), "{shown}");
    let hidden = shown.rfind("\x1b[?25l").expect("the list hid the cursor");
    let shown_again = shown.rfind("\x1b[?25h").unwrap_or(0);
    assert!(shown_again > hidden, "the cursor is shown again: {shown:?}");
    let flags = stty_flags(&shown);
    assert!(
        flags.contains(&"echo") && flags.contains(&"icanon"),
        "{shown}"
    );
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
    assert_eq!(sandbox_instances(&env).len(), 1);
}

#[test]
fn a_redirect_uri_with_port_0_is_refused() {
    let env = TestEnv::new();
    for run in [
        vec![
            "--sandbox",
            "--no-input",
            "auth",
            "--no-browser",
            "--no-events",
        ],
        vec![
            "--sandbox",
            "instance",
            "create",
            "--name",
            "n",
            "--code",
            "c",
            "--no-events",
        ],
    ] {
        let out = env
            .cmd()
            .args(&run)
            .args(["--callback-url", "http://127.0.0.1:0/cb"])
            .timeout(EVENT_TIMEOUT)
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(2), "{run:?}: {stderr}");
        assert!(stderr.contains("port 0"), "{stderr}");
        assert!(stderr.contains("--callback-url"), "{stderr}");
    }
    assert_eq!(sandbox_instances(&env).len(), 0);
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
fn try_request(addr: SocketAddr, raw: &str) -> Option<(u16, String)> {
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
            body = try_request(addr, raw)
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
    let request = format!(
        "GET {LIST} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: User u, Organization o\r\nConnection: close\r\n\r\n"
    );
    // An account without instances answers 404 (as the platform does).
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
    assert_eq!(sandbox_instances(&env).len(), 1);
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

// ---------------------------------------------------------------------------------------
// Bullet 8 / build step 8: remote text is shown, never obeyed; unsigned is said; paging ends

#[test]
fn control_characters_in_names_and_tags_are_escaped() {
    let env = TestEnv::new();
    let name = "a\nb\u{1b}[31m";
    let created = env
        .cmd()
        .args([
            "--sandbox",
            "instance",
            "create",
            "--code",
            "c",
            "--no-events",
        ])
        .args(["--name", name, "--tag", "t\u{7}ag"])
        .output()
        .unwrap();
    assert_eq!(code(&created), Some(0), "{}", text(&created.stderr));
    let id = sandbox_instances(&env)[0]["id"].to_string();
    for args in [vec!["instance", "list"], vec!["instance", "show", &id]] {
        let out = env.cmd().arg("--sandbox").args(&args).output().unwrap();
        assert_eq!(code(&out), Some(0), "{}", text(&out.stderr));
        let shown = text(&out.stdout) + &text(&out.stderr);
        assert!(shown.contains(r"a\nb\u{1b}[31m"), "{args:?}: {shown}");
        assert!(shown.contains(r"t\u{7}ag"), "{args:?}: {shown}");
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
            "{args:?}: {shown:?}"
        );
        assert!(!shown.contains("a\nb"), "{args:?}: {shown:?}");
    }
    let shown = text(&created.stdout) + &text(&created.stderr);
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
        "create: {shown:?}"
    );
    // JSON carries the name as it is (escaped by JSON itself).
    let listed = env
        .cmd()
        .args(["--sandbox", "--json", "instance", "list"])
        .output()
        .unwrap();
    assert_eq!(json_of(&listed)[0]["name"], name);
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

#[test]
fn a_repeated_page_token_stops_the_listing_with_exit_1() {
    let env = TestEnv::new();
    let server = RecordingServer::with_headers(|_| {
        (
            200,
            vec![
                ("Content-Type".into(), "application/json".into()),
                ("elements-next-page-token".into(), "same-token".into()),
            ],
            json!([instance_json(1, "paged")]).to_string(),
        )
    });
    let secret = env.file("secret", "s\n");
    let out = env
        .cmd()
        .args(["--base-url", &server.api_root(), "--user-secret-file"])
        .arg(&secret)
        .arg("--org-secret-file")
        .arg(&secret)
        .args(["instance", "list"])
        .timeout(EVENT_TIMEOUT)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert!(stderr.contains("\"same-token\" a second time"), "{stderr}");
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "the first page, then the token once");
    assert!(
        requests[1].target.contains("nextPage=same-token"),
        "{:?}",
        requests[1].target
    );
}

// ---------------------------------------------------------------------------------------
// Bullet 9 / build step 9: a DELETE whose answer was lost

#[test]
fn a_delete_whose_answer_was_lost_counts_as_deleted() {
    let env = TestEnv::new();
    let created = sandbox_create(&env, "to-delete", &json!([]), &["--no-events"]);
    let id = json_of(&created)["id"].to_string();
    let out = env
        .cmd()
        .args(["--sandbox", "-v", "instance", "delete", &id, "--yes"])
        .env(
            "OC_ACUITY_SANDBOX_FAULTS",
            json!([{"method": "DELETE", "path": format!("/instances/{id}"), "drop": true, "after": true}])
                .to_string(),
        )
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(stderr.contains("retrying DELETE"), "{stderr}");
    assert!(
        stderr.contains("404"),
        "the retry was answered 404: {stderr}"
    );
    assert_eq!(sandbox_instances(&env).len(), 0);

    // A 404 to the first attempt is still an error.
    let again = env
        .cmd()
        .args(["--sandbox", "instance", "delete", &id, "--yes"])
        .output()
        .unwrap();
    let stderr = text(&again.stderr);
    assert_eq!(code(&again), Some(1), "{stderr}");
    assert!(stderr.contains("404"), "{stderr}");
}

// ---------------------------------------------------------------------------------------
// Bullet 10 / build step 9: inputs are bounded

/// `create_args` against a recording server, with `flag`'s value replaced (or added).
fn create_with(env: &TestEnv, server: &RecordingServer, flag: &str, value: &str) -> Vec<String> {
    let mut args = create_args(env, server);
    match args.iter().position(|a| a == flag) {
        Some(at) => args[at + 1] = value.to_owned(),
        None => args.extend([flag.to_owned(), value.to_owned()]),
    }
    args.push("--no-events".to_owned());
    args
}

/// `create_args` against a recording server without `flag` and its value.
fn create_without(env: &TestEnv, server: &RecordingServer, flag: &str) -> Vec<String> {
    let mut args = create_args(env, server);
    let at = args.iter().position(|a| a == flag).unwrap();
    args.drain(at..at + 2);
    args.push("--no-events".to_owned());
    args
}

fn assert_refused(out: &Output, server: &RecordingServer, names: &[&str], why: &str) {
    let stderr = text(&out.stderr);
    assert_eq!(code(out), Some(2), "{stderr}");
    for name in names {
        assert!(stderr.contains(name), "names {name}: {stderr}");
    }
    assert!(stderr.contains(why), "{why}: {stderr}");
    assert_eq!(server.requests().len(), 0, "nothing was sent");
}

#[test]
fn a_secret_file_of_dev_zero_fails_at_once() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let started = Instant::now();
    let out = env
        .cmd()
        .args(create_with(
            &env,
            &server,
            "--user-secret-file",
            "/dev/zero",
        ))
        .timeout(EVENT_TIMEOUT)
        .output()
        .unwrap();
    assert_refused(&out, &server, &["--user-secret-file"], "larger than 64 KiB");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_20_mb_secret_from_a_file_or_stdin_is_refused() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let big = "x".repeat(20 * 1024 * 1024);
    let file = env.file("big.secret", &big);
    let out = env
        .cmd()
        .args(create_with(
            &env,
            &server,
            "--client-secret-file",
            file.to_str().unwrap(),
        ))
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["--client-secret-file"],
        "larger than 64 KiB",
    );

    let mut child = env
        .process()
        .args(create_with(&env, &server, "--org-secret-file", "-"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The binary stops reading at the cap: the rest of the write fails, as it should.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(big.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_refused(
        &out,
        &server,
        &["--org-secret-file -"],
        "larger than 64 KiB",
    );
}

#[test]
fn an_oversized_secret_in_the_environment_is_refused() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let args = create_without(&env, &server, "--user-secret-file");
    // Linux caps one environment string at 128 KiB (a 20 MB one cannot even reach exec).
    let out = env
        .cmd()
        .args(&args)
        .env("OC_ACUITY_USER_SECRET", "x".repeat(100 * 1024))
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["OC_ACUITY_USER_SECRET"],
        "larger than 64 KiB",
    );
}

#[test]
fn a_secret_with_a_control_character_is_refused_naming_it() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let file = env.file("escape.secret", "abc\u{1b}[31mdef\n");
    let out = env
        .cmd()
        .args(create_with(
            &env,
            &server,
            "--client-secret-file",
            file.to_str().unwrap(),
        ))
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["--client-secret-file"],
        "control character",
    );
    assert!(
        !text(&out.stderr).contains("abc"),
        "the value is not echoed"
    );

    let args = create_without(&env, &server, "--org-secret-file");
    let out = env
        .cmd()
        .args(&args)
        .env("OC_ACUITY_ORG_SECRET", "org\tsecret")
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["OC_ACUITY_ORG_SECRET"],
        "control character",
    );
}

#[test]
fn urls_with_a_user_and_password_are_refused_without_echoing_them() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let password = "pw-9f8e7d6c";
    let with_userinfo = |url: &str| url.replacen("://", &format!("://ci-user:{password}@"), 1);
    let root = server.api_root();
    for (flag, url) in [
        ("--base-url", root.as_str()),
        ("--callback-url", "https://app.example.com/oauth/acuity"),
        ("--event-callback-url", "https://app.example.com/events"),
    ] {
        let mut args = create_with(&env, &server, flag, &with_userinfo(url));
        if flag == "--event-callback-url" {
            args.retain(|a| a != "--no-events");
        }
        let out = env.cmd().args(&args).output().unwrap();
        assert_refused(&out, &server, &[flag], "user name or password");
        let shown = text(&out.stdout) + &text(&out.stderr);
        assert!(!shown.contains(password), "{flag}: {shown}");
    }
    let out = env
        .cmd()
        .args(["instance", "list"])
        .env("OC_ACUITY_BASE_URL", with_userinfo(&root))
        .env("OC_ACUITY_USER_SECRET", "u")
        .env("OC_ACUITY_ORG_SECRET", "o")
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["OC_ACUITY_BASE_URL"],
        "user name or password",
    );
    assert!(!text(&out.stderr).contains(password));
}

// ---------------------------------------------------------------------------------------
// Bullet 11 / build step 1: Retry-After, bounded retries, the help text

/// The wait `-v` announced: "retrying ... in N ms".
fn announced_waits(stderr: &str) -> Vec<u64> {
    stderr
        .lines()
        .filter(|l| l.contains("retrying"))
        .filter_map(|l| l.rsplit(" in ").next()?.strip_suffix(" ms")?.parse().ok())
        .collect()
}

fn list_with_faults(env: &TestEnv, faults: Value) -> (Output, Duration) {
    let started = Instant::now();
    let out = env
        .cmd()
        .args(["--sandbox", "-v", "instance", "list"])
        .env("OC_ACUITY_SANDBOX_FAULTS", faults.to_string())
        .timeout(Duration::from_secs(90))
        .output()
        .unwrap();
    (out, started.elapsed())
}

#[test]
fn retry_after_in_seconds_is_honoured() {
    let env = TestEnv::new();
    let (out, took) = list_with_faults(
        &env,
        json!([{"method": "GET", "path": "/instances", "status": 503, "retry_after": "1"}]),
    );
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(
        stderr.contains("after 503 Service Unavailable in 1000 ms"),
        "{stderr}"
    );
    assert!(took >= Duration::from_secs(1), "{took:?}");
}

#[test]
fn retry_after_as_an_http_date_is_honoured() {
    let env = TestEnv::new();
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(4));
    let (out, _) = list_with_faults(
        &env,
        json!([{"method": "GET", "path": "/instances", "status": 429, "retry_after": date}]),
    );
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    let waits = announced_waits(&stderr);
    assert_eq!(waits.len(), 1, "{stderr}");
    // Until that second, not the first backoff step (500 to 750 ms).
    assert!((1500..=4000).contains(&waits[0]), "{stderr}");
}

#[test]
fn a_retry_after_beyond_the_budget_is_not_waited_for() {
    let env = TestEnv::new();
    let (out, took) = list_with_faults(
        &env,
        json!([{"method": "GET", "path": "/instances", "status": 503, "retry_after": "120"}]),
    );
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert!(stderr.contains("would pass the retry budget"), "{stderr}");
    assert!(stderr.contains("503"), "{stderr}");
    assert!(took < Duration::from_secs(20), "{took:?}");
}

#[test]
fn idempotent_requests_are_retried_a_bounded_number_of_times() {
    let env = TestEnv::new();
    // Three 502s: two retries (the default) are not enough, three are.
    let faults = json!([{"method": "GET", "path": "/instances", "status": 502, "times": 3}]);
    let (out, _) = list_with_faults(&env, faults.clone());
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert_eq!(announced_waits(&stderr).len(), 2, "{stderr}");
    assert!(stderr.contains("502"), "{stderr}");

    let out = env
        .cmd()
        .args(["--sandbox", "-v", "--retries", "3", "instance", "list"])
        .env("OC_ACUITY_SANDBOX_FAULTS", faults.to_string())
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    let waits = announced_waits(&stderr);
    assert_eq!(waits.len(), 3, "{stderr}");
    // Exponential backoff with jitter: 0.5 s, 1 s, 2 s, each plus up to half again.
    for (wait, base) in waits.iter().zip([500, 1000, 2000]) {
        assert!((base..=base + base / 2).contains(wait), "{waits:?}");
    }

    // Nothing listens: connection failures are retried, then reported.
    let closed = format!("http://127.0.0.1:{}/elements/api-v2", free_port());
    let out = env
        .cmd()
        .args(["-v", "--base-url", &closed, "instance", "list"])
        .env("OC_ACUITY_USER_SECRET", "u")
        .env("OC_ACUITY_ORG_SECRET", "o")
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert!(stderr.contains("could not connect"), "{stderr}");
    assert_eq!(stderr.matches("retrying GET").count(), 2, "{stderr}");
}

#[test]
fn retries_help_names_put_and_patch() {
    let out = TestEnv::new().cmd().arg("--help").output().unwrap();
    let help = text(&out.stdout);
    let retries = help
        .split("--retries")
        .nth(1)
        .and_then(|rest| rest.split("\n  -").next())
        .unwrap_or_else(|| panic!("no --retries in {help}"));
    let retries = retries.split_whitespace().collect::<Vec<_>>().join(" ");
    for word in [
        "GET",
        "PUT",
        "PATCH",
        "DELETE",
        "never a create",
        "Retry-After",
    ] {
        assert!(retries.contains(word), "{word}: {retries}");
    }
}

// ---------------------------------------------------------------------------------------
// Build step 10: fault injection itself, on a running sandbox

#[test]
fn faults_are_injected_into_a_running_sandbox() {
    let env = TestEnv::new();
    let server = SandboxProcess::start(&env);
    let admin = server
        .api_root
        .replace("/elements/api-v2", "/sandbox/faults");
    let (status, _, body) = http_request(
        "POST",
        &admin,
        r#"[{"method":"GET","path":"/instances","status":503,"retry_after":"0","times":2}]"#,
        None,
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()[0]["times"], 2);
    let (status, _, body) = http_request("POST", &admin, r#"[{"stauts":500}]"#, None);
    assert!(
        (400..500).contains(&status),
        "a misspelt fault is refused: {status} {body}"
    );

    let secret = env.file("secret", "s\n");
    let out = env
        .cmd()
        .args(["-v", "--base-url", &server.api_root, "--user-secret-file"])
        .arg(&secret)
        .arg("--org-secret-file")
        .arg(&secret)
        .args(["instance", "list"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert_eq!(announced_waits(&stderr), [0, 0], "{stderr}");
    let (_, _, left) = http_get(&admin);
    assert_eq!(left.trim(), "[]", "both used up");

    // In an environment without a serving sandbox (--sandbox runs would use that one).
    let broken = TestEnv::new()
        .cmd()
        .args(["--sandbox", "instance", "list"])
        .env("OC_ACUITY_SANDBOX_FAULTS", "not json")
        .output()
        .unwrap();
    assert_eq!(code(&broken), Some(1));
    assert!(text(&broken.stderr).contains("OC_ACUITY_SANDBOX_FAULTS"));
}

// ---------------------------------------------------------------------------------------
// Build step 12: RELIABILITY.md names only tests that exist

#[test]
fn reliability_md_names_only_tests_that_exist() {
    let doc = std::fs::read_to_string(crate::support::manifest_dir().join("RELIABILITY.md"))
        .expect("RELIABILITY.md at the top of the repository");
    let source = include_str!("reliability.rs");
    let named: Vec<&str> = doc
        .split("reliability::")
        .skip(1)
        .map(|rest| {
            rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap()
        })
        .filter(|name| !name.is_empty()) // `cargo test --test cli reliability::`
        .collect();
    assert!(named.len() >= 30, "the table names the tests: {named:?}");
    for name in named {
        assert!(
            source.contains(&format!("fn {name}()")),
            "RELIABILITY.md names reliability::{name}, which is not a test here"
        );
    }
}
