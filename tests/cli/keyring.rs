//! The real OS keyring (a private Secret Service started by the test), secret precedence,
//! the unreachable-keyring path, and that no secret leaks into output.

use serde_json::Value;

use crate::support::args::{create_args, sandbox_create};
use crate::support::env::TestEnv;
use crate::support::keyring::PrivateKeyring;
use crate::support::recording::RecordingServer;
use crate::support::secrets::{
    CLIENT_SECRET, CODE, ORG_SECRET, SIGNATURE_KEY, TOKEN, USER_SECRET, assert_no_secret,
};
use crate::support::text;

fn json_out(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

/// `create_args` without `--no-store`, with events off.
fn storing_args(env: &TestEnv, server: &RecordingServer) -> Vec<String> {
    let mut args = create_args(env, server);
    args.retain(|a| a != "--no-store");
    args.extend(["--no-events".to_owned(), "--json".to_owned()]);
    args
}

#[test]
fn stores_id_and_token_in_the_real_keyring() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let server = RecordingServer::platform();
    let out = env
        .cmd()
        .args(storing_args(&env, &server))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = json_out(&out);
    assert_eq!(printed["stored"], "keyring");
    assert!(
        printed.get("token").is_none(),
        "a stored token is not printed unless asked"
    );
    assert_no_secret(&text(&out.stdout), &[TOKEN]);

    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/instance-token")
            .as_deref(),
        Some(TOKEN)
    );
    assert_eq!(
        keyring
            .lookup("oc-acuity", "default/instance-id")
            .as_deref(),
        Some("12345")
    );
    // The secrets given by file are not copied into the keyring by `instance create`.
    assert_eq!(keyring.lookup("oc-acuity", "default/user-secret"), None);
}

#[test]
fn profiles_get_their_own_entries_and_show_token_prints_it() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let server = RecordingServer::platform();
    let mut args = vec!["--profile".to_owned(), "ci.prod".to_owned()];
    args.extend(storing_args(&env, &server));
    args.push("--show-token".into());
    let out = env.cmd().args(&args).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = json_out(&out);
    assert_eq!(printed["stored"], "keyring");
    assert_eq!(printed["token"], TOKEN);
    assert_eq!(
        keyring
            .lookup("oc-acuity", "ci.prod/instance-token")
            .as_deref(),
        Some(TOKEN)
    );
    assert_eq!(keyring.lookup("oc-acuity", "default/instance-token"), None);
}

#[test]
fn sandbox_uses_its_own_keyring_service() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let printed = sandbox_create(&env, &[]);
    assert_eq!(printed["stored"], "keyring");
    let id = printed["id"].as_u64().unwrap().to_string();
    assert_eq!(
        keyring.lookup("oc-acuity-sandbox", "default/instance-id"),
        Some(id)
    );
    assert!(
        keyring
            .lookup("oc-acuity-sandbox", "default/instance-token")
            .is_some()
    );
    assert_eq!(keyring.lookup("oc-acuity", "default/instance-id"), None);
}

