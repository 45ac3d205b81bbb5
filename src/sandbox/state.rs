//! The sandbox's state file, so that separate `--sandbox` runs and a running
//! `oc-acuity sandbox` see each other's instances.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::fsutil;

/// `<user data folder>/oc-acuity/sandbox.json` (`$XDG_DATA_HOME` on Linux, `%APPDATA%` on
/// Windows).
pub fn default_path() -> anyhow::Result<PathBuf> {
    let data = dirs::data_dir().context("no user data folder (set HOME or XDG_DATA_HOME)")?;
    Ok(data.join("oc-acuity").join("sandbox.json"))
}

/// Everything the emulator remembers.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub next_id: u64,
    #[serde(default)]
    pub instances: Vec<StoredInstance>,
    #[serde(default)]
    pub next_webhook_id: u64,
    #[serde(default)]
    pub webhooks: Vec<StoredWebhook>,
    #[serde(default)]
    pub next_appointment_id: u64,
    #[serde(default)]
    pub next_event_id: u64,
    /// What the platform received from Acuity and did with it, oldest first (`GET
    /// /instances/{id}/events` answers them newest first). At most [`MAX_EVENTS`].
    #[serde(default)]
    pub events: Vec<StoredEvent>,
}

/// The most events kept: the oldest go first.
pub const MAX_EVENTS: usize = 1_000;

/// One event the emulated platform received for an instance (an Acuity webhook), with
/// what it did with it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredEvent {
    pub id: u64,
    pub instance_id: u64,
    pub event_date: String,
    /// `delivered`, `failed` or `received` (events off: nothing sent); see `facts`.
    pub status: String,
    /// Acuity's payload, as received.
    pub provider_data: Value,
    /// The normalized events sent (or that would have been sent) to the callback URL.
    pub notified_data: Vec<Value>,
    /// The delivery's `Elements-Webhook-Id`, when one was attempted.
    pub notification_id: Option<String>,
}

/// A dynamic webhook registered at the emulated Acuity.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredWebhook {
    pub id: u64,
    /// The Acuity account (numeric user ID) it belongs to.
    pub user_id: String,
    pub event: String,
    pub target: String,
    /// The account's API key, which signs the deliveries (`X-Acuity-Signature`).
    pub api_key: String,
}

/// One emulated connector instance. Secrets sent to the sandbox are not kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredInstance {
    pub id: u64,
    pub name: String,
    pub token: String,
    pub tags: Vec<String>,
    pub configuration: Map<String, Value>,
    pub created_date: String,
    /// `event.notification.signature.key`, kept apart so it is never echoed: the
    /// sandbox signs event deliveries with it, as the platform does.
    #[serde(default)]
    pub signature_key: Option<String>,
}

/// Which version of the state file is there: a write replaces the file (a new inode), so
/// the same inode, length and modification time mean the same contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Missing,
    File {
        len: u64,
        modified: Option<std::time::SystemTime>,
        inode: u64,
    },
}

impl Version {
    /// Opens the state file (none when missing) and tells its version, from the open file
    /// itself, so that what is read from it is that version.
    pub fn open(path: &Path) -> anyhow::Result<(Self, Option<std::fs::File>)> {
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Self::Missing, None)),
            Err(e) => return Err(e).with_context(|| format!("could not read {}", path.display())),
        };
        let meta = file
            .metadata()
            .with_context(|| format!("could not read {}", path.display()))?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        let version = Self::File {
            len: meta.len(),
            modified: meta.modified().ok(),
            inode,
        };
        Ok((version, Some(file)))
    }
}

impl State {
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let (_, file) = Version::open(path)?;
        Self::read(file, path)
    }

    /// The state in `file` (opened by [`Version::open`]; none: the empty state).
    pub fn read(file: Option<std::fs::File>, path: &Path) -> anyhow::Result<Self> {
        let Some(mut file) = file else {
            return Ok(Self::default());
        };
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes)
            .with_context(|| format!("could not read {}", path.display()))?;
        serde_json::from_slice(&bytes).with_context(|| {
            format!(
                "the sandbox state {} is damaged; delete it to start afresh",
                path.display()
            )
        })
    }

    pub fn save(&self, path: &Path) -> anyhow::Result<()> {
        fsutil::write_private(path, &serde_json::to_vec_pretty(self)?)
    }

    /// A new id: ids start at 10001, like real tenants' five-digit ids.
    pub fn allocate_id(&mut self) -> u64 {
        self.next_id = self.next_id.max(10_000) + 1;
        self.next_id
    }

    pub fn allocate_webhook_id(&mut self) -> u64 {
        self.next_webhook_id += 1;
        self.next_webhook_id
    }

    /// Keeps `event`, dropping the oldest beyond [`MAX_EVENTS`].
    pub fn record_event(&mut self, mut event: StoredEvent) {
        self.next_event_id += 1;
        event.id = self.next_event_id;
        self.events.push(event);
        let excess = self.events.len().saturating_sub(MAX_EVENTS);
        self.events.drain(..excess);
    }

    pub fn allocate_appointment_id(&mut self) -> u64 {
        self.next_appointment_id = self.next_appointment_id.max(1_000) + 1;
        self.next_appointment_id
    }
}
