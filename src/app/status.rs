//! `auth status` (where each credential comes from, and whether the stored instance
//! works) and `auth logout` (forget the profile).

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use super::context::Context;
use super::platform;
use crate::api::platform::{ApiError, PlatformAuth};
use crate::settings::config::ConfigFile;
use crate::settings::keyring::{Item, KeyringError};
use crate::settings::{Id, Origin};
use crate::term::{output, prompt};

/// One credential's line in `auth status`.
#[derive(Debug, Serialize)]
pub struct CredentialStatus {
    pub name: &'static str,
    /// What a person calls it, for the human output.
    #[serde(skip)]
    pub label: &'static str,
    /// file, stdin, env, keyring, sandbox-demo, or missing.
    pub source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The outcome of the live check of the stored instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    Valid,
    Invalid,
    Unreachable,
    NotChecked,
}

impl Check {
    pub fn as_str(self) -> &'static str {
        match self {
            Check::Valid => "valid",
            Check::Invalid => "invalid",
            Check::Unreachable => "unreachable",
            Check::NotChecked => "not-checked",
        }
    }
}

/// `auth status`, as printed.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    pub profile: String,
    /// Where the profile's name came from: flag, env, or default.
    pub profile_source: &'static str,
    #[serde(skip)]
    pub profile_detail: String,
    pub api_root: String,
    /// Where the API root came from: flag, env, config, default, or sandbox.
    pub api_root_source: &'static str,
    #[serde(skip)]
    pub api_root_detail: String,
    pub credentials: Vec<CredentialStatus>,
    pub instance_id: Option<u64>,
    pub check: Check,
    pub message: String,
    pub usable: bool,
}

/// The secrets `auth status` reports, with their JSON names.
const REPORTED: [(&str, Id); 5] = [
    ("userSecret", Id::UserSecret),
    ("organizationSecret", Id::OrganizationSecret),
    ("clientSecret", Id::ClientSecret),
    ("signatureKey", Id::SignatureKey),
    ("acuityApiKey", Id::AcuityApiKey),
];

/// The `source` of a credential the keyring may hold but could not be read (locked).
pub const UNREADABLE: &str = "unreadable";

/// The source and detail of a credential found nowhere, given what the keyring said: one
/// that answered but refused (locked) may hold it ([`UNREADABLE`]); one that cannot be
/// reached at all holds nothing this session stored (missing).
fn not_found(problem: Option<&KeyringError>, service: &str) -> (&'static str, Option<String>) {
    match problem {
        Some(p) if p.is_unreachable() => (
            "missing",
            Some(format!("no OS keyring reachable (service {service})")),
        ),
        Some(_) => (
            UNREADABLE,
            Some(format!(
                "OS keyring (service {service}) could not be read: locked?"
            )),
        ),
        None => ("missing", None),
    }
}

/// What to do when the keyring could not say which instance the profile holds: one that
/// cannot be reached holds nothing this session stored (and `auth` could store nothing
/// either); one that answered but refused (locked) may hold an instance, which a new
/// `auth` would duplicate.
pub fn unreadable_instance(problem: &KeyringError, invocation: &str) -> String {
    if problem.is_unreachable() {
        format!(
            "{problem}. No OS keyring is reachable here, so no instance is stored in one: start \
             the keyring (see the README's Troubleshooting) for `{invocation} auth`, or provision \
             without it: `{invocation} instance create --no-store` prints the token"
        )
    } else {
        format!(
            "the keyring is not readable: {problem}. Unlock it and run this again. Do not run \
             `{invocation} auth` for this: it would create a second instance"
        )
    }
}

