//! The Acuity half of the sandbox: the OAuth consent page (Allow / Deny, redirecting to
//! the redirect URI with `code` and the given `state`, or `error=access_denied`), the
//! dynamic webhooks API with its limits and error shape, and a booking action that fires
//! Acuity's form-encoded, signed webhook at each registered target.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{delete, get, post};
use serde::Deserialize;
use url::Url;

use base64::Engine;

use super::facts::{self, ACUITY_EVENTS, ACUITY_MAX_WEBHOOKS};
use super::state::StoredWebhook;
use super::{Shared, random_hex};
use crate::local::html::{escape, page};

pub(super) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/oauth2/authorize", get(authorize))
        .route("/oauth2/decide", get(decide))
        .route("/api/v1/webhooks", get(list_webhooks).post(create_webhook))
        .route("/api/v1/webhooks/{id}", delete(delete_webhook))
        .route("/sandbox/book", post(book))
}

#[derive(Debug, Deserialize)]
struct AuthorizeQuery {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    scope: Option<String>,
    state: Option<String>,
    /// Sandbox shortcut: refuse without showing the page.
    deny: Option<String>,
    /// Sandbox shortcut for browser tests: the page clicks Allow itself once loaded.
    auto: Option<String>,
}

async fn authorize(Query(q): Query<AuthorizeQuery>) -> Response {
    let redirect = match checked_redirect(&q) {
        Ok(url) => url,
        Err(message) => {
            return (StatusCode::BAD_REQUEST, Html(error_page(&message))).into_response();
        }
    };
    if q.deny.as_deref().is_some_and(|d| d != "0") {
        return redirect_back(redirect, Decision::Deny, q.state.as_deref());
    }
    let hidden = |name: &str, value: &str| {
        format!(
            r#"<input type="hidden" name="{name}" value="{}">"#,
            escape(value)
        )
    };
    let fields = [
        hidden("redirect_uri", redirect.as_str()),
        hidden("state", q.state.as_deref().unwrap_or("")),
    ]
    .concat();
    Html(format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><title>Acuity Scheduling (sandbox): authorize</title></head>
<body><h1>Allow access to your Acuity account?</h1>
<p>The application <b>{client}</b> asks for access (scope <code>{scope}</code>).</p>
<form action="decide" method="get">{fields}
<button id="allow" name="decision" value="allow">Allow</button>
<button id="deny" name="decision" value="deny">Deny</button></form>
<p><small>oc-acuity sandbox: nothing here reaches Acuity.</small></p>{autoclick}</body></html>"#,
        autoclick = if q.auto.as_deref() == Some("allow") {
            "<script>document.getElementById('allow').click();</script>"
        } else {
            ""
        },
        client = escape(q.client_id.as_deref().unwrap_or("")),
        scope = escape(q.scope.as_deref().unwrap_or("")),
    ))
    .into_response()
}

/// Acuity checks client_id, redirect_uri, response_type and scope before showing the page.
fn checked_redirect(q: &AuthorizeQuery) -> Result<Url, String> {
    if q.response_type.as_deref() != Some("code") {
        return Err("response_type must be code".into());
    }
    if q.client_id.as_deref().is_none_or(str::is_empty) {
        return Err("client_id is missing".into());
    }
    if q.scope.as_deref() != Some(facts::ACUITY_SCOPE) {
        return Err(format!("scope must be {}", facts::ACUITY_SCOPE));
    }
    let raw = q.redirect_uri.as_deref().unwrap_or("");
    facts::http_url(raw).map_err(|e| format!("redirect_uri: {e}"))
}

#[derive(Debug, Deserialize)]
struct DecideQuery {
    decision: String,
    redirect_uri: String,
    state: Option<String>,
}

enum Decision {
    Allow,
    Deny,
}

async fn decide(Query(q): Query<DecideQuery>) -> Response {
    let Ok(redirect) = facts::http_url(&q.redirect_uri) else {
        return (
            StatusCode::BAD_REQUEST,
            Html(error_page("redirect_uri is invalid")),
        )
            .into_response();
    };
    let decision = if q.decision == "allow" {
        Decision::Allow
    } else {
        Decision::Deny
    };
    redirect_back(redirect, decision, q.state.as_deref())
}

