//! A create whose answer is lost (connection dropped, too late, 5xx after creating,
//! truncated, not JSON) is recovered by looking its name up again: exactly one instance,
//! its token reaching the user; none found says so; the lookup failing too is exit 3 with
//! the command that checks. Counted in the sandbox's state after each fault. A reauth,
//! whose grant code is single-use, is never sent twice: a lost answer is read back.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Value, json};

use crate::support::args::{create_args, sandbox_create};
use crate::support::env::TestEnv;
use crate::support::faults::create_with_faults;
use crate::support::recording::{
    INSTANCES, LIST, RecordingServer, created_instance_json, instance_json, json_answer, path,
};
use crate::support::secrets::TOKEN;
use crate::support::{code, json_of, text};

// ---------------------------------------------------------------------------------------
// Bullet 2 / build step 3: a create whose answer is lost is recovered by its name

/// A `--sandbox` create with `fault` on its POST: recovered, exactly one instance, whose
/// token reached the user.
fn assert_recovered(fault: Value, extra: &[&str]) {
    let env = TestEnv::new();
    let mut args = vec!["--no-events"];
    args.extend_from_slice(extra);
    let out = create_with_faults(&env, "lost-answer", &json!([fault]), &args);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(
        stderr.contains("looking for an instance named \"lost-answer\""),
        "{stderr}"
    );
    assert!(stderr.contains("found it: instance"), "{stderr}");
    let printed = json_of(&out);
    assert_eq!(printed["action"], "recovered", "{printed}");
    let instances = env.sandbox_instances();
    assert_eq!(instances.len(), 1, "exactly one instance: {instances:#?}");
    assert_eq!(printed["id"], instances[0]["id"]);
    assert_eq!(printed["name"], "lost-answer");
    assert_eq!(
        printed["token"], instances[0]["token"],
        "the token reached the user"
    );
}

#[test]
fn a_create_whose_connection_drops_after_creating_is_recovered() {
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "drop": true, "after": true}),
        &[],
    );
}

#[test]
fn a_create_answered_too_late_is_recovered() {
    // Created at once, answered after 3 s; the client gives up after 1 s.
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "delay_ms": 3000, "after": true}),
        &["--request-timeout", "1"],
    );
}

#[test]
fn a_create_answered_500_after_creating_is_recovered() {
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "status": 500, "after": true}),
        &[],
    );
}

#[test]
fn a_create_answered_502_after_creating_is_recovered() {
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "status": 502, "after": true}),
        &[],
    );
}

#[test]
fn a_create_whose_answer_is_truncated_is_recovered() {
    assert_recovered(
        json!({"method": "POST", "path": "/instances", "truncate": true}),
        &[],
    );
}

#[test]
fn a_create_answered_200_with_a_non_json_body_is_recovered() {
    let env = TestEnv::new();
    // Made at once (visible to the first lookup after the POST), answered with HTML.
    let server = late_platform(0);
    let mut args = create_args(&env, &server);
    args.extend(["--no-events".to_owned(), "--json".to_owned()]);
    let out = env.cmd().args(&args).output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(stderr.contains("could not be read"), "{stderr}");
    let printed = json_of(&out);
    assert_eq!(printed["action"], "recovered");
    assert_eq!(printed["id"], 12345);
    assert_eq!(printed["token"], TOKEN);
    let posts = server
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .count();
    assert_eq!(posts, 1, "the create was sent once");
}

