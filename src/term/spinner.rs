//! The spinner shown on stderr while something slow runs.

use std::io::IsTerminal;

use super::output::verbosity;

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
