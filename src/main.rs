use std::process::ExitCode;
use std::time::Duration;

use oc_acuity::cli::{self, exit_code_for};
use oc_acuity::error::CliError;
use oc_acuity::term::interrupt::{self, Signals, TerminalGuard};
use oc_acuity::term::output;

fn main() -> ExitCode {
    let cli = match cli::parse_args() {
        Ok(cli) => cli,
        Err(error) => {
            output::error(format!("{error:#}"));
            return exit_code_for(&error);
        }
    };
    let terminal = TerminalGuard::capture();
    // One thread: a command makes a few requests in turn, and worker threads cost more to
    // start and to wake than they save (`instance list`, empty account: 27 context switches
    // against 0 for `--version`; BENCHMARKS.md). Blocking work has its own threads
    // (`spawn_blocking` for prompts, a thread per keyring call).
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            output::error(format!("could not start the async runtime: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        let mut signals = match Signals::new() {
            Ok(signals) => signals,
            Err(e) => return Err(anyhow::anyhow!("could not listen for signals: {e}")),
        };
        let run = cli::run(cli);
        tokio::pin!(run);
        loop {
            tokio::select! {
                result = &mut run => break result,
                signal = signals.recv() => {
                    if !interrupt::in_critical_section() {
                        break Err(CliError::Interrupted(signal).into());
                    }
                    output::warn("the instance is being created: finishing so that its token is not lost");
                }
            }
        }
    });
    // A prompt may still be blocked on the terminal after a signal: do not wait for it.
    runtime.shutdown_timeout(Duration::from_millis(100));
    terminal.restore();
    match result {
        Ok(code) => code,
        Err(error) => {
            let stopped = matches!(error.downcast_ref(), Some(CliError::Interrupted(_)));
            if matches!(error.downcast_ref(), Some(CliError::StdoutClosed)) {
                // The reader went away (`| head`): end quietly, as ripgrep does.
            } else if stopped && interrupt::is_serving() {
                // The way a server is meant to end: said, not reported as an error.
                output::info("Stopped.");
            } else {
                output::error(format!("{error:#}"));
            }
            exit_code_for(&error)
        }
    }
}
