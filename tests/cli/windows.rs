//! The Windows binary, cross-built and run under Wine (`support::wine`): its keyring is
//! Windows' Credential Manager (Wine's implementation, read back with Wine's `reg`), its
//! paths are Windows paths, its folders are the Windows ones, and its output is the same
//! as the Linux binary's. What this cannot show: the real Credential Manager's UI and
//! real Windows consoles (see the README's platform table).

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::consent::click_at_consent_page;
use crate::support::env::TestEnv;
use crate::support::http::{free_port, http_get};
use crate::support::keyring::PrivateKeyring;
use crate::support::pty::spawn_in_pty;
use crate::support::recording::{RecordingServer, created_instance_json};
use crate::support::secrets::{CLIENT_SECRET, CODE, ORG_SECRET, SIGNATURE_KEY, TOKEN, USER_SECRET};
use crate::support::wait::EVENT_TIMEOUT;
use crate::support::wine::{WinEnv, reg_in, z_path};
use crate::support::{manifest_dir, text, write_executable};

/// Where Wine keeps the Credential Manager's generic credentials.
const CREDENTIALS_KEY: &str = r"HKCU\Software\Wine\Credential Manager";

fn json_out(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

/// The Credential Manager as `reg query /s` lists it.
fn credentials(win: &WinEnv) -> String {
    let out = win.reg(&["query", CREDENTIALS_KEY, "/s"]);
    text(&out.stdout)
}

/// The names of the generic credentials in the Credential Manager (`<account>.<service>`).
fn credential_names(win: &WinEnv) -> Vec<String> {
    let mut names: Vec<String> = credentials(win)
        .lines()
        .filter_map(|line| line.trim().split_once(r"\Credential Manager\Generic: "))
        .map(|(_, name)| name.to_owned())
        .collect();
    names.sort();
    names
}

/// A complete `instance create` against `server` that stores what it gets, its secrets
/// in files given by their Z: paths, events off, JSON out.
fn storing_args(win: &WinEnv, server: &RecordingServer) -> Vec<String> {
    let file = |name: &str, value: &str| z_path(&win.file(name, &format!("{value}\n")));
    [
        "--base-url",
        &server.api_root(),
        "--user-secret-file",
        &file("user.secret", USER_SECRET),
        "--org-secret-file",
        &file("org.secret", ORG_SECRET),
        "instance",
        "create",
        "--name",
        "acuity-prod",
        "--code",
        CODE,
        "--client-id",
        "client-id-1",
        "--client-secret-file",
        &file("client.secret", CLIENT_SECRET),
        "--callback-url",
        "https://app.example.com/oauth/acuity",
        "--no-events",
        "--json",
    ]
    .map(str::to_owned)
    .to_vec()
}

#[test]
fn create_stores_in_the_credential_manager_and_token_reads_it_back() {
    let win = WinEnv::new();
    let server = RecordingServer::platform();
    let out = win
        .cmd()
        .args(storing_args(&win, &server))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = json_out(&out);
    assert_eq!(printed["stored"], "keyring");
    assert!(printed.get("token").is_none(), "stored, so not printed");

    // Two generic credentials, named `<profile>/<item>.<service>`, as a Windows user's
    // tools list them; the token itself is kept encrypted.
    assert_eq!(
        credential_names(&win),
        [
            "default/instance-id.oc-acuity",
            "default/instance-token.oc-acuity"
        ]
    );
    let listed = credentials(&win);
    assert!(
        listed.contains("UserName    REG_SZ    default/instance-token"),
        "{listed}"
    );
    assert!(!listed.contains(TOKEN), "{listed}");

    let token = win.cmd().args(["instance", "token"]).output().unwrap();
    assert!(token.status.success(), "{}", text(&token.stderr));
    assert_eq!(text(&token.stdout).trim_end(), TOKEN);
}

#[test]
fn auth_logout_removes_the_credential_manager_entries() {
    let win = WinEnv::new();
    let server = RecordingServer::platform();
    let mut args = vec!["--profile".to_owned(), "win.ci".to_owned()];
    args.extend(storing_args(&win, &server));
    let out = win.cmd().args(&args).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        credential_names(&win),
        [
            "win.ci/instance-id.oc-acuity",
            "win.ci/instance-token.oc-acuity"
        ]
    );

    let out = win
        .cmd()
        .args(["--profile", "win.ci", "auth", "logout", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("removed 2 keyring entries"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(credential_names(&win), Vec::<String>::new());

    let token = win
        .cmd()
        .args(["--profile", "win.ci", "instance", "token"])
        .output()
        .unwrap();
    assert_eq!(token.status.code(), Some(4), "{}", text(&token.stderr));
    assert_eq!(text(&token.stdout), "");
}

/// Wine's Credential Manager cannot be stopped like a Secret Service, but it can be made
/// to fail every call: it refuses to work with an encryption key of the wrong type
/// (ERROR_REGISTRY_CORRUPT and the like), as Windows refuses when its vault is unusable.
/// Broken before the run: the run stops before sending anything (it could not store its
/// token). Broken while the create is under way: the token is printed, exit 5, with
/// Windows' own way to store it later.
#[test]
fn a_failing_credential_manager_stops_the_run_before_it_sends_or_still_prints_the_token() {
    const BREAK: [&str; 8] = [
        "add",
        CREDENTIALS_KEY,
        "/v",
        "EncryptionKey",
        "/t",
        "REG_SZ",
        "/d",
        "not-a-key",
    ];
    let win = WinEnv::new();
    let broken = win.reg(&[&BREAK[..], &["/f"]].concat());
    assert!(broken.status.success(), "{}", text(&broken.stderr));
    let server = RecordingServer::platform();
    let out = win
        .cmd()
        .args(storing_args(&win, &server))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--no-store"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(server.requests().len(), 0, "nothing was sent: {stderr}");

    // Mended (Wine makes a new key), then broken by the platform's answer to the create.
    let mended = win.reg(&["delete", CREDENTIALS_KEY, "/v", "EncryptionKey", "/f"]);
    assert!(mended.status.success(), "{}", text(&mended.stderr));
    let prefix = win.prefix.clone();
    let server = RecordingServer::with(move |request| {
        if request.is_name_lookup() {
            return (200, "application/json".into(), "[]".into());
        }
        let broken = reg_in(&prefix, &[&BREAK[..], &["/f"]].concat());
        assert!(broken.status.success(), "{}", text(&broken.stderr));
        (200, "application/json".into(), created_instance_json())
    });
    let out = win
        .cmd()
        .args(storing_args(&win, &server))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let printed = json_out(&out);
    assert_eq!(printed["id"], 12345);
    assert_eq!(printed["token"], TOKEN);
    assert_eq!(printed["stored"], "none");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("was created but could not be stored"),
        "{stderr}"
    );
    // The way to store them later is Windows' own tool, not Linux's.
    assert!(
        stderr.contains(
            "cmdkey /generic:default/instance-token.oc-acuity /user:default/instance-token /pass"
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("secret-tool"), "{stderr}");
    assert_eq!(server.sent().len(), 1);
}

#[test]
fn secret_files_take_windows_paths() {
    let win = WinEnv::new();
    // Z: (Wine's view of /), with backslashes.
    let user = win.file("user.secret", &format!("{USER_SECRET}\n"));
    // C:, a folder with a space, a file saved with Windows line endings.
    let org_path = r"C:\users\Public\Documents\oc acuity\org.secret";
    let org = win.drive_c(org_path);
    std::fs::create_dir_all(org.parent().unwrap()).unwrap();
    std::fs::write(&org, format!("{ORG_SECRET}\r\n")).unwrap();
    // Relative to the current folder, with a backslash.
    win.file(r"secrets/client.secret", CLIENT_SECRET);
    // Forward slashes after a drive letter, as Windows also accepts.
    let key_path = "C:/users/Public/signature.key";
    std::fs::write(win.drive_c(r"C:\users\Public\signature.key"), SIGNATURE_KEY).unwrap();

    let server = RecordingServer::platform();
    let out = win
        .cmd()
        .args(["--base-url", &server.api_root(), "--user-secret-file"])
        .arg(z_path(&user))
        .args(["--org-secret-file", org_path])
        .args([
            "instance",
            "create",
            "--no-store",
            "--json",
            "--name",
            "acuity-prod",
            "--code",
            "c",
            "--client-id",
            "client-id-1",
            "--client-secret-file",
            r"files\secrets\client.secret",
            "--signature-key-file",
            key_path,
            "--callback-url",
            "https://app.example.com/oauth/acuity",
            "--event-callback-url",
            "https://app.example.com/events",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let request = server.only_request();
    assert_eq!(
        request.header("authorization"),
        Some(format!("User {USER_SECRET}, Organization {ORG_SECRET}").as_str())
    );
    let config = &request.json()["configuration"];
    assert_eq!(config["oauth.api.secret"], CLIENT_SECRET);
    assert_eq!(config["event.notification.signature.key"], SIGNATURE_KEY);

    // A missing file is named as the user wrote it.
    let missing = r"D:\nowhere\user.secret";
    let out = win
        .cmd()
        .args([
            "--sandbox",
            "--user-secret-file",
            missing,
            "instance",
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains(missing), "{}", text(&out.stderr));
}

/// The sandbox commands of one run, whose JSON must read the same on both platforms.
const SAME_RUN: [&[&str]; 5] = [
    &[
        "--sandbox",
        "--json",
        "instance",
        "create",
        "--name",
        "same-run",
        "--code",
        "c",
        "--tag",
        "t1",
        "--event-callback-url",
        "https://app.example.com/events",
    ],
    &["--sandbox", "--json", "instance", "show"],
    &["--sandbox", "--json", "instance", "list"],
    // With --url: a run's own sandbox ends with it (and its port), so registering its
    // derived Webhook URL is refused on both platforms alike.
    &[
        "--sandbox",
        "--json",
        "webhook",
        "register",
        "--url",
        "https://app.example.com/hook",
    ],
    &["--sandbox", "--json", "auth", "status"],
];

/// stdout, checked to be JSON, with what differs from run to run masked: each loopback
/// port (each `--sandbox` run's emulator listens on a free one) and each creation time.
fn masked(out: &std::process::Output) -> String {
    json_out(out);
    let mut text = text(&out.stdout);
    for (marker, keep) in [
        ("127.0.0.1:", char::is_ascii_digit as fn(&char) -> bool),
        ("\"createdDate\": \"", |c: &char| *c != '"'),
    ] {
        let mut masked = String::new();
        let mut rest = text.as_str();
        while let Some(at) = rest.find(marker) {
            let (before, after) = rest.split_at(at + marker.len());
            masked.push_str(before);
            masked.push('…');
            rest = after.trim_start_matches(|c: char| keep(&c));
        }
        masked.push_str(rest);
        text = masked;
    }
    text
}

#[test]
fn json_output_is_the_same_as_on_linux() {
    let mut linux = TestEnv::new();
    let _keyring = PrivateKeyring::start(&mut linux);
    let win = WinEnv::new();
    for args in SAME_RUN {
        let on_linux = linux.cmd().args(args).output().unwrap();
        assert!(on_linux.status.success(), "{}", text(&on_linux.stderr));
        let on_windows = win.cmd().args(args).output().unwrap();
        assert!(on_windows.status.success(), "{}", text(&on_windows.stderr));
        assert_eq!(
            masked(&on_windows),
            masked(&on_linux),
            "oc-acuity {}",
            args.join(" ")
        );
    }
}

#[test]
fn no_colors_when_stderr_is_not_a_console() {
    let win = WinEnv::new();
    // NO_COLOR is not set (WinEnv removes it): only the pipe says "no colors".
    let out = win
        .cmd()
        .args(["--sandbox", "instance", "show", "424242"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("error:"), "{stderr}");
    assert!(!stderr.contains('\x1b'), "{stderr:?}");
}

/// The counterpart of the test above: on a console (Wine makes one of a pseudo-terminal)
/// the same error is red, the console having taken the ANSI sequences; NO_COLOR still
/// turns them off there.
#[test]
fn colors_on_a_console_unless_no_color() {
    let win = WinEnv::new();
    // What the console shows before the error's label. Not up to the end of the output:
    // the console's helper processes may hold the terminal a while after the exe ends.
    let before_the_error = |no_color: bool| {
        let mut cmd = win.console_command();
        cmd.args(["--no-input", "--sandbox", "instance", "show", "424242"]);
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        spawn_in_pty(cmd).exp_string("error:").unwrap()
    };
    let colored = before_the_error(false);
    assert!(colored.ends_with("\x1b[31m"), "{colored:?}");
    let plain = before_the_error(true);
    assert!(!plain.contains("\x1b[31m"), "{plain:?}");
}

#[test]
fn config_and_sandbox_state_live_under_appdata() {
    let win = WinEnv::new();
    let path_of = |vars: &[(&str, &str)]| {
        let out = win
            .cmd()
            .envs(vars.iter().copied())
            .args(["config", "path"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).trim_end().to_owned()
    };
    // The XDG variables of Linux mean nothing on Windows.
    let home = win.dir.path().join("home");
    let xdg = [
        ("XDG_CONFIG_HOME", "/xdg-config"),
        ("HOME", home.to_str().unwrap()),
    ];
    let config = path_of(&xdg);
    let (start, end) = (r"C:\users\", r"\AppData\Roaming\oc-acuity\config.toml");
    assert!(
        config.starts_with(start) && config.ends_with(end),
        "{config}"
    );
    assert_eq!(path_of(&[]), config);

    let set = win
        .cmd()
        .args(["config", "set", "client-id", "win-client"])
        .output()
        .unwrap();
    assert!(set.status.success(), "{}", text(&set.stderr));
    let saved = std::fs::read_to_string(win.drive_c(&config)).unwrap();
    assert!(saved.contains(r#"client-id = "win-client""#), "{saved}");

    // The sandbox's state sits beside it, in the same AppData folder.
    let create = win
        .cmd()
        .args([
            "--sandbox",
            "instance",
            "create",
            "--name",
            "s",
            "--code",
            "c",
        ])
        .arg("--no-events")
        .output()
        .unwrap();
    assert!(create.status.success(), "{}", text(&create.stderr));
    let state = config.replace("config.toml", "sandbox.json");
    let state = std::fs::read_to_string(win.drive_c(&state)).unwrap();
    assert!(state.contains(r#""name": "s""#), "{state}");

    // OC_ACUITY_CONFIG_DIR still decides, as everywhere.
    let own = z_path(&win.dir.path().join("own-config"));
    assert_eq!(
        path_of(&[("OC_ACUITY_CONFIG_DIR", &own)]),
        format!(r"{own}\config.toml")
    );
}

#[test]
fn the_login_opens_the_systems_default_browser() {
    let win = WinEnv::new();
    // The binary asks Windows for the program registered for http links (Wine's
    // winebrowser), which runs the browser Wine's registry names: here a script that
    // notes the URL, and the test plays the user at the consent page.
    let url_file = win.dir.path().join("opened-url");
    let browser = win.dir.path().join("browser.sh");
    write_executable(
        &browser,
        &format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", url_file.display()),
    );
    let set = win.reg(&[
        "add",
        r"HKCU\Software\Wine\WineBrowser",
        "/v",
        "Browsers",
        "/t",
        "REG_SZ",
        "/d",
        browser.to_str().unwrap(),
        "/f",
    ]);
    assert!(set.status.success(), "{}", text(&set.stderr));

    let port = free_port();
    let mut login = win
        .process()
        .args([
            "--sandbox",
            "--no-input",
            "--json",
            "auth",
            "--no-events",
            "--timeout",
            "60",
            "--name",
            "via-shell",
            "--callback-url",
        ])
        .arg(format!("http://127.0.0.1:{port}/oauth/callback"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + EVENT_TIMEOUT;
    let url = loop {
        match std::fs::read_to_string(&url_file) {
            Ok(url) if !url.is_empty() => break url,
            _ if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(50)),
            _ => {
                let _ = login.kill();
                let out = login.wait_with_output().unwrap();
                panic!("no browser was opened: {}", text(&out.stderr));
            }
        }
    };
    let redirect = click_at_consent_page(&url, true);
    let (status, _, _) = http_get(&redirect);
    assert_eq!(status, 200);
    let out = login.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("Opened it in your browser"), "{stderr}");
    let created = json_out(&out);
    assert_eq!(created["name"], "via-shell");
    assert_eq!(created["stored"], "keyring");
}

#[test]
fn powershell_completions_match_the_committed_script() {
    let win = WinEnv::new();
    let out = win
        .cmd()
        .args(["completions", "powershell"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let committed =
        std::fs::read_to_string(manifest_dir().join("completions/_oc-acuity.ps1")).unwrap();
    assert_eq!(text(&out.stdout), committed);
}
