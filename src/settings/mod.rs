//! Every setting the tool reads, in one table: its flag, environment variable, config key,
//! keyring item and validation. Values are resolved with their [`Origin`] (flag > env >
//! config for plain values; file flag > env > keyring for secrets), so that help text,
//! error messages, `config` and `auth status` all say the same thing from one place.
//!
//! This layer knows nothing of clap and prints nothing on stdout.

pub mod config;
pub mod keyring;
mod origin;
mod secrets;
pub mod validate;

pub use origin::{Found, Origin};
pub use secrets::{Resolver, check_single_stdin, read_value_file};

use crate::error::CliError;
use keyring::Item;

/// What a setting is called in code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Id {
    Profile,
    BaseUrl,
    ClientId,
    CallbackUrl,
    EventCallbackUrl,
    AcuityUserId,
    AcuityBaseUrl,
    WebhookUrl,
    UserSecret,
    OrganizationSecret,
    ClientSecret,
    SignatureKey,
    AcuityApiKey,
}

/// One row of the table.
#[derive(Debug)]
pub struct Setting {
    pub id: Id,
    /// What a person calls it ("Acuity OAuth client ID").
    pub label: &'static str,
    /// The flag that gives it; for a secret, the flag naming the file that holds it.
    pub flag: &'static str,
    /// The environment variable; for a secret, it holds the value itself.
    pub env: Option<&'static str>,
    /// The key in the profile's config file (never for a secret).
    pub config_key: Option<&'static str>,
    /// The help line of `config set KEY` (and of the config keys in completions).
    pub config_help: &'static str,
    /// The profile's keyring item (only for secrets).
    pub item: Option<Item>,
    /// The flag's value name in messages (`ID`, `URL`, `PATH`).
    pub value_name: &'static str,
    /// Where to find the value, added to the message that says it is missing.
    pub hint: &'static str,
    /// The flag's help text, before `[env: ...]`.
    pub help: &'static str,
    /// What the flag's help says about the default, when there is one.
    pub default_help: Option<&'static str>,
    /// The rule every source must pass; returns the normalized value.
    pub check: fn(&str) -> Result<String, String>,
}

fn any_secret(value: &str) -> Result<String, String> {
    Ok(value.to_owned())
}

fn profile_name(value: &str) -> Result<String, String> {
    validate::profile(value).map(|()| value.to_owned())
}

// URLs are checked, and passed on as given (trimmed): what is sent is what the user wrote.
fn api_root(value: &str) -> Result<String, String> {
    validate::api_root(value).map(|_| value.trim().to_owned())
}

fn http_url(value: &str) -> Result<String, String> {
    validate::http_url(value).map(|_| value.trim().to_owned())
}

fn redirect_uri(value: &str) -> Result<String, String> {
    validate::redirect_uri(value).map(|_| value.trim().to_owned())
}

fn event_callback_url(value: &str) -> Result<String, String> {
    validate::event_callback_url(value).map(|_| value.trim().to_owned())
}

const fn secret(
    id: Id,
    label: &'static str,
    flag: &'static str,
    env: &'static str,
    item: Item,
    help: &'static str,
) -> Setting {
    Setting {
        id,
        label,
        flag,
        env: Some(env),
        config_key: None,
        config_help: "",
        item: Some(item),
        value_name: "PATH",
        hint: "",
        help,
        default_help: None,
        check: any_secret,
    }
}

