//! Bad input: exit 2, a message naming the flag (or env var), and no request sent.

use crate::support::args::create_args;
use crate::support::code;
use crate::support::env::TestEnv;
use crate::support::recording::RecordingServer;
use crate::support::text;
use crate::support::wait::EVENT_TIMEOUT;

struct Case {
    env: TestEnv,
    server: RecordingServer,
    args: Vec<String>,
    vars: Vec<(&'static str, String)>,
}

impl Case {
    /// A complete, valid `instance create` that each test then breaks in one way.
    fn new() -> Self {
        let env = TestEnv::new();
        let server = RecordingServer::platform();
        let mut args = create_args(&env, &server);
        args.extend([
            "--event-callback-url".into(),
            "https://app.example.com/events".into(),
        ]);
        Self {
            env,
            server,
            args,
            vars: Vec::new(),
        }
    }

    fn without(mut self, flag: &str) -> Self {
        let at = self
            .args
            .iter()
            .position(|a| a == flag)
            .unwrap_or_else(|| panic!("{flag} not in args"));
        self.args.drain(at..at + 2);
        self
    }

    fn set(mut self, flag: &str, value: &str) -> Self {
        match self.args.iter().position(|a| a == flag) {
            Some(at) => self.args[at + 1] = value.to_owned(),
            None => self.args.extend([flag.to_owned(), value.to_owned()]),
        }
        self
    }

    fn arg(mut self, arg: &str) -> Self {
        self.args.push(arg.to_owned());
        self
    }

    fn var(mut self, name: &'static str, value: &str) -> Self {
        self.vars.push((name, value.to_owned()));
        self
    }

