//! Every HTTP call to the platform. Commands never build URLs or headers themselves.

use base64::Engine;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use url::Url;

use super::types::{
    ELEMENT_KEY, Instance, InstanceRequest, InstanceUpdate, OAuthClient, OAuthUrl, acuity_only,
};
use crate::api::http::{
    ClientOptions, Http, Resend, UnreadableAnswer, call_name, endpoint, readable_excerpt, redact,
};

/// The User and Organization secrets that authorize platform calls.
#[derive(Clone)]
pub struct PlatformAuth {
    pub user: SecretString,
    pub organization: SecretString,
}

impl PlatformAuth {
    fn header(&self) -> anyhow::Result<HeaderValue> {
        HeaderValue::from_str(&format!(
            "User {}, Organization {}",
            self.user.expose_secret(),
            self.organization.expose_secret()
        ))
        .map_err(|_| {
            anyhow::anyhow!(
                "the User or Organization secret contains characters not allowed in an HTTP header"
            )
        })
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
    /// What the user can do about it, when we can tell (a 404 from an API root that does
    /// not end in `/elements/api-v2`, say).
    pub hint: Option<String>,
}

impl ApiError {
    /// Takes `secrets` (what the call sent) out of the platform's words: an error body may
    /// echo the request's headers.
    fn redact(&mut self, secrets: &[SecretString]) {
        for text in [Some(&mut self.message), self.provider_message.as_mut()]
            .into_iter()
            .flatten()
        {
            *text = redact(text, secrets);
        }
    }

    /// 401 or 403: the secrets or the token were not accepted.
    pub fn is_auth(&self) -> bool {
        matches!(self.status, 401 | 403)
    }

    fn rejected(call: String, status: StatusCode, body: &[u8]) -> anyhow::Error {
        Self::from_response(call, status, body).into()
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
            hint: None,
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = StatusCode::from_u16(self.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("");
        // The remote's words are shown, never obeyed (no control characters).
        let clean = crate::term::output::escape_controls;
        write!(
            f,
            "the platform answered {} {reason} to {}: {}",
            self.status,
            self.call,
            clean(&self.message)
        )?;
        if let Some(provider) = self.provider_message.as_deref().filter(|p| !p.is_empty()) {
            write!(f, " (Acuity said: {})", clean(provider))?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [requestId {}]", clean(id))?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n{hint}")?;
        }
        Ok(())
    }
}

/// The platform's receiving URL for Acuity's webhooks:
/// `<API root>/events/acuityscheduling/<base64 of the decimal id>`.
/// The form is documented for other webhook connectors and UNCONFIRMED for Acuity, so it
/// lives here alone.
pub fn webhook_url(api_root: &Url, instance_id: u64) -> Url {
    let encoded = base64::engine::general_purpose::STANDARD.encode(instance_id.to_string());
    endpoint(api_root, &["events", ELEMENT_KEY, &encoded])
}

/// A client of one platform API root, authorized as one User and Organization.
pub struct Client {
    http: Http,
    root: Url,
    /// The secrets this client sends, to take out of any text the platform answers with
    /// (an error body may echo the request's headers).
    sent_secrets: [SecretString; 2],
}

impl Client {
    pub fn new(root: Url, auth: &PlatformAuth, options: ClientOptions) -> anyhow::Result<Self> {
        Ok(Self {
            http: Http::new(options, "--base-url / OC_ACUITY_BASE_URL", auth.header()?)?,
            root,
            sent_secrets: [auth.user.clone(), auth.organization.clone()],
        })
    }

    /// The API root this client talks to.
    pub fn root(&self) -> &Url {
        &self.root
    }

    /// How many times a failed request is tried again (`--retries`).
    pub fn retries(&self) -> u32 {
        self.http.retries()
    }

