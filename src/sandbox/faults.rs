//! Fault injection, so that tests reach every branch of the client's error handling: the
//! next matching requests are answered with a status (and `Retry-After`), delayed,
//! redirected, cut off, or lose their answer after the sandbox has acted on them.
//!
//! Faults come from `OC_ACUITY_SANDBOX_FAULTS` (a JSON array, read when the sandbox
//! starts, so `--sandbox` runs can be given them) and from `POST /sandbox/faults` on a
//! running sandbox. Each applies to `times` requests (default 1), first come first used.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::Shared;

/// The environment variable that carries faults for an in-process sandbox.
pub const ENV: &str = "OC_ACUITY_SANDBOX_FAULTS";

/// One fault: which requests it matches, and what happens to them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Fault {
    /// Only requests with this method (any when absent).
    pub method: Option<String>,
    /// Only requests whose path ends with this (any when absent), e.g. `/instances`.
    pub path: Option<String>,
    /// How many requests it applies to (default 1).
    pub times: Option<u32>,
    /// How many matching requests pass untouched before it applies (default 0).
    pub skip: u32,
    /// Wait this long before answering: before the sandbox acts, or with `after`, once
    /// it has acted (the request took effect and its answer comes late, past a client's
    /// time limit say).
    pub delay_ms: Option<u64>,
    /// Answer with this status and the service's error body.
    pub status: Option<u16>,
    /// With `status`: the `Retry-After` header's value.
    pub retry_after: Option<String>,
    /// Answer 307 to this URL.
    pub redirect: Option<String>,
    /// Close the connection instead of answering.
    pub drop: bool,
    /// Send only the first half of the real answer's body.
    pub truncate: bool,
    /// Let the sandbox act on the request first (create the instance, say), then apply
    /// `status` or `drop`: the answer is lost although the request took effect.
    pub after: bool,
}

impl Fault {
    fn matches(&self, method: &str, path: &str) -> bool {
        self.method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self.path.as_deref().is_none_or(|p| path.ends_with(p))
    }
}

/// Faults from [`ENV`]; a malformed value is an error (a test that sets it wants them).
/// Bad input like any other: exit 2, naming the variable.
pub fn from_env() -> anyhow::Result<Vec<Fault>> {
    let bad = |why: String| crate::error::CliError::usage(format!("{ENV} {why}"));
    // Not UTF-8, empty or only whitespace: refused as every OC_ACUITY_* value is.
    let faults: Vec<Fault> = match crate::settings::env_value(ENV)? {
        Some(text) => serde_json::from_str(&text)
            .map_err(|e| bad(format!("is not a JSON array of faults: {e}")))?,
        None => return Ok(Vec::new()),
    };
    check(&faults).map_err(bad)?;
    Ok(faults)
}

/// What makes faults unusable though they parse, from the environment or `POST
/// /sandbox/faults` alike: a status that is not HTTP's.
pub fn check(faults: &[Fault]) -> Result<(), String> {
    match faults
        .iter()
        .filter_map(|f| f.status)
        .find(|s| !(100..=599).contains(s))
    {
        Some(status) => Err(format!(
            "has the status {status}: an HTTP status is 100 to 599"
        )),
        None => Ok(()),
    }
}

/// Takes the first fault matching the request, counting it down (a fault still skipping
/// counts its skip down instead, and lets the request pass).
fn take(shared: &Shared, method: &str, path: &str) -> Option<Fault> {
    let mut faults = shared.faults.lock().expect("faults lock");
    let at = faults.iter().position(|f| f.matches(method, path))?;
    if faults[at].skip > 0 {
        faults[at].skip -= 1;
        return None;
    }
    let fault = faults[at].clone();
    let left = fault.times.unwrap_or(1).saturating_sub(1);
    if left == 0 {
        faults.remove(at);
    } else {
        faults[at].times = Some(left);
    }
    Some(fault)
}

/// The middleware that applies faults around every emulated endpoint.
pub(super) async fn inject(
    State(shared): State<Arc<Shared>>,
    request: Request,
    next: Next,
) -> Response {
    let (method, path) = (
        request.method().to_string(),
        request.uri().path().to_owned(),
    );
    let Some(fault) = take(&shared, &method, &path) else {
        return next.run(request).await;
    };
    let delay = fault.delay_ms.map(Duration::from_millis);
    if let Some(delay) = delay.filter(|_| !fault.after) {
        tokio::time::sleep(delay).await;
    }
    if let Some(location) = &fault.redirect {
        let mut response = StatusCode::TEMPORARY_REDIRECT.into_response();
        if let Ok(value) = HeaderValue::from_str(location) {
            response.headers_mut().insert(header::LOCATION, value);
        }
        return response;
    }
    // Before the sandbox acts: nothing happens but the fault.
    if !fault.after {
        if fault.drop {
            return dropped();
        }
        if let Some(status) = fault.status {
            return failure(status, fault.retry_after.as_deref());
        }
    }
    let real = next.run(request).await;
    if let Some(delay) = delay.filter(|_| fault.after) {
        tokio::time::sleep(delay).await;
    }
    if fault.drop {
        return dropped();
    }
    if let Some(status) = fault.status {
        return failure(status, fault.retry_after.as_deref());
    }
    if fault.truncate {
        return truncated(real).await;
    }
    real
}

/// An answer in the services' error shape.
fn failure(status: u16, retry_after: Option<&str>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::json!({
        "requestId": super::random_hex(12),
        "message": format!("sandbox fault: {status}"),
    });
    let mut response = (status, axum::Json(body)).into_response();
    if let Some(value) = retry_after.and_then(|v| HeaderValue::from_str(v).ok()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

/// A response whose body fails at once: the server closes the connection, and the client
/// never gets a readable answer.
fn dropped() -> Response {
    let failing = futures_util::stream::once(async {
        Err::<axum::body::Bytes, _>(std::io::Error::other("sandbox fault: connection dropped"))
    });
    let mut response = Response::new(Body::from_stream(failing));
    response
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from_static("1024"));
    response
}

/// The real answer, its body cut in half (the announced length stays the full one).
async fn truncated(real: Response) -> Response {
    let (mut parts, body) = real.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    let half = bytes.slice(..bytes.len() / 2);
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
    let cut = futures_util::stream::iter([
        Ok::<_, std::io::Error>(half),
        Err(std::io::Error::other("sandbox fault: answer cut off")),
    ]);
    Response::from_parts(parts, Body::from_stream(cut))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_match_method_and_path_suffix() {
        let fault = Fault {
            method: Some("post".into()),
            path: Some("/instances".into()),
            ..Fault::default()
        };
        assert!(fault.matches("POST", "/elements/api-v2/instances"));
        assert!(!fault.matches("GET", "/elements/api-v2/instances"));
        assert!(!fault.matches("POST", "/elements/api-v2/instances/1"));
        assert!(Fault::default().matches("DELETE", "/anything"));
    }

    #[test]
    fn faults_parse_from_json() {
        let faults: Vec<Fault> = serde_json::from_str(
            r#"[{"method":"POST","path":"/instances","status":502,"after":true,"times":2}]"#,
        )
        .unwrap();
        assert_eq!(faults[0].status, Some(502));
        assert!(faults[0].after);
        assert!(serde_json::from_str::<Vec<Fault>>(r#"[{"stauts":1}]"#).is_err());
    }
}
