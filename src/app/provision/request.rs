//! What a provisioning run is asked to do, as given on the command line.

use std::path::PathBuf;
use std::time::Duration;

/// The provisioning settings `auth` and `instance create` share, as given on the command
/// line (`None`: not given there).
#[derive(Debug, Clone, Default)]
pub struct ProvisionRequest {
    pub client_id: Option<String>,
    pub client_secret_file: Option<PathBuf>,
    pub callback_url: Option<String>,
    pub event_callback_url: Option<String>,
    pub no_events: bool,
    pub signature_key_file: Option<PathBuf>,
    pub tags: Vec<String>,
    pub show_token: bool,
    /// How long to wait for the browser.
    pub timeout: Duration,
    pub no_browser: bool,
    /// What to do when the account already has an instance of that name.
    pub if_exists: IfExists,
    /// Whether the profile may be pointed at a new instance when it holds another.
    pub replace: bool,
}

/// What `--if-exists` says to do when an instance of the name exists: the name is the key
/// that makes a rerun of the same command idempotent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IfExists {
    /// Stop, naming the instance and the choices; nothing is created.
    #[default]
    Fail,
    /// Adopt it: no code needed; its events and tags are brought to what was asked.
    Reuse,
    /// Authorize it again with a new code, keeping its id and Webhook URL.
    Reauth,
}

/// `instance create`: the scriptable provisioning.
#[derive(Debug, Clone, Default)]
pub struct CreateRequest {
    pub name: String,
    pub code: Option<String>,
    pub code_file: Option<PathBuf>,
    pub no_store: bool,
    pub provision: ProvisionRequest,
}

/// `auth`: the interactive login.
#[derive(Debug, Clone, Default)]
pub struct LoginRequest {
    pub name: Option<String>,
    pub provision: ProvisionRequest,
}

/// `instance reauth [ID]`, as given.
#[derive(Debug, Clone, Default)]
pub struct ReauthRequest {
    pub id: Option<u64>,
    pub code: Option<String>,
    pub code_file: Option<PathBuf>,
    pub provision: ProvisionRequest,
}
