//! The HTTP core both remote clients (the platform and Acuity) share: time limits,
//! retries of idempotent requests, logging that never shows a query string (queries may
//! carry secrets), and readable transport errors.

use std::time::{Duration, SystemTime};

use tokio::time::Instant;

use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use url::Url;

use crate::term::{Spinner, output};

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

/// `text` with every secret in `secrets` replaced by `[redacted]`: for any text a remote
/// answers with (an error body may echo the request's headers).
pub fn redact(text: &str, secrets: &[secrecy::SecretString]) -> String {
    use secrecy::ExposeSecret;
    secrets
        .iter()
        .map(ExposeSecret::expose_secret)
        .filter(|secret| !secret.is_empty())
        .fold(text.to_owned(), |text, secret| {
            text.replace(secret, "[redacted]")
        })
}

/// A reqwest client builder with this tool's TLS configuration (ring, and a trust store read
/// only when a certificate has to be checked: see [`super::tls`]) and user agent: every HTTP
/// client of the tool (platform, Acuity, the sandbox's deliveries, the events forwarder)
/// starts here.
pub fn client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .tls_backend_preconfigured(super::tls::client_config())
        .user_agent(concat!("oc-acuity/", env!("CARGO_PKG_VERSION")))
        // Every request of ours carries a secret (or a signed body): never re-sent elsewhere.
        .redirect(reqwest::redirect::Policy::none())
}

/// A response, whatever its status (but never a redirect).
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    /// How many times the request was sent (more than 1: an earlier answer was lost or
    /// asked to retry).
    pub attempts: u32,
}

/// Whether a request may be sent again after a failure that [`Http::execute`] retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resend {
    /// GET, PUT, PATCH and DELETE: sending them twice does no harm (POST is never resent).
    IfIdempotent,
    /// Never: the request carries something single-use (an OAuth grant code), so a second
    /// send would fail whatever happened to the first ("grant code already used").
    Never,
}

/// The longest a request may keep retrying, waits included.
pub const RETRY_BUDGET: Duration = Duration::from_secs(60);

/// A request that got no readable answer.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct TransportError {
    message: String,
    /// Whether the request may have reached the server (anything but a failed connect).
    pub maybe_sent: bool,
}

/// When a request is sent again: at most `attempts` sends, all waits within `budget`.
#[derive(Debug, Clone, Copy)]
struct Schedule {
    attempts: u32,
    budget: Duration,
    /// A draw in `0..=u16::MAX`: how much of the half step a backoff adds (random in the
    /// tool, so that clients do not retry in step; fixed in tests, so waits are exact).
    jitter: fn() -> u16,
}

fn random_jitter() -> u16 {
    let mut bytes = [0u8; 2];
    match getrandom::fill(&mut bytes) {
        Ok(()) => u16::from_le_bytes(bytes),
        Err(_) => 0,
    }
}

/// The wait before retry number `attempt` (1 for the first retry): 0.5 s doubled each
/// time (up to 32 s), plus `jitter`'s share of half of that again.
pub(crate) fn backoff(attempt: u32, jitter: u16) -> Duration {
    let base = 500u64 * 2u64.pow(attempt.saturating_sub(1).min(6));
    let extra = u64::from(jitter) * (base / 2) / u64::from(u16::MAX);
    Duration::from_millis(base + extra)
}

/// What an attempt can fail with, as far as the schedule needs to know.
trait Failure {
    /// Whether another attempt would fail the same way (an untrusted certificate).
    fn is_lasting(&self) -> bool;
    /// A few words for the `-v` line of a retry.
    fn summary(&self) -> String;
}

/// What went wrong with a request that got no answer, in a few words ("connection
/// refused", "name not found", "timed out", "the proxy ...", a certificate's problem),
/// never the URL (its query may carry a secret).
pub fn network_failure(error: &reqwest::Error) -> String {
    NetworkCause::of(error).summary()
}

impl Failure for reqwest::Error {
    fn is_lasting(&self) -> bool {
        NetworkCause::of(self).is_lasting()
    }

    fn summary(&self) -> String {
        network_failure(self)
    }
}

