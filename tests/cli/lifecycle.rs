//! After provisioning: listing with paging, show, delete, events on and off, webhook
//! registration at Acuity, and the whole loop offline (booking -> Acuity webhook ->
//! platform -> normalized, signed event -> `events listen`).

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use serde_json::{Value, json};

use crate::support::bed::{ACUITY_API_KEY, ACUITY_USER_ID, Bed};
use crate::support::env::TestEnv;
use crate::support::http::http_request;
use crate::support::keyring::PrivateKeyring;
use crate::support::library::client_builder;
use crate::support::recording::RecordingServer;
use crate::support::text;

#[tokio::test(flavor = "multi_thread")]
async fn lists_450_instances_through_the_platform_paging() {
    let lp = Bed::new();
    let http = client_builder().build().unwrap();
    for i in 1..=450 {
        let mut tags = vec!["all".to_owned()];
        if i % 50 == 0 {
            tags.push("special".into());
        }
        let body = json!({
            "element": {"key": "acuityscheduling"}, "providerData": {"code": "c"},
            "configuration": {"oauth.api.key": "k", "oauth.api.secret": "s", "oauth.callback.url": "https://a/cb",
                              "event.notification.enabled": false},
            "tags": tags, "name": format!("inst-{i:04}")
        });
        let status = http
            .post(format!("{}/instances", lp.sandbox.api_root))
            .header("Authorization", "User u, Organization o")
            .json(&body)
            .send()
            .await
            .unwrap()
            .status();
        assert!(status.is_success());
    }
    let listed = tokio::task::spawn_blocking(move || {
        let all = lp.json(&["instance", "list"]);
        let special = lp.json(&["instance", "list", "--tag", "special"]);
        let named = lp.json(&["instance", "list", "--name", "INST-004"]);
        let table = lp.run(&["instance", "list"]);
        (all, special, named, table)
    })
    .await
    .unwrap();
    let (all, special, named, table) = listed;
    let ids: Vec<u64> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids.len(), 450, "every page was followed (pages of 200)");
    assert_eq!(ids, (10_001..=10_450).collect::<Vec<_>>());
    assert_eq!(special.as_array().unwrap().len(), 9);
    let names: Vec<&str> = named
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 10, "{names:?}");
    assert!(names.iter().all(|n| n.starts_with("inst-004")));
    let table = text(&table.stdout);
    assert_eq!(table.lines().count(), 451);
    // Printed page by page, so the columns have fixed minimum widths.
    assert_eq!(
        table.lines().next().unwrap(),
        "ID      NAME                      EVENTS  VALID  CREATED               TAGS",
        "{table}"
    );
    let first = table.lines().nth(1).unwrap();
    assert!(
        first.starts_with("10001   inst-0001                 off     yes    20")
            && first.ends_with("Z  all"),
        "{first:?}"
    );
}

#[test]
fn delete_asks_first_and_forgets_the_stored_instance() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let lp = Bed::in_env(env);
    let out = lp.run(&[
        "instance",
        "create",
        "--code",
        "c",
        "--name",
        "stored",
        "--no-events",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stored = keyring.lookup("oc-acuity", "default/instance-id").unwrap();
    let other = lp.create(&["--no-events"]).to_string();

    let refused = lp.run(&["instance", "delete"]);
    assert_eq!(refused.status.code(), Some(2), "no terminal, no --yes");
    assert!(text(&refused.stderr).contains("--yes"));
    assert!(
        lp.run(&["instance", "show", &stored]).status.success(),
        "still there"
    );

    let other_gone = lp.run(&["instance", "delete", "--yes", &other]);
    assert!(other_gone.status.success(), "{}", text(&other_gone.stderr));
    assert!(
        keyring.lookup("oc-acuity", "default/instance-id").is_some(),
        "another instance: entries kept"
    );

    let deleted = lp.run(&["instance", "delete", "--yes"]);
    assert!(deleted.status.success(), "{}", text(&deleted.stderr));
    assert!(text(&deleted.stdout).contains(&format!("Deleted instance {stored}")));
    assert_eq!(keyring.lookup("oc-acuity", "default/instance-id"), None);
    assert_eq!(keyring.lookup("oc-acuity", "default/instance-token"), None);
    let gone = lp.run(&["instance", "show", &stored]);
    assert_eq!(gone.status.code(), Some(1));
    assert!(text(&gone.stderr).contains("404"), "{}", text(&gone.stderr));
}

#[test]
fn token_prints_the_stored_token_alone() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let lp = Bed::in_env(env);
    let missing = lp.run(&["instance", "token"]);
    assert_eq!(missing.status.code(), Some(4));
    assert!(
        lp.run(&[
            "instance",
            "create",
            "--code",
            "c",
            "--name",
            "t",
            "--no-events"
        ])
        .status
        .success()
    );
    let out = lp.run(&["instance", "token"]);
    let token = keyring
        .lookup("oc-acuity", "default/instance-token")
        .unwrap();
    assert_eq!(text(&out.stdout), format!("{token}\n"));
}

