//! The command line: global options, the command tree, and dispatch. Clap lives here and
//! in `commands/` only; below them everything takes plain values.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::api::http::ClientOptions;
use crate::app::{Context, Globals};
use crate::commands::{
    api, auth, completions, config, doctor, events, instance, man, sandbox, webhook,
};
use crate::error::{CliError, exit};
use crate::report::Reporter;
use crate::settings::Id;
use crate::term::output;

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
    #[arg(short, long, global = true, value_name = "NAME", help = Id::Profile.setting().help())]
    pub profile: Option<String>,

    #[arg(long, global = true, value_name = "URL", help = Id::BaseUrl.setting().help())]
    pub base_url: Option<String>,

    /// Print one JSON document on stdout and nothing else there
    #[arg(long, global = true)]
    pub json: bool,

    /// Never prompt; a missing value is an error (implied when stdin or stderr is not a terminal)
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Run against the built-in emulator instead of the real services
    #[arg(long, global = true)]
    pub sandbox: bool,

    #[arg(long, global = true, value_name = "PATH|-", help = Id::UserSecret.setting().help())]
    pub user_secret_file: Option<PathBuf>,

    #[arg(long, global = true, value_name = "PATH|-",
          help = Id::OrganizationSecret.setting().help())]
    pub org_secret_file: Option<PathBuf>,

    /// More detail on stderr (requests, timings, sources); repeat for more
    #[arg(short, long, global = true, action = clap::ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Only errors and warnings on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Time limit of each HTTP request, in seconds
    #[arg(long, global = true, value_name = "SECONDS", default_value_t = 30,
          allow_negative_numbers = true, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout: u64,

    /// Retries of idempotent requests (GET, PUT, PATCH, DELETE; never a create) after
    /// connection failures, 429, 502, 503 and 504, honouring Retry-After; also the lookups
    /// again, 1 s, 2 s, 4 s ... apart, for a create whose answer was lost
    #[arg(long, global = true, value_name = "N", default_value_t = 2,
          allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(0..=10))]
    pub retries: u32,
}

impl From<GlobalArgs> for Globals {
    fn from(args: GlobalArgs) -> Self {
        Globals {
            profile: args.profile,
            base_url: args.base_url,
            sandbox: args.sandbox,
            // Prompts read stdin and are shown on stderr: both must be a terminal.
            no_input: args.no_input
                || !std::io::stdin().is_terminal()
                || !std::io::stderr().is_terminal(),
            user_secret_file: args.user_secret_file,
            org_secret_file: args.org_secret_file,
            client_options: ClientOptions {
                request_timeout: Duration::from_secs(args.request_timeout),
                retries: args.retries,
            },
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in: walk the OAuth flow in the browser, create the instance, keep its token
    Auth(Box<auth::AuthArgs>),
    /// Create and manage connector instances
    #[command(subcommand)]
    Instance(instance::InstanceCommand),
    /// The Webhook URL, and its registration at Acuity
    #[command(subcommand)]
    Webhook(webhook::WebhookCommand),
    /// Watch event deliveries arrive locally
    #[command(subcommand)]
    Events(events::EventsCommand),
    /// Check the whole event path, step by step, with the fix for each failing step
    Doctor(doctor::DoctorArgs),
    /// Call any platform API path with the profile's credentials; JSON out
    Api(api::ApiArgs),
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

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let globals = cli.globals;
    output::set_verbosity(if globals.quiet {
        -1
    } else {
        globals.verbose as i8
    });
    let reporter = Reporter { json: globals.json };
    let serving = matches!(&cli.command, Command::Sandbox(args) if args.command.is_none());
    // `--sandbox sandbox book|stop|reset` are fine: they act on the sandbox.
    if globals.sandbox && serving {
        return Err(CliError::usage(
            "`oc-acuity sandbox` is the sandbox: drop --sandbox",
        ));
    }
    // Validated only by the commands that use it: completions and man need no profile,
    // config or keyring.
    let context = move || Context::new(globals.into());
    match cli.command {
        Command::Completions(args) => completions::run(Cli::command(), args),
        Command::Man(args) => man::run(Cli::command(), args),
        Command::Instance(command) => instance::run(&context()?, reporter, command).await,
        Command::Auth(args) => auth::run(&context()?, reporter, *args).await,
        Command::Webhook(command) => webhook::run(&context()?, reporter, command).await,
        Command::Events(command) => events::run(&context()?, reporter, command).await,
        Command::Config(config::ConfigCommand::Path) => config::path(reporter),
        Command::Config(command) => config::run(&context()?, reporter, command).await,
        Command::Doctor(args) => doctor::run(&context()?, reporter, args).await,
        Command::Api(args) => api::run(&context()?, reporter, args).await,
        Command::Sandbox(args) => sandbox::run(&context()?, reporter, args).await,
    }
}

/// Parses the command line. An argument that is not UTF-8 is named (clap says only
/// "invalid UTF-8 was detected in one or more arguments"): a usage error, exit 2.
pub fn parse_args() -> anyhow::Result<Cli> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(problem) = not_utf8(&args) {
        return Err(CliError::usage(problem));
    }
    Ok(Cli::parse_from(args))
}

/// What names the first argument that is not UTF-8: its flag (`--tag VALUE`,
/// `--tag=VALUE`), else its position and the argument before it (`config set base-url
/// VALUE`: after "base-url").
fn not_utf8(args: &[std::ffi::OsString]) -> Option<String> {
    let (at, arg) = args
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, arg)| arg.to_str().is_none())?;
    let lossy = arg.to_string_lossy();
    let flag = match lossy.split_once('=') {
        Some((flag, _)) if flag.starts_with('-') => Some(flag.to_owned()),
        _ => args[at - 1]
            .to_str()
            .filter(|previous| previous.starts_with('-'))
            .map(str::to_owned),
    };
    Some(match flag {
        Some(flag) => format!("{flag}: the value is not UTF-8 text"),
        None => match args[at - 1].to_str().filter(|_| at > 1) {
            Some(previous) => format!("argument {at} (after {previous:?}) is not UTF-8 text"),
            None => format!("argument {at} is not UTF-8 text"),
        },
    })
}

