//! One provisioning run once its settings are known: the lookup by name (`--if-exists`),
//! the profile's lock, the create, reuse or reauthorization, the recovery of a create
//! whose answer was lost, and the store of id and token as one unit.

use secrecy::{ExposeSecret, SecretString};

use super::gather::Settings;
use super::outcome::{Action, Created, Provisioned, Replaced, Stored};
use super::request::{IfExists, ProvisionRequest};
use crate::api::http::{Redirected, TransportError, UnreadableAnswer, backoff};
use crate::api::platform::{
    ApiError, Client, ConfigValue, ELEMENT_KEY, EVENTS_CALLBACK_URL, EVENTS_ENABLED,
    EVENTS_SIGNATURE_KEY, Events, Instance, InstanceRequest, InstanceUpdate, OAuthClient,
};
use crate::app::context::Context;
use crate::app::gather::check_non_empty;
use crate::app::oauth::{self, FlowOptions};
use crate::app::platform::explain_rejection;
use crate::app::{profile, webhooks};
use crate::error::CliError;
use crate::settings::keyring::{Item, KeyringError, StoreKind};
use crate::term::interrupt::Critical;
use crate::term::{output, prompt};

/// What to do with the id and token a run ends with.
pub(super) struct ResultHandling {
    /// Store them in the profile's keyring (not with `--no-store`).
    pub(super) store: bool,
    /// Print the token even when it was stored (`--show-token`).
    pub(super) show_token: bool,
    /// Take the place of another instance the profile holds (`--replace`).
    pub(super) replace: bool,
}

/// One provisioning run, its settings gathered.
pub(super) struct Job<'r> {
    pub(super) settings: Settings,
    pub(super) request: &'r ProvisionRequest,
    /// The grant code, when given (else the browser flow runs where one is needed).
    pub(super) code: Option<SecretString>,
    pub(super) may_prompt: bool,
    /// Whether the browser flow may run where a code is needed: in `auth` and `instance
    /// reauth` (which refuse before sending when it may not), and in `instance create` only
    /// when it may prompt: else it names `--code`, as the contract says.
    pub(super) browser_flow: bool,
    pub(super) handling: ResultHandling,
    /// What to do, when already known (`instance reauth`); else decided from the name.
    pub(super) plan: Option<Plan>,
}

/// What the run will do about the name.
pub(super) enum Plan {
    /// No instance has the name: create one.
    Create,
    /// Adopt this one.
    Reuse(Instance),
    /// Authorize this one again.
    Reauth(Instance),
}

/// Decides from the instances already named `name` what to do. `invocation`: how the user
/// runs the tool as this run was run, for the command in an error.
pub(super) fn plan(
    existing: Vec<Instance>,
    if_exists: IfExists,
    name: &str,
    invocation: &str,
) -> anyhow::Result<Plan> {
    let mut existing = existing;
    if existing.len() > 1 {
        let ids: Vec<String> = existing.iter().map(|i| i.id.to_string()).collect();
        anyhow::bail!(
            "{} instances are named {name:?} (ids {}): oc-acuity cannot tell which one is meant. \
             Delete the extra ones (`{invocation} instance delete ID`) or choose another --name",
            ids.len(),
            ids.join(", ")
        );
    }
    let Some(found) = existing.pop() else {
        return Ok(Plan::Create);
    };
    match if_exists {
        IfExists::Fail => anyhow::bail!(
            "an instance named {name:?} already exists (id {}); nothing was created. \
             Pass --if-exists reuse to adopt it, --if-exists reauth to authorize it again, \
             or choose another --name",
            found.id
        ),
        IfExists::Reuse => Ok(Plan::Reuse(found)),
        IfExists::Reauth => Ok(Plan::Reauth(found)),
    }
}

