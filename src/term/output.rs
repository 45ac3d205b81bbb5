//! stderr is people: progress, notices, warnings and the one error line, through the
//! functions here, which honour `--quiet`, `--verbose` and `NO_COLOR`. (stdout is data:
//! only `report` writes there.)

use std::io::IsTerminal;
use std::sync::atomic::{AtomicI8, Ordering};

static VERBOSITY: AtomicI8 = AtomicI8::new(0);

/// Sets the stderr verbosity: negative is `--quiet`, positive counts `-v`.
pub fn set_verbosity(level: i8) {
    VERBOSITY.store(level, Ordering::Relaxed);
}

/// The stderr verbosity: negative is `--quiet`.
pub fn verbosity() -> i8 {
    VERBOSITY.load(Ordering::Relaxed)
}

/// Progress and notices; hidden by `--quiet`.
pub fn info(message: impl AsRef<str>) {
    if verbosity() >= 0 {
        eprintln!("{}", message.as_ref());
    }
}

/// Something the user must act on (the authorization URL): shown even with `--quiet`.
pub fn essential(message: impl AsRef<str>) {
    eprintln!("{}", message.as_ref());
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

/// Text from elsewhere (a remote answer, a file) made safe for a terminal: control
/// characters (line breaks, ANSI escapes) are shown escaped, never obeyed.
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Whether stderr gets colors: only on a terminal, never when `NO_COLOR` is set, and on
/// Windows only on a console that takes ANSI sequences ([`ansi_accepted`]).
pub fn colors() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && ansi_accepted()
}

/// A Windows console shows ANSI colors only once the program turns its virtual terminal
/// processing on (Windows 10 and later); where that is refused (an older console), the
/// escape codes would print as text, so no colors. Asked once.
#[cfg(windows)]
fn ansi_accepted() -> bool {
    static ACCEPTED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ACCEPTED.get_or_init(|| console::Term::stderr().features().colors_supported())
}

/// Terminals elsewhere take ANSI sequences as they are.
#[cfg(not(windows))]
fn ansi_accepted() -> bool {
    true
}

/// ANSI color when [`colors`] says so.
fn paint(text: &str, sgr: &str) -> String {
    if colors() {
        format!("\x1b[{sgr}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}
