//! The instance's Webhook URL, and its registration at Acuity through Acuity's dynamic
//! webhooks API.

use std::collections::HashSet;
use std::path::PathBuf;

use base64::Engine;
use serde::Serialize;
use url::Url;

use super::context::Context;
use super::gather::{require_secret, use_demo};
use super::platform;
use crate::api::acuity::{self, AcuityAuth, AcuityClient, Webhook};
use crate::api::platform::{ELEMENT_KEY, webhook_url};
use crate::error::CliError;
use crate::settings::config::ConfigFile;
use crate::settings::{Id, Origin};
use crate::term::output;

/// How to reach Acuity's API as the account (`None`: not given on the command line).
#[derive(Debug, Clone, Default)]
pub struct AcuityAccess {
    pub user_id: Option<String>,
    pub api_key_file: Option<PathBuf>,
    pub base_url: Option<String>,
}

/// Where a Webhook URL comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UrlSource {
    /// Derived from the instance id, as the platform documents for its connectors.
    Derived,
    /// Given by the user (flag, env, or the profile's `webhook-url`), from the console.
    Given,
}

/// An instance's Webhook URL, and where it comes from.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WebhookTarget {
    pub id: u64,
    pub webhook_url: String,
    pub source: UrlSource,
    /// How the user runs the tool as this run was run, for the command in [`Self::caveat`].
    pub invocation: String,
}

impl WebhookTarget {
    /// What people should know about where the URL comes from.
    pub fn caveat(&self) -> Option<String> {
        (self.source == UrlSource::Derived).then(|| {
            format!(
                "The Webhook URL is derived from the instance id, as the platform documents for \
                 its connectors; the Open Connectors console shows the authoritative one \
                 (pass it with `{} webhook register {} --url URL` to use it from then on).",
                self.invocation, self.id
            )
        })
    }
}

/// The Webhook URL of instance `id` (or the profile's stored one): `given` (the `--url`
/// flag), else, for the profile's own instance, `OC_ACUITY_WEBHOOK_URL` or the saved
/// `webhook-url`; else derived from the id.
pub async fn webhook_target(
    ctx: &Context,
    id: Option<u64>,
    given: Option<String>,
) -> anyhow::Result<WebhookTarget> {
    let setting = Id::WebhookUrl.setting();
    // Checked whether or not it is used (bad input is refused before anything is done).
    let saved = setting.resolve(None, &ctx.saved())?;
    let id = ctx.instance_id(id)?;
    let found = match (given, saved) {
        (Some(url), _) => Some(setting.validate(&url, &Origin::Flag(setting.flag))?),
        (None, Some(saved)) if ctx.is_stored_instance(id) => Some(saved.value),
        (None, Some(saved)) => {
            output::warn(format!(
                "{} applies to the profile's stored instance only; instance {id} uses its own \
                 Webhook URL (pass --url to give one)",
                saved.origin
            ));
            None
        }
        (None, None) => None,
    };
    let invocation = ctx.invocation();
    Ok(match found {
        Some(url) => WebhookTarget {
            id,
            webhook_url: url,
            source: UrlSource::Given,
            invocation,
        },
        None => WebhookTarget {
            id,
            webhook_url: webhook_url(&ctx.api_root().await?, id).into(),
            source: UrlSource::Derived,
            invocation,
        },
    })
}

/// The Webhook URL the user gave for the profile's own instance (`OC_ACUITY_WEBHOOK_URL`
/// or the saved `webhook-url`), with that instance's id: looked up once per command.
pub fn given_url(ctx: &Context) -> anyhow::Result<Option<(u64, String)>> {
    let Some(found) = Id::WebhookUrl.setting().resolve(None, &ctx.saved())? else {
        return Ok(None);
    };
    Ok(ctx
        .instance(None)
        .ok()
        .map(|chosen| (chosen.id, found.value)))
}

/// The Webhook URL of instance `id` on `client`'s platform: the one given for it, else
/// derived from the id.
pub fn url_of(
    client: &crate::api::platform::Client,
    given: &Option<(u64, String)>,
    id: u64,
) -> String {
    match given {
        Some((stored, url)) if *stored == id => url.clone(),
        _ => client.webhook_url(id).into(),
    }
}

