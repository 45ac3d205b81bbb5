//! Every HTTP call to the platform. Commands never build URLs or headers themselves.

use std::time::{Duration, Instant};

use base64::Engine;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use url::Url;

use super::types::{ELEMENT_KEY, Instance, InstanceRequest, OAuthClient, OAuthUrl};
use crate::output;

/// The User and Organization secrets that authorize platform calls.
pub struct PlatformAuth {
    pub user: SecretString,
    pub organization: SecretString,
}

impl PlatformAuth {
    fn header(&self) -> anyhow::Result<HeaderValue> {
        let mut value = HeaderValue::from_str(&format!(
            "User {}, Organization {}",
            self.user.expose_secret(),
            self.organization.expose_secret()
        ))
        .map_err(|_| {
            anyhow::anyhow!(
                "the User or Organization secret contains characters not allowed in an HTTP header"
            )
        })?;
        value.set_sensitive(true);
        Ok(value)
    }
}

/// Per-request time limit and retries of idempotent requests.
#[derive(Debug, Clone, Copy)]
pub struct ClientOptions {
    pub request_timeout: Duration,
    pub retries: u32,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            request_timeout: Duration::from_secs(30),
            retries: 2,
        }
    }
}

/// An error answer from the platform, with what it said about itself.
#[derive(Debug, thiserror::Error)]
pub struct ApiError {
    pub status: u16,
    pub message: String,
    pub request_id: Option<String>,
    pub provider_message: Option<String>,
    /// `METHOD /path` of the failed call, for the message.
    pub call: String,
}

impl ApiError {
    /// 401 or 403: the secrets or the token were not accepted.
    pub fn is_auth(&self) -> bool {
        matches!(self.status, 401 | 403)
    }

    fn from_response(call: String, status: StatusCode, body: &[u8]) -> Self {
        #[derive(serde::Deserialize)]
        struct Body {
            message: Option<String>,
            #[serde(rename = "requestId")]
            request_id: Option<String>,
            #[serde(rename = "providerMessage")]
            provider_message: Option<String>,
        }
        let parsed = serde_json::from_slice::<Body>(body).ok();
        let (message, request_id, provider_message) = match parsed {
            Some(b) => (
                b.message.unwrap_or_else(|| readable_excerpt(body)),
                b.request_id,
                b.provider_message,
            ),
            None => (readable_excerpt(body), None, None),
        };
        ApiError {
            status: status.as_u16(),
            message,
            request_id,
            provider_message,
            call,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = StatusCode::from_u16(self.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("");
        write!(
            f,
            "the platform answered {} {reason} to {}: {}",
            self.status, self.call, self.message
        )?;
        if let Some(provider) = self.provider_message.as_deref().filter(|p| !p.is_empty()) {
            write!(f, " (Acuity said: {provider})")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [requestId {id}]")?;
        }
        Ok(())
    }
}

/// A short, single-line excerpt of a body that is not the platform's JSON (an HTML page
/// from a proxy, say), with tags stripped.
fn readable_excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut plain = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                plain.push(' ');
            }
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split_whitespace().collect();
    let mut excerpt = words.join(" ");
    if excerpt.is_empty() {
        return "(empty response body)".to_owned();
    }
    if excerpt.chars().count() > 200 {
        excerpt = excerpt.chars().take(200).collect::<String>() + "…";
    }
    format!("unexpected non-JSON response: {excerpt}")
}

/// The platform's receiving URL for Acuity's webhooks:
/// `<API root>/events/acuityscheduling/<base64 of the decimal id>`.
/// The form is documented for other webhook connectors and UNCONFIRMED for Acuity, so it
/// lives here alone.
pub fn webhook_url(api_root: &Url, instance_id: u64) -> Url {
    let encoded = base64::engine::general_purpose::STANDARD.encode(instance_id.to_string());
    endpoint(api_root, &["events", ELEMENT_KEY, &encoded])
}

fn endpoint(root: &Url, segments: &[&str]) -> Url {
    let mut url = root.clone();
    url.set_query(None);
    url.path_segments_mut()
        .expect("API roots are http(s) URLs")
        .pop_if_empty()
        .extend(segments);
    url
}

/// A client of one platform API root, authorized as one User and Organization.
pub struct Client {
    http: reqwest::Client,
    root: Url,
    authorization: HeaderValue,
    options: ClientOptions,
}