    /// Step 1: the URL of Acuity's consent page for this OAuth client.
    pub async fn oauth_url(&self, oauth: &OAuthClient, state: &str) -> anyhow::Result<OAuthUrl> {
        let mut url = endpoint(&self.root, &["elements", ELEMENT_KEY, "oauth", "url"]);
        url.query_pairs_mut()
            .append_pair("apiKey", &oauth.client_id)
            .append_pair("apiSecret", oauth.client_secret.expose_secret())
            .append_pair("callbackUrl", &oauth.callback_url)
            .append_pair("state", state);
        let secrets = [oauth.client_secret.clone()];
        self.send_full(Method::GET, url, None, Resend::IfIdempotent, &secrets)
            .await
            .map(|(value, _)| value)
    }

    /// Step 3: create the instance. Not retried: a retry after a lost answer could create
    /// a second instance, and the grant code is single-use anyway.
    pub async fn create_instance(&self, request: &InstanceRequest) -> anyhow::Result<Instance> {
        let url = endpoint(&self.root, &["instances"]);
        let call = call_name(&Method::POST, &url);
        let secrets = request.secrets();
        let (instance, _): (Instance, _) = self
            .send_full(
                Method::POST,
                url,
                Some(request.to_body()),
                Resend::Never,
                &secrets,
            )
            .await?;
        // Its token is not this one's: looked up by name, as an answer lost is.
        if let Some(why) = request.not_answered_by(&instance) {
            return Err(UnreadableAnswer::not_about_it(call, why).into());
        }
        Ok(instance)
    }

    /// Authorizes an existing instance again with a new grant code, keeping its id (and so
    /// its Webhook URL): `PUT /instances/{id}` with the create body (heimdall does this).
    /// Sent once, never again: the grant code in it is single-use, so a resend after a lost
    /// answer fails ("grant code already used") whatever the first one did.
    pub async fn reauthorize_instance(
        &self,
        id: u64,
        request: &InstanceRequest,
    ) -> anyhow::Result<Instance> {
        let url = endpoint(&self.root, &["instances", &id.to_string()]);
        let secrets = request.secrets();
        self.send_full(
            Method::PUT,
            url,
            Some(request.to_body()),
            Resend::Never,
            &secrets,
        )
        .await
        .map(|(value, _)| value)
    }

    /// Changes only what `update` names: `PATCH /instances/{id}`.
    ///
    /// The platform documents two ways to change an instance: `PATCH /instances/{id}` with
    /// only the changed keys (the platform API reference), and read-modify-`PUT` of the
    /// whole instance to `/elements/{elementId}/instances/{id}?reAuthenticate=false`
    /// (ce-go). PATCH is the documented one, sends no secret back over the wire, and cannot
    /// undo a concurrent change to other settings, so it is the one used.
    pub async fn update_instance(
        &self,
        id: u64,
        update: &InstanceUpdate,
    ) -> anyhow::Result<Instance> {
        let url = endpoint(&self.root, &["instances", &id.to_string()]);
        self.send(Method::PATCH, url, Some(update.to_body())).await
    }

    /// The account's Acuity instances named exactly `name`, hydrated: the platform is
    /// asked for that name (`searchText`), so the lookup takes one request whatever the
    /// size of the account; how it matches is not documented, so the answer is filtered
    /// for the exact name (and Acuity's element key) here.
    pub async fn find_by_name(&self, name: &str) -> anyhow::Result<Vec<Instance>> {
        self.find(InstanceQuery::named(name), name).await
    }

    /// [`Client::find_by_name`] after a create whose answer was lost: a 404 is not read as
    /// an empty account there (it would say "none was made" on no evidence).
    pub async fn find_by_name_after_loss(&self, name: &str) -> anyhow::Result<Vec<Instance>> {
        let query = InstanceQuery {
            not_found_is_empty: false,
            ..InstanceQuery::named(name)
        };
        self.find(query, name).await
    }

    async fn find(&self, query: InstanceQuery, name: &str) -> anyhow::Result<Vec<Instance>> {
        let mut found = Vec::new();
        let mut pages = InstancePages::new(query);
        while let Some(mut page) = pages.next_page(self).await? {
            page.retain(|i| i.name == name);
            found.append(&mut page);
        }
        Ok(found)
    }

