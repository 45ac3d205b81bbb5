//! After provisioning: listing with paging, show, delete, `instance reauth` and `instance
//! update` on the wire, events on and off, the token, and the whole loop offline
//! (booking -> Acuity webhook -> platform -> normalized, signed event -> `events listen`).
//! The webhooks at Acuity are in `webhooks`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Output, Stdio};

use serde_json::{Value, json};

use crate::support::bed::Bed;
use crate::support::env::TestEnv;
use crate::support::http::http_request;
use crate::support::keyring::PrivateKeyring;
use crate::support::library::client_builder;
use crate::support::recording::RecordingServer;
use crate::support::recording::{
    Recorded, assert_platform_headers, created_instance_json, platform_flags,
};
use crate::support::secrets::{
    CLIENT_SECRET, ORG_SECRET, SIGNATURE_KEY, TOKEN, USER_SECRET, assert_no_secret,
};
use crate::support::text;

#[tokio::test(flavor = "multi_thread")]
async fn lists_450_instances_through_the_platform_paging() {
    let lp = Bed::new();
    let http = client_builder().build().unwrap();
    // Nine runs of 49 tagged `all` and one tagged `special`: ids 10001 to 10450, named
    // `<tag>-<id>`, every 50th special. Seeded in one request each (450 creates one by one,
    // each saving the sandbox's state, took 7 s).
    let seed = format!("{}/sandbox/seed", lp.base());
    for _ in 0..9 {
        for (count, prefix) in [(49, "all"), (1, "special")] {
            let answer = http
                .post(&seed)
                .json(&json!({"count": count, "prefix": prefix}))
                .send()
                .await
                .unwrap();
            assert!(answer.status().is_success(), "{answer:?}");
        }
    }
    let listed = tokio::task::spawn_blocking(move || {
        let all = lp.json(&["instance", "list"]);
        let special = lp.json(&["instance", "list", "--tag", "special"]);
        let named = lp.json(&["instance", "list", "--name", "ALL-1004"]);
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
    let special: Vec<u64> = special
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_u64().unwrap())
        .collect();
    assert_eq!(
        special,
        (1..=9).map(|n| 10_000 + 50 * n).collect::<Vec<_>>()
    );
    let names: Vec<&str> = named
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 10, "{names:?}");
    assert!(names.iter().all(|n| n.starts_with("all-1004")));
    let table = text(&table.stdout);
    assert_eq!(table.lines().count(), 451);
    // Printed page by page, so the columns have fixed widths.
    assert_eq!(
        table.lines().next().unwrap(),
        "ID      NAME                      EVENTS  VALID  CREATED               TAGS",
        "{table}"
    );
    let first = table.lines().nth(1).unwrap();
    assert!(
        first.starts_with("10001   all-10001                 off     yes    20")
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
    // Said as it is: no terminal to ask at (no --no-input was given here).
    assert!(
        text(&refused.stderr)
            .contains("there is no terminal to ask at (or --no-input was given): pass --yes"),
        "{}",
        text(&refused.stderr)
    );
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

// ---------------------------------------------------------------------------------------
// instance reauth and instance update on the wire.

/// An instance as the platform shows it, with `token`.
fn instance_with_token(token: &str) -> String {
    let mut instance: Value = serde_json::from_str(&created_instance_json()).unwrap();
    instance["token"] = json!(token);
    instance.to_string()
}

const NEW_CODE: &str = "grant-code-new-8e2d";
const NEW_TOKEN: &str = "ABC/Dnew-token-6f1a=";

#[test]
fn reauth_puts_the_new_code_to_the_same_instance_and_stores_the_new_token() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    keyring.store("oc-acuity", "default/instance-id", "12345");
    keyring.store("oc-acuity", "default/instance-token", TOKEN);
    let server = RecordingServer::with(|request| match request.method.as_str() {
        "GET" => (200, "application/json".into(), created_instance_json()),
        "PUT" => (
            200,
            "application/json".into(),
            instance_with_token(NEW_TOKEN),
        ),
        _ => (405, "application/json".into(), r#"{"message":"no"}"#.into()),
    });
    let client = env.file("client.secret", &format!("{CLIENT_SECRET}\n"));
    let out = env
        .cmd()
        .args(platform_flags(&env, &server))
        .args(["--json", "instance", "reauth", "--code", NEW_CODE])
        .args(["--client-id", "client-id-1", "--client-secret-file"])
        .arg(&client)
        .args(["--callback-url", "https://app.example.com/oauth/acuity"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let requests = server.requests();
    let seen: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| (r.method.as_str(), r.target.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("GET", "/elements/api-v2/instances/12345"),
            ("PUT", "/elements/api-v2/instances/12345")
        ],
        "the stored instance, read and then authorized again"
    );
    let put = &requests[1];
    assert_platform_headers(put);
    assert_eq!(put.header("content-type"), Some("application/json"));
    let body = put.json();
    assert_eq!(body["providerData"]["code"], NEW_CODE);
    // The create body, with what the instance has now (name, tags, event settings).
    assert_eq!(
        body,
        json!({
            "element": {"key": "acuityscheduling"},
            "providerData": {"code": NEW_CODE},
            "configuration": {
                "oauth.api.key": "client-id-1",
                "oauth.api.secret": CLIENT_SECRET,
                "oauth.callback.url": "https://app.example.com/oauth/acuity",
                "event.notification.enabled": true,
                "event.notification.callback.url": "https://app.example.com/events"
            },
            "tags": ["prod"],
            "name": "acuity-prod"
        })
    );

    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed["id"], 12345, "the id is kept");
    assert_eq!(printed["stored"], "keyring");
    assert!(
        printed["webhookUrl"]
            .as_str()
            .unwrap()
            .ends_with("/events/acuityscheduling/MTIzNDU="),
        "{printed}"
    );
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/instance-token")
            .as_deref(),
        Some(NEW_TOKEN),
        "the new token is stored"
    );
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/instance-id")
            .as_deref(),
        Some("12345")
    );
    assert_no_secret(
        &(text(&out.stdout) + &text(&out.stderr)),
        &[USER_SECRET, ORG_SECRET, CLIENT_SECRET, NEW_CODE, NEW_TOKEN],
    );
}

