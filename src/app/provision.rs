//! Provisioning shared by `oc-acuity auth` and `oc-acuity instance create`: gathering the
//! settings (flags, env, config, keyring, then prompts when allowed), the OAuth step,
//! creating the instance and storing its id and token. The result is a [`Created`] for
//! the report layer to print.

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

/// How thoroughly to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asking {
    /// Never prompt: a missing value is an error naming its flag.
    Never,
    /// Prompt for required values that are missing.
    Required,
    /// Also offer the optional ones (events, signature key, tags): `oc-acuity auth`.
    Everything,
}

/// Everything needed to create the instance, validated.
struct Settings {
    name: String,
    tags: Vec<String>,
    oauth: OAuthClient,
    events: Events,
    auth: PlatformAuth,
    sources: AuthSources,
    /// Secrets typed at prompts: stored in the keyring once the instance exists.
    entered: Vec<(Item, SecretString)>,
}

/// Collects settings from flags, env, config, keyring, then prompts when allowed.
struct Gatherer<'a> {
    ctx: &'a Context,
    resolver: Resolver<'a>,
    asking: Asking,
    saved: ProfileSettings,
    entered: Vec<(Item, SecretString)>,
    /// The User and Organization secrets, once resolved (each is read, or asked, once).
    auth: Option<(PlatformAuth, AuthSources)>,
    /// What is missing (without prompts): reported all at once by [`Gatherer::complete`].
    missing: Vec<String>,
}

/// One question at a prompt.
struct Question<'q> {
    text: &'q str,
    /// Offered as the answer on Enter.
    default: Option<String>,
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

fn check_non_empty(value: &str) -> Result<(), String> {
    validate::non_empty(value).map(drop)
}

impl<'a> Gatherer<'a> {
    fn new(ctx: &'a Context, asking: Asking) -> Self {
        let asking = if ctx.no_input { Asking::Never } else { asking };
        Self {
            ctx,
            resolver: ctx.resolver(),
            asking,
            saved: ctx.saved(),
            entered: Vec::new(),
            auth: None,
            missing: Vec::new(),
        }
    }

    /// Fails, naming every missing value at once, when any was missing.
    fn complete(&mut self) -> anyhow::Result<()> {
        let keyring = self
            .resolver
            .keyring_problem()
            .map(|p| format!("\n(the keyring was not readable: {p})"))
            .unwrap_or_default();
        match self.missing.len() {
            0 => Ok(()),
            1 => Err(CliError::usage(format!(
                "{}{keyring}",
                self.missing.remove(0)
            ))),
            n => Err(CliError::usage(format!(
                "{n} values are missing:\n  - {}{keyring}",
                self.missing.join("\n  - ")
            ))),
        }
    }

    /// Notes a missing value; the placeholder returned is never sent, since
    /// [`Gatherer::complete`] fails first.
    fn missing(&mut self, message: String) -> String {
        self.missing.push(message);
        String::new()
    }

    /// A secret found nowhere and not asked for: the demo value, else noted as missing.
    fn missing_secret(&mut self, id: Id) -> Found {
        match self.ctx.use_demo(id) {
            Some(value) => Found {
                value: SecretString::from(value),
                origin: Origin::SandboxDemo,
            },
            None => {
                let message = self.resolver.missing_ways(id);
                Found {
                    value: SecretString::from(self.missing(message)),
                    origin: Origin::Prompt,
                }
            }
        }
    }

    fn may_prompt(&self) -> bool {
        self.asking != Asking::Never
    }

    /// A plain value: given (flag, env or config; validated), else asked, else the
    /// target's demo value, else a usage error naming the flag and env var.
    async fn value(
        &mut self,
        id: Id,
        given: Option<Found<String>>,
        question: Question<'_>,
    ) -> anyhow::Result<String> {
        if let Some(given) = given {
            return Ok(given.value);
        }
        let setting = id.setting();
        if self.may_prompt() {
            let default = question.default.or_else(|| self.ctx.demo(id));
            let check = setting.check;
            return prompt::text(question.text.to_owned(), default, move |v| {
                check(v).map(drop)
            })
            .await;
        }
        Ok(match self.ctx.use_demo(id) {
            Some(demo) => demo,
            None => self.missing(setting.missing_message()),
        })
    }

