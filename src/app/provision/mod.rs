//! Provisioning shared by `oc-acuity auth`, `instance create` and `instance reauth`:
//! gathering the settings (`gather`: flags, env, config, keyring, then prompts when
//! allowed), the OAuth step, then (`run`) the lookup by name, the profile lock, the create
//! (or reuse, or reauthorization) with the recovery of a lost answer, and the store. The
//! result is a [`Provisioned`] for the report layer to print.
//!
//! This file holds the three entry points; `request` what they are asked, `outcome` what
//! they end with.

mod gather;
mod outcome;
mod request;
mod run;

pub use outcome::{Action, Created, LoggedIn, Provisioned, Replaced, Stored};
pub use request::{CreateRequest, IfExists, LoginRequest, ProvisionRequest, ReauthRequest};

use run::{Job, Plan, ResultHandling, provision};

use secrecy::{ExposeSecret, SecretString};
use url::Url;

use super::context::{Context, DEFAULT_BASE_URL, InstanceOrigin};
use super::gather::{Asking, Gatherer};
use super::platform::{self, explain_rejection};
use crate::api::platform::Events;
use crate::error::CliError;
use crate::settings::config::{self, ConfigFile, ProfileSettings};
use crate::settings::{Id, Origin, check_single_stdin, read_value_file, validate};
use crate::term::{output, prompt};

/// What a run that cannot prompt says when it has no grant code.
const NO_CODE: &str = "no grant code: pass --code CODE or --code-file PATH|- with the code \
     Acuity sent to your redirect URI (or run at a terminal, without --no-input, for the \
     browser login)";

/// `instance create`: gathers the settings without asking for optional ones, runs the
/// browser flow when no code is given (and prompts are allowed), and creates (or, with
/// `--if-exists`, reuses or reauthorizes) the instance.
pub async fn create(ctx: &Context, request: CreateRequest) -> anyhow::Result<Provisioned> {
    let p = &request.provision;
    check_stdin_once(ctx, request.code_file.as_deref(), p)?;
    validate::non_empty(&request.name).map_err(|e| CliError::usage(format!("--name: {e}")))?;
    let code = grant_code(request.code.as_deref(), request.code_file.as_deref())?;
    let mut gatherer = Gatherer::new(ctx, Asking::Required);
    let may_prompt = gatherer.may_prompt();
    check_can_store(
        ctx,
        !request.no_store,
        may_prompt,
        Before::Asking,
        "pass --no-store to get the token printed instead",
    )?;
    if code.is_none() && !may_prompt && p.if_exists != IfExists::Reuse {
        // Named with every other missing value, in one error.
        gatherer.missing(NO_CODE.to_owned());
    }
    let settings = gatherer.gather(p, Some(request.name.clone()), None).await?;
    check_can_store(
        ctx,
        !request.no_store,
        may_prompt,
        Before::Sending,
        "pass --no-store to get the token printed instead",
    )?;
    let client = platform::client_with(ctx, &settings.auth).await?;
    let handling = ResultHandling {
        store: !request.no_store,
        show_token: p.show_token,
        replace: p.replace,
    };
    let job = Job {
        settings,
        request: p,
        code,
        may_prompt,
        browser_flow: may_prompt,
        handling,
        plan: None,
    };
    provision(ctx, &client, job).await
}