/// A create answered 200 about an instance it cannot have made (another connector's, id
/// 0): its token is not taken; the instance is looked up by its name as after a lost
/// answer, and the one made is recovered with its own token. One of another name is kept
/// with a warning (a platform may store a name otherwise than sent).
#[test]
fn a_create_answered_about_another_instance_is_looked_up() {
    let bogus = |change: &dyn Fn(&mut Value)| {
        let mut answer = instance_json(777, "acuity-prod");
        answer["token"] = json!("bogus-token");
        change(&mut answer);
        json_answer(200, answer.to_string())
    };
    let rows: [(&str, _); 2] = [
        (
            "another connector",
            bogus(&|a| a["element"] = json!({"key": "hubspot"})),
        ),
        ("id 0", bogus(&|a| a["id"] = json!(0))),
    ];
    for (why, answer) in rows {
        let env = TestEnv::new();
        let server = late_platform_answering(0, answer);
        let mut args = create_args(&env, &server);
        args.extend(["--no-events".to_owned(), "--json".to_owned()]);
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(0), "{why}: {stderr}");
        assert!(stderr.contains("not about the instance"), "{why}: {stderr}");
        let printed = json_of(&out);
        assert_eq!(printed["action"], "recovered", "{why}");
        assert_eq!(printed["id"], 12345, "{why}");
        assert_eq!(printed["token"], TOKEN, "{why}");
    }

    // Another name: the instance of the name asked for, when there is one, is the one made;
    // when there is none (the platform stored the name otherwise), the answer is kept.
    for (visible_after, action, id, token) in [
        (0, "recovered", 12345, TOKEN),
        (usize::MAX, "created", 777, "bogus-token"),
    ] {
        let env = TestEnv::new();
        let answer = bogus(&|a| a["name"] = json!("someone-else"));
        let server = late_platform_answering(visible_after, answer);
        let mut args = create_args(&env, &server);
        args.extend(["--no-events".to_owned(), "--json".to_owned()]);
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(0), "{stderr}");
        assert!(
            stderr.contains("instance 777 named \"someone-else\", not \"acuity-prod\""),
            "{stderr}"
        );
        let printed = json_of(&out);
        assert_eq!(
            (&printed["action"], &printed["id"], &printed["token"]),
            (&json!(action), &json!(id), &json!(token)),
            "{stderr}"
        );
    }
}

/// A platform that answers the POST with HTML (an answer that cannot be read) and shows
/// the instance only after the first `visible_after` lookups that follow it: with 2, the
/// probe's create that finished 1.5 s after the lookup.
fn late_platform(visible_after: usize) -> RecordingServer {
    late_platform_answering(
        visible_after,
        (200, "text/html".into(), "<html>busy</html>".into()),
    )
}

/// [`late_platform`], the POST answered with `answer`.
fn late_platform_answering(visible_after: usize, answer: (u16, String, String)) -> RecordingServer {
    let lookups_after_post = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let posted = Arc::new(AtomicBool::new(false));
    RecordingServer::with(
        move |request| match (request.method.as_str(), path(request)) {
            ("POST", INSTANCES) => {
                posted.store(true, Ordering::SeqCst);
                answer.clone()
            }
            ("GET", LIST) if posted.load(Ordering::SeqCst) => {
                if lookups_after_post.fetch_add(1, Ordering::SeqCst) < visible_after {
                    json_answer(200, "[]")
                } else {
                    json_answer(
                        200,
                        json!([instance_json(12345, "acuity-prod")]).to_string(),
                    )
                }
            }
            ("GET", LIST) => json_answer(200, "[]"),
            ("GET", "/elements/api-v2/instances/12345") => {
                json_answer(200, created_instance_json())
            }
            _ => json_answer(404, r#"{"message":"no such endpoint"}"#),
        },
    )
}

#[test]
fn a_create_the_platform_finishes_after_the_first_lookup_is_still_recovered() {
    let env = TestEnv::new();
    let server = late_platform(2);
    let mut args = create_args(&env, &server);
    args.extend(["--no-events".to_owned(), "--json".to_owned()]);
    let out = env.cmd().args(&args).output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(0), "{stderr}");
    assert!(stderr.contains("looking again in 1 s"), "{stderr}");
    let printed = json_of(&out);
    assert_eq!(printed["action"], "recovered");
    assert_eq!(printed["id"], 12345);
    assert_eq!(printed["token"], TOKEN);
    let methods: Vec<String> = server
        .requests()
        .iter()
        .map(|r| format!("{} {}", r.method, path(r)))
        .collect();
    assert_eq!(
        methods,
        [
            "GET /elements/api-v2/instances",
            "POST /elements/api-v2/instances",
            "GET /elements/api-v2/instances",
            "GET /elements/api-v2/instances",
            "GET /elements/api-v2/instances",
            "GET /elements/api-v2/instances/12345",
        ],
        "one POST; the lookup tried three times (--retries 2)"
    );
}

