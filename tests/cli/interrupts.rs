//! Interrupts: SIGTERM and SIGHUP wait while a create is in flight (the token is not
//! lost) and end the run at once otherwise (143, 129); Ctrl-C at a prompt leaves the
//! terminal as it was found.

use std::io::{BufReader, Read};
use std::net::TcpStream;
use std::process::Command as StdCommand;
use std::sync::{Mutex, mpsc};

use rexpect::session::PtySession;
use serde_json::Value;

use crate::support::args::create_args;
use crate::support::child::{read_until, spawn_piped};
use crate::support::env::TestEnv;
use crate::support::http::free_port;
use crate::support::keyring::PrivateKeyring;
use crate::support::login::start_loopback_login;
use crate::support::pty::{self, pty_command, pty_pid};
use crate::support::recording::{
    INSTANCES, RecordingServer, created_instance_json, json_answer, path,
};
use crate::support::secrets::TOKEN;
use crate::support::signal::{send_signal, wait_until_catching_sigint};
use crate::support::wait::{EVENT_TIMEOUT, wait_until};
use crate::support::{require_program, text};

/// What the binary says when a signal arrives while an instance is being created.
const HELD: &str = "finishing so that its token is not lost";

// ---------------------------------------------------------------------------------------
// Bullet 3 / build step 4: SIGTERM and SIGHUP wait while a create is in flight

/// A platform that answers the lookup with no instance and holds its answer to the POST
/// until the returned sender is used (or dropped).
fn platform_holding_the_create() -> (RecordingServer, mpsc::Sender<()>) {
    let (release, released) = mpsc::channel::<()>();
    let released = Mutex::new(released);
    let server = RecordingServer::with(move |request| {
        if request.method == "GET" {
            return json_answer(200, "[]");
        }
        // Bounded, so a run that never shows the warning fails instead of hanging.
        let _ = released.lock().unwrap().recv_timeout(EVENT_TIMEOUT);
        json_answer(200, created_instance_json())
    });
    (server, release)
}

fn signal_while_creating(signal: i32) {
    let env = TestEnv::new();
    let (server, release) = platform_holding_the_create();
    let mut args = create_args(&env, &server);
    args.extend(["--no-events".to_owned(), "--json".to_owned()]);
    let mut child = spawn_piped(env.process().args(&args));

    let post = &server.wait_for_requests(2, EVENT_TIMEOUT)[1];
    assert_eq!((post.method.as_str(), path(post)), ("POST", INSTANCES));
    send_signal(child.id(), signal);
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = read_until(&mut stderr, HELD);
    release.send(()).unwrap();

    let out = child.wait_with_output().unwrap();
    stderr.read_to_string(&mut seen).unwrap();
    assert_eq!(out.status.code(), Some(0), "{seen}");
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed["token"], TOKEN, "the token reached the user");
    assert_eq!(printed["id"], 12345);
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn sigterm_while_creating_waits_for_the_token() {
    signal_while_creating(libc::SIGTERM);
}

#[test]
fn sighup_while_creating_waits_for_the_token() {
    signal_while_creating(libc::SIGHUP);
}

#[test]
fn sigterm_and_sighup_before_the_create_end_the_run_with_143_and_129() {
    for (signal, expected) in [(libc::SIGTERM, 143), (libc::SIGHUP, 129)] {
        let env = TestEnv::new();
        // The lookup before the create is held: nothing is in flight that makes anything.
        let (release, released) = mpsc::channel::<()>();
        let released = Mutex::new(released);
        let server = RecordingServer::with(move |_| {
            let _ = released.lock().unwrap().recv_timeout(EVENT_TIMEOUT);
            json_answer(200, "[]")
        });
        let mut args = create_args(&env, &server);
        args.push("--no-events".to_owned());
        let child = spawn_piped(env.process().args(&args));
        server.wait_for_requests(1, EVENT_TIMEOUT);
        send_signal(child.id(), signal);
        let out = child.wait_with_output().unwrap();
        drop(release);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(expected), "{stderr}");
        assert!(stderr.contains("interrupted"), "{stderr}");
        assert!(!stderr.contains(HELD), "{stderr}");
        let requests = server.requests();
        assert_eq!(requests.len(), 1, "only the lookup: {requests:#?}");
        assert_eq!(requests[0].method, "GET", "no create was sent");
    }
}