/// Takes the lock of instance name `name` at the service `scope` names, held from the lookup by name
/// until the result is stored or printed: parallel runs on this machine that create or
/// reauthorize the same name take turns, stored or not (`--no-store`), so the second one
/// finds the first one's instance. Runs on other machines are guarded only by the lookup
/// (a short race remains) and by a grant code being single-use.
async fn lock_name(scope: &str, name: &str) -> anyhow::Result<std::fs::File> {
    use sha2::Digest;
    let key = sha2::Sha256::digest(format!("{scope}\n{name}"));
    let hex: String = key[..16].iter().map(|b| format!("{b:02x}")).collect();
    let path = crate::fsutil::locks_dir()?.join(format!("name-{hex}.lock"));
    crate::fsutil::lock(&path, std::time::Duration::from_secs(120)).await
}

/// The instance the profile holds now: its id, and its token when readable.
pub(super) fn profile_instance_now(ctx: &Context) -> Option<(String, Option<SecretString>)> {
    let keyring = ctx.keyring();
    let id = keyring.get(&ctx.profile, Item::InstanceId).ok()??;
    let token = keyring.get(&ctx.profile, Item::InstanceToken).ok()?;
    Some((id.expose_secret().to_owned(), token))
}

/// The common path of `auth`, `instance create` and `instance reauth` once the settings
/// are known: look the name up (unless the plan is given), check the profile may take the
/// result, get a code where one is needed, then create, adopt or reauthorize, and store.
/// The profile's lock is held throughout, so parallel runs on one profile take turns.
pub(super) async fn provision(
    ctx: &Context,
    client: &Client,
    job: Job<'_>,
) -> anyhow::Result<Provisioned> {
    let Job {
        settings,
        request,
        code,
        may_prompt,
        browser_flow,
        handling,
        plan: planned,
    } = job;
    // The name's lock first, then the profile's, in every run: no two wait on each other.
    let _name_lock = lock_name(&ctx.lock_scope(client.root())?, &settings.name).await?;
    let lock = match handling.store {
        true => Some(ctx.keyring().lock_profile(&ctx.profile).await?),
        false => None,
    };
    let plan = match planned {
        Some(plan) => plan,
        None => {
            let existing = client
                .find_by_name(&settings.name)
                .await
                .map_err(|e| explain_rejection(e, &settings.sources))?;
            plan(
                existing,
                request.if_exists,
                &settings.name,
                &ctx.invocation(),
            )?
        }
    };
    let target_id = match &plan {
        Plan::Create => None,
        Plan::Reuse(i) | Plan::Reauth(i) => Some(i.id.to_string()),
    };
    let previous = if handling.store {
        profile_instance_now(ctx)
    } else {
        None
    };
    let replaced = match previous {
        Some((id, _)) if Some(&id) == target_id.as_ref() => None,
        Some((id, token)) if handling.replace => Some(Replaced {
            id,
            token: token.map(|t| t.expose_secret().to_owned()),
        }),
        Some((id, _)) => {
            return Err(CliError::usage(format!(
                "profile {:?} holds instance {id}; storing another would drop its token. \
                 Pass --replace (its token is then printed), use another --profile, or --no-store",
                ctx.profile
            )));
        }
        None => None,
    };
    let code = match (&plan, code) {
        (Plan::Reuse(_), _) => None,
        (_, Some(code)) => Some(code),
        // Only a create with `--if-exists reuse` comes this far without a code and a
        // terminal (the others were refused before sending): the name is new after all.
        (_, None) if !browser_flow => {
            return Err(CliError::usage(format!(
                "no instance is named {:?} to reuse, and creating one needs a grant code: pass \
                 --code CODE or --code-file PATH|- (or run at a terminal, without --no-input, for \
                 the browser login)",
                settings.name
            )));
        }
        (_, None) => Some(authorize(client, &settings.oauth, request, may_prompt).await?),
    };

    let request_body = |code: SecretString| {
        InstanceRequest::acuity(
            settings.name.clone(),
            code,
            settings.oauth.clone(),
            settings.events.clone(),
            settings.tags.clone(),
        )
    };
    // From here until the token is printed or stored, signals wait (see `interrupt`).
    let critical = Critical::enter();
    let mut id_changed = false;
    let (instance, action) = match plan {
        Plan::Create => {
            let body = request_body(code.expect("a code for a create"));
            output::info(format!(
                "Creating instance {:?} at {} ...",
                settings.name,
                client.root()
            ));
            match client.create_instance(&body).await {
                Ok(instance) if !instance.name.is_empty() && instance.name != settings.name => {
                    answered_otherwise(ctx, client, &settings.name, instance).await?
                }
                Ok(instance) => (instance, Action::Created),
                Err(e) if outcome_unknown(&e) => (
                    recover(client, &settings.name, e, &ctx.invocation()).await?,
                    Action::Recovered,
                ),
                Err(e) => return Err(explain_rejection(e, &settings.sources)),
            }
        }
        Plan::Reauth(found) => {
            let body = request_body(code.expect("a code for a reauth"));
            output::info(format!(
                "Authorizing instance {} {:?} again ...",
                found.id, found.name
            ));
            let instance = match client.reauthorize_instance(found.id, &body).await {
                Ok(instance) => instance,
                Err(e) if outcome_unknown(&e) => {
                    read_back(client, found.id, found.valid, e, &ctx.invocation()).await?
                }
                Err(e) => return Err(explain_rejection(e, &settings.sources)),
            };
            // The record does not confirm that a reprovision keeps the id: when it does
            // not, the answer's id is the one to keep, and a saved Webhook URL (the old
            // id's) no longer applies.
            if instance.id != found.id {
                output::warn(format!(
                    "the platform answered the reauthorization of instance {} with instance {}: \
                     keeping {}; its Webhook URL differs from the old one (register it at \
                     Acuity again: `{} webhook register`)",
                    found.id,
                    instance.id,
                    instance.id,
                    ctx.invocation()
                ));
                id_changed = true;
            }
            (instance, Action::Reauthorized)
        }
        Plan::Reuse(found) => {
            output::info(format!(
                "Reusing instance {} {:?} ...",
                found.id, found.name
            ));
            let update = bring_to(&found, &settings);
            if !update.is_empty() {
                client
                    .update_instance(found.id, &update)
                    .await
                    .map_err(|e| explain_rejection(e, &settings.sources))?;
            }
            let instance = client
                .get_instance(found.id)
                .await
                .map_err(|e| explain_rejection(e, &settings.sources))?;
            (instance, Action::Reused)
        }
    };
    let usable = |i: &Instance| {
        i.token
            .clone()
            .filter(|t| !t.expose_secret().trim().is_empty())
    };
    // An answer without the token (or with an empty one): the instance is read back, since
    // the platform gives an instance's token to its account; never left without it.
    let (instance, token) = match usable(&instance) {
        Some(token) => (instance, token),
        None => {
            let id = instance.id;
            output::warn(format!(
                "the platform answered for instance {id} without its token: reading it back ..."
            ));
            let unknown = |why: String| -> anyhow::Error {
                CliError::OutcomeUnknown(format!(
                    "instance {id} {:?} is there, but its token is not known: {why}. Get it with \
                     `{} instance create --name {} --if-exists reuse --no-store`",
                    settings.name,
                    ctx.invocation(),
                    output::shell_word(&settings.name)
                ))
                .into()
            };
            match client.get_instance(id).await {
                Ok(read) => match usable(&read) {
                    Some(token) => (read, token),
                    None => return Err(unknown("reading it back gave none either".into())),
                },
                Err(e) => return Err(unknown(format!("reading it back failed ({e:#})"))),
            }
        }
    };

    let stored = if handling.store {
        store(ctx, &instance, &token, &settings.entered)
    } else {
        Ok(Stored::None)
    };
    if stored.is_ok() && (replaced.is_some() || id_changed) {
        // The saved Webhook URL, if any, was the replaced (or old) instance's.
        if let Err(e) = webhooks::forget_given_url(ctx).await {
            output::warn(format!(
                "could not forget the old instance's Webhook URL: {e:#}"
            ));
        }
    }
    if matches!(stored, Ok(Stored::Keyring)) {
        // The profile remembers where its instance lives: later commands go there.
        if let Err(e) = profile::remember_api_root(ctx, client.root()).await {
            output::warn(format!(
                "could not save the API root to profile {:?}: {e:#}",
                ctx.profile
            ));
        }
    }
    drop(lock);
    let (stored, store_problem) = match stored {
        Ok(stored) => (stored, None),
        Err(problem) => (Stored::None, Some(problem)),
    };
    let print_token = handling.show_token || stored != Stored::Keyring;
    let events_asked = match &settings.events {
        Events::On { callback_url, .. } => Some(callback_url.clone()),
        Events::Off => None,
    };
    let created = Created {
        id: instance.id,
        name: if instance.name.is_empty() {
            settings.name.clone()
        } else {
            instance.name.clone()
        },
        element: ELEMENT_KEY,
        events_enabled: instance.events_enabled().unwrap_or(events_asked.is_some()),
        event_callback_url: instance
            .event_callback_url()
            .map(str::to_owned)
            .or(events_asked),
        webhook_url: client.webhook_url(instance.id).into(),
        tags: if instance.tags.is_empty() {
            settings.tags.clone()
        } else {
            instance.tags.clone()
        },
        stored,
        token: print_token.then(|| token.expose_secret().to_owned()),
        action,
        replaced,
    };
    Ok(Provisioned {
        created,
        store_problem,
        keyring_service: ctx.keyring().service().to_owned(),
        profile: ctx.profile.clone(),
        invocation: ctx.invocation(),
        serving_first: ctx.serving_first().await?,
        _critical: critical,
    })
}

