//! Listings of the account's instances (`instance list`, the lookup by name before a
//! create): paging that never ends is stopped, and records of another connector are never
//! shown, adopted or deleted.

use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::json;

use crate::support::args::create_args;
use crate::support::code;
use crate::support::env::TestEnv;
use crate::support::recording::{RecordingServer, instance_json};
use crate::support::secrets::TOKEN;
use crate::support::text;
use crate::support::wait::EVENT_TIMEOUT;

/// The bound on pages of one listing (`MAX_PAGES` in `api/platform/client.rs`, and the
/// README's "Paging").
const MAX_PAGES: usize = 250;
/// The bound on pages of a lookup by name (`MAX_LOOKUP_PAGES`).
const MAX_LOOKUP_PAGES: usize = 25;

/// A platform that answers every listing with one instance and a token never sent before
/// (`e-1`, `e-2`, ...), and a POST with the created instance.
fn endless_pages() -> RecordingServer {
    let page = AtomicUsize::new(0);
    RecordingServer::with_headers(move |request| {
        if request.method == "POST" {
            let created = crate::support::recording::created_instance_json();
            return (
                201,
                vec![("Content-Type".into(), "application/json".into())],
                created,
            );
        }
        let n = page.fetch_add(1, Ordering::Relaxed) + 1;
        (
            200,
            vec![
                ("Content-Type".into(), "application/json".into()),
                ("elements-next-page-token".into(), format!("e-{n}")),
            ],
            json!([instance_json(n as u64, &format!("other-{n}"))]).to_string(),
        )
    })
}

fn secret_flags(env: &TestEnv) -> Vec<String> {
    let secret = env.file("secret", "s\n").display().to_string();
    vec![
        "--user-secret-file".into(),
        secret.clone(),
        "--org-secret-file".into(),
        secret,
    ]
}

#[test]
fn endless_page_tokens_stop_instance_list_with_exit_1() {
    let env = TestEnv::new();
    let server = endless_pages();
    let out = env
        .cmd()
        .args(["--base-url", &server.api_root()])
        .args(secret_flags(&env))
        .args(["instance", "list", "--json"])
        .timeout(EVENT_TIMEOUT)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("the platform kept paging: {MAX_PAGES} pages read")),
        "{stderr}"
    );
    assert_eq!(
        server.requests().len(),
        MAX_PAGES,
        "exactly the bound, then stopped"
    );
}

#[test]
fn endless_page_tokens_stop_the_lookup_before_a_create_and_nothing_is_created() {
    let env = TestEnv::new();
    let server = endless_pages();
    let out = env
        .cmd()
        .args(create_args(&env, &server))
        .args(["--if-exists", "reuse", "--no-events"])
        .timeout(EVENT_TIMEOUT)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "the platform kept paging: {MAX_LOOKUP_PAGES} pages read"
        )),
        "{stderr}"
    );
    let requests = server.requests();
    assert_eq!(requests.len(), MAX_LOOKUP_PAGES);
    assert!(requests.iter().all(|r| r.method == "GET"), "no POST sent");
}

/// A platform whose listing holds an Acuity instance and a HubSpot one (both named
/// `shared`), and whose `GET /instances/2` is the HubSpot one.
fn mixed_connectors() -> RecordingServer {
    let mut hubspot = instance_json(2, "shared");
    hubspot["element"] = json!({"id": 1, "key": "hubspot"});
    hubspot["token"] = json!("hubspot-token-0000");
    RecordingServer::with(move |request| {
        let json = |body: String| (200, "application/json".to_owned(), body);
        match (
            request.method.as_str(),
            request.target.split('?').next().unwrap(),
        ) {
            ("GET", "/elements/api-v2/instances/2") => json(hubspot.to_string()),
            ("GET", "/elements/api-v2/instances/12345") => {
                json(crate::support::recording::created_instance_json())
            }
            ("GET", _) => json(json!([instance_json(1, "acuity-one"), hubspot]).to_string()),
            ("POST", _) => json(crate::support::recording::created_instance_json()),
            _ => (500, "text/plain".to_owned(), "unexpected".to_owned()),
        }
    })
}

#[test]
fn another_connectors_instance_is_not_listed() {
    let env = TestEnv::new();
    let server = mixed_connectors();
    for json_flag in [None, Some("--json")] {
        let out = env
            .cmd()
            .args(["--base-url", &server.api_root()])
            .args(secret_flags(&env))
            .args(["instance", "list"])
            .args(json_flag)
            .output()
            .unwrap();
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(stdout.contains("acuity-one"), "{stdout}");
        assert!(
            !stdout.contains("shared"),
            "the HubSpot record is shown: {stdout}"
        );
    }
}

