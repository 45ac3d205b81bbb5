//! `oc-acuity man`: man pages for the tool and each subcommand (roff).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;

use crate::report;
use crate::term::output;

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write oc-acuity.1 and one page per subcommand into DIR (default: print
    /// oc-acuity.1 on stdout)
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// Prints or writes the pages of the command tree `cli`.
pub fn run(cli: clap::Command, args: ManArgs) -> anyhow::Result<ExitCode> {
    match args.out_dir {
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(cli).render(&mut out)?;
            report::raw(&String::from_utf8(out)?)?;
        }
        Some(dir) => {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("could not create {}", dir.display()))?;
            clap_mangen::generate_to(cli, &dir)
                .with_context(|| format!("could not write the man pages to {}", dir.display()))?;
            output::info(format!("Wrote the man pages to {}", dir.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
