//! The receiver of `events listen`: takes the platform's event deliveries on 127.0.0.1,
//! checks their signature on the raw bytes, optionally forwards them unchanged, and hands
//! each one to the caller (which prints it).

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use url::Url;

use super::signature::{self, PLATFORM_HEADER};
use crate::term::output;

/// The header that identifies a delivery (the same on each of its retries).
pub const WEBHOOK_ID_HEADER: &str = "Elements-Webhook-Id";

/// One delivery that passed the checks.
pub struct Delivery {
    pub body: Value,
    /// Whether its signature was checked (and matched).
    pub verified: bool,
    /// Its `Elements-Webhook-Id`, when it came with one.
    pub id: Option<String>,
    /// Whether a delivery with this id arrived before (the platform retried it).
    pub repeated: bool,
}

/// How the receiver works.
pub struct Receiver {
    /// The key deliveries must be signed with; `None`: signatures are not checked.
    pub key: Option<SecretString>,
    /// Where to forward each delivery, unchanged.
    pub forward_to: Option<Url>,
    /// The client that forwards.
    pub http: reqwest::Client,
    /// Called with each delivery.
    pub on_delivery: Box<dyn Fn(Delivery) + Send + Sync>,
    /// The delivery ids seen so far.
    pub seen: std::sync::Mutex<std::collections::HashSet<String>>,
}

/// Listens on `127.0.0.1:port` (0 picks a free one) until the process ends; `ready` is told
/// the address once it listens.
pub async fn listen(
    port: u16,
    receiver: Receiver,
    ready: impl FnOnce(SocketAddr),
) -> anyhow::Result<()> {
    let socket = super::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
    let forward_to = receiver.forward_to.clone();
    let app = Router::new()
        .fallback(receive)
        .with_state(Arc::new(receiver));
    let server = super::serve(socket, app)?;
    if let Some(target) = forward_to.filter(|t| forwards_to_itself(t, server.addr())) {
        return Err(crate::error::CliError::usage(format!(
            "--forward-to {target} is this listener itself (port {}): each delivery would be \
             forwarded to itself; give the port your app listens on",
            server.addr().port()
        )));
    }
    ready(server.addr());
    server.run_forever().await
}

/// Whether `target` reaches the listener at `listening` (on 127.0.0.1): a loopback name or
/// address at its port.
fn forwards_to_itself(target: &Url, listening: SocketAddr) -> bool {
    // 0.0.0.0 and [::] reach this machine too.
    let unspecified = match target.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_unspecified(),
        Some(url::Host::Ipv6(ip)) => ip.is_unspecified(),
        _ => false,
    };
    (crate::settings::validate::is_loopback(target) || unspecified)
        && target.port_or_known_default() == Some(listening.port())
}