    /// A required secret: file flag, env, keyring, else asked (hidden), else the demo
    /// value, else a usage error naming the flag and env var.
    async fn secret(&mut self, id: Id, file: Option<&std::path::Path>) -> anyhow::Result<Found> {
        if let Some(found) = self.resolver.find(id, file)? {
            return Ok(found);
        }
        if !self.may_prompt() {
            return Ok(self.missing_secret(id));
        }
        let has_demo = self.ctx.demo(id).is_some();
        let hint = if has_demo {
            " (Enter for the sandbox demo value)"
        } else {
            ""
        };
        let label = capitalized(id.setting().label);
        let value = prompt::secret(format!("{label}{hint}"), has_demo).await?;
        if value.expose_secret().is_empty() {
            let found = self.missing_secret(id);
            self.complete()?;
            return Ok(found);
        }
        self.entered
            .push((id.setting().item.expect("a secret"), value.clone()));
        Ok(Found {
            value,
            origin: Origin::Prompt,
        })
    }

    /// The User and Organization secrets.
    async fn platform_auth(&mut self) -> anyhow::Result<(PlatformAuth, AuthSources)> {
        if let Some(auth) = &self.auth {
            return Ok(auth.clone());
        }
        let (user_file, org_file) = (
            self.ctx.user_secret_file.clone(),
            self.ctx.org_secret_file.clone(),
        );
        let user = self.secret(Id::UserSecret, user_file.as_deref()).await?;
        let org = self
            .secret(Id::OrganizationSecret, org_file.as_deref())
            .await?;
        let sources = AuthSources {
            user: user.origin,
            organization: org.origin,
        };
        let auth = PlatformAuth {
            user: user.value,
            organization: org.value,
        };
        self.auth = Some((auth.clone(), sources.clone()));
        Ok((auth, sources))
    }

    /// A plain value from its flag, env or config, validated.
    fn given(&self, id: Id, flag: Option<String>) -> anyhow::Result<Option<Found<String>>> {
        id.setting().resolve(flag, &self.saved)
    }