/// Forgets the saved Webhook URL when the profile's instance changed: it was another
/// instance's.
pub async fn forget_given_url(ctx: &Context) -> anyhow::Result<()> {
    let key = Id::WebhookUrl.setting().config_key.expect("a config key");
    if !ctx.saves_settings() || ctx.saved().get(key).is_none() {
        return Ok(());
    }
    ConfigFile::change(|file| file.profile_mut(&ctx.profile).set(key, None)).await
}

/// Saves a Webhook URL the user gave for the profile's own instance, so that every later
/// command uses it.
async fn remember(ctx: &Context, target: &WebhookTarget) -> anyhow::Result<()> {
    if target.source != UrlSource::Given
        || !ctx.saves_settings()
        || !ctx.is_stored_instance(target.id)
    {
        return Ok(());
    }
    let key = Id::WebhookUrl.setting().config_key.expect("a config key");
    if ctx.saved().get(key) == Some(target.webhook_url.as_str()) {
        return Ok(());
    }
    ConfigFile::change(|file| {
        file.profile_mut(&ctx.profile)
            .set(key, Some(target.webhook_url.clone()))
    })
    .await?;
    output::info(format!(
        "Saved the Webhook URL to profile {:?} (webhook-url).",
        ctx.profile
    ));
    Ok(())
}

/// Checks the Acuity user ID and API root where they are given (flag, environment,
/// config) without using them: a bad one is a usage error naming its source. One that is
/// missing is no error here (`doctor` reports it as a finding of its step).
pub fn check_given_access(ctx: &Context, access: &AcuityAccess) -> anyhow::Result<()> {
    Id::AcuityUserId
        .setting()
        .resolve(access.user_id.clone(), &ctx.saved())?;
    Id::AcuityBaseUrl
        .setting()
        .resolve(access.base_url.clone(), &Default::default())?;
    Ok(())
}

