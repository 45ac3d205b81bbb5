//! The sandbox emulator: the platform's checks and error shapes, the consent page, the
//! shared state file, `oc-acuity sandbox` serving on 127.0.0.1, `sandbox reset`, fault
//! injection into a running sandbox, and fidelity: the sandbox and the client agree with
//! the public record (a 404 for an empty list, string booleans, a PATCH with only tags,
//! the consent page's scope). What the platform's own API description adds is in
//! `sandbox_record`.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::args::{SANDBOX_CREATE, sandbox_create, unique_name};
use crate::support::bed::{Bed, ids};
use crate::support::code;
use crate::support::env::TestEnv;
use crate::support::faults::announced_waits;
use crate::support::http::{http_get, http_request};
use crate::support::library::{Sandbox, reset_sandbox};
use crate::support::recording::{RecordingServer, assert_platform_headers, platform_flags};
use crate::support::sandbox_process::SandboxProcess;
use crate::support::text;

pub(crate) const AUTH: &str = "User u, Organization o";

/// The platform Authorization header the sandbox accepts (any secrets), as a header.
pub(crate) const PLATFORM_AUTH: (&str, &str) = ("Authorization", AUTH);

pub(crate) fn no_redirects() -> reqwest::Client {
    crate::support::library::client_builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub(crate) async fn start() -> (Sandbox, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let sandbox = Sandbox::start(0, dir.path().join("state.json"))
        .await
        .unwrap();
    (sandbox, dir)
}

pub(crate) fn url(sandbox: &Sandbox, path: &str) -> String {
    format!("{}{path}", sandbox.api_root())
}

/// `url` with `pairs` added to its query. (By hand: reqwest's `query` feature in the
/// tests alone would make `cargo run` and `cargo install` rebuild what the tests built.)
pub(crate) fn with_query(url: &str, pairs: &[(&str, &str)]) -> url::Url {
    let mut url = url::Url::parse(url).unwrap();
    url.query_pairs_mut().extend_pairs(pairs);
    url
}

pub(crate) fn assert_error_shape(body: &Value) {
    assert!(
        body["requestId"].as_str().is_some_and(|s| !s.is_empty()),
        "{body}"
    );
    assert!(
        body["message"].as_str().is_some_and(|s| !s.is_empty()),
        "{body}"
    );
}

pub(crate) fn instance_body() -> Value {
    json!({
        "element": {"key": "acuityscheduling"},
        "providerData": {"code": "c"},
        "configuration": {
            "oauth.api.key": "k", "oauth.api.secret": "s", "oauth.callback.url": "https://a/cb",
            "event.notification.enabled": true, "event.notification.callback.url": "https://a/ev"
        },
        "tags": ["t"],
        "name": "n"
    })
}

#[tokio::test]
async fn rejects_a_malformed_authorization_header() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    for header in [
        None,
        Some("User u"),
        Some("Organization o, User u"),
        Some("User , Organization o"),
    ] {
        let mut request = http.get(url(&sandbox, "/instances"));
        if let Some(h) = header {
            request = request.header("Authorization", h);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{header:?}");
        assert_error_shape(&response.json().await.unwrap());
    }
}

#[tokio::test]
async fn validates_instance_bodies_like_the_platform() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    let post = |body: Vec<u8>, content_type: &'static str| {
        http.post(url(&sandbox, "/instances"))
            .header("Authorization", AUTH)
            .header("Content-Type", content_type)
            .body(body)
            .send()
    };
    let malformed = post(b"{not json".to_vec(), "application/json")
        .await
        .unwrap();
    assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
    assert_error_shape(&malformed.json().await.unwrap());

    let wrong_type = post(instance_body().to_string().into_bytes(), "text/plain")
        .await
        .unwrap();
    assert_eq!(wrong_type.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let mut no_event_url = instance_body();
    no_event_url["configuration"]
        .as_object_mut()
        .unwrap()
        .remove("event.notification.callback.url");
    let response = post(no_event_url.to_string().into_bytes(), "application/json")
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("event.notification.callback.url")
    );

    let mut string_flag = instance_body();
    string_flag["configuration"]["event.notification.enabled"] = json!("true");
    let response = post(string_flag.to_string().into_bytes(), "application/json")
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the docs' own examples send \"true\" as a string; the platform takes it"
    );
    let mut not_a_boolean = instance_body();
    not_a_boolean["configuration"]["event.notification.enabled"] = json!("yes");
    let response = post(not_a_boolean.to_string().into_bytes(), "application/json")
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::BAD_REQUEST,
        "enabled must be a boolean (or its string)"
    );

    let mut other_element = instance_body();
    other_element["element"]["key"] = json!("closeio");
    let response = post(other_element.to_string().into_bytes(), "application/json")
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    let created = post(instance_body().to_string().into_bytes(), "application/json")
        .await
        .unwrap();
    assert_eq!(created.status(), StatusCode::OK);
    let created: Value = created.json().await.unwrap();
    assert!(created["token"].as_str().is_some_and(|t| !t.is_empty()));
    assert_eq!(created["tags"], json!(["t"]));
    assert_eq!(created["eventsEnabled"], json!(true));
    assert_ne!(
        created["configuration"]["oauth.api.secret"],
        json!("s"),
        "secrets are not echoed"
    );
}

