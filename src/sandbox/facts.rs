//! The facts about the real services that the emulator enforces, kept here on their own
//! (not taken from the client's constants), so that a wrong constant in the client fails
//! against the sandbox instead of passing on both sides. Sources:
//! `../shared/reference/open-connectors.md` and `../shared/reference/acuity.md`.

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use url::Url;

/// The Acuity Scheduling connector's key on the platform.
pub const ELEMENT_KEY: &str = "acuityscheduling";

/// The events Acuity's dynamic webhooks API accepts.
pub const ACUITY_EVENTS: [&str; 5] = [
    "appointment.scheduled",
    "appointment.rescheduled",
    "appointment.canceled",
    "appointment.changed",
    "order.completed",
];

/// Acuity's limit of webhooks per account (the 26th is refused with a 400).
pub const ACUITY_MAX_WEBHOOKS: usize = 25;

/// The header Acuity signs its webhooks with: base64(HMAC-SHA256(body, API key)).
pub const ACUITY_SIGNATURE_HEADER: &str = "X-Acuity-Signature";

/// The header the platform signs event deliveries with: `sha256=` + base64(HMAC-SHA256).
pub const PLATFORM_SIGNATURE_HEADER: &str = "Elements-Webhook-Signature";

/// base64(HMAC-SHA256(body, key)), as Acuity signs.
pub fn acuity_signature(body: &[u8], key: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key length");
    mac.update(body);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// `sha256=<base64(HMAC-SHA256(body, key))>`, as the platform signs.
pub fn platform_signature(body: &[u8], key: &str) -> String {
    format!("sha256={}", acuity_signature(body, key))
}

/// An absolute http(s) URL with a host, as the services accept for redirect URIs and
/// webhook targets.
pub fn http_url(raw: &str) -> Result<Url, String> {
    let url = Url::parse(raw.trim()).map_err(|e| format!("{raw:?} is not a valid URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(format!("{raw:?} is not an http(s) URL with a host"));
    }
    Ok(url)
}
