//! `oc-acuity completions SHELL`: the shell completion script on stdout.

use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;

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

pub fn run(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    print!("{}", script(args.shell));
    Ok(ExitCode::SUCCESS)
}

/// The completion script for `shell`, as committed under `completions/`.
pub fn script(shell: Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "oc-acuity", &mut out);
    String::from_utf8(out).expect("completion scripts are UTF-8")
}