    /// The ids of the account's Acuity instances (all of them, but only their ids).
    pub async fn instance_ids(&self) -> anyhow::Result<std::collections::HashSet<u64>> {
        let mut ids = std::collections::HashSet::new();
        let mut pages = InstancePages::new(InstanceQuery {
            hydrate: false,
            ..InstanceQuery::default()
        });
        while let Some(page) = pages.next_page(self).await? {
            ids.extend(page.iter().map(|i| i.id));
        }
        Ok(ids)
    }

    /// One Acuity instance; the instance of another connector is an error (it is never
    /// shown, adopted or changed as if it were Acuity's).
    pub async fn get_instance(&self, id: u64) -> anyhow::Result<Instance> {
        let url = endpoint(&self.root, &["instances", &id.to_string()]);
        let instance: Instance = self.send(Method::GET, url, None).await?;
        instance.ensure_acuity()?;
        // Its token would be taken for the one asked for.
        anyhow::ensure!(
            instance.id == id,
            "the platform answered GET /instances/{id} with instance {}: not trusted",
            instance.id
        );
        Ok(instance)
    }

    /// Deletes an Acuity instance: it is read first, so that an id of another connector's
    /// instance (a typo, a stale id) deletes nothing.
    pub async fn delete_instance(&self, id: u64) -> anyhow::Result<()> {
        self.get_instance(id).await?;
        let url = endpoint(&self.root, &["instances", &id.to_string()]);
        self.http.delete(url, ApiError::rejected).await
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
        self.send_full(method, url, body, Resend::IfIdempotent, &[])
            .await
            .map(|(value, _)| value)
    }

    /// Sends with the platform's headers; a non-success answer becomes an [`ApiError`],
    /// its text without the secrets sent: the header's and `in_request`, those the request
    /// itself carries (an error body may echo the request).
    async fn send_full<T: DeserializeOwned>(
        &self,
        method: Method,
        url: Url,
        body: Option<Vec<u8>>,
        resend: Resend,
        in_request: &[SecretString],
    ) -> anyhow::Result<(T, HeaderMap)> {
        self.http
            .send_json(method, url, body, resend, ApiError::rejected)
            .await
            .map_err(|e| match e.downcast::<ApiError>() {
                Ok(mut api) => {
                    let sent: Vec<SecretString> = self
                        .sent_secrets
                        .iter()
                        .chain(in_request)
                        .cloned()
                        .collect();
                    api.redact(&sent);
                    self.hint_at_the_root(&mut api);
                    api.into()
                }
                Err(other) => other,
            })
    }

    /// A 404 from an API root that does not end in `/elements/api-v2` most likely means
    /// the root is wrong, not the call: says how API roots end.
    fn hint_at_the_root(&self, api: &mut ApiError) {
        let root = &self.root;
        if api.status == 404
            && !root
                .path()
                .trim_end_matches('/')
                .ends_with(super::API_ROOT_PATH)
        {
            api.hint = Some(format!(
                "hint: {root} does not look like a platform API root: those end in {} (e.g. \
                 {}); check --base-url / OC_ACUITY_BASE_URL",
                super::API_ROOT_PATH,
                super::DEFAULT_API_ROOT
            ));
        }
    }

    /// The platform's record of the events it received for instance `id` (`GET
    /// /instances/{id}/events`): whether Acuity's webhooks reached it, and what it did with
    /// each. In the platform's order (not documented: callers sort).
    pub async fn instance_events(&self, id: u64) -> anyhow::Result<Vec<super::Event>> {
        let url = endpoint(&self.root, &["instances", &id.to_string(), "events"]);
        self.send(Method::GET, url, None).await
    }

