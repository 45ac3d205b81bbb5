//! Catching the OAuth grant `code`: a listener on the redirect URI's own loopback port that
//! answers only its path, once, or the URL the user pasted; `state` checked either way.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context as _;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use secrecy::SecretString;
use subtle::ConstantTimeEq;
use tokio::sync::oneshot;
use url::{Host, Url};

use super::html::page;

/// Compares states in constant time.
pub fn state_matches(expected: &str, received: &str) -> bool {
    expected.as_bytes().ct_eq(received.as_bytes()).into()
}

/// How the code comes back: to a listener of ours, or pasted by the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redirect {
    /// `http://127.0.0.1:PORT/...`, `http://[::1]:PORT/...` or `http://localhost:PORT/...`.
    Loopback { addr: SocketAddr, path: String },
    /// Any other redirect URI (a real https URL of the user's app).
    Paste,
}

impl Redirect {
    /// Classifies a redirect URI.
    pub fn of(callback_url: &Url) -> Self {
        let ip = match callback_url.host() {
            Some(Host::Ipv4(ip)) if ip.is_loopback() => Some(IpAddr::V4(ip)),
            Some(Host::Ipv6(ip)) if ip.is_loopback() => Some(IpAddr::V6(ip)),
            Some(Host::Domain(d)) if d.eq_ignore_ascii_case("localhost") => {
                Some(IpAddr::V4(Ipv4Addr::LOCALHOST))
            }
            _ => None,
        };
        match (callback_url.scheme(), ip, callback_url.port()) {
            ("http", Some(ip), Some(port)) => Redirect::Loopback {
                addr: SocketAddr::new(ip, port),
                path: callback_url.path().to_owned(),
            },
            _ => Redirect::Paste,
        }
    }
}

/// Why the browser's answer did not give us a code.
#[derive(Debug, thiserror::Error)]
pub enum FlowError {
    #[error("Acuity refused the authorization: {error}{}", .description.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())]
    Denied {
        error: String,
        description: Option<String>,
    },
    #[error(
        "the answer's state did not match this login (a stale tab or a forged request); nothing was created: run the command again"
    )]
    StateMismatch,
    #[error("the redirect carried no code")]
    NoCode,
    #[error(
        "no answer from the browser within {0} s; run again (raise --timeout), or register a redirect URI you can paste from"
    )]
    Timeout(u64),
}

/// Reads `code` from a redirect's query. `state` is checked first: only an answer that
/// carries this login's state can end it, with a code or with Acuity's refusal.
fn outcome_of(query: &[(String, String)], expected_state: &str) -> Result<SecretString, FlowError> {
    let get = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let state = get("state").unwrap_or_default();
    if !state_matches(expected_state, &state) {
        return Err(FlowError::StateMismatch);
    }
    if let Some(error) = get("error") {
        return Err(FlowError::Denied {
            error,
            description: get("error_description"),
        });
    }
    match get("code").filter(|c| !c.trim().is_empty()) {
        Some(code) => Ok(SecretString::from(code)),
        None => Err(FlowError::NoCode),
    }
}

/// What the user pasted: the full redirected URL, its query, or the bare code.
pub fn parse_pasted(input: &str, expected_state: &str) -> Result<SecretString, FlowError> {
    let input = input.trim();
    let query = if let Ok(url) = Url::parse(input) {
        Some(url.query().unwrap_or("").to_owned())
    } else if input.contains('=') {
        Some(input.trim_start_matches('?').to_owned())
    } else {
        None
    };
    match query {
        Some(query) => {
            let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect();
            outcome_of(&pairs, expected_state)
        }
        // A bare code: the user copied it by hand, so there is no state to check.
        None if !input.is_empty() => Ok(SecretString::from(input.to_owned())),
        None => Err(FlowError::NoCode),
    }
}

type Slot = Arc<Mutex<Option<oneshot::Sender<Result<SecretString, FlowError>>>>>;

struct ListenerState {
    path: String,
    expected_state: String,
    slot: Slot,
}

/// A listener on the redirect URI's own loopback port, answering only its path, once.
pub struct Loopback {
    listener: tokio::net::TcpListener,
    path: String,
}

