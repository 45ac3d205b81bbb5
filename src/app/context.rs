//! What every command derives from the global options: the profile, its saved settings,
//! the target (the real services or the in-process sandbox), the keyring and the clients.
//!
//! Sandbox or real is decided here, once, in [`Context::new`]; code below asks the
//! context for an API root, a keyring or a demo value, never for a flag.

use std::path::PathBuf;

use secrecy::{ExposeSecret, SecretString};
use tokio::sync::OnceCell;
use url::Url;

use crate::api::http::ClientOptions;
use crate::api::platform::PlatformAuth;
use crate::error::CliError;
use crate::sandbox::Sandbox;
use crate::settings::config::{ConfigFile, DEFAULT_PROFILE, ProfileSettings};
use crate::settings::keyring::{self, Item, Keyring};
use crate::settings::{Found, Id, Origin, Resolver};
use crate::term::output;

/// The platform API root used when nothing else is set.
pub const DEFAULT_BASE_URL: &str =
    "https://api.openconnectors.us2.ext.hana.ondemand.com/elements/api-v2";

/// The global options as plain values (the cli layer fills this from its flags).
#[derive(Debug, Clone, Default)]
pub struct Globals {
    pub profile: Option<String>,
    pub base_url: Option<String>,
    pub sandbox: bool,
    /// `--no-input`, or stdin is not a terminal.
    pub no_input: bool,
    pub user_secret_file: Option<PathBuf>,
    pub org_secret_file: Option<PathBuf>,
    pub client_options: ClientOptions,
}

/// The services a run talks to.
enum Target {
    /// The real platform at this API root.
    Remote(Url),
    /// The built-in emulator: the one `oc-acuity sandbox` serves, else started in-process
    /// on first use.
    Sandbox(Box<OnceCell<SandboxRoots>>),
}

/// Where the sandbox of this run answers.
struct SandboxRoots {
    api: Url,
    acuity: Url,
    /// Why its URLs do not outlast this run, when they do not.
    ephemeral: Option<&'static str>,
    /// The emulator started for this run (none when a serving one is used).
    _in_process: Option<Sandbox>,
}

/// What the target implies for the local side, fixed when the target is chosen.
struct Local {
    /// The keyring service of the profile's entries.
    keyring_service: &'static str,
    /// Whether a run without a reachable OS keyring keeps credentials in memory instead.
    memory_keyring_fallback: bool,
    /// Demo values for settings nobody gave (the sandbox's), with the name said in notices.
    demo: Option<fn(Id) -> Option<String>>,
    /// The instance to act on when none is given or stored (the sandbox's newest).
    fallback_instance: Option<fn() -> Option<u64>>,
    /// How the user runs the tool against this target, for the hints we print.
    pub command: &'static str,
    /// Whether `auth` saves the profile's settings and `auth logout` removes them.
    saves_settings: bool,
    /// How messages name the target, e.g. " against the sandbox".
    described: &'static str,
}

/// Everything a command needs besides its own arguments.
pub struct Context {
    pub profile: String,
    pub no_input: bool,
    pub config: ConfigFile,
    pub user_secret_file: Option<PathBuf>,
    pub org_secret_file: Option<PathBuf>,
    /// Whether the API root was left to its default, so `auth` may offer the deployments.
    pub api_root_defaulted: bool,
    client_options: ClientOptions,
    target: Target,
    local: Local,
    keyring: std::sync::OnceLock<Keyring>,
    /// The User and Organization secrets once found (or asked for): a command that calls
    /// the platform several times reads a file, stdin or a prompt once.
    platform_auth: OnceCell<(PlatformAuth, AuthSources)>,
}

/// The sandbox's demo values: any secret is accepted there.
fn sandbox_demo(id: Id) -> Option<String> {
    match id {
        Id::ClientId => Some("sandbox-client-id".to_owned()),
        Id::CallbackUrl => Some("http://127.0.0.1:8765/callback".to_owned()),
        Id::AcuityUserId => Some("1234567".to_owned()),
        // Where `oc-acuity events listen` listens by default.
        Id::EventCallbackUrl => Some("http://127.0.0.1:8485/".to_owned()),
        _ => id
            .setting()
            .item
            .map(|item| format!("sandbox-demo-{}", item.name())),
    }
}