    /// `oc-acuity api`: one call below the API root as the user wrote it (nothing outside
    /// the root can be reached: the path is segments appended to it). With `element_token`
    /// the call is made as that instance: `User <u>, Organization <o>, Element <token>`,
    /// the header form the platform documents for calls made as an instance. Only a GET is
    /// sent again after a failure that is retried: a hand-written POST, PUT, PATCH or
    /// DELETE may carry a single-use grant code, or may not be idempotent. The credentials
    /// sent are `[redacted]` wherever the answer (or its error) repeats them.
    pub async fn raw(
        &self,
        call: &RawCall,
        element_token: Option<&SecretString>,
    ) -> anyhow::Result<RawAnswer> {
        let segments: Vec<&str> = call.segments.iter().map(String::as_str).collect();
        let mut url = endpoint(&self.root, &segments);
        if !call.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&call.query);
        }
        let mut secrets = self.sent_secrets.to_vec();
        let as_instance = match element_token {
            None => None,
            Some(token) => {
                let header = HeaderValue::from_str(&format!(
                    "User {}, Organization {}, Element {}",
                    self.sent_secrets[0].expose_secret(),
                    self.sent_secrets[1].expose_secret(),
                    token.expose_secret()
                ))
                .map_err(|_| {
                    anyhow::anyhow!(
                        "the User or Organization secret, or the instance token, contains \
                         characters not allowed in an HTTP header"
                    )
                })?;
                secrets.push(token.clone());
                Some(self.http.authorized_as(header))
            }
        };
        let http = as_instance.as_ref().unwrap_or(&self.http);
        let resend = if call.method == Method::GET {
            Resend::IfIdempotent
        } else {
            Resend::Never
        };
        let body = call.body.clone().map(|b| ("application/json", b));
        let answer = http
            .execute(call.method.clone(), &url, body, resend)
            .await?;
        let name = crate::api::http::call_name(&call.method, &url);
        if !answer.status.is_success() {
            let mut api = ApiError::from_response(name, answer.status, &answer.body);
            api.redact(&secrets);
            self.hint_at_the_root(&mut api);
            return Err(api.into());
        }
        let body = if answer.body.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            let mut value: serde_json::Value = crate::api::http::parse_json(&name, &answer.body)?;
            redact_strings(&mut value, &secrets);
            Some(value)
        };
        let next_page = next_page_token(&answer.headers);
        Ok(RawAnswer { body, next_page })
    }
}

/// One call of `oc-acuity api` ([`Client::raw`]).
#[derive(Debug, Clone)]
pub struct RawCall {
    pub method: Method,
    /// The path below the API root, a segment each (percent-encoded when sent).
    pub segments: Vec<String>,
    pub query: Vec<(String, String)>,
    /// A JSON body.
    pub body: Option<Vec<u8>>,
}

/// A success answer to a [`RawCall`].
#[derive(Debug)]
pub struct RawAnswer {
    /// The JSON answer, the credentials sent redacted (none: an empty body).
    pub body: Option<serde_json::Value>,
    /// The `elements-next-page-token` header: the cursor of the next page, if any.
    pub next_page: Option<String>,
}

/// The cursor of the next page (`elements-next-page-token`), when the answer has one.
fn next_page_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get("elements-next-page-token")
        .and_then(|v| v.to_str().ok())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