impl Schedule {
    /// Sends (`send(attempt)`, attempt 1 first) until an answer that is not 429, 502, 503
    /// or 504, a lasting failure, the last attempt, or a wait that would pass the budget.
    /// Waits `Retry-After` when the answer has one, else the backoff. The last answer or
    /// failure is returned as it is.
    async fn run<E, F, Fut>(&self, call: &str, mut send: F) -> Result<Answer, E>
    where
        E: Failure,
        F: FnMut(u32) -> Fut,
        Fut: std::future::Future<Output = Result<Answer, E>>,
    {
        // tokio's clock: the tests pause it and read the waits exactly.
        let first = Instant::now();
        let mut attempt = 0;
        loop {
            attempt += 1;
            let started = Instant::now();
            output::debug(format!("-> {call}"));
            let wait = match send(attempt).await {
                Ok(answer) => {
                    output::debug(format!(
                        "<- {} for {call} ({} ms)",
                        answer.status,
                        started.elapsed().as_millis()
                    ));
                    let retryable = matches!(answer.status.as_u16(), 429 | 502 | 503 | 504);
                    if !(retryable && attempt < self.attempts) {
                        return Ok(answer);
                    }
                    let wait = retry_after(&answer.headers, SystemTime::now())
                        .unwrap_or_else(|| backoff(attempt, (self.jitter)()));
                    if first.elapsed().saturating_add(wait) > self.budget {
                        output::debug(format!(
                            "not retrying {call}: waiting {wait:?} would pass the retry budget"
                        ));
                        return Ok(answer);
                    }
                    output::debug(format!(
                        "retrying {call} after {} in {} ms",
                        answer.status,
                        wait.as_millis()
                    ));
                    wait
                }
                Err(e) => {
                    let wait = backoff(attempt, (self.jitter)());
                    if e.is_lasting()
                        || attempt >= self.attempts
                        || first.elapsed().saturating_add(wait) > self.budget
                    {
                        return Err(e);
                    }
                    output::debug(format!("retrying {call} after: {}", e.summary()));
                    wait
                }
            };
            tokio::time::sleep(wait).await;
        }
    }
}

/// `Retry-After` as a wait: delay-seconds, or an HTTP date (a date in the past: no wait).
/// More seconds than a u64 holds is the longest wait, not "no `Retry-After`": the server
/// asked for more than any budget, and a backoff would retry it at once.
fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Duration::MAX);
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

/// One service's HTTP client, authorized as one account: every request carries its
/// (sensitive) `Authorization` header and asks for JSON.
pub struct Http {
    client: reqwest::Client,
    options: ClientOptions,
    authorization: HeaderValue,
    /// What to check when the service cannot be reached, e.g. "--base-url / OC_ACUITY_BASE_URL".
    service: &'static str,
}

impl Http {
    pub fn new(
        options: ClientOptions,
        service: &'static str,
        mut authorization: HeaderValue,
    ) -> anyhow::Result<Self> {
        authorization.set_sensitive(true);
        let client = client_builder()
            .timeout(options.request_timeout)
            .connect_timeout(options.request_timeout.min(Duration::from_secs(10)))
            .build()?;
        Ok(Self {
            client,
            options,
            authorization,
            service,
        })
    }

    /// How many times a failed request is tried again (`--retries`).
    pub fn retries(&self) -> u32 {
        self.options.retries
    }

    /// The same client, sending `authorization` instead (a platform call made as an
    /// instance adds the instance token to the header).
    pub fn authorized_as(&self, mut authorization: HeaderValue) -> Self {
        authorization.set_sensitive(true);
        Self {
            client: self.client.clone(),
            options: self.options,
            authorization,
            service: self.service,
        }
    }