/// `auth status`: where each credential comes from, and a live check of the instance.
pub async fn status(ctx: &Context) -> anyhow::Result<Status> {
    let resolver = ctx.resolver();
    let keyring_service = ctx.keyring().service().to_owned();
    let keyring_service = keyring_service.as_str();
    let mut credentials = Vec::new();
    let mut platform: Vec<Option<SecretString>> = Vec::new();
    for (name, id) in REPORTED {
        let file = match id {
            Id::UserSecret => ctx.user_secret_file.as_deref(),
            Id::OrganizationSecret => ctx.org_secret_file.as_deref(),
            _ => None,
        };
        let hit = match resolver.find(id, file)? {
            Some(found) => Some(found),
            // The sandbox accepts any secret: what a run would use is its demo value.
            None => ctx.demo(id).map(|value| crate::settings::Found {
                value: SecretString::from(value),
                origin: Origin::SandboxDemo,
            }),
        };
        // Not found, and the keyring could not be read (locked): not known to be missing.
        // One that cannot be reached at all holds nothing this session could read.
        let (source, detail) = match &hit {
            Some(found) => (found.origin.kind(), Some(found.origin.to_string())),
            None => not_found(resolver.keyring_problem().as_ref(), keyring_service),
        };
        credentials.push(CredentialStatus {
            name,
            label: id.setting().label,
            source,
            detail,
        });
        if matches!(id, Id::UserSecret | Id::OrganizationSecret) {
            platform.push(hit.map(|f| f.value));
        }
    }

    let keyring = ctx.keyring();
    let (instance_id, token_present, keyring_problem) = match (
        keyring.get(&ctx.profile, Item::InstanceId),
        keyring.get(&ctx.profile, Item::InstanceToken),
    ) {
        (Ok(id), Ok(token)) => (id, token.is_some(), None),
        (Err(e), _) | (_, Err(e)) => (None, false, Some(e)),
    };
    let mut instance_id = instance_id.and_then(|id| id.expose_secret().parse::<u64>().ok());
    let mut token_present = token_present;
    let mut instance_origin = format!("OS keyring (service {})", keyring.service());
    let mut instance_source = "keyring";
    // The status shows where the instance came from: no notice besides.
    if instance_id.is_none()
        && let Some(newest) = ctx.newest_instance()
    {
        instance_id = Some(newest.id);
        token_present = true;
        instance_origin = "the sandbox's newest instance (no keyring kept it)".to_owned();
        instance_source = "sandbox";
    }
    for (name, label, present) in [
        ("instanceId", "instance id", instance_id.is_some()),
        ("instanceToken", "instance token", token_present),
    ] {
        let (source, detail) = match present {
            true => (instance_source, Some(instance_origin.clone())),
            false => not_found(keyring_problem.as_ref(), keyring.service()),
        };
        credentials.push(CredentialStatus {
            name,
            label,
            source,
            detail,
        });
    }

    let api_root = ctx.api_root().await?;
    let organization = platform.pop().flatten();
    let user = platform.pop().flatten();
    let (check, message) = match (user, organization, instance_id) {
        (Some(user), Some(organization), Some(id)) => {
            let client = platform::client_with(ctx, &PlatformAuth { user, organization }).await?;
            match client.get_instance(id).await {
                Ok(instance)
                    if instance.valid != Some(false) && instance.disabled != Some(true) =>
                {
                    (
                        Check::Valid,
                        format!("instance {id} ({}) answers and is valid", instance.name),
                    )
                }
                Ok(instance) if instance.valid == Some(false) => (
                    Check::Invalid,
                    format!(
                        "instance {id} exists but is not valid (its authorization expired?): \
                         run `{} instance reauth {id}`",
                        ctx.invocation()
                    ),
                ),
                Ok(_) => (
                    Check::Invalid,
                    format!(
                        "instance {id} exists but is disabled: enable it in the Open Connectors console"
                    ),
                ),
                Err(e) => match e.downcast_ref::<ApiError>() {
                    Some(api) if api.is_auth() || api.status == 404 => {
                        (Check::Invalid, api.to_string())
                    }
                    _ => (Check::Unreachable, format!("{e:#}")),
                },
            }
        }
        (_, _, None) => (
            Check::NotChecked,
            keyring_problem.map_or_else(
                || format!("no stored instance: run `{} auth`", ctx.invocation()),
                |p| unreadable_instance(&p, &ctx.invocation()),
            ),
        ),
        _ => {
            let (user, org) = (Id::UserSecret.setting(), Id::OrganizationSecret.setting());
            (
                Check::NotChecked,
                format!(
                    "the User or Organization secret is missing: set {} / {} or run `{} auth`",
                    user.env.unwrap_or_default(),
                    org.env.unwrap_or_default(),
                    ctx.invocation()
                ),
            )
        }
    };
    let (api_root_source, api_root_detail) = match ctx.given_api_root() {
        Some(given) => (given.origin.kind(), given.origin.to_string()),
        None => ("sandbox", "the sandbox".to_owned()),
    };
    Ok(Status {
        profile: ctx.profile.clone(),
        profile_source: ctx.profile_origin.kind(),
        profile_detail: ctx.profile_origin.to_string(),
        api_root: api_root.to_string(),
        api_root_source,
        api_root_detail,
        credentials,
        instance_id,
        check,
        message,
        usable: check == Check::Valid,
    })
}

