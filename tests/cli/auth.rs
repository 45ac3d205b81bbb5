//! `oc-acuity auth` end to end: answered prompt by prompt in a real pseudo-terminal, the
//! loopback and paste redirects, refusals and forged answers, `auth status`, `auth logout`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use rexpect::session::PtySession;
use serde_json::Value;

use crate::support::args::sandbox_create;
use crate::support::consent::{click_at_consent_page, consent_url_in};
use crate::support::env::TestEnv;
use crate::support::http::{free_port, http_get};
use crate::support::keyring::PrivateKeyring;
use crate::support::pty::{self, answer, answer_text, confirm, pty_command, pty_pid};
use crate::support::sandbox_process::SandboxProcess;
use crate::support::secrets::assert_no_secret;
use crate::support::signal::wait_until_catching_sigint;
use crate::support::text;

/// The binary in a pseudo-terminal, with `env`'s isolation (TERM=dumb: plain prompts).
fn spawn_in_pty(env: &TestEnv, args: &[&str]) -> PtySession {
    pty::run_in_pty(env, args)
}

/// The same, with a chosen TERM.
fn spawn_in_pty_as(env: &TestEnv, args: &[&str], term: &str) -> PtySession {
    let mut cmd = pty_command(env, term);
    cmd.args(args).env("NO_COLOR", "1");
    pty::spawn_in_pty(cmd)
}

/// Reads the pty until the consent URL has been printed, and returns it.
fn consent_url(session: &mut PtySession) -> String {
    let (before, _) = session
        .exp_regex("Waiting for Acuity|Copy that page")
        .expect("the consent URL is printed");
    consent_url_in(&before).unwrap_or_else(|| panic!("no consent URL in {before:?}"))
}

#[test]
fn sandbox_login_prompt_by_prompt_with_a_reasked_answer() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let port = free_port();
    let mut s = spawn_in_pty(&env, &["--sandbox", "auth", "--no-browser"]);
    answer(&mut s, "User secret", "typed-user-secret");
    answer(&mut s, "Organization secret", ""); // Enter: the sandbox demo value
    answer_text(&mut s, "Acuity OAuth client ID", "my-client");
    answer(&mut s, "Acuity OAuth client secret", "");
    answer(&mut s, "Redirect URI registered at Acuity", "not a url");
    s.exp_string("whitespace")
        .expect("the bad answer is explained");
    s.send_control('u').unwrap();
    s.send_line(&format!("http://127.0.0.1:{port}/callback"))
        .unwrap();
    confirm(&mut s, "Deliver Acuity events", true);
    answer(
        &mut s,
        "Event callback URL",
        "https://example.com/acuity-events",
    );
    answer(&mut s, "Event signature key", "");
    answer_text(&mut s, "Instance name", "");
    answer_text(&mut s, "Tags", "team-a, eu");

    let url = consent_url(&mut s);
    let back = click_at_consent_page(&url, true);
    assert!(
        back.starts_with(&format!("http://127.0.0.1:{port}/callback?code=")),
        "{back}"
    );
    let (status, _, page) = http_get(&back);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("You can close this tab"), "{page}");

    let out = s.exp_eof().unwrap();
    assert!(
        out.contains("Created instance 10001 \"Acuity Scheduling (default)\""),
        "{out}"
    );
    assert!(out.contains("/events/acuityscheduling/MTAwMDE="), "{out}");
    assert!(
        out.contains("Business Settings > Integrations > API > Webhooks"),
        "{out}"
    );
    assert!(!out.contains("typed-user-secret"), "{out}");

    assert_eq!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-id")
            .as_deref(),
        Some("10001")
    );
    assert!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-token")
            .is_some()
    );
    assert_eq!(
        keyring
            .lookup("oc-acuity-sandbox", "default/user-secret")
            .as_deref(),
        Some("typed-user-secret"),
        "the secret typed at the prompt is kept"
    );
    assert_eq!(
        keyring.lookup("oc-acuity-sandbox", "default/organization-secret"),
        None,
        "demo values are not kept"
    );

    let state = std::fs::read_to_string(env.path("data").join("oc-acuity/sandbox.json")).unwrap();
    let state: Value = serde_json::from_str(&state).unwrap();
    let instance = &state["instances"][0];
    assert_eq!(instance["tags"], serde_json::json!(["team-a", "eu"]));
    // The platform masks the client ID in what it keeps and answers (the sandbox too): the
    // typed one shows in the consent URL it built from the client ID it was sent.
    assert_eq!(instance["configuration"]["oauth.api.key"], "********");
    assert!(url.contains("client_id=my-client"), "{url}");
}