/// `instance reauth [ID]`: the OAuth flow again for an existing instance (`PUT
/// /instances/{id}` with the new code), keeping its id and Webhook URL and storing the
/// new token. Its name, tags and event settings stay as they are unless flags change them.
pub async fn reauth(ctx: &Context, request: ReauthRequest) -> anyhow::Result<Provisioned> {
    let mut p = request.provision.clone();
    check_stdin_once(ctx, request.code_file.as_deref(), &p)?;
    let chosen = ctx.instance(request.id)?;
    let id = ctx.announce(chosen);
    // The profile's own instance, or one given while the profile holds none.
    let store = match chosen.origin {
        InstanceOrigin::Stored => true,
        InstanceOrigin::Given => ctx.is_stored_instance(id) || ctx.instance(None).is_err(),
        InstanceOrigin::SandboxNewest => false,
    };
    let code = grant_code(request.code.as_deref(), request.code_file.as_deref())?;
    let mut gatherer = Gatherer::new(ctx, Asking::Required);
    let may_prompt = gatherer.may_prompt();
    check_can_store(
        ctx,
        store,
        may_prompt,
        Before::Asking,
        "run `instance create --name NAME --if-exists reauth --no-store`, which authorizes it again and prints the token instead",
    )?;
    if code.is_none() && !may_prompt {
        gatherer.missing(NO_CODE.to_owned());
    }
    let (auth, sources) = gatherer.platform_auth().await?;
    gatherer.complete()?;
    check_can_store(
        ctx,
        store,
        may_prompt,
        Before::Sending,
        "run `instance create --name NAME --if-exists reauth --no-store`, which authorizes it again and prints the token instead",
    )?;
    let client = platform::client_with(ctx, &auth).await?;
    let found = client
        .get_instance(id)
        .await
        .map_err(|e| explain_rejection(e, &sources))?;
    // What the instance has now, unless the flags say otherwise.
    if p.event_callback_url.is_none() && !p.no_events {
        match (found.events_enabled(), found.event_callback_url()) {
            (Some(true), Some(url)) => p.event_callback_url = Some(url.to_owned()),
            _ => p.no_events = true,
        }
    }
    if p.tags.is_empty() {
        p.tags = found.tags.clone();
    }
    let settings = gatherer.gather(&p, Some(found.name.clone()), None).await?;
    let handling = ResultHandling {
        store,
        show_token: p.show_token,
        replace: p.replace,
    };
    let job = Job {
        settings,
        request: &p,
        code,
        may_prompt,
        browser_flow: true,
        handling,
        plan: Some(Plan::Reauth(found)),
    };
    provision(ctx, &client, job).await
}

/// Where a run checks that it will be able to store its result.
#[derive(PartialEq)]
enum Before {
    /// Before the first question: a run that may prompt.
    Asking,
    /// Once the settings are gathered (every missing one named first), before the first
    /// request: a run that never prompts.
    Sending,
}

/// Fails, before anything is asked (when `may_prompt`) or else before anything is sent,
/// when the run would store its result and the OS keyring cannot be opened: the instance
/// would be made and then not stored (exit 5).
/// `way_out` says how to run without storing (each command has its own).
fn check_can_store(
    ctx: &Context,
    store: bool,
    may_prompt: bool,
    at: Before,
    way_out: &str,
) -> anyhow::Result<()> {
    if !store || may_prompt != (at == Before::Asking) {
        return Ok(());
    }
    ctx.keyring()
        .check_writable(&ctx.profile)
        .map_err(|problem| {
            CliError::usage(format!(
                "{problem}\nThis run would end with a token it could not store, so it stops before \
             asking or sending anything. Start or unlock the keyring (a desktop session; on a \
             headless Linux, the README's Troubleshooting says how), or {way_out} (the User and \
             Organization secrets can come from OC_ACUITY_USER_SECRET and OC_ACUITY_ORG_SECRET, \
             or --user-secret-file and --org-secret-file)."
            ))
        })
}

/// Fails when more than one of the file flags of a provisioning run asks for stdin.
fn check_stdin_once(
    ctx: &Context,
    code_file: Option<&std::path::Path>,
    p: &ProvisionRequest,
) -> anyhow::Result<()> {
    check_single_stdin([
        ("--code-file", code_file),
        ("--user-secret-file", ctx.user_secret_file.as_deref()),
        ("--org-secret-file", ctx.org_secret_file.as_deref()),
        ("--client-secret-file", p.client_secret_file.as_deref()),
        ("--signature-key-file", p.signature_key_file.as_deref()),
    ])
}

/// `--code` or `--code-file`, validated; `None` when neither is given.
fn grant_code(
    code: Option<&str>,
    code_file: Option<&std::path::Path>,
) -> anyhow::Result<Option<SecretString>> {
    if let Some(path) = code_file {
        // The checks `--code` gets too: a code is plain text.
        let code = read_value_file("--code-file", path)?.value;
        validate::plain_text(code.expose_secret())
            .map_err(|e| CliError::usage(format!("--code-file: {e}")))?;
        return Ok(Some(code));
    }
    code.map(|code| {
        validate::non_empty(code)
            .and_then(|code| validate::secret_text(&code).map(|()| code))
            .map(SecretString::from)
            .map_err(|e| CliError::usage(format!("--code: {e}")))
    })
    .transpose()
}

/// Known platform API roots, offered at the deployment question.
const DEPLOYMENTS: [(&str, &str); 3] = [
    ("SAP Open Connectors, US", DEFAULT_BASE_URL),
    (
        "Cloud Elements, US",
        "https://api.cloud-elements.com/elements/api-v2",
    ),
    (
        "Cloud Elements, UK",
        "https://api.cloud-elements.co.uk/elements/api-v2",
    ),
];

