//! `oc-acuity doctor [ID]`: the event path checked step by step.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::IdArg;
use super::webhook::AcuityArgs;
use crate::app::Context;
use crate::app::doctor::{self, DoctorRequest};
use crate::error::exit;
use crate::report::Reporter;
use crate::settings::Id;

#[derive(Debug, Args)]
#[command(after_long_help = DOCTOR_EXAMPLES)]
pub struct DoctorArgs {
    #[command(flatten)]
    pub id: IdArg,
    /// Also POST a signed sample event to the event callback URL and report its answer
    #[arg(long)]
    pub send_test: bool,
    #[arg(long, value_name = "PATH|-", help = Id::SignatureKey.setting()
        .help_with("Sign the sample event with the key in PATH, or -"))]
    pub signature_key_file: Option<PathBuf>,
    #[command(flatten)]
    pub acuity: AcuityArgs,
}

const DOCTOR_EXAMPLES: &str = "\
Examples:
  # Check the stored instance's event path, step by step:
  oc-acuity doctor

  # Also send a signed sample event to the event callback URL:
  oc-acuity doctor --send-test --signature-key-file signature.key

  # The same path in the sandbox, no account needed:
  oc-acuity --sandbox doctor";

/// Exit 0 only when every step holds.
pub async fn run(ctx: &Context, reporter: Reporter, args: DoctorArgs) -> anyhow::Result<ExitCode> {
    let request = DoctorRequest {
        id: args.id.id,
        send_test: args.send_test,
        signature_key_file: args.signature_key_file,
        access: args.acuity.into(),
    };
    let diagnosis = doctor::diagnose(ctx, request).await?;
    reporter.print(&diagnosis)?;
    Ok(if diagnosis.healthy {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(exit::FAILURE)
    })
}
