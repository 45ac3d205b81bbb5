//! The harness shared by the integration tests, one file per concern. Everything here
//! drives the real binary (or, in `library`, the few library items tested directly).

pub mod args;
pub mod bed;
pub mod cargo;
pub mod child;
pub mod consent;
pub mod env;
pub mod events;
pub mod faults;
pub mod http;
pub mod keyring;
pub mod library;
pub mod login;
pub mod pty;
pub mod recording;
pub mod sandbox_process;
pub mod secrets;
pub mod signal;
pub mod tls;
pub mod wait;
pub mod wine;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Output as text, for assertions.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// stdout as the one JSON document it must be.
pub fn json_of(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}): {}\nstderr: {}",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

/// The run's exit code (`None` when a signal ended it).
pub fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

/// The package root: README, completions/, doc/man/, examples/.
pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Fails with an install hint when a program a test needs is missing: a test never
/// passes by skipping.
pub fn require_program(program: &str, package: &str) {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "{program} is not installed; this test needs it: apt-get install {package} (see .ci/run)"
    );
}

/// Holds the sandbox's default port (8484) for one test at a time: the tests that run
/// `oc-acuity sandbox --background` as the README and the hints print it (no `--port`)
/// take turns. Released when the returned file is dropped.
pub fn default_sandbox_port() -> std::fs::File {
    let path = std::env::temp_dir().join("oc-acuity-tests-port-8484.lock");
    let file = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .unwrap();
    file.lock().unwrap();
    file
}

/// Writes a script for the tests' child processes to run (mode 0755). A child process
/// writes it, not this one: a file this process holds open for writing is inherited by any
/// child another test thread forks in that moment, and running the script while such a child
/// still holds it fails with ETXTBSY ("Text file busy"; CI saw it once). The test process
/// only ever holds the pipe to `sh`.
pub fn write_executable(path: &Path, contents: &str) {
    let mut writer = Command::new("sh")
        .args(["-c", r#"cat > "$1" && chmod 755 "$1""#, "sh"])
        .arg(path)
        .stdin(Stdio::piped())
        .spawn()
        .expect("sh runs");
    let mut stdin = writer.stdin.take().unwrap();
    stdin.write_all(contents.as_bytes()).unwrap();
    drop(stdin);
    let status = writer.wait().unwrap();
    assert!(status.success(), "writing {}: {status}", path.display());
}

/// The reason for `write_executable`: while other threads keep spawning children, each
/// script it writes runs at once, never "Text file busy".
#[test]
fn a_script_written_for_children_runs_while_other_threads_spawn() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let spawners: Vec<_> = (0..3)
        .map(|_| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let _ = Command::new("true").status();
                }
            })
        })
        .collect();
    let ran = (0..300).try_for_each(|i| {
        let script = dir.path().join(format!("script-{i}"));
        write_executable(&script, "#!/bin/sh\nexit 7\n");
        match Command::new(&script).status() {
            Ok(status) if status.code() == Some(7) => Ok(()),
            other => Err(format!("script {i}: {other:?}")),
        }
    });
    stop.store(true, Ordering::Relaxed);
    for spawner in spawners {
        spawner.join().unwrap();
    }
    ran.unwrap();
}