    /// Sends a request. GET, PUT, PATCH and DELETE (each sets absolute values, so sending
    /// it twice does no harm) are retried after connection failures, 429, 502, 503 and 504,
    /// with exponential backoff and jitter, honouring `Retry-After`, within
    /// [`RETRY_BUDGET`]; POST never is (it may have taken effect), nor is any request sent
    /// with [`Resend::Never`]. A redirect is never followed: the request carries secrets.
    pub async fn execute(
        &self,
        method: Method,
        url: &Url,
        body: Option<(&'static str, Vec<u8>)>,
        resend: Resend,
    ) -> anyhow::Result<Answer> {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, self.authorization.clone());
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let call = call_name(&method, url);
        // Shown only if the wait lasts, on a terminal, without --quiet.
        let _spinner = Spinner::start(format!("{call} ..."));
        let attempts = if method == Method::POST || resend == Resend::Never {
            1
        } else {
            self.options.retries + 1
        };
        let schedule = Schedule {
            attempts,
            budget: RETRY_BUDGET,
            jitter: random_jitter,
        };
        let outcome = schedule
            .run(&call, |attempt| {
                let mut request = self
                    .client
                    .request(method.clone(), url.clone())
                    .headers(headers.clone());
                if let Some((content_type, bytes)) = &body {
                    request = request
                        .header(reqwest::header::CONTENT_TYPE, *content_type)
                        .body(bytes.clone());
                }
                async move {
                    let response = request.send().await?;
                    let (status, headers) = (response.status(), response.headers().clone());
                    let body = response.bytes().await?.to_vec();
                    Ok::<_, reqwest::Error>(Answer {
                        status,
                        headers,
                        body,
                        attempts: attempt,
                    })
                }
            })
            .await;
        match outcome {
            Ok(answer) if answer.status.is_redirection() => {
                Err(self.redirect_error(&call, &answer))
            }
            Ok(answer) => Ok(answer),
            Err(e) => Err(self.transport_error(&call, url, e)),
        }
    }

    /// Sends a request with a JSON body (if any) and parses a success answer as JSON; any
    /// other status becomes the error `rejected` builds from the call, status and body.
    /// The one send/parse/error path of both remote clients.
    pub async fn send_json<T: serde::de::DeserializeOwned>(
        &self,
        method: Method,
        url: Url,
        body: Option<Vec<u8>>,
        resend: Resend,
        rejected: fn(String, StatusCode, &[u8]) -> anyhow::Error,
    ) -> anyhow::Result<(T, HeaderMap)> {
        let call = call_name(&method, &url);
        let body = body.map(|b| ("application/json", b));
        let answer = self.execute(method, &url, body, resend).await?;
        if !answer.status.is_success() {
            return Err(rejected(call, answer.status, &answer.body));
        }
        Ok((parse_json(&call, &answer.body)?, answer.headers))
    }

    /// Sends a DELETE. A 404 to a retry counts as done: the first attempt deleted it and
    /// its answer was lost.
    pub async fn delete(
        &self,
        url: Url,
        rejected: fn(String, StatusCode, &[u8]) -> anyhow::Error,
    ) -> anyhow::Result<()> {
        let answer = self
            .execute(Method::DELETE, &url, None, Resend::IfIdempotent)
            .await?;
        let gone_on_retry = answer.status == StatusCode::NOT_FOUND && answer.attempts > 1;
        if answer.status.is_success() || gone_on_retry {
            return Ok(());
        }
        Err(rejected(
            call_name(&Method::DELETE, &url),
            answer.status,
            &answer.body,
        ))
    }

    fn transport_error(&self, call: &str, url: &Url, error: reqwest::Error) -> anyhow::Error {
        let host = url.host_str().unwrap_or("the server");
        let port = url.port_or_known_default().unwrap_or(0);
        let service = self.service;
        let cause = match NetworkCause::of(&error) {
            // A plain-http request through a proxy has no tunnel: the connection refused
            // was the proxy's.
            NetworkCause::Refused if through_a_proxy(url) => NetworkCause::proxy_refused(),
            cause => cause,
        };
        let what = match cause {
            NetworkCause::UntrustedCertificate(detail) => format!(
                "failed: the certificate of {host} is not trusted ({detail}). If a proxy or a \
                 private CA signs it, point SSL_CERT_FILE at that CA's certificate (PEM), or \
                 add it to the OS trust store"
            ),
            NetworkCause::InvalidCertificate(detail) => {
                format!("failed: the certificate of {host} is not valid ({detail})")
            }
            NetworkCause::Tls(detail) => {
                format!("failed: the TLS handshake with {host} failed ({detail})")
            }
            NetworkCause::Proxy(detail) => format!(
                "failed: the proxy {detail}: check HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY"
            ),
            NetworkCause::NameNotFound => {
                format!("failed: the name {host} was not found: check {service} and your network")
            }
            NetworkCause::Refused => format!(
                "failed: {host}:{port} refused the connection: check {service}, and that the server \
                 is running"
            ),
            NetworkCause::Timeout => {
                "timed out (raise --request-timeout if the network is slow)".to_owned()
            }
            NetworkCause::Connect(detail) => {
                format!("could not connect to {host}: check {service} and your network ({detail})")
            }
            NetworkCause::Other(detail) => format!("failed ({detail})"),
        };
        // A refused or failed connection never carried the request.
        let maybe_sent = !error.is_connect();
        TransportError {
            message: format!("{call} {what}"),
            maybe_sent,
        }
        .into()
    }

