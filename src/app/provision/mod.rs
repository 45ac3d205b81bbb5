//! Provisioning shared by `oc-acuity auth`, `instance create` and `instance reauth`:
//! gathering the settings (`gather`: flags, env, config, keyring, then prompts when
//! allowed), the OAuth step, then (`run`) the lookup by name, the profile lock, the create
//! (or reuse, or reauthorization) with the recovery of a lost answer, and the store. The
//! result is a [`Provisioned`] for the report layer to print.
//!
//! This file holds the requests, the results and the three entry points.

mod gather;
mod run;

use gather::{Asking, Gatherer, Settings, check_non_empty};
pub use run::explain_rejection;
use run::{Job, Keep, Plan, provision};

use std::path::PathBuf;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use url::Url;

use super::context::{AuthSources, Context, DEFAULT_BASE_URL};
use super::oauth::{self, FlowOptions};
use crate::api::http::{TransportError, UnreadableAnswer};
use crate::api::platform::{
    ApiError, Client, ConfigValue, ELEMENT_KEY, EVENTS_CALLBACK_URL, EVENTS_ENABLED,
    EVENTS_SIGNATURE_KEY, Events, Instance, InstanceRequest, InstanceUpdate, OAuthClient,
    PlatformAuth,
};
use crate::error::CliError;
use crate::settings::config::{self, ConfigFile, ProfileSettings};
use crate::settings::keyring::{Item, KeyringError, StoreKind};
use crate::settings::{Found, Id, Origin, Resolver, check_single_stdin, read_value_file, validate};
use crate::term::interrupt::Critical;
use crate::term::{output, prompt};

/// The provisioning settings `auth` and `instance create` share, as given on the command
/// line (`None`: not given there).
#[derive(Debug, Clone, Default)]
pub struct ProvisionRequest {
    pub client_id: Option<String>,
    pub client_secret_file: Option<PathBuf>,
    pub callback_url: Option<String>,
    pub event_callback_url: Option<String>,
    pub no_events: bool,
    pub signature_key_file: Option<PathBuf>,
    pub tags: Vec<String>,
    pub show_token: bool,
    /// How long to wait for the browser.
    pub timeout: Duration,
    pub no_browser: bool,
    /// What to do when the account already has an instance of that name.
    pub if_exists: IfExists,
    /// Whether the profile may be pointed at a new instance when it holds another.
    pub replace: bool,
}

/// What `--if-exists` says to do when an instance of the name exists: the name is the key
/// that makes a rerun of the same command idempotent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IfExists {
    /// Stop, naming the instance and the choices; nothing is created.
    #[default]
    Fail,
    /// Adopt it: no code needed; its events and tags are brought to what was asked.
    Reuse,
    /// Authorize it again with a new code, keeping its id and Webhook URL.
    Reauth,
}

/// `instance create`: the scriptable provisioning.
#[derive(Debug, Clone, Default)]
pub struct CreateRequest {
    pub name: String,
    pub code: Option<String>,
    pub code_file: Option<PathBuf>,
    pub no_store: bool,
    pub provision: ProvisionRequest,
}

/// `auth`: the interactive login.
#[derive(Debug, Clone, Default)]
pub struct LoginRequest {
    pub name: Option<String>,
    pub provision: ProvisionRequest,
}

/// Where the id and token ended up (`stored` in `--json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stored {
    /// The OS keyring: survives this run.
    Keyring,
    /// The in-memory store of a sandbox run without an OS keyring.
    Memory,
    /// Not stored (`--no-store`, or storing failed).
    None,
}

/// The created instance, with the contract's keys (`instance create --json`).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    pub id: u64,
    pub name: String,
    pub element: &'static str,
    pub events_enabled: bool,
    pub event_callback_url: Option<String>,
    pub webhook_url: String,
    pub tags: Vec<String>,
    pub stored: Stored,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// How the instance came to be.
    pub action: Action,
    /// The instance the profile held before, whose token this run replaced (`--replace`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaced: Option<Replaced>,
}

/// How the instance of a provisioning run came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Made by this run.
    Created,
    /// Made by this run, whose answer was lost: found again by its name.
    Recovered,
    /// An existing instance adopted (`--if-exists reuse`).
    Reused,
    /// An existing instance authorized again (`--if-exists reauth`).
    Reauthorized,
}

/// A stored instance whose keyring entries this run overwrote: its token is handed over
/// so that it is never lost unseen.
#[derive(Debug, Serialize)]
pub struct Replaced {
    pub id: String,
    pub token: Option<String>,
}

/// What a create ended with. Holds Ctrl-C back until it is dropped, so that the token is
/// printed or stored before the run can be interrupted.
pub struct Provisioned {
    pub created: Created,
    /// Why the id and token could not be stored (exit 5), with how to store them later.
    pub store_problem: Option<String>,
    /// The keyring service and profile the id and token went to, for the next steps.
    pub keyring_service: String,
    pub profile: String,
    /// How the user runs the tool against this target (`oc-acuity --sandbox`).
    pub command: &'static str,
    /// Why the Webhook URL may not last (a sandbox that ends with this run).
    pub ephemeral: Option<&'static str>,
    _critical: Critical,
}

/// The User and Organization secrets (asked for at a terminal when missing) and where
/// they came from.
/// Found once per run (see [`Context::platform_auth`]).
pub async fn platform_auth(ctx: &Context) -> anyhow::Result<(PlatformAuth, AuthSources)> {
    ctx.platform_auth(|| async {
        let mut gatherer = Gatherer::new(ctx, Asking::Required);
        let auth = gatherer.platform_auth().await?;
        gatherer.complete()?;
        Ok(auth)
    })
    .await
}