#[test]
fn a_lost_answer_whose_instance_never_appears_exits_3_with_the_command_that_checks() {
    let env = TestEnv::new();
    let server = late_platform(usize::MAX);
    let mut args = create_args(&env, &server);
    args.extend([
        "--no-events".to_owned(),
        "--retries".to_owned(),
        "1".to_owned(),
    ]);
    let out = env.cmd().args(&args).output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(3), "{stderr}");
    assert!(stderr.contains("was created is unknown"), "{stderr}");
    assert!(
        stderr.contains("instance list --name acuity-prod"),
        "the command that checks: {stderr}"
    );
    assert!(out.stdout.is_empty());
    let lookups = server
        .requests()
        .iter()
        .filter(|r| r.method == "GET")
        .count();
    assert_eq!(
        lookups, 3,
        "one before the POST, two after it (--retries 1)"
    );
}

#[test]
fn a_create_refused_with_502_before_creating_says_none_was_made() {
    let env = TestEnv::new();
    let out = create_with_faults(
        &env,
        "never-made",
        &json!([{"method": "POST", "path": "/instances", "status": 502}]),
        &["--no-events", "--retries", "0"],
    );
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(1), "{stderr}");
    assert!(
        stderr.contains("no instance named \"never-made\" was found (looked up once) after the platform answered"),
        "{stderr}"
    );
    assert!(stderr.contains("grant code"), "{stderr}");
    assert!(out.stdout.is_empty());
    // Had the POST been retried, the fault (once) would have let the second one create.
    assert_eq!(env.sandbox_instances().len(), 0, "nothing was made");
}

#[test]
fn a_lost_answer_whose_lookup_fails_too_exits_3_with_the_command_that_checks() {
    let env = TestEnv::new();
    let faults = json!([
        {"method": "POST", "path": "/instances", "status": 502, "after": true},
        // The lookup before the create passes; the one after it fails.
        {"method": "GET", "path": "/instances", "skip": 1, "status": 500},
    ]);
    let out = create_with_faults(&env, "unknown-outcome", &faults, &["--no-events"]);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(3), "{stderr}");
    assert!(stderr.contains("was created is unknown"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(
        env.sandbox_instances().len(),
        1,
        "the platform made it; the run could not tell"
    );

    // The command the message gives finds it.
    let check = stderr
        .split("Check with `")
        .nth(1)
        .and_then(|rest| rest.split('`').next())
        .unwrap_or_else(|| panic!("no command in {stderr}"));
    let words: Vec<String> = check
        .split_whitespace()
        .map(|w| w.trim_matches('"').to_owned())
        .collect();
    assert_eq!(words[0], "oc-acuity", "{check}");
    let listed = env.cmd().args(&words[1..]).output().unwrap();
    assert_eq!(code(&listed), Some(0), "{check}: {}", text(&listed.stderr));
    assert!(
        text(&listed.stdout).contains("unknown-outcome"),
        "{check} shows the instance: {}",
        text(&listed.stdout)
    );

    // And the rerun the message suggests adopts it rather than making a second one.
    let again = create_with_faults(
        &env,
        "unknown-outcome",
        &json!([]),
        &["--no-events", "--if-exists", "reuse"],
    );
    assert_eq!(code(&again), Some(0), "{}", text(&again.stderr));
    assert_eq!(json_of(&again)["action"], "reused");
    assert_eq!(env.sandbox_instances().len(), 1);
}

// ---------------------------------------------------------------------------------------
// A reauth's PUT carries a single-use grant code: never resent; a lost answer is read back

/// `--sandbox -v --json instance reauth ID --code c2` with `faults` on the sandbox.
fn reauth_with_faults(env: &TestEnv, id: &str, faults: &Value) -> std::process::Output {
    env.cmd()
        .args(["--sandbox", "-v", "--json", "instance", "reauth", id])
        .args(["--code", "c2", "--no-events"])
        .env("OC_ACUITY_SANDBOX_FAULTS", faults.to_string())
        .output()
        .unwrap()
}

#[test]
fn a_reauth_whose_answer_is_lost_is_sent_once_and_read_back() {
    let env = TestEnv::new();
    let created = sandbox_create(&env, &[]);
    let id = created["id"].to_string();
    let put = format!("/instances/{id}");
    // The PUT's fault; the read-back's fault (the GET before the PUT passes); exit code;
    // what stderr says. The sandbox's instances are valid before and after, so the run cannot tell whether
    // the new grant took (or will yet, changing the token): exit 3, acted on or not. (Not
    // valid before and valid after, "reauthorized": the in-process decision table.)
    let rows = [
        (
            json!({"method": "PUT", "path": put, "status": 502, "after": true}),
            None,
            3,
            "reads back as valid, as it was before, so the run cannot tell",
        ),
        (
            json!({"method": "PUT", "path": put, "drop": true, "after": true}),
            None,
            3,
            "reads back as valid, as it was before, so the run cannot tell",
        ),
        (
            json!({"method": "PUT", "path": put, "drop": true}),
            None,
            3,
            "reads back as valid, as it was before, so the run cannot tell",
        ),
        (
            json!({"method": "PUT", "path": put, "status": 503}),
            Some(json!({"method": "GET", "path": put, "skip": 1, "times": 3, "status": 500})),
            3,
            "was authorized again is unknown",
        ),
    ];
    for (put_fault, read_back_fault, exit, says) in rows {
        let faults = Value::Array(
            [Some(put_fault.clone()), read_back_fault]
                .into_iter()
                .flatten()
                .collect(),
        );
        let out = reauth_with_faults(&env, &id, &faults);
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(exit), "{put_fault}: {stderr}");
        assert!(stderr.contains(says), "{put_fault}: {stderr}");
        assert_eq!(
            stderr
                .matches(&format!("-> PUT /elements/api-v2{put}"))
                .count(),
            1,
            "the grant code was sent once: {stderr}"
        );
        assert!(
            stderr.contains("was authorized again is unknown"),
            "{stderr}"
        );
        assert!(out.stdout.is_empty());
        assert!(
            stderr.contains(&format!("oc-acuity --sandbox instance reauth {id}`")),
            "{stderr}"
        );
    }
    assert_eq!(env.sandbox_instances().len(), 1);
}

