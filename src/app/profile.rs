//! `config ...`: the profile's non-secret settings in `config.toml`, by the config keys of
//! the settings table.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::context::Context;
use crate::error::CliError;
use crate::settings::config::{self, ConfigFile};
use crate::settings::{Origin, Setting};

/// The saved settings of a profile (`config list`).
pub struct ConfigValues {
    pub profile: String,
    pub values: BTreeMap<&'static str, String>,
}

/// Every saved setting of the profile, by key.
pub fn list(ctx: &Context) -> ConfigValues {
    let saved = ctx.saved();
    let values = Setting::configurable()
        .filter_map(|s| {
            let key = s.config_key?;
            saved.get(key).map(|v| (key, v.to_owned()))
        })
        .collect();
    ConfigValues {
        profile: ctx.profile.clone(),
        values,
    }
}

/// The setting behind a config key (the cli layer offers only these).
fn setting(key: &str) -> anyhow::Result<&'static Setting> {
    Setting::by_config_key(key).ok_or_else(|| CliError::usage(format!("no setting {key:?}")))
}

/// One saved value; `None` when it is not set.
pub fn get(ctx: &Context, key: &str) -> anyhow::Result<Option<String>> {
    setting(key)?;
    Ok(ctx.saved().get(key).map(str::to_owned))
}

/// Saves a value, validated like the flag; returns it as saved.
pub async fn set(ctx: &Context, key: &str, value: &str) -> anyhow::Result<String> {
    let setting = setting(key)?;
    let key = setting.config_key.expect("configurable");
    // Named as typed: the value is not in the config file (yet).
    let value = setting.validate_as(value, &format!("config set {key}"))?;
    ConfigFile::change(|file| file.profile_mut(&ctx.profile).set(key, Some(value.clone()))).await?;
    Ok(value)
}

/// Removes a value (and the profile, once it holds nothing).
pub async fn unset(ctx: &Context, key: &str) -> anyhow::Result<()> {
    let key = setting(key)?.config_key.expect("configurable");
    ConfigFile::change(|file| {
        let settings = file.profile_mut(&ctx.profile);
        settings.set(key, None);
        if settings.is_empty() {
            file.remove_profile(&ctx.profile);
        }
    })
    .await
}

/// The profiles in the config file, and the one in use.
pub struct Profiles {
    pub names: Vec<String>,
    pub current: String,
    /// How the user runs the tool as this run was run, for the commands in the notes.
    pub invocation: String,
}

/// The profiles in the config file (`config profiles`).
pub fn profiles(ctx: &Context) -> Profiles {
    Profiles {
        names: ctx.config.profiles.keys().cloned().collect(),
        current: ctx.profile.clone(),
        invocation: ctx.invocation(),
    }
}

/// The config file's path.
pub fn path() -> anyhow::Result<PathBuf> {
    config::config_path()
}

/// Saves `root` as the profile's `base-url` after an instance was stored there, when it
/// came from a flag or the environment (a config value is saved already; the built-in
/// default needs no saving), so that the profile's later commands go to the instance's
/// data center without `--base-url`.
pub async fn remember_api_root(ctx: &Context, root: &url::Url) -> anyhow::Result<()> {
    let given_here = ctx
        .given_api_root()
        .is_some_and(|given| matches!(given.origin, Origin::Flag(_) | Origin::Env(_)));
    let key = crate::settings::Id::BaseUrl
        .setting()
        .config_key
        .expect("base-url is a config key");
    if !ctx.saves_settings() || !given_here || ctx.saved().get(key) == Some(root.as_str()) {
        return Ok(());
    }
    ConfigFile::change(|file| {
        file.profile_mut(&ctx.profile)
            .set(key, Some(root.as_str().to_owned()))
    })
    .await?;
    crate::term::output::info(format!(
        "Saved the API root to profile {:?} (base-url): its later commands go there.",
        ctx.profile
    ));
    Ok(())
}
