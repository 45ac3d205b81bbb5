//! The command line: global options, the command tree, and dispatch.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::commands::{auth, completions, config, events, instance, man, sandbox, webhook};
use crate::context::Context;

/// Provision SAP Open Connectors instances of the Acuity Scheduling connector, with
/// webhook events, and keep their id and token in the OS keyring.
#[derive(Debug, Parser)]
#[command(
    name = "oc-acuity",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub globals: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]
    #[arg(short, long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Platform API root [env: OC_ACUITY_BASE_URL] [default: the SAP US host]
    #[arg(long, global = true, value_name = "URL")]
    pub base_url: Option<String>,

    /// Print one JSON document on stdout and nothing else there
    #[arg(long, global = true)]
    pub json: bool,

    /// Never prompt; a missing value is an error (implied when stdin is not a terminal)
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Run against the built-in emulator instead of the real services
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Read the User secret from PATH, or - for stdin [env: OC_ACUITY_USER_SECRET]
    #[arg(long, global = true, value_name = "PATH|-")]
    pub user_secret_file: Option<PathBuf>,

    /// Read the Organization secret from PATH, or - for stdin [env: OC_ACUITY_ORG_SECRET]
    #[arg(long, global = true, value_name = "PATH|-")]
    pub org_secret_file: Option<PathBuf>,

    /// More detail on stderr (requests, timings, sources); repeat for more
    #[arg(short, long, global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Only errors and warnings on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Time limit of each HTTP request, in seconds
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout: u64,

    /// Retries of idempotent requests (GET, DELETE) after network errors, 429 and 5xx
    #[arg(long, global = true, value_name = "N", default_value_t = 2,
          value_parser = clap::value_parser!(u32).range(0..=10))]
    pub retries: u32,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in: walk the OAuth flow in the browser, create the instance, keep its token
    Auth(Box<auth::AuthArgs>),
    /// Create and manage connector instances
    #[command(subcommand)]
    Instance(InstanceCommand),
    /// The Webhook URL, and its registration at Acuity
    #[command(subcommand)]
    Webhook(webhook::WebhookCommand),
    /// Watch event deliveries arrive locally
    #[command(subcommand)]
    Events(events::EventsCommand),
    /// Serve the built-in emulator of the platform and Acuity on 127.0.0.1
    Sandbox(sandbox::SandboxArgs),
    /// Show and change the profile's saved settings (no secrets)
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Print the shell completion script
    Completions(completions::CompletionsArgs),
    /// Print or write the man pages
    Man(man::ManArgs),
}

#[derive(Debug, Subcommand)]
pub enum InstanceCommand {
    /// Create an Acuity Scheduling instance from an OAuth grant code (scriptable)
    Create(Box<instance::CreateArgs>),
    /// List the account's Acuity instances
    List(instance::ListArgs),
    /// Show one instance
    Show(crate::commands::IdArg),
    /// Delete an instance on the platform
    Delete(instance::DeleteArgs),
    /// Print the stored instance token alone (for $(...))
    Token,
    /// Turn an instance's events on or off
    #[command(subcommand)]
    Events(instance::EventsCommand),
}

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // Validated only by the commands that use it: completions and man need no profile,
    // config or keyring.
    let globals = cli.globals;
    let context = move || Context::new(globals);
    match cli.command {
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Instance(command) => {
            let ctx = context()?;
            match command {
                InstanceCommand::Create(args) => instance::create(&ctx, *args).await,
                InstanceCommand::List(args) => instance::list(&ctx, args).await,
                InstanceCommand::Show(args) => instance::show(&ctx, args).await,
                InstanceCommand::Delete(args) => instance::delete(&ctx, args).await,
                InstanceCommand::Token => instance::token(&ctx).await,
                InstanceCommand::Events(command) => instance::events(&ctx, command).await,
            }
        }
        Command::Auth(args) => auth::run(&context()?, *args).await,
        Command::Webhook(command) => webhook::run(&context()?, command).await,
        Command::Events(command) => events::run(&context()?, command).await,
        Command::Sandbox(args) => sandbox::run(&context()?, args).await,
        Command::Config(command) => config::run(&context()?, command),
    }
}
