//! The webhooks at Acuity: `webhook register` (idempotent, the 25 limit, the changed
//! duplicates), `webhook remove`, `instance delete` removing exactly its instance's
//! webhooks, a Webhook URL given by the user, stale registrations, and Acuity's errors.

use serde_json::{Value, json};

use crate::support::bed::{ACUITY_API_KEY, ACUITY_USER_ID, Bed, ids};
use crate::support::env::TestEnv;
use crate::support::keyring::PrivateKeyring;
use crate::support::library::client_builder;
use crate::support::recording::RecordingServer;
use crate::support::text;

impl Bed {
    /// `webhook list --all`: (id, target, standing) of each registration at Acuity.
    fn listed_all(&self) -> Vec<(u64, String, String)> {
        self.json(&["webhook", "list", "--all"])
            .as_array()
            .unwrap()
            .iter()
            .map(|w| {
                (
                    w["id"].as_u64().unwrap(),
                    w["target"].as_str().unwrap().to_owned(),
                    w["standing"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    }
}

fn sorted(mut ids: Vec<u64>) -> Vec<u64> {
    ids.sort_unstable();
    ids
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

/// An Acuity error body that repeats the request's Authorization header (a proxy's, a
/// debugging server's) never prints the API key: not as sent (`Basic base64(id:key)`), not
/// decoded, not the key alone. On a GET (list) and a POST (register).
#[test]
fn acuity_errors_that_echo_the_credentials_print_them_redacted() {
    use base64::Engine;
    let env = TestEnv::new();
    const KEY: &str = "MyAcuityKey123";
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("1234:{KEY}"));
    let echo = RecordingServer::with(|request| {
        let said = format!(
            "rejected: {} (key {})",
            request.header("authorization").unwrap_or_default(),
            request
                .header("authorization")
                .and_then(|h| h.strip_prefix("Basic "))
                .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
                .map(|d| String::from_utf8_lossy(&d).into_owned())
                .unwrap_or_default()
        );
        let status = if request.method == "GET" { 401 } else { 400 };
        (
            status,
            "application/json".into(),
            serde_json::json!({"status_code": status, "message": said}).to_string(),
        )
    });
    for command in [
        &["webhook", "list", "10001"][..],
        &["webhook", "register", "10001"],
    ] {
        let out = env
            .cmd()
            .args([
                "--retries",
                "0",
                "--base-url",
                "https://api.example.com/elements/api-v2",
            ])
            .args(command)
            .args([
                "--acuity-base-url",
                &format!("http://127.0.0.1:{}/api/v1", echo.port),
            ])
            .env("OC_ACUITY_ACUITY_USER_ID", "1234")
            .env("OC_ACUITY_ACUITY_API_KEY", KEY)
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert!(stderr.contains("Acuity answered"), "{command:?}: {stderr}");
        assert!(stderr.contains("[redacted]"), "{command:?}: {stderr}");
        for secret in [KEY, basic.as_str()] {
            assert!(
                !stderr.contains(secret),
                "{command:?} printed {secret}: {stderr}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// The webhooks at Acuity: delete, a given Webhook URL, stale registrations.

#[test]
fn delete_removes_exactly_the_instances_webhooks() {
    let bed = Bed::new();
    let (a, b) = (bed.create(&["--no-events"]), bed.create(&["--no-events"]));
    let (of_a, of_b) = (bed.register(a), bed.register(b));
    assert_eq!((of_a.len(), of_b.len()), (4, 4));

    let deleted = bed.json(&["instance", "delete", "--yes", &a.to_string()]);
    assert_eq!(deleted["deleted"], a);
    assert_eq!(
        sorted(
            deleted["webhooksRemoved"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| id.as_u64().unwrap())
                .collect()
        ),
        of_a,
        "{deleted}"
    );
    assert!(deleted.get("webhooksRemain").is_none(), "{deleted}");

    let left = bed.listed_all();
    let url_b = bed.webhook_url(b);
    assert_eq!(
        sorted(left.iter().map(|(id, _, _)| *id).collect()),
        of_b,
        "the other instance's webhooks remain"
    );
    for (_, target, standing) in &left {
        assert_eq!(
            (target.as_str(), standing.as_str()),
            (url_b.as_str(), "current")
        );
    }
}

#[test]
fn webhook_register_url_is_saved_and_used_from_then_on() {
    let mut env = TestEnv::new();
    let _keyring = PrivateKeyring::start(&mut env);
    let bed = Bed::in_env(env);
    let out = bed.run(&[
        "instance",
        "create",
        "--code",
        "c",
        "--name",
        "console",
        "--no-events",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let given =
        "https://console.cloud-elements.com/elements/api-v2/events/acuityscheduling/MTAwMDE=";

    let out = bed
        .cmd()
        .args(["--json", "webhook", "register", "--url", given])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let registered: Value = serde_json::from_slice(&out.stdout).unwrap();
    let targets: Vec<&str> = registered
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["target"].as_str().unwrap())
        .collect();
    assert_eq!(targets, [given; 4]);
    assert!(
        text(&out.stderr).contains("Saved the Webhook URL"),
        "{}",
        text(&out.stderr)
    );

    let url = bed.run(&["webhook", "url"]);
    assert_eq!(text(&url.stdout), format!("{given}\n"));
    assert!(
        !text(&url.stderr).contains("derived"),
        "a given URL needs no caveat: {}",
        text(&url.stderr)
    );
    let config =
        std::fs::read_to_string(bed.env.path("config").join("oc-acuity/config.toml")).unwrap();
    assert!(
        config.contains(&format!("webhook-url = \"{given}\"")),
        "{config}"
    );
    let got = bed.run(&["config", "get", "webhook-url"]);
    assert_eq!(text(&got.stdout).trim(), given);
    assert_eq!(bed.json(&["instance", "show"])["webhookUrl"], given);
    assert_eq!(
        ids(&bed.json(&["webhook", "list"])),
        ids(&registered),
        "the instance's registrations are the given URL's"
    );
    let again = bed.json(&["webhook", "register"]);
    assert!(
        again
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == "existing" && r["target"] == given),
        "{again}"
    );

    // The environment names it too, for the profile's own instance.
    let from_env = bed
        .cmd()
        .env("OC_ACUITY_WEBHOOK_URL", "https://console.example.com/hook")
        .args(["webhook", "url"])
        .output()
        .unwrap();
    assert_eq!(text(&from_env.stdout), "https://console.example.com/hook\n");
}

#[test]
fn webhook_list_all_marks_stale_and_remove_stale_removes_exactly_them() {
    let bed = Bed::new();
    let (a, b) = (bed.create(&["--no-events"]), bed.create(&["--no-events"]));
    let (of_a, of_b) = (bed.register(a), bed.register(b));
    // A registration that points elsewhere.
    let elsewhere = bed.json(&[
        "webhook",
        "register",
        &a.to_string(),
        "--url",
        "https://elsewhere.example.com/hook",
        "--event",
        "order.completed",
    ]);
    let other = ids(&elsewhere);

    // Without Acuity credentials, delete says the webhooks remain, and how to remove them.
    let out = bed
        .cmd()
        .env_remove("OC_ACUITY_ACUITY_USER_ID")
        .env_remove("OC_ACUITY_ACUITY_API_KEY")
        .args(["--json", "instance", "delete", "--yes", &b.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let deleted: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(deleted["webhooksRemoved"], json!([]));
    let remain = deleted["webhooksRemain"].as_str().unwrap();
    assert!(
        remain.contains(&bed.webhook_url(b)) && remain.contains("oc-acuity webhook remove --stale"),
        "{remain}"
    );

    let listed = bed.listed_all();
    let standing_of = |ids: &[u64]| -> Vec<String> {
        ids.iter()
            .map(|id| listed.iter().find(|(w, _, _)| w == id).unwrap().2.clone())
            .collect()
    };
    assert_eq!(standing_of(&of_a), ["current"; 4]);
    assert_eq!(standing_of(&of_b), ["stale"; 4]);
    assert_eq!(standing_of(&other), ["other"]);
    let human = bed.run(&["webhook", "list", "--all"]);
    assert_eq!(
        text(&human.stdout).matches("STALE").count(),
        4,
        "{}",
        text(&human.stdout)
    );
    assert!(
        text(&human.stderr).contains("webhook remove --stale"),
        "{}",
        text(&human.stderr)
    );

    let removed = bed.json(&["webhook", "remove", "--stale"]);
    assert_eq!(
        sorted(
            removed["removed"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| id.as_u64().unwrap())
                .collect()
        ),
        of_b
    );
    let left = sorted(bed.listed_all().iter().map(|(id, _, _)| *id).collect());
    assert_eq!(
        left,
        sorted([of_a, other].concat()),
        "only the stale ones went"
    );
}

/// Under a sandbox of the run's own (none serving), `webhook register` would point Acuity
/// at a port that closes when the run ends, and each run would add more: refused (exit
/// 2) with the way on, nothing registered. With `--url` it registers that URL.
#[test]
fn register_under_a_sandbox_of_the_runs_own_is_refused_with_the_way_on() {
    let env = TestEnv::new();
    let created = env
        .cmd()
        .args(["--sandbox", "--json", "instance", "create", "--name", "w"])
        .args(["--code", "c", "--no-events"])
        .output()
        .unwrap();
    assert!(created.status.success(), "{}", text(&created.stderr));
    let registered = |args: &[&str]| {
        env.cmd()
            .args(["--sandbox", "webhook", "register"])
            .args(args)
            .output()
            .unwrap()
    };
    for _ in 0..2 {
        let out = registered(&[]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains("`oc-acuity sandbox --background`"),
            "{stderr}"
        );
    }
    let listed = |env: &TestEnv| {
        let out = env
            .cmd()
            .args(["--sandbox", "--json", "webhook", "list", "--all"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    assert_eq!(listed(&env).as_array().map(Vec::len), Some(0));
    let out = registered(&["--url", "https://app.example.com/hook"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(listed(&env).as_array().map(Vec::len), Some(4));
}