/// Starts a paste-mode login against `server`, answers every prompt, clicks Allow at
/// the consent page, and returns the session (at the paste prompt) and where Acuity
/// redirected the browser.
fn paste_login_until_redirect(env: &TestEnv, server: &SandboxProcess) -> (PtySession, String) {
    let mut s = spawn_in_pty(
        env,
        &[
            "--base-url",
            &server.api_root,
            "auth",
            "--no-browser",
            "--callback-url",
            "https://app.example.com/oauth/acuity",
            "--no-events",
            "--name",
            "pasted",
        ],
    );
    answer(&mut s, "User secret", "u-typed");
    answer(&mut s, "Organization secret", "o-typed");
    answer(&mut s, "Acuity OAuth client ID", "cid-typed");
    answer(&mut s, "Acuity OAuth client secret", "c-typed");
    answer(&mut s, "Tags", "");
    let url = consent_url(&mut s);
    let back = click_at_consent_page(&url, true);
    (s, back)
}

#[test]
fn paste_mode_login_saves_settings_and_secrets() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let server = SandboxProcess::start(&env);
    let (mut s, back) = paste_login_until_redirect(&env, &server);
    assert!(
        back.starts_with("https://app.example.com/oauth/acuity?code="),
        "{back}"
    );
    answer(&mut s, "Paste the full URL", "this is not it&state=wrong");
    s.exp_string("state did not match")
        .expect("a forged paste is refused");
    s.exp_eof().unwrap();
    assert_eq!(
        keyring.lookup("oc-acuity", "default/instance-id"),
        None,
        "nothing was created or stored"
    );

    // Again, pasting the right URL.
    let (mut s, back) = paste_login_until_redirect(&env, &server);
    answer(&mut s, "Paste the full URL", &back);
    let out = s.exp_eof().unwrap();
    assert!(out.contains("Created instance"), "{out}");
    assert!(out.contains("Saved the profile's settings"), "{out}");

    assert!(
        keyring
            .lookup("oc-acuity", "default/instance-token")
            .is_some()
    );
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/user-secret")
            .as_deref(),
        Some("u-typed")
    );
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/organization-secret")
            .as_deref(),
        Some("o-typed")
    );
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/client-secret")
            .as_deref(),
        Some("c-typed")
    );
    let config = std::fs::read_to_string(env.path("config").join("oc-acuity/config.toml")).unwrap();
    assert!(config.contains("client-id = \"cid-typed\""), "{config}");
    assert!(config.contains(&server.api_root), "{config}");
    for secret in ["u-typed", "o-typed", "c-typed"] {
        assert!(!config.contains(secret), "{secret} in {config}");
    }

    // A second login against the stored credentials asks only what is missing.
    let out = env
        .cmd()
        .args(["--base-url", &server.api_root, "auth", "status", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["check"], "valid");
}

/// `--sandbox auth --no-input` with a loopback redirect: runs without prompts; returns
/// the child and the consent URL it printed.
fn start_loopback_login(
    env: &TestEnv,
    port: u16,
) -> (Child, String, BufReader<std::process::ChildStderr>) {
    let mut child = env
        .process()
        .args([
            "--sandbox",
            "--no-input",
            "auth",
            "--no-browser",
            "--no-events",
            "--timeout",
            "20",
        ])
        .arg("--callback-url")
        .arg(format!("http://127.0.0.1:{port}/cb"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "exited early: {seen}"
        );
        seen.push_str(&line);
        if line.starts_with("Waiting for Acuity") {
            break;
        }
    }
    let url = consent_url_in(&seen).unwrap_or_else(|| panic!("no URL in {seen}"));
    (child, url, stderr)
}

fn finish(
    mut child: Child,
    mut stderr: BufReader<std::process::ChildStderr>,
) -> (Option<i32>, String) {
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    (child.wait().unwrap().code(), rest)
}

fn sandbox_instances(env: &TestEnv) -> usize {
    match std::fs::read_to_string(env.path("data").join("oc-acuity/sandbox.json")) {
        Ok(text) => serde_json::from_str::<Value>(&text).unwrap()["instances"]
            .as_array()
            .unwrap()
            .len(),
        Err(_) => 0,
    }
}