#[test]
fn events_enable_and_disable_change_what_the_platform_holds() {
    let lp = Bed::new();
    let id = lp.create(&["--no-events"]).to_string();
    let shown = lp.json(&["instance", "show", &id]);
    assert_eq!(shown["eventsEnabled"], false);

    let missing_url = lp.run(&["instance", "events", "enable", &id]);
    assert_eq!(missing_url.status.code(), Some(2));
    assert!(text(&missing_url.stderr).contains("--event-callback-url"));

    lp.json(&[
        "instance",
        "events",
        "enable",
        "--event-callback-url",
        "https://app.example.com/ev",
        &id,
    ]);
    let shown = lp.json(&["instance", "show", &id]);
    assert_eq!(shown["eventsEnabled"], true);
    assert_eq!(shown["eventCallbackUrl"], "https://app.example.com/ev");

    lp.json(&["instance", "events", "disable", &id]);
    let shown = lp.json(&["instance", "show", &id]);
    assert_eq!(shown["eventsEnabled"], false);
}

fn registrations(lp: &Bed, id: &str, all: bool) -> Vec<Value> {
    let mut args = vec!["webhook", "list", id];
    if all {
        args.push("--all");
    }
    lp.json(&args).as_array().unwrap().clone()
}

#[test]
fn webhook_register_is_idempotent_and_remove_cleans_up() {
    let lp = Bed::new();
    let id = lp.create(&["--no-events"]).to_string();
    let url = text(&lp.run(&["webhook", "url", &id]).stdout);
    assert!(
        url.trim().ends_with("/events/acuityscheduling/MTAwMDE="),
        "{url}"
    );

    let first = lp.json(&["webhook", "register", &id]);
    let statuses: Vec<&str> = first
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["created"; 4]);
    let second = lp.json(&["webhook", "register", &id]);
    let statuses: Vec<&str> = second
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses, ["existing"; 4],
        "registering twice registers once"
    );
    let mine = registrations(&lp, &id, false);
    let events: Vec<&str> = mine.iter().map(|w| w["event"].as_str().unwrap()).collect();
    assert_eq!(
        events,
        [
            "appointment.scheduled",
            "appointment.rescheduled",
            "appointment.canceled",
            "order.completed"
        ]
    );
    assert!(mine.iter().all(|w| w["target"] == url.trim()));

    let other = lp.create(&["--no-events"]).to_string();
    lp.json(&["webhook", "register", &other, "--event", "order.completed"]);
    let removed = lp.run(&["webhook", "remove", &id]);
    assert!(removed.status.success(), "{}", text(&removed.stderr));
    assert!(registrations(&lp, &id, false).is_empty());
    assert_eq!(
        registrations(&lp, &id, true).len(),
        1,
        "the other instance's webhook stays"
    );
}

