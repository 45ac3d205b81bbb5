//! `events listen`: the local receiver for the platform's event deliveries, set up from
//! the profile's signature key; `events log`: the platform's record of the events an
//! instance received.

use std::net::SocketAddr;
use std::path::PathBuf;

use super::context::Context;
use super::platform;
use crate::api::http::client_builder;
use crate::api::platform::Event;
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

/// `events log`, as given.
#[derive(Debug, Clone)]
pub struct LogRequest {
    pub id: Option<u64>,
    /// The most events shown (the newest).
    pub limit: usize,
}

/// The platform's record of the events an instance received, newest first.
#[derive(Debug)]
pub struct EventLog {
    pub instance_id: u64,
    /// The newest `limit` events.
    pub events: Vec<Event>,
    /// How many the platform keeps for the instance.
    pub total: usize,
    /// The command line of this run's target (`oc-acuity --sandbox`, ...), for the hints.
    pub invocation: String,
    /// What makes Acuity call (a booking at Acuity, or the sandbox's `sandbox book`).
    pub how_to_book: &'static str,
    /// What must serve first for Acuity's calls to arrive ([`Context::serving_first`]).
    pub serving_first: Option<&'static str>,
}

/// `events log [ID]`: what the platform received from Acuity for the instance and what it
/// did with each, newest first (sorted here: the platform's order is not documented).
pub async fn log(ctx: &Context, request: LogRequest) -> anyhow::Result<EventLog> {
    let id = ctx.instance_id(request.id)?;
    let (client, sources) = platform::client(ctx).await?;
    let mut events = client
        .instance_events(id)
        .await
        .map_err(|e| platform::explain_rejection(e, &sources))?;
    newest_first(&mut events);
    let total = events.len();
    events.truncate(request.limit);
    Ok(EventLog {
        instance_id: id,
        events,
        total,
        invocation: ctx.invocation(),
        how_to_book: ctx.how_to_book(),
        serving_first: ctx.serving_first().await?,
    })
}

/// Sorts by date, newest first; events of the same date keep the platform's order.
fn newest_first(events: &mut [Event]) {
    events.sort_by_key(|e| std::cmp::Reverse(e.time_key()));
}
