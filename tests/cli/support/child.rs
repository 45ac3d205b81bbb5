//! Children the tests watch while they run: stdout and stderr piped, stderr read up to
//! the line a test waits for.

use std::io::BufRead;
use std::process::{Child, Command, Stdio};

/// Starts `command` with stdout and stderr piped.
pub fn spawn_piped(command: &mut Command) -> Child {
    command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Reads `stderr` line by line until a line contains `marker`; returns all it read.
pub fn read_until(stderr: &mut impl BufRead, marker: &str) -> String {
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        let read = stderr.read_line(&mut line).unwrap();
        seen.push_str(&line);
        assert!(read > 0, "the output ended before {marker:?}: {seen}");
        if line.contains(marker) {
            return seen;
        }
    }
}