#[tokio::test]
async fn get_and_delete_instances_with_404s_in_the_platform_shape() {
    let (sandbox, dir) = start().await;
    let http = no_redirects();
    let created: Value = http
        .post(url(&sandbox, "/instances"))
        .header("Authorization", AUTH)
        .json(&instance_body())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = created["id"].as_u64().unwrap();
    let path = format!("/instances/{id}");

    // A second sandbox on the same state file sees the instance.
    let second = Sandbox::start(0, dir.path().join("state.json"))
        .await
        .unwrap();
    let got = http
        .get(url(&second, &path))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), StatusCode::OK);
    assert_eq!(got.json::<Value>().await.unwrap()["name"], "n");

    let deleted = http
        .delete(url(&sandbox, &path))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::OK);
    let gone = http
        .get(url(&sandbox, &path))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    assert_error_shape(&gone.json().await.unwrap());
}

#[tokio::test]
async fn lists_instances_in_pages() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    for _ in 0..5 {
        let status = http
            .post(url(&sandbox, "/instances"))
            .header("Authorization", AUTH)
            .json(&instance_body())
            .send()
            .await
            .unwrap()
            .status();
        assert_eq!(status, StatusCode::OK);
    }
    let mut ids = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let mut query = vec![("pageSize", "2")];
        if let Some(token) = &next {
            query.push(("nextPage", token));
        }
        let response = http
            .get(with_query(&url(&sandbox, "/instances"), &query))
            .header("Authorization", AUTH)
            .send()
            .await
            .unwrap();
        assert!(
            response.headers().get("elements-total-count").is_none(),
            "a total count is not documented for instance lists"
        );
        next = response
            .headers()
            .get("elements-next-page-token")
            .map(|v| v.to_str().unwrap().to_owned());
        let page: Vec<Value> = response.json().await.unwrap();
        assert!(page.len() <= 2);
        ids.extend(page.iter().map(|i| i["id"].as_u64().unwrap()));
        if next.is_none() {
            break;
        }
    }
    assert_eq!(ids, vec![10001, 10002, 10003, 10004, 10005]);
}

/// Every page of `GET /elements/acuityscheduling/instances` (pages of 200): the status
/// of the first answer when it is not 200, else the instances.
async fn list_all(http: &reqwest::Client, sandbox: &Sandbox) -> Result<Vec<Value>, StatusCode> {
    let mut all = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let mut query = vec![("pageSize", "200")];
        if let Some(token) = &next {
            query.push(("nextPage", token));
        }
        let response = http
            .get(with_query(
                &url(sandbox, "/elements/acuityscheduling/instances"),
                &query,
            ))
            .header("Authorization", AUTH)
            .send()
            .await
            .unwrap();
        if response.status() != StatusCode::OK {
            return Err(response.status());
        }
        next = response
            .headers()
            .get("elements-next-page-token")
            .map(|v| v.to_str().unwrap().to_owned());
        all.extend(response.json::<Vec<Value>>().await.unwrap());
        if next.is_none() {
            return Ok(all);
        }
    }
}