impl Client {
    pub fn new(root: Url, auth: &PlatformAuth, options: ClientOptions) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .user_agent(concat!("oc-acuity/", env!("CARGO_PKG_VERSION")))
            .timeout(options.request_timeout)
            .connect_timeout(options.request_timeout.min(Duration::from_secs(10)))
            .build()?;
        Ok(Self {
            http,
            root,
            authorization: auth.header()?,
            options,
        })
    }

    /// The API root this client talks to.
    pub fn root(&self) -> &Url {
        &self.root
    }

    /// Step 1: the URL of Acuity's consent page for this OAuth client.
    pub async fn oauth_url(&self, oauth: &OAuthClient) -> anyhow::Result<OAuthUrl> {
        let mut url = endpoint(&self.root, &["elements", ELEMENT_KEY, "oauth", "url"]);
        url.query_pairs_mut()
            .append_pair("apiKey", &oauth.client_id)
            .append_pair("apiSecret", oauth.client_secret.expose_secret())
            .append_pair("callbackUrl", &oauth.callback_url);
        self.send(Method::GET, url, None).await
    }

    /// Step 3: create the instance. Not retried: a retry after a lost answer could create
    /// a second instance, and the grant code is single-use anyway.
    pub async fn create_instance(&self, request: &InstanceRequest) -> anyhow::Result<Instance> {
        let url = endpoint(&self.root, &["instances"]);
        self.send(Method::POST, url, Some(request.to_body())).await
    }

    pub async fn get_instance(&self, id: u64) -> anyhow::Result<Instance> {
        let url = endpoint(&self.root, &["instances", &id.to_string()]);
        self.send(Method::GET, url, None).await
    }

    pub async fn delete_instance(&self, id: u64) -> anyhow::Result<()> {
        let url = endpoint(&self.root, &["instances", &id.to_string()]);
        self.send::<serde_json::Value>(Method::DELETE, url, None)
            .await
            .map(drop)
    }

    /// The Webhook URL of an instance on this client's platform.
    pub fn webhook_url(&self, instance_id: u64) -> Url {
        webhook_url(&self.root, instance_id)
    }

    async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        url: Url,
        body: Option<Vec<u8>>,
    ) -> anyhow::Result<T> {
        // Only the path is ever logged: queries carry the OAuth client secret.
        let call = format!("{method} {}", url.path());
        let idempotent = method != Method::POST;
        let attempts = if idempotent {
            self.options.retries + 1
        } else {
            1
        };
        let mut attempt = 0;
        loop {
            attempt += 1;
            let started = Instant::now();
            output::debug(format!("-> {call}"));
            let result = self.attempt(&method, &url, body.clone()).await;
            let retry_wait = Duration::from_millis(500 * 2u64.pow(attempt - 1));
            match result {
                Ok((status, bytes)) => {
                    output::debug(format!(
                        "<- {status} for {call} ({} ms)",
                        started.elapsed().as_millis()
                    ));
                    if status.is_success() {
                        let bytes = if bytes.is_empty() {
                            b"null".to_vec()
                        } else {
                            bytes
                        };
                        return serde_json::from_slice(&bytes).map_err(|e| {
                            anyhow::anyhow!(
                                "the platform's answer to {call} could not be read: {e} ({})",
                                readable_excerpt(&bytes)
                            )
                        });
                    }
                    let retryable = matches!(status.as_u16(), 429 | 502 | 503 | 504);
                    if !(retryable && attempt < attempts) {
                        return Err(ApiError::from_response(call, status, &bytes).into());
                    }
                    output::debug(format!("retrying {call} after {status}"));
                }
                Err(e) => {
                    if attempt >= attempts {
                        return Err(describe_transport_error(&call, &self.root, e));
                    }
                    output::debug(format!("retrying {call} after: {e}"));
                }
            }
            tokio::time::sleep(retry_wait).await;
        }
    }

    async fn attempt(
        &self,
        method: &Method,
        url: &Url,
        body: Option<Vec<u8>>,
    ) -> Result<(StatusCode, Vec<u8>), reqwest::Error> {
        let mut request = self
            .http
            .request(method.clone(), url.clone())
            .header(AUTHORIZATION, self.authorization.clone())
            .header(ACCEPT, "application/json");
        if let Some(body) = body {
            request = request.header(CONTENT_TYPE, "application/json").body(body);
        }
        let response = request.send().await?;
        let status = response.status();
        let bytes = response.bytes().await?.to_vec();
        Ok((status, bytes))
    }
}

fn describe_transport_error(call: &str, root: &Url, error: reqwest::Error) -> anyhow::Error {
    let host = root.host_str().unwrap_or("the platform");
    let what = if error.is_timeout() {
        "timed out (raise --request-timeout if the network is slow)".to_owned()
    } else if error.is_connect() {
        format!(
            "could not connect to {host}: check --base-url / OC_ACUITY_BASE_URL and your network"
        )
    } else {
        "failed".to_owned()
    };
    // reqwest's Display includes the URL, whose query may carry a secret: drop it.
    anyhow::anyhow!("{call} {what} ({})", error.without_url())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhook_url_encodes_the_decimal_id() {
        let root = Url::parse("https://api.example.com/elements/api-v2").unwrap();
        assert_eq!(
            webhook_url(&root, 20931).as_str(),
            "https://api.example.com/elements/api-v2/events/acuityscheduling/MjA5MzE="
        );
        let with_slash = Url::parse("https://api.example.com/elements/api-v2/").unwrap();
        assert_eq!(webhook_url(&with_slash, 20931), webhook_url(&root, 20931));
    }

    #[test]
    fn html_error_pages_become_one_readable_line() {
        let page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad   Gateway</h1></body></html>";
        let error =
            ApiError::from_response("POST /instances".into(), StatusCode::BAD_GATEWAY, page);
        assert_eq!(
            error.message,
            "unexpected non-JSON response: 502 Bad Gateway Bad Gateway"
        );
        assert!(!error.is_auth());
    }
}
