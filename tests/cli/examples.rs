//! The examples are run here, through cargo as a user would, so they can never rot.

use std::process::Command;

use crate::support::cargo::{cargo, target_dir};
use crate::support::env::TestEnv;
use crate::support::sandbox_process::SandboxProcess;
use crate::support::secrets::assert_no_secret;
use crate::support::{manifest_dir, require_program, text};

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

/// Runs examples/ci/provision.sh with the binary on PATH, against a sandbox server.
fn run_ci_script(
    env: &TestEnv,
    server: &SandboxProcess,
    vars: &[(&str, &str)],
) -> std::process::Output {
    require_program("jq", "jq");
    let binary_dir = assert_cmd::cargo::cargo_bin("oc-acuity")
        .parent()
        .unwrap()
        .to_owned();
    let path = format!(
        "{}:{}",
        binary_dir.display(),
        std::env::var("PATH").unwrap()
    );
    let code = env.file("code.txt", "grant-code\n");
    Command::new("bash")
        .arg(manifest_dir().join("examples/ci/provision.sh"))
        .env_clear()
        .env("PATH", path)
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("OC_ACUITY_BASE_URL", &server.api_root)
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
