//! Provisioning shared by `oc-acuity auth` and `oc-acuity instance create`: gathering the
//! settings (flags, env, config, keyring, then prompts when allowed), the OAuth step,
//! creating the instance, storing its id and token, and reporting the result.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use crate::config::ProfileSettings;
use crate::context::{AuthSources, Context, pick};
use crate::credentials::{Found, Resolver, SecretKind, Source};
use crate::error::{CliError, exit};
use crate::keyring::{Item, KeyringError, StoreKind};
use crate::oauth::{self, FlowOptions};
use crate::platform::{
    ApiError, Client, ELEMENT_KEY, Events, Instance, InstanceRequest, OAuthClient, PlatformAuth,
};
use crate::{output, prompt, validate};

/// Demo OAuth client settings the sandbox fills in when none are given.
pub const SANDBOX_CLIENT_ID: &str = "sandbox-client-id";
pub const SANDBOX_CALLBACK_URL: &str = "http://127.0.0.1:8765/callback";

/// The provisioning flags `auth` and `instance create` share.
#[derive(Debug, Args)]
pub struct ProvisionArgs {
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
    event_callback_url: Option<String>,

    /// Create the instance with events off
    #[arg(long)]
    pub no_events: bool,

    /// Read the event signature key from PATH, or - [env: OC_ACUITY_SIGNATURE_KEY]
    #[arg(long, value_name = "PATH|-", conflicts_with = "no_events")]
    pub signature_key_file: Option<PathBuf>,

    /// Tag the instance (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,

    /// Also print the instance token (it is a secret: mind your logs)
    #[arg(long)]
    pub show_token: bool,

    /// Seconds to wait for the browser to come back from Acuity
    #[arg(long, value_name = "SECONDS", default_value_t = oauth::DEFAULT_TIMEOUT_SECS,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub timeout: u64,

    /// Do not open a browser; print the authorization URL only
    #[arg(long)]
    pub no_browser: bool,
}

/// Everything needed to create the instance, validated.
pub struct Settings {
    name: String,
    tags: Vec<String>,
    pub oauth: OAuthClient,
    pub events: Events,
    pub auth: PlatformAuth,
    pub sources: AuthSources,
    /// Secrets typed at prompts: stored in the keyring once the instance exists.
    pub entered: Vec<(Item, SecretString)>,
}

/// How thoroughly to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    /// Never prompt: a missing value is an error naming its flag.
    Never,
    /// Prompt for required values that are missing.
    Required,
    /// Also offer the optional ones (events, signature key, tags): `oc-acuity auth`.
    Everything,
}

/// Collects settings from flags, env, config, keyring, then prompts when allowed.
pub struct Gatherer<'a> {
    ctx: &'a Context,
    resolver: Resolver<'a>,
    asking: Asking,
    saved: ProfileSettings,
    entered: Vec<(Item, SecretString)>,
}

type Check = fn(&str) -> Result<(), String>;

fn check_non_empty(value: &str) -> Result<(), String> {
    validate::non_empty(value).map(drop)
}

fn check_url(value: &str) -> Result<(), String> {
    validate::http_url(value).map(drop)
}

fn check_tags(value: &str) -> Result<(), String> {
    split_tags(value).map(drop)
}

fn split_tags(value: &str) -> Result<Vec<String>, String> {
    if value.trim().is_empty() {
        return Ok(Vec::new());
    }
    value
        .split(',')
        .map(|t| validate::non_empty(t).map_err(|_| "a tag between commas is empty".to_owned()))
        .collect()
}

impl<'a> Gatherer<'a> {
    pub fn new(ctx: &'a Context, asking: Asking) -> Self {
        let asking = if ctx.no_input { Asking::Never } else { asking };
        Self {
            ctx,
            resolver: ctx.resolver(),
            asking,
            saved: ctx.config.profile(&ctx.profile),
            entered: Vec::new(),
        }
    }

    /// Whether prompts may be shown.
    pub fn may_prompt(&self) -> bool {
        self.asking != Asking::Never
    }

