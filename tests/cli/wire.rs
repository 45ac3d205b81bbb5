//! Exact bytes on the wire for `instance create`, and how platform errors are reported.

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;
use std::sync::{Mutex, mpsc};

use serde_json::{Value, json};

use crate::support::args::create_args;
use crate::support::env::TestEnv;
use crate::support::recording::{Recorded, RecordingServer, created_instance_json, json_answer};
use crate::support::secrets::{
    CLIENT_SECRET, CODE, ORG_SECRET, SIGNATURE_KEY, TOKEN, USER_SECRET, assert_no_secret,
};
use crate::support::signal::interrupt;
use crate::support::text;
use crate::support::wait::EVENT_TIMEOUT;

const API_PATH: &str = "/elements/api-v2/instances";

/// Runs `instance create` with the common flags plus `extra`, returns the one request.
fn create_with(extra: &[&str]) -> (Recorded, Value) {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let mut args = create_args(&env, &server);
    args.push("--json".into());
    args.extend(extra.iter().map(|s| s.to_string()));
    let out = env.cmd().args(&args).output().unwrap();
    assert!(out.status.success(), "failed: {}", text(&out.stderr));
    let printed: Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    (server.only_request(), printed)
}

fn assert_envelope(request: &Recorded) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, API_PATH);
    assert_eq!(
        request.header("authorization"),
        Some(format!("User {USER_SECRET}, Organization {ORG_SECRET}").as_str())
    );
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
}

