//! The platform half of the sandbox: the oauth/url and instance endpoints, with the real
//! service's Authorization check and error shape `{"requestId", "message"}`.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::facts::{self, ELEMENT_KEY};
use super::state::{State as SandboxState, StoredEvent, StoredInstance};
use super::{Shared, random_hex};

/// Default page of `GET /instances`, and its maximum (both documented: "defaults to 200,
/// maximum of 200").
const DEFAULT_PAGE_SIZE: usize = 200;
const MAX_PAGE_SIZE: usize = 200;

/// Configuration keys the platform answers as `********`: the secrets (accepted, never
/// kept or echoed) and the OAuth client id, which the platform masks too (churros).
const MASKED_KEYS: [&str; 3] = [
    "oauth.api.key",
    "oauth.api.secret",
    "event.notification.signature.key",
];

pub(super) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .route("/elements/{key}/oauth/url", get(oauth_url))
        .route("/elements/{key}/instances", get(list_element_instances))
        .route("/instances", get(list_instances).post(create_instance))
        .route("/instances/{id}/events", get(instance_events))
        .route(
            "/instances/{id}",
            get(get_instance)
                .put(reauthorize_instance)
                .delete(delete_instance)
                .patch(patch_instance),
        )
        .route("/events/{key}/{encoded}", post(receive_acuity_webhook))
}

type Reply = Result<Response, Failure>;

/// An error answer in the platform's shape: `{"requestId", "message"}`.
struct Failure {
    status: StatusCode,
    message: String,
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let body = json!({"requestId": random_hex(12), "message": self.message});
        (self.status, axum::Json(body)).into_response()
    }
}

fn error(status: StatusCode, message: impl Into<String>) -> Failure {
    Failure {
        status,
        message: message.into(),
    }
}

/// The platform accepts `User <secret>, Organization <secret>`, and with `, Element
/// <token>` a call made as an instance; any secrets and tokens here.
fn check_authorization(headers: &HeaderMap) -> Result<(), Failure> {
    let value = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let given = |part: Option<&str>, name: &str| {
        part.and_then(|p| p.strip_prefix(name))
            .is_some_and(|s| !s.trim().is_empty())
    };
    let mut parts = value.split(", ");
    let (user, org, element, more) = (parts.next(), parts.next(), parts.next(), parts.next());
    let well_formed = given(user, "User ")
        && given(org, "Organization ")
        && (element.is_none() || given(element, "Element "))
        && more.is_none();
    if well_formed {
        Ok(())
    } else {
        Err(error(
            StatusCode::UNAUTHORIZED,
            "Invalid Organization or User secret, or invalid Element token provided.",
        ))
    }
}

fn check_element(key: &str) -> Result<(), Failure> {
    if key == ELEMENT_KEY {
        Ok(())
    } else {
        Err(error(
            StatusCode::NOT_FOUND,
            format!("No element found with key {key}"),
        ))
    }
}

fn internal(e: anyhow::Error) -> Failure {
    error(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}"))
}

async fn with_state<T>(
    shared: &Shared,
    change: impl FnOnce(&mut SandboxState) -> Result<T, Failure>,
) -> Result<T, Failure> {
    super::with_state(shared, internal, change).await
}

/// Reads the state without writing it.
fn read_state<T>(
    shared: &Shared,
    read: impl FnOnce(&SandboxState) -> Result<T, Failure>,
) -> Result<T, Failure> {
    super::read_state(shared, internal, read)
}

/// Adds `count` instances named `<prefix>-<id>` and tagged `<prefix>` (`POST
/// /sandbox/seed`), configured as a create without events would leave them.
pub(super) fn seed(state: &mut SandboxState, count: usize, prefix: &str) {
    let created_date = now_rfc3339();
    let mut configuration = Map::new();
    configuration.insert("oauth.api.key".into(), json!("********"));
    configuration.insert("oauth.api.secret".into(), json!("********"));
    configuration.insert(
        "oauth.callback.url".into(),
        json!("https://app.example.com/cb"),
    );
    configuration.insert("event.notification.enabled".into(), json!(false));
    state.instances.reserve(count);
    for _ in 0..count {
        let id = state.allocate_id();
        state.instances.push(StoredInstance {
            id,
            name: format!("{prefix}-{id}"),
            token: random_token(),
            tags: vec![prefix.to_owned()],
            configuration: configuration.clone(),
            created_date: created_date.clone(),
            signature_key: None,
        });
    }
}

