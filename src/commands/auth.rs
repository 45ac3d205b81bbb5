//! `oc-acuity auth`: the interactive login, `auth status` and `auth logout`.

use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{ProvisionArgs, report_provisioned};
use crate::app::{Context, provision, status};
use crate::error::exit;
use crate::report::Reporter;
use crate::term::output;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, after_long_help = AUTH_EXAMPLES)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: Option<AuthCommand>,

    #[command(flatten)]
    pub login: LoginArgs,
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Where each credential comes from, and whether the stored instance works
    #[command(after_long_help = STATUS_EXAMPLES)]
    Status,
    /// Remove the profile's keyring entries and saved settings
    #[command(after_long_help = LOGOUT_EXAMPLES)]
    Logout(LogoutArgs),
}

const STATUS_EXAMPLES: &str = "\
Examples:
  # Where each credential comes from, and whether the stored instance answers:
  oc-acuity auth status

  # The same for the profile staging, as JSON:
  oc-acuity --profile staging --json auth status";

const LOGOUT_EXAMPLES: &str = "\
Examples:
  # Forget the profile's keyring entries and saved settings, asking first:
  oc-acuity auth logout

  # In a script: also delete the instance on the platform, no question:
  oc-acuity --no-input auth logout --yes --delete-instance";

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Name of the new instance [default: asked; "Acuity Scheduling (<profile>)"]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    #[command(flatten)]
    pub provision: ProvisionArgs,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Do not ask for confirmation (required with --no-input)
    #[arg(long, short)]
    pub yes: bool,

    /// Also delete the instance on the platform
    #[arg(long)]
    pub delete_instance: bool,
}

const AUTH_EXAMPLES: &str = "\
Examples:
  # Log in against the built-in sandbox (no account needed):
  oc-acuity --sandbox auth

  # Log in for real; asks for whatever flags, env, keyring and config do not give:
  oc-acuity auth --callback-url http://127.0.0.1:8765/callback

  # On a machine without a browser: print the URL, paste back where Acuity sent you:
  oc-acuity auth --no-browser --callback-url https://app.example.com/oauth/acuity";

pub async fn run(ctx: &Context, reporter: Reporter, args: AuthArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        None => {
            let request = provision::LoginRequest {
                name: args.login.name,
                provision: args.login.provision.into(),
            };
            let logged_in = provision::login(ctx, request).await?;
            let code = report_provisioned(reporter, &logged_in.provisioned)?;
            // The instance is in hand: a config file that cannot be written is worth a
            // warning, not a failure (which would hide exit 5, or turn 0 into 1).
            match provision::save_settings(ctx, logged_in.to_save).await {
                Ok(Some(path)) => output::info(format!(
                    "Saved the profile's settings (no secrets) to {}.",
                    path.display()
                )),
                Ok(None) => {}
                Err(e) => output::warn(format!(
                    "the profile's settings could not be saved ({e:#}); pass them as flags next time"
                )),
            }
            Ok(code)
        }
        Some(AuthCommand::Status) => {
            let status = status::status(ctx).await?;
            reporter.print(&status)?;
            Ok(if status.usable {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(exit::CREDENTIALS)
            })
        }
        Some(AuthCommand::Logout(args)) => {
            match status::logout(ctx, args.yes, args.delete_instance).await? {
                Some(logged_out) => {
                    reporter.print(&logged_out)?;
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    output::info("Nothing was changed.");
                    Ok(ExitCode::from(exit::FAILURE))
                }
            }
        }
    }
}