/// The documented body, written out by hand in the documented key order.
fn body(events: &str, tags: Option<&str>) -> String {
    let mut text = format!(
        concat!(
            r#"{{"element":{{"key":"acuityscheduling"}},"providerData":{{"code":"{code}"}},"#,
            r#""configuration":{{"oauth.api.key":"client-id-1","oauth.api.secret":"{secret}","#,
            r#""oauth.callback.url":"https://app.example.com/oauth/acuity",{events}}}"#
        ),
        code = CODE,
        secret = CLIENT_SECRET,
        events = events
    );
    if let Some(tags) = tags {
        text.push_str(&format!(r#","tags":{tags}"#));
    }
    text.push_str(r#","name":"acuity-prod"}"#);
    text
}

const EVENTS_ON: &str = r#""event.notification.enabled":true,"event.notification.callback.url":"https://app.example.com/events""#;

fn assert_body(request: &Recorded, expected: &str) {
    assert_eq!(
        text(&request.body),
        expected,
        "the body differs from the documented one"
    );
}

#[test]
fn seed_example_events_on_one_tag() {
    let (request, printed) = create_with(&[
        "--event-callback-url",
        "https://app.example.com/events",
        "--tag",
        "prod",
    ]);
    assert_envelope(&request);
    assert_body(&request, &body(EVENTS_ON, Some(r#"["prod"]"#)));
    assert_eq!(
        request.json()["configuration"]["event.notification.enabled"],
        json!(true)
    );
    let webhook = format!(
        "http://127.0.0.1:{}/elements/api-v2/events/acuityscheduling/MTIzNDU=",
        {
            let url = printed["webhookUrl"].as_str().unwrap();
            url.split(':')
                .nth(2)
                .unwrap()
                .split('/')
                .next()
                .unwrap()
                .to_owned()
        }
    );
    assert_eq!(
        printed,
        json!({
            "id": 12345, "name": "acuity-prod", "element": "acuityscheduling",
            "action": "created",
            "eventsEnabled": true, "eventCallbackUrl": "https://app.example.com/events",
            "webhookUrl": webhook, "tags": ["prod"], "stored": "none", "token": TOKEN
        })
    );
}

#[test]
fn no_events_sends_false_and_no_callback() {
    let (request, _) = create_with(&["--no-events", "--tag", "prod"]);
    assert_envelope(&request);
    assert_body(
        &request,
        &body(r#""event.notification.enabled":false"#, Some(r#"["prod"]"#)),
    );
}

#[test]
fn no_tags_sends_no_tags_key() {
    let (request, _) = create_with(&["--event-callback-url", "https://app.example.com/events"]);
    assert_envelope(&request);
    assert_body(&request, &body(EVENTS_ON, None));
    assert!(request.json().get("tags").is_none());
}

#[test]
fn several_tags_keep_their_order() {
    let (request, _) = create_with(&[
        "--event-callback-url",
        "https://app.example.com/events",
        "--tag",
        "prod",
        "--tag",
        "eu",
        "--tag",
        "billing team",
    ]);
    assert_envelope(&request);
    assert_body(
        &request,
        &body(EVENTS_ON, Some(r#"["prod","eu","billing team"]"#)),
    );
}

#[test]
fn signature_key_is_sent_only_when_given() {
    let env = TestEnv::new();
    let key = env.file("sig.key", &format!("{SIGNATURE_KEY}\n"));
    let (request, _) = create_with(&[
        "--event-callback-url",
        "https://app.example.com/events",
        "--signature-key-file",
        key.to_str().unwrap(),
    ]);
    assert_envelope(&request);
    assert_body(
        &request,
        &body(
            &format!(r#"{EVENTS_ON},"event.notification.signature.key":"{SIGNATURE_KEY}""#),
            None,
        ),
    );
}

fn run_against(
    status: u16,
    content_type: &str,
    body: &str,
) -> (std::process::Output, RecordingServer) {
    let env = TestEnv::new();
    let server = RecordingServer::platform_answering(status, content_type, body);
    let mut args = create_args(&env, &server);
    // A create answered 5xx or unreadably is looked for by its name; once is enough here
    // (the lookups again are `lost_answer`'s).
    args.extend(["--no-events", "--retries", "0"].map(str::to_owned));
    let out = env.cmd().args(&args).output().unwrap();
    (out, server)
}

#[test]
fn unauthorized_exits_4_and_names_the_sources_not_the_values() {
    let (out, server) = run_against(
        401,
        "application/json",
        r#"{"requestId":"req-401","message":"Invalid Organization or User secret, or invalid Element token provided."}"#,
    );
    assert_eq!(out.status.code(), Some(4));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("401"), "{stderr}");
    assert!(
        stderr.contains("Invalid Organization or User secret"),
        "{stderr}"
    );
    assert!(stderr.contains("User secret from file"), "{stderr}");
    assert!(stderr.contains("(--user-secret-file)"), "{stderr}");
    assert!(stderr.contains("Organization secret from file"), "{stderr}");
    assert_no_secret(
        &(stderr + &text(&out.stdout)),
        &[USER_SECRET, ORG_SECRET, CLIENT_SECRET, CODE],
    );
    assert_eq!(server.sent().len(), 1);
}

#[test]
fn bad_request_shows_message_and_request_id() {
    let (out, _) = run_against(
        400,
        "application/json",
        r#"{"requestId":"req-400-abc","message":"Invalid grant code","providerMessage":"invalid_grant"}"#,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Invalid grant code"), "{stderr}");
    assert!(stderr.contains("req-400-abc"), "{stderr}");
    assert!(stderr.contains("invalid_grant"), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing on stdout after a failure");
}

#[test]
fn server_error_shows_message_and_request_id() {
    let (out, server) = run_against(
        500,
        "application/json",
        r#"{"requestId":"req-500-xyz","message":"Internal error"}"#,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("500") && stderr.contains("Internal error"),
        "{stderr}"
    );
    assert!(stderr.contains("req-500-xyz"), "{stderr}");
    assert_eq!(server.sent().len(), 1, "POST /instances is never retried");
}

#[test]
fn html_error_page_from_a_proxy_is_readable() {
    let (out, _) = run_against(
        502,
        "text/html",
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("502 Bad Gateway"), "{stderr}");
    assert!(!stderr.contains("<html>"), "tags are stripped: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn success_without_json_body_is_an_error_not_a_panic() {
    let (out, _) = run_against(200, "text/html", "<html>login</html>");
    // The create was sent and its answer cannot be read, nor is the instance found: the
    // outcome is unknown (exit 3), as the exit code table says.
    assert_eq!(out.status.code(), Some(3));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("could not be read"), "{stderr}");
    assert!(stderr.contains("was created is unknown"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn ctrl_c_while_creating_waits_for_the_token() {
    let env = TestEnv::new();
    // A platform that holds its answer to the POST back until the test lets it go.
    let (release, released) = mpsc::channel::<()>();
    let released = Mutex::new(released);
    let server = RecordingServer::with(move |request| {
        if request.is_name_lookup() {
            return (200, "application/json".into(), "[]".into());
        }
        // Bounded, so a run that never shows the warning fails instead of hanging.
        let _ = released.lock().unwrap().recv_timeout(EVENT_TIMEOUT);
        (200, "application/json".into(), created_instance_json())
    });
    let mut args = create_args(&env, &server);
    args.extend(["--no-events".to_owned(), "--json".to_owned()]);
    let mut child = env
        .process()
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();

    // Ctrl-C once the POST has reached the platform, while its answer is pending.
    let post = &server.wait_for_requests(2, EVENT_TIMEOUT)[1];
    assert_eq!(
        (post.method.as_str(), post.target.as_str()),
        ("POST", API_PATH)
    );
    interrupt(child.id());
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    while !seen.contains(WARNING) && stderr.read_line(&mut seen).unwrap() > 0 {}
    let _ = release.send(());

    let out = child.wait_with_output().unwrap();
    stderr.read_to_string(&mut seen).unwrap();
    let stderr = seen;
    assert!(stderr.contains(WARNING), "{stderr}(exit: {:?})", out.status);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed["token"], TOKEN, "the token reached the user");
}

/// What the binary says when Ctrl-C arrives while an instance is being created.
const WARNING: &str = "finishing so that its token is not lost";

/// No secret reaches stderr through the platform's own words: an error body echoing the
/// Authorization header has the secrets taken out, and a success answer that cannot be
/// read (it may hold the token) is described, never quoted.
#[test]
fn remote_text_never_carries_a_secret_to_stderr() {
    let echo = format!(
        r#"{{"message":"bad header User {USER_SECRET}, Organization {ORG_SECRET}","providerMessage":"User {USER_SECRET}"}}"#
    );
    let rows: [(u16, String, &str); 4] = [
        (400, echo, "[redacted]"),
        (
            200,
            format!(r#"[{{"token":"{TOKEN}"}}]"#),
            "JSON of another shape",
        ),
        (
            200,
            format!(r#"{{"id":1.5,"token":"{TOKEN}"}}"#),
            "JSON of another shape",
        ),
        (
            200,
            format!("{{\"token\":\"{TOKEN}\",\"id\":\u{1}}}"),
            "not JSON",
        ),
    ];
    for (status, body, said) in rows {
        let (out, _) = run_against(status, "application/json", &body);
        let stderr = text(&out.stderr);
        assert!(stderr.contains(said), "{body}: {stderr}");
        assert_no_secret(&stderr, &[USER_SECRET, ORG_SECRET, TOKEN]);
    }
}

/// `GET /instances/{id}` answered with another instance: its token is not taken for the
/// one asked for.
#[test]
fn an_answer_about_another_instance_is_not_trusted() {
    let env = TestEnv::new();
    let mut other: Value = serde_json::from_str(&created_instance_json()).unwrap();
    other["id"] = json!(4242);
    let server = RecordingServer::start(200, "application/json", &other.to_string());
    let out = env
        .cmd()
        .args([
            "--base-url",
            &server.api_root(),
            "--json",
            "instance",
            "show",
            "70001",
        ])
        .env("OC_ACUITY_USER_SECRET", USER_SECRET)
        .env("OC_ACUITY_ORG_SECRET", ORG_SECRET)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("with instance 4242: not trusted"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

/// The create's lookup by name is one request, whatever the size of the account: `GET
/// /instances` asking for that name (`searchText`) with full records (`hydrate`).
#[test]
fn the_lookup_by_name_is_one_hydrated_search() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let mut args = create_args(&env, &server);
    args.push("--no-events".into());
    let out = env.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let name = args[args.iter().position(|a| a == "--name").unwrap() + 1].clone();
    let seen: Vec<(String, String)> = server
        .requests()
        .into_iter()
        .map(|r| (r.method, r.target))
        .collect();
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("searchText", &name)
        .append_pair("hydrate", "true")
        .append_pair("pageSize", "200")
        .finish();
    assert_eq!(
        seen,
        [
            ("GET".to_owned(), format!("{API_PATH}?{query}")),
            ("POST".to_owned(), API_PATH.to_owned())
        ]
    );
}

/// Step 1 asks the platform for the consent URL with our own `state` (the platform
/// documents the parameter); the flow still puts it in the URL and checks it on return.
#[tokio::test]
async fn the_consent_url_is_asked_for_with_our_state() {
    use crate::support::library::{ClientOptions, OAuthClient, PlatformAuth, PlatformClient};
    let server = RecordingServer::start(
        200,
        "application/json",
        r#"{"oauthUrl":"https://acuityscheduling.com/oauth2/authorize?client_id=cid"}"#,
    );
    let auth = PlatformAuth {
        user: USER_SECRET.to_owned().into(),
        organization: ORG_SECRET.to_owned().into(),
    };
    let client = PlatformClient::new(
        server.api_root().parse().unwrap(),
        &auth,
        ClientOptions::default(),
    )
    .unwrap();
    let oauth = OAuthClient {
        client_id: "cid".to_owned(),
        client_secret: CLIENT_SECRET.to_owned().into(),
        callback_url: "https://app.example.com/cb".to_owned(),
    };
    client.oauth_url(&oauth, "our-state-42").await.unwrap();
    let request = server.only_request();
    assert!(
        request
            .target
            .starts_with("/elements/api-v2/elements/acuityscheduling/oauth/url?")
            && request.target.ends_with("&state=our-state-42"),
        "{}",
        request.target
    );
}

/// An error that echoes the whole request: the create's body (the OAuth client secret,
/// the signature key, the grant code) and the consent URL's query (the client secret) are
/// `[redacted]` as the Authorization header's secrets are.
#[test]
fn an_error_echoing_the_request_body_or_query_prints_no_secret() {
    let echo = |request: &Recorded| {
        if request.is_name_lookup() {
            return json_answer(200, "[]");
        }
        let said = format!("bad request {} {}", request.target, text(&request.body));
        json_answer(400, json!({ "message": said }).to_string())
    };
    let secrets = [USER_SECRET, ORG_SECRET, CLIENT_SECRET, SIGNATURE_KEY, CODE];

    // The create's body.
    let env = TestEnv::new();
    let server = RecordingServer::with(echo);
    let mut args = create_args(&env, &server);
    args.extend(
        [
            "--event-callback-url",
            "https://app.example.com/acuity-events",
            "--retries",
            "0",
        ]
        .map(str::to_owned),
    );
    let out = env
        .cmd()
        .args(&args)
        .env("OC_ACUITY_SIGNATURE_KEY", SIGNATURE_KEY)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("bad request") && stderr.contains("[redacted]"),
        "{stderr}"
    );
    assert_no_secret(&stderr, &secrets);

    // The consent URL's query (step 1 of the browser flow).
    let env = TestEnv::new();
    let server = RecordingServer::with(echo);
    let mut args = create_args(&env, &server);
    let at = args.iter().position(|a| a == "--code").unwrap();
    args.drain(at..at + 2);
    let at = args.iter().position(|a| a == "--callback-url").unwrap();
    args[at + 1] = format!("http://127.0.0.1:{}/cb", crate::support::http::free_port());
    args.extend(["--no-events", "--no-browser"].map(str::to_owned));
    // On a terminal: a create runs the browser flow only where it may prompt.
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut session = crate::support::pty::run_in_pty(&env, &args);
    let out = session.exp_eof().unwrap();
    assert!(
        out.contains("bad request") && out.contains("[redacted]"),
        "{out}"
    );
    assert_no_secret(&out, &secrets);
}