#[derive(Debug, Deserialize)]
struct OAuthUrlQuery {
    #[serde(rename = "apiKey")]
    api_key: Option<String>,
    #[serde(rename = "apiSecret")]
    api_secret: Option<String>,
    #[serde(rename = "callbackUrl")]
    callback_url: Option<String>,
    /// The client's own OAuth state, put in the consent URL (documented); without it the
    /// element key is.
    state: Option<String>,
}

async fn oauth_url(
    State(shared): State<Arc<Shared>>,
    Path(key): Path<String>,
    headers: HeaderMap,
    Query(q): Query<OAuthUrlQuery>,
) -> Reply {
    check_authorization(&headers)?;
    check_element(&key)?;
    let missing = [
        ("apiKey", &q.api_key),
        ("apiSecret", &q.api_secret),
        ("callbackUrl", &q.callback_url),
    ]
    .into_iter()
    .find(|(_, v)| v.as_deref().is_none_or(str::is_empty));
    if let Some((name, _)) = missing {
        return Err(error(
            StatusCode::BAD_REQUEST,
            format!("Missing required query parameter {name}"),
        ));
    }
    let mut consent = shared
        .base
        .join("acuity/oauth2/authorize")
        .expect("valid path");
    consent
        .query_pairs_mut()
        .append_pair("scope", "api-v1")
        .append_pair("response_type", "code")
        .append_pair(
            "redirect_uri",
            q.callback_url.as_deref().unwrap_or_default(),
        )
        .append_pair(
            "state",
            q.state
                .as_deref()
                .filter(|s| !s.is_empty())
                .unwrap_or(ELEMENT_KEY),
        )
        .append_pair("client_id", q.api_key.as_deref().unwrap_or_default());
    Ok(axum::Json(json!({"oauthUrl": consent.as_str(), "element": ELEMENT_KEY})).into_response())
}

async fn create_instance(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    check_authorization(&headers)?;
    let json_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !json_type {
        return Err(error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/json",
        ));
    }
    let body = json_body(&body)?;
    let new = NewInstance::parse(&body).map_err(|m| error(StatusCode::BAD_REQUEST, m))?;
    check_element(&new.element_key)?;
    let stored = with_state(&shared, |state| {
        let instance = StoredInstance {
            id: state.allocate_id(),
            name: new.name,
            token: random_token(),
            tags: new.tags,
            configuration: new.configuration,
            created_date: now_rfc3339(),
            signature_key: new.signature_key,
        };
        state.instances.push(instance.clone());
        Ok(instance)
    })
    .await?;
    Ok(axum::Json(render(&stored)).into_response())
}

/// The parts of a `POST /instances` body the platform requires, checked like the service.
struct NewInstance {
    element_key: String,
    name: String,
    tags: Vec<String>,
    configuration: Map<String, Value>,
    signature_key: Option<String>,
}

impl NewInstance {
    fn parse(body: &Value) -> Result<Self, String> {
        let text = |pointer: &str| {
            body.pointer(pointer)
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
                .map(str::to_owned)
        };
        let element_key = text("/element/key").ok_or("element.key is required")?;
        text("/providerData/code").ok_or("providerData.code is required")?;
        let name = text("/name").ok_or("name is required")?;
        let mut configuration = body
            .get("configuration")
            .and_then(Value::as_object)
            .cloned()
            .ok_or("configuration is required")?;
        for key in ["oauth.api.key", "oauth.api.secret", "oauth.callback.url"] {
            let present = configuration
                .get(key)
                .and_then(Value::as_str)
                .is_some_and(|s| !s.trim().is_empty());
            if !present {
                return Err(format!("configuration.{key} is required"));
            }
        }
        check_events(&configuration)?;
        let tags = match body.get("tags") {
            None => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|t| t.as_str().map(str::to_owned).ok_or("tags must be strings"))
                .collect::<Result<_, _>>()?,
            Some(_) => return Err("tags must be an array of strings".into()),
        };
        let signature_key = configuration
            .get("event.notification.signature.key")
            .and_then(Value::as_str)
            .map(str::to_owned);
        mask_secrets(&mut configuration);
        Ok(Self {
            element_key,
            name,
            tags,
            configuration,
            signature_key,
        })
    }
}