/// Without a reachable keyring, a create that would store its result stops before
/// sending anything (it would make an instance it could not store), naming the ways out;
/// with `--no-store` the same run works and prints the token.
#[test]
fn unreachable_keyring_stops_a_storing_create_before_anything_is_sent() {
    let env = TestEnv::new(); // no session bus at all
    let server = RecordingServer::platform();
    let out = env
        .cmd()
        .args(storing_args(&env, &server))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(stderr.contains("could not store"), "{stderr}");
    assert!(stderr.contains("--no-store"), "{stderr}");
    assert!(stderr.contains("OC_ACUITY_USER_SECRET"), "{stderr}");
    assert_eq!(server.sent().len(), 0, "nothing was sent");

    let mut args = storing_args(&env, &server);
    args.push("--no-store".into());
    let out = env.cmd().args(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed = json_out(&out);
    assert_eq!(printed["id"], 12345);
    assert_eq!(printed["token"], TOKEN);
    assert_eq!(printed["stored"], "none");
}

/// A locked keyring (the login collection locked for real, its items still there) is
/// told apart from an empty one by every command that reads it, and no command suggests
/// a fix that would make a second instance (`auth`, `instance create`): the fix is to
/// unlock it. A storing create stops before sending anything.
#[test]
fn a_locked_keyring_is_not_an_empty_one_and_no_fix_makes_a_second_instance() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    keyring.store("oc-acuity", "default/instance-id", "12345");
    keyring.store("oc-acuity", "default/instance-token", TOKEN);
    keyring.lock();
    let server = RecordingServer::platform();
    let secret = env.file("secret", "s\n").display().to_string();
    let run = |args: &[&str]| {
        env.cmd()
            .args(["--base-url", &server.api_root()])
            .args(["--user-secret-file", &secret, "--org-secret-file", &secret])
            .args(args)
            .output()
            .unwrap()
    };
    // "Do not run `oc-acuity auth`" is a warning, not a suggestion.
    let second_instance = |said: &str| {
        let said = said.replace("Do not run `", "");
        said.contains("run `oc-acuity") && said.contains(" auth`")
            || said.contains("fix: `oc-acuity") && said.contains(" auth`")
            || said.contains("instance create` for a new instance")
    };
    // Each command, the exit it must end with.
    for (args, exit) in [
        (&["instance", "token"][..], 4),
        (&["instance", "show"][..], 4),
        (&["auth", "status"][..], 4),
        (&["doctor"][..], 1),
    ] {
        let out = run(args);
        let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(exit), "{args:?}: {said}");
        assert!(said.contains("locked"), "{args:?} names the state: {said}");
        assert!(
            !said.contains("no stored instance") && !said.contains("has none stored"),
            "{args:?} does not call it empty: {said}"
        );
        assert!(
            !second_instance(&said),
            "{args:?} suggests a fix that makes a second instance: {said}"
        );
    }
    let status = run(&["--json", "auth", "status"]);
    let status = json_out(&status);
    let row = |name: &str| {
        status["credentials"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["name"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(row("instanceId")["source"], "unreadable", "{status}");
    assert_eq!(row("instanceToken")["source"], "unreadable", "{status}");

    // A storing create: stopped before anything is sent (it could not store its token).
    let out = env
        .cmd()
        .args(storing_args(&env, &server))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("locked"), "{stderr}");
    assert!(stderr.contains("--no-store"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(server.requests().len(), 0, "nothing was sent: {stderr}");
    drop(keyring);
}

/// Which value of each secret reached the server.
struct Seen {
    user: String,
    org: String,
    client: String,
    signature: Option<String>,
}

fn seen(server: &RecordingServer) -> Seen {
    let request = server.only_request();
    let auth = request.header("authorization").unwrap().to_owned();
    let (user, org) = auth
        .strip_prefix("User ")
        .and_then(|rest| rest.split_once(", Organization "))
        .expect("User/Organization header");
    let body = request.json();
    let config = &body["configuration"];
    Seen {
        user: user.to_owned(),
        org: org.to_owned(),
        client: config["oauth.api.secret"].as_str().unwrap().to_owned(),
        signature: config["event.notification.signature.key"]
            .as_str()
            .map(str::to_owned),
    }
}

/// Runs a create with each secret possibly in a file, in the environment, or in the keyring.
fn run_with_sources(env: &TestEnv, files: &[(&str, &str)], vars: &[(&str, &str)]) -> Seen {
    let server = RecordingServer::platform();
    let mut args = vec!["--base-url".to_owned(), server.api_root()];
    args.extend(
        [
            "instance",
            "create",
            "--no-store",
            "--name",
            "n",
            "--code",
            CODE,
            "--client-id",
            "cid",
            "--callback-url",
            "https://app.example.com/cb",
            "--event-callback-url",
            "https://app.example.com/ev",
        ]
        .map(str::to_owned),
    );
    // Global flags (user/org) are accepted after the subcommand too.
    for (flag, value) in files {
        let path = env.file(
            &format!("{}.txt", flag.trim_start_matches('-')),
            &format!("{value}\n"),
        );
        args.extend([flag.to_string(), path.display().to_string()]);
    }
    let out = env
        .cmd()
        .args(&args)
        .envs(vars.iter().copied())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    seen(&server)
}

#[test]
fn file_beats_env_beats_keyring_for_every_secret() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    for (item, value) in [
        ("user-secret", "user-from-keyring"),
        ("organization-secret", "org-from-keyring"),
        ("client-secret", "client-from-keyring"),
        ("signature-key", "sig-from-keyring"),
    ] {
        keyring.store("oc-acuity", &format!("default/{item}"), value);
    }

    let only_keyring = run_with_sources(&env, &[], &[]);
    assert_eq!(only_keyring.user, "user-from-keyring");
    assert_eq!(only_keyring.org, "org-from-keyring");
    assert_eq!(only_keyring.client, "client-from-keyring");
    assert_eq!(only_keyring.signature.as_deref(), Some("sig-from-keyring"));

    let vars = [
        ("OC_ACUITY_USER_SECRET", "user-from-env"),
        ("OC_ACUITY_ORG_SECRET", "org-from-env"),
        ("OC_ACUITY_CLIENT_SECRET", "client-from-env"),
        ("OC_ACUITY_SIGNATURE_KEY", "sig-from-env"),
    ];
    let env_wins = run_with_sources(&env, &[], &vars);
    assert_eq!(env_wins.user, "user-from-env");
    assert_eq!(env_wins.org, "org-from-env");
    assert_eq!(env_wins.client, "client-from-env");
    assert_eq!(env_wins.signature.as_deref(), Some("sig-from-env"));

    let files = [
        ("--user-secret-file", "user-from-file"),
        ("--org-secret-file", "org-from-file"),
        ("--client-secret-file", "client-from-file"),
        ("--signature-key-file", "sig-from-file"),
    ];
    let file_wins = run_with_sources(&env, &files, &vars);
    assert_eq!(file_wins.user, "user-from-file");
    assert_eq!(file_wins.org, "org-from-file");
    assert_eq!(file_wins.client, "client-from-file");
    assert_eq!(file_wins.signature.as_deref(), Some("sig-from-file"));

    // Mixed: each secret resolved on its own.
    let mixed = run_with_sources(&env, &[("--org-secret-file", "org-from-file")], &[vars[0]]);
    assert_eq!(mixed.user, "user-from-env");
    assert_eq!(mixed.org, "org-from-file");
    assert_eq!(mixed.client, "client-from-keyring");
}

#[test]
fn dash_reads_a_secret_from_stdin_trimming_one_newline() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let mut args = create_args(&env, &server);
    let at = args
        .iter()
        .position(|a| a == "--client-secret-file")
        .unwrap();
    args[at + 1] = "-".into();
    args.push("--no-events".into());
    let out = env
        .cmd()
        .args(&args)
        .write_stdin("secret-from-stdin\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(seen(&server).client, "secret-from-stdin");
}

#[test]
fn dash_reads_the_code_from_stdin() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    let mut args = create_args(&env, &server);
    let at = args.iter().position(|a| a == "--code").unwrap();
    args.splice(at..at + 2, ["--code-file".to_owned(), "-".to_owned()]);
    args.push("--no-events".into());
    let out = env
        .cmd()
        .args(&args)
        .write_stdin("code-from-stdin\r\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        server.only_request().json()["providerData"]["code"],
        "code-from-stdin"
    );
}

#[test]
fn no_secret_in_output_at_the_highest_verbosity() {
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    keyring.store("oc-acuity", "default/client-secret", CLIENT_SECRET);
    let server = RecordingServer::platform();
    let sig = env.file("sig", SIGNATURE_KEY);
    let run = |extra: &[&str]| {
        let mut args: Vec<String> = [
            "-vvv",
            "--base-url",
            &server.api_root(),
            "instance",
            "create",
            "--name",
            "n",
            "--code",
            CODE,
            "--client-id",
            "cid",
            "--callback-url",
            "https://app.example.com/cb",
            "--event-callback-url",
            "https://app.example.com/ev",
            "--signature-key-file",
            sig.to_str().unwrap(),
        ]
        .map(str::to_owned)
        .to_vec();
        args.extend(extra.iter().map(|s| s.to_string()));
        env.cmd()
            .args(&args)
            .env("OC_ACUITY_USER_SECRET", USER_SECRET)
            .env("OC_ACUITY_ORG_SECRET", ORG_SECRET)
            .output()
            .unwrap()
    };
    let all = [
        USER_SECRET,
        ORG_SECRET,
        CLIENT_SECRET,
        SIGNATURE_KEY,
        CODE,
        TOKEN,
    ];

    let stored = run(&[]);
    assert!(stored.status.success(), "{}", text(&stored.stderr));
    let stderr = text(&stored.stderr);
    assert!(stderr.contains("debug:"), "the run was verbose: {stderr}");
    assert_no_secret(&(text(&stored.stdout) + &stderr), &all);

    // The profile holds the first run's instance: replacing it is asked for.
    let shown = run(&["--show-token", "--json", "--replace"]);
    assert!(shown.status.success());
    assert!(
        text(&shown.stdout).contains(TOKEN),
        "asked for, the token is on stdout"
    );
    assert_no_secret(&text(&shown.stdout), &all[..5]);
    assert_no_secret(&text(&shown.stderr), &all);
}