/// Runs the browser flow for a grant code, when prompting is allowed or the redirect comes
/// back to a loopback listener (which needs no typing).
async fn authorize(
    client: &Client,
    oauth: &OAuthClient,
    request: &ProvisionRequest,
    may_prompt: bool,
) -> anyhow::Result<SecretString> {
    let options = FlowOptions {
        timeout: request.timeout,
        no_browser: request.no_browser,
    };
    oauth::authorize(client, oauth, &options, || async move {
        if !may_prompt {
            return Err(CliError::usage(
                "the redirect URI is not a loopback address, so the redirected URL must be pasted, \
                 which needs a terminal: run without --no-input, or pass the code with --code",
            ));
        }
        prompt::text(
            "Paste the full URL your browser was sent to (or just the code)".into(),
            None,
            check_non_empty,
        )
        .await
    })
    .await
}

/// A create answered with an instance of another name: the answer may be about another
/// instance (whose token is not this one's), or the platform may store names otherwise
/// than sent. One instance of the name asked for, other than the answer's, is the one made
/// (recovered with its own token); else the answer is kept, with a warning naming both.
async fn answered_otherwise(
    ctx: &Context,
    client: &Client,
    name: &str,
    answer: Instance,
) -> anyhow::Result<(Instance, Action)> {
    let said = format!(
        "the platform answered the create with instance {} named {:?}, not {name:?}",
        answer.id,
        output::escape_controls(&answer.name),
    );
    if let Ok(found) = client.find_by_name(name).await
        && let [made] = found.as_slice()
        && made.id != answer.id
    {
        let made = client.get_instance(made.id).await?;
        output::warn(format!(
            "{said}: instance {} is the one named so, taken as the one made",
            made.id
        ));
        return Ok((made, Action::Recovered));
    }
    output::warn(format!(
        "{said}: kept as the one made; check it with `{} instance show {}`",
        ctx.invocation(),
        answer.id
    ));
    Ok((answer, Action::Created))
}

