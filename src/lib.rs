//! `oc-acuity` as a library: the platform and Acuity clients, the settings table with
//! the credential resolution and keyring layout, the provisioning, and the sandbox, so
//! that `examples/` and tests use the same code the binary does. See ARCHITECTURE.md for
//! the layers and what each may import.

pub mod api;
pub mod app;
pub mod cli;
pub mod commands;
pub mod error;
mod fsutil;
pub mod local;
pub mod report;
pub mod sandbox;
pub mod settings;
pub mod term;

#[cfg(test)]
mod proptests;