#[test]
fn another_connectors_instance_of_the_name_is_never_adopted() {
    let env = TestEnv::new();
    let server = mixed_connectors();
    let mut args = create_args(&env, &server);
    let name = args.iter().position(|a| a == "--name").unwrap() + 1;
    args[name] = "shared".into();
    let out = env
        .cmd()
        .args(args)
        .args(["--if-exists", "reuse", "--json", "--no-events"])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!stdout.contains("hubspot-token"), "{stdout}");
    let printed: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(printed["action"], "created", "{stdout}");
    assert_eq!(printed["token"], TOKEN);
    assert_eq!(
        server.sent().iter().filter(|r| r.method == "POST").count(),
        1
    );
}

#[test]
fn another_connectors_instance_is_not_shown_or_deleted_by_id() {
    let env = TestEnv::new();
    let server = mixed_connectors();
    for command in [
        &["instance", "show", "2"][..],
        &["instance", "delete", "2", "--yes"],
    ] {
        let out = env
            .cmd()
            .args(["--base-url", &server.api_root()])
            .args(secret_flags(&env))
            .args(command)
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command:?}: {stderr}");
        assert!(
            stderr.contains("instance 2 is not an Acuity Scheduling instance"),
            "{stderr}"
        );
        assert!(!text(&out.stdout).contains("hubspot-token"));
    }
    assert!(
        server.requests().iter().all(|r| r.method == "GET"),
        "no DELETE sent: {:#?}",
        server.requests()
    );
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

/// The human table lines up by display width whatever the names: a CJK name takes two
/// columns a character, and one over the NAME column's 24 is cut with an ellipsis. The
/// JSON keeps both names whole.
#[test]
fn instance_list_aligns_cjk_and_long_names() {
    let env = TestEnv::new();
    let names = [
        "予約システム本番",
        "acuity-production-eu-west-2-primary",
        "short",
    ];
    let listing = json!([
        instance_json(10001, names[0]),
        instance_json(10002, names[1]),
        instance_json(10003, names[2]),
    ])
    .to_string();
    let server = RecordingServer::start(200, "application/json", &listing);
    let run = |json_flag: Option<&str>| {
        let out = env
            .cmd()
            .args(["--base-url", &server.api_root()])
            .args(secret_flags(&env))
            .args(["instance", "list"])
            .args(json_flag)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    assert_eq!(
        run(None),
        "\
ID      NAME                      EVENTS  VALID  CREATED               TAGS
10001   予約システム本番          on      yes    2026-11-27T10:00:00Z  prod
10002   acuity-production-eu-we…  on      yes    2026-11-27T10:00:00Z  prod
10003   short                     on      yes    2026-11-27T10:00:00Z  prod
"
    );
    let listed: serde_json::Value = serde_json::from_str(&run(Some("--json"))).unwrap();
    let listed: Vec<&str> = (0..3)
        .map(|i| listed[i]["name"].as_str().unwrap())
        .collect();
    assert_eq!(listed, names);
}

/// A page may come back empty with a next-page token (a platform filtering after paging):
/// the listing follows the token, as the record says, rather than stop there. Before, a
/// create looked no further, made a second instance of the name on page 2, and exited 0.
#[test]
fn an_empty_page_with_a_next_page_token_is_followed() {
    let env = TestEnv::new();
    let server = RecordingServer::with_headers(|request| {
        let json = ("Content-Type".to_owned(), "application/json".to_owned());
        match (
            request.method.as_str(),
            request.target.contains("nextPage=p2"),
        ) {
            ("GET", false) => (
                200,
                vec![json, ("elements-next-page-token".into(), "p2".into())],
                "[]".into(),
            ),
            ("GET", true) => (
                200,
                vec![json],
                json!([instance_json(777, "acuity-prod")]).to_string(),
            ),
            _ => (
                201,
                vec![json],
                crate::support::recording::created_instance_json(),
            ),
        }
    });
    let out = env
        .cmd()
        .args(create_args(&env, &server))
        .args(["--no-events"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("already exists (id 777)"), "{stderr}");
    let methods: Vec<String> = server.requests().iter().map(|r| r.method.clone()).collect();
    assert_eq!(methods, ["GET", "GET"], "both pages read, no POST");

    let listed = env
        .cmd()
        .args(["--base-url", &server.api_root()])
        .args(secret_flags(&env))
        .args(["instance", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(listed.status.code(), Some(0), "{}", text(&listed.stderr));
    let ids: Vec<u64> = serde_json::from_slice::<Vec<serde_json::Value>>(&listed.stdout)
        .unwrap()
        .iter()
        .map(|i| i["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [777], "the listing shows page 2 too");
}
