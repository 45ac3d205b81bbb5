//! Interactive questions on stderr (dialoguer). Each runs on a blocking thread so that
//! Ctrl-C is still noticed by the async runtime while a question waits.

use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input, Password, Select};
use secrecy::SecretString;

use crate::error::{CliError, Signal};

fn theme() -> Box<dyn Theme + Send + Sync> {
    if super::output::colors() {
        Box::new(ColorfulTheme::default())
    } else {
        Box::new(SimpleTheme)
    }
}

async fn blocking<T: Send + 'static>(
    ask: impl FnOnce() -> dialoguer::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    super::interrupt::prompting();
    tokio::task::spawn_blocking(ask).await?.map_err(|e| {
        let dialoguer::Error::IO(e) = e;
        // Ctrl-C read as a key by a list in raw mode (it raises SIGINT too, but this error
        // may reach `main` first): an interruption, not a failure.
        if e.kind() == std::io::ErrorKind::Interrupted {
            return CliError::Interrupted(Signal::Interrupt).into();
        }
        anyhow::anyhow!("could not read the answer from the terminal: {e}")
    })
}

/// A line of text, re-asked with the reason until `check` accepts it.
pub async fn text(
    prompt: String,
    default: Option<String>,
    check: impl Fn(&str) -> Result<(), String> + Send + 'static,
) -> anyhow::Result<String> {
    blocking(move || {
        let theme = theme();
        let mut input = Input::<String>::with_theme(theme.as_ref())
            .with_prompt(prompt)
            .allow_empty(true)
            .validate_with(move |value: &String| check(value.trim()));
        if let Some(default) = default {
            input = input.default(default);
        }
        input.interact_text()
    })
    .await
    .map(|s| s.trim().to_owned())
}

/// A hidden answer. Empty is allowed only when `allow_empty` (the caller then decides).
/// The confirmation line says whether something was typed, never how long it was.
pub async fn secret(prompt: String, allow_empty: bool) -> anyhow::Result<SecretString> {
    let label = prompt.clone();
    let value = blocking(move || {
        Password::with_theme(theme().as_ref())
            .with_prompt(prompt)
            .allow_empty_password(allow_empty)
            .report(false)
            .interact()
    })
    .await?;
    let said = if value.is_empty() {
        "(none)"
    } else {
        "(entered)"
    };
    super::output::raw(&format!("{label}: {said}\n"));
    Ok(SecretString::from(value))
}

/// Yes or no.
pub async fn confirm(prompt: String, default: bool) -> anyhow::Result<bool> {
    blocking(move || {
        Confirm::with_theme(theme().as_ref())
            .with_prompt(prompt)
            .default(default)
            // y or n, then Enter: an Enter typed after the letter must not answer the
            // next question (with its default) behind the user's back.
            .wait_for_newline(true)
            .interact()
    })
    .await
}

/// One of `items`; returns its index.
pub async fn select(prompt: String, items: Vec<String>, default: usize) -> anyhow::Result<usize> {
    blocking(move || {
        Select::with_theme(theme().as_ref())
            .with_prompt(prompt)
            .items(&items)
            .default(default)
            .interact()
    })
    .await
}

/// Why a command that asks before it acts did not act: no one could be asked (no
/// terminal, or `--no-input`). Exit 2, with `--yes` as the way on.
pub fn confirmation_needed(command: &str) -> anyhow::Error {
    crate::error::CliError::usage(format!(
        "{command} asks for confirmation, and there is no terminal to ask at (or --no-input \
         was given): pass --yes"
    ))
}
