//! The facts about the real services that the emulator enforces, kept here on their own
//! (not taken from the client's constants), so that a wrong constant in the client fails
//! against the sandbox instead of passing on both sides. Sources:
//! `../shared/reference/open-connectors.md` (OC) and `../shared/reference/acuity.md` (AC).
//!
//! Be lenient in what the emulator takes, strict in what the client sends. Where the
//! public record is silent, the sandbox does what the real service plausibly does; every
//! such behaviour is listed here:
//!
//! | behaviour | source |
//! |---|---|
//! | Webhook URL `<root>/events/acuityscheduling/<base64(id)>` accepted, also on another host's root | OC: documented for other connectors, UNCONFIRMED for Acuity; the console may show another host |
//! | an empty `GET /elements/{key}/instances` answers 404 `No instances found` | OC: heimdall reads a 404 as "no instances" |
//! | `GET /instances` takes `searchText`, `tags[]`, `pageSize` (default 200, at most 200: more is 400), `nextPage` (the `elements-next-page-token` answer header) and `hydrate`; any other query parameter is 400 | OC: the Instances API's own description (SPEC) lists these and no others; no total-count header |
//! | `searchText` matches a case-insensitive substring of the name or of the element key | UNCONFIRMED (SPEC: "search by instance name or element key", how is not said) |
//! | `tags[]` given more than once: an instance must carry every tag | assumed |
//! | a listing without `hydrate=true` carries no `configuration`, no `tags` (and no `eventsEnabled`, which is read from the configuration) | OC: SPEC, `hydrate` "retrieve element instance configuration and tag information" |
//! | `GET /elements/{key}/instances` answers whole records, in pages of any size | UNCONFIRMED (not in SPEC; heimdall) |
//! | answers show `oauth.api.key` and `oauth.api.secret` as `********` | OC: churros |
//! | `oauth/url` puts its `state` query parameter in the consent URL; without it, the element key | OC: the platform documents `state`; the default is assumed |
//! | `GET /instances/{id}/events`: every Acuity webhook the instance received, newest first, as Event `{id, eventDate, status, providerData, notifiedData[], eventElementInstances[]}`; no query parameter | OC: SPEC (record shape); which events are kept, their order and the absence of paging are assumed |
//! | Event `status` is `delivered` (the callback answered 2xx), `failed` (it did not, or could not be reached), `received` (events off: nothing sent) | UNCONFIRMED: SPEC does not list the values |
//! | `event.notification.enabled` taken as a JSON boolean or the strings "true"/"false" | OC: the docs' examples send both |
//! | `PATCH /instances/{id}` takes any of `name`, `tags`, `configuration` | OC: the documented PATCH sends only `{id, tags}` |
//! | `PUT /instances/{id}` with the create body authorizes again, same id, new token | OC: heimdall |
//! | event deliveries carry `Elements-Webhook-Id` and `message.{eventId, raw, events[]}` with `eventType`, `objectType`, `objectId`, `elementKey`, nothing more | OC: formula samples, churros; `elementKey`: SAP events overview |
//! | an `appointment.changed` webhook fires on every appointment change, with `action=changed`; the others with their own action | AC: Acuity documents `changed` for that webhook |
//! | Acuity `action` to `eventType`: scheduled CREATED, rescheduled/changed UPDATED, canceled DELETED, order.completed CREATED (object `order`) | assumed |
//! | a failed delivery is reported in the webhook's answer, not retried | assumed (the platform retries 9 times over about 73 hours, OC) |
//! | webhook targets on loopback accepted on any port (Acuity allows 80 and 443 only) | assumed, so that the loop runs on one machine |
//! | the consent page checks `response_type=code`, `client_id`, `redirect_uri` and `scope=api-v1` | AC |
//! | tokens look like `xxxxxxxx/xxxx...=`, ids start at 10001 | assumed (shape of the documented examples) |

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

/// The `status` of a kept event whose delivery the callback URL took (2xx).
/// UNCONFIRMED values, like the two below: the platform's description does not list them.
pub const EVENT_DELIVERED: &str = "delivered";
/// The `status` of a kept event whose delivery failed (non-2xx, or no answer).
pub const EVENT_FAILED: &str = "failed";
/// The `status` of a kept event of an instance with events off: received, sent nowhere.
pub const EVENT_RECEIVED: &str = "received";

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

/// The header that identifies one event delivery (the same on each retry of it).
pub const PLATFORM_WEBHOOK_ID_HEADER: &str = "Elements-Webhook-Id";

/// The scope Acuity's consent page requires.
pub const ACUITY_SCOPE: &str = "api-v1";

/// The platform's normalized `(objectType, eventType)` of an Acuity webhook's `action`
/// (assumed: the platform does not document its Acuity mapping).
pub fn acuity_event_type(action: &str) -> (&'static str, &'static str) {
    match action {
        "scheduled" => ("appointment", "CREATED"),
        "rescheduled" | "changed" => ("appointment", "UPDATED"),
        "canceled" => ("appointment", "DELETED"),
        "order.completed" => ("order", "CREATED"),
        _ => ("unknown", "UNKNOWN"),
    }
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
