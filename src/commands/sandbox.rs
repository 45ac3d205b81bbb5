//! `oc-acuity sandbox`: serve the emulator until Ctrl-C.

use std::process::ExitCode;

use clap::Args;

use crate::app::sandbox;
use crate::report::Reporter;

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, value_name = "N", default_value_t = 8484)]
    pub port: u16,
}

/// Serves until interrupted (exit 130, as any Ctrl-C).
pub async fn run(reporter: Reporter, args: SandboxArgs) -> anyhow::Result<ExitCode> {
    let (_sandbox, serving) = sandbox::serve(args.port).await?;
    reporter.print(&serving)?;
    std::future::pending::<()>().await;
    unreachable!("pending never resolves; Ctrl-C ends the process")
}
