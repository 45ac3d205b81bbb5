//! `oc-acuity completions SHELL`: the shell completion script on stdout.
//!
//! The scripts are clap_complete's static ones, with two repairs of our own where its
//! generators fall short for this command tree (both still open upstream):
//! - bash: for a binary name with a hyphen, the states the script computes
//!   (`oc__acuity__subcmd__instance`) and its case labels (`oc__subcmd__acuity__subcmd__instance`)
//!   differ, so nothing past the first word completed (clap-rs/clap #6421, #6529). The labels
//!   are renamed to the states.
//! - fish: positional values (`config set KEY`, `completions SHELL`) are not offered; a line
//!   per such argument is added.

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::Args;
use clap_complete::Shell;

use crate::report;

/// The name users type, and the name the scripts complete.
const BIN: &str = "oc-acuity";

#[derive(Debug, Args)]
#[command(after_long_help = "\
Examples:
  # bash:
  oc-acuity completions bash > ~/.local/share/bash-completion/completions/oc-acuity

  # zsh (with fpath+=~/.zfunc before compinit in ~/.zshrc):
  oc-acuity completions zsh > ~/.zfunc/_oc-acuity

  # fish:
  oc-acuity completions fish > ~/.config/fish/completions/oc-acuity.fish")]
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
    clap_complete::generate(shell, &mut cli, BIN, &mut out);
    let script = String::from_utf8(out).expect("completion scripts are UTF-8");
    match shell {
        Shell::Bash => bash_labels_match_states(&script),
        Shell::Fish => {
            let mut script = script;
            fish_positional_values(&cli, &[], &mut script);
            script
        }
        _ => script,
    }
}

/// Renames bash case labels to the states the script computes (see the module's doc).
fn bash_labels_match_states(script: &str) -> String {
    let state = BIN.replace('-', "__");
    let wrong = BIN.replace('-', "__subcmd__");
    script
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with(&wrong) && trimmed.ends_with(')') {
                line.replacen(&wrong, &state, 1)
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Adds, for each positional argument with a fixed set of values under the subcommand
/// path `path`, a fish line offering those values until one of them is on the line.
fn fish_positional_values(command: &clap::Command, path: &[&str], out: &mut String) {
    let fish_fn = format!("__fish_{}", BIN.replace('-', "_"));
    if let Some((first, rest)) = path.split_first() {
        for arg in command.get_positionals() {
            let values: Vec<_> = arg
                .get_possible_values()
                .into_iter()
                .filter(|v| !v.is_hide_set())
                .collect();
            if values.is_empty() {
                continue;
            }
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            let mut condition = format!("{fish_fn}_using_subcommand {first}");
            for sub in rest {
                let _ = write!(condition, "; and __fish_seen_subcommand_from {sub}");
            }
            let _ = write!(
                condition,
                "; and not __fish_seen_subcommand_from {}",
                names.join(" ")
            );
            for value in values {
                let help = value
                    .get_help()
                    .map(|h| format!(" -d '{}'", fish_quoted(&h.to_string())))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "complete -c {BIN} -n \"{condition}\" -f -a \"{}\"{help}",
                    value.get_name()
                );
            }
        }
    }
    for sub in command.get_subcommands() {
        let mut deeper = path.to_vec();
        deeper.push(sub.get_name());
        fish_positional_values(sub, &deeper, out);
    }
}

/// Text inside fish single quotes.
fn fish_quoted(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\'', "\\'")
}
