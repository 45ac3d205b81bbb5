//! The integration tests: one test binary (one link instead of a dozen), a module per
//! area, and the shared harness in `support/`.
//!
//! Run one area with `cargo test --test cli auth::`, one test by its name.
//!
//! The suite runs on a Unix host (Linux in CI): it drives the binary through
//! pseudo-terminals, signals and a private D-Bus, and the Windows binary through Wine
//! (`windows`). Built for any other target (`cargo clippy --target
//! x86_64-pc-windows-gnu --all-targets`) it is empty.

#![cfg(unix)]

mod support;

mod api_command;
mod auth;
mod bad_input;
mod browser;
mod closed_streams;
mod completion;
mod config;
mod contract;
mod doctor;
mod escaping;
mod event_log;
mod examples;
mod generated;
mod hints;
mod http_core;
mod if_exists;
mod input_values;
mod interrupts;
mod keyring;
mod lifecycle;
mod listeners;
mod listing;
mod loopback;
mod lost_answer;
mod network;
mod newcomer;
mod profile_store;
mod readme;
mod sandbox;
mod sandbox_record;
mod tls;
mod views;
mod webhooks;
mod windows;
mod wire;
