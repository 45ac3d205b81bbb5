//! `oc-acuity instance ...`: create (the scriptable provisioning), list, show, delete,
//! token, and events enable/disable.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{IdArg, ProvisionArgs, report_provisioned};
use crate::app::instances::{self, EventsChange, ListFilter};
use crate::app::{Context, provision};
use crate::error::exit;
use crate::report::{Reporter, Scalar};
use crate::settings::Id;
use crate::term::output;

#[derive(Debug, Subcommand)]
pub enum InstanceCommand {
    /// Create an Acuity Scheduling instance from an OAuth grant code (scriptable)
    Create(Box<CreateArgs>),
    /// List the account's Acuity instances
    #[command(after_long_help = LIST_EXAMPLES)]
    List(ListArgs),
    /// Show one instance
    #[command(after_long_help = SHOW_EXAMPLES)]
    Show(IdArg),
    /// Authorize an instance again (the OAuth flow), keeping its id and Webhook URL
    #[command(after_long_help = REAUTH_EXAMPLES)]
    Reauth(Box<ReauthArgs>),
    /// Change an instance's name, tags or event settings (sends only what changes)
    #[command(after_long_help = UPDATE_EXAMPLES)]
    Update(UpdateArgs),
    /// Delete an instance on the platform
    #[command(after_long_help = DELETE_EXAMPLES)]
    Delete(DeleteArgs),
    /// Print the stored instance token alone (for $(...))
    #[command(after_long_help = TOKEN_EXAMPLES)]
    Token,
    /// Turn an instance's events on or off
    #[command(subcommand)]
    Events(EventsCommand),
}

const LIST_EXAMPLES: &str = "\
Examples:
  # Every Acuity instance of the account:
  oc-acuity instance list

  # Those tagged prod whose name contains \"acuity\", as JSON:
  oc-acuity --json instance list --tag prod --name acuity";

const SHOW_EXAMPLES: &str = "\
Examples:
  # The profile's stored instance:
  oc-acuity instance show

  # Another one, by id:
  oc-acuity instance show 12345";

const REAUTH_EXAMPLES: &str = "\
Examples:
  # Authorize the stored instance again through the browser:
  oc-acuity instance reauth --callback-url http://127.0.0.1:8765/callback

  # In a script, with the grant code from a file:
  oc-acuity --no-input instance reauth 12345 --code-file code.txt";

const UPDATE_EXAMPLES: &str = "\
Examples:
  # Rename the stored instance and replace its tags:
  oc-acuity instance update --name acuity-prod --tag prod --tag eu

  # Deliver its events elsewhere (turns them on):
  oc-acuity instance update 12345 --event-callback-url https://app.example.com/events";

const DELETE_EXAMPLES: &str = "\
Examples:
  # Delete an instance, asking first:
  oc-acuity instance delete 12345

  # In a script, no question:
  oc-acuity --no-input instance delete 12345 --yes";

const TOKEN_EXAMPLES: &str = "\
Examples:
  # The stored instance's token alone, for a script (it is a secret):
  oc-acuity instance token

  # The profile staging's token, into a file:
  oc-acuity --profile staging instance token > token.txt";

const ENABLE_EXAMPLES: &str = "\
Examples:
  # Turn the stored instance's events on, delivered to this URL:
  oc-acuity instance events enable --event-callback-url https://app.example.com/events

  # Turn them on again for an instance, to the URL it had:
  oc-acuity instance events enable 12345";

const DISABLE_EXAMPLES: &str = "\
Examples:
  # Turn the stored instance's events off:
  oc-acuity instance events disable

  # Or those of an instance, by id:
  oc-acuity instance events disable 12345";

#[derive(Debug, Args)]
#[command(after_long_help = CREATE_EXAMPLES)]
pub struct CreateArgs {
    /// Name of the new instance
    #[arg(long, value_name = "NAME")]
    pub name: String,

    /// The OAuth grant code Acuity sent to the redirect URI; without it (and without
    /// --code-file) the browser login runs, when prompts are allowed
    #[arg(long, value_name = "CODE", conflicts_with = "code_file")]
    pub code: Option<String>,

    /// Read the grant code from PATH, or - for stdin
    #[arg(long, value_name = "PATH|-")]
    pub code_file: Option<PathBuf>,

    /// Do not store the id and token in the keyring; print the token instead
    #[arg(long)]
    pub no_store: bool,

    #[command(flatten)]
    pub provision: ProvisionArgs,
}

const CREATE_EXAMPLES: &str = "\
Examples:
  # Try it without an account, through the built-in sandbox:
  oc-acuity --sandbox instance create --name demo --code demo-code \\
      --event-callback-url https://example.com/acuity-events

  # In CI, secrets from the environment, JSON out:
  OC_ACUITY_USER_SECRET=... OC_ACUITY_ORG_SECRET=... OC_ACUITY_CLIENT_SECRET=... \\
  oc-acuity instance create --no-input --json --name acuity-prod --code-file code.txt \\
      --client-id \"$CLIENT_ID\" --callback-url https://app.example.com/oauth/acuity \\
      --event-callback-url https://app.example.com/events --tag prod";

