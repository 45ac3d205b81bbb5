//! The HTTP core both clients share, end to end: no redirect is ever followed, idempotent
//! requests are retried within bounds (backoff, `Retry-After`, the retry budget), and a
//! DELETE whose answer was lost counts as done when its retry meets a 404.

use std::process::Output;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::args::create_args;
use crate::support::env::TestEnv;
use crate::support::faults::{announced_waits, create_with_faults};
use crate::support::http::free_port;
use crate::support::recording::{INSTANCES, LIST, RecordingServer, path};
use crate::support::secrets::{CLIENT_SECRET, CODE, ORG_SECRET, USER_SECRET, assert_no_secret};
use crate::support::{code, json_of, text};

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
        let out = create_with_faults(&env, "redirected", &json!([fault]), &["--no-events"]);
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
    assert_eq!(env.sandbox_instances().len(), 0);
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
        // One lookup after the redirect (the lookups again are `lost_answer`'s).
        args.extend(["--no-events", "--json", "--retries", "0"].map(str::to_owned));
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
        // A redirect answering a create is unusual enough that the name is looked up
        // again, at the API root: nothing goes to the redirect's target.
        assert_eq!(
            sent,
            [
                ("GET".into(), LIST.into()),
                ("POST".into(), INSTANCES.into()),
                ("GET".into(), LIST.into())
            ],
            "{status}: a lookup, one POST, the lookup after it; nothing followed"
        );
        assert!(stderr.contains("most likely none was created"), "{stderr}");
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
// Bullet 9 / build step 9: a DELETE whose answer was lost

#[test]
fn a_delete_whose_answer_was_lost_counts_as_deleted() {
    let env = TestEnv::new();
    let created = create_with_faults(&env, "to-delete", &json!([]), &["--no-events"]);
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
    assert_eq!(env.sandbox_instances().len(), 0);

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
// Bullet 11 / build step 1: Retry-After, bounded retries, the help text

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
    // Three 502s: two retries (the default) are not enough. (The exact waits, and that
    // three retries are enough, are `api::http`'s paused-clock tests.)
    let faults = json!([{"method": "GET", "path": "/instances", "status": 502, "times": 3}]);
    let (out, _) = list_with_faults(&env, faults);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert_eq!(announced_waits(&stderr).len(), 2, "{stderr}");
    assert!(stderr.contains("502"), "{stderr}");

    // Nothing listens: connection failures are retried, then reported.
    let closed = format!("http://127.0.0.1:{}/elements/api-v2", free_port());
    let out = env
        .cmd()
        .args([
            "-v",
            "--retries",
            "1",
            "--base-url",
            &closed,
            "instance",
            "list",
        ])
        .env("OC_ACUITY_USER_SECRET", "u")
        .env("OC_ACUITY_ORG_SECRET", "o")
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert!(stderr.contains("refused the connection"), "{stderr}");
    assert_eq!(stderr.matches("retrying GET").count(), 1, "{stderr}");
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

/// A 404 from an API root that does not end in `/elements/api-v2` says how API roots end
/// (it said only "404 ... (empty response body)"); from a proper root, no such hint.
#[test]
fn a_404_from_a_root_without_the_api_path_says_how_api_roots_end() {
    let env = TestEnv::new();
    let server = RecordingServer::start(404, "text/plain", "");
    let proper = server.api_root();
    let bare = proper.trim_end_matches("/elements/api-v2").to_owned() + "/";
    // `instance show` and `oc-acuity api` (its own call path) alike.
    let rows = [
        (bare.as_str(), true, &["instance", "show", "10001"][..]),
        (proper.as_str(), false, &["instance", "show", "10001"]),
        (bare.as_str(), true, &["api", "instances"]),
        (proper.as_str(), false, &["api", "instances"]),
    ];
    for (root, hinted, command) in rows {
        let out = env
            .cmd()
            .args(["--base-url", root])
            .args(command)
            .env("OC_ACUITY_USER_SECRET", USER_SECRET)
            .env("OC_ACUITY_ORG_SECRET", ORG_SECRET)
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(1), "{stderr}");
        assert!(stderr.contains("404"), "{stderr}");
        assert_eq!(
            stderr
                .contains("does not look like a platform API root: those end in /elements/api-v2"),
            hinted,
            "{root} {command:?}: {stderr}"
        );
    }
}
