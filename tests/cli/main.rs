//! The integration tests: one test binary (one link instead of a dozen), a module per
//! area, and the shared harness in `support/`.
//!
//! Run one area with `cargo test --test cli auth::`, one test by its name.

mod support;

mod auth;
mod bad_input;
mod browser;
mod config;
mod examples;
mod generated;
mod instance_life;
mod keyring;
mod lifecycle;
mod loopback;
mod newcomer;
mod readme;
mod reliability;
mod sandbox;
mod wire;