/// What `auth logout` did.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoggedOut {
    pub profile: String,
    pub removed_keyring_entries: Vec<&'static str>,
    pub removed_settings: bool,
    pub deleted_instance: Option<String>,
}

/// `auth logout`: removes the profile's keyring entries and saved settings (and, with
/// `delete_instance`, the instance on the platform). `None` when the user said no.
pub async fn logout(
    ctx: &Context,
    yes: bool,
    delete_instance: bool,
) -> anyhow::Result<Option<LoggedOut>> {
    if !yes && ctx.no_input {
        return Err(crate::term::prompt::confirmation_needed("auth logout"));
    }
    let keyring = ctx.keyring();
    let instance_id = keyring
        .get(&ctx.profile, Item::InstanceId)
        .map_err(|e| anyhow::anyhow!("{e}; nothing was removed"))?
        .map(|id| id.expose_secret().to_owned());

    let what = match (&instance_id, delete_instance) {
        (Some(id), true) => format!(
            "delete instance {id} on the platform and remove profile {:?}'s keyring entries and settings",
            ctx.profile
        ),
        (Some(id), false) => format!(
            "remove profile {:?}'s keyring entries (including instance {id}'s token; the instance stays on the platform) and settings",
            ctx.profile
        ),
        (None, _) => format!(
            "remove profile {:?}'s keyring entries and settings",
            ctx.profile
        ),
    };
    if !yes && !prompt::confirm(format!("This will {what}. Go on?"), false).await? {
        return Ok(None);
    }

    if delete_instance {
        match instance_id.as_deref().map(str::parse::<u64>) {
            Some(Ok(id)) => delete_remote(ctx, id).await?,
            Some(Err(_)) => {
                anyhow::bail!("the stored instance id is not a number; nothing was removed")
            }
            None => output::warn("no stored instance to delete"),
        }
    }

    let mut removed = Vec::new();
    for item in Item::ALL {
        if keyring.delete(&ctx.profile, item)? {
            removed.push(item.name());
        }
    }
    let had_settings = ctx.saves_settings()
        && ConfigFile::change(|file| file.remove_profile(&ctx.profile)).await?;
    Ok(Some(LoggedOut {
        profile: ctx.profile.clone(),
        removed_keyring_entries: removed,
        removed_settings: had_settings,
        deleted_instance: if delete_instance { instance_id } else { None },
    }))
}

async fn delete_remote(ctx: &Context, id: u64) -> anyhow::Result<()> {
    let (client, _) = platform::client(ctx).await?;
    match client.delete_instance(id).await {
        Ok(()) => {
            output::info(format!("Deleted instance {id} on the platform."));
            Ok(())
        }
        Err(e)
            if e.downcast_ref::<ApiError>()
                .is_some_and(|a| a.status == 404) =>
        {
            output::warn(format!("instance {id} was already gone from the platform"));
            Ok(())
        }
        Err(e) => Err(e.context(format!(
            "could not delete instance {id}; nothing was removed locally"
        ))),
    }
}