async fn receive(
    State(receiver): State<Arc<Receiver>>,
    method: axum::http::Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if method != axum::http::Method::POST {
        // A check that the listener is up (`doctor`), not a delivery.
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            axum::Json(serde_json::json!({"message": "deliveries are POSTed here"})),
        )
            .into_response();
    }
    let signature_header = headers.get(PLATFORM_HEADER).and_then(|v| v.to_str().ok());
    // Verify on the raw bytes, before any parsing.
    let verified = match &receiver.key {
        Some(key) => {
            if !signature::verify_platform(&body, key.expose_secret(), signature_header) {
                output::warn(format!(
                    "rejected a delivery with a {} {PLATFORM_HEADER} (401). The platform retries \
                     a rejected delivery 9 times over about 73 hours, then deactivates the \
                     subscription: check that this key is the instance's signature key \
                     (event.notification.signature.key; `oc-acuity instance update \
                     --signature-key-file` sets it), or listen without a key to see deliveries \
                     unchecked",
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
    let id = headers
        .get(WEBHOOK_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let repeated = id
        .as_ref()
        .is_some_and(|id| !receiver.seen.lock().expect("seen lock").insert(id.clone()));
    (receiver.on_delivery)(Delivery {
        body: delivery,
        verified,
        id,
        repeated,
    });
    if let Some(target) = &receiver.forward_to {
        let forwarded = forward(&receiver.http, target, &headers, body).await;
        output::info(forwarded.line(target));
        if !forwarded.succeeded() {
            // Not acknowledged, so that the platform delivers it again (its retries are
            // what keeps the event from being lost while the target is down).
            return (
                StatusCode::BAD_GATEWAY,
                axum::Json(serde_json::json!({
                    "message": format!("forwarding to {target} failed: {}", forwarded.said())
                })),
            )
                .into_response();
        }
    }
    (
        StatusCode::OK,
        axum::Json(serde_json::json!({"received": true})),
    )
        .into_response()
}

/// What became of one forward.
#[derive(Debug)]
pub enum Forwarded {
    /// The target answered with this status.
    Answered(u16),
    /// The target could not be reached, or did not answer in time.
    Failed(String),
}

impl Forwarded {
    /// Whether the target took it (a 2xx).
    pub fn succeeded(&self) -> bool {
        matches!(self, Forwarded::Answered(status) if (200..300).contains(status))
    }

    /// The target's status, or what went wrong: `500`, `could not connect`.
    fn said(&self) -> String {
        match self {
            Forwarded::Answered(status) => status.to_string(),
            Forwarded::Failed(why) => why.clone(),
        }
    }

    /// The line printed for each forward: `<-- [500] POST http://localhost:3000/hook`.
    pub fn line(&self, target: &Url) -> String {
        format!("<-- [{}] POST {target}", self.said())
    }
}

/// The events of one delivery: `message.events`, else `events`, else the body itself.
pub fn events_in(delivery: &Value) -> Vec<&Value> {
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

/// Sends the delivery on unchanged: the same bytes and every header the platform sent
/// (signature and delivery id included), but those that describe this one connection.
async fn forward(
    http: &reqwest::Client,
    target: &Url,
    headers: &HeaderMap,
    body: Bytes,
) -> Forwarded {
    let mut request = http.post(target.clone()).body(body);
    for (name, value) in headers {
        let per_connection = [
            header::HOST,
            header::CONTENT_LENGTH,
            header::CONNECTION,
            header::TRANSFER_ENCODING,
        ];
        if !per_connection.contains(name) {
            request = request.header(name, value.clone());
        }
    }
    match request.send().await {
        Ok(response) => Forwarded::Answered(response.status().as_u16()),
        Err(e) if e.is_timeout() => Forwarded::Failed("timed out".to_owned()),
        Err(e) if e.is_connect() => Forwarded::Failed("could not connect".to_owned()),
        Err(e) => Forwarded::Failed(format!("failed: {}", crate::api::http::network_failure(&e))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forward_to_the_listener_itself_is_recognized() {
        let listening = SocketAddr::from((Ipv4Addr::LOCALHOST, 9000));
        let rows = [
            ("http://localhost:9000/hook", true),
            ("http://LOCALHOST:9000/", true),
            ("http://127.0.0.1:9000/", true),
            ("http://127.0.0.2:9000/", true),
            ("http://0.0.0.0:9000/", true),
            ("http://[::1]:9000/", true),
            ("http://localhost:3000/hook", false),
            ("http://example.com:9000/", false),
            ("https://localhost/", false),
        ];
        for (target, itself) in rows {
            let url = Url::parse(target).unwrap();
            assert_eq!(forwards_to_itself(&url, listening), itself, "{target}");
        }
    }

    /// Each forward's line, and whether the platform is answered 2xx for it.
    #[test]
    fn forwards_say_the_targets_status_and_only_2xx_is_acknowledged() {
        let target = Url::parse("http://localhost:3000/hook").unwrap();
        let rows = [
            (
                Forwarded::Answered(200),
                "<-- [200] POST http://localhost:3000/hook",
                true,
            ),
            (
                Forwarded::Answered(204),
                "<-- [204] POST http://localhost:3000/hook",
                true,
            ),
            (
                Forwarded::Answered(302),
                "<-- [302] POST http://localhost:3000/hook",
                false,
            ),
            (
                Forwarded::Answered(404),
                "<-- [404] POST http://localhost:3000/hook",
                false,
            ),
            (
                Forwarded::Answered(500),
                "<-- [500] POST http://localhost:3000/hook",
                false,
            ),
            (
                Forwarded::Failed("could not connect".into()),
                "<-- [could not connect] POST http://localhost:3000/hook",
                false,
            ),
            (
                Forwarded::Failed("timed out".into()),
                "<-- [timed out] POST http://localhost:3000/hook",
                false,
            ),
        ];
        for (forwarded, line, acknowledged) in rows {
            assert_eq!(forwarded.line(&target), line);
            assert_eq!(forwarded.succeeded(), acknowledged, "{line}");
        }
    }
}
