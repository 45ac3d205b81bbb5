//! `oc-acuity events listen`: a local receiver for the platform's event deliveries
//! (`event.notification.callback.url`), to watch events arrive while developing; `oc-acuity
//! events log`: the platform's record of the events an instance received.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::IdArg;
use crate::app::Context;
use crate::app::events::{self, ListenRequest, LogRequest};
use crate::error::CliError;
use crate::report::{Delivery, Reporter};
use crate::settings::{Id, validate};
use crate::term::output;

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Receive event deliveries on 127.0.0.1 and print each event
    Listen(ListenArgs),
    /// Show the events the platform received from Acuity for the instance, newest first
    Log(LogArgs),
}

#[derive(Debug, Args)]
#[command(after_long_help = LOG_EXAMPLES)]
pub struct LogArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// Show at most N events, the newest
    #[arg(long, value_name = "N", default_value_t = 20, allow_negative_numbers = true,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub limit: u32,
}

const LOG_EXAMPLES: &str = "\
Examples:
  # What the platform received for the stored instance, and what it did with each:
  oc-acuity events log

  # The newest 5 events of instance 12345, as JSON records:
  oc-acuity --json events log 12345 --limit 5

  # In the sandbox, after `oc-acuity --sandbox sandbox book`:
  oc-acuity --sandbox events log";

#[derive(Debug, Args)]
#[command(after_long_help = LISTEN_EXAMPLES)]
pub struct ListenArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(
        long,
        value_name = "N",
        default_value_t = 8485,
        allow_negative_numbers = true
    )]
    pub port: u16,
    #[arg(long, value_name = "PATH|-", help = Id::SignatureKey.setting()
        .help_with("Verify Elements-Webhook-Signature with the key in PATH, or -"))]
    pub signature_key_file: Option<PathBuf>,
    /// Also forward each delivery, unchanged, to this URL (`3000` is
    /// `http://localhost:3000/`, `localhost:3000/hook` is `http://localhost:3000/hook`); a line `<-- [STATUS] POST URL`
    /// says how each forward went. A delivery is acknowledged (200) only when the target
    /// answered 2xx; otherwise the platform is answered 502 and delivers it again later.
    /// That costs: the platform retries a delivery 9 times over about 73 hours, then
    /// deactivates the subscription, so keep the target up.
    #[arg(
        long,
        value_name = "URL|PORT|HOST:PORT/PATH",
        allow_negative_numbers = true
    )]
    pub forward_to: Option<String>,
}

const LISTEN_EXAMPLES: &str = "\
Examples:
  # Print each delivery, its signature checked with the key from the keyring or environment:
  oc-acuity events listen

  # Also forward each, unchanged, to an app on port 3000:
  oc-acuity events listen --forward-to localhost:3000/hook

  # One JSON line per delivery, on a port of its own:
  oc-acuity --json events listen --port 9000";

pub async fn run(
    ctx: &Context,
    reporter: Reporter,
    command: EventsCommand,
) -> anyhow::Result<ExitCode> {
    let args = match command {
        EventsCommand::Listen(args) => args,
        EventsCommand::Log(args) => return log(ctx, reporter, args).await,
    };
    let forward_to = args
        .forward_to
        .as_deref()
        .map(validate::forward_target)
        .transpose()
        .map_err(|e| CliError::usage(format!("--forward-to: {e}")))?;
    let request = ListenRequest {
        port: args.port,
        signature_key_file: args.signature_key_file,
        forward_to: forward_to.map(String::from),
    };
    let print = move |delivery: crate::local::events::Delivery| {
        if let Err(e) = reporter.print(&Delivery(&delivery)) {
            output::warn(format!("could not print a delivery: {e}"));
        }
    };
    events::listen(ctx, request, Box::new(print)).await?;
    Ok(ExitCode::SUCCESS)
}

/// `events log`: the newest events, then on stderr how many more the platform keeps.
async fn log(ctx: &Context, reporter: Reporter, args: LogArgs) -> anyhow::Result<ExitCode> {
    let request = LogRequest {
        id: args.id.id,
        limit: args.limit as usize,
    };
    let log = events::log(ctx, request).await?;
    reporter.print(&log)?;
    Ok(ExitCode::SUCCESS)
}
