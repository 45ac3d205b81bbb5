//! The whole life of an instance (issue 10): the sandbox as true to the real services as
//! the public record allows (a 404 for an empty list, string booleans, a PATCH with only
//! tags, the consent page's scope), `instance reauth` and `instance update` on the wire,
//! `instance delete` and the webhooks at Acuity, a Webhook URL given by the user,
//! stale registrations, `events listen` forwarding and repeated deliveries, `doctor` on a
//! healthy and on each broken setup, and `sandbox reset`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Output, Stdio};
use std::sync::mpsc::{self, Receiver};

use serde_json::{Value, json};

use crate::support::bed::Bed;
use crate::support::env::TestEnv;
use crate::support::http::{free_port, http_get, http_request};
use crate::support::keyring::PrivateKeyring;
use crate::support::library::platform_signature;
use crate::support::recording::{Recorded, RecordingServer, created_instance_json};
use crate::support::secrets::{
    CLIENT_SECRET, ORG_SECRET, SIGNATURE_KEY, TOKEN, USER_SECRET, assert_no_secret,
};
use crate::support::text;
use crate::support::wait::EVENT_TIMEOUT;

/// The platform Authorization header the sandbox accepts (any secrets).
const PLATFORM_AUTH: (&str, &str) = ("Authorization", "User u, Organization o");

impl Bed {
    /// `webhook register ID` of the default events; the ids of the registrations.
    fn register(&self, id: u64) -> Vec<u64> {
        let registered = self.json(&["webhook", "register", &id.to_string()]);
        ids(&registered)
    }

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

    /// The derived Webhook URL of instance `id` on this sandbox.
    fn webhook_url(&self, id: u64) -> String {
        let out = self.run(&["webhook", "url", &id.to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).trim().to_owned()
    }

    /// `doctor` with `extra` flags, `--json`: its exit code and document.
    fn doctor(&self, extra: &[&str]) -> (Option<i32>, Value) {
        let out = self
            .cmd()
            .args(["--json", "doctor"])
            .args(extra)
            .output()
            .unwrap();
        let diagnosis = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "doctor printed no JSON ({e}): {} / {}",
                text(&out.stdout),
                text(&out.stderr)
            )
        });
        (out.status.code(), diagnosis)
    }
}

/// The `id` of each object of a JSON array, sorted.
fn ids(list: &Value) -> Vec<u64> {
    let mut ids: Vec<u64> = list
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {list}"))
        .iter()
        .map(|item| item["id"].as_u64().unwrap())
        .collect();
    ids.sort_unstable();
    ids
}

fn sorted(mut ids: Vec<u64>) -> Vec<u64> {
    ids.sort_unstable();
    ids
}

/// A running `events listen`: its URL, and its stdout and stderr as lines arrive.
struct Listener {
    child: Child,
    url: String,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
}

