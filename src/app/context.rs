//! What every command derives from the global options: the profile, its saved settings,
//! the target (the real services or the in-process sandbox), the keyring and the clients.
//!
//! Sandbox or real is decided here, once, in [`Context::new`]; code below asks the
//! context for an API root, a keyring or a demo value, never for a flag.

use std::path::PathBuf;

use secrecy::ExposeSecret;
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
pub const DEFAULT_BASE_URL: &str = crate::api::platform::DEFAULT_API_ROOT;

/// The global options as plain values (the cli layer fills this from its flags).
#[derive(Debug, Clone, Default)]
pub struct Globals {
    pub profile: Option<String>,
    pub base_url: Option<String>,
    pub sandbox: bool,
    /// `--no-input`, or stdin or stderr is not a terminal.
    pub no_input: bool,
    pub user_secret_file: Option<PathBuf>,
    pub org_secret_file: Option<PathBuf>,
    pub client_options: ClientOptions,
}

/// The services a run talks to, and everything that choice implies for the local side
/// (keyring service, demo values, hints, whether settings are saved): asked of the target
/// in one `match` per question, never through a parallel table.
enum Target {
    /// The real platform at this API root.
    Remote(Found<Url>),
    /// The built-in emulator: the one `oc-acuity sandbox` serves, else started in-process
    /// on first use.
    Sandbox(Box<OnceCell<SandboxRoots>>),
}

impl Target {
    /// The keyring service of the profile's entries.
    fn keyring_service(&self) -> &'static str {
        match self {
            Target::Remote(_) => keyring::SERVICE,
            Target::Sandbox(_) => keyring::SANDBOX_SERVICE,
        }
    }

    /// Whether a run without a reachable OS keyring keeps credentials in memory instead
    /// (the sandbox's are demo values: nothing is lost when the run ends).
    fn may_keep_credentials_in_memory(&self) -> bool {
        matches!(self, Target::Sandbox(_))
    }

    /// A demo value for a setting nobody gave (the sandbox accepts any secret).
    fn demo(&self, id: Id) -> Option<String> {
        match self {
            Target::Remote(_) => None,
            Target::Sandbox(_) => sandbox_demo(id),
        }
    }

    /// The instance to act on when none is given or stored (the sandbox's newest).
    fn newest_instance(&self) -> Option<u64> {
        match self {
            Target::Remote(_) => None,
            Target::Sandbox(_) => crate::sandbox::newest_instance(),
        }
    }
}

/// Where the sandbox of this run answers.
struct SandboxRoots {
    api: Url,
    acuity: Url,
    /// Whether it ends with this run (started for it, none serving), and its URLs with it.
    ephemeral: bool,
    /// The emulator started for this run (none when a serving one is used).
    _in_process: Option<Sandbox>,
}

/// Which instance a command acts on, and why that one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChosenInstance {
    pub id: u64,
    pub origin: InstanceOrigin,
}

/// Where the instance a command acts on came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstanceOrigin {
    /// The command's `[ID]` argument.
    Given,
    /// The profile's keyring entry.
    Stored,
    /// The sandbox's newest instance (none given, none stored).
    SandboxNewest,
}

impl ChosenInstance {
    /// The notice a choice calls for (the sandbox's newest was taken), for the caller to
    /// print once.
    pub fn notice(&self, profile: &str) -> Option<String> {
        (self.origin == InstanceOrigin::SandboxNewest)
            .then(|| sandbox_newest_notice(profile, self.id))
    }
}

fn sandbox_newest_notice(profile: &str, id: u64) -> String {
    format!(
        "note: sandbox: no instance stored for profile {profile:?}; using the sandbox's newest, {id}"
    )
}

/// Everything a command needs besides its own arguments.
pub struct Context {
    pub profile: String,
    /// Where the profile's name came from (a flag, the environment, or the default).
    pub profile_origin: Origin,
    pub no_input: bool,
    pub config: ConfigFile,
    pub user_secret_file: Option<PathBuf>,
    pub org_secret_file: Option<PathBuf>,
    client_options: ClientOptions,
    target: Target,
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
        // Optional: a run without one has the platform send its events unsigned, so none
        // is filled in (`auth status` would otherwise name a key no run uses).
        Id::SignatureKey => None,
        _ => id
            .setting()
            .item
            .map(|item| format!("sandbox-demo-{}", item.name())),
    }
}

