//! Argument lists for the runs most tests start from.

use super::env::TestEnv;
use super::recording::RecordingServer;
use super::secrets::{CLIENT_SECRET, CODE, ORG_SECRET, USER_SECRET};
use super::text;

/// `--sandbox --json instance create` of a demo instance with events off (the name, the
/// key of `--if-exists`, is for the caller to add: see [`unique_name`]).
pub const SANDBOX_CREATE: [&str; 7] = [
    "--sandbox",
    "--json",
    "instance",
    "create",
    "--code",
    "c",
    "--no-events",
];

/// A name no other run of this test process uses: repeated creates in one sandbox must
/// not meet `--if-exists fail` unless a test means them to.
pub fn unique_name() -> String {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);
    format!(
        "n-{}",
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    )
}

/// Runs [`SANDBOX_CREATE`] in `env` under a [`unique_name`] with `extra` flags appended,
/// asserting success; returns the printed JSON.
pub fn sandbox_create(env: &TestEnv, extra: &[&str]) -> serde_json::Value {
    let out = env
        .cmd()
        .args(SANDBOX_CREATE)
        .args(["--name", &unique_name()])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Flags for a complete `instance create` against `server`, secrets from files.
pub fn create_args(env: &TestEnv, server: &RecordingServer) -> Vec<String> {
    let user = env.file("user.secret", &format!("{USER_SECRET}\n"));
    let org = env.file("org.secret", &format!("{ORG_SECRET}\n"));
    let client = env.file("client.secret", &format!("{CLIENT_SECRET}\n"));
    vec![
        "--base-url".into(),
        server.api_root(),
        "--user-secret-file".into(),
        user.display().to_string(),
        "--org-secret-file".into(),
        org.display().to_string(),
        "instance".into(),
        "create".into(),
        "--no-store".into(),
        "--name".into(),
        "acuity-prod".into(),
        "--code".into(),
        CODE.into(),
        "--client-id".into(),
        "client-id-1".into(),
        "--client-secret-file".into(),
        client.display().to_string(),
        "--callback-url".into(),
        "https://app.example.com/oauth/acuity".into(),
    ]
}
