//! The examples are run here, through cargo as a user would, so they can never rot.

use std::process::Command;

fn run_example(name: &str) -> std::process::Output {
    Command::new(env!("CARGO"))
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
