//! One module per command: its clap `Args` and a thin `run` that turns them into the
//! app layer's plain request, calls the app, and hands the typed result to the reporter.

pub mod api;
pub mod auth;
pub mod completions;
pub mod config;
pub mod doctor;
pub mod events;
pub mod instance;
pub mod man;
pub mod sandbox;
pub mod webhook;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;

use crate::app::oauth::DEFAULT_TIMEOUT_SECS;
use crate::app::provision::{IfExists, ProvisionRequest, Provisioned, Stored};
use crate::error::{CliError, exit};
use crate::report::{self, Reporter};
use crate::settings::Id;
use crate::term::output;

/// The `[ID]` argument of the commands that act on one instance.
#[derive(Debug, clap::Args)]
pub struct IdArg {
    /// Instance ID [default: the profile's stored instance]
    #[arg(value_name = "ID")]
    pub id: Option<u64>,
}

/// The provisioning flags `auth` and `instance create` share.
#[derive(Debug, Args)]
pub struct ProvisionArgs {
    #[arg(long, value_name = "ID", help = Id::ClientId.setting().help())]
    pub client_id: Option<String>,

    #[arg(long, value_name = "PATH|-", help = Id::ClientSecret.setting().help())]
    pub client_secret_file: Option<PathBuf>,

    #[arg(long, value_name = "URL", help = Id::CallbackUrl.setting().help())]
    pub callback_url: Option<String>,

    #[arg(long, value_name = "URL", conflicts_with = "no_events",
          help = Id::EventCallbackUrl.setting().help())]
    event_callback_url: Option<String>,

    /// Create the instance with events off
    #[arg(long)]
    pub no_events: bool,

    #[arg(long, value_name = "PATH|-", conflicts_with = "no_events",
          help = Id::SignatureKey.setting().help())]
    pub signature_key_file: Option<PathBuf>,

    /// Tag the instance (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,

    /// Also print the instance token (it is a secret: mind your logs)
    #[arg(long)]
    pub show_token: bool,

    /// Seconds to wait for the browser to come back from Acuity
    #[arg(long, value_name = "SECONDS", default_value_t = DEFAULT_TIMEOUT_SECS,
          allow_negative_numbers = true, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub timeout: u64,

    /// Do not open a browser; print the authorization URL only
    #[arg(long)]
    pub no_browser: bool,

    /// When an instance of this name exists: stop (fail), adopt it (reuse; no code needed),
    /// or authorize it again (reauth) [default: fail]
    #[arg(long, value_name = "WHAT", value_enum)]
    pub if_exists: Option<IfExistsArg>,

    /// Point the profile at the new instance even when it holds another (whose token is
    /// then printed)
    #[arg(long)]
    pub replace: bool,
}

/// The choices of `--if-exists`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum IfExistsArg {
    /// Stop, naming the instance; nothing is created
    Fail,
    /// Adopt it and bring its events and tags to what was asked
    Reuse,
    /// Authorize it again with a new code, keeping its id and Webhook URL
    Reauth,
}

impl From<ProvisionArgs> for ProvisionRequest {
    fn from(args: ProvisionArgs) -> Self {
        ProvisionRequest {
            client_id: args.client_id,
            client_secret_file: args.client_secret_file,
            callback_url: args.callback_url,
            event_callback_url: args.event_callback_url,
            no_events: args.no_events,
            signature_key_file: args.signature_key_file,
            tags: args.tags,
            show_token: args.show_token,
            timeout: Duration::from_secs(args.timeout),
            no_browser: args.no_browser,
            if_exists: match args.if_exists {
                None | Some(IfExistsArg::Fail) => IfExists::Fail,
                Some(IfExistsArg::Reuse) => IfExists::Reuse,
                Some(IfExistsArg::Reauth) => IfExists::Reauth,
            },
            replace: args.replace,
        }
    }
}

/// Prints a created instance; exit 5 (with how to store id and token later) when it could
/// not be stored. Shared by `auth` and `instance create`.
fn report_provisioned(reporter: Reporter, provisioned: &Provisioned) -> anyhow::Result<ExitCode> {
    let not_stored = report::not_stored(provisioned);
    // Printed there, the token would reach no one: as when stdout is closed.
    if provisioned.created.stored != Stored::Keyring && output::stdout_is_null() {
        output::error(report::token_lost_to_stdout(
            provisioned,
            "stdout is /dev/null",
        ));
        return Ok(ExitCode::from(exit::NOT_STORED));
    }
    match reporter.print(provisioned) {
        // The token is in neither the keyring nor anyone's hands (a closed pipe, a full
        // disk): say how to get it.
        Err(e) if provisioned.created.stored != Stored::Keyring => {
            let why = match e.downcast_ref() {
                Some(CliError::StdoutClosed) => "stdout was closed".to_owned(),
                _ => format!("{e:#}"),
            };
            output::error(report::token_lost_to_stdout(provisioned, &why));
            return Ok(ExitCode::from(exit::NOT_STORED));
        }
        result => result?,
    }
    match not_stored {
        Some(message) => {
            output::error(message);
            Ok(ExitCode::from(exit::NOT_STORED))
        }
        None => Ok(ExitCode::SUCCESS),
    }
}