/// The Acuity client: user ID from flag, env or config; API key from file, env or
/// keyring; where nothing is given, the target's demo values and its own Acuity.
pub async fn acuity_client(ctx: &Context, access: &AcuityAccess) -> anyhow::Result<AcuityClient> {
    let user_id = match Id::AcuityUserId
        .setting()
        .resolve(access.user_id.clone(), &ctx.saved())?
    {
        Some(found) => found.value,
        None => use_demo(ctx, Id::AcuityUserId)
            .ok_or_else(|| CliError::usage(Id::AcuityUserId.setting().missing_message()))?,
    };
    let resolver = ctx.resolver();
    let api_key = require_secret(
        ctx,
        &resolver,
        Id::AcuityApiKey,
        access.api_key_file.as_deref(),
    )?;
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

/// What `register` did, and for which URL.
#[derive(Debug)]
pub struct Registered {
    pub registrations: Vec<Registration>,
    pub target: WebhookTarget,
}

/// `webhook register`: one Acuity webhook per event pointing at the instance's Webhook
/// URL; the ones already there are kept (idempotent). Empty `events`: the default set.
pub async fn register(
    ctx: &Context,
    id: Option<u64>,
    url: Option<String>,
    events: &[String],
    access: &AcuityAccess,
) -> anyhow::Result<Registered> {
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
    // Under a sandbox of this run only, the Webhook URL's port closes when the run ends:
    // each run would add webhooks pointing at nothing, which no later run matches (its
    // port differs) to remove or reuse.
    if url.is_none()
        && let Some(how) = ctx.serving_first().await?
    {
        return Err(CliError::usage(format!(
            "this run's sandbox ends with it, and with it the port in the Webhook URL: a \
             webhook registered now would point at nothing. First {how}"
        )));
    }
    let webhook = webhook_target(ctx, id, url).await?;
    let target = webhook.webhook_url.clone();
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
             See them with `{c} webhook list --all`; remove some (at Acuity, or `{c} webhook remove INSTANCE_ID` for an instance's own), or register fewer events with --event.",
            acuity::MAX_WEBHOOKS,
            existing.len(),
            missing.len(),
            c = ctx.invocation()
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
    remember(ctx, &webhook).await?;
    Ok(Registered {
        registrations: results,
        target: webhook,
    })
}

/// Whether a registration points at an instance that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Standing {
    /// It points at an existing instance's Webhook URL.
    Current,
    /// It points at the Webhook URL of an instance that no longer exists.
    Stale,
    /// It points elsewhere (not an Acuity instance's Webhook URL of this platform).
    Other,
}

/// A registration at Acuity, and whether it is stale.
#[derive(Debug, Serialize)]
pub struct ListedWebhook {
    #[serde(flatten)]
    pub webhook: Webhook,
    /// Only with `--all`, where the account's instances are looked up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standing: Option<Standing>,
}

/// What `webhook list` found.
pub struct ListedWebhooks {
    pub webhooks: Vec<ListedWebhook>,
    /// Every webhook of the account, not only the instance's.
    pub all: bool,
    /// How the user runs the tool as this run was run, for the command in the notes.
    pub invocation: String,
}

/// The instance id a Webhook URL names: `.../events/acuityscheduling/<base64 of the id>`.
pub fn instance_of(target: &str) -> Option<u64> {
    let url = Url::parse(target).ok()?;
    let mut segments: Vec<&str> = url.path_segments()?.collect();
    let encoded = segments.pop()?;
    let key = segments.pop()?;
    let events = segments.pop()?;
    if events != "events" || key != ELEMENT_KEY {
        return None;
    }
    let text = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    String::from_utf8(text).ok()?.parse().ok()
}

/// How each registration stands, given the ids of the account's instances.
pub fn standing(webhook: &Webhook, instances: &HashSet<u64>) -> Standing {
    match instance_of(&webhook.target) {
        Some(id) if instances.contains(&id) => Standing::Current,
        Some(_) => Standing::Stale,
        None => Standing::Other,
    }
}

/// The ids of the account's Acuity instances.
pub async fn instance_ids(ctx: &Context) -> anyhow::Result<HashSet<u64>> {
    let (client, _) = platform::client(ctx).await?;
    client.instance_ids().await
}

/// `webhook list [--all]`: the instance's registrations, or the account's with each
/// marked current, stale or other.
pub async fn list(
    ctx: &Context,
    id: Option<u64>,
    all: bool,
    access: &AcuityAccess,
) -> anyhow::Result<ListedWebhooks> {
    let target = if all {
        None
    } else {
        Some(webhook_target(ctx, id, None).await?.webhook_url)
    };
    let client = acuity_client(ctx, access).await?;
    let webhooks: Vec<Webhook> = client
        .list_webhooks()
        .await?
        .into_iter()
        .filter(|w| target.as_ref().is_none_or(|t| &w.target == t))
        .collect();
    let instances = if all {
        Some(instance_ids(ctx).await?)
    } else {
        None
    };
    let webhooks = webhooks
        .into_iter()
        .map(|webhook| ListedWebhook {
            standing: instances.as_ref().map(|ids| standing(&webhook, ids)),
            webhook,
        })
        .collect();
    Ok(ListedWebhooks {
        webhooks,
        all,
        invocation: ctx.invocation(),
    })
}

/// What `webhook remove` removed.
#[derive(Debug, Serialize)]
pub struct Removed {
    pub removed: Vec<u64>,
    /// The URL whose registrations were removed; `None`: the stale ones.
    #[serde(skip)]
    pub target: Option<String>,
}

/// `webhook remove [ID]`: every Acuity webhook pointing at the instance's Webhook URL;
/// with `stale`, every one pointing at an instance that no longer exists.
pub async fn remove(
    ctx: &Context,
    id: Option<u64>,
    stale: bool,
    access: &AcuityAccess,
) -> anyhow::Result<Removed> {
    let (target, instances) = if stale {
        (None, Some(instance_ids(ctx).await?))
    } else {
        (Some(webhook_target(ctx, id, None).await?.webhook_url), None)
    };
    let client = acuity_client(ctx, access).await?;
    let doomed: Vec<Webhook> = client
        .list_webhooks()
        .await?
        .into_iter()
        .filter(|w| match &instances {
            Some(ids) => standing(w, ids) == Standing::Stale,
            None => Some(&w.target) == target.as_ref(),
        })
        .collect();
    for w in &doomed {
        client.delete_webhook(w.id).await?;
        output::info(format!("Removed webhook {} ({})", w.id, w.event));
    }
    Ok(Removed {
        removed: doomed.iter().map(|w| w.id).collect(),
        target,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_instance_of_a_webhook_url() {
        assert_eq!(
            instance_of("https://h/elements/api-v2/events/acuityscheduling/MjA5MzE="),
            Some(20931)
        );
        assert_eq!(instance_of("https://h/events/closeio/MjA5MzE="), None);
        assert_eq!(instance_of("https://example.com/hook"), None);
        assert_eq!(instance_of("not a url"), None);
    }
}
