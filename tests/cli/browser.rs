//! The login through a real browser: `$BROWSER` runs Debian's headless Chromium on the
//! authorization URL; it loads the sandbox consent page, which clicks Allow, follows
//! Acuity's redirect to the loopback listener, and the instance is created.

use crate::support::env::TestEnv;
use crate::support::http::free_port;
use crate::support::keyring::PrivateKeyring;
use crate::support::{require_program, text, write_executable};

/// Stops the browser the script started, whatever the test's outcome.
struct BrowserGuard(std::path::PathBuf);

impl Drop for BrowserGuard {
    fn drop(&mut self) {
        if let Ok(pid) = std::fs::read_to_string(&self.0) {
            let _ = std::process::Command::new("kill").arg(pid.trim()).status();
        }
    }
}

#[test]
fn login_completes_in_headless_chromium() {
    require_program("chromium", "chromium");
    let mut env = TestEnv::new();
    let keyring = PrivateKeyring::start(&mut env);
    let dir = env.dir.path().to_owned();
    let pid_file = dir.join("browser.pid");
    let _guard = BrowserGuard(pid_file.clone());
    let script = env.path("browser.sh");
    write_executable(
        &script,
        &format!(
            "#!/bin/sh\n\
             # Like a user's browser: opens the URL it is given (the sandbox's ?auto=allow\n\
             # makes the consent page click Allow, as a user would).\n\
             echo $$ > '{pid}'\n\
             exec timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic \\\n\
               --disable-background-networking --disable-component-update --disable-sync \\\n\
               --no-first-run --user-data-dir='{profile}' \"$1&auto=allow\" > '{log}' 2>&1\n",
            pid = pid_file.display(),
            profile = dir.join("chromium-profile").display(),
            log = dir.join("chromium.log").display(),
        ),
    );
    let port = free_port();

    let out = env
        .cmd()
        .env("BROWSER", &script)
        .args([
            "--sandbox",
            "--no-input",
            "--json",
            "auth",
            "--no-events",
            "--timeout",
            "60",
            "--name",
            "via-chromium",
        ])
        .arg("--callback-url")
        .arg(format!("http://127.0.0.1:{port}/oauth/callback"))
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    let log = std::fs::read_to_string(dir.join("chromium.log")).unwrap_or_default();
    assert!(
        out.status.success(),
        "stderr:\n{stderr}\nchromium log:\n{log}"
    );
    assert!(stderr.contains("Opened it in your browser"), "{stderr}");
    let created: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(created["name"], "via-chromium");
    assert_eq!(created["stored"], "keyring");
    let id = created["id"].as_u64().unwrap().to_string();
    assert_eq!(
        keyring.lookup("oc-acuity-sandbox", "default/instance-id"),
        Some(id)
    );
}