#[test]
fn loopback_ignores_a_wrong_state_and_waits_for_the_real_answer() {
    let env = TestEnv::new();
    let port = free_port();
    let (child, url, stderr) = start_loopback_login(&env, port);
    // Any local program or web page can send this: it must neither be used nor end the
    // login.
    for forged in [
        "code=stolen&state=forged",
        "code=stolen",
        "error=access_denied",
    ] {
        let (status, _, page) = http_get(&format!("http://127.0.0.1:{port}/cb?{forged}"));
        assert_eq!(status, 400, "{forged}");
        assert!(page.contains("not this login"), "{page}");
    }
    assert_eq!(sandbox_instances(&env), 0, "nothing was created from them");
    let back = click_at_consent_page(&url, true);
    let (status, _, _) = http_get(&back);
    assert_eq!(status, 200, "the real answer still ends the login");
    let (code, rest) = finish(child, stderr);
    assert_eq!(code, Some(0), "{rest}");
    assert_eq!(
        sandbox_instances(&env),
        1,
        "one instance, from the real code"
    );
}

#[test]
fn loopback_reports_access_denied() {
    let env = TestEnv::new();
    let port = free_port();
    let (child, url, stderr) = start_loopback_login(&env, port);
    let back = click_at_consent_page(&url, false);
    assert!(back.contains("error=access_denied"), "{back}");
    let (status, _, page) = http_get(&back);
    assert_eq!(status, 400);
    assert!(page.contains("access_denied"), "{page}");
    let (code, rest) = finish(child, stderr);
    assert_eq!(code, Some(1), "{rest}");
    assert!(
        rest.contains("Acuity refused the authorization: access_denied"),
        "{rest}"
    );
    assert_eq!(sandbox_instances(&env), 0);
}

#[test]
fn loopback_login_without_prompts_completes() {
    let env = TestEnv::new();
    let port = free_port();
    let (child, url, stderr) = start_loopback_login(&env, port);
    let (status, _, _) = http_get(&format!("http://127.0.0.1:{port}/favicon.ico"));
    assert_eq!(status, 404, "other paths are not the redirect");
    let back = click_at_consent_page(&url, true);
    let (status, _, _) = http_get(&back);
    assert_eq!(status, 200);
    let (code, rest) = finish(child, stderr);
    assert_eq!(code, Some(0), "{rest}");
    assert!(
        !rest.contains("Waiting for the browser ..."),
        "no spinner off a terminal: {rest}"
    );
    assert_eq!(sandbox_instances(&env), 1);
}

#[test]
fn auth_status_reports_env_keyring_and_missing_sources() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    keyring.store(
        "oc-acuity-sandbox",
        "default/organization-secret",
        "org-in-keyring",
    );
    let status = |env: &TestEnv| {
        let out = env
            .cmd()
            .args(["--sandbox", "auth", "status", "--json"])
            .env("OC_ACUITY_USER_SECRET", "user-in-env")
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|_| panic!("{}{}", text(&out.stdout), text(&out.stderr)));
        assert_no_secret(
            &(text(&out.stdout) + &text(&out.stderr)),
            &["user-in-env", "org-in-keyring"],
        );
        (out.status.code(), report)
    };
    let source = |report: &Value, name: &str| {
        report["credentials"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .unwrap()["source"]
            .as_str()
            .unwrap()
            .to_owned()
    };

    let (code, report) = status(&env);
    assert_eq!(code, Some(4), "no instance yet: not usable");
    assert_eq!(source(&report, "userSecret"), "env");
    assert_eq!(source(&report, "organizationSecret"), "keyring");
    // What a --sandbox run would use: its demo value (the sandbox accepts any secret).
    assert_eq!(source(&report, "clientSecret"), "sandbox-demo");
    assert_eq!(source(&report, "instanceToken"), "missing");
    assert_eq!(report["check"], "not-checked");

    sandbox_create(&env, &[]);
    let (code, report) = status(&env);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["check"], "valid");
    assert_eq!(report["instanceId"], 10001);
    assert_eq!(source(&report, "instanceToken"), "keyring");
}

