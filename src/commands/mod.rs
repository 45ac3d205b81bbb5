//! One module per command: its clap `Args` and its `run` functions.

pub mod instance;
pub mod sandbox;
