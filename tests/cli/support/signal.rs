//! Ctrl-C for a running binary, sent once the binary can catch it.

use std::process::Command as StdCommand;

use super::wait::{EVENT_TIMEOUT, wait_until};

/// Waits until process `pid` catches SIGINT, as `/proc/PID/status` shows (SigCgt).
///
/// The binary installs its handler when its main loop is first polled. That can come
/// just after the work it guards has begun on another thread: a request already on the
/// wire, a prompt already printed. A SIGINT sent before then kills the binary outright,
/// which is not what a test of its Ctrl-C handling means to check.
pub fn wait_until_catching_sigint(pid: u32) {
    wait_until("the binary to catch SIGINT", EVENT_TIMEOUT, || {
        catches_sigint(pid)
    });
}

/// Sends SIGINT to `pid`, as Ctrl-C in its terminal would, once it catches it.
pub fn interrupt(pid: u32) {
    wait_until_catching_sigint(pid);
    let kill = StdCommand::new("sh")
        .arg("-c")
        .arg(format!("kill -INT {pid}"))
        .status()
        .unwrap();
    assert!(kill.success());
}

fn catches_sigint(pid: u32) -> bool {
    const SIGINT: u32 = 2;
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("SigCgt:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (SIGINT - 1)) != 0)
}