#[test]
fn reauth_in_the_sandbox_keeps_the_id_and_the_webhook_url() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let bed = Bed::in_env(env);
    let out = bed.run(&[
        "instance",
        "create",
        "--code",
        "c",
        "--name",
        "kept",
        "--no-events",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let id = keyring.lookup("oc-acuity", "default/instance-id").unwrap();
    let old_token = keyring
        .lookup("oc-acuity", "default/instance-token")
        .unwrap();
    let url = bed.webhook_url(id.parse().unwrap());

    let no_code = bed.run(&["--no-input", "instance", "reauth"]);
    assert_eq!(no_code.status.code(), Some(2));
    assert!(
        text(&no_code.stderr).contains("--code"),
        "{}",
        text(&no_code.stderr)
    );

    let again = bed.json(&["instance", "reauth", "--code", "c2"]);
    assert_eq!(again["id"].to_string(), id, "same id");
    assert_eq!(again["name"], "kept");
    assert_eq!(again["webhookUrl"], url.as_str(), "same Webhook URL");
    let new_token = keyring
        .lookup("oc-acuity", "default/instance-token")
        .unwrap();
    assert_ne!(new_token, old_token, "a new token, stored");
    assert_eq!(bed.json(&["instance", "list"]).as_array().unwrap().len(), 1);
    let status = bed.json(&["auth", "status"]);
    assert_eq!(status["check"], "valid", "{status}");
}

#[test]
fn auth_status_names_reauth_for_an_invalid_instance() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    keyring.store("oc-acuity", "default/instance-id", "12345");
    keyring.store("oc-acuity", "default/instance-token", TOKEN);
    let mut invalid: Value = serde_json::from_str(&created_instance_json()).unwrap();
    invalid["valid"] = json!(false);
    let server = RecordingServer::start(200, "application/json", &invalid.to_string());
    let out = env
        .cmd()
        .args(platform_flags(&env, &server))
        .args(["--json", "auth", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["check"], "invalid");
    let message = status["message"].as_str().unwrap();
    // The hint runs as printed: it carries the run's own --base-url.
    let root = server.api_root();
    assert!(
        message.contains(&format!(
            "`oc-acuity --base-url {root} instance reauth 12345`"
        )),
        "{message}"
    );
}

/// `instance update 12345` with `flags` against a platform holding
/// [`created_instance_json`]: the run and the requests it made.
fn update_with(flags: &[&str]) -> (Output, Vec<Recorded>) {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let key = env.file("signature.key", &format!("{SIGNATURE_KEY}\n"));
    let flags: Vec<String> = flags
        .iter()
        .map(|f| f.replace("KEYFILE", key.to_str().unwrap()))
        .collect();
    let out = env
        .cmd()
        .args(platform_flags(&env, &server))
        .args(["--json", "instance", "update", "12345"])
        .args(&flags)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    (out, server.requests())
}

#[test]
fn update_sends_only_the_changed_keys() {
    let cases: [(&[&str], &str, &[&str]); 6] = [
        (
            &["--tag", "prod", "--tag", "eu"],
            r#"{"tags":["prod","eu"]}"#,
            &["tags"],
        ),
        (
            &["--name", "acuity-renamed", "--tag", "prod"],
            r#"{"name":"acuity-renamed"}"#,
            &["name"],
        ),
        (
            &["--event-callback-url", "https://app.example.com/new"],
            r#"{"configuration":{"event.notification.callback.url":"https://app.example.com/new"}}"#,
            &["event.notification.callback.url"],
        ),
        (
            &["--no-events"],
            r#"{"configuration":{"event.notification.enabled":false}}"#,
            &["event.notification.enabled"],
        ),
        (
            &["--signature-key-file", "KEYFILE"],
            r#"{"configuration":{"event.notification.signature.key":"signature-key-9a0f2"}}"#,
            &["event.notification.signature.key"],
        ),
        (
            &["--name", "b", "--tag", "x", "--events"],
            r#"{"name":"b","tags":["x"]}"#,
            &["name", "tags"],
        ),
    ];
    for (flags, body, changed) in cases {
        let (out, requests) = update_with(flags);
        let seen: Vec<(&str, &str)> = requests
            .iter()
            .map(|r| (r.method.as_str(), r.target.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                ("GET", "/elements/api-v2/instances/12345"),
                ("PATCH", "/elements/api-v2/instances/12345")
            ],
            "{flags:?}"
        );
        let patch = &requests[1];
        assert_platform_headers(patch);
        assert_eq!(patch.header("content-type"), Some("application/json"));
        assert_eq!(
            text(&patch.body),
            body,
            "{flags:?}: exactly the changed keys"
        );
        let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(printed["changed"], json!(changed), "{flags:?}");
        assert_eq!(printed["id"], 12345);
        assert_no_secret(
            &text(&out.stderr),
            &[SIGNATURE_KEY, USER_SECRET, ORG_SECRET],
        );
        assert_no_secret(
            &text(&out.stdout),
            &[SIGNATURE_KEY, USER_SECRET, ORG_SECRET],
        );
    }
}

#[test]
fn update_sends_no_patch_when_nothing_changes() {
    for flags in [
        &["--name", "acuity-prod", "--tag", "prod", "--events"][..],
        &["--event-callback-url", "https://app.example.com/events"][..],
        &[][..],
    ] {
        let (out, requests) = update_with(flags);
        let seen: Vec<(&str, &str)> = requests
            .iter()
            .map(|r| (r.method.as_str(), r.target.as_str()))
            .collect();
        assert_eq!(
            seen,
            [("GET", "/elements/api-v2/instances/12345")],
            "{flags:?}: no PATCH"
        );
        let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(printed["changed"], json!([]), "{flags:?}");
    }
}

/// A reauthorization answered with another id: said, the new id stored, and the saved
/// Webhook URL (the old id's) forgotten.
#[test]
fn reauth_answered_with_another_id_stores_it_and_forgets_the_old_webhook_url() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    keyring.store("oc-acuity", "default/instance-id", "12345");
    keyring.store("oc-acuity", "default/instance-token", TOKEN);
    let server = RecordingServer::with(|request| match request.method.as_str() {
        "GET" => (200, "application/json".into(), created_instance_json()),
        "PUT" => {
            let mut moved: Value = serde_json::from_str(&instance_with_token(NEW_TOKEN)).unwrap();
            moved["id"] = json!(54321);
            (200, "application/json".into(), moved.to_string())
        }
        _ => (405, "application/json".into(), r#"{"message":"no"}"#.into()),
    });
    let saved = env
        .cmd()
        .args([
            "config",
            "set",
            "webhook-url",
            "https://console.example.com/hook/12345",
        ])
        .output()
        .unwrap();
    assert_eq!(saved.status.code(), Some(0), "{}", text(&saved.stderr));
    let client = env.file("client.secret", &format!("{CLIENT_SECRET}\n"));
    let out = env
        .cmd()
        .args(platform_flags(&env, &server))
        .args(["--json", "instance", "reauth", "--code", NEW_CODE])
        .args(["--client-id", "client-id-1", "--client-secret-file"])
        .arg(&client)
        .args(["--callback-url", "https://app.example.com/oauth/acuity"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("answered the reauthorization of instance 12345 with instance 54321"),
        "{stderr}"
    );
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/instance-id")
            .as_deref(),
        Some("54321")
    );
    let url = env
        .cmd()
        .args(["config", "get", "webhook-url"])
        .output()
        .unwrap();
    assert!(
        text(&url.stdout).trim().is_empty(),
        "forgotten: {}",
        text(&url.stdout)
    );
}

/// The API root an instance was made at is remembered by the profile: later commands go
/// there without `--base-url`, `auth status` says it comes from the config, and another
/// `--base-url` is named.
#[test]
fn the_profile_remembers_the_api_root_of_its_instance() {
    let mut env = TestEnv::new();
    let _keyring = PrivateKeyring::start(&mut env);
    let sandbox = crate::support::sandbox_process::SandboxProcess::start(&env);
    let secret = env.file("secret", "s\n");
    let secrets = |cmd: &mut assert_cmd::Command| {
        cmd.arg("--user-secret-file")
            .arg(&secret)
            .arg("--org-secret-file")
            .arg(&secret);
    };
    let mut create = env.cmd();
    create.args([
        "--base-url",
        &sandbox.api_root,
        "instance",
        "create",
        "--name",
        "dc",
    ]);
    secrets(&mut create);
    let created = create
        .args(["--code", "c", "--no-events", "--client-id", "cid"])
        .arg("--client-secret-file")
        .arg(&secret)
        .args(["--callback-url", "https://app.example.com/cb"])
        .output()
        .unwrap();
    let stderr = text(&created.stderr);
    assert_eq!(created.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("Saved the API root to profile \"default\""),
        "{stderr}"
    );

    let mut show = env.cmd();
    show.args(["--json", "instance", "show"]);
    secrets(&mut show);
    let shown = show.output().unwrap();
    assert_eq!(shown.status.code(), Some(0), "{}", text(&shown.stderr));

    let mut status = env.cmd();
    status.args(["--json", "auth", "status"]);
    secrets(&mut status);
    let status: Value = serde_json::from_slice(&status.output().unwrap().stdout).unwrap();
    assert_eq!(status["apiRootSource"], "config", "{status}");
    assert_eq!(status["apiRoot"], sandbox.api_root, "{status}");

    let mut elsewhere = env.cmd();
    elsewhere.args([
        "--base-url",
        "http://127.0.0.1:9/elements/api-v2",
        "instance",
        "show",
    ]);
    secrets(&mut elsewhere);
    let elsewhere = elsewhere.output().unwrap();
    let stderr = text(&elsewhere.stderr);
    assert!(
        stderr.contains(&format!("saved the API root {}", sandbox.api_root)),
        "{stderr}"
    );
}
