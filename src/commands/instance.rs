//! `oc-acuity instance create`: the scriptable provisioning.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use crate::context::{AuthSources, Context, pick};
use crate::credentials::{self, SecretKind};
use crate::error::{CliError, exit};
use crate::keyring::{Item, StoreKind};
use crate::platform::{ApiError, ELEMENT_KEY, Events, Instance, InstanceRequest, OAuthClient};
use crate::{output, validate};

/// Demo OAuth client settings the sandbox fills in when none are given.
const SANDBOX_CLIENT_ID: &str = "sandbox-client-id";
const SANDBOX_CALLBACK_URL: &str = "http://127.0.0.1:8765/callback";

#[derive(Debug, Args)]
#[command(after_long_help = CREATE_EXAMPLES)]
pub struct CreateArgs {
    /// Name of the new instance
    #[arg(long, value_name = "NAME")]
    pub name: String,

    /// The OAuth grant code Acuity sent to the redirect URI
    #[arg(long, value_name = "CODE", conflicts_with = "code_file")]
    pub code: Option<String>,

    /// Read the grant code from PATH, or - for stdin
    #[arg(long, value_name = "PATH|-")]
    pub code_file: Option<PathBuf>,

    /// Acuity OAuth client ID (oauth.api.key) [env: OC_ACUITY_CLIENT_ID]
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,

    /// Read the Acuity OAuth client secret from PATH, or - [env: OC_ACUITY_CLIENT_SECRET]
    #[arg(long, value_name = "PATH|-")]
    pub client_secret_file: Option<PathBuf>,

    /// Redirect URI registered at Acuity (oauth.callback.url) [env: OC_ACUITY_CALLBACK_URL]
    #[arg(long, value_name = "URL")]
    pub callback_url: Option<String>,

    /// Where the platform POSTs events (event.notification.callback.url)
    /// [env: OC_ACUITY_EVENT_CALLBACK_URL]
    #[arg(long, value_name = "URL", conflicts_with = "no_events")]
    pub event_callback_url: Option<String>,

    /// Create the instance with events off
    #[arg(long)]
    pub no_events: bool,

    /// Read the event signature key from PATH, or - [env: OC_ACUITY_SIGNATURE_KEY]
    #[arg(long, value_name = "PATH|-", conflicts_with = "no_events")]
    pub signature_key_file: Option<PathBuf>,

    /// Tag the instance (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

    /// Do not store the id and token in the keyring; print the token instead
    #[arg(long)]
    pub no_store: bool,

    /// Also print the instance token (it is a secret: mind your logs)
    #[arg(long)]
    pub show_token: bool,
}

const CREATE_EXAMPLES: &str = "\
Examples:
  # Try it without an account, through the built-in sandbox:
  oc-acuity --sandbox instance create --name demo --code demo-code \\
      --event-callback-url https://example.com/acuity-events

  # In CI, secrets from the environment, JSON out:
  OC_ACUITY_USER_SECRET=... OC_ACUITY_ORG_SECRET=... OC_ACUITY_CLIENT_SECRET=... \\
  oc-acuity instance create --no-input --json --name acuity-prod --code-file code.txt \\
      --client-id $CLIENT_ID --callback-url https://app.example.com/oauth/acuity \\
      --event-callback-url https://app.example.com/events --tag prod";

/// The request the user asked for, validated before anything is sent.
struct Plan {
    request: InstanceRequest,
    events_callback: Option<String>,
    tags: Vec<String>,
    store: bool,
    show_token: bool,
}

