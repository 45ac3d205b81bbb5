//! Where each secret comes from: a file flag, then the environment, then the profile's
//! keyring entries (product contract, "Where secrets come from"). Secrets are never taken
//! as plain command-line values, and every origin is remembered so that `auth status` and
//! error messages can say which one was used without ever showing the value.

use std::cell::RefCell;
use std::io::Read;
use std::path::Path;

use secrecy::SecretString;

use super::keyring::{Keyring, KeyringError, account};
use super::{Found, Id, Origin, validate};
use crate::error::CliError;
use crate::term::output;

/// Reads a value from a file flag: a path, or `-` for stdin. One trailing newline (`\n` or
/// `\r\n`) is trimmed, so `echo "$X" > file` works; an empty value is an error.
/// At most [`validate::MAX_SECRET_BYTES`] (plus a newline) are read, so that a wrong path
/// such as `/dev/zero` fails at once instead of filling memory.
pub fn read_value_file(flag: &'static str, path: &Path) -> anyhow::Result<Found> {
    let limit = validate::MAX_SECRET_BYTES as u64 + 3;
    let read = |reader: &mut dyn Read, from: String| -> anyhow::Result<String> {
        let mut bytes = Vec::new();
        reader
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| CliError::usage(format!("{flag}: could not read {from}: {e}")))?;
        String::from_utf8(bytes)
            .map_err(|_| CliError::usage(format!("{flag}: {from} is not UTF-8 text")))
    };
    let (mut text, origin) = if path == Path::new("-") {
        let text = read(&mut std::io::stdin(), "stdin".to_owned())?;
        (text, Origin::Stdin { flag })
    } else {
        let mut file = std::fs::File::open(path).map_err(|e| {
            CliError::usage(format!("{flag}: could not read {}: {e}", path.display()))
        })?;
        let text = read(&mut file, path.display().to_string())?;
        let origin = Origin::File {
            flag,
            path: path.to_owned(),
        };
        (text, origin)
    };
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    if text.trim().is_empty() {
        let from = match &origin {
            Origin::Stdin { .. } => "stdin".to_owned(),
            _ => path.display().to_string(),
        };
        return Err(CliError::usage(format!("{flag}: {from} is empty")));
    }
    validate::secret_text(&text)
        .map_err(|e| CliError::usage(format!("{}: {e}", origin.prefix())))?;
    Ok(Found {
        value: SecretString::from(text),
        origin,
    })
}

/// Fails when more than one file flag asks for stdin: only one can have it.
pub fn check_single_stdin<'a>(
    flags: impl IntoIterator<Item = (&'static str, Option<&'a Path>)>,
) -> anyhow::Result<()> {
    let takers: Vec<&str> = flags
        .into_iter()
        .filter(|(_, path)| *path == Some(Path::new("-")))
        .map(|(flag, _)| flag)
        .collect();
    let (all, others) = match takers.len() {
        0 | 1 => return Ok(()),
        2 => ("both", "the other"),
        _ => ("all", "the others"),
    };
    Err(CliError::usage(format!(
        "{} {all} ask for stdin (-); only one can read it: use a file for {others}",
        takers.join(", ")
    )))
}

/// Resolves secrets for one profile, remembering a keyring failure so that the
/// "missing" message can mention it.
pub struct Resolver<'a> {
    profile: &'a str,
    keyring: &'a Keyring,
    keyring_problem: RefCell<Option<KeyringError>>,
}

impl<'a> Resolver<'a> {
    pub fn new(profile: &'a str, keyring: &'a Keyring) -> Self {
        Self {
            profile,
            keyring,
            keyring_problem: RefCell::new(None),
        }
    }

    /// The first of: the file flag, the environment variable, the keyring entry.
    pub fn find(&self, id: Id, file: Option<&Path>) -> anyhow::Result<Option<Found>> {
        let found = self.lookup(id, file)?;
        let label = id.setting().label;
        match &found {
            Some(found) => output::debug(format!("{label}: from {}", found.origin)),
            None => output::debug(format!("{label}: not found")),
        }
        Ok(found)
    }

    fn lookup(&self, id: Id, file: Option<&Path>) -> anyhow::Result<Option<Found>> {
        let setting = id.setting();
        if let Some(path) = file {
            return read_value_file(setting.flag, path).map(Some);
        }
        if let Some((value, origin)) = setting.from_env()? {
            validate::secret_text(&value)
                .map_err(|e| CliError::usage(format!("{}: {e}", origin.prefix())))?;
            return Ok(Some(Found {
                value: SecretString::from(value),
                origin,
            }));
        }
        let item = setting.item.expect("secrets have a keyring item");
        match self.keyring.get(self.profile, item) {
            Ok(Some(value)) => {
                let origin = Origin::Keyring {
                    service: self.keyring.service().to_owned(),
                    account: account(self.profile, item),
                };
                // The same checks as a file or the environment: a blank entry is not sent.
                validate::secret_text(secrecy::ExposeSecret::expose_secret(&value))
                    .map_err(|e| CliError::usage(format!("{origin}: {e}")))?;
                Ok(Some(Found { value, origin }))
            }
            Ok(None) => Ok(None),
            Err(problem) => {
                *self.keyring_problem.borrow_mut() = Some(problem);
                Ok(None)
            }
        }
    }

    /// Why the keyring could not be read, if it could not.
    pub fn keyring_problem(&self) -> Option<KeyringError> {
        self.keyring_problem.borrow().clone()
    }

    /// "No User secret: ..." with every way to provide it (and why the keyring did not).
    pub fn missing_message(&self, id: Id) -> String {
        let mut message = self.missing_ways(id);
        if let Some(problem) = self.keyring_problem() {
            message.push_str(&format!("; the keyring was not readable: {problem}"));
        }
        message
    }

    /// "No User secret: ..." with every way to provide it.
    pub fn missing_ways(&self, id: Id) -> String {
        let setting = id.setting();
        let item = setting.item.expect("secrets have a keyring item");
        format!(
            "no {}: set {}, pass {} PATH (or - for stdin), or store it in the keyring (service {}, account {})",
            setting.label,
            setting.env.unwrap_or_default(),
            setting.flag,
            self.keyring.service(),
            account(self.profile, item),
        )
    }
}
