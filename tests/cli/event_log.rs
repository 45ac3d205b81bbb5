//! `events log`: the platform's record of the events an instance received, newest first,
//! as a table for people and the records whole with `--json`; end to end against the
//! sandbox, and byte for byte against a recording platform.

use serde_json::{Value, json};

use crate::support::args::sandbox_create;
use crate::support::code;
use crate::support::env::TestEnv;
use crate::support::recording::{
    RecordingServer, assert_platform_headers, json_answer, platform_flags,
};
use crate::support::sandbox_process::SandboxProcess;
use crate::support::text;

/// The table's lines with each date (the first column, 20 wide) replaced by `DATE`.
fn undated(table: &str) -> Vec<String> {
    table
        .lines()
        .map(|line| match line.split_at_checked(20) {
            Some((date, rest)) if date.ends_with('Z') => format!("DATE{rest}"),
            _ => line.to_owned(),
        })
        .collect()
}

/// Acuity calls an instance's Webhook URL three times (booked, rescheduled, canceled):
/// `events log` shows each, newest first, with what the platform did (events are off for
/// this instance: received, sent nowhere); before that, none and the fix.
#[test]
fn events_log_shows_what_the_platform_received_newest_first() {
    let env = TestEnv::new();
    let _sandbox = SandboxProcess::start(&env);
    let id = sandbox_create(&env, &[])["id"].to_string();
    let log = |extra: &[&str]| {
        env.cmd()
            .args(["--sandbox", "events", "log", &id])
            .args(extra)
            .output()
            .unwrap()
    };

    let none = log(&[]);
    let stderr = text(&none.stderr);
    assert_eq!(code(&none), Some(0), "{stderr}");
    assert_eq!(text(&none.stdout), "");
    assert!(
        stderr.contains(&format!(
            "The platform has received no event for instance {id}: Acuity has not called its \
             Webhook URL. Register the webhooks (`oc-acuity --sandbox webhook register {id}`), \
             then book one: `oc-acuity sandbox book`; `oc-acuity --sandbox doctor {id}` checks \
             the whole path."
        )),
        "{stderr}"
    );

    let registered = env
        .cmd()
        .args(["--sandbox", "webhook", "register", &id])
        .output()
        .unwrap();
    assert_eq!(code(&registered), Some(0), "{}", text(&registered.stderr));
    for action in ["scheduled", "rescheduled", "canceled"] {
        let booked = env
            .cmd()
            .args(["sandbox", "book", "--action", action])
            .output()
            .unwrap();
        assert_eq!(code(&booked), Some(0), "{}", text(&booked.stderr));
    }

    let all = log(&[]);
    assert_eq!(code(&all), Some(0), "{}", text(&all.stderr));
    let first = 1001;
    assert_eq!(
        undated(&text(&all.stdout)),
        [
            "WHEN                  OBJECT       OBJECT ID   EVENT    STATUS".to_owned(),
            format!("DATE  appointment  {}        DELETED  received", first + 2),
            format!("DATE  appointment  {}        UPDATED  received", first + 1),
            format!("DATE  appointment  {first}        CREATED  received"),
        ]
    );
    assert!(
        text(&all.stderr).contains(&format!(
            "3 of 3 event(s) the platform received for instance {id}, newest first."
        )),
        "{}",
        text(&all.stderr)
    );

    let newest = log(&["--limit", "1"]);
    assert_eq!(text(&newest.stdout).lines().count(), 2, "header and one");
    assert!(text(&newest.stderr).contains("1 of 3 event(s)"));
    assert!(text(&newest.stderr).contains("`--limit N` shows more."));

    let json = env
        .cmd()
        .args(["--sandbox", "--json", "events", "log", &id, "--limit", "2"])
        .output()
        .unwrap();
    assert_eq!(code(&json), Some(0), "{}", text(&json.stderr));
    let records: Value = serde_json::from_slice(&json.stdout).unwrap();
    let actions: Vec<&str> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["providerData"]["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["canceled", "rescheduled"], "{records}");
    assert_eq!(records[0]["status"], "received");
}

/// Against a recording platform: one `GET /instances/{id}/events` with the platform's
/// headers; records in any order and date form are shown newest first, `--limit` keeps
/// the newest, `--json` prints the records whole, and remote text is made safe.
#[test]
fn events_log_sorts_the_platforms_records_and_keeps_them_whole() {
    let env = TestEnv::new();
    let records = json!([
        {"id": 1, "eventDate": "2026-12-01T09:00:00Z", "status": "DELIVERED",
         "notifiedData": [{"objectType": "appointment", "objectId": 11, "eventType": "CREATED"}]},
        {"id": 3, "eventDate": "2026-12-02T09:00:00Z", "status": "FAILED\u{1b}[31m",
         "notifiedData": "{\"objectType\":\"appointment\",\"objectId\":\"12\",\"eventType\":\"DELETED\"}"},
        {"id": 2, "eventDate": "2026-12-01T18:00:00Z", "notifiedData": []},
    ]);
    let answer = records.to_string();
    let server = RecordingServer::with(move |_| json_answer(200, answer.clone()));
    let run = |extra: &[&str]| {
        env.cmd()
            .args(platform_flags(&env, &server))
            .args(extra)
            .output()
            .unwrap()
    };

    let table = run(&["events", "log", "4242"]);
    assert_eq!(code(&table), Some(0), "{}", text(&table.stderr));
    assert_eq!(
        text(&table.stdout),
        "WHEN                  OBJECT       OBJECT ID   EVENT    STATUS\n\
         2026-12-02T09:00:00Z  appointment  12          DELETED  FAILED\\u{1b}[31m\n\
         2026-12-01T18:00:00Z  ?            ?           ?        ?\n\
         2026-12-01T09:00:00Z  appointment  11          CREATED  DELIVERED\n"
    );
    let request = server.only_request();
    assert_eq!(
        (request.method.as_str(), request.target.as_str()),
        ("GET", "/elements/api-v2/instances/4242/events")
    );
    assert_platform_headers(&request);

    let json = run(&["--json", "events", "log", "4242", "--limit", "2"]);
    assert_eq!(code(&json), Some(0), "{}", text(&json.stderr));
    let shown: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(shown, json!([records[1], records[2]]));
}

/// A bad `--limit` is exit 2 before anything is sent.
#[test]
fn events_log_refuses_a_limit_below_one() {
    let env = TestEnv::new();
    let server = RecordingServer::start(200, "application/json", "[]");
    for limit in ["0", "-1", "many"] {
        let out = env
            .cmd()
            .args(platform_flags(&env, &server))
            .args(["events", "log", "4242", &format!("--limit={limit}")])
            .output()
            .unwrap();
        assert_eq!(code(&out), Some(2), "{limit}: {}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("--limit"),
            "{}",
            text(&out.stderr)
        );
    }
    assert!(server.requests().is_empty());
}