/// `auth`: asks for whatever is missing (the deployment too), walks the browser flow and
/// creates the instance, storing what was typed.
pub async fn login(ctx: &Context, request: LoginRequest) -> anyhow::Result<LoggedIn> {
    let p = &request.provision;
    check_stdin_once(ctx, None, p)?;
    let gatherer = Gatherer::new(ctx, Asking::Everything);
    let may_prompt = gatherer.may_prompt();
    check_can_store(
        ctx,
        true,
        may_prompt,
        Before::Asking,
        "run `instance create --no-store`, which provisions without storing and prints the token",
    )?;
    if may_prompt {
        output::info(format!(
            "Logging in profile {:?}{}. Ctrl-C cancels at any point; nothing is stored until the end.",
            ctx.profile,
            ctx.target_suffix()
        ));
    }
    let root_defaulted = ctx
        .given_api_root()
        .is_some_and(|root| root.origin == Origin::Default);
    let chosen_root = if root_defaulted && may_prompt {
        Some(ask_deployment().await?)
    } else {
        None
    };
    let default_name = format!("Acuity Scheduling ({})", ctx.profile);
    let settings = gatherer.gather(p, request.name, Some(default_name)).await?;
    check_can_store(
        ctx,
        true,
        may_prompt,
        Before::Sending,
        "run `instance create --no-store`, which provisions without storing and prints the token",
    )?;
    let client = match chosen_root.clone() {
        Some(root) => platform::client_at(ctx, root, &settings.auth)?,
        None => platform::client_with(ctx, &settings.auth).await?,
    };

    let mut to_save = ProfileSettings::default();
    let key = |id: Id| id.setting().config_key.expect("a config key");
    let base_url = match chosen_root {
        Some(root) => Some(root.into()),
        None if !root_defaulted => Some(client.root().to_string()),
        None => None,
    };
    to_save.set(key(Id::BaseUrl), base_url);
    to_save.set(key(Id::ClientId), Some(settings.oauth.client_id.clone()));
    to_save.set(
        key(Id::CallbackUrl),
        Some(settings.oauth.callback_url.clone()),
    );
    let event_callback_url = match &settings.events {
        Events::On { callback_url, .. } => Some(callback_url.clone()),
        Events::Off => None,
    };
    to_save.set(key(Id::EventCallbackUrl), event_callback_url);
    let acuity_user_id = ctx.saved().get(key(Id::AcuityUserId)).map(str::to_owned);
    to_save.set(key(Id::AcuityUserId), acuity_user_id);

    let handling = ResultHandling {
        store: true,
        show_token: p.show_token,
        replace: p.replace,
    };
    let job = Job {
        settings,
        request: p,
        code: None,
        may_prompt,
        browser_flow: true,
        handling,
        plan: None,
    };
    let provisioned = provision(ctx, &client, job).await?;
    Ok(LoggedIn {
        provisioned,
        to_save,
    })
}

async fn ask_deployment() -> anyhow::Result<Url> {
    let mut items: Vec<String> = DEPLOYMENTS
        .iter()
        .map(|(name, url)| format!("{name} ({url})"))
        .collect();
    items.push("Another data center: type its API root".into());
    let picked = prompt::select("Open Connectors deployment".into(), items, 0).await?;
    let raw = match DEPLOYMENTS.get(picked) {
        Some((_, url)) => (*url).to_owned(),
        None => {
            prompt::text("API root (https://.../elements/api-v2)".into(), None, |v| {
                validate::api_root(v).map(drop)
            })
            .await?
        }
    };
    validate::api_root(&raw).map_err(CliError::usage)
}

/// Saves the non-secret settings `auth` used to the profile, when the target keeps
/// settings (the sandbox does not: its demo values would overwrite real ones). Returns
/// the file written.
pub async fn save_settings(
    ctx: &Context,
    settings: ProfileSettings,
) -> anyhow::Result<Option<std::path::PathBuf>> {
    if !ctx.saves_settings() {
        output::info(
            "note: sandbox: the profile's settings are not saved (the demo values would overwrite real ones)",
        );
        return Ok(None);
    }
    ConfigFile::change(|file| file.profiles.insert(ctx.profile.clone(), settings)).await?;
    Ok(Some(config::config_path()?))
}

// Test-only: the decision table maps errors to exit codes as `main` does. Kept after
// `#[cfg(test)]` (where the layer check leaves test code out), since `cli` sits above `app`.
#[cfg(test)]
use crate::cli::exit_code_for;
#[cfg(test)]
mod tests;