#[test]
fn sigterm_while_waiting_for_the_browser_exits_143() {
    let env = TestEnv::new();
    let port = free_port();
    let (child, _, mut stderr) = start_loopback_login(&env, port, &[], |_| {});
    send_signal(child.id(), libc::SIGTERM);
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(143), "{rest}");
    assert!(rest.contains("interrupted"), "{rest}");
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "the listener is closed"
    );
    assert_eq!(env.sandbox_instances().len(), 0);
}

// ---------------------------------------------------------------------------------------
// Bullet 6 / build step 6: the terminal is left as it was found

/// bash in a pseudo-terminal with echo on (rexpect starts it off), running the binary
/// with `args`, then printing its exit code and `stty -a`.
fn binary_in_a_shell(env: &TestEnv, args: &[&str], term: &str) -> PtySession {
    require_program("bash", "bash");
    require_program("stty", "coreutils");
    let mut isolated = pty_command(env, term);
    isolated.env("NO_COLOR", "1");
    let mut shell = StdCommand::new("bash");
    shell.env_clear();
    for (key, value) in isolated.get_envs() {
        if let Some(value) = value {
            shell.env(key, value);
        }
    }
    shell
        .arg("-c")
        .arg(
            "stty echo; trap 'true' INT; \"$0\" \"$@\"; echo \"exit=$?\"; stty -a; echo 'end of test'",
        )
        .arg(isolated.get_program())
        .args(args);
    pty::spawn_in_pty(shell)
}

/// The binary the shell in `session` runs.
fn binary_pid(session: &PtySession) -> u32 {
    let shell = pty_pid(session);
    let mut child = None;
    wait_until("the shell to start the binary", EVENT_TIMEOUT, || {
        child = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .ok()
            .and_then(|children| children.split_whitespace().next()?.parse().ok());
        child.is_some()
    });
    child.unwrap()
}

/// Ctrl-C once the binary in `session` shows `prompt`; returns everything the terminal
/// showed, through `stty -a`.
fn ctrl_c_at(session: &mut PtySession, prompt: &str) -> String {
    let mut shown = session
        .exp_string(prompt)
        .unwrap_or_else(|e| panic!("never asked {prompt:?}: {e}"));
    shown.push_str(prompt);
    wait_until_catching_sigint(binary_pid(session));
    session.send_control('c').unwrap();
    shown.push_str(&session.exp_string("end of test").unwrap());
    shown
}

fn stty_flags(shown: &str) -> Vec<&str> {
    let stty = shown.rsplit("exit=").next().unwrap();
    stty.split(|c: char| c.is_whitespace() || c == ';')
        .collect()
}

#[test]
fn ctrl_c_at_a_hidden_prompt_leaves_echo_on() {
    let env = TestEnv::new();
    let mut session = binary_in_a_shell(&env, &["--sandbox", "auth", "--no-browser"], "dumb");
    let shown = ctrl_c_at(&mut session, "User secret");
    assert!(shown.contains("exit=130"), "{shown}");
    let flags = stty_flags(&shown);
    assert!(
        flags.contains(&"echo") && !flags.contains(&"-echo"),
        "echo is back on: {shown}"
    );
    assert!(flags.contains(&"icanon"), "{shown}");
    assert_eq!(env.sandbox_instances().len(), 0);
}

#[test]
fn ctrl_c_at_the_deployment_choice_shows_the_cursor_again() {
    let mut env = TestEnv::new();
    // A real target's auth asks nothing when no keyring could store its result.
    let _keyring = PrivateKeyring::start(&mut env);
    let mut session = binary_in_a_shell(&env, &["auth", "--no-browser"], "xterm");
    let shown = ctrl_c_at(&mut session, "SAP Open Connectors, US");
    assert!(shown.contains("exit=130"), "{shown}");
    let hidden = shown.rfind("\x1b[?25l").expect("the list hid the cursor");
    let shown_again = shown.rfind("\x1b[?25h").unwrap_or(0);
    assert!(shown_again > hidden, "the cursor is shown again: {shown:?}");
    let flags = stty_flags(&shown);
    assert!(
        flags.contains(&"echo") && flags.contains(&"icanon"),
        "{shown}"
    );
}