// ---------------------------------------------------------------------------------------
// A create answered without the token: read back, never left without it

#[test]
fn a_create_answered_without_its_token_reads_it_back() {
    let made = |token: Option<&str>| {
        let mut instance: Value = serde_json::from_str(&created_instance_json()).unwrap();
        match token {
            Some(token) => instance["token"] = json!(token),
            None => {
                instance.as_object_mut().unwrap().remove("token");
            }
        }
        instance.to_string()
    };
    // The POST's answer, the read-back's answer: exit code.
    let rows = [
        (made(None), made(Some(TOKEN)), 0),
        (made(Some("")), made(Some(TOKEN)), 0),
        (made(None), made(None), 3),
    ];
    for (posted, read, exit) in rows {
        let env = TestEnv::new();
        let (posted_body, read_body) = (posted.clone(), read.clone());
        let server = RecordingServer::with(move |request| {
            let body = match (request.method.as_str(), path(request)) {
                ("GET", p) if p == LIST => "[]".to_owned(),
                ("POST", _) => posted_body.clone(),
                _ => read_body.clone(),
            };
            (200, "application/json".into(), body)
        });
        let mut args = create_args(&env, &server);
        args.extend(["--no-events".to_owned(), "--json".to_owned()]);
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(exit), "{posted}: {stderr}");
        assert!(
            stderr.contains("without its token: reading it back"),
            "{stderr}"
        );
        if exit == 0 {
            assert_eq!(json_of(&out)["token"], TOKEN);
        } else {
            assert!(stderr.contains("--if-exists reuse --no-store"), "{stderr}");
        }
        let gets = server
            .requests()
            .iter()
            .filter(|r| r.method == "GET" && path(r) == format!("{INSTANCES}/12345"))
            .count();
        assert_eq!(gets, 1, "read back once: {posted}");
    }
}

/// After a lost answer, a lookup answered 404 is no evidence that nothing was made (a
/// listing reads 404 as an empty account): whether it was made is unknown, exit 3.
#[test]
fn a_lost_answer_whose_lookup_is_404_is_unknown_not_none() {
    let env = TestEnv::new();
    let faults = json!([
        {"method": "POST", "path": "/instances", "status": 500, "after": true},
        {"method": "GET", "path": "/instances", "skip": 1, "times": 3, "status": 404},
    ]);
    let out = create_with_faults(&env, "maybe-made", &faults, &["--no-events"]);
    let stderr = text(&out.stderr);
    assert_eq!(code(&out), Some(3), "{stderr}");
    assert!(stderr.contains("was created is unknown"), "{stderr}");
    assert_eq!(env.sandbox_instances().len(), 1, "it was made");
}