/// The name of the service at `root`, for the lock that makes runs on one machine take
/// turns: `.../api-v2` and `.../api-v2/` are one service, and so are the loopback names
/// of one port (`localhost`, `127.0.0.1`, `[::1]`). Locking two as one costs a wait;
/// the reverse, a second instance.
fn service_scope(root: &Url) -> String {
    let mut scope = root.clone();
    if crate::settings::validate::is_loopback(root) {
        // A name the URL keeps as it is: not a host anyone can reach.
        let _ = scope.set_host(Some("loopback"));
    }
    scope.as_str().trim_end_matches('/').to_owned()
}

/// Every `OC_ACUITY_*` value gets its checks whether or not this command reads it: one that
/// cannot be used is named now (exit 2), never ignored by some commands and used by
/// others. Secrets only as values (not UTF-8, empty, only whitespace): their own rule
/// applies where they are used.
fn check_every_variable() -> anyhow::Result<()> {
    for setting in &crate::settings::SETTINGS {
        if let Some((value, origin)) = setting.from_env()?
            && setting.item.is_none()
        {
            setting.validate(&value, &origin)?;
        }
    }
    crate::sandbox::faults::from_env()?;
    Ok(())
}

impl Context {
    /// Validates the global options; every error here is a usage error, before any request.
    pub fn new(globals: Globals) -> anyhow::Result<Self> {
        let profile_setting = Id::Profile.setting();
        let given = match globals.profile {
            Some(p) => Some((p, Origin::Flag(profile_setting.flag))),
            None => profile_setting.from_env()?,
        };
        let (profile, origin) = given.unwrap_or((DEFAULT_PROFILE.to_owned(), Origin::Default));
        let profile = profile_setting.validate(&profile, &origin)?;

        check_every_variable()?;
        let config = ConfigFile::load()?;
        let target = if globals.sandbox {
            if globals.base_url.is_some() {
                return Err(CliError::usage(
                    "--base-url and --sandbox cannot be used together: the sandbox has its own API root",
                ));
            }
            Target::Sandbox(Box::default())
        } else {
            let saved = config.profile(&profile);
            let root = Id::BaseUrl
                .setting()
                .resolve(globals.base_url, &saved)?
                .unwrap_or_else(|| Found {
                    value: DEFAULT_BASE_URL.to_owned(),
                    origin: Origin::Default,
                });
            Target::Remote(Found {
                value: Url::parse(&root.value)?,
                origin: root.origin,
            })
        };

        Ok(Self {
            profile,
            profile_origin: origin,
            no_input: globals.no_input,
            config,
            user_secret_file: globals.user_secret_file,
            org_secret_file: globals.org_secret_file,
            client_options: globals.client_options,
            target,
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
    /// with a notice (printed once: the keyring is made once per run).
    pub fn keyring(&self) -> &Keyring {
        self.keyring.get_or_init(|| {
            let service = self.target.keyring_service();
            let os = Keyring::os(service);
            if !self.target.may_keep_credentials_in_memory() {
                return os;
            }
            match os.check() {
                Ok(()) => os,
                Err(problem) => {
                    output::info(
                        "note: no OS keyring reachable; the sandbox keeps credentials in memory for this run (-v says why)",
                    );
                    output::debug(problem.to_string());
                    Keyring::memory(service)
                }
            }
        })
    }

    /// The secret resolver for this profile and keyring.
    pub fn resolver(&self) -> Resolver<'_> {
        Resolver::new(&self.profile, self.keyring())
    }

    /// The target's demo value for a setting nobody gave, if it has one. Prints nothing:
    /// the caller that uses it says so ([`demo_notice`]).
    pub fn demo(&self, id: Id) -> Option<String> {
        self.target.demo(id)
    }

    /// Whether `auth` saves the profile's settings (not for the sandbox, whose demo
    /// values would overwrite real ones).
    pub fn saves_settings(&self) -> bool {
        matches!(self.target, Target::Remote(_))
    }

    /// How to make Acuity call the platform once: a booking at Acuity, or the sandbox's
    /// `sandbox book` (which needs a sandbox that keeps serving: see
    /// [`Context::serving_first`]).
    pub fn how_to_book(&self) -> &'static str {
        match self.target {
            Target::Remote(_) => "book (or change) an appointment at Acuity",
            Target::Sandbox(_) => "book one: `oc-acuity sandbox book`",
        }
    }

    /// What must come first for a Webhook URL to be called: under a sandbox of this run
    /// only (none serving), starting one that keeps serving, since this run's sandbox and
    /// its Webhook URL (its port) end with the run: a webhook registered now would point
    /// at nothing.
    pub async fn serving_first(&self) -> anyhow::Result<Option<&'static str>> {
        Ok(self.ephemeral().await?.then_some(
            "start a sandbox that keeps serving: `oc-acuity sandbox --background` (this run's \
             sandbox, and the port in its Webhook URL, end with the run; --sandbox commands then \
             share it)",
        ))
    }