#[test]
fn auth_logout_leaves_no_keyring_entry_behind() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    for item in [
        "instance-id",
        "instance-token",
        "user-secret",
        "organization-secret",
        "client-secret",
        "signature-key",
        "acuity-api-key",
    ] {
        keyring.store("oc-acuity", &format!("default/{item}"), "x1");
    }
    keyring.store("oc-acuity", "other/instance-token", "keep-me");
    let config_dir = env.path("config").join("oc-acuity");
    std::fs::create_dir_all(&config_dir).unwrap();
    std::fs::write(
        config_dir.join("config.toml"),
        "[profiles.default]\nclient-id = \"a\"\n\n[profiles.other]\nclient-id = \"b\"\n",
    )
    .unwrap();

    let refused = env.cmd().args(["auth", "logout"]).output().unwrap();
    assert_eq!(
        refused.status.code(),
        Some(2),
        "--no-input (no terminal) needs --yes"
    );
    assert!(text(&refused.stderr).contains("--yes"));
    assert!(
        keyring
            .lookup("oc-acuity", "default/instance-token")
            .is_some()
    );

    let out = env
        .cmd()
        .args(["auth", "logout", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("removed 7 keyring entries"),
        "{}",
        text(&out.stderr)
    );
    for item in [
        "instance-id",
        "instance-token",
        "user-secret",
        "organization-secret",
        "client-secret",
        "signature-key",
        "acuity-api-key",
    ] {
        assert_eq!(
            keyring.lookup("oc-acuity", &format!("default/{item}")),
            None,
            "{item} left behind"
        );
    }
    assert_eq!(
        keyring
            .lookup("oc-acuity", "other/instance-token")
            .as_deref(),
        Some("keep-me")
    );
    let config = std::fs::read_to_string(config_dir.join("config.toml")).unwrap();
    assert!(
        !config.contains("[profiles.default]") && config.contains("[profiles.other]"),
        "{config}"
    );
}

#[test]
fn auth_logout_can_delete_the_instance() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    sandbox_create(&env, &[]);
    assert_eq!(sandbox_instances(&env), 1);
    let out = env
        .cmd()
        .args(["--sandbox", "auth", "logout", "--yes", "--delete-instance"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(sandbox_instances(&env), 0, "deleted on the platform");
    assert_eq!(
        keyring.lookup("oc-acuity-sandbox", "default/instance-id"),
        None
    );
}

const SPINNER: &str = "Waiting for the browser ...";

/// Runs a loopback login in a pseudo-terminal and returns what it printed after the
/// consent URL. At the browser step it waits for the spinner when one is `expected`
/// before clicking Allow.
fn login_in_pty(extra: &[&str], spinner_expected: bool) -> String {
    let env = TestEnv::new();
    let port = free_port();
    let callback = format!("http://127.0.0.1:{port}/cb");
    let mut args = vec![
        "--sandbox",
        "--no-input",
        "auth",
        "--no-browser",
        "--no-events",
        "--callback-url",
        &callback,
    ];
    args.extend_from_slice(extra);
    let mut s = spawn_in_pty_as(&env, &args, "xterm");
    let (_, url) = s
        .exp_regex(r"http://127\.0\.0\.1:\d+/acuity/oauth2/authorize\S*state=[A-Za-z0-9_-]+")
        .expect("the consent URL is printed, even with --quiet");
    let mut printed = String::new();
    if spinner_expected {
        printed += &s
            .exp_string(SPINNER)
            .unwrap_or_else(|e| panic!("no spinner while waiting for the browser: {e}"));
        printed += SPINNER;
    } else {
        // Nothing announces output that must not appear: give the spinner well over
        // its reveal delay (300 ms, `output::Spinner::DELAY`) to show itself.
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
    let back = click_at_consent_page(&url, true);
    assert_eq!(http_get(&back).0, 200);
    printed += &s.exp_eof().unwrap();
    printed
}

#[test]
fn a_spinner_shows_on_a_terminal_but_not_with_quiet() {
    let out = login_in_pty(&[], true);
    assert!(out.contains(SPINNER), "{out}");
    assert!(out.contains("Created instance"), "{out}");
    let quiet = login_in_pty(&["--quiet"], false);
    assert!(!quiet.contains(SPINNER), "{quiet}");
    assert!(
        quiet.contains("Created instance"),
        "results still on stdout: {quiet}"
    );
}

fn exit_code(session: &mut PtySession) -> Option<i32> {
    match session.process().wait().unwrap() {
        rexpect::process::WaitStatus::Exited(_, code) => Some(code),
        _ => None,
    }
}

#[test]
fn ctrl_c_exits_130_with_nothing_stored_and_the_port_closed() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let port = free_port();
    let callback = format!("http://127.0.0.1:{port}/cb");

    // While waiting for the browser.
    let mut s = spawn_in_pty(
        &env,
        &[
            "--sandbox",
            "--no-input",
            "auth",
            "--no-browser",
            "--no-events",
            "--callback-url",
            &callback,
        ],
    );
    s.exp_string("Waiting for Acuity").unwrap();
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok(),
        "listening while waiting"
    );
    wait_until_catching_sigint(pty_pid(&s));
    s.send_control('c').unwrap();
    s.exp_string("interrupted").unwrap();
    s.exp_eof().unwrap();
    assert_eq!(exit_code(&mut s), Some(130));
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", port)).is_err(),
        "the port is closed"
    );

    // At a hidden prompt.
    let mut s = spawn_in_pty(&env, &["--sandbox", "auth", "--no-browser"]);
    s.exp_string("User secret").unwrap();
    wait_until_catching_sigint(pty_pid(&s));
    s.send_control('c').unwrap();
    s.exp_eof().unwrap();
    assert_eq!(exit_code(&mut s), Some(130));

    assert_eq!(
        keyring.lookup("oc-acuity-sandbox", "default/instance-id"),
        None
    );
    assert_eq!(sandbox_instances(&env), 0, "nothing was created");
}

