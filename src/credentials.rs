//! Where each secret comes from: a file flag, then the environment, then the profile's
//! keyring entries (product contract, "Where secrets come from"). Secrets are never taken
//! as plain command-line values, and every source is remembered so that `auth status` and
//! error messages can say which one was used without ever showing the value.

use std::cell::RefCell;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use secrecy::SecretString;

use crate::error::CliError;
use crate::keyring::{Item, Keyring, KeyringError, account};

/// The secrets the tool reads (the instance token is only ever written and read back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    User,
    Organization,
    Client,
    SignatureKey,
    AcuityApiKey,
}

impl SecretKind {
    /// What the user calls it.
    pub fn label(self) -> &'static str {
        match self {
            SecretKind::User => "User secret",
            SecretKind::Organization => "Organization secret",
            SecretKind::Client => "Acuity OAuth client secret",
            SecretKind::SignatureKey => "event signature key",
            SecretKind::AcuityApiKey => "Acuity API key",
        }
    }

    /// The flag that reads it from a file (or `-` for stdin).
    pub fn file_flag(self) -> &'static str {
        match self {
            SecretKind::User => "--user-secret-file",
            SecretKind::Organization => "--org-secret-file",
            SecretKind::Client => "--client-secret-file",
            SecretKind::SignatureKey => "--signature-key-file",
            SecretKind::AcuityApiKey => "--acuity-api-key-file",
        }
    }

    /// The environment variable that carries it.
    pub fn env_var(self) -> &'static str {
        match self {
            SecretKind::User => "OC_ACUITY_USER_SECRET",
            SecretKind::Organization => "OC_ACUITY_ORG_SECRET",
            SecretKind::Client => "OC_ACUITY_CLIENT_SECRET",
            SecretKind::SignatureKey => "OC_ACUITY_SIGNATURE_KEY",
            SecretKind::AcuityApiKey => "OC_ACUITY_ACUITY_API_KEY",
        }
    }

    /// Its keyring item.
    pub fn item(self) -> Item {
        match self {
            SecretKind::User => Item::UserSecret,
            SecretKind::Organization => Item::OrganizationSecret,
            SecretKind::Client => Item::ClientSecret,
            SecretKind::SignatureKey => Item::SignatureKey,
            SecretKind::AcuityApiKey => Item::AcuityApiKey,
        }
    }
}

/// Where a secret was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File {
        flag: &'static str,
        path: PathBuf,
    },
    Stdin {
        flag: &'static str,
    },
    Env(&'static str),
    Keyring {
        service: String,
        account: String,
    },
    /// `--sandbox` filled in a demo value.
    SandboxDemo,
    /// Typed at a prompt.
    Prompt,
}

impl Source {
    /// A short machine-readable name of the kind of source, for `auth status --json`.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::File { .. } => "file",
            Source::Stdin { .. } => "stdin",
            Source::Env(_) => "env",
            Source::Keyring { .. } => "keyring",
            Source::SandboxDemo => "sandbox-demo",
            Source::Prompt => "prompt",
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::File { flag, path } => write!(f, "file {} ({flag})", path.display()),
            Source::Stdin { flag } => write!(f, "stdin ({flag} -)"),
            Source::Env(var) => write!(f, "environment variable {var}"),
            Source::Keyring { service, account } => {
                write!(f, "OS keyring (service {service}, account {account})")
            }
            Source::SandboxDemo => write!(f, "sandbox demo value"),
            Source::Prompt => write!(f, "typed at the prompt"),
        }
    }
}

/// A secret and where it came from.
#[derive(Debug, Clone)]
pub struct Found {
    pub value: SecretString,
    pub source: Source,
}

/// Reads a value from a file flag: a path, or `-` for stdin. One trailing newline (`\n` or
/// `\r\n`) is trimmed, so `echo "$X" > file` works; an empty value is an error.
pub fn read_value_file(flag: &'static str, path: &Path) -> anyhow::Result<(SecretString, Source)> {
    let (mut text, source) = if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| CliError::usage(format!("{flag} -: could not read stdin: {e}")))?;
        (text, Source::Stdin { flag })
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| {
            CliError::usage(format!("{flag}: could not read {}: {e}", path.display()))
        })?;
        (
            text,
            Source::File {
                flag,
                path: path.to_owned(),
            },
        )
    };
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    if text.trim().is_empty() {
        let from = match &source {
            Source::Stdin { .. } => "stdin".to_owned(),
            _ => path.display().to_string(),
        };
        return Err(CliError::usage(format!("{flag}: {from} is empty")));
    }
    Ok((SecretString::from(text), source))
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
    if takers.len() > 1 {
        return Err(CliError::usage(format!(
            "{} all ask for stdin (-); only one can read it: use a file for the others",
            takers.join(", ")
        )));
    }
    Ok(())
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
    pub fn find(&self, kind: SecretKind, file: Option<&Path>) -> anyhow::Result<Option<Found>> {
        let found = self.lookup(kind, file)?;
        match &found {
            Some(found) => crate::output::debug(format!("{}: from {}", kind.label(), found.source)),
            None => crate::output::debug(format!("{}: not found", kind.label())),
        }
        Ok(found)
    }

    fn lookup(&self, kind: SecretKind, file: Option<&Path>) -> anyhow::Result<Option<Found>> {
        if let Some(path) = file {
            let (value, source) = read_value_file(kind.file_flag(), path)?;
            return Ok(Some(Found { value, source }));
        }
        if let Some(value) = std::env::var(kind.env_var()).ok().filter(|v| !v.is_empty()) {
            return Ok(Some(Found {
                value: SecretString::from(value),
                source: Source::Env(kind.env_var()),
            }));
        }
        match self.keyring.get(self.profile, kind.item()) {
            Ok(Some(value)) => Ok(Some(Found {
                value,
                source: Source::Keyring {
                    service: self.keyring.service().to_owned(),
                    account: account(self.profile, kind.item()),
                },
            })),
            Ok(None) => Ok(None),
            Err(problem) => {
                *self.keyring_problem.borrow_mut() = Some(problem);
                Ok(None)
            }
        }
    }

    /// "No User secret: ..." with every way to provide it.
    pub fn missing_message(&self, kind: SecretKind) -> String {
        let mut message = format!(
            "no {}: set {}, pass {} PATH (or - for stdin), or store it in the keyring (service {}, account {})",
            kind.label(),
            kind.env_var(),
            kind.file_flag(),
            self.keyring.service(),
            account(self.profile, kind.item()),
        );
        if let Some(problem) = self.keyring_problem.borrow().as_ref() {
            message.push_str(&format!("; the keyring was not readable: {problem}"));
        }
        message
    }
}
