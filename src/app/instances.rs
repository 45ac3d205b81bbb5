//! The life of an instance after it is made: list, show, delete, its token, and turning
//! its events on or off.

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use super::context::{AuthSources, Context};
use super::platform::{self, explain_rejection};
use super::webhooks::{
    AcuityAccess, acuity_client, forget_given_url, given_url, url_of, webhook_target,
};
use std::path::PathBuf;

use crate::api::platform::{
    Client, ConfigValue, EVENTS_CALLBACK_URL, EVENTS_ENABLED, EVENTS_SIGNATURE_KEY, Instance,
    InstancePages, InstanceQuery, InstanceUpdate,
};
use crate::error::CliError;
use crate::settings::keyring::Item;
use crate::settings::{Id, Origin, validate};
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
    fn new(client: &Client, given: &Option<(u64, String)>, instance: &Instance) -> Self {
        Shown {
            id: instance.id,
            name: instance.name.clone(),
            events_enabled: instance.events_enabled().unwrap_or(false),
            event_callback_url: instance.event_callback_url().map(str::to_owned),
            valid: instance.valid,
            disabled: instance.disabled,
            created_date: instance.created_date.clone(),
            tags: instance.tags.clone(),
            webhook_url: url_of(client, given, instance.id),
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

/// `instance list`: the account's Acuity instances that pass the filter, a page at a time
/// ([`Listing::next_page`]), so that the list is printed as it arrives and memory does not
/// grow with the account.
pub async fn list(ctx: &Context, filter: ListFilter) -> anyhow::Result<Listing> {
    let (client, sources) = platform::client(ctx).await?;
    Ok(Listing {
        needle: filter.name.as_deref().map(str::to_lowercase),
        given: given_url(ctx)?,
        // Hydrated: the list shows events and tags. The tag is asked of the platform
        // (`tags[]`) and checked again here; the name is matched here, as a substring
        // (how `searchText` matches is not documented).
        pages: InstancePages::new(InstanceQuery {
            tags: filter.tag.iter().cloned().collect(),
            ..InstanceQuery::default()
        }),
        tag: filter.tag,
        client,
        sources,
    })
}

/// One `instance list` under way (see [`list`]).
pub struct Listing {
    client: Client,
    sources: AuthSources,
    pages: InstancePages,
    tag: Option<String>,
    /// The name filter, lowercased.
    needle: Option<String>,
    given: Option<(u64, String)>,
}

impl Listing {
    /// The next page's instances that pass the filter (maybe none), or `None` at the end.
    pub async fn next_page(&mut self) -> anyhow::Result<Option<Vec<Shown>>> {
        let page = self
            .pages
            .next_page(&self.client)
            .await
            .map_err(|e| explain_rejection(e, &self.sources))?;
        let Some(page) = page else {
            return Ok(None);
        };
        Ok(Some(
            page.iter()
                .filter(|i| self.tag.as_ref().is_none_or(|t| i.tags.contains(t)))
                .filter(|i| {
                    self.needle
                        .as_ref()
                        .is_none_or(|n| i.name.to_lowercase().contains(n))
                })
                .map(|i| Shown::new(&self.client, &self.given, i))
                .collect(),
        ))
    }
}

/// `instance show [ID]`.
pub async fn show(ctx: &Context, id: Option<u64>) -> anyhow::Result<Shown> {
    let id = ctx.instance_id(id)?;
    let (client, sources) = platform::client(ctx).await?;
    let instance = client
        .get_instance(id)
        .await
        .map_err(|e| explain_rejection(e, &sources))?;
    Ok(Shown::new(&client, &given_url(ctx)?, &instance))
}

/// What `instance delete` did.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deleted {
    pub deleted: u64,
    /// The profile's id and token were removed too (it was the stored instance).
    pub keyring_entries_removed: bool,
    /// The Acuity webhooks that pointed at the instance's Webhook URL, removed.
    pub webhooks_removed: Vec<u64>,
    /// Why its Acuity webhooks (if any) remain, and how to remove them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhooks_remain: Option<String>,
    #[serde(skip)]
    pub profile: String,
}

/// `instance delete [ID]`: asks first unless `yes`; deleting the stored instance also
/// removes its keyring entries. `None` when the user said no.
pub async fn delete(ctx: &Context, id: Option<u64>, yes: bool) -> anyhow::Result<Option<Deleted>> {
    if !yes && ctx.no_input {
        return Err(crate::term::prompt::confirmation_needed("instance delete"));
    }
    let id = ctx.instance_id(id)?;
    let (client, sources) = platform::client(ctx).await?;
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
    let target = webhook_target(ctx, Some(id), None).await?.webhook_url;
    client
        .delete_instance(id)
        .await
        .map_err(|e| explain_rejection(e, &sources))?;
    if stored {
        for item in [Item::InstanceId, Item::InstanceToken] {
            ctx.keyring().delete(&ctx.profile, item)?;
        }
        forget_given_url(ctx).await?;
    }
    let (webhooks_removed, webhooks_remain) = match remove_webhooks_to(ctx, &target).await {
        Ok(removed) => (removed, None),
        Err(why) => (
            Vec::new(),
            Some(format!(
                "Acuity webhooks pointing at {target} (if any) remain: {why}. Remove them at \
                 Acuity, or with `{} webhook remove --stale` once the Acuity user ID \
                 and API key are at hand",
                ctx.invocation()
            )),
        ),
    };
    Ok(Some(Deleted {
        deleted: id,
        keyring_entries_removed: stored,
        webhooks_removed,
        webhooks_remain,
        profile: ctx.profile.clone(),
    }))
}

/// Removes the Acuity webhooks pointing at `target`, when the Acuity credentials are at
/// hand (env, config, keyring, or the sandbox's demo values); else says why not.
async fn remove_webhooks_to(ctx: &Context, target: &str) -> Result<Vec<u64>, String> {
    let client = acuity_client(ctx, &AcuityAccess::default())
        .await
        .map_err(|e| format!("no Acuity credentials ({e:#})"))?;
    let webhooks = client.list_webhooks().await.map_err(|e| format!("{e:#}"))?;
    let mut removed = Vec::new();
    for w in webhooks.iter().filter(|w| w.target == target) {
        client
            .delete_webhook(w.id)
            .await
            .map_err(|e| format!("{e:#}"))?;
        removed.push(w.id);
    }
    Ok(removed)
}

/// `instance token`: the stored token; where the target has a fallback instance (the
/// sandbox's newest), its token from the platform.
pub async fn token(ctx: &Context) -> anyhow::Result<SecretString> {
    let stored = ctx.keyring().get(&ctx.profile, Item::InstanceToken);
    if let Ok(Some(token)) = stored {
        return Ok(token);
    }
    // Unreadable (a locked keyring) is not empty: the sandbox's newest does not stand in.
    if let (Ok(None), Some(newest)) = (&stored, ctx.newest_instance()) {
        let id = ctx.announce(newest);
        let (client, sources) = platform::client(ctx).await?;
        let instance = client
            .get_instance(id)
            .await
            .map_err(|e| explain_rejection(e, &sources))?;
        if let Some(token) = instance.token {
            return Ok(token);
        }
    }
    let kept = if ctx.keyring().kind() == crate::settings::keyring::StoreKind::Memory {
        " (without an OS keyring, a token is kept for the run that made it only)"
    } else {
        ""
    };
    let c = ctx.invocation();
    // Unreachable or locked is not empty: a new instance would be a second one.
    let message = match stored {
        Err(e) => super::status::unreadable_instance(&e, &c),
        Ok(_) => format!(
            "profile {:?} has no stored instance token (service {}){kept}: run `{c} auth` or \
             `{c} instance create` for a new instance; for an existing one, `{c} instance create \
             --name NAME --if-exists reuse` stores its token",
            ctx.profile,
            ctx.keyring().service(),
        ),
    };
    Err(CliError::Credentials(message).into())
}

/// The token as text, for the report (the user asked for it).
pub fn reveal(token: &SecretString) -> &str {
    token.expose_secret()
}

/// `instance events enable|disable [ID]`.
#[derive(Debug, Clone)]
pub enum EventsChange {
    /// Turn events on; the URL from the flag, else env, else config.
    Enable {
        event_callback_url: Option<String>,
    },
    Disable,
}

/// `instance events enable|disable [ID]`: a shorthand of [`update`].
pub async fn set_events(
    ctx: &Context,
    id: Option<u64>,
    change: EventsChange,
) -> anyhow::Result<Shown> {
    let request = match change {
        EventsChange::Disable => UpdateRequest {
            id,
            events: Some(false),
            ..UpdateRequest::default()
        },
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
            UpdateRequest {
                id,
                events: Some(true),
                event_callback_url: Some(found.value),
                ..UpdateRequest::default()
            }
        }
    };
    Ok(update(ctx, request).await?.instance)
}

