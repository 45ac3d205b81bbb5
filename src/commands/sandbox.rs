//! `oc-acuity sandbox`: serve the emulator (until Ctrl-C, or in the background), stop it,
//! make its Acuity book an appointment, or empty its state.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use crate::app::{Context, sandbox};
use crate::error::exit;
use crate::report::{Reporter, Scalar};
use crate::term::{interrupt, output};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, after_long_help = SANDBOX_EXAMPLES)]
pub struct SandboxArgs {
    #[command(subcommand)]
    pub command: Option<SandboxCommand>,

    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(
        long,
        value_name = "N",
        default_value_t = 8484,
        allow_negative_numbers = true
    )]
    pub port: u16,

    /// Serve in the background and return (stop it with `oc-acuity sandbox stop`)
    #[arg(long, short = 'd')]
    pub background: bool,

    #[command(flatten)]
    pub not_here: NotHere,
}

/// Global options that mean nothing to the sandbox itself: kept out of `sandbox --help`
/// (an argument of the same id stops clap from propagating the global one here), and
/// refused when given after `sandbox`.
#[derive(Debug, Args)]
pub struct NotHere {
    /// Refused here: `oc-acuity sandbox` is the sandbox
    #[arg(long, hide = true)]
    sandbox: bool,
    /// Refused here: the sandbox takes any secret
    #[arg(long, hide = true, value_name = "PATH|-")]
    user_secret_file: Option<std::path::PathBuf>,
    /// Refused here: the sandbox takes any secret
    #[arg(long, hide = true, value_name = "PATH|-")]
    org_secret_file: Option<std::path::PathBuf>,
    /// Refused here: the sandbox has its own API root
    #[arg(long, hide = true, value_name = "URL")]
    base_url: Option<String>,
}

impl NotHere {
    fn refuse(&self) -> anyhow::Result<()> {
        let given = [
            ("--sandbox", self.sandbox),
            ("--user-secret-file", self.user_secret_file.is_some()),
            ("--org-secret-file", self.org_secret_file.is_some()),
            ("--base-url", self.base_url.is_some()),
        ];
        match given.iter().find(|(_, given)| *given) {
            Some((flag, _)) => Err(crate::error::CliError::usage(format!(
                "{flag} means nothing to `oc-acuity sandbox`, which is the sandbox"
            ))),
            None => Ok(()),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Stop the sandbox serving in the background
    #[command(after_long_help = STOP_EXAMPLES)]
    Stop,
    /// Something happens at the sandbox's Acuity: Acuity's webhooks fire
    #[command(after_long_help = BOOK_EXAMPLES)]
    Book(BookArgs),
    /// Forget every sandbox instance and webhook (the state file)
    #[command(after_long_help = RESET_EXAMPLES)]
    Reset(ResetArgs),
}

const SANDBOX_EXAMPLES: &str = "\
Examples:
  # Serve the emulator until Ctrl-C; other terminals use it with --sandbox:
  oc-acuity sandbox

  # Serve it in the background, on a free port:
  oc-acuity sandbox --background --port 0";

const STOP_EXAMPLES: &str = "\
Examples:
  # Stop the sandbox serving in the background:
  oc-acuity sandbox stop";

const BOOK_EXAMPLES: &str = "\
Examples:
  # With a sandbox serving (sandbox --background), an appointment is booked: webhooks fire:
  oc-acuity sandbox book

  # A cancellation, the deliveries as JSON:
  oc-acuity --json sandbox book --action canceled";

const RESET_EXAMPLES: &str = "\
Examples:
  # Forget every sandbox instance and webhook, asking first:
  oc-acuity sandbox reset

  # In a script, no question:
  oc-acuity --no-input sandbox reset --yes";

#[derive(Debug, Args)]
pub struct BookArgs {
    /// What happens
    #[arg(long, value_name = "ACTION", default_value = "scheduled",
          value_parser = ["scheduled", "rescheduled", "canceled", "changed", "order.completed"])]
    pub action: String,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Do not ask for confirmation (required with --no-input)
    #[arg(long, short)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, reporter: Reporter, args: SandboxArgs) -> anyhow::Result<ExitCode> {
    args.not_here.refuse()?;
    match args.command {
        None if args.background => {
            let serving = sandbox::serve_in_background(args.port).await?;
            reporter.print(&serving)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let (_sandbox, _announced, serving) = sandbox::serve(args.port).await?;
            reporter.print(&serving)?;
            interrupt::serving();
            std::future::pending::<()>().await;
            unreachable!("pending never resolves; a signal ends the process")
        }
        Some(SandboxCommand::Stop) => match sandbox::stop().await? {
            Some(pid) => {
                reporter.print(&Scalar {
                    key: "stopped",
                    value: Some(pid.to_string()),
                    shown: false,
                })?;
                output::info(format!("Stopped the sandbox (pid {pid})."));
                Ok(ExitCode::SUCCESS)
            }
            // Nothing to stop is what was asked for: no failure, as stopping a stopped
            // service is not (a script's `trap '... sandbox stop' EXIT` stays quiet).
            None => {
                reporter.print(&Scalar {
                    key: "stopped",
                    value: None,
                    shown: false,
                })?;
                output::info("No sandbox is serving (nothing to stop).");
                Ok(ExitCode::SUCCESS)
            }
        },
        Some(SandboxCommand::Book(book)) => {
            let booked = sandbox::book(ctx, &book.action).await?;
            reporter.print(&booked)?;
            // Exit 1 when the event reached no one: a script waiting for it would wait forever.
            // The hints act on the sandbox, as `sandbox book` does.
            let sandbox = format!("{} --sandbox", ctx.invocation());
            match (booked.deliveries.len(), booked.arrived()) {
                (0, _) => anyhow::bail!(
                    "no webhook fired: none is registered for {}; run `{sandbox} webhook register` \
                     first",
                    booked.action
                ),
                (fired, 0) => anyhow::bail!(
                    "{fired} webhook(s) fired and no delivery arrived (see above); `{sandbox} \
                     doctor` checks the path"
                ),
                _ => Ok(ExitCode::SUCCESS),
            }
        }
        Some(SandboxCommand::Reset(reset)) => match sandbox::reset(ctx, reset.yes).await? {
            Some(path) => {
                reporter.print(&Scalar {
                    key: "reset",
                    value: Some(path.display().to_string()),
                    shown: false,
                })?;
                output::info(format!("Emptied the sandbox state ({}).", path.display()));
                Ok(ExitCode::SUCCESS)
            }
            None => {
                output::info("Nothing was changed.");
                Ok(ExitCode::from(exit::FAILURE))
            }
        },
    }
}
