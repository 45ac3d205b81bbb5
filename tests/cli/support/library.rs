//! The library items the tests call directly instead of through the binary. The only
//! file that names `oc_acuity::` paths: when src/ moves a module, repoint it here.

pub use oc_acuity::api::http::ClientOptions;
pub use oc_acuity::api::http::client_builder;
pub use oc_acuity::api::platform::{Client as PlatformClient, OAuthClient, PlatformAuth};
pub use oc_acuity::cli::Cli;
pub use oc_acuity::error::EXIT_CODES;
pub use oc_acuity::local::loopback::{FlowError, Loopback};
pub use oc_acuity::local::signature::platform as platform_signature;
pub use oc_acuity::sandbox::{Sandbox, reset as reset_sandbox};
pub use oc_acuity::settings::SETTINGS;
