//! One module per command: its clap `Args` and its `run` functions.

pub mod auth;
pub mod completions;
pub mod config;
pub mod events;
pub mod instance;
pub mod man;
pub mod sandbox;
pub mod webhook;
