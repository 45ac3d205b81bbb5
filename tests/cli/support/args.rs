//! Argument lists for the runs most tests start from.

use super::env::TestEnv;
use super::recording::RecordingServer;
use super::secrets::{CLIENT_SECRET, CODE, ORG_SECRET, USER_SECRET};
use super::text;

/// `--sandbox --json instance create` of a demo instance with events off.
pub const SANDBOX_CREATE: [&str; 9] = [
    "--sandbox",
    "--json",
    "instance",
    "create",
    "--name",
    "n",
    "--code",
    "c",
    "--no-events",
];

/// Runs [`SANDBOX_CREATE`] in `env` with `extra` flags appended, asserting success;
/// returns the printed JSON.
pub fn sandbox_create(env: &TestEnv, extra: &[&str]) -> serde_json::Value {
    let out = env.cmd().args(SANDBOX_CREATE).args(extra).output().unwrap();
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
