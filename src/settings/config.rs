//! Profiles: the non-secret settings saved per profile in `config.toml`.
//! The file never holds a secret; those live in the OS keyring.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::fsutil;

/// How long a run waits for another one changing the config file (each holds the lock for
/// a read and a write).
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(30);

/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

/// The non-secret settings of one profile, by config key (the keys of the settings table:
/// `base-url`, `client-id`, ...).
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProfileSettings(BTreeMap<String, String>);

impl ProfileSettings {
    /// The value saved under `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// Saves `value` under `key`, or removes the key when `None`.
    pub fn set(&mut self, key: &str, value: Option<String>) {
        match value {
            Some(value) => self.0.insert(key.to_owned(), value),
            None => self.0.remove(key),
        };
    }

    /// Every saved key and value, sorted by key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Whether nothing is saved.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Settings from key/value pairs.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        )
    }
}

/// The whole config file: `[profiles.<name>]` tables.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfigFile {
    #[serde(default)]
    pub profiles: BTreeMap<String, ProfileSettings>,
}

/// The config folder: `OC_ACUITY_CONFIG_DIR`, else the platform's own: on Windows
/// `%APPDATA%\oc-acuity` (the Roaming AppData known folder, where Windows programs keep
/// their settings); elsewhere `$XDG_CONFIG_HOME/oc-acuity`, else `~/.config/oc-acuity`
/// (macOS included, as the product contract says).
pub fn config_dir() -> anyhow::Result<PathBuf> {
    if let Some(dir) = super::env_value("OC_ACUITY_CONFIG_DIR")? {
        return Ok(PathBuf::from(dir));
    }
    let non_empty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if cfg!(windows) {
        let appdata = dirs::config_dir().context(
            "no AppData folder: set OC_ACUITY_CONFIG_DIR to choose where the config lives",
        )?;
        return Ok(appdata.join("oc-acuity"));
    }
    if let Some(xdg) = non_empty("XDG_CONFIG_HOME") {
        return Ok(PathBuf::from(xdg).join("oc-acuity"));
    }
    let home = dirs::home_dir()
        .context("no home folder: set OC_ACUITY_CONFIG_DIR to choose where the config lives")?;
    Ok(home.join(".config").join("oc-acuity"))
}

/// The config file's path.
pub fn config_path() -> anyhow::Result<PathBuf> {
    Ok(config_dir()?.join("config.toml"))
}

impl ConfigFile {
    /// Parses a config file's text.
    pub fn parse(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text)
    }

    /// The config file's text.
    pub fn to_text(&self) -> anyhow::Result<String> {
        toml::to_string_pretty(self).context("could not encode the config")
    }

    /// Reads the config file; a missing file is an empty config.
    pub fn load() -> anyhow::Result<Self> {
        let path = config_path()?;
        match std::fs::read_to_string(&path) {
            // Bad input like any other (exit 2); the message names the file, line and column.
            Ok(text) => Self::parse(&text).map_err(|e| {
                crate::error::CliError::usage(format!(
                    "{} is not a valid config file: {e}",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(e).with_context(|| format!("could not read {}", path.display())),
        }
    }

    /// Changes the config file, the one way the tool writes it: under the file's lock,
    /// reads it as it is now, applies `change`, and writes it back (atomically, mode 0600)
    /// when that changed anything. Profiles share the file, so two runs saving settings at
    /// once would otherwise each write back what they read, losing the other's change.
    pub async fn change<T>(change: impl FnOnce(&mut ConfigFile) -> T) -> anyhow::Result<T> {
        let path = config_path()?;
        let _lock = fsutil::lock(&path.with_extension("toml.lock"), LOCK_PATIENCE).await?;
        let mut file = Self::load()?;
        let before = file.clone();
        let result = change(&mut file);
        if file != before {
            fsutil::write_private(&path, file.to_text()?.as_bytes())?;
        }
        Ok(result)
    }

    /// One profile's settings, to change (an empty table when the profile has none).
    pub fn profile_mut(&mut self, name: &str) -> &mut ProfileSettings {
        self.profiles.entry(name.to_owned()).or_default()
    }

    /// Removes a profile; `true` when it was there.
    pub fn remove_profile(&mut self, name: &str) -> bool {
        self.profiles.remove(name).is_some()
    }

    /// One profile's settings (empty when the profile has none).
    pub fn profile(&self, name: &str) -> ProfileSettings {
        self.profiles.get(name).cloned().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kebab_case_profiles() {
        let file: ConfigFile =
            toml::from_str("[profiles.ci]\nclient-id = \"abc\"\ncallback-url = \"https://x/cb\"\n")
                .unwrap();
        let ci = file.profile("ci");
        assert_eq!(ci.get("client-id"), Some("abc"));
        assert_eq!(ci.get("callback-url"), Some("https://x/cb"));
        assert_eq!(file.profile("other"), ProfileSettings::default());
    }
}
