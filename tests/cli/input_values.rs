//! Every value and secret goes through the same checks wherever it comes from (flag, file,
//! environment, config): one that cannot be used is exit 2 naming where it came from, and
//! nothing is sent.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::support::env::TestEnv;
use crate::support::recording::RecordingServer;
use crate::support::secrets::{CLIENT_SECRET, CODE, ORG_SECRET, USER_SECRET, assert_no_secret};
use crate::support::text;
use std::io::Write;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::args::{create_args, sandbox_create};
use crate::support::code;
use crate::support::wait::EVENT_TIMEOUT;

/// Every setting of an `instance create` given in the environment.
fn good_environment(server: &RecordingServer) -> Vec<(&'static str, String)> {
    vec![
        ("OC_ACUITY_BASE_URL", server.api_root()),
        ("OC_ACUITY_PROFILE", "ci".into()),
        ("OC_ACUITY_USER_SECRET", USER_SECRET.into()),
        ("OC_ACUITY_ORG_SECRET", ORG_SECRET.into()),
        ("OC_ACUITY_CLIENT_ID", "client-id-1".into()),
        ("OC_ACUITY_CLIENT_SECRET", CLIENT_SECRET.into()),
        (
            "OC_ACUITY_CALLBACK_URL",
            "https://app.example.com/cb".into(),
        ),
        (
            "OC_ACUITY_EVENT_CALLBACK_URL",
            "https://app.example.com/events".into(),
        ),
        ("OC_ACUITY_SIGNATURE_KEY", "signature-key-1".into()),
    ]
}

/// `instance create` with every setting from the environment, `bad` (if any) replacing
/// one variable's value.
fn create_from_env(
    env: &TestEnv,
    server: &RecordingServer,
    bad: Option<(&str, &[u8])>,
) -> std::process::Output {
    let mut cmd = env.cmd();
    for (name, value) in good_environment(server) {
        cmd.env(name, value);
    }
    cmd.env("OC_ACUITY_CONFIG_DIR", env.path("config"));
    if let Some((name, value)) = bad {
        cmd.env(name, OsStr::from_bytes(value));
    }
    cmd.args([
        "instance",
        "create",
        "--no-store",
        "--name",
        // The name the recording platform's create answer has (another name is looked up).
        "acuity-prod",
        "--code",
        CODE,
    ])
    .output()
    .unwrap()
}

#[test]
fn environment_values_that_cannot_be_used_are_refused_naming_the_variable() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let out = create_from_env(&env, &server, None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        server.requests().len(),
        2,
        "the good environment: lookup and create"
    );

    let mut variables: Vec<&str> = good_environment(&server).iter().map(|(n, _)| *n).collect();
    variables.push("OC_ACUITY_CONFIG_DIR");
    let values: [(&[u8], &str); 4] = [
        (b"\xff\xfe", "is not UTF-8 text"),
        (b"ok\xffok", "is not UTF-8 text"),
        (b"", "is set but empty"),
        (b"   ", "is set but only whitespace"),
    ];
    let mut tried = 0;
    for name in variables {
        for (value, said) in values {
            let server = RecordingServer::platform();
            let out = create_from_env(&env, &server, Some((name, value)));
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{name}={value:?}: {stderr}");
            assert!(
                stderr.contains(&format!("{name} {said}")),
                "{name}={value:?}: {stderr}"
            );
            assert!(
                server.requests().is_empty(),
                "{name}={value:?}: a request was sent"
            );
            assert_no_secret(&stderr, &[USER_SECRET, ORG_SECRET, CLIENT_SECRET]);
            tried += 1;
        }
    }
    assert_eq!(tried, 40);
}

