//! One module per command: its clap `Args` and its `run` functions.

pub mod auth;
pub mod completions;
pub mod config;
pub mod events;
pub mod instance;
pub mod man;
pub mod sandbox;
pub mod webhook;

/// The `[ID]` argument of the commands that act on one instance.
#[derive(Debug, clap::Args)]
pub struct IdArg {
    /// Instance ID [default: the profile's stored instance]
    #[arg(value_name = "ID")]
    pub id: Option<u64>,
}