#[test]
fn deployment_is_picked_from_a_list_or_typed() {
    let mut env = TestEnv::new();
    let _keyring = PrivateKeyring::start(&mut env);
    let server = SandboxProcess::start(&env);
    let secret = env.file("secret", "s");
    let secret = secret.to_str().unwrap();
    let mut s = spawn_in_pty(
        &env,
        &[
            "--user-secret-file",
            secret,
            "--org-secret-file",
            secret,
            "auth",
            "--no-browser",
            "--client-id",
            "cid",
            "--client-secret-file",
            secret,
            "--no-events",
            "--name",
            "picked",
            "--callback-url",
            "https://app.example.com/cb",
        ],
    );
    s.exp_string("Open Connectors deployment").unwrap();
    s.exp_string("SAP Open Connectors, US").unwrap();
    for _ in 0..3 {
        s.send("\x1b[B").unwrap(); // arrow down to "Another data center"
    }
    s.send("\r").unwrap();
    answer(&mut s, "API root", "http://api.example.com/elements/api-v2");
    s.exp_string("https://")
        .expect("plain http off loopback is refused and asked again");
    s.send_control('u').unwrap();
    s.send_line(&server.api_root).unwrap();
    answer(&mut s, "Tags", "");
    let url = consent_url(&mut s);
    let back = click_at_consent_page(&url, true);
    answer(&mut s, "Paste the full URL", &back);
    let out = s.exp_eof().unwrap();
    assert!(out.contains("Created instance 10001 \"picked\""), "{out}");
    let config = std::fs::read_to_string(env.path("config").join("oc-acuity/config.toml")).unwrap();
    assert!(
        config.contains(&format!("base-url = \"{}\"", server.api_root)),
        "{config}"
    );
}

#[test]
fn instance_create_without_a_code_runs_the_browser_flow_on_a_terminal() {
    let env = TestEnv::new();
    let port = free_port();
    let callback = format!("http://127.0.0.1:{port}/cb");
    let mut s = spawn_in_pty(
        &env,
        &[
            "--sandbox",
            "instance",
            "create",
            "--name",
            "from-create",
            "--no-events",
            "--no-browser",
            "--callback-url",
            &callback,
        ],
    );
    answer(&mut s, "User secret", "");
    answer(&mut s, "Organization secret", "");
    answer(&mut s, "Acuity OAuth client ID", "");
    answer(&mut s, "Acuity OAuth client secret", "");
    let url = consent_url(&mut s);
    let back = click_at_consent_page(&url, true);
    assert_eq!(http_get(&back).0, 200);
    let out = s.exp_eof().unwrap();
    assert!(
        out.contains("Created instance 10001 \"from-create\""),
        "{out}"
    );
}