    /// Gathers every setting. `name` is the `--name` flag; `default_name` is offered (or
    /// used without prompts) when the flag is absent.
    async fn gather(
        mut self,
        request: &ProvisionRequest,
        name: Option<String>,
        default_name: Option<String>,
    ) -> anyhow::Result<Settings> {
        let usage = |flag: &str, e: String| CliError::usage(format!("{flag}: {e}"));
        let tags = request
            .tags
            .iter()
            .map(|t| validate::non_empty(t).map_err(|e| usage("--tag", e)))
            .collect::<anyhow::Result<Vec<_>>>()?;

        let (auth, sources) = self.platform_auth().await?;

        let given = self.given(Id::ClientId, request.client_id.clone())?;
        let client_id = self
            .value(
                Id::ClientId,
                given,
                Question {
                    text: "Acuity OAuth client ID",
                    default: None,
                },
            )
            .await?;
        let client_secret = self
            .secret(Id::ClientSecret, request.client_secret_file.as_deref())
            .await?;
        let given = self.given(Id::CallbackUrl, request.callback_url.clone())?;
        let callback_url = self
            .value(
                Id::CallbackUrl,
                given,
                Question {
                    text: "Redirect URI registered at Acuity",
                    default: None,
                },
            )
            .await?;

        let events = self.events(request).await?;

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

        self.complete()?;
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

    async fn events(&mut self, request: &ProvisionRequest) -> anyhow::Result<Events> {
        if request.no_events {
            return Ok(Events::Off);
        }
        let setting = Id::EventCallbackUrl.setting();
        let saved = self
            .saved
            .get(setting.config_key.expect("a config key"))
            .map(str::to_owned);
        let given = self.given(Id::EventCallbackUrl, request.event_callback_url.clone())?;
        if given.is_none()
            && self.asking == Asking::Everything
            && !prompt::confirm("Deliver Acuity events to a URL of yours?".into(), true).await?
        {
            return Ok(Events::Off);
        }
        let callback_url = match given {
            Some(given) => given.value,
            None if self.may_prompt() => {
                self.value(
                    Id::EventCallbackUrl,
                    None,
                    Question {
                        text: "Event callback URL (where the platform POSTs events)",
                        default: saved,
                    },
                )
                .await?
            }
            None => match self.ctx.use_demo(Id::EventCallbackUrl) {
                Some(demo) => demo,
                None => self.missing(format!(
                    "events are on but no event callback URL is set: pass {} URL \
                     (or set {}), or pass --no-events",
                    setting.flag,
                    setting.env.unwrap_or_default()
                )),
            },
        };
        let mut signature_key = self
            .resolver
            .find(Id::SignatureKey, request.signature_key_file.as_deref())?
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

/// The User and Organization secrets (asked for at a terminal when missing) and where
/// they came from.
pub async fn platform_auth(ctx: &Context) -> anyhow::Result<(PlatformAuth, AuthSources)> {
    let mut gatherer = Gatherer::new(ctx, Asking::Required);
    let auth = gatherer.platform_auth().await?;
    gatherer.complete()?;
    Ok(auth)
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
pub fn save_settings(
    ctx: &Context,
    settings: ProfileSettings,
) -> anyhow::Result<Option<std::path::PathBuf>> {
    if !ctx.saves_settings() {
        output::info(
            "note: sandbox: the profile's settings are not saved (the demo values would overwrite real ones)",
        );
        return Ok(None);
    }
    let mut file = ConfigFile::load()?;
    file.profiles.insert(ctx.profile.clone(), settings);
    file.save()?;
    Ok(Some(config::config_path()?))
}

/// How to treat the result.
struct Keep {
    store: bool,
    show_token: bool,
    replace: bool,
}

/// One provisioning run, its settings gathered.
struct Job<'r> {
    settings: Settings,
    request: &'r ProvisionRequest,
    /// The grant code, when given (else the browser flow runs where one is needed).
    code: Option<SecretString>,
    may_prompt: bool,
    keep: Keep,
    /// What to do, when already known (`instance reauth`); else decided from the name.
    plan: Option<Plan>,
}

/// What the run will do about the name.
enum Plan {
    /// No instance has the name: create one.
    Create,
    /// Adopt this one.
    Reuse(Instance),
    /// Authorize this one again.
    Reauth(Instance),
}

/// Decides from the instances already named `name` what to do.
fn plan(existing: Vec<Instance>, if_exists: IfExists, name: &str) -> anyhow::Result<Plan> {
    let mut existing = existing;
    if existing.len() > 1 {
        let ids: Vec<String> = existing.iter().map(|i| i.id.to_string()).collect();
        anyhow::bail!(
            "{} instances are named {name:?} (ids {}): oc-acuity cannot tell which one is meant. \
             Delete the extra ones (`oc-acuity instance delete ID`) or choose another --name",
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

/// The instance the profile holds now: its id, and its token when readable.
fn held(ctx: &Context) -> Option<(String, Option<SecretString>)> {
    let keyring = ctx.keyring();
    let id = keyring.get(&ctx.profile, Item::InstanceId).ok()??;
    let token = keyring.get(&ctx.profile, Item::InstanceToken).ok()?;
    Some((id.expose_secret().to_owned(), token))
}

/// The common path of `auth`, `instance create` and `instance reauth` once the settings
/// are known: look the name up (unless the plan is given), check the profile may take the
/// result, get a code where one is needed, then create, adopt or reauthorize, and store.
/// The profile's lock is held throughout, so parallel runs on one profile take turns.
async fn provision(ctx: &Context, client: &Client, job: Job<'_>) -> anyhow::Result<Provisioned> {
    let Job {
        settings,
        request,
        code,
        may_prompt,
        keep,
        plan: planned,
    } = job;
    let lock = match keep.store {
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
            plan(existing, request.if_exists, &settings.name)?
        }
    };
    let target_id = match &plan {
        Plan::Create => None,
        Plan::Reuse(i) | Plan::Reauth(i) => Some(i.id.to_string()),
    };
    let previous = if keep.store { held(ctx) } else { None };
    let replaced = match previous {
        Some((id, _)) if Some(&id) == target_id.as_ref() => None,
        Some((id, token)) if keep.replace => Some(Replaced {
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
    let (instance, action) = match plan {
        Plan::Create => {
            let body = request_body(code.expect("a code for a create"));
            output::info(format!(
                "Creating instance {:?} at {} ...",
                settings.name,
                client.root()
            ));
            match client.create_instance(&body).await {
                Ok(instance) => (instance, Action::Created),
                Err(e) if outcome_unknown(&e) => (
                    recover(client, &settings.name, e, ctx.command()).await?,
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
            let instance = client
                .reauthorize_instance(found.id, &body)
                .await
                .map_err(|e| explain_rejection(e, &settings.sources))?;
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
    let Some(token) = instance.token.clone() else {
        anyhow::bail!(
            "the platform answered for instance {} without its token; fetch it from the platform's UI",
            instance.id
        );
    };

    let stored = if keep.store {
        store(ctx, &instance, &token, &settings.entered)
    } else {
        Ok(Stored::None)
    };
    if stored.is_ok() && replaced.is_some() {
        // The saved Webhook URL, if any, was the replaced instance's.
        if let Err(e) = super::webhooks::forget_given_url(ctx) {
            output::warn(format!(
                "could not forget the old instance's Webhook URL: {e:#}"
            ));
        }
    }
    drop(lock);
    let (stored, store_problem) = match stored {
        Ok(stored) => (stored, None),
        Err(problem) => (Stored::None, Some(problem)),
    };
    let print_token = keep.show_token || stored != Stored::Keyring;
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
        command: ctx.command(),
        ephemeral: ctx.ephemeral().await?,
        _critical: critical,
    })
}

/// Whether a create's failure leaves its outcome open: the request may have reached the
/// platform (a lost or unreadable answer, a server error) rather than been refused.
fn outcome_unknown(error: &anyhow::Error) -> bool {
    if let Some(transport) = error.downcast_ref::<TransportError>() {
        return transport.maybe_sent;
    }
    if error.downcast_ref::<UnreadableAnswer>().is_some() {
        return true;
    }
    error
        .downcast_ref::<ApiError>()
        .is_some_and(|api| api.status >= 500)
}

/// After a create whose answer was lost: the instance is looked for by its name (none had
/// it before the create), and fetched with its token when found. `command` is how the user
/// runs the tool against this target (`oc-acuity --sandbox`), for the command that checks.
async fn recover(
    client: &Client,
    name: &str,
    error: anyhow::Error,
    command: &str,
) -> anyhow::Result<Instance> {
    output::warn(format!(
        "{error:#}\nThe create may have taken effect: looking for an instance named {name:?} ..."
    ));
    let check = format!("`{command} instance list --name {name:?}`");
    let found = match client.find_by_name(name).await {
        Ok(found) => found,
        Err(lookup) => {
            return Err(CliError::OutcomeUnknown(format!(
                "whether instance {name:?} was created is unknown: the platform's answer was lost \
                 and looking it up failed too ({lookup:#}). Check with {check} before running again \
                 (a rerun with --if-exists reuse adopts it if it exists)"
            ))
            .into());
        }
    };
    match found.as_slice() {
        [] => Err(anyhow::anyhow!(
            "no instance named {name:?} exists, so none was created ({error:#}). The grant code \
             may have been spent: get a new one and run again"
        )),
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
fn bring_to(found: &Instance, settings: &Settings) -> InstanceUpdate {
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

/// Stores id, token and the typed secrets in the profile's keyring entries. Id and token
/// go in as one unit: when the second write fails, the first is put back as it was.
fn store(
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