#[test]
fn control_characters_in_flags_are_refused_before_sending() {
    let env = TestEnv::new();
    let long = "n".repeat(5000);
    let rows: [(&str, &str, &str); 16] = [
        ("--code", "ab\u{1}c", "--code: contains a control character"),
        (
            "--code",
            "ab\u{202E}c",
            "--code: contains an invisible or text-direction",
        ),
        (
            "--name",
            "a\nb",
            "--name: contains a control character (\\u{a})",
        ),
        (
            "--name",
            "evil\u{202E}gnp.exe",
            "--name: contains an invisible or text-direction",
        ),
        (
            "--name",
            "\u{200B}",
            "--name: contains an invisible or text-direction",
        ),
        ("--name", &long, "--name: is longer than 4096 bytes"),
        (
            "--tag",
            "prod\u{1b}[31m",
            "--tag: contains a control character",
        ),
        (
            "--tag",
            "a\u{2066}b",
            "--tag: contains an invisible or text-direction",
        ),
        (
            "--client-id",
            &long,
            "--client-id: is longer than 4096 bytes",
        ),
        (
            "--callback-url",
            "https://app.example.com/cb#frag",
            "has a fragment (#...); a redirect URI may not",
        ),
        (
            "--event-callback-url",
            "http://127.0.0.1:0/cb",
            "has port 0, which nothing can be reached at",
        ),
        (
            "--event-callback-url",
            "https://app.example.com/events#x",
            "has a fragment (#...), which is never sent",
        ),
        (
            "--client-id",
            "cid\u{1}",
            "--client-id: contains a control character (\\u{1})",
        ),
        (
            "--callback-url",
            "https://app.example.com/\u{1}cb",
            "--callback-url: contains a control character",
        ),
        (
            "--event-callback-url",
            "https://app.example.com/e\u{7f}",
            "--event-callback-url: contains a control character (\\u{7f})",
        ),
        (
            "--client-id",
            "cid\u{85}",
            "--client-id: contains a control character (\\u{85})",
        ),
    ];
    for (flag, value, said) in rows {
        let server = RecordingServer::platform();
        let mut args = crate::support::args::create_args(&env, &server);
        match args.iter().position(|a| a == flag) {
            Some(at) => args[at + 1] = value.to_owned(),
            None => args.extend([flag.to_owned(), value.to_owned()]),
        }
        if flag != "--event-callback-url" {
            args.push("--no-events".to_owned());
        }
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{flag} {value:?}: {stderr}");
        assert!(stderr.contains(said), "{flag} {value:?}: {stderr}");
        assert!(
            server.requests().is_empty(),
            "{flag} {value:?}: a request was sent"
        );
    }
}

#[test]
fn secrets_that_cannot_be_sent_are_refused_from_every_source() {
    // Only whitespace; a text-direction or zero-width character (never in a real secret,
    // and a sign of text pasted from somewhere that hides what it holds).
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let blank: &[&str] = &["empty", "whitespace"];
    let hidden: &[&str] = &["invisible or text-direction"];
    for (secret, said) in [
        ("    ", blank),
        ("se\u{202E}cret", hidden),
        ("se\u{200B}cret", hidden),
    ] {
        let file = env.file("bad.secret", &format!("{secret}\n"));
        for (how, flag_or_var) in [
            ("file", "--user-secret-file"),
            ("env", "OC_ACUITY_USER_SECRET"),
        ] {
            let mut args = crate::support::args::create_args(&env, &server);
            args.push("--no-events".to_owned());
            let at = args.iter().position(|a| a == "--user-secret-file").unwrap();
            let mut cmd = env.cmd();
            if how == "file" {
                args[at + 1] = file.display().to_string();
            } else {
                args.drain(at..at + 2);
                cmd.env("OC_ACUITY_USER_SECRET", secret);
            }
            let out = cmd.args(&args).output().unwrap();
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{how} {secret:?}: {stderr}");
            assert!(stderr.contains(flag_or_var), "{how} {secret:?}: {stderr}");
            assert!(
                said.iter().any(|s| stderr.contains(s)),
                "{how} {secret:?}: {stderr}"
            );
        }
    }
    assert!(
        server.requests().is_empty(),
        "nothing sent: {:#?}",
        server.requests()
    );
}

#[test]
fn a_config_file_that_does_not_parse_is_exit_2_naming_file_line_and_column() {
    let env = TestEnv::new();
    let dir = env.path("config").join("oc-acuity");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "[profiles.default]\nclient-id = \"a\"\nbase-url = \n",
    )
    .unwrap();
    let server = RecordingServer::platform();
    let out = env
        .cmd()
        .args(crate::support::args::create_args(&env, &server))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("config.toml is not a valid config file"),
        "{stderr}"
    );
    assert!(stderr.contains("line 3, column"), "{stderr}");
    assert!(server.requests().is_empty());
}

// ---------------------------------------------------------------------------------------
// Bullet 10 / build step 9: inputs are bounded

