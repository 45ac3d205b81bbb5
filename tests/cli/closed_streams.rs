//! A closed stdout or stderr (`| head -1`, `2>&-`): never a panic. Writes to stderr that
//! fail are ignored; stdout gone ends the run quietly (exit 0, as ripgrep); a create in
//! flight still prints (or stores) its token, or says exit 5 how to get it.

use std::process::{Output, Stdio};

use crate::support::args::{SANDBOX_CREATE, unique_name};
use crate::support::env::TestEnv;
use crate::support::text;

/// A pipe whose reader is already gone: every write to it fails (EPIPE).
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    Stdio::from(writer)
}

fn run(env: &TestEnv, args: &[&str], stdout: Stdio, stderr: Stdio) -> Output {
    env.process()
        .args(args)
        .stdout(stdout)
        .stderr(stderr)
        .output()
        .unwrap()
}

#[test]
fn a_closed_stderr_does_not_end_a_verbose_create_and_its_token_is_printed() {
    let env = TestEnv::new();
    let name = unique_name();
    let mut args = vec!["-v"];
    args.extend(SANDBOX_CREATE);
    args.extend(["--name", &name]);
    let out = run(&env, &args, Stdio::piped(), closed_pipe());
    assert_eq!(out.status.code(), Some(0), "stdout: {}", text(&out.stdout));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(printed["token"].is_string(), "{printed}");
    assert_eq!(env.sandbox_instances().len(), 1);
}

#[test]
fn a_closed_stdout_ends_a_listing_quietly_with_exit_0() {
    let env = TestEnv::new();
    let name = unique_name();
    let mut create: Vec<&str> = SANDBOX_CREATE.to_vec();
    create.extend(["--name", &name]);
    assert_eq!(
        run(&env, &create, Stdio::piped(), Stdio::null())
            .status
            .code(),
        Some(0)
    );
    for json in [false, true] {
        let mut args = vec!["--sandbox", "instance", "list"];
        if json {
            args.push("--json");
        }
        let out = run(&env, &args, closed_pipe(), Stdio::piped());
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stderr = text(&out.stderr);
        assert!(
            !stderr.contains("error") && !stderr.contains("panicked"),
            "quiet: {stderr}"
        );
    }
    assert_eq!(env.sandbox_instances().len(), 1);
}

#[test]
fn a_create_with_stdout_and_stderr_closed_exits_5_not_a_panic() {
    let env = TestEnv::new();
    let name = unique_name();
    let mut args = vec!["-v"];
    args.extend(SANDBOX_CREATE);
    args.extend(["--name", &name]);
    let out = run(&env, &args, closed_pipe(), closed_pipe());
    assert_eq!(
        out.status.code(),
        Some(5),
        "the token was neither stored nor printed: exit 5, not a panic (101)"
    );
    assert_eq!(env.sandbox_instances().len(), 1, "the create finished");
}

#[test]
fn a_create_whose_stdout_is_closed_says_on_stderr_how_to_get_its_token() {
    let env = TestEnv::new();
    let stderr = create_whose_token_reaches_no_one(&env, closed_pipe());
    assert!(stderr.contains("neither stored nor printed"), "{stderr}");
}

/// A sandbox create (no keyring: the token only printed) with `stdout`: asserts what every
/// such create says (exit 5, and on stderr the command that prints the token), and
/// returns its stderr.
fn create_whose_token_reaches_no_one(env: &TestEnv, stdout: Stdio) -> String {
    let name = unique_name();
    let mut args: Vec<&str> = SANDBOX_CREATE.to_vec();
    args.extend(["--name", &name]);
    let out = run(env, &args, stdout, Stdio::piped());
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{stderr}");
    let rerun =
        format!("oc-acuity --sandbox instance create --name {name} --if-exists reuse --no-store");
    assert!(stderr.contains(&rerun), "{stderr}");
    stderr
}

/// `path`, opened for writing, as a child's stdout.
fn written_to(path: &str) -> Stdio {
    Stdio::from(std::fs::File::options().write(true).open(path).expect(path))
}

/// A full disk (`>/dev/full`) loses the printed token as surely as a closed pipe: the same
/// exit 5 and the same way to get it, not exit 1 "could not write the result".
#[test]
fn a_create_whose_stdout_is_full_says_on_stderr_how_to_get_its_token() {
    let env = TestEnv::new();
    create_whose_token_reaches_no_one(&env, written_to("/dev/full"));
    assert_eq!(env.sandbox_instances().len(), 1, "the create finished");
}

/// stdout on /dev/null (`>/dev/null`, or `>&-`, which the runtime reopens there): a token
/// printed there reaches no one, so a create that did not store it exits 5 and says on
/// stderr how to get it, as for a full or closed stdout.
#[test]
fn a_create_whose_stdout_is_dev_null_says_on_stderr_how_to_get_its_token() {
    let env = TestEnv::new();
    let stderr = create_whose_token_reaches_no_one(&env, written_to("/dev/null"));
    assert!(stderr.contains("stdout is /dev/null"), "{stderr}");
    // A listing to /dev/null is what was asked for.
    let listed = run(
        &env,
        &["--sandbox", "instance", "list"],
        Stdio::null(),
        Stdio::piped(),
    );
    assert_eq!(listed.status.code(), Some(0), "{}", text(&listed.stderr));
}
