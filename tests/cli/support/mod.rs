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

use std::path::Path;
use std::process::Output;

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
