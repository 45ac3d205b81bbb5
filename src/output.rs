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

/// Writes one JSON document on stdout.
pub fn json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// A single result: the bare value on stdout, or `{"<key>": "<value>"}` with `--json`.
pub fn scalar(json: bool, key: &str, value: &str) -> anyhow::Result<()> {
    if json {
        self::json(&serde_json::json!({ key: value }))
    } else {
        println!("{value}");
        Ok(())
    }
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

/// A spinner on stderr while something slow runs: shown only on a terminal, never with
/// `--quiet`, and only once the wait has lasted a moment. Cleared when dropped.
pub struct Spinner {
    bar: Option<indicatif::ProgressBar>,
    reveal: Option<tokio::task::JoinHandle<()>>,
}

impl Spinner {
    /// How long a wait lasts before the spinner appears.
    const DELAY: std::time::Duration = std::time::Duration::from_millis(300);

    pub fn start(message: impl Into<String>) -> Self {
        if verbosity() < 0 || !std::io::stderr().is_terminal() {
            return Self {
                bar: None,
                reveal: None,
            };
        }
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        bar.set_message(message.into());
        let shown = bar.clone();
        let reveal = tokio::spawn(async move {
            tokio::time::sleep(Self::DELAY).await;
            shown.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            shown.enable_steady_tick(std::time::Duration::from_millis(100));
        });
        Self {
            bar: Some(bar),
            reveal: Some(reveal),
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        if let Some(reveal) = self.reveal.take() {
            reveal.abort();
        }
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}
