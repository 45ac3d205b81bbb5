//! A login through the loopback redirect, driven as a user would: `auth` waiting for the
//! browser, then Allow at the sandbox's consent page.

use std::io::BufReader;
use std::process::{Child, ChildStderr, Command as StdCommand};

use super::child::{read_until, spawn_piped};
use super::consent::{click_at_consent_page, consent_url_in};
use super::env::TestEnv;
use super::http::http_get;

/// `auth` without prompts, with a loopback redirect on `port`, against `--sandbox` unless
/// `extra` gives a `--base-url` (a running sandbox as a real target, whose settings are
/// saved); `prepare` adjusts the command first. Returns the child, the consent URL and its
/// stderr (read up to the wait for the browser).
pub fn start_loopback_login(
    env: &TestEnv,
    port: u16,
    extra: &[&str],
    prepare: impl FnOnce(&mut StdCommand),
) -> (Child, String, BufReader<ChildStderr>) {
    let mut command = env.process();
    prepare(&mut command);
    command
        .args([
            "--no-input",
            "auth",
            "--no-browser",
            "--no-events",
            "--timeout",
            "60",
            "--name",
            "login",
        ])
        .arg("--callback-url")
        .arg(format!("http://127.0.0.1:{port}/cb"))
        .args(extra);
    if !extra.contains(&"--base-url") {
        command.arg("--sandbox");
    }
    let mut child = spawn_piped(&mut command);
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let seen = read_until(&mut stderr, "Waiting for Acuity");
    let url = consent_url_in(&seen).unwrap_or_else(|| panic!("no consent URL in {seen}"));
    (child, url, stderr)
}

/// Finishes a login: Allow at the consent page, the redirect back to the listener.
pub fn allow(consent_url: &str) {
    let back = click_at_consent_page(consent_url, true);
    let (status, _, page) = http_get(&back);
    assert_eq!(status, 200, "{page}");
}
