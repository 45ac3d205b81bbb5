//! `oc-acuity config ...`: the profile's non-secret settings in `config.toml`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use clap::{Args, Subcommand, ValueEnum};

use crate::config::{self, ConfigFile, ProfileSettings};
use crate::context::Context;
use crate::error::CliError;
use crate::{output, validate};

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Every setting of the profile
    List,
    /// One setting's value alone
    Get(KeyArg),
    /// Change a setting (validated like the flag)
    Set(SetArgs),
    /// Remove a setting
    Unset(KeyArg),
    /// The profiles in the config file
    Profiles,
    /// The config file's path
    Path,
}

/// The settings a profile can hold; none of them is a secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Key {
    /// The platform API root (--base-url)
    BaseUrl,
    /// The Acuity OAuth client ID (--client-id)
    ClientId,
    /// The redirect URI registered at Acuity (--callback-url)
    CallbackUrl,
    /// Where the platform POSTs events (--event-callback-url)
    EventCallbackUrl,
    /// Acuity's numeric user ID (--acuity-user-id)
    AcuityUserId,
}

impl Key {
    const ALL: [Key; 5] = [
        Key::BaseUrl,
        Key::ClientId,
        Key::CallbackUrl,
        Key::EventCallbackUrl,
        Key::AcuityUserId,
    ];

    fn name(self) -> &'static str {
        match self {
            Key::BaseUrl => "base-url",
            Key::ClientId => "client-id",
            Key::CallbackUrl => "callback-url",
            Key::EventCallbackUrl => "event-callback-url",
            Key::AcuityUserId => "acuity-user-id",
        }
    }

    fn slot(self, settings: &mut ProfileSettings) -> &mut Option<String> {
        match self {
            Key::BaseUrl => &mut settings.base_url,
            Key::ClientId => &mut settings.client_id,
            Key::CallbackUrl => &mut settings.callback_url,
            Key::EventCallbackUrl => &mut settings.event_callback_url,
            Key::AcuityUserId => &mut settings.acuity_user_id,
        }
    }

    /// The same rules as the flag of the same name.
    fn validate(self, value: &str) -> Result<String, String> {
        match self {
            Key::BaseUrl => validate::api_root(value).map(String::from),
            Key::CallbackUrl | Key::EventCallbackUrl => validate::http_url(value).map(String::from),
            Key::ClientId => validate::non_empty(value),
            Key::AcuityUserId if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) => {
                Ok(value.to_owned())
            }
            Key::AcuityUserId => Err(format!("the Acuity user ID is a number, got {value:?}")),
        }
    }
}

#[derive(Debug, Args)]
pub struct KeyArg {
    /// The setting
    #[arg(value_enum)]
    pub key: Key,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The setting
    #[arg(value_enum)]
    pub key: Key,
    /// Its new value
    pub value: String,
}

pub fn run(ctx: &Context, command: ConfigCommand) -> anyhow::Result<ExitCode> {
    let mut file = ConfigFile::load()?;
    let mut settings = file.profile(&ctx.profile);
    match command {
        ConfigCommand::List => {
            let values: BTreeMap<&str, String> = Key::ALL
                .iter()
                .filter_map(|k| k.slot(&mut settings).clone().map(|v| (k.name(), v)))
                .collect();
            if ctx.json {
                output::json(&values)?;
            } else {
                for (key, value) in &values {
                    println!("{key} = {value}");
                }
                if values.is_empty() {
                    output::info(format!("profile {:?} has no saved settings", ctx.profile));
                }
            }
        }
        ConfigCommand::Get(KeyArg { key }) => match key.slot(&mut settings) {
            Some(value) => output::scalar(ctx.json, key.name(), value)?,
            None => {
                output::info(format!(
                    "{} is not set in profile {:?}",
                    key.name(),
                    ctx.profile
                ));
                return Ok(ExitCode::from(crate::error::exit::FAILURE));
            }
        },
        ConfigCommand::Set(SetArgs { key, value }) => {
            let value = key
                .validate(&value)
                .map_err(|e| CliError::usage(format!("{}: {e}", key.name())))?;
            *key.slot(&mut settings) = Some(value.clone());
            file.profiles.insert(ctx.profile.clone(), settings);
            file.save()?;
            if ctx.json {
                output::json(&serde_json::json!({ key.name(): value }))?;
            }
        }
        ConfigCommand::Unset(KeyArg { key }) => {
            *key.slot(&mut settings) = None;
            if settings == ProfileSettings::default() {
                file.remove_profile(&ctx.profile);
            } else {
                file.profiles.insert(ctx.profile.clone(), settings);
            }
            file.save()?;
            if ctx.json {
                output::json(&serde_json::json!({ key.name(): null }))?;
            }
        }
        ConfigCommand::Profiles => {
            let names: Vec<&String> = file.profiles.keys().collect();
            if ctx.json {
                output::json(&names)?;
            } else {
                for name in names {
                    let current = if *name == ctx.profile {
                        "  (current)"
                    } else {
                        ""
                    };
                    println!("{name}{current}");
                }
            }
        }
        ConfigCommand::Path => output::scalar(
            ctx.json,
            "path",
            &config::config_path()?.display().to_string(),
        )?,
    }
    Ok(ExitCode::SUCCESS)
}
