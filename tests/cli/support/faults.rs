//! The sandbox's fault injection from a test: a `--sandbox` create with faults in
//! `OC_ACUITY_SANDBOX_FAULTS` (what the sandbox then holds: `TestEnv::sandbox_instances`),
//! and the retries the binary announced under `-v` as it met them.

use std::process::Output;

use serde_json::Value;

use super::env::TestEnv;

/// `--sandbox --json instance create --name NAME --code c` with `extra` flags, the sandbox
/// injecting `faults`.
pub fn create_with_faults(env: &TestEnv, name: &str, faults: &Value, extra: &[&str]) -> Output {
    env.cmd()
        .args([
            "--sandbox",
            "--json",
            "instance",
            "create",
            "--name",
            name,
            "--code",
            "c",
        ])
        .args(extra)
        .env("OC_ACUITY_SANDBOX_FAULTS", faults.to_string())
        .output()
        .unwrap()
}

/// The wait `-v` announced: "retrying ... in N ms".
pub fn announced_waits(stderr: &str) -> Vec<u64> {
    stderr
        .lines()
        .filter(|l| l.contains("retrying"))
        .filter_map(|l| l.rsplit(" in ").next()?.strip_suffix(" ms")?.parse().ok())
        .collect()
}
