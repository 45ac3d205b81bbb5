//! The SAP Open Connectors platform API: typed requests and responses, and the one client.

mod client;
mod events;
mod types;

pub use client::{
    ApiError, Client, InstancePages, InstanceQuery, PlatformAuth, RawAnswer, RawCall, webhook_url,
};
pub use events::{Event, Notified};
pub use types::{
    API_ROOT_PATH, ConfigValue, DEFAULT_API_ROOT, ELEMENT_KEY, EVENTS_CALLBACK_URL, EVENTS_ENABLED,
    EVENTS_SIGNATURE_KEY, Events, Instance, InstanceRequest, InstanceUpdate, OAuthClient, OAuthUrl,
};
