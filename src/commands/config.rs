//! `oc-acuity config ...`: the profile's non-secret settings in `config.toml`.

use std::process::ExitCode;

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Args, Subcommand};

use crate::app::{Context, profile};
use crate::error::exit;
use crate::report::{Reporter, Scalar};
use crate::settings::Setting;
use crate::term::output;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Every setting of the profile
    #[command(after_long_help = LIST_EXAMPLES)]
    List,
    /// One setting's value alone
    #[command(after_long_help = GET_EXAMPLES)]
    Get(KeyArg),
    /// Change a setting (validated like the flag)
    #[command(after_long_help = SET_EXAMPLES)]
    Set(SetArgs),
    /// Remove a setting
    #[command(after_long_help = UNSET_EXAMPLES)]
    Unset(KeyArg),
    /// The profiles in the config file
    #[command(after_long_help = PROFILES_EXAMPLES)]
    Profiles,
    /// The config file's path
    #[command(after_long_help = PATH_EXAMPLES)]
    Path,
}

const LIST_EXAMPLES: &str = "\
Examples:
  # The profile's settings, and where each came from:
  oc-acuity config list

  # The profile staging's, as a JSON map:
  oc-acuity --profile staging --json config list";

const GET_EXAMPLES: &str = "\
Examples:
  # One value alone, for a script:
  oc-acuity config get callback-url";

const SET_EXAMPLES: &str = "\
Examples:
  # Save the Acuity OAuth client ID to the profile:
  oc-acuity config set client-id abc123

  # Point the profile staging at another API root:
  oc-acuity --profile staging config set base-url https://api.openconnectors.eu3.ext.hana.ondemand.com/elements/api-v2";

const UNSET_EXAMPLES: &str = "\
Examples:
  # Remove a saved setting (flags and environment still apply):
  oc-acuity config unset event-callback-url";

const PROFILES_EXAMPLES: &str = "\
Examples:
  # Every profile of the config file, the current one marked:
  oc-acuity config profiles";

const PATH_EXAMPLES: &str = "\
Examples:
  # Where the config file is (it need not exist yet):
  oc-acuity config path";

/// The config keys of the settings table, each with its help line.
fn keys() -> PossibleValuesParser {
    PossibleValuesParser::new(
        Setting::configurable()
            .map(|s| PossibleValue::new(s.config_key.expect("configurable")).help(s.config_help)),
    )
}

#[derive(Debug, Args)]
pub struct KeyArg {
    /// The setting
    #[arg(value_parser = keys())]
    pub key: String,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The setting
    #[arg(value_parser = keys())]
    pub key: String,
    /// Its new value
    // A value may start with a hyphen (`-5`): the key's own check names what is wrong with
    // it, where clap would say only "unexpected argument".
    #[arg(allow_hyphen_values = true)]
    pub value: String,
}

/// `config path`: where the config file is, whether or not it parses (so that a broken
/// file can be found and fixed): needs no profile, config or keyring.
pub fn path(reporter: Reporter) -> anyhow::Result<ExitCode> {
    let path = profile::path()?.display().to_string();
    reporter.print(&Scalar::new("path", path))?;
    Ok(ExitCode::SUCCESS)
}

pub async fn run(
    ctx: &Context,
    reporter: Reporter,
    command: ConfigCommand,
) -> anyhow::Result<ExitCode> {
    match command {
        ConfigCommand::List => reporter.print(&profile::list(ctx))?,
        ConfigCommand::Get(KeyArg { key }) => match profile::get(ctx, &key)? {
            Some(value) => reporter.print(&Scalar::new(table_key(&key), value))?,
            None => {
                output::info(format!("{key} is not set in profile {:?}", ctx.profile));
                return Ok(ExitCode::from(exit::FAILURE));
            }
        },
        ConfigCommand::Set(SetArgs { key, value }) => {
            let value = profile::set(ctx, &key, &value).await?;
            reporter.print(&Scalar {
                key: table_key(&key),
                value: Some(value),
                shown: false,
            })?;
        }
        ConfigCommand::Unset(KeyArg { key }) => {
            profile::unset(ctx, &key).await?;
            reporter.print(&Scalar {
                key: table_key(&key),
                value: None,
                shown: false,
            })?;
        }
        ConfigCommand::Profiles => reporter.print(&profile::profiles(ctx))?,
        ConfigCommand::Path => return path(reporter),
    }
    Ok(ExitCode::SUCCESS)
}

/// The table's own `&'static` name of a config key clap accepted.
fn table_key(key: &str) -> &'static str {
    Setting::by_config_key(key)
        .and_then(|s| s.config_key)
        .expect("clap accepts only the table's keys")
}