fn redirect_back(mut redirect: Url, decision: Decision, state: Option<&str>) -> Response {
    {
        let mut pairs = redirect.query_pairs_mut();
        match decision {
            Decision::Allow => pairs.append_pair("code", &format!("sbx-{}", random_hex(16))),
            Decision::Deny => pairs.append_pair("error", "access_denied"),
        };
        if let Some(state) = state {
            pairs.append_pair("state", state);
        }
    }
    (
        StatusCode::FOUND,
        [(header::LOCATION, redirect.to_string())],
    )
        .into_response()
}

fn error_page(message: &str) -> String {
    page("Authorization error", message)
}

/// An error in Acuity's shape: `{"status_code", "error", "message"}`.
struct AcuityFailure {
    status: StatusCode,
    message: String,
}

impl IntoResponse for AcuityFailure {
    fn into_response(self) -> Response {
        let code = match self.status.as_u16() {
            400 => "bad_request",
            401 => "unauthorized",
            404 => "not_found",
            _ => "error",
        };
        let body = serde_json::json!({
            "status_code": self.status.as_u16(),
            "error": code,
            "message": self.message,
        });
        (self.status, axum::Json(body)).into_response()
    }
}

fn failure(status: StatusCode, message: impl Into<String>) -> AcuityFailure {
    AcuityFailure {
        status,
        message: message.into(),
    }
}

/// HTTP basic auth: a numeric user ID and a non-empty API key (any key is accepted).
fn account(headers: &HeaderMap) -> Result<(String, String), AcuityFailure> {
    let decoded = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok());
    match decoded.as_deref().and_then(|d| d.split_once(':')) {
        Some((user, key))
            if !user.is_empty() && user.chars().all(|c| c.is_ascii_digit()) && !key.is_empty() =>
        {
            Ok((user.to_owned(), key.to_owned()))
        }
        _ => Err(failure(
            StatusCode::UNAUTHORIZED,
            "Authentication failed: use your numeric user ID and API key.",
        )),
    }
}

fn internal(e: anyhow::Error) -> AcuityFailure {
    failure(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}"))
}

async fn with_state<T>(
    shared: &Shared,
    change: impl FnOnce(&mut super::state::State) -> Result<T, AcuityFailure>,
) -> Result<T, AcuityFailure> {
    super::with_state(shared, internal, change).await
}

fn webhook_json(w: &StoredWebhook) -> serde_json::Value {
    serde_json::json!({"id": w.id, "event": w.event, "target": w.target, "status": "active"})
}

async fn list_webhooks(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
) -> Result<Response, AcuityFailure> {
    let (user, _) = account(&headers)?;
    let list = super::read_state(&shared, internal, |state| {
        Ok(state
            .webhooks
            .iter()
            .filter(|w| w.user_id == user)
            .map(webhook_json)
            .collect::<Vec<_>>())
    })?;
    Ok(axum::Json(list).into_response())
}

#[derive(Debug, Deserialize)]
struct NewWebhook {
    event: Option<String>,
    target: Option<String>,
}