impl Context {
    /// Validates the global options; every error here is a usage error, before any request.
    pub fn new(globals: Globals) -> anyhow::Result<Self> {
        let profile_setting = Id::Profile.setting();
        let given = match globals.profile {
            Some(p) => Some((p, Origin::Flag(profile_setting.flag))),
            None => profile_setting.from_env()?,
        };
        let (profile, origin) = given.unwrap_or((
            DEFAULT_PROFILE.to_owned(),
            Origin::Flag(profile_setting.flag),
        ));
        let profile = profile_setting.validate(&profile, &origin)?;

        let config = ConfigFile::load()?;
        let (target, local, api_root_defaulted) = if globals.sandbox {
            if globals.base_url.is_some() {
                return Err(CliError::usage(
                    "--base-url and --sandbox cannot be used together: the sandbox has its own API root",
                ));
            }
            let local = Local {
                keyring_service: keyring::SANDBOX_SERVICE,
                memory_keyring_fallback: true,
                demo: Some(sandbox_demo),
                fallback_instance: Some(crate::sandbox::newest_instance),
                command: "oc-acuity --sandbox",
                saves_settings: false,
                described: " against the sandbox",
            };
            (Target::Sandbox(Box::default()), local, false)
        } else {
            let saved = config.profile(&profile);
            let resolved = Id::BaseUrl.setting().resolve(globals.base_url, &saved)?;
            let defaulted = resolved.is_none();
            let root = resolved.map_or_else(|| DEFAULT_BASE_URL.to_owned(), |r| r.value);
            let local = Local {
                keyring_service: keyring::SERVICE,
                memory_keyring_fallback: false,
                demo: None,
                fallback_instance: None,
                command: "oc-acuity",
                saves_settings: true,
                described: "",
            };
            (Target::Remote(Url::parse(&root)?), local, defaulted)
        };

        Ok(Self {
            profile,
            no_input: globals.no_input,
            config,
            user_secret_file: globals.user_secret_file,
            org_secret_file: globals.org_secret_file,
            api_root_defaulted,
            client_options: globals.client_options,
            target,
            local,
            keyring: std::sync::OnceLock::new(),
            platform_auth: OnceCell::new(),
        })
    }

    /// The profile's saved settings.
    pub fn saved(&self) -> ProfileSettings {
        self.config.profile(&self.profile)
    }

    /// The keyring of this run: the OS keyring under the target's service; where the
    /// target allows it and no OS keyring is reachable, an in-memory store for this run,
    /// with a notice.
    pub fn keyring(&self) -> &Keyring {
        self.keyring.get_or_init(|| {
            let os = Keyring::os(self.local.keyring_service);
            if !self.local.memory_keyring_fallback {
                return os;
            }
            match os.check() {
                Ok(()) => os,
                Err(problem) => {
                    output::info(
                        "note: no OS keyring reachable; the sandbox keeps credentials in memory for this run (-v says why)",
                    );
                    output::debug(problem.to_string());
                    Keyring::memory(self.local.keyring_service)
                }
            }
        })
    }