impl Listener {
    /// `events listen --port 0` with `extra` flags, once it says where it listens.
    fn start(env: &TestEnv, extra: &[&str]) -> Self {
        let mut child = env
            .process()
            .args(["events", "listen", "--port", "0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = lines_of(child.stdout.take().unwrap());
        let stderr = lines_of(child.stderr.take().unwrap());
        let mut listener = Self {
            child,
            url: String::new(),
            stdout,
            stderr,
        };
        let said = listener.stderr_line_with("Listening for event deliveries on ");
        let start = said.find("http://").unwrap();
        listener.url = said[start..].split_whitespace().next().unwrap().to_owned();
        listener
    }

    /// The next line on stdout (one per delivery, or per event).
    fn next_line(&self) -> String {
        self.stdout
            .recv_timeout(EVENT_TIMEOUT)
            .unwrap_or_else(|e| panic!("events listen printed no line on stdout: {e}"))
    }

    /// The next line on stderr that contains `needle`.
    fn stderr_line_with(&self, needle: &str) -> String {
        let mut seen = String::new();
        loop {
            match self.stderr.recv_timeout(EVENT_TIMEOUT) {
                Ok(line) if line.contains(needle) => return line,
                Ok(line) => seen.push_str(&line),
                Err(e) => panic!("events listen said no {needle:?} on stderr ({e}): {seen}"),
            }
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The lines of `stream` as they arrive, read on a thread of their own.
fn lines_of(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// POSTs `body` to `url` with exactly these header lines (plus Host, Content-Length and
/// Connection), as the platform would deliver an event; the status of the answer.
fn deliver(url: &str, headers: &[(&str, &str)], body: &[u8]) -> u16 {
    let url = url::Url::parse(url).unwrap();
    let port = url.port().unwrap();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(EVENT_TIMEOUT)).unwrap();
    let mut head = format!(
        "POST {} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        url.path(),
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {answer:?}"))
}

/// `--base-url` at `server` and the platform secrets from files.
fn platform_flags(env: &TestEnv, server: &RecordingServer) -> Vec<String> {
    let user = env.file("user.secret", &format!("{USER_SECRET}\n"));
    let org = env.file("org.secret", &format!("{ORG_SECRET}\n"));
    vec![
        "--base-url".into(),
        server.api_root(),
        "--user-secret-file".into(),
        user.display().to_string(),
        "--org-secret-file".into(),
        org.display().to_string(),
    ]
}

fn assert_platform_headers(request: &Recorded) {
    assert_eq!(
        request.header("authorization"),
        Some(format!("User {USER_SECRET}, Organization {ORG_SECRET}").as_str())
    );
}

// ---------------------------------------------------------------------------------------
// Fidelity: the sandbox and the client agree with the public record.

#[test]
fn a_404_for_the_instance_list_is_an_empty_account() {
    let env = TestEnv::new();
    let server = RecordingServer::start(
        404,
        "application/json",
        r#"{"message":"No instances found"}"#,
    );
    let out = env
        .cmd()
        .args(platform_flags(&env, &server))
        .args(["--json", "instance", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed, json!([]), "no instances");
    // Every request, counted here: a harness helper may leave this GET out as a create's lookup.
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "one GET, not retried: {requests:#?}");
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.target,
        "/elements/api-v2/elements/acuityscheduling/instances?pageSize=200"
    );
    assert_platform_headers(request);

    let human = env
        .cmd()
        .args(platform_flags(&env, &server))
        .args(["instance", "list"])
        .output()
        .unwrap();
    assert_eq!(human.status.code(), Some(0), "{}", text(&human.stderr));
    assert!(
        !text(&human.stderr).contains("404"),
        "{}",
        text(&human.stderr)
    );
}

#[test]
fn the_sandbox_answers_404_for_an_empty_account_and_the_list_is_empty() {
    let bed = Bed::new();
    let list_url = format!(
        "{}/elements/acuityscheduling/instances",
        bed.sandbox.api_root
    );
    let (status, _, body) = http_request("GET", &list_url, "", Some(PLATFORM_AUTH));
    assert_eq!(status, 404, "{body}");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["message"], "No instances found");
    assert_eq!(bed.json(&["instance", "list"]), json!([]));

    let id = bed.create(&["--no-events"]);
    let (status, _, body) = http_request("GET", &list_url, "", Some(PLATFORM_AUTH));
    assert_eq!(status, 200, "{body}");
    assert_eq!(ids(&bed.json(&["instance", "list"])), [id]);
}

#[test]
fn the_sandbox_takes_event_notification_enabled_as_a_string() {
    let bed = Bed::new();
    let create = |enabled: Value| {
        let body = json!({
            "element": {"key": "acuityscheduling"},
            "providerData": {"code": "c"},
            "configuration": {
                "oauth.api.key": "k", "oauth.api.secret": "s",
                "oauth.callback.url": "https://app.example.com/cb",
                "event.notification.enabled": enabled,
                "event.notification.callback.url": "https://app.example.com/events"
            },
            "name": "strings"
        });
        let url = format!("{}/instances", bed.sandbox.api_root);
        http_request("POST", &url, &body.to_string(), Some(PLATFORM_AUTH))
    };
    for (sent, on) in [("true", true), ("false", false)] {
        let (status, _, body) = create(json!(sent));
        assert_eq!(status, 200, "{sent:?} as a string is taken: {body}");
        let created: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(created["eventsEnabled"], on, "{body}");
        let shown = bed.json(&["instance", "show", &created["id"].to_string()]);
        assert_eq!(shown["eventsEnabled"], on, "{shown}");
    }
    let (status, _, body) = create(json!("yes"));
    assert_eq!(status, 400, "not a boolean: {body}");
    assert!(body.contains("event.notification.enabled"), "{body}");
}

#[test]
fn the_sandbox_takes_a_patch_with_only_tags_or_a_name() {
    let bed = Bed::new();
    let id = bed.create(&[
        "--tag",
        "old",
        "--event-callback-url",
        "https://app.example.com/events",
    ]);
    let url = format!("{}/instances/{id}", bed.sandbox.api_root);
    // The documented PATCH: the id and the tags, nothing else.
    let (status, _, body) = http_request(
        "PATCH",
        &url,
        &json!({"id": id, "tags": ["new", "two"]}).to_string(),
        Some(PLATFORM_AUTH),
    );
    assert_eq!(status, 200, "{body}");
    let shown = bed.json(&["instance", "show", &id.to_string()]);
    assert_eq!(shown["tags"], json!(["new", "two"]));
    assert_eq!(shown["name"], "life-1", "the name stays");
    assert_eq!(shown["eventsEnabled"], true, "the configuration stays");
    assert_eq!(shown["eventCallbackUrl"], "https://app.example.com/events");

    let (status, _, body) = http_request(
        "PATCH",
        &url,
        &json!({"name": "renamed"}).to_string(),
        Some(PLATFORM_AUTH),
    );
    assert_eq!(status, 200, "{body}");
    let shown = bed.json(&["instance", "show", &id.to_string()]);
    assert_eq!(shown["name"], "renamed");
    assert_eq!(shown["tags"], json!(["new", "two"]));

    // What `instance update` sends, the sandbox takes.
    let updated = bed.json(&["instance", "update", &id.to_string(), "--tag", "third"]);
    assert_eq!(updated["changed"], json!(["tags"]));
    assert_eq!(updated["tags"], json!(["third"]));
    assert_eq!(
        bed.json(&["instance", "show", &id.to_string()])["tags"],
        json!(["third"])
    );
}

#[test]
fn the_consent_page_requires_scope_api_v1() {
    let bed = Bed::new();
    let consent = |scope: Option<&str>| {
        let mut url = url::Url::parse(&format!("{}/acuity/oauth2/authorize", bed.base())).unwrap();
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", "cid")
            .append_pair("redirect_uri", "https://app.example.com/cb")
            .append_pair("state", "s1");
        if let Some(scope) = scope {
            url.query_pairs_mut().append_pair("scope", scope);
        }
        http_get(url.as_str())
    };
    for scope in [None, Some("api-v2"), Some("")] {
        let (status, _, page) = consent(scope);
        assert_eq!(status, 400, "scope {scope:?} refused: {page}");
        assert!(page.contains("scope must be api-v1"), "{page}");
    }
    let (status, _, page) = consent(Some("api-v1"));
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Allow"), "{page}");

    // The platform's oauth/url leads to a page that shows.
    let mut url = url::Url::parse(&format!(
        "{}/elements/acuityscheduling/oauth/url",
        bed.sandbox.api_root
    ))
    .unwrap();
    url.query_pairs_mut()
        .append_pair("apiKey", "cid")
        .append_pair("apiSecret", "s")
        .append_pair("callbackUrl", "https://app.example.com/cb");
    let (status, _, body) = http_request("GET", url.as_str(), "", Some(PLATFORM_AUTH));
    assert_eq!(status, 200, "{body}");
    let oauth_url = serde_json::from_str::<Value>(&body).unwrap()["oauthUrl"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(oauth_url.contains("scope=api-v1"), "{oauth_url}");
    let (status, _, page) = http_get(&oauth_url);
    assert_eq!(status, 200, "{page}");
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

// ---------------------------------------------------------------------------------------
// doctor.

/// The `(step, outcome)` pairs of a diagnosis, in order.
fn outcomes(diagnosis: &Value) -> Vec<(String, String)> {
    diagnosis["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["step"].as_str().unwrap().to_owned(),
                s["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn expect(steps: [(&str, &str); 6]) -> Vec<(String, String)> {
    steps
        .iter()
        .map(|(s, o)| ((*s).to_owned(), (*o).to_owned()))
        .collect()
}

const ALL_PASS: [(&str, &str); 6] = [
    ("platform", "pass"),
    ("instance", "pass"),
    ("events", "pass"),
    ("webhooks", "pass"),
    ("stale", "pass"),
    ("callback", "pass"),
];

/// The steps of `diagnosis` named `name`.
fn step<'d>(diagnosis: &'d Value, name: &str) -> &'d Value {
    diagnosis["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["step"] == name)
        .unwrap_or_else(|| panic!("no step {name}: {diagnosis}"))
}

/// Asserts only `failed` fails (the others as in `steps`), and that its fix names `fix`.
fn assert_fails(
    (code, diagnosis): &(Option<i32>, Value),
    steps: [(&str, &str); 6],
    failed: &str,
    fix: &str,
) {
    assert_eq!(outcomes(diagnosis), expect(steps), "{diagnosis:#}");
    assert_eq!(*code, Some(1), "exit 1 when a step fails");
    assert_eq!(diagnosis["healthy"], false);
    let failing = step(diagnosis, failed);
    let named = failing["fix"].as_str().unwrap_or_default();
    assert!(named.contains(fix), "the fix of {failed}: {failing:#}");
}

/// A sandbox, a listener (checking `listener_key` when given) and an instance whose
/// events go to the listener (signed with `instance_key`), its webhooks registered when
/// `register`.
struct Healthy {
    bed: Bed,
    listener: Listener,
    id: u64,
}

impl Healthy {
    fn new(key: Option<&str>, register: bool) -> Self {
        let bed = Bed::new();
        let key_file = key.map(|k| bed.env.file("signature.key", &format!("{k}\n")));
        let key_flags: Vec<&str> = match &key_file {
            Some(path) => vec!["--signature-key-file", path.to_str().unwrap()],
            None => Vec::new(),
        };
        let listener = Listener::start(&bed.env, &key_flags);
        let mut create = vec!["--event-callback-url", listener.url.as_str()];
        create.extend_from_slice(&key_flags);
        let id = bed.create(&create);
        if register {
            bed.register(id);
        }
        Self { bed, listener, id }
    }

    fn id(&self) -> String {
        self.id.to_string()
    }
}

#[test]
fn doctor_passes_on_a_healthy_sandbox_setup() {
    let setup = Healthy::new(Some(SIGNATURE_KEY), true);
    let bed = &setup.bed;
    let key = bed.env.path("signature.key");
    let (code, diagnosis) = bed.doctor(&[
        &setup.id(),
        "--send-test",
        "--signature-key-file",
        key.to_str().unwrap(),
    ]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
    assert_eq!(diagnosis["healthy"], true);
    assert_eq!(diagnosis["instanceId"], setup.id);
    assert_eq!(diagnosis["webhookUrl"], bed.webhook_url(setup.id).as_str());
    assert!(
        diagnosis["steps"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s.get("fix").is_none()),
        "{diagnosis:#}"
    );
    // The signed sample event reached the listener, and it checked the signature.
    let line = setup.listener.next_line();
    assert!(
        line.contains("test doctor") && line.contains("signature verified"),
        "{line}"
    );

    let human = bed.run(&["doctor", &setup.id()]);
    assert_eq!(human.status.code(), Some(0), "{}", text(&human.stderr));
    let stdout = text(&human.stdout);
    let marks: Vec<&str> = stdout.lines().map(|l| &l[..4]).collect();
    assert_eq!(marks, ["ok  "; 6], "{stdout}");
    assert!(!stdout.contains("fix:"), "{stdout}");
}

#[test]
fn doctor_names_events_off_and_its_fix() {
    let bed = Bed::new();
    let listener = Listener::start(&bed.env, &[]);
    let id = bed.create(&["--no-events"]);
    bed.register(id);
    let diagnosis = bed.doctor(&[&id.to_string()]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "fail"),
            ("webhooks", "pass"),
            ("stale", "pass"),
            ("callback", "skip"),
        ],
        "events",
        &format!("oc-acuity instance events enable {id} --event-callback-url"),
    );
    let human = bed.run(&["doctor", &id.to_string()]);
    assert_eq!(human.status.code(), Some(1));
    let stdout = text(&human.stdout);
    assert!(stdout.contains("FAIL  events"), "{stdout}");
    assert!(
        stdout.contains("fix: `oc-acuity instance events enable"),
        "{stdout}"
    );

    // The fix it names mends it.
    bed.json(&[
        "instance",
        "events",
        "enable",
        &id.to_string(),
        "--event-callback-url",
        &listener.url,
    ]);
    let (code, diagnosis) = bed.doctor(&[&id.to_string()]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
}

#[test]
fn doctor_names_missing_webhooks_and_its_fix() {
    let setup = Healthy::new(None, false);
    let bed = &setup.bed;
    let diagnosis = bed.doctor(&[&setup.id()]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "pass"),
            ("webhooks", "fail"),
            ("stale", "pass"),
            ("callback", "pass"),
        ],
        "webhooks",
        &format!("oc-acuity webhook register {}", setup.id),
    );
    let detail = step(&diagnosis.1, "webhooks")["detail"].as_str().unwrap();
    assert!(
        detail.contains("appointment.scheduled") && detail.contains(&bed.webhook_url(setup.id)),
        "{detail}"
    );

    bed.register(setup.id);
    let (code, diagnosis) = bed.doctor(&[&setup.id()]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
}

#[test]
fn doctor_names_a_stale_webhook_and_its_fix() {
    let setup = Healthy::new(None, true);
    let bed = &setup.bed;
    let gone = bed.create(&["--no-events"]);
    bed.register(gone);
    // Deleted where the Acuity credentials were not at hand: its webhooks stay behind.
    let out = bed
        .cmd()
        .env_remove("OC_ACUITY_ACUITY_USER_ID")
        .args(["instance", "delete", "--yes", &gone.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));

    let diagnosis = bed.doctor(&[&setup.id()]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "pass"),
            ("webhooks", "pass"),
            ("stale", "fail"),
            ("callback", "pass"),
        ],
        "stale",
        "oc-acuity webhook remove --stale",
    );

    bed.json(&["webhook", "remove", "--stale"]);
    let (code, diagnosis) = bed.doctor(&[&setup.id()]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
}

#[test]
fn doctor_names_a_wrong_key_and_its_fix() {
    // The listener checks key A; the sample event is signed with key B.
    let setup = Healthy::new(Some("key-a-listener"), true);
    let bed = &setup.bed;
    let other = bed.env.file("other.key", "key-b-doctor\n");
    let diagnosis = bed.doctor(&[
        &setup.id(),
        "--send-test",
        "--signature-key-file",
        other.to_str().unwrap(),
    ]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "pass"),
            ("webhooks", "pass"),
            ("stale", "pass"),
            ("callback", "fail"),
        ],
        "callback",
        &format!(
            "oc-acuity instance update {} --signature-key-file",
            setup.id
        ),
    );
    let detail = step(&diagnosis.1, "callback")["detail"].as_str().unwrap();
    assert!(detail.contains("401") && detail.contains("key"), "{detail}");

    // The listener said what a rejected delivery leads to.
    let warning = setup
        .listener
        .stderr_line_with("wrong Elements-Webhook-Signature");
    assert!(
        warning.contains("9 times over about 73 hours") && warning.contains("deactivates"),
        "{warning}"
    );
    assert_no_secret(&warning, &["key-a-listener", "key-b-doctor"]);
}

#[test]
fn doctor_names_an_unreachable_callback_and_its_fix() {
    let bed = Bed::new();
    let closed = format!("http://127.0.0.1:{}/", free_port());
    let id = bed.create(&["--event-callback-url", &closed]);
    bed.register(id);
    let diagnosis = bed.doctor(&[&id.to_string(), "--send-test"]);
    assert_fails(
        &diagnosis,
        [
            ("platform", "pass"),
            ("instance", "pass"),
            ("events", "pass"),
            ("webhooks", "pass"),
            ("stale", "pass"),
            ("callback", "fail"),
        ],
        "callback",
        &format!("oc-acuity instance update {id} --event-callback-url"),
    );
    let detail = step(&diagnosis.1, "callback")["detail"].as_str().unwrap();
    assert!(detail.contains("cannot be reached"), "{detail}");
    // Without --send-test, asking whether it answers finds the same.
    let (code, asked) = bed.doctor(&[&id.to_string()]);
    assert_eq!(code, Some(1));
    let callback = step(&asked, "callback");
    assert_eq!(callback["outcome"], "fail", "{asked:#}");
    assert_eq!(callback["fix"], step(&diagnosis.1, "callback")["fix"]);

    // The fix it names mends it.
    let listener = Listener::start(&bed.env, &[]);
    bed.json(&[
        "instance",
        "update",
        &id.to_string(),
        "--event-callback-url",
        &listener.url,
    ]);
    let (code, diagnosis) = bed.doctor(&[&id.to_string(), "--send-test"]);
    assert_eq!(outcomes(&diagnosis), expect(ALL_PASS), "{diagnosis:#}");
    assert_eq!(code, Some(0));
}

// ---------------------------------------------------------------------------------------
// sandbox reset.

#[test]
fn sandbox_reset_empties_the_state_and_asks_first() {
    let bed = Bed::new();
    let id = bed.create(&["--no-events"]);
    bed.register(id);

    let refused = bed
        .env
        .cmd()
        .args(["--no-input", "sandbox", "reset"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
    assert!(
        text(&refused.stderr).contains("--yes"),
        "{}",
        text(&refused.stderr)
    );
    assert_eq!(
        ids(&bed.json(&["instance", "list"])),
        [id],
        "nothing was changed"
    );

    let out = bed
        .env
        .cmd()
        .args(["--json", "sandbox", "reset", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let state = bed.env.path("data").join("oc-acuity/sandbox.json");
    let reset: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(reset["reset"], state.display().to_string());

    // The running sandbox sees the empty state at once.
    assert_eq!(bed.json(&["instance", "list"]), json!([]));
    assert_eq!(bed.json(&["webhook", "list", "--all"]), json!([]));
    let saved: Value = serde_json::from_slice(&std::fs::read(&state).unwrap()).unwrap();
    assert_eq!(saved["instances"], json!([]));
    assert_eq!(saved["webhooks"], json!([]));
    // And the in-process sandbox of a --sandbox run (this one uses the serving one).
    let sandbox_list = bed
        .env
        .cmd()
        .args(["--sandbox", "--json", "instance", "list"])
        .output()
        .unwrap();
    assert!(
        sandbox_list.status.success(),
        "{}",
        text(&sandbox_list.stderr)
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&sandbox_list.stdout).unwrap(),
        json!([])
    );
}

#[test]
fn doctor_reads_a_secret_from_stdin_once_for_all_its_steps() {
    let bed = Bed::new();
    let id = bed.create(&["--no-events"]).to_string();
    // Several steps call the platform; stdin can be read only once.
    let out = bed
        .cmd()
        .args(["--json", "--user-secret-file", "-", "doctor", &id])
        .write_stdin("u\n")
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let outcome = |step: &str| {
        report["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["step"] == step)
            .unwrap()["outcome"]
            .clone()
    };
    assert_eq!(outcome("platform"), "pass", "{report}");
    assert_eq!(outcome("stale"), "pass", "{report}");
}