/// A platform client authorized with [`platform_auth`].
pub async fn platform_client(ctx: &Context) -> anyhow::Result<(Client, AuthSources)> {
    let (auth, sources) = platform_auth(ctx).await?;
    Ok((ctx.client(&auth).await?, sources))
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

/// `instance create`: gathers the settings without asking for optional ones, runs the
/// browser flow when no code is given (and prompts are allowed), and creates (or, with
/// `--if-exists`, reuses or reauthorizes) the instance.
pub async fn create(ctx: &Context, request: CreateRequest) -> anyhow::Result<Provisioned> {
    let p = &request.provision;
    check_stdin_once(ctx, request.code_file.as_deref(), p)?;
    validate::non_empty(&request.name).map_err(|e| CliError::usage(format!("--name: {e}")))?;
    let code = grant_code(request.code.as_deref(), request.code_file.as_deref())?;
    let gatherer = Gatherer::new(ctx, Asking::Required);
    let may_prompt = gatherer.may_prompt();
    if code.is_none() && !may_prompt && p.if_exists != IfExists::Reuse {
        return Err(CliError::usage(
            "no grant code: pass --code CODE or --code-file PATH|- with the code Acuity sent to \
             your redirect URI (or run on a terminal without --no-input for the browser login)",
        ));
    }
    let settings = gatherer.gather(p, Some(request.name.clone()), None).await?;
    let client = ctx.client(&settings.auth).await?;
    let keep = Keep {
        store: !request.no_store,
        show_token: p.show_token,
        replace: p.replace,
    };
    let job = Job {
        settings,
        request: p,
        code,
        may_prompt,
        keep,
        plan: None,
    };
    provision(ctx, &client, job).await
}

/// `instance reauth [ID]`, as given.
#[derive(Debug, Clone, Default)]
pub struct ReauthRequest {
    pub id: Option<u64>,
    pub code: Option<String>,
    pub code_file: Option<PathBuf>,
    pub provision: ProvisionRequest,
}

/// `instance reauth [ID]`: the OAuth flow again for an existing instance (`PUT
/// /instances/{id}` with the new code), keeping its id and Webhook URL and storing the
/// new token. Its name, tags and event settings stay as they are unless flags change them.
pub async fn reauth(ctx: &Context, request: ReauthRequest) -> anyhow::Result<Provisioned> {
    let mut p = request.provision.clone();
    check_stdin_once(ctx, request.code_file.as_deref(), &p)?;
    let id = ctx.instance_id(request.id)?;
    let code = grant_code(request.code.as_deref(), request.code_file.as_deref())?;
    let mut gatherer = Gatherer::new(ctx, Asking::Required);
    let may_prompt = gatherer.may_prompt();
    if code.is_none() && !may_prompt {
        return Err(CliError::usage(
            "no grant code: pass --code CODE or --code-file PATH|- (or run on a terminal \
             without --no-input for the browser login)",
        ));
    }
    let (auth, sources) = gatherer.platform_auth().await?;
    gatherer.complete()?;
    let client = ctx.client(&auth).await?;
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
    let keep = Keep {
        store: ctx.is_stored_instance(id) || ctx.instance_id(None).is_err(),
        show_token: p.show_token,
        replace: p.replace,
    };
    let job = Job {
        settings,
        request: &p,
        code,
        may_prompt,
        keep,
        plan: Some(Plan::Reauth(found)),
    };
    provision(ctx, &client, job).await
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
        return Ok(Some(read_value_file("--code-file", path)?.value));
    }
    code.map(|code| {
        validate::non_empty(code)
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

/// What `auth` did: the instance, and the settings to save once it is reported.
pub struct LoggedIn {
    pub provisioned: Provisioned,
    pub to_save: ProfileSettings,
}

/// `auth`: asks for whatever is missing (the deployment too), walks the browser flow and
/// creates the instance, storing what was typed.
pub async fn login(ctx: &Context, request: LoginRequest) -> anyhow::Result<LoggedIn> {
    let p = &request.provision;
    check_stdin_once(ctx, None, p)?;
    let gatherer = Gatherer::new(ctx, Asking::Everything);
    let may_prompt = gatherer.may_prompt();
    if may_prompt {
        output::info(format!(
            "Logging in profile {:?}{}. Ctrl-C cancels at any point; nothing is stored until the end.",
            ctx.profile,
            ctx.described()
        ));
    }
    let chosen_root = if ctx.api_root_defaulted && may_prompt {
        Some(ask_deployment().await?)
    } else {
        None
    };
    let default_name = format!("Acuity Scheduling ({})", ctx.profile);
    let settings = gatherer.gather(p, request.name, Some(default_name)).await?;
    let client = match chosen_root.clone() {
        Some(root) => ctx.client_at(root, &settings.auth)?,
        None => ctx.client(&settings.auth).await?,
    };

    let mut to_save = ProfileSettings::default();
    let key = |id: Id| id.setting().config_key.expect("a config key");
    let base_url = match chosen_root {
        Some(root) => Some(root.into()),
        None if !ctx.api_root_defaulted => Some(client.root().to_string()),
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

    let keep = Keep {
        store: true,
        show_token: p.show_token,
        replace: p.replace,
    };
    let job = Job {
        settings,
        request: p,
        code: None,
        may_prompt,
        keep,
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
