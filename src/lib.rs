//! `oc-acuity` as a library: the platform client and request builder, the credential
//! resolution and keyring layout, and the sandbox, so that `examples/` and tests use the
//! same code the binary does.

pub mod acuity;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod credentials;
pub mod error;
mod fsutil;
pub mod html;
pub mod http;
pub mod interrupt;
pub mod keyring;
pub mod oauth;
pub mod output;
pub mod platform;
pub mod prompt;
pub mod provision;
pub mod sandbox;
pub mod signature;
pub mod validate;