    /// How messages that say what a run acts on end: " against the sandbox", or "".
    pub fn target_suffix(&self) -> &'static str {
        match self.target {
            Target::Remote(_) => "",
            Target::Sandbox(_) => " against the sandbox",
        }
    }

    /// The command line that runs the tool as this run was run (`oc-acuity --sandbox`,
    /// `oc-acuity --profile work`, `oc-acuity --base-url URL`), for the commands we print
    /// for the user to run next. Options that came from the environment or the config
    /// file are left out: they apply to the next run as well.
    pub fn invocation(&self) -> String {
        let mut line = String::from("oc-acuity");
        if matches!(self.profile_origin, Origin::Flag(_)) {
            line.push_str(&format!(" --profile {}", output::shell_word(&self.profile)));
        }
        match &self.target {
            Target::Sandbox(_) => line.push_str(" --sandbox"),
            Target::Remote(root) if matches!(root.origin, Origin::Flag(_)) => {
                line.push_str(&format!(
                    " --base-url {}",
                    output::shell_word(root.value.as_str())
                ));
            }
            Target::Remote(_) => {}
        }
        line
    }

    /// What names the service at `root` across runs, for locks that coordinate them: the
    /// API root itself, or for the sandbox its state file (each run's in-process sandbox
    /// listens on a port of its own, over one shared state).
    pub fn lock_scope(&self, root: &Url) -> anyhow::Result<String> {
        Ok(match &self.target {
            Target::Remote(_) => service_scope(root),
            Target::Sandbox(_) => {
                format!(
                    "sandbox {}",
                    crate::sandbox::default_state_path()?.display()
                )
            }
        })
    }

    /// The platform API root this run was given, with where it came from (a flag, the
    /// environment, the config file, or the built-in default); `None` for the sandbox,
    /// whose root is known once it runs ([`Context::api_root`]).
    pub fn given_api_root(&self) -> Option<&Found<Url>> {
        match &self.target {
            Target::Remote(root) => Some(root),
            Target::Sandbox(_) => None,
        }
    }

    /// The instance a command acts on: its `[ID]` argument, else the profile's stored one,
    /// else the target's newest (the sandbox's). Prints nothing: the caller prints
    /// [`ChosenInstance::notice`].
    pub fn instance(&self, given: Option<u64>) -> anyhow::Result<ChosenInstance> {
        if let Some(id) = given {
            return Ok(ChosenInstance {
                id,
                origin: InstanceOrigin::Given,
            });
        }
        // Unreadable (a locked keyring) is not empty: neither the sandbox's newest nor a
        // new instance stands in for the stored one (exit 4, as stored credentials that
        // cannot be used).
        let stored = self.stored_instance().map_err(|e| {
            CliError::Credentials(format!(
                "no instance ID given, and the stored one could not be read: {e}\n\
                 Unlock the keyring and run this again, or pass the instance ID. Do not run \
                 `{} auth` for this: it would create a second instance.",
                self.invocation()
            ))
        })?;
        if let Some(id) = stored {
            return Ok(ChosenInstance {
                id,
                origin: InstanceOrigin::Stored,
            });
        }
        if let Some(id) = self.target.newest_instance() {
            return Ok(ChosenInstance {
                id,
                origin: InstanceOrigin::SandboxNewest,
            });
        }
        Err(CliError::usage(format!(
            "no instance ID given and profile {:?} has none stored: pass the ID, or run `{} auth`",
            self.profile,
            self.invocation()
        )))
    }

    /// [`Context::instance`]'s id, its notice printed (once per call: call it once).
    pub fn instance_id(&self, given: Option<u64>) -> anyhow::Result<u64> {
        let chosen = self.instance(given)?;
        Ok(self.announce(chosen))
    }

    /// Prints the notice `chosen` calls for (once: call it once per choice); its id.
    pub fn announce(&self, chosen: ChosenInstance) -> u64 {
        if let Some(notice) = chosen.notice(&self.profile) {
            output::info(notice);
        }
        chosen.id
    }

    /// The target's instance to act on when none is stored (the sandbox's newest). Prints
    /// nothing: see [`ChosenInstance::notice`].
    pub fn newest_instance(&self) -> Option<ChosenInstance> {
        self.target.newest_instance().map(|id| ChosenInstance {
            id,
            origin: InstanceOrigin::SandboxNewest,
        })
    }

    /// The instance id stored for this profile (`None`: none stored, or not a number).
    pub fn stored_instance(&self) -> Result<Option<u64>, keyring::KeyringError> {
        Ok(self
            .keyring()
            .get(&self.profile, Item::InstanceId)?
            .and_then(|id| id.expose_secret().parse().ok()))
    }

    /// Whether `id` is the instance stored for this profile.
    pub fn is_stored_instance(&self, id: u64) -> bool {
        matches!(self.stored_instance(), Ok(Some(stored)) if stored == id)
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

    /// Whether the target's URLs end with this run (a sandbox started for it).
    async fn ephemeral(&self) -> anyhow::Result<bool> {
        Ok(self.roots().await?.2)
    }

    /// Acuity's API root when the target brings its own (the sandbox's emulated Acuity).
    pub async fn target_acuity_root(&self) -> anyhow::Result<Option<Url>> {
        Ok(self.roots().await?.1)
    }

    /// The platform API root and, for the sandbox, its Acuity API root; the sandbox is
    /// started on first use.
    async fn roots(&self) -> anyhow::Result<(Url, Option<Url>, bool)> {
        match &self.target {
            Target::Remote(root) => Ok((root.value.clone(), None, false)),
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
                                ephemeral: false,
                                _in_process: None,
                            });
                        }
                        let sandbox = Sandbox::start(0, state).await?;
                        output::debug(format!("sandbox listening at {}", sandbox.api_root()));
                        anyhow::Ok(SandboxRoots {
                            api: sandbox.api_root(),
                            acuity: sandbox.acuity_api_root(),
                            ephemeral: true,
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

/// The notice that says a demo value stands in for a setting nobody gave.
pub fn demo_notice(id: Id, value: &str) -> String {
    let setting = id.setting();
    if setting.item.is_some() {
        format!("note: sandbox: using a demo {}", setting.label)
    } else {
        format!("note: sandbox: using the demo {} {value}", setting.label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command line printed in hints carries the options given as flags (they would
    /// not apply to the next run otherwise), quoted for the shell.
    #[test]
    fn invocation_carries_the_flags_of_the_run() {
        let root = "http://127.0.0.1:9/elements/api-v2";
        let rows: [(Option<&str>, Option<&str>, bool, &str); 5] = [
            (None, None, false, "oc-acuity"),
            (Some("work"), None, false, "oc-acuity --profile work"),
            (
                None,
                Some(root),
                false,
                "oc-acuity --base-url http://127.0.0.1:9/elements/api-v2",
            ),
            (None, None, true, "oc-acuity --sandbox"),
            (
                Some("ci.eu"),
                None,
                true,
                "oc-acuity --profile ci.eu --sandbox",
            ),
        ];
        for (profile, base_url, sandbox, expected) in rows {
            let ctx = Context::new(Globals {
                profile: profile.map(str::to_owned),
                base_url: base_url.map(str::to_owned),
                sandbox,
                ..Globals::default()
            })
            .unwrap();
            assert_eq!(
                ctx.invocation(),
                expected,
                "{profile:?} {base_url:?} {sandbox}"
            );
        }
    }

    #[test]
    fn only_the_sandboxs_newest_instance_calls_for_a_notice() {
        for (origin, notice) in [
            (InstanceOrigin::Given, false),
            (InstanceOrigin::Stored, false),
            (InstanceOrigin::SandboxNewest, true),
        ] {
            let chosen = ChosenInstance { id: 10001, origin };
            assert_eq!(chosen.notice("default").is_some(), notice, "{origin:?}");
        }
        let chosen = ChosenInstance {
            id: 10001,
            origin: InstanceOrigin::SandboxNewest,
        };
        assert_eq!(
            chosen.notice("default").unwrap(),
            "note: sandbox: no instance stored for profile \"default\"; using the sandbox's newest, 10001"
        );
    }

    #[test]
    fn one_service_has_one_lock_scope() {
        let scope = |root: &str| service_scope(&Url::parse(root).unwrap());
        let rows = [
            (
                "http://127.0.0.1:8080/elements/api-v2",
                "http://localhost:8080/elements/api-v2/",
            ),
            (
                "http://[::1]:8080/elements/api-v2",
                "http://LOCALHOST:8080/elements/api-v2",
            ),
            (
                "https://api.example.com/elements/api-v2/",
                "https://api.example.com/elements/api-v2",
            ),
        ];
        for (a, b) in rows {
            assert_eq!(scope(a), scope(b), "{a} and {b}");
        }
        for (a, b) in [
            (
                "http://127.0.0.1:8080/elements/api-v2",
                "http://127.0.0.1:8081/elements/api-v2",
            ),
            (
                "https://a.example.com/elements/api-v2",
                "https://b.example.com/elements/api-v2",
            ),
        ] {
            assert_ne!(scope(a), scope(b), "{a} and {b}");
        }
    }
}
