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
        match read_text(&path) {
            // Bad input like any other (exit 2); the message names the file, line and column.
            Ok(text) => {
                let file = Self::parse(&text).map_err(|e| {
                    crate::error::CliError::usage(format!(
                        "{} is not a valid config file: {e}",
                        path.display()
                    ))
                })?;
                // A typo would otherwise be ignored without a word.
                for unknown in unknown_keys(&text) {
                    crate::term::output::warn(format!("{}:{unknown}", path.display()));
                }
                Ok(file)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            // Not UTF-8, a folder, unreadable: a file that cannot be used is bad input too.
            Err(e) => Err(crate::error::CliError::usage(format!(
                "{} cannot be used as the config file: {e}",
                path.display()
            ))),
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

/// The most a config file may hold: a few settings per profile take a few hundred bytes.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// The config file's text: only a regular file (a FIFO without a writer would wait
/// forever, `/dev/zero` would never end) of at most [`MAX_CONFIG_BYTES`].
fn read_text(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::{Error, ErrorKind, Read};
    // Looked at before opening: opening a FIFO waits for a writer.
    let metadata = std::fs::metadata(path)?;
    if metadata.is_dir() {
        return Err(Error::new(ErrorKind::IsADirectory, "it is a folder"));
    }
    if !metadata.is_file() {
        return Err(Error::other("it is not a regular file"));
    }
    let mut text = String::new();
    std::fs::File::open(path)?
        .take(MAX_CONFIG_BYTES + 1)
        .read_to_string(&mut text)?;
    if text.len() as u64 > MAX_CONFIG_BYTES {
        return Err(Error::other(format!(
            "it is larger than {} KiB",
            MAX_CONFIG_BYTES / 1024
        )));
    }
    Ok(text)
}

/// A line of the config file that no setting reads: a key that is not a config key, or
/// one outside a `[profiles.NAME]` table.
#[derive(Debug, PartialEq, Eq)]
pub struct UnknownKey {
    pub line: usize,
    pub key: String,
    /// The known key it most resembles, when one is close.
    pub closest: Option<&'static str>,
}

impl std::fmt::Display for UnknownKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: unknown key {:?}, ignored", self.line, self.key)?;
        match self.closest {
            Some(closest) => write!(f, " (did you mean {closest:?}?)"),
            None => write!(
                f,
                " (keys go under [profiles.NAME]: {})",
                known_keys().join(", ")
            ),
        }
    }
}

fn known_keys() -> Vec<&'static str> {
    super::Setting::configurable()
        .filter_map(|s| s.config_key)
        .collect()
}

/// The keys of `text` (a config file that parses) that no setting reads, with their line
/// numbers (from 1). Read line by line: the file is flat (`[profiles.NAME]` tables of
/// `key = "value"` lines), and the parser keeps no positions.
pub fn unknown_keys(text: &str) -> Vec<UnknownKey> {
    let known = known_keys();
    let mut in_profile = false;
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(header) = line.strip_prefix('[') {
            in_profile = header.trim_start().starts_with("profiles.");
            continue;
        }
        let Some((key, _)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim().trim_matches('"').trim_matches('\'');
        if in_profile && known.contains(&key) {
            continue;
        }
        let closest = known
            .iter()
            .map(|k| (strsim::damerau_levenshtein(key, k), *k))
            .filter(|(distance, k)| *distance <= 3 || k.replace('-', "_") == key)
            .min()
            .map(|(_, k)| k);
        found.push(UnknownKey {
            line: index + 1,
            key: key.to_owned(),
            closest: if in_profile { closest } else { None },
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_named_with_their_line_and_closest_key() {
        // file, expected (line, key, closest)
        type Unknown<'a> = (usize, &'a str, Option<&'a str>);
        let rows: [(&str, &[Unknown]); 6] = [
            ("[profiles.default]\nclient-id = \"c\"\n", &[]),
            (
                "[profiles.default]\nclient_id = \"c\"\n",
                &[(2, "client_id", Some("client-id"))],
            ),
            (
                "# mine\n[profiles.work]\ncallbak-url = \"x\"\nbase-url = \"y\"\n",
                &[(3, "callbak-url", Some("callback-url"))],
            ),
            ("[profiles.a]\nsecret = \"s\"\n", &[(2, "secret", None)]),
            // Outside a profile: read by nothing, whatever its name.
            ("client-id = \"c\"\n", &[(1, "client-id", None)]),
            (
                "[profile.default]\nclient-id = \"c\"\n",
                &[(2, "client-id", None)],
            ),
        ];
        for (text, expected) in rows {
            let found: Vec<(usize, String, Option<&str>)> = unknown_keys(text)
                .into_iter()
                .map(|u| (u.line, u.key, u.closest))
                .collect();
            let expected: Vec<(usize, String, Option<&str>)> = expected
                .iter()
                .map(|(l, k, c)| (*l, (*k).to_owned(), *c))
                .collect();
            assert_eq!(found, expected, "{text}");
        }
    }

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
