//! `oc-acuity sandbox`, the product's own platform emulator, as a long-running process on
//! a free loopback port, for runs that use `--base-url` like real ones.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use super::env::TestEnv;

/// The emulator process; killed when dropped.
pub struct SandboxProcess {
    child: Child,
    /// The API root it printed, to pass as `--base-url`.
    pub api_root: String,
}

impl SandboxProcess {
    /// Starts it in `env` and waits until it prints the API root it serves (it listens
    /// by then).
    pub fn start(env: &TestEnv) -> Self {
        Self::start_from(env.process())
    }

    /// The same from a command the test prepared (`env.process()` with limits, say).
    pub fn start_from(mut command: std::process::Command) -> Self {
        let mut child = command
            .args(["sandbox", "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let api_root = line.trim().to_owned();
        assert!(
            api_root.starts_with("http://"),
            "oc-acuity sandbox printed no API root: {line:?} (exit: {:?})",
            child.try_wait()
        );
        Self { child, api_root }
    }
}

impl Drop for SandboxProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
