use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use oc_acuity::cli::{self, Cli};
use oc_acuity::error::{CliError, exit_code_for};
use oc_acuity::term::{interrupt, output};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            output::error(format!("could not start the async runtime: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        let run = cli::run(cli);
        tokio::pin!(run);
        loop {
            tokio::select! {
                result = &mut run => break result,
                _ = tokio::signal::ctrl_c() => {
                    if !interrupt::in_critical_section() {
                        break Err(CliError::Interrupted.into());
                    }
                    output::warn("the instance is being created: finishing so that its token is not lost");
                }
            }
        }
    });
    // A prompt may still be blocked on the terminal after Ctrl-C: do not wait for it.
    runtime.shutdown_timeout(Duration::from_millis(100));
    match result {
        Ok(code) => code,
        Err(error) => {
            output::error(format!("{error:#}"));
            exit_code_for(&error)
        }
    }
}
