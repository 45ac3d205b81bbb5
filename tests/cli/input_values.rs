//! Every value and secret goes through the same checks wherever it comes from (flag, file,
//! environment, config): one that cannot be used is exit 2 naming where it came from, and
//! nothing is sent.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::support::env::TestEnv;
use crate::support::recording::RecordingServer;
use crate::support::secrets::{CLIENT_SECRET, CODE, ORG_SECRET, USER_SECRET, assert_no_secret};
use crate::support::text;

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
        "from-env",
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
    let rows: [(&str, &str, &str); 5] = [
        ("--code", "ab\u{1}c", "--code: contains a control character"),
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
fn secrets_of_only_whitespace_are_refused_from_every_source() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let blank = env.file("blank.secret", "   \n");
    for (how, flag_or_var) in [
        ("file", "--user-secret-file"),
        ("env", "OC_ACUITY_USER_SECRET"),
    ] {
        let mut args = crate::support::args::create_args(&env, &server);
        args.push("--no-events".to_owned());
        let at = args.iter().position(|a| a == "--user-secret-file").unwrap();
        let mut cmd = env.cmd();
        if how == "file" {
            args[at + 1] = blank.display().to_string();
        } else {
            args.drain(at..at + 2);
            cmd.env("OC_ACUITY_USER_SECRET", "    ");
        }
        let out = cmd.args(&args).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{how}: {stderr}");
        assert!(stderr.contains(flag_or_var), "{how}: {stderr}");
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
