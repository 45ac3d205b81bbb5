//! `oc-acuity config`: the profile's saved settings, validated like the flags, in a
//! private 0600 file, and used by the commands.

use crate::support::env::TestEnv;
use crate::support::pty::{pty_command, spawn_in_pty};
use crate::support::recording::RecordingServer;
use crate::support::text;

fn config(env: &TestEnv, args: &[&str]) -> std::process::Output {
    env.cmd().arg("config").args(args).output().unwrap()
}

#[test]
fn set_get_list_unset_and_profiles() {
    let env = TestEnv::new();
    assert!(config(&env, &["set", "client-id", "abc"]).status.success());
    assert!(
        config(&env, &["set", "callback-url", "https://app.example.com/cb"])
            .status
            .success()
    );
    assert!(
        config(&env, &["--profile", "ci", "set", "acuity-user-id", "1234"])
            .status
            .success()
    );

    assert_eq!(text(&config(&env, &["get", "client-id"]).stdout), "abc\n");
    let list = text(&config(&env, &["list"]).stdout);
    assert_eq!(
        list,
        "callback-url = https://app.example.com/cb\nclient-id = abc\n"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&config(&env, &["list", "--json"]).stdout).unwrap();
    assert_eq!(json["client-id"], "abc");
    assert_eq!(
        text(&config(&env, &["profiles"]).stdout),
        "ci\ndefault  (current)\n"
    );

    assert!(config(&env, &["unset", "client-id"]).status.success());
    let missing = config(&env, &["get", "client-id"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(missing.stdout.is_empty());

    let path = text(&config(&env, &["path"]).stdout);
    assert_eq!(
        path.trim(),
        env.path("config")
            .join("oc-acuity/config.toml")
            .to_str()
            .unwrap()
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path.trim()).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn parallel_runs_on_twenty_profiles_keep_every_value() {
    // Profiles share one file: each run reads it, changes its profile and writes it back.
    // Without the file's lock, a run writes over another's change made in between.
    let env = TestEnv::new();
    let runs: Vec<_> = (1..=20)
        .map(|n| {
            env.process()
                .args([
                    "-p",
                    &format!("p{n}"),
                    "config",
                    "set",
                    "client-id",
                    &format!("c{n}"),
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for run in runs {
        let out = run.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let file = std::fs::read_to_string(env.path("config").join("oc-acuity/config.toml")).unwrap();
    let parsed: toml::Table = file.parse().unwrap();
    let profiles = parsed["profiles"].as_table().unwrap();
    for n in 1..=20 {
        assert_eq!(
            profiles
                .get(&format!("p{n}"))
                .and_then(|p| p.get("client-id")),
            Some(&toml::Value::String(format!("c{n}"))),
            "profile p{n} in:\n{file}"
        );
    }
    assert_eq!(profiles.len(), 20, "{file}");
}

#[test]
fn values_are_checked_like_the_flags() {
    let env = TestEnv::new();
    for (key, value, needle) in [
        ("callback-url", "/relative", "absolute"),
        ("event-callback-url", "https://a b", "whitespace"),
        (
            "base-url",
            "http://api.example.com/elements/api-v2",
            "https://",
        ),
        ("acuity-user-id", "abc", "number"),
        ("client-id", " ", "empty"),
    ] {
        let out = config(&env, &["set", key, value]);
        assert_eq!(out.status.code(), Some(2), "{key}={value}");
        assert!(
            text(&out.stderr).contains(needle),
            "{key}: {}",
            text(&out.stderr)
        );
    }
    assert!(
        !env.path("config").join("oc-acuity/config.toml").exists(),
        "nothing was written"
    );
    let unknown = config(&env, &["set", "user-secret", "x"]);
    assert_eq!(
        unknown.status.code(),
        Some(2),
        "secrets are not config keys"
    );
}

#[test]
fn saved_settings_are_used_after_flags_and_env() {
    let env = TestEnv::new();
    let server = RecordingServer::platform();
    assert!(
        config(&env, &["set", "client-id", "from-config"])
            .status
            .success()
    );
    assert!(
        config(
            &env,
            &["set", "callback-url", "https://config.example.com/cb"]
        )
        .status
        .success()
    );
    assert!(
        config(
            &env,
            &["set", "event-callback-url", "https://config.example.com/ev"]
        )
        .status
        .success()
    );
    assert!(
        config(&env, &["set", "base-url", &server.api_root()])
            .status
            .success()
    );
    let user = env.file("u", "u");
    let out = env
        .cmd()
        .args([
            "--user-secret-file",
            user.to_str().unwrap(),
            "--org-secret-file",
            user.to_str().unwrap(),
        ])
        .args([
            "instance",
            "create",
            "--no-store",
            "--name",
            "n",
            "--code",
            "c",
        ])
        .env("OC_ACUITY_CLIENT_SECRET", "s")
        .env("OC_ACUITY_CALLBACK_URL", "https://env.example.com/cb")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let body = server.only_request().json();
    assert_eq!(body["configuration"]["oauth.api.key"], "from-config");
    assert_eq!(
        body["configuration"]["oauth.callback.url"], "https://env.example.com/cb",
        "env beats config"
    );
    assert_eq!(
        body["configuration"]["event.notification.callback.url"],
        "https://config.example.com/ev"
    );
}

#[test]
fn colors_only_on_a_terminal_and_never_with_no_color() {
    let env = TestEnv::new();
    // Not a terminal: no escape codes.
    let out = config(&env, &["set", "callback-url", "/x"]);
    assert!(
        text(&out.stderr).starts_with("error: "),
        "{}",
        text(&out.stderr)
    );
    assert!(!text(&out.stderr).contains('\x1b'));

    let run_in_pty = |no_color: bool| {
        let mut cmd = pty_command(&env, "xterm");
        cmd.args(["config", "set", "callback-url", "/x"]);
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let mut session = spawn_in_pty(cmd);
        session.exp_eof().unwrap()
    };
    let colored = run_in_pty(false);
    assert!(colored.contains("\x1b[31merror:\x1b[0m"), "{colored:?}");
    let plain = run_in_pty(true);
    assert!(
        plain.contains("error:") && !plain.contains('\x1b'),
        "{plain:?}"
    );
}

/// A typo in config.toml is a warning naming the file, the line and the closest key (it
/// was ignored without a word); `config path` works when the file does not parse, so it
/// can be found and fixed.
#[test]
fn config_typos_are_named_and_config_path_survives_a_broken_file() {
    let env = TestEnv::new();
    let path = text(&config(&env, &["path"]).stdout).trim().to_owned();
    std::fs::create_dir_all(std::path::Path::new(&path).parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        "[profiles.default]\nclient_id = \"c\"\ncallbak-url = \"u\"\n",
    )
    .unwrap();
    let out = config(&env, &["list"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "warning: {path}:2: unknown key \"client_id\", ignored (did you mean \"client-id\"?)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "warning: {path}:3: unknown key \"callbak-url\", ignored (did you mean \"callback-url\"?)"
        )),
        "{stderr}"
    );

    std::fs::write(&path, "[profiles.default\n").unwrap();
    let broken = config(&env, &["list"]);
    assert_eq!(broken.status.code(), Some(2));
    let out = config(&env, &["path"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), path);
}

/// A config file that cannot be used at all (not UTF-8, a folder) is bad input: exit 2
/// naming the file, like one that does not parse.
#[test]
fn a_config_file_that_cannot_be_read_is_exit_2() {
    let env = TestEnv::new();
    let path = text(&config(&env, &["path"]).stdout).trim().to_owned();
    let path = std::path::Path::new(&path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, b"[profiles.default]\nclient-id = \"\xff\"\n").unwrap();
    let out = config(&env, &["list"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains(&path.display().to_string()));
    std::fs::remove_file(path).unwrap();
    std::fs::create_dir(path).unwrap();
    let out = config(&env, &["list"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("cannot be used as the config file"));
    std::fs::remove_dir(path).unwrap();

    // What is not a regular file, or is too large to be one, is not read (a FIFO without
    // a writer would wait forever, /dev/zero would fill the memory).
    let fifo = env.path("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let rows: [(&str, &dyn Fn()); 3] = [
        ("a link to /dev/zero", &|| {
            std::os::unix::fs::symlink("/dev/zero", path).unwrap()
        }),
        ("a FIFO", &|| {
            std::os::unix::fs::symlink(&fifo, path).unwrap()
        }),
        ("2 MiB", &|| {
            let mut big = b"[profiles.default]\n".to_vec();
            big.resize(2 << 20, b'\n');
            std::fs::write(path, big).unwrap()
        }),
    ];
    for (what, make) in rows {
        make();
        let out = env
            .cmd()
            .args(["config", "list"])
            .timeout(std::time::Duration::from_secs(30))
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{what}: {stderr}");
        assert!(
            stderr.contains("cannot be used as the config file"),
            "{what}: {stderr}"
        );
        std::fs::remove_file(path).unwrap();
    }
}