/// `auth status` says where the profile name and the API root came from, built-in
/// defaults included (`--json`: `profileSource`, `apiRootSource`).
#[test]
fn auth_status_names_the_origin_of_profile_and_api_root() {
    let env = TestEnv::new();
    let root = "http://127.0.0.1:9/elements/api-v2";
    // args, environment, expected profileSource, expected apiRootSource
    type Row<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a str, &'a str);
    let rows: [Row; 4] = [
        (&[], &[], "default", "default"),
        (
            &["--profile", "work", "--base-url", root],
            &[],
            "flag",
            "flag",
        ),
        (
            &[],
            &[("OC_ACUITY_PROFILE", "ci"), ("OC_ACUITY_BASE_URL", root)],
            "env",
            "env",
        ),
        (&["--sandbox"], &[], "default", "sandbox"),
    ];
    for (args, vars, profile, api_root) in rows {
        let out = env
            .cmd()
            .args(args)
            .args(["--json", "auth", "status"])
            .envs(vars.iter().copied())
            .output()
            .unwrap();
        let status: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", text(&out.stderr)));
        assert_eq!(status["profileSource"], profile, "{args:?} {vars:?}");
        assert_eq!(status["apiRootSource"], api_root, "{args:?} {vars:?}");
    }
    let human = env.cmd().args(["auth", "status"]).output().unwrap();
    let stdout = text(&human.stdout);
    assert!(
        stdout.contains("Profile:  default (built-in default)\n")
            && stdout.contains(
                "API root: https://api.openconnectors.us2.ext.hana.ondemand.com/elements/api-v2 (built-in default)\n"
            ),
        "{stdout}"
    );
}

/// At a terminal, `--sandbox instance create` asks nothing the sandbox has a demo value
/// for: it fills them in with a notice each, as the README says (only `auth` walks the
/// login question by question).
#[test]
fn a_sandbox_create_at_a_terminal_fills_in_demo_values_without_asking() {
    let env = TestEnv::new();
    let mut session = spawn_in_pty(
        &env,
        &[
            "--sandbox",
            "instance",
            "create",
            "--name",
            "pty-demo",
            "--code",
            "c",
        ],
    );
    let (before, _) = session
        .exp_regex("Created instance 10001 \"pty-demo\"")
        .expect("the create ends without a question");
    session.exp_eof().unwrap();
    assert!(
        !before.contains("Enter for the sandbox demo value"),
        "{before}"
    );
    assert!(
        before.contains("note: sandbox: using the demo Acuity OAuth client ID"),
        "{before}"
    );
}

/// Headless (no keyring), `auth` at a terminal says it could not store the instance before
/// it asks anything or sends anything (it used to ask every question, run the browser
/// flow, create the instance, and only then fail with exit 5).
#[test]
fn auth_without_a_keyring_says_so_before_asking_anything() {
    let env = TestEnv::new(); // no session bus: no keyring
    let mut session = spawn_in_pty(
        &env,
        &["--base-url", "http://127.0.0.1:9/elements/api-v2", "auth"],
    );
    let (before, _) = session
        .exp_regex("--no-store")
        .expect("the refusal names --no-store");
    session.exp_eof().unwrap();
    assert!(before.contains("could not store"), "{before}");
    assert!(
        !before.contains("User secret") && !before.contains("Which"),
        "nothing was asked: {before}"
    );
}

/// Prompts need stdin and stderr both at a terminal: with stderr redirected to a file, a
/// run at a terminal behaves as `--no-input` (every missing value named, exit 2) rather
/// than failing to show a prompt.
#[test]
fn stderr_redirected_at_a_terminal_means_no_prompts() {
    let env = TestEnv::new();
    let log = env.path("stderr.log");
    let binary = pty_command(&env, "dumb");
    let mut cmd = std::process::Command::new("sh");
    cmd.env_clear();
    for (key, value) in binary.get_envs() {
        if let Some(value) = value {
            cmd.env(key, value);
        }
    }
    cmd.args([
        "-c",
        &format!(
            "exec '{}' --base-url http://127.0.0.1:9/elements/api-v2 instance create \
             --name x --code c --no-store 2>'{}'; ",
            binary.get_program().to_str().unwrap(),
            log.display()
        ),
    ]);
    let mut session = pty::spawn_in_pty(cmd);
    session.exp_eof().unwrap();
    let stderr = std::fs::read_to_string(&log).unwrap();
    assert!(stderr.contains("values are missing"), "{stderr}");
    assert!(!stderr.contains("not a terminal"), "{stderr}");
}
