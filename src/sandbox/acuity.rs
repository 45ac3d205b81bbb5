//! Acuity's OAuth consent page: shows Allow / Deny and redirects to the redirect URI with
//! `code` and the given `state`, or with `error=access_denied`.

use std::sync::Arc;

use axum::Router;
use axum::extract::Query;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use url::Url;

use super::{Shared, random_hex};
use crate::html::{escape, page};

pub(super) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/oauth2/authorize", get(authorize))
        .route("/oauth2/decide", get(decide))
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

/// Acuity checks client_id, redirect_uri and response_type before showing the page.
fn checked_redirect(q: &AuthorizeQuery) -> Result<Url, String> {
    if q.response_type.as_deref() != Some("code") {
        return Err("response_type must be code".into());
    }
    if q.client_id.as_deref().is_none_or(str::is_empty) {
        return Err("client_id is missing".into());
    }
    let raw = q.redirect_uri.as_deref().unwrap_or("");
    crate::validate::http_url(raw).map_err(|e| format!("redirect_uri: {e}"))
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
    let Ok(redirect) = crate::validate::http_url(&q.redirect_uri) else {
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