impl Loopback {
    /// Binds exactly the redirect URI's address, before the user is sent to the browser,
    /// so a busy port fails early.
    pub async fn bind(addr: SocketAddr, path: &str) -> anyhow::Result<Self> {
        debug_assert!(addr.ip().is_loopback());
        let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| {
            format!(
                "could not listen on {addr} for the OAuth redirect (is another login or program using port {}?)",
                addr.port()
            )
        })?;
        Ok(Self {
            listener,
            path: if path.is_empty() {
                "/".into()
            } else {
                path.to_owned()
            },
        })
    }

    /// Where it listens.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Waits for the first request to the redirect path, answers it with a page, stops
    /// listening, and returns the code (or why there is none).
    pub async fn wait(
        self,
        expected_state: &str,
        timeout: Duration,
    ) -> Result<SecretString, FlowError> {
        let (tx, rx) = oneshot::channel();
        let shared = Arc::new(ListenerState {
            path: self.path,
            expected_state: expected_state.to_owned(),
            slot: Arc::new(Mutex::new(Some(tx))),
        });
        let app = Router::new()
            .fallback(redirect_handler)
            .with_state(shared.clone());
        let server = match super::serve(self.listener, app) {
            Ok(server) => server,
            Err(_) => return Err(FlowError::NoCode),
        };
        let result = match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(_)) => Err(FlowError::NoCode),
            Err(_) => Err(FlowError::Timeout(timeout.as_secs())),
        };
        // Give the page a moment to reach the browser; then the port is closed.
        server.stop(Duration::from_secs(2)).await;
        result
    }
}

async fn redirect_handler(State(shared): State<Arc<ListenerState>>, request: Request) -> Response {
    if request.method() != Method::GET || request.uri().path() != shared.path {
        return (
            StatusCode::NOT_FOUND,
            Html(page("oc-acuity: not found", "Nothing here.")),
        )
            .into_response();
    }
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(request.uri().query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let outcome = outcome_of(&query, &shared.expected_state);
    if let Err(FlowError::StateMismatch) = outcome {
        // Not this login's answer (any local process or web page can send one): say so,
        // and keep waiting for the real one.
        return (
            StatusCode::BAD_REQUEST,
            Html(page(
                "oc-acuity: not this login",
                "This request does not carry this login's state, so it was ignored. \
                 The login goes on: finish it in the tab oc-acuity opened.",
            )),
        )
            .into_response();
    }
    let Some(tx) = shared.slot.lock().expect("listener lock").take() else {
        return (
            StatusCode::GONE,
            Html(page(
                "oc-acuity: already done",
                "This login has already finished. You can close this tab.",
            )),
        )
            .into_response();
    };
    let response = match &outcome {
        Ok(_) => (
            StatusCode::OK,
            Html(page(
                "oc-acuity: authorized",
                "oc-acuity received the authorization. You can close this tab and return to the terminal.",
            )),
        ),
        Err(e) => (
            StatusCode::BAD_REQUEST,
            Html(page("oc-acuity: authorization failed", &e.to_string())),
        ),
    };
    let _ = tx.send(outcome);
    response.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_redirect_uris() {
        let of = |s: &str| Redirect::of(&Url::parse(s).unwrap());
        assert!(matches!(
            of("http://127.0.0.1:8765/cb"),
            Redirect::Loopback { .. }
        ));
        assert!(matches!(
            of("http://[::1]:8765/cb"),
            Redirect::Loopback { .. }
        ));
        assert!(matches!(
            of("http://localhost:8765/cb"),
            Redirect::Loopback { .. }
        ));
        assert_eq!(
            of("http://127.0.0.1/cb"),
            Redirect::Paste,
            "no explicit port"
        );
        assert_eq!(of("https://app.example.com/cb"), Redirect::Paste);
        assert_eq!(
            of("https://127.0.0.1:8765/cb"),
            Redirect::Paste,
            "we serve no TLS"
        );
    }

    #[test]
    fn parses_pasted_urls_queries_and_bare_codes() {
        use secrecy::ExposeSecret;
        let ok = parse_pasted("https://app.example.com/cb?code=abc&state=st", "st").unwrap();
        assert_eq!(ok.expose_secret(), "abc");
        assert_eq!(
            parse_pasted("code=abc&state=st", "st")
                .unwrap()
                .expose_secret(),
            "abc"
        );
        assert_eq!(
            parse_pasted("  abc \n", "st").unwrap().expose_secret(),
            "abc"
        );
        assert!(matches!(
            parse_pasted("https://a/cb?code=abc&state=other", "st"),
            Err(FlowError::StateMismatch)
        ));
        assert!(matches!(
            parse_pasted("https://a/cb?code=abc", "st"),
            Err(FlowError::StateMismatch)
        ));
        assert!(matches!(
            parse_pasted("https://a/cb?error=access_denied&state=st", "st"),
            Err(FlowError::Denied { .. })
        ));
        assert!(matches!(parse_pasted("", "st"), Err(FlowError::NoCode)));
    }
}
