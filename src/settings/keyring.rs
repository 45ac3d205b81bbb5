//! The OS keyring, behind one small type so that every command stores and reads secrets
//! the same way, and so that tests can swap in keyring-core's in-process mock store.
//!
//! Layout (product contract): service `oc-acuity` (sandbox: `oc-acuity-sandbox`),
//! account `<profile>/<item>`.

use std::sync::{Arc, OnceLock, mpsc};
use std::time::Duration;

use keyring_core::{CredentialStore, Entry};
use secrecy::SecretString;

/// Service name of the real keyring entries.
pub const SERVICE: &str = "oc-acuity";
/// Service name used with `--sandbox`, so a demo never touches real entries.
pub const SANDBOX_SERVICE: &str = "oc-acuity-sandbox";

/// How long one keyring call may take. A D-Bus activation of a missing keyring daemon can
/// hang for minutes; a CLI must not.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The items a profile keeps in the keyring, named as in the product contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    InstanceId,
    InstanceToken,
    UserSecret,
    OrganizationSecret,
    ClientSecret,
    SignatureKey,
    AcuityApiKey,
}

impl Item {
    /// Every item, in the order `auth logout` removes them.
    pub const ALL: [Item; 7] = [
        Item::InstanceId,
        Item::InstanceToken,
        Item::UserSecret,
        Item::OrganizationSecret,
        Item::ClientSecret,
        Item::SignatureKey,
        Item::AcuityApiKey,
    ];

    /// The item part of the account name.
    pub fn name(self) -> &'static str {
        match self {
            Item::InstanceId => "instance-id",
            Item::InstanceToken => "instance-token",
            Item::UserSecret => "user-secret",
            Item::OrganizationSecret => "organization-secret",
            Item::ClientSecret => "client-secret",
            Item::SignatureKey => "signature-key",
            Item::AcuityApiKey => "acuity-api-key",
        }
    }
}

/// The account name of one item of one profile: `<profile>/<item>`.
pub fn account(profile: &str, item: Item) -> String {
    format!("{profile}/{}", item.name())
}

/// Where stored values end up, as reported in `instance create --json` (`stored`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    /// The OS keyring: survives this run.
    Os,
    /// keyring-core's in-process store: gone when this run ends (sandbox without a keyring).
    Memory,
}

/// A keyring failure, phrased for the user.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{message}")]
pub struct KeyringError {
    message: String,
    /// No keyring could be reached at all (none answered, or not in time), as opposed to
    /// one that answered but refused (locked): nothing can have been stored through it
    /// from this session, and nothing can be now.
    unreachable: bool,
}

impl KeyringError {
    /// Whether no keyring could be reached (see the field).
    pub fn is_unreachable(&self) -> bool {
        self.unreachable
    }
}

/// Access to one keyring service. The store is opened lazily, once, on first use.
pub struct Keyring {
    service: String,
    kind: StoreKind,
    timeout: Duration,
    opener: fn() -> keyring_core::Result<Arc<CredentialStore>>,
    store: OnceLock<Result<Arc<CredentialStore>, KeyringError>>,
}

impl Keyring {
    /// The platform's native keyring (Secret Service, macOS Keychain, Windows Credential Manager).
    pub fn os(service: &str) -> Self {
        Self::new(service, StoreKind::Os, native_store)
    }

    /// An in-memory store that lasts for this process only.
    pub fn memory(service: &str) -> Self {
        Self::new(service, StoreKind::Memory, memory_store)
    }

    fn new(
        service: &str,
        kind: StoreKind,
        opener: fn() -> keyring_core::Result<Arc<CredentialStore>>,
    ) -> Self {
        Self {
            service: service.to_owned(),
            kind,
            timeout: DEFAULT_TIMEOUT,
            opener,
            store: OnceLock::new(),
        }
    }

    /// The keyring service name (`oc-acuity` or `oc-acuity-sandbox`).
    pub fn service(&self) -> &str {
        &self.service
    }

    /// Whether this keyring outlives the process.
    pub fn kind(&self) -> StoreKind {
        self.kind
    }

    /// Takes the profile's lock (a file in the user's data folder, per service and
    /// profile): one writer at a time between reading what a profile holds and storing
    /// what replaces it. Released when the returned file is dropped.
    pub async fn lock_profile(&self, profile: &str) -> anyhow::Result<std::fs::File> {
        let path = crate::fsutil::locks_dir()?.join(format!("{}.{profile}.lock", self.service));
        crate::fsutil::lock(&path, Duration::from_secs(120)).await
    }

    /// Opens the store now, so a caller can tell early whether the keyring is reachable.
    pub fn check(&self) -> Result<(), KeyringError> {
        self.store().map(|_| ())
    }

    /// Whether an item of `profile` can be stored now: opens the store, then writes and
    /// removes a probe item (`<profile>/write-check-<pid>`, so that parallel runs do not
    /// meet). A locked keyring opens and lists its items, but refuses a write until it is
    /// unlocked: only a write tells, before a run makes something it could not store.
    pub fn check_writable(&self, profile: &str) -> Result<(), KeyringError> {
        let probe = format!("{profile}/write-check-{}", std::process::id());
        let entry = Entry::new_in_store(self.store()?, &self.service, &probe)
            .map_err(|e| self.explain("use", e))?;
        self.bounded(move || {
            entry.set_password("ok")?;
            match entry.delete_credential() {
                Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                Err(e) => Err(e),
            }
        })?
        .map_err(|e| self.explain("write", e))
    }