    fn redirect_error(&self, call: &str, answer: &Answer) -> anyhow::Error {
        let location = answer
            .headers
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let host = Url::parse(location)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "the same host".to_owned());
        Redirected(format!(
            "{call} was answered {} with a redirect to {host}; oc-acuity follows no redirect, \
             since its requests carry secrets: check {}",
            answer.status, self.service
        ))
        .into()
    }
}

/// Whether a request to `url` goes through a proxy: the environment's (`HTTP_PROXY`,
/// `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`) or the system's, read by the matcher reqwest
/// itself uses.
fn through_a_proxy(url: &Url) -> bool {
    url.as_str().parse::<hyper::Uri>().is_ok_and(|uri| {
        hyper_util::client::proxy::matcher::Matcher::from_system()
            .intercept(&uri)
            .is_some()
    })
}

/// A request answered with a redirect, which is never followed (the request carries
/// secrets): an answer, though not the one asked for.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Redirected(String);

/// Why a request got no answer, read from the error's chain of causes: what the message
/// names, and whether another attempt could do better.
#[derive(Debug, Clone, PartialEq, Eq)]
enum NetworkCause {
    /// The server's certificate chains to no trusted root.
    UntrustedCertificate(String),
    /// Trusted, but not valid (expired, another name, ...).
    InvalidCertificate(String),
    /// Any other TLS failure.
    Tls(String),
    /// The proxy could not be reached or refused the tunnel; the text ends "the proxy ...".
    Proxy(String),
    NameNotFound,
    Refused,
    Timeout,
    /// Another failure to connect, with its innermost cause.
    Connect(String),
    Other(String),
}

impl NetworkCause {
    fn proxy_refused() -> Self {
        Self::Proxy("refused the connection (is it running at that address?)".to_owned())
    }

    fn of(error: &reqwest::Error) -> Self {
        let mut tunnel = None;
        let mut dns = false;
        let mut refused = false;
        // The causes below reqwest's own error (whose message holds the URL, and its query
        // may carry a secret).
        let mut innermost = "error sending request".to_owned();
        let mut cause = std::error::Error::source(error);
        while let Some(e) = cause {
            // io::Error hides the error it wraps from `source()`: look inside.
            let io = e.downcast_ref::<std::io::Error>();
            let inner = io.and_then(|io| io.get_ref());
            let tls = e
                .downcast_ref::<rustls::Error>()
                .or_else(|| inner.and_then(|i| i.downcast_ref::<rustls::Error>()));
            if let Some(tls) = tls {
                return Self::of_tls(tls);
            }
            let text = e.to_string();
            // Without a proxy, rustls's error can arrive boxed where it cannot be downcast:
            // its message is then all there is.
            if let Some(kind) = text.strip_prefix("invalid peer certificate: ") {
                return match kind {
                    "UnknownIssuer" | "BadSignature" => {
                        Self::UntrustedCertificate("unknown issuer".to_owned())
                    }
                    "NotValidForName" => {
                        Self::InvalidCertificate("issued for another name".to_owned())
                    }
                    other => Self::InvalidCertificate(other.to_owned()),
                };
            }
            refused |= io.is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused);
            // hyper-util's error types are private: their messages are what is stable.
            if let Some(detail) = text.strip_prefix("tunnel error: ") {
                tunnel = Some(detail.to_owned());
            }
            dns |= text.starts_with("dns error");
            innermost = text;
            cause = e.source();
        }
        match tunnel {
            Some(_) if refused => Self::proxy_refused(),
            Some(detail) if detail == "unsuccessful" => {
                Self::Proxy("refused the tunnel (its answer to CONNECT was not 200)".to_owned())
            }
            Some(detail) if detail == "proxy authorization required" => Self::Proxy(
                "asks for a login (407): put the user and password in the proxy URL".to_owned(),
            ),
            Some(detail) => Self::Proxy(format!("failed ({detail})")),
            None if dns => Self::NameNotFound,
            None if refused => Self::Refused,
            None if error.is_timeout() => Self::Timeout,
            None if error.is_connect() => Self::Connect(innermost),
            None => Self::Other(innermost),
        }
    }

    fn of_tls(error: &rustls::Error) -> Self {
        use rustls::CertificateError as C;
        match error {
            rustls::Error::InvalidCertificate(C::UnknownIssuer | C::BadSignature) => {
                Self::UntrustedCertificate("unknown issuer".to_owned())
            }
            rustls::Error::InvalidCertificate(C::NotValidForName) => {
                Self::InvalidCertificate("issued for another name".to_owned())
            }
            rustls::Error::InvalidCertificate(C::NotValidForNameContext { .. }) => {
                Self::InvalidCertificate("issued for another name".to_owned())
            }
            rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. }) => {
                Self::InvalidCertificate("expired".to_owned())
            }
            rustls::Error::InvalidCertificate(other) => {
                Self::InvalidCertificate(format!("{other:?}"))
            }
            other => Self::Tls(other.to_string()),
        }
    }

    /// A few words for the `-v` line of a retry.
    fn summary(&self) -> String {
        match self {
            Self::UntrustedCertificate(d) | Self::InvalidCertificate(d) | Self::Tls(d) => {
                format!("TLS: {d}")
            }
            Self::Proxy(d) => format!("the proxy {d}"),
            Self::NameNotFound => "name not found".to_owned(),
            Self::Refused => "connection refused".to_owned(),
            Self::Timeout => "timed out".to_owned(),
            Self::Connect(d) | Self::Other(d) => d.clone(),
        }
    }

    /// Whether another attempt would fail the same way: a certificate does not change
    /// between attempts.
    fn is_lasting(&self) -> bool {
        matches!(
            self,
            Self::UntrustedCertificate(_) | Self::InvalidCertificate(_) | Self::Tls(_)
        )
    }
}

