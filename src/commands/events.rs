//! `oc-acuity events listen`: a local receiver for the platform's event deliveries
//! (`event.notification.callback.url`), to watch events arrive while developing.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use clap::{Args, Subcommand};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use url::Url;

use crate::context::Context;
use crate::credentials::SecretKind;
use crate::error::CliError;
use crate::signature::{self, PLATFORM_HEADER};
use crate::{output, validate};

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Receive event deliveries on 127.0.0.1 and print each event
    Listen(ListenArgs),
}

#[derive(Debug, Args)]
pub struct ListenArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, value_name = "N", default_value_t = 8485)]
    pub port: u16,
    /// Verify Elements-Webhook-Signature with the key in PATH, or - [env: OC_ACUITY_SIGNATURE_KEY]
    #[arg(long, value_name = "PATH|-")]
    pub signature_key_file: Option<PathBuf>,
    /// Also forward each delivery, unchanged, to this URL
    #[arg(long, value_name = "URL")]
    pub forward_to: Option<String>,
}

struct Listener {
    key: Option<SecretString>,
    forward_to: Option<Url>,
    json: bool,
    http: reqwest::Client,
}

pub async fn run(ctx: &Context, command: EventsCommand) -> anyhow::Result<ExitCode> {
    let EventsCommand::Listen(args) = command;
    let forward_to = args
        .forward_to
        .as_deref()
        .map(|raw| {
            validate::http_url(raw).map_err(|e| CliError::usage(format!("--forward-to: {e}")))
        })
        .transpose()?;
    let key = ctx
        .resolver()
        .find(SecretKind::SignatureKey, args.signature_key_file.as_deref())?;
    let checking = match &key {
        Some(found) => format!("signatures checked (key from {})", found.source),
        None => "signatures not checked (no --signature-key-file, OC_ACUITY_SIGNATURE_KEY or keyring key)".to_owned(),
    };
    let listener = Arc::new(Listener {
        key: key.map(|f| f.value),
        forward_to,
        json: ctx.json,
        http: reqwest::Client::builder()
            .timeout(ctx.client_options().request_timeout)
            .build()?,
    });
    let socket = tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, args.port)))
        .await
        .with_context(|| format!("could not listen on 127.0.0.1:{}", args.port))?;
    let address = socket.local_addr()?;
    output::info(format!(
        "Listening for event deliveries on http://{address}/ ; {checking}. Ctrl-C stops."
    ));
    let app = Router::new().fallback(receive).with_state(listener);
    axum::serve(socket, app).await?;
    Ok(ExitCode::SUCCESS)
}

async fn receive(
    State(listener): State<Arc<Listener>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let signature_header = headers.get(PLATFORM_HEADER).and_then(|v| v.to_str().ok());
    // Verify on the raw bytes, before any parsing.
    let verified = match &listener.key {
        Some(key) => {
            if !signature::verify_platform(&body, key.expose_secret(), signature_header) {
                output::warn(format!(
                    "rejected a delivery with a {} {PLATFORM_HEADER} (401)",
                    if signature_header.is_some() {
                        "wrong"
                    } else {
                        "missing"
                    }
                ));
                return (
                    StatusCode::UNAUTHORIZED,
                    axum::Json(serde_json::json!({"message": "invalid signature"})),
                )
                    .into_response();
            }
            true
        }
        None => false,
    };
    let Ok(delivery) = serde_json::from_slice::<Value>(&body) else {
        output::warn("rejected a delivery whose body is not JSON (400)");
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(serde_json::json!({"message": "body is not JSON"})),
        )
            .into_response();
    };
    if listener.json {
        println!(
            "{}",
            serde_json::to_string(&delivery).expect("JSON serializes")
        );
    } else {
        for event in events_in(&delivery) {
            let field = |name: &str| event.get(name).map(text).unwrap_or_else(|| "-".to_owned());
            println!(
                "{}  {:<8} {} {}  ({})",
                field("eventDate"),
                field("eventType"),
                field("objectType"),
                field("objectId"),
                if verified {
                    "signature verified"
                } else {
                    "signature not checked"
                }
            );
        }
    }
    if let Some(target) = &listener.forward_to {
        forward(&listener.http, target, &headers, body).await;
    }
    (
        StatusCode::OK,
        axum::Json(serde_json::json!({"received": true})),
    )
        .into_response()
}

/// The events of one delivery: `message.events`, else `events`, else the body itself.
fn events_in(delivery: &Value) -> Vec<&Value> {
    let list = delivery
        .pointer("/message/events")
        .or_else(|| delivery.get("events"))
        .and_then(Value::as_array);
    match list {
        Some(events) => events.iter().collect(),
        None if delivery.get("objectType").is_some() => vec![delivery],
        None => Vec::new(),
    }
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Sends the delivery on unchanged: same bytes, content type and signature.
async fn forward(http: &reqwest::Client, target: &Url, headers: &HeaderMap, body: Bytes) {
    let mut request = http.post(target.clone()).body(body);
    for name in [header::CONTENT_TYPE.as_str(), PLATFORM_HEADER] {
        if let Some(value) = headers.get(name) {
            request = request.header(name, value.clone());
        }
    }
    match request.send().await {
        Ok(response) => output::debug(format!("forwarded to {target}: {}", response.status())),
        Err(e) => output::warn(format!(
            "could not forward to {target}: {}",
            e.without_url()
        )),
    }
}