async fn create_webhook(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AcuityFailure> {
    let (user, key) = account(&headers)?;
    let new: NewWebhook = serde_json::from_slice(&body)
        .map_err(|e| failure(StatusCode::BAD_REQUEST, format!("Invalid JSON: {e}")))?;
    let event = new.event.unwrap_or_default();
    if !ACUITY_EVENTS.contains(&event.as_str()) {
        return Err(failure(
            StatusCode::BAD_REQUEST,
            format!("Invalid event \"{event}\"."),
        ));
    }
    let target = facts::http_url(new.target.as_deref().unwrap_or(""))
        .map_err(|e| failure(StatusCode::BAD_REQUEST, format!("Invalid target: {e}")))?;
    // Acuity delivers only to ports 443 and 80. The sandbox also allows loopback targets
    // on any port, so the whole loop can run on one machine.
    let port_ok = matches!(target.port_or_known_default(), Some(80 | 443))
        || crate::settings::validate::is_loopback(&target);
    if !port_ok {
        return Err(failure(
            StatusCode::BAD_REQUEST,
            "Webhook targets must use port 443 or 80.",
        ));
    }
    let created = with_state(&shared, |state| {
        let count = state.webhooks.iter().filter(|w| w.user_id == user).count();
        if count >= ACUITY_MAX_WEBHOOKS {
            return Err(failure(
                StatusCode::BAD_REQUEST,
                format!(
                    "You have reached the maximum of {} webhooks.",
                    ACUITY_MAX_WEBHOOKS
                ),
            ));
        }
        let webhook = StoredWebhook {
            id: state.allocate_webhook_id(),
            user_id: user,
            event,
            target: target.to_string(),
            api_key: key,
        };
        state.webhooks.push(webhook.clone());
        Ok(webhook_json(&webhook))
    })
    .await?;
    Ok((StatusCode::OK, axum::Json(created)).into_response())
}

async fn delete_webhook(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<u64>,
) -> Result<Response, AcuityFailure> {
    let (user, _) = account(&headers)?;
    with_state(&shared, |state| {
        let before = state.webhooks.len();
        state
            .webhooks
            .retain(|w| !(w.id == id && w.user_id == user));
        if state.webhooks.len() == before {
            Err(failure(
                StatusCode::NOT_FOUND,
                format!("Webhook {id} not found."),
            ))
        } else {
            Ok(())
        }
    })
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Debug, Deserialize)]
struct BookQuery {
    /// scheduled (default), rescheduled, canceled, changed or order.completed.
    action: Option<String>,
}

/// Sandbox-only: something happens at Acuity (by default an appointment is booked), and
/// Acuity fires its webhook at every registered target for that event, form-encoded and
/// signed with the account's API key. Answers which deliveries were made.
async fn book(
    State(shared): State<Arc<Shared>>,
    Query(q): Query<BookQuery>,
) -> Result<Response, AcuityFailure> {
    let action = q.action.unwrap_or_else(|| "scheduled".into());
    let event = if action == "order.completed" {
        action.clone()
    } else {
        format!("appointment.{action}")
    };
    if !ACUITY_EVENTS.contains(&event.as_str()) {
        return Err(failure(
            StatusCode::BAD_REQUEST,
            format!("Unknown action \"{action}\"."),
        ));
    }
    let (id, targets) = with_state(&shared, |state| {
        let id = state.allocate_appointment_id();
        let targets: Vec<StoredWebhook> = state
            .webhooks
            .iter()
            .filter(|w| {
                w.event == event
                    || (w.event == "appointment.changed" && event.starts_with("appointment."))
            })
            .cloned()
            .collect();
        Ok((id, targets))
    })
    .await?;
    // Built in a function: the serializer is not Send and must not live across an await.
    let body_with = |action: &str| {
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("action", action)
            .append_pair("id", &id.to_string());
        if event.starts_with("appointment.") {
            form.append_pair("calendarID", "1")
                .append_pair("appointmentTypeID", "1");
        }
        form.finish()
    };
    let mut deliveries = Vec::new();
    for webhook in targets {
        // Acuity documents `changed` as the action of every `appointment.changed` call.
        let body = if webhook.event == "appointment.changed" {
            body_with("changed")
        } else {
            body_with(&action)
        };
        let signature = facts::acuity_signature(body.as_bytes(), &webhook.api_key);
        let outcome = shared
            .http
            .post(&webhook.target)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(facts::ACUITY_SIGNATURE_HEADER, signature)
            .body(body)
            .send()
            .await;
        let answer = match outcome {
            Ok(response) => {
                let status = response.status().as_u16();
                let reply = response
                    .json::<serde_json::Value>()
                    .await
                    .unwrap_or_default();
                serde_json::json!({"status": status, "answer": reply})
            }
            Err(e) => serde_json::json!({"error": e.without_url().to_string()}),
        };
        deliveries.push(serde_json::json!({"webhook": webhook.id, "event": webhook.event, "target": webhook.target, "result": answer}));
    }
    Ok(
        axum::Json(serde_json::json!({"id": id, "action": action, "deliveries": deliveries}))
            .into_response(),
    )
}
