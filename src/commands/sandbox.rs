//! `oc-acuity sandbox`: serve the emulator until Ctrl-C.

use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use crate::context::Context;
use crate::error::CliError;
use crate::output;
use crate::sandbox::{Sandbox, default_state_path};

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, value_name = "N", default_value_t = 8484)]
    pub port: u16,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Serving {
    api_root: String,
    acuity_root: String,
    state_file: String,
}

/// Serves until interrupted (exit 130, as any Ctrl-C).
pub async fn run(ctx: &Context, args: SandboxArgs) -> anyhow::Result<ExitCode> {
    if ctx.sandbox {
        return Err(CliError::usage(
            "`oc-acuity sandbox` is the sandbox: drop --sandbox",
        ));
    }
    let sandbox = Sandbox::start(args.port, default_state_path()?).await?;
    let serving = Serving {
        api_root: sandbox.api_root().into(),
        acuity_root: sandbox.acuity_root().into(),
        state_file: sandbox.state_path().display().to_string(),
    };
    if ctx.json {
        output::json(&serving)?;
    } else {
        println!("{}", serving.api_root);
        output::info(format!(
            "Sandbox serving the platform API at {} and Acuity at {}\nState: {}\n\
             Use it from another shell with --base-url {} (any secrets are accepted). Ctrl-C stops it.",
            serving.api_root, serving.acuity_root, serving.state_file, serving.api_root
        ));
    }
    std::future::pending::<()>().await;
    unreachable!("pending never resolves; Ctrl-C ends the process")
}
