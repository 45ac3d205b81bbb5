//! The human view of every result, in full: one snapshot per outcome (created, recovered,
//! reused, reauthorized, a reauthorization whose answer was lost, replaced, not stored;
//! list, show, status, webhook list), stdout and stderr as a person sees them, against the
//! sandbox. What varies from run to run (ports, tokens, times) is replaced by a placeholder
//! first.
//!
//! After changing a view, regenerate with `SNAPSHOTS=overwrite cargo test --test cli
//! views::` and review the diff in `tests/snapshots/views/`.

use serde_json::json;
use snapbox::Data;

use crate::support::env::TestEnv;
use crate::support::keyring::PrivateKeyring;
use crate::support::sandbox_process::SandboxProcess;
use crate::support::{code, manifest_dir, text};

/// `oc-acuity ARGS` in `env` with `vars`: its exit code, stdout and stderr, normalized.
fn view(env: &TestEnv, args: &[&str], vars: &[(&str, String)]) -> String {
    let out = env
        .cmd()
        .args(args)
        .envs(vars.iter().map(|(k, v)| (*k, v.as_str())))
        .output()
        .unwrap();
    let shown = format!(
        "$ oc-acuity {}\n[exit {}]\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        code(&out).unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr)
    );
    normalize(&shown)
}

/// Ports of the in-process sandbox, tokens and timestamps, as placeholders.
fn normalize(shown: &str) -> String {
    let mut out = String::new();
    for line in shown.lines() {
        if let Some((head, _)) = line.split_once("\"token\": \"") {
            out.push_str(&format!("{head}\"token\": \"[TOKEN]\",\n"));
            continue;
        }
        let line = match line
            .split_once("token: ")
            .or(line.split_once("token was: "))
        {
            Some((head, _)) if !line.contains('`') => {
                format!(
                    "{head}{}[TOKEN]",
                    if line.contains("was: ") {
                        "token was: "
                    } else {
                        "token: "
                    }
                )
            }
            _ => line.to_owned(),
        };
        out.push_str(&replace_runs(&line));
        out.push('\n');
    }
    out
}

/// `127.0.0.1:PORT` (but the fixed demo ports, and 9) -> `127.0.0.1:[PORT]`; an ISO time ->
/// `[TIME]`.
fn replace_runs(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("127.0.0.1:") {
        let (head, tail) = rest.split_at(at + "127.0.0.1:".len());
        out.push_str(head);
        let digits = tail.chars().take_while(char::is_ascii_digit).count();
        let port = &tail[..digits];
        out.push_str(if matches!(port, "8485" | "8765" | "9") {
            port
        } else {
            "[PORT]"
        });
        rest = &tail[digits..];
    }
    out.push_str(rest);
    // 2026-12-02T14:08:51Z
    let bytes: Vec<char> = out.chars().collect();
    let mut result = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let candidate: String = bytes[i..bytes.len().min(i + 20)].iter().collect();
        let is_time = candidate.len() == 20
            && candidate.chars().enumerate().all(|(j, c)| match j {
                4 | 7 => c == '-',
                10 => c == 'T',
                13 | 16 => c == ':',
                19 => c == 'Z',
                _ => c.is_ascii_digit(),
            });
        if is_time {
            result.push_str("[TIME]");
            i += 20;
        } else {
            result.push(bytes[i]);
            i += 1;
        }
    }
    result
}

/// Compares with `tests/snapshots/views/NAME.txt` (`SNAPSHOTS=overwrite` rewrites it).
fn assert_view(name: &str, actual: &str) {
    let path = manifest_dir().join(format!("tests/snapshots/views/{name}.txt"));
    let committed = Data::read_from(&path, None).raw();
    snapbox::assert_data_eq!(actual, committed);
}

const CREATE: [&str; 7] = [
    "--sandbox",
    "instance",
    "create",
    "--code",
    "c",
    "--no-events",
    "--name",
];

fn create<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = CREATE.to_vec();
    args.extend_from_slice(extra);
    args
}

#[test]
fn every_outcome_of_a_create_reads_as_what_happened() {
    let env = TestEnv::new();
    let none = &[];
    assert_view("created", &view(&env, &create(&["views"]), none));
    assert_view(
        "reused",
        &view(&env, &create(&["views", "--if-exists", "reuse"]), none),
    );
    assert_view(
        "reauthorized",
        &view(&env, &create(&["views", "--if-exists", "reauth"]), none),
    );
    // The reauthorization's answer lost before it reached the platform: the instance
    // reads back valid, as before, so the outcome is unknown (exit 3), never "authorized".
    let lost_reauth = json!([{"method": "PUT", "path": "/instances/10001", "drop": true}]);
    assert_view(
        "reauth-lost",
        &view(
            &env,
            &create(&["views", "--if-exists", "reauth"]),
            &[("OC_ACUITY_SANDBOX_FAULTS", lost_reauth.to_string())],
        ),
    );
    let lost = json!([{"method": "POST", "path": "/instances", "drop": true, "after": true}]);
    assert_view(
        "recovered",
        &view(
            &env,
            &create(&["views-lost"]),
            &[("OC_ACUITY_SANDBOX_FAULTS", lost.to_string())],
        ),
    );
    assert_view(
        "not-stored",
        &view(&env, &create(&["views-ci", "--no-store"]), none),
    );
    assert_view(
        "not-stored-json",
        &view(
            &env,
            &[&["--json"][..], &create(&["views-json", "--no-store"])].concat(),
            none,
        ),
    );
    assert_view(
        "list",
        &view(&env, &["--sandbox", "instance", "list"], none),
    );
    assert_view(
        "show",
        &view(&env, &["--sandbox", "instance", "show", "10001"], none),
    );
}

#[test]
fn webhooks_and_doctor_read_as_what_they_found() {
    let env = TestEnv::new();
    // A serving sandbox: the Webhook URL stays the same from one run to the next.
    let _sandbox = SandboxProcess::start(&env);
    let none = &[];
    let created = view(
        &env,
        &[
            "--sandbox",
            "instance",
            "create",
            "--code",
            "c",
            "--name",
            "hooks",
            "--event-callback-url",
            // Port 9 (discard): nothing listens there, whatever else runs on this machine.
            "http://127.0.0.1:9/",
        ],
        none,
    );
    assert!(created.contains("[exit 0]"), "{created}");
    assert_view(
        "doctor-before",
        &view(&env, &["--sandbox", "doctor", "10001"], none),
    );
    assert_view(
        "webhook-register",
        &view(&env, &["--sandbox", "webhook", "register", "10001"], none),
    );
    assert_view(
        "webhook-list",
        &view(&env, &["--sandbox", "webhook", "list", "10001"], none),
    );
}

#[test]
fn a_create_that_replaces_the_stored_instance_and_the_status_after_it() {
    let mut env = TestEnv::new();
    let _keyring = PrivateKeyring::start(&mut env);
    let none = &[];
    let first = view(&env, &create(&["first"]), none);
    assert!(first.contains("[exit 0]"), "{first}");
    assert_view(
        "replaced",
        &view(&env, &create(&["second", "--replace"]), none),
    );
    assert_view(
        "status",
        &view(&env, &["--sandbox", "auth", "status"], none),
    );
}
