//! `oc-acuity completions SHELL`: the shell completion script on stdout.

use std::process::ExitCode;

use clap::Args;
use clap_complete::Shell;

use crate::report;

#[derive(Debug, Args)]
#[command(after_long_help = "\
Install, e.g.:
  bash: oc-acuity completions bash > ~/.local/share/bash-completion/completions/oc-acuity
  zsh:  oc-acuity completions zsh > ~/.zfunc/_oc-acuity   (with fpath+=~/.zfunc before compinit)
  fish: oc-acuity completions fish > ~/.config/fish/completions/oc-acuity.fish")]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Prints the script for the command tree `cli`.
pub fn run(cli: clap::Command, args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    report::raw(&script(cli, args.shell))?;
    Ok(ExitCode::SUCCESS)
}

/// The completion script for `shell`, as committed under `completions/`.
pub fn script(mut cli: clap::Command, shell: Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cli, "oc-acuity", &mut out);
    String::from_utf8(out).expect("completion scripts are UTF-8")
}