/// The table. Order: global settings, then provisioning, then Acuity's API, then secrets.
pub static SETTINGS: [Setting; 13] = [
    Setting {
        id: Id::Profile,
        label: "profile",
        flag: "--profile",
        env: Some("OC_ACUITY_PROFILE"),
        config_key: None,
        config_help: "",
        item: None,
        value_name: "NAME",
        hint: "",
        help: "Saved profile to use",
        default_help: Some("default"),
        check: profile_name,
    },
    Setting {
        id: Id::BaseUrl,
        label: "platform API root",
        flag: "--base-url",
        env: Some("OC_ACUITY_BASE_URL"),
        config_key: Some("base-url"),
        config_help: "The platform API root (--base-url)",
        item: None,
        value_name: "URL",
        hint: "",
        help: "Platform API root",
        default_help: Some("the SAP US host"),
        check: api_root,
    },
    Setting {
        id: Id::ClientId,
        label: "Acuity OAuth client ID",
        flag: "--client-id",
        env: Some("OC_ACUITY_CLIENT_ID"),
        config_key: Some("client-id"),
        config_help: "The Acuity OAuth client ID (--client-id)",
        item: None,
        value_name: "ID",
        hint: "",
        help: "Acuity OAuth client ID (oauth.api.key)",
        default_help: None,
        check: validate::non_empty,
    },
    Setting {
        id: Id::CallbackUrl,
        label: "redirect URI",
        flag: "--callback-url",
        env: Some("OC_ACUITY_CALLBACK_URL"),
        config_key: Some("callback-url"),
        config_help: "The redirect URI registered at Acuity (--callback-url)",
        item: None,
        value_name: "URL",
        hint: " (the one registered at Acuity)",
        help: "Redirect URI registered at Acuity (oauth.callback.url)",
        default_help: None,
        check: redirect_uri,
    },
    Setting {
        id: Id::EventCallbackUrl,
        label: "event callback URL",
        flag: "--event-callback-url",
        env: Some("OC_ACUITY_EVENT_CALLBACK_URL"),
        config_key: Some("event-callback-url"),
        config_help: "Where the platform POSTs events (--event-callback-url)",
        item: None,
        value_name: "URL",
        hint: "",
        help: "Where the platform POSTs events (event.notification.callback.url)",
        default_help: None,
        check: event_callback_url,
    },
    Setting {
        id: Id::AcuityUserId,
        label: "Acuity user ID",
        flag: "--acuity-user-id",
        env: Some("OC_ACUITY_ACUITY_USER_ID"),
        config_key: Some("acuity-user-id"),
        config_help: "Acuity's numeric user ID (--acuity-user-id)",
        item: None,
        value_name: "ID",
        hint: " (Acuity: Business Settings > Integrations > API)",
        help: "Acuity's numeric user ID",
        default_help: None,
        check: validate::acuity_user_id,
    },
    Setting {
        id: Id::AcuityBaseUrl,
        label: "Acuity API root",
        flag: "--acuity-base-url",
        env: Some("OC_ACUITY_ACUITY_BASE_URL"),
        config_key: None,
        config_help: "",
        item: None,
        value_name: "URL",
        hint: "",
        help: "Acuity's API root",
        default_help: Some(crate::api::acuity::DEFAULT_API_ROOT),
        check: api_root,
    },
    Setting {
        id: Id::WebhookUrl,
        label: "Webhook URL",
        flag: "--url",
        env: Some("OC_ACUITY_WEBHOOK_URL"),
        config_key: Some("webhook-url"),
        config_help: "The stored instance's Webhook URL as the console shows it (webhook register --url)",
        item: None,
        value_name: "URL",
        hint: "",
        help: "The instance's Webhook URL as the Open Connectors console shows it (saved to the profile) [default: derived from the instance id]",
        default_help: None,
        check: http_url,
    },
    secret(
        Id::UserSecret,
        "User secret",
        "--user-secret-file",
        "OC_ACUITY_USER_SECRET",
        Item::UserSecret,
        "Read the User secret from PATH, or - for stdin",
    ),
    secret(
        Id::OrganizationSecret,
        "Organization secret",
        "--org-secret-file",
        "OC_ACUITY_ORG_SECRET",
        Item::OrganizationSecret,
        "Read the Organization secret from PATH, or - for stdin",
    ),
    secret(
        Id::ClientSecret,
        "Acuity OAuth client secret",
        "--client-secret-file",
        "OC_ACUITY_CLIENT_SECRET",
        Item::ClientSecret,
        "Read the Acuity OAuth client secret from PATH, or -",
    ),
    secret(
        Id::SignatureKey,
        "event signature key",
        "--signature-key-file",
        "OC_ACUITY_SIGNATURE_KEY",
        Item::SignatureKey,
        "Read the event signature key from PATH, or -",
    ),
    secret(
        Id::AcuityApiKey,
        "Acuity API key",
        "--acuity-api-key-file",
        "OC_ACUITY_ACUITY_API_KEY",
        Item::AcuityApiKey,
        "Read the Acuity API key from PATH, or -",
    ),
];

