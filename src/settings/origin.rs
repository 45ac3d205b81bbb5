//! Where a value came from (as cargo's `Definition`): said in `-v` output, in `auth status`
//! and at the start of every error about the value.

use std::fmt;
use std::path::PathBuf;

/// A value (a secret by default) and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T = secrecy::SecretString> {
    pub value: T,
    pub origin: Origin,
}

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A plain value given on the command line.
    Flag(&'static str),
    /// A secret read from a file named by a flag.
    File { flag: &'static str, path: PathBuf },
    /// A secret read from stdin (`--flag -`).
    Stdin { flag: &'static str },
    /// An environment variable.
    Env(&'static str),
    /// The profile's config file, under this key.
    Config(&'static str),
    /// The profile's keyring entry.
    Keyring { service: String, account: String },
    /// A demo value the sandbox fills in.
    SandboxDemo,
    /// Typed at a prompt.
    Prompt,
    /// The built-in default: nothing else gave a value.
    Default,
}

impl Origin {
    /// A short machine-readable name of the kind of origin, for `auth status --json`.
    pub fn kind(&self) -> &'static str {
        match self {
            Origin::Flag(_) => "flag",
            Origin::File { .. } => "file",
            Origin::Stdin { .. } => "stdin",
            Origin::Env(_) => "env",
            Origin::Config(_) => "config",
            Origin::Keyring { .. } => "keyring",
            Origin::SandboxDemo => "sandbox-demo",
            Origin::Prompt => "prompt",
            Origin::Default => "default",
        }
    }

    /// How an error about the value starts: `--client-id`, `OC_ACUITY_CLIENT_ID`,
    /// `client-id in the config file`.
    pub fn prefix(&self) -> String {
        match self {
            Origin::Flag(flag) | Origin::File { flag, .. } => (*flag).to_owned(),
            Origin::Stdin { flag } => format!("{flag} -"),
            Origin::Env(var) => (*var).to_owned(),
            Origin::Config(key) => format!("{key} in the config file"),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Flag(flag) => write!(f, "flag {flag}"),
            Origin::File { flag, path } => write!(f, "file {} ({flag})", path.display()),
            Origin::Stdin { flag } => write!(f, "stdin ({flag} -)"),
            Origin::Env(var) => write!(f, "environment variable {var}"),
            Origin::Config(key) => write!(f, "config file ({key})"),
            Origin::Keyring { service, account } => {
                write!(f, "OS keyring (service {service}, account {account})")
            }
            Origin::SandboxDemo => write!(f, "sandbox demo value"),
            Origin::Prompt => write!(f, "typed at the prompt"),
            Origin::Default => write!(f, "built-in default"),
        }
    }
}