/// Every string in `value` with the `secrets` in it replaced by `[redacted]`.
fn redact_strings(value: &mut serde_json::Value, secrets: &[SecretString]) {
    use serde_json::Value;
    match value {
        Value::String(text) => *text = redact(text, secrets),
        Value::Array(items) => items.iter_mut().for_each(|v| redact_strings(v, secrets)),
        Value::Object(map) => map.values_mut().for_each(|v| redact_strings(v, secrets)),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// What a listing asks `GET /instances` for: the query parameters the platform's own
/// description lists (`searchText`, `tags[]`, `hydrate`; `pageSize` and `nextPage` are the
/// paging's), and no others.
#[derive(Debug, Clone)]
pub struct InstanceQuery {
    /// `searchText`: "search by instance name or element key". Acuity's element key by
    /// default, so that other connectors' instances are not paged through.
    pub search: String,
    /// `tags[]`: only instances carrying these tags.
    pub tags: Vec<String>,
    /// `hydrate`: records with their configuration and tags (without it the platform may
    /// leave both out, and "events off" or "no tags" would be read from their absence).
    pub hydrate: bool,
    /// Whether a 404 means an account without instances (as heimdall reads it).
    pub not_found_is_empty: bool,
    /// The most pages read: a platform that keeps sending page tokens is stopped there.
    pub max_pages: usize,
    /// The longest a listing goes on paging: a platform that keeps sending page tokens
    /// slowly is stopped there, whichever bound comes first.
    pub max_time: std::time::Duration,
}

impl Default for InstanceQuery {
    fn default() -> Self {
        Self {
            search: ELEMENT_KEY.to_owned(),
            tags: Vec::new(),
            hydrate: true,
            not_found_is_empty: true,
            max_pages: MAX_PAGES,
            max_time: MAX_LISTING_TIME,
        }
    }
}

impl InstanceQuery {
    /// Hydrated instances matching `name`: a search, so a few pages at most (a name
    /// matched by more than 5,000 records is not a lookup that will end well).
    pub fn named(name: &str) -> Self {
        Self {
            search: name.to_owned(),
            max_pages: MAX_LOOKUP_PAGES,
            max_time: MAX_LOOKUP_TIME,
            ..Self::default()
        }
    }
}

/// Where one listing of the account's Acuity instances is: it is read a page at a time
/// ([`InstancePages::next_page`]), following the platform's paging (`pageSize`,
/// `nextPage`, answered with `elements-next-page-token`), so that a listing holds one
/// page, never the whole account.
#[derive(Debug, Default)]
pub struct InstancePages {
    /// What is asked for.
    query: Option<InstanceQuery>,
    /// The token of the page to ask for next (none: the first page).
    next: Option<String>,
    /// Every token seen, so that a platform repeating one cannot loop forever.
    seen: std::collections::HashSet<String>,
    listed: usize,
    /// Pages read so far.
    pages: usize,
    /// When the first page was asked for (the time bound counts from there).
    started: Option<std::time::Instant>,
    done: bool,
}

/// The most pages one listing reads (at 200 instances a page, 50,000 instances): a
/// platform that keeps sending new page tokens is stopped there rather than followed
/// forever.
pub const MAX_PAGES: usize = 250;

/// The most pages a lookup by name reads (5,000 records).
pub const MAX_LOOKUP_PAGES: usize = 25;

/// The longest one listing pages on: 250 pages at 1.2 s each. A platform that keeps
/// sending new page tokens slowly (or a request timeout's worth each time) is stopped
/// there rather than holding the run for hours.
pub const MAX_LISTING_TIME: std::time::Duration = std::time::Duration::from_secs(300);

/// The longest a lookup by name pages on (it holds a create back).
pub const MAX_LOOKUP_TIME: std::time::Duration = std::time::Duration::from_secs(60);

impl InstancePages {
    /// Instances per page asked for (the platform's maximum).
    const PAGE_SIZE: &'static str = "200";

    /// A listing of what `query` asks for.
    pub fn new(query: InstanceQuery) -> Self {
        Self {
            query: Some(query),
            ..Self::default()
        }
    }

    /// The next page, or `None` once the listing is over.
    pub async fn next_page(&mut self, client: &Client) -> anyhow::Result<Option<Vec<Instance>>> {
        if self.done {
            return Ok(None);
        }
        let query = self.query.get_or_insert_with(InstanceQuery::default);
        let (query_max_pages, query_max_time) = (query.max_pages, query.max_time);
        let started = *self.started.get_or_insert_with(std::time::Instant::now);
        let mut url = endpoint(&client.root, &["instances"]);
        {
            let mut pairs = url.query_pairs_mut();
            pairs.append_pair("searchText", &query.search);
            for tag in &query.tags {
                pairs.append_pair("tags[]", tag);
            }
            if query.hydrate {
                pairs.append_pair("hydrate", "true");
            }
            pairs.append_pair("pageSize", Self::PAGE_SIZE);
        }
        if let Some(token) = &self.next {
            url.query_pairs_mut().append_pair("nextPage", token);
        }
        let (page, headers): (Vec<Instance>, _) = match client
            .send_full(Method::GET, url, None, Resend::IfIdempotent, &[])
            .await
        {
            Ok(answer) => answer,
            // An account without instances may answer 404 (heimdall reads it so).
            Err(e)
                if query.not_found_is_empty
                    && e.downcast_ref::<ApiError>()
                        .is_some_and(|a| a.status == 404) =>
            {
                (Vec::new(), HeaderMap::new())
            }
            Err(e) => {
                self.done = true;
                return Err(e);
            }
        };
        // Records of another connector are never shown, adopted or deleted.
        let page = acuity_only(page);
        self.pages += 1;
        self.listed += page.len();
        self.next = next_page_token(&headers);
        // An empty page with a token goes on (a platform may filter after paging, and a page
        // of other connectors' records is empty here): the token, not the page, says whether
        // there is more. A platform that pages without end meets the bounds below.
        match &self.next {
            None => self.done = true,
            Some(token) if !self.seen.insert(token.clone()) => {
                self.done = true;
                anyhow::bail!(
                    "the platform sent the page token {token:?} a second time while listing \
                     instances; stopped, since the listing would never end ({} listed so far)",
                    self.listed
                );
            }
            Some(_) if self.pages >= query_max_pages => {
                self.done = true;
                anyhow::bail!(
                    "the platform kept paging: {query_max_pages} pages read while listing instances \
                     ({} listed so far), and it still sent a next-page token; stopped, since the \
                     listing may never end",
                    self.listed
                );
            }
            Some(_) if started.elapsed() >= query_max_time => {
                self.done = true;
                anyhow::bail!(
                    "the platform kept paging for {} s: {} pages read while listing instances \
                     ({} listed so far), and it still sent a next-page token; stopped, since the \
                     listing may never end",
                    query_max_time.as_secs(),
                    self.pages,
                    self.listed
                );
            }
            Some(_) => {}
        }
        Ok(Some(page))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A platform on a loopback port that answers every `GET /instances` after `delay` with
    /// one Acuity instance and a new page token (`e-1`, `e-2`, ...): paging without end.
    /// Answers until the test process ends; returns its API root and the pages served.
    fn slow_endless_pages(
        delay: std::time::Duration,
    ) -> (Url, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
        use std::io::{BufRead, BufReader, Write};
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let root = Url::parse(&format!(
            "http://{}/elements/api-v2",
            listener.local_addr().unwrap()
        ))
        .unwrap();
        let served = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = served.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                std::thread::sleep(delay);
                let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
                let body = format!(
                    r#"[{{"id":{n},"name":"i{n}","element":{{"key":"acuityscheduling"}}}}]"#
                );
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
                     elements-next-page-token: e-{n}\r\nContent-Length: {}\r\n\
                     Connection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        (root, served)
    }

    #[tokio::test]
    async fn a_listing_paged_slowly_without_end_stops_at_its_time_bound() {
        let (root, served) = slow_endless_pages(std::time::Duration::from_millis(100));
        let auth = PlatformAuth {
            user: "u".to_owned().into(),
            organization: "o".to_owned().into(),
        };
        let client = Client::new(root, &auth, ClientOptions::default()).unwrap();
        let mut pages = InstancePages::new(InstanceQuery {
            max_time: std::time::Duration::from_secs(1),
            ..InstanceQuery::default()
        });
        let mut read = 0;
        let error = loop {
            match pages.next_page(&client).await {
                Ok(Some(_)) => read += 1,
                Ok(None) => panic!("an endless listing ended after {read} pages"),
                Err(e) => break e,
            }
        };
        let message = format!("{error:#}");
        assert!(
            message.contains("the platform kept paging for 1 s"),
            "{message}"
        );
        // About ten pages of 0.1 s fit in the bound; far fewer than the page bound.
        let served = served.load(std::sync::atomic::Ordering::SeqCst);
        assert!((5..=15).contains(&served), "{served} pages served");
        assert!(
            pages.next_page(&client).await.unwrap().is_none(),
            "it stays stopped"
        );
    }

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
}
