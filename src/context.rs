//! The validated global options, and what every command derives from them: the profile,
//! the API root (or the in-process sandbox), the keyring and the platform client.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use tokio::sync::OnceCell;
use url::Url;

use crate::cli::GlobalArgs;
use crate::config::{ConfigFile, DEFAULT_PROFILE};
use crate::credentials::{Found, Resolver, SecretKind, Source};
use crate::error::CliError;
use crate::keyring::{self, Item, Keyring};
use crate::platform::{Client, ClientOptions, PlatformAuth};
use crate::sandbox::Sandbox;
use crate::{output, validate};

/// The platform API root used when nothing else is set.
pub const DEFAULT_BASE_URL: &str =
    "https://api.openconnectors.us2.ext.hana.ondemand.com/elements/api-v2";

/// Everything a command needs besides its own arguments.
pub struct Context {
    pub profile: String,
    pub json: bool,
    pub no_input: bool,
    pub sandbox: bool,
    pub config: ConfigFile,
    pub user_secret_file: Option<PathBuf>,
    pub org_secret_file: Option<PathBuf>,
    base_url: Url,
    /// Whether the API root was set (flag, env or config) rather than defaulted.
    pub base_url_given: bool,
    client_options: ClientOptions,
    keyring: std::sync::OnceLock<Keyring>,
    running_sandbox: OnceCell<Sandbox>,
}

impl Context {
    /// Validates the global options; every error here is a usage error, before any request.
    pub fn new(globals: GlobalArgs) -> anyhow::Result<Self> {
        output::set_verbosity(if globals.quiet {
            -1
        } else {
            globals.verbose as i8
        });
        let (profile, origin) = pick(globals.profile, "--profile", "OC_ACUITY_PROFILE")
            .unwrap_or((DEFAULT_PROFILE.to_owned(), "--profile"));
        validate::profile(&profile).map_err(|e| CliError::usage(format!("{origin}: {e}")))?;

        let config = ConfigFile::load()?;
        let mut base_url_given = globals.sandbox;
        let base_url = if globals.sandbox {
            if globals.base_url.is_some() {
                return Err(CliError::usage(
                    "--base-url and --sandbox cannot be used together: the sandbox has its own API root",
                ));
            }
            // Replaced by the sandbox's own address once it runs.
            Url::parse(DEFAULT_BASE_URL)?
        } else {
            let (raw, origin) = pick(globals.base_url, "--base-url", "OC_ACUITY_BASE_URL")
                .or_else(|| {
                    let saved = config.profile(&profile).base_url?;
                    Some((saved, "base-url in the config file"))
                })
                .inspect(|_| base_url_given = true)
                .unwrap_or((DEFAULT_BASE_URL.to_owned(), "--base-url"));
            validate::api_root(&raw).map_err(|e| CliError::usage(format!("{origin}: {e}")))?
        };

        Ok(Self {
            profile,
            json: globals.json,
            no_input: globals.no_input || !std::io::stdin().is_terminal(),
            sandbox: globals.sandbox,
            config,
            user_secret_file: globals.user_secret_file,
            org_secret_file: globals.org_secret_file,
            base_url,
            base_url_given,
            client_options: ClientOptions {
                request_timeout: Duration::from_secs(globals.request_timeout),
                retries: globals.retries,
            },
            keyring: std::sync::OnceLock::new(),
            running_sandbox: OnceCell::new(),
        })
    }

    /// The keyring of this run: the OS keyring (service `oc-acuity`, or
    /// `oc-acuity-sandbox` with `--sandbox`). With `--sandbox` and no reachable OS keyring,
    /// an in-memory store for this run, with a notice.
    pub fn keyring(&self) -> &Keyring {
        self.keyring.get_or_init(|| {
            if !self.sandbox {
                return Keyring::os(keyring::SERVICE);
            }
            let os = Keyring::os(keyring::SANDBOX_SERVICE);
            match os.check() {
                Ok(()) => os,
                Err(problem) => {
                    output::info(
                        "note: no OS keyring reachable; the sandbox keeps credentials in memory for this run (-v says why)",
                    );
                    output::debug(problem.to_string());
                    Keyring::memory(keyring::SANDBOX_SERVICE)
                }
            }
        })
    }

