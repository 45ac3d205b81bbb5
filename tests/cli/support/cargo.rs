//! Cargo run from a test as a user would run it.

use std::path::PathBuf;
use std::process::Command;

use super::manifest_dir;

/// `cargo` without the variables cargo sets for this test binary (CARGO_MANIFEST_DIR,
/// CARGO_PKG_*, ...). Build scripts watch some of them (ring's watches
/// CARGO_MANIFEST_DIR): with them, a nested build rebuilds ring and everything above it
/// instead of reusing this build's artifacts, and the next `cargo test` rebuilds them
/// back.
pub fn cargo() -> Command {
    let mut cmd = Command::new(env!("CARGO"));
    without_test_variables(&mut cmd);
    cmd
}

/// Removes the variables cargo sets for this test binary from `cmd`'s environment.
pub fn without_test_variables(cmd: &mut Command) -> &mut Command {
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy();
        let set_for_tests = key.starts_with("CARGO_PKG_")
            || key.starts_with("CARGO_BIN_EXE_")
            || matches!(
                &*key,
                "CARGO_MANIFEST_DIR"
                    | "CARGO_MANIFEST_PATH"
                    | "CARGO_CRATE_NAME"
                    | "CARGO_BIN_NAME"
                    | "CARGO_PRIMARY_PACKAGE"
                    | "CARGO_TARGET_TMPDIR"
                    | "CARGO_RUSTC_CURRENT_DIR"
            );
        if set_for_tests {
            cmd.env_remove(&*key);
        }
    }
    cmd
}

/// The target dir of this build: `CARGO_TARGET_DIR` when the build was given one.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("target"))
}