/// `event.notification.enabled` is a boolean (as JSON, or the strings "true"/"false",
/// which the docs' own examples send), and the callback URL is required when it is true.
fn check_events(configuration: &Map<String, Value>) -> Result<(), String> {
    let events = match configuration.get("event.notification.enabled") {
        None => false,
        Some(value) => as_bool(value)
            .ok_or_else(|| format!("event.notification.enabled must be a boolean, got {value}"))?,
    };
    let callback = configuration
        .get("event.notification.callback.url")
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty());
    if events && callback.is_none() {
        return Err("event.notification.callback.url is required when events are enabled".into());
    }
    Ok(())
}

/// A configuration boolean: `true`/`false`, or the same as a string.
fn as_bool(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

fn mask_secrets(configuration: &mut Map<String, Value>) {
    for key in MASKED_KEYS {
        if configuration.contains_key(key) {
            configuration.insert(key.to_owned(), Value::String("********".into()));
        }
    }
}

/// An instance as the platform shows it, with its configuration and tags.
fn render(instance: &StoredInstance) -> Value {
    let events = instance
        .configuration
        .get("event.notification.enabled")
        .and_then(as_bool)
        .unwrap_or(false);
    json!({
        "id": instance.id,
        "name": instance.name,
        "createdDate": instance.created_date,
        "token": instance.token,
        "element": {"id": 6156, "key": ELEMENT_KEY, "name": "Acuity Scheduling"},
        "elementId": 6156,
        "tags": instance.tags,
        "valid": true,
        "disabled": false,
        "providerData": {},
        "configuration": instance.configuration,
        "eventsEnabled": events,
        "user": {"id": 1},
    })
}

#[derive(Debug, Deserialize)]
struct Paging {
    #[serde(rename = "pageSize")]
    page_size: Option<usize>,
    #[serde(rename = "nextPage")]
    next_page: Option<String>,
}

/// One connector's instances, whole (configuration and tags), in pages of any size; an
/// account without any answers 404 (see `facts`).
async fn list_element_instances(
    State(shared): State<Arc<Shared>>,
    Path(key): Path<String>,
    headers: HeaderMap,
    Query(paging): Query<Paging>,
) -> Reply {
    check_authorization(&headers)?;
    check_element(&key)?;
    let empty = read_state(&shared, |state| Ok(state.instances.is_empty()))?;
    if empty {
        return Err(error(StatusCode::NOT_FOUND, "No instances found"));
    }
    let listing = Listing {
        page_size: paging.page_size.unwrap_or(DEFAULT_PAGE_SIZE).max(1),
        start: page_start(paging.next_page.as_deref())?,
        hydrate: true,
        ..Listing::default()
    };
    listing.answer(&shared)
}

/// What one `GET /instances` asks for: the query parameters its description lists.
#[derive(Debug, Default)]
struct Listing {
    /// `searchText`: matched against the name and the element key (see `facts`).
    search: Option<String>,
    /// `tags[]`: an instance must carry each.
    tags: Vec<String>,
    page_size: usize,
    /// Where the page starts in the matching instances (from `nextPage`).
    start: usize,
    /// `hydrate`: configuration and tags only when true.
    hydrate: bool,
}

impl Listing {
    /// The query of `GET /instances`; any parameter its description does not list is 400.
    fn parse(query: Option<&str>) -> Result<Self, Failure> {
        let bad = |m: String| error(StatusCode::BAD_REQUEST, m);
        let mut listing = Self {
            page_size: DEFAULT_PAGE_SIZE,
            ..Self::default()
        };
        for (name, value) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            match &*name {
                "searchText" => listing.search = Some(value.into_owned()),
                "tags[]" => listing.tags.push(value.into_owned()),
                "pageSize" => {
                    listing.page_size = value
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
                        .ok_or_else(|| {
                            bad(format!(
                                "pageSize must be a number from 1 to {MAX_PAGE_SIZE}, got {value:?}"
                            ))
                        })?;
                }
                "nextPage" => listing.start = page_start(Some(&value))?,
                "hydrate" => {
                    listing.hydrate = as_bool(&Value::String(value.clone().into_owned()))
                        .ok_or_else(|| {
                            bad(format!("hydrate must be true or false, got {value:?}"))
                        })?;
                }
                other => return Err(bad(format!("Unknown query parameter {other:?}"))),
            }
        }
        Ok(listing)
    }

    fn matches(&self, instance: &StoredInstance) -> bool {
        let found = self.search.as_deref().is_none_or(|search| {
            let search = search.to_lowercase();
            instance.name.to_lowercase().contains(&search) || ELEMENT_KEY.contains(&search)
        });
        found && self.tags.iter().all(|tag| instance.tags.contains(tag))
    }

    /// The page asked for, with `elements-next-page-token` when more match.
    fn answer(&self, shared: &Shared) -> Reply {
        let (page, more) = read_state(shared, |state| {
            let mut matching = state.instances.iter().filter(|i| self.matches(i));
            let page: Vec<Value> = matching
                .by_ref()
                .skip(self.start)
                .take(self.page_size)
                .map(|i| {
                    if self.hydrate {
                        render(i)
                    } else {
                        render_bare(i)
                    }
                })
                .collect();
            Ok((page, matching.next().is_some()))
        })?;
        let mut response = axum::Json(page).into_response();
        if more {
            let token = format!("sbx-page-{}", self.start + self.page_size);
            response.headers_mut().insert(
                "elements-next-page-token",
                HeaderValue::from_str(&token).expect("ascii"),
            );
        }
        Ok(response)
    }
}

