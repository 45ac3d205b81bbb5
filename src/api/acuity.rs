//! Acuity Scheduling's own API, for its dynamic webhooks: list, create, delete. HTTP
//! basic auth with the numeric user ID and the API key.

use base64::Engine;
use reqwest::Method;
use reqwest::header::HeaderValue;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use url::Url;

use super::http::{ClientOptions, Http, Resend, endpoint, readable_excerpt, redact};

/// Acuity's API root.
pub const DEFAULT_API_ROOT: &str = "https://acuityscheduling.com/api/v1";

/// Every event Acuity can send.
pub const EVENTS: [&str; 5] = [
    "appointment.scheduled",
    "appointment.rescheduled",
    "appointment.canceled",
    "appointment.changed",
    "order.completed",
];

/// What `webhook register` subscribes by default (not `appointment.changed`, which
/// duplicates the three appointment events).
pub const DEFAULT_EVENTS: [&str; 4] = [
    "appointment.scheduled",
    "appointment.rescheduled",
    "appointment.canceled",
    "order.completed",
];

/// Acuity's limit of webhooks per account; the 26th is refused with a 400.
pub const MAX_WEBHOOKS: usize = 25;

/// The numeric user ID and the API key (Business Settings > Integrations > API).
pub struct AcuityAuth {
    pub user_id: String,
    pub api_key: SecretString,
}

/// A dynamic webhook registration.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Webhook {
    pub id: u64,
    pub event: String,
    pub target: String,
    #[serde(default)]
    pub status: String,
}

/// An error answer from Acuity: `{"status_code", "error", "message"}`.
#[derive(Debug, thiserror::Error)]
#[error("Acuity answered {status} to {call}: {message}{}", .error.as_deref().map(|e| format!(" ({e})")).unwrap_or_default())]
pub struct AcuityError {
    pub status: u16,
    pub error: Option<String>,
    pub message: String,
    pub call: String,
}

impl AcuityError {
    /// 401 or 403: the user ID or API key was not accepted.
    pub fn is_auth(&self) -> bool {
        matches!(self.status, 401 | 403)
    }

    fn rejected(call: String, status: reqwest::StatusCode, body: &[u8]) -> anyhow::Error {
        Self::from_response(call, status.as_u16(), body).into()
    }

    fn from_response(call: String, status: u16, body: &[u8]) -> Self {
        #[derive(Deserialize)]
        struct Body {
            error: Option<String>,
            message: Option<String>,
        }
        let parsed = serde_json::from_slice::<Body>(body).ok();
        let (error, message) = match parsed {
            Some(b) => (b.error, b.message.unwrap_or_else(|| readable_excerpt(body))),
            None => (None, readable_excerpt(body)),
        };
        let message = match status {
            429 => format!(
                "{message} (Acuity allows 10 requests per second; wait a moment and run again)"
            ),
            401 => format!("{message} (check the Acuity user ID and API key)"),
            _ => message,
        };
        // The remote's words are shown, never obeyed (no control characters).
        let clean = crate::term::output::escape_controls;
        AcuityError {
            status,
            error: error.as_deref().map(clean),
            message: clean(&message),
            call,
        }
    }
}

/// A client of Acuity's API as one account.
pub struct AcuityClient {
    http: Http,
    root: Url,
    /// What the Authorization header carries, in each form an error body may repeat it
    /// (as sent, decoded, the key alone), to take out of Acuity's words.
    sent_secrets: [SecretString; 3],
}

impl AcuityClient {
    pub fn new(root: Url, auth: &AcuityAuth, options: ClientOptions) -> anyhow::Result<Self> {
        let basic = base64::engine::general_purpose::STANDARD.encode(format!(
            "{}:{}",
            auth.user_id,
            auth.api_key.expose_secret()
        ));
        let authorization = HeaderValue::from_str(&format!("Basic {basic}"))?;
        let decoded = format!("{}:{}", auth.user_id, auth.api_key.expose_secret());
        Ok(Self {
            http: Http::new(options, "--acuity-base-url", authorization)?,
            root,
            sent_secrets: [basic.into(), decoded.into(), auth.api_key.clone()],
        })
    }

    pub async fn list_webhooks(&self) -> anyhow::Result<Vec<Webhook>> {
        self.send(Method::GET, endpoint(&self.root, &["webhooks"]), None)
            .await
    }

    pub async fn create_webhook(&self, event: &str, target: &str) -> anyhow::Result<Webhook> {
        let body = serde_json::to_vec(&serde_json::json!({"event": event, "target": target}))?;
        self.send(
            Method::POST,
            endpoint(&self.root, &["webhooks"]),
            Some(body),
        )
        .await
    }

    pub async fn delete_webhook(&self, id: u64) -> anyhow::Result<()> {
        let url = endpoint(&self.root, &["webhooks", &id.to_string()]);
        let answer = self.http.delete(url, AcuityError::rejected).await;
        answer.map_err(|e| self.redact(e))
    }

    /// `error` with the credentials this client sent taken out of Acuity's words.
    fn redact(&self, error: anyhow::Error) -> anyhow::Error {
        match error.downcast::<AcuityError>() {
            Ok(mut acuity) => {
                let secrets = &self.sent_secrets;
                acuity.message = redact(&acuity.message, secrets);
                acuity.error = acuity.error.map(|e| redact(&e, secrets));
                acuity.into()
            }
            Err(other) => other,
        }
    }

    async fn send<T: serde::de::DeserializeOwned>(
        &self,
        method: Method,
        url: Url,
        body: Option<Vec<u8>>,
    ) -> anyhow::Result<T> {
        let (value, _) = self
            .http
            .send_json(
                method,
                url,
                body,
                Resend::IfIdempotent,
                AcuityError::rejected,
            )
            .await
            .map_err(|e| self.redact(e))?;
        Ok(value)
    }
}