#[test]
fn webhook_register_warns_about_changed_duplicates() {
    let lp = Bed::new();
    let id = lp.create(&["--no-events"]).to_string();
    let out = lp.run(&[
        "webhook",
        "register",
        &id,
        "--event",
        "appointment.changed",
        "--event",
        "appointment.scheduled",
    ]);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("appointment.changed fires for every change"),
        "{}",
        text(&out.stderr)
    );
    let quiet = lp.run(&["webhook", "register", &id, "--event", "appointment.changed"]);
    assert!(
        !text(&quiet.stderr).contains("fires for every change"),
        "changed alone is fine"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn webhook_register_refuses_before_the_25_limit() {
    let lp = Bed::new();
    let http = client_builder().build().unwrap();
    for i in 0..23 {
        let status = http
            .post(format!("{}/webhooks", lp.acuity_root()))
            .basic_auth(ACUITY_USER_ID, Some(ACUITY_API_KEY))
            .json(&json!({"event": "appointment.scheduled", "target": format!("https://elsewhere.example.com/{i}")}))
            .send()
            .await
            .unwrap()
            .status();
        assert!(status.is_success());
    }
    let (out, count) = tokio::task::spawn_blocking(move || {
        let id = lp.create(&["--no-events"]).to_string();
        let out = lp.run(&["webhook", "register", &id]);
        let count = registrations(&lp, &id, true).len();
        (out, count)
    })
    .await
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("at most 25 webhooks")
            && stderr.contains("23 exist")
            && stderr.contains("4 more"),
        "{stderr}"
    );
    assert_eq!(count, 23, "nothing was registered");
}