/// Where the page of a `nextPage` token starts (none: the first page).
fn page_start(token: Option<&str>) -> Result<usize, Failure> {
    match token {
        None | Some("") => Ok(0),
        Some(token) => token
            .strip_prefix("sbx-page-")
            .and_then(|n| n.parse::<usize>().ok())
            .ok_or_else(|| error(StatusCode::BAD_REQUEST, "Invalid nextPage token")),
    }
}

/// An instance as a listing without `hydrate=true` shows it: no configuration, no tags,
/// and nothing read from them (whether events are on).
fn render_bare(instance: &StoredInstance) -> Value {
    let mut record = render(instance);
    if let Some(fields) = record.as_object_mut() {
        for key in ["configuration", "tags", "eventsEnabled"] {
            fields.remove(key);
        }
    }
    record
}

/// `GET /instances` (the query: see [`Listing::parse`]).
async fn list_instances(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Reply {
    check_authorization(&headers)?;
    Listing::parse(query.as_deref())?.answer(&shared)
}

/// `GET /instances/{id}/events`: the events received for the instance, newest first, as
/// Event records `{id, eventDate, status, providerData, notifiedData[],
/// eventElementInstances[]}`. Its description lists no query parameter: any is 400.
async fn instance_events(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
) -> Reply {
    check_authorization(&headers)?;
    let id = parse_id(&id)?;
    if let Some((name, _)) = query
        .as_deref()
        .and_then(|q| url::form_urlencoded::parse(q.as_bytes()).next())
    {
        return Err(error(
            StatusCode::BAD_REQUEST,
            format!("Unknown query parameter {name:?}"),
        ));
    }
    let events = read_state(&shared, |state| {
        if !state.instances.iter().any(|i| i.id == id) {
            return Err(not_found(id));
        }
        Ok(state
            .events
            .iter()
            .rev()
            .filter(|e| e.instance_id == id)
            .map(render_event)
            .collect::<Vec<_>>())
    })?;
    Ok(axum::Json(events).into_response())
}

/// An event as the platform's Event record shows it.
fn render_event(event: &StoredEvent) -> Value {
    json!({
        "id": event.id,
        "eventDate": event.event_date,
        "status": event.status,
        "providerData": event.provider_data,
        "notifiedData": event.notified_data,
        "eventElementInstances": [{
            "eventId": event.id,
            "elementInstanceId": event.instance_id,
            "notificationId": event.notification_id,
            "notifiedData": event.notified_data,
            "createdDate": event.event_date,
            "updatedDate": event.event_date,
        }],
    })
}

/// A request's JSON body, or the platform's 400.
fn json_body(body: &[u8]) -> Result<Value, Failure> {
    serde_json::from_slice(body)
        .map_err(|e| error(StatusCode::BAD_REQUEST, format!("Malformed JSON body: {e}")))
}

fn parse_id(raw: &str) -> Result<u64, Failure> {
    raw.parse().map_err(|_| {
        error(
            StatusCode::BAD_REQUEST,
            format!("Invalid instance id {raw}"),
        )
    })
}

fn not_found(id: u64) -> Failure {
    error(
        StatusCode::NOT_FOUND,
        format!("No instance found with id {id}"),
    )
}

async fn get_instance(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Reply {
    check_authorization(&headers)?;
    let id = parse_id(&id)?;
    let found = read_state(&shared, |state| {
        state
            .instances
            .iter()
            .find(|i| i.id == id)
            .map(render)
            .ok_or_else(|| not_found(id))
    })?;
    Ok(axum::Json(found).into_response())
}

async fn delete_instance(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Reply {
    check_authorization(&headers)?;
    let id = parse_id(&id)?;
    with_state(&shared, |state| {
        let before = state.instances.len();
        state.instances.retain(|i| i.id != id);
        state.events.retain(|e| e.instance_id != id);
        if state.instances.len() == before {
            Err(not_found(id))
        } else {
            Ok(())
        }
    })
    .await?;
    Ok(axum::Json(json!({})).into_response())
}

/// `PUT /instances/{id}`: the create body again, with a new grant code; the instance
/// keeps its id (and so its Webhook URL) and gets a new token.
async fn reauthorize_instance(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    check_authorization(&headers)?;
    let id = parse_id(&id)?;
    let body = json_body(&body)?;
    let new = NewInstance::parse(&body).map_err(|m| error(StatusCode::BAD_REQUEST, m))?;
    check_element(&new.element_key)?;
    let updated = with_state(&shared, |state| {
        let instance = state
            .instances
            .iter_mut()
            .find(|i| i.id == id)
            .ok_or_else(|| not_found(id))?;
        instance.name = new.name;
        instance.tags = new.tags;
        instance.configuration = new.configuration;
        instance.signature_key = new.signature_key;
        instance.token = random_token();
        Ok(render(instance))
    })
    .await?;
    Ok(axum::Json(updated).into_response())
}

/// A token shaped like the platform's (`ABC/Dxxx...`): base64 text with a slash.
fn random_token() -> String {
    let hex = random_hex(24);
    format!("{}/{}=", &hex[..8], &hex[8..])
}

/// Now as `YYYY-MM-DDTHH:MM:SSZ`, without a date crate.
fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

async fn patch_instance(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Reply {
    check_authorization(&headers)?;
    let id = parse_id(&id)?;
    let body = json_body(&body)?;
    // The documented PATCH sends only what changes: `{id, tags}`, `{configuration}`, ...
    let mut changes = match body.get("configuration") {
        None => Map::new(),
        Some(Value::Object(changes)) => changes.clone(),
        Some(_) => {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "configuration must be an object",
            ));
        }
    };
    let tags = match body.get("tags") {
        None => None,
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .map(|t| t.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| error(StatusCode::BAD_REQUEST, "tags must be strings"))?,
        ),
        Some(_) => return Err(error(StatusCode::BAD_REQUEST, "tags must be an array")),
    };
    let name = match body.get("name") {
        None => None,
        Some(Value::String(n)) if !n.trim().is_empty() => Some(n.clone()),
        Some(_) => {
            return Err(error(
                StatusCode::BAD_REQUEST,
                "name must be a non-empty string",
            ));
        }
    };
    let signature_key = changes
        .get("event.notification.signature.key")
        .and_then(Value::as_str)
        .map(str::to_owned);
    mask_secrets(&mut changes);
    let updated = with_state(&shared, |state| {
        let instance = state
            .instances
            .iter_mut()
            .find(|i| i.id == id)
            .ok_or_else(|| not_found(id))?;
        let mut merged = instance.configuration.clone();
        merged.extend(changes);
        check_events(&merged).map_err(|m| error(StatusCode::BAD_REQUEST, m))?;
        instance.configuration = merged;
        if signature_key.is_some() {
            instance.signature_key = signature_key;
        }
        if let Some(tags) = tags {
            instance.tags = tags;
        }
        if let Some(name) = name {
            instance.name = name;
        }
        Ok(render(instance))
    })
    .await?;
    Ok(axum::Json(updated).into_response())
}

/// The platform's receiving end of Acuity's webhooks (the instance's Webhook URL): takes
/// Acuity's form-encoded delivery, normalizes it, and POSTs it to the instance's
/// `event.notification.callback.url`, signed when the instance has a signature key.
///
/// The delivery carries only what the platform documents: an `Elements-Webhook-Id` header,
/// and `{"message": {"eventId", "raw": {...}, "events": [{"eventType", "objectType",
/// "objectId", "elementKey"}]}}`. The action-to-eventType mapping is assumed (see `facts`).
/// Every webhook received is kept as an event of the instance (`GET
/// /instances/{id}/events`), with what became of it: delivered, failed, or only received
/// (events off).
async fn receive_acuity_webhook(
    State(shared): State<Arc<Shared>>,
    Path((key, encoded)): Path<(String, String)>,
    body: Bytes,
) -> Reply {
    check_element(&key)?;
    let id = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, &encoded)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| text.parse::<u64>().ok())
        .ok_or_else(|| {
            error(
                StatusCode::NOT_FOUND,
                format!("No instance found for {encoded}"),
            )
        })?;
    let instance = read_state(&shared, |state| {
        state
            .instances
            .iter()
            .find(|i| i.id == id)
            .cloned()
            .ok_or_else(|| not_found(id))
    })?;
    let raw: Map<String, Value> = url::form_urlencoded::parse(&body)
        .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
        .collect();
    let action = raw
        .get("action")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let object_id = raw
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let enabled = instance
        .configuration
        .get("event.notification.enabled")
        .and_then(as_bool)
        == Some(true);
    let callback = instance
        .configuration
        .get("event.notification.callback.url")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let (object_type, event_type) = facts::acuity_event_type(&action);
    let notified = vec![json!({
        "eventType": event_type,
        "objectType": object_type,
        "objectId": object_id,
        "elementKey": ELEMENT_KEY,
    })];
    let mut event = StoredEvent {
        id: 0,
        instance_id: id,
        event_date: now_rfc3339(),
        status: facts::EVENT_RECEIVED.to_owned(),
        provider_data: Value::Object(raw.clone()),
        notified_data: notified.clone(),
        notification_id: None,
    };
    let Some(callback) = callback.filter(|_| enabled) else {
        with_state(&shared, |state| {
            state.record_event(event);
            Ok(())
        })
        .await?;
        return Ok(axum::Json(
            json!({"delivered": false, "reason": "events are off for this instance"}),
        )
        .into_response());
    };
    let event_id = random_hex(12);
    let delivery = json!({"message": {
        "eventId": event_id,
        "raw": raw,
        "events": notified,
    }});
    let bytes = serde_json::to_vec(&delivery).expect("JSON serializes");
    let mut request = shared
        .http
        .post(&callback)
        .header(header::CONTENT_TYPE, "application/json")
        .header(facts::PLATFORM_WEBHOOK_ID_HEADER, &event_id);
    if let Some(key) = &instance.signature_key {
        request = request.header(
            facts::PLATFORM_SIGNATURE_HEADER,
            facts::platform_signature(&bytes, key),
        );
    }
    let (delivered, outcome) = match request.body(bytes).send().await {
        Ok(response) => {
            let delivered = response.status().is_success();
            (
                delivered,
                json!({"delivered": delivered, "status": response.status().as_u16()}),
            )
        }
        // The platform would queue and retry; the sandbox reports it.
        Err(e) => (
            false,
            json!({"delivered": false, "error": e.without_url().to_string()}),
        ),
    };
    event.status = if delivered {
        facts::EVENT_DELIVERED
    } else {
        facts::EVENT_FAILED
    }
    .to_owned();
    event.notification_id = Some(event_id);
    with_state(&shared, |state| {
        state.record_event(event);
        Ok(())
    })
    .await?;
    Ok(axum::Json(outcome).into_response())
}
