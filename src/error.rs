//! The few error kinds that callers branch on or that change the exit code.
//! Everything else travels as `anyhow::Error` with context and exits 1.

/// An error whose kind decides the exit code (see the README's "Exit codes").
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad input or usage; nothing was sent. Exit 2.
    #[error("{0}")]
    Usage(String),
    /// Credentials missing or rejected by the platform (401/403). Exit 4.
    #[error("{0}")]
    Credentials(String),
    /// A create was sent and no answer could be read, nor the instance found. Exit 3.
    #[error("{0}")]
    OutcomeUnknown(String),
    /// stdout's reader went away (`| head`): the run ends quietly, exit 0, as ripgrep's
    /// does; nothing is said (there is no one to read it).
    #[error("stdout was closed")]
    StdoutClosed,
    /// The user pressed Ctrl-C (or the run got SIGTERM or SIGHUP). Exit 130 (143, 129).
    #[error("interrupted")]
    Interrupted(Signal),
}

impl CliError {
    /// Shorthand for a usage error built from anything printable.
    pub fn usage(message: impl Into<String>) -> anyhow::Error {
        CliError::Usage(message.into()).into()
    }
}

/// The signals that end a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// Ctrl-C.
    Interrupt,
    /// `kill`, `timeout`, a CI cancellation.
    Terminate,
    /// The terminal went away.
    Hangup,
}

impl Signal {
    /// 128 + the signal's number, as shells report it.
    pub fn exit_code(self) -> u8 {
        match self {
            Signal::Interrupt => exit::INTERRUPTED,
            Signal::Terminate => 143,
            Signal::Hangup => 129,
        }
    }
}

/// Exit codes of the product contract.
pub mod exit {
    pub const FAILURE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const OUTCOME_UNKNOWN: u8 = 3;
    pub const CREDENTIALS: u8 = 4;
    pub const NOT_STORED: u8 = 5;
    pub const INTERRUPTED: u8 = 130;
}

/// Each exit code and what it means: the man pages' EXIT STATUS, and the README's "Exit
/// codes" table, which a test holds to these words.
pub const EXIT_CODES: [(u8, &str); 7] = [
    (0, "success"),
    (
        exit::FAILURE,
        "a failure not listed below (platform 4xx/5xx other than 401/403, network; an instance \
         of that name exists with `--if-exists fail`; `doctor` found a step that does not hold)",
    ),
    (
        exit::USAGE,
        "bad input or usage, including a missing secret or setting; nothing was sent",
    ),
    (
        exit::OUTCOME_UNKNOWN,
        "outcome unknown: a create was sent and no answer could be read, nor the instance found \
         afterwards (the message gives the command that checks)",
    ),
    (
        exit::CREDENTIALS,
        "credentials rejected by the platform (401/403), or stored credentials unusable (`auth \
         status`, `instance token`); the message says where each secret came from",
    ),
    (
        exit::NOT_STORED,
        "the instance was created but could not be stored: id and token are on stdout, stderr \
         says how to store them",
    ),
    (
        exit::INTERRUPTED,
        "interrupted (Ctrl-C; 143 for SIGTERM, 129 for SIGHUP); while an instance is being \
         created, signals wait until its token is printed or stored, so it is never lost",
    ),
];
