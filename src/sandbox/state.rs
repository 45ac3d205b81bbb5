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
#[derive(Debug, Default, Serialize, Deserialize)]
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

impl State {
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).with_context(|| {
                format!(
                    "the sandbox state {} is damaged; delete it to start afresh",
                    path.display()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(e).with_context(|| format!("could not read {}", path.display())),
        }
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

    pub fn allocate_appointment_id(&mut self) -> u64 {
        self.next_appointment_id = self.next_appointment_id.max(1_000) + 1;
        self.next_appointment_id
    }
}
