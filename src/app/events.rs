//! `events listen`: the local receiver for the platform's event deliveries, set up from
//! the profile's signature key.

use std::net::SocketAddr;
use std::path::PathBuf;

use super::context::Context;
use crate::api::http::client_builder;
use crate::error::CliError;
use crate::local::events::{Delivery, Receiver};
use crate::settings::{Id, validate};
use crate::term::output;

/// `events listen`, as given.
#[derive(Debug, Clone, Default)]
pub struct ListenRequest {
    pub port: u16,
    pub signature_key_file: Option<PathBuf>,
    pub forward_to: Option<String>,
}

/// Receives deliveries until the process ends, handing each to `on_delivery`.
pub async fn listen(
    ctx: &Context,
    request: ListenRequest,
    on_delivery: Box<dyn Fn(Delivery) + Send + Sync>,
) -> anyhow::Result<()> {
    let forward_to = request
        .forward_to
        .as_deref()
        .map(|raw| {
            validate::http_url(raw).map_err(|e| CliError::usage(format!("--forward-to: {e}")))
        })
        .transpose()?;
    let key = ctx
        .resolver()
        .find(Id::SignatureKey, request.signature_key_file.as_deref())?;
    let checking = match &key {
        Some(found) => format!("signatures checked (key from {})", found.origin),
        None => {
            let setting = Id::SignatureKey.setting();
            format!(
                "signatures not checked (no {}, {} or keyring key)",
                setting.flag,
                setting.env.unwrap_or_default()
            )
        }
    };
    let receiver = Receiver {
        key: key.map(|f| f.value),
        forward_to,
        http: client_builder()
            .timeout(ctx.client_options().request_timeout)
            .build()?,
        on_delivery,
        seen: Default::default(),
    };
    crate::term::interrupt::serving();
    crate::local::events::listen(request.port, receiver, |address: SocketAddr| {
        output::info(format!(
            "Listening for event deliveries on http://{address}/ ; {checking}. Ctrl-C stops."
        ));
    })
    .await
}
