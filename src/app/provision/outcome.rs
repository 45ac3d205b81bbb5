//! What a provisioning run ends with, for the report layer to print.

use serde::Serialize;

use crate::settings::config::ProfileSettings;
use crate::term::interrupt::Critical;

/// Where the id and token ended up (`stored` in `--json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stored {
    /// The OS keyring: survives this run.
    Keyring,
    /// The in-memory store of a sandbox run without an OS keyring.
    Memory,
    /// Not stored (`--no-store`, or storing failed).
    None,
}

/// The created instance, with the contract's keys (`instance create --json`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    pub id: u64,
    pub name: String,
    pub element: &'static str,
    pub events_enabled: bool,
    pub event_callback_url: Option<String>,
    pub webhook_url: String,
    pub tags: Vec<String>,
    pub stored: Stored,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// How the instance came to be.
    pub action: Action,
    /// The instance the profile held before, whose token this run replaced (`--replace`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaced: Option<Replaced>,
}

/// How the instance of a provisioning run came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Made by this run.
    Created,
    /// Made by this run, whose answer was lost: found again by its name.
    Recovered,
    /// An existing instance adopted (`--if-exists reuse`).
    Reused,
    /// An existing instance authorized again (`--if-exists reauth`).
    Reauthorized,
}

/// A stored instance whose keyring entries this run overwrote: its token is handed over
/// so that it is never lost unseen.
#[derive(Debug, Serialize)]
pub struct Replaced {
    /// As the keyring holds it; in JSON a number, as every other instance id (a stored
    /// value that is not one stays as it is).
    #[serde(serialize_with = "number_if_it_is")]
    pub id: String,
    pub token: Option<String>,
}

fn number_if_it_is<S: serde::Serializer>(id: &str, serializer: S) -> Result<S::Ok, S::Error> {
    match id.parse::<u64>() {
        Ok(number) => serializer.serialize_u64(number),
        Err(_) => serializer.serialize_str(id),
    }
}

/// What a create ended with. Holds Ctrl-C back until it is dropped, so that the token is
/// printed or stored before the run can be interrupted.
pub struct Provisioned {
    pub created: Created,
    /// Why the id and token could not be stored (exit 5), with how to store them later.
    pub store_problem: Option<String>,
    /// The keyring service and profile the id and token went to, for the next steps.
    pub keyring_service: String,
    pub profile: String,
    /// The command line that runs the tool as this run was run, for the next steps
    /// (`oc-acuity --sandbox`; see `Context::invocation`).
    pub invocation: String,
    /// What must serve before a webhook is registered ([`Context::serving_first`]).
    ///
    /// [`Context::serving_first`]: crate::app::context::Context::serving_first
    pub serving_first: Option<&'static str>,
    pub(super) _critical: Critical,
}

/// What `auth` did: the instance, and the settings to save once it is reported.
pub struct LoggedIn {
    pub provisioned: Provisioned,
    pub to_save: ProfileSettings,
}
