//! `oc-acuity sandbox`: serve the emulator until Ctrl-C; `sandbox reset`: empty its state.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use crate::app::{Context, sandbox};
use crate::error::exit;
use crate::report::{Reporter, Scalar};
use crate::term::output;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SandboxArgs {
    #[command(subcommand)]
    pub command: Option<SandboxCommand>,

    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, value_name = "N", default_value_t = 8484)]
    pub port: u16,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Forget every sandbox instance and webhook (the state file)
    Reset(ResetArgs),
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Do not ask for confirmation (required with --no-input)
    #[arg(long, short)]
    pub yes: bool,
}

/// Serves until interrupted (exit 130, as any Ctrl-C), or resets the state.
pub async fn run(ctx: &Context, reporter: Reporter, args: SandboxArgs) -> anyhow::Result<ExitCode> {
    match args.command {
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
        None => {
            let (_sandbox, serving) = sandbox::serve(args.port).await?;
            reporter.print(&serving)?;
            std::future::pending::<()>().await;
            unreachable!("pending never resolves; Ctrl-C ends the process")
        }
    }
}
