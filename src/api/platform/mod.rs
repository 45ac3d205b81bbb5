//! The SAP Open Connectors platform API: typed requests and responses, and the one client.

mod client;
mod types;

pub use client::{ApiError, Client, PlatformAuth, webhook_url};
pub use types::{
    ELEMENT_KEY, Events, EventsUpdate, Instance, InstanceRequest, OAuthClient, OAuthUrl,
};