    /// Reads one item; `Ok(None)` when there is no such entry.
    pub fn get(&self, profile: &str, item: Item) -> Result<Option<SecretString>, KeyringError> {
        let entry = self.entry(profile, item)?;
        match self.bounded(move || entry.get_password())? {
            Ok(value) => Ok(Some(SecretString::from(value))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(self.explain("read", e)),
        }
    }

    /// Writes one item, replacing any previous value.
    pub fn set(&self, profile: &str, item: Item, value: &str) -> Result<(), KeyringError> {
        let entry = self.entry(profile, item)?;
        let value = value.to_owned();
        self.bounded(move || entry.set_password(&value))?
            .map_err(|e| self.explain("write", e))
    }

    /// Removes one item; `Ok(false)` when there was none.
    pub fn delete(&self, profile: &str, item: Item) -> Result<bool, KeyringError> {
        let entry = self.entry(profile, item)?;
        match self.bounded(move || entry.delete_credential())? {
            Ok(()) => Ok(true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(e) => Err(self.explain("delete", e)),
        }
    }

    fn store(&self) -> Result<&Arc<CredentialStore>, KeyringError> {
        self.store
            .get_or_init(|| {
                let opener = self.opener;
                self.bounded(opener)?.map_err(|e| self.explain("open", e))
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn entry(&self, profile: &str, item: Item) -> Result<Entry, KeyringError> {
        let store = self.store()?;
        Entry::new_in_store(store, &self.service, &account(profile, item))
            .map_err(|e| self.explain("use", e))
    }

    /// Runs a keyring call on its own thread and gives up after the timeout: the
    /// native stores are blocking and may wait on D-Bus activation indefinitely.
    fn bounded<T: Send + 'static>(
        &self,
        call: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, KeyringError> {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(call());
        });
        rx.recv_timeout(self.timeout).map_err(|_| KeyringError {
            message: format!("the OS keyring did not answer within {:?}", self.timeout),
            unreachable: true,
        })
    }

    fn explain(&self, action: &str, error: keyring_core::Error) -> KeyringError {
        // The store's own message can be a long chain (zbus's); said in full with -v.
        crate::term::output::debug(format!(
            "keyring ({}): could not {action}: {error}",
            self.service
        ));
        let unreachable =
            action == "open" && !matches!(error, keyring_core::Error::NoStorageAccess(_));
        let detail = match &error {
            keyring_core::Error::NoStorageAccess(_) => {
                "the keyring is locked or access was refused".to_owned()
            }
            keyring_core::Error::PlatformFailure(_) if action == "open" => {
                "no keyring service answered".to_owned()
            }
            keyring_core::Error::PlatformFailure(_) => "the keyring service failed".to_owned(),
            _ => error.to_string(),
        };
        // Opening fails when no Secret Service runs (SSH, containers, CI): say what to do.
        let hint = if action == "open" && cfg!(all(unix, not(target_os = "macos"))) {
            " (is a Secret Service such as gnome-keyring running on the D-Bus session bus? \
             See the README's Troubleshooting; -v shows the details)"
        } else {
            " (-v shows the details)"
        };
        KeyringError {
            message: format!(
                "could not {action} the OS keyring (service {}): {detail}{hint}",
                self.service
            ),
            unreachable,
        }
    }
}

fn memory_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(keyring_core::mock::Store::new()?)
}

#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(target_os = "windows")]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(not(any(
    target_os = "linux",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "macos",
    target_os = "windows"
)))]
fn native_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(keyring_core::Error::NotSupportedByStore(
        "no OS keyring is supported on this platform".to_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn round_trip_through_the_mock_store() {
        let keyring = Keyring::memory(SANDBOX_SERVICE);
        assert!(
            keyring
                .get("default", Item::InstanceToken)
                .unwrap()
                .is_none()
        );
        keyring.set("default", Item::InstanceToken, "tok").unwrap();
        let read = keyring
            .get("default", Item::InstanceToken)
            .unwrap()
            .unwrap();
        assert_eq!(read.expose_secret(), "tok");
        assert!(keyring.get("other", Item::InstanceToken).unwrap().is_none());
        assert!(keyring.delete("default", Item::InstanceToken).unwrap());
        assert!(!keyring.delete("default", Item::InstanceToken).unwrap());
    }

    #[test]
    fn a_hanging_keyring_is_given_up_on() {
        fn hangs() -> keyring_core::Result<Arc<CredentialStore>> {
            std::thread::sleep(Duration::from_secs(5));
            memory_store()
        }
        let mut keyring = Keyring::new(SERVICE, StoreKind::Os, hangs);
        keyring.timeout = Duration::from_millis(100);
        // Without the bound, the store would open after 5 s and the read would succeed.
        let error = keyring.get("default", Item::InstanceToken).unwrap_err();
        assert!(
            error.to_string().contains("did not answer within 100ms"),
            "{error}"
        );
        // The failure is remembered: later calls fail the same way instead of waiting again.
        let again = keyring.set("default", Item::InstanceId, "1").unwrap_err();
        assert_eq!(again.to_string(), error.to_string());
    }

    #[test]
    fn accounts_follow_the_contract() {
        assert_eq!(account("ci", Item::InstanceToken), "ci/instance-token");
        assert_eq!(
            account("default", Item::OrganizationSecret),
            "default/organization-secret"
        );
    }
}
