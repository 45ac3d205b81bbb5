//! A private Secret Service for one test: its own dbus-daemon and an unlocked
//! gnome-keyring-daemon on it, so the binary uses a real OS keyring that is not the
//! developer's. `secret-tool` reads and writes it as a user would.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command as StdCommand, Stdio};

use super::env::TestEnv;
use super::require_program;
use super::wait::{EVENT_TIMEOUT, wait_until};

/// A private session bus with an unlocked gnome-keyring Secret Service on it.
pub struct PrivateKeyring {
    dbus: Child,
    keyring: Child,
    pub address: String,
    env: Vec<(String, PathBuf)>,
}

impl PrivateKeyring {
    /// Starts dbus-daemon and gnome-keyring-daemon for `env`'s HOME and XDG folders,
    /// and points `env`'s commands at it.
    pub fn start(env: &mut TestEnv) -> Self {
        require_program("dbus-daemon", "dbus");
        require_program("gnome-keyring-daemon", "gnome-keyring");
        require_program("secret-tool", "libsecret-tools");
        let socket = env.path("runtime").join("bus");
        let vars: Vec<(String, PathBuf)> = vec![
            ("HOME".into(), env.path("home")),
            ("XDG_CONFIG_HOME".into(), env.path("config")),
            ("XDG_DATA_HOME".into(), env.path("data")),
            ("XDG_RUNTIME_DIR".into(), env.path("runtime")),
        ];
        // A bus without service activation: otherwise a probe could activate a second,
        // locked gnome-keyring-daemon from /usr/share/dbus-1/services before ours is up.
        let config = env.path("runtime").join("bus.conf");
        std::fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                socket.display()
            ),
        )
        .unwrap();
        let mut dbus = StdCommand::new("dbus-daemon")
            .args(["--nofork", "--print-address=1"])
            .arg(format!("--config-file={}", config.display()))
            .envs(vars.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon starts");
        let mut line = String::new();
        BufReader::new(dbus.stdout.take().unwrap())
            .read_line(&mut line)
            .expect("dbus-daemon prints its address");
        let address = line.trim().to_owned();
        assert!(!address.is_empty(), "dbus-daemon printed no address");

        let mut keyring = StdCommand::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .envs(vars.iter().map(|(k, v)| (k, v)))
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .env_remove("DISPLAY")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon starts");
        // The login keyring's password; closing stdin lets the daemon go on.
        keyring
            .stdin
            .take()
            .unwrap()
            .write_all(b"test-password")
            .unwrap();

        let this = Self {
            dbus,
            keyring,
            address: address.clone(),
            env: vars,
        };
        this.wait_until_ready();
        env.bus_address = Some(address);
        this
    }

    fn wait_until_ready(&self) {
        // A store succeeds only once the Secret Service owns its name and the login
        // collection exists; nothing announces that moment, so ask.
        wait_until(
            "gnome-keyring-daemon to serve the Secret Service",
            EVENT_TIMEOUT,
            || {
                let stored = self.secret_tool(
                    &[
                        "store",
                        "--label=probe",
                        "service",
                        "oc-acuity-test-probe",
                        "username",
                        "probe",
                    ],
                    Some("x"),
                );
                stored.status.success()
            },
        );
        self.secret_tool(&["clear", "service", "oc-acuity-test-probe"], None);
    }

    fn secret_tool(&self, args: &[&str], input: Option<&str>) -> std::process::Output {
        let mut child = StdCommand::new("secret-tool")
            .args(args)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("secret-tool runs");
        let mut stdin = child.stdin.take().unwrap();
        if let Some(input) = input {
            stdin.write_all(input.as_bytes()).unwrap();
        }
        drop(stdin);
        child.wait_with_output().unwrap()
    }

    /// `secret-tool lookup service SERVICE username ACCOUNT`, as a user would.
    pub fn lookup(&self, service: &str, account: &str) -> Option<String> {
        let out = self.secret_tool(&["lookup", "service", service, "username", account], None);
        out.status
            .success()
            .then(|| String::from_utf8(out.stdout).unwrap())
    }

    /// Locks the login collection, as a screen lock or `Lock` on the Secret Service does:
    /// its items are still listed, but reading or writing one needs an unlock prompt, which
    /// no one can answer here (no display), so the Secret Service reports it dismissed.
    /// (`secret-tool lock` hangs on this daemon, so the D-Bus call is made directly.)
    pub fn lock(&self) {
        require_program("dbus-send", "dbus");
        let out = StdCommand::new("dbus-send")
            .args([
                "--session",
                "--dest=org.freedesktop.secrets",
                "--print-reply",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login",
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("dbus-send runs");
        assert!(
            out.status.success(),
            "locking the login collection failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let locked = StdCommand::new("dbus-send")
            .args([
                "--session",
                "--dest=org.freedesktop.secrets",
                "--print-reply",
                "/org/freedesktop/secrets/collection/login",
                "org.freedesktop.DBus.Properties.Get",
                "string:org.freedesktop.Secret.Collection",
                "string:Locked",
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("dbus-send runs");
        assert!(
            String::from_utf8_lossy(&locked.stdout).contains("boolean true"),
            "the login collection is not locked: {}",
            String::from_utf8_lossy(&locked.stdout)
        );
    }

    /// `secret-tool store`, as a user would.
    pub fn store(&self, service: &str, account: &str, value: &str) {
        let label = format!("--label={service} {account}");
        let out = self.secret_tool(
            &["store", &label, "service", service, "username", account],
            Some(value),
        );
        assert!(
            out.status.success(),
            "secret-tool store failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for PrivateKeyring {
    fn drop(&mut self) {
        let _ = self.keyring.kill();
        let _ = self.dbus.kill();
        let _ = self.keyring.wait();
        let _ = self.dbus.wait();
    }
}