/// Whether a create's failure leaves its outcome open: the request may have reached the
/// platform (a lost or unreadable answer, a server error) rather than been refused. A 429
/// or a redirect is unusual enough for a create that it is looked up too (a lookup costs
/// one GET; a second instance costs more).
pub(super) fn outcome_unknown(error: &anyhow::Error) -> bool {
    if let Some(transport) = error.downcast_ref::<TransportError>() {
        return transport.maybe_sent;
    }
    if error.downcast_ref::<UnreadableAnswer>().is_some()
        || error.downcast_ref::<Redirected>().is_some()
    {
        return true;
    }
    error
        .downcast_ref::<ApiError>()
        .is_some_and(|api| api.status >= 500 || api.status == 429)
}

/// Whether the platform answered (a status, even a redirect), as opposed to an answer that
/// never came or could not be read.
fn answered(error: &anyhow::Error) -> bool {
    error.downcast_ref::<ApiError>().is_some() || error.downcast_ref::<Redirected>().is_some()
}

/// After a reauthorization whose answer was lost (it is never sent twice: its grant code
/// is single-use): the instance is read back. Whether the new grant took effect shows only
/// when the instance was not valid before (`was_valid`) and is now: then its token is the
/// one to keep. Valid before and after, the run cannot tell, and the platform may still
/// apply the request and change the token after the read: unknown (exit 3), as when it
/// reads back not valid or cannot be read, with the commands that tell and that try again.
pub(super) async fn read_back(
    client: &Client,
    id: u64,
    was_valid: Option<bool>,
    error: anyhow::Error,
    invocation: &str,
) -> anyhow::Result<Instance> {
    output::warn(format!(
        "{error:#}\nThe reauthorization may have taken effect: reading instance {id} back ..."
    ));
    let unknown = |why: &str| -> anyhow::Error {
        CliError::OutcomeUnknown(format!(
            "whether instance {id} was authorized again is unknown: the platform's answer was \
             lost and {why}. Its grant code is spent (single-use): `{invocation} instance show \
             {id}` says whether it is valid; `{invocation} instance reauth {id}` authorizes it \
             again with a new code"
        ))
        .into()
    };
    match client.get_instance(id).await {
        Ok(instance)
            if was_valid == Some(false)
                && instance.valid == Some(true)
                && instance.token.is_some() =>
        {
            output::info(format!(
                "Instance {id} was not valid before and reads back as valid: the \
                 reauthorization took effect."
            ));
            Ok(instance)
        }
        Ok(instance) if instance.valid != Some(false) && instance.token.is_some() => Err(unknown(
            "it reads back as valid, as it was before, so the run cannot tell; the platform may \
             still apply it and change the token (the stored one, if any, is kept)",
        )),
        Ok(_) => Err(unknown("it reads back as not valid, or without its token")),
        Err(lookup) => Err(unknown(&format!("reading it back failed too ({lookup:#})"))),
    }
}