/// `METHOD /path`, never the query.
pub fn call_name(method: &Method, url: &Url) -> String {
    format!("{method} {}", url.path())
}

/// A success answer whose body could not be read (truncated, or not the JSON expected).
#[derive(Debug, thiserror::Error)]
#[error("the answer to {call} could not be read: {detail}")]
pub struct UnreadableAnswer {
    call: String,
    detail: String,
}

impl UnreadableAnswer {
    /// A success answer that reads, but about another instance than the one asked for:
    /// as good as unreadable (its token is not the one asked for).
    pub fn not_about_it(call: String, why: String) -> Self {
        Self {
            call,
            detail: format!("it is not about the instance asked for ({why}): not trusted"),
        }
    }
}

/// Parses a success body as JSON, with a readable error when it is not.
pub fn parse_json<T: serde::de::DeserializeOwned>(call: &str, body: &[u8]) -> anyhow::Result<T> {
    let body: &[u8] = if body.is_empty() { b"null" } else { body };
    serde_json::from_slice(body).map_err(|e| {
        // Neither the body nor serde's message (which quotes values) is shown: a success
        // answer may carry the instance token.
        let what = match e.classify() {
            serde_json::error::Category::Data => "JSON of another shape than expected",
            serde_json::error::Category::Eof => "JSON cut short",
            serde_json::error::Category::Syntax | serde_json::error::Category::Io => "not JSON",
        };
        UnreadableAnswer {
            call: call.to_owned(),
            detail: format!(
                "{what} (line {}, column {}; {} bytes, not shown: it may hold a token)",
                e.line(),
                e.column(),
                body.len()
            ),
        }
        .into()
    })
}

/// `url` with `segments` appended to its path (each percent-encoded), without a query.
pub fn endpoint(root: &Url, segments: &[&str]) -> Url {
    let mut url = root.clone();
    url.set_query(None);
    url.path_segments_mut()
        .expect("API roots are http(s) URLs")
        .pop_if_empty()
        .extend(segments);
    url
}

