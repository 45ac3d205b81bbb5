//! One module per command: its clap `Args` and its `run` functions.

pub mod auth;
pub mod events;
pub mod instance;
pub mod sandbox;
pub mod webhook;