    /// The secret resolver for this profile and keyring.
    pub fn resolver(&self) -> Resolver<'_> {
        Resolver::new(&self.profile, self.keyring())
    }

    /// The target's demo value for a setting nobody gave, if it has one.
    pub fn demo(&self, id: Id) -> Option<String> {
        self.local.demo.and_then(|demo| demo(id))
    }

    /// A demo value used, with the notice that says so.
    pub fn use_demo(&self, id: Id) -> Option<String> {
        let value = self.demo(id)?;
        let setting = id.setting();
        if setting.item.is_some() {
            output::info(format!("note: sandbox: using a demo {}", setting.label));
        } else {
            output::info(format!(
                "note: sandbox: using the demo {} {value}",
                setting.label
            ));
        }
        Some(value)
    }

    /// A secret from its file flag, env or keyring; else the target's demo value; else a
    /// usage error naming every way to give it.
    pub fn require_secret(
        &self,
        resolver: &Resolver<'_>,
        id: Id,
        file: Option<&std::path::Path>,
    ) -> anyhow::Result<Found> {
        match resolver.find(id, file)? {
            Some(found) => Ok(found),
            None => self.missing_secret(resolver, id),
        }
    }

    /// What a secret found nowhere becomes: the demo value, or a usage error.
    pub fn missing_secret(&self, resolver: &Resolver<'_>, id: Id) -> anyhow::Result<Found> {
        match self.use_demo(id) {
            Some(value) => Ok(Found {
                value: SecretString::from(value),
                origin: Origin::SandboxDemo,
            }),
            None => Err(CliError::usage(resolver.missing_message(id))),
        }
    }

    /// Whether `auth` saves the profile's settings (not for the sandbox, whose demo
    /// values would overwrite real ones).
    pub fn saves_settings(&self) -> bool {
        self.local.saves_settings
    }

    /// How messages name the target: "" or " against the sandbox".
    pub fn described(&self) -> &'static str {
        self.local.described
    }

    /// How the user runs the tool against this target (`oc-acuity --sandbox`), for hints.
    pub fn command(&self) -> &'static str {
        self.local.command
    }

    /// The instance an `[ID]` argument names, or the profile's stored one; where the
    /// target has one, its fallback (the sandbox's newest instance, with a notice).
    pub fn instance_id(&self, given: Option<u64>) -> anyhow::Result<u64> {
        if let Some(id) = given {
            return Ok(id);
        }
        let stored = self.keyring().get(&self.profile, Item::InstanceId);
        if let Ok(Some(id)) = &stored
            && let Ok(id) = id.expose_secret().parse()
        {
            return Ok(id);
        }
        if let Some(id) = self.fallback_instance() {
            return Ok(id);
        }
        let stored = stored.map_err(|e| {
            CliError::usage(format!(
                "no instance ID given, and the stored one could not be read: {e}"
            ))
        })?;
        debug_assert!(stored.is_none());
        Err(CliError::usage(format!(
            "no instance ID given and profile {:?} has none stored: pass the ID, or run `{} auth`",
            self.profile,
            self.command()
        )))
    }

    /// The target's instance to act on when none is stored (the sandbox's newest), with
    /// the notice that says so.
    pub fn fallback_instance(&self) -> Option<u64> {
        let id = self.local.fallback_instance.and_then(|newest| newest())?;
        output::info(format!(
            "note: sandbox: no instance stored for profile {:?}; using the sandbox's newest, {id}",
            self.profile
        ));
        Some(id)
    }

    /// Whether `id` is the instance stored for this profile.
    pub fn is_stored_instance(&self, id: u64) -> bool {
        matches!(
            self.keyring().get(&self.profile, Item::InstanceId),
            Ok(Some(stored)) if stored.expose_secret() == id.to_string()
        )
    }

    /// The User and Organization secrets, found by `find` the first time and remembered
    /// for the rest of the run.
    pub async fn platform_auth<F, Fut>(
        &self,
        find: F,
    ) -> anyhow::Result<(PlatformAuth, AuthSources)>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = anyhow::Result<(PlatformAuth, AuthSources)>>,
    {
        self.platform_auth.get_or_try_init(find).await.cloned()
    }

    /// Per-request time limit and retries, for any remote client.
    pub fn client_options(&self) -> ClientOptions {
        self.client_options
    }

    /// The platform API root.
    pub async fn api_root(&self) -> anyhow::Result<Url> {
        Ok(self.roots().await?.0)
    }

    /// Why the target's URLs do not outlast this run, when they do not.
    pub async fn ephemeral(&self) -> anyhow::Result<Option<&'static str>> {
        Ok(self.roots().await?.2)
    }

    /// Acuity's API root when the target brings its own (the sandbox's emulated Acuity).
    pub async fn target_acuity_root(&self) -> anyhow::Result<Option<Url>> {
        Ok(self.roots().await?.1)
    }

    /// The platform API root and, for the sandbox, its Acuity API root; the sandbox is
    /// started on first use.
    async fn roots(&self) -> anyhow::Result<(Url, Option<Url>, Option<&'static str>)> {
        match &self.target {
            Target::Remote(root) => Ok((root.clone(), None, None)),
            Target::Sandbox(roots) => {
                let roots = roots
                    .get_or_try_init(|| async {
                        let state = crate::sandbox::default_state_path()?;
                        if let Some(serving) = crate::sandbox::running(&state) {
                            output::debug(format!(
                                "using the sandbox serving at {}",
                                serving.api_root
                            ));
                            return anyhow::Ok(SandboxRoots {
                                api: serving.api_root,
                                acuity: serving.acuity_api_root,
                                ephemeral: None,
                                _in_process: None,
                            });
                        }
                        let sandbox = Sandbox::start(0, state).await?;
                        output::debug(format!("sandbox listening at {}", sandbox.api_root()));
                        anyhow::Ok(SandboxRoots {
                            api: sandbox.api_root(),
                            acuity: sandbox.acuity_api_root(),
                            ephemeral: Some(
                                "this run's sandbox stopped with it, so its Webhook URL answers no \
                                 more: `oc-acuity sandbox --background` keeps one serving, and \
                                 --sandbox commands then share it",
                            ),
                            _in_process: Some(sandbox),
                        })
                    })
                    .await?;
                Ok((
                    roots.api.clone(),
                    Some(roots.acuity.clone()),
                    roots.ephemeral,
                ))
            }
        }
    }
}

/// Where the platform secrets came from, for messages after a 401.
#[derive(Debug, Clone)]
pub struct AuthSources {
    pub user: Origin,
    pub organization: Origin,
}

impl std::fmt::Display for AuthSources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "User secret from {}; Organization secret from {}",
            self.user, self.organization
        )
    }
}