/// After a create whose answer was lost: the instance is looked for by its name (none had
/// it before the create), and fetched with its token when found. A platform may finish a
/// create after its answer was lost, so a lookup that finds nothing is tried again
/// `--retries` times, 1 s, 2 s, 4 s ... apart. `invocation` is how the user runs the tool
/// as this run was run (`oc-acuity --sandbox`), for the command that checks.
pub(super) async fn recover(
    client: &Client,
    name: &str,
    error: anyhow::Error,
    invocation: &str,
) -> anyhow::Result<Instance> {
    output::warn(format!(
        "{error:#}\nThe create may have taken effect: looking for an instance named {name:?} ..."
    ));
    let check = format!(
        "`{invocation} instance list --name {}`",
        output::shell_word(name)
    );
    let mut lookups = 0;
    let found = loop {
        lookups += 1;
        match client.find_by_name_after_loss(name).await {
            Ok(found) if found.is_empty() && lookups <= client.retries() => {
                // The same doubling as a retry's, one step longer: 1 s, 2 s, 4 s.
                let wait = backoff(lookups + 1, 0);
                output::warn(format!(
                    "not there yet; looking again in {} s ...",
                    wait.as_secs()
                ));
                tokio::time::sleep(wait).await;
            }
            Ok(found) => break found,
            Err(lookup) => {
                return Err(CliError::OutcomeUnknown(format!(
                    "whether instance {name:?} was created is unknown: the platform's answer was \
                     lost and looking it up failed too ({lookup:#}). Check with {check} before \
                     running again (a rerun with --if-exists reuse adopts it if it exists)"
                ))
                .into());
            }
        }
    };
    let looked = match lookups {
        1 => "looked up once".to_owned(),
        n => format!("looked up {n} times"),
    };
    match found.as_slice() {
        // The platform answered (a server error, a 429, a redirect): it most likely made
        // nothing.
        [] if answered(&error) => Err(anyhow::anyhow!(
            "no instance named {name:?} was found ({looked}) after the platform answered \
             {error:#}, so most likely none was created; a slow platform may still finish it: \
             check with {check} before running again (a rerun with --if-exists reuse adopts it \
             if it appeared). The grant code may have been spent: get a new one for the rerun"
        )),
        // No answer at all: the create may be made yet (exit 3, as documented).
        [] => Err(CliError::OutcomeUnknown(format!(
            "whether instance {name:?} was created is unknown: the platform's answer was lost \
             ({error:#}) and no instance of that name was found ({looked}); a slow platform may \
             still finish it. Check with {check} before running again (a rerun with --if-exists \
             reuse adopts it if it appeared; the grant code may have been spent: get a new one \
             for the rerun)"
        ))
        .into()),
        [one] => {
            let instance = client.get_instance(one.id).await.map_err(|e| {
                CliError::OutcomeUnknown(format!(
                    "instance {} {name:?} was created, but its token could not be fetched ({e:#}): \
                     run again with --if-exists reuse to adopt it",
                    one.id
                ))
            })?;
            output::warn(format!(
                "found it: instance {} was created; its token is kept as usual",
                instance.id
            ));
            Ok(instance)
        }
        several => {
            let ids: Vec<String> = several.iter().map(|i| i.id.to_string()).collect();
            Err(CliError::OutcomeUnknown(format!(
                "the platform's answer was lost and now {} instances are named {name:?} (ids {}); \
                 another run may have made one. Check with {check}",
                ids.len(),
                ids.join(", ")
            ))
            .into())
        }
    }
}

