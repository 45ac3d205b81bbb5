//! stdout is data, stderr is people. Results go through [`json`] or plain `println!` in the
//! commands; everything meant for a person goes through the functions here, which honour
//! `--quiet`, `--verbose` and `NO_COLOR`.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicI8, Ordering};

use serde::Serialize;

static VERBOSITY: AtomicI8 = AtomicI8::new(0);

/// Sets the stderr verbosity: negative is `--quiet`, positive counts `-v`.
pub fn set_verbosity(level: i8) {
    VERBOSITY.store(level, Ordering::Relaxed);
}

fn verbosity() -> i8 {
    VERBOSITY.load(Ordering::Relaxed)
}

/// Progress and notices; hidden by `--quiet`.
pub fn info(message: impl AsRef<str>) {
    if verbosity() >= 0 {
        eprintln!("{}", message.as_ref());
    }
}

/// Details for `-v`: requests, timings, where each setting came from.
pub fn debug(message: impl AsRef<str>) {
    if verbosity() >= 1 {
        eprintln!("{} {}", paint("debug:", "2"), message.as_ref());
    }
}

/// Something the user should know even with `--quiet`.
pub fn warn(message: impl AsRef<str>) {
    eprintln!("{} {}", paint("warning:", "33"), message.as_ref());
}

/// The one error line `main` prints.
pub fn error(message: impl AsRef<str>) {
    eprintln!("{} {}", paint("error:", "31"), message.as_ref());
}

/// Writes one JSON document on stdout.
pub fn json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// ANSI color on a terminal, never when `NO_COLOR` is set.
fn paint(text: &str, sgr: &str) -> String {
    let color = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if color {
        format!("\x1b[{sgr}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}
