//! The binary in a real pseudo-terminal (rexpect), for prompts, colors and the spinner.

use std::process::Command as StdCommand;

use rexpect::session::{PtySession, spawn_command};

use super::env::TestEnv;

/// How long a pty session waits for each expected output before failing.
pub const PTY_TIMEOUT_MS: u64 = 30_000;

/// The binary with only `env`'s isolation in its environment (no inherited variables at
/// all) and the given TERM; the caller adds arguments and, if wanted, NO_COLOR.
pub fn pty_command(env: &TestEnv, term: &str) -> StdCommand {
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("oc-acuity"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap())
        .env("HOME", env.path("home"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .env("XDG_DATA_HOME", env.path("data"))
        .env("XDG_RUNTIME_DIR", env.path("runtime"))
        .env("TERM", term);
    if let Some(address) = &env.bus_address {
        cmd.env("DBUS_SESSION_BUS_ADDRESS", address);
    }
    cmd
}

/// Starts `cmd` in a pseudo-terminal.
pub fn spawn_in_pty(cmd: StdCommand) -> PtySession {
    spawn_command(cmd, Some(PTY_TIMEOUT_MS)).expect("spawns in a pty")
}