#[derive(Debug, Args)]
pub struct ReauthArgs {
    #[command(flatten)]
    pub id: IdArg,

    /// The new OAuth grant code; without it (and without --code-file) the browser login
    /// runs, when prompts are allowed
    #[arg(long, value_name = "CODE", conflicts_with = "code_file")]
    pub code: Option<String>,

    /// Read the grant code from PATH, or - for stdin
    #[arg(long, value_name = "PATH|-")]
    pub code_file: Option<PathBuf>,

    #[command(flatten)]
    pub provision: ProvisionArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// A new name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The new tags, replacing the old ones (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Where the platform POSTs events (turns events on)
    #[arg(long, value_name = "URL", conflicts_with = "no_events")]
    pub event_callback_url: Option<String>,
    /// Set the event signature key from PATH, or -
    #[arg(long, value_name = "PATH|-", conflicts_with = "no_events")]
    pub signature_key_file: Option<PathBuf>,
    /// Turn events on
    #[arg(long, conflicts_with = "no_events")]
    pub events: bool,
    /// Turn events off
    #[arg(long)]
    pub no_events: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only instances with this tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Only instances whose name contains this text (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// Do not ask for confirmation (required with --no-input)
    #[arg(long, short)]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Turn events on, delivered to --event-callback-url
    #[command(after_long_help = ENABLE_EXAMPLES)]
    Enable(EnableArgs),
    /// Turn events off
    #[command(after_long_help = DISABLE_EXAMPLES)]
    Disable(IdArg),
}

#[derive(Debug, Args)]
pub struct EnableArgs {
    #[arg(long, value_name = "URL",
          help = Id::EventCallbackUrl.setting().help_with("Where the platform POSTs events"))]
    pub event_callback_url: Option<String>,
    #[command(flatten)]
    pub id: IdArg,
}

pub async fn run(
    ctx: &Context,
    reporter: Reporter,
    command: InstanceCommand,
) -> anyhow::Result<ExitCode> {
    match command {
        InstanceCommand::Create(args) => {
            let args = *args;
            let request = provision::CreateRequest {
                name: args.name,
                code: args.code,
                code_file: args.code_file,
                no_store: args.no_store,
                provision: args.provision.into(),
            };
            let provisioned = provision::create(ctx, request).await?;
            report_provisioned(reporter, &provisioned)
        }
        InstanceCommand::Reauth(args) => {
            let args = *args;
            let request = provision::ReauthRequest {
                id: args.id.id,
                code: args.code,
                code_file: args.code_file,
                provision: args.provision.into(),
            };
            let provisioned = provision::reauth(ctx, request).await?;
            report_provisioned(reporter, &provisioned)
        }
        InstanceCommand::Update(args) => {
            let request = instances::UpdateRequest {
                id: args.id.id,
                name: args.name,
                tags: args.tags,
                event_callback_url: args.event_callback_url,
                signature_key_file: args.signature_key_file,
                events: match (args.events, args.no_events) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
            };
            reporter.print(&instances::update(ctx, request).await?)?;
            Ok(ExitCode::SUCCESS)
        }
        InstanceCommand::List(args) => {
            let filter = ListFilter {
                tag: args.tag,
                name: args.name,
            };
            let mut listing = instances::list(ctx, filter).await?;
            let mut stream = reporter.stream::<instances::Shown>();
            while let Some(page) = listing.next_page().await? {
                stream.page(&page)?;
            }
            stream.finish()?;
            Ok(ExitCode::SUCCESS)
        }
        InstanceCommand::Show(id) => {
            reporter.print(&instances::show(ctx, id.id).await?)?;
            Ok(ExitCode::SUCCESS)
        }
        InstanceCommand::Delete(args) => {
            match instances::delete(ctx, args.id.id, args.yes).await? {
                Some(deleted) => {
                    reporter.print(&deleted)?;
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    output::info("Nothing was deleted.");
                    Ok(ExitCode::from(exit::FAILURE))
                }
            }
        }
        InstanceCommand::Token => {
            let token = instances::token(ctx).await?;
            reporter.print(&Scalar::new("token", instances::reveal(&token)))?;
            Ok(ExitCode::SUCCESS)
        }
        InstanceCommand::Events(command) => {
            let (id, change) = match command {
                EventsCommand::Disable(id) => (id.id, EventsChange::Disable),
                EventsCommand::Enable(args) => (
                    args.id.id,
                    EventsChange::Enable {
                        event_callback_url: args.event_callback_url,
                    },
                ),
            };
            reporter.print(&instances::set_events(ctx, id, change).await?)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