/// `create_args` against a recording server, with `flag`'s value replaced (or added).
fn create_with(env: &TestEnv, server: &RecordingServer, flag: &str, value: &str) -> Vec<String> {
    let mut args = create_args(env, server);
    match args.iter().position(|a| a == flag) {
        Some(at) => args[at + 1] = value.to_owned(),
        None => args.extend([flag.to_owned(), value.to_owned()]),
    }
    args.push("--no-events".to_owned());
    args
}

/// `create_args` against a recording server without `flag` and its value.
fn create_without(env: &TestEnv, server: &RecordingServer, flag: &str) -> Vec<String> {
    let mut args = create_args(env, server);
    let at = args.iter().position(|a| a == flag).unwrap();
    args.drain(at..at + 2);
    args.push("--no-events".to_owned());
    args
}

fn assert_refused(out: &Output, server: &RecordingServer, names: &[&str], why: &str) {
    let stderr = text(&out.stderr);
    assert_eq!(code(out), Some(2), "{stderr}");
    for name in names {
        assert!(stderr.contains(name), "names {name}: {stderr}");
    }
    assert!(stderr.contains(why), "{why}: {stderr}");
    assert_eq!(server.requests().len(), 0, "nothing was sent");
}

#[test]
fn a_secret_file_of_dev_zero_fails_at_once() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let started = Instant::now();
    let out = env
        .cmd()
        .args(create_with(
            &env,
            &server,
            "--user-secret-file",
            "/dev/zero",
        ))
        .timeout(EVENT_TIMEOUT)
        .output()
        .unwrap();
    assert_refused(&out, &server, &["--user-secret-file"], "larger than 64 KiB");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_20_mb_secret_from_a_file_or_stdin_is_refused() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let big = "x".repeat(20 * 1024 * 1024);
    let file = env.file("big.secret", &big);
    let out = env
        .cmd()
        .args(create_with(
            &env,
            &server,
            "--client-secret-file",
            file.to_str().unwrap(),
        ))
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["--client-secret-file"],
        "larger than 64 KiB",
    );

    let mut child = env
        .process()
        .args(create_with(&env, &server, "--org-secret-file", "-"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The binary stops reading at the cap: the rest of the write fails, as it should.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(big.as_bytes());
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_refused(
        &out,
        &server,
        &["--org-secret-file -"],
        "larger than 64 KiB",
    );
}

#[test]
fn an_oversized_secret_in_the_environment_is_refused() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let args = create_without(&env, &server, "--user-secret-file");
    // Linux caps one environment string at 128 KiB (a 20 MB one cannot even reach exec).
    let out = env
        .cmd()
        .args(&args)
        .env("OC_ACUITY_USER_SECRET", "x".repeat(100 * 1024))
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["OC_ACUITY_USER_SECRET"],
        "larger than 64 KiB",
    );
}

#[test]
fn a_secret_with_a_control_character_is_refused_naming_it() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let file = env.file("escape.secret", "abc\u{1b}[31mdef\n");
    let out = env
        .cmd()
        .args(create_with(
            &env,
            &server,
            "--client-secret-file",
            file.to_str().unwrap(),
        ))
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["--client-secret-file"],
        "control character",
    );
    assert!(
        !text(&out.stderr).contains("abc"),
        "the value is not echoed"
    );

    let args = create_without(&env, &server, "--org-secret-file");
    let out = env
        .cmd()
        .args(&args)
        .env("OC_ACUITY_ORG_SECRET", "org\tsecret")
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["OC_ACUITY_ORG_SECRET"],
        "control character",
    );
}

