//! An isolated environment for each run of the binary: a fresh HOME, XDG folders, config
//! dir and runtime dir, so a test never touches the developer's own keyring or config.

use std::path::PathBuf;
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use tempfile::TempDir;

/// A fresh HOME, XDG folders, config dir and runtime dir, with no session bus (unless a
/// [`PrivateKeyring`](super::keyring::PrivateKeyring) is started for it).
pub struct TestEnv {
    pub dir: TempDir,
    /// Set when a private keyring runs for this environment.
    pub bus_address: Option<String>,
}

impl TestEnv {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["home", "config", "data", "runtime", "cache"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let runtime = dir.path().join("runtime");
            std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        Self {
            dir,
            bus_address: None,
        }
    }

    pub fn path(&self, sub: &str) -> PathBuf {
        self.dir.path().join(sub)
    }

    /// The binary, isolated: no inherited OC_ACUITY_* variables, no session bus unless
    /// this environment runs its own keyring, no terminal on stdin.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::from_std(self.process());
        cmd.write_stdin("");
        cmd
    }

    /// The same isolation as a plain `std::process::Command`, for runs the test drives
    /// itself (long-running servers, signals); stdin is not connected.
    pub fn process(&self) -> StdCommand {
        let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("oc-acuity"));
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().to_string();
            if key.starts_with("OC_ACUITY_")
                || key == "DBUS_SESSION_BUS_ADDRESS"
                || key == "DISPLAY"
                || key == "BROWSER"
            {
                cmd.env_remove(&key);
            }
        }
        cmd.env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_CACHE_HOME", self.path("cache"))
            .env("XDG_RUNTIME_DIR", self.path("runtime"))
            .env("NO_COLOR", "1")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null());
        if let Some(address) = &self.bus_address {
            cmd.env("DBUS_SESSION_BUS_ADDRESS", address);
        }
        cmd
    }

    /// The instances in this environment's sandbox state file (what exists on the
    /// emulated platform); none when it has no state yet.
    pub fn sandbox_instances(&self) -> Vec<serde_json::Value> {
        let path = self.path("data").join("oc-acuity/sandbox.json");
        match std::fs::read_to_string(path) {
            Ok(state) => serde_json::from_str::<serde_json::Value>(&state).unwrap()["instances"]
                .as_array()
                .unwrap()
                .clone(),
            Err(_) => Vec::new(),
        }
    }

    /// Writes a file in the temp dir and returns its path.
    pub fn file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}
