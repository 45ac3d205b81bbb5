//! `oc-acuity webhook ...`: the instance's Webhook URL, and its registration at Acuity
//! through Acuity's dynamic webhooks API.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::IdArg;
use crate::api::acuity;
use crate::app::Context;
use crate::app::webhooks::{self, AcuityAccess};
use crate::report::{Reporter, Scalar};
use crate::settings::Id;
use crate::term::output;

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Print the instance's Webhook URL alone (what Acuity must call)
    #[command(after_long_help = URL_EXAMPLES)]
    Url(IdArg),
    /// Register the Webhook URL at Acuity for each event (idempotent)
    #[command(after_long_help = REGISTER_EXAMPLES)]
    Register(RegisterArgs),
    /// List the webhooks registered at Acuity for this instance (or all)
    #[command(after_long_help = WEBHOOK_LIST_EXAMPLES)]
    List(ListArgs),
    /// Remove this instance's webhooks at Acuity
    #[command(after_long_help = REMOVE_EXAMPLES)]
    Remove(RemoveArgs),
}

const URL_EXAMPLES: &str = "\
Examples:
  # The Webhook URL of the stored instance, what Acuity must call:
  oc-acuity webhook url

  # That of another instance:
  oc-acuity webhook url 12345";

const REGISTER_EXAMPLES: &str = "\
Examples:
  # Subscribe the stored instance to Acuity's default events:
  OC_ACUITY_ACUITY_API_KEY=... oc-acuity webhook register --acuity-user-id 1234567

  # Only cancellations, the API key read from a file:
  oc-acuity webhook register --acuity-user-id 1234567 --acuity-api-key-file acuity.key \\
      --event appointment.canceled";

const WEBHOOK_LIST_EXAMPLES: &str = "\
Examples:
  # The webhooks registered at Acuity for the stored instance:
  oc-acuity webhook list --acuity-user-id 1234567

  # Every webhook of the account, each marked current, stale or other:
  oc-acuity webhook list --all";

const REMOVE_EXAMPLES: &str = "\
Examples:
  # Remove the stored instance's webhooks at Acuity:
  oc-acuity webhook remove

  # Remove every webhook whose instance no longer exists:
  oc-acuity webhook remove --stale";

/// How to reach Acuity's API as the account.
#[derive(Debug, Args)]
pub struct AcuityArgs {
    #[arg(long, value_name = "ID", help = Id::AcuityUserId.setting().help())]
    pub acuity_user_id: Option<String>,
    #[arg(long, value_name = "PATH|-", help = Id::AcuityApiKey.setting().help())]
    pub acuity_api_key_file: Option<PathBuf>,
    #[arg(long, value_name = "URL", help = Id::AcuityBaseUrl.setting().help())]
    pub acuity_base_url: Option<String>,
}

impl From<AcuityArgs> for AcuityAccess {
    fn from(args: AcuityArgs) -> Self {
        AcuityAccess {
            user_id: args.acuity_user_id,
            api_key_file: args.acuity_api_key_file,
            base_url: args.acuity_base_url,
        }
    }
}

#[derive(Debug, Args)]
pub struct RegisterArgs {
    #[command(flatten)]
    pub id: IdArg,
    #[arg(long, value_name = "URL", help = Id::WebhookUrl.setting().help())]
    pub url: Option<String>,
    /// An event to subscribe (repeatable) [default: appointment.scheduled,
    /// appointment.rescheduled, appointment.canceled, order.completed]
    #[arg(long = "event", value_name = "EVENT", value_parser = clap::builder::PossibleValuesParser::new(acuity::EVENTS))]
    pub events: Vec<String>,
    #[command(flatten)]
    pub acuity: AcuityArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// Every webhook of the Acuity account, not only this instance's, each marked current,
    /// stale (its instance no longer exists) or other
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub acuity: AcuityArgs,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// Instead: every webhook pointing at an instance that no longer exists
    #[arg(long, conflicts_with = "id")]
    pub stale: bool,
    #[command(flatten)]
    pub acuity: AcuityArgs,
}

pub async fn run(
    ctx: &Context,
    reporter: Reporter,
    command: WebhookCommand,
) -> anyhow::Result<ExitCode> {
    match command {
        WebhookCommand::Url(id) => {
            let target = webhooks::webhook_target(ctx, id.id, None).await?;
            reporter.print(&Scalar::new("webhookUrl", target.webhook_url.clone()))?;
            if let Some(caveat) = target.caveat() {
                output::info(caveat);
            }
        }
        WebhookCommand::Register(args) => {
            let access = args.acuity.into();
            let registered =
                webhooks::register(ctx, args.id.id, args.url, &args.events, &access).await?;
            reporter.print(&registered)?;
        }
        WebhookCommand::List(args) => {
            let listed = webhooks::list(ctx, args.id.id, args.all, &args.acuity.into()).await?;
            reporter.print(&listed)?;
        }
        WebhookCommand::Remove(args) => {
            let removed =
                webhooks::remove(ctx, args.id.id, args.stale, &args.acuity.into()).await?;
            reporter.print(&removed)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