/// Turns the flags, env and profile settings into a validated plan; every failure is a
/// usage error and nothing has been sent.
fn plan(
    ctx: &Context,
    args: CreateArgs,
) -> anyhow::Result<(Plan, AuthSources, crate::platform::PlatformAuth)> {
    credentials::check_single_stdin([
        ("--code-file", args.code_file.as_deref()),
        ("--user-secret-file", ctx.user_secret_file.as_deref()),
        ("--org-secret-file", ctx.org_secret_file.as_deref()),
        ("--client-secret-file", args.client_secret_file.as_deref()),
        ("--signature-key-file", args.signature_key_file.as_deref()),
    ])?;
    let usage = |flag: &str, e: String| CliError::usage(format!("{flag}: {e}"));
    let name = validate::non_empty(&args.name).map_err(|e| usage("--name", e))?;
    let tags = args
        .tags
        .iter()
        .map(|t| validate::non_empty(t).map_err(|e| usage("--tag", e)))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let code = grant_code(args.code, args.code_file.as_deref())?;

    let saved = ctx.config.profile(&ctx.profile);
    let client_id = setting(
        args.client_id,
        "--client-id",
        "OC_ACUITY_CLIENT_ID",
        saved.client_id,
    );
    let client_id = match client_id {
        Some((value, origin)) => validate::non_empty(&value).map_err(|e| usage(origin, e))?,
        None if ctx.sandbox => sandbox_default("client ID", SANDBOX_CLIENT_ID),
        None => {
            return Err(missing(
                "--client-id ID",
                "OC_ACUITY_CLIENT_ID",
                "the Acuity OAuth client ID",
            ));
        }
    };
    let callback_url = setting(
        args.callback_url,
        "--callback-url",
        "OC_ACUITY_CALLBACK_URL",
        saved.callback_url,
    );
    let callback_url = match callback_url {
        Some((value, origin)) => validate::http_url(&value)
            .map_err(|e| usage(origin, e))?
            .into(),
        None if ctx.sandbox => sandbox_default("redirect URI", SANDBOX_CALLBACK_URL),
        None => {
            return Err(missing(
                "--callback-url URL",
                "OC_ACUITY_CALLBACK_URL",
                "the redirect URI registered at Acuity",
            ));
        }
    };
    let events_callback = if args.no_events {
        None
    } else {
        let value = setting(
            args.event_callback_url,
            "--event-callback-url",
            "OC_ACUITY_EVENT_CALLBACK_URL",
            saved.event_callback_url,
        );
        let Some((value, origin)) = value else {
            return Err(CliError::usage(
                "events are on but no event callback URL is set: pass --event-callback-url URL \
                 (or set OC_ACUITY_EVENT_CALLBACK_URL), or pass --no-events",
            ));
        };
        Some(String::from(
            validate::http_url(&value).map_err(|e| usage(origin, e))?,
        ))
    };

    let resolver = ctx.resolver();
    let (auth, sources) = ctx.platform_auth(&resolver)?;
    let client_secret = ctx.require_secret(
        &resolver,
        SecretKind::Client,
        args.client_secret_file.as_deref(),
    )?;
    let events = match &events_callback {
        None => Events::Off,
        Some(url) => Events::On {
            callback_url: url.clone(),
            signature_key: resolver
                .find(SecretKind::SignatureKey, args.signature_key_file.as_deref())?
                .map(|found| found.value),
        },
    };
    let oauth = OAuthClient {
        client_id,
        client_secret: client_secret.value,
        callback_url,
    };
    let request = InstanceRequest::acuity(name, code, oauth, events, tags.clone());
    let plan = Plan {
        request,
        events_callback,
        tags,
        store: !args.no_store,
        show_token: args.show_token,
    };
    Ok((plan, sources, auth))
}

/// `--code` or `--code-file`; without either, the browser login is the way (`oc-acuity auth`).
fn grant_code(
    code: Option<String>,
    code_file: Option<&std::path::Path>,
) -> anyhow::Result<SecretString> {
    if let Some(path) = code_file {
        return Ok(credentials::read_value_file("--code-file", path)?.0);
    }
    match code {
        Some(code) => {
            let code =
                validate::non_empty(&code).map_err(|e| CliError::usage(format!("--code: {e}")))?;
            Ok(SecretString::from(code))
        }
        None => Err(CliError::usage(
            "no grant code: pass --code CODE or --code-file PATH|- with the code Acuity sent to your redirect URI",
        )),
    }
}

/// A non-secret setting: flag, then env, then the profile's config file.
fn setting(
    flag: Option<String>,
    flag_name: &'static str,
    env: &'static str,
    saved: Option<String>,
) -> Option<(String, &'static str)> {
    pick(flag, flag_name, env).or_else(|| saved.map(|v| (v, flag_name)))
}

fn sandbox_default(what: &str, value: &str) -> String {
    output::info(format!("note: sandbox: using the demo {what} {value}"));
    value.to_owned()
}

fn missing(flag: &str, env: &str, what: &str) -> anyhow::Error {
    CliError::usage(format!(
        "no {what}: pass {flag}, set {env}, or save it in the profile's config"
    ))
}

/// What `instance create` prints (`--json`), with the keys of the product contract.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Created {
    id: u64,
    name: String,
    element: &'static str,
    events_enabled: bool,
    event_callback_url: Option<String>,
    webhook_url: String,
    tags: Vec<String>,
    stored: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<String>,
}