#[tokio::test]
async fn seeds_many_instances_in_one_call_and_reads_leave_the_state_file_alone() {
    let (sandbox, dir) = start().await;
    let http = no_redirects();
    let seed = sandbox.api_root().join("/sandbox/seed").unwrap();
    let answer: Value = http
        .post(seed.clone())
        .json(&json!({"count": 1000, "prefix": "bench"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer, json!({"seeded": 1000, "total": 1000}));
    let bad = http
        .post(seed.clone())
        .json(&json!({"prefix": "no count"}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);

    let state = dir.path().join("state.json");
    let written = std::fs::metadata(&state).unwrap().modified().unwrap();
    let listed = list_all(&http, &sandbox).await.unwrap();
    let ids: Vec<u64> = listed.iter().map(|i| i["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, (10_001..=11_000).collect::<Vec<_>>());
    assert_eq!(listed[0]["name"], "bench-10001");
    assert_eq!(listed[0]["tags"], json!(["bench"]));
    assert!(listed[0]["token"].as_str().is_some_and(|t| !t.is_empty()));
    let one = http
        .get(url(&sandbox, "/instances/10500"))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap();
    assert_eq!(one.status(), StatusCode::OK);
    assert_eq!(
        std::fs::metadata(&state).unwrap().modified().unwrap(),
        written,
        "reads do not write the state"
    );

    // Another process empties the state (`sandbox reset`): the next read sees it.
    reset_sandbox(&state).await.unwrap();
    assert_eq!(
        list_all(&http, &sandbox).await.unwrap_err(),
        StatusCode::NOT_FOUND
    );
    // And a create after it starts from that state, not from what was read before.
    let created: Value = http
        .post(url(&sandbox, "/instances"))
        .header("Authorization", AUTH)
        .json(&instance_body())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        list_all(&http, &sandbox).await.unwrap().len(),
        1,
        "{created}"
    );
}

#[tokio::test]
async fn oauth_url_leads_through_the_consent_page_back_to_the_redirect_uri() {
    let (sandbox, _dir) = start().await;
    let http = no_redirects();
    let redirect_uri = "http://127.0.0.1:9/callback";
    let missing = http
        .get(with_query(
            &url(&sandbox, "/elements/acuityscheduling/oauth/url"),
            &[("apiKey", "k"), ("callbackUrl", redirect_uri)],
        ))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::BAD_REQUEST);
    assert_error_shape(&missing.json().await.unwrap());

    let answer: Value = http
        .get(with_query(
            &url(&sandbox, "/elements/acuityscheduling/oauth/url"),
            &[
                ("apiKey", "client-1"),
                ("apiSecret", "s"),
                ("callbackUrl", redirect_uri),
            ],
        ))
        .header("Authorization", AUTH)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["element"], "acuityscheduling");
    let mut consent = url::Url::parse(answer["oauthUrl"].as_str().unwrap()).unwrap();
    let query: std::collections::HashMap<String, String> =
        consent.query_pairs().into_owned().collect();
    assert_eq!(
        query["state"], "acuityscheduling",
        "the platform's default state"
    );
    assert_eq!(query["client_id"], "client-1");
    assert_eq!(query["redirect_uri"], redirect_uri);
    assert_eq!(query["response_type"], "code");
    assert!(consent.as_str().starts_with(sandbox.acuity_root().as_str()));

    // A client replaces the state with its own, as `oc-acuity auth` does.
    let pairs: Vec<(String, String)> = consent
        .query_pairs()
        .into_owned()
        .map(|(k, v)| {
            if k == "state" {
                (k, "my-state-123".to_owned())
            } else {
                (k, v)
            }
        })
        .collect();
    consent.query_pairs_mut().clear().extend_pairs(pairs);

    let page = http
        .get(consent.clone())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Allow") && page.contains("Deny") && page.contains("client-1"),
        "{page}"
    );

    let decide = sandbox.acuity_root().join("acuity/oauth2/decide").unwrap();
    let allowed = http
        .get(with_query(
            decide.as_str(),
            &[
                ("decision", "allow"),
                ("redirect_uri", redirect_uri),
                ("state", "my-state-123"),
            ],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(allowed.status(), StatusCode::FOUND);
    let location = url::Url::parse(allowed.headers()["location"].to_str().unwrap()).unwrap();
    assert!(location.as_str().starts_with(redirect_uri));
    let back: std::collections::HashMap<String, String> =
        location.query_pairs().into_owned().collect();
    assert!(back["code"].starts_with("sbx-"));
    assert_eq!(back["state"], "my-state-123");

    let mut deny = consent.clone();
    deny.query_pairs_mut().append_pair("deny", "1");
    let denied = http.get(deny).send().await.unwrap();
    assert_eq!(denied.status(), StatusCode::FOUND);
    let location = denied.headers()["location"].to_str().unwrap();
    assert!(
        location.contains("error=access_denied") && location.contains("state=my-state-123"),
        "{location}"
    );
    assert!(!location.contains("code="));
}

#[test]
fn sandbox_runs_share_one_state_file() {
    let env = TestEnv::new();
    let ids: Vec<u64> = (0..2)
        .map(|_| {
            sandbox_create(&env, &["--no-store"])["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids[1], ids[0] + 1);
    let state = std::fs::read_to_string(env.path("data").join("oc-acuity/sandbox.json")).unwrap();
    assert!(state.contains(&ids[1].to_string()));
    assert!(
        !state.contains("sandbox-demo-client-secret"),
        "secrets are not kept in the state file"
    );
}

#[test]
fn sandbox_command_serves_on_loopback_for_other_commands() {
    let env = TestEnv::new();
    let server = SandboxProcess::start(&env);
    let api_root = server.api_root.clone();
    assert!(api_root.starts_with("http://127.0.0.1:"), "{api_root}");

    let user = env.file("u", "u");
    let out = env
        .cmd()
        .args([
            "--base-url",
            &api_root,
            "--json",
            "--user-secret-file",
            user.to_str().unwrap(),
            "--org-secret-file",
            user.to_str().unwrap(),
        ])
        .args([
            "instance",
            "create",
            "--name",
            "via-port",
            "--code",
            "c",
            "--client-id",
            "k",
            "--callback-url",
            "https://a/cb",
            "--no-events",
            "--no-store",
        ])
        .env("OC_ACUITY_CLIENT_SECRET", "s")
        .output()
        .unwrap();
    drop(server);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed["name"], "via-port");
    assert!(
        printed["webhookUrl"]
            .as_str()
            .unwrap()
            .starts_with(&api_root)
    );
}

#[test]
fn concurrent_sandbox_runs_lose_no_instance() {
    let env = TestEnv::new();
    let runs: Vec<std::process::Child> = (0..8)
        .map(|_| {
            env.process()
                .args(SANDBOX_CREATE)
                .args(["--name", &unique_name()])
                .arg("--no-store")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut ids: Vec<u64> = runs
        .into_iter()
        .map(|run| {
            let out = run.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", text(&out.stderr));
            serde_json::from_slice::<Value>(&out.stdout).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        (10_001..=10_008).collect::<Vec<_>>(),
        "every run got its own id"
    );
    let state: Value = serde_json::from_str(
        &std::fs::read_to_string(env.path("data").join("oc-acuity/sandbox.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        state["instances"].as_array().unwrap().len(),
        8,
        "no write was lost"
    );
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
    // As the environment variable's are: a status that is not HTTP's.
    for bad in [r#"[{"status":99}]"#, r#"[{"status":1000}]"#] {
        let (status, _, body) = http_request("POST", &admin, bad, None);
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(body.contains("an HTTP status is 100 to 599"), "{body}");
    }

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

    // In an environment without a serving sandbox (--sandbox runs would use that one):
    // faults that cannot be used are bad input, exit 2 naming the variable.
    for faults in [
        "not json",
        r#"{"status": 500}"#,
        r#"[{"status": 99}]"#,
        r#"[{"status": 1000}]"#,
    ] {
        let broken = TestEnv::new()
            .cmd()
            .args(["--sandbox", "instance", "list"])
            .env("OC_ACUITY_SANDBOX_FAULTS", faults)
            .output()
            .unwrap();
        let stderr = text(&broken.stderr);
        assert_eq!(code(&broken), Some(2), "{faults}: {stderr}");
        assert!(
            stderr.contains("OC_ACUITY_SANDBOX_FAULTS"),
            "{faults}: {stderr}"
        );
    }
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
        "/elements/api-v2/instances?searchText=acuityscheduling&hydrate=true&pageSize=200"
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

/// `sandbox book` prints what happened as a typed result (`--json`: an object, not JSON
/// in a string) and exits 1 when the event reached no one; once webhooks are registered,
/// each delivery is listed with its status and the run exits 0.
#[test]
fn sandbox_book_says_whether_any_delivery_arrived() {
    let env = TestEnv::new();
    let _sandbox = crate::support::sandbox_process::SandboxProcess::start(&env);
    let created = crate::support::args::sandbox_create(&env, &[]);
    let id = created["id"].to_string();
    let book = || {
        env.cmd()
            .args(["--json", "sandbox", "book"])
            .output()
            .unwrap()
    };
    let none = book();
    let stderr = text(&none.stderr);
    assert_eq!(none.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no webhook fired"), "{stderr}");
    assert!(
        stderr.contains("`oc-acuity --sandbox webhook register`"),
        "{stderr}"
    );
    let booked: Value = serde_json::from_slice(&none.stdout).unwrap();
    assert_eq!(booked["action"], "scheduled", "{booked}");
    assert_eq!(booked["deliveries"], serde_json::json!([]), "{booked}");

    let registered = env
        .cmd()
        .args(["--sandbox", "webhook", "register", &id])
        .output()
        .unwrap();
    assert_eq!(
        registered.status.code(),
        Some(0),
        "{}",
        text(&registered.stderr)
    );
    let fired = book();
    let stderr = text(&fired.stderr);
    assert_eq!(fired.status.code(), Some(0), "{stderr}");
    let booked: Value = serde_json::from_slice(&fired.stdout).unwrap();
    let deliveries = booked["deliveries"].as_array().unwrap();
    assert_eq!(deliveries.len(), 1, "one webhook per event: {booked}");
    assert_eq!(deliveries[0]["event"], "appointment.scheduled");
    assert_eq!(deliveries[0]["result"]["status"], 200, "{booked}");
    assert!(
        stderr.contains("1 webhook(s) fired, 1 delivered."),
        "{stderr}"
    );
}
