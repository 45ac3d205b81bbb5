//! The work itself, one module per area: plain request structs in, typed results out.
//! Nothing here knows clap, and nothing here prints on stdout (`report` does); messages
//! for people go to stderr through `term::output`.

pub mod api;
pub mod context;
pub mod doctor;
pub mod events;
mod gather;
pub mod instances;
pub mod oauth;
pub mod platform;
pub mod profile;
pub mod provision;
pub mod sandbox;
pub mod status;
pub mod webhooks;

pub use context::{Context, Globals};
