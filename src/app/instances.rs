//! The life of an instance after it is made: list, show, delete, its token, and turning
//! its events on or off.

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use super::context::Context;
use super::provision::{explain_rejection, platform_client};
use crate::api::platform::{Client, EventsUpdate, Instance};
use crate::error::CliError;
use crate::settings::Id;
use crate::settings::keyring::Item;
use crate::term::prompt;

/// One instance as `list`, `show` and `events` print it (`--json`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Shown {
    pub id: u64,
    pub name: String,
    pub events_enabled: bool,
    pub event_callback_url: Option<String>,
    pub valid: Option<bool>,
    pub disabled: Option<bool>,
    pub created_date: String,
    pub tags: Vec<String>,
    pub webhook_url: String,
}

impl Shown {
    fn new(client: &Client, instance: &Instance) -> Self {
        Shown {
            id: instance.id,
            name: instance.name.clone(),
            events_enabled: instance.events_enabled().unwrap_or(false),
            event_callback_url: instance.event_callback_url().map(str::to_owned),
            valid: instance.valid,
            disabled: instance.disabled,
            created_date: instance.created_date.clone(),
            tags: instance.tags.clone(),
            webhook_url: client.webhook_url(instance.id).into(),
        }
    }
}

/// Which instances `list` shows.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Only instances with this tag.
    pub tag: Option<String>,
    /// Only instances whose name contains this text (case-insensitive).
    pub name: Option<String>,
}

/// `instance list`: every Acuity instance of the account that passes the filter.
pub async fn list(ctx: &Context, filter: ListFilter) -> anyhow::Result<Vec<Shown>> {
    let (client, sources) = platform_client(ctx).await?;
    let instances = client
        .list_instances()
        .await
        .map_err(|e| explain_rejection(e, &sources))?;
    let needle = filter.name.as_deref().map(str::to_lowercase);
    Ok(instances
        .iter()
        .filter(|i| filter.tag.as_ref().is_none_or(|t| i.tags.contains(t)))
        .filter(|i| {
            needle
                .as_ref()
                .is_none_or(|n| i.name.to_lowercase().contains(n))
        })
        .map(|i| Shown::new(&client, i))
        .collect())
}

/// `instance show [ID]`.
pub async fn show(ctx: &Context, id: Option<u64>) -> anyhow::Result<Shown> {
    let id = ctx.instance_id(id)?;
    let (client, sources) = platform_client(ctx).await?;
    let instance = client
        .get_instance(id)
        .await
        .map_err(|e| explain_rejection(e, &sources))?;
    Ok(Shown::new(&client, &instance))
}

/// What `instance delete` did.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deleted {
    pub deleted: u64,
    /// The profile's id and token were removed too (it was the stored instance).
    pub keyring_entries_removed: bool,
    #[serde(skip)]
    pub profile: String,
}

/// `instance delete [ID]`: asks first unless `yes`; deleting the stored instance also
/// removes its keyring entries. `None` when the user said no.
pub async fn delete(ctx: &Context, id: Option<u64>, yes: bool) -> anyhow::Result<Option<Deleted>> {
    if !yes && ctx.no_input {
        return Err(CliError::usage(
            "instance delete asks for confirmation: pass --yes with --no-input",
        ));
    }
    let id = ctx.instance_id(id)?;
    let (client, sources) = platform_client(ctx).await?;
    if !yes
        && !prompt::confirm(
            format!("Delete instance {id} on the platform? This cannot be undone."),
            false,
        )
        .await?
    {
        return Ok(None);
    }
    let stored = ctx.is_stored_instance(id);
    client
        .delete_instance(id)
        .await
        .map_err(|e| explain_rejection(e, &sources))?;
    if stored {
        for item in [Item::InstanceId, Item::InstanceToken] {
            ctx.keyring().delete(&ctx.profile, item)?;
        }
    }
    Ok(Some(Deleted {
        deleted: id,
        keyring_entries_removed: stored,
        profile: ctx.profile.clone(),
    }))
}

/// `instance token`: the stored token.
pub fn token(ctx: &Context) -> anyhow::Result<SecretString> {
    ctx.keyring()
        .get(&ctx.profile, Item::InstanceToken)?
        .ok_or_else(|| {
            CliError::Credentials(format!(
                "profile {:?} has no stored instance token (service {}): run `oc-acuity auth` or `oc-acuity instance create`",
                ctx.profile,
                ctx.keyring().service()
            ))
            .into()
        })
}

/// The token as text, for the report (the user asked for it).
pub fn reveal(token: &SecretString) -> &str {
    token.expose_secret()
}

/// `instance events enable|disable [ID]`: `Some(url)` turns events on, delivered there
/// (else to the URL from env or config); `None`... see [`EventsChange`].
#[derive(Debug, Clone)]
pub enum EventsChange {
    /// Turn events on; the URL from the flag, else env, else config.
    Enable {
        event_callback_url: Option<String>,
    },
    Disable,
}

/// `instance events enable|disable [ID]`.
pub async fn set_events(
    ctx: &Context,
    id: Option<u64>,
    change: EventsChange,
) -> anyhow::Result<Shown> {
    let update = match change {
        EventsChange::Disable => EventsUpdate::Disable,
        EventsChange::Enable { event_callback_url } => {
            let setting = Id::EventCallbackUrl.setting();
            let found = setting
                .resolve(event_callback_url, &ctx.saved())?
                .ok_or_else(|| {
                    CliError::usage(format!(
                        "events need a destination: pass {} URL (or set {})",
                        setting.flag,
                        setting.env.unwrap_or_default()
                    ))
                })?;
            EventsUpdate::Enable {
                callback_url: found.value,
            }
        }
    };
    let id = ctx.instance_id(id)?;
    let (client, sources) = platform_client(ctx).await?;
    let instance = client
        .set_events(id, &update)
        .await
        .map_err(|e| explain_rejection(e, &sources))?;
    Ok(Shown::new(&client, &instance))
}