    /// The secret resolver for this profile and keyring.
    pub fn resolver(&self) -> Resolver<'_> {
        Resolver::new(&self.profile, self.keyring())
    }

    /// A secret that `--sandbox` may fill with a demo value when none was given.
    pub fn require_secret(
        &self,
        resolver: &Resolver<'_>,
        kind: SecretKind,
        file: Option<&std::path::Path>,
    ) -> anyhow::Result<Found> {
        match resolver.find(kind, file)? {
            Some(found) => Ok(found),
            None => self.missing_secret(resolver, kind),
        }
    }

    /// What a secret found nowhere becomes: the sandbox's demo value, or a usage error
    /// naming every way to give it.
    pub fn missing_secret(
        &self,
        resolver: &Resolver<'_>,
        kind: SecretKind,
    ) -> anyhow::Result<Found> {
        if !self.sandbox {
            return Err(CliError::usage(resolver.missing_message(kind)));
        }
        output::info(format!("note: sandbox: using a demo {}", kind.label()));
        Ok(Found {
            value: SecretString::from(format!("sandbox-demo-{}", kind.item().name())),
            source: Source::SandboxDemo,
        })
    }

    /// The instance an `[ID]` argument names, or the profile's stored one.
    pub fn instance_id(&self, given: Option<u64>) -> anyhow::Result<u64> {
        if let Some(id) = given {
            return Ok(id);
        }
        let stored = self
            .keyring()
            .get(&self.profile, Item::InstanceId)
            .map_err(|e| {
                CliError::usage(format!(
                    "no instance ID given, and the stored one could not be read: {e}"
                ))
            })?;
        stored
            .and_then(|id| id.expose_secret().parse().ok())
            .ok_or_else(|| {
                CliError::usage(format!(
                    "no instance ID given and profile {:?} has none stored: pass the ID, or run `oc-acuity auth`",
                    self.profile
                ))
            })
    }

    /// Whether `id` is the instance stored for this profile.
    pub fn is_stored_instance(&self, id: u64) -> bool {
        matches!(
            self.keyring().get(&self.profile, Item::InstanceId),
            Ok(Some(stored)) if stored.expose_secret() == id.to_string()
        )
    }

    /// A platform client with the User and Organization secrets from files, env or the
    /// keyring (asked for at a terminal when missing), and where they came from.
    pub async fn platform_client(&self) -> anyhow::Result<(Client, AuthSources)> {
        let mut gatherer =
            crate::provision::Gatherer::new(self, crate::provision::Asking::Required);
        let (auth, sources) = gatherer.platform_auth().await?;
        Ok((self.client(&auth).await?, sources))
    }

    /// The sandbox's emulated Acuity API root, when `--sandbox` runs one.
    pub async fn sandbox_acuity_root(&self) -> anyhow::Result<Option<Url>> {
        if !self.sandbox {
            return Ok(None);
        }
        self.api_root().await?;
        Ok(self.running_sandbox.get().map(Sandbox::acuity_api_root))
    }

    /// Per-request time limit and retries, for any remote client.
    pub fn client_options(&self) -> ClientOptions {
        self.client_options
    }

    /// The platform client; with `--sandbox` this starts the emulator first.
    pub async fn client(&self, auth: &PlatformAuth) -> anyhow::Result<Client> {
        Client::new(self.api_root().await?, auth, self.client_options)
    }

    /// A platform client for an API root chosen at a prompt.
    pub fn client_at(&self, root: Url, auth: &PlatformAuth) -> anyhow::Result<Client> {
        Client::new(root, auth, self.client_options)
    }

    /// The API root: the validated `--base-url` (or env, config, default), or the
    /// in-process sandbox's.
    pub async fn api_root(&self) -> anyhow::Result<Url> {
        if !self.sandbox {
            return Ok(self.base_url.clone());
        }
        let sandbox = self
            .running_sandbox
            .get_or_try_init(|| async {
                let sandbox = Sandbox::start(0, crate::sandbox::default_state_path()?).await?;
                output::debug(format!("sandbox listening at {}", sandbox.api_root()));
                anyhow::Ok(sandbox)
            })
            .await?;
        Ok(sandbox.api_root())
    }
}

/// Where the platform secrets came from, for messages after a 401.
#[derive(Debug, Clone)]
pub struct AuthSources {
    pub user: Source,
    pub organization: Source,
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

/// A non-secret setting from its flag, else its environment variable (empty counts as
/// unset), with the name of the one it came from for error messages.
pub fn pick(
    flag: Option<String>,
    flag_name: &'static str,
    env: &'static str,
) -> Option<(String, &'static str)> {
    flag.map(|v| (v, flag_name)).or_else(|| {
        std::env::var(env)
            .ok()
            .filter(|v| !v.is_empty())
            .map(|v| (v, env))
    })
}
