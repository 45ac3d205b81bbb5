//! `--if-exists fail|reuse|reauth` on `instance create` and `auth`: the same CI command
//! run twice gives one instance; an existing name is refused, adopted or reauthorized, and
//! several instances of the name are refused.

use serde_json::{Value, json};

use crate::support::args::create_args;
use crate::support::env::TestEnv;
use crate::support::faults::create_with_faults;
use crate::support::http::free_port;
use crate::support::recording::{
    LIST, RecordingServer, created_instance_json, instance_json, json_answer, path,
};
use crate::support::wait::EVENT_TIMEOUT;
use crate::support::{code, json_of, text};

// ---------------------------------------------------------------------------------------
// Build step 2: --if-exists, so that CI can run the same command twice

#[test]
fn the_same_ci_command_run_twice_with_reuse_gives_one_instance() {
    let env = TestEnv::new();
    let run = || {
        create_with_faults(
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
    let instances = env.sandbox_instances();
    assert_eq!(instances.len(), 1);
    assert_eq!(second["token"], instances[0]["token"]);
}

#[test]
fn if_exists_fail_is_the_default_and_creates_nothing() {
    let env = TestEnv::new();
    let first = create_with_faults(&env, "taken", &json!([]), &["--no-events"]);
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let id = json_of(&first)["id"].as_u64().unwrap();
    for extra in [&[][..], &["--if-exists", "fail"][..]] {
        let mut args = vec!["--no-events"];
        args.extend_from_slice(extra);
        let out = create_with_faults(&env, "taken", &json!([]), &args);
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
    assert_eq!(env.sandbox_instances().len(), 1);
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
    let first = create_with_faults(
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
    let instances = env.sandbox_instances();
    assert_eq!(instances.len(), 1);
    assert_eq!(again["token"], instances[0]["token"]);
}

#[test]
fn if_exists_reuse_brings_events_and_tags_to_what_was_asked() {
    let env = TestEnv::new();
    let first = create_with_faults(
        &env,
        "adopted",
        &json!([]),
        &["--no-events", "--tag", "old"],
    );
    assert_eq!(code(&first), Some(0), "{}", text(&first.stderr));
    let out = create_with_faults(
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
    let instances = env.sandbox_instances();
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
    let one = json_of(&create_with_faults(
        &env,
        "twin",
        &json!([]),
        &["--no-events"],
    ));
    let other = json_of(&create_with_faults(
        &env,
        "other",
        &json!([]),
        &["--no-events"],
    ));
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
        let out = create_with_faults(
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
    assert_eq!(env.sandbox_instances().len(), 2, "none made, none changed");
}

#[test]
fn auth_takes_if_exists_reuse_without_a_browser() {
    let env = TestEnv::new();
    let first = create_with_faults(&env, "from-ci", &json!([]), &["--no-events"]);
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
    assert_eq!(env.sandbox_instances().len(), 1);
}

/// `--if-exists reuse` without a code where no one can answer: when the name turns out to
/// be new, the create needs a code, and the run says so (exit 2) rather than wait for a
/// browser no one will open. Nothing is created.
#[test]
fn reuse_of_a_new_name_without_a_code_and_no_terminal_names_code() {
    let env = TestEnv::new();
    let callback = format!("http://127.0.0.1:{}/cb", free_port());
    let out = env
        .cmd()
        .args([
            "--sandbox",
            "instance",
            "create",
            "--name",
            "new-name",
            "--no-store",
            "--no-events",
            "--callback-url",
            &callback,
            "--if-exists",
            "reuse",
            "--timeout",
            "5",
        ])
        .timeout(EVENT_TIMEOUT)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(2), "{stderr}");
    assert!(
        stderr.contains("no instance is named \"new-name\"") && stderr.contains("--code"),
        "{stderr}"
    );
    assert!(!stderr.contains("Waiting for Acuity"), "{stderr}");
    assert_eq!(env.sandbox_instances().len(), 0);
}
