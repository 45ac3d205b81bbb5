//! Every command the tool prints for the user to run (in backticks: next steps, fixes,
//! ways out) carries the global options of the run that printed it, and runs as printed.
//! A walk through the sandbox under `--profile hints --sandbox` collects them; each then
//! runs, in the order printed, its placeholders (`URL`, `KEY VALUE`) filled in; following
//! doctor's fixes makes every step hold. (`auth`, the interactive login, is checked for
//! its options but not run here: the pty and browser tests drive it.)

use crate::support::default_sandbox_port;
use crate::support::env::TestEnv;
use crate::support::recording::RecordingServer;
use crate::support::text;

/// The global options of the walk, which every printed command must carry.
const GLOBALS: &str = "oc-acuity --profile hints --sandbox ";

/// Runs `oc-acuity ARGS` in `env`; stdout and stderr together, and the exit code.
fn run(env: &TestEnv, args: &[&str]) -> (String, Option<i32>) {
    let out = env.cmd().args(args).output().unwrap();
    (
        format!("{}{}", text(&out.stdout), text(&out.stderr)),
        out.status.code(),
    )
}

/// The commands in backticks in `said` that start with `oc-acuity`, in order.
fn printed_commands(said: &str) -> Vec<String> {
    said.split('`')
        .skip(1)
        .step_by(2)
        .filter(|quoted| quoted.starts_with("oc-acuity ") || *quoted == "oc-acuity")
        .map(str::to_owned)
        .collect()
}

/// `args` after the walk's global options.
fn with<'a>(args: &[&'a str]) -> Vec<&'a str> {
    [&["--profile", "hints", "--sandbox"][..], args].concat()
}

/// Checks that `hint` carries the walk's options (commands of `oc-acuity sandbox`, the
/// sandbox itself, take none) and runs it with its placeholders filled: `--url URL` with
/// the instance's Webhook URL, `--event-callback-url URL` with `callback`, `KEY VALUE` with
/// a setting. Exit 0 (`doctor` reports failing steps with 1: its answer, not a failure).
fn run_as_printed(env: &TestEnv, hint: &str, callback: &str) {
    assert!(
        hint.starts_with(GLOBALS) || hint.starts_with("oc-acuity sandbox"),
        "{hint:?} does not carry the run's options ({GLOBALS:?})"
    );
    let mut filled = hint.replace("KEY VALUE", "client-id demo").replace(
        "--event-callback-url URL",
        &format!("--event-callback-url {callback}"),
    );
    if filled.contains("--url URL") {
        // `webhook register ID --url URL`: that instance's own Webhook URL.
        let id = filled.split_whitespace().rev().nth(2).unwrap().to_owned();
        let (url, exit) = run(env, &with(&["--quiet", "webhook", "url", &id]));
        assert_eq!(exit, Some(0), "{url}");
        filled = filled.replace("--url URL", &format!("--url {}", url.trim()));
    }
    let args: Vec<&str> = filled.split_whitespace().skip(1).collect();
    let (said, exit) = run(env, &args);
    let doctor = args.contains(&"doctor");
    assert!(
        exit == Some(0) || (doctor && exit == Some(1)),
        "`{hint}` as printed exited {exit:?}:\n{said}"
    );
}

#[test]
fn every_printed_command_carries_the_runs_options_and_runs_as_printed() {
    let _port = default_sandbox_port();
    let env = TestEnv::new();
    /// Stops the background sandbox the hints start, even when the test fails.
    struct StopSandbox<'a>(&'a TestEnv);
    impl Drop for StopSandbox<'_> {
        fn drop(&mut self) {
            let _ = self.0.cmd().args(["sandbox", "stop"]).output();
        }
    }
    let _stop = StopSandbox(&env);
    // The event callback URL: a receiver that answers 200.
    let receiver = RecordingServer::platform();
    let callback = receiver.api_root();

    // A create and doctor under a sandbox of their own run (none serving yet).
    let (created, exit) = run(
        &env,
        &with(&["instance", "create", "--name", "walk", "--code", "c"])
            .into_iter()
            .chain(["--event-callback-url", &callback])
            .collect::<Vec<_>>(),
    );
    assert_eq!(exit, Some(0), "{created}");
    let (doctor, exit) = run(&env, &with(&["doctor"]));
    assert_eq!(
        exit,
        Some(1),
        "webhooks and received fail at first: {doctor}"
    );
    let mut hints = printed_commands(&created);
    hints.extend(printed_commands(&doctor));
    assert!(
        hints.iter().any(|h| h.contains("webhook register")),
        "{created}\n{doctor}"
    );
    let mut ran: Vec<String> = Vec::new();
    for hint in &hints {
        if !ran.contains(hint) {
            run_as_printed(&env, hint, &callback);
            ran.push(hint.clone());
        }
    }
    let (after, exit) = run(&env, &with(&["doctor"]));
    assert_eq!(
        exit,
        Some(0),
        "doctor's fixes, run as printed, fixed it: {after}"
    );
    assert!(after.contains("Every step holds"), "{after}");

    // What the commands of a serving sandbox print for the user to run.
    let mut later = Vec::new();
    for args in [
        &["webhook", "url"][..],
        &["webhook", "list"],
        &["events", "log"],
        &["instance", "show"],
        &["auth", "status"],
        &["config", "profiles"],
        &[
            "instance",
            "create",
            "--name",
            "other",
            "--code",
            "c",
            "--no-events",
        ],
    ] {
        let (said, exit) = run(&env, &with(args));
        assert_eq!(exit, Some(0), "{args:?}: {said}");
        later.extend(printed_commands(&said));
    }
    assert!(later.len() >= 4, "{later:?}");
    for hint in &later {
        if ran.contains(hint) {
            continue;
        }
        ran.push(hint.clone());
        if hint.ends_with(" auth") {
            assert!(hint.starts_with(GLOBALS), "{hint:?}");
            continue;
        }
        run_as_printed(&env, hint, &callback);
    }
    eprintln!("ran as printed:\n{}", ran.join("\n"));
    assert!(ran.len() >= 8, "{ran:#?}");
}