/// The variables read besides the settings' own (`SETTINGS`), for the man pages'
/// ENVIRONMENT.
pub static OTHER_ENVIRONMENT: [(&str, &str); 5] = [
    (
        "OC_ACUITY_CONFIG_DIR",
        "The folder of config.toml, instead of the platform's (see FILES)",
    ),
    (
        "SSL_CERT_FILE",
        "A PEM file of certificates trusted besides the OS trust store (a private CA, a proxy \
         that re-signs TLS)",
    ),
    (
        "SSL_CERT_DIR",
        "Folders of PEM files trusted besides the OS trust store, separated like PATH",
    ),
    (
        "HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY",
        "The proxy for https and http API roots, and the hosts reached directly, in upper or \
         lower case, as curl reads them",
    ),
    ("NO_COLOR", "When set and not empty: no colors on stderr"),
];

/// The files the tool reads and writes, for the man pages' FILES.
pub static FILES: [(&str, &str); 2] = [
    (
        "$XDG_CONFIG_HOME/oc-acuity/config.toml",
        "The profiles' settings, never a secret (else ~/.config/oc-acuity/config.toml, macOS \
         included; on Windows %APPDATA%\\oc-acuity\\config.toml; OC_ACUITY_CONFIG_DIR names \
         the folder). Written whole and atomically, mode 0600; config.toml.lock beside it is \
         held while a run changes it.",
    ),
    (
        "$XDG_DATA_HOME/oc-acuity/sandbox.json",
        "The sandbox's instances and webhooks (else ~/.local/share/oc-acuity/; on macOS \
         ~/Library/Application Support/oc-acuity/; on Windows %APPDATA%\\oc-acuity\\). \
         Beside it, while `oc-acuity sandbox` serves: sandbox.serving.json, which `--sandbox` \
         runs read, and, when it serves in the background, sandbox.log.",
    ),
];

impl Id {
    /// Its row of the table.
    pub fn setting(self) -> &'static Setting {
        SETTINGS
            .iter()
            .find(|s| s.id == self)
            .expect("every Id has a row")
    }
}

impl Setting {
    /// The flag's help line: its text, then `[env: ...]` and `[default: ...]`.
    pub fn help(&self) -> String {
        self.help_with(self.help)
    }

    /// The help line of a flag that gives this setting with words of its own (e.g. `events
    /// listen --signature-key-file`, which verifies rather than sends the key).
    pub fn help_with(&self, text: &str) -> String {
        let mut line = text.to_owned();
        match (self.env, self.item) {
            // The variable holds the secret itself, not a path: say so.
            (Some(env), Some(_)) => line.push_str(&format!("; or set {env} to the secret")),
            (Some(env), None) => line.push_str(&format!(" [env: {env}]")),
            (None, _) => {}
        }
        if let Some(default) = self.default_help {
            line.push_str(&format!(" [default: {default}]"));
        }
        line
    }

    /// "no Acuity OAuth client ID: pass --client-id ID, set OC_ACUITY_CLIENT_ID, or save it
    /// in the profile's config": every way to give a plain value.
    pub fn missing_message(&self) -> String {
        let mut message = format!("no {}: pass {} {}", self.label, self.flag, self.value_name);
        if let Some(env) = self.env {
            message.push_str(&format!(", set {env}"));
        }
        if let Some(key) = self.config_key {
            message.push_str(&format!(", or save it in the profile's config ({key})"));
        }
        message.push_str(self.hint);
        message
    }