    /// A non-secret value: given (flag, env or config; validated), else asked, else the
    /// sandbox demo value, else a usage error naming the flag and env var.
    async fn value(
        &self,
        given: Option<(String, &'static str)>,
        question: &str,
        default: Option<String>,
        check: Check,
        sandbox_demo: Option<&str>,
        missing: &str,
    ) -> anyhow::Result<String> {
        if let Some((value, origin)) = given {
            check(&value).map_err(|e| CliError::usage(format!("{origin}: {e}")))?;
            return Ok(value.trim().to_owned());
        }
        if self.may_prompt() {
            let default =
                default.or_else(|| sandbox_demo.filter(|_| self.ctx.sandbox).map(str::to_owned));
            return prompt::text(question.to_owned(), default, check).await;
        }
        match sandbox_demo {
            Some(demo) if self.ctx.sandbox => {
                output::info(format!("note: sandbox: using the demo {question} {demo}"));
                Ok(demo.to_owned())
            }
            _ => Err(CliError::usage(missing.to_owned())),
        }
    }

    /// A required secret: file flag, env, keyring, else asked (hidden), else the sandbox
    /// demo value, else a usage error naming the flag and env var.
    async fn secret(
        &mut self,
        kind: SecretKind,
        file: Option<&std::path::Path>,
    ) -> anyhow::Result<Found> {
        if let Some(found) = self.resolver.find(kind, file)? {
            return Ok(found);
        }
        if !self.may_prompt() {
            return self.ctx.missing_secret(&self.resolver, kind);
        }
        let hint = if self.ctx.sandbox {
            " (Enter for the sandbox demo value)"
        } else {
            ""
        };
        let value = prompt::secret(
            format!("{}{hint}", capitalized(kind.label())),
            self.ctx.sandbox,
        )
        .await?;
        if value.expose_secret().is_empty() {
            return self.ctx.missing_secret(&self.resolver, kind);
        }
        self.entered.push((kind.item(), value.clone()));
        Ok(Found {
            value,
            source: Source::Prompt,
        })
    }

    /// The User and Organization secrets.
    pub async fn platform_auth(&mut self) -> anyhow::Result<(PlatformAuth, AuthSources)> {
        let (user_file, org_file) = (
            self.ctx.user_secret_file.clone(),
            self.ctx.org_secret_file.clone(),
        );
        let user = self.secret(SecretKind::User, user_file.as_deref()).await?;
        let org = self
            .secret(SecretKind::Organization, org_file.as_deref())
            .await?;
        let sources = AuthSources {
            user: user.source,
            organization: org.source,
        };
        Ok((
            PlatformAuth {
                user: user.value,
                organization: org.value,
            },
            sources,
        ))
    }

    /// Gathers every setting. `name` is the `--name` flag; `default_name` is offered (or
    /// used without prompts) when the flag is absent.
    pub async fn gather(
        mut self,
        args: &ProvisionArgs,
        name: Option<String>,
        default_name: Option<String>,
    ) -> anyhow::Result<Settings> {
        let usage = |flag: &str, e: String| CliError::usage(format!("{flag}: {e}"));
        let tags = args
            .tags
            .iter()
            .map(|t| validate::non_empty(t).map_err(|e| usage("--tag", e)))
            .collect::<anyhow::Result<Vec<_>>>()?;

        let (auth, sources) = self.platform_auth().await?;

        let saved = self.saved.clone();
        let given = |flag, flag_name, env, saved: Option<String>, config_origin| {
            pick(flag, flag_name, env).or_else(|| saved.map(|v| (v, config_origin)))
        };
        let client_id = self
            .value(
                given(
                    args.client_id.clone(),
                    "--client-id",
                    "OC_ACUITY_CLIENT_ID",
                    saved.client_id,
                    "client-id in the config file",
                ),
                "Acuity OAuth client ID",
                None,
                check_non_empty,
                Some(SANDBOX_CLIENT_ID),
                "no Acuity OAuth client ID: pass --client-id ID, set OC_ACUITY_CLIENT_ID, or save it in the profile's config",
            )
            .await?;
        let client_secret = self
            .secret(SecretKind::Client, args.client_secret_file.as_deref())
            .await?;
        let callback_url = self
            .value(
                given(
                    args.callback_url.clone(),
                    "--callback-url",
                    "OC_ACUITY_CALLBACK_URL",
                    saved.callback_url,
                    "callback-url in the config file",
                ),
                "Redirect URI registered at Acuity",
                None,
                check_url,
                Some(SANDBOX_CALLBACK_URL),
                "no redirect URI: pass --callback-url URL (the one registered at Acuity), set OC_ACUITY_CALLBACK_URL, or save it in the profile's config",
            )
            .await?;

        let events = self.events(args, saved.event_callback_url).await?;

        let name = match name {
            Some(name) => validate::non_empty(&name).map_err(|e| usage("--name", e))?,
            None => {
                let default = default_name.unwrap_or_default();
                if self.may_prompt() {
                    prompt::text("Instance name".into(), Some(default), check_non_empty).await?
                } else {
                    validate::non_empty(&default).map_err(|e| usage("--name", e))?
                }
            }
        };
        let tags = if tags.is_empty() && self.asking == Asking::Everything {
            let answer = prompt::text(
                "Tags, comma-separated (Enter for none)".into(),
                None,
                check_tags,
            )
            .await?;
            split_tags(&answer).map_err(|e| usage("tags", e))?
        } else {
            tags
        };

        Ok(Settings {
            name,
            tags,
            oauth: OAuthClient {
                client_id,
                client_secret: client_secret.value,
                callback_url,
            },
            events,
            auth,
            sources,
            entered: self.entered,
        })
    }

    async fn events(
        &mut self,
        args: &ProvisionArgs,
        saved: Option<String>,
    ) -> anyhow::Result<Events> {
        if args.no_events {
            return Ok(Events::Off);
        }
        let given = pick(
            args.event_callback_url.clone(),
            "--event-callback-url",
            "OC_ACUITY_EVENT_CALLBACK_URL",
        )
        .or_else(|| {
            saved
                .clone()
                .map(|v| (v, "event-callback-url in the config file"))
        });
        if given.is_none()
            && self.asking == Asking::Everything
            && !prompt::confirm("Deliver Acuity events to a URL of yours?".into(), true).await?
        {
            return Ok(Events::Off);
        }
        let callback_url = self
            .value(
                given,
                "Event callback URL (where the platform POSTs events)",
                saved,
                check_url,
                None,
                "events are on but no event callback URL is set: pass --event-callback-url URL \
                 (or set OC_ACUITY_EVENT_CALLBACK_URL), or pass --no-events",
            )
            .await?;
        let mut signature_key = self
            .resolver
            .find(SecretKind::SignatureKey, args.signature_key_file.as_deref())?
            .map(|found| found.value);
        if signature_key.is_none() && self.asking == Asking::Everything {
            let typed = prompt::secret("Event signature key (Enter for none)".into(), true).await?;
            if !typed.expose_secret().is_empty() {
                self.entered.push((Item::SignatureKey, typed.clone()));
                signature_key = Some(typed);
            }
        }
        Ok(Events::On {
            callback_url,
            signature_key,
        })
    }
}

fn capitalized(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Runs the browser flow for a grant code, when prompting is allowed or the redirect comes
/// back to a loopback listener (which needs no typing).
pub async fn authorize(
    client: &Client,
    oauth: &OAuthClient,
    args: &ProvisionArgs,
    may_prompt: bool,
) -> anyhow::Result<SecretString> {
    let options = FlowOptions {
        timeout: Duration::from_secs(args.timeout),
        no_browser: args.no_browser,
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

/// What `instance create` and `auth` print (`--json`), with the contract's keys.
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

/// How to treat the result.
pub struct Finish {
    pub store: bool,
    pub show_token: bool,
}

/// Creates the instance from the gathered settings and the grant code, stores id and
/// token (and the secrets typed at prompts), prints the result, and returns the exit
/// code: 0, or 5 when it could not be stored.
pub async fn create_and_report(
    ctx: &Context,
    client: &Client,
    settings: Settings,
    code: SecretString,
    finish: Finish,
) -> anyhow::Result<ExitCode> {
    let request = InstanceRequest::acuity(
        settings.name,
        code,
        settings.oauth,
        settings.events,
        settings.tags,
    );
    let (settings_sources, entered) = (&settings.sources, &settings.entered);
    // From here until the token is printed or stored, Ctrl-C waits (see `interrupt`).
    let _critical = crate::interrupt::Critical::enter();
    output::info(format!(
        "Creating instance {:?} at {} ...",
        request.name(),
        client.root()
    ));
    let instance = client
        .create_instance(&request)
        .await
        .map_err(|e| explain_rejection(e, settings_sources))?;
    let Some(token) = instance.token.clone() else {
        anyhow::bail!(
            "the platform created instance {} but its answer had no token; fetch it from the platform's UI",
            instance.id
        );
    };

    let stored = if finish.store {
        store(ctx, &instance, &token, entered)
    } else {
        Ok(None)
    };
    let (stored_as, store_problem) = match stored {
        Ok(Some(StoreKind::Os)) => ("keyring", None),
        Ok(Some(StoreKind::Memory)) => ("memory", None),
        Ok(None) => ("none", None),
        Err(problem) => ("none", Some(problem)),
    };
    let print_token = finish.show_token || stored_as != "keyring";
    let events_asked = request.events_callback_url().map(str::to_owned);
    let created = Created {
        id: instance.id,
        name: if instance.name.is_empty() {
            request.name().to_owned()
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
            request.tags().to_vec()
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
pub fn explain_rejection(error: anyhow::Error, sources: &AuthSources) -> anyhow::Error {
    match error.downcast_ref::<ApiError>() {
        Some(api) if api.is_auth() => CliError::Credentials(format!(
            "{api}\nThe platform rejected the credentials. Used: {sources}. \
             Check them in the Open Connectors UI (Settings > Account) and try again."
        ))
        .into(),
        _ => error,
    }
}

/// Stores id, token and the typed secrets in the profile's keyring entries. Warns when
/// the profile held another instance: that instance still exists on the platform.
fn store(
    ctx: &Context,
    instance: &Instance,
    token: &SecretString,
    entered: &[(Item, SecretString)],
) -> Result<Option<StoreKind>, String> {
    let keyring = ctx.keyring();
    let fail = |e: KeyringError| {
        format!(
            "{e}. Alternatives: pass --no-store and keep the printed token yourself, \
             or run where a keyring is reachable"
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
    for (item, value) in entered {
        keyring
            .set(&ctx.profile, *item, value.expose_secret())
            .map_err(fail)?;
    }
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
        "{stored}\n{events}\nNext: have Acuity call the Webhook URL: run `oc-acuity webhook register{id}`, or at Acuity \
         open Business Settings > Integrations > API > Webhooks > Set Up and paste it for each event type you want.",
        id = if created.stored == "keyring" {
            String::new()
        } else {
            format!(" {}", created.id)
        }
    )
}
