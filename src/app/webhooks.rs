//! The instance's Webhook URL, and its registration at Acuity through Acuity's dynamic
//! webhooks API.

use std::path::PathBuf;

use serde::Serialize;
use url::Url;

use super::context::Context;
use crate::api::acuity::{self, AcuityAuth, AcuityClient, Webhook};
use crate::api::platform::webhook_url;
use crate::settings::Id;
use crate::term::output;

/// How to reach Acuity's API as the account (`None`: not given on the command line).
#[derive(Debug, Clone, Default)]
pub struct AcuityAccess {
    pub user_id: Option<String>,
    pub api_key_file: Option<PathBuf>,
    pub base_url: Option<String>,
}

/// The Webhook URL of the instance `id` (or the profile's stored one).
pub async fn instance_webhook_url(ctx: &Context, id: Option<u64>) -> anyhow::Result<Url> {
    let id = ctx.instance_id(id)?;
    Ok(webhook_url(&ctx.api_root().await?, id))
}

/// The Acuity client: user ID from flag, env or config; API key from file, env or
/// keyring; where nothing is given, the target's demo values and its own Acuity.
async fn acuity_client(ctx: &Context, access: &AcuityAccess) -> anyhow::Result<AcuityClient> {
    let user_id = match Id::AcuityUserId
        .setting()
        .resolve(access.user_id.clone(), &ctx.saved())?
    {
        Some(found) => found.value,
        None => ctx.use_demo(Id::AcuityUserId).ok_or_else(|| {
            crate::error::CliError::usage(Id::AcuityUserId.setting().missing_message())
        })?,
    };
    let resolver = ctx.resolver();
    let api_key =
        ctx.require_secret(&resolver, Id::AcuityApiKey, access.api_key_file.as_deref())?;
    let given_root = Id::AcuityBaseUrl
        .setting()
        .resolve(access.base_url.clone(), &Default::default())?;
    let root = match given_root {
        Some(found) => Url::parse(&found.value)?,
        None => match ctx.target_acuity_root().await? {
            Some(root) => root,
            None => Url::parse(acuity::DEFAULT_API_ROOT)?,
        },
    };
    let auth = AcuityAuth {
        user_id,
        api_key: api_key.value,
    };
    AcuityClient::new(root, &auth, ctx.client_options())
}

/// Whether a registration was made now or was there before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RegistrationStatus {
    Created,
    Existing,
}

/// One line of `register`'s result.
#[derive(Debug, Serialize)]
pub struct Registration {
    pub event: String,
    pub target: String,
    pub id: u64,
    pub status: RegistrationStatus,
}

/// `webhook register`: one Acuity webhook per event pointing at the instance's Webhook
/// URL; the ones already there are kept (idempotent). Empty `events`: the default set.
pub async fn register(
    ctx: &Context,
    id: Option<u64>,
    events: &[String],
    access: &AcuityAccess,
) -> anyhow::Result<Vec<Registration>> {
    let events: Vec<String> = if events.is_empty() {
        acuity::DEFAULT_EVENTS
            .iter()
            .map(|e| e.to_string())
            .collect()
    } else {
        let mut unique: Vec<String> = Vec::new();
        for event in events {
            if !unique.contains(event) {
                unique.push(event.clone());
            }
        }
        unique
    };
    let overlapping = [
        "appointment.scheduled",
        "appointment.rescheduled",
        "appointment.canceled",
    ];
    if events.iter().any(|e| e == "appointment.changed")
        && events.iter().any(|e| overlapping.contains(&e.as_str()))
    {
        output::warn(
            "appointment.changed fires for every change, so together with scheduled/rescheduled/canceled \
             Acuity delivers each change twice",
        );
    }
    let target = instance_webhook_url(ctx, id).await?.to_string();
    let client = acuity_client(ctx, access).await?;
    let existing = client.list_webhooks().await?;

    let mut results = Vec::new();
    let mut missing = Vec::new();
    for event in &events {
        match existing
            .iter()
            .find(|w| &w.event == event && w.target == target)
        {
            Some(w) => results.push(Registration {
                event: event.clone(),
                target: target.clone(),
                id: w.id,
                status: RegistrationStatus::Existing,
            }),
            None => missing.push(event.clone()),
        }
    }
    if existing.len() + missing.len() > acuity::MAX_WEBHOOKS {
        anyhow::bail!(
            "Acuity allows at most {} webhooks per account; {} exist and {} more are needed, so none was registered. \
             See them with `oc-acuity webhook list --all`; remove some (at Acuity, or `oc-acuity webhook remove INSTANCE_ID` for an instance's own), or register fewer events with --event.",
            acuity::MAX_WEBHOOKS,
            existing.len(),
            missing.len()
        );
    }
    for event in missing {
        let created = client.create_webhook(&event, &target).await?;
        results.push(Registration {
            event,
            target: target.clone(),
            id: created.id,
            status: RegistrationStatus::Created,
        });
    }
    Ok(results)
}

/// What `webhook list` found.
pub struct Listed {
    pub webhooks: Vec<Webhook>,
    /// Every webhook of the account, not only the instance's.
    pub all: bool,
}

/// `webhook list [--all]`.
pub async fn list(
    ctx: &Context,
    id: Option<u64>,
    all: bool,
    access: &AcuityAccess,
) -> anyhow::Result<Listed> {
    let target = if all {
        None
    } else {
        Some(instance_webhook_url(ctx, id).await?.to_string())
    };
    let client = acuity_client(ctx, access).await?;
    let webhooks = client
        .list_webhooks()
        .await?
        .into_iter()
        .filter(|w| target.as_ref().is_none_or(|t| &w.target == t))
        .collect();
    Ok(Listed { webhooks, all })
}

/// What `webhook remove` removed.
#[derive(Debug, Serialize)]
pub struct Removed {
    pub removed: Vec<u64>,
    #[serde(skip)]
    pub target: String,
}

/// `webhook remove [ID]`: every Acuity webhook pointing at the instance's Webhook URL.
pub async fn remove(
    ctx: &Context,
    id: Option<u64>,
    access: &AcuityAccess,
) -> anyhow::Result<Removed> {
    let target = instance_webhook_url(ctx, id).await?.to_string();
    let client = acuity_client(ctx, access).await?;
    let mine: Vec<Webhook> = client
        .list_webhooks()
        .await?
        .into_iter()
        .filter(|w| w.target == target)
        .collect();
    for w in &mine {
        client.delete_webhook(w.id).await?;
        output::info(format!("Removed webhook {} ({})", w.id, w.event));
    }
    Ok(Removed {
        removed: mine.iter().map(|w| w.id).collect(),
        target,
    })
}