/// `instance update [ID]`, as given (`None`, empty: leave as it is).
#[derive(Debug, Clone, Default)]
pub struct UpdateRequest {
    pub id: Option<u64>,
    pub name: Option<String>,
    /// The new tags (replacing the old ones) when not empty.
    pub tags: Vec<String>,
    pub event_callback_url: Option<String>,
    pub signature_key_file: Option<PathBuf>,
    /// Events on or off.
    pub events: Option<bool>,
}

/// What `instance update` changed.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Updated {
    #[serde(flatten)]
    pub instance: Shown,
    /// The keys sent (`name`, `tags`, configuration keys); empty when nothing changed.
    pub changed: Vec<String>,
}

/// `instance update [ID]`: sends only what differs from the instance as it is now.
pub async fn update(ctx: &Context, request: UpdateRequest) -> anyhow::Result<Updated> {
    let usage = |flag: &str, e: String| CliError::usage(format!("{flag}: {e}"));
    let name = request
        .name
        .as_deref()
        .map(|n| validate::non_empty(n).map_err(|e| usage("--name", e)))
        .transpose()?;
    let tags = request
        .tags
        .iter()
        .map(|t| validate::non_empty(t).map_err(|e| usage("--tag", e)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let url_setting = Id::EventCallbackUrl.setting();
    let event_callback_url = match &request.event_callback_url {
        Some(url) => Some(url_setting.validate(url, &Origin::Flag(url_setting.flag))?),
        None => None,
    };
    let resolver = ctx.resolver();
    let signature_key = match &request.signature_key_file {
        Some(path) => resolver
            .find(Id::SignatureKey, Some(path))?
            .map(|f| f.value),
        None => None,
    };
    let id = ctx.instance_id(request.id)?;
    let (client, sources) = platform::client(ctx).await?;
    let found = client
        .get_instance(id)
        .await
        .map_err(|e| explain_rejection(e, &sources))?;

    let asked = Asked {
        name,
        tags,
        events: request.events,
        event_callback_url,
        signature_key,
    };
    let change = change_to(&found, asked, url_setting.flag)?;

    let mut changed: Vec<String> = Vec::new();
    if change.name.is_some() {
        changed.push("name".into());
    }
    if change.tags.is_some() {
        changed.push("tags".into());
    }
    changed.extend(change.configuration.keys().map(|k| (*k).to_owned()));
    let instance = if change.is_empty() {
        found
    } else {
        client
            .update_instance(id, &change)
            .await
            .map_err(|e| explain_rejection(e, &sources))?
    };
    Ok(Updated {
        instance: Shown::new(&client, &given_url(ctx)?, &instance),
        changed,
    })
}

/// What `instance update` asked for, checked.
struct Asked {
    name: Option<String>,
    tags: Vec<String>,
    events: Option<bool>,
    event_callback_url: Option<String>,
    signature_key: Option<SecretString>,
}

/// The PATCH that brings `found` to what was `asked`: only what differs. Events are
/// touched only when asked about (`--events`, `--no-events`, `--event-callback-url`): an
/// instance whose record does not say whether they are on is left as it is.
fn change_to(found: &Instance, asked: Asked, url_flag: &str) -> anyhow::Result<InstanceUpdate> {
    let Asked {
        name,
        tags,
        events,
        event_callback_url,
        signature_key,
    } = asked;
    let mut change = InstanceUpdate::default();
    if let Some(name) = name.filter(|n| *n != found.name) {
        change.name = Some(name);
    }
    if !tags.is_empty() && tags != found.tags {
        change.tags = Some(tags);
    }
    match events.or(event_callback_url.as_ref().map(|_| true)) {
        None => {}
        Some(true) => {
            let url = event_callback_url
                .or_else(|| found.event_callback_url().map(str::to_owned))
                .ok_or_else(|| {
                    CliError::usage(format!("events need a destination: pass {url_flag} URL"))
                })?;
            if found.events_enabled() != Some(true) {
                change
                    .configuration
                    .insert(EVENTS_ENABLED, ConfigValue::Bool(true));
            }
            if found.event_callback_url() != Some(url.as_str()) {
                change
                    .configuration
                    .insert(EVENTS_CALLBACK_URL, ConfigValue::Text(url));
            }
        }
        Some(false) if found.events_enabled() != Some(false) => {
            change
                .configuration
                .insert(EVENTS_ENABLED, ConfigValue::Bool(false));
        }
        Some(false) => {}
    }
    if let Some(key) = signature_key {
        // Never echoed by the platform, so it cannot be compared: sent when given.
        change
            .configuration
            .insert(EVENTS_SIGNATURE_KEY, ConfigValue::Secret(key));
    }
    Ok(change)
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    /// An instance named "acuity" tagged "a", with `configuration`.
    fn found(configuration: Value) -> Instance {
        serde_json::from_value(json!({
            "id": 7, "name": "acuity", "tags": ["a"], "configuration": configuration
        }))
        .unwrap()
    }

    fn asked(name: Option<&str>, events: Option<bool>, url: Option<&str>) -> Asked {
        Asked {
            name: name.map(str::to_owned),
            tags: Vec::new(),
            events,
            event_callback_url: url.map(str::to_owned),
            signature_key: None,
        }
    }

    /// What `instance update` sends (the PATCH body, or the error), from what the record
    /// says and what was asked.
    #[test]
    fn an_update_sends_only_what_was_asked_and_differs() {
        let on = json!({"event.notification.enabled": true,
                        "event.notification.callback.url": "https://e.example/x"});
        let off = json!({"event.notification.enabled": false});
        let unknown = json!({});
        let null = json!({"event.notification.enabled": null});
        #[rustfmt::skip]
        let rows: [(&str, Value, Asked, Result<Value, &str>); 10] = [
            ("a rename of an instance whose events are unknown leaves them", unknown.clone(),
             asked(Some("renamed"), None, None), Ok(json!({"name": "renamed"}))),
            ("so does a null enabled", null.clone(),
             asked(Some("renamed"), None, None), Ok(json!({"name": "renamed"}))),
            ("a rename leaves events on", on.clone(),
             asked(Some("renamed"), None, None), Ok(json!({"name": "renamed"}))),
            ("the same name sends nothing", off.clone(),
             asked(Some("acuity"), None, None), Ok(json!({}))),
            ("--no-events on unknown turns them off", unknown.clone(),
             asked(None, Some(false), None),
             Ok(json!({"configuration": {"event.notification.enabled": false}}))),
            ("--no-events when off sends nothing", off.clone(),
             asked(None, Some(false), None), Ok(json!({}))),
            ("--events when on at the same URL sends nothing", on.clone(),
             asked(None, Some(true), None), Ok(json!({}))),
            ("--events without a URL anywhere is refused", off.clone(),
             asked(None, Some(true), None), Err("events need a destination")),
            ("a new URL turns them on there", null,
             asked(None, None, Some("https://n.example/y")),
             Ok(json!({"configuration": {"event.notification.enabled": true,
                                          "event.notification.callback.url": "https://n.example/y"}}))),
            ("a new URL when on sends the URL only", on,
             asked(None, None, Some("https://n.example/y")),
             Ok(json!({"configuration": {"event.notification.callback.url": "https://n.example/y"}}))),
        ];
        for (why, configuration, asked, expected) in rows {
            let got = change_to(&found(configuration), asked, "--event-callback-url")
                .map(|change| serde_json::from_slice::<Value>(&change.to_body()).unwrap());
            match (got, expected) {
                (Ok(body), Ok(expected)) => assert_eq!(body, expected, "{why}"),
                (Err(e), Err(said)) => assert!(e.to_string().contains(said), "{why}: {e}"),
                (got, expected) => panic!("{why}: got {got:?}, expected {expected:?}"),
            }
        }
    }
}