/// Runs `instance create`.
pub async fn create(ctx: &Context, args: CreateArgs) -> anyhow::Result<ExitCode> {
    let (plan, sources, auth) = plan(ctx, args)?;
    let client = ctx.client(auth).await?;
    output::info(format!(
        "Creating instance {:?} at {} ...",
        plan.request.name(),
        client.root()
    ));
    let instance = client
        .create_instance(&plan.request)
        .await
        .map_err(|e| explain_rejection(e, &sources))?;
    let Some(token) = instance.token.clone() else {
        anyhow::bail!(
            "the platform created instance {} but its answer had no token; fetch it from the platform's UI",
            instance.id
        );
    };

    let stored = if plan.store {
        store(ctx, &instance, &token)
    } else {
        Ok(None)
    };
    let (stored_as, store_problem) = match stored {
        Ok(Some(StoreKind::Os)) => ("keyring", None),
        Ok(Some(StoreKind::Memory)) => ("memory", None),
        Ok(None) => ("none", None),
        Err(problem) => ("none", Some(problem)),
    };
    let print_token = plan.show_token || stored_as != "keyring";
    let created = Created {
        id: instance.id,
        name: if instance.name.is_empty() {
            plan.request.name().to_owned()
        } else {
            instance.name.clone()
        },
        element: ELEMENT_KEY,
        events_enabled: instance
            .events_enabled()
            .unwrap_or(plan.events_callback.is_some()),
        event_callback_url: instance
            .event_callback_url()
            .map(str::to_owned)
            .or(plan.events_callback),
        webhook_url: client.webhook_url(instance.id).into(),
        tags: if instance.tags.is_empty() {
            plan.tags
        } else {
            instance.tags.clone()
        },
        stored: stored_as,
        token: print_token.then(|| token.expose_secret().to_owned()),
    };
    print_created(ctx, &created)?;

    if let Some(problem) = store_problem {
        output::error(format!(
            "instance {} was created but could not be stored: {problem}\n\
             The id and token are printed above: keep them safe. To store them later, e.g. on Linux:\n  \
             secret-tool store --label='oc-acuity {p}/instance-token' service {s} username {p}/instance-token\n  \
             secret-tool store --label='oc-acuity {p}/instance-id' service {s} username {p}/instance-id\n\
             Or set OC_ACUITY_* environment variables and pass --no-store next time.",
            instance.id,
            p = ctx.profile,
            s = ctx.keyring().service(),
        ));
        return Ok(ExitCode::from(exit::NOT_STORED));
    }
    output::info(next_steps(ctx, &created));
    Ok(ExitCode::SUCCESS)
}

/// A 401/403 becomes a credentials error naming where each secret came from.
fn explain_rejection(error: anyhow::Error, sources: &AuthSources) -> anyhow::Error {
    match error.downcast_ref::<ApiError>() {
        Some(api) if api.is_auth() => CliError::Credentials(format!(
            "{api}\nThe platform rejected the credentials. Used: {sources}. \
             Check them in the Open Connectors UI (Settings > Account) and try again."
        ))
        .into(),
        _ => error,
    }
}

/// Stores id and token in the profile's keyring entries. Warns when the profile held
/// another instance: that instance still exists on the platform.
fn store(
    ctx: &Context,
    instance: &Instance,
    token: &SecretString,
) -> Result<Option<StoreKind>, String> {
    let keyring = ctx.keyring();
    let fail = |e: crate::keyring::KeyringError| {
        format!(
            "{e}. Alternatives: pass --no-store and keep the printed token yourself, or run where a keyring is reachable"
        )
    };
    let previous = keyring.get(&ctx.profile, Item::InstanceId).map_err(fail)?;
    if let Some(previous) = previous.filter(|p| p.expose_secret() != instance.id.to_string()) {
        output::warn(format!(
            "profile {} held instance {}; it now points at instance {} (the old instance still exists on the platform)",
            ctx.profile,
            previous.expose_secret(),
            instance.id
        ));
    }
    keyring
        .set(&ctx.profile, Item::InstanceToken, token.expose_secret())
        .map_err(fail)?;
    keyring
        .set(&ctx.profile, Item::InstanceId, &instance.id.to_string())
        .map_err(fail)?;
    Ok(Some(keyring.kind()))
}

fn print_created(ctx: &Context, created: &Created) -> anyhow::Result<()> {
    if ctx.json {
        return output::json(created);
    }
    println!("Created instance {} {:?}", created.id, created.name);
    println!("Webhook URL: {}", created.webhook_url);
    if let Some(token) = &created.token {
        println!("Instance token: {token}");
    }
    Ok(())
}

fn next_steps(ctx: &Context, created: &Created) -> String {
    let stored = match created.stored {
        "keyring" => format!(
            "Stored the id and token in the OS keyring (service {}, accounts {p}/instance-id and {p}/instance-token).",
            ctx.keyring().service(),
            p = ctx.profile
        ),
        "memory" => "Kept the id and token in memory for this run only (no OS keyring).".to_owned(),
        _ => "Not stored: the token is printed above; keep it safe.".to_owned(),
    };
    let events = match &created.event_callback_url {
        Some(url) if created.events_enabled => format!("Events: on, delivered to {url}."),
        _ => "Events: off.".to_owned(),
    };
    format!(
        "{stored}\n{events}\nNext: at Acuity, open Business Settings > Integrations > API > Webhooks > Set Up, \
         and paste the Webhook URL for each event type you want."
    )
}