/// The change that brings an adopted instance's events and tags to what was asked.
pub(super) fn bring_to(found: &Instance, settings: &Settings) -> InstanceUpdate {
    let mut update = InstanceUpdate::default();
    match &settings.events {
        Events::Off => {
            if found.events_enabled() != Some(false) {
                update
                    .configuration
                    .insert(EVENTS_ENABLED, ConfigValue::Bool(false));
            }
        }
        Events::On {
            callback_url,
            signature_key,
        } => {
            if found.events_enabled() != Some(true)
                || found.event_callback_url() != Some(callback_url.as_str())
            {
                update
                    .configuration
                    .insert(EVENTS_ENABLED, ConfigValue::Bool(true));
                update
                    .configuration
                    .insert(EVENTS_CALLBACK_URL, ConfigValue::Text(callback_url.clone()));
            }
            if let Some(key) = signature_key {
                update
                    .configuration
                    .insert(EVENTS_SIGNATURE_KEY, ConfigValue::Secret(key.clone()));
            }
        }
    }
    if !settings.tags.is_empty() && settings.tags != found.tags {
        update.tags = Some(settings.tags.clone());
    }
    update
}

/// Stores id, token and the typed secrets in the profile's keyring entries. Id and token
/// go in as one unit: when the second write fails, the first is put back as it was.
pub(super) fn store(
    ctx: &Context,
    instance: &Instance,
    token: &SecretString,
    entered: &[(Item, SecretString)],
) -> Result<Stored, String> {
    let keyring = ctx.keyring();
    let fail = |e: KeyringError| {
        format!(
            "{e}. Alternatives: pass --no-store and keep the printed token yourself, \
             or run where a keyring is reachable"
        )
    };
    let previous_token = keyring
        .get(&ctx.profile, Item::InstanceToken)
        .map_err(fail)?;
    keyring
        .set(&ctx.profile, Item::InstanceToken, token.expose_secret())
        .map_err(fail)?;
    if let Err(e) = keyring.set(&ctx.profile, Item::InstanceId, &instance.id.to_string()) {
        let _ = match &previous_token {
            Some(old) => keyring.set(&ctx.profile, Item::InstanceToken, old.expose_secret()),
            None => keyring.delete(&ctx.profile, Item::InstanceToken).map(drop),
        };
        return Err(fail(e));
    }
    for (item, value) in entered {
        keyring
            .set(&ctx.profile, *item, value.expose_secret())
            .map_err(fail)?;
    }
    Ok(match keyring.kind() {
        StoreKind::Os => Stored::Keyring,
        StoreKind::Memory => Stored::Memory,
    })
}