/// Maps an error that reached `main` to its exit code.
pub fn exit_code_for(error: &anyhow::Error) -> ExitCode {
    let code = match error.downcast_ref::<CliError>() {
        Some(CliError::Usage(_)) => exit::USAGE,
        Some(CliError::Credentials(_)) => exit::CREDENTIALS,
        Some(CliError::OutcomeUnknown(_)) => exit::OUTCOME_UNKNOWN,
        Some(CliError::Interrupted(signal)) => signal.exit_code(),
        Some(CliError::StdoutClosed) => 0,
        None => {
            let platform_auth = error
                .downcast_ref::<crate::api::platform::ApiError>()
                .is_some_and(|e| e.is_auth());
            let acuity_auth = error
                .downcast_ref::<crate::api::acuity::AcuityError>()
                .is_some_and(|e| e.is_auth());
            if platform_auth || acuity_auth {
                exit::CREDENTIALS
            } else {
                exit::FAILURE
            }
        }
    };
    ExitCode::from(code)
}

#[cfg(all(test, unix))]
mod utf8_tests {
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;

    use super::not_utf8;

    #[test]
    fn the_argument_that_is_not_utf8_is_named_by_its_flag() {
        let bad = || OsString::from_vec(vec![b'a', 0xff]);
        let args = |list: Vec<OsString>| -> Vec<OsString> {
            std::iter::once(OsString::from("oc-acuity"))
                .chain(list)
                .collect()
        };
        let rows: [(Vec<OsString>, Option<&str>); 5] = [
            (args(vec!["instance".into(), "list".into()]), None),
            (
                args(vec![
                    "instance".into(),
                    "create".into(),
                    "--tag".into(),
                    bad(),
                ]),
                Some("--tag: the value is not UTF-8 text"),
            ),
            (
                args(vec![
                    OsString::from_vec(b"--profile=\xfe".to_vec()),
                    "auth".into(),
                ]),
                Some("--profile: the value is not UTF-8 text"),
            ),
            (args(vec![bad()]), Some("argument 1 is not UTF-8 text")),
            (
                args(vec![
                    "config".into(),
                    "set".into(),
                    "base-url".into(),
                    bad(),
                ]),
                Some("argument 4 (after \"base-url\") is not UTF-8 text"),
            ),
        ];
        for (argv, expected) in rows {
            assert_eq!(not_utf8(&argv).as_deref(), expected, "{argv:?}");
        }
    }
}