    /// Runs it and checks: exit 2, every needle in stderr, nothing sent, nothing on stdout.
    fn rejects(self, needles: &[&str]) {
        let out = self
            .env
            .cmd()
            .args(&self.args)
            .envs(self.vars.iter().map(|(k, v)| (*k, v)))
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "expected exit 2; stderr:\n{stderr}"
        );
        for needle in needles {
            assert!(
                stderr.contains(needle),
                "stderr does not mention {needle:?}:\n{stderr}"
            );
        }
        assert!(
            self.server.requests().is_empty(),
            "a request was sent: {:?}",
            self.server.requests()
        );
        assert!(out.stdout.is_empty(), "stdout: {}", text(&out.stdout));
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn the_valid_baseline_is_accepted() {
    // Guards the cases below: each breaks exactly one thing of this run.
    let case = Case::new();
    let out = case.env.cmd().args(&case.args).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(case.server.sent().len(), 1);
}

#[test]
fn missing_code() {
    Case::new().without("--code").rejects(&["--code"]);
}

#[test]
fn empty_code() {
    Case::new()
        .set("--code", "  ")
        .rejects(&["--code", "empty"]);
}

#[test]
fn empty_code_file() {
    let case = Case::new().without("--code");
    let empty = case.env.file("code.txt", "\n");
    case.set("--code-file", empty.to_str().unwrap())
        .rejects(&["--code-file", "empty"]);
}

#[test]
fn unreadable_code_file() {
    Case::new()
        .without("--code")
        .set("--code-file", "/nonexistent/code.txt")
        .rejects(&["--code-file", "/nonexistent/code.txt"]);
}

#[test]
fn missing_user_secret() {
    Case::new().without("--user-secret-file").rejects(&[
        "User secret",
        "OC_ACUITY_USER_SECRET",
        "--user-secret-file",
    ]);
}

#[test]
fn missing_org_secret() {
    Case::new().without("--org-secret-file").rejects(&[
        "Organization secret",
        "OC_ACUITY_ORG_SECRET",
        "--org-secret-file",
    ]);
}

#[test]
fn missing_client_secret() {
    Case::new().without("--client-secret-file").rejects(&[
        "client secret",
        "OC_ACUITY_CLIENT_SECRET",
        "--client-secret-file",
    ]);
}

#[test]
fn missing_client_id() {
    Case::new()
        .without("--client-id")
        .rejects(&["--client-id", "OC_ACUITY_CLIENT_ID"]);
}

#[test]
fn relative_callback_url() {
    Case::new()
        .set("--callback-url", "/oauth/acuity")
        .rejects(&["--callback-url", "absolute"]);
}

#[test]
fn non_http_event_callback_url() {
    Case::new()
        .set("--event-callback-url", "ftp://app.example.com/events")
        .rejects(&["--event-callback-url", "scheme"]);
}

#[test]
fn relative_base_url() {
    Case::new()
        .set("--base-url", "api.example.com/elements/api-v2")
        .rejects(&["--base-url"]);
}

#[test]
fn url_with_spaces() {
    Case::new()
        .set("--event-callback-url", "https://app.example.com/my events")
        .rejects(&["--event-callback-url", "whitespace"]);
}

#[test]
fn invalid_url_from_the_environment_names_the_variable() {
    Case::new()
        .without("--callback-url")
        .var("OC_ACUITY_CALLBACK_URL", "not a url")
        .rejects(&["OC_ACUITY_CALLBACK_URL"]);
}

#[test]
fn events_on_without_event_callback_url() {
    Case::new()
        .without("--event-callback-url")
        .rejects(&["--event-callback-url", "--no-events"]);
}

#[test]
fn empty_name() {
    Case::new().set("--name", "").rejects(&["--name", "empty"]);
}

#[test]
fn empty_tag() {
    Case::new()
        .arg("--tag")
        .arg("ok")
        .arg("--tag")
        .arg(" ")
        .rejects(&["--tag", "empty"]);
}

#[test]
fn invalid_profile_name() {
    Case::new()
        .set("--profile", "bad/name")
        .rejects(&["--profile", "bad/name"]);
}

#[test]
fn invalid_profile_from_the_environment() {
    Case::new()
        .var("OC_ACUITY_PROFILE", "no spaces")
        .rejects(&["OC_ACUITY_PROFILE"]);
}

#[test]
fn http_base_url_on_a_non_loopback_host() {
    Case::new()
        .set("--base-url", "http://api.example.com/elements/api-v2")
        .rejects(&["--base-url", "https://"]);
}

#[test]
fn no_input_with_a_missing_value() {
    Case::new()
        .arg("--no-input")
        .without("--callback-url")
        .rejects(&["--callback-url", "OC_ACUITY_CALLBACK_URL"]);
}

#[test]
fn two_flags_cannot_both_read_stdin() {
    Case::new()
        .without("--code")
        .set("--code-file", "-")
        .set("--client-secret-file", "-")
        .rejects(&[
            "--code-file, --client-secret-file both ask for stdin",
            "a file for the other",
        ]);
}

#[test]
fn a_secret_is_never_taken_as_a_plain_flag() {
    Case::new()
        .arg("--user-secret")
        .arg("x")
        .rejects(&["--user-secret"]);
}

#[test]
fn a_redirect_uri_with_port_0_is_refused() {
    let env = TestEnv::new();
    for run in [
        vec![
            "--sandbox",
            "--no-input",
            "auth",
            "--no-browser",
            "--no-events",
        ],
        vec![
            "--sandbox",
            "instance",
            "create",
            "--name",
            "n",
            "--code",
            "c",
            "--no-events",
        ],
    ] {
        let out = env
            .cmd()
            .args(&run)
            .args(["--callback-url", "http://127.0.0.1:0/cb"])
            .timeout(EVENT_TIMEOUT)
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(2), "{run:?}: {stderr}");
        assert!(stderr.contains("port 0"), "{stderr}");
        assert!(stderr.contains("--callback-url"), "{stderr}");
    }
    assert_eq!(env.sandbox_instances().len(), 0);
}

/// A negative number is a value of its flag, refused by the flag's range and named, not
/// read as an unknown option ("unexpected argument '-1'").
#[test]
fn negative_numbers_are_refused_naming_their_flag() {
    let env = TestEnv::new();
    let rows: [(&[&str], &str); 8] = [
        (&["--retries", "-1", "instance", "list"], "'--retries <N>'"),
        // A config value is named by its key.
        (
            &["config", "set", "acuity-user-id", "-5"],
            "config set acuity-user-id: the Acuity user ID",
        ),
        (
            &["--request-timeout", "-1", "instance", "list"],
            "'--request-timeout <SECONDS>'",
        ),
        (&["events", "log", "--limit", "-1"], "'--limit <N>'"),
        (&["sandbox", "--port", "-1"], "'--port <N>'"),
        (&["events", "listen", "--port", "-5"], "'--port <N>'"),
        (
            &["events", "listen", "--port", "0", "--forward-to", "-1"],
            "--forward-to",
        ),
        (
            &["instance", "create", "--name", "n", "--timeout", "-5"],
            "'--timeout <SECONDS>'",
        ),
    ];
    for (args, flag) in rows {
        let out = env.cmd().args(args).output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(code(&out), Some(2), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("unexpected argument") && stderr.contains(flag),
            "{args:?}: {stderr}"
        );
    }
}

/// An API root with a query or a fragment: every call is a path below the root, so either
/// would be dropped or misplaced without a word. Refused from the flag and the
/// environment alike, before anything is sent.
#[test]
fn an_api_root_with_a_query_or_a_fragment_is_refused() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    for suffix in ["?tenant=a", "#top"] {
        let root = format!("{}{suffix}", server.api_root());
        let flag = env
            .cmd()
            .args(["--base-url", &root, "instance", "list"])
            .env("OC_ACUITY_USER_SECRET", "u")
            .env("OC_ACUITY_ORG_SECRET", "o")
            .output()
            .unwrap();
        let from_env = env
            .cmd()
            .args(["instance", "list"])
            .env("OC_ACUITY_BASE_URL", &root)
            .env("OC_ACUITY_USER_SECRET", "u")
            .env("OC_ACUITY_ORG_SECRET", "o")
            .output()
            .unwrap();
        for (out, named) in [(flag, "--base-url"), (from_env, "OC_ACUITY_BASE_URL")] {
            let stderr = text(&out.stderr);
            assert_eq!(code(&out), Some(2), "{root}: {stderr}");
            assert!(stderr.contains(named), "{root}: {stderr}");
            assert!(stderr.contains("query or fragment"), "{root}: {stderr}");
        }
    }
    assert!(server.requests().is_empty(), "nothing was sent");
}