#[test]
fn acuity_errors_are_readable() {
    let env = TestEnv::new();
    let run = |server: &RecordingServer| {
        env.cmd()
            .args([
                "--retries",
                "0",
                "--base-url",
                "https://api.example.com/elements/api-v2",
                "webhook",
                "register",
                "10001",
            ])
            .args([
                "--acuity-base-url",
                &format!("http://127.0.0.1:{}/api/v1", server.port),
            ])
            .env("OC_ACUITY_ACUITY_USER_ID", "1234")
            .env("OC_ACUITY_ACUITY_API_KEY", "bad-key-value")
            .output()
            .unwrap()
    };
    let unauthorized = RecordingServer::start(
        401,
        "application/json",
        r#"{"status_code":401,"error":"unauthorized","message":"Authentication failed."}"#,
    );
    let out = run(&unauthorized);
    assert_eq!(out.status.code(), Some(4));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("Acuity answered 401") && stderr.contains("Authentication failed"),
        "{stderr}"
    );
    assert!(!stderr.contains("bad-key-value"));
    let sent = unauthorized.only_request();
    assert!(
        sent.header("authorization").unwrap().starts_with("Basic "),
        "HTTP basic auth"
    );

    let limited = RecordingServer::start(
        429,
        "application/json",
        r#"{"status_code":429,"error":"too_many_requests","message":"Rate limit reached. Please try again later."}"#,
    );
    let out = run(&limited);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("Rate limit reached") && stderr.contains("too_many_requests"),
        "{stderr}"
    );
    assert!(stderr.contains("wait a moment"), "{stderr}");

    let full = RecordingServer::with(|request| {
        if request.method == "GET" {
            (200, "application/json".into(), "[]".into())
        } else {
            (400, "application/json".into(), r#"{"status_code":400,"error":"bad_request","message":"You have reached the maximum of 25 webhooks."}"#.into())
        }
    });
    let out = run(&full);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("Acuity answered 400") && stderr.contains("maximum of 25 webhooks"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

/// `events listen` on a free port; returns the child, its URL and its stderr reader.
fn listen(lp: &Bed, extra: &[&str]) -> (Child, String, BufReader<std::process::ChildStderr>) {
    let mut cmd = lp.env.process();
    cmd.args(["events", "listen", "--port", "0"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let start = line
        .find("http://")
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    let url = line[start..].split_whitespace().next().unwrap().to_owned();
    (child, url, stderr)
}

#[test]
fn the_whole_loop_runs_offline() {
    let lp = Bed::new();
    let key = lp.env.file("signature.key", "loop-signature-key\n");
    let key = key.to_str().unwrap();
    let (mut forwarded_to, forward_url, _) = listen(&lp, &["--json"]);
    let (mut listener, listen_url, mut listener_err) = listen(
        &lp,
        &["--signature-key-file", key, "--forward-to", &forward_url],
    );
    let mut events_out = BufReader::new(listener.stdout.take().unwrap());
    let mut forwarded_out = BufReader::new(forwarded_to.stdout.take().unwrap());

    let id = lp
        .create(&[
            "--event-callback-url",
            &listen_url,
            "--signature-key-file",
            key,
        ])
        .to_string();
    let registered = lp.run(&["webhook", "register", &id]);
    assert!(registered.status.success(), "{}", text(&registered.stderr));

    // Someone books an appointment at (the sandbox's) Acuity.
    let book = lp
        .sandbox
        .api_root
        .replace("/elements/api-v2", "/acuity/sandbox/book");
    let (status, _, body) = post(&book);
    assert_eq!(status, 200, "{body}");
    let booked: Value = serde_json::from_str(&body).unwrap();
    let appointment = booked["id"].as_u64().unwrap().to_string();
    assert_eq!(
        booked["deliveries"].as_array().unwrap().len(),
        1,
        "{booked}"
    );

    let mut line = String::new();
    events_out.read_line(&mut line).unwrap();
    assert!(
        line.contains("CREATED") && line.contains("appointment") && line.contains(&appointment),
        "{line}"
    );
    assert!(line.contains("signature verified"), "{line}");

    // The second listener prints what was forwarded to it (`--json`: the delivery's id,
    // whether it was checked, and the body).
    let mut forwarded = String::new();
    forwarded_out.read_line(&mut forwarded).unwrap();
    let forwarded: Value = serde_json::from_str(&forwarded).unwrap();
    assert!(
        forwarded["id"].as_str().is_some_and(|id| !id.is_empty()),
        "the platform's Elements-Webhook-Id is forwarded: {forwarded}"
    );
    let forwarded = &forwarded["body"];
    assert_eq!(forwarded["message"]["raw"]["action"], "scheduled");
    assert_eq!(
        forwarded["message"]["events"][0]["objectId"],
        appointment.as_str()
    );

    // A forged delivery is refused and said so.
    let (status, _, _) = post_with_signature(
        &listen_url,
        r#"{"message":{"events":[]}}"#,
        "sha256=Zm9yZ2Vk",
    );
    assert_eq!(status, 401);
    // Each forward's `<-- [200] POST ...` line comes before it.
    let mut warning = String::new();
    while !warning.contains("rejected") {
        warning.clear();
        assert!(
            listener_err.read_line(&mut warning).unwrap() > 0,
            "no warning"
        );
    }
    assert!(
        warning.contains("rejected a delivery with a wrong Elements-Webhook-Signature"),
        "{warning}"
    );

    for child in [&mut listener, &mut forwarded_to] {
        let _ = child.kill();
        let _ = child.wait();
    }
}

fn post(url: &str) -> (u16, Option<String>, String) {
    http_request("POST", url, "", None)
}

fn post_with_signature(url: &str, body: &str, signature: &str) -> (u16, Option<String>, String) {
    http_request(
        "POST",
        url,
        body,
        Some(("Elements-Webhook-Signature", signature)),
    )
}

#[test]
fn json_output_is_always_one_document() {
    let mut env = TestEnv::new();
    let _keyring = PrivateKeyring::start(&mut env);
    let lp = Bed::in_env(env);
    let id = lp.create(&["--no-events"]).to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["instance", "list"],
        vec!["instance", "show", &id],
        vec!["instance", "events", "disable", &id],
        vec!["webhook", "url", &id],
        vec!["webhook", "register", &id, "--event", "order.completed"],
        vec!["webhook", "list", &id],
        vec!["webhook", "remove", &id],
        vec!["config", "set", "client-id", "abc"],
        vec!["config", "get", "client-id"],
        vec!["config", "list"],
        vec!["config", "profiles"],
        vec!["config", "path"],
        vec!["config", "unset", "client-id"],
        vec!["auth", "status"],
        vec!["auth", "logout", "--yes"],
        vec!["instance", "delete", "--yes", &id],
    ];
    for args in commands {
        let out = lp.cmd().arg("--json").args(&args).output().unwrap();
        let stdout = text(&out.stdout);
        let parsed: Result<Value, _> = serde_json::from_str(&stdout);
        assert!(
            parsed.is_ok(),
            "{args:?} printed {stdout:?} (stderr: {})",
            text(&out.stderr)
        );
    }
}
