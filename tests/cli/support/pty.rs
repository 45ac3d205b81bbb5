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

/// The binary with `args` in a pseudo-terminal, with `env`'s isolation, plain prompts
/// (TERM=dumb) and no colors.
pub fn run_in_pty(env: &TestEnv, args: &[&str]) -> PtySession {
    let mut cmd = pty_command(env, "dumb");
    cmd.args(args).env("NO_COLOR", "1");
    spawn_in_pty(cmd)
}

/// Waits for `question`, then types `reply` and Enter.
pub fn answer(session: &mut PtySession, question: &str, reply: &str) {
    session
        .exp_string(question)
        .unwrap_or_else(|e| panic!("never asked {question:?}: {e}"));
    session.send_line(reply).unwrap();
}

/// Waits for a yes/no `question`, presses `y` or `n`, then Enter, as a person does (the
/// Enter is the confirmation's own, not the next question's).
pub fn confirm(session: &mut PtySession, question: &str, yes: bool) {
    session
        .exp_string(question)
        .unwrap_or_else(|e| panic!("never asked {question:?}: {e}"));
    session.send(if yes { "y" } else { "n" }).unwrap();
    session.send("\r").unwrap();
    session.flush().unwrap();
}

/// Waits for `question`, types `reply` (visible text), waits until the prompt has echoed
/// it, then presses Enter: the answer is only sent once the prompt is reading keys, so a
/// loaded machine cannot make it land before the prompt is ready.
pub fn answer_text(session: &mut PtySession, question: &str, reply: &str) {
    session
        .exp_string(question)
        .unwrap_or_else(|e| panic!("never asked {question:?}: {e}"));
    if !reply.is_empty() {
        session.send(reply).unwrap();
        session.flush().unwrap();
        session
            .exp_string(reply)
            .unwrap_or_else(|e| panic!("{reply:?} was never echoed at {question:?}: {e}"));
    }
    session.send("\r").unwrap();
    session.flush().unwrap();
}

/// The process id of the binary in `session`: the pseudo-terminal's foreground process
/// group, which the binary leads (rexpect starts it in a session of its own).
pub fn pty_pid(session: &PtySession) -> u32 {
    use std::os::fd::AsRawFd;
    let terminal = session.process().get_file_handle().unwrap();
    // SAFETY: tcgetpgrp only reads the terminal's state through a descriptor we own.
    let group = unsafe { libc::tcgetpgrp(terminal.as_raw_fd()) };
    u32::try_from(group).expect("the terminal has a foreground process group")
}