    /// The settings a profile's config file can hold, in table order.
    pub fn configurable() -> impl Iterator<Item = &'static Setting> {
        SETTINGS.iter().filter(|s| s.config_key.is_some())
    }

    /// The configurable setting with this config key.
    pub fn by_config_key(key: &str) -> Option<&'static Setting> {
        Self::configurable().find(|s| s.config_key == Some(key))
    }

    /// Checks a value from `origin`; a failure is a usage error naming the origin.
    /// A control, bidirectional or invisible character, or a value over 4 KiB, is refused
    /// from every source ([`validate::plain_text`]): it would be sent as given, or printed.
    pub fn validate(&self, value: &str, origin: &Origin) -> anyhow::Result<String> {
        self.validate_as(value, &origin.prefix())
    }

    /// As [`Setting::validate`], the error starting with `what` (`config set client-id`).
    pub fn validate_as(&self, value: &str, what: &str) -> anyhow::Result<String> {
        validate::plain_text(value)
            .and_then(|()| (self.check)(value))
            .map_err(|e| CliError::usage(format!("{what}: {e}")))
    }

    /// The value from its environment variable, when set; one that cannot be used (not
    /// UTF-8, empty, only whitespace) is a usage error naming the variable ([`env_value`]).
    pub fn from_env(&self) -> anyhow::Result<Option<(String, Origin)>> {
        let Some(env) = self.env else {
            return Ok(None);
        };
        Ok(env_value(env)?.map(|v| (v, Origin::Env(env))))
    }

    /// A plain value from the flag, else the environment, else the profile's config;
    /// validated, with where it came from.
    pub fn resolve(
        &self,
        flag: Option<String>,
        saved: &config::ProfileSettings,
    ) -> anyhow::Result<Option<Found<String>>> {
        let given = match flag {
            Some(v) => Some((v, Origin::Flag(self.flag))),
            None => self.from_env()?,
        };
        let given = given.or_else(|| {
            let key = self.config_key?;
            saved.get(key).map(|v| (v.to_owned(), Origin::Config(key)))
        });
        given
            .map(|(raw, origin)| {
                let value = self.validate(&raw, &origin)?;
                Ok(Found { value, origin })
            })
            .transpose()
    }
}

/// The value of the environment variable `name`: `None` when it is not set. A value that
/// is set but cannot be used is a usage error naming the variable, never read as unset
/// (which would fall back to another value, or send a request without it): one that is
/// not UTF-8, empty, or only whitespace.
pub fn env_value(name: &str) -> anyhow::Result<Option<String>> {
    let Some(raw) = std::env::var_os(name) else {
        return Ok(None);
    };
    let value = raw.into_string().map_err(|_| {
        CliError::usage(format!(
            "{name} is not UTF-8 text; set it to the value in UTF-8, or unset it"
        ))
    })?;
    if value.trim().is_empty() {
        let what = if value.is_empty() {
            "empty"
        } else {
            "only whitespace"
        };
        return Err(CliError::usage(format!(
            "{name} is set but {what}; give it a value, or unset it"
        )));
    }
    Ok(Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_has_one_row_and_names_are_unique() {
        for (i, a) in SETTINGS.iter().enumerate() {
            assert_eq!(a.id.setting().id, a.id);
            for b in &SETTINGS[i + 1..] {
                assert_ne!(a.id, b.id);
                assert_ne!(a.flag, b.flag);
                assert!(a.env.is_none() || a.env != b.env);
            }
            assert!(
                a.item.is_none() || a.config_key.is_none(),
                "a secret is never in the config file"
            );
        }
    }

    #[test]
    fn help_lines_name_the_variable_and_default() {
        assert_eq!(
            Id::ClientId.setting().help(),
            "Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]"
        );
        assert_eq!(
            Id::Profile.setting().help(),
            "Saved profile to use [env: OC_ACUITY_PROFILE] [default: default]"
        );
    }

    #[test]
    fn a_bad_config_value_names_the_config_key() {
        let saved = config::ProfileSettings::from_pairs([("acuity-user-id", "abc")]);
        let error = Id::AcuityUserId
            .setting()
            .resolve(None, &saved)
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "acuity-user-id in the config file: the Acuity user ID is a number (digits only, at most 20), got \"abc\""
        );
    }
}