#[test]
fn urls_with_a_user_and_password_are_refused_without_echoing_them() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let password = "pw-9f8e7d6c";
    let with_userinfo = |url: &str| url.replacen("://", &format!("://ci-user:{password}@"), 1);
    let root = server.api_root();
    for (flag, url) in [
        ("--base-url", root.as_str()),
        ("--callback-url", "https://app.example.com/oauth/acuity"),
        ("--event-callback-url", "https://app.example.com/events"),
    ] {
        let mut args = create_with(&env, &server, flag, &with_userinfo(url));
        if flag == "--event-callback-url" {
            args.retain(|a| a != "--no-events");
        }
        let out = env.cmd().args(&args).output().unwrap();
        assert_refused(&out, &server, &[flag], "user name or password");
        let shown = text(&out.stdout) + &text(&out.stderr);
        assert!(!shown.contains(password), "{flag}: {shown}");
    }
    let out = env
        .cmd()
        .args(["instance", "list"])
        .env("OC_ACUITY_BASE_URL", with_userinfo(&root))
        .env("OC_ACUITY_USER_SECRET", "u")
        .env("OC_ACUITY_ORG_SECRET", "o")
        .output()
        .unwrap();
    assert_refused(
        &out,
        &server,
        &["OC_ACUITY_BASE_URL"],
        "user name or password",
    );
    assert!(!text(&out.stderr).contains(password));
}

/// Every `OC_ACUITY_*` variable gets its checks, whether or not the command reads it or
/// the run ends up using the value: `OC_ACUITY_WEBHOOK_URL` (read for the profile's own
/// instance), `OC_ACUITY_ACUITY_USER_ID`, `OC_ACUITY_SANDBOX_FAULTS` (read by sandbox
/// runs). Exit 2 naming the variable; nothing done.
#[test]
fn variables_of_other_commands_are_checked_whether_or_not_they_are_used() {
    let env = TestEnv::new();
    let created = sandbox_create(&env, &[]);
    let id = created["id"].to_string();
    let register = ["--sandbox", "webhook", "register", id.as_str()];
    let list = ["--sandbox", "instance", "list"];
    let rows: [(&str, &[u8], &[&str], &str); 8] = [
        (
            "OC_ACUITY_WEBHOOK_URL",
            b"https://x/\xff",
            &register,
            "is not UTF-8 text",
        ),
        // Commands that never read them check them too.
        (
            "OC_ACUITY_WEBHOOK_URL",
            b"https://x/\xff",
            &list,
            "is not UTF-8 text",
        ),
        ("OC_ACUITY_ACUITY_USER_ID", b"abc", &list, "is a number"),
        (
            "OC_ACUITY_SANDBOX_FAULTS",
            b"[{\"status\": 99}]",
            &["instance", "list"],
            "an HTTP status",
        ),
        ("OC_ACUITY_WEBHOOK_URL", b"ftp://x/", &register, "ftp"),
        (
            "OC_ACUITY_WEBHOOK_URL",
            b" ",
            &register,
            "is set but only whitespace",
        ),
        (
            "OC_ACUITY_SANDBOX_FAULTS",
            b"[\xff]",
            &list,
            "is not UTF-8 text",
        ),
        ("OC_ACUITY_SANDBOX_FAULTS", b"", &list, "is set but empty"),
    ];
    for (name, value, args, said) in rows {
        let out = env
            .cmd()
            .args(args)
            .env(name, OsStr::from_bytes(value))
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}={value:?}: {stderr}");
        assert!(stderr.contains(name), "{name}={value:?} is named: {stderr}");
        assert!(stderr.contains(said), "{name}={value:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{name}={value:?}");
    }
    let listed = env
        .cmd()
        .args(["--sandbox", "--json", "webhook", "list", &id])
        .output()
        .unwrap();
    assert_eq!(
        text(&listed.stdout).trim(),
        "[]",
        "no webhook was registered"
    );
}

/// A grant code from a file gets the checks the flag gets (a text-direction character,
/// a control character): exit 2 naming `--code-file`, nothing sent.
#[test]
fn a_code_from_a_file_is_checked_as_the_flag_is() {
    let env = TestEnv::new();
    for (content, said) in [
        ("co\u{202E}de\n", "invisible or text-direction"),
        ("co\u{1}de\n", "control character"),
    ] {
        let file = env.file("code", content);
        let server = RecordingServer::platform();
        let mut args = create_args(&env, &server);
        let at = args.iter().position(|a| a == "--code").unwrap();
        args.splice(
            at..at + 2,
            ["--code-file".to_owned(), file.display().to_string()],
        );
        args.push("--no-events".to_owned());
        let out = env.cmd().args(&args).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{content:?}: {stderr}");
        assert!(stderr.contains("--code-file"), "{stderr}");
        assert!(stderr.contains(said), "{stderr}");
        assert!(
            server.requests().is_empty(),
            "{content:?}: a request was sent"
        );
    }
}
