//! The examples are run here, through cargo as a user would, so they can never rot.

use std::process::Command;

use crate::support::cargo::{cargo, target_dir};
use crate::support::env::TestEnv;
use crate::support::sandbox_process::SandboxProcess;
use crate::support::secrets::assert_no_secret;
use crate::support::{manifest_dir, require_program, text, write_executable};

fn run_example(name: &str) -> std::process::Output {
    cargo()
        .args(["run", "--quiet", "--example", name])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

#[test]
fn provision_example_creates_an_instance_in_the_sandbox() {
    let out = run_example("provision");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("created instance 10001 (example)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("/elements/api-v2/events/acuityscheduling/MTAwMDE="),
        "{stdout}"
    );
}

/// Runs examples/ci/provision.sh against a sandbox server, with the binary on PATH.
fn run_ci_script(
    env: &TestEnv,
    server: &SandboxProcess,
    vars: &[(&str, &str)],
) -> std::process::Output {
    let binary_dir = assert_cmd::cargo::cargo_bin("oc-acuity")
        .parent()
        .unwrap()
        .to_owned();
    run_ci_script_with(
        env,
        &binary_dir,
        &[&[("OC_ACUITY_BASE_URL", server.api_root.as_str())], vars].concat(),
    )
}

/// Runs examples/ci/provision.sh with `bin_dir` first on PATH (the binary, or a stand-in),
/// in a clean environment holding only `vars` and the script's own variables.
fn run_ci_script_with(
    env: &TestEnv,
    bin_dir: &std::path::Path,
    vars: &[(&str, &str)],
) -> std::process::Output {
    require_program("jq", "jq");
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap());
    let code = env.file("code.txt", "grant-code\n");
    Command::new("bash")
        .arg(manifest_dir().join("examples/ci/provision.sh"))
        .env_clear()
        .env("PATH", path)
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("ACUITY_CODE_FILE", code)
        .env("TOKEN_FILE", env.path("token"))
        .envs(vars.iter().copied())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

const CI_VARS: [(&str, &str); 6] = [
    ("OC_ACUITY_USER_SECRET", "ci-user-secret"),
    ("OC_ACUITY_ORG_SECRET", "ci-org-secret"),
    ("OC_ACUITY_CLIENT_SECRET", "ci-client-secret"),
    ("OC_ACUITY_CLIENT_ID", "ci-client"),
    (
        "OC_ACUITY_CALLBACK_URL",
        "https://app.example.com/oauth/acuity",
    ),
    (
        "OC_ACUITY_EVENT_CALLBACK_URL",
        "https://app.example.com/events",
    ),
];

#[test]
fn ci_script_provisions_and_keeps_the_token_out_of_the_log() {
    let env = TestEnv::new();
    let server = SandboxProcess::start(&env);
    let out = run_ci_script(&env, &server, &CI_VARS);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("instance_id=10001\n"), "{stdout}");
    assert!(stdout.contains("webhook_url=http://127.0.0.1:"), "{stdout}");
    let token = std::fs::read_to_string(env.path("token")).unwrap();
    assert!(
        token.trim().contains('/'),
        "a platform-shaped token: {token}"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(env.path("token"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_no_secret(
        &(stdout + &stderr),
        &[
            token.trim(),
            "ci-user-secret",
            "ci-org-secret",
            "ci-client-secret",
        ],
    );
}

#[test]
fn ci_script_maps_missing_credentials_to_exit_2() {
    let env = TestEnv::new();
    let server = SandboxProcess::start(&env);
    let out = run_ci_script(&env, &server, &CI_VARS[1..]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("OC_ACUITY_USER_SECRET") && stderr.contains("provision: bad input"),
        "{stderr}"
    );
    assert!(!env.path("token").exists());
}

#[test]
fn ci_script_is_rerun_safe_and_leaves_one_instance() {
    let env = TestEnv::new();
    let server = SandboxProcess::start(&env);
    let first = run_ci_script(&env, &server, &CI_VARS);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let first_token = std::fs::read_to_string(env.path("token")).unwrap();
    let second = run_ci_script(&env, &server, &CI_VARS);
    let stderr = text(&second.stderr);
    assert_eq!(second.status.code(), Some(0), "the rerun: {stderr}");
    assert!(stderr.contains("10001 \"acuity-ci\" reused"), "{stderr}");
    assert!(
        text(&second.stdout).contains("instance_id=10001\n"),
        "{}",
        text(&second.stdout)
    );
    assert_eq!(
        std::fs::read_to_string(env.path("token")).unwrap(),
        first_token,
        "the rerun hands on the same instance's token"
    );
    let listed = env
        .cmd()
        .args(["--base-url", &server.api_root, "--json", "instance", "list"])
        .envs(CI_VARS)
        .output()
        .unwrap();
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    let instances: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let names: Vec<&str> = instances
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["acuity-ci"], "two runs, one instance");
}

/// What provision.sh does with each exit code of oc-acuity: a stand-in `oc-acuity` on PATH
/// exits with the code (printing an instance's JSON where the real one would), and the
/// script must say the code's meaning by name, exit as it says, and write the token file
/// only when there is an instance.
#[test]
fn ci_script_handles_every_exit_code_by_name() {
    let created = r#"{"id":7,"name":"acuity-ci","webhookUrl":"https://h/events/acuityscheduling/Nw==","token":"tok/en","action":"created","stored":"none"}"#;
    // (exit code of oc-acuity, its stdout, the script's exit code, what its stderr says)
    let table: &[(i32, &str, i32, &str)] = &[
        (0, created, 0, "instance 7 \"acuity-ci\" created"),
        (1, "", 1, "provision: failed (exit 1"),
        (2, "", 2, "provision: bad input (exit 2"),
        (3, "", 3, "provision: outcome unknown (exit 3"),
        (4, "", 4, "provision: credentials rejected (exit 4)"),
        (5, created, 0, "provision: created but not stored (exit 5)"),
        (130, "", 130, "provision: interrupted (exit 130)"),
        (143, "", 143, "provision: interrupted (exit 143)"),
        (129, "", 129, "provision: interrupted (exit 129)"),
        (
            9,
            "",
            9,
            "oc-acuity exited with 9, which it does not document",
        ),
    ];
    for &(code, stdout, want_code, want_message) in table {
        let env = TestEnv::new();
        let bin = env.path("stand-in");
        std::fs::create_dir_all(&bin).unwrap();
        let stand_in = bin.join("oc-acuity");
        write_executable(
            &stand_in,
            &format!("#!/bin/sh\nprintf '%s' '{stdout}'\nexit {code}\n"),
        );
        let out = run_ci_script_with(&env, &bin, &[]);
        let stderr = text(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(want_code),
            "oc-acuity exit {code}: {stderr}"
        );
        assert!(
            stderr.contains(want_message),
            "oc-acuity exit {code}: {stderr}"
        );
        let token = std::fs::read_to_string(env.path("token")).ok();
        let want_token = (!stdout.is_empty()).then(|| "tok/en\n".to_owned());
        assert_eq!(token, want_token, "oc-acuity exit {code}: the token file");
    }
}

/// The CI examples are safe to copy: no `${{ }}` expression inside a GitHub `run:` script
/// (GitHub pastes it into the script's text, where a value becomes shell code), and both
/// install the release archive only after checking it against SHA256SUMS.
#[test]
fn ci_workflows_keep_values_out_of_scripts_and_verify_the_archive() {
    let github =
        std::fs::read_to_string(manifest_dir().join("examples/ci/github-actions.yml")).unwrap();
    let scripts = run_scripts(&github);
    assert_eq!(scripts.len(), 3, "the workflow's three steps: {scripts:#?}");
    for script in &scripts {
        assert!(
            !script.contains("${{"),
            "an expression in a run: script:\n{script}"
        );
    }
    let gitlab = std::fs::read_to_string(manifest_dir().join("examples/ci/gitlab-ci.yml")).unwrap();
    for (name, text) in [
        ("github-actions.yml", &scripts.join("\n")),
        ("gitlab-ci.yml", &gitlab),
    ] {
        let check = text
            .find("sha256sum --check")
            .unwrap_or_else(|| panic!("{name}: no checksum check"));
        let unpack = text
            .find("tar -xzf")
            .unwrap_or_else(|| panic!("{name}: no unpacking"));
        assert!(
            check < unpack,
            "{name}: unpacked before its checksum is checked"
        );
        assert!(
            text.contains("provision.sh"),
            "{name}: does not run provision.sh"
        );
    }
    assert!(
        github.contains("OC_ACUITY_INSTANCE_NAME || 'acuity-ci'"),
        "a stable instance name"
    );
}

/// The text of each `run: |` block of a workflow (the lines indented under it).
fn run_scripts(workflow: &str) -> Vec<String> {
    let mut scripts = Vec::new();
    let mut lines = workflow.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim_start() != "run: |" {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let mut script = String::new();
        while let Some(next) = lines.peek() {
            if !next.trim().is_empty() && next.len() - next.trim_start().len() <= indent {
                break;
            }
            script.push_str(lines.next().unwrap().trim());
            script.push('\n');
        }
        scripts.push(script);
    }
    scripts
}

#[test]
fn cargo_install_works() {
    let root = tempfile::tempdir().unwrap();
    let out = cargo()
        .args(["install", "--locked", "--debug", "--path", "."])
        .arg("--root")
        .arg(root.path())
        // Reuse this build's artifacts instead of compiling everything again.
        .env("CARGO_TARGET_DIR", target_dir())
        .current_dir(manifest_dir())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let installed = Command::new(root.path().join("bin/oc-acuity"))
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        text(&installed.stdout),
        format!("oc-acuity {}\n", env!("CARGO_PKG_VERSION"))
    );
}
