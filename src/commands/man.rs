//! `oc-acuity man`: man pages for the tool and each subcommand (roff).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;
use clap_mangen::Man;
use roff::{Roff, bold, italic, roman};

use crate::error::EXIT_CODES;
use crate::report;
use crate::settings::{FILES, OTHER_ENVIRONMENT, SETTINGS};
use crate::term::output;

#[derive(Debug, Args)]
#[command(after_long_help = MAN_EXAMPLES)]
pub struct ManArgs {
    /// Write oc-acuity.1 and one page per subcommand into DIR (default: print
    /// oc-acuity.1 on stdout)
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

const MAN_EXAMPLES: &str = "\
Examples:
  # Read the main page now:
  oc-acuity man | man -l -

  # Install every page where man finds them:
  oc-acuity man --out-dir ~/.local/share/man/man1";

/// Prints or writes the pages of the command tree `cli`.
pub fn run(cli: clap::Command, args: ManArgs) -> anyhow::Result<ExitCode> {
    match args.out_dir {
        None => report::raw(&render(cli, true))?,
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("could not create {}", dir.display()))?;
            write_pages(cli, &dir)
                .with_context(|| format!("could not write the man pages to {}", dir.display()))?;
            output::info(format!("Wrote the man pages to {}", dir.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One page per command into `dir`, named as `clap_mangen::generate_to` names them
/// (`oc-acuity-instance-create.1`).
fn write_pages(cli: clap::Command, dir: &Path) -> std::io::Result<()> {
    fn write(command: &clap::Command, dir: &Path, top: bool) -> std::io::Result<()> {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            write(sub, dir, false)?;
        }
        let name = Man::new(command.clone()).get_filename();
        std::fs::write(dir.join(name), render(command.clone(), top))
    }
    let mut cli = cli.disable_help_subcommand(true);
    cli.build();
    write(&cli, dir, true)
}

/// clap_mangen's page of `command` (name, synopsis, description, options, subcommands,
/// version), with our sections before VERSION in place of its EXTRA: EXAMPLES (from the
/// command's `after_long_help`, the very text of `--help`), EXIT STATUS (the exit code
/// table), ENVIRONMENT and FILES (the settings table). The top page lists every
/// variable; a subcommand's page, the settings whose flags it takes.
fn render(command: clap::Command, top: bool) -> String {
    let examples = command.get_after_long_help().map(|h| h.to_string());
    let mut roff = Roff::new();
    if let Some(examples) = examples
        .as_deref()
        .and_then(|h| h.split_once("Examples:\n"))
    {
        examples_section(&mut roff, examples.1);
    }
    exit_status_section(&mut roff);
    environment_section(&mut roff, &command, top);
    files_section(&mut roff);
    // Roff::render starts with the preamble that defines the apostrophe; the page has it.
    let preamble = Roff::new().render();
    let ours = roff.render();
    let ours = ours.strip_prefix(&preamble).unwrap_or(&ours);

    let mut out = Vec::new();
    Man::new(command.after_long_help(None::<&str>))
        .render(&mut out)
        .expect("rendering into memory cannot fail");
    let page = String::from_utf8(out).expect("man pages are UTF-8");
    match page.split_once("\n.SH VERSION\n") {
        Some((before, after)) => format!("{before}\n{ours}.SH VERSION\n{after}"),
        None => format!("{page}{ours}"),
    }
}

/// The examples as `--help` shows them, less its two-space indent, lines kept as written
/// (no filling): comments in italics, commands in bold.
fn examples_section(roff: &mut Roff, examples: &str) {
    roff.control("SH", ["EXAMPLES"]);
    roff.control("nf", []);
    for line in examples.lines() {
        let line = line.strip_prefix("  ").unwrap_or(line);
        if line.trim().is_empty() {
            roff.control("sp", []);
        } else if line.starts_with('#') {
            roff.text([italic(line)]);
        } else {
            roff.text([bold(line)]);
        }
    }
    roff.control("fi", []);
}

fn exit_status_section(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(meaning)]);
    }
}

fn environment_section(roff: &mut Roff, command: &clap::Command, top: bool) {
    let takes = |flag: &str| {
        command.get_arguments().any(|arg| {
            arg.get_long()
                .is_some_and(|long| flag == format!("--{long}"))
        })
    };
    roff.control("SH", ["ENVIRONMENT"]);
    for setting in SETTINGS.iter().filter(|s| top || takes(s.flag)) {
        let Some(env) = setting.env else { continue };
        let text = if setting.item.is_some() {
            format!(
                "The {} itself (instead of {} PATH, or the profile's keyring item)",
                setting.label, setting.flag
            )
        } else {
            format!(
                "The {}, as {} {} gives it",
                setting.label, setting.flag, setting.value_name
            )
        };
        roff.control("TP", []);
        roff.text([bold(env)]);
        roff.text([roman(text)]);
    }
    for (name, text) in OTHER_ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(name)]);
        roff.text([roman(text)]);
    }
}

fn files_section(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    for (path, text) in FILES {
        roff.control("TP", []);
        roff.text([italic(path)]);
        roff.text([roman(text)]);
    }
}