/// A short, single-line excerpt of a body that is not the platform's JSON (an HTML page
/// from a proxy, say), with tags stripped.
pub fn readable_excerpt(body: &[u8]) -> String {
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
    format!(
        "unexpected non-JSON response: {}",
        output::escape_controls(&excerpt)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_error_pages_become_one_readable_line() {
        let page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad   Gateway</h1></body></html>";
        assert_eq!(
            readable_excerpt(page),
            "unexpected non-JSON response: 502 Bad Gateway Bad Gateway"
        );
        assert_eq!(readable_excerpt(b""), "(empty response body)");
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut headers = HeaderMap::new();
        assert_eq!(retry_after(&headers, now), None);
        headers.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(90));
        headers.insert("retry-after", HeaderValue::from_str(&later).unwrap());
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(90)));
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(90));
        headers.insert("retry-after", HeaderValue::from_str(&earlier).unwrap());
        assert_eq!(retry_after(&headers, now), Some(Duration::ZERO));
        headers.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers, now), None);
        headers.insert("retry-after", HeaderValue::from_static("-5"));
        assert_eq!(retry_after(&headers, now), None);
        // More seconds than a u64 holds: longer than any wait, not "no Retry-After".
        headers.insert(
            "retry-after",
            HeaderValue::from_static("99999999999999999999999"),
        );
        assert_eq!(retry_after(&headers, now), Some(Duration::MAX));
    }

    #[test]
    fn backoff_doubles_to_32_s_and_adds_up_to_half_again() {
        let steps: Vec<(u128, u128)> = (1..=8)
            .map(|attempt| {
                let low = backoff(attempt, 0).as_millis();
                (low, backoff(attempt, u16::MAX).as_millis())
            })
            .collect();
        assert_eq!(
            steps,
            [
                (500, 750),
                (1000, 1500),
                (2000, 3000),
                (4000, 6000),
                (8000, 12000),
                (16000, 24000),
                (32000, 48000),
                (32000, 48000)
            ]
        );
        let random = backoff(1, random_jitter()).as_millis();
        assert!((500..=750).contains(&random), "{random}");
    }

    #[test]
    fn endpoints_append_encoded_segments() {
        let root = Url::parse("https://h/elements/api-v2/?x=1").unwrap();
        assert_eq!(
            endpoint(&root, &["instances", "a b"]).as_str(),
            "https://h/elements/api-v2/instances/a%20b"
        );
    }

    /// The retry schedule on tokio's paused clock: each row is what the server does at
    /// each attempt, and the exact times (from the first send) the attempts are sent.
    mod schedule {
        use super::*;

        /// What the fake server does at one attempt.
        #[derive(Clone)]
        enum Reply {
            Status(u16),
            /// A status with `Retry-After: value`.
            RetryAfter(u16, String),
            /// No answer: a transient failure (refused, reset), or a lasting one.
            Fails {
                lasting: bool,
            },
        }

        #[derive(Debug)]
        struct Fake {
            lasting: bool,
        }

        impl Failure for Fake {
            fn is_lasting(&self) -> bool {
                self.lasting
            }
            fn summary(&self) -> String {
                "fake".to_owned()
            }
        }

        fn answer(status: u16, retry_after: Option<&str>) -> Answer {
            let mut headers = HeaderMap::new();
            if let Some(value) = retry_after {
                headers.insert("retry-after", HeaderValue::from_str(value).unwrap());
            }
            Answer {
                status: StatusCode::from_u16(status).unwrap(),
                headers,
                body: Vec::new(),
                attempts: 0,
            }
        }

        /// Runs `schedule` against `replies`: the send times in ms since the first send,
        /// the time the run ended, and how it ended (the final status, or "failed").
        async fn run(schedule: Schedule, replies: &[Reply]) -> (Vec<u64>, u64, String) {
            let start = Instant::now();
            let mut sent = Vec::new();
            let mut replies = replies.iter().cloned();
            let outcome = schedule
                .run("GET /instances", |attempt| {
                    sent.push(start.elapsed().as_millis() as u64);
                    let reply = replies.next().expect("a reply for every attempt");
                    async move {
                        let mut answer = match reply {
                            Reply::Status(status) => answer(status, None),
                            Reply::RetryAfter(status, value) => answer(status, Some(&value)),
                            Reply::Fails { lasting } => return Err(Fake { lasting }),
                        };
                        answer.attempts = attempt;
                        Ok(answer)
                    }
                })
                .await;
            let ended = start.elapsed().as_millis() as u64;
            let how = match outcome {
                Ok(answer) => format!(
                    "{} after {} attempts",
                    answer.status.as_u16(),
                    answer.attempts
                ),
                Err(e) => format!("failed (lasting: {})", e.lasting),
            };
            (sent, ended, how)
        }

        fn schedule(attempts: u32, jitter: fn() -> u16) -> Schedule {
            Schedule {
                attempts,
                budget: RETRY_BUDGET,
                jitter,
            }
        }

        fn no_jitter() -> u16 {
            0
        }

        fn full_jitter() -> u16 {
            u16::MAX
        }

        use Reply::{Fails, RetryAfter, Status};

        /// Why, the schedule, the replies, the send times (ms), how the run ends.
        type Row = (&'static str, Schedule, Vec<Reply>, Vec<u64>, &'static str);

        #[tokio::test(start_paused = true)]
        async fn waits_are_exact() {
            let retry_after = |status, value: &str| RetryAfter(status, value.to_owned());
            let transient = Fails { lasting: false };
            #[rustfmt::skip]
            let rows: Vec<Row> = vec![
                ("backoff 0.5 s, then 1 s", schedule(3, no_jitter),
                 vec![Status(502), Status(503), Status(200)], vec![0, 500, 1500], "200 after 3 attempts"),
                ("jitter adds at most half again", schedule(3, full_jitter),
                 vec![Status(504), Status(429), Status(200)], vec![0, 750, 2250], "200 after 3 attempts"),
                ("attempts are bounded (--retries 2)", schedule(3, no_jitter),
                 vec![Status(502), Status(502), Status(502)], vec![0, 500, 1500], "502 after 3 attempts"),
                ("a POST is sent once", schedule(1, no_jitter),
                 vec![Status(503)], vec![0], "503 after 1 attempts"),
                ("a 500 is not retried", schedule(3, no_jitter),
                 vec![Status(500)], vec![0], "500 after 1 attempts"),
                ("Retry-After in seconds replaces the backoff", schedule(3, full_jitter),
                 vec![retry_after(429, "7"), Status(200)], vec![0, 7000], "200 after 2 attempts"),
                ("Retry-After 0 retries at once", schedule(3, no_jitter),
                 vec![retry_after(503, "0"), Status(200)], vec![0, 0], "200 after 2 attempts"),
                ("a Retry-After past the 60 s budget is not waited for", schedule(3, no_jitter),
                 vec![retry_after(503, "61")], vec![0], "503 after 1 attempts"),
                ("the largest Retry-After is past the budget, not an overflow", schedule(3, no_jitter),
                 vec![retry_after(503, "18446744073709551615")], vec![0], "503 after 1 attempts"),
                ("a Retry-After too large to read is as long, not absent", schedule(3, no_jitter),
                 vec![retry_after(503, "99999999999999999999999")], vec![0], "503 after 1 attempts"),
                ("exactly 60 s is within the budget", schedule(3, no_jitter),
                 vec![retry_after(503, "60"), Status(200)], vec![0, 60000], "200 after 2 attempts"),
                ("the budget counts every wait", schedule(10, no_jitter),
                 vec![retry_after(503, "25"), retry_after(503, "25"), retry_after(503, "25")],
                 vec![0, 25000, 50000], "503 after 3 attempts"),
                ("backoff alone stops at the budget", schedule(20, no_jitter),
                 vec![Status(502); 7], vec![0, 500, 1500, 3500, 7500, 15500, 31500], "502 after 7 attempts"),
                ("a failed connection is retried with the backoff", schedule(3, no_jitter),
                 vec![transient.clone(), transient.clone(), Status(200)], vec![0, 500, 1500], "200 after 3 attempts"),
                ("failures are bounded too", schedule(2, full_jitter),
                 vec![transient.clone(), transient], vec![0, 750], "failed (lasting: false)"),
                ("a lasting failure (a certificate) is not retried", schedule(3, no_jitter),
                 vec![Fails { lasting: true }], vec![0], "failed (lasting: true)"),
            ];
            for (why, schedule, replies, sent_at, ending) in rows {
                let (sent, ended, how) = run(schedule, &replies).await;
                assert_eq!(
                    (sent.as_slice(), how.as_str()),
                    (sent_at.as_slice(), ending),
                    "{why}"
                );
                assert_eq!(
                    ended,
                    *sent_at.last().unwrap(),
                    "{why}: no wait after the last"
                );
            }
        }

        #[tokio::test(start_paused = true)]
        async fn retry_after_as_a_date_waits_until_then() {
            // One second of resolution: the wait ends within the second before the date.
            let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(4));
            let replies = [RetryAfter(429, date), Status(200)];
            let (sent, _, how) = run(schedule(3, no_jitter), &replies).await;
            assert_eq!(how, "200 after 2 attempts");
            assert!((3000..=4000).contains(&sent[1]), "{sent:?}");
        }
    }
}
