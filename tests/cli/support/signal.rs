//! Ctrl-C (and SIGTERM, SIGHUP) for a running binary, sent once the binary can catch it.

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

/// Sends `signal` (`libc::SIGTERM`, `libc::SIGHUP`, ...) to `pid` once it catches it
/// (see [`wait_until_catching_sigint`] for why a test waits for that).
pub fn send_signal(pid: u32, signal: i32) {
    wait_until(
        &format!("the binary to catch signal {signal}"),
        EVENT_TIMEOUT,
        || catches(pid, signal),
    );
    let pid = i32::try_from(pid).expect("a process id");
    // SAFETY: kill only sends a signal, to a process this test started.
    let sent = unsafe { libc::kill(pid, signal) };
    assert_eq!(
        sent,
        0,
        "kill -{signal} {pid}: {}",
        std::io::Error::last_os_error()
    );
}

fn catches_sigint(pid: u32) -> bool {
    catches(pid, libc::SIGINT)
}

/// Whether `pid` has a handler for `signal`, as `/proc/PID/status` shows (SigCgt).
fn catches(pid: u32, signal: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("SigCgt:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (signal - 1)) != 0)
}
