use std::process::ExitCode;

use clap::Parser;
use oc_acuity::cli::{self, Cli};
use oc_acuity::error::{CliError, exit_code_for};
use oc_acuity::output;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = tokio::select! {
        result = cli::run(cli) => result,
        _ = tokio::signal::ctrl_c() => Err(CliError::Interrupted.into()),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            output::error(format!("{error:#}"));
            exit_code_for(&error)
        }
    }
}
